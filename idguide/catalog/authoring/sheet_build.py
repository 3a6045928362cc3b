"""From the rows of an authoring workbook to the YAML documents of a source folder.

Rows of the Texts, Images, Features... sheets are gathered under their product; rows that share a
product and a number (or file, or alert id) are translations of one item. Every field written is
remembered with the cell it came from, so that a problem the folder check finds later can be
reported at that cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idguide.catalog.authoring.sheet_layout import PUBLISHER, SPECS
from idguide.catalog.authoring.sheet_read import Problems, Row, ref_ok
from idguide.catalog.authoring.source import PRODUCT_FIELDS
from idguide.catalog.errors import ImageError
from idguide.catalog.i18n import _
from idguide.catalog.images import check_picture_file
from idguide.catalog.languages import language_problem
from idguide.catalog.model import ID_PATTERN


@dataclass
class Target:
    """Where a field of a written YAML file came from in the workbook."""

    ref: str
    line: int
    header: str = ""


@dataclass
class Out:
    """What the workbook becomes: YAML documents, images to copy, and where each field was."""

    publisher: dict[str, Any] = field(default_factory=dict)
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    product_rows: dict[str, Row] = field(default_factory=dict)
    images: dict[str, Path] = field(default_factory=dict)
    origins: dict[str, dict[str, Target]] = field(default_factory=dict)

    def origin(self, file: str, yaml_field: str, row: Row, key: str = "") -> None:
        self.origins.setdefault(file, {})[yaml_field] = Target(
            row.ref(key), row.number, row.headers.get(key, "")
        )


# A column as the workbook's header row names it (the workbook's own words stay as written).
PRODUCT_ID = "Product id"


def _cell(column: str, problem: str) -> str:
    """``problem`` (a whole sentence) about the cell of ``column``."""
    return _("{column}: {problem}").format(column=column, problem=problem)


def build(rows: dict[str, list[Row]], images_dir: Path, out: Out, problems: Problems) -> None:

    lang = "en"
    if rows.get("Publisher"):
        lang = _build_publisher(rows["Publisher"][0], rows, out, problems)
    _build_products(rows["Products"], out, problems)
    if not out.products and not problems.items:
        problems.add("Products!A2", _("no products; add one row per product."))
    _build_texts(rows["Texts"], lang, out, problems)
    _build_images(rows["Images"], lang, images_dir, out, problems)
    _build_features(rows["Features"], lang, out, problems)
    _build_grouped(rows["Indicators"], "indicators", lang, out, problems)
    _build_alerts(rows["Alerts"], lang, out, problems)
    _build_grouped(rows["Tips"], "tips", lang, out, problems)
    _check_defaults(lang, out, problems)


def _missing(
    problems: Problems, target: Target | None, there: str, fallback: str, elsewhere: str
) -> None:
    ref, message = (target.ref, there) if target else (fallback, elsewhere)
    if ref not in problems.refs():
        problems.add(ref, message)


def _build_publisher(row: Row, rows: dict[str, list[Row]], out: Out, problems: Problems) -> str:
    doc: dict[str, Any] = {}
    for column in PUBLISHER.columns:
        doc[column.key] = row.get(column.key) or ""
        out.origin("publisher.yaml", column.key, row, column.key)
    out.origin("publisher.yaml", "", row, "id")
    doc["brands"] = []
    for i, brand in enumerate(rows["Brands"]):
        doc["brands"].append({"id": brand.get("id") or "", "name": brand.get("name") or ""})
        for key in ("", "id", "name"):
            out.origin(
                "publisher.yaml", f"brands[{i}]{'.' + key if key else ''}", brand, key or "id"
            )
    out.origins["publisher.yaml"]["brands"] = Target("Brands!A2", 2)
    if not rows["Brands"]:
        problems.add("Brands!A2", _("list at least one brand the publisher owns."))
    doc["contacts"] = []
    for i, contact in enumerate(rows["Contacts"]):
        doc["contacts"].append(
            {c.key: contact.get(c.key) for c in SPECS["Contacts"].columns if contact.get(c.key)}
        )
        for column in SPECS["Contacts"].columns:
            out.origin("publisher.yaml", f"contacts[{i}].{column.key}", contact, column.key)
        out.origin("publisher.yaml", f"contacts[{i}]", contact, "role")
    out.publisher = {k: v for k, v in doc.items() if v not in ("", [])}
    lang = str(doc.get("default_language") or "en")
    problem = language_problem(lang)
    if problem:
        problems.add(row.ref("default_language"), _cell("Default language", problem))
        out.publisher["default_language"] = "en"  # reported once here, not once per product
        return "en"
    return lang


# the plain product fields of the authoring form, between "id" and the texts
_PRODUCT_KEYS = PRODUCT_FIELDS[PRODUCT_FIELDS.index("revision") : PRODUCT_FIELDS.index("text")]


def product_file(product_id: str) -> str:
    return f"products/{product_id}.yaml"


def _build_products(rows: list[Row], out: Out, problems: Problems) -> None:
    for row in rows:
        pid = row.get("id")
        if not pid:
            continue
        if not ID_PATTERN.match(pid):
            problems.add(
                row.ref("id"),
                _(
                    "{column}: {product!r} is not a valid id: use lower-case letters, digits and "
                    "dashes (e.g. acme-torque-tw200)."
                ).format(column=PRODUCT_ID, product=pid),
            )
            continue
        if pid in out.products:
            first = out.product_rows[pid].number
            problems.add(
                row.ref("id"),
                _(
                    "{column}: {product!r} is already used on row {row}; give each product its "
                    "own id."
                ).format(column=PRODUCT_ID, product=pid, row=first),
            )
            continue
        doc: dict[str, Any] = {"id": pid}
        doc.update({key: row.get(key) for key in _PRODUCT_KEYS if row.get(key) is not None})
        out.products[pid] = doc
        out.product_rows[pid] = row
        name = product_file(pid)
        for key in ("", "id", *_PRODUCT_KEYS):
            out.origin(name, key, row, key or "id")


def _owner(row: Row, out: Out, problems: Problems) -> dict[str, Any] | None:
    """The product document a row of another sheet belongs to."""
    pid = row.get("product")
    if not pid:
        return None
    doc = out.products.get(pid)
    if doc is None and ref_ok(problems, row, "product"):
        problems.add(
            row.ref("product"),
            _(
                "{column}: no product {product!r} on the Products sheet; add it there or correct "
                "the id."
            ).format(column=PRODUCT_ID, product=pid),
        )
    return doc


def _language(row: Row, default: str, problems: Problems, key: str = "language") -> str | None:
    lang = str(row.get(key) or default).lower()
    problem = language_problem(lang)
    if problem:
        problems.add(row.ref(key), _cell(row.headers.get(key, "Language"), problem))
        return None
    return lang


def _build_texts(rows: list[Row], default: str, out: Out, problems: Problems) -> None:
    first_row: dict[tuple[str, str], int] = {}
    for row in rows:
        doc, lang = _owner(row, out, problems), _language(row, default, problems)
        if doc is None or lang is None:
            continue
        if (doc["id"], lang) in first_row:
            problems.add(
                row.ref("language"),
                _(
                    "{column}: product {product!r} already has texts in {lang!r} on row {row}; "
                    "use one row per language."
                ).format(
                    column="Language", product=doc["id"], lang=lang, row=first_row[doc["id"], lang]
                ),
            )
            continue
        first_row[doc["id"], lang] = row.number
        block = {k: row.get(k) for k in ("name", "description", "packaging") if row.get(k)}
        doc.setdefault("text", {})[lang] = block
        name = product_file(doc["id"])
        out.origin(name, f"text.{lang}", row, "language")
        for key in ("name", "description", "packaging"):
            out.origin(name, f"text.{lang}.{key}", row, key)


def _build_images(
    rows: list[Row], default: str, images_dir: Path, out: Out, problems: Problems
) -> None:
    for row in rows:
        doc = _owner(row, out, problems)
        file = row.get("file")
        if doc is None or not file:
            continue
        ref = f"images/{file}"
        images = doc.setdefault("images", [])
        index = next((i for i, image in enumerate(images) if image["file"] == ref), None)
        if index is None:
            if not _collect_image(row, images_dir, out, problems):
                continue
            index = len(images)
            images.append({"file": ref, "kind": row.get("kind") or "genuine"})
            name = product_file(doc["id"])
            for key, column in (
                ("", "file"),
                ("file", "file"),
                ("kind", "kind"),
                ("caption", "caption"),
            ):
                out.origin(name, f"images[{index}]{'.' + key if key else ''}", row, column)
        elif row.get("kind") and row.get("kind") != images[index]["kind"]:
            problems.add(
                row.ref("kind"),
                _(
                    "{column}: {file} is already given as {kind!r}; give the same kind or leave "
                    "it empty."
                ).format(column="Kind", file=images[index]["file"], kind=images[index]["kind"]),
            )
        caption = row.get("caption")
        lang = _language(row, default, problems, "caption_language")
        if caption and lang:
            images[index].setdefault("caption", {})[lang] = caption
            out.origin(product_file(doc["id"]), f"images[{index}].caption.{lang}", row, "caption")


def _collect_image(row: Row, images_dir: Path, out: Out, problems: Problems) -> bool:
    name = row.get("file")
    if name in out.images:
        return True
    path = images_dir / name
    problem = ""
    try:
        if not path.is_file():
            problem = _(
                "no file {name!r} in {folder}; put the picture there or correct the name (names "
                "are case-sensitive)."
            ).format(name=name, folder=images_dir)
        elif not path.resolve().is_relative_to(images_dir.resolve()):
            problem = _("{name!r} points outside {folder}; copy the picture itself there.").format(
                name=name, folder=images_dir
            )
        else:
            check_picture_file(path, name)  # copied into the source folder later
    except ImageError as exc:
        problem = str(exc)
    except OSError as exc:
        problem = _("cannot read {name!r} ({reason}).").format(
            name=name, reason=exc.strerror or exc
        )
    if problem:
        problems.add(row.ref("file"), _cell("File name", problem))
        return False
    out.images[name] = path
    return True


def _build_features(rows: list[Row], default: str, out: Out, problems: Problems) -> None:
    first: dict[tuple[str, int], Row] = {}
    for row in rows:
        doc, lang = _owner(row, out, problems), _language(row, default, problems)
        number = row.get("number")
        if doc is None or lang is None or number is None:
            continue
        features = doc.setdefault("features", [])
        name = product_file(doc["id"])
        if (doc["id"], number) not in first:
            first[doc["id"], number] = row
            feature = _new_feature(row, problems)
            features.append(feature)
            index = len(features) - 1
            for key, column in (
                ("", "number"),
                ("number", "number"),
                ("image", "image"),
                ("region", "x"),
                ("method", "method"),
            ):
                out.origin(name, f"features[{index}]{'.' + key if key else ''}", row, column)
        else:
            index = next(i for i, f in enumerate(features) if f["number"] == number)
            feature = features[index]
            _same_as_first(row, first[doc["id"], number], problems)
        texts = feature.setdefault("text", {})
        if lang in texts:
            problems.add(
                row.ref("language"),
                _(
                    "{column}: feature {number} already has texts in {lang!r}; use one row per "
                    "feature and language."
                ).format(column="Language", number=number, lang=lang),
            )
            continue
        parts = ("title", "genuine", "counterfeit", "how_to_check")
        texts[lang] = {part: row.get(part) for part in parts if row.get(part)}
        out.origin(name, f"features[{index}].text.{lang}", row, "language")
        for part in parts:
            out.origin(name, f"features[{index}].text.{lang}.{part}", row, part)


_PLACE = ("image", "x", "y", "width", "height", "method")


def _new_feature(row: Row, problems: Problems) -> dict[str, Any]:
    feature: dict[str, Any] = {"number": row.get("number")}
    if row.get("image"):
        feature["image"] = f"images/{row.get('image')}"
    region = [row.get(key) for key in ("x", "y", "width", "height")]
    if all(v is not None for v in region):
        feature["region"] = region
    elif any(v is not None for v in region):
        problems.add(
            row.ref("x"),
            _("{column}: give all four of x, y, width and height, or none.").format(
                column="Region"
            ),
        )
    if row.get("method"):
        feature["method"] = row.get("method")
    return feature


def _same_as_first(row: Row, first: Row, problems: Problems) -> None:
    for key in _PLACE:
        value = row.get(key)
        if value is not None and value != first.get(key):
            problems.add(
                row.ref(key),
                _(
                    "{column}: differs from row {row} of the same feature; give the picture, "
                    "region and method once, on the feature's first row."
                ).format(column=row.headers.get(key, key), row=first.number),
            )


def _build_grouped(rows: list[Row], part: str, default: str, out: Out, problems: Problems) -> None:
    """Indicators and tips: rows with the same product and number are one item's translations."""
    groups: dict[tuple[str, Any], int] = {}
    for row in rows:
        doc, lang = _owner(row, out, problems), _language(row, default, problems)
        if doc is None or lang is None or not row.get("text"):
            continue
        items = doc.setdefault(part, [])
        number = row.get("number")
        key = (doc["id"], number if number is not None else f"row {row.number}")
        if key not in groups:
            groups[key] = len(items)
            items.append(
                {"kind": row.get("kind") or "other", "text": {}} if part == "indicators" else {}
            )
        index = groups[key]
        kind = row.get("kind")
        if part == "indicators" and kind and kind != items[index]["kind"]:
            problems.add(
                row.ref("kind"),
                _(
                    "{column}: indicator {number} is already of kind {kind!r}; give the same "
                    "kind or leave it empty."
                ).format(column="Kind", number=number, kind=items[index]["kind"]),
            )
        texts = items[index]["text"] if part == "indicators" else items[index]
        if lang in texts:
            problems.add(
                row.ref("language"),
                (
                    _(
                        "{column}: this indicator already has a text in {lang!r}; use one row "
                        "per language."
                    )
                    if part == "indicators"
                    else _(
                        "{column}: this tip already has a text in {lang!r}; use one row per "
                        "language."
                    )
                ).format(column="Language", lang=lang),
            )
            continue
        texts[lang] = row.get("text")
        name = product_file(doc["id"])
        out.origin(name, f"{part}[{index}]", row, "text")
        if part == "indicators":
            out.origin(name, f"{part}[{index}].kind", row, "kind")
            out.origin(name, f"{part}[{index}].text.{lang}", row, "text")
        else:
            out.origin(name, f"{part}[{index}].{lang}", row, "text")


