"""The catalogue's own files are opened by SQLite only, in any process that has it open.

Closing any descriptor of a file drops all of a process's POSIX locks on it, SQLite's too; with
its locks gone, the next program that closes the catalogue deletes the write-ahead log this one
still writes into. So every path a user gives (a bundle, a photo, a workshop file, a PDF or an
export folder, a feed's root file, a publisher's key) is refused, before anything opens it, when
it is one of the catalogue's own files; and a change after the log was deleted is refused instead
of lost.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from bundle_helpers import build, make_keys
from feed_helpers import PROXY_VARIABLES, FeedServer, laptop, make_bundles, make_feed, tls_files
from support import PLIERS, SAMPLE, WRENCH, lose_locks, other_program, run_cli, snapshot
from support import sample_catalog as sample_catalog_at

from idguide.catalog import Catalog, get_note, get_product, open_catalog, set_note
from idguide.catalog.authoring import source_to_sheet
from idguide.catalog.bundles import (
    import_bundle,
    remove_publisher,
    trust_add,
    trust_list,
    verify_bundle,
)
from idguide.catalog.bundles.keys import MAX_KEY_FILE_BYTES
from idguide.catalog.changes import OutsideWatch
from idguide.catalog.errors import JournalLostError, OwnFileError
from idguide.catalog.examinations import add_photo, export_examination, new_examination
from idguide.catalog.feed import add_feed, get_feed, sync
from idguide.catalog.feed.config import save_feed
from idguide.catalog.store import is_catalogue_file
from idguide.catalog.training import (
    create_workshop,
    export_workshop,
    import_workshop,
    make_handout,
)

# -- which files are the catalogue's own ------------------------------------------------------


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "catalog.db"
    open_catalog(path).close()
    (tmp_path / "other").mkdir()
    os.link(path, tmp_path / "hard link.idgb")
    (tmp_path / "link.idgb").symlink_to(path)
    (tmp_path / "pictures").symlink_to(tmp_path / "catalog.images", target_is_directory=True)
    return path


@pytest.mark.parametrize(
    "name",
    [
        "catalog.db",
        "catalog.db-wal",
        "catalog.db-shm",
        "catalog.db-journal",
        "link.idgb",
        "hard link.idgb",
        "other/../catalog.db",
        "catalog.images",
        "catalog.images/ab/abcdef.png",
        "pictures/ab/abcdef.png",
        "catalog.index/MAIN_1.toc",
        "catalog.user/photos/ab/abcdef.jpg",
    ],
)
def test_the_catalogues_own_files_and_folders_are_known(catalogue, name):
    assert is_catalogue_file(catalogue.parent / name, catalogue)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "catalog.pdf",
        "catalog.db.bak",
        "catalog.images2/a.png",
        "other/catalog.db",
        "notes-wal",
        "catalog.feeds/hq/cache/bundles%2Fnordhaven-1-full.idgb",  # a sync imports from there
    ],
)
def test_other_files_beside_the_catalogue_are_not(catalogue, name):
    assert not is_catalogue_file(catalogue.parent / name, catalogue)


def test_a_relative_path_is_taken_from_the_working_folder(catalogue, monkeypatch):
    monkeypatch.chdir(catalogue.parent / "other")
    assert is_catalogue_file("../catalog.db-wal", catalogue)
    assert not is_catalogue_file("catalog.db-wal", catalogue)


def test_through_a_linked_catalogue_sqlites_files_beside_the_real_one_are_known(tmp_path):
    real = tmp_path / "data" / "real.db"
    open_catalog(real).close()
    (tmp_path / "catalog.db").symlink_to(real)
    assert is_catalogue_file(tmp_path / "data" / "real.db-wal", tmp_path / "catalog.db")
    assert is_catalogue_file(tmp_path / "catalog.images", tmp_path / "catalog.db")


# -- every reader and writer of a user's path refuses them, opening nothing ---------------------


def log_kept(path: Path) -> bool:
    """Whether this process still holds its locks on the catalogue: another program that opens
    and closes it leaves its log alone."""
    # it must read the catalogue: `SELECT 1` opens no file, and so closes none
    read = "c.execute('SELECT count(*) FROM sqlite_master').fetchall()"
    script = f"import sqlite3; c = sqlite3.connect({str(path)!r}); {read}; c.close()"
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    return Path(f"{path}-wal").exists()


Use = Callable[[Catalog, Path, dict], object]

USES: dict[str, tuple[str, Use]] = {
    "import a bundle": ("catalog.db", lambda cat, own, made: import_bundle(cat, own)),
    "verify a bundle": ("catalog.db-wal", lambda cat, own, made: verify_bundle(own, cat)),
    "attach a photo": ("catalog.db-shm", lambda cat, own, made: add_photo(cat, made["exam"], own)),
    "start an examination with a photo": (
        "catalog.db",
        lambda cat, own, made: new_examination(cat, WRENCH, photos=[own]),
    ),
    "import a workshop": ("catalog.db", lambda cat, own, made: import_workshop(cat, own)),
    "export a workshop": (
        "catalog.db",
        lambda cat, own, made: export_workshop(cat, made["ws"], own),
    ),
    "export an examination": (
        "catalog.images",
        lambda cat, own, made: export_examination(cat, made["exam"], own / "request"),
    ),
    "print a handout": ("catalog.db", lambda cat, own, made: make_handout(cat, [WRENCH], own)),
    "add a feed": (
        "catalog.db-wal",
        lambda cat, own, made: add_feed(cat.path, str(own.parent / "feed"), own),
    ),
}


@pytest.mark.parametrize("use", USES)
def test_a_path_to_the_catalogues_own_files_is_refused_before_it_is_opened(sample_copy, use):
    name, call = USES[use]
    made = {
        "exam": new_examination(sample_copy, WRENCH).id,
        "ws": create_workshop(sample_copy, "Tools", [WRENCH]).id,
    }
    path = sample_copy.path
    before = snapshot(path)
    with pytest.raises(OwnFileError, match="is one of the catalogue's own files"):
        call(sample_copy, path.with_name(name), made)
    assert snapshot(path) == before
    assert log_kept(path)


def test_a_publishers_key_that_is_the_catalogue_is_refused_before_it_is_read(tmp_path):
    with open_catalog(tmp_path / "catalog.db") as catalog:  # new: its pages are in the log
        assert catalog.path.stat().st_size < MAX_KEY_FILE_BYTES  # small enough to read as a key
        with pytest.raises(OwnFileError, match="is one of the catalogue's own files"):
            trust_add(catalog, catalog.path, "acme", all_brands=True)
        assert log_kept(catalog.path)
        assert trust_list(catalog) == []


def test_a_feeds_ca_bundle_that_is_the_catalogue_is_refused_at_sync(tmp_path, monkeypatch):
    """As IT may write a managed laptop's feeds.json: the CA bundle is read by each sync, in the
    process that has the catalogue open (the app's network thread)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    feed, _ = make_feed(tmp_path, make_bundles(tmp_path / "bundles"), [])
    context, _ = tls_files(tmp_path / "tls")
    server = FeedServer(feed, tls=context)
    try:
        path = laptop(tmp_path, server.url, feed / "metadata/1.root.json")
        hq = get_feed(path, "hq")
        hq.ca_bundle = str(path)
        save_feed(path, hq)
        with open_catalog(path) as catalog:
            before = snapshot(path)
            result = sync(catalog)
            (refused,) = result.refused
            assert "is one of the catalogue's own files" in refused.reason
            assert log_kept(path)
        assert server.log == []  # refused before it connected
        assert snapshot(path) == before
    finally:
        server.close()


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["import"], "catalog.db"),
        (["trust", "add", "--publisher", "acme", "--all-brands"], "catalog.db-wal"),
    ],
)
def test_the_command_line_refuses_the_catalogues_own_files(sample_catalog, capsys, command, name):
    before = snapshot(sample_catalog)
    own = sample_catalog.with_name(name)
    code, out, err = run_cli(capsys, "--catalog", sample_catalog, *command, own)
    assert (code, out) == (1, "")
    assert f"{own} is one of the catalogue's own files" in err
    assert len(err.strip().splitlines()) == 1
    assert snapshot(sample_catalog) == before


