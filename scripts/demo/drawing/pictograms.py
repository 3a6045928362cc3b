"""The small pictures printed on the boxes: what is inside."""

from __future__ import annotations

from .basics import EDGE, INK, STEEL, WHITE, shade, tint


def picto(d, r, kind, c):
    x, y, w, h = r
    cx, cy, s = x + w / 2, y + h / 2, min(w, h) / 2
    light = tint(c, 0.55)

    def rr(x0, y0, x1, y1, fill, rad=0.1):  # rounded rectangle in units of s around the centre
        d.rounded_rectangle(
            (cx + x0 * s, cy + y0 * s, cx + x1 * s, cy + y1 * s), max(1, int(rad * s)), fill=fill
        )

    def ell(x0, y0, x1, y1, fill=None, outline=None, width=1):
        d.ellipse(
            (cx + x0 * s, cy + y0 * s, cx + x1 * s, cy + y1 * s),
            fill=fill,
            outline=outline,
            width=width,
        )

    if kind == "phone":
        rr(-0.5, -0.95, 0.5, 0.95, INK, 0.15)
        rr(-0.42, -0.8, 0.42, 0.8, light, 0.05)
    elif kind in ("earbuds", "headphones"):
        d.arc(
            (cx - 0.7 * s, cy - 0.8 * s, cx + 0.7 * s, cy + 0.6 * s),
            180,
            360,
            INK,
            max(4, int(s / 8)),
        )
        for side in (-1, 1):
            rr(side * 0.7 - 0.2, -0.2, side * 0.7 + 0.2, 0.5, c, 0.15)
    elif kind in ("battery", "charger"):
        rr(-0.6, -0.8, 0.6, 0.9, INK, 0.12)
        rr(-0.2, -0.95, 0.2, -0.8, INK, 0.02)
        d.polygon(
            [
                (cx + 0.1 * s, cy - 0.6 * s),
                (cx - 0.3 * s, cy + 0.1 * s),
                (cx, cy + 0.1 * s),
                (cx - 0.1 * s, cy + 0.7 * s),
                (cx + 0.3 * s, cy - 0.05 * s),
                (cx, cy - 0.05 * s),
            ],
            fill=light,
        )
    elif kind == "speaker":
        rr(-0.55, -0.9, 0.55, 0.9, INK, 0.2)
        ell(-0.4, -0.1, 0.4, 0.7, fill=c)
        ell(-0.2, -0.7, 0.2, -0.3, fill=c)
    elif kind == "pill":
        for k, (dx, dy) in enumerate(((-0.35, -0.4), (0.35, -0.4), (-0.35, 0.4), (0.35, 0.4))):
            ell(dx - 0.3, dy - 0.3, dx + 0.3, dy + 0.3, fill=c if k % 3 else WHITE, outline=INK)
    elif kind in ("lens", "ring"):
        ell(-0.8, -0.8, 0.8, 0.8, outline=c, width=max(4, int(s / 7)))
        ell(-0.45, -0.55, -0.15, -0.25, fill=light if kind == "lens" else c)
    elif kind == "disc":
        ell(-0.9, -0.9, 0.9, 0.9, fill=STEEL, outline=EDGE, width=2)
        ell(-0.35, -0.35, 0.35, 0.35, fill=c)
    elif kind == "cylinder":
        rr(-0.6, -0.6, 0.6, 0.85, c, 0.05)
        ell(-0.6, -0.8, 0.6, -0.4, fill=tint(c, 0.3))
    elif kind == "plug":
        rr(-0.15, -0.95, 0.15, -0.3, WHITE, 0.05)
        rr(-0.35, -0.3, 0.35, 0.1, STEEL, 0.05)
        rr(-0.2, 0.1, 0.2, 0.7, shade(STEEL, 0.8), 0.02)
    elif kind in ("cup", "kettle"):
        rr(-0.6, -0.3, 0.4, 0.8, c, 0.2)
        d.arc((cx + 0.2 * s, cy - 0.15 * s, cx + 0.8 * s, cy + 0.5 * s), 270, 90, c, int(s / 8))
        for k in (-0.3, 0.0):
            d.arc((cx + k * s, cy - 0.9 * s, cx + (k + 0.25) * s, cy - 0.4 * s), 90, 270, EDGE, 2)
    elif kind in ("bar", "board"):
        rr(-0.9, -0.6, 0.9, 0.6, c, 0.05)
        for k in range(1, 4):
            d.line(
                [
                    (cx + (-0.9 + 0.45 * k) * s, cy - 0.6 * s),
                    (cx + (-0.9 + 0.45 * k) * s, cy + 0.6 * s),
                ],
                light,
                2,
            )
        d.line([(cx - 0.9 * s, cy), (cx + 0.9 * s, cy)], light, 2)
    elif kind in ("robot", "bear"):
        ell(-0.45, -0.95, 0.45, -0.05, fill=c) if kind == "bear" else rr(-0.45, -0.9, 0.45, -0.1, c)
        rr(-0.6, 0.0, 0.6, 0.95, shade(c, 0.85), 0.3 if kind == "bear" else 0.08)
        for side in (-1, 1):
            ell(side * 0.2 - 0.08, -0.6, side * 0.2 + 0.08, -0.44, fill=WHITE)
    elif kind in ("blocks", "cards"):
        for k in range(3):
            rr(
                -0.8 + 0.35 * k,
                -0.6 + 0.25 * k,
                0.0 + 0.35 * k,
                0.35 + 0.25 * k,
                (c, light, shade(c, 0.7))[k],
                0.06,
            )
    elif kind == "goggles":
        d.line([(cx - 0.95 * s, cy), (cx + 0.95 * s, cy)], INK, max(3, int(s / 10)))
        for side in (-1, 1):
            rr(side * 0.45 - 0.4, -0.35, side * 0.45 + 0.4, 0.35, light, 0.25)
    elif kind == "hand":
        rr(-0.5, -0.1, 0.5, 0.9, c, 0.3)
        for k in range(4):
            rr(-0.5 + 0.26 * k, -0.9, -0.3 + 0.26 * k, 0.0, c, 0.1)
    elif kind == "pan":
        ell(-0.7, -0.7, 0.5, 0.5, fill=INK)
        ell(-0.55, -0.55, 0.35, 0.35, fill=STEEL)
        rr(0.4, -0.15, 0.95, 0.05, INK, 0.1)
    elif kind == "lipstick":
        rr(-0.3, -0.1, 0.3, 0.9, INK, 0.05)
        d.polygon(
            [
                (cx - 0.22 * s, cy - 0.1 * s),
                (cx - 0.22 * s, cy - 0.6 * s),
                (cx + 0.22 * s, cy - 0.9 * s),
                (cx + 0.22 * s, cy - 0.1 * s),
            ],
            fill=c,
        )
