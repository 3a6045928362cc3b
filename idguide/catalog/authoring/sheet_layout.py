"""The layout of the authoring workbook: its sheets, their columns and the help for each.

The layout is written as one plain table below so that it reads like the "Read me" sheet it
becomes. Each sheet starts with ``== Name | required or optional | what the sheet is for``; each
column is ``key | heading | kind | width | * when required | what to write``. An indented line
continues the help of the line above.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from idguide.catalog import model
from idguide.catalog.categories import CATEGORIES
from idguide.catalog.images import size_limit

README = "Read me"

_TABLE = """
== Publisher | required | Who publishes the entries: one value per row, in column B.
id                 | Publisher id       | text   | 22 | * | Stable id of the rights holder:
    lower-case letters, digits, dashes (e.g. acme-tools).
name               | Publisher name     | text   | 30 | * | The rights holder's name as officers
    will see it.
default_language   | Default language   | text   | 12 | * | Language code (en, es, fr, pt...)
    every product and feature must have texts in; other languages fall back to it.
rights_valid_until | Rights valid until | date   | 12 |   | Optional: until when the underlying
    trade marks or designs are registered (YYYY-MM-DD).
gs1_prefixes       | GS1 prefixes       | codes  | 16 |   | Optional: the GS1 company prefixes
    your barcodes start with (the first 4 to 12 digits of the 13-digit barcode; a UPC-A gets a
    leading 0), separated by commas. Officers are told when a scanned barcode does not start
    with one; this is advice only until customs binds the prefixes to you.

== Brands | required | The brands this publisher owns; products may only use these.
id   | Brand id   | text | 18 | * | Stable id: lower-case letters, digits, dashes.
name | Brand name | text | 24 | * | The brand as printed on the goods.

== Contacts | optional | Whom an officer calls or writes to, to verify a suspect item.
role      | Role           | text | 24 | * | What this contact does, e.g. Brand protection, Europe.
name      | Name           | text | 18 |   | A person's name, if any.
phone     | Phone          | text | 18 |   | With the country code, e.g. +46 8 555 0100.
email     | E-mail         | text | 28 |   | An address officers may write to.
hours     | Hours          | text | 24 |   | When the contact answers, with the time zone.
languages | Languages      | list | 14 |   | Language codes (ISO 639-1), separated by
    commas: en, sv.
regions   | Regions served | list | 18 |   | Countries or regions, separated by commas.

== Products | required | One row per product.
id            | Product id       | text  | 26 | * | Stable id, unique: lower-case letters, digits,
    dashes (e.g. acme-torque-tw200). The other sheets refer to the product by it.
revision      | Revision         | int   | 10 |   | A whole number; raise it by one with every
    change you publish. Empty means 1.
brand         | Brand id         | text  | 16 | * | One of the ids on the Brands sheet.
category      | Category         | text  | 16 | * | Pick from the list.
models        | Model numbers    | list  | 20 |   | Model or reference numbers as printed on the
    product, separated by commas.
gtins         | GTINs (barcodes) | codes | 22 |   | The 8, 12, 13 or 14 digits under the barcode,
    separated by commas. Keep this column formatted as Text.
hs_codes      | HS codes         | codes | 16 |   | Tariff codes of 4 to 10 digits, e.g. 8204.11,
    separated by commas. Keep this column formatted as Text.
made_in       | Made in          | list  | 14 |   | Where genuine items are made: country codes
    (SE, US, CN...) or region codes (EU, GCC... listed at the end of this sheet), separated by
    commas.
sold_in       | Sold in          | list  | 14 |   | Where they are legitimately sold: country or
    region codes.
never_sold_in | Never sold in    | list  | 16 |   | Markets where the product is never sold:
    country or region codes.
typical_price | Typical price    | text  | 16 |   | For example: EUR 89 retail.
lot_pattern   | Lot format       | text  | 18 |   | Optional: the format of your lot numbers as
    a regular expression matching the whole lot, e.g. L\\d{{4}}-\\d{{2}} for L2609-14 (\\d a
    digit, [A-Z] a letter, {{4}} four times). A scanned lot without it is flagged.
