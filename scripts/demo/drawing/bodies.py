"""The objects drawn: boxes, packs, bottles, garments, shoes, bags, tools, watches, bearings,
masks and balls."""

from __future__ import annotations

import math

from ..publishers import COLOURS
from .basics import BG, EDGE, FLOOR, INK, STEEL, WHITE, Slot, shade, tint
from .pictograms import picto

# Each body draws the object and returns {element: Slot} for the elements it carries.

BOX_LAYOUT = {
    "logo": (0.04, 0.06, 0.6, 0.18),
    "seal": (0.75, -0.1, 0.13, 0.26, "strip"),
    "colour": (0.0, 0.3, 1.0, 0.08, "flat"),
    "hologram": (0.36, 0.45, 0.2, 0.2),
    "font": (0.6, 0.44, 0.37, 0.2),
    "barcode": (0.6, 0.68, 0.37, 0.28),
    "batch": (0.33, 0.74, 0.25, 0.17),
}
PACK_LAYOUT = {
    "seal": (0.12, -0.08, 0.76, 0.14, "strip"),
    "logo": (0.06, 0.09, 0.88, 0.14),
    "colour": (0.0, 0.27, 1.0, 0.06, "flat"),
    "hologram": (0.3, 0.37, 0.4, 0.13),
    "font": (0.08, 0.55, 0.84, 0.18),
    "barcode": (0.06, 0.8, 0.56, 0.17),
    "batch": (0.64, 0.82, 0.32, 0.12),
}
MINI_LAYOUT = {
    "seal": (0.42, -0.12, 0.16, 0.28, "strip"),
    "hologram": (0.1, 0.2, 0.8, 0.2),
    "font": (0.08, 0.45, 0.84, 0.16),
    "barcode": (0.08, 0.64, 0.84, 0.32),
}
UV_SLOT = Slot(14, 14, 150, 110)


def carton(d, front, depth, rgb, layout):
    fx, fy, fw, fh = front
    dx, dy = depth
    d.ellipse((fx - 40, fy + fh - 24, fx + fw + dx + 40, fy + fh + 34), fill=FLOOR)
    d.polygon(
        [(fx, fy), (fx + dx, fy + dy), (fx + fw + dx, fy + dy), (fx + fw, fy)],
        fill=tint(rgb, 0.6),
        outline=EDGE,
    )
    d.polygon(
        [(fx + fw, fy), (fx + fw + dx, fy + dy), (fx + fw + dx, fy + fh + dy), (fx + fw, fy + fh)],
        fill=shade(rgb, 0.8),
        outline=EDGE,
    )
    d.rectangle((fx, fy, fx + fw, fy + fh), fill=tint(rgb, 0.92), outline=EDGE)
    return {
        k: Slot(
            round(fx + v[0] * fw),
            round(fy + v[1] * fh),
            round(v[2] * fw),
            round(v[3] * fh),
            None,
            v[4] if len(v) > 4 else "",
        )
        for k, v in layout.items()
    }


def body_box(d, p):
    front = (150, 190, 430, 320)
    slots = carton(d, front, (80, -60), p.rgb, BOX_LAYOUT)
    picto(d, (160, 326, 128, 164), p.variant, p.rgb)
    return slots | {"uv": UV_SLOT}


def body_pack(d, p):
    slots = carton(d, (170, 210, 250, 440), (60, -45), p.rgb, PACK_LAYOUT)
    d.rectangle(slots["font"].box, fill=WHITE, outline=INK, width=2)
    slots["font"] = slots["font"]._replace(x=slots["font"].x + 6, w=slots["font"].w - 12)
    return slots | {"uv": Slot(14, 14, 140, 110)}