# -- commands that open no catalogue write nothing over one ----------------------------------


@pytest.fixture
def publisher(tmp_path: Path) -> dict[str, Path]:
    """A publisher's files beside a catalogue (in data/): keys, a bundle and a workbook."""
    (tmp_path / "data").mkdir()
    private, _ = make_keys(tmp_path / "keys")
    bundle = build(SAMPLE / "nordhaven", tmp_path / "n1.idgb", private)
    source_to_sheet(SAMPLE / "cremelia", tmp_path / "book.xlsx", tmp_path / "pictures")
    return {
        "CAT": sample_catalog_at(tmp_path / "data"),
        "SRC": SAMPLE / "nordhaven",
        "KEY": private,
        "BUNDLE": bundle,
        "BOOK": tmp_path / "book.xlsx",
        "PICTURES": tmp_path / "pictures",
        "NEW": tmp_path / "new",
    }


OUTPUTS = {  # a command that opens no catalogue, told to write over one's own files
    "build a bundle": "bundle build SRC -o CAT --key KEY --sequence 2",
    "make a key pair": "bundle keygen --out CAT.images",
    "write the template": "bundle template -o CAT --force",
    "write a workbook": "bundle to-sheet SRC -o CAT-wal --images NEW --force",
    "write a bundle's pictures": "bundle to-sheet BUNDLE -o NEW.xlsx --images CAT.images",
    "write a source": "bundle from-sheet BOOK --images PICTURES -o CAT.index --force",
    "replace the catalogue's folder": "bundle from-sheet BOOK --images PICTURES -o DATA --force",
    "preview to a PDF": "bundle preview SRC -o CAT",
    "make a feed": "feed init CAT.index --keys NEW",
    "make a feed's keys": "feed init NEW --keys CAT.images",
}


