"""The small pictures printed on the boxes: what is inside."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import ImageDraw

from .basics import EDGE, INK, STEEL, WHITE, shade, tint


@dataclass(frozen=True)
class Pen:
    """Draws in units of ``s``, half the pictogram's size, around its centre (cx, cy)."""

    d: ImageDraw.ImageDraw
    cx: float
    cy: float
    s: float
    c: tuple  # the brand's colour
    light: tuple

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return (self.cx + x * self.s, self.cy + y * self.s)

    def rr(self, x0, y0, x1, y1, fill, rad=0.1):  # a rounded rectangle
        self.d.rounded_rectangle(
            (*self.xy(x0, y0), *self.xy(x1, y1)), max(1, int(rad * self.s)), fill=fill
        )

    def ell(self, x0, y0, x1, y1, fill=None, outline=None, width=1):
        self.d.ellipse(
            (*self.xy(x0, y0), *self.xy(x1, y1)), fill=fill, outline=outline, width=width
        )

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        self.d.arc((*self.xy(x0, y0), *self.xy(x1, y1)), start, end, fill, width)

    def line(self, points, fill, width):
        self.d.line([self.xy(x, y) for x, y in points], fill, width)

    def polygon(self, points, fill):
        self.d.polygon([self.xy(x, y) for x, y in points], fill=fill)


def picto(d, r, kind, c):
    x, y, w, h = r
    pen = Pen(d, x + w / 2, y + h / 2, min(w, h) / 2, c, tint(c, 0.55))
    PICTOGRAMS[kind](pen, kind)


def phone(p: Pen, kind: str) -> None:
    p.rr(-0.5, -0.95, 0.5, 0.95, INK, 0.15)
    p.rr(-0.42, -0.8, 0.42, 0.8, p.light, 0.05)


def headset(p: Pen, kind: str) -> None:
    p.arc(-0.7, -0.8, 0.7, 0.6, 180, 360, INK, max(4, int(p.s / 8)))
    for side in (-1, 1):
        p.rr(side * 0.7 - 0.2, -0.2, side * 0.7 + 0.2, 0.5, p.c, 0.15)


def battery(p: Pen, kind: str) -> None:
    p.rr(-0.6, -0.8, 0.6, 0.9, INK, 0.12)
    p.rr(-0.2, -0.95, 0.2, -0.8, INK, 0.02)
    bolt = [(0.1, -0.6), (-0.3, 0.1), (0, 0.1), (-0.1, 0.7), (0.3, -0.05), (0, -0.05)]
    p.polygon(bolt, p.light)


def speaker(p: Pen, kind: str) -> None:
    p.rr(-0.55, -0.9, 0.55, 0.9, INK, 0.2)
    p.ell(-0.4, -0.1, 0.4, 0.7, fill=p.c)
    p.ell(-0.2, -0.7, 0.2, -0.3, fill=p.c)


def pills(p: Pen, kind: str) -> None:
    for k, (dx, dy) in enumerate(((-0.35, -0.4), (0.35, -0.4), (-0.35, 0.4), (0.35, 0.4))):
        p.ell(dx - 0.3, dy - 0.3, dx + 0.3, dy + 0.3, fill=p.c if k % 3 else WHITE, outline=INK)


def ring(p: Pen, kind: str) -> None:  # a contact lens, or a ring
    p.ell(-0.8, -0.8, 0.8, 0.8, outline=p.c, width=max(4, int(p.s / 7)))
    p.ell(-0.45, -0.55, -0.15, -0.25, fill=p.light if kind == "lens" else p.c)


def disc(p: Pen, kind: str) -> None:
    p.ell(-0.9, -0.9, 0.9, 0.9, fill=STEEL, outline=EDGE, width=2)
    p.ell(-0.35, -0.35, 0.35, 0.35, fill=p.c)


def cylinder(p: Pen, kind: str) -> None:
    p.rr(-0.6, -0.6, 0.6, 0.85, p.c, 0.05)
    p.ell(-0.6, -0.8, 0.6, -0.4, fill=tint(p.c, 0.3))


