"""The checks that look past the product: whose barcode it is, the serial, the formats, the
shelf life, a serial seen twice.

Each is a function from a :class:`~idguide.catalog.scanning.context.ScanContext` to its
outcomes, listed with the others in :data:`idguide.catalog.scanning.checks.CHECKS`.
"""

from __future__ import annotations

import calendar
from datetime import date

from idguide.catalog import model
from idguide.catalog.bundles.bindings import prefixes_for_brand
from idguide.catalog.codepatterns import matches
from idguide.catalog.codes import display_gtin, prefix_of
from idguide.catalog.read import get_publisher
from idguide.catalog.scanning.context import Level, Outcome, ScanContext, product_name

# -- whose barcode it is -----------------------------------------------------------------------


def prefix_check(context: ScanContext) -> list[Outcome]:
    """The barcode's GS1 company prefix against the brand's: the brand of each product that
    carries it or, when none does, of the product on screen. Prefixes the trust store binds
    (the administrator's word) decide, red when the barcode is under none of them; prefixes the
    publisher's own bundle declares only advise, amber at most. The outcome says which."""
    entries = context.entries or ([context.open_product] if context.open_product else [])
    outcomes = []
    for entry in {entry.brand_id: entry for entry in entries}.values():
        outcome = _prefix_outcome(context, entry)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def _prefix_outcome(context: ScanContext, entry: model.Product) -> Outcome | None:
    gtin, brand = context.scan.gtin, entry.brand_name
    code = display_gtin(gtin)
    bound = prefixes_for_brand(context.catalog, entry.brand_id)
    if bound:
        found = prefix_of(gtin, bound)
        if found is None:
            return Outcome.coded(
                "prefix", Level.RED, "prefix.not-bound", brand=brand, barcode=code, prefixes=bound
            )
        return Outcome.coded(
            "prefix", Level.GREEN, "prefix.bound", barcode=code, prefix=found, brand=brand
        )
    declared = get_publisher(context.catalog, entry.publisher_id).gs1_prefixes
    if not declared:
        return None  # nothing to compare with
    found = prefix_of(gtin, declared)
    if found is None:
        return Outcome.coded(
            "prefix",
            Level.AMBER,
            "prefix.not-declared",
            barcode=code,
            brand=brand,
            prefixes=list(declared),
        )
    return Outcome.coded(
        "prefix", Level.GREEN, "prefix.declared", barcode=code, prefix=found, brand=brand
    )


# -- a serial named in an alert, or seen twice -------------------------------------------------


def serial_alert_check(context: ScanContext) -> list[Outcome]:
    """A serial an alert names as cloned (copied onto fakes): red while the alert is in force."""
    serial = context.scan.serial
    if not serial or not context.entries:
        return []
    outcomes = [
        _serial_outcome(serial, alert, entry, context)
        for entry in context.entries
        for alert in entry.alerts
        if alert.names_serial(serial)  # ignoring case and spaces
    ]
    return outcomes or [
        Outcome.coded("serial-alert", Level.GREEN, "serial-alert.none", serial=serial)
    ]


def _serial_outcome(
    serial: str, alert: model.Alert, entry: model.Product, context: ScanContext
) -> Outcome:
    title = entry.t(alert.title, context.lang) or ""
    if alert.is_active(context.today):
        return Outcome.coded(
            "serial-alert",
            Level.RED,
            "serial-alert.active",
            serial=serial,
            issued=alert.issued,
            title=title,
        )
    return Outcome.coded(
        "serial-alert",
        Level.AMBER,
        "serial-alert.ended",
        serial=serial,
        issued=alert.issued,
        title=title,
        expires=alert.expires,
    )


def repeated_serial_check(context: ScanContext) -> list[Outcome]:
    """The same barcode and serial scanned before in this session (or among the codes checked
    together on the command line): two items cannot share a serial, so at least one carries a
    cloned code. Says nothing otherwise."""
    scan = context.scan
    if not scan.serial or not context.earlier:
        return []
    for number, earlier in enumerate(context.earlier, 1):
        if earlier.gtin == scan.gtin and model.same_lot(earlier.serial, scan.serial):
            names = context.earlier_names
            return [
                Outcome.coded(
                    "serial-repeat",
                    Level.RED,
                    "serial-repeat.found",
                    serial=scan.serial,
                    barcode=display_gtin(scan.gtin),
                    where=names[number - 1] if names else "",
                    item=number,
                )
            ]
    return []


# -- the publisher's formats -------------------------------------------------------------------


def lot_format_check(context: ScanContext) -> list[Outcome]:
    return _format_outcomes(context, "lot", context.scan.lot)


def serial_format_check(context: ScanContext) -> list[Outcome]:
    return _format_outcomes(context, "serial", context.scan.serial)


def _format_outcomes(context: ScanContext, what: str, value: str) -> list[Outcome]:
    """``value`` (the scan's lot or serial) against the format each entry's publisher declares
    for it, ignoring case and spaces."""
    if not value:
        return []
    outcomes = []
    for entry in context.entries:
        pattern = entry.lot_pattern if what == "lot" else entry.serial_pattern
        if not pattern:
            continue
        name = product_name(entry, context.lang)
        if matches(pattern, value):
            outcomes.append(
                Outcome.coded(
                    f"{what}-format",
                    Level.GREEN,
                    f"{what}-format.matches",
                    name=name,
                    **{what: value},
                )
            )
        else:
            outcomes.append(
                Outcome.coded(
                    f"{what}-format",
                    Level.AMBER,
                    f"{what}-format.differs",
                    name=name,
                    pattern=pattern,
                    **{what: value},
                )
            )
    return outcomes


# -- the shelf life ------------------------------------------------------------------------------


def shelf_life_check(context: ScanContext) -> list[Outcome]:
    """An expiry date further ahead than the product's declared shelf life allows: no genuine
    item made today or before expires after today plus that many months."""
    expiry = context.scan.expiry
    if expiry is None:
        return []
    outcomes = []
    for entry in context.entries:
        months = entry.shelf_life_months
        if not months:
            continue
        latest = add_months(context.today, months)
        name = product_name(entry, context.lang)
        facts = {"expiry": expiry.isoformat(), "name": name, "months": months}
        if expiry > latest:
            outcomes.append(
                Outcome.coded(
                    "shelf-life",
                    Level.AMBER,
                    "shelf-life.too-far",
                    latest=latest.isoformat(),
                    **facts,
                )
            )
        else:
            outcomes.append(Outcome.coded("shelf-life", Level.GREEN, "shelf-life.within", **facts))
    return outcomes


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
