"""Content-addressed image files beside the catalogue.

``catalog.db`` keeps its pictures in ``catalog.images/ab/abcdef...``: the file name is the
sha256 of the bytes, so the same picture is stored once, a file can be checked against its name,
and writing one is idempotent. Files are written to a temporary name, flushed to disk and renamed,
so a crash never leaves a half-written picture under a real name.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage

from idguide.catalog.errors import ImageError
from idguide.catalog.faults import file_fault
from idguide.catalog.i18n import N_, _

FORMATS = ("JPEG", "PNG", "WEBP")
# The limits of a picture: read them here, never copy them (bundles, authoring, `idguide check`
# and officers' photos all go through inspect_image).
MAX_PIXELS = 40_000_000
MAX_BYTES = 20 * 1024 * 1024
MAX_SIDE = 12_000  # pixels on the longest side: far beyond any camera's picture of a product
MAX_ASPECT = 20  # longest side / shortest side: a 1 x 40,000,000 strip shows as nothing
# said after a picture's problem; translated where it is shown
SAVE_SMALLER = N_("Save it smaller (e.g. as JPEG, at most 4000 pixels wide) or choose another.")

# Pillow warns (rather than raises) about pictures a little above its own pixel limit. Here that
# is always a refusal. Set once for the process, not with ``warnings.catch_warnings()`` around
# each open: that swaps the filters of every thread, and pictures are checked in threads.
warnings.filterwarnings("error", category=PILImage.DecompressionBombWarning)


@dataclass(frozen=True)
class ImageInfo:
    sha256: str
    format: str
    width: int
    height: int
    size: int


def size_limit() -> str:
    """The size limit of a picture as the messages name it, e.g. "20 MB"."""
    return f"{MAX_BYTES / 1024**2:g} MB"


def too_large(where: str, size: int) -> str:
    """What is wrong with a picture of ``size`` bytes, over the limit."""
    megabytes = math.ceil(size / 1024**2 * 10) / 10  # never "20.0 MB" for a byte too many
    return _("{where}: the picture is {size} MB; the limit is {limit}.").format(
        where=where, size=f"{megabytes:g}", limit=size_limit()
    )


def read_picture_file(path: str | Path, where: str | None = None) -> bytes:
    """The bytes of the picture file at ``path`` (named ``where`` in messages), read only if it
    is within the size limit: the one way a picture the user chose comes in (examination photos,
    the compare view's photo, authoring sources). What the bytes are is for
    :func:`inspect_image` to check."""
    path = Path(path)
    where = str(path) if where is None else where
    check_picture_file(path, where)
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)  # the file may have grown since
    except OSError as exc:
        raise _unreadable(where, exc) from None
    if len(data) > MAX_BYTES:
        raise ImageError(" ".join((too_large(where, len(data)), _(SAVE_SMALLER))))
    return data


def check_picture_file(path: Path, where: str) -> int:
    """The size of the picture file at ``path``; ImageError says what is wrong for a folder, a
    device or pipe, a file over the size limit or one that cannot be read."""
    try:
        if path.is_dir():
            raise ImageError(
                _("{where} is a folder; choose a picture file (JPEG, PNG or WEBP).").format(
                    where=where
                )
            )
        if path.exists() and not path.is_file():
            raise ImageError(
                _("{where} is not a regular file; choose a picture file.").format(where=where)
            )
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(where, exc) from None
    if size > MAX_BYTES:
        raise ImageError(" ".join((too_large(where, size), _(SAVE_SMALLER))))
    return size


def _unreadable(where: str, exc: OSError) -> ImageError:
    return ImageError(
        _("{where}: the file cannot be read ({value}).").format(
            where=where, value=exc.strerror or type(exc).__name__
        )
    )


def inspect_image(data: bytes, where: str) -> ImageInfo:
    """Check that ``data`` is a JPEG, PNG or WEBP picture of sane size; say what is wrong if not."""
    if len(data) > MAX_BYTES:
        raise ImageError(too_large(where, len(data)))
    try:
        with PILImage.open(io.BytesIO(data), formats=FORMATS) as picture:
            width, height = picture.size
            _check_shape(where, width, height)
            fmt = picture.format or ""
            picture.load()
    except ImageError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise ImageError(
            _("{where}: the image is too large to open safely.").format(where=where)
        ) from None
    except Exception as exc:  # Pillow raises many kinds for broken files
        raise ImageError(
            _("{where}: not a readable JPEG, PNG or WEBP picture ({name}).").format(
                where=where, name=exc.__class__.__name__
            )
        ) from None
    return ImageInfo(hashlib.sha256(data).hexdigest(), fmt, width, height, len(data))


def _check_shape(where: str, width: int, height: int) -> None:
    """Refuse a picture larger, longer or narrower than the limits (from its header, before
    it is decoded)."""
    if width * height > MAX_PIXELS:
        raise ImageError(
            _(
                "{where}: the image is {width}x{height} pixels; the limit is {value} megapixels."
            ).format(where=where, width=width, height=height, value=MAX_PIXELS // 1000000)
        )
    if max(width, height) > MAX_SIDE:
        raise ImageError(
            _(
                "{where}: the image is {width}x{height} pixels; its longest side may be "
                "at most {max_side} pixels."
            ).format(where=where, width=width, height=height, max_side=MAX_SIDE)
        )
    if max(width, height) > MAX_ASPECT * max(min(width, height), 1):
        raise ImageError(
            _(
                "{where}: the image is {width}x{height} pixels; its longest side may be "
                "at most {max_aspect} times its shortest."
            ).format(where=where, width=width, height=height, max_aspect=MAX_ASPECT)
        )


class ImageStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def put(self, data: bytes, where: str) -> ImageInfo:
        """Validate and store ``data``; return what it is. Storing the same bytes twice is free."""
        info = inspect_image(data, where)
        target = self.path(info.sha256)
        if not target.exists():
            try:
                _write_atomically(target, data)
            except OSError as exc:
                fault = file_fault(exc, self.folder)
                if fault is None:
                    raise
                raise fault from None
        return info

    def read(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except OSError as exc:
            raise ImageError(
                _(
                    "Image {sha256} is missing from {folder} ({reason}). Run `idguide "
                    "check`, then reinstall the publisher's bundle."
                ).format(sha256=sha256[:12], folder=self.folder, reason=exc.strerror)
            ) from None

    def stored(self) -> set[str]:
        if not self.folder.is_dir():
            return set()
        return {p.name for p in self.folder.glob("*/*") if len(p.name) == 64}

    def remove(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
        raise
