"""What a scanned or typed code says: its GTIN, lot, serial, expiry date and other GS1 fields.

biip does the reading and validates the check digits; this module chooses among its readings,
puts the product number in the catalogue's 14-digit form and says in plain words why a code
could not be read. Nothing of GS1's syntax is parsed here by hand. biip is imported on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from stdnum import ean

from idguide.catalog.codes import display_gtin
from idguide.catalog.i18n import N_, _

if TYPE_CHECKING:
    from biip import ParseResult
    from biip.gs1_element_strings import GS1ElementString

GS = "\x1d"  # ASCII 29: how a scanner types GS1's FNC1 field separator

# How each way of writing a code is named (translated where shown).
FORMS = {
    "gtin": N_("a barcode number (GTIN)"),
    "element-strings": N_("GS1 element strings"),
    "digital-link": N_("a GS1 Digital Link"),
}

_GTIN_LENGTHS = (8, 12, 13, 14)
_SHORTEST_WITH_GTIN = 16  # "01" and 14 digits: fewer digits cannot be a product's GS1 code
_AI_LOT, _AI_SERIAL, _AI_EXPIRY = "10", "21", "17"


@dataclass(frozen=True)
class Field:
    """One GS1 element string: its application identifier (AI), what it is, its value."""

    ai: str
    title: str
    value: str


@dataclass(frozen=True)
class Scan:
    """What a code says, or why it could not be read (then ``problem`` says so)."""

    text: str
    form: str = ""
    """A key of :data:`FORMS`; empty when the code could not be read."""
    gtin: str = ""
    """The product number in the catalogue's 14-digit form."""
    lot: str = ""
    serial: str = ""
    expiry: date | None = None
    """The expiry date (AI 17); a day of 00 in the code means the month's last day."""
    expiry_text: str = ""
    """The expiry date as written in the code (YYMMDD), kept also when it is not a real date."""
    fields: tuple[Field, ...] = ()
    """Every GS1 field of the code, the four above included, in the code's order."""
    problem: str = ""
    """Why the code could not be read, in the process's language when it was read."""

    @property
    def read(self) -> bool:
        return not self.problem

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "form": self.form,
            "gtin": self.gtin,
            "lot": self.lot,
            "serial": self.serial,
            "expiry": self.expiry.isoformat() if self.expiry else "",
            "expiry_text": self.expiry_text,
            "fields": [{"ai": f.ai, "title": f.title, "value": f.value} for f in self.fields],
            "problem": self.problem,
        }


_PRINTED_AI = re.compile(r"\(\d{2,4}\)")
_WEB_ADDRESS = re.compile(r"(?i)https?://")
_GTIN_FIELD_FIRST = re.compile(r"01\d{14}.")


def looks_like_gs1(text: str) -> bool:
    """Whether ``text`` is written as only a scanned code is, never as a search: with FNC1
    separators (ASCII 29), behind a scanner's symbology identifier (``]d2``), in the printed
    ``(01)...`` form, as a web address (a Digital Link, or another QR code's address, which
    :func:`interpret` says is not one), or as a GTIN field ``01`` and 14 digits followed by
    more. A plain barcode number is not included: the search reads those itself."""
    text = text.strip(" \t\r\n")
    return bool(
        GS in text
        or text.startswith("]")
        or _PRINTED_AI.match(text)
        or _WEB_ADDRESS.match(text)
        or _GTIN_FIELD_FIRST.match(text)
    )


def visible(text: str) -> str:
    """``text`` with each FNC1 separator (ASCII 29, invisible) shown as ``<GS>``."""
    return text.replace(GS, "<GS>")


def interpret(text: str, *, gs1: bool = False) -> Scan:
    """Read ``text`` as a scanner types it or an officer copies it: a GTIN (8, 12, 13 or 14
    digits), GS1 element strings (separators as ASCII 29, with or without a symbology
    identifier such as ``]d2``, ``]Q3``, ``]C1``), their printed form ``(01)...(10)...``, or a
    GS1 Digital Link URI on any domain. ``gs1``: the code that held ``text`` said it is GS1
    element strings (zxing-cpp tells), so it is not read as anything else.

    Never raises for bad input: a code that cannot be read comes back with ``problem`` set."""
    text = text.strip(" \t\r\n")
    if not text.strip(GS):
        return Scan(text, problem=_("Nothing to read: the code is empty."))
    if text.startswith("("):
        return _printed_form(text)
    if gs1:
        return _element_strings(text)
    if text.isdigit() and len(text) in _GTIN_LENGTHS:
        return _plain_gtin(text)
    if text.isdigit() and len(text) < _SHORTEST_WITH_GTIN:
        return Scan(text, problem=_digits_problem(text))
    return _any_form(text)


