"""The spreadsheet route for authors who would rather fill in Excel or LibreOffice than YAML.

:func:`write_template` writes a workbook with a "Read me" sheet explaining every column,
drop-down lists and one example row per sheet (layout in :mod:`sheet_layout`).
:func:`sheet_to_source` turns a filled workbook into a source folder (docs/bundle-format.md) and
checks it with :func:`idguide.catalog.authoring.source.check_source`; every problem, including
those the folder check finds, is reported at the sheet, row and column it comes from
(``Products!C7``).
Nothing is written to the output folder unless the whole workbook is clean.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from pathlib import Path
from typing import Any

import yaml
from openpyxl.utils import column_index_from_string

from idguide.catalog.authoring.sheet_build import Out, Target, build, product_file
from idguide.catalog.authoring.sheet_layout import SHEET_NAMES
from idguide.catalog.authoring.sheet_read import (
    Problems,
    fail,
    open_workbook,
    read_sheets,
    refuse_examples,
)
from idguide.catalog.authoring.sheet_template import write_template
from idguide.catalog.authoring.source import Problem, check_source
from idguide.catalog.errors import SourceError
from idguide.catalog.i18n import _, ngettext
from idguide.catalog.progress import ProgressFn, no_progress

__all__ = ["sheet_to_source", "write_template"]


def sheet_to_source(
    xlsx: Path,
    images_dir: Path,
    out_dir: Path,
    progress: ProgressFn | None = None,
    replace: bool = False,
) -> int:
    """Turn a filled workbook into a checked source folder at ``out_dir``; return the product count.

    Raises :class:`SourceError` listing every problem (sheet, row and column) and leaves
    ``out_dir`` untouched when there is any. A non-empty ``out_dir`` is refused unless
    ``replace``, which swaps it for the new folder only once the new one is complete.
    """
    xlsx, images_dir, out_dir = Path(xlsx), Path(images_dir), Path(out_dir)
    progress = progress or no_progress
    problems = Problems(xlsx.name)
    _check_target(out_dir, replace, problems, xlsx, images_dir)
    if not images_dir.is_dir():
        problems.add(
            "--images",
            _(
                "no such folder {folder!r}; give the folder that holds the pictures named on the "
                "Images sheet."
            ).format(folder=str(images_dir)),
        )
    book = open_workbook(xlsx, problems)
    rows = read_sheets(book, problems)
    refuse_examples(rows, problems)
    out = Out()
    build(rows, images_dir, out, problems)
    _finish(out, out_dir, problems, progress, replace)
    return len(out.products)


def _check_target(out_dir: Path, replace: bool, problems: Problems, *inputs: Path) -> None:
    target = out_dir.resolve()
    for path in inputs:
        if path.resolve() == target or path.resolve().is_relative_to(target):
            fail(
                problems,
                "-o",
                _("{folder} holds {path}; write the source to another folder.").format(
                    folder=out_dir, path=path
                ),
            )
    if out_dir.exists() and not out_dir.is_dir():
        fail(
            problems,
            "-o",
            _("{folder} is a file, not a folder; give a folder name.").format(folder=out_dir),
        )
    if out_dir.is_dir() and any(out_dir.iterdir()) and not replace:
        fail(
            problems,
            "-o",
            _(
                "{folder} is not empty; give a new folder, or --force to replace its contents."
            ).format(folder=out_dir),
        )


def _finish(
    out: Out, out_dir: Path, problems: Problems, progress: ProgressFn, replace: bool
) -> None:
    parent = out_dir.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        work = parent / f".{out_dir.name}.{secrets.token_hex(6)}.tmp"
        work.mkdir()  # unlike mkdtemp, keeps the user's usual permissions
    except OSError as exc:
        fail(
            problems,
            "-o",
            _("cannot create {folder} ({reason}).").format(
                folder=out_dir, reason=exc.strerror or exc
            ),
        )
    try:
        try:
            _write(out, work, progress)
        except OSError as exc:
            fail(
                problems,
                "-o",
                _("cannot write {folder} ({reason}).").format(
                    folder=out_dir, reason=exc.strerror or exc
                ),
            )
        _add_check_problems(out, work, problems)
        if problems.items:
            _raise(problems)
        _move_into_place(work, out_dir, replace)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write(out: Out, work: Path, progress: ProgressFn) -> None:
    total = len(out.images) + len(out.products) + 1
    done = 0
    (work / "images").mkdir()
    (work / "products").mkdir()
    for name, path in sorted(out.images.items()):
        progress(done, total, name)
        shutil.copyfile(path, work / "images" / name)
        done += 1
    _dump(out.publisher, work / "publisher.yaml")
    for pid, doc in out.products.items():
        progress(done, total, pid)
        _dump(doc, work / product_file(pid))
        done += 1
    progress(total, total, "checking")


class _Dumper(yaml.SafeDumper):
    """Writes YAML the way docs/bundle-format.md shows it, for people who open the files."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Codes such as "036000291452" are quoted so that no YAML reader takes them for numbers.
    style = '"' if value.replace(".", "").isdigit() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.Node:
    flow = all(not isinstance(item, dict | list) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def _dump(doc: dict[str, Any], path: Path) -> None:
    text = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")


def _add_check_problems(out: Out, work: Path, problems: Problems) -> None:
    """Run the folder check and point each of its problems at the cell it came from."""
    _source, found = check_source(work)
    taken = problems.refs()
    for problem in found:
        if problem.file == str(work):
            continue  # about the folder as a whole; the sheet reading reports those itself
        target = _locate(out, problem)
        if target is None:
            problems.add(
                "", f"{problem.field}: {problem.message}" if problem.field else problem.message
            )

            continue
        if target.ref in taken:
            continue  # the sheet reading already said what is wrong with this cell
        taken.add(target.ref)
        message = problem.message.replace("docs/bundle-format.md", _("the Read me sheet"))
        message = _YAML_HINT.sub(".", message)
        if target.header:
            message = _("{column}: {problem}").format(column=target.header, problem=message)
        problems.add(target.ref, message, target.line)


# YAML advice, not for a sheet: "...: add it under text: en: name:." in any language (the
# YAML keys stay as written in every translation)
_YAML_HINT = re.compile(r"\s*: [^:]*\btext: [\w-]+: \w+:\.$")


def _locate(out: Out, problem: Problem) -> Target | None:
    origins = out.origins.get(problem.file)
    if origins is None:
        return None
    name = problem.field
    while True:
        if name in origins:
            return origins[name]
        if not name:
            return None
        cut = max(name.rfind("."), name.rfind("["))
        name = name[:cut] if cut > 0 else ""


def _raise(problems: Problems) -> None:
    order = {name: i for i, name in enumerate(SHEET_NAMES)}

    def key(problem: Problem) -> tuple[int, int, int, str]:
        sheet, _, cell = problem.field.partition("!")
        letters = re.match(r"[A-Z]{1,3}", cell)
        column = column_index_from_string(letters.group(0)) if letters else 0
        return (order.get(sheet, -1), problem.line or 0, column, problem.message)

    items = sorted(problems.items, key=key)
    count = len(items)
    raise SourceError(
        ngettext(
            "{file}: {count} problem; first: {first}",
            "{file}: {count} problems; first: {first}",
            count,
        ).format(file=problems.file, count=count, first=items[0]),
        items,
    )


def _move_into_place(work: Path, out_dir: Path, replace: bool) -> None:
    old = None
    if out_dir.exists():
        if any(out_dir.iterdir()):
            if not replace:
                raise SourceError(_("{out_dir} is not empty.").format(out_dir=out_dir))
            old = out_dir.with_name(f".{out_dir.name}.old{os.getpid()}")
            os.replace(out_dir, old)
        else:
            out_dir.rmdir()
    os.replace(work, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
