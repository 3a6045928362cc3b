"""Printed handouts of product sheets for workshops (PDF, no Qt).

One or more pages per product: the pictures with the numbered feature regions drawn on them,
the features genuine against counterfeit, the risk indicators, tips and alerts, whom to call, and
where the entry comes from (publisher, bundle sequence, date, DEMO for the fictional catalogue).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from idguide.catalog import model
from idguide.catalog.categories import get_category
from idguide.catalog.codes import display_gtin, display_hs
from idguide.catalog.errors import IdguideError
from idguide.catalog.pdf import (
    FONT,
    Document,
    Printable,
    clean,
    draw_callouts,
    is_photo,
    render_image,
    save,
)
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.read import get_product, get_publisher
from idguide.catalog.store import Catalog, refuse_catalogue_file

MAX_PRODUCTS = 500
MAX_IMAGES = 6

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "handout": "idguide handout",
        "packaging": "Packaging",
        "detail": "Detail",
        "category": "Category",
        "models": "Models",
        "gtins": "Barcodes",
        "hs": "HS codes",
        "made_in": "Made in",
        "sold_in": "Sold in",
        "never_sold_in": "Never sold in",
        "price": "Typical price",
        "images": "Pictures (numbers mark the features)",
        "features": "Authentication features",
        "feature": "Feature",
        "genuine": "Genuine",
        "counterfeit": "Counterfeit",
        "indicators": "Counterfeit and risk indicators",
        "tips": "Tips",
        "alerts": "Alerts",
        "contacts": "Verification contacts",
        "source": "Source",
        "publisher": "Publisher",
        "bundle": "Bundle",
        "published": "Published",
        "rights": "Rights valid until",
        "demo": "DEMO: fictional content for training only",
        "withdrawn": "WITHDRAWN by its publisher: do not rely on this entry",
        "lots": "lots",
    },
    "es": {
        "handout": "Ficha idguide",
        "category": "Categoría",
        "packaging": "Embalaje",
        "detail": "Detalle",
        "models": "Modelos",
        "gtins": "Códigos de barras",
        "hs": "Códigos SA",
        "made_in": "Fabricado en",
        "sold_in": "Vendido en",
        "never_sold_in": "Nunca vendido en",
        "price": "Precio habitual",
        "images": "Imágenes (los números marcan las características)",
        "features": "Características de autenticación",
        "feature": "Característica",
        "genuine": "Original",
        "counterfeit": "Falsificación",
        "indicators": "Indicadores de falsificación y riesgo",
        "tips": "Consejos",
        "alerts": "Alertas",
        "contacts": "Contactos para verificación",
        "source": "Origen",
        "publisher": "Editor",
        "bundle": "Paquete",
        "published": "Publicado",
        "rights": "Derechos válidos hasta",
        "demo": "DEMO: contenido ficticio solo para formación",
        "withdrawn": "RETIRADO por su editor: no se base en esta ficha",
        "lots": "lotes",
    },
    "fr": {
        "handout": "Fiche idguide",
        "packaging": "Emballage",
        "detail": "Détail",
        "category": "Catégorie",
        "models": "Modèles",
        "gtins": "Codes-barres",
        "hs": "Codes SH",
        "made_in": "Fabriqué en",
        "sold_in": "Vendu en",
        "never_sold_in": "Jamais vendu en",
        "price": "Prix habituel",
        "images": "Images (les numéros marquent les points de contrôle)",
        "features": "Points d'authentification",
        "feature": "Point",
        "genuine": "Authentique",
        "counterfeit": "Contrefaçon",
        "indicators": "Indicateurs de contrefaçon et de risque",
        "tips": "Conseils",
        "alerts": "Alertes",
        "contacts": "Contacts pour vérification",
        "source": "Source",
        "publisher": "Éditeur",
        "bundle": "Paquet",
        "published": "Publié",
        "rights": "Droits valables jusqu'au",
        "demo": "DÉMO : contenu fictif pour la formation uniquement",
        "withdrawn": "RETIRÉE par son éditeur : ne vous fiez pas à cette fiche",
        "lots": "lots",
    },
    "pt": {
        "handout": "Ficha idguide",
        "category": "Categoria",
        "packaging": "Embalagem",
        "detail": "Detalhe",
        "models": "Modelos",
        "gtins": "Códigos de barras",
        "hs": "Códigos SH",
        "made_in": "Fabricado em",
        "sold_in": "Vendido em",
        "never_sold_in": "Nunca vendido em",
        "price": "Preço habitual",
        "images": "Imagens (os números marcam as características)",
        "features": "Características de autenticação",
        "feature": "Característica",
        "genuine": "Genuíno",
        "counterfeit": "Contrafação",
        "indicators": "Indicadores de contrafação e de risco",
        "tips": "Dicas",
        "alerts": "Alertas",
        "contacts": "Contactos para verificação",
        "source": "Origem",
        "publisher": "Editor",
        "bundle": "Pacote",
        "published": "Publicado",
        "rights": "Direitos válidos até",
        "demo": "DEMO: conteúdo fictício apenas para formação",
        "withdrawn": "RETIRADO pelo editor: não confie nesta ficha",
        "lots": "lotes",
    },
}


def label(key: str, lang: str | None) -> str:
    """A fixed text of the printed page in ``lang`` (English if idguide lacks that language)."""
    return _LABELS.get(lang or "en", _LABELS["en"]).get(key, _LABELS["en"][key])


def make_handout(
    catalog: Catalog,
    product_ids: Sequence[str],
    out_pdf: Path,
    paper: str = "a4",
    lang: str | None = None,
    progress: ProgressFn | None = None,
) -> Path:
    """Write a handout of ``product_ids`` (in that order) to ``out_pdf``; return its path.

    Raises NotFoundError (writing nothing) if an id is not in the catalogue.
    """
    ids = list(dict.fromkeys(product_ids))
    if not ids:
        raise IdguideError("Name at least one product for the handout.")
    refuse_catalogue_file(out_pdf, catalog.path)
    if len(ids) > MAX_PRODUCTS:
        raise IdguideError(f"A handout holds at most {MAX_PRODUCTS} products.")
    products = [get_product(catalog, pid) for pid in ids]
    report = progress or no_progress
    doc = Document(paper, f"{label('handout', lang)} · {date.today().isoformat()}")
    for done, product in enumerate(products):
        report(done, len(products), f"Drawing {product.id}")
        publisher = get_publisher(catalog, product.publisher_id)
        doc.add_page()
        product_pages(doc, catalog, product, publisher, lang)
    report(len(products), len(products), "Saving")
    return save(doc, Path(out_pdf))


def product_pages(
    doc: Document,
    catalog: Catalog,
    product: model.Product,
    publisher: model.Publisher,
    lang: str | None,
) -> None:
    """One product sheet, starting at the cursor."""
    t = product.t
    if publisher.demo:
        doc.banner(label("demo", lang), (200, 120, 0))
    if product.withdrawn or publisher.revoked:
        doc.banner(label("withdrawn", lang), (180, 20, 20))
    doc.heading(f"{product.brand_name} {t(product.name, lang)}", size=18)
    doc.pairs(_facts(product, lang))
    doc.para(t(product.description, lang))
    doc.para(t(product.packaging, lang))
    _alerts(doc, product, lang)
    _images(doc, catalog, product, lang)
    _features(doc, product, lang)
    _indicators(doc, product, lang)
    _contacts(doc, publisher, lang)
    _source(doc, product, lang)


def _facts(product: model.Product, lang: str | None) -> list[tuple[str, str]]:
    return [
        (label("category", lang), get_category(product.category).name(lang)),
        (label("models", lang), ", ".join(product.models)),
        (label("gtins", lang), ", ".join(display_gtin(g) for g in product.gtins)),
        (label("hs", lang), ", ".join(display_hs(code) for code in product.hs_codes)),
        (label("made_in", lang), ", ".join(product.made_in)),
        (label("sold_in", lang), ", ".join(product.sold_in)),
        (label("never_sold_in", lang), ", ".join(product.never_sold_in)),
        (label("price", lang), product.typical_price),
    ]


def _alerts(doc: Document, product: model.Product, lang: str | None) -> None:
    if not product.alerts:
        return
    doc.section(label("alerts", lang))
    for alert in product.alerts:
        lots = f" ({label('lots', lang)} {', '.join(alert.lot_codes)})" if alert.lot_codes else ""
        doc.para(f"{alert.issued}: {product.t(alert.title, lang)}{lots}", bold=True)
        doc.para(product.t(alert.body, lang))


def _images(doc: Document, catalog: Catalog, product: model.Product, lang: str | None) -> None:
    images = product.images[:MAX_IMAGES]
    if not images:
        return
    doc.section(label("images", lang))
    gap = 6.0
    cell_w = (doc.width - gap) / 2
    max_h = 80.0
    for start in range(0, len(images), 2):
        row = [_annotated(catalog, product, image) for image in images[start : start + 2]]
        heights = [min(max_h, p.height * cell_w / p.width) for p in row]
        if doc.will_page_break(max(heights) + 10):
            doc.add_page()
        top = doc.get_y()
        for column, (image, picture) in enumerate(zip(images[start:], row, strict=False)):
            x = doc.l_margin + column * (cell_w + gap)
            doc.set_xy(x, top)
            _, h = doc.picture(picture, cell_w, max_h)
            doc.set_xy(x, top + h + 1)
            caption = product.t(image.caption, lang)
            doc.set_font(FONT, size=8.5)
            kind = label(image.kind, lang) if image.kind in _LABELS["en"] else image.kind
            text = f"{kind}: {caption}" if caption else kind
            doc.multi_cell(cell_w, 4.2, clean(text), align="L")
        doc.set_xy(doc.l_margin, top + max(heights) + 10)
        doc.set_font(FONT, size=10)


def _annotated(catalog: Catalog, product: model.Product, image: model.Image) -> Printable:
    data = catalog.images.read(image.sha256)
    marked = [f for f in product.features if f.image in (image.sha256, image.ref)]
    return Printable.of(draw_callouts(render_image(data), marked), is_photo(data))


def _features(doc: Document, product: model.Product, lang: str | None) -> None:
    if not product.features:
        return
    t = product.t
    doc.section(label("features", lang))
    rows = []
    for f in product.features:
        how = t(f.how_to_check, lang)
        title = f"{t(f.title, lang)}\n({f.method}{': ' + how if how else ''})"
        rows.append((str(f.number), title, t(f.genuine, lang), t(f.counterfeit, lang)))
    headings = ("#", label("feature", lang), label("genuine", lang), label("counterfeit", lang))
    doc.grid(headings, rows, widths=(7, 40, 40, 40))


def _indicators(doc: Document, product: model.Product, lang: str | None) -> None:
    if product.indicators:
        doc.section(label("indicators", lang))
        for indicator in product.indicators:
            kind = indicator.kind.replace("-", " ")
            doc.para(f"• {kind}: {product.t(indicator.text, lang)}")
    if product.tips:
        doc.section(label("tips", lang))
        for tip in product.tips:
            doc.para(f"• {product.t(tip, lang)}")


def _contacts(doc: Document, publisher: model.Publisher, lang: str | None) -> None:
    if not publisher.contacts:
        return
    doc.section(label("contacts", lang))
    for contact in publisher.contacts:
        doc.para(contact_line(contact))


def contact_line(contact: model.Contact) -> str:
    """A contact on one (wrapping) line: role, name, phone, e-mail, hours, languages, regions."""
    parts = [f"{contact.role}: {contact.name}".strip(": "), contact.phone, contact.email]
    parts.append(contact.hours)
    if contact.languages:
        parts.append("/".join(contact.languages))
    if contact.regions:
        parts.append(", ".join(contact.regions))
    return " · ".join(part for part in parts if part)


def _source(doc: Document, product: model.Product, lang: str | None) -> None:
    prov = product.provenance
    if prov is None:
        return
    doc.section(label("source", lang))
    doc.pairs(
        [
            (label("publisher", lang), prov.publisher_name),
            (
                label("bundle", lang),
                f"{prov.sequence} ({prov.bundle_id})" if prov.bundle_id else "",
            ),
            (label("published", lang), prov.published_at[:10]),
            (label("rights", lang), prov.rights_valid_until),
        ]
    )
    doc.para(f"{product.id} · revision {product.revision}", size=8)
    if prov.demo:
        doc.para(label("demo", lang), bold=True)
