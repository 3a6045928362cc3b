"""Entries and the publisher as JSON inside a bundle, and back, checked field by field.

Writing turns a :class:`~idguide.catalog.model.Product` into a plain JSON object whose images
are named by sha256. Reading trusts nothing: every field is checked for its type, size and
allowed values, and anything wrong is an :class:`EntryError` naming the line and the field.
"""

from __future__ import annotations

from typing import Any

from idguide.catalog import cleantext, model
from idguide.catalog.bundles.errors import EntryError
from idguide.catalog.bundles.format import SHA_PATTERN
from idguide.catalog.categories import is_category
from idguide.catalog.codepatterns import MAX_PATTERN_CHARS, pattern_problem
from idguide.catalog.codes import PREFIX_PATTERN, normalize_gtin, normalize_hs
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _
from idguide.catalog.model import ID_PATTERN, LANG_PATTERN

MAX_TEXT_CHARS = 20_000
MAX_SHORT_CHARS = 300
MAX_ITEMS = 200


# -- writing -------------------------------------------------------------------------------


def product_json(p: model.Product, sha_of: dict[str, str]) -> dict[str, Any]:
    """``sha_of`` maps an image ref in the source to the sha256 of its bundled bytes."""
    return {
        "id": p.id,
        "revision": p.revision,
        "brand": p.brand_id,
        "category": p.category,
        "name": p.name,
        "description": p.description,
        "packaging": p.packaging,
        "models": p.models,
        "gtins": p.gtins,
        "hs_codes": p.hs_codes,
        "made_in": p.made_in,
        "sold_in": p.sold_in,
        "never_sold_in": p.never_sold_in,
        "typical_price": p.typical_price,
        "lot_pattern": p.lot_pattern,
        "serial_pattern": p.serial_pattern,
        "shelf_life_months": p.shelf_life_months,
        "images": [
            {"sha256": sha_of[i.ref], "kind": i.kind, "caption": i.caption} for i in p.images
        ],
        "features": [_feature_json(f, sha_of) for f in p.features],
        "indicators": [{"kind": i.kind, "text": i.text} for i in p.indicators],
        "alerts": [
            {
                "id": a.id,
                "title": a.title,
                "body": a.body,
                "issued": a.issued,
                "expires": a.expires,
                "lot_codes": a.lot_codes,
                "serials": a.serials,
            }
            for a in p.alerts
        ],
        "tips": p.tips,
    }


def _feature_json(f: model.Feature, sha_of: dict[str, str]) -> dict[str, Any]:
    region = [f.region.x, f.region.y, f.region.w, f.region.h] if f.region else None
    return {
        "number": f.number,
        "title": f.title,
        "genuine": f.genuine,
        "counterfeit": f.counterfeit,
        "how_to_check": f.how_to_check,
        "method": f.method,
        "image": sha_of[f.image] if f.image else "",
        "region": region,
    }


def tombstone_json(product_id: str, revision: int) -> dict[str, Any]:
    return {"id": product_id, "revision": revision, "withdrawn": True}


def publisher_json(p: model.Publisher) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "default_language": p.default_language,
        "rights_valid_until": p.rights_valid_until,
        "gs1_prefixes": p.gs1_prefixes,
        "brands": [{"id": b.id, "name": b.name} for b in p.brands],
        "contacts": [
            {
                "role": c.role,
                "name": c.name,
                "phone": c.phone,
                "email": c.email,
                "hours": c.hours,
                "languages": c.languages,
                "regions": c.regions,
            }
            for c in p.contacts
        ],
    }


# -- reading -------------------------------------------------------------------------------


