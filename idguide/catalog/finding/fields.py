"""What the search index holds for a product, and how text becomes index terms.

Text is folded (case and accents) and split into words here, once per document, and the finished
terms are handed to whoosh: a chain of whoosh analyzer filters costs several microseconds per word,
which at 100,000 products of 80-150 words per language is most of the build time. The same
functions fold and split the officer's query, so index and query always agree.

Fields and why they look this way:

- ``gtin``, ``model``, ``hs``: codes, looked up exactly, scored far above everything else. ``hs``
  holds every 4/6/8-digit prefix of a code so a heading finds its subheadings by one term.
- ``brand``, ``name``: the small brand/name vocabulary; the only fields that completion of the word
  being typed and typo tolerance work on. ``brand_start``/``name_start`` hold the first one to
  three letters of those words, so a one-, two- or three-letter word being typed is one term.
- ``text``: description, packaging, feature and indicator text of every language, each language
  with its stop words removed and its Snowball stemmer applied (other languages unstemmed), all in
  one field: a word costs one posting list, not one per language. Product names are indexed
  there too, so "creams" finds "Cream".
- ``category``, ``brandkey``, ``lang``, ``hidden``: filters; ``brandname`` (the brand as shown)
  with ``category`` and ``lang``, what the filters' counts are counted by.

Only ``id`` (and what is needed to say *what* matched) is stored. No positions are kept: there
are no phrase queries. Nothing stores field lengths: scoring is TF-IDF on the boosted weights
written here, which lets whoosh skip whole posting blocks that cannot reach the top N.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any

from whoosh import fields, formats
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.codec.whoosh3 import W3Codec
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

from idguide.catalog.categories import CATEGORIES
from idguide.catalog.text import ACCENTS, fold

if TYPE_CHECKING:
    from idguide.catalog.finding.index import IndexDoc

SCHEMA_VERSION = 3
STEMMED_LANGS = ("en", "es", "fr", "pt")

# Index-time boosts: a term's weight in a field. Codes must always win, then brand and name
# words, then the category, then running text.
CODE_BOOST = 100.0
BRAND_BOOST = 10.0
NAME_BOOST = 6.0
CATEGORY_BOOST = 3.0
TEXT_BOOST = 1.0
START_FACTOR = 0.9  # a word that only starts like the one being typed counts a bit less
START_LENGTH = 3  # the first 1..3 letters of brand/name words are indexed (see starts())

_WORD = re.compile(r"\w+")
_CODE_JUNK = re.compile(r"[\W_]+")
_NOT_DIGIT = re.compile(r"\D")
MEMO_LIMIT = 300_000


class _Memo(dict[str, str]):
    """A function of one word, computed once per distinct word and then a dict hit: analysing a
    product's text is mostly words seen before, and a stemmer costs ~30 µs a word."""

    def __init__(self, function: Callable[[str], str]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, word: str) -> str:
        if len(self) > MEMO_LIMIT:
            self.clear()
        value = self[word] = self._function(word)
        return value


# Words are already case-folded here (raw_words), so only the accents are left to fold.
FOLDED = _Memo(lambda word: word.translate(ACCENTS))


def raw_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased but not yet accent-folded."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def words(text: str) -> list[str]:
    """The folded words of ``text``: "Crème Ação-2" -> ["creme", "acao", "2"]."""
    folded = FOLDED
    return [folded[word] for word in raw_words(text)]


def compact_code(text: str) -> str:
    """A model/reference number without case, accents or separators: "TW-200 eu" -> "tw200eu"."""
    return _CODE_JUNK.sub("", fold(text))


STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for w in stopwords_for_language(lang)) for lang in STEMMED_LANGS
}
NO_STOPWORDS: frozenset[str] = frozenset()


def _text_term(lang: str) -> Callable[[str], str]:
    stem: Callable[[str], str] = stemmer_for_language(lang)
    stop = STOPWORDS[lang]

    def term(word: str) -> str:
        folded = FOLDED[word]
        if folded in stop:
            return ""
        return folded if folded.isdigit() else stem(folded)  # the stemmers keep numbers as they are

    return term


