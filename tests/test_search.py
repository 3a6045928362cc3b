"""The search index as an officer notices it: the right product comes up, and nothing breaks.

A dozen hand-written products are indexed once per module (read-only tests share it); tests that
change the index build their own.
"""

from __future__ import annotations

import contextlib
import random
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import run_cli_on_a_busy_machine
from whoosh import index as windex
from whoosh.reading import IndexReader

from idguide.catalog import text
from idguide.catalog.codes import normalize_gtin
from idguide.catalog.errors import Interrupted, InvalidCodeError, SearchIndexError
from idguide.catalog.finding import build as search_build
from idguide.catalog.finding import facets as search_facets
from idguide.catalog.finding import fields as search_fields
from idguide.catalog.finding import files as search_files
from idguide.catalog.finding import parallel as search_parallel
from idguide.catalog.finding.fields import build_codec, build_schema, doc_fields
from idguide.catalog.finding.index import IndexDoc, SearchIndex, SearchResults
from idguide.catalog.finding.request import MAX_QUERY_CHARS, QueryTooLongError
from idguide.catalog.progress import CancelFlag


def doc(
    id: str,
    brand: str,
    category: str,
    names: dict[str, str],
    texts: dict[str, str],
    models: tuple[str, ...] = (),
    gtins: tuple[str, ...] = (),
    hs: tuple[str, ...] = (),
    hidden: bool = False,
    brand_id: str = "",
) -> IndexDoc:
    return IndexDoc(
        id=id,
        brand_id=brand_id or brand.split()[0].lower(),
        brand=brand,
        category=category,
        names=names,
        models=list(models),
        gtins=[normalize_gtin(g) for g in gtins],
        hs_codes=list(hs),
        texts=texts,
        hidden=hidden,
    )


DOCS = [
    doc(
        "nordiva-creme",
        "Nordiva",
        "cosmetics",
        {"fr": "Crème Éclat de Nuit", "en": "Night Radiance Cream"},
        {
            "en": "Genuine jars carry holograms on the lid and a batch code printed in grey ink.",
            "fr": "Le pot authentique porte un hologramme argenté sur le couvercle.",
        },
        models=("NV-500", "NV500-EU"),
        gtins=("4006381333931",),
        hs=("330499",),
    ),
    doc(
        "acai-serum",
        "Açaí Vida",
        "cosmetics",
        {"pt": "Sérum Ação Intensa", "es": "Sérum Acción Intensa"},
        {
            "pt": "O frasco original tem tampa dourada e selo de segurança.",
            "es": "El frasco original tiene tapa dorada y precinto de seguridad.",
        },
        models=("AV-77",),
        hs=("330499",),
        brand_id="acai-vida",
    ),
    doc(
        "torqwell-wrench",
        "Torqwell",
        "hand-tools",
        {"en": "Adjustable Wrench", "es": "Llave Ajustable"},
        {
            "en": "Chrome vanadium steel with a laser-etched serial number on the handle.",
            "es": "Acero al cromo vanadio con número de serie grabado con láser.",
        },
        models=("TW-200", "TW200-EU"),
        gtins=("036000291452",),
        hs=("820411",),
    ),
    doc(
        "torqwell-pliers",
        "Torqwell",
        "hand-tools",
        {"en": "Combination Pliers"},
        {"en": "Insulated grips moulded in two colours; fakes have one colour."},
        models=("TW-310",),
        hs=("820320",),
    ),
    doc(
        "ballora-bearing",
        "Ballora",
        "bearings",
        {"en": "Deep Groove Ball Bearing", "fr": "Roulement à billes"},
        {"fr": "Le marquage laser du roulement est net; la contrefaçon est imprimée."},
        models=("6204-2RS",),
        hs=("84821011",),
    ),
    doc(
        "fonix-charger",
        "Fonix",
        "phones",
        {"en": "Fast Charger 20W", "es": "Cargador Rápido 20W"},
        {
            "en": "Compatible with Kidoo toys. The plug pins are solid brass.",
            "es": "Los pines del enchufe son de latón macizo.",
        },
        models=("FX-20",),
        hs=("850440",),
    ),
    doc(
        "lumina-lens",
        "Lumina Vision",
        "contact-lenses",
        {"pt": "Lentes de Contacto Mensais", "fr": "Lentilles Mensuelles"},
        {
            "pt": "A embalagem tem o número do lote gravado em relevo.",
            "fr": "La boîte porte le numéro de lot gravé en relief.",
        },
        models=("LV-30",),
        hs=("900130",),
    ),
    doc(
        "kidoo-puzzle",
        "Kidoo",
        "toys",
        {"en": "Jigsaw Puzzle 1000 Pieces"},
        {"en": "Every piece is cut cleanly; counterfeit pieces have frayed edges."},
        models=("KD-1000",),
        hs=("950590",),
    ),
    doc(
        "velocita-shoe",
        "Velocità",
        "sports",
        {"es": "Zapatilla de Correr Pro", "en": "Running Shoe Pro"},
        {"es": "La suela lleva el logotipo moldeado en relieve."},
        models=("VL-PRO",),
        hs=("640411",),
    ),
    doc(
        "royal-tabac",
        "Royal Tabac",
        "tobacco",
        {"fr": "Cigarettes Classiques", "en": "Classic Cigarettes"},
        {
            "fr": "Le timbre fiscal est imprimé en taille-douce.",
            "en": "The tax stamp is printed by intaglio.",
        },
        models=("RT-20",),
        hs=("240220",),
        brand_id="royal-tabac",
    ),
    doc(
        "nordiva-lotion-old",
        "Nordiva",
        "cosmetics",
        {"en": "Nordiva Body Lotion (withdrawn)"},
        {"en": "Old formula, no longer sold."},
        models=("NV-100",),
        hidden=True,
    ),
    doc(
        "orbis-watch",
        "Orbis",
        "watches",
        {"en": "Diver Watch", "fr": "Montre de Plongée"},
        {"en": "The crown is engraved with the logo; the bezel clicks 120 times."},
        models=("OR-300M",),
        hs=("910211",),
    ),
]


