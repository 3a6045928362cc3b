"""Small building blocks shared by the windows: plain-text labels, headings, banners."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QWidget

# The only fixed colours in the app: a background and a text colour chosen together, so the
# banners read the same in a light and a dark system palette.
BANNERS = {
    "alert": ("#b3261e", "#ffffff"),
    "withdrawn": ("#ffd60a", "#1a1a1a"),
    "demo": ("#4a2c8a", "#ffffff"),
    "revoked": ("#7a0f0a", "#ffffff"),
    "stale": ("#ffb020", "#1a1a1a"),
}

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def plain_label(
    text: str = "", parent: QWidget | None = None, *, selectable: bool = True, wrap: bool = True
) -> QLabel:
    """A label that shows ``text`` as the characters it is: never rich text, links or images."""
    label = _plain(QLabel(parent), selectable, wrap)
    label.setText(text)
    return label


def _plain(label: QLabel, selectable: bool, wrap: bool) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)  # nothing from a bundle ever opens a link by itself
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(SELECTABLE)
    return label


class SaidLabel(QLabel):
    """A plain-text label (as :func:`plain_label`) whose text a function makes from the state it
    was shown for, made again when the interface language changes: "3 products found" in the
    language now."""

    def __init__(
        self, parent: QWidget | None = None, *, selectable: bool = False, wrap: bool = True
    ) -> None:
        super().__init__(parent)
        _plain(self, selectable, wrap)
        self._says: Callable[[], str] = str

    def say(self, says: Callable[[], str]) -> None:
        """Show what ``says`` makes, now and after each change of language."""
        self._says = says
        self.setText(says())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(self._says())
        super().changeEvent(event)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask Yes or No; True for Yes. ``text`` is shown as the characters it is (it may quote a
    title from a file: QMessageBox's own question() would render it as rich text, HTML and
    images included)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` made ``factor`` times larger (point sizes, so it follows the base font)."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    result.setBold(bold or result.bold())
    return result


def heading(text: str, parent: QWidget | None = None, factor: float = 1.15) -> QLabel:
    """A section heading (UI text, not bundle text)."""
    label = plain_label(text, parent, selectable=False)
    label.setFont(scaled(label.font(), factor, bold=True))
    return label


def banner(kind: str, parent: QWidget | None = None) -> QLabel:
    """A coloured strip for alerts, withdrawn entries and the demo content."""
    background, foreground = BANNERS[kind]
    label = plain_label("", parent)
    label.setObjectName(f"{kind}Banner")
    label.setStyleSheet(
        f"QLabel#{kind}Banner {{ background: {background}; color: {foreground}; "
        "border-radius: 4px; padding: 8px 12px; }"
    )
    label.setFont(scaled(label.font(), 1.05, bold=kind != "alert"))
    label.hide()
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
