"""The checks on a scanned code speak the reader's language, and what is kept is not a language:
each outcome carries a stable code and its parameters, and its sentence is made from them in the
language asked for (the command line's ``--lang``, a verification request's two languages), with
the lot, serial and days it names kept (days written as the language writes them). Outcomes
stored before codes existed still show and export their English words."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from support import WRENCH, copy_sample, install_folder, run_cli, snapshot
from test_scan_entry_checks import declare

from idguide.catalog import Catalog, IdguideError, open_catalog
from idguide.catalog.examinations import exams
from idguide.catalog.examinations.export import export_examination, schema
from idguide.catalog.i18n import set_language
from idguide.catalog.i18n.formats import day
from idguide.catalog.scanning import check, interpret, session
from idguide.catalog.scanning.checks import ScanResult

GTIN = "00036000291452"  # the sample's torque wrench; its alert names lot L2406-88 and SN9001
DURING = date(2026, 12, 1)  # while the alert is in force
UNKNOWN = "9506000134352"  # in no entry
LANGUAGES = ("fr", "es", "pt")
# Words a translation rightly shares with the English sentence (the same word in the language).
SHARED = {"code", "date", "session", "catalogue", "format", "item"}


@pytest.fixture(scope="module")
def catalog_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scan-languages")
    with open_catalog(folder / "catalog.db") as catalog:
        install_folder(catalog, declare(copy_sample(folder, "nordhaven")))
    return folder / "catalog.db"


@pytest.fixture
def catalog(catalog_path: Path) -> Iterator[Catalog]:
    with open_catalog(catalog_path) as opened:
        yield opened


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    set_language("en")


def scan_of(lot: str = "", expiry: str = "", serial: str = "", gtin: str = GTIN):
    text = f"(01){gtin}" + (f"(17){expiry}" if expiry else "") + (f"(10){lot}" if lot else "")
    return interpret(text + (f"(21){serial}" if serial else ""))


def red_lot(catalog: Catalog) -> ScanResult:
    return check(catalog, scan_of(lot="L2406-88"), today=DURING)


# Each case: how the code was checked, the check that speaks, what its sentence must keep.
CASES = {
    # the alert's title is content, in the language its publisher wrote (English here)
    "red lot": (red_lot, "lot-alert", ["L2406-88", "Fake batch L2406-88"], "2026-07-01"),
    "unknown barcode": (
        lambda catalog: check(catalog, interpret(UNKNOWN), today=DURING),
        "product",
        [UNKNOWN],
        "",
    ),
    "bad serial format": (
        lambda catalog: check(catalog, scan_of(serial="ABC123"), today=DURING),
        "serial-format",
        ["ABC123", "Nordiva Torque wrench TW-200"],
        "",
    ),
    "expired item": (
        lambda catalog: check(catalog, scan_of(expiry="261130"), today=DURING),
        "expiry",
        [],
        "2026-11-30",
    ),
    "repeated serial": (
        lambda catalog: check(
            catalog,
            scan_of(serial="SN0042", lot="L2501-02"),
            today=DURING,
            earlier=[scan_of(serial="SN0001"), scan_of(serial="SN0042")],
        ),
        "serial-repeat",
        ["SN0042", "2"],
        "",
    ),
}


def english_words(english: str, kept: list[str]) -> set[str]:
    """The words of ``english`` a translation should not have: not what it names."""
    named = {w.lower() for text in kept for w in re.findall(r"[A-Za-z]+", text)}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", english) if len(w) >= 4}
    return words - named - SHARED


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", CASES)
def test_each_check_speaks_the_language_asked_for_and_keeps_what_it_names(
    catalog, speaking, case, lang
):
    how, name, kept, iso = CASES[case]
    (found,) = [o for o in how(catalog).outcomes if o.check == name]
    english = found.message
    set_language(lang)
    said = found.message
    assert said != english
    words = {w.lower() for w in re.findall(r"\w+", said)}
    assert words & english_words(english, kept) == set(), said
    for value in kept:
        assert value in said
    if iso:
        assert day(iso, lang) in said and iso not in said  # "1 de jul. de 2026"


def test_an_outcome_keeps_its_code_and_parameters_and_english_words(catalog):
    (lot,) = [o for o in red_lot(catalog).outcomes if o.check == "lot-alert"]
    stored = lot.as_dict()
    assert stored == {
        "check": "lot-alert",
        "level": "red",
        "code": "lot-alert.active",
        "params": {"lot": "L2406-88", "issued": "2026-07-01", "title": "Fake batch L2406-88"},
        "message": "Lot L2406-88 is a known counterfeit lot: alert of Jul 1, 2026 (Fake batch "
        "L2406-88).",
    }
    json.dumps(stored)  # plain JSON values only


def test_the_command_line_says_the_checks_in_its_language(catalog_path, capsys, monkeypatch):
    monkeypatch.setattr("idguide.catalog.scanning.checks.date", _Day)
    code, out, err = run_cli(
        capsys, "--catalog", str(catalog_path), "scan", "--lang", "fr", f"(01){GTIN}(10)L2406-88"
    )
    assert code == 2 and err == ""
    assert "Le lot L2406-88 est un lot de contrefaçon connu" in out
    assert "1 juil. 2026" in out
    for english in ("Code:", "Read:", "Product:", "Result:", "known counterfeit", "RED"):
        assert english not in out, english


class _Day(date):
    @classmethod
    def today(cls) -> date:
        return DURING


def exported(catalog: Catalog, tmp_path: Path, scans: list[dict], lang: str):
    exam = exams.new_examination(catalog, WRENCH, scans=scans)
    pdf, data = export_examination(catalog, exam.id, tmp_path / lang, lang)
    document = json.loads(data.read_text("utf-8"))
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(
        document
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    return document, text


def test_a_portuguese_request_exports_codes_and_says_the_checks_in_both_languages(
    catalog, tmp_path
):
    record = red_lot(catalog).record("2026-12-01T09:30:00+00:00")
    document, text = exported(catalog, tmp_path, [record], "pt")
    (scan,) = document["scans"]
    lot = next(o for o in scan["outcomes"] if o["check"] == "lot-alert")
    assert lot["code"] == "lot-alert.active"
    assert lot["params"] == {
        "lot": "L2406-88",
        "issued": "2026-07-01",
        "title": "Fake batch L2406-88",
    }
    assert lot["message"].startswith("O lote L2406-88 é um lote de falsificação conhecido")
    # Nordhaven's contact reads English: each check in Portuguese, then in English
    assert "VERMELHO / RED: O lote L2406-88 é um lote de falsificação conhecido" in text
    assert "Lot L2406-88 is a known counterfeit lot: alert of Jul 1, 2026" in text
    assert "lote / lot L2406-88" in text


def test_outcomes_stored_before_codes_still_show_and_export(catalog, tmp_path, speaking):
    old = {
        "check": "lot-alert",
        "level": "red",
        "message": "Lot L2406-88 is a known counterfeit lot: alert of 2026-07-01.",
    }
    record = {**red_lot(catalog).record("2026-12-01T09:30:00+00:00"), "outcomes": [old]}
    document, text = exported(catalog, tmp_path, [record], "pt")
    assert document["scans"][0]["outcomes"] == [old]
    assert "Lot L2406-88 is a known counterfeit lot: alert of 2026-07-01." in text
    # a scan session's row as the code before codes wrote it
    sid = session.start_session(catalog, "old").id
    catalog.user.conn.execute(
        "INSERT INTO scans (session_id, scanned_at, text, gtin, lot, serial, level, product_id,"
        " outcomes) VALUES (?, '2026-12-01T09:30:00+00:00', 'x', ?, 'L2406-88', '', 'red', '',"
        " ?)",
        (sid, GTIN, json.dumps([old])),
    )
    set_language("fr")
    (item,) = session.session_items(catalog, sid)
    assert item.red_messages() == [old["message"]]


@pytest.mark.parametrize(
    "params",
    [["not", "a", "mapping"], {"lot": {"nested": 1}}, {"lot": True}, {"lot": "x" * 501}],
    ids=["not a mapping", "nested", "not text or number", "too long"],
)
def test_an_outcome_whose_parameters_are_not_plain_values_is_refused(catalog, params):
    record = red_lot(catalog).record("2026-12-01T09:30:00+00:00")
    record["outcomes"][0] = {**record["outcomes"][0], "params": params}
    before = snapshot(catalog.path)
    with pytest.raises(IdguideError, match="A scanned code is recorded with"):
        exams.new_examination(catalog, WRENCH, scans=[record])
    assert snapshot(catalog.path) == before


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", "Le numéro de code-barres 9506000134353 a une clé de contrôle fausse"),
        ("es", "El número de código de barras 9506000134353 tiene un dígito de control erróneo"),
        ("pt", "O número de código de barras 9506000134353 tem um dígito verificador errado"),
    ],
)
def test_why_a_code_could_not_be_read_is_said_in_the_language(catalog_path, capsys, lang, words):
    code, out, err = run_cli(
        capsys, "--catalog", str(catalog_path), "scan", "--lang", lang, "9506000134353"
    )
    assert code == 1 and out == ""
    assert err.startswith("idguide: '9506000134353': ") and words in err
    assert "(le dernier chiffre devrait être 2)" in err or lang != "fr"


def test_the_command_line_s_json_keeps_codes_with_the_words_in_its_language(
    catalog_path, capsys, monkeypatch
):
    monkeypatch.setattr("idguide.catalog.scanning.checks.date", _Day)
    argv = ("--catalog", catalog_path, "scan", "--json", "--lang", "es", f"(01){GTIN}(10)L2406-88")
    code, out, _err = run_cli(capsys, *argv)
    (item,) = json.loads(out)
    lot = next(o for o in item["outcomes"] if o["check"] == "lot-alert")
    assert code == 2 and lot["code"] == "lot-alert.active"
    assert lot["params"]["issued"] == "2026-07-01"
    assert lot["message"].startswith("El lote L2406-88 es un lote conocido de falsificación")
