"""A temporary catalogue holding just the source being previewed.

The source is built into a bundle signed with a key made for this preview alone and imported
through the normal path (every check a real bundle gets), into a catalogue in a temporary
folder whose trust store holds only that key. No real catalogue, trust store, settings or
officer's records are read or written; removing the folder removes every trace.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from idguide.catalog.authoring import sheet_to_source
from idguide.catalog.authoring.source import Source, read_source
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn
from idguide.catalog.store import open_catalog

PREVIEW = "PREVIEW"


@dataclass
class PreviewCatalogue:
    path: Path  # catalog.db in the preview's own folder
    source: Source


def read_preview_source(path: Path, images: Path | None, work: Path) -> Source:
    """The source to preview: a folder, or a workbook (``images`` holds its pictures) turned
    into a folder inside ``work``. Problems are refused as ``bundle check`` and ``from-sheet``
    report them."""
    path = Path(path)
    if path.is_file():
        if images is None:
            raise IdguideError(
                _(
                    "{path_name} is a file: for a spreadsheet give --images DIR, the folder "
                    "holding its pictures."
                ).format(path_name=path.name)
            )
        folder = Path(work) / "source"
        sheet_to_source(path, Path(images), folder)
        return read_source(folder)
    if images is not None:
        raise IdguideError(
            _("--images is for a spreadsheet; a source folder holds its pictures in images/.")
        )
    return read_source(path)


def preview_catalogue(
    source: Source, folder: Path, progress: ProgressFn | None = None
) -> PreviewCatalogue:
    """Install ``source`` into a new catalogue in ``folder`` (which must be the preview's own)
    as an officer's catalogue would install its bundle."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from idguide.catalog.bundles import import_bundle, trust_add, write_bundle

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()  # this preview's alone: never saved, trusted only here
    bundle = write_bundle(source, folder / "preview.idgb", key, sequence=1, progress=progress)
    path = folder / "catalog.db"
    with open_catalog(path) as catalog:
        trust_add(catalog, key.public_key(), source.publisher.id, all_brands=True)
        import_bundle(catalog, bundle.path, progress)
    bundle.path.unlink()
    return PreviewCatalogue(path, source)
