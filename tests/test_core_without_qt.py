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
