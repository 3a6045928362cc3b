"""What an officer may write into an examination, checked: verdicts, checklist results, texts
with their limits, the day (YYYY-MM-DD) and the quantity with its unit, the lot code on the label,
and who asks for the verification (the officer, agency, office and a contact for the reply).

Kept apart from :mod:`~idguide.catalog.examinations.exams` (and free of heavy imports) so that
the command line can offer the choices without loading the catalogue code.
"""

from __future__ import annotations

from datetime import date

from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _

VERDICTS = ("likely-genuine", "suspected", "undetermined")
RESULTS = ("unchecked", "as-genuine", "differs", "cannot-tell")
STATUSES = ("current", "updated", "withdrawn", "removed")
TEXT_LIMITS = {
    "case_ref": 200,
    "place": 300,
    "declared_origin": 200,
    "notes": 20_000,
    "comment": 5_000,
    "caption": 500,
    "quantity_unit": 40,
    "lot_code": 100,
    "requester_name": 200,
    "requester_agency": 200,
    "requester_office": 200,
    "requester_contact": 300,
}
MAX_QUANTITY = 10**12
UNITS = ("pieces", "pairs", "packs", "boxes", "cartons", "pallets", "kg", "litres")  # offered
# Who asks for the verification: kept in the app's settings, prefilled, editable per examination.
REQUESTER = ("requester_name", "requester_agency", "requester_office", "requester_contact")
# An examination's own fields, the only column names ever written from a caller's keywords.
FIELDS = (
    "verdict",
    "case_ref",
    "place",
    "examined_on",
    "quantity",
    "quantity_unit",
    "declared_origin",
    "lot_code",
    "notes",
    *REQUESTER,
)


def validated(fields: dict[str, object]) -> dict[str, object]:
    """``fields`` (any of :data:`FIELDS`) checked and normalised; IdguideError says what is
    wrong with the first bad one."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise IdguideError(
            _("Unknown examination field(s): {unknown}; use: {fields}.").format(
                unknown=", ".join(sorted(unknown)), fields=", ".join(FIELDS)
            )
        )
    values: dict[str, object] = {}
    for name, value in fields.items():
        if name == "verdict":
            if value not in VERDICTS:
                raise IdguideError(
                    _("Unknown verdict {value!r}; use one of: {verdicts}.").format(
                        value=value, verdicts=", ".join(VERDICTS)
                    )
                )
            values[name] = value
        elif name == "examined_on":
            values[name] = parse_day(value)
        elif name == "quantity":
            values[name] = quantity(value)
        else:
            values[name] = text(name, value)
    return values


def text(name: str, value: object) -> str:
    """The text ``value`` of field ``name`` without NUL characters, within its limit."""
    result = str(value if value is not None else "").replace("\x00", "")
    limit = TEXT_LIMITS[name]
    if len(result) > limit:
        label = name.replace("_", " ")
        raise IdguideError(
            _("The {label} is {count} characters long; keep it under {limit}.").format(
                label=label, count=len(result), limit=limit
            )
        )
    return result


def parse_day(value: object) -> str:
    """A day written YYYY-MM-DD, as YYYY-MM-DD ("" for none)."""
    written = str(value or "").strip()
    if not written:
        return ""
    try:
        return date.fromisoformat(written).isoformat()
    except ValueError:
        raise IdguideError(
            _(
                "The date {written!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-29."
            ).format(written=written)
        ) from None


def today() -> str:
    return date.today().isoformat()


def quantity(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise IdguideError(
            _("The quantity {value!r} is not a whole number of items.").format(value=value)
        ) from None
    if not 0 <= number <= MAX_QUANTITY:
        raise IdguideError(
            _("The quantity {number} is out of range (0 to {max_quantity}).").format(
                number=number, max_quantity=MAX_QUANTITY
            )
        )
    return number
