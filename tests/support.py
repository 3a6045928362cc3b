"""Helpers shared by the core tests: real catalogue files in temporary folders."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

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
