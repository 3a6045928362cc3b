"""Colours, the slot an element is drawn in, text with the accents the built-in font lacks, and
the brands' emblems."""

from __future__ import annotations

import colorsys
import math
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from PIL import Image, ImageDraw, ImageFont

BG, FLOOR, INK, EDGE = (234, 237, 241), (214, 218, 225), (34, 38, 44), (90, 96, 106)
STEEL, WHITE, GLOW = (184, 190, 198), (250, 250, 248), (120, 220, 255)


class Slot(NamedTuple):
    x: int
    y: int
    w: int
    h: int
    ink: tuple | None = None
    style: str = ""

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.x + self.w, self.y + self.h)

    @property
    def inclusive_box(self) -> tuple[int, int, int, int]:
        """The box whose right and bottom edges are the slot's last pixels (Pillow draws them)."""
        return (self.x, self.y, self.x + self.w - 1, self.y + self.h - 1)

    @property
    def vertical(self) -> bool:
        return self.h > self.w

    @property
    def span(self) -> tuple[int, int]:
        """The slot's length and its width across, whichever way it runs."""
        return (self.h, self.w) if self.vertical else (self.w, self.h)

    def at(self, along: float, across: float) -> tuple[float, float]:
        """The point ``along`` the slot's length and ``across`` it, in picture coordinates."""
        if self.vertical:
            return (self.x + across, self.y + along)
        return (self.x + along, self.y + across)


@dataclass
class Spec:
    """What the drawing of one product needs."""

    seed: int
    brand: str
    rgb: tuple
    emblem: str
    body: str
    variant: str
    gtin: str
    lot: str
    fake_lot: str
    when: str
    serial: str
    lines: list
    features: list


def tint(c, t):  # towards white
    return tuple(round(v + (255 - v) * t) for v in c)


def shade(c, f):  # towards black
    return tuple(round(v * f) for v in c)


def off_colour(c):
    h, s, v = colorsys.rgb_to_hsv(*(x / 255 for x in c))
    return hsv_colour((h + 0.09) % 1, s * 0.7, min(1, v * 1.25 + 0.08))


def hsv_colour(h, s, v):
    """The (r, g, b) in 0-255 of a hue, saturation and value in 0-1."""
    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return (round(r * 255), round(g * 255), round(b * 255))


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def split_marks(text: str) -> tuple[str, list]:
    """Base letters and their accents: the built-in font has no accented glyphs."""
    base, marks = "", []
    for ch in unicodedata.normalize("NFD", text.replace("–", "-")):
        if unicodedata.combining(ch):
            marks.append((len(base) - 1, ch))
        else:
            base += ch
    return base, marks


def fit(lines, w, h):
    size = max(8, int(h * 0.7))
    while size > 8 and max(font(size).getlength(split_marks(t)[0]) for t in lines) > w * 0.94:
        size -= 1
    return font(size)


def text(d, cx, cy, s, f, fill, stroke=0):
    """Draw ``s`` centred on (cx, cy), adding the accents the font lacks."""
    base, marks = split_marks(s)
    asc, desc = f.getmetrics()
    x0, baseline = cx - f.getlength(base) / 2, cy + (asc - desc) / 2
    d.text(
        (x0, baseline), base, font=f, fill=fill, anchor="ls", stroke_width=stroke, stroke_fill=fill
    )
    size, lw = f.size, max(1, round(f.size / 13))
    for i, mark in marks:
        left, top, right, _ = f.getbbox(base[i], anchor="ls")
        x, y1 = x0 + f.getlength(base[:i]) + (left + right) / 2, baseline + top - size * 0.06
        y0, s1 = y1 - size * 0.16, size * 0.11
        if mark == "\u0300":
            d.line([(x - s1, y0), (x + s1 * 0.5, y1)], fill, lw)
        elif mark == "\u0301":
            d.line([(x - s1 * 0.5, y1), (x + s1, y0)], fill, lw)
        elif mark == "\u0302":
            d.line([(x - s1, y1), (x, y0), (x + s1, y1)], fill, lw)
        elif mark == "\u0303":
            d.line(
                [
                    (x - s1 * 1.2 + k * s1 * 0.3, (y0 + y1) / 2 - math.sin(k * 0.785) * s1 * 0.5)
                    for k in range(9)
                ],
                fill,
                lw,
            )
        elif mark == "\u0308":
            for dx in (-s1 * 0.8, s1 * 0.8):
                d.ellipse((x + dx - lw, y1 - 2 * lw, x + dx + lw, y1), fill=fill)
        elif mark == "\u0327":
            d.line([(x, baseline), (x, baseline + s1), (x - s1, baseline + s1 * 1.8)], fill, lw)


