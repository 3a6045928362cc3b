"""Reading an authoring workbook cell by cell, distrusting every cell.

A workbook is outside input: it may be a renamed file of another kind, hold formulas, merged
cells, numbers where text belongs (Excel turns long barcodes into floats), control characters or
file names that point outside the pictures folder. Each of these becomes a :class:`Problem` at its
sheet, row and column (``Products!C7``), never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula
from openpyxl.worksheet.worksheet import Worksheet

from idguide.catalog import cleantext
from idguide.catalog.authoring.sheet_layout import (
    PUBLISHER,
    README,
    SHEET_NAMES,
    SHEETS,
    Column,
    SheetSpec,
)
from idguide.catalog.authoring.source import Problem, gtin_advice
from idguide.catalog.codes import normalize_gtin
from idguide.catalog.errors import IdguideError, SourceError
from idguide.catalog.i18n import _

MAX_WORKBOOK_BYTES = 50_000_000
MAX_UNPACKED_BYTES = 300_000_000
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_TEXT = 5_000
_SPLIT = re.compile(r"[,;\n]")
_SCIENTIFIC = re.compile(r"^\s*\d+(\.\d+)?[eE]\+?\d+\s*$")


@dataclass
class Row:
    """One data row: converted values by column key, and each column's cell name."""

    sheet: str
    number: int
    values: dict[str, Any]
    cells: dict[str, str]
    headers: dict[str, str]

    def ref(self, key: str = "") -> str:
        return self.cells.get(key) or f"{self.sheet}!A{self.number}"

    def get(self, key: str) -> Any:
        return self.values.get(key)


