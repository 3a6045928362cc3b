"""A catalogue IT manages: readied with ``idguide manage`` and installed in a folder officers
may not write. It opens and searches there; the officer's notes, examinations and workshops go
to their own user database; importing, syncing, the demo and reindexing say it is managed
centrally and change nothing; an old one says to ask IT; IT's swap of the whole folder is seen.

Tests run as root, which ignores file permissions, so the folder is made read-only with a
read-only bind mount in a private user and mount namespace (as tests/test_machine_faults.py
does), and the commands run in processes of their own there.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_helpers import build, copy_source, make_keys
from support import CREME, DATA, PLIERS, SAMPLE, WRENCH, install_folder, run_cli, snapshot

from idguide.catalog import open_catalog

# IT's folder (``$IT``) is seen by the officer's commands through ``$VIEW``, a read-only bind
# mount of it; every argument after the script's is one command line, run in turn: the
# statuses, outputs and errors are written as JSON to ``$OUT``. ``swap`` as a command line
# stands for IT's update: ``$IT/catalogue`` replaced whole by ``$IT/next``.
AS_THE_OFFICER = """
mount --bind "$IT" "$VIEW"
mount -o remount,ro,bind "$VIEW"
"$PYTHON" -c "$RUN" "$@"
"""

RUN = r"""
import json, os, shlex, subprocess, sys
results = []
for line in sys.argv[1:]:
    if line == "swap":
        it = os.environ["IT"]
        os.rename(os.path.join(it, "catalogue"), os.path.join(it, "old"))
        os.rename(os.path.join(it, "next"), os.path.join(it, "catalogue"))
        results.append([0, "", ""])
        continue
    catalog = os.path.join(os.environ["VIEW"], "catalogue", "catalog.db")
    done = subprocess.run(
        [sys.executable, "-m", "idguide", "--catalog", catalog, *shlex.split(line)],
        capture_output=True, text=True,
    )
    results.append([done.returncode, done.stdout, done.stderr])
with open(os.environ["OUT"], "w") as out:
    json.dump(results, out)