BOTTLES = {  # body w, body h, neck w, neck h, cap h, shoulder, glass colour
    "gin": (230, 330, 70, 80, 70, 70, (208, 230, 232)),
    "wine": (170, 370, 56, 140, 90, 60, (52, 72, 52)),
    "oil": (150, 380, 46, 110, 50, 50, (70, 78, 40)),
    "perfume": (270, 270, 50, 26, 90, 0, (232, 226, 242)),
    "jar": (320, 230, 280, 0, 70, 0, (242, 238, 230)),
    "dropper": (170, 250, 50, 24, 140, 30, (150, 92, 48)),
    "lotion": (200, 350, 60, 30, 90, 30, (246, 246, 246)),
    "jug": (280, 350, 90, 40, 60, 60, (240, 240, 246)),
    "small": (170, 300, 50, 24, 80, 30, (244, 246, 250)),
    "flask": (180, 430, 130, 16, 90, 16, (176, 182, 190)),
}


def body_bottle(d, p):
    bw, bh, nw, nh, ch, sh, glass = BOTTLES[p.variant]
    if p.variant == "gin":  # one tint of glass per gin
        glass = [(208, 230, 232), (240, 218, 224), (212, 222, 242)][(p.seed + 1) % 3]
    cx, bottom = 300, 740
    top = bottom - bh
    dark = sum(glass) < 400
    d.ellipse((cx - bw / 2 - 40, bottom - 22, cx + bw / 2 + 40, bottom + 26), fill=FLOOR)
    d.polygon(
        [
            (cx - bw / 2, top + 20),
            (cx - nw / 2, top - sh),
            (cx + nw / 2, top - sh),
            (cx + bw / 2, top + 20),
        ],
        fill=glass,
        outline=shade(glass, 0.7),
    )
    d.rectangle(
        (cx - nw / 2, top - sh - nh, cx + nw / 2, top - sh), fill=glass, outline=shade(glass, 0.7)
    )
    d.rounded_rectangle(
        (cx - bw / 2, top, cx + bw / 2, bottom), 26, fill=glass, outline=shade(glass, 0.7), width=2
    )
    d.rounded_rectangle(
        (cx - bw / 2 + 12, top + 24, cx - bw / 2 + 24, bottom - 40), 6, fill=tint(glass, 0.35)
    )
    cw, cap_y = nw + 14, top - sh - nh - ch
    margin = min(30, bw // 10)
    lx, lw, ly, lh = cx - bw / 2 + margin, bw - 2 * margin, top + 28, int(bh * 0.62)
    d.rectangle((lx, ly, lx + lw, ly + lh), fill=(252, 250, 244), outline=p.rgb, width=3)
    x0, w0 = int(lx + 8), int(lw - 16)
    slots = {
        "colour": Slot(int(cx - cw / 2), int(cap_y), int(cw), ch),
        "logo": Slot(x0, int(ly + 10), w0, int(lh * 0.2)),
        "font": Slot(x0, int(ly + lh * 0.27), int(w0 * 0.6), int(lh * 0.22)),
        "hologram": Slot(int(x0 + w0 * 0.64), int(ly + lh * 0.27), int(w0 * 0.36), int(lh * 0.22)),
        "barcode": Slot(x0, int(ly + lh * 0.56), w0, int(lh * 0.4)),
        "batch": Slot(cx - 70, int(ly + lh + 10), 140, 36, WHITE if dark else INK),
        "uv": UV_SLOT,
    }
    if nh >= 30:
        slots["seal"] = Slot(
            int(cx - nw / 2 - 4), int(cap_y + ch + 6), int(nw + 8), 24, None, "strip"
        )
    else:
        slots["seal"] = Slot(int(cx + cw / 2 - 50), int(cap_y - 4), 24, ch + 40, None, "strip")
    return slots


def tag_card(d, r, anchor=None, last="batch"):
    x, y, w, h = r
    if anchor:
        d.line([(x + w / 2, y + 18), anchor], fill=EDGE, width=2)
    d.rounded_rectangle((x + 3, y + 3, x + w + 3, y + h + 3), 10, fill=FLOOR)
    d.rounded_rectangle((x, y, x + w, y + h), 10, fill=WHITE, outline=EDGE)
    d.ellipse((x + w / 2 - 7, y + 11, x + w / 2 + 7, y + 25), fill=BG, outline=EDGE)
    return {
        "hologram": Slot(x + 20, y + 40, w - 40, 62),
        "font": Slot(x + 10, y + 112, w - 20, 46),
        "barcode": Slot(x + 8, y + 168, w - 16, 96),
        last: Slot(x + 12, y + h - 50, w - 24, 40),
    }


def body_garment(d, p):
    pts = [
        (275, 100),
        (200, 122),
        (100, 210),
        (150, 275),
        (212, 238),
        (212, 520),
        (448, 520),
        (448, 238),
        (510, 275),
        (560, 210),
        (460, 122),
        (385, 100),
        (365, 128),
        (330, 138),
        (295, 128),
    ]
    d.ellipse((180, 500, 480, 545), fill=FLOOR)
    d.polygon(pts, fill=(246, 246, 244), outline=EDGE)
    d.line([*pts[-4:], pts[0]], fill=p.rgb, width=8)
    for side in (-1, 1):
        d.line([(330 + side * 200, 218), (330 + side * 155, 262)], fill=p.rgb, width=10)
    return tag_card(d, (590, 150, 175, 330), (548, 214)) | {
        "logo": Slot(262, 180, 136, 48),
        "colour": Slot(212, 300, 236, 22, None, "flat"),
        "stitching": Slot(222, 496, 216, 16, (150, 154, 162)),
        "uv": UV_SLOT,
    }


def body_shoe(d, p):
    d.ellipse((60, 430, 580, 470), fill=FLOOR)
    upper = [
        (80, 410),
        (95, 345),
        (200, 318),
        (300, 250),
        (350, 185),
        (470, 180),
        (520, 196),
        (552, 300),
        (560, 410),
    ]
    d.polygon(upper, fill=(238, 239, 242), outline=EDGE)
    d.polygon([(80, 410), (95, 345), (200, 318), (220, 410)], fill=tint(p.rgb, 0.7))
    d.rounded_rectangle((66, 400, 574, 448), 22, fill=shade(p.rgb, 0.6), outline=EDGE, width=2)
    for k in range(5):
        d.line([(300 + k * 12, 250 - k * 12), (330 + k * 12, 270 - k * 12)], fill=INK, width=4)
    return tag_card(d, (600, 130, 170, 330), (522, 200)) | {
        "logo": Slot(222, 318, 195, 54),
        "colour": Slot(490, 210, 44, 96),
        "stitching": Slot(90, 381, 460, 14, (130, 134, 142)),
        "uv": UV_SLOT,
    }


LEATHERS = [(122, 78, 46), (46, 46, 52), (124, 32, 56), (176, 128, 80)]


def body_bag(d, p):
    leather = LEATHERS[p.seed % len(LEATHERS)]
    d.ellipse((70, 480, 530, 530), fill=FLOOR)
    d.polygon(
        [(130, 230), (470, 230), (515, 500), (85, 500)], fill=leather, outline=shade(leather, 0.7)
    )
    d.polygon(
        [(130, 230), (470, 230), (482, 340), (118, 340)],
        fill=shade(leather, 0.85),
        outline=shade(leather, 0.65),
    )
    return tag_card(d, (590, 150, 175, 330), (405, 232), last="serial") | {
        "colour": Slot(190, 90, 220, 140, None, "arc"),
        "emboss": Slot(235, 290, 130, 40),
        "stitching": Slot(128, 316, 344, 14, tint(leather, 0.6)),
        "uv": UV_SLOT,
    }


def body_tool(d, p):
    d.rounded_rectangle((96, 66, 716, 546), 16, fill=FLOOR)
    d.rounded_rectangle((90, 60, 710, 540), 16, fill=WHITE, outline=EDGE)
    d.rounded_rectangle((90, 60, 710, 160), 16, fill=p.rgb)
    d.rectangle((90, 130, 710, 160), fill=p.rgb)
    d.ellipse((385, 72, 415, 88), fill=BG)
    slots = {
        "logo": Slot(110, 92, 330, 56, WHITE),
        "hologram": Slot(560, 84, 130, 64),
        "font": Slot(110, 452, 300, 60),
        "barcode": Slot(520, 430, 170, 96),
    }
    if p.variant == "screwdriver":
        d.rectangle((360, 296, 640, 318), fill=STEEL, outline=EDGE)
        d.polygon([(640, 296), (670, 302), (670, 312), (640, 318)], fill=shade(STEEL, 0.8))
        return slots | {
            "colour": Slot(150, 262, 210, 90),
            "emboss": Slot(420, 284, 160, 46),
            "batch": Slot(170, 360, 170, 40),
        }
    if p.variant == "hammer":
        d.polygon([(566, 262), (520, 214), (508, 226), (548, 300)], fill=STEEL, outline=EDGE)
        d.rounded_rectangle((560, 250, 640, 380), 8, fill=STEEL, outline=EDGE)
        d.rectangle((552, 380, 648, 400), fill=shade(STEEL, 0.85), outline=EDGE)
        return slots | {
            "colour": Slot(150, 282, 260, 56),
            "emboss": Slot(420, 284, 136, 50),
            "batch": Slot(566, 330, 70, 40),
        }
    for cx, hole in ((160, 34), (650, 30)):
        d.ellipse((cx - 58, 250, cx + 58, 366), fill=STEEL, outline=EDGE, width=2)
        d.ellipse((cx - hole, 308 - hole, cx + hole, 308 + hole), fill=WHITE, outline=EDGE)
    d.polygon([(100, 290), (160, 290), (160, 326), (100, 326)], fill=WHITE)
    d.rectangle((200, 284, 600, 332), fill=STEEL, outline=EDGE)
    grip = Slot(210, 286, 150, 44) if p.variant == "torque" else Slot(470, 286, 120, 44)
    return slots | {
        "colour": grip,
        "emboss": Slot(364 if p.variant == "torque" else 210, 286, 200, 44),
        "batch": Slot(250, 350, 300, 36),
    }


def body_watch(d, p):
    strap = shade(p.rgb, 0.9) if p.rgb != COLOURS["gold"][0] else (110, 70, 40)
    d.ellipse((140, 740, 460, 780), fill=FLOOR)
    d.rounded_rectangle((236, 30, 364, 260), 18, fill=strap)
    d.rounded_rectangle((236, 540, 364, 770), 18, fill=strap)
    d.ellipse((120, 220, 480, 580), fill=STEEL, outline=EDGE, width=3)
    d.rectangle((474, 385, 498, 415), fill=STEEL, outline=EDGE)
    d.ellipse((150, 250, 450, 550), fill=(246, 244, 238), outline=EDGE)
    for k in range(12):
        a = math.radians(k * 30)
        d.line(
            [
                (300 + 125 * math.sin(a), 400 - 125 * math.cos(a)),
                (300 + 140 * math.sin(a), 400 - 140 * math.cos(a)),
            ],
            fill=INK,
            width=4,
        )
    d.line([(300, 400), (218, 352)], fill=INK, width=7)
    d.line([(300, 400), (408, 338)], fill=INK, width=4)
    d.ellipse((292, 392, 308, 408), fill=INK)
    return {
        "colour": Slot(120, 220, 361, 361, None, "ring"),
        "logo": Slot(230, 298, 140, 40),
        "font": Slot(230, 440, 140, 40),
        "serial": Slot(246, 596, 108, 30),
        "stitching": Slot(242, 50, 14, 190, tint(strap, 0.6)),
        "hologram": Slot(256, 650, 88, 56),
        "uv": Slot(436, 14, 150, 110),
    }


def body_bearing(d, p):
    cx, cy = 270, 300
    d.ellipse((60, 490, 480, 540), fill=FLOOR)
    d.ellipse((cx - 215, cy - 215, cx + 215, cy + 215), fill=STEEL, outline=EDGE, width=3)
    d.ellipse((cx - 180, cy - 180, cx + 180, cy + 180), fill=p.rgb, outline=EDGE, width=2)
    d.ellipse((cx - 100, cy - 100, cx + 100, cy + 100), fill=STEEL, outline=EDGE, width=2)
    d.ellipse((cx - 66, cy - 66, cx + 66, cy + 66), fill=BG, outline=EDGE, width=2)
    slots = carton(d, (560, 200, 190, 260), (40, -30), p.rgb, MINI_LAYOUT)
    return slots | {
        "logo": Slot(cx - 88, cy - 160, 176, 40, WHITE),
        "batch": Slot(cx - 76, cy + 112, 152, 46, WHITE),
        "uv": Slot(630, 20, 150, 110),
    }


def body_mask(d, p):
    d.ellipse((90, 440, 520, 480), fill=FLOOR)
    outline = [
        (80, 260),
        (140, 170),
        (300, 130),
        (460, 170),
        (520, 260),
        (470, 380),
        (300, 440),
        (130, 380),
    ]
    for side in (-1, 1):
        ex = 300 + side * 220
        d.arc(
            (ex - 70, 150, ex + 70, 370),
            90 if side > 0 else 270,
            270 if side > 0 else 90,
            fill=(200, 204, 210),
            width=5,
        )
    d.polygon(outline, fill=WHITE, outline=(170, 174, 182))
    d.line([(220, 160), (380, 160)], fill=STEEL, width=6)
    return tag_card(d, (590, 150, 175, 330), (512, 262)) | {
        "logo": Slot(190, 180, 220, 50),
        "stitching": Slot(100, 256, 400, 14, (200, 204, 212)),
        "font": Slot(170, 290, 260, 50),
        "uv": UV_SLOT,
    }


def body_ball(d, p):
    cx, cy, r = 290, 300, 210
    d.ellipse((cx - 190, cy + 180, cx + 190, cy + 235), fill=FLOOR)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE, outline=EDGE, width=3)
    for k in range(5):
        a = math.radians(k * 72 + 90)
        d.regular_polygon(
            (cx + 160 * math.cos(a), cy + 160 * math.sin(a), 48),
            5,
            rotation=k * 72 + 180,
            fill=shade(p.rgb, 0.85),
        )
    return tag_card(d, (590, 150, 175, 330)) | {
        "logo": Slot(cx - 100, cy + 62, 200, 46),
        "stitching": Slot(cx - 190, cy + 30, 380, 14),
        "colour": Slot(cx - 50, cy - 110, 100, 100, None, "ellipse"),
        "uv": UV_SLOT,
    }


