"""From a source folder or a full bundle back to the authoring workbook (``bundle to-sheet``).

A team that works in spreadsheets keeps maintaining its entries after the first build: the
workbook written here is the template (Read me, lists, headings) filled with the entries, and
its pictures are written to one folder, so that ``bundle from-sheet`` of the two gives the same
entries again. What a workbook cannot hold (a list item holding a comma, a text longer than a
cell may be) is refused before anything is written, naming the entry and field.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from idguide.catalog import model
from idguide.catalog.authoring.sheet_layout import PUBLISHER, SPECS
from idguide.catalog.authoring.sheet_read import MAX_TEXT
from idguide.catalog.authoring.sheet_template import write_template
from idguide.catalog.errors import IdguideError, SourceError
from idguide.catalog.i18n import _, ngettext

_SEPARATORS = (",", ";", "\n")
_EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


@dataclass
class SheetExport:
    xlsx: Path
    images: Path  # the folder to give from-sheet as --images
    products: int


@dataclass
class SheetEntries:
    publisher: model.Publisher
    products: list[model.Product]
    files: dict[str, str]  # image ref -> the plain file name the workbook uses
    copy: dict[str, Path | bytes]  # plain file name -> where its bytes come from


def source_to_sheet(
    folder: Path, xlsx: Path, images_dir: Path | None = None, replace: bool = False
) -> SheetExport:
    """Write the entries of a source folder into a workbook at ``xlsx`` and their pictures
    into ``images_dir`` (by default the folder's own ``images/``, when every picture lies
    directly in it). Raises IdguideError, writing nothing, for what a workbook cannot hold.
    (A bundle: :func:`idguide.catalog.bundles.bundle_to_sheet`.)"""
    folder = Path(folder)
    if folder.is_file():
        raise IdguideError(
            _("{folder} is a file; give the publisher's source folder.").format(folder=folder)
        )
    entries = _from_folder(folder)
    return write_sheet(entries, Path(xlsx), images_dir or _own_images(folder, entries), replace)


def write_sheet(
    entries: SheetEntries, xlsx: Path, images_dir: Path, replace: bool = False
) -> SheetExport:
    """Write ``entries`` into a workbook at ``xlsx`` and their pictures into ``images_dir``;
    refuse, writing nothing, what a workbook cannot hold."""
    _check_fits(entries)
    if xlsx.exists() and not replace:
        raise IdguideError(
            _("{xlsx} already exists; give another name or --force.").format(xlsx=xlsx)
        )
    _write_pictures(entries, images_dir)
    _write_workbook(entries, xlsx)
    return SheetExport(xlsx, images_dir, len(entries.products))


# -- reading what to write -----------------------------------------------------------------------


def _from_folder(folder: Path) -> SheetEntries:
    from idguide.catalog.authoring.source import read_source

    found = read_source(folder)  # refused, listing every problem, unless the folder is clean
    files: dict[str, str] = {}
    copy: dict[str, Path | bytes] = {}
    for product in found.products:
        for image in product.images:
            if image.ref in files or image.source is None:
                continue
            name = unique_name(Path(image.ref).name, copy)
            files[image.ref], copy[name] = name, image.source
    return SheetEntries(found.publisher, found.products, files, copy)


def unique_name(name: str, taken: dict[str, Any]) -> str:
    """``name``, or ``name-2``, ``name-3``... if ``taken`` has it."""
    stem, suffix = os.path.splitext(name)
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}{suffix}", number + 1
    return candidate


def _own_images(folder: Path, entries: SheetEntries) -> Path:
    own = folder / "images"
    in_place = all(
        isinstance(origin, Path) and origin.parent.resolve() == own.resolve()
        and origin.name == name
        for name, origin in entries.copy.items()
    )  # fmt: skip
    if not in_place:
        raise IdguideError(
            _(
                "Give --images DIR: the folder to copy the pictures to (some lie in "
                "sub-folders of images/, and a workbook names pictures by their plain "
                "file name)."
            )
        )
    return own


def _check_fits(entries: SheetEntries) -> None:
    """What a cell cannot hold: said for every entry at once, writing nothing."""
    problems = []
    for product in entries.products:
        for field, values in (
            ("models", product.models),
            ("made_in", product.made_in),
            ("sold_in", product.sold_in),
            ("never_sold_in", product.never_sold_in),
            *((f"alerts[{i}].lot_codes", a.lot_codes) for i, a in enumerate(product.alerts)),
            *((f"alerts[{i}].serials", a.serials) for i, a in enumerate(product.alerts)),
        ):
            for value in values:
                if any(mark in value for mark in _SEPARATORS):
                    problems.append(
                        _(
                            "{product}: {field}: {value!r} holds a comma, semicolon or line "
                            "break, which separate the items of a list in a cell."
                        ).format(product=product.id, field=field, value=value)
                    )
        for text in _texts(product):
            if len(text) > MAX_TEXT:
                problems.append(
                    _(
                        "{product}: a text of {count} characters; a cell holds at most {limit}: "
                        "{start!r}..."
                    ).format(product=product.id, count=len(text), limit=MAX_TEXT, start=text[:40])
                )
    if problems:
        count = len(problems)
        raise SourceError(
            ngettext(
                "{count} value cannot go into a workbook; nothing was written. First: {problems}",
                "{count} values cannot go into a workbook; nothing was written. First: {problems}",
                count,
            ).format(count=count, problems=problems[0]),
            problems,
        )


def _texts(product: model.Product) -> list[str]:
    texts = [product.name, product.description, product.packaging, *product.tips]
    texts += [image.caption for image in product.images]
    for f in product.features:
        texts += [f.title, f.genuine, f.counterfeit, f.how_to_check]
    texts += [indicator.text for indicator in product.indicators]
    for alert in product.alerts:
        texts += [alert.title, alert.body]
    return [text for lang_text in texts for text in lang_text.values()]


# -- writing -------------------------------------------------------------------------------------


def _write_pictures(entries: SheetEntries, folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, origin in entries.copy.items():
            target = folder / name
            if isinstance(origin, Path):
                if origin.resolve() != target.resolve():
                    shutil.copyfile(origin, target)
            else:
                target.write_bytes(origin)
    except OSError as exc:
        raise IdguideError(
            _("Cannot write the pictures to {folder} ({reason}).").format(
                folder=folder, reason=exc.strerror
            )
        ) from None


def _write_workbook(entries: SheetEntries, xlsx: Path) -> None:
    temporary = xlsx.with_name(f".{xlsx.name}.tmp{os.getpid()}.xlsx")
    write_template(temporary)
    try:
        book = load_workbook(temporary)
        _publisher(book["Publisher"], entries.publisher)
        for name, rows in _rows(entries).items():
            _fill(book[name], name, rows)
        book.save(temporary)
        os.replace(temporary, xlsx)
    except OSError as exc:
        raise IdguideError(
            _("Cannot write {xlsx} ({value}).").format(xlsx=xlsx, value=exc.strerror or exc)
        ) from None
    finally:
        temporary.unlink(missing_ok=True)


def _publisher(ws: Worksheet, publisher: model.Publisher) -> None:
    values = {
        "id": publisher.id,
        "name": publisher.name,
        "default_language": publisher.default_language,
        "rights_valid_until": _date(publisher.rights_valid_until),
        "gs1_prefixes": ", ".join(publisher.gs1_prefixes),
    }
    for row, column in enumerate(PUBLISHER.columns, 2):
        _put(ws, row, 2, values.get(column.key) or None)
    ws["B2"].comment = None


def _rows(entries: SheetEntries) -> dict[str, list[dict[str, Any]]]:
    publisher = entries.publisher
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SPECS if name != "Publisher"}
    rows["Brands"] = [{"id": b.id, "name": b.name} for b in publisher.brands]
    rows["Contacts"] = [
        {**c.__dict__, "languages": ", ".join(c.languages), "regions": ", ".join(c.regions)}
        for c in publisher.contacts
    ]
    for p in sorted(entries.products, key=lambda p: p.id):
        rows["Products"].append(_product_row(p))
        rows["Texts"] += _by_language(
            p.id, {"name": p.name, "description": p.description, "packaging": p.packaging}
        )
        rows["Images"] += _image_rows(p, entries.files)
        rows["Features"] += _feature_rows(p, entries.files)
        for number, indicator in enumerate(p.indicators, 1):
            first = {"kind": indicator.kind}
            rows["Indicators"] += _translations(p.id, number, indicator.text, first)
        for alert in p.alerts:
            head = {
                "product": p.id,
                "id": alert.id,
                "issued": _date(alert.issued),
                "expires": _date(alert.expires),
                "lot_codes": ", ".join(alert.lot_codes),
                "serials": ", ".join(alert.serials),
            }
            texts = _by_language(p.id, {"title": alert.title, "body": alert.body})
            rows["Alerts"] += [{**head, **text} for text in texts] or [head]
        for number, tip in enumerate(p.tips, 1):
            rows["Tips"] += _translations(p.id, number, tip, {})
    return rows


def _product_row(p: model.Product) -> dict[str, Any]:
    return {
        "id": p.id,
        "revision": p.revision,
        "brand": p.brand_id,
        "category": p.category,
        "models": ", ".join(p.models),
        "gtins": ", ".join(p.gtins),
        "hs_codes": ", ".join(p.hs_codes),
        "made_in": ", ".join(p.made_in),
        "sold_in": ", ".join(p.sold_in),
        "never_sold_in": ", ".join(p.never_sold_in),
        "typical_price": p.typical_price,
        "lot_pattern": p.lot_pattern,
        "serial_pattern": p.serial_pattern,
        "shelf_life_months": p.shelf_life_months or None,
    }


def _languages(*texts: model.LangText) -> list[str]:
    return sorted({lang for text in texts for lang, value in text.items() if value})


def _by_language(product_id: str, parts: dict[str, model.LangText]) -> list[dict[str, Any]]:
    """One row per language any of ``parts`` is written in."""
    return [
        {"product": product_id, "language": lang}
        | {key: text.get(lang) for key, text in parts.items() if text.get(lang)}
        for lang in _languages(*parts.values())
    ]


def _translations(
    product_id: str, number: int, text: model.LangText, first: dict[str, Any]
) -> list[dict[str, Any]]:
    rows = [
        {"product": product_id, "number": number, "language": lang, "text": text[lang]}
        for lang in _languages(text)
    ]
    if rows:
        rows[0].update(first)
    return rows


def _image_rows(p: model.Product, files: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for image in p.images:
        head = {"product": p.id, "file": files[image.ref], "kind": image.kind}
        captions = [
            {"caption_language": lang, "caption": image.caption[lang]}
            for lang in _languages(image.caption)
        ]
        rows += [head | captions[0], *({**head, **c} for c in captions[1:])] if captions else [head]
    return rows


def _feature_rows(p: model.Product, files: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for f in p.features:
        head: dict[str, Any] = {"product": p.id, "number": f.number, "method": f.method}
        image = p.image(f.image) if f.image else None
        if image is not None:
            head["image"] = files[image.ref]
        if f.region is not None:
            head |= {"x": f.region.x, "y": f.region.y, "width": f.region.w, "height": f.region.h}
        texts = _by_language(
            p.id,
            {
                "title": f.title,
                "genuine": f.genuine,
                "counterfeit": f.counterfeit,
                "how_to_check": f.how_to_check,
            },
        )
        plain = {"product": p.id, "number": f.number}
        rows += [head | texts[0], *(plain | t for t in texts[1:])] if texts else [head]
    return rows


def _fill(ws: Worksheet, sheet: str, rows: list[dict[str, Any]]) -> None:
    """Replace the example row by ``rows``, each value in its column."""
    columns = {column.key: index for index, column in enumerate(SPECS[sheet].columns, 1)}
    for index in columns.values():
        ws.cell(row=2, column=index).value = None
    for number, row in enumerate(rows, 2):
        for key, value in row.items():
            if key in columns and value not in (None, ""):
                _put(ws, number, columns[key], value)
    ws["A2"].comment = None


def _put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    cell = ws.cell(row=row, column=column)
    cell.value = value
    cell.font = Font()  # not the example's grey italics
    if isinstance(value, str):
        cell.data_type = "s"  # a text starting with "=" stays a text, not a formula
        cell.number_format = "@"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"


def _date(text: str) -> date | str:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text
