"""Worker operations for workshops, presentations and examinations (no Qt here).

Each takes the catalogue first and returns plain data, like :mod:`idguide.ui.officer.ops`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from idguide.catalog import Catalog, ImageError, NotFoundError
from idguide.catalog.examinations import exams as core_exams
from idguide.catalog.examinations.exams import Examination, Photo
from idguide.ui.officer.ops import ProductPage, load_product_page


@dataclass
class Deck:
    """The product pages of a presentation or a round, and the ids that are not in the catalogue."""

    pages: list[ProductPage]
    missing: list[str] = field(default_factory=list)


def load_deck(catalog: Catalog, product_ids: Sequence[str]) -> Deck:
    deck = Deck([])
    for product_id in dict.fromkeys(product_ids):
        try:
            deck.pages.append(load_product_page(catalog, product_id))
        except NotFoundError:
            deck.missing.append(product_id)
    return deck


def spot_candidates(catalog: Catalog, limit: int = 20) -> list[str]:
    """Products that have both a genuine and a counterfeit picture (for a catalogue-wide round)."""
    has = "EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = p.id AND i.kind = ?)"
    rows = catalog.conn.execute(
        f"SELECT p.id FROM products p WHERE p.withdrawn = 0 AND {has} AND {has} "
        "ORDER BY p.id LIMIT ?",
        ("genuine", "counterfeit", limit),
    )
    return [row[0] for row in rows]


@dataclass
class ExamPage:
    """An examination and the bytes of its photos."""

    exam: Examination
    photos: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes
    missing: dict[str, str] = field(default_factory=dict)


def load_exam(catalog: Catalog, exam_id: int) -> ExamPage:
    page = ExamPage(core_exams.get_examination(catalog, exam_id))
    for photo in page.exam.photos:
        try:
            page.photos[photo.sha256] = core_exams.photo_bytes(catalog, photo.sha256)
        except ImageError as exc:
            page.missing[photo.sha256] = str(exc)
    return page


def start_exam(catalog: Catalog, product_id: str) -> int:
    return core_exams.new_examination(catalog, product_id).id


@dataclass
class ExamChanges:
    """What the officer changed since the last save."""

    fields: dict[str, object] = field(default_factory=dict)
    checks: dict[int, tuple[str, str]] = field(default_factory=dict)  # number -> result, comment

    def __bool__(self) -> bool:
        return bool(self.fields or self.checks)


def save_exam(catalog: Catalog, exam_id: int, changes: ExamChanges) -> str:
    """Save the changes; return the examination's new updated_at."""
    for number, (result, comment) in changes.checks.items():
        core_exams.set_check(catalog, exam_id, number, result, comment)
    exam = core_exams.update_examination(catalog, exam_id, **changes.fields)
    return exam.updated_at


def add_exam_photo(catalog: Catalog, exam_id: int, path: Path) -> tuple[Photo, bytes]:
    photo = core_exams.add_photo(catalog, exam_id, Path(path))
    return photo, core_exams.photo_bytes(catalog, photo.sha256)


def caption_exam_photo(catalog: Catalog, exam_id: int, sha256: str, caption: str) -> str:
    """Save the photo's caption; return it as saved."""
    core_exams.set_photo_caption(catalog, exam_id, sha256, caption)
    photos = core_exams.get_examination(catalog, exam_id).photos
    return next(photo.caption for photo in photos if photo.sha256 == sha256)
