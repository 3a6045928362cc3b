"""Writing a whole search index in one pass, several times faster than whoosh's own writer.

whoosh's ``SegmentWriter`` sends every (field, term, document) posting through an external-sort
pool (a tuple per posting, size accounting, a sort) and then makes one Python call per posting to
write it, with type checks, statistics and per-posting generators when the block is encoded. At
100,000 products of 100+ distinct words that is most of a rebuild.

A rebuild adds documents in order and weighs every posting of a field alike (see
:class:`~idguide.catalog.finding.fields.TermsField`), so the postings of a term are just the
increasing list of its document numbers. :class:`BulkWriter` gathers them in compact arrays as
documents arrive and, at commit, writes each term's list straight into whoosh 3 posting blocks, or
inline in the term table when it is short (every GTIN, model number and id). The bytes are what
whoosh itself would write (``tests/test_search.py`` compares them); locking, stored fields,
segment files and the table of contents are whoosh's own code. This relies on whoosh-reloaded
2.7.5's ``W3PostingsWriter`` internals (the version is pinned in pyproject.toml); with any other
posting writer it falls back to whoosh's one-posting-per-call interface. Updates use whoosh's
ordinary writer.
"""

from __future__ import annotations

import zlib
from array import array
from collections import defaultdict
from itertools import chain
from operator import sub
from typing import Any

from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3FieldWriter,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.compat import dumps
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from idguide.catalog.finding.fields import TermsField
from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn, no_progress

INLINE_LIMIT = 4  # posting lists this short live in the term table, not in posting blocks
PROGRESS_EVERY = 20_000  # terms written between progress reports


class BulkWriter(SegmentWriter):
    """Adds documents to one new segment with in-memory postings (see the module docstring)."""

    def __init__(self, ix: Any, progress: ProgressFn = no_progress, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self._progress = progress
        self._postings: dict[str, defaultdict[str, array]] = {}
        self._multi_valued = {
            name for name, field in self.schema.items() if isinstance(field, TermsField)
        }

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        docnum = self.docnum
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        schema, postings, multi_valued = self.schema, self._postings, self._multi_valued
        for name, value in fields.items():
            field = schema[name]
            if field.indexed:
                terms = postings.get(name)
                if terms is None:
                    terms = postings[name] = defaultdict(_docnums)
                for term in set(value) if name in multi_valued else (value,):
                    terms[term].append(docnum)
            perdoc.add_field(name, field, value if field.stored else None, 0)
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        writer = self.fieldwriter
        total = sum(len(terms) for terms in self._postings.values())
        done = 0
        label = _("Saving the search index")
        for name in sorted(self._postings):
            field = self.schema[name]
            weight = float(field.format.field_boost)
            writer.start_field(name, field)
            fast = can_write_directly(writer, field)
            terms = sorted(
                (t.encode("utf-8"), docnums) for t, docnums in self._postings.pop(name).items()
            )
            for btext, docnums in terms:
                if fast:
                    write_term(writer, btext, docnums, weight)
                else:
                    write_term_slowly(writer, btext, docnums, weight)
                done += 1
                if done % PROGRESS_EVERY == 0:
                    self._progress(done, total, label)
            writer.finish_field()
        writer.close()


def _docnums() -> array:
    return array("I")


def can_write_directly(writer: Any, field: Any) -> bool:
    """True when the field's postings carry no values and the writers are whoosh 3's."""
    return (
        type(writer) is W3FieldWriter
        and field.format.fixed_value_size() == 0
        and type(writer._postwriter) is W3PostingsWriter
        and not writer._postwriter._byteids
    )


def write_term_slowly(writer: Any, btext: bytes, docnums: array, weight: float) -> None:
    """whoosh's own interface: one call per posting."""
    writer.start_term(btext)
    for docnum in docnums:
        writer.add(docnum, weight, b"", None)
    writer.finish_term()


def write_term(writer: Any, btext: bytes, docnums: array, weight: float) -> None:
    """One term's postings, all of weight ``weight``, as whoosh 3 would write them."""
    if len(docnums) <= INLINE_LIMIT:
        writer._tindex.add(pack_ushort(writer._fieldid) + btext, inline_info(docnums, weight))
        return
    writer.start_term(btext)
    postings = writer._postwriter
    limit = postings._blocklimit
    for start in range(0, len(docnums), limit):
        write_block(
            postings, docnums[start : start + limit], weight, last=start + limit >= len(docnums)
        )
    writer.finish_term()


def inline_info(docnums: array, weight: float) -> bytes:
    """The term table's entry for a short posting list kept inline: the bytes whoosh 3's
    ``W3TermInfo.to_bytes`` gives after a term's postings all of weight ``weight`` were added
    (no field lengths: the fields keep none), without building the term info and block
    objects, forty thousand times for ten thousand products."""
    weights = array("f", [weight]) * len(docnums)
    head = W3TermInfo._struct.pack(
        True, sum(weights), len(docnums), 0, _NO_LENGTH, weight, docnums[0], docnums[-1]
    )
    return head + dumps((tuple(docnums), tuple(weights), ()), 2)


_NO_LENGTH = length_to_byte(0)


def fill_block(postings: Any, docnums: array, weight: float) -> None:
    postings._ids = docnums
    postings._weights = array("f", [weight]) * len(docnums)
    postings._maxweight = weight


def write_block(postings: Any, docnums: array, weight: float, last: bool) -> None:
    """``W3PostingsWriter._write_block`` for ids that share one weight and carry no values:
    the same bytes, without its per-posting generators."""
    if not postings._blockcount:
        postings._postfile.write(WHOOSH3_HEADER_MAGIC)
    fill_block(postings, docnums, weight)
    postings._terminfo.add_block(postings)
    deltas = tuple(map(sub, docnums, chain((0,), docnums)))
    data = dumps((deltas, None if weight == 1.0 else weight, None), 2)
    compression = postings._compression
    if compression:
        data = zlib.compress(data, compression)
    info = dumps((len(docnums), docnums[-1], weight, compression, 0, 0), 2)
    length = len(info) + len(data)
    postfile = postings._postfile
    postfile.write_int(-length if last else length)
    postfile.write(info)
    postfile.write(data)
    postings._blockcount += 1
    postings._new_block()