def build(folder: Path, docs: list[IndexDoc] = DOCS, generation: int = 1) -> SearchIndex:
    index = SearchIndex(folder)
    index.rebuild(iter(docs), len(docs), generation)
    return index


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    built = build(tmp_path_factory.mktemp("search") / "catalog.index")
    yield built
    built.close()


@pytest.fixture
def opened() -> Iterator[Callable[[SearchIndex], SearchIndex]]:
    """Registers indexes a test opens, and closes them at the end as the store would."""
    indexes: list[SearchIndex] = []
    yield lambda index: indexes.append(index) or index
    for index in indexes:
        index.close()


def ids(results: SearchResults) -> list[str]:
    return [hit.id for hit in results.hits]


def top(index: SearchIndex, query: str, n: int = 5, **filters: object) -> list[str]:
    return ids(index.search(query, **filters))[:n]


# -- what it finds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Nordiva", "nordiva-creme"),
        ("Torqwell", "torqwell-wrench"),
        ("Açaí Vida", "acai-serum"),
        ("royal tabac", "royal-tabac"),
    ],
)
def test_finds_products_by_brand(index: SearchIndex, query: str, expected: str) -> None:
    results = index.search(query)
    assert expected in ids(results)[:5]
    assert results.hits[0].matched == "brand"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Night Radiance Cream", "nordiva-creme"),  # en
        ("Éclat de Nuit", "nordiva-creme"),  # fr
        ("Acción Intensa", "acai-serum"),  # es
        ("Sérum Ação", "acai-serum"),  # pt
        ("Montre de Plongée", "orbis-watch"),
        ("llave ajustable", "torqwell-wrench"),
    ],
)
def test_finds_products_by_name_in_every_language(
    index: SearchIndex, query: str, expected: str
) -> None:
    assert top(index, query, 1) == [expected]


