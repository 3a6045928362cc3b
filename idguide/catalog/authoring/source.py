"""Read a publisher's authoring folder (docs/bundle-format.md) into entries.

Reading never stops at the first mistake: every problem is collected with the file, the field
and, where YAML knows it, the line, so that an author can fix them all in one pass.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image as PILImage

from idguide.catalog import images, model
from idguide.catalog.authoring.fields import FieldReader, Map, Problem
from idguide.catalog.categories import CATEGORIES, is_category
from idguide.catalog.codes import normalize_gtin, normalize_hs
from idguide.catalog.errors import IdguideError, ImageError, SourceError
from idguide.catalog.i18n import _, ngettext
from idguide.catalog.images import SAVE_SMALLER, inspect_image, read_picture_file
from idguide.catalog.languages import language_problem

__all__ = ["PRODUCT_FIELDS", "Problem", "Source", "check_source", "gtin_advice", "read_source"]

# The fields each part of an entry may have; anything else is most likely a typo that would
# otherwise be dropped without a word.
PUBLISHER_FIELDS = (
    "id", "name", "default_language", "rights_valid_until", "gs1_prefixes", "brands", "contacts",
)  # fmt: skip
BRAND_FIELDS = ("id", "name")
CONTACT_FIELDS = ("role", "name", "phone", "email", "hours", "languages", "regions")
PRODUCT_FIELDS = (
    "id",
    "revision",
    "brand",
    "category",
    "models",
    "gtins",
    "hs_codes",
    "made_in",
    "sold_in",
    "never_sold_in",
    "typical_price",
    "lot_pattern",
    "serial_pattern",
    "shelf_life_months",
    "text",
    "images",
    "features",
    "indicators",
    "alerts",
    "tips",
)
IMAGE_FIELDS = ("file", "kind", "caption")
FEATURE_FIELDS = ("number", "image", "region", "method", "text")
INDICATOR_FIELDS = ("kind", "text")
ALERT_FIELDS = ("id", "issued", "expires", "lot_codes", "serials", "text")


@dataclass
class Source:
    """A publisher and its products as read from a folder."""

    folder: Path
    publisher: model.Publisher
    products: list[model.Product]
    files: dict[str, str] = field(default_factory=dict)  # product id -> its file in the folder


def read_source(folder: Path) -> Source:
    """Read and check a publisher's folder; raise SourceError listing every problem."""
    source, problems = check_source(folder)
    if problems or source is None:
        count = len(problems)
        raise SourceError(
            ngettext(
                "{folder}: {count} problem in the source; first: {first}",
                "{folder}: {count} problems in the source; first: {first}",
                count,
            ).format(folder=folder, count=count, first=problems[0] if problems else _("unknown")),
            problems,
        )

    return source


def check_source(folder: Path) -> tuple[Source | None, list[Problem]]:
    """Read a publisher's folder and return what could be read and every problem found."""
    problems: list[Problem] = []
    folder = Path(folder)
    if not folder.is_dir():
        problems.append(
            Problem(str(folder), "", _("no such folder; give the publisher's source folder."))
        )
        return None, problems
    publisher_file = folder / "publisher.yaml"
    if not publisher_file.is_file():
        problems.append(
            Problem(
                str(folder),
                "",
                _(
                    "no publisher.yaml in this folder; give the folder that holds publisher.yaml, "
                    "products/ and images/ (see docs/bundle-format.md)."
                ),
            )
        )
        return None, problems
    publisher = _read_publisher(FieldReader(folder, publisher_file, problems))
    if publisher is None:
        return None, problems
    products: list[model.Product] = []
    seen: dict[str, str] = {}
    for path in sorted((folder / "products").glob("*.yaml")):
        reader = FieldReader(folder, path, problems)
        data = reader.load()
        if data is None:
            continue
        product = _read_product(reader, data, publisher)
        if product.id in seen:
            reader.problem(
                "id",
                _(
                    "duplicate product id {product!r}, also used in {file}; give each product "
                    "its own id."
                ).format(product=product.id, file=seen[product.id]),
                data,
                "id",
            )
            continue
        seen[product.id] = reader.name
        products.append(product)
    if not products and not problems:
        problems.append(Problem(str(folder), "products", _("no product files in products/*.yaml.")))
    return Source(folder, publisher, products, seen), problems


