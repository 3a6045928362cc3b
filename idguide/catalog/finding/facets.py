"""How many products a search matches in each category, brand and content language.

The top-N search stops reading postings as soon as nothing left can beat its N best hits, so it
cannot count. The counts for the filters are worked out in a second step, over every product the
search matches: the same query, the same filters, withdrawn and revoked entries left out the same
way. Each filter's counts apply the *other* filters, so that a chosen category still lists every
other category the officer can switch to, with its count.

What each product's category, brand and languages are is read once per open searcher from the
postings of the filter fields (a few hundred thousand document numbers at 100,000 products) into
arrays indexed by document number.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from whoosh.reading import IndexReader

from idguide.catalog.i18n import N_, _
from idguide.catalog.progress import ProgressFn, no_progress

COUNTING = N_("Counting products")  # what the progress says while the filters are counted

REPORT_EVERY = 20_000  # matches counted between two calls of ``progress`` (which may cancel)
NONE = -1


@dataclass
class FacetCounts:
    """Products found (every filter applied) and, per filter, products per value."""

    total: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    brands: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)


class FacetTable:
    """For each document number: its category, its brand (display name) and its languages."""

    def __init__(self, reader: IndexReader, progress: ProgressFn = no_progress) -> None:
        size = reader.doc_count_all()
        self.categories, self.category = self._single(reader, "category", size, progress)
        self.brands, self.brand = self._single(reader, "brandname", size, progress)
        self.languages = [t.decode("utf-8") for t in reader.lexicon("lang")]
        self.langs: list[tuple[int, ...]] = [()] * size
        for position, code in enumerate(self.languages):
            progress(0, 0, _(COUNTING))
            for docnum in reader.postings("lang", code).all_ids():
                self.langs[docnum] += (position,)

    @staticmethod
    def _single(
        reader: IndexReader, fieldname: str, size: int, progress: ProgressFn
    ) -> tuple[list[str], array]:
        values = [t.decode("utf-8") for t in reader.lexicon(fieldname)]
        of_doc = array("i", [NONE]) * size
        for position, value in enumerate(values):
            progress(0, 0, _(COUNTING))
            for docnum in reader.postings(fieldname, value).all_ids():
                of_doc[docnum] = position
        return values, of_doc

    def count(
        self,
        docs: Iterable[int],
        category: set[int] | None,
        brand: set[int] | None,
        lang: set[int] | None,
        hidden: set[int],
        progress: ProgressFn = no_progress,
    ) -> FacetCounts:
        """Count ``docs`` (the matches of a query); a filter is the set of documents it lets
        through, None when it is not set."""
        categories = [0] * len(self.categories)
        brands = [0] * len(self.brands)
        languages = [0] * len(self.languages)
        total = 0
        of_category, of_brand, of_langs = self.category, self.brand, self.langs
        label = _(COUNTING)
        for seen, docnum in enumerate(docs, 1):
            if seen % REPORT_EVERY == 0:
                progress(seen, 0, label)
            position = of_category[docnum]
            if position == NONE or docnum in hidden:
                continue  # deleted, withdrawn or revoked
            in_category = category is None or docnum in category
            in_brand = brand is None or docnum in brand
            in_lang = lang is None or docnum in lang
            if in_brand and in_lang:
                categories[position] += 1
            if in_category and in_lang and of_brand[docnum] != NONE:
                brands[of_brand[docnum]] += 1
            if in_category and in_brand:
                for code in of_langs[docnum]:
                    languages[code] += 1
                total += in_lang
        return FacetCounts(
            total,
            _named(self.categories, categories),
            _named(self.brands, brands),
            _named(self.languages, languages),
        )


def _named(values: list[str], counts: list[int]) -> dict[str, int]:
    return {value: count for value, count in zip(values, counts, strict=True) if count}
