"""The brand and name vocabulary in memory: completing the word being typed, and typos.

Prefix completion and typo matching only ever look at brand and product-name words: a few
thousand short words even at 100,000 products. Reading them once from the index when first needed
(about 6 µs a word) and working on a sorted list beats seeking through whoosh's on-disk term
dictionary for every candidate, which is what ``IndexReader.terms_within`` does; and unlike
whoosh's Levenshtein automaton, the distance used here counts two swapped letters as one typo.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterator

from whoosh.reading import IndexReader

FIELDS = ("brand", "name")


class Vocabulary:
    """Brand and name words, each with how many products use it in either field."""

    def __init__(self, reader: IndexReader) -> None:
        frequencies: dict[str, list[int]] = {}
        # segment by segment: whoosh's multi-segment term iterator looks every term up again
        # in every segment
        for leaf, _ in reader.leaf_readers():
            for slot, fieldname in enumerate(FIELDS):
                for btext, info in leaf.iter_field(fieldname):
                    counts = frequencies.setdefault(btext.decode("utf-8"), [0, 0])
                    counts[slot] += info.doc_frequency()
        self._frequencies = frequencies
        self._terms = sorted(frequencies)
        self._completions: dict[tuple[str, str, int], list[str]] = {}

    def __contains__(self, term: str) -> bool:
        return term in self._frequencies

    def frequency(self, fieldname: str, term: str) -> int:
        counts = self._frequencies.get(term)
        return counts[FIELDS.index(fieldname)] if counts else 0

    def completions(self, fieldname: str, prefix: str, limit: int) -> list[str]:
        """The ``limit`` most used words of ``fieldname`` that start with ``prefix`` (and are
        longer than it); worked out once per prefix."""
        key = (fieldname, prefix, limit)
        found = self._completions.get(key)
        if found is None:
            slot = FIELDS.index(fieldname)
            ranked = ((self._frequencies[t][slot], t) for t in self._starting_with(prefix)
                      if t != prefix and self._frequencies[t][slot])
            found = [term for _, term in heapq.nlargest(limit, ranked)]
            if len(self._completions) > 10_000:
                self._completions.clear()
            self._completions[key] = found
        return found

    def similar(self, word: str, maxdist: int, same_first_letter: bool) -> list[tuple[int, str]]:
        """(distance, word) for words within ``maxdist`` typos of ``word``, other than itself."""
        candidates = self._starting_with(word[0]) if same_first_letter else iter(self._terms)
        letters = set(word)
        found = []
        for term in candidates:
            # cheap bounds first: each typo changes the length by at most one and the set of
            # letters by at most two
            if (abs(len(term) - len(word)) <= maxdist and term != word
                    and len(letters.symmetric_difference(term)) <= 2 * maxdist):
                distance = edit_distance(word, term, maxdist)
                if distance <= maxdist:
                    found.append((distance, term))
        return found

    def _starting_with(self, prefix: str) -> Iterator[str]:
        terms = self._terms
        for index in range(bisect_left(terms, prefix), len(terms)):
            if not terms[index].startswith(prefix):
                return
            yield terms[index]


def edit_distance(a: str, b: str, limit: int = 99) -> int:
    """Optimal-string-alignment distance: letters wrong, missing, extra or swapped (a swap counts
    as one). Stops early, returning more than ``limit``, once the distance must exceed it."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
