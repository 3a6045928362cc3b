"""The bodies of the operations for examinations: they run in the worker.

Each takes the catalogue first and returns plain data, like :mod:`idguide.ui.officer.ops`; the
ones that change the catalogue return what the core says they changed (a result carrying
:class:`~idguide.catalog.changes.OpChanges`), for :class:`~idguide.ui.operations.ChangeOp`.
Photos are decoded and made small here, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from idguide.catalog import Catalog, ImageError
from idguide.catalog.changes import CarriesChanges
from idguide.catalog.examinations import (
    Examination,
    Photo,
    add_photo,
    get_examination,
    new_examination,
    photo_bytes,
    quoted_alerts,
    set_check,
    set_photo_caption,
    update_examination,
)
from idguide.catalog.model import Alert
from idguide.ui.officer.ops import Thumbnail, shrink


@dataclass
class ExamPage:
    """An examination and its photos, made small to fit ``edge`` pixels."""

    exam: Examination
    photos: dict[str, Thumbnail] = field(default_factory=dict)  # sha256 -> thumbnail
    missing: dict[str, str] = field(default_factory=dict)  # sha256 -> why it cannot be shown
    alerts: list[Alert] = field(default_factory=list)  # in force on the examination's day


def load_exam(catalog: Catalog, exam_id: int, edge: int) -> ExamPage:
    page = ExamPage(get_examination(catalog, exam_id))
    page.alerts = quoted_alerts(catalog, page.exam)
    for photo in page.exam.photos:
        try:
            page.photos[photo.sha256] = photo_thumbnail(catalog, photo.sha256, edge)
        except ImageError as exc:
            page.missing[photo.sha256] = str(exc)
    return page


def photo_thumbnail(catalog: Catalog, sha256: str, edge: int) -> Thumbnail:
    """The officer's photo decoded and made small; ImageError, saying why, if it cannot be."""
    data = photo_bytes(catalog, sha256)
    try:
        return shrink(data, edge)
    except Exception:  # a damaged file: any of the many errors Pillow raises
        raise ImageError(f"Photo {sha256[:12]} cannot be decoded.") from None


def start_exam(
    catalog: Catalog,
    product_id: str,
    requester: dict[str, str] | None = None,
    photos: Sequence[Path] = (),
    **scanned: object,
) -> Examination:
    """A new examination of ``product_id``, with who asks (from the settings) filled in, the
    code scanned for it (``scans`` and ``lot_code``), if any, and ``photos``."""
    who = {k: v for k, v in (requester or {}).items() if v}
    return new_examination(catalog, product_id, photos=photos, **who, **scanned)


@dataclass
class ExamChanges:
    """What the officer changed since the last save."""

    fields: dict[str, object] = field(default_factory=dict)
    checks: dict[int, tuple[str, str]] = field(default_factory=dict)  # number -> result, comment

    def __bool__(self) -> bool:
        return bool(self.fields or self.checks)


def save_exam(catalog: Catalog, exam_id: int, changes: ExamChanges) -> Examination:
    """Save the changes; return the examination as saved."""
    for number, (result, comment) in changes.checks.items():
        set_check(catalog, exam_id, number, result, comment)
    return update_examination(catalog, exam_id, **changes.fields)


@dataclass
class AddedPhoto(CarriesChanges):
    photo: Photo
    thumbnail: Thumbnail | None  # None if it cannot be shown (it was stored all the same)


def add_exam_photo(catalog: Catalog, exam_id: int, path: Path, edge: int) -> AddedPhoto:
    photo = add_photo(catalog, exam_id, Path(path))
    try:
        thumbnail: Thumbnail | None = photo_thumbnail(catalog, photo.sha256, edge)
    except ImageError:
        thumbnail = None
    return AddedPhoto(photo, thumbnail).carrying(photo.op_changes)


def caption_exam_photo(catalog: Catalog, exam_id: int, sha256: str, caption: str) -> Photo:
    """Save the photo's caption; return the photo as saved (carrying what changed)."""
    changes = set_photo_caption(catalog, exam_id, sha256, caption)
    photos = get_examination(catalog, exam_id).photos
    return next(photo for photo in photos if photo.sha256 == sha256).carrying(changes)
