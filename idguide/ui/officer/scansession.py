"""The scan session window (View > Scan session…, Ctrl+Shift+S): the items of a consignment
scanned one after another, one row each, a serial seen twice flagged red as a cloned code.

While the window is open, every code a scanner types into the main window is checked with the
codes scanned before it in the session and kept (:func:`idguide.catalog.scanning.add_scan`,
through a ChangeOp the scan-result panel runs, :mod:`idguide.ui.officer.scanresult`): the product
page still opens as usual, its panel red for a serial seen twice as the session's row is. The
scans are kept as the officer's recent scans (in the user database); "New session" starts
another list (a new consignment).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.i18n import current_language
from idguide.catalog.scanning import outcome_text
from idguide.ui.officer.scanresult import COLOURS, level_word
from idguide.ui.operations import ChangeOp
from idguide.ui.widgets import plain_label

if TYPE_CHECKING:
    from idguide.catalog.scanning import ScanSession, SessionItem
    from idguide.catalog.store import Catalog
    from idguide.ui.mainwindow import MainWindow

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("ScanSessionWindow", "Time"),
    QT_TRANSLATE_NOOP("ScanSessionWindow", "Result"),
    QT_TRANSLATE_NOOP("ScanSessionWindow", "GTIN"),
    QT_TRANSLATE_NOOP("ScanSessionWindow", "Lot"),
    QT_TRANSLATE_NOOP("ScanSessionWindow", "Serial"),
    QT_TRANSLATE_NOOP("ScanSessionWindow", "What was found"),
)


def new_session(catalog: Catalog) -> ScanSession:
    from idguide.catalog.scanning import start_session

    return start_session(catalog)


def summary(item: SessionItem) -> str:
    """The worst outcomes in words: the red ones, else the amber ones, else "no known red flag"."""
    for level in ("red", "amber"):
        # in the interface's language, made from each outcome's code (the stored English
        # words for a row kept before outcomes had codes)
        found = [outcome_text(o, current_language()) for o in item.outcomes if o["level"] == level]
        if found:
            return " ".join(found)
    return ScanSessionWindow.tr("No known red flag.")


class ScanSessionWindow(QWidget):
    """The list of the session's items, newest last."""

    added = Signal(object)  # SessionItem, once kept and listed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.session_id = 0
        self.items: list[SessionItem] = []
        self.resize(900, 420)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = plain_label("", self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language now, the rows' words too."""
        self.setWindowTitle(self.tr("Scan session"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.new_button.setText(self.tr("&New session"))
        for row, item in enumerate(self.items):
            self.table.item(row, 2).setText(level_word(item.level))
            self.table.item(row, 6).setText(summary(item))
        self._say_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say_count(self) -> None:
        if not self.items:
            self.status.setText(self.tr("Scan the items one after another."))
            return
        reds = sum(i.level == "red" for i in self.items)
        scanned = self.tr("%n item(s) scanned, {0} red.", "", len(self.items))
        self.status.setText(scanned.format(reds))

    def start(self) -> None:
        """A new, empty session (a new consignment)."""
        self.session_id = 0
        self.items = []
        self.table.setRowCount(0)
        self._say_count()
        ChangeOp(new_session, self._on_started, initiator=self).run(self.window_.worker)

    def _on_started(self, session: ScanSession) -> None:
        self.session_id = session.id

    def list_item(self, item: SessionItem) -> None:
        """A code scanned and kept in a session: listed if it is this session's."""
        if item.session_id != self.session_id:
            return  # a session that was replaced meanwhile
        self.items.append(item)
        row = self.table.rowCount()
        self.table.insertRow(row)
        background, foreground = COLOURS[item.level]
        texts = (
            str(item.number),
            item.scanned_at[11:19],
            level_word(item.level),
            item.gtin,
            item.lot,
            item.serial,
            summary(item),
        )
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            if column == 2:
                cell.setBackground(QBrush(QColor(background)))
                cell.setForeground(QBrush(QColor(foreground)))
            self.table.setItem(row, column, cell)
        self.table.scrollToBottom()
        self._say_count()
        self.added.emit(item)


class ScanSessions(QObject):
    """View > Scan session… (Ctrl+Shift+S) on the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: ScanSessionWindow | None = None
        view_menu = window.menuBar().findChild(QMenu, "viewMenu")
        action = view_menu.addAction(ScanSessionWindow.tr("Scan s&ession…"))
        action.setObjectName("scanSessionAction")
        action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        action.triggered.connect(lambda _checked=False: self.open())
        self.action = action

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:  # handed on by the main window
            self.action.setText(ScanSessionWindow.tr("Scan s&ession…"))
        return super().event(event)

    def running(self) -> ScanSessionWindow | None:
        """The session window, while it is open and its session started; else None."""
        view = self.view
        return view if view is not None and view.isVisible() and view.session_id else None

    def open(self) -> ScanSessionWindow:
        """Show the session window; a new session starts when it is first opened."""
        if self.view is None:
            self.view = ScanSessionWindow(self.window)
            self.view.start()
        self.view.show()
        self.view.raise_()
        self.window.activateWindow()  # the scanner types into the main window
        return self.view


def attach_scan_sessions(window: MainWindow) -> ScanSessions:
    return ScanSessions(window)
