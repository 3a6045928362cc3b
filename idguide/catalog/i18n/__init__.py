"""The languages idguide speaks, and the core's own texts in them (Python's gettext, no Qt).

The core writes the PDFs, the command line's output and the error messages both front ends
show, so its texts live here: ``.po`` files beside this module, one per language
(``<lang>/LC_MESSAGES/idguide.po``), extracted from the source with babel and compiled to the
``.mo`` files the wheel ships (``make translations``; docs/translations.md). The app's own
words are Qt's; the glossary beside this module (``glossary.tsv``) serves both.

Two ways to ask for a text:

- ``_("...")`` and ``ngettext(...)`` use the process's language (:func:`set_language`): the
  command line sets it from ``LANG`` or ``--lang``, the app from View > Language. Error messages
  are made with these, in the language of whoever reads them.
- ``translation(lang).gettext("...")`` for a document in a language of its own: a handout in
  Spanish from an app in French, the second language of a bilingual verification request.

Messages carry named placeholders (``_("Examination {id} saved.").format(id=...)``), never
f-strings, which babel cannot extract.
"""

from __future__ import annotations

import gettext as _gettext
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.i18n.formats import day, moment
    from idguide.catalog.i18n.words import (
        RESULTS,
        UNITS,
        VERDICTS,
        language_names,
        places,
        unit_code,
        word,
    )

ENGLISH = "en"
# The languages idguide speaks: its interface, its printed documents, its messages.
LANGUAGES = ("en", "es", "fr", "pt")
# The variant of each that idguide writes and formats dates and numbers in (CLDR locales; Qt's
# own dialogs too). One Spanish serves Spain and Latin America; Portuguese is Brazil's. The
# glossary beside this module (glossary.tsv) says why and holds the terms.
LOCALES = {"en": "en", "es": "es", "fr": "fr", "pt": "pt_BR"}
# Each language in its own words, as a menu offers it.
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
DOMAIN = "idguide"
LOCALE_DIR = Path(__file__).resolve().parent

_current = ENGLISH


def language_of(code: str | None) -> str:
    """The language part of a locale name, lower case: "pt_BR.UTF-8" -> "pt", "es-419" -> "es";
    "" for none, the C locale or POSIX."""
    text = (code or "").strip().split(".")[0].split("@")[0]
    base = text.replace("-", "_").split("_")[0].lower()
    return "" if base in ("", "c", "posix") else base


@dataclass(frozen=True)
class Choice:
    """The language idguide uses for what was asked: ``language`` is always one of
    :data:`LANGUAGES`; ``missing`` is the language asked for that idguide does not speak."""

    language: str
    missing: str = ""

    def notice(self) -> str:
        """ "German is not available; showing English." ("" when the language asked is here)."""
        if not self.missing:
            return ""
        return (
            translation(self.language)
            .gettext("{language} is not available; showing {fallback}.")
            .format(language=english_name(self.missing), fallback=english_name(self.language))
        )


def choose(code: str | None) -> Choice:
    """The language for ``code`` (a language code or a locale name): itself if idguide speaks
    it, else English with the missing one named; English for none."""
    language = language_of(code)
    if not language:
        return Choice(ENGLISH)
    if language in LANGUAGES:
        return Choice(language)
    return Choice(ENGLISH, language)


def english_name(code: str) -> str:
    """ "German" for "de", from babel's CLDR data (loaded only for a language idguide lacks);
    the code itself if CLDR does not know it."""
    if code in NATIVE_NAMES:
        return {"en": "English", "es": "Spanish", "fr": "French", "pt": "Portuguese"}[code]
    from babel import Locale

    return str(Locale("en").languages.get(code, code))


def set_language(code: str | None) -> Choice:
    """Speak the language chosen for ``code`` from now on (in this process); return the choice,
    which says whether the language asked for was missing."""
    global _current
    choice = choose(code)
    _current = choice.language
    return choice


def locale_language() -> str:
    """The language the environment's locale asks for, as gettext reads it (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``): "pt_BR.UTF-8" -> "pt"; "" for none or C."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return language_of(value)
    return ""


def current_language() -> str:
    return _current


def locale_of(language: str | None) -> str:
    """The CLDR locale idguide formats ``language`` in ("pt" -> "pt_BR"); English for others."""
    return LOCALES.get(language or _current, LOCALES[ENGLISH])


@cache
def translation(language: str | None) -> _gettext.NullTranslations:
    """The core's texts in ``language`` (English, the source, for one idguide lacks)."""
    chosen = choose(language).language
    if chosen == ENGLISH:
        return _gettext.NullTranslations()  # English is the source: its plurals are built in
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[chosen], fallback=True)


def gettext(message: str) -> str:
    """``message`` in the process's language."""
    return translation(_current).gettext(message)


_ = gettext  # the short name the core's modules use; the command line's use gettext


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n`` in the process's language (format the
    count in yourself: ``ngettext("{n} product", "{n} products", n).format(n=n)``)."""
    return translation(_current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks ``message`` for extraction only; it is translated where it is shown."""
    return message


# the controlled words, for the command line and the app (the core imports i18n.words)
__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.i18n.formats": ["day", "moment"],
        "idguide.catalog.i18n.words": [
            "RESULTS",
            "UNITS",
            "VERDICTS",
            "language_names",
            "places",
            "unit_code",
            "word",
        ],
    },
)

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "LOCALES",
    "NATIVE_NAMES",
    "N_",
    "RESULTS",
    "UNITS",
    "VERDICTS",
    "Choice",
    "_",
    "choose",
    "current_language",
    "day",
    "english_name",
    "gettext",
    "language_names",
    "language_of",
    "locale_language",
    "locale_of",
    "moment",
    "ngettext",
    "places",
    "set_language",
    "translation",
    "unit_code",
    "word",
]
