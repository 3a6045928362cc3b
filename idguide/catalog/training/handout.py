"""Printed handouts of product sheets for workshops (PDF, no Qt).

One or more pages per product: the pictures with the numbered feature regions drawn on them (as
vectors and text, sharp in print), the features genuine against counterfeit, the risk
indicators, tips and alerts, whom to call, and where the entry comes from (publisher, bundle
sequence, date, DEMO for the fictional catalogue). A handout of a workshop carries its title,
lists the products this catalogue lacks, and on request the trainer's notes; a participants'
worksheet has blank lines where the answers would be.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from idguide.catalog import model
from idguide.catalog.categories import get_category
from idguide.catalog.codes import display_gtin, display_hs
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _, translation
from idguide.catalog.i18n.formats import day, today
from idguide.catalog.i18n.words import INDICATORS, METHODS, PICTURES, places, word
from idguide.catalog.pdf import FONT, Document, clean, printable, save
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.read import get_product, get_publisher
from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.catalog.training.workshops import WorkshopItem, get_workshop

__all__ = ["HandoutOptions", "WorkshopHandout", "make_handout", "product_pages", "workshop_handout"]

MAX_PRODUCTS = 500
MAX_IMAGES = 6


@dataclass
class HandoutOptions:
    """What a handout prints besides the product sheets."""

    title: str = ""  # a workshop's title: at the top of the first page and in the footer
    notes: dict[str, str] = field(default_factory=dict)  # product id -> the trainer's notes
    worksheet: bool = False  # blank lines instead of the answers, for participants
    missing: list[str] = field(default_factory=list)  # products named but not in the catalogue


@dataclass
class WorkshopHandout:
    path: Path
    missing: list[WorkshopItem]  # the workshop's products this catalogue lacks (not printed)


def make_handout(
    catalog: Catalog,
    product_ids: Sequence[str],
    out_pdf: Path,
    paper: str = "a4",
    lang: str | None = None,
    progress: ProgressFn | None = None,
    options: HandoutOptions | None = None,
) -> Path:
    """Write a handout of ``product_ids`` (in that order) to ``out_pdf``; return its path.

    Raises NotFoundError (writing nothing) if an id is not in the catalogue.
    """
    options = options or HandoutOptions()
    ids = list(dict.fromkeys(product_ids))
    if not ids:
        raise IdguideError(_("Name at least one product for the handout."))
    refuse_catalogue_file(out_pdf, catalog.path)
    if len(ids) > MAX_PRODUCTS:
        raise IdguideError(
            _("A handout holds at most {limit} products.").format(limit=MAX_PRODUCTS)
        )
    products = [get_product(catalog, pid) for pid in ids]
    report = progress or no_progress
    doc = Document(paper, _footer(options, lang))
    doc.add_page()
    _cover(doc, options, lang)  # the first product follows on the first page
    for done, product in enumerate(products):
        report(done, len(products), _("Drawing {id}").format(id=product.id))
        publisher = get_publisher(catalog, product.publisher_id)
        if done:
            doc.add_page()
        note = options.notes.get(product.id, "")
        product_pages(doc, catalog, product, publisher, lang, note, options.worksheet)
    report(len(products), len(products), _("Saving"))
    return save(doc, Path(out_pdf))


def workshop_handout(
    catalog: Catalog,
    workshop_id: int,
    out_pdf: Path,
    paper: str = "a4",
    lang: str | None = None,
    progress: ProgressFn | None = None,
    *,
    extra_ids: Sequence[str] = (),
    with_notes: bool = False,
    worksheet: bool = False,
) -> WorkshopHandout:
    """The handout of a workshop set (and ``extra_ids`` before it): its title on the first page,
    its products in order, and the products this catalogue lacks listed, not printed. The
    trainer's notes are printed only ``with_notes`` (the trainer's copy)."""
    workshop = get_workshop(catalog, workshop_id, lang)
    missing = [item for item in workshop.items if item.status == "missing"]
    present = [item.product_id for item in workshop.items if item.status != "missing"]
    options = HandoutOptions(
        title=workshop.title,
        notes={item.product_id: item.notes for item in workshop.items} if with_notes else {},
        worksheet=worksheet,
        missing=[f"{item.label or item.product_id} [{item.product_id}]" for item in missing],
    )
    ids = [*extra_ids, *present]
    if not ids:
        raise IdguideError(
            _("Workshop {id} names no product this catalogue holds; nothing to print.").format(
                id=workshop.id
            )
        )
    path = make_handout(catalog, ids, out_pdf, paper, lang, progress, options)
    return WorkshopHandout(path, missing)


def _footer(options: HandoutOptions, lang: str | None) -> str:
    tr = translation(lang)
    kind = tr.gettext("Worksheet") if options.worksheet else tr.gettext("idguide handout")
    parts = [options.title, kind, day(today(), lang)]
    return " · ".join(part for part in parts if part)


def _cover(doc: Document, options: HandoutOptions, lang: str | None) -> None:
    """The workshop's title and what is missing, at the top of the first page."""
    tr = translation(lang)
    if options.title:
        kind = tr.gettext("Worksheet") if options.worksheet else tr.gettext("Workshop")
        doc.para(kind, size=10, bold=True)
        doc.heading(options.title, size=20)
    if options.missing:
        missing = tr.gettext("Not in this catalogue, so not printed: {products}")
        doc.banner(missing.format(products="; ".join(options.missing)), (120, 120, 120))
    if options.title or options.missing:
        doc.ln(4)


