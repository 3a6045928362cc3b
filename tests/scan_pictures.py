"""Test pictures with barcodes in them: codes drawn by zxing-cpp, put into "photos".

A photo here is a noisy background with the codes pasted on white labels, then turned, tilted
in perspective, scaled down and blurred as a phone photo of a parcel would be. Everything is
seeded, so a picture is the same on every run.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import zxingcpp
from PIL import Image, ImageFilter

FORMATS = {
    "ean13": zxingcpp.BarcodeFormat.EAN13,
    "upca": zxingcpp.BarcodeFormat.UPCA,
    "ean8": zxingcpp.BarcodeFormat.EAN8,
    "code128": zxingcpp.BarcodeFormat.Code128,
    "qr": zxingcpp.BarcodeFormat.QRCode,
    "datamatrix": zxingcpp.BarcodeFormat.DataMatrix,
}


def code_image(content: str, kind: str, *, gs1: bool = False, module: int = 4) -> Image.Image:
    """One code as a black-on-white picture with its quiet zone; ``module`` pixels a module.

    With ``gs1``, ``content`` is in the printed form, ``(01)...(10)...``, and the code is a GS1
    one (FNC1 first): GS1 DataMatrix, GS1 QR, GS1-128."""
    options = {"gs1": True} if gs1 else {}
    barcode = zxingcpp.create_barcode(content, FORMATS[kind], **options)
    pixels = memoryview(barcode.to_image(scale=module))
    height, width = pixels.shape
    return Image.frombuffer("L", (width, height), bytes(pixels), "raw", "L", 0, 1)


@dataclass
class Degrade:
    """How a photo is spoiled: turned by ``angle`` degrees, its top edge narrowed by ``tilt``
    (a share of its width, a perspective view from below), shrunk by ``scale`` and blurred by a
    Gaussian of ``blur`` pixels."""

    angle: float = 0.0
    tilt: float = 0.0
    scale: float = 1.0
    blur: float = 0.0


def photo(
    codes: list[Image.Image],
    size: tuple[int, int] = (1600, 1200),
    degrade: Degrade | None = None,
    seed: int = 0,
) -> Image.Image:
    """A photo of ``codes`` side by side on white labels on a noisy background."""
    picture, _ = place(codes, size, seed)
    return spoil(picture, degrade or Degrade())


def place(
    codes: list[Image.Image], size: tuple[int, int], seed: int = 0
) -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """``codes`` on labels on a background, and each code's box (left, top, right, bottom)."""
    rng = random.Random(seed)
    width, height = size
    # a grainy surface (cardboard, a table) rather than a camera sensor's pixel-level noise,
    # which phones smooth away before saving a photo
    grain = Image.effect_noise(size, 40).filter(ImageFilter.GaussianBlur(1.5))
    background = grain.point(lambda v: v // 2 + 70)
    picture = Image.merge("RGB", [background, background.point(lambda v: v + 10), background])
    boxes = []
    x = width // 10
    for code in codes:
        label = Image.new("RGB", (code.width + 40, code.height + 40), (246, 244, 238))
        label.paste(code.convert("RGB"), (20, 20))
        y = rng.randint(height // 10, max(height // 10, height - label.height - height // 10))
        picture.paste(label, (x, y))
        boxes.append((x + 20, y + 20, x + 20 + code.width, y + 20 + code.height))
        x += label.width + width // 20
    return picture, boxes


def spoil(picture: Image.Image, degrade: Degrade) -> Image.Image:
    fill = (90, 100, 90)
    if degrade.angle:
        picture = picture.rotate(degrade.angle, resample=Image.Resampling.BILINEAR, fillcolor=fill)
    if degrade.tilt:
        picture = _tilt(picture, degrade.tilt, fill)
    if degrade.scale != 1.0:
        new_size = (round(picture.width * degrade.scale), round(picture.height * degrade.scale))
        picture = picture.resize(new_size, Image.Resampling.LANCZOS)
    if degrade.blur:
        picture = picture.filter(ImageFilter.GaussianBlur(degrade.blur))
    return picture


def _tilt(picture: Image.Image, tilt: float, fill: tuple[int, int, int]) -> Image.Image:
    """The picture seen from below: its top edge narrowed by ``tilt`` of the width."""
    w, h = picture.size
    inset = w * tilt / 2
    # Where each corner of the output comes from in the input (Pillow maps output to input).
    target = [(inset, 0), (w - inset, 0), (w, h), (0, h)]
    source = [(0, 0), (w, 0), (w, h), (0, h)]
    coefficients = _perspective(target, source)
    return picture.transform(
        picture.size,
        Image.Transform.PERSPECTIVE,
        coefficients,
        Image.Resampling.BILINEAR,
        fillcolor=fill,
    )


def _perspective(
    output: list[tuple[float, float]], source: list[tuple[float, float]]
) -> list[float]:
    """Pillow's eight PERSPECTIVE coefficients mapping ``output`` corners to ``source`` ones."""
    rows, values = [], []
    for (x, y), (u, v) in zip(output, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return _solve(rows, values)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns; no numpy in the project)."""
    n = len(b)
    m = [[*row, value] for row, value in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                factor = m[r][col] / m[col][col]
                m[r] = [x - factor * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def jpeg(picture: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()


def png(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()