def _config() -> Any:
    from biip import ParseConfig

    # Dates that match GS1's pattern but do not exist (31 February) are read, with no date, so
    # that the check can say "not a real date" rather than refusing the whole code.
    return ParseConfig(gs1_element_strings_verify_date=False)


def _parse(text: str) -> ParseResult | None:
    """biip's reading of ``text``; None where biip itself fails on it."""
    import biip

    try:
        return biip.parse(text, config=_config())
    except Exception:  # hostile input can trip biip itself (5.2: IndexError on "]" alone)
        return None


def _plain_gtin(text: str) -> Scan:
    result = _parse(text)
    if result is None or result.gtin is None:
        error = result.gtin_error if result else None
        return Scan(text, problem=_gtin_problem(text, error, "gtin"))
    return Scan(text, "gtin", gtin=result.gtin.as_gtin_14())


def _printed_form(text: str) -> Scan:
    from biip.gs1_messages import GS1Message

    try:
        message = GS1Message.parse_hri(text, config=_config())
    except Exception as exc:  # biip's ParseError, or biip tripped by hostile input
        return Scan(text, problem=_field_problem(str(exc), "printed"))
    return _from_fields(text, "element-strings", message.element_strings)


def _element_strings(text: str) -> Scan:
    from biip.gs1_messages import GS1Message

    try:
        message = GS1Message.parse(text, config=_config())
    except Exception as exc:  # biip's ParseError, or biip tripped by hostile input
        return Scan(text, problem=_field_problem(str(exc), "gs1"))
    return _from_fields(text, "element-strings", message.element_strings)


def _any_form(text: str) -> Scan:
    result = _parse(_tidy_url(text))
    if result is None:
        return Scan(text, problem=_not_gs1(text))
    if result.gs1_digital_link_uri is not None:
        return _from_fields(text, "digital-link", result.gs1_digital_link_uri.element_strings)
    if result.gs1_message is not None:
        return _from_fields(text, "element-strings", result.gs1_message.element_strings)
    if result.gtin is not None:  # a GTIN behind a symbology identifier, e.g. "]E0..."
        return Scan(text, "gtin", gtin=result.gtin.as_gtin_14())
    if result.symbology_identifier is not None:
        # A scanner set to prefix identifiers types "]Q1https://..." for a Digital Link in a
        # plain QR code; biip reads Digital Links only without it.
        rest = text[len(result.symbology_identifier.value) :]
        if re.match(r"(?i)https?://", rest):
            return replace(_any_form(rest), text=text)
    return Scan(text, problem=_unread_problem(text, result))


def _tidy_url(text: str) -> str:
    """A web address with its scheme and host in lower case, as they mean the same in any case
    (a scanner with Caps Lock on types HTTPS://BRAND.EXAMPLE/01/...); the path is kept as is."""
    if not re.match(r"(?i)https?://", text):
        return text
    try:
        parts = urlsplit(text)
    except ValueError:  # "https://]" and the like: biip will say it is not a Digital Link
        return text
    return urlunsplit(parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()))


def _from_fields(text: str, form: str, elements: list[GS1ElementString]) -> Scan:
    fields = tuple(Field(e.ai.ai, e.ai.data_title, e.value) for e in elements)
    values = {f.ai: f.value for f in fields}
    gtin_field = next((e for e in elements if e.ai.ai == "01"), None)
    if gtin_field is None:
        return Scan(text, form, fields=fields, problem=_no_gtin_problem(form, fields))
    if gtin_field.gtin is None:
        lead = "digital-link" if form == "digital-link" else "field"
        problem = _gtin_problem(gtin_field.value, gtin_field.gtin_error, lead)
        return Scan(text, form, fields=fields, problem=problem)
    expiry = next((e for e in elements if e.ai.ai == _AI_EXPIRY), None)
    return Scan(
        text,
        form,
        gtin=gtin_field.gtin.as_gtin_14(),
        lot=values.get(_AI_LOT, ""),
        serial=values.get(_AI_SERIAL, ""),
        expiry=expiry.date if expiry else None,
        expiry_text=expiry.value if expiry else "",
        fields=fields,
    )


