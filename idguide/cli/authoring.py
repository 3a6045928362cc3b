"""The publisher's authoring commands: ``bundle check``, ``bundle template``,
``bundle from-sheet``, ``bundle to-sheet`` and ``bundle preview``.

They need no catalogue: they read and write a publisher's source folder and its workbook.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from idguide.catalog.errors import IdguideError, SourceError
from idguide.cli.common import (
    EXIT_ERROR,
    Commands,
    add_command,
    add_json,
    plural,
    print_json,
    progress_bar,
    refuse_catalogue_outputs,
)

if TYPE_CHECKING:
    from idguide.catalog.authoring import Problem


def register(group: Commands) -> None:
    """Add the authoring commands to the ``idguide bundle`` group."""
    p = add_command(
        group,
        "check",
        "check a source folder and list every problem with its file, field and line",
        check,
    )
    p.add_argument("src", type=Path, metavar="SRC", help="the publisher's source folder")
    add_json(p)
    p = add_command(
        group,
        "template",
        "write a spreadsheet template (.xlsx) to fill in Excel or LibreOffice",
        template,
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help="overwrite FILE.xlsx if it exists")
    p = add_command(
        group,
        "from-sheet",
        "turn a filled spreadsheet and its pictures into a checked source folder",
        from_sheet,
    )
    p.add_argument("xlsx", type=Path, metavar="FILE.xlsx", help="the filled workbook")
    p.add_argument(
        "--images",
        type=Path,
        required=True,
        metavar="DIR",
        help="the folder holding the pictures named on the Images sheet",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="SRC")
    p.add_argument(
        "--force", action="store_true", help="replace the contents of SRC if it is not empty"
    )
    add_json(p)
    _register_preview(group)
    p = add_command(
        group,
        "to-sheet",
        "write a source folder or a full bundle back into the spreadsheet template",
        to_sheet,
    )
    p.add_argument("source", type=Path, metavar="SRC_OR_BUNDLE", help="a source folder or .idgb")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.add_argument(
        "--images",
        type=Path,
        metavar="DIR",
        help="the folder to write the pictures to (default for a folder: its own images/)",
    )
    p.add_argument("--force", action="store_true", help="overwrite FILE.xlsx if it exists")


def _register_preview(group: Commands) -> None:
    p = add_command(
        group,
        "preview",
        "show a source as officers will see it: a PDF, or the app on a temporary catalogue",
        preview,
    )
    p.add_argument(
        "source", type=Path, metavar="SOURCE", help="a source folder, or a filled workbook"
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="write a PDF")
    how.add_argument("--app", action="store_true", help="open the app on a PREVIEW catalogue")
    p.add_argument(
        "--images", type=Path, metavar="DIR", help="for a workbook: the folder of its pictures"
    )
    p.add_argument(
        "--base",
        type=Path,
        metavar="OLD.idgb",
        help="the previous bundle: a first page says what changes against it",
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (a4)")


def preview(args: argparse.Namespace) -> int:
    refuse_catalogue_outputs(args, args.output)
    try:
        return _preview_app(args) if args.app else _preview_pdf(args)
    except SourceError as exc:
        _print_problems(exc.problems, sys.stderr)
        print("Nothing was previewed.", file=sys.stderr)
        return EXIT_ERROR


def _preview_pdf(args: argparse.Namespace) -> int:
    from idguide.catalog.preview import preview_pdf

    with progress_bar() as report:
        result = preview_pdf(args.source, args.output, args.images, args.base, args.paper, report)
    print(
        f"Wrote {result.path}: {plural(result.products, 'product')} in "
        f"{plural(len(result.languages), 'language')} ({', '.join(result.languages)}), "
        f"{plural(result.sheets, 'sheet')}."
    )
    comparison = result.comparison
    if comparison is not None:
        print(
            f"Against {comparison.base}: {len(comparison.added)} added, "
            f"{len(comparison.updated)} updated, {len(comparison.withdrawn)} withdrawn, "
            f"{len(comparison.unchanged)} unchanged."
        )
        for problem in comparison.problems:
            print(f"Would be refused: {problem}", file=sys.stderr)
    return 0


def _preview_app(args: argparse.Namespace) -> int:
    import tempfile

    from idguide.catalog.preview import preview_catalogue, read_preview_source

    if args.base is not None:
        raise IdguideError("--base is for the PDF preview (-o OUT.pdf).")
    with tempfile.TemporaryDirectory(prefix="idguide-preview-") as work:
        folder = Path(work)
        with progress_bar() as report:
            source = read_preview_source(args.source, args.images, folder)
            made = preview_catalogue(source, folder / "catalogue", report)
        from idguide.ui.app import run_preview

        label = f"{source.publisher.name} ({plural(len(source.products), 'product')})"
        return run_preview(made.path, folder, label)


def check(args: argparse.Namespace) -> int:
    from idguide.catalog.authoring import check_source

    source, problems = check_source(args.src)
    if args.json:
        print_json([problem.as_dict() for problem in problems])
        return EXIT_ERROR if problems else 0
    if problems:
        _print_problems([_in_folder(problem, args.src) for problem in problems], sys.stdout)
        return EXIT_ERROR
    count = len(source.products) if source else 0
    print(f"No problems found in {plural(count, 'product')}.")
    return 0


def template(args: argparse.Namespace) -> int:
    from idguide.catalog.authoring import write_template

    refuse_catalogue_outputs(args, args.output)
    if args.output.exists() and not args.force:
        raise IdguideError(f"{args.output} already exists; give another name or --force.")
    write_template(args.output)
    print(
        f"Wrote {args.output}. Fill it in, then run: idguide bundle from-sheet {args.output} "
        "--images PICTURES-FOLDER -o SOURCE-FOLDER"
    )
    return 0


def from_sheet(args: argparse.Namespace) -> int:
    from idguide.catalog.authoring import sheet_to_source

    refuse_catalogue_outputs(args, args.output, replaced=args.output)
    try:
        with progress_bar() as report:
            count = sheet_to_source(args.xlsx, args.images, args.output, report, replace=args.force)
    except SourceError as exc:
        if args.json:
            print_json([_problem_dict(p) for p in exc.problems])
        else:
            _print_problems(exc.problems, sys.stderr)
            print(f"Nothing was written to {args.output}.", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print_json([])
    else:
        print(f"Wrote {plural(count, 'product')} to {args.output}; no problems.")
    return 0


def to_sheet(args: argparse.Namespace) -> int:
    from idguide.catalog.authoring import source_to_sheet
    from idguide.catalog.bundles import bundle_to_sheet

    refuse_catalogue_outputs(args, args.output, args.images)
    try:
        if args.source.is_file():
            if args.images is None:
                raise IdguideError(
                    "Give --images DIR: the folder to write the bundle's pictures to."
                )
            result = bundle_to_sheet(args.source, args.output, args.images, replace=args.force)
        else:
            result = source_to_sheet(args.source, args.output, args.images, replace=args.force)
    except SourceError as exc:
        _print_problems(exc.problems, sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return EXIT_ERROR
    print(
        f"Wrote {plural(result.products, 'product')} to {result.xlsx} and their pictures to "
        f"{result.images}. After editing: idguide bundle from-sheet {result.xlsx} --images "
        f"{result.images} -o SOURCE-FOLDER"
    )
    return 0


def _in_folder(problem: Problem, folder: Path) -> Problem:
    """The problem with its file named from where the user is, so that it can be opened."""
    if problem.file == str(folder):
        return problem
    return replace(problem, file=(folder / problem.file).as_posix())


def _problem_dict(problem: object) -> dict:
    from idguide.catalog.authoring import Problem

    return problem.as_dict() if isinstance(problem, Problem) else {"message": str(problem)}


def _print_problems(problems: list, stream: TextIO) -> None:
    for problem in problems:
        print(problem, file=stream)
    print(f"{plural(len(problems), 'problem')} found.", file=sys.stderr)
