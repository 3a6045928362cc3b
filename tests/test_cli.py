"""The command line: every command works, and every error is one clean line and exit 1."""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import run_cli, sample_catalog

from idguide import cli
from idguide.cli.commands import build_parser

CLI = Path(cli.__file__).parent


@pytest.fixture
def cat(tmp_path):
    return str(sample_catalog(tmp_path))


def run(capsys, *args):
    return run_cli(capsys, *args)


def test_search_json_lists_products_with_scores(cat, capsys):
    code, out, _ = run(capsys, "--catalog", cat, "search", "nordiva", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {r["id"] for r in rows} == {"nordiva-wrench-tw200", "nordiva-pliers-p8"}
    assert set(rows[0]) >= {"id", "brand", "name", "category", "score"}


def test_search_filters_by_category_and_language(cat, capsys):
    _, out, _ = run(capsys, "--catalog", cat, "search", "", "--category", "cosmetics", "--json")
    assert [r["id"] for r in json.loads(out)] == ["cremelia-creme-rosa"]
    _, out, _ = run(capsys, "--catalog", cat, "search", "pince", "--lang", "fr", "--json")
    assert [r["id"] for r in json.loads(out)] == ["nordiva-pliers-p8"]
    assert json.loads(out)[0]["name"] == "Pince universelle P-8"


def test_show_json_has_the_whole_entry(cat, capsys):
    code, out, _ = run(
        capsys, "--catalog", cat, "show", "nordiva-wrench-tw200", "--json", "--lang", "es"
    )
    entry = json.loads(out)
    assert code == 0
    assert entry["name"] == "Llave dinamométrica TW-200"
    assert entry["gtins"] == ["0036000291452"]
    for key in (
        "id",
        "brand",
        "category",
        "hs_codes",
        "features",
        "images",
        "indicators",
        "alerts",
        "contacts",
        "provenance",
    ):
        assert key in entry
    assert entry["features"][0]["title"] == "Escala grabada"
    assert entry["features"][1]["title"] == "Base line"  # falls back to English
    assert entry["contacts"][0]["email"] == "protect@nordhaven.example"


def test_show_as_text_for_a_person(cat, capsys):
    code, out, _ = run(capsys, "--catalog", cat, "show", "nordiva-wrench-tw200")
    assert code == 0
    assert "Nordiva Torque wrench TW-200" in out
    assert "ALERT 2026-07-01: Fake batch L2406-88" in out
    assert "1. Etched scale (loupe)" in out


def test_lookup_by_any_form_of_the_barcode(cat, capsys):
    _, out, _ = run(capsys, "--catalog", cat, "lookup", "0036000291452", "--json")
    assert [r["id"] for r in json.loads(out)] == ["nordiva-wrench-tw200"]


def test_stats_json(cat, capsys):
    _, out, _ = run(capsys, "--catalog", cat, "stats", "--json")
    figures = json.loads(out)
    assert {
        k: figures[k]
        for k in ("publishers", "brands", "products", "features", "images", "categories", "alerts")
    } == {
        "publishers": 2,
        "brands": 2,
        "products": 3,
        "features": 4,
        "images": 4,
        "categories": 2,
        "alerts": 1,
    }
    assert figures["languages"] == ["en", "es", "fr", "pt"]


def test_notes_round_trip(cat, capsys):
    assert run(capsys, "--catalog", cat, "note", "nordiva-pliers-p8", "fake grips seen")[0] == 0
    _, out, _ = run(capsys, "--catalog", cat, "notes", "--json")
    assert json.loads(out)[0]["text"] == "fake grips seen"


def test_check_and_reindex(cat, capsys):
    assert run(capsys, "--catalog", cat, "check")[1].strip() == "Catalogue OK."
    assert run(capsys, "--catalog", cat, "reindex")[0] == 0


def test_check_reports_a_missing_image(cat, capsys, tmp_path):
    images = tmp_path / "catalog.images"
    victim = next(p for p in images.rglob("*") if p.is_file())
    victim.unlink()
    code, out, _ = run(capsys, "--catalog", cat, "check")
    assert code == 1
    assert f"image {victim.name[:12]}: missing file" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["lookup", "036000291453"], "wrong check digit (the last digit should be 2)"),
        (["show", "no-such-id"], "No product with id 'no-such-id'"),
        (["list", "--category", "nonsense"], "Unknown category 'nonsense'. Use one of:"),
        (["search", "x", "--category", "nonsense"], "Unknown category 'nonsense'"),
        (["note", "no-such-id", "x"], "No product with id 'no-such-id'"),
    ],
)
def test_errors_are_one_clean_line(cat, capsys, args, message):
    code, _, err = run(capsys, "--catalog", cat, *args)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_an_unreadable_catalogue_path_is_one_clean_line(tmp_path, capsys):
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    code, _, err = run(capsys, "--catalog", str(folder), "stats")
    assert code == 1 and "is a folder" in err
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01garbage" * 500)
    code, _, err = run(capsys, "--catalog", str(garbage), "stats")
    assert code == 1
    assert "Cannot open the catalogue" in err or "cannot be used" in err


