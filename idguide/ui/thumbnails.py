"""Small pictures for the result rows: made in the worker, kept in an LRU cache by sha256.

Decoding and shrinking happen in the worker thread (:func:`idguide.ui.officer.ops.load_thumbnails`);
the GUI thread only wraps the finished pixels in a QImage.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from idguide.ui.officer.ops import Thumbnail, load_thumbnails
from idguide.ui.operations import QueryOp
from idguide.ui.worker import Worker

CAPACITY = 400


def to_qimage(thumb: Thumbnail, pixel_ratio: float = 1.0) -> QImage:
    """The pixels as a QImage that draws at ``1 / pixel_ratio`` of its pixel size, so that on a
    high-DPI screen a thumbnail made at twice the size is sharp, not twice as large."""
    image = QImage(thumb.rgba, thumb.width, thumb.height, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(pixel_ratio)  # (copied: own the pixels, the bytes may go away)
    return image


class ThumbnailCache(QObject):
    """``image(sha)`` answers from the cache; ``request(shas)`` loads the missing ones."""

    loaded = Signal(list)  # the shas that arrived

    def __init__(
        self, worker: Worker, edge: int, parent: QObject | None = None, pixel_ratio: float = 1.0
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.edge = edge  # in device pixels
        self.pixel_ratio = pixel_ratio  # device pixels per logical pixel of the screen
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: set[str] = set()

    def image(self, sha: str) -> QImage | None:
        if sha not in self._images:
            return None
        self._images.move_to_end(sha)
        return self._images[sha]

    def request(self, shas: list[str]) -> None:
        wanted = list(dict.fromkeys(s for s in shas if s and s not in self._images))
        wanted = [s for s in wanted if s not in self._pending]
        if not wanted:
            return
        self._pending.update(wanted)
        QueryOp(
            partial(load_thumbnails, shas=wanted, edge=self.edge),
            self._store,
            partial(self._forget, wanted),
        ).run(self._worker)

    def _store(self, thumbs: dict[str, Thumbnail | None]) -> None:
        for sha, thumb in thumbs.items():
            self._pending.discard(sha)
            self._images[sha] = to_qimage(thumb, self.pixel_ratio) if thumb is not None else None
        while len(self._images) > CAPACITY:
            self._images.popitem(last=False)
        self.loaded.emit(list(thumbs))

    def _forget(self, shas: list[str], _exc: BaseException) -> None:
        self._pending.difference_update(shas)  # a cancelled load is tried again next time
