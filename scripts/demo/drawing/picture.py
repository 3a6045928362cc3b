"""One product's picture: its body, then each element in its slot."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .basics import BG, Slot, Spec
from .bodies import BODIES
from .elements import ELEMENTS


def layout(p: Spec) -> tuple[dict, tuple[int, int]]:
    draw_body, size = BODIES[p.body]
    scratch = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    return draw_body(scratch, p), size


def draw(p: Spec, fake: bool) -> Image.Image:
    draw_body, size = BODIES[p.body]
    im = Image.new("RGB", size, BG)
    d = ImageDraw.Draw(im)
    slots = draw_body(d, p)
    for name, slot in slots.items():
        if name != "uv" or name in p.features:
            ELEMENTS[name](im, d, slot, p, fake and name in p.features)
    return im


def region(slot: Slot, size: tuple[int, int], pad: int = 6) -> list[float]:
    """The slot as [x, y, w, h] relative to the image, rounded outwards to 0.001."""
    w, h = size
    x0 = math.floor(max(0, slot.x - pad) / w * 1000)
    y0 = math.floor(max(0, slot.y - pad) / h * 1000)
    x1 = math.ceil(min(w, slot.x + slot.w + pad) / w * 1000)
    y1 = math.ceil(min(h, slot.y + slot.h + pad) / h * 1000)
    return [x0 / 1000, y0 / 1000, (x1 - x0) / 1000, (y1 - y0) / 1000]
