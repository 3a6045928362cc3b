"""Workshop sets: built and reordered by a trainer, shared as .idgw files, hostile files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import CREME, PLIERS, SAMPLE, WRENCH, install_folder, install_sample, run_cli, snapshot

from idguide.catalog import IdguideError, NotFoundError, open_catalog
from idguide.catalog.training import workshops as ws
from idguide.catalog.training.workshops import WorkshopFileError


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def test_a_trainer_builds_and_reorders_a_set(catalog):
    workshop = ws.create_workshop(catalog, "Operation Tools", [WRENCH, CREME])
    assert workshop.product_ids == [WRENCH, CREME]
    assert [i.label for i in workshop.items] == [
        "Nordiva Torque wrench TW-200",
        "Crèmelia Crème de rosa Ação",
    ]
    ws.add_item(catalog, workshop.id, PLIERS, notes="Start with the grips", position=0)
    assert ws.get_workshop(catalog, workshop.id).product_ids == [PLIERS, WRENCH, CREME]
    ws.move_item(catalog, workshop.id, PLIERS, 99)
    ws.remove_item(catalog, workshop.id, WRENCH)
    ws.set_item_notes(catalog, workshop.id, CREME, "UV lamp needed")
    ws.rename_workshop(catalog, workshop.id, "Operation Tools II")
    again = ws.get_workshop(catalog, workshop.id)
    assert again.title == "Operation Tools II"
    assert [(i.product_id, i.notes) for i in again.items] == [
        (CREME, "UV lamp needed"),
        (PLIERS, "Start with the grips"),
    ]
    ws.reorder(catalog, workshop.id, [PLIERS, CREME])
    assert ws.get_workshop(catalog, workshop.id).product_ids == [PLIERS, CREME]
    assert ws.list_workshops(catalog)[0]["items"] == 2
    ws.delete_workshop(catalog, workshop.id)
    assert ws.list_workshops(catalog) == []


def test_mistakes_are_refused_and_change_nothing(catalog):
    workshop = ws.create_workshop(catalog, "Set", [WRENCH])
    before = snapshot(catalog.path)
    for call in (
        lambda: ws.create_workshop(catalog, "  "),
        lambda: ws.create_workshop(catalog, "Set", ["no-such"]),
        lambda: ws.add_item(catalog, workshop.id, "no-such"),
        lambda: ws.remove_item(catalog, workshop.id, CREME),
        lambda: ws.reorder(catalog, workshop.id, [WRENCH, CREME]),
        lambda: ws.rename_workshop(catalog, 999, "x"),
        lambda: ws.get_workshop(catalog, "abc"),
    ):
        with pytest.raises(IdguideError):
            call()
    assert snapshot(catalog.path) == before


def test_a_set_travels_to_a_catalogue_missing_a_product(catalog, tmp_path):
    workshop = ws.create_workshop(catalog, "Cosmética e ferramentas", [CREME, WRENCH])
    ws.set_item_notes(catalog, workshop.id, CREME, "Lâmpada UV")
    path = ws.export_workshop(catalog, workshop.id, tmp_path / "share" / "set")
    assert path.name == "set.idgw"
    assert json.loads(path.read_text("utf-8"))["format"] == "idguide-workshop"

    with open_catalog(tmp_path / "other.db") as other:
        install_folder(other, SAMPLE / "nordhaven")
        result = ws.import_workshop(other, path)
        assert result.workshop.title == "Cosmética e ferramentas"
        assert [i.product_id for i in result.missing] == [CREME]
        assert result.missing[0].label == "Crèmelia Crème de rosa Ação"
        items = ws.get_workshop(other, result.workshop.id).items
        assert [(i.product_id, i.status, i.notes) for i in items] == [
            (CREME, "missing", "Lâmpada UV"),
            (WRENCH, "current", ""),
        ]
        install_folder(other, SAMPLE / "cremelia")  # installing the bundle later fills the gap
        assert ws.get_workshop(other, result.workshop.id).items[0].status == "current"


def test_sets_survive_catalogue_updates_and_withdrawals(catalog):
    workshop = ws.create_workshop(catalog, "Set", [WRENCH, CREME])
    rows = snapshot(catalog.path)["workshop_items"]
    install_sample(catalog)
    with catalog.transaction() as conn:
        conn.execute("UPDATE products SET withdrawn = 1 WHERE id = ?", (WRENCH,))
    assert snapshot(catalog.path)["workshop_items"] == rows
    assert [i.status for i in ws.get_workshop(catalog, workshop.id).items] == [
        "withdrawn",
        "current",
    ]


def _document(**changes):
    document = {
        "format": "idguide-workshop",
        "format_version": 1,
        "title": "T",
        "items": [{"product_id": WRENCH, "label": "", "notes": ""}],
    }
    document.update(changes)
    return json.dumps(document).encode()


HOSTILE = {
    "not json": (b"\x00\xffPK\x03\x04 binary", "not UTF-8 JSON"),
    "empty": (b"", "not UTF-8 JSON"),
    "a list": (b"[1, 2, 3]", "not a workshop file"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "not"),
    "other format": (_document(format="idguide-examination"), "not a workshop file"),
    "newer version": (_document(format_version=9), "newer idguide"),
    "version as text": (_document(format_version="1"), "format_version"),
    "items not a list": (_document(items={"a": 1}), "must be a list"),
    "item not an object": (_document(items=["x"]), "item 1"),
    "path as id": (_document(items=[{"product_id": "../../etc/passwd"}]), "product id"),
    "huge id": (_document(items=[{"product_id": "a" * 5000}]), "product id"),
    "notes not text": (_document(items=[{"product_id": WRENCH, "notes": 5}]), "must be text"),
    "title too long": (_document(title="T" * 5000), "longer than"),
    "no title": (_document(title=""), "empty"),
    "too many items": (
        _document(items=[{"product_id": f"p{i}"} for i in range(ws.MAX_ITEMS + 1)]),
        "at most",
    ),
    "too big": (b" " * (ws.MAX_FILE_BYTES + 1), "larger than"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_malformed_or_hostile_file_is_refused_whole(catalog, tmp_path, name):
    data, words = HOSTILE[name]
    path = tmp_path / "in.idgw"
    path.write_bytes(data)
    before = snapshot(catalog.path)
    with pytest.raises(WorkshopFileError, match=words) as refused:
        ws.import_workshop(catalog, path)
    assert str(path) in str(refused.value)
    assert snapshot(catalog.path) == before


def test_missing_files_and_folders_are_refused(catalog, tmp_path):
    with pytest.raises(WorkshopFileError, match="Cannot read"):
        ws.import_workshop(catalog, tmp_path / "nope.idgw")
    with pytest.raises(WorkshopFileError, match="folder"):
        ws.import_workshop(catalog, tmp_path)
    if Path("/dev/zero").exists():  # an endless device is not read at all
        with pytest.raises(WorkshopFileError, match="not a regular file"):
            ws.import_workshop(catalog, Path("/dev/zero"))
    with pytest.raises(NotFoundError):
        ws.export_workshop(catalog, 12, tmp_path / "x.idgw")


def test_workshop_commands(catalog, tmp_path, capsys):
    def run(*args):
        return run_cli(capsys, "--catalog", catalog.path, *args)

    code, out, _ = run("workshop", "new", "Border week", WRENCH, PLIERS)
    workshop_id = int(out)
    assert run("workshop", "export", workshop_id, "-o", tmp_path / "w.idgw")[0] == 0
    code, out, _ = run("workshop", "import", tmp_path / "w.idgw", "--json")
    assert code == 0 and json.loads(out)["missing"] == []
    code, out, _ = run("workshop", "list", "--json")
    assert [row["title"] for row in json.loads(out)] == ["Border week", "Border week"]
    assert run("handout", "--workshop", workshop_id, "-o", tmp_path / "h.pdf")[0] == 0
    assert (tmp_path / "h.pdf").stat().st_size > 1000
    (tmp_path / "bad.idgw").write_text("{nope")
    code, out, err = run("workshop", "import", tmp_path / "bad.idgw")
    assert code == 1 and "not a workshop file" in err and err.count("\n") == 1
