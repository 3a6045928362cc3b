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
        shown = product_name(context.open_product, None) if context.open_product else ""
        return [Outcome.coded("product", Level.AMBER, "product.unknown", barcode=code, shown=shown)]
    names = [f"{row.brand} {row.name}" for row in context.products]
    if any(row.hidden for row in context.products):
        return [
            Outcome.coded("product", Level.AMBER, "product.withdrawn", barcode=code, names=names)
        ]
    return [Outcome.coded("product", Level.GREEN, "product.found", barcode=code, names=names)]


def open_product_check(context: ScanContext) -> list[Outcome]:
    """A barcode of another product than the one on screen (a relabelled item?)."""
    shown = context.open_product
    if shown is None or not context.products:  # "not in the catalogue" already says it
        return []
    if any(row.id == shown.id for row in context.products):
        return []
    return [
        Outcome.coded(
            "open-product",
            Level.AMBER,
            "open-product.other",
            barcode=display_gtin(context.scan.gtin),
            names=[f"{row.brand} {row.name}" for row in context.products],
            shown=product_name(shown, context.lang),
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
        outcomes.append(Outcome.coded("lot-alert", Level.GREEN, "lot-alert.none", lot=lot))
    return outcomes


def _lot_outcome(
    lot: str, alert: model.Alert, entry: model.Product, context: ScanContext
) -> Outcome:
    title = entry.t(alert.title, context.lang) or ""
    if alert.is_active(context.today):
        return Outcome.coded(
            "lot-alert", Level.RED, "lot-alert.active", lot=lot, issued=alert.issued, title=title
        )
    return Outcome.coded(
        "lot-alert",
        Level.AMBER,
        "lot-alert.ended",
        lot=lot,
        issued=alert.issued,
        title=title,
        expires=alert.expires,
    )


def expiry_check(context: ScanContext) -> list[Outcome]:
    """An expiry date in the past, or one that is not a date at all."""
    scan = context.scan
    if not scan.expiry_text:
        return []
    if scan.expiry is None:
        return [Outcome.coded("expiry", Level.AMBER, "expiry.not-a-date", written=scan.expiry_text)]
    expiry = scan.expiry.isoformat()
    if scan.expiry < context.today:
        return [Outcome.coded("expiry", Level.AMBER, "expiry.passed", expiry=expiry)]
    return [Outcome.coded("expiry", Level.GREEN, "expiry.not-past", expiry=expiry)]


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
