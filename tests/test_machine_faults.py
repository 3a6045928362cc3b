"""Faults of the machine, made for real: a full disk, a read-only folder, a catalogue locked by
another program. Each gives one clear line and its own exit status on the command line (an
error dialog titled as a problem of the computer in the app), and leaves the catalogue, the
notes and the examinations exactly as they were.

A full disk is a small tmpfs, filled; a read-only folder is a read-only bind mount. Tests run
as root, which ignores file permissions, so both are made in a private user and mount
namespace (``unshare --user --map-root-user --mount``) and the command runs in a process of
its own there. A lock is a second SQLite connection holding ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from bundle_helpers import build, copy_source, make_keys
from PIL import Image
from support import CREME, SAMPLE, install_folder, run_cli, snapshot

from idguide.catalog import faults, open_catalog, set_note
from idguide.catalog.bundles import trust_add
from idguide.catalog.errors import CatalogBusyError
from idguide.catalog.examinations.exams import new_examination
from idguide.catalog.training.workshops import create_workshop
from idguide.cli.common import EXIT_BUSY, EXIT_DISK_FULL, EXIT_READ_ONLY


@dataclass
class World:
    folder: Path  # the catalogue's folder: catalog.db, catalog.images/...; user/ (see below)
    bundle: Path  # nordhaven's first bundle, trusted, not installed: 400 KB of new pictures
    photo: Path  # a photo of some 200 KB
    exam_id: int
    user_db: Path  # the officer's own data: here in folder/user/ (IDGUIDE_USER_DATA)

    @property
    def catalog(self) -> Path:
        return self.folder / "catalog.db"


@pytest.fixture
def world(tmp_path, monkeypatch) -> World:
    """A catalogue with cremelia installed, nordhaven trusted, a note, an examination with a
    photo and a workshop: everything an officer could lose. The officer's own data is kept in
    ``user/`` beside the catalogue, so that a disk or a folder can hold both."""
    monkeypatch.setenv("IDGUIDE_USER_DATA", str(tmp_path / "cat" / "user"))
    private, public = make_keys(tmp_path / "keys")
    src = copy_source(tmp_path)
    Image.frombytes("RGB", (400, 300), os.urandom(400 * 300 * 3)).save(src / "images/pliers.png")
    bundle = build(src, tmp_path / "nordhaven-1.idgb", private)
    folder = tmp_path / "cat"
    with open_catalog(folder / "catalog.db") as cat:
        install_folder(cat, SAMPLE / "cremelia")
        trust_add(cat, public, "nordhaven", ["nordiva"])
        set_note(cat, CREME, "lot 88 suspicious")
        exam = new_examination(cat, CREME, photos=[_photo(tmp_path / "p.jpg", 64)], notes="x")
        create_workshop(cat, "Border week", [CREME])
        user_db = cat.user.path
    return World(folder, bundle, _photo(tmp_path / "big.jpg", 400), exam.id, user_db)


def _photo(path: Path, side: int) -> Path:
    """A JPEG of noise (it does not compress), ``side`` pixels square."""
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path, quality=95)
    return path


def _everything(folder: Path) -> dict:
    """The rows of every table, the pictures, and the officer's own data and photo files."""
    data = snapshot(folder / "catalog.db")
    (user_db,) = (folder / "user").glob("*/user.db")
    data["_user"] = snapshot(user_db)
    photos = user_db.parent / "photos"
    data["_photos"] = sorted((p.name, p.read_bytes()) for p in photos.rglob("*") if p.is_file())
    return data


def _args(world: World, command: list[str]) -> list[str]:
    """``command`` with {bundle}, {exam} and {photo} filled in."""
    return [
        arg.format(bundle=world.bundle, exam=world.exam_id, photo=world.photo) for arg in command
    ]


