"""Every sentence a check on a scanned code can say, by its stable code, in any language.

An outcome keeps a code ("lot-alert.active") and its parameters, plain JSON values: the lot or
serial as read, days as ISO dates, the months of a shelf life, names in the content language.
Its words are made from them for whoever reads them: the app in its interface language, the
command line in ``--lang``, a verification request in each of its two languages. What is stored
and exported is the code and parameters (with the English sentence beside them, for a reader
that does not know the code); rows stored before codes existed have only their English sentence,
which is shown as it is.

Each code has one or more whole sentences, the fullest first: the first whose placeholders all
have a value is said ("... alert of {issued} ({title})." when the alert has a title, "... alert
of {issued}." when not), so that no sentence is glued from fragments.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

from idguide.catalog.i18n import N_, locale_of, translation
from idguide.catalog.i18n.formats import day

SENTENCES: dict[str, tuple[str, ...]] = {
    # the product of the barcode
    "product.unknown": (
        N_(
            "Barcode {barcode} is not in the catalogue: there is no entry to compare with. It is "
            "not one of the barcodes of {shown}."
        ),
        N_("Barcode {barcode} is not in the catalogue: there is no entry to compare with."),
    ),
    "product.withdrawn": (
        N_(
            "Barcode {barcode} is on {names}, an entry its publisher has withdrawn (or whose "
            "publisher is no longer trusted): compare with care and ask the rights holder."
        ),
    ),
    "product.found": (N_("Barcode {barcode} is on {names} in the catalogue."),),
    "open-product.other": (
        N_("Barcode {barcode} belongs to {names}, not to {shown}, the product on screen."),
    ),
    # whose barcode it is
    "prefix.not-bound": (
        N_(
            "This barcode was not issued to {brand}: {barcode} starts with none of the GS1 "
            "company prefixes the trust store binds to {brand} ({prefixes})."
        ),
    ),
    "prefix.bound": (
        N_(
            "Barcode {barcode} starts with {prefix}, a GS1 company prefix the trust store binds "
            "to {brand}."
        ),
    ),
    "prefix.not-declared": (
        N_(
            "Barcode {barcode} starts with none of the GS1 company prefixes {brand}'s publisher "
            "declares in its bundle ({prefixes}). The trust store binds none to {brand}, so "
            "this is the publisher's word only: compare with care."
        ),
    ),
    "prefix.declared": (
        N_(
            "Barcode {barcode} starts with {prefix}, a GS1 company prefix {brand}'s publisher "
            "declares in its bundle (the trust store binds none: advice only)."
        ),
    ),
    # a lot or serial named in an alert
    "lot-alert.active": (
        N_("Lot {lot} is a known counterfeit lot: alert of {issued} ({title})."),
        N_("Lot {lot} is a known counterfeit lot: alert of {issued}."),
        N_("Lot {lot} is a known counterfeit lot: alert ({title})."),
        N_("Lot {lot} is a known counterfeit lot."),
    ),
    "lot-alert.ended": (
        N_(
            "Lot {lot} was named in an alert of {issued} ({title}) that ended on {expires}: "
            "ask the rights holder whether it still applies."
        ),
        N_(
            "Lot {lot} was named in an alert of {issued} that ended on {expires}: ask the "
            "rights holder whether it still applies."
        ),
        N_(
            "Lot {lot} was named in an alert that ended on {expires}: ask the rights holder "
            "whether it still applies."
        ),
    ),
    "lot-alert.none": (N_("Lot {lot} is not named in any alert of the product."),),
    "serial-alert.active": (
        N_(
            "Serial {serial} is a known cloned serial, copied onto fakes: alert of {issued} "
            "({title})."
        ),
        N_("Serial {serial} is a known cloned serial, copied onto fakes: alert of {issued}."),
        N_("Serial {serial} is a known cloned serial, copied onto fakes: alert ({title})."),
        N_("Serial {serial} is a known cloned serial, copied onto fakes."),
    ),
    "serial-alert.ended": (
        N_(
            "Serial {serial} was named as cloned in an alert of {issued} ({title}) that ended "
            "on {expires}: ask the rights holder whether it still applies."
        ),
        N_(
            "Serial {serial} was named as cloned in an alert of {issued} that ended on "
            "{expires}: ask the rights holder whether it still applies."
        ),
        N_(
            "Serial {serial} was named as cloned in an alert that ended on {expires}: ask the "
            "rights holder whether it still applies."
        ),
    ),
    "serial-alert.none": (N_("Serial {serial} is not named in any alert of the product."),),
    # a serial seen twice
    "serial-repeat.found": (
        N_(
            "Serial {serial} of barcode {barcode} was also read from {where}: two items with one "
            "serial means at least one carries a cloned code."
        ),
        N_(
            "Serial {serial} of barcode {barcode} was scanned before in this session (item "
            "{item}): two items with one serial means at least one carries a cloned code."
        ),
    ),
    # the publisher's formats
    "lot-format.matches": (N_("Lot {lot} is written as {name}'s lots are."),),
    "lot-format.differs": (
        N_(
            "Lot {lot} is not written as {name}'s lots are (the publisher's format: "
            "{pattern}): a made-up or miscopied code?"
        ),
    ),
    "serial-format.matches": (N_("Serial {serial} is written as {name}'s serials are."),),
    "serial-format.differs": (
        N_(
            "Serial {serial} is not written as {name}'s serials are (the publisher's format: "
            "{pattern}): a made-up or miscopied code?"
        ),
    ),
    # the expiry date and the shelf life
    "expiry.not-a-date": (
        N_(
            "The expiry date in the code, {written}, is not a real date (YYMMDD): genuine "
            "printers do not make that mistake."
        ),
    ),
    "expiry.passed": (
        N_(
            "The expiry date {expiry} has passed: out-of-date goods, or a code copied from an "
            "old pack."
        ),
    ),
    "expiry.not-past": (N_("The expiry date {expiry} is not past."),),
    "shelf-life.too-far": (
        N_(
            "The expiry date {expiry} is further ahead than {name} keeps: its shelf life is "
            "{months}, so a genuine item expires by {latest} at the latest."
        ),
    ),
    "shelf-life.within": (
        N_("The expiry date {expiry} is within {name}'s shelf life of {months}."),
    ),
}

# Parameters that are days (ISO dates): written as the reader's language writes a day.
_DAYS = frozenset({"issued", "expires", "expiry", "latest"})


def said(code: str, params: Mapping[str, Any], language: str | None) -> str | None:
    """The sentence for ``code`` with ``params`` in ``language``; None for a code this version
    of idguide does not know (the caller then shows the sentence stored with it)."""
    sentences = SENTENCES.get(code)
    if not sentences:
        return None
    values = {name: _shown(name, value, language) for name, value in params.items()}
    chosen = next((s for s in sentences if _filled(s, values)), sentences[-1])
    wanted = {name: values.get(name, "") for name in _placeholders(chosen)}
    return translation(language).gettext(chosen).format(**wanted)


def outcome_text(outcome: Mapping[str, Any], language: str | None) -> str:
    """The sentence of an outcome as stored or exported (``code``, ``params`` and ``message``,
    :meth:`~idguide.catalog.scanning.context.Outcome.as_dict`) in ``language``; the stored
    ``message`` for one with no code (stored before codes existed) or a code unknown here."""
    code, params = outcome.get("code"), outcome.get("params")
    if isinstance(code, str) and code and isinstance(params, Mapping):
        found = said(code, params, language)
        if found is not None:
            return found
    return str(outcome.get("message", ""))


def _filled(sentence: str, values: Mapping[str, str]) -> bool:
    return all(values.get(name, "") != "" for name in _placeholders(sentence))


def _placeholders(sentence: str) -> list[str]:
    return [name for _text, name, _spec, _conv in Formatter().parse(sentence) if name]


def _shown(name: str, value: Any, language: str | None) -> str:
    """A parameter as it is written in a sentence of ``language``."""
    if name in _DAYS and isinstance(value, str):
        return day(value, language)
    if name == "months" and isinstance(value, int):
        from babel.units import format_unit

        # "6 months", "6 meses", "1 mois": CLDR knows each language's plural forms
        return str(format_unit(value, "duration-month", length="long", locale=locale_of(language)))
    if name == "names" and isinstance(value, list):
        from babel.lists import format_list

        return str(format_list([str(v) for v in value], locale=locale_of(language)))
    if isinstance(value, list):  # GS1 company prefixes: codes, one comma in every language
        return ", ".join(str(v) for v in value)
    return str(value)
