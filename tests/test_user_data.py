"""The officer's own data (notes, examinations with their photos, workshops) lives in a user
database of its own, under the catalogue's stable id, apart from the catalogue (which may be IT's
and replaced whole): a catalogue made before moves it there once, losing nothing even when the
move is interrupted; two catalogues never mix an officer's notes; a copy of the catalogue (IT's
next update) finds them again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from support import CREME, DATA, PLIERS, WRENCH, run_cli

from idguide.catalog import all_notes, get_note, open_catalog, set_note, usermove
from idguide.catalog.examinations import exams
from idguide.catalog.schema import OFFICER_TABLES, SCHEMA_VERSION, schema_version
from idguide.catalog.training import workshops

CATALOGS = DATA / "catalogs"
V8_PHOTO = "29440002e9b0df4d1e18984db44c40209d74156eeae1f61c78c4a01a7775f090"


def saved_v8(folder: Path) -> Path:
    """The saved catalogue of schema version 8 (the last before the user database) with its
    officer's photos beside it, as that idguide kept them (``catalog.user/photos/``)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "catalog.db"
    conn = sqlite3.connect(path)
    conn.executescript((CATALOGS / "v8.sql").read_text("utf-8"))
    conn.close()
    shutil.copytree(CATALOGS / "v8.user", folder / "catalog.user")
    return path


def officer_rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """The officer's rows, in the columns a version 8 catalogue has (the user database adds
    what was scanned into an examination, nothing for a moved one: test_schema checks it)."""
    found = {}
    for table in OFFICER_TABLES:
        names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        columns = ", ".join(f'"{name}"' for name in names if name != "scans")
        found[table] = sorted(map(repr, conn.execute(f"SELECT {columns} FROM {table}")))
    return found


def rows_of(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return officer_rows(conn)
    finally:
        conn.close()


def check_all_there(catalog) -> None:
    """What the officer of v8.sql had: three notes, examinations 1 to 3 (the third with its
    photo file), the workshop."""
    assert {n.product_id: n.text for n in all_notes(catalog)} == {
        WRENCH: "Lot L2406-88 seen at gate 4",
        CREME: "Seen twice at Le Havre; lid seal differs",
        PLIERS: "Grips without the logo at Antwerp",
    }
    assert [e.id for e in exams.list_examinations(catalog)][-3:] == [3, 2, 1]
    third = exams.get_examination(catalog, 3)
    assert (third.case_ref, third.lot_code) == ("CASE-11", "L2406-88")
    assert [(p.sha256, p.caption) for p in third.photos] == [(V8_PHOTO, "Seal under UV")]
    stored = exams.photo_store(catalog).path(V8_PHOTO)
    assert stored.read_bytes() == (CATALOGS / "v8.user/photos/29" / V8_PHOTO).read_bytes()
    assert [(c.number, c.result) for c in third.checks] == [(1, "differs"), (2, "unchecked")]
    workshop = workshops.get_workshop(catalog, 1)
    assert (workshop.title, workshop.product_ids) == ("Hand tools, Gdansk", [PLIERS, WRENCH])


def test_a_version_8_catalogue_moves_the_officers_data_to_the_user_database_once(
    tmp_path, user_data
):
    path = saved_v8(tmp_path / "cat")
    before = rows_of(path)
    assert all(before[t] for t in ("notes", "examinations", "workshops"))
    with open_catalog(path) as catalog:
        assert schema_version(catalog.conn) == SCHEMA_VERSION
        assert catalog.user.path == user_data / catalog.id / "user.db"
        check_all_there(catalog)
        moved = officer_rows(catalog.user.conn)
        assert moved == before  # every row, as it was
        # the catalogue's old rows are no longer there to be used, nor the old photos folder
        assert officer_rows(catalog.conn) == {t: [] for t in OFFICER_TABLES}
        assert not (tmp_path / "cat" / "catalog.user").exists()
        # ids used up before the move are never given again (a request may name them)
        assert exams.new_examination(catalog, CREME).id == 5
        assert workshops.create_workshop(catalog, "Creams", [CREME]).id == 3
        kept = officer_rows(catalog.user.conn)
    with open_catalog(path) as catalog:  # the second opening moves nothing again
        assert officer_rows(catalog.user.conn) == kept
        check_all_there(catalog)


def test_a_move_interrupted_after_the_copy_finishes_without_a_second_copy(tmp_path, monkeypatch):
    """Killed after the user database committed the copy, before the catalogue's rows were
    deleted: the next opening deletes them only, copying nothing twice."""
    path = saved_v8(tmp_path / "cat")
    before = rows_of(path)

    def killed(_conn):
        raise KeyboardInterrupt

    monkeypatch.setattr(usermove, "_delete_rows", killed)
    with pytest.raises(KeyboardInterrupt):
        open_catalog(path)
    assert rows_of(path) == before  # the catalogue still holds everything
    monkeypatch.undo()
    with open_catalog(path) as catalog:
        assert officer_rows(catalog.user.conn) == before
        assert officer_rows(catalog.conn) == {t: [] for t in OFFICER_TABLES}
        check_all_there(catalog)


def test_a_move_interrupted_during_the_copy_leaves_the_catalogue_whole(tmp_path, monkeypatch):
    """Killed while the rows are copied: the user database keeps none of them (one
    transaction), the catalogue all of them, and the next opening moves them whole."""
    path = saved_v8(tmp_path / "cat")
    before = rows_of(path)
    copy = usermove._copy_rows

    def dies_halfway(source, target):
        copy(source, target)
        raise OSError("power cut")

    monkeypatch.setattr(usermove, "_copy_rows", dies_halfway)
    with pytest.raises(OSError, match="power cut"):
        open_catalog(path)
    monkeypatch.undo()
    assert rows_of(path) == before
    assert (tmp_path / "cat" / "catalog.user" / "photos").is_dir()  # not removed before the end
    with open_catalog(path) as catalog:
        assert officer_rows(catalog.user.conn) == before
        check_all_there(catalog)


def test_two_catalogues_keep_their_notes_apart_and_a_copy_finds_them(tmp_path, sample_catalog):
    other = tmp_path / "other" / "catalog.db"
    with open_catalog(sample_catalog) as catalog:
        set_note(catalog, WRENCH, "ours")
        first_id = catalog.id
    with open_catalog(other) as catalog:
        assert catalog.id != first_id
        assert get_note(catalog, WRENCH) is None
    # IT's update: the whole folder replaced by a copy of the same catalogue
    copy = tmp_path / "update"
    copy.mkdir()
    shutil.copy(sample_catalog, copy / "catalog.db")
    with open_catalog(copy / "catalog.db") as catalog:
        assert catalog.id == first_id
        assert get_note(catalog, WRENCH).text == "ours"


def test_the_command_line_keeps_notes_in_the_user_database(tmp_path, sample_catalog, capsys):
    status, _, _ = run_cli(capsys, "--catalog", sample_catalog, "note", CREME, "lid differs")
    assert status == 0
    assert rows_of(sample_catalog)["notes"] == []
    status, out, _ = run_cli(capsys, "--catalog", sample_catalog, "notes")
    assert status == 0 and "lid differs" in out