# lower-cased word -> its term in the text field ("" for a stop word), per stemmed language
TEXT_TERMS: dict[str, dict[str, str]] = {lang: _Memo(_text_term(lang)) for lang in STEMMED_LANGS}


class _TokenTerms(dict[str, tuple[str, ...]]):
    """Whitespace-separated token ("l'étiquette,") -> its text terms ("l", "etiquet"), memoised.

    Splitting on whitespace and looking each distinct token up costs a third of running a
    Unicode ``\\w+`` regex over the whole text; the regex only runs once per new token, and the
    result is the same words in the same form.
    """

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._terms = TEXT_TERMS.get(lang, FOLDED)

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) > MEMO_LIMIT:
            self.clear()
        terms = map(self._terms.__getitem__, _WORD.findall(token))
        found = self[token] = tuple(term for term in terms if term)
        return found


_TOKEN_TERMS: dict[str, _TokenTerms] = {}


def text_terms(text: str, lang: str) -> set[str]:
    """Index terms of running text in ``lang``: folded, stop words dropped, stemmed."""
    key = lang if lang in TEXT_TERMS else ""  # other languages: folded, not stemmed
    table = _TOKEN_TERMS.get(key)
    if table is None:
        table = _TOKEN_TERMS[key] = _TokenTerms(key)
    tokens = set(unicodedata.normalize("NFC", text).casefold().split())
    return set(chain.from_iterable(map(table.__getitem__, tokens)))


def query_stem(word: str, lang: str) -> str | None:
    """The text term a folded query word looks for in ``lang`` (None: a stop word there)."""
    if lang not in TEXT_TERMS:
        return word
    return TEXT_TERMS[lang][word] or None


def hs_prefixes(code: str) -> list[str]:
    """ "82041100" -> ["8204", "820411", "82041100"]: a heading finds its subheadings."""
    digits = code if code.isdigit() else _NOT_DIGIT.sub("", code)
    return [digits[:n] for n in range(4, len(digits) + 1, 2)]


# -- field types --------------------------------------------------------------------------------


class TermsField(fields.FieldType):
    """A field indexed from terms already analysed by this module, so no whoosh analyzer runs at
    build time. Every posting weighs the field's boost: how often a word occurs in an entry says
    little about whether it is the entry sought, and equal weights let the top-N collector skip
    whole posting blocks once it holds N equally good hits. The analyzer is only there for
    whoosh tools that parse text.
    """

    def __init__(self, boost: float) -> None:
        analyzer = RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)
        super().__init__(formats.Existence(field_boost=boost), analyzer, scorable=False)
        self.boost = boost

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        boost = self.boost
        for term in set(value):
            yield term.encode("utf-8"), 1, boost, b""


def build_codec() -> W3Codec:
    """whoosh's codec, told not to look up field lengths for every posting while writing: no
    field keeps lengths (TF-IDF scoring needs none), and the look-up stats a file each time."""
    codec = W3Codec()
    codec.length_stats = False
    return codec


def build_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        gtin=TermsField(CODE_BOOST),
        model=TermsField(CODE_BOOST),
        hs=TermsField(CODE_BOOST),
        brand=TermsField(BRAND_BOOST),
        name=TermsField(NAME_BOOST),
        brand_start=TermsField(BRAND_BOOST * START_FACTOR),
        name_start=TermsField(NAME_BOOST * START_FACTOR),
        category=TermsField(CATEGORY_BOOST),
        brandkey=TermsField(1.0),
        brandname=TermsField(1.0),
        lang=TermsField(1.0),
        hidden=TermsField(1.0),
        text=TermsField(TEXT_BOOST),
        hits=fields.STORED(),
    )


# -- documents ----------------------------------------------------------------------------------


