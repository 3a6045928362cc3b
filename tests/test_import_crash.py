"""kill -9 at random moments of an import leaves the catalogue fully old or fully new, and
`idguide check` passing once it is opened again (the search index is repaired at open)."""

from __future__ import annotations

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


def _start(catalog: Path, bundle: Path) -> subprocess.Popen:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(catalog), str(bundle)],
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


def test_kill_9_during_import_leaves_the_catalogue_old_or_new(setup):
    root, bundle = setup
    old_state = _state(_copy(root / "pristine", root / "old"))
    new_catalog = _copy(root / "pristine", root / "calibrate")
    child = _start(new_catalog, bundle)
    assert child.stdout and child.stdout.readline().strip() == "ready"
    began = time.monotonic()
    assert child.stdout.readline().strip() == "done"
    duration = time.monotonic() - began
    assert _finish(child) == 0
    new_state = _state(new_catalog)
    assert old_state[0] != new_state[0]
    assert (old_state[1:3], new_state[1:3]) == ((1, PRODUCTS), (2, PRODUCTS - 5))
    assert old_state[3] == new_state[3] == []

    rng = random.Random(20261129)
    seen = []
    for run in range(RUNS):
        catalog = _copy(root / "pristine", root / f"run{run}")
        child = _start(catalog, bundle)
        assert child.stdout and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, duration * 1.2))
        child.send_signal(signal.SIGKILL)
        assert _finish(child) == -signal.SIGKILL or child.returncode == 0
        state = _state(catalog)
        assert state in (old_state, new_state), f"run {run}: mixed state {state[1:]}"
        seen.append("new" if state == new_state else "old")
        with open_catalog(catalog) as cat:
            collect_garbage(cat, min_age_seconds=0)
            assert check_catalog(cat) == []
        shutil.rmtree(catalog.parent)
    print(
        f"import took {duration:.2f}s; after kill -9: {seen.count('old')} old, "
        f"{seen.count('new')} new"
    )
    assert "old" in seen