def product_pages(
    doc: Document,
    catalog: Catalog,
    product: model.Product,
    publisher: model.Publisher,
    lang: str | None,
    notes: str = "",
    worksheet: bool = False,
) -> None:
    """One product sheet, starting at the cursor; a worksheet has blank lines for the answers."""
    t, tr = product.t, translation(lang)
    if publisher.demo:
        doc.banner(tr.gettext("DEMO: fictional content for training only"), (200, 120, 0))
    if product.withdrawn or publisher.revoked:
        withdrawn = tr.gettext("WITHDRAWN by its publisher: do not rely on this entry")
        doc.banner(withdrawn, (180, 20, 20))
    doc.heading(f"{product.brand_name} {t(product.name, lang)}", size=18)
    if worksheet:
        _trainer_notes(doc, notes, lang)
        _images(doc, catalog, product, lang, worksheet=True)
        _worksheet_features(doc, product, lang)
        return
    doc.pairs(_facts(product, lang))
    doc.para(t(product.description, lang))
    doc.para(t(product.packaging, lang))
    _trainer_notes(doc, notes, lang)
    _alerts(doc, product, lang)
    _images(doc, catalog, product, lang)
    _features(doc, product, lang)
    _indicators(doc, product, lang)
    _contacts(doc, publisher, lang)
    _source(doc, product, lang)


def _facts(product: model.Product, lang: str | None) -> list[tuple[str, str]]:
    tr = translation(lang)
    return [
        (tr.gettext("Category"), get_category(product.category).name(lang)),
        (tr.gettext("Models"), ", ".join(product.models)),
        (tr.gettext("Barcodes"), ", ".join(display_gtin(g) for g in product.gtins)),
        (tr.gettext("HS codes"), ", ".join(display_hs(code) for code in product.hs_codes)),
        (tr.gettext("Made in"), places(product.made_in, lang)),
        (tr.gettext("Sold in"), places(product.sold_in, lang)),
        (tr.gettext("Never sold in"), places(product.never_sold_in, lang)),
        (tr.gettext("Typical price"), product.typical_price),
    ]


def _trainer_notes(doc: Document, notes: str, lang: str | None) -> None:
    if notes.strip():
        doc.section(translation(lang).gettext("Trainer's notes"), keep=doc.text_height(notes))
        doc.para(notes)


def _alerts(doc: Document, product: model.Product, lang: str | None) -> None:
    if not product.alerts:
        return
    tr = translation(lang)
    first = True
    for alert in product.alerts:
        lots = ""
        if alert.lot_codes:
            lots = " (" + tr.gettext("lots {codes}").format(codes=", ".join(alert.lot_codes)) + ")"
        title = f"{day(alert.issued, lang)}: {product.t(alert.title, lang)}{lots}"
        body = product.t(alert.body, lang)
        together = doc.text_height(title, bold=True) + min(doc.text_height(body), 10)
        if first:
            doc.section(tr.gettext("Alerts"), keep=together)
            first = False
        else:
            doc.keep(together)  # an alert's title with the start of its text
        doc.para(title, bold=True)
        doc.para(body)


_ROW_GAP = 6.0
_MAX_PICTURE_H = 80.0


def _images(
    doc: Document,
    catalog: Catalog,
    product: model.Product,
    lang: str | None,
    worksheet: bool = False,
) -> None:
    images = product.images[:MAX_IMAGES]
    if not images:
        return
    cell_w = (doc.width - _ROW_GAP) / 2
    for start in range(0, len(images), 2):
        # One row's pictures at a time, photos as their JPEG bytes: memory stays bounded.
        row = [printable(catalog.images.read(image.sha256)) for image in images[start : start + 2]]
        row_h = max(min(_MAX_PICTURE_H, p.height * cell_w / p.width) for p in row)
        if start == 0:  # the heading on the page of the first row
            heading = translation(lang).gettext("Pictures (numbers mark the features)")
            doc.section(heading, keep=row_h + 10)
        doc.keep(row_h + 10)
        top = doc.get_y()
        for column, (image, picture) in enumerate(zip(images[start:], row, strict=False)):
            index = start + column
            x = doc.l_margin + column * (cell_w + _ROW_GAP)
            doc.set_xy(x, top)
            w, h = doc.picture(picture, cell_w, _MAX_PICTURE_H)
            marked = [f for f in product.features if f.image in (image.sha256, image.ref)]
            doc.callouts(marked, x, top, w, h)
            doc.set_xy(x, top + h + 1)
            doc.set_font(FONT, size=8.5)
            text = _caption(product, image, index, lang, worksheet)
            doc.multi_cell(cell_w, 4.2, clean(text), align="L")
        doc.set_xy(doc.l_margin, top + row_h + 10)
        doc.set_font(FONT, size=10)


