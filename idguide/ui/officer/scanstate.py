"""The failed-scan state: the right pane says, large and in colour, that the code just scanned
(or typed, then Enter) names no product, readable from a metre away, with a sound so that an
officer scanning one item after another need not look at the screen.

The sound is the system's own (``QApplication.beep``): PySide6-Essentials, which idguide installs,
has no QtMultimedia to play a sound file with. It can be turned off (View > Scanner…).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from idguide.ui.translation import TrContext
from idguide.ui.widgets import plain_label, scaled

# Background and text colours chosen together (as idguide.ui.widgets.BANNERS), readable in a
# light and a dark palette: red asks for a new scan, amber says the code is fine but unknown.
COLOURS = {
    "check-digit": ("#b3261e", "#ffffff"),
    "unreadable": ("#b3261e", "#ffffff"),
    "not-found": ("#ffb020", "#1a1a1a"),
    "filtered": ("#ffb020", "#1a1a1a"),
}


class ScanState(TrContext):
    """The context of this module's texts for Qt's translations."""


@dataclass(frozen=True)
class Failure:
    """Why a code named no product: ``kind`` is a key of :data:`COLOURS`; ``code`` is the code
    as the officer knows it; ``detail`` is the core's message, if any."""

    kind: str
    code: str
    detail: str = ""

    def headline(self) -> str:
        if self.kind == "check-digit":
            return ScanState.tr("Wrong check digit: scan again")
        if self.kind == "unreadable":
            return ScanState.tr("Not a code idguide can read: scan again")
        if self.kind == "filtered":
            return ScanState.tr("Not among the products of the filters chosen: {0}").format(
                self.code
            )
        return ScanState.tr("Not in the catalogue: {0}").format(self.code)

    def hint(self) -> str:
        if self.kind == "filtered":
            return ScanState.tr("Clear the filters above the results and scan again.")
        if self.kind == "not-found":
            return ScanState.tr(
                "No entry in this catalogue carries this barcode. Check the item by hand, or ask "
                "the rights holder; an update of the catalogue may add it."
            )
        return ScanState.tr(
            "Scan again, or type the number printed under the barcode and press Enter."
        )


def beep() -> None:
    """The failed-scan sound (tests replace it)."""
    QApplication.beep()


class ScanStatePage(QWidget):
    """A coloured block filling the right pane, with the failure in large type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failure: Failure | None = None
        self._say_checks: Callable[[], str] | None = None  # what checking the code found
        self.block = QFrame(self)
        self.block.setObjectName("scanState")
        self.headline = plain_label("", self.block)
        self.headline.setFont(scaled(self.headline.font(), 2.4, bold=True))
        self.detail = plain_label("", self.block)
        self.detail.setFont(scaled(self.detail.font(), 1.3))
        self.hint = plain_label("", self.block)
        self.hint.setFont(scaled(self.hint.font(), 1.1))
        # a readable code's checks against the product that was on screen (the scan result)
        self.checks = plain_label("", self.block)
        self.checks.setFont(scaled(self.checks.font(), 1.1))
        self.checks.hide()
        inner = QVBoxLayout(self.block)
        inner.setContentsMargins(32, 32, 32, 32)
        inner.setSpacing(18)
        inner.addStretch(1)
        for label in (self.headline, self.detail, self.hint, self.checks):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(label)
        inner.addStretch(2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.addWidget(self.block)

    def show_failure(self, failure: Failure) -> None:
        self.failure = failure
        background, foreground = COLOURS[failure.kind]
        self.block.setProperty("state", failure.kind)
        self.block.setStyleSheet(
            f"QFrame#scanState {{ background: {background}; border-radius: 8px; }}"
            f"QFrame#scanState QLabel {{ color: {foreground}; }}"
        )
        self.retranslate()
        self.show_checks(None)

    def retranslate(self) -> None:
        """The failure in the interface language now (its detail, the core's message, is set
        again by :meth:`set_detail`)."""
        failure = self.failure
        if failure is None:
            return
        self.headline.setText(failure.headline())
        self.detail.setText(failure.detail)
        self.detail.setVisible(bool(failure.detail))
        self.hint.setText(failure.hint())
        self.setAccessibleName(failure.headline())
        self._show_checks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_detail(self, detail: str) -> None:
        """The core's message about the code, said again (in another language)."""
        if self.failure is not None and self.failure.detail:
            self.failure = replace(self.failure, detail=detail)
            self.retranslate()

    def show_checks(self, say: Callable[[], str] | None) -> None:
        """What checking the code found (a code no product carries, checked against the product
        that was on screen), as ``say`` words it in the interface language, now and after a
        change of language; None hides it."""
        self._say_checks = say
        self._show_checks()

    def _show_checks(self) -> None:
        text = self._say_checks() if self._say_checks is not None else ""
        self.checks.setText(text)
        self.checks.setVisible(bool(text))
