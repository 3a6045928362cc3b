"""The core's texts in Spanish, French and Portuguese (gettext: .po files, .mo via babel): the
committed .mo files are what the .po files compile to, the .po files hold exactly the source's
texts, every word of a printed document is translated with its placeholders kept, and the
translations use the glossary's terms where the English does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog as Messages
from babel.messages.pofile import read_po
from support import translations_tool

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "idguide" / "catalog" / "i18n"
LANGUAGES = ("es", "fr", "pt")
# The modules whose texts an officer or trainer reads: printed on handouts and verification
# requests, the controlled words of an entry, the messages of opening a catalogue, searching,
# notes, pictures, examinations and workshops. Every one of their texts must be translated.
# (Those of bundles, the trust store, publishing and the preview: test_core_messages_translated.)

OFFICERS = (
    "idguide/cli/examinations.py",
    *(
        f"idguide/catalog/{path}"
        for path in (
            "i18n/",
            "training/",
            "examinations/",
            "finding/",
            "scanning/picture.py",
            "store.py",
            "read.py",
            "write.py",
            "schema.py",
            "notes.py",
            "images.py",
            "codes.py",
            "categories.py",
            "faults.py",
            "paths.py",
            "pdf.py",
            "demo.py",
            "present.py",
        )
    ),
)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def po(language: str) -> Messages:
    with (I18N / language / "LC_MESSAGES" / "idguide.po").open("rb") as infile:
        return read_po(infile)


def glossary() -> list[dict[str, list[str]]]:
    lines = [
        line.split("\t")
        for line in (I18N / "glossary.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, rows = lines[0], lines[1:]
    assert header == ["en", *LANGUAGES]
    return [{lang: cell.split("|") for lang, cell in zip(header, row, strict=True)} for row in rows]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_mo_file_is_what_its_po_file_compiles_to(language, tmp_path):
    source = I18N / language / "LC_MESSAGES" / "idguide.po"
    translations_tool().compile_po(source, tmp_path / "idguide.mo")
    assert (tmp_path / "idguide.mo").read_bytes() == source.with_suffix(".mo").read_bytes(), (
        "run `make translations` and commit the .mo files"
    )


def test_the_po_files_hold_exactly_the_texts_of_the_source(tmp_path):
    """No text of the source missing from a .po file (it would print in English), none left
    there that the source no longer has."""
    translations_tool().extract_core(tmp_path / "idguide.pot")
    with (tmp_path / "idguide.pot").open("rb") as infile:
        source = {message.id for message in read_po(infile) if message.id}
    assert len(source) > 300  # the extraction found the wrapped texts
    for language in LANGUAGES:
        held = {message.id for message in po(language) if message.id}
        assert not source - held, f"{language}: run `make translations` for {source - held}"
        assert not held - source, f"{language}: texts the source no longer has: {held - source}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_an_officer_reads_is_translated(language):
    missing = [
        message.id
        for message in po(language)
        if message.id
        and any(path.startswith(OFFICERS) for path, _line in message.locations)
        and (not message.string or message.fuzzy)
    ]
    assert not missing


def _forms(text: str | tuple[str, ...]) -> tuple[str, ...]:
    """A message's text, or each form of a count's (ngettext: singular, plural...)."""
    return text if isinstance(text, tuple) else (text,)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    """Every form of a translation holds the placeholders of the English (a count's forms
    those of the English plural, which names the same ones as its singular)."""
    wrong = [
        (message.id, form)
        for message in po(language)
        if message.id and message.string
        for form in _forms(message.string)
        if sorted(PLACEHOLDER.findall(_forms(message.id)[-1])) != sorted(PLACEHOLDER.findall(form))
    ]
    assert not wrong


def test_hs_codes_have_the_names_officers_use():
    (hs,) = [row for row in glossary() if row["en"][0] == "HS code"]
    assert (hs["es"][0], hs["fr"][0], hs["pt"][0]) == ("código SA", "code SH", "código SH")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translations_use_the_glossary_terms_where_the_english_does(language):
    rows = glossary()
    assert len(rows) >= 15
    wrong = []
    for message in po(language):
        if not message.id or not message.string:
            continue
        english = PLACEHOLDER.sub("", str(message.id))  # {publisher} is a value, not a word
        translated = str(message.string).casefold()
        for row in rows:
            said = any(re.search(rf"\b{re.escape(f)}\b", english, re.I) for f in row["en"])
            if said and not any(term.casefold() in translated for term in row[language]):
                wrong.append((message.id, message.string, row[language][0]))
    assert not wrong
