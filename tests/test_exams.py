"""Examinations: saved at every change, photos cleaned or refused, export for the rights holder."""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zlib
from pathlib import Path

import jsonschema
import pytest
import yaml
from PIL import Image
from pypdf import PdfReader
from support import (
    CREME,
    PLIERS,
    WRENCH,
    copy_sample,
    install_folder,
    install_sample,
    run_cli,
    snapshot,
)

from idguide.catalog import IdguideError, ImageError, NotFoundError, open_catalog, set_note
from idguide.catalog.examinations import exams
from idguide.catalog.examinations.export import export_examination, schema
from idguide.catalog.training.workshops import create_workshop

OFFICER_TABLES = (
    "examinations",
    "examination_checks",
    "examination_photos",
    "notes",
    "workshops",
    "workshop_items",
)


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def jpeg_with_gps(path, size=(320, 200), orientation=6):
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "SpyCam Ltd"
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 1.0), 3: "E", 4: (13.0, 24.0, 1.0)}
    Image.new("RGB", size, (200, 30, 30)).save(path, "JPEG", exif=exif)
    return path


def png_header(width, height):
    """A PNG that claims ``width`` x ``height`` pixels with almost no data: a decompression bomb."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (width * 3 + 1) * 4)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def officer_rows(path):
    data = snapshot(path)
    return {table: data[table] for table in OFFICER_TABLES}


def pdf_text(path):
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


# -- the record and its autosave ---------------------------------------------------------------


def test_an_examination_keeps_everything_the_officer_records(catalog):
    exam = exams.new_examination(
        catalog,
        WRENCH,
        verdict="suspected",
        case_ref="PT-2026/118",
        place="Leixões, terminal 2",
        examined_on="2026-11-20",
        quantity="240",
        declared_origin="CN",
        notes="Case lid has a CE mark.",
    )
    again = exams.get_examination(catalog, exam.id)
    assert again == exam
    assert (again.verdict, again.case_ref, again.quantity) == ("suspected", "PT-2026/118", 240)
    assert again.examined_on == "2026-11-20"
    assert [c.number for c in again.checks] == [1, 2]
    assert again.feature_title(again.checks[0], "es") == "Escala grabada"
    assert {c.result for c in again.checks} == {"unchecked"}
    assert again.title() == "Nordiva Torque wrench TW-200"
    assert again.product_status == "current" and again.status_message() == ""
    assert [(s.id, s.product_id, s.verdict) for s in exams.list_examinations(catalog)] == [
        (exam.id, WRENCH, "suspected")
    ]


def test_every_change_is_saved_at_once(catalog, tmp_path):
    exam = exams.new_examination(catalog, CREME)
    assert exam.examined_on  # today by default
    exams.update_examination(catalog, exam.id, verdict="likely-genuine", place="Airport")
    exams.set_check(catalog, exam.id, 1, "differs", "No glow under UV.")
    exams.set_check(catalog, exam.id, 1, comment="No glow under UV at all.")
    # another connection (another window, or the app after a crash) sees every change
    with open_catalog(catalog.path) as other:
        seen = exams.get_examination(other, exam.id)
    assert (seen.verdict, seen.place) == ("likely-genuine", "Airport")
    assert (seen.checks[0].result, seen.checks[0].comment) == (
        "differs",
        "No glow under UV at all.",
    )
    assert seen.updated_at >= seen.created_at


@pytest.mark.parametrize(
    "change",
    [
        {"verdict": "fake"},
        {"examined_on": "29/11/2026"},
        {"quantity": "lots"},
        {"quantity": -1},
        {"notes": "x" * 20_001},
        {"officer": "me"},
    ],
)
def test_a_bad_value_is_refused_and_changes_nothing(catalog, change):
    exam = exams.new_examination(catalog, WRENCH, notes="before")
    before = officer_rows(catalog.path)
    with pytest.raises(IdguideError):
        exams.update_examination(catalog, exam.id, **change)
    assert officer_rows(catalog.path) == before


def test_checklist_refuses_unknown_features_and_results(catalog):
    exam = exams.new_examination(catalog, WRENCH)
    with pytest.raises(NotFoundError, match="no feature 7"):
        exams.set_check(catalog, exam.id, 7, "differs")
    with pytest.raises(IdguideError, match="as-genuine"):
        exams.set_check(catalog, exam.id, 1, "maybe")
    with pytest.raises(NotFoundError):
        exams.get_examination(catalog, 999)
    with pytest.raises(NotFoundError):
        exams.new_examination(catalog, "no-such-product")


# -- photos ------------------------------------------------------------------------------------


def test_photos_are_stored_without_metadata_and_upright(catalog, tmp_path, user_data):
    source = jpeg_with_gps(tmp_path / "IMG_0001.jpg")
    with Image.open(source) as original:
        assert original.getexif().get(0x8825)  # the original does carry GPS
    exam = exams.new_examination(catalog, WRENCH, photos=[source])
    photo = exam.photos[0]
    stored = exams.photo_store(catalog).path(photo.sha256)
    data = stored.read_bytes()
    # in the officer's own folder for this catalogue, not beside the catalogue (IT's, maybe)
    assert stored.is_relative_to(user_data / catalog.id / "photos")
    assert hashlib.sha256(data).hexdigest() == photo.sha256
    assert b"Exif" not in data and b"SpyCam" not in data
    with Image.open(stored) as picture:
        assert not picture.getexif()
        assert picture.size == (200, 320)  # orientation 6 applied
    assert (photo.width, photo.height) == (200, 320)


def test_a_png_photo_stays_lossless_and_loses_its_text_chunks(catalog, tmp_path):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Officer 4711")
    Image.new("RGBA", (50, 40), (0, 0, 255, 128)).save(tmp_path / "s.png", pnginfo=info)
    exam = exams.new_examination(catalog, WRENCH)
    photo = exams.add_photo(catalog, exam.id, tmp_path / "s.png", caption="Label")
    data = exams.photo_bytes(catalog, photo.sha256)
    assert photo.format == "PNG" and b"Officer 4711" not in data
    assert exams.get_examination(catalog, exam.id).photos[0].caption == "Label"


HOSTILE = {
    "bomb.png": (png_header(40_000, 40_000), "too large"),
    "huge.png": (png_header(8_000, 6_000), "8000x6000 pixels"),
    "invoice.jpg": (b"%PDF-1.4 this is not a picture" * 10, "not a readable"),
    "empty.jpg": (b"", "not a readable"),
}


def _truncated_jpeg():
    out = io.BytesIO()
    Image.effect_noise((400, 300), 64).convert("RGB").save(out, "JPEG")
    return out.getvalue()[: len(out.getvalue()) // 2]


HOSTILE["truncated.jpg"] = (_truncated_jpeg(), "truncated|cannot be read|not a readable")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_photos_are_refused_with_a_message_and_nothing_is_stored(catalog, tmp_path, name):
    data, words = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(data)
    exam = exams.new_examination(catalog, WRENCH)
    before = officer_rows(catalog.path)
    with pytest.raises(ImageError, match=words) as refused:
        exams.add_photo(catalog, exam.id, path)
    assert name in str(refused.value)
    with pytest.raises(ImageError):
        exams.new_examination(catalog, CREME, photos=[path])
    assert officer_rows(catalog.path) == before
    assert exams.photo_store(catalog).stored() == set()


def test_deleting_an_examination_removes_its_photos(catalog, tmp_path):
    exam = exams.new_examination(catalog, WRENCH, photos=[jpeg_with_gps(tmp_path / "a.jpg")])
    other = exams.new_examination(catalog, CREME, photos=[tmp_path / "a.jpg"])
    sha = exam.photos[0].sha256
    exams.delete_examination(catalog, exam.id)
    assert exams.photo_store(catalog).stored() == {sha}  # still used by the other one
    exams.remove_photo(catalog, other.id, sha)
    assert exams.photo_store(catalog).stored() == set()
    with pytest.raises(NotFoundError):
        exams.get_examination(catalog, exam.id)


def test_a_photo_caption_is_changed_and_a_wrong_one_changes_nothing(catalog, tmp_path):
    exam = exams.new_examination(catalog, WRENCH, photos=[jpeg_with_gps(tmp_path / "a.jpg")])
    sha = exam.photos[0].sha256
    exams.set_photo_caption(catalog, exam.id, sha, "Lid\x00, top view")
    changed = exams.get_examination(catalog, exam.id)
    assert changed.photos[0].caption == "Lid, top view"
    assert changed.updated_at >= exam.updated_at
    before = officer_rows(catalog.path)
    with pytest.raises(NotFoundError, match="has no photo"):
        exams.set_photo_caption(catalog, exam.id, "0" * 64, "x")
    with pytest.raises(IdguideError, match="keep it under 500"):
        exams.set_photo_caption(catalog, exam.id, sha, "x" * 501)
    with pytest.raises(NotFoundError):
        exams.remove_photo(catalog, exam.id + 1, sha)
    assert officer_rows(catalog.path) == before


# -- the catalogue changes under it ------------------------------------------------------------


def test_an_examination_of_a_withdrawn_or_removed_product_still_opens(catalog, tmp_path):
    exam = exams.new_examination(catalog, WRENCH, verdict="suspected")
    exams.set_check(catalog, exam.id, 2, "differs", "Wavy")
    from idguide.catalog.authoring.source import read_source
    from idguide.catalog.write import BundleInfo, install

    source = read_source(copy_sample(tmp_path, "nordhaven"))
    kept = [p for p in source.products if p.id != WRENCH]
    install(catalog, source.publisher, kept, BundleInfo("test-nordhaven-2", 2), withdrawn=[WRENCH])
    withdrawn = exams.get_examination(catalog, exam.id)
    assert withdrawn.product_status == "withdrawn"
    assert "WITHDRAWN" in withdrawn.status_message()

    with catalog.transaction() as conn:
        conn.execute("DELETE FROM products WHERE id = ?", (WRENCH,))
        conn.execute("DELETE FROM publishers WHERE id = 'nordhaven'")
    removed = exams.get_examination(catalog, exam.id)
    assert removed.product_status == "removed"
    assert "no longer in this catalogue" in removed.status_message()
    assert removed.title() == "Nordiva Torque wrench TW-200"
    assert [(c.number, c.result) for c in removed.checks] == [(1, "unchecked"), (2, "differs")]
    assert exams.list_examinations(catalog)[0].product_status == "removed"
    pdf, data = export_examination(catalog, exam.id, tmp_path / "out")
    document = json.loads(data.read_text())
    assert document["product"]["status"] == "removed"
    assert document["contacts"][0]["email"] == "protect@nordhaven.example"  # from the snapshot
    assert "no longer in this catalogue" in pdf_text(pdf)[1]


def test_officer_data_survives_reinstalls_updates_withdrawals_and_the_demo(
    catalog, tmp_path, idguide, monkeypatch
):
    from idguide.catalog import demo, get_note, get_product, paths
    from idguide.catalog.bundles import build_bundle, generate_keys, import_bundle, trust_add

    exam = exams.new_examination(
        catalog, WRENCH, notes="mine", photos=[jpeg_with_gps(tmp_path / "p.jpg")]
    )
    exams.set_check(catalog, exam.id, 1, "as-genuine")
    seized = exams.new_examination(catalog, PLIERS, verdict="suspected", notes="grips peel")
    exams.set_check(catalog, seized.id, 1, "differs", "Soft grips")
    create_workshop(catalog, "Tools week", [WRENCH, CREME, PLIERS])
    set_note(catalog, CREME, "Seen at Leixões")
    set_note(catalog, PLIERS, "Fake grips at gate 4")
    before = officer_rows(catalog.path)

    folder = copy_sample(tmp_path, "nordhaven")
    wrench = folder / "products" / "wrench.yaml"
    entry = yaml.safe_load(wrench.read_text())
    entry["revision"] = 3
    entry["features"] = entry["features"][:1]
    wrench.write_text(yaml.safe_dump(entry, allow_unicode=True))
    install_folder(catalog, folder, sequence=2)
    install_sample(catalog)
    # the publisher's next signed bundle no longer lists the pliers: they are withdrawn
    (folder / "products" / "pliers.yaml").unlink()
    private, public = generate_keys(tmp_path / "keys")
    trust_add(catalog, public, "nordhaven", ["nordiva"])
    bundle = build_bundle(folder, tmp_path / "nordhaven-3.idgb", private, sequence=3)
    assert import_bundle(catalog, bundle.path).withdrawn == [PLIERS]
    assert get_product(catalog, PLIERS).withdrawn
    # the shipped demo, less the two publishers whose brands the sample publishers own here
    # (the demo refuses those, as it should)
    clashing = {"demo-maison-cremelia", "demo-nordiva-care"}
    sources = [source for source in paths.demo_sources() if source.name not in clashing]
    monkeypatch.setattr(demo, "demo_sources", lambda: sources)
    code, out, err = idguide("demo")
    assert code == 0 and re.search(r": [1-9]\d* added, 0 updated, 0 unchanged", out), err
    code, out, err = idguide("demo")
    assert code == 0 and "0 added, 0 updated" in out, err

    assert officer_rows(catalog.path) == before
    updated = exams.get_examination(catalog, exam.id)
    assert updated.product_status == "updated"
    assert [c.number for c in updated.checks] == [1, 2]  # the checklist as it was examined
    withdrawn = exams.get_examination(catalog, seized.id)
    assert withdrawn.product_status == "withdrawn"
    assert [(c.result, c.comment) for c in withdrawn.checks][:1] == [("differs", "Soft grips")]
    assert get_note(catalog, PLIERS).text == "Fake grips at gate 4"


# -- the verification request ------------------------------------------------------------------


def test_export_writes_a_pdf_a_valid_json_and_the_photos(catalog, tmp_path):
    exam = exams.new_examination(
        catalog,
        CREME,
        verdict="suspected",
        case_ref="C-77",
        quantity=12,
        notes="Selo sem brilho.\nCaixa com erro «Cremelia».",
        photos=[jpeg_with_gps(tmp_path / "p.jpg")],
    )
    exams.set_check(catalog, exam.id, 1, "differs", "Não brilha sob UV.")
    out = tmp_path / "request"
    pdf, data = export_examination(catalog, exam.id, out)
    document = json.loads(data.read_text("utf-8"))
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(
        document
    )
    assert document["examination"]["verdict"] == "suspected"
    assert document["product"]["name"] == "Crème de rosa Ação"
    (check,) = document["checklist"]
    assert {key: check[key] for key in ("number", "title", "result", "comment")} == {
        "number": 1,
        "title": "Selo holográfico",
        "result": "differs",
        "comment": "Não brilha sob UV.",
    }
    for photo in document["photos"]:
        assert hashlib.sha256((out / photo["file"]).read_bytes()).hexdigest() == photo["sha256"]
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == document["pdf"]["sha256"]
    pages, text = pdf_text(pdf)
    assert pages >= 1
    for words in (
        "Verification request",
        "Crème de rosa Ação",
        "Suspected counterfeit",
        "C-77",
        "Selo holográfico",
        "Não brilha sob UV.",
        "marca@cremelia.example",
        "«Cremelia»",
    ):
        assert words in text, words
    pictures = [image.image.size for page in PdfReader(pdf).pages for image in page.images]
    assert pictures == [(200, 320)]  # the officer's photo, upright as stored


def test_the_documented_example_follows_the_schema():
    docs = Path(__file__).parents[1] / "docs" / "examination-format.md"
    (example,) = re.findall(r"```json\n(.*?)\n```", docs.read_text("utf-8"), re.DOTALL)
    document = json.loads(example)
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(
        document
    )
    assert document["format"] == "idguide-examination"


def test_export_refuses_a_file_as_its_folder(catalog, tmp_path):
    exam = exams.new_examination(catalog, CREME)
    (tmp_path / "taken").write_text("x")
    with pytest.raises(IdguideError, match="is a file"):
        export_examination(catalog, exam.id, tmp_path / "taken")


def test_the_schema_rejects_a_document_missing_the_photo_hashes(catalog, tmp_path):
    exam = exams.new_examination(catalog, CREME, photos=[jpeg_with_gps(tmp_path / "p.jpg")])
    _, data = export_examination(catalog, exam.id, tmp_path / "out")
    document = json.loads(data.read_text())
    del document["photos"][0]["sha256"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema())


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def idguide(catalog, capsys):
    """Run `idguide --catalog <the test catalogue> ...`; return (exit code, stdout, stderr)."""
    return lambda *args: run_cli(capsys, "--catalog", catalog.path, *args)


def test_exam_commands_record_list_and_export(idguide, tmp_path):
    photo = jpeg_with_gps(tmp_path / "p.jpg")
    code, out, _ = idguide(
        "exam",
        "new",
        WRENCH,
        "--verdict",
        "suspected",
        "--note",
        "CE mark on lid",
        "--photo",
        photo,
        "--case",
        "PT-1",
    )
    assert code == 0
    exam_id = int(out.strip())
    assert idguide("exam", "check", exam_id, 1, "differs", "--comment", "printed")[0] == 0
    code, out, _ = idguide("exam", "list", "--json")
    (row,) = json.loads(out)
    assert (row["id"], row["product_id"], row["verdict"]) == (exam_id, WRENCH, "suspected")
    assert row["created_at"]
    code, out, _ = idguide("exam", "export", exam_id, "-o", tmp_path / "out")
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [f"examination-{exam_id}{end}" for end in ("-photo-1.jpg", ".json", ".pdf")]
    code, out, _ = idguide("exam", "show", exam_id, "--json")
    assert json.loads(out)["checklist"][0]["comment"] == "printed"


@pytest.mark.parametrize(
    "args, words",
    [
        (("exam", "new", "no-such-product"), "No product with id"),
        (("exam", "new", WRENCH, "--photo", "{bad}"), "not a readable"),
        (("exam", "new", WRENCH, "--date", "yesterday"), "YYYY-MM-DD"),
        (("exam", "export", "42", "-o", "{out}"), "No examination with id 42"),
        (("exam", "check", "42", "1", "differs"), "No examination with id 42"),
    ],
)
def test_exam_command_errors_are_one_clean_line(idguide, tmp_path, args, words):
    (tmp_path / "bad.jpg").write_text("not a picture")
    args = [a.format(bad=tmp_path / "bad.jpg", out=tmp_path / "o") for a in args]
    code, out, err = idguide(*args)
    assert code == 1 and out == ""
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert idguide("exam", "list", "--json")[1].strip() == "[]"
