"""A barcode scanner's input from anywhere in the main window, and the product page's own keys.

A keyboard-wedge scanner "types" what it reads: a burst of characters a few milliseconds apart
(a person's keys come 80 ms or more apart), then Enter. 1D scanners type digits; 2D scanners
also type letters, web addresses and ASCII 29 (FNC1, sent as Ctrl+]). Timing is read from the key
events' own timestamps (the X server's, Windows' or macOS's), never from when Python got round to
them. For a key press on a widget of the main window (:meth:`ScannerWatch.on_key`):

- Fields where the officer writes (the note, any text field other than the search box) are left
  alone; the examination has windows of its own, which this does not watch.
- The search box takes keys as typed. A burst of :data:`SCAN_MIN_CHARS` or more that ends with
  Enter replaces the text that was there before it (an officer who clicked into old text).
- On the product page a digit 1-9 chooses that feature (the picture zooms into its call-out),
  F shows the whole picture again while its "Whole picture (F)" button shows (the picture is
  zoomed in), and any other letter goes back to the search box as the start of a new search; in
  the compare view 1-9 choose the feature too.
- Anywhere else (results, filters, home screen, categories) the first character waits
  :data:`HOLD_MS` before going where it was sent, so that a scan's first character never
  changes a filter.
- A character that follows the previous one within :data:`SCAN_GAP_MS` makes a burst: what was
  typed of it so far goes to the search box, which then takes the rest and the Enter.
- A scanner set to send a prefix and a suffix (View > Scanner…, one character each, that no code
  holds: § or ~) is told apart whatever the timing: the prefix starts a new code in the search
  box, the suffix ends it as Enter does (an Enter right after the suffix is dropped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from idguide.catalog.codes import looks_like_gtin
from idguide.catalog.scanning import GS, looks_like_gs1
from idguide.ui.keys import COMMAND_MODIFIERS, key_rules
from idguide.ui.officer.searching import query_text
from idguide.ui.settings import Settings, scanner_mark
from idguide.ui.widgets import plain_label

if TYPE_CHECKING:
    from idguide.ui.mainwindow import MainWindow

SCAN_GAP_MS = 50  # most a scanner leaves between two characters; people take 80 ms and more
SCAN_MIN_CHARS = 6  # the shortest code a scanner types (a UPC-E), before its Enter
HOLD_MS = 120  # how long a lone first character waits for a second before it is delivered
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FEATURE_KEYS = "123456789"
WHOLE_KEY = "F"  # "Whole picture (F)" (idguide.ui.imageview.Gallery), while it shows


def is_whole_code(text: str) -> bool:
    """A barcode number (of a barcode's length, right check digit or not), or a GS1 code from
    its beginning (not a piece cut after its FNC1)."""
    return not text.startswith(GS) and (looks_like_gs1(text) or looks_like_gtin(text))


class ScannerWatch(QObject):
    """Watches the key presses of one main window (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.prefix = self.suffix = ""
        self.apply_settings()
        self._run: list[tuple[str, int]] = []  # the characters of the last run, with timestamps
        self._held: tuple[QWidget, QKeyEvent] | None = None
        self._timer = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._timer.timeout.connect(self._release)
        self._replaying = False
        self._capturing = False  # between the prefix and the suffix (or Enter)
        self._suffix_at: int | None = None  # when the suffix ended a code
        self.action: QAction | None = None  # View > Scanner…, once added
        key_rules().add_hook(window, self.on_key)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self.action is not None:
            self.action.setText(self.tr("Sca&nner…"))  # the language changed: handed on
        return super().event(event)

    # -- the one entry point --------------------------------------------------------------------

    def on_key(self, widget: QWidget, event: QKeyEvent) -> bool:
        """A key press on ``widget`` of the window; True when used here (the widget never sees
        it)."""
        if self._replaying or self.writes(widget):
            return False
        if Qt.Key(event.key()) in ENTER_KEYS:
            return self._enter(widget, event)
        if event.text() == "\n" and widget is self.search_box:
            # a scanner set to end codes with a line feed (LF) rather than Enter (CR)
            self._enter(widget, event)
            self.window.submit_search()
            return True
        char = self.character(event)
        if not char:
            self._release()  # a held key goes first, then this one where it was sent
            self._run.clear()
            return False
        if char == self.prefix:
            self._start_code()
            return True
        fast = self._follows(event)
        if char == self.suffix and (self._capturing or fast or widget is self.search_box):
            self._end_code(event)
            return True
        if not fast:
            self._release()
            self._run = []
        self._run.append((char, event.timestamp()))
        if widget is self.search_box or self._capturing:
            return False  # typed into the box as it comes
        if fast:
            self._drop_held()
            self.window.type_in_search(self.search_box.shown(self.run_text()))
            return True
        return self._first_key(widget, event, char)

    # -- the parts ------------------------------------------------------------------------------

    @property
    def search_box(self) -> QLineEdit:
        return self.window.search_box

    def writes(self, widget: QWidget) -> bool:
        """Whether ``widget`` is a field where the officer writes (not the search box)."""
        if widget is self.search_box:
            return False
        editable_combo = isinstance(widget, QComboBox) and widget.isEditable()
        kinds = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
        return editable_combo or isinstance(widget, kinds)

    def run_text(self) -> str:
        return "".join(char for char, _ in self._run)

    @staticmethod
    def character(event: QKeyEvent) -> str:
        """The character a key press types, "" for a command key (Ctrl+E...) or a non-printing
        key; ASCII 29 (Ctrl+]) is a character here, the FNC1 of a 2D scanner, and so is what
        AltGr types (Windows reports AltGr as Ctrl+Alt: @ on a German keyboard)."""
        text = event.text()
        if text == GS:
            return GS
        if len(text) != 1 or not text.isprintable():
            return ""
        modifiers = event.modifiers()
        alt_gr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if modifiers & COMMAND_MODIFIERS and (modifiers & alt_gr) != alt_gr:
            return ""
        return text

    def _follows(self, event: QKeyEvent) -> bool:
        """Whether ``event`` comes as fast after the run's last character as a scanner types.
        An event stamped 0 carries no time (made by a program, e.g. QTest): never a scan's."""
        if not self._run or event.isAutoRepeat() or not (event.timestamp() and self._run[-1][1]):
            return False
        gap = event.timestamp() - self._run[-1][1]
        return 0 <= gap <= SCAN_GAP_MS

    def _first_key(self, widget: QWidget, event: QKeyEvent, char: str) -> bool:
        """A character that may be a person's key or a scan's first: the product page's and the
        compare view's own keys act at once (a scan that follows replaces the page anyway);
        elsewhere the key waits a moment for a second."""
        window = self.window
        page = window.product_view
        if window.compare.is_open() and window.compare.view.isAncestorOf(widget):
            if char in FEATURE_KEYS:
                window.compare.view.select_feature(int(char))
                return True
            return False
        if widget is page or page.isAncestorOf(widget):
            if char in FEATURE_KEYS:
                page.select_feature(int(char))
                return True
            whole = page.gallery.whole
            if char.upper() == WHOLE_KEY and whole.isVisible():
                whole.click()  # the key the button under a zoomed picture names
                return True
            if char.isalpha():
                window.type_in_search(char)
                return True
            return False
        if char.isspace():
            return False  # no code begins with a space, and Space presses buttons
        self._hold(widget, event)
        return True

    def _enter(self, widget: QWidget, event: QKeyEvent) -> bool:
        after_suffix = event.timestamp() - (self._suffix_at or 0)
        if self._suffix_at and event.timestamp() and 0 <= after_suffix <= SCAN_GAP_MS:
            self._suffix_at = None
            return True  # the scanner's Enter after its suffix: the code is already searched
        self._suffix_at = None
        self._release()
        if widget is self.search_box and self._follows(event) and len(self._run) >= SCAN_MIN_CHARS:
            self._replace_old_text()
            self._scanned(self.run_text())
        self._run = []
        self._capturing = False
        return False  # the search box (or the widget) takes the Enter

    def _replace_old_text(self) -> None:
        """A whole code scanned after old text in the box (the officer had clicked into it):
        the box keeps only the code. Not when the text and the burst together are one code (a
        scanner that paused within a code, at its FNC1 say)."""
        burst, shown = self.run_text(), self.search_box.text()
        scan = self.search_box.shown(burst)
        after_old_text = shown != scan and shown.endswith(scan)
        if after_old_text and is_whole_code(burst) and not is_whole_code(query_text(shown)):
            self.search_box.setText(scan)

    def _scanned(self, burst: str) -> None:
        """A scanner typed ``burst``: a plain barcode number (a 1D scanner's EAN or UPC) is
        checked for the scan-result panel too, as the search controller has 2D codes checked.
        A number typed by hand is a search, not a scan: it opens the product without a panel."""
        if looks_like_gtin(burst) and not looks_like_gs1(burst):
            self.window.scan_results.check_typed(burst)

    def _start_code(self) -> None:
        self._drop_held()
        self._run = []
        self._capturing = True
        self.window.type_in_search("")

    def _end_code(self, event: QKeyEvent) -> None:
        burst = self._follows(event) and len(self._run) >= SCAN_MIN_CHARS
        if self._held is not None:  # the code's one character waits elsewhere
            self._drop_held()
            self.window.type_in_search(self.search_box.shown(self.run_text()))
        elif burst:
            self._replace_old_text()
        if self._capturing:  # all that came since the prefix, however slowly
            self._scanned(query_text(self.search_box.text()))
        elif burst:
            self._scanned(self.run_text())
        self._run = []
        self._capturing = False
        self._suffix_at = event.timestamp()
        self.window.submit_search()

    # -- a held first character -----------------------------------------------------------------

    def _hold(self, widget: QWidget, event: QKeyEvent) -> None:
        copy = QKeyEvent(
            event.type(),
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        self._held = (widget, copy)
        self._timer.start()

    def _drop_held(self) -> None:
        self._timer.stop()
        self._held = None

    def _release(self) -> None:
        """Deliver the held key to the widget it was sent to (no scan followed it)."""
        self._timer.stop()
        held, self._held = self._held, None
        if held is None or not isValid(held[0]):  # (the widget may have gone meanwhile)
            return
        self._replaying = True
        try:
            QApplication.sendEvent(held[0], held[1])
        finally:
            self._replaying = False

    # -- settings -------------------------------------------------------------------------------

    def ask_settings(self) -> None:
        dialog = ScannerDialog(self.window.settings, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings()

    def apply_settings(self) -> None:
        """Use the prefix and suffix the settings hold now."""
        self.prefix = self.window.settings.scanner_prefix
        self.suffix = self.window.settings.scanner_suffix


class ScannerDialog(QDialog):
    """View > Scanner…: the sound for a failed scan or a red result, and the prefix and suffix a
    scanner may send."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Scanner"))
        self.sound = QCheckBox(
            self.tr("&Sound when a scanned code names no product or is red"), self
        )
        self.sound.setChecked(settings.scan_sound)
        self.prefix = self._mark_field(settings.scanner_prefix)
        self.suffix = self._mark_field(settings.scanner_suffix)
        self.problem = plain_label("", self)
        self.problem.setObjectName("scannerProblem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Prefix the scanner sends:"), self.prefix)
        form.addRow(self.tr("S&uffix the scanner sends:"), self.suffix)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sound)
        layout.addWidget(plain_label(self._explanation(), self))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _explanation(self) -> str:
        return self.tr(
            "idguide tells a scanner from a person by its speed. A scanner set to send a prefix "
            "and a suffix around each code is told apart for certain: type them here, one "
            "character each that no code holds (for example § and ~; not a letter, digit, "
            "space or punctuation that codes use). Leave empty when the scanner sends none."
        )

    def _mark_field(self, value: str) -> QLineEdit:
        field = QLineEdit(value, self)
        field.setMaxLength(1)
        field.setFixedWidth(field.fontMetrics().horizontalAdvance("MM") + 16)
        return field

    def accept(self) -> None:
        marks = [field.text() for field in (self.prefix, self.suffix)]
        if any(mark and not scanner_mark(mark) for mark in marks):
            self.problem.setText(
                self.tr(
                    "Use a character that no code holds, such as § or ~: letters, digits, spaces "
                    "and the punctuation of codes would cut codes short."
                )
            )
            self.problem.show()
            return
        if marks[0] and marks[0] == marks[1]:
            self.problem.setText(self.tr("The prefix and the suffix must differ."))
            self.problem.show()
            return
        self.settings.scan_sound = self.sound.isChecked()
        self.settings.scanner_prefix, self.settings.scanner_suffix = marks
        super().accept()


def attach_scanner(window: MainWindow) -> ScannerWatch:
    """Watch ``window``'s keys for a scanner and add View > Scanner… to its menus."""
    watch = ScannerWatch(window)
    view = window.menuBar().findChild(QMenu, "viewMenu")
    if view is not None:
        view.addSeparator()
        watch.action = view.addAction(ScannerWatch.tr("Sca&nner…"))
        watch.action.triggered.connect(lambda _checked=False: watch.ask_settings())
    return watch
