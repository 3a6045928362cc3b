"""Training: a trainer's workshop sets (``.idgw`` files) and printed handouts of product sheets."""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.training.handout import (
        HandoutOptions,
        WorkshopHandout,
        make_handout,
        workshop_handout,
    )
    from idguide.catalog.training.workshops import (
        EXTENSION,
        Workshop,
        WorkshopImport,
        WorkshopItem,
        add_item,
        create_workshop,
        delete_workshop,
        export_workshop,
        get_workshop,
        import_workshop,
        item_dict,
        list_workshops,
        move_item,
        remove_item,
        rename_workshop,
        reorder,
        set_item_notes,
        update_workshop,
    )

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.training.handout": [
            "HandoutOptions",
            "WorkshopHandout",
            "make_handout",
            "workshop_handout",
        ],
        "idguide.catalog.training.workshops": [
            "EXTENSION",
            "Workshop",
            "WorkshopImport",
            "WorkshopItem",
            "add_item",
            "create_workshop",
            "delete_workshop",
            "export_workshop",
            "get_workshop",
            "import_workshop",
            "item_dict",
            "list_workshops",
            "move_item",
            "remove_item",
            "rename_workshop",
            "reorder",
            "set_item_notes",
            "update_workshop",
        ],
    },
)

__all__ = [
    "EXTENSION",
    "HandoutOptions",
    "Workshop",
    "WorkshopHandout",
    "WorkshopImport",
    "WorkshopItem",
    "add_item",
    "create_workshop",
    "delete_workshop",
    "export_workshop",
    "get_workshop",
    "import_workshop",
    "item_dict",
    "list_workshops",
    "make_handout",
    "move_item",
    "remove_item",
    "rename_workshop",
    "reorder",
    "set_item_notes",
    "update_workshop",
    "workshop_handout",
]
