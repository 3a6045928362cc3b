"""Language and market codes: what authors may write, and what they most likely meant.

Texts are keyed by ISO 639-1 language codes (``en``, ``es``...) and markets (made in, sold in,
never sold in) are ISO 3166 country codes (``SE``, ``US``...) or one of :data:`REGIONS`, since
translations, search filters and the checks officers rely on need codes, not free text. Both
lists come from babel's copy of the Unicode CLDR, not from a hand-kept list; babel is imported
when a code is first checked, so the app's start-up does not load it.
"""

from __future__ import annotations

import difflib
from functools import cache

from idguide.catalog.i18n import _

# Codes people write for a language but that are not its ISO 639-1 code (mostly the country's
# code). "se" is Northern Sami in ISO 639-1, but it is nearly always Swedish meant (Sweden is SE),
# so it is refused with the hint rather than taken silently as Sami.
LANGUAGE_MISTAKES: dict[str, str] = {
    "sp": "es",
    "se": "sv",
    "dk": "da",
    "cz": "cs",
    "jp": "ja",
    "gr": "el",
    "ua": "uk",
    "cn": "zh",
    "vn": "vi",
}

# Markets that are not one country, as publishers name them (docs/bundle-format.md lists them).
REGIONS: dict[str, str] = {
    "EU": "European Union",
    "EEA": "European Economic Area (the EU, Iceland, Liechtenstein, Norway)",
    "UK": "United Kingdom (its ISO 3166 code is GB; UK is reserved for it)",
    "EUROPE": "Europe",
    "GCC": "Gulf Cooperation Council (AE, BH, KW, OM, QA, SA)",
    "MENA": "Middle East and North Africa",
    "AFRICA": "Africa",
    "ECOWAS": "West Africa, the ECOWAS states",
    "ASIA": "Asia",
    "ASEAN": "Southeast Asia (the ASEAN states)",
    "APAC": "Asia-Pacific",
    "EAEU": "Eurasian Economic Union (AM, BY, KG, KZ, RU)",
    "LATAM": "Latin America",
    "MERCOSUR": "Mercosur (AR, BR, PY, UY...)",
    "NORTH-AMERICA": "North America (CA, MX, US)",
    "AE-FZ": "the free zones of the United Arab Emirates",
    "WORLDWIDE": "every market",
}

# Names and abbreviations people write for a country instead of its code.
_MARKET_MISTAKES: dict[str, str] = {
    "USA": "US",
    "UAE": "AE",
    "KSA": "SA",
    "ENGLAND": "GB",
    "BRITAIN": "GB",
    "GLOBAL": "WORLDWIDE",
}

LANGUAGE_EXAMPLES = "en, es, fr, pt"
MARKET_EXAMPLES = "SE, US, CN"


@cache
def _languages() -> dict[str, str]:
    """ISO 639-1 code -> English name: the two-letter codes CLDR names a language by."""
    from babel import Locale

    names = Locale("en").languages
    return {
        code: name
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code.islower() and code not in LANGUAGE_MISTAKES
    }


@cache
def _countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name, as CLDR lists territories (ZZ is "unknown")."""
    from babel import Locale
    from babel.core import get_global

    names = Locale("en").territories
    return {
        code: names.get(code, code)
        for code in get_global("territory_languages")
        if len(code) == 2 and code.isalpha() and code != "ZZ"
    }


def is_language(code: str) -> bool:
    """Whether ``code`` is an ISO 639-1 language code as texts are keyed (lower case)."""
    return code in _languages()


def language_name(code: str) -> str:
    """The language's English name, or the code itself if it is not a language."""
    return _languages().get(code, code)


def suggest_language(code: str) -> str | None:
    """The language code the author most likely meant by ``code``, or None."""
    text = str(code).strip()
    folded = text.lower().replace("_", "-")
    languages = _languages()
    if folded in LANGUAGE_MISTAKES:
        return LANGUAGE_MISTAKES[folded]
    if folded in languages:
        return folded  # the right code in capitals
    base = folded.split("-")[0]
    if base != folded and base in languages:
        return base  # a locale such as pt-BR: texts are keyed by language only
    if len(folded) == 3:
        from babel.core import get_global

        alias = str(get_global("language_aliases").get(folded, "")).split("_")[0]
        if alias in languages:
            return alias  # an ISO 639-2 code such as "spa"
    by_name = {name.lower(): lang for lang, name in languages.items()}
    return by_name.get(folded)


def language_problem(code: str) -> str | None:
    """None if ``code`` is a language code, else a message saying so (in the process's
    language), with what was meant."""
    if is_language(code):
        return None
    fields = {"code": repr(str(code)[:40]), "examples": LANGUAGE_EXAMPLES}
    meant = suggest_language(code)
    if meant and code == "se":
        text = _(
            "{code} is not a language code such as {examples} ({code} is Northern Sami, rarely "
            "meant); did you mean {meant} ({name})?"
        )
    elif meant:
        text = _("{code} is not a language code such as {examples}; did you mean {meant} ({name})?")
    else:
        text = _("{code} is not a language code such as {examples}.")
    return text.format(**fields, meant=repr(meant), name=_reader_name("languages", meant))


def _reader_name(kind: str, code: str | None) -> str:
    """A language's or a country's name in the process's language (CLDR's), else English's."""
    if not code:
        return ""
    from babel import Locale

    from idguide.catalog.i18n import current_language, locale_of

    names = getattr(Locale.parse(locale_of(current_language())), kind)
    if kind == "languages":
        return names.get(code) or language_name(code)
    return names.get(code) or market_name(code)


def is_country(code: str) -> bool:
    return str(code).strip().upper() in _countries()


def is_market(code: str) -> bool:
    """Whether ``code`` is an ISO 3166 country code or one of :data:`REGIONS` (any case)."""
    folded = str(code).strip().upper()
    return folded in REGIONS or folded in _countries()


def market_name(code: str) -> str:
    folded = str(code).strip().upper()
    return REGIONS.get(folded) or _countries().get(folded) or str(code)


def suggest_market(code: str) -> str | None:
    """The country or region code the author most likely meant by ``code``, or None."""
    folded = " ".join(str(code).replace("_", " ").split()).upper()
    if folded in _MARKET_MISTAKES:
        return _MARKET_MISTAKES[folded]
    names = {name.upper(): market for market, name in _countries().items()}
    names.update({name.upper(): region for region, name in REGIONS.items()})
    if folded in names:
        return names[folded]
    starting = [market for name, market in names.items() if name.startswith(folded + ",")]
    if len(starting) == 1:
        return starting[0]  # "West Africa" for "West Africa, the ECOWAS states"
    close = difflib.get_close_matches(folded, list(names), n=1, cutoff=0.85)
    return names[close[0]] if close else None


def market_problem(code: str) -> str | None:
    """None if ``code`` is a market code, else a message saying so (in the process's
    language), with what was meant."""
    if is_market(code):
        return None
    meant = suggest_market(code)
    if meant:
        text = _(
            "{code} is not a country code such as {examples} (ISO 3166) or a region code such "
            "as EU, GCC, LATAM (listed in docs/bundle-format.md); did you mean {meant} ({name})?"
        )
    else:
        text = _(
            "{code} is not a country code such as {examples} (ISO 3166) or a region code such "
            "as EU, GCC, LATAM (listed in docs/bundle-format.md)."
        )
    name = _reader_name("territories", meant) if meant not in REGIONS else market_name(meant)
    return text.format(
        code=repr(str(code)[:60]), examples=MARKET_EXAMPLES, meant=repr(meant), name=name
    )
