"""What an officer may write into an examination, checked: verdicts, checklist results, texts
with their limits, the day (YYYY-MM-DD) and the quantity with its unit, the lot code on the label,
who asks for the verification (the officer, agency, office and a contact for the reply), and the
codes scanned on the item with what checking them found.

Kept apart from :mod:`~idguide.catalog.examinations.exams` (and free of heavy imports) so that
the command line can offer the choices without loading the catalogue code.
"""

from __future__ import annotations

import json
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
    "scans",
)
# The codes scanned on the item, each as the verification request exports it (examination
# format 2's ``scans``): what was read, the GTIN, lot, serial and expiry, the checks' outcomes.
SCAN_KEYS = ("text", "gtin", "lot", "serial", "expiry", "level", "outcomes", "scanned_at")
OUTCOME_KEYS = ("check", "level", "message")
# Since codes: what was found, the same in every language, and what its sentence names
# (idguide.catalog.scanning.messages); outcomes recorded before have neither.
CODED_KEYS = ("code", "params")
LEVELS = ("red", "amber", "green")
MAX_SCANS = 200


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
        elif name == "scans":
            values[name] = json.dumps(scans(value), ensure_ascii=False)
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


def scans(value: object) -> list[dict]:
    """The codes scanned on the item (see :data:`SCAN_KEYS`), checked: a list of at most
    :data:`MAX_SCANS`, each with exactly those keys, texts of at most 500 characters."""
    if not isinstance(value, list) or len(value) > MAX_SCANS:
        raise IdguideError(
            _("An examination records at most {count} scanned codes.").format(count=MAX_SCANS)
        )
    return [_scan(item) for item in value]


def _scan(item: object) -> dict:
    if not isinstance(item, dict) or set(item) != set(SCAN_KEYS) or not _sound(item):
        raise IdguideError(
            _(
                "A scanned code is recorded with its text, GTIN, lot, serial, expiry, level, "
                "outcomes and time (levels red, amber or green), and nothing else."
            )
        )
    texts = {key: item[key] for key in SCAN_KEYS if key != "outcomes"}
    return {**texts, "outcomes": [_copied(o) for o in item["outcomes"]]}


def _copied(outcome: dict) -> dict:
    copy = dict(outcome)
    if "params" in copy:
        copy["params"] = {
            k: list(v) if isinstance(v, list) else v for k, v in copy["params"].items()
        }
    return copy


def _sound(item: dict) -> bool:
    texts = [item[key] for key in SCAN_KEYS if key != "outcomes"]
    outcomes = item["outcomes"]
    return (
        all(isinstance(v, str) and len(v) <= 500 for v in texts)
        and item["level"] in LEVELS
        and isinstance(outcomes, list)
        and all(isinstance(o, dict) and _sound_outcome(o) for o in outcomes)
    )


def _sound_outcome(outcome: dict) -> bool:
    keys = set(outcome)
    if keys != set(OUTCOME_KEYS) and keys != {*OUTCOME_KEYS, *CODED_KEYS}:
        return False
    texts = [outcome[key] for key in (*OUTCOME_KEYS, *CODED_KEYS[:1]) if key in outcome]
    return (
        all(isinstance(v, str) and len(v) <= 2000 for v in texts)
        and outcome["level"] in LEVELS
        and _sound_params(outcome.get("params", {}))
    )


def _sound_params(params: object) -> bool:
    """Plain values only: texts, whole numbers, lists of texts (GS1 prefixes, names)."""
    if not isinstance(params, dict) or len(params) > 20:
        return False
    for name, value in params.items():
        values = value if isinstance(value, list) else [value]
        if not isinstance(name, str) or len(values) > 50:
            return False
        if not all(_plain(v) for v in values):
            return False
    return True


def _plain(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and len(value) <= 500)


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
