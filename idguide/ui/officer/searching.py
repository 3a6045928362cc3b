"""Search as you type: the search box and the controller that asks the worker.

The first keystroke after a pause is searched at once (a search takes milliseconds, and the
officer sees results for the first letter straight away); keystrokes that follow within
``DEBOUNCE_MS`` of each other are held and searched as one when typing pauses. Every
request carries a sequence number; an answer whose number is not the latest is dropped, so a
slow, older answer never replaces a newer one. A newer request also cancels an older one still
waiting in the worker's queue. When the catalogue changes, :meth:`SearchController.refresh` asks
again for what is shown and answers with ``refreshed``, so the page shown and the history stay.

What a 2D scanner types (GS1 element strings, their printed ``(01)`` form, a Digital Link) is
read by the core in the worker and looked up by its GTIN; ``scanned`` says what the code held,
the seam for the scan-result panel. The FNC1 separator such a scanner types as ASCII 29, which a
text box drops, shows as ``␝`` in the box (``¦`` where its font has no ``␝``).
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from idguide.catalog import Interrupted, InvalidCodeError, Results
from idguide.catalog.finding import MAX_QUERY_CHARS, FacetCounts
from idguide.catalog.scanning import GS, looks_like_gs1
from idguide.ui.errors import show_error
from idguide.ui.officer.ops import ScanAnswer, count_products, search_products, search_scanned
from idguide.ui.operations import QueryOp
from idguide.ui.worker import Task, Worker

DEBOUNCE_MS = 150
RESULT_LIMIT = 50
# How the search box shows ASCII 29: ␝ ("symbol for group separator"), or ¦ where the box's
# font has no ␝ (many Linux fonts: it would show as an empty box). Neither is in any code.
GS_MARKS = ("\u241d", "\u00a6")


def query_text(shown: str) -> str:
    """The text to search for, from the text in the box (each ␝ or ¦ is the scanner's
    ASCII 29)."""
    for mark in GS_MARKS:
        shown = shown.replace(mark, GS)
    return shown


class SearchBox(QLineEdit):
    """The search field. Up/Down/PageUp/PageDown move through the results, Esc clears; a
    scanner's ASCII 29 is shown as ␝."""

    moveRequested = Signal(int)  # rows to move by

    STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
        Qt.Key.Key_PageUp: -10,
        Qt.Key.Key_PageDown: 10,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMaxLength(MAX_QUERY_CHARS)  # a GS1 Digital Link fits; the core refuses more
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Brand, product, barcode or HS code (e.g. 8204.11)"))
        self.setAccessibleName(self.tr("Search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self.STEPS:
            self.moveRequested.emit(self.STEPS[key])
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.text() == GS:  # Ctrl+], as a 2D scanner types FNC1: a text box drops it
            self.insert(self.shown(GS))
        else:
            super().keyPressEvent(event)

    def shown(self, typed: str) -> str:
        """``typed`` as the box shows it: ASCII 29 as ␝ (or ¦, see :data:`GS_MARKS`)."""
        has_mark = QFontMetrics(self.font()).inFontUcs4(ord(GS_MARKS[0]))
        return typed.replace(GS, GS_MARKS[0] if has_mark else GS_MARKS[1])


class SearchController(QObject):
    """Turns the text typed into searches in the worker and the latest answer into signals."""

    answered = Signal(object, str)  # Results, the query they answer
    refreshed = Signal(object, str)  # Results asked for again after the catalogue changed
    counted = Signal(object, str)  # FacetCounts of every match (after ``answered``), the query
    refused = Signal(str, str)  # message (e.g. a wrong check digit), query
    cleared = Signal()  # the query is empty and no filter is chosen
    scanned = Signal(object)  # Scan: what a 2D scanner's code held (before ``answered``)

    def __init__(self, worker: Worker, lang: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._lang = lang
        self._text = ""
        self._seq = 0
        self._answered_seq = 0
        self._task: Task | None = None
        self._count_task: Task | None = None
        self.filters: tuple[str, str, str] = ("", "", "")  # category, brand, content language
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_pause)
        self._held = False  # text changed while the timer ran: search it at the pause

    def set_text(self, text: str) -> None:
        """The officer typed: search for ``text`` now if typing had paused, else at the pause."""
        self._text = text
        if self._count_task is not None:
            self._count_task.cancel()  # counts for the text before are of no use now
        if self._timer.isActive():
            self._held = True
        else:
            self.flush()
        self._timer.start()

    def _on_pause(self) -> None:
        if self._held:
            self.flush()

    def set_filters(self, filters: tuple[str, str, str]) -> None:
        """Search again now, keeping only products of this category, brand and language."""
        self.filters = filters
        self.flush()

    def set_lang(self, lang: str | None) -> None:
        """Name the rows in ``lang`` from the next search on."""
        self._lang = lang

    @property
    def text(self) -> str:
        return self._text

    def flush(self) -> None:
        """Search for the current text now (e.g. Enter pressed before the pause)."""
        self._search(self.answered)

    def refresh(self) -> None:
        """Search again for what is shown (the catalogue changed); answer with ``refreshed``."""
        if self.is_current():
            self._search(self.refreshed, again=True)
        # else a search for newer text is on its way and will read the changed catalogue

    def _search(self, answer: SignalInstance, again: bool = False) -> None:
        self._held = False
        seq = self._next_seq()
        if not self._text.strip() and not any(self.filters):
            self._answered_seq = seq
            self.cleared.emit()
            return
        category, brand, content_lang = self.filters
        query = query_text(self._text)
        scanned = looks_like_gs1(query)
        search = partial(
            search_scanned if scanned else search_products,
            query=query,
            lang=self._lang,
            limit=RESULT_LIMIT + 1,  # one more, to know whether there are more than shown
            category=category,
            brand=brand,
            content_lang=content_lang,
        )
        # a code read again is not scanned again (a scan session would count it twice)
        deliver = partial(self.deliver_scan, again=again) if scanned else self.deliver
        self._task = QueryOp(
            search,
            partial(deliver, seq, self._text, answer),
            partial(self.deliver_error, seq, self._text),
        ).run(self._worker)

    def _next_seq(self) -> int:
        for task in (self._task, self._count_task):
            if task is not None:
                task.cancel()  # an older search still queued need not run at all
        self._seq += 1
        return self._seq

    def is_current(self) -> bool:
        """True when the last answer shown is for the text in the box."""
        return not self._held and self._answered_seq == self._seq

    def deliver(
        self, seq: int, text: str, answer: SignalInstance, results: Results, counted: str = ""
    ) -> None:
        if seq != self._seq:
            return  # a newer search was asked for: this answer is stale
        self._answered_seq = seq
        answer.emit(results, text)
        self._count(seq, text, counted or query_text(text))

    def deliver_scan(
        self, seq: int, text: str, answer: SignalInstance, found: ScanAnswer, again: bool = False
    ) -> None:
        """A 2D scanner's code, read: what it held (unless read ``again``), then its GTIN's
        products or why it could not be read."""
        if seq != self._seq:
            return
        if not again:
            self.scanned.emit(found.scan)
        if found.scan.read:
            self.deliver(seq, text, answer, found.results, counted=found.scan.gtin)
        else:
            self._answered_seq = seq
            self.refused.emit(found.scan.problem, text)

    def _count(self, seq: int, text: str, query: str) -> None:
        """Count every match for the filters, after the results are on screen: on a large
        catalogue that reads many more postings than the best 50 do. A newer search cancels it."""
        category, brand, content_lang = self.filters
        count = partial(
            count_products, query=query, category=category, brand=brand, content_lang=content_lang
        )
        self._count_task = QueryOp(
            count,
            partial(self.deliver_counts, seq, text),
            partial(self.deliver_error, seq, text),
            cancellable=True,
        ).run(self._worker)

    def deliver_counts(self, seq: int, text: str, counts: FacetCounts) -> None:
        if seq == self._seq and text == self._text:
            self.counted.emit(counts, text)

    def deliver_error(self, seq: int, text: str, exc: BaseException) -> None:
        if seq != self._seq or isinstance(exc, Interrupted):
            return  # stale, or cancelled because a newer search replaced it
        self._answered_seq = seq
        if isinstance(exc, InvalidCodeError):
            self.refused.emit(str(exc), text)
        else:
            show_error(self._widget(), exc)

    def _widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None