def doc_fields(doc: IndexDoc) -> dict[str, Any]:
    """The keyword arguments of ``writer.add_document`` for one product."""
    names = {w for name in doc.names.values() for w in words(name)}
    brand = set(words(doc.brand))
    models = model_terms(doc.models)
    hs = hs_terms(doc.hs_codes)
    langs = languages(doc)
    out: dict[str, Any] = {
        "id": doc.id,
        "gtin": doc.gtins,
        "model": models,
        "hs": hs,
        "brand": brand,
        "name": names,
        "brand_start": starts(brand),
        "name_start": starts(names),
        "category": [doc.category],
        "brandkey": brand_keys(doc.brand_id, doc.brand),
        "brandname": [doc.brand.strip()] if doc.brand.strip() else [],
        "lang": langs,
        "text": text_set(doc, langs),
        # stored with the id, to tell which part of the entry matched (Hit.matched)
        "hits": (tuple(doc.gtins), tuple(models), tuple(hs), tuple(brand), tuple(names)),
    }
    if doc.hidden:
        out["hidden"] = ["1"]
    return {key: value for key, value in out.items() if value}


def starts(words: set[str]) -> set[str]:
    """The first one to three letters of each word ("nordiva" -> n, no, nor): the word being
    typed finds brands and names from its first letter with one posting list, instead of a union
    of every word that starts that way."""
    return {w[:n] for w in words for n in range(1, min(len(w), START_LENGTH + 1))}


def languages(doc: IndexDoc) -> list[str]:
    found = {lang for lang, text in doc.names.items() if text.strip()}
    found.update(lang for lang, text in doc.texts.items() if text.strip())
    return sorted(found)


def text_set(doc: IndexDoc, langs: list[str]) -> set[str]:
    """Stemmed terms of the names and texts in every language."""
    out: set[str] = set()
    for lang in langs:
        out |= text_terms(f"{doc.names.get(lang, '')} {doc.texts.get(lang, '')}", lang)
    return out


def model_terms(models: Iterable[str]) -> list[str]:
    """Each model number without separators: "TW200-EU" -> "tw200eu"."""
    return sorted({compact_code(model) for model in models} - {""})


def hs_terms(codes: Iterable[str]) -> list[str]:
    return sorted({prefix for code in codes for prefix in hs_prefixes(code)})


def brand_keys(brand_id: str, brand: str) -> list[str]:
    """What the brand filter accepts: the brand id, or the brand name folded."""
    return sorted({brand_id, fold(brand_id), " ".join(words(brand))} - {""})


# -- categories ---------------------------------------------------------------------------------


def _category_words() -> dict[str, frozenset[str]]:
    """Folded, stemmed words of each category's id and names in every language."""
    out: dict[str, set[str]] = {}
    for category in CATEGORIES:
        found = out.setdefault(category.id, set())
        found.update(words(category.id.replace("-", " ")))
        for lang, name in category.names.items():
            found.update(w for w in words(name) if len(w) > 2 and not is_stopword(w, lang))
            found.update(TEXT_TERMS[lang][w] for w in words(name) if len(w) > 2)
    return {cid: frozenset(ws) for cid, ws in out.items()}


def is_stopword(word: str, lang: str) -> bool:
    return word in STOPWORDS.get(lang, NO_STOPWORDS)


CATEGORY_WORDS = _category_words()


def categories_for(word: str, prefix: bool) -> list[str]:
    """Category ids whose id or name has ``word`` (or, for the word being typed, starts with it)."""
    if len(word) < 3 or any(word in STOPWORDS[lang] for lang in STEMMED_LANGS):
        return []
    forms = {word, *(TEXT_TERMS[lang][word] for lang in STEMMED_LANGS)} - {""}
    found = []
    for cid, vocabulary in CATEGORY_WORDS.items():
        if forms & vocabulary or (
            prefix and len(word) >= 4 and any(v.startswith(word) for v in vocabulary)
        ):
            found.append(cid)
    return found


def strip_unusable(text: str) -> str:
    """Drop lone surrogates, control and format characters (a hostile query's leftovers)."""
    return "".join(ch if unicodedata.category(ch)[0] not in "CZ" else " " for ch in text)
