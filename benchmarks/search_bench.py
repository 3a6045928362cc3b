"""Search benchmark: the idguide whoosh index against an SQLite FTS5 baseline.

Generates a synthetic catalogue of N products (invented brands, product names in en/es/fr/pt,
valid GTINs, model numbers, HS codes, 80-150 words of description and feature text in each of
1-3 languages per product), builds the idguide index through ``SearchIndex.rebuild`` and an FTS5
table over the same text, runs the same query mix against both and prints, as its last line, one
JSON object with the figures.

    python benchmarks/search_bench.py --products 100000 --seed 1 --out /tmp/idguide-bench
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stdnum import ean

from idguide.catalog.categories import CATEGORIES
from idguide.catalog.finding.index import IndexDoc, SearchIndex
from idguide.catalog.text import fold

LANGS = ("en", "es", "fr", "pt")


def split_words(text: str) -> list[str]:
    return text.split()


# Words that describe products and their authentication features, in each language. The
# generator adds plurals and a long tail of invented technical words on top.
CONTENT_WORDS = {
    "en": """hologram label seal cap bottle box packaging print font logo colour sticker serial
        number batch code lot expiry date barcode foil stitching leather zipper buckle strap sole
        insole lining thread seam pocket carton blister tablet capsule dose leaflet insert
        security thread watermark ink ultraviolet glow lamp loupe engraving embossing texture
        weight scent fragrance cream lotion serum mask filter valve bearing ring cage ball
        groove lubricant grease wrench plier spanner socket blade handle grip hinge screw bolt
        charger cable adapter battery screen case cover glass lens frame dial crown bezel strap
        clasp movement toy puzzle figure doll board game racket ball shoe boot shirt jacket cap
        genuine counterfeit original fake copy authentic verify check inspect compare match
        align misaligned blurred sharp crisp faded bright glossy matte rough smooth heavy light
        thin thick wide narrow small large missing extra wrong spelling typo border edge corner
        centre front back side bottom top inside outside factory warehouse shipment consignment
        parcel courier declared value price market route origin destination importer""",
    "es": """holograma etiqueta sello tapa botella caja embalaje impresión letra logotipo color
        pegatina número serie lote código caducidad fecha barras lámina costura cuero cremallera
        hebilla correa suela plantilla forro hilo bolsillo cartón blíster comprimido cápsula dosis
        prospecto seguridad marca agua tinta ultravioleta brillo lámpara lupa grabado relieve
        textura peso aroma fragancia crema loción sérum mascarilla filtro válvula rodamiento anillo
        jaula bola ranura lubricante grasa llave alicate vaso hoja mango empuñadura bisagra tornillo
        perno cargador cable adaptador batería pantalla funda cubierta cristal lente montura esfera
        corona bisel cierre movimiento juguete rompecabezas figura muñeca tablero juego raqueta
        pelota zapato bota camisa chaqueta gorra auténtico falsificado original falso copia
        verificar comprobar inspeccionar comparar alineado desalineado borroso nítido apagado
        brillante mate áspero liso pesado ligero delgado grueso ancho estrecho pequeño grande
        ausente sobrante incorrecto ortografía borde esquina centro frente dorso lado fondo
        interior exterior fábrica almacén envío remesa paquete mensajería valor declarado precio
        mercado ruta origen destino importador""",
    "fr": """hologramme étiquette scellé bouchon flacon boîte emballage impression police logo
        couleur autocollant numéro série lot code péremption date barres feuille couture cuir
        fermeture boucle bracelet semelle doublure fil poche carton plaquette comprimé gélule dose
        notice sécurité filigrane encre ultraviolet lueur lampe loupe gravure relief texture poids
        parfum senteur crème lotion sérum masque filtre valve roulement bague cage bille rainure
        lubrifiant graisse clé pince douille lame manche poignée charnière vis boulon chargeur
        câble adaptateur batterie écran étui couvercle verre lentille monture cadran couronne
        lunette fermoir mouvement jouet puzzle figurine poupée plateau jeu raquette balle
        chaussure botte chemise veste casquette authentique contrefaçon original faux copie
        vérifier contrôler inspecter comparer aligné décalé flou net terne brillant mat rugueux
        lisse lourd léger mince épais large étroit petit grand manquant superflu erroné
        orthographe bord coin centre avant arrière côté fond intérieur extérieur usine entrepôt
        expédition envoi colis messagerie valeur déclarée prix marché itinéraire origine
        destination importateur""",
    "pt": """holograma rótulo selo tampa frasco caixa embalagem impressão letra logótipo cor
        autocolante número série lote código validade data barras película costura couro fecho
        fivela alça sola palmilha forro linha bolso cartão blister comprimido cápsula dose folheto
        segurança marca água tinta ultravioleta brilho lâmpada lupa gravação relevo textura peso
        aroma fragrância creme loção sérum máscara filtro válvula rolamento anel gaiola esfera
        ranhura lubrificante massa chave alicate soquete lâmina cabo punho dobradiça parafuso
        carregador adaptador bateria ecrã capa cobertura vidro lente armação mostrador coroa
        luneta fecho movimento brinquedo quebra figura boneca tabuleiro jogo raquete bola sapato
        bota camisa casaco boné autêntico contrafeito original falso cópia verificar conferir
        inspecionar comparar alinhado desalinhado desfocado nítido baço brilhante fosco áspero
        liso pesado leve fino grosso largo estreito pequeno grande ausente excedente errado
        ortografia borda canto centro frente verso lado fundo interior exterior fábrica armazém
        expedição remessa encomenda correio valor declarado preço mercado rota origem destino
        importador ação atenção proteção""",
}
STOPWORDS = {
    "en": split_words("the of and a to in is on with for at by from as or this that are be it"),
    "es": split_words("el la de y en a los las del con por para un una que se es al su o"),
    "fr": split_words("le la de et à les des du en un une est sur pour avec par au que sont ou"),
    "pt": split_words("o a de e em os as do da dos das com por para um uma que é no na"),
}
PLURAL = {"en": "s", "es": "s", "fr": "s", "pt": "s"}
NAME_TYPES = {
    "en": split_words(
        "Cream Serum Lotion Perfume Wrench Pliers Bearing Charger Cable Watch "
        "Sneaker Bag Mask Filter Tablets Capsules Toy Puzzle Racket Jacket Wallet "
        "Lens Battery"
    ),
    "es": split_words(
        "Crema Sérum Loción Perfume Llave Alicates Rodamiento Cargador Cable Reloj "
        "Zapatilla Bolso Mascarilla Filtro Comprimidos Cápsulas Juguete Raqueta "
        "Chaqueta Cartera"
    ),
    "fr": split_words(
        "Crème Sérum Lotion Parfum Clé Pince Roulement Chargeur Câble Montre "
        "Basket Sac Masque Filtre Comprimés Gélules Jouet Raquette Veste "
        "Portefeuille Lentille"
    ),
    "pt": split_words(
        "Creme Sérum Loção Perfume Chave Alicate Rolamento Carregador Cabo Relógio "
        "Ténis Mala Máscara Filtro Comprimidos Cápsulas Brinquedo Raquete Casaco "
        "Carteira"
    ),
}
NAME_ADJECTIVES = {
    "en": split_words("Ultra Pro Classic Premium Sport Light Original Repair Daily Intense"),
    "es": split_words(
        "Ultra Pro Clásico Prémium Deportivo Ligero Original Reparador Diario Intenso"
    ),
    "fr": split_words(
        "Ultra Pro Classique Premium Sport Léger Original Réparateur Quotidien Intense"
    ),
    "pt": split_words("Ultra Pro Clássico Premium Desporto Leve Original Reparador Diário Ação"),
}
SYLLABLES = split_words(
    "no ra di va lu mi ce ta ro ve sa pe ko ri ma to be la zo fi ne xa qu "
    "el ar or an in on ul am ex li ne mo ca de vi sol ter lum bel nor ast "
    "cor val"
)
ACCENTED = {"e": "éèê", "a": "áàãâ", "o": "óõô", "i": "í", "u": "ú", "c": "ç"}


def pseudo_word(rng: random.Random, syllables: int, accents: float = 0.0) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(syllables))
    if accents and rng.random() < accents:
        spots = [i for i, ch in enumerate(word) if ch in ACCENTED and i > 0]
        if spots:
            i = rng.choice(spots)
            word = word[:i] + rng.choice(ACCENTED[word[i]]) + word[i + 1 :]
    return word


def check_digit_gtin(rng: random.Random, length: int) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(length - 1))
    if length == 12:
        body = "0" + body[1:]
    return body + ean.calc_check_digit(body)


@dataclass
class Vocabulary:
    words: dict[str, list[str]]  # lang -> content words, most frequent first
    weights: dict[str, list[float]]
    brands: list[tuple[str, str]]  # (id, display name)
    lines: list[str]  # invented product line names


def make_vocabulary(rng: random.Random, products: int) -> Vocabulary:
    words: dict[str, list[str]] = {}
    weights: dict[str, list[float]] = {}
    tail = max(300, min(6000, products // 10))
    for lang in LANGS:
        base = CONTENT_WORDS[lang].split()
        forms = [w for b in base for w in (b, b + PLURAL[lang])]
        invented = [pseudo_word(rng, rng.randint(3, 4), 0.1) for _ in range(tail)]
        words[lang] = forms + invented
        weights[lang] = [1.0 / (rank + 10) for rank in range(len(words[lang]))]
    brand_count = max(20, products // 50)
    brands = []
    for n in range(brand_count):
        name = pseudo_word(rng, rng.randint(2, 3), 0.15).capitalize()
        if rng.random() < 0.1:
            name += " " + pseudo_word(rng, 2).capitalize()
        brands.append((f"brand-{n}", name))
    lines = [
        pseudo_word(rng, rng.randint(2, 3), 0.1).capitalize()
        for _ in range(max(50, products // 20))
    ]
    return Vocabulary(words, weights, brands, lines)


def make_text(rng: random.Random, vocab: Vocabulary, lang: str) -> str:
    count = rng.randint(80, 150)
    content = rng.choices(vocab.words[lang], vocab.weights[lang], k=count)
    stops = STOPWORDS[lang]
    out = [w if rng.random() > 0.3 else rng.choice(stops) for w in content]
    return " ".join(out).capitalize() + "."


def make_doc(rng: random.Random, vocab: Vocabulary, number: int) -> IndexDoc:
    brand_id, brand = rng.choice(vocab.brands)
    category = rng.choice(CATEGORIES)
    langs = rng.sample(LANGS, rng.choices((1, 2, 3), (5, 3, 2))[0])
    line = rng.choice(vocab.lines)
    adjective_index = rng.randrange(10)
    type_index = rng.randrange(19)
    names = {
        lang: f"{line} {NAME_ADJECTIVES[lang][adjective_index]} {NAME_TYPES[lang][type_index]}"
        for lang in langs
    }
    prefix = "".join(ch for ch in fold(brand) if ch.isalpha())[:2].upper() or "XX"
    models = [f"{prefix}-{rng.randint(100, 99999)}"]
    if rng.random() < 0.3:
        models.append(f"{models[0].replace('-', '')}-{rng.choice(['EU', 'US', 'BR', 'X'])}")
    gtins = [check_digit_gtin(rng, rng.choice((13, 13, 13, 12, 8))).zfill(14)]
    heading = rng.choice([h for h in category.hs if len(h) == 4] or ["9999"])
    hs_codes = [heading + f"{rng.randint(10, 99)}"]
    texts = {lang: make_text(rng, vocab, lang) for lang in langs}
    return IndexDoc(
        id=f"p{number:07d}",
        brand_id=brand_id,
        brand=brand,
        category=category.id,
        names=names,
        models=models,
        gtins=gtins,
        hs_codes=hs_codes,
        texts=texts,
        hidden=rng.random() < 0.01,
    )


def make_catalogue(products: int, seed: int) -> tuple[list[IndexDoc], Vocabulary]:
    rng = random.Random(seed)
    vocab = make_vocabulary(rng, products)
    return [make_doc(rng, vocab, n) for n in range(products)], vocab


# -- the query mix ------------------------------------------------------------------------------


def typo(rng: random.Random, word: str) -> str:
    """One or two edits (substitute, delete, insert, transpose), never on the first letter."""
    for _ in range(rng.choice((1, 1, 2))):
        if len(word) < 4:
            break
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(("sub", "del", "ins", "swap"))
        letter = rng.choice("abcdefghilmnoprstuv")
        if kind == "sub":
            word = word[:i] + letter + word[i + 1 :]
        elif kind == "del":
            word = word[:i] + word[i + 1 :]
        elif kind == "ins":
            word = word[:i] + letter + word[i:]
        else:
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word


def make_queries(docs: list[IndexDoc], rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query) pairs: the same mix runs against both engines."""
    sample = rng.sample(docs, min(len(docs), 200))
    queries: list[tuple[str, str]] = []

    def add(kind: str, items: Iterator[str], count: int) -> None:
        queries.extend((kind, q) for q in list(items)[:count])

    def name_word(doc: IndexDoc) -> str:
        return rng.choice(rng.choice(list(doc.names.values())).split())

    add("brand", (rng.choice((d.brand, d.brand.lower(), d.brand.upper())) for d in sample), 50)
    add("name", (name_word(d) for d in sample), 50)
    for doc in sample[:12]:
        word = fold(doc.brand.split()[0])
        add("prefix", (word[:n] for n in range(1, len(word) + 1)), 12)
    for doc in sample[12:20]:
        word = fold(name_word(doc))
        add("prefix", (f"{fold(doc.brand)} {word[:n]}" for n in range(1, len(word) + 1)), 12)
    add(
        "typo",
        (typo(rng, fold(rng.choice((d.brand.split()[0], name_word(d))))) for d in sample),
        40,
    )
    accented = [
        w for d in sample for w in (d.brand.split() + name_word(d).split()) if fold(w) != w.lower()
    ]
    add("accent-free", (fold(w) for w in accented), 30)
    add(
        "multiword",
        (
            f"{d.brand} {name_word(d)}"
            if i % 2
            else f"{name_word(d)} {rng.choice(next(iter(d.texts.values())).split()).strip('.')}"
            for i, d in enumerate(sample)
        ),
        40,
    )
    add("text", (rng.choice(next(iter(d.texts.values())).split()).strip(".") for d in sample), 30)
    add("gtin", (ean_display(d.gtins[0]) for d in sample), 30)
    add("model", (d.models[0] for d in sample), 10)
    add("hs", (f"{d.hs_codes[0][:4]}.{d.hs_codes[0][4:]}" for d in sample), 10)
    return queries


