"""The documentation says what the program does: the exit statuses in the README are the ones the
command line uses, one meaning each, and docs/bundle-format.md lists a bundle's members in the
order the builder stores them."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from bundle_helpers import build, make_keys
from support import SAMPLE, run_cli

from idguide.cli import common

ROOT = Path(__file__).resolve().parents[1]


def table_after(page: str, heading_row: str) -> list[list[str]]:
    """The rows of the Markdown table whose heading row is ``heading_row``."""
    lines = page[page.index(heading_row) :].splitlines()[2:]
    rows = []
    for line in lines:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def test_the_readme_lists_each_exit_status_the_command_line_uses_once():
    readme = (ROOT / "README.md").read_text("utf-8")
    rows = table_after(readme, "| status | meaning |")
    documented = [int(status) for status, _ in rows]
    used = {value for name, value in vars(common).items() if name.startswith("EXIT_")}
    assert len(documented) == len(set(documented)), "a status documented twice"
    assert set(documented) == used
    meanings = dict(rows)
    assert "scan" in meanings["2"] and "command line" in meanings["64"]
    assert all(meaning for _, meaning in rows)
    assert "every error exits with status 1" not in readme


def test_a_usage_error_exits_with_64_not_the_2_of_a_red_scan(capsys, tmp_path):
    code, out, err = run_cli(capsys, "--catalog", tmp_path / "c.db", "bundle", "build", "src")
    assert code == common.EXIT_USAGE == 64
    assert out == "" and err.startswith("usage: idguide bundle build")
    assert "error: the following arguments are required: -o/--out, --key" in err
    assert run_cli(capsys, "no-such-command")[0] == 64
    assert run_cli(capsys, "--help")[0] == 0
    assert common.EXIT_RED == 2 != common.EXIT_USAGE


def test_the_member_order_in_the_format_page_is_the_builders(tmp_path):
    private, _ = make_keys(tmp_path / "keys")
    bundle = build(SAMPLE / "nordhaven", tmp_path / "n.idgb", private)
    with zipfile.ZipFile(bundle) as archive:
        stored = [re.sub(r"^images/[0-9a-f]{64}$", "images/<sha256>", i.filename)
                  for i in archive.infolist()]  # fmt: skip
    order = [name for i, name in enumerate(stored) if i == 0 or stored[i - 1] != name]
    page = (ROOT / "docs" / "bundle-format.md").read_text("utf-8")
    documented = [row[0].strip("`") for row in table_after(page, "| member | what it holds |")]
    assert "stored in this order" in page
    assert order == documented
