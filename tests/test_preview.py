"""`idguide bundle preview`: a source shown as officers will see it before it ships, as a PDF
(every entry in each of its languages, call-out numbers as text, a first page of changes against
the previous bundle) or in the app on a temporary catalogue marked PREVIEW that touches no real
catalogue, trust store or settings. From a folder, or from a workbook and its pictures."""

from __future__ import annotations

import shutil
from pathlib import Path

from bundle_helpers import build, make_keys
from pypdf import PdfReader
from support import SAMPLE, WRENCH, copy_sample, run_cli, snapshot

from idguide.catalog import open_catalog
from idguide.catalog.bundles import trust_add, trust_list

NAMES = {  # the sample publisher's names in each language its entries are written in
    "en": ["Torque wrench TW-200", "Combination pliers P-8"],
    "es": ["Llave dinamométrica TW-200"],
    "fr": ["Pince universelle P-8"],
}


def pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def callouts(page) -> list[str]:
    """The numbers written on the pictures: between the "Pictures" heading and what follows."""
    spots: list[tuple[str, float]] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, *_: spots.append((text.strip(), tm[5] * cm[3] + cm[5]))
    )
    top = next(y for text, y in spots if text.startswith("Pictures"))
    below = max(y for text, y in spots if text.startswith(("Authentication", "Genuine:")))
    return [text for text, y in spots if text.isdigit() and below < y < top]


def test_a_folder_is_previewed_in_each_language_with_call_outs_as_text(tmp_path, capsys):
    out = tmp_path / "preview.pdf"
    code, said, _ = run_cli(capsys, "bundle", "preview", SAMPLE / "nordhaven", "-o", out)
    assert code == 0
    assert said == f"Wrote {out}: 2 products in 3 languages (en, es, fr), 4 sheets.\n"
    texts = pages(out)
    text = "\n".join(texts)
    for lang, names in NAMES.items():
        for name in names:
            assert name in text, (lang, name)
    assert text.count("PREVIEW: not published") == 4
    assert "PREVIEW: not published · es, Spanish" in text
    assert "Sharp etched marks." in text and "Fake batch L2406-88" in text  # features, alerts
    assert "protect@nordhaven.example" in text  # contacts
    reader = PdfReader(out)
    wrench = next(n for n, t in enumerate(texts) if "Torque wrench TW-200" in t and "Pictures" in t)
    assert sorted(callouts(reader.pages[wrench])) == ["1", "2"]
    assert callouts(reader.pages[0]) == ["1"]  # the pliers come first, with one feature


def test_a_workbook_and_its_pictures_are_previewed(tmp_path, capsys):
    from test_sheet import OWN, fill

    from idguide.catalog.authoring import write_template

    book = tmp_path / "products.xlsx"
    write_template(book)
    fill(book, OWN)
    out = tmp_path / "preview.pdf"
    pictures = SAMPLE / "nordhaven" / "images"
    code, said, err = run_cli(capsys, "bundle", "preview", book, "--images", pictures, "-o", out)
    assert code == 0, err
    assert said.startswith(f"Wrote {out}: 1 product in 1 language (en), 1 sheet.")
    text = "\n".join(pages(out))
    assert "Holmvik Tools Torque wrench TW-200" in text and "Etched scale" in text
    assert "Ana Ruiz" in text  # the contact typed into the workbook
    assert sorted(callouts(PdfReader(out).pages[0])) == ["1"]
    code, _, err = run_cli(capsys, "bundle", "preview", book, "-o", tmp_path / "x.pdf")
    assert code == 1 and "for a spreadsheet give --images DIR" in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_first_page_says_what_changes_against_the_base(tmp_path, capsys):
    private, _ = make_keys(tmp_path / "keys")
    src = copy_sample(tmp_path, "nordhaven")
    base = build(src, tmp_path / "n1.idgb", private, 1)
    (src / "products" / "pliers.yaml").unlink()
    wrench = src / "products" / "wrench.yaml"
    wrench.write_text(wrench.read_text().replace("packaging: Blue case.", "packaging: Red case."))
    out = tmp_path / "preview.pdf"
    code, said, err = run_cli(capsys, "bundle", "preview", src, "-o", out, "--base", base)
    assert code == 0
    assert "Against n1.idgb: 0 added, 0 updated, 1 withdrawn, 1 unchanged." in said
    assert (
        "Would be refused: products/wrench.yaml: revision: nordiva-wrench-tw200 has changed" in err
    )
    first = pages(out)[0]
    assert "what changes against n1.idgb" in first
    assert "1 entry changed without a new revision: bundle build would refuse the source" in first
    assert "Withdrawn (in the base, no longer in the source): 1" in first
    assert "nordiva-pliers-p8: Combination pliers P-8" in first
    assert "Torque wrench TW-200" in pages(out)[1]