@pytest.mark.parametrize("query", ["TW-200", "tw200", "TW200-EU", "tw 200"])
def test_model_numbers_are_found_with_or_without_separators(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    assert ids(results)[0] == "torqwell-wrench"
    assert results.hits[0].matched == "model"


@pytest.mark.parametrize(
    "query", ["036000291452", "0036000291452", "00036000291452", "0 36000 29145 2", "036000-291452"]
)
def test_upc_a_and_its_ean_13_form_find_the_same_product(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    assert ids(results) == ["torqwell-wrench"]
    assert results.hits[0].matched == "gtin"
    assert results.gtin == "00036000291452"


def test_a_barcode_with_a_wrong_check_digit_is_refused(index: SearchIndex) -> None:
    with pytest.raises(InvalidCodeError, match="check digit"):
        index.search("036000291453")


def test_digits_that_are_an_hs_code_are_not_refused_as_a_barcode(index: SearchIndex) -> None:
    # 84821011 is an 8-digit CN code, and not a valid EAN-8
    results = index.search("84821011")
    assert ids(results) == ["ballora-bearing"]
    assert results.hits[0].matched == "hs"
    assert results.gtin is None


@pytest.mark.parametrize("query", ["8204.11", "820411", "8204", "8204 11"])
def test_hs_code_finds_products_under_that_heading(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    assert ids(results) == ["torqwell-wrench"]  # not the pliers: they are 8203
    assert results.hits[0].matched == "hs"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("cosmetics", {"nordiva-creme", "acai-serum"}),  # id and English name
        ("cosméticos", {"nordiva-creme", "acai-serum"}),  # es/pt
        ("parfums", {"nordiva-creme", "acai-serum"}),  # fr
        ("herramientas", {"torqwell-wrench", "torqwell-pliers"}),
        ("outils", {"torqwell-wrench", "torqwell-pliers"}),
        ("rolamentos", {"ballora-bearing"}),
        ("hand-tools", {"torqwell-wrench", "torqwell-pliers"}),
    ],
)
def test_finds_products_by_category(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert set(top(index, query, len(expected))) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("laser-etched serial", "torqwell-wrench"),  # en description
        ("hologram", "nordiva-creme"),  # "holograms": stemmed
        ("hologrammes", "nordiva-creme"),  # fr, plural of "hologramme"
        ("precinto", "acai-serum"),  # es
        ("relevo", "lumina-lens"),  # pt
        ("intaglio", "royal-tabac"),
        ("bezel clicks", "orbis-watch"),
    ],
)
def test_finds_products_by_description_and_feature_text(
    index: SearchIndex, query: str, expected: str
) -> None:
    results = index.search(query)
    assert ids(results)[0] == expected
    assert results.hits[0].matched == "text"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("creme", "nordiva-creme"),
        ("CREME", "nordiva-creme"),
        ("CRÈME", "nordiva-creme"),
        ("acao", "acai-serum"),
        ("AÇÃO", "acai-serum"),
        ("acai vida", "acai-serum"),
        ("velocita", "velocita-shoe"),
        ("plongee", "orbis-watch"),
        ("Cre\u0300me", "nordiva-creme"),  # decomposed accent
    ],
)
def test_accents_and_case_do_not_matter(index: SearchIndex, query: str, expected: str) -> None:
    assert top(index, query, 1) == [expected]


def test_one_fold_for_search_and_everything_that_compares_names_as_search_does() -> None:
    """The index's words, the officer's query and the search benchmark fold text with
    idguide.catalog.text.fold; letters that do not decompose into a letter and its accent (ø, ł)
    fold too, as search has always folded them."""
    assert search_fields.fold is text.fold
    assert text.fold("Crème AÇÃO Ørsted Łódź Straße Cre\u0300me") == (
        "creme acao orsted lodz strasse creme"
    )
    assert search_fields.words("Ørsted Łódź") == ["orsted", "lodz"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("nordvia", "nordiva-creme"),  # swapped letters
        ("nordiv", "nordiva-creme"),  # missing letter (also a prefix)
        ("norddiva", "nordiva-creme"),  # extra letter
        ("nordiba", "nordiva-creme"),  # wrong letter
        ("torqwel pliers", "torqwell-pliers"),
        ("radaince", "nordiva-creme"),  # name word, swapped
        ("balloraa", "ballora-bearing"),
        ("cigarretes", "royal-tabac"),  # two edits
    ],
)
def test_typos_still_find_the_product(index: SearchIndex, query: str, expected: str) -> None:
    assert expected in top(index, query + " ")  # trailing space: not being typed


@pytest.mark.parametrize(
    "query, expected",
    [
        ("n", "nordiva-creme"),
        ("no", "nordiva-creme"),
        ("nor", "nordiva-creme"),
        ("nord", "nordiva-creme"),
        ("t", "torqwell-wrench"),
        ("torq", "torqwell-wrench"),
        ("torqwell wre", "torqwell-wrench"),
        ("torqwell pli", "torqwell-pliers"),
        ("fast char", "fonix-charger"),
        ("TW-2", "torqwell-wrench"),
    ],
)
def test_the_word_being_typed_matches_as_a_prefix(
    index: SearchIndex, query: str, expected: str
) -> None:
    assert expected in top(index, query)


def test_exact_codes_rank_first_and_brand_outranks_text(index: SearchIndex) -> None:
    assert top(index, "TW-310", 1) == ["torqwell-pliers"]
    # "Kidoo" is the puzzle's brand and appears in the charger's description
    results = index.search("kidoo")
    assert ids(results)[:2] == ["kidoo-puzzle", "fonix-charger"]
    assert [hit.matched for hit in results.hits[:2]] == ["brand", "text"]
    assert results.hits[0].score > results.hits[1].score


def test_zero_hits_on_a_misspelling_suggests_a_known_word(index: SearchIndex) -> None:
    results = index.search("mordiva ")  # first letter wrong: typo matching keeps it
    assert results.hits == []
    assert results.suggestion == "nordiva"
    assert index.search("zzqxv").suggestion is None