class Problems:
    """Every problem found so far, each named by its cell (``Products!C7``) and row."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []

    def add(self, ref: str, message: str, line: int | None = None) -> None:
        if line is None:
            match = re.search(r"(\d+)$", ref)
            line = int(match.group(1)) if match else None
        self.items.append(Problem(self.file, ref, message, line))

    def refs(self) -> set[str]:
        return {p.field for p in self.items}


def fail(problems: Problems, ref: str, message: str) -> NoReturn:
    problems.add(ref, message)
    raise SourceError(f"{problems.file}: {message}", problems.items)


def open_workbook(xlsx: Path, problems: Problems) -> Workbook:
    try:
        size = xlsx.stat().st_size
        if size > MAX_WORKBOOK_BYTES:
            fail(
                problems,
                "",
                _(
                    "the file is {size} MB; a workbook may be at most {limit} MB. Remove pictures "
                    "pasted into it."
                ).format(size=size // 1_000_000, limit=MAX_WORKBOOK_BYTES // 1_000_000),
            )
        data = xlsx.read_bytes()
    except OSError as exc:
        fail(
            problems,
            "",
            _("cannot read {file} ({reason}).").format(file=xlsx, reason=exc.strerror or exc),
        )
    not_xlsx = _(
        "not an Excel workbook (.xlsx); open it in Excel or LibreOffice and use Save As > Excel "
        "Workbook (.xlsx)."
    )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        fail(problems, "", not_xlsx)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        fail(problems, "", not_xlsx)
    if unpacked > MAX_UNPACKED_BYTES:
        fail(
            problems,
            "",
            _("it unpacks to more than {limit} MB; it is not a product workbook.").format(
                limit=MAX_UNPACKED_BYTES // 1_000_000
            ),
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it drops
            return load_workbook(io.BytesIO(data), data_only=False, rich_text=False)
    except Exception as exc:  # openpyxl raises many kinds for files it cannot read
        fail(problems, "", f"{not_xlsx} ({exc.__class__.__name__})")
    raise AssertionError(_("unreachable"))


def _names(spec: SheetSpec) -> dict[str, Column]:
    """Headings a column is known by: its heading, or its field name in the YAML source."""
    names = {norm(c.key): c for c in spec.columns}
    names.update({norm(c.header): c for c in spec.columns})  # a heading wins over a field name
    return names


def norm(text: Any) -> str:
    return " ".join(str(text).replace("_", " ").lower().split())


def read_sheets(book: Workbook, problems: Problems) -> dict[str, list[Row]]:
    by_name = {norm(ws.title): ws for ws in book.worksheets}
    known = {norm(name) for name in (*SHEET_NAMES, README)}
    for name, ws in by_name.items():
        if name not in known:
            problems.add(
                f"{ws.title}!A1",
                _("unknown sheet {sheet!r}; the sheets are {sheets}. Rename or delete it.").format(
                    sheet=ws.title, sheets=", ".join(SHEET_NAMES)
                ),
                1,
            )
    rows: dict[str, list[Row]] = {}
    publisher_ws = by_name.get("publisher")
    if publisher_ws is None:
        problems.add(
            "Publisher!A1",
            _("the workbook has no {sheet} sheet; start from `idguide bundle template`.").format(
                sheet="Publisher"
            ),
            1,
        )
    else:
        rows["Publisher"] = _read_publisher_sheet(publisher_ws, problems)
    for spec in SHEETS:
        ws = by_name.get(norm(spec.name))
        if ws is None:
            if spec.required:
                problems.add(
                    f"{spec.name}!A1",
                    _(
                        "the workbook has no {sheet} sheet; start from `idguide bundle template`."
                    ).format(sheet=spec.name),
                    1,
                )
            rows[spec.name] = []
            continue
        rows[spec.name] = _read_table(ws, spec, problems)
    return rows


def _merged(ws: Worksheet, problems: Problems) -> bool:
    ranges = list(ws.merged_cells.ranges)
    for merged in ranges:
        problems.add(
            f"{ws.title}!{merged.coord}",
            _("merged cells; unmerge them so that every value has its own cell."),
            merged.min_row,
        )
    return bool(ranges)


def _read_publisher_sheet(ws: Worksheet, problems: Problems) -> list[Row]:
    if _merged(ws, problems):
        return []
    wanted = _names(PUBLISHER)
    found: dict[str, Any] = {}
    cells: dict[str, str] = {}
    headers: dict[str, str] = {}
    for index, (label, value, *_rest) in enumerate(
        ws.iter_rows(min_row=2, max_row=min(ws.max_row, 100), max_col=2), 2
    ):
        if label.value is None and value.value is None:
            continue
        column = wanted.get(norm(_plain(label) or ""))
        if column is None:
            problems.add(
                f"{ws.title}!A{index}",
                _("unknown field {field!r}; use {fields}.").format(
                    field=label.value, fields=", ".join(c.header for c in PUBLISHER.columns)
                ),
            )
            continue
        cells[column.key] = f"{ws.title}!B{index}"
        headers[column.key] = column.header
        found[column.key] = _convert(value, column, f"{ws.title}!B{index}", problems)
    for column in PUBLISHER.columns:
        if column.required and not found.get(column.key):
            ref = cells.get(column.key, f"{ws.title}!A1")
            problems.add(ref, _required(column))
    return [Row(ws.title, 2, found, cells, headers)]


def _required(column: Column) -> str:
    return _("{column} is required: {help}").format(column=column.header, help=column.help)


def _plain(cell: Any) -> str | None:
    value = cell.value
    return value.strip() if isinstance(value, str) else (None if value is None else str(value))


def _read_table(ws: Worksheet, spec: SheetSpec, problems: Problems) -> list[Row]:
    if _merged(ws, problems):
        return []
    if ws.max_column > MAX_COLUMNS:
        problems.add(
            f"{ws.title}!{get_column_letter(ws.max_column)}1",
            _("the sheet uses {count} columns; delete the columns after the last heading.").format(
                count=ws.max_column
            ),
            1,
        )
        return []
    columns = _header_map(ws, spec, problems)
    if columns is None:
        return []
    if ws.max_row > MAX_ROWS + 1:
        problems.add(
            f"{ws.title}!A{MAX_ROWS + 2}",
            _(
                "the sheet has more than {limit} rows; split the products over several workbooks."
            ).format(limit=MAX_ROWS),
        )
        return []
    result = []
    for cells in ws.iter_rows(min_row=2, max_row=ws.max_row):
        if all(cell.value is None or cell.value == "" for cell in cells):
            continue
        row = _read_row(ws.title, cells, columns, problems)
        if row is not None:
            result.append(row)
    return result


def _header_map(ws: Worksheet, spec: SheetSpec, problems: Problems) -> dict[int, Column] | None:
    lookup = _names(spec)
    columns: dict[int, Column] = {}
    for cell in next(ws.iter_rows(min_row=1, max_row=1), ()):
        if cell.value is None or str(cell.value).strip() == "":
            continue
        column = lookup.get(norm(cell.value))
        ref = f"{ws.title}!{cell.coordinate}"
        if column is None:
            problems.add(
                ref,
                _("unknown column {column!r}; the columns are {columns}.").format(
                    column=cell.value, columns=", ".join(c.header for c in spec.columns)
                ),
                1,
            )
        elif column in columns.values():
            problems.add(
                ref,
                _("the column {column!r} appears twice; keep one.").format(column=column.header),
                1,
            )
        else:
            columns[cell.column] = column
    missing = [c.header for c in spec.columns if c.required and c not in columns.values()]
    if missing:
        problems.add(
            f"{ws.title}!A1",
            _("missing column(s) {columns}; copy the heading row from a fresh template.").format(
                columns=", ".join(missing)
            ),
            1,
        )
        return None
    return columns


def _read_row(
    sheet: str, cells: tuple[Any, ...], columns: dict[int, Column], problems: Problems
) -> Row | None:
    number = cells[0].row
    values: dict[str, Any] = {}
    refs = {c.key: f"{sheet}!{get_column_letter(i)}{number}" for i, c in columns.items()}
    headers = {c.key: c.header for c in columns.values()}
    for cell in cells:
        column = columns.get(cell.column)
        ref = f"{sheet}!{cell.coordinate}"
        if column is None:
            if cell.value not in (None, ""):
                problems.add(
                    ref,
                    _(
                        "a value in a column without a heading; move it to the right column or "
                        "delete it."
                    ),
                )
            continue
        value = _convert(cell, column, ref, problems)
        if value not in (None, "", []):
            values[column.key] = value
    row = Row(sheet, number, values, refs, headers)
    for column in columns.values():
        if column.required and column.key not in values and ref_ok(problems, row, column.key):
            problems.add(row.ref(column.key), _required(column))
    return row


def ref_ok(problems: Problems, row: Row, key: str) -> bool:
    """True when no problem was reported for this cell yet (one message per cell is enough)."""
    return row.ref(key) not in problems.refs()


def _convert(cell: Any, column: Column, ref: str, problems: Problems) -> Any:
    """The value of a cell as the column wants it, or None with a problem reported."""
    value = cell.value
    if value is None:
        return None
    if cell.data_type == "f" or isinstance(value, ArrayFormula | DataTableFormula):
        problems.add(
            ref,
            _(
                "{column}: a formula; type the value itself (copy the cells and use Paste "
                "Special > Values)."
            ).format(column=column.header),
        )
        return None
    if not isinstance(value, str | int | float | date):
        problems.add(
            ref,
            _("{column}: not a value idguide can read; type it as text.").format(
                column=column.header
            ),
        )
        return None
    if cell.data_type == "e":
        problems.add(
            ref,
            _("{column}: the cell shows an error ({value}); type a value.").format(
                column=column.header, value=value
            ),
        )
        return None
    if isinstance(value, bool):
        problems.add(
            ref,
            _("{column}: TRUE or FALSE is not a value here; type it as text.").format(
                column=column.header
            ),
        )
        return None
    converter = _CONVERTERS.get(column.kind, _to_text)
    return converter(value, column, ref, problems)


def _to_text(value: Any, column: Column, ref: str, problems: Problems) -> str | None:
    if isinstance(value, datetime | date):
        return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):
            problems.add(
                ref,
                _("{column}: not a usable value; type it again.").format(column=column.header),
            )
            return None
        value = int(value) if value.is_integer() else value
    text = str(value).strip()
    problem = cleantext.problem(text)
    if problem:
        problems.add(ref, _("{column}: {problem}").format(column=column.header, problem=problem))
        return None
    text = cleantext.normalized(text)
    if len(text) > MAX_TEXT:
        problems.add(
            ref,
            _("{column}: {count} characters; shorten it to at most {limit}.").format(
                column=column.header, count=len(text), limit=MAX_TEXT
            ),
        )
        return None
    if column.choices and text and text not in column.choices:
        problems.add(
            ref,
            _("{column}: {value!r} is not one of {choices}; pick one from the list.").format(
                column=column.header, value=text, choices=", ".join(column.choices)
            ),
        )
        return None
    return text


def _to_list(value: Any, column: Column, ref: str, problems: Problems) -> list[str] | None:
    text = _to_text(value, column, ref, problems)
    if text is None:
        return None
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


def _to_codes(value: Any, column: Column, ref: str, problems: Problems) -> list[str] | None:
    """Barcodes and HS codes: text only, because Excel silently changes long numbers."""
    if isinstance(value, float) or (isinstance(value, str) and _SCIENTIFIC.match(value)):
        shown = f"{value:g}" if isinstance(value, float) else value.strip()
        problems.add(
            ref,
            _(
                "{column}: Excel stored {value} as a number and may have changed its digits; "
                "format the {column} column as Text and type the codes again."
            ).format(column=column.header, value=shown),
        )
        return None
    if isinstance(value, int) and column.key == "gtins":
        digits = len(str(value))
        try:
            normalize_gtin(str(value))
        except IdguideError:
            what = (
                gtin_advice(str(value))
                if digits in (8, 12, 13, 14)
                else _("{value} has {digits} digits; a GTIN has 8, 12, 13 or 14.").format(
                    value=value, digits=digits
                )
            )
            problems.add(
                ref,
                _(
                    "{column}: {problem} Excel drops the leading zeros of barcodes typed as "
                    "numbers and may round them; format the {column} column as Text and type the "
                    "codes again."
                ).format(column=column.header, problem=what),
            )
            return None
    return _to_list(value, column, ref, problems)


def _to_int(value: Any, column: Column, ref: str, problems: Problems) -> int | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 0 < value < 1_000_000:
        return value
    problems.add(
        ref,
        _("{column}: {value!r} is not a whole number of 1 or more.").format(
            column=column.header, value=value
        ),
    )
    return None


def _to_number(value: Any, column: Column, ref: str, problems: Problems) -> float | None:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = float(value.strip().replace(",", "."))
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    problems.add(
        ref,
        _("{column}: {value!r} is not a number; {help}").format(
            column=column.header, value=value, help=column.help
        ),
    )
    return None


def _to_date(value: Any, column: Column, ref: str, problems: Problems) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    problems.add(
        ref,
        _("{column}: {value!r} is not a date; write it as YYYY-MM-DD.").format(
            column=column.header, value=value
        ),
    )
    return None


def _to_file(value: Any, column: Column, ref: str, problems: Problems) -> str | None:
    name = _to_text(value, column, ref, problems)
    if not name:
        return None
    if (
        "/" in name
        or "\\" in name
        or ":" in name
        or name.startswith(".")
        or len(name) > 200
        or name != name.strip()
    ):
        problems.add(
            ref,
            _(
                "{column}: {name!r} must be a plain file name inside the --images folder, "
                "without folders (e.g. {example})."
            ).format(column=column.header, name=name, example="tw200-genuine.png"),
        )
        return None
    return name


_CONVERTERS = {
    "text": _to_text,
    "list": _to_list,
    "codes": _to_codes,
    "int": _to_int,
    "number": _to_number,
    "date": _to_date,
    "file": _to_file,
}


# -- the template's example rows ------------------------------------------------------------------


def refuse_examples(rows: dict[str, list[Row]], problems: Problems) -> None:
    """A row still equal to the template's example (a fictional product, contact or brand) is
    refused: left in, it would ship a fictional contact on a real product, or a brand the
    publisher does not own. Compared by value, since a cell's style is no reliable marker."""
    publisher = rows.get("Publisher") or []
    if publisher:
        row, example = publisher[0], _example_values(PUBLISHER)
        for key in ("id", "name"):
            if key in row.values and row.get(key) == example.get(key):
                problems.add(
                    row.ref(key),
                    _(
                        "{column}: {value!r} is the template's example (a fictional publisher); "
                        "write your own."
                    ).format(column=row.headers.get(key, key), value=row.get(key)),
                )
    for spec in SHEETS:
        example = _example_values(spec)
        for row in rows.get(spec.name, []):
            if row.values == example:
                problems.add(
                    row.ref(spec.columns[0].key),
                    _(
                        "row {row} is still the template's example from a fictional product; "
                        "overwrite it with your own or delete the row."
                    ).format(row=row.number),
                )


def _example_values(spec: SheetSpec) -> dict[str, Any]:
    """The example row of ``spec`` as :func:`_read_row` would read it."""
    scratch = Problems("")
    values = {}
    for column, value in zip(spec.columns, spec.example, strict=True):
        converted = _CONVERTERS.get(column.kind, _to_text)(value, column, "", scratch)
        if converted not in (None, "", []):
            values[column.key] = converted
    return values
