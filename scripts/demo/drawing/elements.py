"""The elements a product carries (logo, hologram, barcode...), genuine and counterfeit."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from .basics import (
    EDGE,
    GLOW,
    INK,
    STEEL,
    WHITE,
    emblem,
    fit,
    hsv_colour,
    off_colour,
    pixel_text_in,
    shade,
    split_marks,
    text,
    text_in,
    tint,
)

# Each element draws itself into its slot; ``fake`` draws the counterfeit's defect, which stays
# inside the slot so that genuine and counterfeit images differ exactly where the features say.


def misspell(name: str) -> str:
    i = next(i for i in range(1, len(name) - 1) if name[i] != name[i + 1] and name[i + 1] != " ")
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def el_logo(im, d, s, p, fake):
    ink, name = s.ink or p.rgb, misspell(p.brand) if fake else p.brand
    e = int(min(s.h * 0.7, s.w * 0.2))
    f = fit([p.brand], s.w - e - 16, s.h)
    width = e + 10 + f.getlength(split_marks(name)[0])
    x0 = s.x + (s.w - width) / 2
    emblem(d, (x0, s.y + (s.h - e) / 2, e, e), p.emblem, ink)
    text(d, x0 + e + 10 + (width - e - 10) / 2, s.y + s.h / 2, name, f, ink, stroke=1)


def el_hologram(im, d, s, p, fake):
    patch = Image.new("RGB", (s.w, s.h))
    pd = ImageDraw.Draw(patch)
    n, step = 12, (s.w + s.h) / 12
    for k in range(n + 1):
        if fake:
            c = (188, 190, 194) if k % 2 else (176, 178, 183)
        else:
            c = hsv_colour((k / n + p.seed % 7 / 7) % 1, 0.5, 1.0)
        x0 = k * step - s.h
        pd.polygon([(x0, s.h), (x0 + s.h, 0), (x0 + s.h + step, 0), (x0 + step, s.h)], fill=c)
    if not fake:
        e = int(min(s.w, s.h) * 0.62)
        emblem(pd, ((s.w - e) // 2 + 2, (s.h - e) // 2 + 2, e, e), p.emblem, (150, 150, 170))
        emblem(pd, ((s.w - e) // 2, (s.h - e) // 2, e, e), p.emblem, WHITE)
    mask = Image.new("L", (s.w, s.h))
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, s.w - 1, s.h - 1), min(s.w, s.h) // 5, 255)
    im.paste(patch, (s.x, s.y), mask)
    d.rounded_rectangle(s.inclusive_box, min(s.w, s.h) // 5, outline=(150, 152, 160))


def el_stitching(im, d, s, p, fake):
    length, across = s.span
    rng = random.Random(p.seed * 7 + s.x)
    thread = s.ink or tint(p.rgb, 0.75)
    for row in [across / 2] if across < 18 else [across * 0.3, across * 0.7]:
        pos = 4.0
        while pos < length - 10:
            dash, gap, off = 10, 6, 0.0
            if fake:
                dash, gap = rng.randint(4, 13), rng.randint(3, 11)
                off = rng.uniform(-0.12, 0.12) * across + (pos / length - 0.5) * across * 0.35
            c = min(max(row + off, 2), across - 3)
            a, b = pos, min(pos + dash, length - 4)
            d.line([s.at(a, c), s.at(b, c)], fill=thread, width=3)
            pos += dash + gap


def el_batch(im, d, s, p, fake):
    text_in(d, s, [f"LOT {p.fake_lot if fake else p.lot}", p.when], s.ink or INK)
    if fake:
        crop = im.crop(s.box).filter(ImageFilter.GaussianBlur(1.6))
        im.paste(crop, s.box[:2])


def el_seal(im, d, s, p, fake):
    if fake:  # the counterfeit has no seal at all
        return
    gold, dark = (214, 178, 78), (160, 124, 40)
    if s.style == "strip":
        d.rectangle(s.inclusive_box, fill=(246, 238, 214), outline=dark)
        length, across = s.span
        for k in range(3):
            pts = [
                (t, across * (0.3 + 0.2 * k) + math.sin(t / 5 + k) * across * 0.1)
                for t in range(2, length - 2, 2)
            ]
            d.line([s.at(a, b) for a, b in pts], fill=p.rgb, width=1)
    else:
        cx, cy, r = s.x + s.w / 2, s.y + s.h / 2, min(s.w, s.h) / 2 - 1
        d.polygon(
            [
                (
                    cx + (r if k % 2 else r * 0.86) * math.cos(k * math.pi / 18),
                    cy + (r if k % 2 else r * 0.86) * math.sin(k * math.pi / 18),
                )
                for k in range(36)
            ],
            fill=gold,
        )
        d.ellipse((cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), fill=dark)
        text_in(d, (cx - r * 0.6, cy - r * 0.3, r * 1.2, r * 0.6), ["SEAL"], (250, 236, 190))


L_CODES = [
    "0001101",
    "0011001",
    "0010011",
    "0111101",
    "0100011",
    "0110001",
    "0101111",
    "0111011",
    "0110111",
    "0001011",
]
PARITY = [
    "LLLLLL",
    "LLGLGG",
    "LLGGLG",
    "LLGGGL",
    "LGLLGG",
    "LGGLLG",
    "LGGGLL",
    "LGLGLG",
    "LGLGGL",
    "LGGLGL",
]


def ean_bits(code: str) -> str:
    """The bars of an EAN-13 (a UPC-A is an EAN-13 with a leading 0) or an EAN-8."""

    def r_code(n):
        return "".join("1" if b == "0" else "0" for b in L_CODES[int(n)])

    if len(code) == 8:
        return (
            "101"
            + "".join(L_CODES[int(n)] for n in code[:4])
            + "01010"
            + "".join(r_code(n) for n in code[4:])
            + "101"
        )
    code = code.zfill(13)
    left = "".join(
        L_CODES[int(n)] if kind == "L" else r_code(n)[::-1]
        for n, kind in zip(code[1:7], PARITY[int(code[0])], strict=True)
    )
    return "101" + left + "01010" + "".join(r_code(n) for n in code[7:]) + "101"


def el_barcode(im, d, s, p, fake):
    code = p.gtin[:-1] + str((int(p.gtin[-1]) + 3) % 10) if fake else p.gtin
    bits = ean_bits(code)
    d.rectangle(s.inclusive_box, fill=WHITE)
    m = max(1, (s.w - 12) // len(bits))
    x0, bar_h = s.x + (s.w - m * len(bits)) // 2, int(s.h * 0.68)
    for k, bit in enumerate(bits):
        if bit == "1":
            d.rectangle((x0 + k * m, s.y + 4, x0 + k * m + m - 1, s.y + 4 + bar_h), fill=INK)
    text_in(d, (s.x + 2, s.y + 6 + bar_h, s.w - 4, s.h - bar_h - 8), [" ".join(code)], INK)


def el_colour(im, d, s, p, fake):
    c = off_colour(p.rgb) if fake else p.rgb
    box = s.inclusive_box
    if s.style == "ring":
        d.ellipse(box, outline=c, width=max(6, s.w // 14))
    elif s.style == "arc":
        d.arc((s.x, s.y, s.x + s.w - 1, s.y + 2 * s.h - 1), 180, 360, fill=c, width=16)
    elif s.style == "ellipse":
        d.ellipse(box, fill=c, outline=shade(c, 0.8), width=2)
    elif s.style == "flat":
        d.rectangle(box, fill=c)
    else:
        d.rounded_rectangle(box, min(s.w, s.h) // 4, fill=c, outline=shade(c, 0.8))


def el_uv(im, d, s, p, fake):
    d.rounded_rectangle(s.box, 10, fill=(34, 20, 62))
    text_in(d, (s.x, s.y + 4, s.w, 18), ["UV 365 nm"], (150, 130, 200))
    if not fake:
        e = int(min(s.w, s.h - 24) * 0.6)
        emblem(d, (s.x + (s.w - e) // 2, s.y + 24 + (s.h - 24 - e) // 2, e, e), p.emblem, GLOW)
        for k in range(3):
            y = s.y + s.h - 14 - 5 * k
            d.line(
                [(s.x + t, y + math.sin(t / 6) * 2) for t in range(8, s.w - 8, 2)],
                fill=(70, 150, 220),
                width=1,
            )


def el_emboss(im, d, s, p, fake):
    base = s.ink or STEEL
    d.rounded_rectangle(s.box, 6, fill=base, outline=shade(base, 0.75))
    inner = (s.x + 6, s.y + 4, s.w - 12, s.h - 8)
    label = [p.brand.upper()]
    if fake:
        text_in(d, inner, label, shade(base, 0.45))
        return
    for (dx, dy), c in (((-1, -1), tint(base, 0.7)), ((2, 2), shade(base, 0.55)), ((0, 0), base)):
        text_in(d, (inner[0] + dx, inner[1] + dy, inner[2], inner[3]), label, c, stroke=1)


def el_serial(im, d, s, p, fake):
    d.rounded_rectangle(s.box, 4, fill=s.ink or (226, 228, 232), outline=EDGE)
    text_in(
        d,
        (s.x + 4, s.y + 2, s.w - 8, s.h - 4),
        ["No. " + ("00000000" if fake else p.serial)],
        (70, 74, 82),
    )


def el_font(im, d, s, p, fake):
    if fake:
        pixel_text_in(im, s, p.lines, s.ink or INK)
    else:
        text_in(d, s, p.lines, s.ink or INK)


ELEMENTS = {
    "logo": el_logo,
    "hologram": el_hologram,
    "stitching": el_stitching,
    "batch": el_batch,
    "seal": el_seal,
    "barcode": el_barcode,
    "colour": el_colour,
    "uv": el_uv,
    "emboss": el_emboss,
    "serial": el_serial,
    "font": el_font,
}
