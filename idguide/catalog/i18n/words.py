"""The controlled words of an entry and an examination, in a reader's language.

Bundles, examinations and their JSON keep language-independent codes (``uv-lamp``,
``declared-value``, ``suspected``, ``CN``); people read these words instead. The PDFs and the
command line take them from here, so one translation serves everywhere and the glossary
(glossary.tsv, beside this module) holds them to one set of terms. Country names come from
babel's copy of CLDR, not from a hand-kept list.
"""

from __future__ import annotations

from functools import cache

from idguide.catalog.i18n import N_, current_language, locale_of, translation

# how to check a feature (model.CHECK_METHODS)
METHODS = {
    "naked-eye": N_("naked eye"),
    "loupe": N_("loupe"),
    "uv-lamp": N_("UV lamp"),
    "touch": N_("touch"),
    "scale": N_("scale"),
    "smell": N_("smell"),
    "barcode-scan": N_("barcode scan"),
}
# the kinds of counterfeit and risk indicators (model.INDICATOR_KINDS)
INDICATORS = {
    "route": N_("Route"),
    "declared-value": N_("Declared value"),
    "e-commerce": N_("E-commerce"),
    "market": N_("Market"),
    "packaging": N_("Packaging"),
    "other": N_("Other"),
}
# what a picture shows (model.IMAGE_KINDS), and the officer's own photo in the compare view
PICTURES = {
    "genuine": N_("Genuine"),
    "counterfeit": N_("Counterfeit"),
    "packaging": N_("Packaging"),
    "detail": N_("Detail"),
    "photo": N_("Your photo"),
}
# an examination's verdict, what was found for a feature, the entry's state, a scan's level
VERDICTS = {
    "likely-genuine": N_("Likely genuine"),
    "suspected": N_("Suspected counterfeit"),
    "undetermined": N_("Undetermined"),
}
RESULTS = {
    "unchecked": N_("Not checked"),
    "as-genuine": N_("As genuine"),
    "differs": N_("Differs"),
    "cannot-tell": N_("Cannot tell"),
}
STATUSES = {
    "current": N_("Current"),
    "updated": N_("Updated since the examination"),
    "withdrawn": N_("Withdrawn by its publisher"),
    "removed": N_("No longer in the catalogue"),
}
LEVELS = {"red": N_("Red flag"), "amber": N_("To check"), "green": N_("No known red flag")}
# the units an examination's quantity is usually counted in (examinations.UNITS)
UNITS = {
    "pieces": N_("pieces"),
    "pairs": N_("pairs"),
    "packs": N_("packs"),
    "boxes": N_("boxes"),
    "cartons": N_("cartons"),
    "pallets": N_("pallets"),
    "kg": N_("kg"),
    "litres": N_("litres"),
}
# markets that are not one country (languages.REGIONS), by a short name
REGIONS = {
    "EU": N_("European Union"),
    "EEA": N_("European Economic Area"),
    "UK": N_("United Kingdom"),
    "EUROPE": N_("Europe"),
    "GCC": N_("Gulf Cooperation Council"),
    "MENA": N_("Middle East and North Africa"),
    "AFRICA": N_("Africa"),
    "ECOWAS": N_("ECOWAS states"),
    "ASIA": N_("Asia"),
    "ASEAN": N_("ASEAN states"),
    "APAC": N_("Asia-Pacific"),
    "EAEU": N_("Eurasian Economic Union"),
    "LATAM": N_("Latin America"),
    "MERCOSUR": N_("Mercosur"),
    "NORTH-AMERICA": N_("North America"),
    "AE-FZ": N_("UAE free zones"),
    "WORLDWIDE": N_("Worldwide"),
}
# The JSON of a verification request names each set of codes with its words (``labels``).
LABELS = {"verdict": VERDICTS, "result": RESULTS, "status": STATUSES, "level": LEVELS}


def word(words: dict[str, str], code: str, language: str | None = None) -> str:
    """The words for ``code`` in ``language`` (default: the process's); an unknown code is
    shown as it is (a newer bundle's kind, an officer's own unit)."""
    english = words.get(code)
    if english is None:
        return code
    return translation(language or current_language()).gettext(english)


def labels(language: str | None = None) -> dict[str, dict[str, str]]:
    """Every code of a verification request's JSON with its words in ``language``."""
    return {
        kind: {code: word(words, code, language) for code in words}
        for kind, words in LABELS.items()
    }


@cache
def _countries(locale: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(locale).territories)


def place(code: str, language: str | None = None) -> str:
    """A market's name in ``language``: a country from CLDR ("CN" -> "China", "Chine"), one of
    the documented regions, or the code itself if it is neither."""
    if code in REGIONS:
        return word(REGIONS, code, language)
    if len(code) == 2 and code.isalpha() and code.isupper():
        return _countries(locale_of(language or current_language())).get(code, code)
    return code


@cache
def _languages(locale: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(locale).languages)


def language_names(codes: list[str], language: str | None = None) -> str:
    """Languages a contact reads, named in ``language`` (CLDR's: "sv" -> "Swedish",
    "suédois"), as one line; a code CLDR does not name stays as it is."""
    names = _languages(locale_of(language or current_language()))
    return ", ".join(names.get(code, code) for code in codes)


def places(codes: list[str], language: str | None = None) -> str:
    """Markets as one line, "Sweden, Norway"."""
    return ", ".join(place(code, language) for code in codes)


def unit_code(text: str, language: str | None = None) -> str:
    """The unit code an officer meant by ``text`` in ``language`` ("cajas" -> "boxes"); their
    own word, as typed, when it is none of the usual units."""
    wanted = text.strip().casefold()
    for code in UNITS:
        if wanted in (code, word(UNITS, code, language).casefold()):
            return code
    return text.strip()
