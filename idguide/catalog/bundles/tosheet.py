"""A full bundle written back into the authoring workbook (``bundle to-sheet FILE.idgb``), for
a publisher whose source folder is gone: the entries as the bundle carries them, and its
pictures as files named after the first product that shows them."""

from __future__ import annotations

from pathlib import Path

from idguide.catalog.authoring.sheet_export import (
    SheetEntries,
    SheetExport,
    unique_name,
    write_sheet,
)
from idguide.catalog.bundles.errors import BundleError
from idguide.catalog.bundles.reader import open_bundle
from idguide.catalog.i18n import _

_EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


def bundle_to_sheet(path: Path, xlsx: Path, images_dir: Path, replace: bool = False) -> SheetExport:
    """Write the entries of the full bundle at ``path`` (its signature checked, every entry and
    picture read as an import reads them) into a workbook at ``xlsx``, its pictures into
    ``images_dir``."""
    path = Path(path)
    with open_bundle(path) as bundle:
        bundle.require_signature()
        if bundle.manifest.kind != "full":
            raise BundleError(
                _(
                    "{path_name} is an update (a delta) holding only the entries it changed; "
                    "give the publisher's last full bundle, or its source folder."
                ).format(path_name=path.name)
            )
        contents = bundle.read_contents()
        files: dict[str, str] = {}
        pictures: dict[str, Path | bytes] = {}
        for product in sorted(contents.products, key=lambda p: p.id):
            for number, image in enumerate(product.images, 1):
                if image.sha256 in files:
                    continue
                data, info = bundle.checked_image(image.sha256)
                name = unique_name(f"{product.id}-{number}{_EXTENSIONS[info.format]}", pictures)
                files[image.sha256], pictures[name] = name, data
    entries = SheetEntries(contents.publisher, contents.products, files, pictures)
    return write_sheet(entries, Path(xlsx), Path(images_dir), replace)