def test_a_typo_in_a_brand_finds_all_its_products_whatever_their_languages(
    tmp_path: Path, opened: Callable
) -> None:
    """The French stemmer makes "zephyrele" and "zephyrelle" one text term, so the typo matched
    the French text of one product; that must not hide the brand's product without French."""
    zephyrelle = [
        doc(
            "zephyrelle-watch",
            "Zéphyrelle",
            "watches",
            {"en": "Ladies' watch Étoile", "fr": "Montre femme Étoile"},
            {"fr": "Montre femme Étoile : produit authentique Zéphyrelle."},
        ),
        doc(
            "zephyrelle-bracelet",
            "Zéphyrelle",
            "watches",
            {"en": "Silver bracelet Brise"},
            {"en": "Hallmarked sterling silver bracelet. Genuine Zéphyrelle product."},
        ),
    ]
    index = opened(build(tmp_path / "catalog.index", [*DOCS, *zephyrelle]))
    for query in ("zephyrele ", "zephyrele", "zéphirelle "):
        assert set(top(index, query)) == {"zephyrelle-watch", "zephyrelle-bracelet"}, query
    # a word of the text is not turned into a brand two letters away (an "s" apart is one)
    assert top(index, "holograms ") == ["nordiva-creme"]


def test_a_misspelling_that_sounds_like_a_brand_gets_a_did_you_mean(index: SearchIndex) -> None:
    results = index.search("tawrkwel ")  # four letters from "torqwell", the same sound
    assert results.hits == []
    assert results.suggestion == "torqwell"
    assert index.search("fonicks keedou ").suggestion == "fonix kidoo"
    assert index.search("zzqxv").suggestion is None


def test_the_demo_brand_zephyrelle_is_found_misspelt_and_misheard(tmp_path: Path) -> None:
    from idguide.catalog import install_demo, open_catalog, search

    with open_catalog(tmp_path / "demo.db") as catalog:
        install_demo(catalog)
        found = {row.id for row in search(catalog, "zephyrele").rows}
        assert found == {"zephyrelle-ze-32", "zephyrelle-zb-18"}
        misheard = search(catalog, "zefirelle")
        assert misheard.rows == [] and misheard.suggestion == "zephyrelle"


# -- filters ------------------------------------------------------------------------------------


def test_filters_by_category_brand_and_language(index: SearchIndex) -> None:
    assert set(top(index, "torqwell", category="hand-tools")) == {
        "torqwell-wrench",
        "torqwell-pliers",
    }
    assert top(index, "torqwell", category="cosmetics") == []
    assert top(index, "pliers", brand="torqwell") == ["torqwell-pliers"]
    assert set(top(index, "", brand="TORQWELL")) == {"torqwell-wrench", "torqwell-pliers"}
    assert top(index, "", brand="Velocita") == ["velocita-shoe"]
    assert top(index, "", brand="acai-vida") == ["acai-serum"]
    assert set(top(index, "", lang="pt")) == {"acai-serum", "lumina-lens"}
    assert top(index, "serum", lang="fr") == []


COUNTED_QUERIES = ["nordiva", "n", "logo", "cream", "8204", "nordvia ", "", "zzzq", "royal tabac"]
FILTER_SETS = [
    {},
    {"category": "cosmetics"},
    {"brand": "Nordiva"},
    {"lang": "fr"},
    {"category": "hand-tools", "lang": "es"},
    {"include_hidden": True},
]


def everything_found(index: SearchIndex, query: str, **filters: object) -> list[IndexDoc]:
    """What the search finds unlimited; with nothing typed and no filter, every product."""
    if not query and not any(v for k, v in filters.items() if k != "include_hidden"):
        return [d for d in DOCS if filters.get("include_hidden") or not d.hidden]
    by_id = {d.id: d for d in DOCS}
    return [by_id[hit] for hit in ids(index.search(query, limit=1000, **filters))]


@pytest.mark.parametrize("filters", FILTER_SETS, ids=repr)
def test_counts_are_of_every_product_the_search_finds(
    index: SearchIndex, filters: dict[str, object]
) -> None:
    for query in COUNTED_QUERIES:
        if not query and not any(v for k, v in filters.items() if k != "include_hidden"):
            continue  # nothing typed and no filter: the catalogue's own counts are used
        counts = index.count(query, **filters)
        assert counts.total == len(everything_found(index, query, **filters)), query
        # each list is counted with the other filters: what choosing that value would find
        others = {k: v for k, v in filters.items() if k != "category"}
        expected: dict[str, int] = {}
        for found in everything_found(index, query, **others):
            expected[found.category] = expected.get(found.category, 0) + 1
        assert counts.categories == expected, query
        others = {k: v for k, v in filters.items() if k != "lang"}
        expected = {}
        for found in everything_found(index, query, **others):
            for lang in sorted({*found.names, *found.texts}):
                expected[lang] = expected.get(lang, 0) + 1
        assert counts.languages == expected, query
        others = {k: v for k, v in filters.items() if k != "brand"}
        expected = {}
        for found in everything_found(index, query, **others):
            expected[found.brand] = expected.get(found.brand, 0) + 1
        assert counts.brands == expected, query