def _caption(
    product: model.Product, image: model.Image, index: int, lang: str | None, worksheet: bool
) -> str:
    if worksheet:  # the kind and caption would give the answer away
        letter = chr(ord("A") + index)
        return translation(lang).gettext("Picture {letter}").format(letter=letter)
    caption = product.t(image.caption, lang)
    kind = word(PICTURES, image.kind, lang)
    if not caption:
        return kind
    # one text, so that each language writes its own colon (French: a space before it)
    return translation(lang).gettext("{kind}: {caption}").format(kind=kind, caption=caption)


def _features(doc: Document, product: model.Product, lang: str | None) -> None:
    if not product.features:
        return
    t, tr = product.t, translation(lang)
    rows = []
    for f in product.features:
        how = t(f.how_to_check, lang)
        method = word(METHODS, f.method, lang)
        title = f"{t(f.title, lang)}\n({method}{': ' + how if how else ''})"
        rows.append((str(f.number), title, t(f.genuine, lang), t(f.counterfeit, lang)))
    headings = ("#", tr.gettext("Feature"), tr.gettext("Genuine"), tr.gettext("Counterfeit"))
    widths = (7, 40, 40, 40)
    keep = doc.grid_start_height(headings, rows[0], widths)
    doc.section(tr.gettext("Authentication features"), keep=keep)
    doc.grid(headings, rows, widths=widths)


def _worksheet_features(doc: Document, product: model.Product, lang: str | None) -> None:
    """Each feature's number, title and method, with lines to write what genuine and
    counterfeit look like."""
    tr = translation(lang)
    if product.features:
        doc.section(tr.gettext("Authentication features"), keep=40)
    for f in product.features:
        doc.keep(40)
        method = word(METHODS, f.method, lang)
        doc.para(f"{f.number}. {product.t(f.title, lang)} ({method})", bold=True)
        doc.blank_lines(2, tr.gettext("Genuine:"))
        doc.blank_lines(2, tr.gettext("Counterfeit:"))
    if len(product.images) > 1:
        doc.blank_lines(1, tr.gettext("Which pictures show a counterfeit?"))
    doc.blank_lines(2, tr.gettext("Notes:"))


def _indicators(doc: Document, product: model.Product, lang: str | None) -> None:
    tr = translation(lang)
    if product.indicators:
        lines = [
            f"• {word(INDICATORS, i.kind, lang)}: {product.t(i.text, lang)}"
            for i in product.indicators
        ]
        heading = tr.gettext("Counterfeit and risk indicators")
        doc.section(heading, keep=doc.text_height(lines[0]))
        for line in lines:
            doc.para(line)
    if product.tips:
        lines = [f"• {product.t(tip, lang)}" for tip in product.tips]
        doc.section(tr.gettext("Tips"), keep=doc.text_height(lines[0]))
        for line in lines:
            doc.para(line)


def _contacts(doc: Document, publisher: model.Publisher, lang: str | None) -> None:
    if not publisher.contacts:
        return
    lines = [contact_line(contact) for contact in publisher.contacts]
    heights = [doc.text_height(line) + 0.8 for line in lines]
    whole = sum(heights)  # a short list is kept whole, a long one with its heading
    heading = translation(lang).gettext("Verification contacts")
    doc.section(heading, keep=whole if whole < doc.page_height / 3 else heights[0])
    for line in lines:
        doc.para(line)


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
    tr = translation(lang)
    bundle = f"{prov.sequence} ({prov.bundle_id})" if prov.bundle_id else ""
    pairs = [
        (tr.gettext("Publisher"), prov.publisher_name),
        (tr.gettext("Bundle"), bundle),
        (tr.gettext("Published"), day(prov.published_at, lang)),
        (tr.gettext("Rights valid until"), day(prov.rights_valid_until, lang)),
    ]
    revision = tr.gettext("revision {number}").format(number=product.revision)
    ident = f"{product.id} · {revision}"
    whole = doc.pairs_height(pairs) + doc.text_height(ident, size=8) + (6 if prov.demo else 0)
    doc.section(tr.gettext("Source"), keep=whole)  # the sheet's last lines, kept together
    doc.pairs(pairs)
    doc.para(ident, size=8)
    if prov.demo:
        doc.para(tr.gettext("DEMO: fictional content for training only"), bold=True)
