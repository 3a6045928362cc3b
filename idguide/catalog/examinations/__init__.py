"""Examinations: an officer's check of a suspect item against an entry, its photos, and the
verification request exported for the rights holder (docs/examination-format.md).
"""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.examinations.exams import (
        Check,
        Examination,
        ExamSummary,
        Photo,
        add_photo,
        delete_examination,
        get_examination,
        list_examinations,
        new_examination,
        photo_bytes,
        quoted_alerts,
        set_check,
        set_photo_caption,
        update_examination,
    )
    from idguide.catalog.examinations.export import export_examination
    from idguide.catalog.examinations.fields import (
        FIELDS,
        REQUESTER,
        RESULTS,
        TEXT_LIMITS,
        UNITS,
        VERDICTS,
    )

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.examinations.exams": [
            "Check",
            "ExamSummary",
            "Examination",
            "Photo",
            "add_photo",
            "delete_examination",
            "get_examination",
            "list_examinations",
            "new_examination",
            "photo_bytes",
            "quoted_alerts",
            "set_check",
            "set_photo_caption",
            "update_examination",
        ],
        "idguide.catalog.examinations.export": ["export_examination"],
        "idguide.catalog.examinations.fields": [
            "FIELDS",
            "REQUESTER",
            "RESULTS",
            "TEXT_LIMITS",
            "UNITS",
            "VERDICTS",
        ],
    },
)

__all__ = [
    "FIELDS",
    "REQUESTER",
    "RESULTS",
    "TEXT_LIMITS",
    "UNITS",
    "VERDICTS",
    "Check",
    "ExamSummary",
    "Examination",
    "Photo",
    "add_photo",
    "delete_examination",
    "export_examination",
    "get_examination",
    "list_examinations",
    "new_examination",
    "photo_bytes",
    "quoted_alerts",
    "set_check",
    "set_photo_caption",
    "update_examination",
]