def _one_clear_line(err: str) -> None:
    assert err.startswith("idguide: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "restore" not in err and "backup" not in err


# -- the command line, in a private namespace ---------------------------------------------------

FILL = """
import os, sys
folder, leave = sys.argv[1], int(sys.argv[2])
free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
with open(os.path.join(folder, "filler"), "wb") as handle:
    handle.write(bytes(max(0, free - leave)))
"""

# The catalogue is copied onto a small tmpfs, which is then filled up to LEAVE free bytes; the
# command runs there, and the catalogue is copied back out (without the filler) to be compared.
ON_A_FULL_DISK = """
mount -t tmpfs -o size=4m tmpfs "$DISK"
cp -a "$WORLD/." "$DISK/"
"$PYTHON" -c "$FILL" "$DISK" "$LEAVE"
set +e
IDGUIDE_USER_DATA="$DISK/user" \
  "$PYTHON" -m idguide --catalog "$DISK/catalog.db" "$@" >"$OUT/stdout" 2>"$OUT/stderr"
echo $? >"$OUT/status"
set -e
rm "$DISK/filler"
cp -a "$DISK/." "$OUT/after/"
"""

# READ_ONLY (the catalogue's folder or one of its sub-folders) is bind-mounted read-only.
IN_A_READ_ONLY_FOLDER = """
mount --bind "$READ_ONLY" "$READ_ONLY"
mount -o remount,ro,bind "$READ_ONLY"
set +e
"$PYTHON" -m idguide --catalog "$WORLD/catalog.db" "$@" >"$OUT/stdout" 2>"$OUT/stderr"
echo $? >"$OUT/status"
"""


def in_namespace(script: str, tmp_path: Path, args: list[object], **env: object) -> tuple:
    """Run ``script`` as root of a private user and mount namespace; return the command's
    exit status, stdout and stderr."""
    out = tmp_path / "out"
    (out / "after").mkdir(parents=True)
    (tmp_path / "disk").mkdir()
    variables = {
        "DISK": tmp_path / "disk",
        "OUT": out,
        "PYTHON": sys.executable,
        "FILL": FILL,
        **env,
    }
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-euc", script, "sh"]
        + [str(arg) for arg in args],
        env={**os.environ, **{k: str(v) for k, v in variables.items()}},
        capture_output=True,
        text=True,
        timeout=600,  # a bound for a hang only: one script runs fourteen reindexes
    )
    assert done.returncode == 0, f"the namespace could not be set up: {done.stderr}"
    status = int((out / "status").read_text())
    return status, (out / "stdout").read_text(), (out / "stderr").read_text()


def test_unshare_makes_a_private_small_disk_here(tmp_path):
    """The faults below need it; if this fails, the others cannot make their fault."""
    status, out, _ = in_namespace(
        'mount -t tmpfs -o size=64k tmpfs "$DISK"; df -k "$DISK" >"$OUT/stdout"; '
        'echo 0 >"$OUT/status"; touch "$OUT/stderr"',
        tmp_path,
        [],
    )
    assert status == 0 and " 64 " in out


# How much room each case leaves was measured: the import fails while storing its pictures with
# 40-400 KB free, at the commit with 440-520 KB, and succeeds with 700 KB.
@pytest.mark.parametrize(
    ("leave", "command"),
    [
        (0, ["note", CREME, "new words"]),  # not even room to open the catalogue
        (0, ["search", "creme"]),
        (200_000, ["import", "{bundle}"]),  # no room for the bundle's pictures
        (480_000, ["import", "{bundle}"]),  # pictures stored; no room for the database's pages
        (100_000, ["exam", "photo", "{exam}", "{photo}"]),  # no room for the photo
    ],
    ids=["note, no room at all", "search", "import pictures", "import commit", "exam photo"],
)
def test_a_full_disk_is_one_clear_line_and_changes_nothing(world, tmp_path, leave, command):
    before = _everything(world.folder)
    status, _, err = in_namespace(
        ON_A_FULL_DISK, tmp_path, _args(world, command), WORLD=world.folder, LEAVE=leave
    )
    assert status == EXIT_DISK_FULL, err
    _one_clear_line(err)
    assert "is full. Nothing was " in err and "Free some space" in err
    assert _everything(tmp_path / "out" / "after") == before
    leftovers = [p.name for p in (tmp_path / "out" / "after").rglob("*") if "tmp" in p.name]
    assert leftovers == []  # no half-written picture or photo left behind


