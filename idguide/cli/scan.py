"""`idguide scan`: read codes typed by a scanner or found in photos, and check each one.

Exit status: 2 (``EXIT_RED``) when a check is red, else 1 when an input could not be read,
else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idguide.catalog.errors import ImageError
from idguide.catalog.i18n import N_, current_language, gettext
from idguide.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_RED,
    Commands,
    add_command,
    add_json,
    open_catalog,
)

_PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def register(sub: Commands) -> None:
    p = add_command(
        sub,
        "scan",
        "read barcodes and 2D codes (typed by a scanner, or in photos) and check them",
        cmd_scan,
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="TEXT_OR_FILE",
        help="what a scanner typed (a GTIN, GS1 element strings, (01)... or a GS1 Digital "
        "Link), a photo (JPEG, PNG or WEBP), or - to read one scan a line from standard input",
    )
    p.add_argument(
        "--text", action="store_true", help="read every argument as text, even a file's name"
    )
    p.add_argument(
        "--lang", help="language of the checks' words and of product and alert texts, e.g. es"
    )
    add_json(p)


@dataclass
class _Item:
    """One code to report: where it came from, and what it says or why it was not read."""

    source: str
    code: Any = None  # a ReadCode, for a code found in a picture
    scan: Any = None  # a Scan, once the text was interpreted
    problem: str = ""
    result: Any = None  # a ScanResult, once checked


def cmd_scan(args: argparse.Namespace) -> int:
    items = list(_collect(args))
    readable = [item for item in items if item.scan is not None and item.scan.read]
    if readable:
        from idguide.catalog.scanning import check

        with open_catalog(args) as catalog:
            for number, item in enumerate(readable):
                # the codes given in one run are one consignment: a serial seen twice is red
                earlier = readable[:number]
                item.result = check(
                    catalog,
                    item.scan,
                    lang=args.lang,
                    earlier=[before.scan for before in earlier],
                    earlier_names=[before.source for before in earlier],
                )
    for item in items:
        if item.problem:
            print(f"idguide: {item.source}: {item.problem}", file=sys.stderr)
    if args.json:
        print(json.dumps([_as_dict(item) for item in items], ensure_ascii=False, indent=2))
    else:
        _print_text(items)
    if any(item.result and item.result.level == "red" for item in items):
        return EXIT_RED
    return EXIT_ERROR if not items or any(item.problem for item in items) else EXIT_OK


def _collect(args: argparse.Namespace) -> Iterator[_Item]:
    from idguide.catalog.scanning import interpret

    for argument in args.inputs:
        if argument == "-":
            for number, line in enumerate(sys.stdin, 1):
                if line.strip():
                    where = gettext("standard input, line {number}").format(number=number)
                    yield _from_text(where, line, interpret)
        elif not args.text and Path(argument).is_file():
            yield from _from_picture(Path(argument), interpret)
        else:
            yield _from_text(_shown(argument), argument, interpret)


def _shown(text: str) -> str:
    from idguide.catalog.scanning import visible

    return repr(visible(text)) if len(text) <= 80 else repr(visible(text)[:77] + "...")


def _from_text(source: str, text: str, interpret: Any) -> _Item:
    scan = interpret(text)
    problem = scan.problem
    if problem and text.strip().lower().endswith(_PICTURE_SUFFIXES):
        problem = gettext("there is no picture file of that name, and as text it is not a code.")
    return _Item(source, scan=scan, problem=problem)


def _from_picture(path: Path, interpret: Any) -> Iterator[_Item]:
    from idguide.catalog.scanning import MAX_CODES, read_codes

    try:
        codes = read_codes(path)
    except ImageError as exc:
        yield _Item(str(path), problem=str(exc))
        return
    if not codes:
        problem = gettext(
            "no barcode or 2D code could be read in this picture. Take the photo again closer, "
            "in focus and without glare, or type the code."
        )
        yield _Item(str(path), problem=problem)
        return
    if len(codes) == MAX_CODES:
        said = gettext(
            "at most {count} codes are read from one picture; it may hold more. Photograph "
            "fewer codes at a time."
        )
        print(f"idguide: {path}: {said.format(count=MAX_CODES)}", file=sys.stderr)
    for number, code in enumerate(codes, 1):
        scan = interpret(code.text, gs1=code.gs1)
        source = gettext("{path}, code {number} of {count} ({format})").format(
            path=path, number=number, count=len(codes), format=code.format
        )
        yield _Item(source, code=code, scan=scan, problem=scan.problem)


def _as_dict(item: _Item) -> dict[str, Any]:
    data: dict[str, Any] = {"source": item.source}
    data["code"] = item.code.as_dict() if item.code else None
    if item.result is not None:
        data.update(item.result.as_dict(current_language()))
    else:
        data["scan"] = item.scan.as_dict() if item.scan else None
        data["problem"] = item.problem
    return data


_VERDICTS = {
    "red": N_("RED: a known red flag."),
    "amber": N_("AMBER: look closer before deciding."),
    "green": N_("GREEN: no known red flag (this does not prove that the item is genuine)."),
}
_LEVELS = {"red": N_("RED"), "amber": N_("AMBER"), "green": N_("GREEN")}
_COUNTS = {"red": N_("{n} red"), "amber": N_("{n} amber"), "green": N_("{n} green")}


# the labels of each code's lines, aligned on the longest in the language spoken
_LABELS = (N_("Code:"), N_("Read:"), N_("Product:"), N_("Result:"))


def _line(label: str, value: str) -> str:
    """ "  Code:     ..." with the label in the language spoken, the values aligned."""
    width = max(len(gettext(each)) for each in _LABELS) + 1
    return f"  {gettext(label):<{width}} {value}"


def _print_text(items: list[_Item]) -> None:
    from idguide.catalog.scanning import visible

    for item in items:
        if item.result is None:
            continue
        scan, result = item.scan, item.result
        print(item.source)
        print(_line(N_("Code:"), visible(scan.text)))
        print(_line(N_("Read:"), _summary(scan)))
        for row in result.products:
            print(_line(N_("Product:"), f"{row.brand} {row.name} ({row.id})"))
        for outcome in result.outcomes:
            print(f"  {gettext(_LEVELS[outcome.level.value]):<8}  {outcome.message}")
        print(_line(N_("Result:"), gettext(_VERDICTS[result.level.value])))
        print()
    unread = sum(1 for item in items if item.problem)
    if len(items) > 1:
        levels = [item.result.level.value for item in items if item.result]
        counts = [gettext(_COUNTS[lv]).format(n=levels.count(lv)) for lv in _COUNTS if lv in levels]
        counts.append(gettext("{n} not read").format(n=unread))
        total = gettext("{n} code(s): {counts}").format(n=len(items), counts=", ".join(counts))
        print(
            total,
            file=sys.stderr if not levels else sys.stdout,
        )


def _summary(scan: Any) -> str:
    # Imported here: python-stdnum brings ssl and pydoc, which `idguide` alone (the app) would
    # otherwise load before its first window (issue 20).
    from idguide.catalog.codes import display_gtin

    parts = [f"GTIN {display_gtin(scan.gtin)}"]
    if scan.lot:
        parts.append(gettext("lot {value}").format(value=scan.lot))
    if scan.serial:
        parts.append(gettext("serial {value}").format(value=scan.serial))
    if scan.expiry_text:
        expiry = scan.expiry.isoformat() if scan.expiry else scan.expiry_text
        parts.append(gettext("expiry {value}").format(value=expiry))
    known = {"01", "10", "21", "17"}
    parts += [f"({f.ai}) {f.title} {f.value}" for f in scan.fields if f.ai not in known]
    return " · ".join(parts)