_ALERT_KEYS = ("id", "issued", "expires", "lot_codes", "serials")


def _build_alerts(rows: list[Row], default: str, out: Out, problems: Problems) -> None:
    where: dict[tuple[str, str], int] = {}
    for row in rows:
        doc, lang = _owner(row, out, problems), _language(row, default, problems)
        if doc is None or lang is None or not row.get("id"):
            continue
        alerts = doc.setdefault("alerts", [])
        name = product_file(doc["id"])
        if (doc["id"], row.get("id")) not in where:
            where[doc["id"], row.get("id")] = len(alerts)
            alert = {k: row.get(k) for k in _ALERT_KEYS if row.get(k)}
            alerts.append(alert)
            for key in ("", *_ALERT_KEYS):
                out.origin(
                    name, f"alerts[{len(alerts) - 1}]{'.' + key if key else ''}", row, key or "id"
                )
        index = where[doc["id"], row.get("id")]
        texts = alerts[index].setdefault("text", {})
        if lang in texts:
            problems.add(
                row.ref("language"),
                _(
                    "{column}: alert {alert!r} already has texts in {lang!r}; use one row per "
                    "alert and language."
                ).format(column="Language", alert=row.get("id"), lang=lang),
            )
            continue
        texts[lang] = {k: row.get(k) for k in ("title", "body") if row.get(k)}
        for key in ("title", "body"):
            out.origin(name, f"alerts[{index}].text.{lang}.{key}", row, key)