def test_a_source_with_problems_is_not_previewed(tmp_path, capsys):
    src = copy_sample(tmp_path, "nordhaven")
    (src / "images" / "wrench-fake.png").unlink()
    code, _, err = run_cli(capsys, "bundle", "preview", src, "-o", tmp_path / "p.pdf")
    assert code == 1
    assert "products/wrench.yaml:" in err and "no such image file" in err
    assert not (tmp_path / "p.pdf").exists()


def test_the_app_preview_uses_a_catalogue_of_its_own_and_leaves_no_trace(
    tmp_path, capsys, monkeypatch
):
    """`--app` installs the source into a temporary catalogue trusted for a key of its own,
    runs the app on it, and removes it; the officer's catalogue is never opened."""
    from idguide.ui import app

    real = tmp_path / "real" / "catalog.db"
    seen = {}

    def fake_run(catalog_path, folder, label):
        seen.update(path=catalog_path, folder=folder, label=label)
        with open_catalog(catalog_path) as cat:
            seen["products"] = [r[0] for r in cat.conn.execute("SELECT id FROM products")]
            seen["trust"] = [(e.publisher_id, e.all_brands) for e in trust_list(cat)]
        return 0

    monkeypatch.setattr(app, "run_preview", fake_run)
    code, _, err = run_cli(
        capsys, "--catalog", real, "bundle", "preview", SAMPLE / "nordhaven", "--app"
    )
    assert code == 0, err
    assert sorted(seen["products"]) == ["nordiva-pliers-p8", WRENCH]
    assert seen["trust"] == [("nordhaven", True)]
    assert seen["label"] == "Nordhaven Tools AB (2 products)"
    assert not seen["folder"].exists()  # removed with everything in it
    assert not real.exists() and not real.parent.exists()


def test_the_preview_window_is_marked_and_keeps_its_own_settings(
    qtbot, tmp_path, qt_settings, ui_errors, monkeypatch
):
    from PySide6.QtWidgets import QLabel

    from idguide.catalog.authoring.source import read_source
    from idguide.catalog.preview import preview_catalogue
    from idguide.ui.preview import open_preview_window, own_settings
    from idguide.ui.settings import Settings

    real = tmp_path / "real.db"  # an officer's catalogue, which trusts another key
    with open_catalog(real) as cat:
        trust_add(cat, make_keys(tmp_path / "k")[1], "nordhaven", ["nordiva"])
    before = snapshot(real)
    monkeypatch.setenv("IDGUIDE_CATALOG", str(real))
    made = preview_catalogue(read_source(SAMPLE / "nordhaven"), tmp_path / "preview")
    own_settings(tmp_path / "preview" / "settings")
    window = open_preview_window(made.path, "Nordhaven Tools AB (2 products)", lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    label = window.findChild(QLabel, "previewBanner")
    assert label.isVisible() and label.text().startswith("PREVIEW of Nordhaven Tools AB")
    assert window.windowTitle().startswith("PREVIEW · idguide")
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    assert window.windowTitle() == "PREVIEW · Nordiva Torque wrench TW-200 — idguide"
    Settings().language = "fr"
    Settings().sync()
    window.close()
    assert "fr" in (tmp_path / "preview" / "settings" / "idguide" / "idguide.ini").read_text()
    assert not list(Path(qt_settings).rglob("*.ini"))  # the officer's own settings untouched
    assert snapshot(real) == before
    shutil.rmtree(tmp_path / "preview")