def _read_publisher(reader: FieldReader) -> model.Publisher | None:
    data = reader.load()
    if data is None:
        return None
    publisher = model.Publisher(
        id=reader.ident(data, "id", "id"),
        name=reader.text(data, "name", "name", required=True),
        default_language=reader.text(data, "default_language", "default_language") or "en",
        rights_valid_until=reader.text(data, "rights_valid_until", "rights_valid_until"),
        gs1_prefixes=reader.prefixes(data, "gs1_prefixes"),
    )
    problem = language_problem(publisher.default_language)
    if problem:
        reader.problem("default_language", problem, data, "default_language")
        # said once here: the texts each product and feature needs in it are not asked for
        publisher.default_language = ""
    reader.known_fields(data, "", PUBLISHER_FIELDS)
    for i, item in enumerate(reader.mappings(data, "brands", "brands")):
        reader.known_fields(item, f"brands[{i}].", BRAND_FIELDS)
        brand = model.Brand(
            reader.ident(item, "id", f"brands[{i}].id"),
            reader.text(item, "name", f"brands[{i}].name", required=True),
        )
        if brand.id and any(other.id == brand.id for other in publisher.brands):
            reader.problem(
                f"brands[{i}].id",
                _("brand id {brand!r} is listed twice; list each brand once.").format(
                    brand=brand.id
                ),
                item,
                "id",
            )
            continue
        publisher.brands.append(brand)
    if not publisher.brands:
        reader.problem("brands", _("list at least one brand the publisher owns."), data, "brands")
    for i, item in enumerate(reader.mappings(data, "contacts", "contacts")):
        reader.known_fields(item, f"contacts[{i}].", CONTACT_FIELDS)
        publisher.contacts.append(_read_contact(reader, item, f"contacts[{i}]"))
    return publisher


def _read_contact(reader: FieldReader, item: Map, field: str) -> model.Contact:
    return model.Contact(
        role=reader.text(item, "role", f"{field}.role", required=True),
        name=reader.text(item, "name", f"{field}.name"),
        phone=reader.text(item, "phone", f"{field}.phone"),
        email=reader.text(item, "email", f"{field}.email"),
        hours=reader.text(item, "hours", f"{field}.hours"),
        languages=reader.languages(item, "languages", f"{field}.languages"),
        regions=reader.strings(item, "regions", f"{field}.regions"),
    )


def _read_product(reader: FieldReader, data: Map, publisher: model.Publisher) -> model.Product:
    reader.known_fields(data, "", PRODUCT_FIELDS)
    texts = reader.per_language(data, "", ("name", "description", "packaging"))
    product = model.Product(
        id=reader.ident(data, "id", "id"),
        publisher_id=publisher.id,
        brand_id=reader.text(data, "brand", "brand", required=True),
        category=reader.text(data, "category", "category", required=True),
        name=texts["name"],
        description=texts["description"],
        packaging=texts["packaging"],
        revision=_revision(reader, data),
        default_language=publisher.default_language,
        models=reader.strings(data, "models", "models"),
        made_in=reader.markets(data, "made_in", "made_in"),
        sold_in=reader.markets(data, "sold_in", "sold_in"),
        never_sold_in=reader.markets(data, "never_sold_in", "never_sold_in"),
        typical_price=reader.text(data, "typical_price", "typical_price"),
        lot_pattern=reader.pattern(data, "lot_pattern"),
        serial_pattern=reader.pattern(data, "serial_pattern"),
        shelf_life_months=reader.months(data, "shelf_life_months"),
    )
    _check_product_refs(reader, data, product, publisher)
    product.gtins = _codes(reader, data, "gtins", normalize_gtin, '["4006381333931"]')
    product.hs_codes = _codes(reader, data, "hs_codes", normalize_hs, '["8204.11"]')
    product.images = [
        _read_image(reader, item, f"images[{i}]")
        for i, item in enumerate(reader.mappings(data, "images", "images"))
    ]
    product.features = [
        _read_feature(reader, item, f"features[{i}]", product)
        for i, item in enumerate(reader.mappings(data, "features", "features"))
    ]
    product.indicators = [
        _read_indicator(reader, item, f"indicators[{i}]")
        for i, item in enumerate(reader.mappings(data, "indicators", "indicators"))
    ]
    product.alerts = [
        _read_alert(reader, item, f"alerts[{i}]")
        for i, item in enumerate(reader.mappings(data, "alerts", "alerts"))
    ]
    product.tips = [
        tip
        for i, item in enumerate(data.get("tips") or [])
        if (tip := _read_tip(reader, data, item, i))
    ]
    _check_numbers(reader, data, product)
    _check_unique(reader, data, product)
    return product


