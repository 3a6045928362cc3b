"""Extract the core's translatable texts and compile them (``make translations``).

    python scripts/translations.py            # extract, then compile
    python scripts/translations.py extract    # only bring the .pot and .po files up to date
    python scripts/translations.py compile    # only write the .mo and .qm files

The core's texts (handouts, verification requests, the command line, error messages) are
gettext's: babel extracts ``_(...)``, ``ngettext(...)``, ``N_(...)``, ``<translation>.gettext(...)``
and the verification request's ``say(...)`` from idguide/catalog and idguide/cli into
idguide/catalog/i18n/idguide.pot, updates each ``<lang>/LC_MESSAGES/idguide.po`` from it and
compiles them into the ``.mo`` files the package ships. The ``.mo`` files are committed (a fresh
clone, the wheel and the desktop build need no step of their own); tests/test_translations.py
checks that they are what the ``.po`` files compile to, that the ``.po`` files hold exactly the
source's texts, and that the glossary (idguide/catalog/i18n/glossary.tsv) is followed.

The app's own texts are Qt's: pyside6-lupdate extracts ``self.tr(...)``, ``Context.tr(...)``
and ``QT_TRANSLATE_NOOP(...)`` from idguide/ui into idguide/ui/i18n/idguide_<lang>.ts, and
pyside6-lrelease compiles them into the ``.qm`` files the app loads, committed too;
tests/test_ui_translations.py checks them the same way. docs/translations.md says how to
translate.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CORE_I18N = ROOT / "idguide" / "catalog" / "i18n"
POT = CORE_I18N / "idguide.pot"
DOMAIN = "idguide"
PO_LANGUAGES = ("es", "fr", "pt")  # the core's English is its source text
# babel's default keywords (_, gettext, ngettext...), the marker for texts translated later and
# the verification request's labels in two languages (examinations/export.py)
KEYWORDS = ["N_", "say"]
EXTRACT_OPTIONS = ["--add-location=file", "--sort-output", "--no-wrap", "--omit-header"]


UI = ROOT / "idguide" / "ui"
UI_I18N = UI / "i18n"
# The language each .ts file is for, as Qt names it: its plural rules come from it.
TS_LANGUAGES = {"es": "es", "fr": "fr", "pt": "pt_BR"}


def po_path(language: str) -> Path:
    return CORE_I18N / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def core_sources() -> list[str]:
    """What babel reads: the core and the command line (the app's words are Qt's)."""
    return ["idguide/catalog", "idguide/cli"]


def extract_core(pot: Path = POT) -> None:
    keywords = [option for k in KEYWORDS for option in ("-k", k)]
    command = [str(BIN / "pybabel"), "-q", "extract", *keywords, *EXTRACT_OPTIONS]
    _run([*command, "-o", str(pot), *core_sources()])


def update_po(language: str) -> None:
    verb = "update" if po_path(language).exists() else "init"
    options = ["--no-wrap"]
    if verb == "update":  # the date of extraction alone is no change: the .po stays as it is
        options += ["--ignore-obsolete", "--ignore-pot-creation-date"]
    command = [str(BIN / "pybabel"), "-q", verb, "-i", str(POT), "-d", str(CORE_I18N)]
    _run([*command, "-D", DOMAIN, "-l", language, *options])


def compile_po(po: Path, mo: Path) -> None:
    """The .mo of ``po`` (babel's writer: the same bytes for the same .po)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as infile:
        catalog = read_po(infile)
    with mo.open("wb") as outfile:
        write_mo(outfile, catalog)


def ts_path(language: str) -> Path:
    return UI_I18N / f"idguide_{language}.ts"


def ui_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in UI.rglob("*.py"))


def extract_ui(ts: Path, target_language: str) -> None:
    """Bring ``ts`` up to date with the app's texts (translations kept, vanished texts dropped).

    No source locations: they would change the .ts at every edit of the code; a text's context
    (its class) says where it is shown."""
    command = [str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    languages = ["-source-language", "en", "-target-language", target_language]
    _run([*command, *languages, *ui_sources(), "-ts", str(ts)])


def compile_ts(ts: Path, qm: Path) -> None:
    _run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


def extract() -> None:
    extract_core()
    for language in PO_LANGUAGES:
        update_po(language)
    UI_I18N.mkdir(exist_ok=True)
    for language, qt_language in TS_LANGUAGES.items():
        extract_ui(ts_path(language), qt_language)


def compile_all() -> None:
    for language in PO_LANGUAGES:
        compile_po(po_path(language), po_path(language).with_suffix(".mo"))
    for language in TS_LANGUAGES:
        compile_ts(ts_path(language), ts_path(language).with_suffix(".qm"))


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT)


if __name__ == "__main__":
    step = sys.argv[1] if len(sys.argv) > 1 else "all"
    if step in ("extract", "all"):
        extract()
    if step in ("compile", "all"):
        compile_all()