BODIES = {
    "box": (body_box, (800, 600)),
    "pack": (body_pack, (600, 800)),
    "bottle": (body_bottle, (600, 800)),
    "garment": (body_garment, (800, 600)),
    "shoe": (body_shoe, (800, 600)),
    "bag": (body_bag, (800, 600)),
    "tool": (body_tool, (800, 600)),
    "watch": (body_watch, (600, 800)),
    "bearing": (body_bearing, (800, 600)),
    "mask": (body_mask, (800, 600)),
    "ball": (body_ball, (800, 600)),
}
# which elements of a body become features, the most telling first
PREFERRED = {
    "box": ["logo", "hologram", "batch", "barcode", "seal", "font", "colour", "uv"],
    "pack": ["seal", "logo", "hologram", "batch", "font", "barcode", "colour", "uv"],
    "bottle": ["logo", "seal", "batch", "font", "hologram", "colour", "barcode", "uv"],
    "garment": ["logo", "stitching", "hologram", "font", "barcode", "colour", "batch", "uv"],
    "shoe": ["logo", "stitching", "font", "colour", "hologram", "barcode", "batch", "uv"],
    "bag": ["emboss", "stitching", "serial", "hologram", "colour", "font", "barcode", "uv"],
    "tool": ["emboss", "logo", "hologram", "batch", "barcode", "font", "colour"],
    "watch": ["logo", "serial", "font", "stitching", "colour", "hologram", "uv"],
    "bearing": ["logo", "batch", "hologram", "seal", "barcode", "font", "uv"],
    "mask": ["font", "logo", "stitching", "batch", "hologram", "barcode", "uv"],
    "ball": ["logo", "stitching", "hologram", "barcode", "font", "colour", "batch", "uv"],
}
