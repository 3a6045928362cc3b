"""The results pane narrows while a product page is shown and widens again for the other pages.

A product page needs the width: at 1366x768 its header, picture and features fit one screen only
when the results give up part of theirs. Narrow, the results show the brand and the product's
name (:class:`idguide.ui.officer.resultsview.ColumnFitter`), enough to move to another result with
Up and Down, and the filter bar folds into two rows. A width the officer drags the splitter to is
kept for each of the two.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

WIDE = 0.42  # of the window's width: results with their categories and what matched
NARROW = 0.27  # beside a product page


class Compactable(Protocol):
    def set_compact(self, compact: bool) -> None: ...


class ResultsPane(QObject):
    """Watches which page ``stack`` shows and sizes the splitter's first pane for it; ``parts``
    of the pane are told when it is narrow."""

    def __init__(
        self,
        splitter: QSplitter,
        stack: QStackedWidget,
        product_page: QWidget,
        parts: Sequence[Compactable],
    ) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.product_page = product_page
        self.parts = list(parts)
        self.shares = {False: WIDE, True: NARROW}
        self.narrow = False
        stack.currentChanged.connect(lambda _index: self._follow(stack.currentWidget()))
        splitter.splitterMoved.connect(self._moved)

    def _follow(self, page: QWidget) -> None:
        narrow = page is self.product_page
        if narrow == self.narrow:
            return
        self.narrow = narrow
        total = sum(self.splitter.sizes())
        if total > 0:
            first = max(
                round(total * self.shares[narrow]),
                self.splitter.widget(0).minimumSizeHint().width(),
            )
            self.splitter.setSizes([first, total - first])
        for part in self.parts:
            part.set_compact(narrow)

    def _moved(self, position: int, _index: int) -> None:
        total = sum(self.splitter.sizes())
        if total > 0:
            self.shares[self.narrow] = position / total
