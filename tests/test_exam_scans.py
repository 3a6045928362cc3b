"""An examination records the codes scanned on the item and what checking them found: kept with
the examination, exported in the verification request's JSON (format 2's ``scans``) and printed
in its PDF; what is not a scan record is refused and changes nothing."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest
from pypdf import PdfReader
from support import WRENCH, snapshot

from idguide.catalog import IdguideError
from idguide.catalog.examinations import exams
from idguide.catalog.examinations.export import export_examination, schema
from idguide.catalog.examinations.fields import SCAN_KEYS
from idguide.catalog.scanning import check, interpret

RED = "(01)00036000291452(17)281231(10)L2406-88(21)SN0042"
DURING = date(2026, 12, 1)


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def scanned(catalog, text: str = RED) -> dict:
    return check(catalog, interpret(text), today=DURING).record("2026-12-01T09:30:00+00:00")


def test_an_examination_keeps_what_was_scanned_and_what_the_checks_found(catalog):
    record = scanned(catalog)
    exam = exams.new_examination(catalog, WRENCH, scans=[record], lot_code="L2406-88")
    again = exams.get_examination(catalog, exam.id)
    assert again.scans == [record] and again.lot_code == "L2406-88"
    assert record["level"] == "red" and record["serial"] == "SN0042"
    assert record["outcomes"][1]["message"].startswith("Lot L2406-88 is a known counterfeit lot")


def test_the_verification_request_exports_and_prints_each_scan(catalog, tmp_path):
    exam = exams.new_examination(catalog, WRENCH, scans=[scanned(catalog)])
    pdf, data = export_examination(catalog, exam.id, tmp_path / "out")
    document = json.loads(data.read_text("utf-8"))
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(
        document
    )
    (scan,) = document["scans"]
    assert (scan["gtin"], scan["lot"], scan["expiry"], scan["level"]) == (
        "00036000291452",
        "L2406-88",
        "2028-12-31",
        "red",
    )
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Codes scanned on the item" in text
    assert "RED: Lot L2406-88 is a known counterfeit lot" in text
    assert "lot L2406-88 · serial SN0042 · expiry 2028-12-31" in text


def test_an_examination_without_scans_prints_no_scan_section(catalog, tmp_path):
    exam = exams.new_examination(catalog, WRENCH)
    pdf, data = export_examination(catalog, exam.id, tmp_path / "out")
    assert json.loads(data.read_text("utf-8"))["scans"] == []
    assert "Codes scanned" not in "\n".join(p.extract_text() for p in PdfReader(pdf).pages)


@pytest.mark.parametrize(
    "scans",
    [
        "not a list",
        [{"text": "x"}],
        [{**dict.fromkeys(SCAN_KEYS, ""), "outcomes": [], "level": "purple"}],
        [{**dict.fromkeys(SCAN_KEYS, ""), "outcomes": [], "level": "red", "extra": 1}],
        [{**dict.fromkeys(SCAN_KEYS, "x" * 501), "outcomes": [], "level": "red"}],
    ],
    ids=["not a list", "missing keys", "unknown level", "unknown key", "text too long"],
)
def test_what_is_not_a_scan_record_is_refused_and_changes_nothing(catalog, scans):
    before = snapshot(catalog.path)
    with pytest.raises(IdguideError):
        exams.new_examination(catalog, WRENCH, scans=scans)
    assert snapshot(catalog.path) == before
