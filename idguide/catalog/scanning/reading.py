"""Reading every barcode and 2D code in a photo or picture file, with zxing-cpp.

zxing-cpp is imported when a picture is first read, not when idguide starts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idguide.catalog.scanning.picture import QUICK_SIDE, Picture, picture_bytes

if TYPE_CHECKING:
    from PIL.Image import Image

# At most this many codes are reported for one picture. A label or a carton has a handful; a
# sheet of hundreds is not something to check one by one on screen. (zxing-cpp itself stops
# at 255 codes, in a few milliseconds.)
MAX_CODES = 100

Point = tuple[int, int]


@dataclass(frozen=True)
class ReadCode:
    """One code found in a picture."""

    text: str
    """What the code holds, as a scanner types it: GS1 field separators (FNC1) as ASCII 29."""
    format: str
    """The symbology as zxing-cpp names it: "EAN-13", "Code 128", "QR Code", "Data Matrix"..."""
    gs1: bool
    """The code itself says it holds GS1 data (FNC1 in first position)."""
    symbology_identifier: str
    """The ISO/IEC 15424 identifier a scanner can prefix, e.g. "]E0", "]C1", "]Q3"."""
    position: tuple[Point, Point, Point, Point]
    """Its corners in the upright picture's pixels: top left, top right, bottom right, bottom
    left, as the code reads (a code photographed upside down has its top left at the bottom).
    A barcode that zxing-cpp read along a single line may have its corners on that line."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "format": self.format,
            "gs1": self.gs1,
            "symbology_identifier": self.symbology_identifier,
            "position": [list(corner) for corner in self.position],
        }


def read_codes(picture: bytes | str | Path) -> list[ReadCode]:
    """Every code in ``picture`` (its bytes, or a file's path), in reading order: top to bottom,
    then left to right; at most :data:`MAX_CODES`. An empty list when none can be read.

    A small copy of the picture is read first, then that copy turned by 45 degrees, and the
    whole picture only when neither finds anything. Raises ImageError for a file that is not a
    JPEG, PNG or WEBP picture within the limits."""
    opened = Picture(*picture_bytes(picture))
    quick, factor = opened.grey(QUICK_SIDE)
    codes = _read(quick, factor) or _read_slanted(quick, factor)
    if not codes and factor > 1:  # small codes may need every pixel the camera took
        whole, _ = opened.grey()
        codes = _read(whole, 1.0, smaller_too=False)  # the quick pass looked at smaller sizes
    codes.sort(key=lambda code: (min(y for _, y in code.position), code.position[0][0]))
    return codes[:MAX_CODES]


def _read_slanted(picture: Image, factor: float) -> list[ReadCode]:
    """Codes in ``picture`` turned by 45 degrees: zxing-cpp follows a barcode's lines along
    the rows and columns of pixels, so it misses one photographed at 30 to 60 degrees."""
    from PIL.Image import Resampling

    turned = picture.rotate(_SLANT, Resampling.BILINEAR, expand=True, fillcolor=128)
    codes = _read(turned, 1.0)
    back = [_unturn(code.position, picture.size, turned.size) for code in codes]
    return [
        replace(code, position=tuple(_scaled(point, factor) for point in corners))  # type: ignore[arg-type]
        for code, corners in zip(codes, back, strict=True)
    ]


_SLANT = 45


def _unturn(
    corners: tuple[Point, ...], size: tuple[int, int], turned_size: tuple[int, int]
) -> list[tuple[float, float]]:
    """Where ``corners`` of the picture turned by :data:`_SLANT` degrees lie in the picture."""
    angle = math.radians(_SLANT)
    cos, sin = math.cos(angle), math.sin(angle)
    points = []
    for u, v in corners:
        du, dv = u - turned_size[0] / 2, v - turned_size[1] / 2
        points.append((size[0] / 2 + cos * du - sin * dv, size[1] / 2 + sin * du + cos * dv))
    return points


def _scaled(point: tuple[float, float], factor: float) -> Point:
    return round(point[0] * factor), round(point[1] * factor)


def _read(picture: Image, factor: float, smaller_too: bool = True) -> list[ReadCode]:
    import zxingcpp

    kinds = zxingcpp.BarcodeFormat
    # Named one by one: the group "AllGS1" finds only codes that hold GS1 element strings,
    # not a QR code holding a Digital Link, which is a plain web address.
    formats = zxingcpp.BarcodeFormats(
        [
            kinds.AllRetail,  # EAN/UPC, GS1 DataBar
            kinds.ITF14,  # GTIN-14 on outer cartons
            kinds.Code128,  # GS1-128 on cartons
            kinds.QRCode,
            kinds.MicroQRCode,
            kinds.DataMatrix,  # GS1 DataMatrix on medicines
        ]
    )
    found = zxingcpp.read_barcodes(
        picture, formats=formats, text_mode=zxingcpp.TextMode.Plain, try_downscale=smaller_too
    )
    return [_code(barcode, factor, zxingcpp.ContentType.GS1) for barcode in found]


def _code(barcode: Any, factor: float, gs1: Any) -> ReadCode:
    where = barcode.position
    corners = (where.top_left, where.top_right, where.bottom_right, where.bottom_left)
    return ReadCode(
        text=barcode.text,
        format=str(barcode.format),
        gs1=barcode.content_type == gs1,
        symbology_identifier=barcode.symbology_identifier,
        position=tuple(_scaled((p.x, p.y), factor) for p in corners),  # type: ignore[arg-type]
    )