def test_counts_beyond_the_best_hits_and_cancelled_counting(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(index.search("printed", limit=1).hits) == 1
    assert index.count("printed").total == len(index.search("printed", limit=100).hits) > 1
    assert index.count("4006381333932").total == 0  # a wrong check digit counts nothing
    monkeypatch.setattr(search_facets, "REPORT_EVERY", 1)
    flag = CancelFlag()
    flag.cancel()
    with pytest.raises(Interrupted):
        index.count("logo", progress=flag)
    assert index.count("logo").total == len(index.search("logo", limit=100).hits)


def test_hidden_products_only_when_asked(index: SearchIndex) -> None:
    assert "nordiva-lotion-old" not in top(index, "nordiva", 20)
    assert "nordiva-lotion-old" in top(index, "nordiva", 20, include_hidden=True)
    assert top(index, "NV-100") == []


def test_empty_query_lists_filtered_products_and_nothing_without_filters(
    index: SearchIndex,
) -> None:
    assert set(top(index, "  ", 20, category="cosmetics")) == {"nordiva-creme", "acai-serum"}
    assert index.search("").hits == []
    assert index.search("   ").hits == []


# -- hostile queries ----------------------------------------------------------------------------

HOSTILE = [
    "*",
    "?",
    '"',
    "(",
    ")",
    ":",
    "AND",
    "NOT",
    "OR",
    "~",
    "^",
    "[",
    "]",
    "{",
    "\\",
    "brand:nordiva",
    "nord*",
    "nordiva~2",
    '"night radiance',
    "NOT nordiva",
    "a AND (b OR",
    "[a TO z]",
    "x" * 10_000,
    "nordiva " * 2_000,
    "nordiva " * 249 + "x" * 7,  # just under the limit
    "x" * 1_999 + "\ud800",
    "\x00\x01\x1b[31m",
    "\t\n\r",
    "🧴💄",
    "كريم",
    "קרם לילה",
    "\u202enordiva\u202c",
    "\ud800",
    "nord\udfffiva",
    "\ufeff",
    "٣٤٥",
    "0" * 14,
    "00000000000000",
    "-",
    "....",
    "8204.",
    "☃" * 300,
    "\u0301\u0301",
]


def search_or_user_error(index: SearchIndex, query: str) -> None:
    """On a sound index the only errors a query may cause are a barcode with a wrong check digit
    and a text over the length limit (a SearchIndexError here would be a bug passed off as a
    damaged index)."""
    if len(query) > MAX_QUERY_CHARS:
        with pytest.raises(QueryTooLongError):
            index.search(query)
        return
    try:
        results = index.search(query)
    except InvalidCodeError:
        return
    assert isinstance(results.hits, list)
    assert all(isinstance(hit.id, str) for hit in results.hits)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_results_or_a_user_error(index: SearchIndex, query: str) -> None:
    search_or_user_error(index, query)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(max_size=60))
def test_any_text_gives_results_or_a_user_error(index: SearchIndex, query: str) -> None:
    search_or_user_error(index, query)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    query=st.text(alphabet="0123456789 -.", max_size=20),
    category=st.sampled_from([None, "cosmetics", "", "no-such"]),
    brand=st.sampled_from([None, "Torqwell", "ÀÇÃ", "*"]),
    lang=st.sampled_from([None, "pt", "xx", " "]),
)
def test_any_codes_and_filters_give_results_or_a_user_error(
    index: SearchIndex, query: str, category: str | None, brand: str | None, lang: str | None
) -> None:
    try:
        results = index.search(query, category=category, brand=brand, lang=lang)
    except InvalidCodeError:
        return
    assert isinstance(results.hits, list)


# -- building, updating, damage -----------------------------------------------------------------


def test_generation_is_none_until_built(tmp_path: Path, opened: Callable) -> None:
    index = opened(SearchIndex(tmp_path / "catalog.index"))
    assert index.generation() is None
    assert not (tmp_path / "catalog.index").exists()
    with pytest.raises(SearchIndexError):
        index.search("nordiva")
    index.rebuild(iter(DOCS), len(DOCS), 7)
    assert index.generation() == 7
    assert opened(SearchIndex(tmp_path / "catalog.index")).generation() == 7


