"""Authoring: a publisher's entries as a folder of YAML files or a spreadsheet, read and checked
before a bundle is built (docs/bundle-format.md).
"""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.authoring.sheet import sheet_to_source, write_template
    from idguide.catalog.authoring.sheet_export import SheetExport, source_to_sheet
    from idguide.catalog.authoring.source import Problem, check_source

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.authoring.sheet": ["sheet_to_source", "write_template"],
        "idguide.catalog.authoring.sheet_export": ["SheetExport", "source_to_sheet"],
        "idguide.catalog.authoring.source": ["Problem", "check_source"],
    },
)

__all__ = [
    "Problem",
    "SheetExport",
    "check_source",
    "sheet_to_source",
    "source_to_sheet",
    "write_template",
]
