"""Shared PDF plumbing for handouts and verification requests (fpdf2, no Qt).

Every text from a bundle or from the officer is written as plain text (``markdown`` off) in an
embedded DejaVu Sans, which covers the accents of the languages idguide is used in. What the one
rule for text refuses (control and bidi-override characters) is dropped, so a text of any age
cannot upset the layout.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from idguide.catalog import cleantext, model
from idguide.catalog.errors import IdguideError
from idguide.catalog.paths import assets_dir

PAPERS = {"a4": "A4", "letter": "Letter"}
FONT = "DejaVu"
_PADDING = 1.2
MAX_RENDER_PX = 1400  # long side of a picture placed in a PDF: sharp in print, small files
JPEG_QUALITY = 88  # a photo encoded again for print (scaled down, or call-outs drawn on it)


def clean(text: object) -> str:
    """Plain text safe for the page: nothing the one rule for text refuses (control and
    bidi-override characters, see idguide.catalog.cleantext), tabs as spaces."""
    return cleantext.strip(str(text)).replace("\t", "    ")


def font_path(bold: bool = False) -> Path:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return assets_dir() / "fonts" / name


class Document(FPDF):
    """A page with idguide's fonts, margins and a footer line with page numbers."""

    def __init__(self, paper: str, footer_text: str) -> None:
        fmt = PAPERS.get(paper.lower())
        if fmt is None:
            raise IdguideError(f"Unknown paper size {paper!r}; use one of: {', '.join(PAPERS)}.")
        super().__init__(format=fmt)
        self.add_font(FONT, "", str(font_path()))
        self.add_font(FONT, "B", str(font_path(bold=True)))
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)
        self.footer_text = clean(footer_text)
        self.set_font(FONT, size=10)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, size=7.5)
        self.set_text_color(110)
        self.cell(0, 5, f"{self.footer_text}   ·   {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0)

    @property
    def width(self) -> float:
        """Usable width between the margins."""
        return self.w - self.l_margin - self.r_margin

    def heading(self, text: str, size: float = 16) -> None:
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.5, clean(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, size=10)
        self.ln(1.5)

    def section(self, text: str) -> None:
        if self.will_page_break(25):
            self.add_page()
        self.ln(2)
        self.set_font(FONT, "B", 12)
        self.set_fill_color(232, 236, 242)
        self.cell(0, 7, clean(text), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, size=10)
        self.ln(1.5)

    def para(self, text: str, size: float = 10, bold: bool = False) -> None:
        if not text:
            return
        self.set_font(FONT, "B" if bold else "", size)
        self.multi_cell(0, size * 0.5, clean(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, size=10)
        self.ln(0.8)

    def banner(self, text: str, rgb: tuple[int, int, int]) -> None:
        self.set_font(FONT, "B", 11)
        self.set_fill_color(*rgb)
        self.set_text_color(255)
        self.multi_cell(
            0, 7, clean(text), fill=True, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0)
        self.set_font(FONT, size=10)
        self.ln(2)

    def pairs(self, rows: Sequence[tuple[str, str]], label_width: float = 42) -> None:
        """Label: value lines; empty values are left out."""
        for name, value in rows:
            if not value:
                continue
            if self.will_page_break(6):
                self.add_page()
            top = self.get_y()
            self.set_font(FONT, "B", 9.5)
            self.multi_cell(label_width, 5, clean(name), align="L", new_x=XPos.LMARGIN)
            bottom, page = self.get_y(), self.page_no()
            self.set_xy(self.l_margin + label_width, top)
            self.set_font(FONT, size=9.5)
            self.multi_cell(0, 5, clean(value), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if self.page_no() == page and self.get_y() < bottom:
                self.set_y(bottom)
        self.set_font(FONT, size=10)
        self.ln(1)

    def grid(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float = 9,
    ) -> None:
        """A table with wrapping cells; the heading row repeats on each new page.

        A table row cannot break across pages, so a row too tall for one page is printed as
        labelled paragraphs instead, between the table rows around it.
        """
        batch: list[Sequence[str]] = []
        for values in rows:
            cells = [clean(v) for v in values]
            if self._row_height(cells, widths, size) < self._page_room():
                batch.append(cells)
                continue
            self._table(headings, batch, widths, size)
            batch = []
            self._block(headings, cells, size)
        self._table(headings, batch, widths, size)

    def _table(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float,
    ) -> None:
        if not rows:
            return
        self.set_font(FONT, size=size)
        self.set_draw_color(170)
        self.set_fill_color(255)
        with self.table(
            col_widths=tuple(widths),
            width=self.width,
            line_height=size * 0.5,
            text_align="LEFT",
            headings_style=_heading_style(),
            padding=_PADDING,
            markdown=False,
        ) as table:
            head = table.row()
            for text in headings:
                head.cell(clean(text))
            for values in rows:
                row = table.row()
                for value in values:
                    row.cell(value)
        self.set_draw_color(0)
        self.set_font(FONT, size=10)
        self.ln(2)

    def _block(self, headings: Sequence[str], cells: Sequence[str], size: float) -> None:
        for heading, value in zip(headings, cells, strict=False):
            if value:
                self.para(
                    f"{clean(heading)}: {value}" if len(value) < 60 else clean(heading),
                    size=size,
                    bold=True,
                )
                if len(value) >= 60:
                    self.para(value, size=size)
        self.ln(2)

    def _row_height(self, cells: Sequence[str], widths: Sequence[float], size: float) -> float:
        self.set_font(FONT, size=size)
        total = sum(widths)
        lines = 1
        for value, share in zip(cells, widths, strict=False):
            width = self.width * share / total - 2 * _PADDING
            found = self.multi_cell(width, size * 0.5, value, dry_run=True, output="LINES")
            lines = max(lines, len(found) if isinstance(found, list) else 1)
        return lines * size * 0.5 + 2 * _PADDING

    def _page_room(self) -> float:
        """Height a table row may have: a full page less the heading row and some air."""
        return self.h - self.t_margin - self.b_margin - 20

    def picture(self, picture: Printable, max_w: float, max_h: float) -> tuple[float, float]:
        """Place ``picture`` at the cursor, scaled to fit ``max_w`` x ``max_h`` mm; return size."""
        scale = min(max_w / picture.width, max_h / picture.height)
        w, h = picture.width * scale, picture.height * scale
        self.image(picture.content, x=self.get_x(), y=self.get_y(), w=w, h=h)
        return w, h


def _heading_style() -> object:
    from fpdf.fonts import FontFace

    return FontFace(family=FONT, emphasis="BOLD", fill_color=(232, 236, 242))


@dataclass(frozen=True)
class Printable:
    """A picture ready for the page. fpdf2 keeps JPEG bytes as they are (DCT) but stores the
    pixels of a Pillow image losslessly (Flate): a 400 KB photo would take 3.7 MB. So a photo
    travels as JPEG bytes, and only drawings and screenshots (PNG) as pixels."""

    content: bytes | PILImage.Image
    width: int
    height: int

    @property
    def is_jpeg(self) -> bool:
        return isinstance(self.content, bytes)

    @classmethod
    def of(cls, picture: PILImage.Image, photo: bool) -> Printable:
        """``picture`` as a JPEG if it is a ``photo``, else as its pixels."""
        if not photo:
            return cls(picture, picture.width, picture.height)
        out = io.BytesIO()
        picture.convert("RGB").save(out, format="JPEG", quality=JPEG_QUALITY)
        return cls(out.getvalue(), picture.width, picture.height)


def printable(data: bytes) -> Printable:
    """Stored picture bytes for the page: a JPEG no larger than :data:`MAX_RENDER_PX` goes in as
    its own bytes; a larger one is scaled down to that and encoded again; other formats go in as
    pixels."""
    with PILImage.open(io.BytesIO(data)) as opened:
        photo, plain = opened.format == "JPEG", opened.mode in ("RGB", "L")
        if photo and plain and max(opened.size) <= MAX_RENDER_PX:
            return Printable(data, *opened.size)
    return Printable.of(render_image(data), photo)


def is_photo(data: bytes) -> bool:
    """True for JPEG bytes: a photo, printed as a JPEG (see :class:`Printable`)."""
    return data[:3] == b"\xff\xd8\xff"


def render_image(data: bytes) -> PILImage.Image:
    """Decode stored picture bytes into an RGB image no larger than :data:`MAX_RENDER_PX`.

    Memory stays within one decoded picture of the limits (images.MAX_PIXELS, at most four
    bytes a pixel): a JPEG is decoded already reduced (draft), and a picture is made small
    before it is converted to RGB where its mode allows."""
    with PILImage.open(io.BytesIO(data)) as opened:
        opened.draft("RGB", (MAX_RENDER_PX, MAX_RENDER_PX))
        if opened.mode in ("1", "P"):  # these scale only by dropping pixels: convert first
            picture = opened.convert("RGB")
            picture.thumbnail((MAX_RENDER_PX, MAX_RENDER_PX))
            return picture
        opened.thumbnail((MAX_RENDER_PX, MAX_RENDER_PX))
        return opened.convert("RGB")


def draw_callouts(picture: PILImage.Image, features: Sequence[model.Feature]) -> PILImage.Image:
    """A copy of ``picture`` with each feature's region outlined and numbered."""
    marked = picture.copy()
    draw = ImageDraw.Draw(marked)
    side = max(marked.width, marked.height)
    line = max(2, side // 220)
    font = ImageFont.truetype(str(font_path(bold=True)), max(12, side // 28))
    for feature in features:
        region = feature.region
        if region is None or not region.is_inside_image():
            continue
        box = (
            region.x * marked.width,
            region.y * marked.height,
            (region.x + region.w) * marked.width,
            (region.y + region.h) * marked.height,
        )
        draw.rectangle(box, outline=(220, 30, 30), width=line)
        _number_tag(draw, font, str(feature.number), box, marked.size)
    return marked


def _number_tag(
    draw: ImageDraw.ImageDraw,
    font: ImageFont.FreeTypeFont,
    label: str,
    box: tuple[float, float, float, float],
    size: tuple[int, int],
) -> None:
    left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
    pad = max(3, (bottom - top) // 4)
    tag_w, tag_h = right - left + 2 * pad, bottom - top + 2 * pad
    x = min(max(box[0], 0), size[0] - tag_w)
    y = box[1] - tag_h if box[1] - tag_h >= 0 else min(box[3], size[1] - tag_h)
    draw.rectangle((x, y, x + tag_w, y + tag_h), fill=(220, 30, 30))
    draw.text((x + pad - left, y + pad - top), label, fill=(255, 255, 255), font=font)


def save(document: Document, path: Path) -> Path:
    """Write the PDF to ``path`` through a temporary file, so a failure leaves no half file."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        document.output(str(temporary))
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise IdguideError(
            f"Cannot write {path} ({exc.strerror}). Choose a folder you may write to, "
            "and check that the disk has free space."
        ) from None
    return path
