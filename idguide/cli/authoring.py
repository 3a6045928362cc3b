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
from idguide.catalog.i18n import gettext, ngettext
from idguide.cli.common import (
    EXIT_ERROR,
    Commands,
    add_command,
    add_json,
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
        print(gettext("Nothing was previewed."), file=sys.stderr)
        return EXIT_ERROR


def _preview_pdf(args: argparse.Namespace) -> int:
    from idguide.catalog.preview import preview_pdf

    with progress_bar() as report:
        result = preview_pdf(args.source, args.output, args.images, args.base, args.paper, report)
    print(
        gettext("Wrote {path}: {products} in {languages} ({codes}), {sheets}.").format(
            path=result.path,
            products=_products(result.products),
            languages=ngettext("{n} language", "{n} languages", len(result.languages)).format(
                n=len(result.languages)
            ),
            codes=", ".join(result.languages),
            sheets=ngettext("{n} sheet", "{n} sheets", result.sheets).format(n=result.sheets),
        )
    )
    comparison = result.comparison
    if comparison is not None:
        print(
            gettext(
                "Against {base}: {added} added, {updated} updated, {withdrawn} withdrawn, "
                "{unchanged} unchanged."
            ).format(
                base=comparison.base,
                added=len(comparison.added),
                updated=len(comparison.updated),
                withdrawn=len(comparison.withdrawn),
                unchanged=len(comparison.unchanged),
            )
        )
        for problem in comparison.problems:
            print(gettext("Would be refused: {problem}").format(problem=problem), file=sys.stderr)
    return 0


def _preview_app(args: argparse.Namespace) -> int:
    import tempfile

    from idguide.catalog.preview import preview_catalogue, read_preview_source

    if args.base is not None:
        raise IdguideError(gettext("--base is for the PDF preview (-o OUT.pdf)."))
    with tempfile.TemporaryDirectory(prefix="idguide-preview-") as work:
        folder = Path(work)
        with progress_bar() as report:
            source = read_preview_source(args.source, args.images, folder)
            made = preview_catalogue(source, folder / "catalogue", report)
        from idguide.ui.app import run_preview

        label = f"{source.publisher.name} ({_products(len(source.products))})"
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
    print(
        ngettext(
            "No problems found in {n} product.", "No problems found in {n} products.", count
        ).format(n=count)
    )
    return 0


def template(args: argparse.Namespace) -> int:
    from idguide.catalog.authoring import write_template

    refuse_catalogue_outputs(args, args.output)
    if args.output.exists() and not args.force:
        raise IdguideError(
            gettext("{path} already exists; give another name or --force.").format(path=args.output)
        )
    write_template(args.output)
    print(
        gettext(
            "Wrote {path}. Fill it in, then run: idguide bundle from-sheet {path} "
            "--images PICTURES-FOLDER -o SOURCE-FOLDER"
        ).format(path=args.output)
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
            print(
                gettext("Nothing was written to {path}.").format(path=args.output),
                file=sys.stderr,
            )
        return EXIT_ERROR
    if args.json:
        print_json([])
    else:
        print(
            ngettext(
                "Wrote {n} product to {path}; no problems.",
                "Wrote {n} products to {path}; no problems.",
                count,
            ).format(n=count, path=args.output)
        )
    return 0


def to_sheet(args: argparse.Namespace) -> int:
    from idguide.catalog.authoring import source_to_sheet
    from idguide.catalog.bundles import bundle_to_sheet

    refuse_catalogue_outputs(args, args.output, args.images)
    try:
        if args.source.is_file():
            if args.images is None:
                raise IdguideError(
                    gettext("Give --images DIR: the folder to write the bundle's pictures to.")
                )
            result = bundle_to_sheet(args.source, args.output, args.images, replace=args.force)
        else:
            result = source_to_sheet(args.source, args.output, args.images, replace=args.force)
    except SourceError as exc:
        _print_problems(exc.problems, sys.stderr)
        print(gettext("Nothing was written."), file=sys.stderr)
        return EXIT_ERROR
    print(
        ngettext(
            "Wrote {n} product to {xlsx} and their pictures to {images}. After editing: idguide "
            "bundle from-sheet {xlsx} --images {images} -o SOURCE-FOLDER",
            "Wrote {n} products to {xlsx} and their pictures to {images}. After editing: "
            "idguide bundle from-sheet {xlsx} --images {images} -o SOURCE-FOLDER",
            result.products,
        ).format(n=result.products, xlsx=result.xlsx, images=result.images)
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
    count = len(problems)
    print(
        ngettext("{n} problem found.", "{n} problems found.", count).format(n=count),
        file=sys.stderr,
    )


def _products(count: int) -> str:
    return ngettext("{n} product", "{n} products", count).format(n=count)
