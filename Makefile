# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CATALOG := catalog.db

.PHONY: run test lint screenshots demo clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(CATALOG): | $(STAMP)
	$(VENV)/bin/idguide --catalog $(CATALOG) demo

run: $(STAMP) $(CATALOG)
	$(VENV)/bin/idguide --catalog $(CATALOG)

# The whole suite offscreen, then the GUI tests again on a real X server (Xvfb + openbox).
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not x11"
	scripts/with-x11 env QT_QPA_PLATFORM=xcb $(PY) -m pytest -q -p no:cacheprovider -m "gui or x11"

lint: $(STAMP)
	$(VENV)/bin/ruff check idguide tests benchmarks scripts
	$(VENV)/bin/ruff format --check idguide tests benchmarks scripts
	$(VENV)/bin/mypy

demo: $(STAMP)
	$(VENV)/bin/idguide --catalog $(CATALOG) demo

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) $(CATALOG) $(CATALOG:.db=.index) $(CATALOG:.db=.images) *.egg-info

# The signed demo bundles in assets/demo/bundles/ and their pinned sha256 (SHA256SUMS), from
# assets/demo/src/ with the DEMO-ONLY key in scripts/demo/keys/ (raise DEMO_SEQUENCE in
# idguide/catalog/demo.py when the sources change).
.PHONY: demo-bundles
demo-bundles: $(STAMP)
	$(PY) scripts/demo_bundles.py