"""


def as_the_officer(tmp_path: Path, it: Path, *commands: str) -> list[tuple[int, str, str]]:
    """Run each of ``commands`` (``swap`` for IT's update) on the catalogue in ``it/catalogue``
    seen read-only; return each command's exit status, stdout and stderr."""
    view, out = tmp_path / "view", tmp_path / "results.json"
    view.mkdir(exist_ok=True)
    env = {"IT": it, "VIEW": view, "OUT": out, "PYTHON": sys.executable, "RUN": RUN}
    namespace = ["unshare", "--user", "--map-root-user", "--mount"]
    done = subprocess.run(
        [*namespace, "sh", "-euc", AS_THE_OFFICER, "sh", *commands],
        env={**os.environ, **{k: str(v) for k, v in env.items()}},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"the namespace could not be set up: {done.stderr}"
    return [tuple(result) for result in json.loads(out.read_text())]


def managed_sample(folder: Path, *publishers: str) -> Path:
    """A catalogue with the sample publishers, readied by IT with ``manage``."""
    path = folder / "catalog.db"
    with open_catalog(path) as catalog:
        for name in publishers or ("cremelia", "nordhaven"):
            install_folder(catalog, SAMPLE / name)
    from idguide.cli import main

    assert main(["--catalog", str(path), "manage"]) == 0
    return path


def journal_mode(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


MANAGED_CENTRALLY = "is managed centrally by IT: it changes only with IT's updates"


def _one_clear_line(err: str) -> None:
    assert err.startswith("idguide: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


# -- IT readies the catalogue --------------------------------------------------------------------


def test_manage_readies_the_catalogue_for_reading_only_and_off_undoes_it(tmp_path, capsys):
    path = tmp_path / "catalog.db"
    with open_catalog(path) as catalog:
        install_folder(catalog, SAMPLE / "cremelia")
        catalogue_id = catalog.id
    status, out, err = run_cli(capsys, "--catalog", path, "manage")
    assert status == 0, err
    assert f"Catalogue id {catalogue_id}" in out and "1 products" in out
    assert journal_mode(path) == "delete"  # a WAL database cannot be opened read-only
    assert not path.with_name("catalog.db-wal").exists()
    status, out, _ = run_cli(capsys, "--catalog", path, "manage", "--json")
    assert json.loads(out) == {
        "catalog": str(path),
        "catalogue_id": catalogue_id,
        "products": 1,
        "managed": True,
    }
    with open_catalog(path) as catalog:  # IT, who may write it, opens it as it is
        assert catalog.id == catalogue_id and not catalog.read_only
    assert journal_mode(path) == "delete"
    status, out, _ = run_cli(capsys, "--catalog", path, "manage", "--off")
    assert status == 0 and "ordinary catalogue again" in out
    assert journal_mode(path) == "wal"
    with open_catalog(path) as catalog:
        from idguide.catalog.managed import is_managed

        assert not is_managed(catalog) and catalog.id == catalogue_id


def test_manage_refuses_a_catalogue_with_a_missing_picture_and_changes_nothing(tmp_path, capsys):
    path = tmp_path / "catalog.db"
    with open_catalog(path) as catalog:
        install_folder(catalog, SAMPLE / "cremelia")
    next(p for p in path.with_name("catalog.images").rglob("*") if p.is_file()).unlink()
    before = snapshot(path)
    status, _, err = run_cli(capsys, "--catalog", path, "manage")
    assert status != 0
    _one_clear_line(err)
    assert "picture(s) are missing" in err and "Nothing was changed." in err
    assert snapshot(path) == before and journal_mode(path) == "wal"


# -- the officer, in a folder they may not write --------------------------------------------------


@pytest.fixture
def installed(tmp_path) -> Path:
    """IT's folder: ``catalogue/`` holds the managed sample catalogue."""
    it = tmp_path / "it"
    managed_sample(it / "catalogue")
    return it


def test_a_managed_catalogue_in_a_read_only_folder_opens_searches_and_shows(
    tmp_path, installed, user_data
):
    before = snapshot(installed / "catalogue" / "catalog.db")
    (search, show, check) = as_the_officer(
        tmp_path, installed, "search wrench --json", f"show {WRENCH}", "check"
    )
    assert search[0] == 0, search[2]
    assert [row["id"] for row in json.loads(search[1])][:1] == [WRENCH]
    assert show[0] == 0 and "Torque wrench TW-200" in show[1], show[2]
    assert check[0] == 0 and "Catalogue OK." in check[1], check[2]
    assert snapshot(installed / "catalogue" / "catalog.db") == before
    assert sorted(p.name for p in (installed / "catalogue").iterdir()) == [
        "catalog.db",
        "catalog.images",
        "catalog.index",
    ]  # no journal, no WAL, nothing left by reading


def test_the_officers_notes_examinations_and_workshops_go_to_their_user_database(
    tmp_path, installed, user_data
):
    before = snapshot(installed / "catalogue" / "catalog.db")
    results = as_the_officer(
        tmp_path,
        installed,
        f"note {WRENCH} 'Seen at gate 4'",
        f"exam new {CREME} --case CASE-1",
        f"workshop new 'Hand tools' {WRENCH} {PLIERS}",
        "notes",
        "exam list",
        "workshop list",
    )
    for status, _out, err in results:
        assert status == 0, err
    assert "Seen at gate 4" in results[3][1]
    assert "CASE-1" in results[4][1]
    assert "Hand tools" in results[5][1]
    assert snapshot(installed / "catalogue" / "catalog.db") == before
    (folder,) = list(user_data.iterdir())  # the catalogue's id
    conn = sqlite3.connect(folder / "user.db")
    assert conn.execute("SELECT text FROM notes").fetchall() == [("Seen at gate 4",)]
    assert conn.execute("SELECT case_ref FROM examinations").fetchall() == [("CASE-1",)]
    conn.close()


@pytest.fixture
def bundle(tmp_path) -> Path:
    private, _public = make_keys(tmp_path / "keys")
    return build(copy_source(tmp_path), tmp_path / "nordhaven-2.idgb", private, 2)


@pytest.mark.parametrize(
    "command",
    ["import {bundle}", "sync", "demo", "reindex", "manage --off", "trust remove nordhaven"],
)
def test_changing_a_managed_catalogue_says_it_is_managed_centrally_and_changes_nothing(
    tmp_path, installed, bundle, command
):
    before = snapshot(installed / "catalogue" / "catalog.db")
    ((status, _out, err),) = as_the_officer(tmp_path, installed, command.format(bundle=bundle))
    assert status != 0
    _one_clear_line(err)
    assert MANAGED_CENTRALLY in err and "Nothing was changed." in err
    assert snapshot(installed / "catalogue" / "catalog.db") == before


def test_a_managed_catalogue_of_an_older_idguide_says_ask_it_to_update(tmp_path):
    it = tmp_path / "it"
    (it / "catalogue").mkdir(parents=True)
    path = it / "catalogue" / "catalog.db"
    conn = sqlite3.connect(path)
    conn.executescript((DATA / "catalogs" / "v7.sql").read_text("utf-8"))
    conn.execute("INSERT INTO meta (key, value) VALUES ('managed', '1')")
    conn.commit()
    conn.close()
    before = snapshot(path)
    ((status, _out, err),) = as_the_officer(tmp_path, it, "search wrench")
    assert status != 0
    _one_clear_line(err)
    assert "managed by IT and was made by an older idguide (schema 7" in err
    assert "ask IT to update it" in err
    assert snapshot(path) == before


def test_its_swap_of_the_whole_folder_is_seen_and_the_officers_notes_stay(tmp_path):
    """IT updates its own copy of the catalogue (the same catalogue id) and puts the whole
    folder in place of the installed one: the next command reads the new content, and the
    officer's note, written before, is still there."""
    it = tmp_path / "it"
    managed_sample(it / "catalogue", "cremelia")
    shutil.copytree(it / "catalogue", it / "next")
    with open_catalog(it / "next" / "catalog.db") as catalog:  # IT may write its copy
        install_folder(catalog, SAMPLE / "nordhaven")
    before, note, _swap, after, notes = as_the_officer(
        tmp_path,
        it,
        "stats --json",
        f"note {CREME} 'Lid seal differs'",
        "swap",
        "stats --json",
        "notes",
    )
    assert note[0] == 0, note[2]
    assert (json.loads(before[1])["products"], json.loads(after[1])["products"]) == (1, 3)
    assert notes[0] == 0 and "Lid seal differs" in notes[1]


# -- the app -------------------------------------------------------------------------------------


def test_an_open_window_notices_its_swap_and_keeps_the_officers_note(
    qtbot, open_window, tmp_path, monkeypatch, user_data
):
    """The window on a managed catalogue it may not write (here as the officer: the test runs
    as root, who may write anything, so the store is told it may not) saves a note in the
    officer's user database; IT swaps the whole folder for its update; the window reopens the
    new catalogue on its own, shows its new products, and the note is still on its page."""
    from test_ui_operations import OUTSIDE_WAIT_MS, open_wrench, search

    from idguide.catalog import store

    it = tmp_path / "it"
    path = managed_sample(it / "catalogue", "nordhaven")
    shutil.copytree(it / "catalogue", it / "next")
    with open_catalog(it / "next" / "catalog.db") as catalog:  # IT's copy, updated
        install_folder(catalog, SAMPLE / "cremelia")
    monkeypatch.setattr(store, "_may_write", lambda _path: False)
    before = snapshot(path)
    window = open_window(path)
    open_wrench(qtbot, window)
    editor = window.product_view.notes
    qtbot.keyClicks(editor.edit, "Seen at gate 4")
    editor.flush()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert snapshot(path) == before  # the note is not in IT's catalogue...
    (user_db,) = user_data.glob("*/user.db")  # ...but in the officer's own
    assert sqlite3.connect(user_db).execute("SELECT text FROM notes").fetchall() == [
        ("Seen at gate 4",)
    ]
    search(qtbot, window, "creme")
    assert window.model.rowCount() == 0
    (it / "catalogue").rename(it / "old")  # IT's update: the whole folder swapped
    (it / "next").rename(it / "catalogue")
    qtbot.waitUntil(
        lambda: "products from 2 publishers" in window.home.text(), timeout=OUTSIDE_WAIT_MS
    )
    search(qtbot, window, "creme")
    assert window.model.summary(0).id == CREME
    open_wrench(qtbot, window)
    assert window.product_view.notes.edit.toPlainText() == "Seen at gate 4"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_import_dialog_says_a_managed_catalogue_is_managed_centrally(
    qtbot, open_window, tmp_path, monkeypatch, bundle, ui_errors
):
    from idguide.catalog import store

    path = managed_sample(tmp_path / "it" / "catalogue", "cremelia")
    monkeypatch.setattr(store, "_may_write", lambda _path: False)
    before = snapshot(path)
    window = open_window(path)
    dialog = window.importer.open([str(bundle)])
    qtbot.waitUntil(lambda: dialog.entries and not dialog.verifying())
    assert MANAGED_CENTRALLY in dialog.entries[0].problem
    assert not dialog.install.isEnabled() and not ui_errors
    assert snapshot(path) == before
