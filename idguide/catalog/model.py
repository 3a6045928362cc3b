"""What a catalogue entry holds: publishers, brands, products and their features.

Text that a publisher writes in several languages is a :data:`LangText`, a mapping from a
language code ("en", "es", "fr", "pt", ...) to the text. :func:`pick` resolves it for a reader's
language with the publisher's default language as fallback.

Images are referred to by the sha256 of their bytes once stored in a catalogue. While an entry is
still authoring source, ``Image.source`` is the file the picture comes from and ``sha256`` may be
empty; features point at an image by its ``ref`` (sha256 once stored, the file name in source).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

LangText = dict[str, str]

# What the id of a publisher, brand, product or alert and a language code may be: the one rule
# for bundles, authoring folders and workbooks, and the trust store.
ID_PATTERN = re.compile(r"\A[a-z0-9][a-z0-9-]{0,79}\Z")
LANG_PATTERN = re.compile(r"\A[a-z]{2,3}\Z")
# A product id as officer data names it (a workshop file): wider than ID_PATTERN, as files
# written by earlier versions may hold such ids; one that names no product is kept and listed.
PRODUCT_REFERENCE = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9._-]{0,199}\Z")

IMAGE_KINDS = ("genuine", "counterfeit", "packaging", "detail")
INDICATOR_KINDS = ("route", "declared-value", "e-commerce", "market", "packaging", "other")
CHECK_METHODS = ("naked-eye", "loupe", "uv-lamp", "touch", "scale", "smell", "barcode-scan")
# A declared shelf life: whole months, up to 50 years.
MAX_SHELF_LIFE_MONTHS = 600


def pick(text: LangText, lang: str | None, fallback: str) -> str:
    """Return ``text`` in ``lang``, else in the ``fallback`` language, else in any language."""
    if lang and text.get(lang):
        return text[lang]
    if text.get(fallback):
        return text[fallback]
    return next((value for value in text.values() if value), "")


@dataclass
class Contact:
    role: str
    name: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""
    languages: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)


@dataclass
class Brand:
    id: str
    name: str


@dataclass
class Publisher:
    id: str
    name: str
    default_language: str = "en"
    brands: list[Brand] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    rights_valid_until: str = ""
    demo: bool = False
    revoked: bool = False
    # GS1 company prefixes the publisher says its barcodes start with: advice only, since the
    # bundle says so itself (those the trust store binds decide; idguide.catalog.scanning)
    gs1_prefixes: list[str] = field(default_factory=list)


@dataclass
class Region:
    """A marked area on an image, relative to its size: all four values lie in 0..1."""

    x: float
    y: float
    w: float
    h: float

    def is_inside_image(self) -> bool:
        return (
            0 <= self.x < 1
            and 0 <= self.y < 1
            and self.w > 0
            and self.h > 0
            and self.x + self.w <= 1.000001
            and self.y + self.h <= 1.000001
        )


@dataclass
class Image:
    ref: str
    kind: str = "genuine"
    caption: LangText = field(default_factory=dict)
    sha256: str = ""
    width: int = 0
    height: int = 0
    format: str = ""
    size: int = 0
    source: Path | None = None


@dataclass
class Feature:
    number: int
    title: LangText
    genuine: LangText = field(default_factory=dict)
    counterfeit: LangText = field(default_factory=dict)
    how_to_check: LangText = field(default_factory=dict)
    method: str = "naked-eye"
    image: str = ""
    region: Region | None = None


@dataclass
class Indicator:
    kind: str
    text: LangText


@dataclass
class Alert:
    id: str
    title: LangText
    body: LangText = field(default_factory=dict)
    issued: str = ""
    expires: str = ""
    lot_codes: list[str] = field(default_factory=list)
    serials: list[str] = field(default_factory=list)  # serial numbers copied onto fakes (clones)

    def is_active(self, today: date) -> bool:
        """Still in force on ``today``: no end date, or one not yet past (the home screen's
        list of alerts, idguide.catalog.overview, applies the same rule in SQL)."""
        return not self.expires or self.expires >= today.isoformat()

    def names_lot(self, lot: str) -> bool:
        """``lot`` is one of the alert's lot codes, ignoring case and spaces ("l 2609-14" is
        lot "L2609-14"): labels and alerts are typed by people, and some printers space out
        long lots."""
        return any(same_lot(lot, named) for named in self.lot_codes)

    def names_serial(self, serial: str) -> bool:
        """``serial`` is one of the alert's cloned serials, ignoring case and spaces."""
        return any(same_lot(serial, named) for named in self.serials)


