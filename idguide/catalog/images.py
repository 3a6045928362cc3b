"""Content-addressed image files beside the catalogue.

``catalog.db`` keeps its pictures in ``catalog.images/ab/abcdef...``: the file name is the
sha256 of the bytes, so the same picture is stored once, a file can be checked against its name,
and writing one is idempotent. Files are written to a temporary name, flushed to disk and renamed,
so a crash never leaves a half-written picture under a real name.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage

from idguide.catalog.errors import ImageError
from idguide.catalog.faults import file_fault

FORMATS = ("JPEG", "PNG", "WEBP")
MAX_PIXELS = 40_000_000
MAX_BYTES = 20 * 1024 * 1024

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


def inspect_image(data: bytes, where: str) -> ImageInfo:
    """Check that ``data`` is a JPEG, PNG or WEBP picture of sane size; say what is wrong if not."""
    if len(data) > MAX_BYTES:
        raise ImageError(f"{where}: the image is {len(data) // 1_000_000} MB; the limit is 20 MB.")
    try:
        with PILImage.open(io.BytesIO(data), formats=FORMATS) as picture:
            width, height = picture.size
            if width * height > MAX_PIXELS:
                raise ImageError(
                    f"{where}: the image is {width}x{height} pixels; "
                    f"the limit is {MAX_PIXELS // 1_000_000} megapixels."
                )
            fmt = picture.format or ""
            picture.load()
    except ImageError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise ImageError(f"{where}: the image is too large to open safely.") from None
    except Exception as exc:  # Pillow raises many kinds for broken files
        raise ImageError(
            f"{where}: not a readable JPEG, PNG or WEBP picture ({exc.__class__.__name__})."
        ) from None
    return ImageInfo(hashlib.sha256(data).hexdigest(), fmt, width, height, len(data))


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
                f"Image {sha256[:12]} is missing from {self.folder} ({exc.strerror}). "
                "Run `idguide check`, then reinstall the publisher's bundle."
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