class _Fields:
    """Reads the fields of one JSON object, raising EntryError that names ``where``."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise EntryError(_("{where}: must be a JSON object.").format(where=where))
        self.data = data
        self.where = where

    def fail(self, key: str, message: str, **values: object) -> EntryError:
        """The error for field ``key``: ``message`` is a whole translated sentence naming
        ``{where}`` and ``{key!r}``, with ``values`` for its other placeholders."""
        return EntryError(message.format(where=self.where, key=key, **values))

    def only(self, *keys: str) -> None:
        if not self.data.keys() <= set(keys):
            unknown = sorted(set(self.data) - set(keys))
            raise self.fail(
                str(unknown[0])[:40], _("{where}: field {key!r} is not a field idguide knows.")
            )

    def text(self, key: str, limit: int = MAX_SHORT_CHARS, required: bool = False) -> str:
        value = self.data.get(key, "")
        if not isinstance(value, str) or len(value) > limit:
            raise self.fail(
                key,
                _("{where}: field {key!r} must be text of at most {limit} characters."),
                limit=limit,
            )
        if required and not value.strip():
            raise self.fail(key, _("{where}: field {key!r} is required."))
        return self.clean(key, value)

    def clean(self, key: str, value: str) -> str:
        """``value`` by the one rule for text from outside (:mod:`idguide.catalog.cleantext`)."""
        problem = cleantext.problem(value)
        if problem:
            raise self.fail(key, _("{where}: field {key!r} {problem}"), problem=problem)
        return cleantext.normalized(value)

    def ident(self, key: str) -> str:
        value = self.text(key, required=True)
        if not ID_PATTERN.match(value):
            raise self.fail(
                key,
                _("{where}: field {key!r} is not a valid id (lower-case letters, digits, dashes)."),
            )
        return value

    def count(self, key: str, minimum: int = 1) -> int:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value < 2**53:
            raise self.fail(
                key, _("{where}: field {key!r} must be a whole number, {minimum} or more."),
                minimum=minimum,
            )  # fmt: skip
        return value

    def strings(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise self.fail(
                key, _("{where}: field {key!r} must be a list of at most {limit} texts."),
                limit=MAX_ITEMS,
            )  # fmt: skip
        if not all(isinstance(v, str) and len(v) <= MAX_SHORT_CHARS for v in value):
            raise self.fail(key, _("{where}: field {key!r} must hold only short texts."))
        return [self.clean(key, v) for v in value]

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise self.fail(
                key, _("{where}: field {key!r} must be a list of at most {limit} items."),
                limit=MAX_ITEMS,
            )  # fmt: skip
        return value

    def lang_text(self, key: str, value: Any = None) -> model.LangText:
        value = self.data.get(key, {}) if value is None else value
        if not isinstance(value, dict) or len(value) > 50:
            raise self.fail(key, _("{where}: field {key!r} must map language codes to texts."))
        if not value:
            return {}
        for lang, text in value.items():
            if not LANG_PATTERN.match(lang):
                raise self.fail(
                    key, _("{where}: field {key!r} uses {code!r}, which is not a language code."),
                    code=lang[:10],
                )  # fmt: skip
            if not isinstance(text, str) or len(text) > MAX_TEXT_CHARS:
                raise self.fail(
                    key,
                    _("{where}: field {key!r} must hold texts of at most {limit} characters."),
                    limit=MAX_TEXT_CHARS,
                )
        return {lang: self.clean(f"{key}.{lang}", text) for lang, text in value.items() if text}

    def pattern(self, key: str) -> str:
        """A lot or serial format (idguide.catalog.codepatterns), "" when not given."""
        value = self.text(key, MAX_PATTERN_CHARS)
        problem = pattern_problem(value) if value else None
        if problem:
            raise self.fail(key, _("{where}: field {key!r} {problem}"), problem=problem)
        return value

    def months(self, key: str) -> int:
        """A shelf life in whole months, 0 when not given."""
        if self.data.get(key, 0) == 0:
            return 0
        value = self.count(key)
        if value > model.MAX_SHELF_LIFE_MONTHS:
            raise self.fail(
                key, _("{where}: field {key!r} must be at most {limit} months."),
                limit=model.MAX_SHELF_LIFE_MONTHS,
            )  # fmt: skip
        return value

    def prefixes(self, key: str) -> list[str]:
        """GS1 company prefixes: 4 to 12 digits each."""
        found = self.strings(key)
        for prefix in found:
            if not PREFIX_PATTERN.match(prefix):
                raise self.fail(
                    key, _("{where}: field {key!r} holds {prefix!r}, which is not 4 to 12 digits."),
                    prefix=prefix[:20],
                )  # fmt: skip
        return found

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.data.get(key, default)
        if value not in allowed:
            raise self.fail(
                key, _("{where}: field {key!r} must be one of {allowed}."),
                allowed=", ".join(allowed),
            )  # fmt: skip
        return value


# -- language codes that are no language ----------------------------------------------------


def language_warnings(publisher: model.Publisher, products: list[model.Product]) -> list[str]:
    """What to tell about texts keyed by a code that is no language (``sp`` for Spanish). The
    reader takes any two or three letters, as builders before the authoring check
    (idguide.catalog.languages) wrote them: refusing such a bundle would keep all its entries
    and alerts from officers (and the publisher's next deltas build on it). It is installed as
    signed, and verify, import and sync say this, so that Spanish officers are not shown the
    default language in silence."""
    from idguide.catalog.languages import is_language, language_problem, suggest_language

    default = publisher.default_language
    found: dict[str, list[str]] = {}
    for product in products:
        for code in product.languages():
            if code != default and not is_language(code):
                found.setdefault(code, []).append(product.id)
    warnings = []
    if not is_language(default):
        meant = suggest_language(default)
        warnings.append(
            (
                _(
                    "The publisher's default language is wrong: {problem} Its texts are still "
                    "shown to officers who have none in their own language; ask the publisher to "
                    "publish them again under {code!r}."
                )
                if meant
                else _(
                    "The publisher's default language is wrong: {problem} Its texts are still "
                    "shown to officers who have none in their own language; ask the publisher to "
                    "publish them again under a language code."
                )
            ).format(problem=language_problem(default), code=meant)
        )
    for code, ids in sorted(found.items()):
        warnings.append(_unknown_language(code, ids, default))
    return warnings


def _unknown_language(code: str, ids: list[str], default: str) -> str:
    """The warning for products with texts under ``code``, which is no language."""
    from idguide.catalog.i18n import ngettext
    from idguide.catalog.languages import language_name, language_problem, suggest_language

    meant = suggest_language(code)
    shown = ", ".join(ids[:5])
    if len(ids) > 5:
        shown = ngettext("{shown} and {n} more", "{shown} and {n} more", len(ids) - 5).format(
            shown=shown, n=len(ids) - 5
        )
    if meant:
        message = ngettext(
            "{products} has texts under {code!r}: {problem} Officers reading in {language} are "
            "shown the default language ({default}) instead; ask the publisher to publish them "
            "again under {meant!r}.",
            "{products} have texts under {code!r}: {problem} Officers reading in {language} are "
            "shown the default language ({default}) instead; ask the publisher to publish them "
            "again under {meant!r}.",
            len(ids),
        )
    else:
        message = ngettext(
            "{products} has texts under {code!r}: {problem} No officer is shown them by their "
            "language: all see the default language ({default}) instead; ask the publisher to "
            "publish them again under a language code.",
            "{products} have texts under {code!r}: {problem} No officer is shown them by their "
            "language: all see the default language ({default}) instead; ask the publisher to "
            "publish them again under a language code.",
            len(ids),
        )
    return message.format(
        products=shown,
        code=code,
        problem=language_problem(code),
        language=language_name(meant) if meant else "",
        default=default,
        meant=meant,
    )


def is_tombstone(data: Any) -> bool:
    return isinstance(data, dict) and data.get("withdrawn") is True


def read_tombstone(data: dict, where: str) -> tuple[str, int]:
    fields = _Fields(data, where)
    fields.only("id", "revision", "withdrawn")
    return fields.ident("id"), fields.count("revision")


def read_publisher(data: Any, where: str) -> model.Publisher:
    f = _Fields(data, where)
    f.only(
        "id", "name", "default_language", "rights_valid_until", "gs1_prefixes", "brands",
        "contacts",
    )  # fmt: skip
    publisher = model.Publisher(
        id=f.ident("id"),
        name=f.text("name", required=True),
        default_language=f.text("default_language", required=True),
        rights_valid_until=f.text("rights_valid_until", 40),
        gs1_prefixes=f.prefixes("gs1_prefixes"),
    )
    if not LANG_PATTERN.match(publisher.default_language):
        raise f.fail(
            "default_language", _("{where}: field {key!r} is not a language code such as en.")
        )
    for i, item in enumerate(f.items("brands")):
        brand = _Fields(item, f"{where}: brands[{i}]")
        brand.only("id", "name")
        publisher.brands.append(model.Brand(brand.ident("id"), brand.text("name", required=True)))
    if not publisher.brands:
        raise f.fail("brands", _("{where}: field {key!r} must list at least one brand."))
    publisher.contacts = [
        _contact(_Fields(item, f"{where}: contacts[{i}]"))
        for i, item in enumerate(f.items("contacts"))
    ]
    return publisher


def _contact(f: _Fields) -> model.Contact:
    f.only("role", "name", "phone", "email", "hours", "languages", "regions")
    return model.Contact(
        role=f.text("role", required=True),
        name=f.text("name"),
        phone=f.text("phone"),
        email=f.text("email"),
        hours=f.text("hours"),
        languages=f.strings("languages"),
        regions=f.strings("regions"),
    )


_PRODUCT_FIELDS = (
    "id", "revision", "brand", "category", "name", "description", "packaging", "models",
    "gtins", "hs_codes", "made_in", "sold_in", "never_sold_in", "typical_price", "lot_pattern",
    "serial_pattern", "shelf_life_months", "images", "features", "indicators", "alerts", "tips",
)  # fmt: skip


def read_product(data: Any, where: str, publisher: model.Publisher) -> model.Product:
    """One entry line as a product of ``publisher``; images carry only their sha256 so far."""
    f = _Fields(data, where)
    f.only(*_PRODUCT_FIELDS)
    p = model.Product(
        id=f.ident("id"),
        publisher_id=publisher.id,
        brand_id=f.ident("brand"),
        category=f.text("category", required=True),
        name=f.lang_text("name"),
        revision=f.count("revision"),
        default_language=publisher.default_language,
        description=f.lang_text("description"),
        packaging=f.lang_text("packaging"),
        models=f.strings("models"),
        made_in=f.strings("made_in"),
        sold_in=f.strings("sold_in"),
        never_sold_in=f.strings("never_sold_in"),
        typical_price=f.text("typical_price"),
    )
    f.where = _("{where} (product {product_id})").format(where=where, product_id=p.id)
    p.lot_pattern = f.pattern("lot_pattern")
    p.serial_pattern = f.pattern("serial_pattern")
    p.shelf_life_months = f.months("shelf_life_months")
    _check_refs(f, p, publisher)
    p.gtins = _codes(f, "gtins", normalize_gtin)
    p.hs_codes = _codes(f, "hs_codes", normalize_hs)
    p.images = [_image(f, item, i) for i, item in enumerate(f.items("images"))]
    if not p.images:
        raise f.fail("images", _("{where}: field {key!r} must list at least one image."))
    p.features = [_feature(f, item, i, p) for i, item in enumerate(f.items("features"))]
    if len({feat.number for feat in p.features}) != len(p.features):
        raise f.fail("features", _("{where}: field {key!r} uses a feature number twice."))
    p.indicators = [_indicator(f, item, i) for i, item in enumerate(f.items("indicators"))]
    p.alerts = [_alert(f, item, i) for i, item in enumerate(f.items("alerts"))]
    if len({a.id for a in p.alerts}) != len(p.alerts):
        raise f.fail("alerts", _("{where}: field {key!r} uses an alert id twice."))
    p.tips = [f.lang_text(f"tips[{i}]", tip) for i, tip in enumerate(f.items("tips"))]
    return p


def _check_refs(f: _Fields, p: model.Product, publisher: model.Publisher) -> None:
    brands = {b.id: b.name for b in publisher.brands}
    if p.brand_id not in brands:
        raise f.fail(
            "brand", _("{where}: field {key!r}: {brand!r} is not one of the publisher's brands."),
            brand=p.brand_id,
        )  # fmt: skip
    p.brand_name = brands[p.brand_id]
    if not is_category(p.category):
        raise f.fail(
            "category", _("{where}: field {key!r}: {category!r} is not a category idguide knows."),
            category=p.category[:40],
        )  # fmt: skip
    if not p.name.get(publisher.default_language):
        raise f.fail(
            "name", _("{where}: field {key!r} needs a name in the publisher's default language.")
        )


def _codes(f: _Fields, key: str, normalize: Any) -> list[str]:
    result: list[str] = []
    for value in f.strings(key):
        try:
            code = normalize(value)
        except (IdguideError, ValueError) as exc:
            raise f.fail(
                key, _("{where}: field {key!r} holds a bad code: {error}"), error=exc
            ) from None
        if code not in result:
            result.append(code)
    return result


def _image(f: _Fields, item: Any, i: int) -> model.Image:
    g = _Fields(item, f"{f.where}: images[{i}]")
    g.only("sha256", "kind", "caption")
    sha = g.text("sha256", 64, required=True)
    if not SHA_PATTERN.match(sha):
        raise g.fail("sha256", _("{where}: field {key!r} must be 64 lower-case hex digits."))
    kind = g.choice("kind", model.IMAGE_KINDS, "genuine")
    return model.Image(ref=sha, sha256=sha, kind=kind, caption=g.lang_text("caption"))


def _feature(f: _Fields, item: Any, i: int, p: model.Product) -> model.Feature:
    g = _Fields(item, f"{f.where}: features[{i}]")
    g.only("number", "title", "genuine", "counterfeit", "how_to_check", "method", "image", "region")
    feature = model.Feature(
        number=g.count("number"),
        title=g.lang_text("title"),
        genuine=g.lang_text("genuine"),
        counterfeit=g.lang_text("counterfeit"),
        how_to_check=g.lang_text("how_to_check"),
        method=g.choice("method", model.CHECK_METHODS, "naked-eye"),
        image=g.text("image", 64),
    )
    if feature.image and not p.image(feature.image):
        raise g.fail("image", _("{where}: field {key!r} is not one of the product's images."))
    feature.region = _region(g, bool(feature.image))
    return feature


def _region(g: _Fields, has_image: bool) -> model.Region | None:
    value = g.data.get("region")
    if value is None:
        return None
    if (
        not has_image
        or not isinstance(value, list)
        or len(value) != 4
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        raise g.fail(
            "region",
            _("{where}: field {key!r} must be [x, y, width, height] on the feature's image."),
        )
    region = model.Region(*(float(v) for v in value))
    if not region.is_inside_image():
        raise g.fail("region", _("{where}: field {key!r} lies outside the image."))

    return region


def _indicator(f: _Fields, item: Any, i: int) -> model.Indicator:
    g = _Fields(item, f"{f.where}: indicators[{i}]")
    g.only("kind", "text")
    return model.Indicator(g.choice("kind", model.INDICATOR_KINDS, "other"), g.lang_text("text"))


def _alert(f: _Fields, item: Any, i: int) -> model.Alert:
    g = _Fields(item, f"{f.where}: alerts[{i}]")
    g.only("id", "title", "body", "issued", "expires", "lot_codes", "serials")
    return model.Alert(
        id=g.ident("id"),
        title=g.lang_text("title"),
        body=g.lang_text("body"),
        issued=g.text("issued", 40),
        expires=g.text("expires", 40),
        lot_codes=g.strings("lot_codes"),
        serials=g.strings("serials"),
    )