def test_no_traceback_from_a_real_process(tmp_path):
    env = {**os.environ, "IDGUIDE_CATALOG": str(tmp_path / "c.db")}
    proc = subprocess.run(
        [sys.executable, "-m", "idguide", "lookup", "123"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("idguide: '123' is not a barcode number")
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "c.db").exists()  # a missing catalogue is created empty


def _parsers(parser, prefix=()):
    """Every command's parser, by full name ("search", "bundle build", ...)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield " ".join((*prefix, name)), sub
                yield from _parsers(sub, (*prefix, name))


def test_every_command_has_help_and_is_documented():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    parsers = dict(_parsers(build_parser()))
    assert {"search", "bundle verify", "exam new", "workshop import", "trust add"} <= set(parsers)
    table = [line for line in readme.splitlines() if line.startswith("| `idguide ")]
    for name, parser in parsers.items():
        assert parser.description, f"`idguide {name}` has no help text"
        has_commands = any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
        if not has_commands:  # a group (`idguide bundle`) is documented through its commands
            assert parser.get_default("handler"), f"`idguide {name}` runs nothing"
            assert any(row.startswith(f"| `idguide {name}") for row in table), (
                f"README's command table does not list `idguide {name}`"
            )


def test_a_group_without_its_command_prints_its_commands(capsys):
    code, out, err = run(capsys, "bundle")
    assert code == 0 and err == ""
    assert "keygen" in out and "from-sheet" in out


# -- the package itself ------------------------------------------------------------------------


def _modules() -> dict[str, ast.Module]:
    return {path.stem: ast.parse(path.read_text()) for path in sorted(CLI.glob("*.py"))}


def _imports(tree: ast.Module) -> list[ast.ImportFrom]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_the_package_offers_main_only():
    assert cli.__all__ == ["main"]
    assert cli.main is cli.commands.main


def test_each_module_is_small_and_imports_no_private_names():
    for path in CLI.glob("*.py"):
        assert len(path.read_text().splitlines()) <= 700, path.name
    for name, tree in _modules().items():
        for node in _imports(tree):
            if (node.module or "").startswith("idguide"):
                private = [a.name for a in node.names if _private(a.name)]
                assert not private, f"cli/{name}.py imports {private} from {node.module}"


def test_no_module_of_the_package_imports_one_that_imports_it_back():
    graph = {
        name: {
            (node.module or "").removeprefix("idguide.cli.")
            for node in _imports(tree)
            if (node.module or "").startswith("idguide.cli.")
        }
        | {
            alias.name
            for node in _imports(tree)
            if node.module == "idguide.cli"
            for alias in node.names
        }
        for name, tree in _modules().items()
        if name != "__init__"
    }

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    assert graph["commands"] >= {"common", "officer", "bundles", "examinations"}
    for name in graph:
        assert not reaches(name, name, set()), f"idguide.cli.{name} is in an import loop"


def test_help_loads_no_pdf_spreadsheet_or_bundle_code():
    """`idguide --help` and `idguide` (which opens the app) build the command list first: that
    must not load the heavy parts of the core."""
    probe = (
        "import sys; from idguide.cli.commands import build_parser; build_parser(); "
        "heavy = [m for m in ('fpdf', 'openpyxl', 'cryptography', 'whoosh', 'babel') "
        "if m in sys.modules]; "
        "print(heavy)"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_demo_installs_what_it_can_and_names_the_publisher_it_could_not(cat, capsys):
    # the sample publisher "nordhaven" owns the brand id "nordiva", which the demo's
    # nordiva-care publisher uses too: that one bundle is refused, the others go in
    code, out, err = run(capsys, "--catalog", cat, "demo")
    assert code == 1 and out == ""
    assert err.startswith("idguide: The demo was installed (") and err.count("\n") == 1
    assert "nordiva" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--catalog", cat, "stats", "--json")
    stats = json.loads(out)
    assert stats["publishers"] > 10  # the sample's two and most of the demo's twelve
    code, out, _ = run(capsys, "--catalog", cat, "search", "veltrex", "--json")
    assert json.loads(out)  # a demo publisher after the refused one is installed
