"""The core is a plain Python library: it must import and work with Qt unavailable."""

import subprocess
import sys

SCRIPT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt is blocked in this test")
sys.meta_path.insert(0, BlockQt())
import idguide.catalog, idguide.cli
from idguide.catalog import open_catalog, install_demo, stats
with open_catalog(sys.argv[1]) as cat:
    print(stats(cat)["products"])
assert not any(m.startswith("PySide6") for m in sys.modules)
"""


def test_core_imports_and_runs_with_pyside6_blocked(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "c.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"


# Each package name is loaded on first use (idguide.catalog.lazy); in a fresh process, first
# load the modules behind them in another order, then every offered name must be what it was.
LAZY = """
import importlib, inspect, sys
import idguide.catalog.bundles.imagecheck  # what the picture helper process loads
assert "whoosh" not in sys.modules, "the picture helper loads the search engine"
import idguide.catalog.finding.index, idguide.catalog.store, idguide.catalog.finding.results
import idguide.catalog.training.workshops  # a submodule loaded before its package's names
packages = [
    importlib.import_module(f"idguide.catalog{area}")
    for area in ("", ".bundles", ".finding", ".authoring", ".training", ".examinations",
                 ".scanning")
]
for package in packages:
    for name in package.__all__:
        value = getattr(package, name)
        assert not inspect.ismodule(value), f"{package.__name__}.{name} is a module"
        if inspect.isclass(value) or inspect.isfunction(value):  # constants have no home
            home = importlib.import_module(value.__module__)
            assert getattr(home, name) is value, f"{package.__name__}.{name} is not its own"
from idguide.catalog import search, Interrupted, open_catalog
from idguide.catalog.bundles import import_bundle, verify_bundle
print(search.__module__)
"""


def test_the_packages_offer_their_names_whatever_was_loaded_first():
    proc = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "idguide.catalog.finding.results"
