"""Looking after the catalogue itself: ``demo``, ``stats``, ``reindex``, ``check`` and IT's
``manage``."""

from __future__ import annotations

import argparse
import sys

from idguide.catalog.i18n import N_
from idguide.catalog.i18n import gettext as _
from idguide.cli.common import (
    EXIT_ERROR,
    Commands,
    add_command,
    add_json,
    json_or_text,
    open_catalog,
    progress_bar,
)


def register(sub: Commands) -> None:
    add_command(
        sub, "demo", "install the fictional demo catalogue (running it twice changes nothing)", demo
    )
    add_json(
        add_command(
            sub, "stats", "counts of publishers, brands, products, features, images...", stats
        )
    )
    add_command(sub, "reindex", "rebuild the search index from the catalogue", reindex)
    add_command(sub, "check", "check database integrity, the search index and every image", check)
    p = add_command(
        sub,
        "manage",
        "(IT) ready the catalogue for a read-only installation and mark it managed: "
        "officers read it, IT updates it",
        manage,
    )
    p.add_argument(
        "--off", action="store_true", help="make it an ordinary, writable catalogue again"
    )
    add_json(p)


def demo(args: argparse.Namespace) -> int:
    from idguide.catalog import install_demo

    with open_catalog(args) as cat, progress_bar() as report:
        changes = install_demo(cat, report)
    print(
        _(
            "Demo catalogue (fictional content): {added} added, {updated} updated, "
            "{unchanged} unchanged."
        ).format(
            added=len(changes.added),
            updated=len(changes.updated),
            unchanged=len(changes.unchanged),
        )
    )
    return 0


def stats(args: argparse.Namespace) -> int:
    from idguide.catalog import stats as figures_of

    with open_catalog(args) as cat:
        figures = figures_of(cat)
    lines = (
        _(STAT_LABELS[key]).format(value=_stat(value))
        if key in STAT_LABELS
        else f"{key}: {_stat(value)}"  # a figure without a label yet: its key
        for key, value in figures.items()
    )
    return json_or_text(args.json, figures, lines)


# each figure of `idguide stats` as a person reads it (its JSON keeps the keys)
STAT_LABELS = {
    "publishers": N_("publishers: {value}"),
    "brands": N_("brands: {value}"),
    "products": N_("products: {value}"),
    "withdrawn": N_("withdrawn: {value}"),
    "features": N_("features: {value}"),
    "images": N_("images: {value}"),
    "categories": N_("categories: {value}"),
    "alerts": N_("alerts: {value}"),
    "languages": N_("languages: {value}"),
}


def _stat(value: object) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)


def reindex(args: argparse.Namespace) -> int:
    with open_catalog(args) as cat, progress_bar() as report:
        cat.reindex(report)
    print(_("Search index rebuilt."))
    return 0


def check(args: argparse.Namespace) -> int:
    from idguide.catalog import check_catalog

    with open_catalog(args, repair_index=False) as cat, progress_bar() as report:
        problems = check_catalog(cat, report)
    for problem in problems:
        print(problem)
    if problems:
        print(_("{count} problem(s) found.").format(count=len(problems)), file=sys.stderr)
        return EXIT_ERROR
    print(_("Catalogue OK."))
    return 0


def manage(args: argparse.Namespace) -> int:
    from idguide.catalog.managed import manage as ready
    from idguide.catalog.managed import unmanage

    with open_catalog(args) as cat, progress_bar() as report:
        done = unmanage(cat) if args.off else ready(cat, report)
    if done.managed:
        lines = [
            _("{catalog} is managed now: whoever may not write its folder only reads it."),
            _(
                "Catalogue id {catalogue_id}: officers' own notes, examinations and workshops "
                "are kept under it; update this copy (or a copy of it) to keep them."
            ),
            _("{products} products; search index and pictures complete; rollback journal."),
        ]
    else:
        lines = [_("{catalog} is an ordinary catalogue again (writable, WAL journal).")]
    fields = {"catalog": args.catalog, "catalogue_id": done.catalogue_id, "products": done.products}
    lines = [line.format(**fields) for line in lines]
    data = {"catalog": str(args.catalog), "catalogue_id": done.catalogue_id,
            "products": done.products, "managed": done.managed}  # fmt: skip
    return json_or_text(args.json, data, lines)
