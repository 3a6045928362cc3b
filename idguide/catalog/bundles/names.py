"""When two names are the same name to an officer's eye: their confusable skeletons match.

A publisher's display name and its brands' names are bound to it in the trust store; another
publisher may not take one that *looks* the same. Looking the same is Unicode's TR39 skeleton
(UTS #39, section 4): each character is replaced by the prototype of its class of confusables
("В" Cyrillic and "B" Latin; "rn" and "m"), from the confusables data that the
``confusable_homoglyphs`` package ships. On top of it case, accents, spacing and punctuation are
ignored, so "BRONTEL", "Brontél" and "Вrontel" are all "Brontel".

The package keeps, for each character, the characters it is confusable with (every line of
``confusables.txt`` in both directions); the classes are rebuilt from it here once. Every member
of a class maps to its prototype, so the prototype is the member with the most look-alikes (of
a pair, the ASCII one): for comparing, any one member would serve, but with the prototype a name
in capitals folds as the same name in small letters would.
"""

from __future__ import annotations

import functools
import unicodedata

from idguide.catalog.text import fold

_LRM = "\u200e"  # the package wraps right-to-left characters in LRM marks for display


@functools.cache
def _prototypes() -> dict[str, str]:
    """Each character that has look-alikes -> the prototype of its class."""
    from confusable_homoglyphs.confusables import confusables_data

    neighbours: dict[str, set[str]] = {}
    for char, homoglyphs in confusables_data.items():
        for glyph in homoglyphs:
            a, b = char.strip(_LRM), glyph["c"].strip(_LRM)
            neighbours.setdefault(a, set()).add(b)
            neighbours.setdefault(b, set()).add(a)
    table: dict[str, str] = {}
    seen: set[str] = set()
    for start in neighbours:
        if start in seen:
            continue
        members, todo = {start}, [start]
        while todo:
            for other in neighbours[todo.pop()] - members:
                members.add(other)
                todo.append(other)
        seen |= members
        prototype = min(members, key=lambda m: _rank(m, neighbours))
        table.update((m, prototype) for m in members if len(m) == 1 and m != prototype)
    return table


def _rank(member: str, neighbours: dict[str, set[str]]) -> tuple[int, bool, str]:
    """The prototype of a class: every other member maps to it, so it has the most
    look-alikes; of a pair, the ASCII one (then the lower code point)."""
    return (-len(neighbours[member]), not member.isascii(), member)


def skeleton(text: str) -> str:
    """TR39's skeleton of ``text``: NFD, each character as its prototype, NFD again."""
    table = _prototypes()
    mapped = "".join(table.get(char, char) for char in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)


def name_key(name: str) -> str:
    """What two names share when they look the same: the skeleton of the NFKC form, folded
    (case and accents) and skeleton again ("ВRONTEL" -> "BRONTEL" -> "brontel"), without
    spaces and punctuation."""
    folded = skeleton(fold(skeleton(unicodedata.normalize("NFKC", name))))
    return "".join(char for char in folded if char.isalnum())


def same_name(first: str, second: str) -> bool:
    return bool(first.strip()) and name_key(first) == name_key(second)
