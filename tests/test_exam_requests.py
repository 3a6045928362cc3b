"""The verification request names who asks, quotes the active alert and the lot code on the label,
counts in a unit, and shows what genuine and counterfeit look like (examination format 2)."""

from __future__ import annotations

import json
import sqlite3

import jsonschema
import pytest
from pypdf import PdfReader
from support import CREME, DATA, PLIERS, WRENCH, run_cli

from idguide.catalog import IdguideError, open_catalog
from idguide.catalog.examinations import exams
from idguide.catalog.examinations.export import FORMAT_VERSION, export_examination, schema

WHO = {
    "requester_name": "Ana Sousa",
    "requester_agency": "Autoridade Tributária e Aduaneira",
    "requester_office": "Alfândega de Leixões",
    "requester_contact": "ana.sousa@at.example, +351 22 000 0000",
}


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def validate(document: dict) -> None:
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(
        document
    )


def export(catalog, exam_id: int, folder) -> tuple[dict, str]:
    pdf, data = export_examination(catalog, exam_id, folder)
    document = json.loads(data.read_text("utf-8"))
    validate(document)
    return document, "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_the_request_names_who_asks_and_quotes_the_alert_the_lot_code_matches(catalog, tmp_path):
    exam = exams.new_examination(
        catalog, WRENCH, quantity=240, quantity_unit="cartons", lot_code="l2406 -88", **WHO
    )
    document, text = export(catalog, exam.id, tmp_path / "out")
    assert document["format_version"] == FORMAT_VERSION == 2
    assert document["requested_by"] == {
        "name": "Ana Sousa",
        "agency": "Autoridade Tributária e Aduaneira",
        "office": "Alfândega de Leixões",
        "contact": "ana.sousa@at.example, +351 22 000 0000",
    }
    record = document["examination"]
    assert (record["quantity"], record["quantity_unit"], record["lot_code"]) == (
        240,
        "cartons",
        "l2406 -88",
    )
    (alert,) = document["alerts"]
    assert alert["title"] == "Fake batch L2406-88" and alert["lot_codes"] == ["L2406-88"]
    assert alert["matches_lot_code"] is True  # compared ignoring case and spaces
    for words in (
        "Requested by",
        "Ana Sousa",
        "Alfândega de Leixões",
        "ana.sousa@at.example",
        "Fake batch L2406-88",
        "240 cartons",
        "l2406 -88",
        "named in the alert",
    ):
        assert words in text, words


def test_the_checklist_says_what_genuine_and_counterfeit_look_like(catalog, tmp_path):
    exam = exams.new_examination(catalog, WRENCH)
    check = exam.checks[0]
    assert exam.feature_genuine(check) == "Sharp etched marks."
    assert exam.feature_counterfeit(check) == "Printed marks rub off."
    document, text = export(catalog, exam.id, tmp_path / "out")
    assert document["checklist"][0]["genuine"] == "Sharp etched marks."
    assert document["checklist"][0]["counterfeit"] == "Printed marks rub off."
    assert "Sharp etched marks." in text and "Printed marks rub off." in text


def test_a_request_without_alert_lot_or_requester_still_follows_the_schema(catalog, tmp_path):
    exam = exams.new_examination(catalog, PLIERS)
    document, text = export(catalog, exam.id, tmp_path / "out")
    assert document["alerts"] == [] and document["scans"] == []
    assert document["requested_by"] == {"name": "", "agency": "", "office": "", "contact": ""}
    assert document["labels"]["verdict"]["suspected"] == "Suspected counterfeit"
    assert "Requested by" in text  # and says that nobody was named
    assert "not given" in text


def test_a_lot_code_no_alert_names_is_quoted_without_a_match(catalog, tmp_path):
    exam = exams.new_examination(catalog, WRENCH, lot_code="L9999-01")
    document, text = export(catalog, exam.id, tmp_path / "out")
    assert document["alerts"][0]["matches_lot_code"] is False
    assert "L9999-01" in text and "named in the alert" not in text


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("requester_name", "x" * 201, "keep it under 200"),
        ("quantity_unit", "u" * 41, "keep it under 40"),
        ("lot_code", "L" * 101, "keep it under 100"),
    ],
)
def test_new_fields_refuse_what_is_too_long_and_change_nothing(catalog, field, value, words):
    exam = exams.new_examination(catalog, CREME)
    with pytest.raises(IdguideError, match=words):
        exams.update_examination(catalog, exam.id, **{field: value})
    assert exams.get_examination(catalog, exam.id) == exam


def test_what_the_text_rule_refuses_never_reaches_the_request_s_pdf(catalog, tmp_path):
    """The officer's new fields and the quoted alert go through the PDF writer's one text rule
    (idguide.catalog.cleantext): no bidi override or terminal escape is written on the page."""
    with catalog.transaction() as conn:  # an alert from before the rule
        conn.execute(
            "UPDATE translations SET text = ? WHERE product_id = ? AND part LIKE 'alert/%/title'",
            ("Fake \u202ebatch\u202c L2406-88\x07", WRENCH),
        )
    exam = exams.new_examination(
        catalog,
        WRENCH,
        lot_code="L2406-88\x1b[2J",
        requester_name="Ana \u202eSousa\u202c",
        requester_office="Leix\x9bões",
    )
    _document, text = export(catalog, exam.id, tmp_path / "out")
    for refused in ("\u202e", "\u202c", "\x07", "\x1b", "\x9b"):
        assert refused not in text, repr(refused)
    for words in ("Ana Sousa", "Leixões", "L2406-88[2J", "Fake batch L2406-88"):
        assert words in text, words


@pytest.mark.parametrize("version", [4, 6])
def test_an_examination_made_by_a_previous_version_opens_and_exports(tmp_path, version):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript((DATA / "catalogs" / f"v{version}.sql").read_text("utf-8"))
    conn.close()
    with open_catalog(path) as catalog:
        exam = exams.get_examination(catalog, 1)
        assert (exam.verdict, exam.quantity, exam.quantity_unit, exam.lot_code) == (
            "suspected",
            120,
            "",
            "",
        )
        assert exam.requester_name == ""
        # Its snapshot has feature titles only: the texts come from the entry, same revision.
        assert exam.feature_genuine(exam.checks[0]) == "Sharp etched marks."
        (photo,) = exam.photos  # (its file was never there: the SQL holds the records only)
        exams.remove_photo(catalog, exam.id, photo.sha256)
        document, text = export(catalog, exam.id, tmp_path / "out")
    assert document["format_version"] == 2 and document["examination"]["quantity_unit"] == ""
    assert "120" in text and "CASE-7" in text


def test_exam_commands_take_the_new_fields(catalog, capsys, tmp_path):
    code, out, _ = run_cli(
        capsys,
        "--catalog",
        catalog.path,
        "exam",
        "new",
        WRENCH,
        "--quantity",
        "12",
        "--unit",
        "boxes",
        "--lot",
        "L2406-88",
        "--officer",
        "Ana Sousa",
        "--agency",
        "AT",
        "--office",
        "Leixões",
        "--reply-to",
        "ana@at.example",
    )
    assert code == 0
    exam = exams.get_examination(catalog, int(out))
    assert (exam.quantity_unit, exam.lot_code, exam.requester_contact) == (
        "boxes",
        "L2406-88",
        "ana@at.example",
    )
    _, out, _ = run_cli(capsys, "--catalog", catalog.path, "exam", "show", str(exam.id))
    assert "Quantity: 12 boxes" in out and "Requested by: Ana Sousa" in out
    assert "Lot code: L2406-88 (named in the alert Fake batch L2406-88)" in out