@pytest.mark.parametrize("cancel_at", ["Indexing products", "Saving the search index"])
def test_cancelled_rebuild_leaves_the_previous_index(
    tmp_path: Path, cancel_at: str, opened: Callable
) -> None:
    index = opened(build(tmp_path / "catalog.index", DOCS[:3], generation=1))

    def progress(done: int, total: int, label: str) -> None:
        if label == cancel_at:
            raise Interrupted()

    with pytest.raises(Interrupted):
        index.rebuild(iter(DOCS), len(DOCS), 2, progress)
    assert index.generation() == 1
    assert top(index, "torqwell", 1) == ["torqwell-wrench"]
    assert top(index, "orbis") == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.index"]


def test_rebuild_cancelled_while_saving_leaves_the_previous_index(
    tmp_path: Path, opened: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_build, "PROGRESS_EVERY", 5)
    index = opened(build(tmp_path / "catalog.index", DOCS[:3], generation=1))
    calls: list[int] = []

    def progress(done: int, total: int, label: str) -> None:
        if label == "Saving the search index":
            calls.append(done)
            if len(calls) == 3:
                raise Interrupted()

    with pytest.raises(Interrupted):
        index.rebuild(iter(DOCS), len(DOCS), 2, progress)
    assert index.generation() == 1
    assert top(index, "orbis") == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.index"]