def ean_display(gtin14: str) -> str:
    return gtin14.lstrip("0") if len(gtin14.lstrip("0")) in (8, 12, 13) else gtin14[1:]


# -- the two engines ----------------------------------------------------------------------------


def build_idguide(docs: list[IndexDoc], folder: Path) -> float:
    index = SearchIndex(folder)
    started = time.perf_counter()
    index.rebuild(iter(docs), len(docs), generation=1)
    elapsed = time.perf_counter() - started
    index.close()
    return elapsed


FTS_COLUMNS = "id UNINDEXED, brand, name, codes, text"


def fts_row(doc: IndexDoc) -> tuple[str, str, str, str, str]:
    codes = " ".join([*doc.models, *doc.gtins, *doc.hs_codes])
    return (doc.id, doc.brand, " ".join(doc.names.values()), codes, " ".join(doc.texts.values()))


def build_fts5(docs: list[IndexDoc], path: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute(
        f"CREATE VIRTUAL TABLE fts USING fts5({FTS_COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    with conn:
        conn.executemany("INSERT INTO fts VALUES (?, ?, ?, ?, ?)", map(fts_row, docs))
    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    conn.close()
    return time.perf_counter() - started


def fts5_match(query: str) -> str:
    """Every word, the last as a prefix; codes typed with dots or spaces ("8204.11") as one
    number, as idguide reads them (FTS5 would otherwise look for "8204" and "11"), and barcodes
    padded to the GTIN-14 form the table holds."""
    if re.fullmatch(r"[\d .\-]+", query) and any(ch.isdigit() for ch in query):
        digits = "".join(ch for ch in query if ch.isdigit())
        words = [digits.zfill(14) if len(digits) in (8, 12, 13) else digits]
    else:
        words = re.findall(r"\w+", fold(query))
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(terms)


def fts5_searcher(path: Path) -> Callable[[str], list]:
    conn = sqlite3.connect(path)
    sql = "SELECT id FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 10.0, 8.0, 20.0, 1.0) LIMIT 20"

    def run(query: str) -> list:
        match = fts5_match(query)
        return conn.execute(sql, (match,)).fetchall() if match else []

    return run


def idguide_searcher(index: SearchIndex) -> Callable[[str], list]:
    def run(query: str) -> list:
        try:
            return index.search(query).hits
        except Exception as exc:  # a wrong check digit is an answer, not a benchmark failure
            if type(exc).__name__ != "InvalidCodeError":
                raise
            return []

    return run


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_queries(
    run: Callable[[str], list], queries: list[tuple[str, str]], rounds: int
) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Milliseconds per query by kind, and by kind the share of queries with any hit (a typo
    that finds nothing is fast but no answer)."""
    times: dict[str, list[float]] = {}
    answered: dict[str, list[bool]] = {}
    for _ in range(rounds):
        for kind, query in queries:
            started = time.perf_counter()
            hits = run(query)
            times.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            answered.setdefault(kind, []).append(bool(hits))
    return times, {kind: sum(found) / len(found) for kind, found in answered.items()}


def folder_mb(path: Path) -> float:
    files = [path] if path.is_file() else list(path.rglob("*"))
    return sum(f.stat().st_size for f in files if f.is_file()) / 1e6


def summarize(times: dict[str, list[float]]) -> tuple[float, float, dict[str, tuple[float, float]]]:
    every = [t for values in times.values() for t in values]
    per_kind = {kind: (statistics.median(v), percentile(v, 0.95)) for kind, v in times.items()}
    return statistics.median(every), percentile(every, 0.95), per_kind


def open_and_first_query(folder: Path, query: str) -> tuple[SearchIndex, float]:
    started = time.perf_counter()
    index = SearchIndex(folder)
    index.search(query)
    return index, time.perf_counter() - started


def report_kinds(
    label: str, per_kind: dict[str, tuple[float, float]], answered: dict[str, float]
) -> None:
    print(f"{label} per query kind (p50 / p95 ms, share answered):")
    for kind, (p50, p95) in per_kind.items():
        print(f"  {kind:12s} {p50:8.2f} {p95:8.2f} {answered[kind]:6.0%}")


def run(products: int, seed: int, out: Path, rounds: int) -> dict:
    """Build both, query both; the figures (load averages: others may share the machine)."""
    out.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    docs, _ = make_catalogue(products, seed)
    print(f"generated {products} products in {time.perf_counter() - started:.1f} s", flush=True)
    queries = make_queries(docs, random.Random(seed + 1))
    print(f"{len(queries)} queries x {rounds} rounds")
    folder, fts_path = out / "catalog.index", out / "fts5.db"
    shutil.rmtree(folder, ignore_errors=True)
    fts_path.unlink(missing_ok=True)
    build_s = build_idguide(docs, folder)
    print(f"idguide index built in {build_s:.1f} s")
    fts5_build_s = build_fts5(docs, fts_path)
    print(f"FTS5 built in {fts5_build_s:.1f} s")
    del docs
    index, open_s = open_and_first_query(folder, queries[0][1])
    times, answered = time_queries(idguide_searcher(index), queries, rounds)
    p50, p95, kinds = summarize(times)
    report_kinds("idguide", kinds, answered)
    index.close()
    ftimes, fanswered = time_queries(fts5_searcher(fts_path), queries, rounds)
    f50, f95, fkinds = summarize(ftimes)
    report_kinds("FTS5", fkinds, fanswered)
    return {
        "products": products,
        "queries": len(queries) * rounds,
        "build_s": round(build_s, 2),
        "fts5_build_s": round(fts5_build_s, 2),
        "open_s": round(open_s, 3),
        "p50_ms": round(p50, 2),
        "p95_ms": round(p95, 2),
        "fts5_p50_ms": round(f50, 2),
        "fts5_p95_ms": round(f95, 2),
        "gtin_p95_ms": round(kinds["gtin"][1], 2),
        "index_mb": round(folder_mb(folder), 1),
        "fts5_mb": round(folder_mb(fts_path), 1),
        "answered": round(statistics.mean(answered.values()), 3),
        "fts5_answered": round(statistics.mean(fanswered.values()), 3),
        "loadavg_before": round(load_before, 2),
        "loadavg_after": round(os.getloadavg()[0], 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder for the index and FTS5 database (default: a temp folder)",
    )
    parser.add_argument("--rounds", type=int, default=2, help="times the query mix is run")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="idguide-bench-"))
    print(json.dumps(run(args.products, args.seed, out, args.rounds)))


if __name__ == "__main__":
    main()
