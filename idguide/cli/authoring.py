"""``idguide bundle check``, ``bundle template`` and ``bundle from-sheet``: authoring commands.

They need no catalogue: they read and write a publisher's source folder and its workbook.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from idguide.catalog.authoring.sheet import sheet_to_source, write_template
from idguide.catalog.authoring.source import Problem, check_source
from idguide.catalog.errors import IdguideError, SourceError


def register_bundle_commands(gsub: argparse._SubParsersAction) -> None:
    """Add the authoring commands to the ``idguide bundle`` group's subparsers."""
    from idguide.cli import add_command, add_json

    p = add_command(
        gsub,
        "check",
        "check a source folder and list every problem with its file, field and line",
        cmd_bundle_check,
    )
    p.add_argument("src", type=Path, metavar="SRC", help="the publisher's source folder")
    add_json(p)
    p = add_command(
        gsub,
        "template",
        "write a spreadsheet template (.xlsx) to fill in Excel or LibreOffice",
        cmd_bundle_template,
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help="overwrite FILE.xlsx if it exists")
    p = add_command(
        gsub,
        "from-sheet",
        "turn a filled spreadsheet and its pictures into a checked source folder",
        cmd_bundle_from_sheet,
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


def cmd_bundle_check(args: argparse.Namespace) -> int:
    source, problems = check_source(args.src)
    if args.json:
        _print_json([problem.as_dict() for problem in problems])
        return 1 if problems else 0
    if problems:
        _print_problems([_in_folder(problem, args.src) for problem in problems], sys.stdout)
        return 1
    count = len(source.products) if source else 0
    print(f"No problems found in {count} product{'s' if count != 1 else ''}.")
    return 0


def cmd_bundle_template(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        raise IdguideError(f"{args.output} already exists; give another name or --force.")
    write_template(args.output)
    print(
        f"Wrote {args.output}. Fill it in, then run: idguide bundle from-sheet {args.output} "
        "--images PICTURES-FOLDER -o SOURCE-FOLDER"
    )
    return 0


def cmd_bundle_from_sheet(args: argparse.Namespace) -> int:
    from idguide.cli import _progress

    try:
        count = sheet_to_source(
            args.xlsx, args.images, args.output, _progress(), replace=args.force
        )
    except SourceError as exc:
        if args.json:
            _print_json([_problem_dict(p) for p in exc.problems])
        else:
            _print_problems(exc.problems, sys.stderr)
            print(f"Nothing was written to {args.output}.", file=sys.stderr)
        return 1
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)  # end the progress line
    if args.json:
        _print_json([])
    else:
        print(f"Wrote {count} product{'s' if count != 1 else ''} to {args.output}; no problems.")
    return 0


def _in_folder(problem: Problem, folder: Path) -> Problem:
    """The problem with its file named from where the user is, so that it can be opened."""
    if problem.file == str(folder):
        return problem
    return replace(problem, file=(folder / problem.file).as_posix())


def _problem_dict(problem: object) -> dict:
    return problem.as_dict() if isinstance(problem, Problem) else {"message": str(problem)}


def _print_problems(problems: list, stream: TextIO) -> None:
    for problem in problems:
        print(problem, file=stream)
    count = len(problems)
    print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
