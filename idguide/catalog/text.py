"""The one text fold: the case- and accent-free form of a text ("Crème Ação" -> "creme acao").

It is the form the search index holds its words in (idguide.catalog.finding.fields folds every
word and the officer's query with it), so anything that compares names as search does (the
search benchmark's queries; a check that two brand names are the same name) uses it too.
"""

from __future__ import annotations

import unicodedata

from whoosh.support.charset import accent_map


def _accent_table() -> dict[int, str | None]:
    """whoosh's accent map, applied until nothing changes (some of its outputs are themselves
    mapped), plus the combining marks of decomposed text."""
    table: dict[int, str | None] = {cp: None for cp in range(0x300, 0x370)}
    for codepoint, plain in accent_map.items():
        while plain != (folded := plain.translate(accent_map)):
            plain = folded
        table[codepoint] = plain
    return table


# For ``str.translate`` on text already case-folded: "ø" -> "o", "æ" -> "ae", marks dropped.
ACCENTS = _accent_table()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents: "Crème Ação" -> "creme acao"."""
    return unicodedata.normalize("NFC", text).casefold().translate(ACCENTS)