serial_pattern | Serial format   | text  | 18 |   | Optional: the format of your serial numbers,
    written as the lot format, e.g. [A-Z0-9]{{10}}.
shelf_life_months | Shelf life (months) | int | 12 |   | Optional: months from making to
    expiry; a scanned expiry date further ahead than this is flagged.

== Texts | required | A product's name and descriptions, one row per product and language.
    Every product needs a row in the default language with a name.
product     | Product id  | text | 26 | * | The product this row belongs to (its Product id).
language    | Language    | text | 10 |   | Language code: en, es, fr, pt... Empty means the
    default language.
name        | Name        | text | 30 |   | The product's name in this language.
description | Description | text | 50 |   | What the genuine product is.
packaging   | Packaging   | text | 40 |   | How the genuine packaging looks.

== Images | required | A product's pictures, one row per picture. For a caption in another
    language, repeat the row with the same file name and the other language.
product          | Product id       | text | 26 | * | The product this row belongs to.
file             | File name        | file | 26 | * | The picture's file name in the pictures
    folder you give (JPEG, PNG or WEBP, at most {picture_limit}), e.g. tw200-genuine.png.
kind             | Kind             | text | 14 |   | What the picture shows. Empty means genuine.
caption_language | Caption language | text | 12 |   | Language of the caption; empty means the
    default language.
caption          | Caption          | text | 30 |   | A short caption.

== Features | optional | The numbered authentication features, one row per feature and
    language. Give the picture, region and method on the feature's first row; rows for other
    languages repeat only the product id, number, language and texts.
product      | Product id    | text   | 26 | * | The product this row belongs to.
number       | Number        | int    | 10 | * | 1, 2, 3... as officers will see it.
image        | Image file    | file   | 22 |   | The picture the feature is marked on: one of the
    product's file names on the Images sheet.
x            | Region x      | number | 10 |   | Left edge of the marked area, as a fraction of
    the picture's width (0 to 1, e.g. 0.6).
y            | Region y      | number | 10 |   | Top edge, as a fraction of the picture's height.
width        | Region width  | number | 10 |   | Width of the area, as a fraction (0 to 1).
height       | Region height | number | 10 |   | Height of the area, as a fraction (0 to 1).
method       | Method        | text   | 14 |   | The tool needed. Empty means naked eye.
language     | Language      | text   | 10 |   | Language of the texts; empty means the default.
title        | Title         | text   | 24 |   | A short name for the feature.
genuine      | Genuine       | text   | 36 |   | How it looks on a genuine item.
counterfeit  | Counterfeit   | text   | 36 |   | How fakes usually differ.
how_to_check | Instructions  | text   | 36 |   | What the officer does to check it.

== Indicators | optional | Counterfeit and risk indicators (routes, declared values,
    markets...). Rows with the same product and number are translations of one indicator.
product  | Product id | text | 26 | * | The product this row belongs to.
number   | Number     | int  | 10 |   | Optional: gives the translations of one indicator the
    same number.
kind     | Kind       | text | 16 |   | What kind of indicator. Empty means other.
language | Language   | text | 10 |   | Language of the text; empty means the default.
text     | Text       | text | 50 | * | The indicator in plain words.

== Alerts | optional | Current warnings, e.g. a new fake batch. One row per alert and language.
product   | Product id | text | 26 | * | The product this row belongs to.
id        | Alert id   | text | 18 | * | Stable id: lower-case letters, digits, dashes.
issued    | Issued     | date | 12 |   | Date, YYYY-MM-DD.
expires   | Expires    | date | 12 |   | Date, YYYY-MM-DD; empty if open-ended.
lot_codes | Lot codes  | list | 18 |   | Lot or batch codes of the fakes, separated by commas.
serials   | Cloned serials | list | 18 |   | Serial numbers found copied onto fakes (cloned
    codes), separated by commas.
language  | Language   | text | 10 |   | Language of the texts; empty means the default.
title     | Title      | text | 30 |   | A short headline.
body      | Text       | text | 50 |   | What officers should know.

