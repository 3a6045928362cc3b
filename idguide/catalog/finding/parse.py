"""Turning what an officer types into a whoosh query, without whoosh's query language.

User text never reaches whoosh's ``QueryParser``: it is folded and split by the same functions
that built the index (:mod:`idguide.catalog.finding.fields`) and the query objects are assembled
here, so ``*``, ``"``, ``AND`` or ``field:`` are just characters.

Every word must match somewhere (brand, name, model number, category, or the text in any
language) and a product scores the best match of each word; the word being typed also matches as
a prefix (its first three letters are single indexed terms, longer ones expand to the most used
brand/name words); a word found nowhere is looked up with one or two typos in the brand/name
vocabulary. If not every word can match, products matching any word are shown. Codes (GTIN,
model number, HS code) are exact alternatives that outrank everything else.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.matching import DisjunctionMaxMatcher, Matcher, NullMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from idguide.catalog.finding.facets import FacetTable
from idguide.catalog.finding.fields import (
    START_LENGTH,
    STEMMED_LANGS,
    categories_for,
    compact_code,
    is_stopword,
    query_stem,
    words,
)
from idguide.catalog.finding.vocab import FIELDS, Vocabulary, edit_distance
from idguide.catalog.progress import ProgressFn, no_progress

MAX_WORDS = 8
MAX_WORD_CHARS = 40
PREFIX_TERMS = 16  # brand and name completions of a word being typed (4+ letters)
TEXT_PREFIX_TERMS = 4  # text terms, from 5 letters on
PREFIX_SCAN = 3000  # terms looked at to find the most used ones for a prefix
FUZZY_TERMS = 6
FILTER_CACHE = 64  # filter document sets kept per open searcher
PREFIX_BOOST = 0.9
FUZZY_BOOST = (1.0, 0.8, 0.6)  # by edit distance

MATCH_KINDS = ("gtin", "model", "hs", "brand", "name")
# Fields whose match means the word is a brand, name or model word (exactly or being typed).
BRAND_OR_NAME = frozenset({"brand", "name", "model", "brand_start", "name_start"})


@dataclass
class Plan:
    """The queries for one search, and which terms stand for which kind of match."""

    main: wq.Query | None = None  # every word matches
    loose: wq.Query | None = None  # any word matches: tried when ``main`` finds nothing
    codes: list[wq.Query] = field(default_factory=list)  # exact GTIN / model / HS alternatives
    terms: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in MATCH_KINDS})
    starts: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in FIELDS})
    words: list[str] = field(default_factory=list)

    def add(self, kind: str, term: str) -> None:
        self.terms[kind].add(term)


class Lexicon:
    """Term statistics of one open searcher, with the prefix expansions and filter sets it has
    already worked out (they stay valid until the index changes and a new searcher opens)."""

    def __init__(self, searcher: Searcher, folder: Path | None = None) -> None:
        self.searcher = searcher
        self.folder = folder  # where the segments' word files are kept
        self.reader: IndexReader = searcher.reader()
        self._prefixes: dict[tuple[str, str, int], list[str]] = {}
        self._docs: dict[str, set[int]] = {}
        self._vocabulary: Vocabulary | None = None
        self._facets: FacetTable | None = None

    @property
    def vocabulary(self) -> Vocabulary:
        """Brand and name words, loaded the first time they are needed."""
        return self.load_vocabulary()

    def load_vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            self._vocabulary = Vocabulary(self.reader, self.folder)
        return self._vocabulary

    def facet_table(self, progress: ProgressFn = no_progress) -> FacetTable:
        """Each document's category, brand and languages, read the first time counts are
        (``progress`` may cancel that; the next count starts again)."""
        if self._facets is None:
            self._facets = FacetTable(self.reader, progress)
        return self._facets

    def docs(self, q: wq.Query) -> set[int]:
        """The document numbers ``q`` matches (a filter), remembered for the next search."""
        key = repr(q)
        found = self._docs.get(key)
        if found is None:
            if len(self._docs) >= FILTER_CACHE:
                self._docs.clear()
            found = self._docs[key] = set(self.searcher.docs_for_query(q))
        return found

    def has(self, fieldname: str, term: str) -> bool:
        return (fieldname, term) in self.reader

    def prefixed(self, fieldname: str, prefix: str, limit: int) -> list[str]:
        """The ``limit`` most used terms of ``fieldname`` that start with ``prefix`` (and are
        longer than it), among the first few thousand of each index segment; equally used ones
        in alphabetical order. A range read of whoosh's sorted term table: it needs nothing
        loaded first, so the first search after a start does not wait for the vocabulary."""
        key = (fieldname, prefix, limit)
        found = self._prefixes.get(key)
        if found is None:
            counts: dict[bytes, int] = {}
            for leaf, _ in self.reader.leaf_readers():
                for btext, info in islice(leaf.iter_prefix(fieldname, prefix), PREFIX_SCAN):
                    counts[btext] = counts.get(btext, 0) + info.doc_frequency()
            counts.pop(prefix.encode("utf-8"), None)
            top = heapq.nsmallest(limit, counts, key=lambda btext: (-counts[btext], btext))
            found = [btext.decode("utf-8") for btext in top]
            if len(self._prefixes) > 10_000:
                self._prefixes.clear()
            self._prefixes[key] = found
        return found


class _BestOfMatcher(DisjunctionMaxMatcher):
    """whoosh's DisjunctionMaxMatcher with two bugs fixed: ``score`` took the larger score of
    both sides even when they stood on different documents, and ``replace`` dropped both sides
    when only one had run out."""

    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return float(b.score())
        if not b.is_active() or a.id() < b.id():
            return float(a.score())
        if b.id() < a.id():
            return float(b.score())
        return float(max(a.score(), b.score()))

    def replace(self, minquality: float = 0) -> Matcher:
        a, b = self.a, self.b
        if minquality and a.is_active() and a.max_quality() < minquality:
            a = NullMatcher()
        if minquality and b.is_active() and b.max_quality() < minquality:
            b = NullMatcher()
        a = a.replace(minquality) if a.is_active() else a
        b = b.replace(minquality) if b.is_active() else b
        if not a.is_active():
            return b if b.is_active() else NullMatcher()
        if not b.is_active():
            return a
        if a is self.a and b is self.b:
            return self
        return self.__class__(a, b)


class BestOf(wq.DisjunctionMax):
    """Matches what any alternative matches; scores the best alternative a document has."""

    def _matcher(self, subs: list[wq.Query], searcher: Any, context: Any) -> Matcher:
        reader = searcher.reader()
        return self._tree_matcher(
            subs, _BestOfMatcher, searcher, context, lambda q: q.estimate_size(reader)
        )


def plan_query(lexicon: Lexicon, text: str) -> Plan:
    """The query for ``text`` (already cleaned of control characters)."""
    plan = Plan(words=[w[:MAX_WORD_CHARS] for w in words(text)][:MAX_WORDS])
    typing = not text[-1:].isspace()
    clauses = []
    for position, word in enumerate(plan.words):
        last = typing and position == len(plan.words) - 1
        clause = word_clause(lexicon, plan, word, last)
        if clause is not None:
            clauses.append(clause)
        elif not droppable(word, last):
            clauses.append(wq.NullQuery)
    add_model_alternatives(lexicon, plan, text, typing)
    useful = [c for c in clauses if c is not wq.NullQuery]
    if useful:
        plan.main = useful[0] if len(clauses) == 1 else wq.And(clauses)
        plan.loose = wq.Or(useful) if len(useful) > 1 else None
    return plan


def droppable(word: str, last: bool) -> bool:
    """A word that matches nothing but need not: a stop word, or one letter not being typed."""
    return (len(word) == 1 and not last) or any(is_stopword(word, lang) for lang in STEMMED_LANGS)


def word_clause(lexicon: Lexicon, plan: Plan, word: str, typing: bool) -> wq.Query | None:
    """The alternatives for one word; a product scores the best of them (not their sum, which
    would favour entries that repeat a word in every field and defeat block skipping)."""
    found: dict[tuple[str, str], float] = {}
    for key in exact_terms(lexicon, word):
        found[key] = 1.0
    in_text = any(f == "text" for f, _ in found)
    for cid in categories_for(word, typing):
        found[("category", cid)] = 1.0
    if typing:
        for key in prefix_terms(lexicon, word):
            boost = 1.0 if key[0].endswith("_start") else PREFIX_BOOST
            found.setdefault(key, boost)
    if len(word) >= 4 and not any(f in BRAND_OR_NAME for f, _ in found):
        # Whether a brand or name word is looked for with typos depends only on the brand and
        # name words: a stemmer can make the typo a text word of the products that have text in
        # its language ("zephyrele" is "zephyrel" in French, as "zephyrelle" is), and the brand's
        # other products would be missed. A real text word gets one typo, not two.
        found.update(fuzzy_terms(lexicon, word, 1 if in_text else None))
    for fieldname, term in found:
        if fieldname in plan.terms:
            plan.add(fieldname, term)
        elif fieldname.endswith("_start"):
            plan.starts[fieldname.removesuffix("_start")].add(term)
    terms = [wq.Term(f, t, boost=boost) for (f, t), boost in found.items()]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else BestOf(terms)


def exact_terms(lexicon: Lexicon, word: str) -> list[tuple[str, str]]:
    candidates = [("brand", word), ("name", word), ("model", word), *text_stems(word)]
    return [(f, t) for f, t in candidates if lexicon.has(f, t)]


def text_stems(word: str) -> list[tuple[str, str]]:
    """The text terms a query word looks for: its stem in each language, and itself."""
    stems = {query_stem(word, lang) for lang in (*STEMMED_LANGS, "")}
    return [("text", stem) for stem in sorted(s for s in stems if s)]


def prefix_terms(lexicon: Lexicon, prefix: str) -> list[tuple[str, str]]:
    """The word being typed, as a prefix: up to three letters, the indexed first letters of brand
    and name words; from four letters, the most used brand/name words that start so; from five,
    also a few text words."""
    if len(prefix) <= START_LENGTH:
        return [("brand_start", prefix), ("name_start", prefix)]
    found = [(f, t) for f in FIELDS for t in lexicon.prefixed(f, prefix, PREFIX_TERMS)]
    if len(prefix) >= 5:
        found += [("text", t) for t in lexicon.prefixed("text", prefix, TEXT_PREFIX_TERMS)]
    return found


def fuzzy_terms(
    lexicon: Lexicon, word: str, maxdist: int | None = None
) -> dict[tuple[str, str], float]:
    """Brand/name terms one typo away (two from 5 letters on, unless ``maxdist`` says fewer),
    first letter kept: the closest, then the most used. Words with digits are codes, not
    misspelt words."""
    if any(ch.isdigit() for ch in word):
        return {}
    vocabulary = lexicon.vocabulary
    maxdist = min(maxdist or 2, 1 if len(word) < 5 else 2)
    ranked = []
    for distance, term in vocabulary.similar(word, maxdist, same_first_letter=True):
        for fieldname in FIELDS:
            frequency = vocabulary.frequency(fieldname, term)
            if frequency:
                ranked.append(((-distance, frequency), fieldname, term, distance))
    best = heapq.nlargest(FUZZY_TERMS, ranked)
    return {(f, t): FUZZY_BOOST[distance] for _, f, t, distance in best}


def add_model_alternatives(lexicon: Lexicon, plan: Plan, text: str, typing: bool) -> None:
    """A model/reference number typed with or without its separators, whole or being typed."""
    code = compact_code(text)
    if len(code) < 2:
        return
    found = [code] if lexicon.has("model", code) else []
    if typing and len(code) >= 3 and any(ch.isdigit() for ch in code):
        found += [t for t in lexicon.prefixed("model", code, PREFIX_TERMS) if t != code]
    for term in found:
        plan.codes.append(wq.Term("model", term))
        plan.add("model", term)


def suggestion(lexicon: Lexicon, plan: Plan) -> str | None:
    """ "Did you mean": each word not found replaced by the closest, then most used, brand/name
    word within one typo (two from 5 letters on), whatever its first letter, or else by the
    closest brand/name word that sounds the same ("zefirelle": "zephyrelle"). None when nothing
    changes."""
    changed = False
    out = []
    for word in plan.words:
        best = word
        if len(word) >= 4 and not known_word(lexicon, word):
            best = closest_word(lexicon, word) or word
        changed |= best != word
        out.append(best)
    return " ".join(out) if changed else None


def known_word(lexicon: Lexicon, word: str) -> bool:
    if word in lexicon.vocabulary or any(ch.isdigit() for ch in word):
        return True
    return any(lexicon.has(f, stem) for f, stem in text_stems(word))


def closest_word(lexicon: Lexicon, word: str) -> str | None:
    vocabulary = lexicon.vocabulary
    maxdist = 1 if len(word) < 5 else 2
    ranked = [
        ((-distance, sum(vocabulary.frequency(f, term) for f in FIELDS)), term)
        for distance, term in vocabulary.similar(word, maxdist, same_first_letter=False)
    ]
    return max(ranked)[1] if ranked else closest_sounding(lexicon, word)


def closest_sounding(lexicon: Lexicon, word: str) -> str | None:
    """The brand/name word that sounds like ``word`` and is spelt closest to it (then the most
    used); None when none does, or the closest is spelt too differently to be what was meant."""
    vocabulary = lexicon.vocabulary
    limit = len(word) // 2 + 1
    ranked = []
    for term in vocabulary.sounding_like(word):
        distance = edit_distance(word, term, limit)
        if distance <= limit and term != word:
            frequency = sum(vocabulary.frequency(f, term) for f in FIELDS)
            ranked.append(((-distance, frequency), term))
    return max(ranked)[1] if ranked else None
