"""Helpers shared by the core tests: real catalogue files in temporary folders."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from idguide.catalog import Catalog, open_catalog
from idguide.catalog.authoring.source import read_source
from idguide.catalog.write import BundleInfo, Changes, install

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample"

# Products of the sample publishers (tests/data/sample).
WRENCH = "nordiva-wrench-tw200"
PLIERS = "nordiva-pliers-p8"
CREME = "cremelia-creme-rosa"


def install_folder(catalog: Catalog, folder: Path, sequence: int = 1) -> Changes:
    source = read_source(folder)
    bundle = BundleInfo(id=f"test-{source.publisher.id}-{sequence}", sequence=sequence)
    return install(catalog, source.publisher, source.products, bundle)


def install_sample(catalog: Catalog) -> None:
    for folder in sorted(SAMPLE.iterdir()):
        install_folder(catalog, folder)


def sample_catalog(tmp_path: Path) -> Path:
    """A catalogue file with the sample publishers installed (closed again)."""
    path = tmp_path / "catalog.db"
    with open_catalog(path) as catalog:
        install_sample(catalog)
    return path


def copy_sample(tmp_path: Path, publisher: str) -> Path:
    """A writable copy of one sample publisher's folder, for tests that edit it."""
    target = tmp_path / "src" / publisher
    shutil.copytree(SAMPLE / publisher, target)
    return target


def snapshot(path: Path) -> dict:
    """Everything a user could lose: every row of every table, and the image files."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        data = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    finally:
        conn.close()
    images = path.with_name(f"{path.stem}.images")
    data["_files"] = (
        sorted(
            (p.name, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in images.rglob("*")
            if p.is_file()
        )
        if images.exists()
        else []
    )
    return data


def run_cli(capsys, *argv: object) -> tuple[int, str, str]:
    """Run ``idguide *argv`` through its real entry point; return the exit status, stdout and
    stderr."""
    from idguide.cli import main

    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def callout_numbers(path: Path) -> list[str]:
    """The numbers written on the first page of the handout at ``path`` between its "Pictures"
    heading and what follows the pictures: the call-outs' numbers, as text."""
    page = PdfReader(path).pages[0]
    spots: list[tuple[str, float]] = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, *_: spots.append((text.strip(), tm[5] * cm[3] + cm[5]))
    )
    top = next(y for text, y in spots if text.startswith("Pictures"))
    below = max(
        y for text, y in spots if text.startswith(("Authentication", "Genuine:", "Picture A"))
    )
    return [text for text, y in spots if text.isdigit() and below < y < top]


# A machine so busy that a thread waits long for the processor, at the worst moments for
# multiprocessing's queues: a queue's sending thread lets go of the queue's named semaphores
# only after the rest of the program has (so their clean-up runs in that thread), and any thread
# but the main one is held up before it tells the resource tracker that a semaphore is gone.
# A command that exits meanwhile left the tracker to warn of a "leaked semaphore" on stderr.
SLOW_THREADS = """
import sys, threading, time
from multiprocessing import queues, resource_tracker
feed = queues.Queue._feed
def late_feed(*args):
    feed(*args)
    while sys.getrefcount(args[3]) > 3:  # the queue's write lock, until only this thread has it
        time.sleep(0.001)
queues.Queue._feed = staticmethod(late_feed)
tracker = resource_tracker._resource_tracker
send = tracker._send
def held_up_send(*args):
    if threading.current_thread() is not threading.main_thread():
        time.sleep(1)
    return send(*args)
tracker._send = held_up_send
"""


def run_cli_on_a_busy_machine(setup: str, *argv: object) -> subprocess.CompletedProcess:
    """``idguide argv`` in a new process after the Python code ``setup``, its threads run late
    (SLOW_THREADS)."""
    run = "from idguide.cli import main\nraise SystemExit(main(sys.argv[1:]))\n"
    code = f"{SLOW_THREADS}{setup}\n{run}"
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=300,
    )


# -- the catalogue's locks ------------------------------------------------------------------------


def other_program(*args: object) -> str:
    """``idguide *args`` in another process, as an officer or a sync job runs it; its output."""
    command = [sys.executable, "-m", "idguide", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def lose_locks(path: Path) -> None:
    """What any reader of the catalogue's files in this process does (Qt's file type sniffing,
    a photo or bundle read from there): open and close them, which drops every lock this
    process's SQLite holds on them."""
    for suffix in ("", "-wal", "-shm"):
        with open(f"{path}{suffix}", "rb") as file:
            file.read(16)


def deleted_catalogue_files() -> list[str]:
    """Files of a catalogue this process still has open although they were deleted: what it
    writes into them is seen by no other program and lost."""
    links = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the descriptor listdir used, closed again
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
    return [link for link in links if "catalog." in link and link.endswith("(deleted)")]


def translations_tool():
    """scripts/translations.py (what `make translations` runs), imported as a module."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "translations", root / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module