@pytest.mark.parametrize(
    ("read_only", "command"),
    [
        ("user", ["note", CREME, "new words"]),  # the officer's own data
        ("user", ["exam", "update", "{exam}", "--verdict", "suspected"]),
        ("", ["import", "{bundle}"]),  # the catalogue's folder
        ("catalog.images", ["import", "{bundle}"]),  # where the bundle's pictures go
        ("user", ["exam", "photo", "{exam}", "{photo}"]),  # where the photos go
    ],
    ids=["note", "exam update", "import", "import pictures", "exam photo"],
)
def test_a_read_only_folder_is_one_clear_line_and_changes_nothing(
    world, tmp_path, read_only, command
):
    before = _everything(world.folder)
    folder = world.folder / read_only
    status, _, err = in_namespace(
        IN_A_READ_ONLY_FOLDER, tmp_path, _args(world, command), WORLD=world.folder, READ_ONLY=folder
    )
    assert status == EXIT_READ_ONLY, err
    _one_clear_line(err)
    assert f"Cannot write to {folder}" in err and "Nothing was " in err
    assert _everything(world.folder) == before


# -- a lock held by another program --------------------------------------------------------------


@pytest.fixture
def held(world, monkeypatch):
    """The write locks of the catalogue and of the officer's own data, held by other
    connections (as another program would); ``held.execute("ROLLBACK")`` lets go of both."""
    monkeypatch.setattr(faults, "BUSY_TIMEOUT_SECONDS", 0.2)  # the wait is tested below
    others = [
        sqlite3.connect(path, isolation_level=None) for path in (world.catalog, world.user_db)
    ]
    for other in others:
        other.execute("BEGIN IMMEDIATE")
    yield _Both(others)
    for other in others:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


@dataclass
class _Both:
    connections: list[sqlite3.Connection]

    def execute(self, sql: str) -> None:
        for conn in self.connections:
            conn.execute(sql)


