"""Scan a photo (File > Scan a photo…, Ctrl+Shift+O; or a photo dropped on the window): every
code in the photo read and checked in the worker, shown on the photo where it was found, and the
chosen one opened with its result on the product page.

The worker reads the photo within the project's picture limits
(:func:`idguide.catalog.scanning.read_codes`), checks each code that reads as a GS1 code, and
draws each code's outline and number on a small copy of the photo in its result's colour (zxing's
quadrilateral, in the upright photo's pixels). A dropped photo that holds no code goes to the
compare view, as before. From the dialog the photo can go straight into a new examination, with
the code's result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.ui import filedialogs
from idguide.ui.officer.scanresult import COLOURS, headline, level_word, outcome_lines
from idguide.ui.operations import QueryOp
from idguide.ui.widgets import plain_label

if TYPE_CHECKING:
    from idguide.catalog.scanning import ReadCode, Scan, ScanResult
    from idguide.ui.mainwindow import MainWindow

PREVIEW_SIDE = 900  # the longest side of the photo as the dialog shows it
PHOTO_FILTER = QT_TRANSLATE_NOOP("PhotoScanning", "Photos (*.jpg *.jpeg *.png *.webp)")


@dataclass
class FoundCode:
    """One code in the photo: what was read, and its result (None when it is not a GS1 code
    idguide can check: ``scan.problem`` says why)."""

    code: ReadCode
    scan: Scan
    result: ScanResult | None = None


@dataclass
class PhotoScan:
    path: str
    codes: list[FoundCode] = field(default_factory=list)
    preview: bytes = b""  # a PNG: the photo, small, with each code outlined and numbered


def scan_photo(
    catalog: Catalog, path: str, today: date | None, open_product: str, lang: str | None
) -> PhotoScan:
    """Worker side: read every code in the photo at ``path`` and check each."""
    from idguide.catalog.scanning import check, interpret, read_codes

    refuse_catalogue_file(path, catalog.path)  # never open the catalogue's own files
    found = []
    for code in read_codes(path):
        scan = interpret(code.text, gs1=code.gs1)
        result = None
        if scan.read:
            result = check(catalog, scan, today=today, open_product=open_product or None, lang=lang)
        found.append(FoundCode(code, scan, result))
    return PhotoScan(path, found, _preview(path, found) if found else b"")


def _preview(path: str, found: list[FoundCode]) -> bytes:
    """The photo shrunk to :data:`PREVIEW_SIDE`, each code outlined in its colour, numbered."""
    from idguide.catalog.scanning import outlined

    outlines = [
        (
            item.code.position,
            COLOURS[item.result.level.value][0] if item.result else "#1565c0",
            str(n),
        )
        for n, item in enumerate(found, 1)
    ]
    return outlined(path, outlines, PREVIEW_SIDE)


def describe(number: int, item: FoundCode) -> str:
    """One line of the list: the number on the photo, the result and the product."""
    if item.result is None:
        return PhotoScanDialog.tr("{0}. Not checked: not a code idguide can check").format(number)
    names = ", ".join(f"{row.brand} {row.name}" for row in item.result.products)
    level = level_word(item.result.level.value)
    names = names or PhotoScanDialog.tr("not in the catalogue")  # (lupdate skips f-strings)
    return f"{number}. {level} · {names}"


def details(item: FoundCode) -> str:
    """The chosen code's result in words: the verdict, then each check's outcome."""
    if item.result is None:
        return item.scan.problem
    return "\n".join([headline(item.result), outcome_lines(item.result)])


class PhotoScanDialog(QDialog):
    """The photo with its codes outlined, the list of codes; Open shows the chosen one's
    product with its result, Examination starts one with the photo."""

    openRequested = Signal(object)  # the FoundCode chosen
    examinationRequested = Signal(object, str)  # the FoundCode chosen, the photo's path

    def __init__(self, found: PhotoScan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Codes in {0}").format(Path(found.path).name))
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        pixmap.loadFromData(found.preview, "PNG")
        self.picture.setPixmap(pixmap.scaled(640, 480, Qt.AspectRatioMode.KeepAspectRatio))
        self.codes = QListWidget(self)
        for number, item in enumerate(found.codes, 1):
            self.codes.addItem(QListWidgetItem(describe(number, item)))
        self.details = plain_label("", self)  # the chosen code's checks, in words
        self.codes.setCurrentRow(self._first_with_product())
        self.codes.itemActivated.connect(lambda _item: self._open())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open the product"), self)
        self.exam_button = QPushButton(self.tr("Start an &examination with this photo"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.exam_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.exam_button.clicked.connect(self._examine)
        buttons.rejected.connect(self.reject)
        self.codes.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        self.note = plain_label(self.tr("Each code is outlined and numbered on the photo."), self)
        side = QHBoxLayout()
        side.addWidget(self.picture, 3)
        listing = QVBoxLayout()
        listing.addWidget(self.codes, 1)
        listing.addWidget(self.details)
        side.addLayout(listing, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.codes.setFocus()

    def _first_with_product(self) -> int:
        """The worst code that names a product (red first), else the first code."""
        ranked = [
            (-item.result.level.rank, row)
            for row, item in enumerate(self.found.codes)
            if item.result is not None and item.result.products
        ]
        return min(ranked)[1] if ranked else 0

    def chosen(self) -> FoundCode | None:
        row = self.codes.currentRow()
        item = self.found.codes[row] if 0 <= row < len(self.found.codes) else None
        return item if item is not None and item.result and item.result.products else None

    def _update_buttons(self) -> None:
        row = self.codes.currentRow()
        item = self.found.codes[row] if 0 <= row < len(self.found.codes) else None
        self.details.setText(details(item) if item is not None else "")
        has_product = self.chosen() is not None
        self.open_button.setEnabled(has_product)
        self.exam_button.setEnabled(has_product)

    def _open(self) -> None:
        item = self.chosen()
        if item is not None:
            self.accept()
            self.openRequested.emit(item)

    def _examine(self) -> None:
        item = self.chosen()
        if item is not None:
            self.accept()
            self.examinationRequested.emit(item, self.found.path)


class PhotoScanning(QObject):
    """File > Scan a photo…, Ctrl+Shift+O, and photos dropped on the window."""

    scanned = Signal(object)  # PhotoScan, read and checked (before the dialog shows)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PhotoScanDialog | None = None
        self.action = QAction(self.tr("Scan a &photo…"), window)
        self.action.setObjectName("scanPhotoAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.action.triggered.connect(lambda _checked=False: self.choose_photo())
        window.menuBar().actions()[0].menu().insertAction(window.actions_.quit, self.action)
        window.addAction(self.action)  # the shortcut works wherever the focus is
        pages = window.compare.pages  # a photo dropped: scanned first, compared if no code
        pages.pictureDropped.disconnect(window.compare.open_photo)
        pages.pictureDropped.connect(self.dropped)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:  # handed on by the main window
            self.action.setText(self.tr("Scan a &photo…"))
        return super().event(event)

    def choose_photo(self) -> None:
        path = filedialogs.open_file(
            self.window, self.tr("Scan a photo"), "", self.tr(PHOTO_FILTER)
        )
        if path:
            self.scan(path)

    def scan(self, path: str, no_code: object = None) -> None:
        """Read and check the codes in the photo at ``path`` in the worker; show them. With
        ``no_code`` (a callable taking the path), a photo without codes goes there instead."""
        run = partial(
            scan_photo,
            path=path,
            today=self.window.scan_results.today,
            open_product=self.window.current_product(),
            lang=self.window.lang,
        )
        QueryOp(run, partial(self._on_scanned, no_code)).run(self.window.worker)

    def dropped(self, path: str) -> None:
        self.scan(path, no_code=self.window.compare.open_photo)

    def _on_scanned(self, no_code: object, found: PhotoScan) -> None:
        self.scanned.emit(found)
        if not found.codes:
            if callable(no_code):
                no_code(found.path)
            else:
                message = self.tr("No barcode or 2D code was found in {0}.").format(found.path)
                self.window.statusBar().showMessage(message, 8000)
            return
        self.dialog = PhotoScanDialog(found, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.openRequested.connect(self.open_code)
        self.dialog.examinationRequested.connect(self.examine)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None

    def open_code(self, item: FoundCode) -> None:
        """Show the product of ``item`` with its result on top."""
        assert item.result is not None  # the dialog offers only codes with a product
        self.window.scan_results.show_checked(item.result)
        self.window.open_product(item.result.products[0].id, focus=True)

    def examine(self, item: FoundCode, path: str) -> None:
        """A new examination of ``item``'s product with the photo and the code's result."""
        assert item.result is not None
        self.window.scan_results.show_checked(item.result)
        product_id = item.result.products[0].id
        self.window.examinations.start_examination(product_id, photos=[Path(path)])


def attach_photo_scanning(window: MainWindow) -> PhotoScanning:
    return PhotoScanning(window)
