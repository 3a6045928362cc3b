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
            return Outcome(
                "prefix",
                Level.RED,
                f"This barcode was not issued to {brand}: {code} starts with none of the GS1 "
                f"company prefixes the trust store binds to {brand} ({', '.join(bound)}).",
            )
        return Outcome(
            "prefix",
            Level.GREEN,
            f"Barcode {code} starts with {found}, a GS1 company prefix the trust store binds "
            f"to {brand}.",
        )
    declared = get_publisher(context.catalog, entry.publisher_id).gs1_prefixes
    if not declared:
        return None  # nothing to compare with
    found = prefix_of(gtin, declared)
    if found is None:
        return Outcome(
            "prefix",
            Level.AMBER,
            f"Barcode {code} starts with none of the GS1 company prefixes {brand}'s publisher "
            f"declares in its bundle ({', '.join(declared)}). The trust store binds none to "
            f"{brand}, so this is the publisher's word only: compare with care.",
        )
    return Outcome(
        "prefix",
        Level.GREEN,
        f"Barcode {code} starts with {found}, a GS1 company prefix {brand}'s publisher declares "
        "in its bundle (the trust store binds none: advice only).",
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
        Outcome(
            "serial-alert",
            Level.GREEN,
            f"Serial {serial} is not named in any alert of the product.",
        )
    ]


def _serial_outcome(
    serial: str, alert: model.Alert, entry: model.Product, context: ScanContext
) -> Outcome:
    title = entry.t(alert.title, context.lang)
    about = f" ({title})" if title else ""
    if alert.is_active(context.today):
        return Outcome(
            "serial-alert",
            Level.RED,
            f"Serial {serial} is a known cloned serial, copied onto fakes: alert of "
            f"{alert.issued}{about}.",
        )
    return Outcome(
        "serial-alert",
        Level.AMBER,
        f"Serial {serial} was named as cloned in an alert of {alert.issued}{about} that ended "
        f"on {alert.expires}: ask the rights holder whether it still applies.",
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
            code = f"Serial {scan.serial} of barcode {display_gtin(scan.gtin)}"
            names = context.earlier_names
            where = (
                f"was also read from {names[number - 1]}"
                if names
                else f"was scanned before in this session (item {number})"
            )
            return [
                Outcome(
                    "serial-repeat",
                    Level.RED,
                    f"{code} {where}: two items with one serial means at least one carries a "
                    "cloned code.",
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
            message = f"{what.capitalize()} {value} is written as {name}'s {what}s are."
            outcomes.append(Outcome(f"{what}-format", Level.GREEN, message))
        else:
            message = (
                f"{what.capitalize()} {value} is not written as {name}'s {what}s are (the "
                f"publisher's format: {pattern}): a made-up or miscopied code?"
            )
            outcomes.append(Outcome(f"{what}-format", Level.AMBER, message))
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
        if expiry > latest:
            message = (
                f"The expiry date {expiry.isoformat()} is further ahead than {name} keeps: its "
                f"shelf life is {months} months, so a genuine item expires by "
                f"{latest.isoformat()} at the latest."
            )
            outcomes.append(Outcome("shelf-life", Level.AMBER, message))
        else:
            message = (
                f"The expiry date {expiry.isoformat()} is within {name}'s shelf life of "
                f"{months} months."
            )
            outcomes.append(Outcome("shelf-life", Level.GREEN, message))
    return outcomes


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
