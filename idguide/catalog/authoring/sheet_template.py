"""The authoring workbook template: a "Read me" sheet, one sheet per part of an entry,
styled headings, drop-down lists and one example row per sheet."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from idguide.catalog.authoring.sheet_layout import (
    PUBLISHER,
    README,
    SHEET_NAMES,
    SHEETS,
    Column,
    SheetSpec,
)
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _

VALIDATED_ROWS = 5_000


_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_EXAMPLE_FONT = Font(italic=True, color="7F7F7F")
_EXAMPLE_NOTE = "Example from a fictional product: overwrite this row with your own, or delete it."


def write_template(path: Path) -> None:
    """Write an empty workbook for authors, with explanations, drop-down lists and examples."""
    book = Workbook()
    readme = book.active
    assert readme is not None
    readme.title = README
    _write_readme(readme)
    _write_publisher_sheet(book.create_sheet("Publisher"))
    for spec in SHEETS:
        _write_sheet(book.create_sheet(spec.name), spec)
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise IdguideError(
            _("Cannot write {path}: {value}.").format(path=path, value=exc.strerror or exc)
        ) from None


def _header(ws: Worksheet, headers: Iterable[str], widths: Iterable[int]) -> None:
    for index, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=index, value=text)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"


def _example_cell(ws: Worksheet, row: int, column: int, value: Any) -> None:
    cell = ws.cell(row=row, column=column, value=value)
    cell.font = _EXAMPLE_FONT
    if isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, str):
        cell.number_format = "@"


def _write_publisher_sheet(ws: Worksheet) -> None:
    _header(ws, ("Field", "Value", "What it is"), (22, 30, 90))
    pairs = zip(PUBLISHER.columns, PUBLISHER.example, strict=True)
    for row, (column, value) in enumerate(pairs, 2):
        ws.cell(row=row, column=1, value=column.header).font = Font(bold=True)
        _example_cell(ws, row, 2, value)
        ws.cell(row=row, column=3, value=column.help).alignment = Alignment(wrap_text=True)
    ws["B2"].comment = Comment(_EXAMPLE_NOTE, "idguide")
    ws.column_dimensions["B"].number_format = "@"


def _write_sheet(ws: Worksheet, spec: SheetSpec) -> None:
    _header(ws, (c.header for c in spec.columns), (c.width for c in spec.columns))
    for index, (column, value) in enumerate(zip(spec.columns, spec.example, strict=True), 1):
        letter = get_column_letter(index)
        if column.kind in ("text", "list", "codes", "file"):
            ws.column_dimensions[letter].number_format = "@"
        _example_cell(ws, 2, index, value)
        _validation(ws, column, letter)
        ws.cell(row=1, column=index).comment = Comment(column.help, "idguide")
    ws["A2"].comment = Comment(_EXAMPLE_NOTE, "idguide")


def _region_lines() -> list[tuple[str, ...]]:
    from idguide.catalog.languages import REGIONS

    lines: list[tuple[str, ...]] = [
        (),
        (
            "Regions",
            "",
            "",
            "Made in, Sold in and Never sold in take ISO 3166 country codes (SE, US, CN, GB...) "
            "or these region codes:",
        ),
    ]
    return lines + [("", code, "", name) for code, name in REGIONS.items()]


def _validation(ws: Worksheet, column: Column, letter: str) -> None:
    if column.choices:
        rule = DataValidation(type="list", formula1=f'"{",".join(column.choices)}"')
        rule.error = f"Pick one of: {', '.join(column.choices)}."
    elif column.key == "brand":
        rule = DataValidation(type="list", formula1=f"Brands!$A$2:$A${VALIDATED_ROWS}")
        rule.error = "Use a brand id from the Brands sheet."
    else:
        return
    rule.allow_blank = True
    rule.showErrorMessage = True
    rule.errorTitle = column.header
    ws.add_data_validation(rule)
    rule.add(f"{letter}2:{letter}{VALIDATED_ROWS}")


def _write_readme(ws: Worksheet) -> None:
    lines: list[tuple[str, ...]] = [
        ("idguide product workbook",),
        (
            "Fill in one sheet per part of your entries, save as Excel Workbook (.xlsx), put the "
            "pictures in one folder, then run:",
        ),
        ("idguide bundle from-sheet products.xlsx --images PICTURES-FOLDER -o SOURCE-FOLDER",),
        ("Every problem is reported with its sheet, row and column, e.g. Products!C7.",),
        (
            "The grey italic row on each sheet is an example from a fictional product: overwrite "
            "it with your own, or delete it.",
        ),
        (
            "Keep the first row (the column headings) as it is. Do not merge cells, do not use "
            "formulas; type values. Keep barcode (GTIN) and HS code columns formatted as Text.",
        ),
        (),
        ("Sheet", "Column", "Required", "What to write"),
        ("Publisher", "", "yes", "One value per row in column B: who publishes the entries."),
    ]
    lines += [("", c.header, "yes" if c.required else "", c.help) for c in PUBLISHER.columns]
    for spec in SHEETS:
        lines.append((spec.name, "", "yes" if spec.required else "optional", spec.help))
        for column in spec.columns:
            text = column.help
            if column.choices:
                text += f" One of: {', '.join(column.choices)}."
            lines.append(("", column.header, "yes" if column.required else "", text))
    lines += _region_lines()
    for row, values in enumerate(lines, start=1):
        for index, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=index, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if values and (values[0] in (*SHEET_NAMES, "Regions") or row == 8):
                cell.font = Font(bold=True)
    ws["A1"].font = Font(bold=True, size=14)
    for letter, width in zip("ABCD", (14, 22, 10, 90), strict=True):
        ws.column_dimensions[letter].width = width
