"""Opening a photo for reading its codes: the project's picture limits, then a quick decode.

Everything that decides whether a picture may be opened (formats, bytes, pixels, the image-bomb
guard) is :func:`idguide.catalog.images.inspect_image`'s; this module only adds what reading
codes needs: a grey picture, turned upright as the camera meant it, and a small copy first.
:class:`Picture` is the one place that opens a picture here, so that it can switch to the
shared picture reader when that exists.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps

from idguide.catalog.errors import ImageError
from idguide.catalog.i18n import _
from idguide.catalog.images import FORMATS, MAX_BYTES, inspect_image

# Longest side of the quick first pass. A phone's 12-megapixel photo read at this size takes a
# tenth of the time of the whole picture, and a code that fills a tenth of the photo's width
# still has two or three pixels a module, which zxing-cpp reads.
QUICK_SIDE = 1600


def picture_bytes(picture: bytes | str | Path) -> tuple[bytes, str]:
    """The bytes of ``picture`` (bytes, or the path of a file) and a name for messages."""
    if isinstance(picture, bytes):
        return picture, _("the picture")
    path = Path(picture)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refused before reading a huge file into memory
            raise ImageError(
                _("{path}: the file is {value} MB; a picture may be 20 MB at most.").format(
                    path=path, value=size // 1000000
                )
            )
        return path.read_bytes(), str(path)
    except OSError as exc:
        raise ImageError(
            _("{path}: cannot read the file ({reason}).").format(path=path, reason=exc.strerror)
        ) from None


class Picture:
    """A picture that passed the project's limits, decoded at the size a pass asks for."""

    def __init__(self, data: bytes, where: str) -> None:
        """Raises ImageError, naming ``where``, for anything that is not a JPEG, PNG or WEBP
        picture within the project's limits (formats, bytes, pixels, image bombs)."""
        self.info = inspect_image(data, where)
        self.data, self.where = data, where

    def grey(self, longest_side: int | None = None) -> tuple[PILImage.Image, float]:
        """The picture in grey, upright as the camera meant it, at most ``longest_side`` pixels
        long (None: all of them), and the factor from its pixels to the whole picture's."""
        try:
            with PILImage.open(io.BytesIO(self.data), formats=FORMATS) as picture:
                if longest_side:
                    # JPEG decodes straight at 1/2, 1/4 or 1/8 size: most of the quick saving.
                    picture.draft("L", _fit(picture.size, longest_side))
                grey = ImageOps.exif_transpose(picture).convert("L")
        except Exception as exc:  # inspect_image accepted it; anything here is a broken file
            raise ImageError(
                _("{where}: not a readable JPEG, PNG or WEBP picture ({name}).").format(
                    where=self.where, name=exc.__class__.__name__
                )
            ) from None
        if longest_side and max(grey.size) > longest_side:
            grey.thumbnail((longest_side, longest_side), PILImage.Resampling.BILINEAR)
        return grey, max(self.info.width, self.info.height) / max(grey.size)


def _fit(size: tuple[int, int], longest_side: int) -> tuple[int, int]:
    """``size`` shrunk (never grown) so that its longest side is ``longest_side``."""
    width, height = size
    factor = min(1.0, longest_side / max(width, height))
    return max(1, round(width * factor)), max(1, round(height * factor))


Outline = tuple[tuple[tuple[float, float], ...], str, str]
"""Where a code was found (its corners in the whole picture's pixels), a colour, a label."""


def outlined(picture: bytes | str | Path, outlines: list[Outline], longest_side: int) -> bytes:
    """``picture`` in grey, upright and at most ``longest_side`` pixels long, with each of
    ``outlines`` drawn over it and labelled: a PNG, to show an officer where each code is."""
    from PIL import ImageDraw

    grey, factor = Picture(*picture_bytes(picture)).grey(longest_side)
    shown = grey.convert("RGB")
    draw = ImageDraw.Draw(shown)
    for corners, colour, label in outlines:
        points = [(x / factor, y / factor) for x, y in corners]
        draw.polygon(points, outline=colour, width=5)
        x, y = min(points)
        draw.rectangle((x - 2, y - 26, x + 12 * len(label) + 12, y - 2), fill=colour)
        draw.text((x + 4, y - 24), label, fill="#ffffff", font_size=20)
    out = io.BytesIO()
    shown.save(out, "PNG")
    return out.getvalue()
