"""The brand and name vocabulary in memory, for typos and "did you mean".

Typo matching only ever looks at brand and product-name words: a few thousand short words for a
real catalogue, up to one per product when names carry numbers. Working on a sorted list in
memory beats seeking through whoosh's on-disk term dictionary for every candidate, which is what
``IndexReader.terms_within`` does; and unlike whoosh's Levenshtein automaton, the distance used
here counts two swapped letters as one typo. (Completing the word being typed needs no
vocabulary: it is one range read of whoosh's sorted term table, see ``Lexicon.prefixed``.)

Reading the words out of whoosh costs about 12 µs a word (over a second at 100,000 products, all
of it in the officer's first search), so each index segment's words are also saved beside it in
a small ``marshal`` file when the segment is written (segments never change once written;
deletions do not change whoosh's term counts either). Loading those takes milliseconds. A missing
or unreadable file is worked out again from the segment, and saved if the folder is writable.
The files are named after their segment (``MAIN_<id>.idguide-words``), so whoosh deletes them
with the segment's own files when it merges segments away. (``marshal`` is for data this app
wrote into its own folder, like the index itself; nothing from a bundle is ever read this way.)
"""

from __future__ import annotations

import contextlib
import marshal
import os
from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from whoosh.reading import IndexReader

FIELDS = ("brand", "name")
CACHE_SUFFIX = ".idguide-words"
CACHE_VERSION = 3

# per field (FIELDS order): word -> how many products use it in that field. Plain str -> int
# dicts: the garbage collector does not track them, so loading 100,000 words does not wake it.
Frequencies = tuple[dict[str, int], ...]


class Vocabulary:
    """Brand and name words, each with how many products use it in either field."""

    def __init__(self, reader: IndexReader, folder: Path | None = None) -> None:
        merged: list[dict[str, int]] = []
        # segment by segment: whoosh's multi-segment term iterator looks every term up again
        # in every segment
        for leaf, _ in reader.leaf_readers():
            words = segment_words(leaf, folder)
            if not merged:
                merged = list(words)
                continue
            for total, counts in zip(merged, words, strict=True):
                for term, count in counts.items():
                    total[term] = total.get(term, 0) + count
        self._counts = dict(zip(FIELDS, merged or [{} for _ in FIELDS], strict=True))
        # each dict holds sorted runs of words (see read_segment), which sorting takes quickly
        self._terms = list(dict.fromkeys(sorted(chain(*self._counts.values()))))
        self._sounds: dict[str, list[str]] | None = None  # sound key -> words, made when needed

    def __contains__(self, term: str) -> bool:
        return any(term in counts for counts in self._counts.values())

    def frequency(self, fieldname: str, term: str) -> int:
        return self._counts[fieldname].get(term, 0)

    def similar(self, word: str, maxdist: int, same_first_letter: bool) -> list[tuple[int, str]]:
        """(distance, word) for words within ``maxdist`` typos of ``word``, other than itself."""
        candidates = self._starting_with(word[0]) if same_first_letter else iter(self._terms)
        letters = set(word)
        found = []
        for term in candidates:
            # cheap bounds first: each typo changes the length by at most one and the set of
            # letters by at most two
            if (
                abs(len(term) - len(word)) <= maxdist
                and term != word
                and len(letters.symmetric_difference(term)) <= 2 * maxdist
            ):
                distance = edit_distance(word, term, maxdist)
                if distance <= maxdist:
                    found.append((distance, term))
        return found

    def sounding_like(self, word: str) -> list[str]:
        """Words that sound like ``word``: the same :func:`sound_key`. The table is made the
        first time ("did you mean" with no word a typo or two away): about 30 ms for 100,000
        words."""
        if self._sounds is None:
            self._sounds = {}
            for term in self._terms:
                key = sound_key(term)
                if key:
                    self._sounds.setdefault(key, []).append(term)
        key = sound_key(word)
        return self._sounds.get(key, []) if key else []

    def _starting_with(self, prefix: str) -> Iterator[str]:
        terms = self._terms
        for index in range(bisect_left(terms, prefix), len(terms)):
            if not terms[index].startswith(prefix):
                return
            yield terms[index]


def segment_words(leaf: IndexReader, folder: Path | None) -> Frequencies:
    """The brand/name words of one segment: from its saved file if there is a good one, else
    read from whoosh (and saved for next time when ``folder`` is given)."""
    path = cache_path(folder, leaf) if folder is not None else None
    if path is not None:
        words = read_cache(path)
        if words is not None:
            return words
    words = read_segment(leaf)
    if path is not None:
        write_cache(path, words)
    return words


def read_segment(leaf: IndexReader) -> Frequencies:
    return tuple(
        {btext.decode("utf-8"): info.doc_frequency() for btext, info in leaf.iter_field(field)}
        # (whoosh gives the words of a field in sorted order)
        for field in FIELDS
    )


def cache_path(folder: Path, leaf: IndexReader) -> Path | None:
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    if segment is None:  # an empty index has no segment
        return None
    return folder / f"{segment.segment_id()}{CACHE_SUFFIX}"


def read_cache(path: Path) -> Frequencies | None:
    try:
        version, words = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if version != CACHE_VERSION or not isinstance(words, tuple) or len(words) != len(FIELDS):
        return None
    return words if all(isinstance(counts, dict) for counts in words) else None


def write_cache(path: Path, words: Frequencies) -> None:
    """Saved with a temporary file and a rename, so a reader never sees half a file; a folder
    that cannot be written to just means reading from whoosh again next time."""
    data = marshal.dumps((CACHE_VERSION, words))
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


def sound_key(word: str) -> str:
    """How a folded word sounds, as Metaphone writes it ("zephyrelle" and "zefirelle": "SFRL"),
    or "" for words too short to say much (under 4 letters) and words with digits (codes).

    Metaphone (from jellyfish, a well-kept library) is made for English, but its rules (ph/f,
    c/k/s, y/i, silent and doubled letters) are the ones officers of every language get wrong when
    they write a brand they heard; its keys are short, so the closest spelling is chosen among
    the words that share one (:func:`idguide.catalog.finding.parse.closest_sounding`)."""
    if len(word) < 4 or not word.isalpha():
        return ""
    import jellyfish  # loaded with the first "did you mean" that needs it

    return str(jellyfish.metaphone(word))


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
