"""The window shown at once when the app starts, before the search core and the main window's
modules are loaded (half a second and more on a slow laptop): Qt only.

It opens where the main window will (idguide.ui.placement, the saved geometry), says the
catalogue is being opened, and takes what the officer (or a barcode scanner) types at once into
a search box; :func:`idguide.ui.app.run_app` then builds the main window, hands it that text and
puts it in its place. This module must not import the catalogue, whoosh or the app's views: a
test records what is loaded when this window is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from idguide.ui.placement import START_SIZE, place

# Not "idguide", the main window's own title, which tools outside the app look for.
TITLE = QT_TRANSLATE_NOOP("StartWindow", "idguide: opening…")


class StartWindow(QMainWindow):
    """Shown first; ``painted`` is emitted once it is on screen."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr(TITLE))  # the interface language's, installed before
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.search_box = QLineEdit(body)
        self.search_box.setPlaceholderText(self.tr("Search…"))
        self.message = QLabel(self.tr("Opening the catalogue…"), body)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.search_box)
        layout.addWidget(self.message, 1)
        self.setCentralWidget(body)
        self._painted = False
        self._placed = False
        self.search_box.setFocus()

    def setVisible(self, visible: bool) -> None:
        """Placed when first shown, as the main window places itself (not before: placing a
        window not yet shown makes Qt's offscreen platform warn)."""
        if visible and not self._placed:
            self._placed = True
            geometry = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "idguide", "idguide"
            ).value("window/geometry")  # as idguide.ui.settings keeps it
            place(self, geometry if geometry else None, START_SIZE)
        super().setVisible(visible)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def typed(self) -> str:
        """What was typed into the search box so far."""
        return self.search_box.text()