# Why a GTIN was refused, for each place it was found in: a wrong check digit, or another fault.
_WRONG_CHECK_DIGIT = {
    "gtin": N_(
        "The barcode number {gtin} has a wrong check digit (the last digit should be "
        "{expected}). Scan it again; a wrong check digit can also mark a fake label."
    ),
    "field": N_(
        "The GTIN (01) {gtin} has a wrong check digit (the last digit should be {expected}). "
        "Scan it again; a wrong check digit can also mark a fake label."
    ),
    "digital-link": N_(
        "A GS1 Digital Link whose GTIN {gtin} has a wrong check digit (the last digit should "
        "be {expected}). Scan it again; a wrong check digit can also mark a fake label."
    ),
}
_NOT_A_GTIN = {
    "gtin": N_("The barcode number {gtin} is not a valid GTIN ({reason})."),
    "field": N_("The GTIN (01) {gtin} is not a valid GTIN ({reason})."),
    "digital-link": N_("A GS1 Digital Link whose GTIN {gtin} is not a valid GTIN ({reason})."),
}


def _gtin_problem(digits: str, error: str | None, where: str) -> str:
    """Why a GTIN was refused; biip found it, stdnum names the check digit it should have."""
    if digits.isdigit() and len(digits) in _GTIN_LENGTHS and not ean.is_valid(digits):
        expected = ean.calc_check_digit(digits[:-1])
        return _(_WRONG_CHECK_DIGIT[where]).format(
            gtin=display_gtin(digits.zfill(14)), expected=expected
        )
    reason = error or _("unknown reason")  # biip's words, in English
    return _(_NOT_A_GTIN[where]).format(gtin=digits, reason=reason)


def _no_gtin_problem(form: str, fields: tuple[Field, ...]) -> str:
    holds = ", ".join(f"({f.ai}) {f.title} {f.value}" for f in fields[:4])
    return _(
        "This code is {form} but holds no product number (GTIN, AI 01), so it names no "
        "product: it holds {fields}."
    ).format(form=_(FORMS[form]), fields=holds)


# biip says "Failed to match '17271399' with GS1 AI (17) pattern '^17(...)$'."; the pattern is
# for programmers, the AI and its value are what an officer can check on the label.
_BIIP_FIELD = re.compile(r"Failed to match '(?P<data>[^']*)' with GS1 AI \((?P<ai>\d+)\)")


# What a code that could not be read was taken for.
_UNREADABLE = {
    "printed": N_("Not a readable printed GS1 code: {reason}"),
    "gs1": N_("Not a readable GS1 code: {reason}"),
    "digital-link": N_("Not a readable GS1 Digital Link: {reason}"),
}
_UNREADABLE_FIELD = {
    "printed": N_(
        "Not a readable printed GS1 code: the field ({ai}) {name} holds {value}, which is not "
        "what GS1 allows there ({format})."
    ),
    "gs1": N_(
        "Not a readable GS1 code: the field ({ai}) {name} holds {value}, which is not what GS1 "
        "allows there ({format})."
    ),
    "digital-link": N_(
        "Not a readable GS1 Digital Link: the field ({ai}) {name} holds {value}, which is not "
        "what GS1 allows there ({format})."
    ),
}


def _field_problem(message: str, what: str) -> str:
    found = _BIIP_FIELD.search(message)
    if not found:
        return _(_UNREADABLE[what]).format(reason=message)
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier

    ai = GS1ApplicationIdentifier.extract(found["ai"])
    value = found["data"][len(ai.ai) :]
    return _(_UNREADABLE_FIELD[what]).format(
        ai=ai.ai, name=ai.description, value=repr(value), format=ai.format
    )


def _digits_problem(text: str) -> str:
    return _("Not a barcode number: {text} has {count} digits; a GTIN has 8, 12, 13 or 14.").format(
        text=text, count=len(text)
    )


def _unread_problem(text: str, result: ParseResult) -> str:
    """Why nothing in ``text`` could be read, in the words of the form it looks closest to."""
    if result.gs1_digital_link_uri_error:
        if _BIIP_FIELD.search(result.gs1_digital_link_uri_error):
            return _field_problem(result.gs1_digital_link_uri_error, "digital-link")
        return _(
            "Not a GS1 code: the web address {text} is not a GS1 Digital Link (it has no /01/ "
            "followed by a product number). It may be the brand's site or a fake one: do not "
            "open it on an office computer."
        ).format(text=text)
    if result.symbology_identifier and result.symbology_identifier.gs1_symbology:
        return _field_problem(result.gs1_message_error or "", "gs1")
    return _not_gs1(text)


def _not_gs1(text: str) -> str:
    return _(
        "Not a GS1 code: {text} is neither a barcode number (GTIN), nor GS1 element strings, "
        "nor a GS1 Digital Link."
    ).format(text=repr(visible(text)[:80]))