def same_lot(a: str, b: str) -> bool:
    """Two lot codes (or serials) are the same ignoring case and spaces (see
    :meth:`Alert.names_lot`)."""
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


@dataclass
class Provenance:
    publisher_id: str
    publisher_name: str
    bundle_id: str = ""
    sequence: int = 0
    published_at: str = ""
    installed_at: str = ""
    rights_valid_until: str = ""
    demo: bool = False
    key_id: str = ""  # the key that signed the entry
    publisher_revoked: bool = False  # its publisher's trust was removed
    key_revoked: bool = False  # the key that signed it was revoked
    licensed_by: list[str] = field(default_factory=list)  # names of its publisher's licensors


@dataclass
class Product:
    id: str
    publisher_id: str
    brand_id: str
    category: str
    name: LangText
    revision: int = 1
    brand_name: str = ""
    default_language: str = "en"
    description: LangText = field(default_factory=dict)
    packaging: LangText = field(default_factory=dict)
    models: list[str] = field(default_factory=list)
    gtins: list[str] = field(default_factory=list)
    hs_codes: list[str] = field(default_factory=list)
    made_in: list[str] = field(default_factory=list)
    sold_in: list[str] = field(default_factory=list)
    never_sold_in: list[str] = field(default_factory=list)
    typical_price: str = ""
    # The formats of its lot and serial numbers (idguide.catalog.codepatterns) and how many
    # months from making to expiry: what a scanned code is compared with ("" and 0: not given)
    lot_pattern: str = ""
    serial_pattern: str = ""
    shelf_life_months: int = 0
    images: list[Image] = field(default_factory=list)
    features: list[Feature] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    tips: list[LangText] = field(default_factory=list)
    withdrawn: bool = False
    revoked: bool = False  # hidden: its publisher, or the key that signed it, is revoked
    provenance: Provenance | None = None

    def languages(self) -> list[str]:
        """Every language any text of the entry is written in, default language first."""
        found: set[str] = set(self.name)
        for text in self._texts():
            found.update(lang for lang, value in text.items() if value)
        rest = sorted(found - {self.default_language})
        return [self.default_language, *rest] if self.default_language in found else rest

    def _texts(self) -> list[LangText]:
        texts = [self.name, self.description, self.packaging, *self.tips]
        for feature in self.features:
            texts += [feature.title, feature.genuine, feature.counterfeit, feature.how_to_check]
        texts += [indicator.text for indicator in self.indicators]
        for alert in self.alerts:
            texts += [alert.title, alert.body]
        return texts

    def t(self, text: LangText, lang: str | None) -> str:
        """Resolve one of this entry's texts for ``lang`` with the default-language fallback."""
        return pick(text, lang, self.default_language)

    def image(self, ref: str) -> Image | None:
        return next((image for image in self.images if ref in (image.ref, image.sha256)), None)


@dataclass
class ProductSummary:
    """One row of a product list or search result."""

    id: str
    brand: str
    name: str
    category: str
    score: float = 0.0
    matched: str = ""
    thumbnail: str = ""
    withdrawn: bool = False
    revoked: bool = False  # its publisher, or the key that signed it, is revoked

    @property
    def hidden(self) -> bool:
        return self.withdrawn or self.revoked

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "brand": self.brand,
            "name": self.name,
            "category": self.category,
            "score": round(self.score, 4),
            "matched": self.matched,
            "withdrawn": self.withdrawn,
            "revoked": self.revoked,
        }