def _check_defaults(lang: str, out: Out, problems: Problems) -> None:
    """Say which cell to fill, or which row to add, when the default language is missing."""
    for pid, doc in out.products.items():
        row = out.product_rows[pid]
        origins = out.origins.get(product_file(pid), {})
        if not (doc.get("text", {}).get(lang) or {}).get("name"):
            target = origins.get(f"text.{lang}.name")
            _missing(
                problems,
                target,
                _("{column}: {product!r} needs a name in {lang!r}, the default language.").format(
                    column="Name", product=pid, lang=lang
                ),
                row.ref("id"),
                _(
                    "{column}: {product!r} has no name in {lang!r}, the default language; add a "
                    "row to the Texts sheet with this product id, language {lang} and the name."
                ).format(column=PRODUCT_ID, product=pid, lang=lang),
            )
        for i, feature in enumerate(doc.get("features", [])):
            if (feature.get("text", {}).get(lang) or {}).get("title"):
                continue
            number = feature.get("number")
            _missing(
                problems,
                origins.get(f"features[{i}].text.{lang}.title"),
                _(
                    "{column}: feature {number} needs a title in {lang!r}, the default language."
                ).format(column="Title", number=number, lang=lang),
                origins[f"features[{i}]"].ref,
                _(
                    "{column}: feature {number} has no row in {lang!r}, the default language; add "
                    "one with its title."
                ).format(column="Number", number=number, lang=lang),
            )
        if not doc.get("images"):
            problems.add(
                row.ref("id"),
                _("{column}: {product!r} has no picture; add a row to the Images sheet.").format(
                    column=PRODUCT_ID, product=pid
                ),
            )
