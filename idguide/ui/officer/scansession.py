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

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from idguide.ui.officer.scanresult import COLOURS
from idguide.ui.operations import ChangeOp
from idguide.ui.widgets import plain_label

if TYPE_CHECKING:
    from idguide.catalog.scanning import ScanSession, SessionItem
    from idguide.catalog.store import Catalog
    from idguide.ui.mainwindow import MainWindow

COLUMNS = ("#", "Time", "Result", "GTIN", "Lot", "Serial", "What was found")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScanSession", text)


def new_session(catalog: Catalog) -> ScanSession:
    from idguide.catalog.scanning import start_session

    return start_session(catalog)


def summary(item: SessionItem) -> str:
    """The worst outcomes in words: the red ones, else the amber ones, else "no known red flag"."""
    for level in ("red", "amber"):
        found = [o["message"] for o in item.outcomes if o["level"] == level]
        if found:
            return " ".join(found)
    return _tr("No known red flag.")


class ScanSessionWindow(QWidget):
    """The list of the session's items, newest last."""

    added = Signal(object)  # SessionItem, once kept and listed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.session_id = 0
        self.items: list[SessionItem] = []
        self.setWindowTitle(_tr("Scan session"))
        self.resize(900, 420)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = plain_label(_tr("Scan the items one after another."), self)
        self.new_button = QPushButton(_tr("&New session"), self)
        self.new_button.clicked.connect(self.start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def start(self) -> None:
        """A new, empty session (a new consignment)."""
        self.session_id = 0
        self.items = []
        self.table.setRowCount(0)
        self.status.setText(_tr("Scan the items one after another."))
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
            item.level.upper(),
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
        reds = sum(i.level == "red" for i in self.items)
        self.status.setText(_tr("{0} item(s) scanned, {1} red.").format(len(self.items), reds))
        self.added.emit(item)


class ScanSessions:
    """View > Scan session… (Ctrl+Shift+S) on the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view: ScanSessionWindow | None = None
        view_menu = window.menuBar().findChild(QMenu, "viewMenu")
        action = view_menu.addAction(_tr("Scan &session…"))
        action.setObjectName("scanSessionAction")
        action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        action.triggered.connect(lambda _checked=False: self.open())
        self.action = action

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
