"""kill -9 at random moments of an import leaves the catalogue fully old or fully new, and
`idguide check` passing once it is opened again (the search index is repaired at open)."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bundle_helpers import build, make_keys, synthetic_source, trusted_catalog

from idguide.catalog import check_catalog, open_catalog, search
from idguide.catalog.bundles import collect_garbage, import_bundle

RUNS = 20
PRODUCTS = 40
CHILD = """
import sys
from idguide.catalog import open_catalog
from idguide.catalog.bundles import import_bundle
catalog = open_catalog(sys.argv[1])
print("ready", flush=True)
import_bundle(catalog, sys.argv[2])
catalog.close()
print("done", flush=True)
"""


def _state(path: Path) -> tuple:
    with open_catalog(path) as cat:
        rows = cat.conn.execute(
            "SELECT id, revision, withdrawn FROM products ORDER BY id"
        ).fetchall()
        sequence = cat.conn.execute("SELECT max(sequence) FROM bundles").fetchone()[0]
        found = len(search(cat, "gadget", limit=100).rows)
        problems = check_catalog(cat)
    return tuple(rows), sequence, found, problems


# The same import as a large bundle's: its pictures checked by the helper process too (see
# imagecheck), and the whole search index rebuilt inside the transaction, swapped in after it.
HELPED_CHILD = CHILD.replace(
    "from idguide.catalog.bundles import import_bundle\n",
    "from idguide.catalog.bundles import import_bundle, imagecheck\n"
    "from idguide.catalog import write\n"
    "imagecheck.HELP_FROM_BYTES, imagecheck.BATCH = 0, 2\n"
    "imagecheck.helpers_allowed = lambda: True\n"
    "write.REBUILD_ABOVE = 0\n",
)
HELPED_RUNS = 8


def _start(catalog: Path, bundle: Path, script: str = CHILD) -> subprocess.Popen:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    return subprocess.Popen(
        [sys.executable, "-c", script, str(catalog), str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _finish(child: subprocess.Popen) -> int:
    code = child.wait(30)
    if child.stdout:
        child.stdout.close()
    return code


def _copy(pristine: Path, target: Path) -> Path:
    shutil.copytree(pristine, target)
    return target / "catalog.db"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    private, public = make_keys(root / "keys")
    old = build(synthetic_source(root / "v1", PRODUCTS, 1, seed=1), root / "b1.idgb", private, 1)
    v2 = synthetic_source(root / "v2", PRODUCTS, 2, seed=2)
    for n in range(PRODUCTS - 5, PRODUCTS):
        (v2 / f"products/p{n}.yaml").unlink()
    new = build(v2, root / "b2.idgb", private, 2)
    catalog = trusted_catalog(root / "pristine" / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(catalog) as cat:
        import_bundle(cat, old)
    return root, new


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found.update(int(n) for n in (task / "children").read_text().split())
    return found


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")  # exited, waiting to be reaped by whoever adopted it


def _calibrate(root: Path, bundle: Path, script: str, name: str) -> tuple[tuple, tuple, float]:
    """The catalogue before and after a complete import, and how long the import took."""
    old_state = _state(_copy(root / "pristine", root / f"old-{name}"))
    new_catalog = _copy(root / "pristine", root / f"calibrate-{name}")
    child = _start(new_catalog, bundle, script)
    assert child.stdout and child.stdout.readline().strip() == "ready"
    began = time.monotonic()
    assert child.stdout.readline().strip() == "done"
    duration = time.monotonic() - began
    assert _finish(child) == 0
    new_state = _state(new_catalog)
    assert old_state[0] != new_state[0]
    assert (old_state[1:3], new_state[1:3]) == ((1, PRODUCTS), (2, PRODUCTS - 5))
    assert old_state[3] == new_state[3] == []
    return old_state, new_state, duration


def _kill_runs(
    root: Path, bundle: Path, script: str, runs: int, seed: int
) -> tuple[list[str], float, list[int], list[int]]:
    """Import, kill -9 at a random moment, check; returns what each run left (old or new),
    the time an import takes, the child processes each killed import had, and those of them
    still running after it died."""
    old_state, new_state, duration = _calibrate(root, bundle, script, str(seed))
    rng = random.Random(seed)
    seen, orphans, had = [], [], []
    for run in range(runs):
        catalog = _copy(root / "pristine", root / f"run{seed}-{run}")
        child = _start(catalog, bundle, script)
        assert child.stdout and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, duration * 1.2))
        helpers = _children(child.pid)
        had.append(len(helpers))
        child.send_signal(signal.SIGKILL)
        assert _finish(child) == -signal.SIGKILL or child.returncode == 0
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not all(_gone(pid) for pid in helpers):
            time.sleep(0.05)
        orphans += [pid for pid in helpers if not _gone(pid)]
        state = _state(catalog)
        assert state in (old_state, new_state), f"run {run}: mixed state {state[1:]}"
        seen.append("new" if state == new_state else "old")
        with open_catalog(catalog) as cat:
            collect_garbage(cat, min_age_seconds=0)
            assert check_catalog(cat) == []
        shutil.rmtree(catalog.parent)
    return seen, duration, had, orphans


def test_kill_9_during_import_leaves_the_catalogue_old_or_new(setup):
    root, bundle = setup
    seen, duration, _, _ = _kill_runs(root, bundle, CHILD, RUNS, 20261129)
    print(
        f"import took {duration:.2f}s; after kill -9: {seen.count('old')} old, "
        f"{seen.count('new')} new"
    )
    assert "old" in seen


def test_kill_9_while_a_helper_checks_pictures_stops_the_helper_too(setup):
    root, bundle = setup
    seen, duration, had, orphans = _kill_runs(root, bundle, HELPED_CHILD, HELPED_RUNS, 20261202)
    print(
        f"import with a helper took {duration:.2f}s; after kill -9: {seen.count('old')} old, "
        f"{seen.count('new')} new; child processes at the kill: {had}"
    )
    assert any(had)  # some imports were killed while their helper ran
    assert orphans == []  # the helper saw its parent go and stopped
    assert "old" in seen


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _killed_while_helping(catalog: Path, bundle: Path) -> dict[int, str] | None:
    """Start an import with a helper and kill -9 it once the helper stages pictures; the
    processes it had then, by pid (None if it finished first)."""
    child = _start(catalog, bundle, HELPED_CHILD)
    assert child.stdout and child.stdout.readline().strip() == "ready"
    images = catalog.parent / "catalog.images"
    deadline = time.monotonic() + 60
    while child.poll() is None and time.monotonic() < deadline:
        kids = {pid: _cmdline(pid) for pid in _children(child.pid)}
        if any("spawn_main" in c for c in kids.values()) and list(images.glob(".incoming-*/??")):
            child.send_signal(signal.SIGKILL)
            _finish(child)
            return kids
        time.sleep(0.002)
    _finish(child)
    return None


def test_kill_9_leaves_no_process_and_the_next_import_no_staging_folder(setup, tmp_path):
    """The picture helper and multiprocessing's resource tracker end with the import (they
    used to stay, adopted by init); `check` names the staging folder left, and the next import
    removes it (its lock is free: its import is dead)."""
    root, bundle = setup
    for attempt in range(10):
        catalog = _copy(root / "pristine", tmp_path / f"k{attempt}")
        kids = _killed_while_helping(catalog, bundle)
        if kids is not None:
            break
    else:
        pytest.fail("every import finished before its helper could be caught staging")
    assert any("resource_tracker" in c for c in kids.values()), kids
    deadline = time.monotonic() + 60  # generous: they end within a moment
    while time.monotonic() < deadline and not all(_gone(pid) for pid in kids):
        time.sleep(0.1)
    assert [kids[pid] for pid in kids if not _gone(pid)] == []
    with open_catalog(catalog, repair_index=False) as cat:
        left = [p for p in check_catalog(cat) if p.startswith("leftover: .incoming-")]
    assert len(left) == 1 and "from an import that was interrupted" in left[0]
    with open_catalog(catalog, repair_index=False) as cat:
        import_bundle(cat, bundle)
        assert check_catalog(cat) == []
    assert not list((catalog.parent / "catalog.images").glob(".incoming-*"))