def _revision(reader: FieldReader, data: Map) -> int:
    value = data.get("revision", 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        reader.problem("revision", _("must be a whole number, 1 or more."), data, "revision")
        return 1
    return int(value)


def _check_product_refs(
    reader: FieldReader, data: Map, product: model.Product, publisher: model.Publisher
) -> None:
    brands = {brand.id: brand for brand in publisher.brands}
    if product.brand_id and product.brand_id not in brands:
        reader.problem(
            "brand",
            _("{brand!r} is not one of the publisher's brands ({brands}).").format(
                brand=product.brand_id, brands=", ".join(sorted(brands))
            ),
            data,
            "brand",
        )
    else:
        product.brand_name = brands[product.brand_id].name if product.brand_id else ""
    if product.category and not is_category(product.category):
        ids = [category.id for category in CATEGORIES]
        close = difflib.get_close_matches(product.category, ids, n=1)
        message = (
            _("unknown category {category!r}; did you mean {close!r}? use one of {categories}.")
            if close
            else _("unknown category {category!r}; use one of {categories}.")
        )
        reader.problem(
            "category",
            message.format(
                category=product.category,
                close=close[0] if close else "",
                categories=", ".join(ids),
            ),
            data,
            "category",
        )
    lang = publisher.default_language
    if lang and not product.name.get(lang):
        reader.problem(
            f"text.{lang}.name",
            _(
                "the product needs a name in the publisher's default language ({lang}): add it "
                "under text: {lang}: name:."
            ).format(lang=lang),
            data,
            "text",
        )


def _codes(reader: FieldReader, data: Map, key: str, normalize: Any, example: str) -> list[str]:
    result = []
    for i, value in enumerate(reader.codes(data, key, example)):
        try:
            code = normalize(value)
        except IdguideError as exc:
            message = gtin_advice(value) if key == "gtins" else str(exc)
            reader.problem(f"{key}[{i}]", message, data, key)
            continue
        if code not in result:
            result.append(code)
    return result


def gtin_advice(value: str) -> str:
    """What is wrong with a GTIN, in words for the person who typed it into the source."""
    digits = re.sub(r"[\s\-.]", "", value)
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        return _(
            "{value!r} is not a GTIN: give the 8, 12, 13 or 14 digits printed under the "
            'barcode, e.g. "4006381333931".'
        ).format(value=value)
    from stdnum import ean

    expected = ean.calc_check_digit(digits[:-1])
    return _(
        "GTIN {digits} has a wrong check digit (the last digit should be {expected}); copy the "
        "number exactly as printed under the barcode."
    ).format(digits=digits, expected=expected)


def _read_image(reader: FieldReader, item: Map, field: str) -> model.Image:
    reader.known_fields(item, f"{field}.", IMAGE_FIELDS)
    ref = reader.text(item, "file", f"{field}.file", required=True)
    kind = reader.text(item, "kind", f"{field}.kind") or "genuine"
    if kind not in model.IMAGE_KINDS:
        reader.problem(f"{field}.kind", _use_one_of(model.IMAGE_KINDS), item, "kind")
    image = model.Image(
        ref=ref, kind=kind, caption=reader.lang_text(item, "caption", f"{field}.caption")
    )
    if ref:
        _inspect_image_file(reader, item, field, image)
    return image


def _inspect_image_file(reader: FieldReader, item: Map, field: str, image: model.Image) -> None:
    path = (reader.folder / image.ref).resolve()
    if not path.is_relative_to(reader.folder.resolve()):
        reader.problem(
            f"{field}.file", _("must be a file inside the publisher's folder."), item, "file"
        )
        return
    if not path.is_file():
        reader.problem(
            f"{field}.file",
            _(
                "no such image file {file!r}; put the picture there or correct the file name "
                "(names are case-sensitive)."
            ).format(file=image.ref),
            item,
            "file",
        )
        return
    try:
        data = read_picture_file(path, image.ref)  # says what to do if it is too large
    except ImageError as exc:
        reader.problem(f"{field}.file", str(exc), item, "file")
        return
    try:
        info = inspect_image(data, image.ref)
    except IdguideError as exc:
        message = _("{problem} {advice}").format(problem=exc, advice=_image_advice(data))
        reader.problem(f"{field}.file", message, item, "file")
        return
    image.source = path
    image.sha256, image.format = info.sha256, info.format
    image.width, image.height = info.width, info.height


def _image_advice(data: bytes) -> str:
    """What to do with a picture inspect_image refused: save it smaller if it is too large
    (in bytes or pixels), else save it as a picture idguide reads. Decided from the picture,
    not from the message's words, which are in the reader's language."""
    if len(data) > images.MAX_BYTES:
        return _(SAVE_SMALLER)  # (marked where it is defined)
    try:
        with PILImage.open(io.BytesIO(data), formats=images.FORMATS) as picture:
            too_large = picture.size[0] * picture.size[1] > images.MAX_PIXELS
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        too_large = True
    except Exception:  # Pillow raises many kinds for broken files: not a picture it reads
        too_large = False
    return _(SAVE_SMALLER) if too_large else _("Save it as a JPEG, PNG or WEBP picture.")


def _read_feature(
    reader: FieldReader, item: Map, field: str, product: model.Product
) -> model.Feature:
    reader.known_fields(item, f"{field}.", FEATURE_FIELDS)
    texts = reader.per_language(
        item, f"{field}.", ("title", "genuine", "counterfeit", "how_to_check")
    )
    number = item.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        reader.problem(f"{field}.number", _("must be a whole number, 1 or more."), item, "number")
        number = 0
    number = int(number)
    method = reader.text(item, "method", f"{field}.method") or "naked-eye"
    if method not in model.CHECK_METHODS:
        reader.problem(f"{field}.method", _use_one_of(model.CHECK_METHODS), item, "method")
    if product.default_language and not texts["title"].get(product.default_language):
        reader.problem(
            f"{field}.text.{product.default_language}.title",
            _(
                "each feature needs a title in the publisher's default language ({lang}): add it "
                "under text: {lang}: title:."
            ).format(lang=product.default_language),
            item,
            "text",
        )
    feature = model.Feature(
        number=number,
        title=texts["title"],
        genuine=texts["genuine"],
        counterfeit=texts["counterfeit"],
        how_to_check=texts["how_to_check"],
        method=method,
        image=reader.text(item, "image", f"{field}.image"),
    )
    feature.region = _read_region(reader, item, field)
    if feature.image and not product.image(feature.image):
        reader.problem(
            f"{field}.image",
            _("{image!r} is not one of the product's images.").format(image=feature.image),
            item,
            "image",
        )
    if feature.region and not feature.image:
        reader.problem(f"{field}.image", _("a region needs the image it lies on."), item, "region")
    return feature


def _read_region(reader: FieldReader, item: Map, field: str) -> model.Region | None:
    value = item.get("region")
    if value is None:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 4
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        reader.problem(
            f"{field}.region",
            _("must be [x, y, width, height], each between 0 and 1."),
            item,
            "region",
        )
        return None
    region = model.Region(*(float(v) for v in value))
    if not region.is_inside_image():
        reader.problem(f"{field}.region", _region_advice(value), item, "region")
        return None
    return region


def _region_advice(value: list) -> str:
    shown = [float(v) for v in value]
    if any(v > 1 for v in shown):  # most likely pixels
        return _(
            "{region} looks like pixels: give the region as fractions of the picture's width "
            "and height, each between 0 and 1; e.g. [0.62, 0.18, 0.2, 0.12] starts 62% across "
            "and 18% down and is 20% of the width wide and 12% of the height high."
        ).format(region=shown)
    return _(
        "{region} lies outside the image: x + width and y + height must not exceed 1 "
        "(the numbers are fractions of the picture's width and height)."
    ).format(region=shown)


def _use_one_of(allowed: tuple[str, ...]) -> str:
    return _("use one of {allowed}.").format(allowed=", ".join(allowed))


def _read_indicator(reader: FieldReader, item: Map, field: str) -> model.Indicator:
    reader.known_fields(item, f"{field}.", INDICATOR_FIELDS)
    kind = reader.text(item, "kind", f"{field}.kind") or "other"
    if kind not in model.INDICATOR_KINDS:
        reader.problem(f"{field}.kind", _use_one_of(model.INDICATOR_KINDS), item, "kind")
    return model.Indicator(kind=kind, text=reader.lang_text(item, "text", f"{field}.text"))


def _read_alert(reader: FieldReader, item: Map, field: str) -> model.Alert:
    reader.known_fields(item, f"{field}.", ALERT_FIELDS)
    texts = reader.per_language(item, f"{field}.", ("title", "body"))
    return model.Alert(
        id=reader.ident(item, "id", f"{field}.id"),
        title=texts["title"],
        body=texts["body"],
        issued=reader.text(item, "issued", f"{field}.issued"),
        expires=reader.text(item, "expires", f"{field}.expires"),
        lot_codes=reader.strings(item, "lot_codes", f"{field}.lot_codes"),
        serials=reader.strings(item, "serials", f"{field}.serials"),
    )


def _read_tip(reader: FieldReader, data: Map, item: Any, index: int) -> model.LangText:
    holder = Map({"tip": item})
    holder.lines = {"tip": data.lines.get("tips", 0)}
    return reader.lang_text(holder, "tip", f"tips[{index}]")


def _check_numbers(reader: FieldReader, data: Map, product: model.Product) -> None:
    numbers = [feature.number for feature in product.features]
    duplicates = sorted({n for n in numbers if n and numbers.count(n) > 1})
    if duplicates:
        reader.problem(
            "features",
            _("feature numbers {numbers} are used twice.").format(numbers=duplicates),
            data,
            "features",
        )
    if not product.images:
        reader.problem("images", _("a product needs at least one image."), data, "images")


def _check_unique(reader: FieldReader, data: Map, product: model.Product) -> None:
    """The same picture listed twice, or two alerts with one id, are mistakes to point at."""
    seen: set[str] = set()
    for i, image in enumerate(product.images):
        if image.ref and image.ref in seen:
            reader.problem(
                f"images[{i}].file",
                _("{file!r} is listed twice; list each picture once.").format(file=image.ref),
                data,
                "images",
            )
        seen.add(image.ref)
    ids: set[str] = set()
    for i, alert in enumerate(product.alerts):
        if alert.id and alert.id in ids:
            reader.problem(
                f"alerts[{i}].id",
                _("duplicate alert id {alert!r}; give each alert its own id.").format(
                    alert=alert.id
                ),
                data,
                "alerts",
            )
        ids.add(alert.id)