@pytest.mark.parametrize(
    "command",
    [
        ["note", CREME, "new words"],
        ["exam", "update", "{exam}", "--verdict", "suspected"],
        ["exam", "new", CREME],
        ["import", "{bundle}"],
        ["workshop", "new", "Second week", CREME],
        ["trust", "remove", "nordhaven"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_catalogue_locked_by_another_program_says_so_and_changes_nothing(
    world, held, capsys, command
):
    before = _everything(world.folder)
    status, _, err = run_cli(capsys, "--catalog", world.catalog, *_args(world, command))
    assert status == EXIT_BUSY
    _one_clear_line(err)
    assert "is in use by another program" in err
    assert "Wait until that program has finished, or close it, then try again." in err
    held.execute("ROLLBACK")
    assert _everything(world.folder) == before


def test_reading_goes_on_while_another_program_writes(world, held, capsys):
    status, out, _ = run_cli(capsys, "--catalog", world.catalog, "search", "creme", "--json")
    assert status == 0 and CREME in out


def test_a_lock_held_briefly_is_waited_for(world, tmp_path, capsys):
    """Another process holds the lock for a moment (well within the busy timeout): the note is
    saved once it lets go, with no error."""
    ready = tmp_path / "locked"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time, pathlib\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "conn.execute('BEGIN IMMEDIATE')\n"
            "pathlib.Path(sys.argv[2]).touch()\n"
            "time.sleep(0.5)\n"
            "conn.execute('COMMIT')\n",
            str(world.user_db),  # where the note goes
            str(ready),
        ]
    )
    try:
        while not ready.exists() and holder.poll() is None:
            time.sleep(0.01)
        assert ready.exists(), "the other process could not take the lock"
        status, out, err = run_cli(capsys, "--catalog", world.catalog, "note", CREME, "seen")
    finally:
        holder.wait(timeout=30)
    assert (status, out, err) == (0, "Note saved.\n", "")


# -- the app -------------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_app_shows_a_locked_catalogue_as_a_problem_of_the_computer(
    qtbot, world, held, ui_errors
):
    from idguide.ui import errors
    from idguide.ui.bundles import importdialog
    from idguide.ui.mainwindow import MainWindow

    before = _everything(world.folder)
    window = MainWindow(world.catalog, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    dialog = window.importer.open([str(world.bundle)])
    qtbot.waitUntil(lambda: dialog.entries and not dialog.verifying())
    assert dialog.install.isEnabled()  # verifying only reads: the lock does not stop it
    dialog.install.click()
    qtbot.waitUntil(lambda: bool(ui_errors))
    error = ui_errors.pop()
    assert isinstance(error, CatalogBusyError) and not errors.is_bug(error)
    assert errors.title(error) == "idguide: a problem with this computer"
    assert "is in use by another program" in errors.message(error)
    status = dialog.entries[0].item.text(importdialog.Columns.STATUS)
    assert status == "Failed: nothing changed"
    window.close()
    held.execute("ROLLBACK")
    assert _everything(world.folder) == before


# Rebuilding the search index writes many files: whatever room is left, it either works or
# says the disk is full (whoosh, failing to close what a full disk left half-written, must not
# hide that). One namespace, the catalogue copied afresh for each amount of room.
REINDEX_ON_EVER_FULLER_DISKS = """
mount -t tmpfs -o size=4m tmpfs "$DISK"
for leave in $(seq 30000 10000 160000); do
  rm -rf "$DISK"/* "$DISK"/.[!.]* 2>/dev/null || true
  cp -a "$WORLD/." "$DISK/"
  "$PYTHON" -c "$FILL" "$DISK" "$leave"
  set +e
  "$PYTHON" -m idguide --catalog "$DISK/catalog.db" reindex >/dev/null 2>"$OUT/err-$leave"
  echo "$leave $?" >>"$OUT/status-all"
  set -e
done
echo 0 >"$OUT/status"; touch "$OUT/stdout" "$OUT/stderr"
"""


def test_a_reindex_on_a_disk_filling_up_works_or_says_the_disk_is_full(world, tmp_path):
    in_namespace(REINDEX_ON_EVER_FULLER_DISKS, tmp_path, [], WORLD=world.folder)
    results = [line.split() for line in (tmp_path / "out/status-all").read_text().splitlines()]
    assert len(results) == 14
    for leave, status in results:
        err = (tmp_path / "out" / f"err-{leave}").read_text()
        assert (status, err) == ("0", "") or status == str(EXIT_DISK_FULL), (leave, err)
        if status != "0":
            _one_clear_line(err)
    assert "5" in {status for _, status in results}


def test_a_reindex_by_worker_processes_on_a_full_disk_says_the_disk_is_full(world, tmp_path):
    """A large catalogue's index is built by worker processes (forced here for a small one):
    a worker that runs out of room is reported as a full disk too."""
    script = REINDEX_ON_EVER_FULLER_DISKS.replace(
        '"$PYTHON" -m idguide', '"$PYTHON" -c "$FORCE_WORKERS"'
    )
    force = (
        "import sys\n"
        "from idguide.catalog.finding import parallel\n"
        "parallel.PARALLEL_FROM = 1\n"
        "from idguide.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    in_namespace(script, tmp_path, [], WORLD=world.folder, FORCE_WORKERS=force)
    results = [line.split() for line in (tmp_path / "out/status-all").read_text().splitlines()]
    for leave, status in results:
        err = (tmp_path / "out" / f"err-{leave}").read_text()
        assert (status, err) == ("0", "") or status == str(EXIT_DISK_FULL), (leave, err)
    assert "5" in {status for _, status in results}
