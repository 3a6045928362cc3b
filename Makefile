# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CATALOG := catalog.db

.PHONY: run test lint screenshots demo clean dist chroot translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(CATALOG): | $(STAMP)
	$(VENV)/bin/idguide --catalog $(CATALOG) demo

run: $(STAMP) $(CATALOG)
	$(VENV)/bin/idguide --catalog $(CATALOG)

# The desktop build's tests (tests/test_frozen.py) run it as built: they are left out (marker
# `frozen`) when there is no build, and their round inside a minimal Debian (marker `chroot`)
# when `make chroot` has not made one; this says so. In CI they always run.
FROZEN := dist/idguide/idguide
CHROOT := build/chroot
FROZEN_OUT := $(if $(CI)$(wildcard $(FROZEN)),,and not frozen)
CHROOT_OUT := $(if $(CI)$(wildcard $(CHROOT)/.ready),,and not chroot)

# The whole suite offscreen, then the GUI tests again on a real X server (Xvfb + openbox).
test: $(STAMP)
	$(if $(FROZEN_OUT)$(CHROOT_OUT),@echo "make test: left out: the desktop build's tests \
	$(if $(FROZEN_OUT),(no build: make dist),inside a minimal Debian (none: make chroot))")
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "$(strip not x11 $(FROZEN_OUT) $(CHROOT_OUT))"
	scripts/with-x11 env QT_QPA_PLATFORM=xcb $(PY) -m pytest -q -p no:cacheprovider \
		-m "$(strip (gui or x11) $(FROZEN_OUT))"

lint: $(STAMP)
	$(VENV)/bin/ruff check idguide tests benchmarks scripts packaging
	$(VENV)/bin/ruff format --check idguide tests benchmarks scripts packaging
	$(VENV)/bin/mypy

demo: $(STAMP)
	$(VENV)/bin/idguide --catalog $(CATALOG) demo

# The core's texts and the app's: extract them into the .po files (babel) and the .ts files
# (pyside6-lupdate) to translate, and compile the .mo and .qm files the package ships
# (committed, so a fresh clone, the wheel and the desktop build need no step;
# tests/test_translations.py and tests/test_ui_translations.py fail when they are not what the
# .po and .ts files compile to).
translations: $(STAMP)
	$(PY) scripts/translations.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

# The desktop build, dist/idguide/ (docs/deploy.md), with its size by component, and the release
# archive dist/idguide-<version>-linux-x86_64.tar.gz with its .sha256.
DIST_STAMP := $(VENV)/.dist-installed

$(DIST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	packaging/build-deps
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/idguide.spec
	$(PY) packaging/release.py dist/idguide

# A minimal Debian with only the system libraries the build needs, for its tests (needs root).
chroot: $(CHROOT)/.ready

$(CHROOT)/.ready: packaging/system-libraries.txt packaging/make-chroot
	packaging/make-chroot $(CHROOT)

clean:
	rm -rf $(VENV) $(CATALOG) $(CATALOG:.db=.index) $(CATALOG:.db=.images) *.egg-info build dist

# The signed demo bundles in assets/demo/bundles/ and their pinned sha256 (SHA256SUMS), from
# assets/demo/src/ with the DEMO-ONLY key in scripts/demo/keys/ (raise DEMO_SEQUENCE in
# idguide/catalog/demo.py when the sources change).
.PHONY: demo-bundles
demo-bundles: $(STAMP)
	$(PY) scripts/demo_bundles.py
