"""Preview before shipping: a publisher's source (a folder, or a workbook and its pictures) shown
exactly as officers will see it, installed through a bundle into a temporary catalogue that
nothing else uses: printed to a PDF, or opened in the app marked PREVIEW."""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.preview.catalogue import (
        PREVIEW,
        PreviewCatalogue,
        preview_catalogue,
        read_preview_source,
    )
    from idguide.catalog.preview.document import PreviewResult, preview_pdf

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.preview.catalogue": [
            "PREVIEW",
            "PreviewCatalogue",
            "preview_catalogue",
            "read_preview_source",
        ],
        "idguide.catalog.preview.document": ["PreviewResult", "preview_pdf"],
    },
)

__all__ = [
    "PREVIEW",
    "PreviewCatalogue",
    "PreviewResult",
    "preview_catalogue",
    "preview_pdf",
    "read_preview_source",
]