def text_in(d, r, lines, fill, stroke=0):
    """Lines of text sharing one font size, fitted into the box ``r`` (x, y, w, h)."""
    x, y, w, h = r[:4]
    lh = h / len(lines)
    f = fit(lines, w, lh)
    for i, line in enumerate(lines):
        text(d, x + w / 2, y + lh * (i + 0.5), line, f, fill, stroke)


@lru_cache(maxsize=1)
def pixel_font() -> ImageFont.ImageFont:
    return ImageFont.load_default_imagefont()


def pixel_text_in(im, r, lines, fill):
    """The wrong font of a fake: the blocky bitmap font, scaled up without smoothing."""
    x, y, w, h = r[:4]
    lh = h // len(lines)
    lines = [split_marks(line)[0].encode("ascii", "replace").decode() for line in lines]
    boxes = [pixel_font().getbbox(line) for line in lines]
    k = min(min(w * 0.94 / (b[2] + 1), lh / (b[3] + 1)) for b in boxes)
    k = math.floor(k) if k >= 1 else k  # whole multiples keep the pixels square
    for i, (line, box) in enumerate(zip(lines, boxes, strict=True)):
        mask = Image.new("L", (box[2] + 1, box[3] + 1))
        ImageDraw.Draw(mask).text((0, 0), line, font=pixel_font(), fill=255)
        mask = mask.resize((int(mask.width * k), int(mask.height * k)), Image.Resampling.NEAREST)
        px, py = x + (w - mask.width) // 2, y + i * lh + (lh - mask.height) // 2
        im.paste(fill, (px, py, px + mask.width, py + mask.height), mask)


def emblem(d, r, shape, ink):
    x, y, w, h = r[:4]
    cx, cy, rad = x + w / 2, y + h / 2, min(w, h) / 2

    def ring(n, r1, r2=None, start=-90):
        return [
            (
                cx + (r2 if r2 and k % 2 else r1) * math.cos(math.radians(start + k * 360 / n)),
                cy + (r2 if r2 and k % 2 else r1) * math.sin(math.radians(start + k * 360 / n)),
            )
            for k in range(n)
        ]

    if shape == "ring":
        d.ellipse(
            (cx - rad, cy - rad, cx + rad, cy + rad), outline=ink, width=max(2, int(rad // 4))
        )
        d.ellipse((cx - rad / 3, cy - rad / 3, cx + rad / 3, cy + rad / 3), fill=ink)
    elif shape == "chevron":
        d.polygon(
            [
                (cx - rad, cy - rad * 0.2),
                (cx, cy - rad),
                (cx + rad, cy - rad * 0.2),
                (cx + rad, cy + rad * 0.5),
                (cx, cy - rad * 0.3),
                (cx - rad, cy + rad * 0.5),
            ],
            fill=ink,
        )
    elif shape == "drop":
        d.ellipse((cx - rad * 0.7, cy - rad * 0.1, cx + rad * 0.7, cy + rad), fill=ink)
        d.polygon(
            [(cx, cy - rad), (cx - rad * 0.66, cy + rad * 0.3), (cx + rad * 0.66, cy + rad * 0.3)],
            fill=ink,
        )
    else:
        points = {
            "diamond": ring(4, rad),
            "triangle": ring(3, rad),
            "hex": ring(6, rad),
            "star": ring(10, rad, rad * 0.45),
        }[shape]
        d.polygon(points, fill=ink)
