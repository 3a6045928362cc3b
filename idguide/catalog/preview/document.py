"""``idguide bundle preview SOURCE -o preview.pdf``: every entry as officers will see it, printed
with the handout's renderer (pictures with call-outs, features genuine and counterfeit, alerts,
indicators, contacts) once in each language it is written in; given the previous bundle, a
first page says what the new bundle would add, update and withdraw, and which entries changed
without a new revision (the builder would refuse those)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog import model
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _, ngettext
from idguide.catalog.languages import language_name
from idguide.catalog.pdf import Document, save
from idguide.catalog.preview.catalogue import PREVIEW, preview_catalogue, read_preview_source
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.read import get_product, get_publisher
from idguide.catalog.store import open_catalog
from idguide.catalog.training.handout import product_pages

if TYPE_CHECKING:
    from idguide.catalog.bundles.compare import Comparison

MAX_PRODUCTS = 2_000


@dataclass
class PreviewResult:
    path: Path
    products: int
    sheets: int  # product sheets printed: one per product and language
    comparison: Comparison | None = None
    languages: list[str] = field(default_factory=list)


def preview_pdf(
    source_path: Path,
    out_pdf: Path,
    images: Path | None = None,
    base: Path | None = None,
    paper: str = "a4",
    progress: ProgressFn | None = None,
) -> PreviewResult:
    """Write the preview of the source at ``source_path`` (a folder, or a workbook whose
    pictures are in ``images``) to ``out_pdf``; compared with the bundle ``base`` if given."""
    report = progress or no_progress
    with tempfile.TemporaryDirectory(prefix="idguide-preview-") as work:
        source = read_preview_source(Path(source_path), images, Path(work))
        if len(source.products) > MAX_PRODUCTS:
            raise IdguideError(
                _(
                    "{count} products: a preview prints at most {max_products}; preview a "
                    "part of the source, or use --app."
                ).format(count=len(source.products), max_products=MAX_PRODUCTS)
            )
        comparison = None
        if base is not None:
            from idguide.catalog.bundles.compare import compare

            comparison = compare(source, Path(base), report)
        made = preview_catalogue(source, Path(work) / "catalogue", report)
        title = f"{PREVIEW} · {source.publisher.name} · {date.today().isoformat()}"
        doc = Document(paper, title)
        with open_catalog(made.path) as catalog:
            publisher = get_publisher(catalog, source.publisher.id)
            if comparison is not None:
                doc.add_page()
                _changes_page(doc, source.publisher, comparison, _names(source.products))
            ids = sorted(p.id for p in source.products)
            sheets, languages = 0, set()
            for done, pid in enumerate(ids):
                report(done, len(ids), f"Drawing {pid}")
                product = get_product(catalog, pid)
                for lang in product.languages():
                    doc.add_page()
                    banner = _("{preview}: not published · {lang}, {language}").format(
                        preview=PREVIEW, lang=lang, language=language_name(lang)
                    )
                    doc.banner(banner, (90, 90, 150))
                    product_pages(doc, catalog, product, publisher, lang)
                    sheets += 1
                    languages.add(lang)
        report(len(ids), len(ids), "Saving")
        path = save(doc, Path(out_pdf))
    return PreviewResult(path, len(ids), sheets, comparison, sorted(languages))


def _names(products: list[model.Product]) -> dict[str, str]:
    return {p.id: f"{p.brand_name} {p.t(p.name, None)}".strip() for p in products}


def _changes_page(
    doc: Document, publisher: model.Publisher, comparison: Comparison, names: dict[str, str]
) -> None:
    """What a bundle of this source would change against the base, on a page of its own (in
    the language of idguide's messages: it is for the author, not for officers)."""
    doc.para(PREVIEW, bold=True)
    doc.heading(
        _("{publisher}: what changes against {base}").format(
            publisher=publisher.name, base=comparison.base
        ),
        size=16,
    )
    doc.para(
        _("Compared with {base}, sequence {sequence}.").format(
            base=comparison.base, sequence=comparison.base_sequence
        )
    )
    if comparison.problems:
        count = len(comparison.problems)
        doc.banner(
            ngettext(
                "{count} entry changed without a new revision: bundle build would refuse the "
                "source",
                "{count} entries changed without a new revision: bundle build would refuse the "
                "source",
                count,
            ).format(count=count),
            (180, 20, 20),
        )
        for problem in comparison.problems:
            doc.para(f"• {problem.file}: {problem.message}")
    revised = _("{product}: {name} (revision {old} → {new})")
    groups = [
        (
            _("Added: {count}"),
            [f"{pid}: {names.get(pid, '')}" for pid in comparison.added],
        ),
        (
            _("Updated: {count}"),
            [
                revised.format(product=pid, name=names.get(pid, ""), old=old, new=new)
                for pid, old, new in comparison.updated
            ],
        ),
        (
            _("Withdrawn (in the base, no longer in the source): {count}"),
            [f"{pid}: {comparison.names.get(pid, '')}" for pid in comparison.withdrawn],
        ),
    ]
    for heading, lines in groups:
        doc.section(heading.format(count=len(lines)))
        for line in lines or [_("none")]:
            doc.para(f"• {line}")
    doc.section(_("Unchanged: {count}").format(count=len(comparison.unchanged)))
    doc.para(", ".join(comparison.unchanged) or _("none"), size=9)
