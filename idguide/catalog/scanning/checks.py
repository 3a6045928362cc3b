"""Checking what a code says against the catalogue, offline: each check's outcome in words.

Every check is a function from a :class:`ScanContext` to its outcomes, listed in :data:`CHECKS`;
a new check (a serial named in an alert, a lot that does not match the publisher's pattern, a
barcode not issued to the brand...) is one more function in that list. An outcome is red, amber
or green; green means "no known red flag", never "genuine".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from idguide.catalog import model
from idguide.catalog.codes import display_gtin
from idguide.catalog.errors import InvalidCodeError
from idguide.catalog.read import get_product, lookup_gtin
from idguide.catalog.scanning.gs1 import Scan
from idguide.catalog.store import Catalog


class Level(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Level.GREEN: 0, Level.AMBER: 1, Level.RED: 2}


@dataclass(frozen=True)
class Outcome:
    check: str
    """Which check: "product", "open-product", "lot-alert", "expiry"..."""
    level: Level
    message: str
    """One plain sentence for the officer."""

    def as_dict(self) -> dict[str, str]:
        return {"check": self.check, "level": self.level.value, "message": self.message}


@dataclass
class ScanResult:
    scan: Scan
    products: list[model.ProductSummary] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def level(self) -> Level:
        """The worst outcome's level: one red check makes the whole scan red."""
        return max((o.level for o in self.outcomes), key=lambda lv: lv.rank, default=Level.GREEN)

    def as_dict(self) -> dict[str, Any]:
        return {
            "scan": self.scan.as_dict(),
            "products": [row.as_dict() for row in self.products],
            "level": self.level.value,
            "outcomes": [outcome.as_dict() for outcome in self.outcomes],
        }


@dataclass
class ScanContext:
    """What every check may look at. ``entries`` are the whole entries of ``products``."""

    catalog: Catalog
    scan: Scan
    today: date
    lang: str | None
    products: list[model.ProductSummary]
    entries: list[model.Product]
    open_product: model.Product | None = None


Check = Callable[[ScanContext], list[Outcome]]


def check(
    catalog: Catalog,
    scan: Scan,
    today: date | None = None,
    open_product: str | None = None,
    lang: str | None = None,
) -> ScanResult:
    """Run every check of :data:`CHECKS` on ``scan``. ``open_product``: the id of the product
    on screen, if any, which the code is compared with. ``today`` defaults to the real day.

    Raises InvalidCodeError for a scan that could not be read (its ``problem`` says why), and
    NotFoundError for an ``open_product`` that is not in the catalogue."""
    if not scan.read:
        raise InvalidCodeError(scan.problem)
    products = lookup_gtin(catalog, scan.gtin, lang)
    context = ScanContext(
        catalog=catalog,
        scan=scan,
        today=today or date.today(),
        lang=lang,
        products=products,
        entries=[get_product(catalog, row.id) for row in products],
        open_product=get_product(catalog, open_product) if open_product else None,
    )
    outcomes = [outcome for run in CHECKS for outcome in run(context)]
    return ScanResult(scan, products, outcomes)


def _name(entry: model.Product, lang: str | None) -> str:
    return f"{entry.brand_name} {entry.t(entry.name, lang)}"


def product_check(context: ScanContext) -> list[Outcome]:
    """The product(s) that carry the GTIN, or "not in the catalogue"."""
    code = display_gtin(context.scan.gtin)
    if not context.products:
        message = f"Barcode {code} is not in the catalogue: there is no entry to compare with."
        if context.open_product:
            message += f" It is not one of the barcodes of {_name(context.open_product, None)}."
        return [Outcome("product", Level.AMBER, message)]
    names = ", ".join(f"{row.brand} {row.name}" for row in context.products)
    if any(row.hidden for row in context.products):
        return [
            Outcome(
                "product",
                Level.AMBER,
                f"Barcode {code} is on {names}, an entry its publisher has withdrawn (or whose "
                "publisher is no longer trusted): compare with care and ask the rights holder.",
            )
        ]
    return [Outcome("product", Level.GREEN, f"Barcode {code} is on {names} in the catalogue.")]


def open_product_check(context: ScanContext) -> list[Outcome]:
    """A barcode of another product than the one on screen (a relabelled item?)."""
    shown = context.open_product
    if shown is None or not context.products:  # "not in the catalogue" already says it
        return []
    if any(row.id == shown.id for row in context.products):
        return []
    return [
        Outcome(
            "open-product",
            Level.AMBER,
            f"Barcode {display_gtin(context.scan.gtin)} belongs to "
            f"{', '.join(f'{row.brand} {row.name}' for row in context.products)}, "
            f"not to {_name(shown, context.lang)}, the product on screen.",
        )
    ]


def lot_alert_check(context: ScanContext) -> list[Outcome]:
    """A lot named in one of the product's alerts: red while the alert is in force."""
    lot = context.scan.lot
    if not lot or not context.entries:
        return []
    outcomes = []
    for entry in context.entries:
        for alert in entry.alerts:
            if alert.names_lot(lot):  # ignoring case and spaces
                outcomes.append(_lot_outcome(lot, alert, entry, context))
    if not outcomes:
        outcomes.append(
            Outcome(
                "lot-alert", Level.GREEN, f"Lot {lot} is not named in any alert of the product."
            )
        )
    return outcomes


def _lot_outcome(
    lot: str, alert: model.Alert, entry: model.Product, context: ScanContext
) -> Outcome:
    title = entry.t(alert.title, context.lang)
    about = f" ({title})" if title else ""
    if alert.is_active(context.today):
        return Outcome(
            "lot-alert",
            Level.RED,
            f"Lot {lot} is a known counterfeit lot: alert of {alert.issued}{about}.",
        )
    return Outcome(
        "lot-alert",
        Level.AMBER,
        f"Lot {lot} was named in an alert of {alert.issued}{about} that ended on "
        f"{alert.expires}: ask the rights holder whether it still applies.",
    )


def expiry_check(context: ScanContext) -> list[Outcome]:
    """An expiry date in the past, or one that is not a date at all."""
    scan = context.scan
    if not scan.expiry_text:
        return []
    if scan.expiry is None:
        return [
            Outcome(
                "expiry",
                Level.AMBER,
                f"The expiry date in the code, {scan.expiry_text}, is not a real date (YYMMDD): "
                "genuine printers do not make that mistake.",
            )
        ]
    if scan.expiry < context.today:
        return [
            Outcome(
                "expiry",
                Level.AMBER,
                f"The expiry date {scan.expiry.isoformat()} has passed: out-of-date goods, or a "
                "code copied from an old pack.",
            )
        ]
    return [
        Outcome(
            "expiry",
            Level.GREEN,
            f"The expiry date {scan.expiry.isoformat()} is not past.",
        )
    ]


CHECKS: list[Check] = [product_check, open_product_check, lot_alert_check, expiry_check]
"""Every check, in the order their outcomes are shown."""
