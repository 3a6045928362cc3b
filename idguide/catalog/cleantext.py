"""What a text from outside may hold: the one rule for bundles, authoring folders, workbooks,
and for what idguide writes out (PDF pages, the terminal).

Every text is NFC-normalised (a Windows line end becomes a newline). These are refused, each
with the field named: C0 and C1 control characters other than newline and tab (an ESC sequence
can clear a terminal or retitle it), the bidirectional embeddings and overrides U+202A-202E and
isolates U+2066-2069 (they reorder what is shown, so "gpj.exe" reads as "exe.jpg"), and unpaired
surrogates (no character at all; they break whatever writes the text out). ZWJ and ZWNJ
(U+200C-200D) and the marks LRM and RLM (U+200E-200F) stay: Persian, Arabic, Hebrew and Indic
text needs them.

Text that reached the catalogue before this rule, and what an officer types, is made safe where
it is written out: :func:`strip` for a PDF page, :func:`printable` for a terminal.
"""

from __future__ import annotations

import re
import unicodedata

from idguide.catalog.i18n import N_, _

FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


# One whole sentence per kind of character, so that each language can say it its own way.
SURROGATE = N_(
    "The text holds an unpaired surrogate U+{point} (invisible, or able to disguise text); "
    "retype the text without it."
)
BIDI = N_(
    "The text holds the bidirectional control U+{point} (invisible, or able to disguise "
    "text); retype the text without it."
)
CONTROL = N_(
    "The text holds the control character U+{point} (invisible, or able to disguise text); "
    "retype the text without it."
)


def _sentence(char: str) -> str:
    point = ord(char)
    if 0xD800 <= point <= 0xDFFF:
        return SURROGATE
    if 0x202A <= point <= 0x202E or 0x2066 <= point <= 0x2069:
        return BIDI
    return CONTROL


def problem(text: str) -> str | None:
    """What is wrong with ``text`` by the rule above, as a sentence in the process's language
    (said after the field's name), or None."""
    found = FORBIDDEN.search(text.replace("\r\n", "\n"))
    if found is None:
        return None
    char = found.group()
    return _(_sentence(char)).format(point=f"{ord(char):04X}")


def normalized(text: str) -> str:
    """``text`` as it is stored: NFC, Windows line ends as newlines. Call it on text that
    :func:`problem` accepted."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))


def strip(text: str) -> str:
    """``text`` without what the rule refuses: for writing text of any age onto a page."""
    return FORBIDDEN.sub("", text.replace("\r\n", "\n"))


def printable(text: str) -> str:
    """``text`` with what the rule refuses shown as escapes (``\\x1b``, ``\\u202e``): a terminal
    shows them and does not obey them. Newlines and tabs stay."""
    return FORBIDDEN.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    point = ord(found.group())
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"
