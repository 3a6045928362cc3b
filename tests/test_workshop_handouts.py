"""A trainer's handouts: a workshop naming products this catalogue lacks still prints, with its
title and (on request) the trainer's notes; a participants' worksheet has numbered call-outs and
blank lines instead of the answers; call-out numbers are text in the PDF, not pixels.
"""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from support import CREME, PLIERS, WRENCH, callout_numbers, run_cli

from idguide.catalog.training import export_workshop, get_workshop

NOTE = "Pass the genuine wrench round before showing the fake."


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def text_of(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def cli(capsys, catalog, *args):
    return run_cli(capsys, "--catalog", catalog.path, *args)


def test_a_workshop_naming_a_missing_product_prints_what_it_has_and_lists_the_rest(
    catalog, tmp_path, capsys
):
    """Importing such a workshop keeps it (documented); its handout used to stop on it."""
    wid = int(cli(capsys, catalog, "workshop", "new", "Border week", WRENCH, CREME)[1])
    document = json.loads(export_workshop(catalog, wid, tmp_path / "w.idgw").read_text())
    document["items"].insert(1, {"product_id": "acme-drill-x1", "label": "Acme Drill X1"})
    (tmp_path / "w.idgw").write_text(json.dumps(document))
    imported = json.loads(
        cli(capsys, catalog, "workshop", "import", tmp_path / "w.idgw", "--json")[1]
    )
    out = tmp_path / "h.pdf"
    code, printed, err = cli(capsys, catalog, "handout", "--workshop", imported["id"], "-o", out)
    assert code == 0 and printed.strip() == str(out)
    assert err == "Not in this catalogue, not printed: Acme Drill X1 [acme-drill-x1]\n"
    text = text_of(out)
    assert "Border week" in text
    assert "Not in this catalogue, so not printed: Acme Drill X1 [acme-drill-x1]" in text
    assert "Torque wrench TW-200" in text and "Crème de rosa" in text

    code, said, _ = cli(capsys, catalog, "workshop", "remove-item", imported["id"], "2")
    assert code == 0 and said == "Workshop 2 now lists 2 products.\n"
    assert get_workshop(catalog, imported["id"]).product_ids == [WRENCH, CREME]
    code, _, err = cli(capsys, catalog, "workshop", "remove-item", imported["id"], "nordiva-wrnch")
    assert code == 1 and "does not list 'nordiva-wrnch'" in err
    assert "Did you mean 'nordiva-wrench-tw200'?" in err


def test_trainer_notes_title_and_the_trainers_copy(catalog, tmp_path, capsys):
    code, out, _ = cli(
        capsys, catalog, "workshop", "new", "Border week", WRENCH, PLIERS, "--note", WRENCH, NOTE
    )
    wid = int(out)
    assert code == 0
    assert cli(capsys, catalog, "workshop", "update", wid, "--note", "2", "Grips peel on fakes.",
               "--title", "Border week, day 2")[0] == 0  # fmt: skip
    shown = json.loads(cli(capsys, catalog, "workshop", "show", wid, "--json")[1])
    assert shown["title"] == "Border week, day 2"
    assert [item["notes"] for item in shown["items"]] == [NOTE, "Grips peel on fakes."]

    plain, trainer = tmp_path / "plain.pdf", tmp_path / "trainer.pdf"
    assert cli(capsys, catalog, "handout", "--workshop", wid, "-o", plain)[0] == 0
    assert cli(capsys, catalog, "handout", "--workshop", wid, "--with-notes", "-o", trainer)[0] == 0
    text = text_of(plain)
    assert "Border week, day 2" in text and "Workshop" in text
    assert "Pass the genuine wrench" not in text and "Trainer's notes" not in text
    text = text_of(trainer)
    assert "Trainer's notes" in text and "Pass the genuine wrench round" in text
    assert "Grips peel on fakes." in text
    code, _, err = cli(capsys, catalog, "handout", WRENCH, "--with-notes", "-o", plain)
    assert code == 1 and "give --workshop WID too" in err


def test_a_worksheet_has_call_outs_and_blank_lines_not_the_answers(catalog, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    assert cli(capsys, catalog, "handout", WRENCH, "--worksheet", "-o", out)[0] == 0
    text = text_of(out)
    assert "Torque wrench TW-200" in text
    assert (
        "1. Etched scale (loupe)" in text and "2. Base line (naked eye)" in text
    )  # the method in words
    assert "Picture A" in text and "Picture B" in text
    assert "Which pictures show a counterfeit?" in text
    for answer in ("Sharp etched marks.", "Printed marks rub off.", "Straight.", "Wavy."):
        assert answer not in text
    assert "Counterfeit: Counterfeit" not in text  # the pictures' kinds are not given away
    assert set(callout_numbers(out)) == {"1", "2"}


def test_call_out_numbers_are_text_on_the_picture_not_pixels(catalog, tmp_path, capsys):
    out = tmp_path / "h.pdf"
    assert cli(capsys, catalog, "handout", WRENCH, "-o", out)[0] == 0
    assert sorted(callout_numbers(out)) == ["1", "2"]  # two features marked on the genuine picture


def test_mistyped_ids_get_did_you_mean_and_withdrawn_products_a_warning(catalog, capsys):
    for command in (["workshop", "new", "Week"], ["exam", "new"]):
        code, _, err = cli(capsys, catalog, *command, "nordiva-wrnch-tw200")
        assert code == 1, command
        assert "No product with id 'nordiva-wrnch-tw200' in this catalogue. Did you mean " \
            "'nordiva-wrench-tw200'?" in err  # fmt: skip
    with catalog.transaction() as conn:
        conn.execute("UPDATE products SET withdrawn = 1 WHERE id = ?", (PLIERS,))
    code, _, err = cli(capsys, catalog, "workshop", "new", "Week", PLIERS)
    assert code == 0 and f"[{PLIERS}] has been withdrawn by its publisher" in err
    code, _, err = cli(capsys, catalog, "exam", "new", PLIERS)
    assert code == 0 and f"Warning: {PLIERS} has been withdrawn by its publisher" in err