@pytest.fixture
def in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large-catalogue rebuilds use worker processes; make the dozen test products one."""
    monkeypatch.setattr(search_parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(search_parallel, "PROCESSES", 2)
    monkeypatch.setattr(search_parallel, "BATCH", 2)
    monkeypatch.setattr(search_parallel.os, "cpu_count", lambda: 2)


def test_a_rebuild_with_worker_processes_finds_the_same(
    tmp_path: Path,
    opened: Callable,
    in_parallel: None,
    index: SearchIndex,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def not_here(*args: object) -> None:
        raise AssertionError("the index was built in this process, not by the workers")

    monkeypatch.setattr(search_files, "build_serially", not_here)
    parallel = opened(build(tmp_path / "catalog.index"))
    segments = windex.open_dir(str(tmp_path / "catalog.index"))
    with segments.reader() as reader:
        # One segment per worker that got a batch: which worker takes which batch is the
        # operating system's choice, so a fast worker may take them all.
        assert 1 <= len(reader.leaf_readers()) <= 2
    segments.close()
    for query in [
        "nordiva",
        "torqwell wre",
        "036000291452",
        "8204",
        "hologram",
        "nordvia ",
        "cosmetics",
    ]:
        assert set(ids(parallel.search(query))) == set(ids(index.search(query))), query
    assert len(parallel.search("", category="hand-tools").hits) == 2
    parallel.update([replace(DOCS[-1], names={"en": "Pilot Chronograph"})], ["kidoo-puzzle"], 2)
    assert top(parallel, "chronograph", 1) == ["orbis-watch"]
    assert "kidoo-puzzle" not in top(parallel, "kidoo jigsaw puzzle ")


def test_a_cancelled_rebuild_with_worker_processes_leaves_the_previous_index(
    tmp_path: Path, opened: Callable, in_parallel: None
) -> None:
    index = opened(build(tmp_path / "catalog.index", DOCS[:3], generation=1))

    def progress(done: int, total: int, label: str) -> None:
        if done >= 4:
            raise Interrupted()

    with pytest.raises(Interrupted):
        index.rebuild(iter(DOCS), len(DOCS), 2, progress)
    assert index.generation() == 1
    assert top(index, "orbis") == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.index"]


def test_workers_that_fail_stop_the_rebuild_with_a_message(
    tmp_path: Path, opened: Callable, in_parallel: None
) -> None:
    """Each worker fails on its first batch (a product it cannot index) while many batches are
    still to hand out: the rebuild stops with the workers' error at once, it does not wait
    for workers that have gone; the previous index stays."""
    index = opened(build(tmp_path / "catalog.index", DOCS[:3], generation=1))
    unreadable = [replace(DOCS[0], id=f"bad-{n}", names=None) for n in range(60)]
    outcome: list[BaseException | None] = []

    def rebuild() -> None:
        try:
            index.rebuild(iter(unreadable), len(unreadable), 2)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=rebuild, daemon=True)
    worker.start()
    worker.join(timeout=120)  # returns as soon as the rebuild ends; a hang fails here
    assert outcome, "the rebuild did not end after its workers failed"
    assert isinstance(outcome[0], SearchIndexError) and "AttributeError" in str(outcome[0])
    assert index.generation() == 1
    assert top(index, "torqwell", 1) == ["torqwell-wrench"]


def test_a_rebuild_with_worker_processes_says_nothing_more_on_a_busy_machine(
    sample_catalog: Path,
) -> None:
    """`idguide reindex` on a large catalogue (forced here) ends with nothing on stderr, also
    when the machine runs its threads late: no resource tracker warning of a leaked semaphore
    (it did once in CI, on a loaded machine)."""
    force = "from idguide.catalog.finding import parallel\nparallel.PARALLEL_FROM = 1\n"
    done = run_cli_on_a_busy_machine(force, "--catalog", sample_catalog, "reindex")
    assert (done.returncode, done.stderr) == (0, "")
    assert "Search index rebuilt" in done.stdout


def test_without_worker_processes_the_rebuild_runs_here(
    tmp_path: Path, opened: Callable, in_parallel: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise search_parallel.WorkersUnavailable("no processes here")

    monkeypatch.setattr(search_parallel.Workers, "start", refuse)
    index = opened(build(tmp_path / "catalog.index"))
    assert top(index, "orbis", 1) == ["orbis-watch"]


def test_rebuild_replaces_the_previous_index(tmp_path: Path, opened: Callable) -> None:
    index = opened(build(tmp_path / "catalog.index", DOCS[:3], generation=1))
    assert top(index, "orbis") == []
    index.rebuild(iter(DOCS[3:]), len(DOCS) - 3, 2)
    assert top(index, "orbis", 1) == ["orbis-watch"]
    assert top(index, "nordiva") == []
    assert index.generation() == 2


def test_update_adds_replaces_and_deletes(tmp_path: Path, opened: Callable) -> None:
    index = opened(build(tmp_path / "catalog.index"))
    renamed = doc(
        "orbis-watch",
        "Orbis",
        "watches",
        {"en": "Pilot Chronograph"},
        {"en": "Luminous hands."},
        models=("OR-500",),
    )
    added = doc("new-bag", "Sacoche", "bags", {"fr": "Sac Bandoulière"}, {"fr": "Cuir grainé."})
    index.update([renamed, added], ["kidoo-puzzle"], 2)
    assert index.generation() == 2
    assert top(index, "chronograph", 1) == ["orbis-watch"]
    assert top(index, "diver ") == []
    assert top(index, "bandouliere", 1) == ["new-bag"]
    assert top(index, "jigsaw") == []
    assert ids(index.search("orbis")) == ["orbis-watch"]  # replaced, not duplicated
    reopened = opened(SearchIndex(tmp_path / "catalog.index"))
    assert reopened.search("sacoche").hits[0].id == "new-bag"


def test_a_damaged_index_reports_search_index_error(tmp_path: Path, opened: Callable) -> None:
    folder = tmp_path / "catalog.index"
    build(folder).close()
    for path in folder.iterdir():
        if path.is_file():
            path.write_bytes(b"\x00garbage\xff" * 50)
    index = opened(SearchIndex(folder))
    assert index.generation() is None
    with pytest.raises(SearchIndexError, match="rebuilt"):
        index.search("nordiva")
    index.rebuild(iter(DOCS), len(DOCS), 3)  # the store's remedy
    assert top(index, "nordiva", 1) == ["nordiva-creme"]


# Unpickling some damaged bytes makes CPython report "deallocated bytearray object has exported
# buffers" as an unraisable error once the search has failed cleanly; it is only a message.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("seed", range(8))
def test_randomly_damaged_segment_bytes(tmp_path: Path, opened: Callable, seed: int) -> None:
    """Damage lands on different structures from run to run (segment names are random)."""
    folder = tmp_path / "catalog.index"
    build(folder).close()
    segment = next(folder.glob("*.seg"))
    data = bytearray(segment.read_bytes())
    rng = random.Random(seed)
    for _ in range(200):
        data[rng.randrange(len(data))] = rng.randrange(256)
    segment.write_bytes(bytes(data[: len(data) - rng.randrange(2) * rng.randrange(len(data))]))
    index = opened(SearchIndex(folder))
    for query in [
        "nordiva",
        "torqwell wre",
        "036000291452",
        "8204",
        "hologram",
        "nordvia ",
        "",
        "cosmetics",
    ]:
        with contextlib.suppress(SearchIndexError, InvalidCodeError):
            index.search(query, category="cosmetics" if not query else None)


def test_a_damaged_segment_behind_a_good_table_of_contents(
    tmp_path: Path, opened: Callable
) -> None:
    folder = tmp_path / "catalog.index"
    build(folder).close()
    for path in folder.iterdir():
        if path.suffix in (".trm", ".pst", ".col", ".seg"):
            path.write_bytes(b"\xff" * 64)
    index = opened(SearchIndex(folder))
    with pytest.raises(SearchIndexError):
        index.search("nordiva")


def test_bulk_build_writes_what_whooshs_own_writer_writes(tmp_path: Path) -> None:
    """The fast rebuild path writes whoosh's posting blocks and inline term entries itself:
    the same postings and term statistics as whoosh, over enough products for several blocks
    per term (whoosh's blocks hold 128) and for short lists kept inline."""
    many = [replace(product, id=f"{product.id}-{n}") for n in range(30) for product in DOCS]
    reference = windex.create_in(str(tmp_path), build_schema(), indexname="REF")
    with reference.writer(codec=build_codec()) as writer:
        for product in many:
            writer.add_document(**doc_fields(product))
    build(tmp_path / "catalog.index", many).close()
    bulk = windex.open_dir(str(tmp_path / "catalog.index"))
    with reference.reader() as expected, bulk.reader() as actual:
        assert postings_of(actual) == postings_of(expected)
        assert list(actual.all_stored_fields()) == list(expected.all_stored_fields())
    bulk.close()
    reference.close()


@pytest.mark.parametrize(
    ("docnums", "weight"), [([0], 1.0), ([3, 9], 1.0), ([5, 6, 70, 71], 2.5), ([2**31], 0.3)]
)
def test_an_inline_term_entry_is_what_whoosh_writes(docnums: list[int], weight: float) -> None:
    """Short posting lists go inline in the term table (whoosh's own writer keeps none
    inline, so the test above cannot compare them): the bytes are those of whoosh 3's term
    info for the same postings."""
    from array import array

    from whoosh.codec.whoosh3 import W3PostingsWriter, W3TermInfo

    from idguide.catalog.finding.build import fill_block, inline_info

    ids = array("I", docnums)
    block = W3PostingsWriter(None, 128)  # only its buffered block is used
    block._new_block()
    fill_block(block, ids, weight)
    info = W3TermInfo()
    info.add_block(block)
    info.set_inlined(ids, block._weights, ())
    assert inline_info(ids, weight) == info.to_bytes()


def postings_of(reader: IndexReader) -> dict[tuple[str, bytes], tuple]:
    found = {}
    for (fieldname, btext), info in reader:
        matcher = reader.postings(fieldname, btext)
        items = []
        while matcher.is_active():
            items.append((matcher.id(), matcher.weight()))
            matcher.next()
        found[fieldname, btext] = (
            info.weight(),
            info.doc_frequency(),
            info.min_length(),
            info.max_length(),
            info.max_weight(),
            info.min_id(),
            info.max_id(),
            items,
        )
    return found


# -- the brand/name words saved beside each segment ---------------------------------------------


def word_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.idguide-words"))


def test_a_rebuild_saves_the_words_that_typos_and_completion_use(
    tmp_path: Path, opened: Callable
) -> None:
    folder = tmp_path / "catalog.index"
    opened(build(folder))
    assert len(word_files(folder)) == 1
    reopened = opened(SearchIndex(folder))
    assert top(reopened, "nordvia", 1) == ["nordiva-creme"]  # a typo, from the saved words
    assert top(reopened, "torq", 1) == ["torqwell-wrench"]  # completion too


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe3" + b"\x01" * 40])
def test_missing_or_damaged_word_files_are_worked_out_again(
    tmp_path: Path, opened: Callable, damage: bytes
) -> None:
    folder = tmp_path / "catalog.index"
    opened(build(folder))
    (saved,) = word_files(folder)
    good = saved.read_bytes()
    saved.write_bytes(damage)
    reopened = opened(SearchIndex(folder))
    assert top(reopened, "nordvia", 1) == ["nordiva-creme"]
    assert saved.read_bytes() == good  # saved again from the segment
    saved.unlink()
    again = opened(SearchIndex(folder))
    assert top(again, "torqwelk ", 1) == ["torqwell-wrench"]
    assert saved.read_bytes() == good


def test_an_update_saves_the_new_segments_words(tmp_path: Path, opened: Callable) -> None:
    folder = tmp_path / "catalog.index"
    index = opened(build(folder, DOCS[:3], generation=1))
    index.update(DOCS[3:], [], 2)
    assert word_files(folder)
    segments = {p.name.split(".")[0] for p in folder.glob("*.seg")}
    assert {p.name.split(".")[0] for p in word_files(folder)} == segments  # none left behind
    reopened = opened(SearchIndex(folder))
    assert top(reopened, "orbsi", 1) == ["orbis-watch"]  # a word only the update brought
