"""Scanning: reading the codes on goods and checking what they say against the catalogue.

Three steps, each usable alone::

    from idguide.catalog.scanning import check, interpret, read_codes
    for code in read_codes("photo.jpg"):                 # zxing-cpp: every code in a photo
        scan = interpret(code.text, gs1=code.gs1)        # biip: GTIN, lot, serial, expiry...
        if scan.read:
            result = check(catalog, scan)                # red / amber / green, in words
            print(result.level, [o.message for o in result.outcomes])  # in the process's
            # language; o.text("fr") in another, o.as_dict() the code and parameters kept

Text typed by a scanner goes straight to :func:`interpret`. No Qt here; zxing-cpp and biip are
imported when first used, so that the app's start does not load them.
"""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:
    from idguide.catalog.scanning.checks import (
        CHECKS,
        Level,
        Outcome,
        ScanContext,
        ScanResult,
        check,
    )
    from idguide.catalog.scanning.gs1 import GS, Field, Scan, interpret, looks_like_gs1, visible
    from idguide.catalog.scanning.messages import outcome_text
    from idguide.catalog.scanning.picture import outlined
    from idguide.catalog.scanning.reading import MAX_CODES, ReadCode, read_codes
    from idguide.catalog.scanning.session import (
        ScanSession,
        SessionItem,
        add_scan,
        recent_scans,
        session_items,
        start_session,
    )

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.scanning.checks": [
            "CHECKS",
            "Level",
            "Outcome",
            "ScanContext",
            "ScanResult",
            "check",
        ],
        "idguide.catalog.scanning.gs1": [
            "GS",
            "Field",
            "Scan",
            "interpret",
            "looks_like_gs1",
            "visible",
        ],
        "idguide.catalog.scanning.messages": ["outcome_text"],
        "idguide.catalog.scanning.picture": ["outlined"],
        "idguide.catalog.scanning.reading": ["MAX_CODES", "ReadCode", "read_codes"],
        "idguide.catalog.scanning.session": [
            "ScanSession",
            "SessionItem",
            "add_scan",
            "recent_scans",
            "session_items",
            "start_session",
        ],
    },
)

__all__ = [
    "CHECKS",
    "GS",
    "MAX_CODES",
    "Field",
    "Level",
    "Outcome",
    "ReadCode",
    "Scan",
    "ScanContext",
    "ScanResult",
    "ScanSession",
    "SessionItem",
    "add_scan",
    "check",
    "interpret",
    "looks_like_gs1",
    "outcome_text",
    "outlined",
    "read_codes",
    "recent_scans",
    "session_items",
    "start_session",
    "visible",
]
