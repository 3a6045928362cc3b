"""Dates and numbers as a reader of each language writes them (babel's CLDR data).

Stored values stay ISO 8601 ("2026-03-01") and plain integers; these turn them into "Mar 1,
2026", "1 mars 2026", "1 de mar. de 2026" and "1,240", "1 240", "1.240" for the page. Babel is
imported when something is first formatted, so start-up does not pay for it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from idguide.catalog.i18n import locale_of


def day(iso: str, language: str | None = None) -> str:
    """The day of an ISO date or date-time, in ``language``'s medium form; a text that is no
    date comes back as it is ("" stays "")."""
    try:
        when = date.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        return iso
    from babel.dates import format_date

    return format_date(when, "medium", locale=locale_of(language))


def moment(iso: str, language: str | None = None) -> str:
    """An ISO date-time as this computer's local day and time in ``language`` ("Mar 1, 2026,
    14:05"); a text that is no date-time comes back as it is."""
    try:
        when = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    from babel.dates import format_datetime

    local = when.astimezone()
    return format_datetime(local, "medium", tzinfo=local.tzinfo, locale=locale_of(language))


def number(value: int | float, language: str | None = None) -> str:
    """``value`` with the language's digit grouping and decimal sign."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_of(language))


def today() -> str:
    return date.today().isoformat()
