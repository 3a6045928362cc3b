"""The search index: find a product by brand, name, code, category or text, as the officer types.

The index is a whoosh index in its own folder (``catalog.index/`` beside ``catalog.db``), derived
from the catalogue and stamped with the catalogue's content generation. It is rebuilt into a
temporary sibling folder and swapped in at the end, so a cancelled or failed rebuild leaves the
previous index (and its stamp) as it was.

One searcher stays open between searches and is refreshed only after :meth:`SearchIndex.update`
or :meth:`SearchIndex.rebuild`. A lock makes the object safe to share between the thread that
opened it and one background worker.
"""

from __future__ import annotations

import functools
import math
import pickle
import shutil
import struct
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh import query as wq
from whoosh.collectors import Collector, FilterCollector, TopCollector
from whoosh.scoring import TF_IDF
from whoosh.searching import Searcher

from idguide.catalog.codes import looks_like_gtin, looks_like_hs, normalize_gtin
from idguide.catalog.errors import IdguideError, InvalidCodeError, SearchIndexError
from idguide.catalog.finding.facets import FacetCounts
from idguide.catalog.finding.fields import build_codec, doc_fields, strip_unusable, words
from idguide.catalog.finding.files import (
    INDEX_BEHIND,
    TrackedStorage,
    build,
    damaged,
    read_stamp,
    remove_leftovers,
    save_words,
    sibling,
    swap_in,
    unwritable,
    write_stamp,
)
from idguide.catalog.finding.parse import Lexicon, Plan, plan_query, suggestion
from idguide.catalog.finding.request import Filters, checked_query, result_limit
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.text import fold

# What reading a damaged index file raises (terms are UTF-8 bytes, decoded here and there).
_READ_ERRORS = (
    OSError,
    EOFError,
    struct.error,
    zlib.error,
    pickle.UnpicklingError,
    UnicodeDecodeError,
    windex.IndexError,
)


@dataclass
class IndexDoc:
    id: str
    brand_id: str
    brand: str  # brand display name, e.g. "Nordiva"
    category: str  # category id, e.g. "cosmetics"
    names: dict[str, str]  # lang -> product name
    models: list[str]  # model / reference numbers, e.g. ["TW-200", "TW200-EU"]
    gtins: list[str]  # already GTIN-14 (idguide.catalog.codes.normalize_gtin)
    hs_codes: list[str]  # digits only, e.g. "820411"
    texts: dict[str, str]  # lang -> all other text of the entry, joined
    hidden: bool = False  # withdrawn product or revoked publisher


@dataclass
class Hit:
    id: str
    score: float
    matched: str  # "gtin", "model", "hs", "brand", "name" or "text"


@dataclass
class SearchResults:
    hits: list[Hit]
    suggestion: str | None = None  # "did you mean" text when there are zero hits on a misspelling
    gtin: str | None = None  # the normalized GTIN-14 when the query was a valid barcode