def plug(p: Pen, kind: str) -> None:
    p.rr(-0.15, -0.95, 0.15, -0.3, WHITE, 0.05)
    p.rr(-0.35, -0.3, 0.35, 0.1, STEEL, 0.05)
    p.rr(-0.2, 0.1, 0.2, 0.7, shade(STEEL, 0.8), 0.02)


def cup(p: Pen, kind: str) -> None:  # a cup or a kettle, steaming
    p.rr(-0.6, -0.3, 0.4, 0.8, p.c, 0.2)
    p.arc(0.2, -0.15, 0.8, 0.5, 270, 90, p.c, int(p.s / 8))
    for k in (-0.3, 0.0):
        p.arc(k, -0.9, k + 0.25, -0.4, 90, 270, EDGE, 2)


def grid(p: Pen, kind: str) -> None:  # a chocolate bar or a game board
    p.rr(-0.9, -0.6, 0.9, 0.6, p.c, 0.05)
    for k in range(1, 4):
        p.line([(-0.9 + 0.45 * k, -0.6), (-0.9 + 0.45 * k, 0.6)], p.light, 2)
    p.line([(-0.9, 0), (0.9, 0)], p.light, 2)


def toy(p: Pen, kind: str) -> None:  # a robot or a bear
    if kind == "bear":
        p.ell(-0.45, -0.95, 0.45, -0.05, fill=p.c)
    else:
        p.rr(-0.45, -0.9, 0.45, -0.1, p.c)
    p.rr(-0.6, 0.0, 0.6, 0.95, shade(p.c, 0.85), 0.3 if kind == "bear" else 0.08)
    for side in (-1, 1):
        p.ell(side * 0.2 - 0.08, -0.6, side * 0.2 + 0.08, -0.44, fill=WHITE)


def stack(p: Pen, kind: str) -> None:  # building blocks or cards
    for k in range(3):
        colour = (p.c, p.light, shade(p.c, 0.7))[k]
        p.rr(-0.8 + 0.35 * k, -0.6 + 0.25 * k, 0.0 + 0.35 * k, 0.35 + 0.25 * k, colour, 0.06)


def goggles(p: Pen, kind: str) -> None:
    p.line([(-0.95, 0), (0.95, 0)], INK, max(3, int(p.s / 10)))
    for side in (-1, 1):
        p.rr(side * 0.45 - 0.4, -0.35, side * 0.45 + 0.4, 0.35, p.light, 0.25)


def hand(p: Pen, kind: str) -> None:
    p.rr(-0.5, -0.1, 0.5, 0.9, p.c, 0.3)
    for k in range(4):
        p.rr(-0.5 + 0.26 * k, -0.9, -0.3 + 0.26 * k, 0.0, p.c, 0.1)


def pan(p: Pen, kind: str) -> None:
    p.ell(-0.7, -0.7, 0.5, 0.5, fill=INK)
    p.ell(-0.55, -0.55, 0.35, 0.35, fill=STEEL)
    p.rr(0.4, -0.15, 0.95, 0.05, INK, 0.1)


def lipstick(p: Pen, kind: str) -> None:
    p.rr(-0.3, -0.1, 0.3, 0.9, INK, 0.05)
    p.polygon([(-0.22, -0.1), (-0.22, -0.6), (0.22, -0.9), (0.22, -0.1)], p.c)


PICTOGRAMS = {
    "phone": phone,
    "earbuds": headset,
    "headphones": headset,
    "battery": battery,
    "charger": battery,
    "speaker": speaker,
    "pill": pills,
    "lens": ring,
    "ring": ring,
    "disc": disc,
    "cylinder": cylinder,
    "plug": plug,
    "cup": cup,
    "kettle": cup,
    "bar": grid,
    "board": grid,
    "robot": toy,
    "bear": toy,
    "blocks": stack,
    "cards": stack,
    "goggles": goggles,
    "hand": hand,
    "pan": pan,
    "lipstick": lipstick,
}
