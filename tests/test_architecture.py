"""The shape of the code (docs/architecture.md): no import loops between its parts.

Each sub-package of ``idguide.catalog`` and ``idguide.ui`` counts as one part, and so does each
of their top-level modules and the command line (``idguide.cli``). Imports under
``if TYPE_CHECKING:`` are for annotations only and never run, so they do not count; imports
inside functions do (they run when the function does).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import idguide

ROOT = Path(idguide.__file__).parent.parent
AREAS = ("idguide.catalog", "idguide.ui")


def part_of(module: str) -> str:
    """The part a dotted module name belongs to."""
    parts = module.split(".")
    if ".".join(parts[:2]) in AREAS and len(parts) > 2:
        return ".".join(parts[:3])
    return ".".join(parts[:2])


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def is_module(dotted: str) -> bool:
    path = ROOT / dotted.replace(".", "/")
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def runtime_imports(tree: ast.AST) -> Iterator[str]:
    """The idguide modules ``tree`` imports, outside ``if TYPE_CHECKING:`` blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from runtime_imports(ast.Module(body=node.orelse, type_ignores=[]))
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                yield full if is_module(full) else node.module
        yield from runtime_imports(node)


def part_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted((ROOT / "idguide").rglob("*.py")):
        source = part_of(module_name(path))
        edges = graph.setdefault(source, set())
        for target in runtime_imports(ast.parse(path.read_text(), str(path))):
            if target.startswith("idguide.") and part_of(target) != source:
                edges.add(part_of(target))
    return graph


def loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_parts_of_the_code_import_each_other_without_loops():
    assert loops(part_graph()) == []


def test_the_loop_finder_finds_a_loop():
    assert loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_command_line_and_the_app_use_the_core_not_each_other():
    graph = part_graph()
    assert not {part for part in graph["idguide.cli"] if part.startswith("idguide.ui")} - {
        "idguide.ui.app"  # `idguide` with no command opens the app
    }
    ui_parts = [part for part in graph if part.startswith("idguide.ui")]
    assert all("idguide.cli" not in graph[part] for part in ui_parts)
    core_parts = [part for part in graph if part.startswith("idguide.catalog")]
    assert all(
        not target.startswith(("idguide.ui", "idguide.cli"))
        for part in core_parts
        for target in graph[part]
    )


def test_the_command_line_and_the_app_use_the_public_names_of_the_core_packages():
    """``from idguide.catalog.examinations import Examination``, not ``...examinations.exams``:
    a sub-package's modules can be rearranged without touching its users."""
    reaching_in = []
    for folder in ("cli", "ui"):
        for path in sorted((ROOT / "idguide" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.ImportFrom) and node.module:
                    parts = node.module.split(".")
                    if parts[:2] == ["idguide", "catalog"] and len(parts) > 3:
                        reaching_in.append(f"{path.relative_to(ROOT)}: {node.module}")
    assert reaching_in == []
