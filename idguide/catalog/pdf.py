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

from idguide.catalog import cleantext, model
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _
from idguide.catalog.paths import assets_dir

PAPERS = {"a4": "A4", "letter": "Letter"}
FONT = "DejaVu"
_PADDING = 1.2
MAX_RENDER_PX = 1400  # long side of a picture placed in a PDF: sharp in print, small files
JPEG_QUALITY = 88  # a photo encoded again for print (scaled down to MAX_RENDER_PX)
_CALLOUT_RGB = (220, 30, 30)


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
            raise IdguideError(
                _("Unknown paper size {paper!r}; use one of: {papers}.").format(
                    paper=paper, papers=", ".join(PAPERS)
                )
            )
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

    @property
    def room(self) -> float:
        """Height left on this page above the bottom margin, in mm."""
        return self.page_break_trigger - self.get_y()

    @property
    def page_height(self) -> float:
        """Usable height of a page between the margins."""
        return self.h - self.t_margin - self.b_margin

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit below the cursor, so that a block of that
        height is not split (one taller than a page starts where it is and flows on)."""
        if height > self.room and height <= self.page_height and self.get_y() > self.t_margin + 1:
            self.add_page()

    def wrap(self, text: str, size: float = 10, bold: bool = False, width: float = 0) -> list[str]:
        """``text`` broken into the lines a paragraph ``width`` mm wide (0: the whole width)
        shows, measured once: the layout is then written line by line with no second pass."""
        if not text:
            return []
        self.set_font(FONT, "B" if bold else "", size)
        lines = self.multi_cell(width, size * 0.5, clean(text), dry_run=True, output="LINES")
        return lines if isinstance(lines, list) else [clean(text)]

    def text_height(
        self,
        text: str,
        size: float = 10,
        bold: bool = False,
        width: float = 0,
        line: float | None = None,
    ) -> float:
        """The height ``text`` takes as a paragraph of ``width`` mm (0: the whole width), with
        ``line`` mm a line (half the font size by default, as :meth:`para` writes)."""
        count = len(self.wrap(text, size, bold, width))
        self.set_font(FONT, size=10)
        return count * (line or size * 0.5)

    def heading(self, text: str, size: float = 16) -> None:
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.5, clean(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, size=10)
        self.ln(1.5)

    SECTION_HEIGHT = 10.5  # the heading bar and the space around it

    def section(self, text: str, keep: float = 12) -> None:
        """A section heading, on the page of the first ``keep`` mm of what it heads."""
        self.set_font(FONT, "B", 12)
        text = clean(text)
        lines = self.multi_cell(0, 7, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)  # what output="LINES" gives
        self.keep(self.SECTION_HEIGHT + 7 * (len(lines) - 1) + keep)
        self.ln(2)
        self.set_font(FONT, "B", 12)
        self.set_fill_color(232, 236, 242)
        # a heading in two languages (a verification request's) may take two lines
        self.multi_cell(0, 7, text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, size=10)
        self.ln(1.5)

    def para(self, text: str, size: float = 10, bold: bool = False) -> None:
        """A paragraph; split over two pages only with at least two lines on each, and kept
        whole when it has four lines or fewer."""
        if not text:
            return
        step = size * 0.5
        lines = self.wrap(text, size, bold)
        fits = int((self.room + 0.01) // step)
        if len(lines) > fits:
            if len(lines) <= 4 or fits < 2:
                self.keep(len(lines) * step)
            elif len(lines) - fits < 2:  # one line would be left alone on the next page
                self._lines(lines[: len(lines) - 2], step)
                self.add_page()
                lines = lines[len(lines) - 2 :]
        self._lines(lines, step)
        self.set_font(FONT, size=10)
        self.ln(0.8)

    def _lines(self, lines: Sequence[str], step: float) -> None:
        for line in lines:
            self.cell(0, step, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def blank_lines(self, count: int, label: str = "", size: float = 10) -> None:
        """``count`` ruled lines to write on by hand, after ``label`` on the first."""
        step = 8.0
        self.keep(count * step)
        self.set_font(FONT, "B", size)
        self.set_draw_color(150)
        for number in range(count):
            top = self.get_y()
            if label and number == 0:
                self.cell(self.get_string_width(clean(label)) + 2, step, clean(label))
            start = self.get_x() if label and number == 0 else self.l_margin
            self.line(start, top + step - 1.5, self.l_margin + self.width, top + step - 1.5)
            self.set_xy(self.l_margin, top + step)
        self.set_draw_color(0)
        self.set_font(FONT, size=10)
        self.ln(1)

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

    def pairs_height(self, rows: Sequence[tuple[str, str]], label_width: float = 42) -> float:
        return sum(len(self._pair_lines(n, v, label_width)) * 5 for n, v in rows if v) + 1

    def _pair_lines(self, name: str, value: str, label_width: float) -> list[tuple[str, str]]:
        names = self.wrap(name, 9.5, bold=True, width=label_width)
        values = self.wrap(value, 9.5, width=self.width - label_width)
        count = max(len(names), len(values))
        return [
            (names[i] if i < len(names) else "", values[i] if i < len(values) else "")
            for i in range(count)
        ]

    def pairs(self, rows: Sequence[tuple[str, str]], label_width: float = 42) -> None:
        """Label: value lines; empty values are left out. A label and its value stay on one
        page."""
        for name, value in rows:
            if not value:
                continue
            lines = self._pair_lines(name, value, label_width)
            self.keep(len(lines) * 5)
            for name_line, value_line in lines:
                self.set_x(self.l_margin)
                self.set_font(FONT, "B", 9.5)
                self.cell(label_width, 5, name_line, new_x=XPos.RIGHT, new_y=YPos.TOP)
                self.set_font(FONT, size=9.5)
                self.cell(0, 5, value_line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
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
        if rows:  # the heading row with the first row at least
            first = [clean(v) for v in rows[0]]
            self.keep(self.grid_start_height(headings, first, widths, size))
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

    def grid_start_height(
        self,
        headings: Sequence[str],
        first: Sequence[str],
        widths: Sequence[float],
        size: float = 9,
    ) -> float:
        """The height of a table's heading row and first row: what must share a page."""
        cells = [clean(v) for v in first]
        return self._row_height(headings, widths, size) + self._row_height(cells, widths, size)

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

    def callouts(
        self, features: Sequence[model.Feature], x: float, y: float, w: float, h: float
    ) -> None:
        """Outline each feature's region on the picture placed at ``x``, ``y`` (``w`` by ``h``
        mm) and tag it with its number, drawn as PDF vectors and text: sharp in print at any
        size, and readable by text extraction (a test, a screen reader)."""
        auto, margin = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False)  # a tag near the page's foot stays on the picture
        self.set_draw_color(*_CALLOUT_RGB)
        self.set_line_width(0.6)
        for feature in features:
            region = feature.region
            if region is None or not region.is_inside_image():
                continue
            box = (x + region.x * w, y + region.y * h, region.w * w, region.h * h)
            self.rect(*box)
            self._tag(str(feature.number), box, (x, y, w, h))
        self.set_line_width(0.2)
        self.set_draw_color(0)
        self.set_auto_page_break(auto, margin)

    def _tag(
        self,
        text: str,
        box: tuple[float, float, float, float],
        picture: tuple[float, float, float, float],
    ) -> None:
        """The number on a red tag above the region's corner (below it at the picture's top)."""
        left, top, _, height = box
        px, py, pw, ph = picture
        self.set_font(FONT, "B", 9)
        tag_w, tag_h = self.get_string_width(text) + 2.6, 4.6
        tx = min(max(left, px), px + pw - tag_w)
        ty = top - tag_h if top - tag_h >= py else min(top + height, py + ph - tag_h)
        self.set_fill_color(*_CALLOUT_RGB)
        self.set_text_color(255)
        self.set_xy(tx, ty)
        self.cell(tag_w, tag_h, text, fill=True, align="C")
        self.set_text_color(0)
        self.set_font(FONT, size=10)

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
            _(
                "Cannot write {path} ({reason}). Choose a folder you may write to, and "
                "check that the disk has free space."
            ).format(path=path, reason=exc.strerror)
        ) from None
    return path