class SearchIndex:
    """The whoosh index in ``folder``. Creating the object touches nothing on disk."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = threading.RLock()  # the open searcher
        self._writing = threading.Lock()  # one rebuild or update at a time
        self._storage: TrackedStorage | None = None
        self._ix: windex.Index | None = None
        self._searcher: Searcher | None = None
        self._lexicon: Lexicon | None = None

    # -- state ------------------------------------------------------------------------------

    def generation(self) -> int | None:
        """The catalogue generation this index was last brought in step with; None if the index
        is missing or cannot be read (then it must be rebuilt)."""
        with self._lock:
            stamp = read_stamp(self.folder)
            if stamp is None:
                return None
            try:
                self._open()
            except SearchIndexError:
                return None
            return stamp

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            if self._ix is not None:
                self._ix.close()
            if self._storage is not None:
                self._storage.close_files()
            self._ix = self._searcher = self._lexicon = self._storage = None

    def _open(self) -> tuple[Searcher, Lexicon]:
        if self._searcher is None or self._lexicon is None:
            storage = TrackedStorage(str(self.folder))
            try:
                ix = storage.open_index()
                searcher = ix.searcher(weighting=TF_IDF())
            except Exception as exc:  # anything whoosh raises on a damaged folder
                storage.close_files()
                raise damaged(self.folder, exc) from None
            self._storage = storage
            self._ix, self._searcher, self._lexicon = ix, searcher, Lexicon(searcher, self.folder)
        return self._searcher, self._lexicon

    def _refresh(self) -> None:
        self.close()
        self._open()

    # -- writing ----------------------------------------------------------------------------

    def rebuild(
        self,
        docs: Iterable[IndexDoc],
        total: int,
        generation: int,
        progress: ProgressFn | None = None,
    ) -> None:
        """Build a new index from ``docs`` and swap it in. If ``progress`` raises (Interrupted)
        or anything fails, the previous index stays as it was and the temporary folder goes.
        Searching goes on in the previous index until the swap."""
        with self.prepared(docs, total, generation, progress) as swap:
            swap()

    @contextmanager
    def prepared(
        self,
        docs: Iterable[IndexDoc],
        total: int,
        generation: int,
        progress: ProgressFn | None = None,
    ) -> Iterator[Callable[[], None]]:
        """Build a new index from ``docs`` in a temporary folder, stamped ``generation``, and
        yield the function that swaps it in. Leaving the block without calling it, or by an
        error, removes the new index and keeps the previous one as it was. (An import builds
        the index inside its database transaction and swaps it in after the commit.)"""
        with self._writing:
            remove_leftovers(self.folder)
            temp = sibling(self.folder, "building")
            try:
                try:
                    build(temp, docs, total, progress or no_progress)
                    save_words(temp)
                    write_stamp(temp, generation)
                except OSError as exc:
                    raise unwritable(self.folder, exc) from None
                yield functools.partial(self._swap_in, temp)
            finally:
                shutil.rmtree(temp, ignore_errors=True)

    def _swap_in(self, temp: Path) -> None:
        with self._lock:
            self.close()
            try:
                swap_in(temp, self.folder)
            except OSError as exc:
                raise unwritable(self.folder, exc, INDEX_BEHIND) from None

    def update(self, docs: Sequence[IndexDoc], deleted: Sequence[str], generation: int) -> None:
        """Add or replace ``docs`` (by id), remove the ``deleted`` ids, stamp ``generation``."""
        with self._writing, self._lock:
            self._open()
            assert self._ix is not None
            writer = self._ix.writer(codec=build_codec())
            try:
                for doc_id in deleted:
                    writer.delete_by_term("id", doc_id)
                for doc in docs:
                    writer.update_document(**doc_fields(doc))
            except BaseException:
                writer.cancel()
                raise
            try:
                writer.commit()
                write_stamp(self.folder, generation)
            except OSError as exc:  # the stamp stays behind: the next open rebuilds the index
                raise unwritable(self.folder, exc, INDEX_BEHIND) from None
            self._refresh()
            assert self._lexicon is not None
            self._lexicon.load_vocabulary()  # saves the new segment's words for the next start

    # -- searching --------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        category: str | None = None,
        brand: str | None = None,
        lang: str | None = None,
        limit: int = 20,
        include_hidden: bool = False,
    ) -> SearchResults:
        """Products for what the officer typed. Raises InvalidCodeError for a barcode with a
        wrong check digit (unless the digits are also a model number or HS code) and
        SearchIndexError when the index is damaged; nothing else."""
        text = strip_unusable(checked_query(query))
        scope = scope_query(Filters.of(category, brand, lang), include_hidden)
        limit = result_limit(limit)
        with self._reading() as (searcher, lexicon):
            return run_search(searcher, lexicon, text, scope, limit)

    def count(
        self,
        query: str,
        *,
        category: str | None = None,
        brand: str | None = None,
        lang: str | None = None,
        include_hidden: bool = False,
        progress: ProgressFn | None = None,
    ) -> FacetCounts:
        """How many products :meth:`search` finds for the same arguments, in all, and per
        category, brand and content language (each with the other filters applied). Slower
        than a search on a large catalogue, as it reads every match: ``progress`` may cancel."""
        text = strip_unusable(checked_query(query))
        scope = scope_query(Filters.of(category, brand, lang), include_hidden)
        with self._reading() as (searcher, lexicon):
            return count_matches(searcher, lexicon, text, scope, progress or no_progress)

    @contextmanager
    def _reading(self) -> Iterator[tuple[Searcher, Lexicon]]:
        """The open searcher, under the lock; a damaged index becomes SearchIndexError."""
        with self._lock:
            searcher, lexicon = self._open()
            try:
                yield searcher, lexicon
            except IdguideError:
                raise
            except Exception as exc:
                if not is_damage(exc):
                    raise
                self.close()
                raise damaged(self.folder, exc) from None


# -- searching ------------------------------------------------------------------------------


def is_damage(exc: Exception) -> bool:
    """Whether ``exc`` comes from reading the index files rather than from a bug here: a read
    error, or anything raised inside whoosh's own code (damaged bytes make its decoding fail in
    many ways: a bad pickle alone can raise half a dozen kinds of error)."""
    if isinstance(exc, _READ_ERRORS):
        return True
    frame = exc.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    module = frame.tb_frame.f_globals.get("__name__", "") if frame is not None else ""
    return bool(module == "whoosh" or module.startswith("whoosh."))


def scope_query(filters: Filters, include_hidden: bool) -> Scope:
    scope = Scope(include_hidden=include_hidden)
    if filters.category:
        scope.category = wq.Term("category", filters.category)
    if filters.brand:
        brand = filters.brand
        keys = {brand, fold(brand), " ".join(words(brand))} - {""}
        scope.brand = wq.Or([wq.Term("brandkey", key) for key in sorted(keys)])
    if filters.lang:
        scope.lang = wq.Term("lang", filters.lang)
    return scope


@dataclass
class Scope:
    """The filters of a search, applied as sets of document numbers while collecting.

    The sets are worked out once per open searcher (see ``Lexicon.docs``). Filtering inside the
    query (whoosh's ``Require``/``AndNot``) trips over whoosh's block-skipping code, and a
    category or language filter lets through too many products for an intersection to pay.
    """

    category: wq.Query | None = None
    brand: wq.Query | None = None
    lang: wq.Query | None = None
    include_hidden: bool = False

    @property
    def filters(self) -> list[wq.Query]:
        return [q for q in (self.category, self.brand, self.lang) if q is not None]

    def collector(self, lexicon: Lexicon, limit: int) -> Collector | None:
        """The top-N collector with the filters; None when the filters let nothing through."""
        top = TopHits(limit=limit)
        allow = None
        for q in self.filters:
            docs = lexicon.docs(q)
            allow = set(docs) if allow is None else allow & docs
            if not allow:
                return None
        hidden = self.hidden(lexicon) or None
        if allow is None and hidden is None:
            return top
        return FilterCollector(top, allow=allow, restrict=hidden)

    def hidden(self, lexicon: Lexicon) -> set[int]:
        """Withdrawn and revoked entries, unless they were asked for."""
        return set() if self.include_hidden else lexicon.docs(wq.Term("hidden", "1"))

    def listing(self) -> wq.Query | None:
        """An empty query with filters lists what the filters let through."""
        return self.filters[0] if self.filters else None

    def count(self, lexicon: Lexicon, docs: Iterable[int], progress: ProgressFn) -> FacetCounts:
        """Products per category, brand and language among ``docs`` (see finding.facets)."""

        def allowed(q: wq.Query | None) -> set[int] | None:
            return None if q is None else lexicon.docs(q)

        return lexicon.facet_table(progress).count(
            docs,
            allowed(self.category),
            allowed(self.brand),
            allowed(self.lang),
            self.hidden(lexicon),
            progress,
        )


def run_search(
    searcher: Searcher, lexicon: Lexicon, text: str, scope: Scope, limit: int
) -> SearchResults:
    if not text.strip():
        listing = scope.listing()
        if listing is None:
            return SearchResults([])
        return SearchResults(collect(searcher, lexicon, listing, scope, limit, Plan(), "name"))
    gtin, plan = barcode_plan(lexicon, text)
    for q in queries_of(plan):
        hits = collect(searcher, lexicon, q, scope, limit, plan, "text")
        if hits:
            return SearchResults(hits, gtin=gtin)
    return SearchResults([], suggestion=suggestion(lexicon, plan), gtin=gtin)


def queries_of(plan: Plan) -> list[wq.Query]:
    """What to try, in order, until something is found: every word, then any word; codes
    (GTIN, model, HS) as alternatives of both."""
    queries = [q for q in (plan.main, plan.loose) if q is not None]
    if plan.codes:
        queries = [wq.Or([*plan.codes, q]) for q in queries] or [wq.Or(plan.codes)]
    return queries


def count_matches(
    searcher: Searcher, lexicon: Lexicon, text: str, scope: Scope, progress: ProgressFn
) -> FacetCounts:
    """The counts for the products :func:`run_search` finds for ``text``, all of them."""
    if not text.strip():
        return scope.count(lexicon, range(searcher.doc_count_all()), progress)
    try:
        _, plan = barcode_plan(lexicon, text)
    except InvalidCodeError:
        return FacetCounts()
    counts = FacetCounts()
    for q in queries_of(plan):
        counts = scope.count(lexicon, searcher.docs_for_query(q), progress)
        if counts.total:
            break
    return counts


def barcode_plan(lexicon: Lexicon, text: str) -> tuple[str | None, Plan]:
    """A GTIN is looked up exactly; a wrong check digit is an error unless the same digits are
    an HS code or model number on some product."""
    if not looks_like_gtin(text):
        plan = plan_query(lexicon, text)
        add_hs(lexicon, plan, text)
        return None, plan
    digits = "".join(ch for ch in text if ch.isdigit())
    plan = Plan(words=[digits])
    add_hs(lexicon, plan, text)
    if lexicon.has("model", digits):
        plan.codes.append(wq.Term("model", digits))
        plan.add("model", digits)
    try:
        gtin = normalize_gtin(text)
    except InvalidCodeError:
        if not plan.codes:
            raise
        return None, plan
    plan.codes.insert(0, wq.Term("gtin", gtin))
    plan.add("gtin", gtin)
    return gtin, plan


def add_hs(lexicon: Lexicon, plan: Plan, text: str) -> None:
    if looks_like_hs(text):
        digits = "".join(ch for ch in text if ch.isdigit())
        if lexicon.has("hs", digits):
            plan.codes.append(wq.Term("hs", digits))
            plan.add("hs", digits)


class TopHits(TopCollector):
    """whoosh's top-N collector, but it starts skipping as soon as it holds N hits.

    whoosh only raises the bar a posting block must beat when a better hit *replaces* one of the
    N; with many equally good hits (every product that mentions "hologram") it never does, and
    reads every posting. Here the bar is set from the moment there are N hits, just above the N-th
    score: a hit must beat it (ties keep the earlier one), and whoosh's matchers compare the bar
    with ``<`` in some places and ``<=`` in others.
    """

    def _collect(self, global_docnum: int, score: float) -> float:
        key = super()._collect(global_docnum, score)
        if len(self.items) == self.limit:
            self.minscore = math.nextafter(self.items[0][0], math.inf)
        return key


def collect(
    searcher: Searcher,
    lexicon: Lexicon,
    q: wq.Query,
    scope: Scope,
    limit: int,
    plan: Plan,
    default: str,
) -> list[Hit]:
    collector = scope.collector(lexicon, limit)
    if collector is None:
        return []
    searcher.search_with_collector(q, collector)
    hits = []
    for score, docnum in collector.results().top_n:
        stored = searcher.stored_fields(docnum)
        hits.append(Hit(stored["id"], float(score), matched_kind(stored, plan, default)))
    return hits


def matched_kind(stored: dict[str, Any], plan: Plan, default: str) -> str:
    """What matched best: the first kind (gtin, model, hs, brand, name) whose query terms the
    product has, else its text."""
    values = stored.get("hits") or ((), (), (), (), ())
    for kind, have in zip(("gtin", "model", "hs", "brand", "name"), values, strict=True):
        if plan.terms[kind].intersection(have):
            return kind
        starts = plan.starts.get(kind)
        if starts and any(word.startswith(tuple(starts)) for word in have):
            return kind
    return default
