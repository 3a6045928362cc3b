"""Checking what a code says against the catalogue, offline: each check's outcome in words.

Every check is a function from a :class:`ScanContext` to its outcomes, listed in :data:`CHECKS`;
a new check is one more function in that list. An outcome is red, amber or green; green means
"no known red flag", never "genuine". The checks: the product of the barcode (or none), another
product than the one on screen, a GS1 company prefix not the brand's (red when the trust store
binds the brand's prefixes, amber at most when only the publisher's bundle declares them), a lot
or serial named in an alert (red while it is in force), a lot or serial not in the format the
publisher declares, an expiry date past, not a date, or further ahead than the shelf life, and a
serial scanned twice in one session (a cloned code). Lots and serials are compared ignoring case
and spaces.
"""

from __future__ import annotations

from datetime import date

from idguide.catalog import model
from idguide.catalog.codes import display_gtin
from idguide.catalog.errors import InvalidCodeError
from idguide.catalog.read import get_product, lookup_gtin
from idguide.catalog.scanning.codechecks import (
    lot_format_check,
    prefix_check,
    repeated_serial_check,
    serial_alert_check,
    serial_format_check,
    shelf_life_check,
)
from idguide.catalog.scanning.context import (
    Check,
    Level,
    Outcome,
    ScanContext,
    ScanResult,
    product_name,
)
from idguide.catalog.scanning.gs1 import Scan
from idguide.catalog.store import Catalog

__all__ = ["CHECKS", "Check", "Level", "Outcome", "ScanContext", "ScanResult", "check"]


def check(
    catalog: Catalog,
    scan: Scan,
    today: date | None = None,
    open_product: str | None = None,
    lang: str | None = None,
    earlier: list[Scan] | None = None,
    earlier_names: list[str] | None = None,
) -> ScanResult:
    """Run every check of :data:`CHECKS` on ``scan``. ``open_product``: the id of the product
    on screen, if any, which the code is compared with. ``today`` defaults to the real day.
    ``earlier``: the codes scanned before in the same session, for a serial seen twice;
    ``earlier_names``: what each is called where it was read (else "item N" of the session).

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
        earlier=earlier,
        earlier_names=earlier_names,
    )
    outcomes = [outcome for run in CHECKS for outcome in run(context)]
    return ScanResult(scan, products, outcomes)


def product_check(context: ScanContext) -> list[Outcome]:
    """The product(s) that carry the GTIN, or "not in the catalogue"."""
    code = display_gtin(context.scan.gtin)
    if not context.products:
        message = f"Barcode {code} is not in the catalogue: there is no entry to compare with."
        if context.open_product:
            shown = product_name(context.open_product, None)
            message += f" It is not one of the barcodes of {shown}."
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
            f"not to {product_name(shown, context.lang)}, the product on screen.",
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


CHECKS: list[Check] = [
    product_check,
    open_product_check,
    prefix_check,
    lot_alert_check,
    serial_alert_check,
    repeated_serial_check,
    lot_format_check,
    serial_format_check,
    expiry_check,
    shelf_life_check,
]
"""Every check, in the order their outcomes are shown."""