def _argv(command: str, files: dict[str, Path]) -> list[str]:
    cat = files["CAT"]
    names = {**files, "DATA": cat.parent, "CAT.images": cat.with_name("catalog.images")}
    names |= {"CAT.index": cat.with_name("catalog.index"), "CAT-wal": Path(f"{cat}-wal")}
    names["NEW.xlsx"] = files["NEW"].with_suffix(".xlsx")
    return [str(names.get(word, word)) for word in command.split()]


@pytest.mark.parametrize("use", OUTPUTS)
def test_an_output_over_the_catalogues_own_files_is_refused_writing_nothing(publisher, capsys, use):
    catalogue = publisher["CAT"]
    before = snapshot(catalogue), sorted(catalogue.parent.rglob("*"))
    code, out, err = run_cli(capsys, "--catalog", catalogue, *_argv(OUTPUTS[use], publisher))
    assert (code, out) == (1, "")
    assert "the catalogue's own files" in err
    assert len(err.strip().splitlines()) == 1
    assert (snapshot(catalogue), sorted(catalogue.parent.rglob("*"))) == before
    assert not publisher["NEW"].exists()
    with open_catalog(catalogue) as again:  # still the catalogue, and usable
        assert get_note(again, WRENCH) is None
        assert set_note(again, WRENCH, "Seen at gate 4")


def test_the_default_catalogue_is_kept_too(publisher, capsys, monkeypatch):
    monkeypatch.setenv("IDGUIDE_CATALOG", str(publisher["CAT"]))
    before = snapshot(publisher["CAT"])
    argv = _argv(OUTPUTS["build a bundle"], publisher)
    code, _, err = run_cli(capsys, "--catalog", publisher["NEW"] / "other.db", *argv)
    assert code == 1 and "is one of the catalogue's own files" in err
    assert snapshot(publisher["CAT"]) == before


# -- a change after another program deleted the log is refused, not lost ------------------------


def test_a_change_after_another_program_deleted_the_log_is_refused_not_lost(sample_catalog):
    with open_catalog(sample_catalog) as catalog:
        assert not catalog.log_lost()
        lose_locks(sample_catalog)  # as a file dialog reading the files did
        other_program("--catalog", sample_catalog, "note", PLIERS, "Seen on the command line")
        assert not Path(f"{sample_catalog}-wal").exists()
        assert catalog.log_lost()
        with pytest.raises(JournalLostError, match="nothing was saved"):
            remove_publisher(catalog, "nordhaven")
        assert OutsideWatch().poll(catalog).replaced  # the app opens the catalogue again
    with open_catalog(sample_catalog) as again:
        assert get_note(again, PLIERS).text == "Seen on the command line"
        assert get_product(again, WRENCH)  # not removed
        assert remove_publisher(again, "nordhaven")
    conn = sqlite3.connect(sample_catalog)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_note_after_another_program_deleted_the_user_databases_log_is_refused_not_lost(
    sample_catalog,
):
    """The same for the officer's own data, which lives in a database of its own
    (idguide.catalog.userdb): its files are refused as paths, and a note written after another
    program deleted its log is refused, never lost."""
    with open_catalog(sample_catalog) as catalog:
        set_note(catalog, PLIERS, "Seen at gate 2")
        user_db = catalog.user.path
        with pytest.raises(OwnFileError):
            add_photo(catalog, new_examination(catalog, WRENCH).id, user_db)
        lose_locks(user_db)
        other_program("--catalog", sample_catalog, "note", PLIERS, "Seen on the command line")
        assert not Path(f"{user_db}-wal").exists()
        assert catalog.log_lost()
        with pytest.raises(JournalLostError, match="nothing was saved"):
            set_note(catalog, WRENCH, "Seen at gate 4")
        assert OutsideWatch().poll(catalog).replaced  # the app opens the catalogue again
    with open_catalog(sample_catalog) as again:
        assert get_note(again, PLIERS).text == "Seen on the command line"
        assert get_note(again, WRENCH) is None
        assert set_note(again, WRENCH, "Seen at gate 4")
    conn = sqlite3.connect(user_db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