== Tips | optional | Short tips for officers. Rows with the same product and number are
    translations of one tip.
product  | Product id | text | 26 | * | The product this row belongs to.
number   | Number     | int  | 10 |   | Optional: gives the translations of one tip the same number.
language | Language   | text | 10 |   | Language of the text; empty means the default.
text     | Text       | text | 60 | * | The tip.
"""

_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Products", "category"): tuple(category.id for category in CATEGORIES),
    ("Images", "kind"): model.IMAGE_KINDS,
    ("Features", "method"): model.CHECK_METHODS,
    ("Indicators", "kind"): model.INDICATOR_KINDS,
}

# One example row per sheet, in column order: a fictional publisher and a brand no demo publisher
# uses (from-sheet refuses a row equal to its example, so a demo's row must never be one).
EXAMPLES: dict[str, tuple[Any, ...]] = {
    "Publisher": ("nordhaven", "Nordhaven Tools AB", "en", date(2031, 12, 31), "0036000"),
    "Brands": ("holmvik", "Holmvik"),
    "Contacts": (
        "Brand protection", "Maria Lind", "+46 8 555 0100", "protect@nordhaven.example",
        "Mon-Fri 08:00-17:00 CET", "en, sv", "EU",
    ),
    "Products": (
        "holmvik-wrench-tw200", 2, "holmvik", "hand-tools", "TW-200, TW200-EU", "036000291452",
        "8204.11", "SE", "EU", "ECOWAS", "EUR 89", "L\\d{4}-\\d{2}", "", None,
    ),
    "Texts": (
        "holmvik-wrench-tw200", "en", "Torque wrench TW-200",
        "Click-type torque wrench with laser-etched scale and holograms on the case.",
        "Blue case.",
    ),
    "Images": ("holmvik-wrench-tw200", "wrench.png", "genuine", "en", "Genuine"),
    "Features": (
        "holmvik-wrench-tw200", 1, "wrench.png", 0.6, 0.13, 0.3, 0.27, "loupe", "en",
        "Etched scale", "Sharp etched marks.", "Printed marks rub off.", "Rub with a thumbnail.",
    ),
    "Indicators": (
        "holmvik-wrench-tw200", 1, "e-commerce", "en",
        "Single units in small parcels declared as samples.",
    ),
    "Alerts": (
        "holmvik-wrench-tw200", "holmvik-2026-07", date(2026, 7, 1), date(2027, 6, 30),
        "L2406-88", "", "en", "Fake batch L2406-88", "Counterfeits in a genuine-looking case.",
    ),
    "Tips": ("holmvik-wrench-tw200", 1, "en", "Genuine cases never carry a CE mark on the lid."),
}  # fmt: skip


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str  # text | list | codes | int | number | date | file
    width: int
    required: bool
    help: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetSpec:
    name: str
    required: bool
    help: str
    columns: tuple[Column, ...]

    @property
    def example(self) -> tuple[Any, ...]:
        return EXAMPLES[self.name]


def _parse(table: str) -> tuple[SheetSpec, ...]:
    sheets: list[tuple[list[str], list[list[str]]]] = []
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        if line.startswith("=="):
            sheets.append(([part.strip() for part in line[2:].split("|")], []))
        elif line.startswith(" "):
            target = sheets[-1][1][-1] if sheets[-1][1] else sheets[-1][0]
            target[-1] += " " + line.strip()
        else:
            sheets[-1][1].append([part.strip() for part in line.split("|")])
    return tuple(
        SheetSpec(
            name,
            required == "required",
            text,
            tuple(
                Column(
                    key, header, kind, int(width), star == "*", help_, _CHOICES.get((name, key), ())
                )
                for key, header, kind, width, star, help_ in columns
            ),
        )
        for (name, required, text), columns in sheets
    )


_ALL = _parse(_TABLE.format(picture_limit=size_limit()))
PUBLISHER: SheetSpec = _ALL[0]
SHEETS: tuple[SheetSpec, ...] = _ALL[1:]
SPECS = {spec.name: spec for spec in _ALL}
SHEET_NAMES = tuple(spec.name for spec in _ALL)
