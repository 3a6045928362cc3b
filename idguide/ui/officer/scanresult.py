"""The scan-result panel on top of the product page: what checking the code just scanned against
the catalogue found, red, amber or green, and each check's outcome in words.

A 2D scanner's code (the search controller's ``scanned``), a barcode number a 1D scanner typed
(told from a person's typing by :mod:`idguide.ui.officer.scanner`) or a code read from a photo is
checked in the worker (:func:`idguide.catalog.scanning.check`, through a QueryOp; while a scan
session is open, :func:`~idguide.catalog.scanning.add_scan` through a ChangeOp, with the codes
scanned before it in the session, so a serial seen twice is red here too). The result is shown
on the page of a product that carries the code once that page is on screen, with the failed-scan
sound for red (unless turned off: View > Scanner…). The code is compared with the product on
screen only when the officer opened it, not when the scan before did (items scanned one after
another are each checked alone). Green says "no known red flag", never "genuine". Typing a new
search puts the result away. The result also goes into an examination started from that page
(:meth:`ScanResults.for_examination`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from idguide.catalog.changes import CarriesChanges
from idguide.ui.officer import scanstate
from idguide.ui.operations import ChangeOp, QueryOp
from idguide.ui.widgets import plain_label, scaled

if TYPE_CHECKING:  # the scanning package loads when a code is first checked, in the worker
    from idguide.catalog.scanning import Scan, ScanResult, SessionItem
    from idguide.catalog.store import Catalog
    from idguide.ui.mainwindow import MainWindow
    from idguide.ui.officer.scansession import ScanSessionWindow

# Background and text colours chosen together (as idguide.ui.widgets.BANNERS), readable in a
# light and a dark palette.
COLOURS = {
    "red": ("#b3261e", "#ffffff"),
    "amber": ("#ffb020", "#1a1a1a"),
    "green": ("#1e7b34", "#ffffff"),
}
# Each level's word, as a list of results shows it (a photo's codes, a scan session's rows).
LEVELS = {
    "red": QT_TRANSLATE_NOOP("ScanResultPanel", "RED"),
    "amber": QT_TRANSLATE_NOOP("ScanResultPanel", "AMBER"),
    "green": QT_TRANSLATE_NOOP("ScanResultPanel", "GREEN"),
}


def headline(result: ScanResult) -> str:
    level = result.level.value
    if level == "red":
        return ScanResultPanel.tr("RED: a known red flag. Hold the item.")
    if level == "amber":
        return ScanResultPanel.tr("AMBER: look closer before deciding.")
    return ScanResultPanel.tr("GREEN: no known red flag (this does not prove the item genuine).")


def level_word(level: str) -> str:
    """ "RED", "AMBER" or "GREEN" in the officer's language."""
    return ScanResultPanel.tr(LEVELS[level])


def check_scan(
    catalog: Catalog,
    scan: Scan | str,
    today: date | None,
    open_product: str,
    lang: str | None,
) -> ScanResult | None:
    """Worker side: every check on ``scan`` (see :mod:`idguide.catalog.scanning.checks`), or
    on what a 1D scanner typed, read first; None for a code that cannot be read (the search
    says why)."""
    from idguide.catalog.scanning import check, interpret  # they load biip: here, in the worker

    if isinstance(scan, str):
        scan = interpret(scan)
        if not scan.read:
            return None
    return check(catalog, scan, today=today, open_product=open_product or None, lang=lang)


@dataclass
class Kept(CarriesChanges):
    """A code scanned in a scan session: its result, and the session's new item (both None
    for a code that cannot be read)."""

    result: ScanResult | None = None
    item: SessionItem | None = None


def check_in_session(
    catalog: Catalog,
    session_id: int,
    scan: Scan | str,
    today: date | None,
    open_product: str,
    lang: str | None,
) -> Kept:
    """Worker side: as :func:`check_scan`, with the codes scanned before in the session (a
    serial seen twice is red), the code kept as the session's next item."""
    from idguide.catalog.scanning import add_scan, interpret

    if isinstance(scan, str):
        scan = interpret(scan)
        if not scan.read:
            return Kept()
    item = add_scan(
        catalog, session_id, scan, today=today, lang=lang, open_product=open_product or None
    )
    return Kept(item.result, item).carrying(item.op_changes)


class ScanResultPanel(QFrame):
    """A coloured block: the level in large type, then each check's outcome, one a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanResult")
        self.result: ScanResult | None = None
        self.headline = plain_label("", self)
        self.headline.setFont(scaled(self.headline.font(), 1.5, bold=True))
        self.code = plain_label("", self)
        self.outcomes = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        for label in (self.headline, self.code, self.outcomes):
            layout.addWidget(label)
        self.hide()

    def show_result(self, result: ScanResult) -> None:
        self.result = result
        level = result.level.value
        background, foreground = COLOURS[level]
        self.setProperty("level", level)
        self.setStyleSheet(
            f"QFrame#scanResult {{ background: {background}; border-radius: 6px; }}"
            f"QFrame#scanResult QLabel {{ color: {foreground}; }}"
        )
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        """The words in the interface language now, the checks' messages too (made again from
        each outcome's code in the core's language, which follows the interface's)."""
        result = self.result
        if result is None:
            return
        self.headline.setText(headline(result))
        self.code.setText(self.tr("Scanned: {0}").format(described(result.scan)))
        self.outcomes.setText(outcome_lines(result))
        self.setAccessibleName(headline(result))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.result = None
        self.hide()


MARKS = {"red": "✖", "amber": "▲", "green": "✔"}


def outcome_lines(result: ScanResult) -> str:
    """Each check's outcome, one a line, marked by its level."""
    return "\n".join(f"{MARKS[o.level.value]}  {o.message}" for o in result.outcomes)


def described(scan: Scan) -> str:
    """What the code held, as the officer reads it on the label."""
    parts = [ScanResultPanel.tr("GTIN {0}").format(scan.gtin)]
    if scan.lot:
        parts.append(ScanResultPanel.tr("lot {0}").format(scan.lot))
    if scan.serial:
        parts.append(ScanResultPanel.tr("serial {0}").format(scan.serial))
    if scan.expiry:
        parts.append(ScanResultPanel.tr("expiry {0}").format(scan.expiry.isoformat()))
    return " · ".join(parts)


class ScanResults(QObject):
    """Checks each scanned code and shows its result on the product page it belongs to."""

    checked = Signal(object)  # ScanResult, once known (before it is on screen)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.product_view.scan_result
        self.result: ScanResult | None = None
        self.scanned_at = ""
        self.today: date | None = None  # None: the real day (tests fix it)
        self._seq = 0
        self._beeped: ScanResult | None = None
        # The page a scan's result was shown on: the next code is not compared with it (items
        # scanned one after another), only with a page the officer opened otherwise.
        self._scanned_page = ""
        window.search.scanned.connect(self.check)
        window.search_box.textChanged.connect(self._put_away)
        window.productShown.connect(self._on_product_shown)

    def check(self, scan: Scan) -> None:
        """Check ``scan`` in the worker against the catalogue and the product on screen."""
        self._put_away()
        if not scan.read:
            return  # the failed-scan state says why (idguide.ui.officer.scanstate)
        self._check(scan)

    def check_typed(self, text: str) -> None:
        """Check the barcode number a 1D scanner typed (:mod:`idguide.ui.officer.scanner`), as
        a 2D scanner's code is; one that cannot be read (a wrong check digit) shows nothing
        here: the failed-scan state says why."""
        self._put_away()
        self._check(text)

    def _check(self, scan: Scan | str) -> None:
        """In a scan session (its window open), checked with the session's codes and kept in
        it; else checked alone."""
        self._seq += 1
        window = self.window
        shown = window.current_product()
        facts = {
            "scan": scan,
            "today": self.today,
            "open_product": "" if shown == self._scanned_page else shown,
            "lang": window.lang,
        }
        session = window.scan_sessions.running()
        if session is None:
            run = partial(check_scan, **facts)
            QueryOp(run, partial(self._on_checked, self._seq)).run(window.worker)
            return
        run = partial(check_in_session, session_id=session.session_id, **facts)
        done = partial(self._on_kept, self._seq, session)
        ChangeOp(run, done, initiator=session).run(window.worker)

    def _on_kept(self, seq: int, session: ScanSessionWindow, kept: Kept) -> None:
        if kept.item is not None:
            session.list_item(kept.item)
        self._on_checked(seq, kept.result)

    def _on_checked(self, seq: int, result: ScanResult | None) -> None:
        if result is not None and seq == self._seq:  # else a newer code was scanned meanwhile
            self.show_checked(result)

    def show_checked(self, result: ScanResult) -> None:
        """``result`` is the latest scan's (one read from a photo, say): shown on the page of
        its product, now if that page is on screen."""
        self._seq += 1
        self.result = result
        self.scanned_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.checked.emit(result)
        self._on_product_shown(self.window.current_product())
        if self.window.stack.currentWidget() is self.window.scan_state:
            self.failed_scan_shown()

    def failed_scan_shown(self) -> None:
        """The failed-scan state is on screen: a code no product carries was checked against
        the product that was on screen before it (its GS1 prefix, say): show what was found."""
        result = self.result
        if result is not None and not result.products and result.outcomes:
            self.window.scan_state.show_checks(partial(outcome_lines, result))

    def _on_product_shown(self, product_id: str) -> None:
        result = self.result
        if result is None or product_id not in {row.id for row in result.products}:
            self._scanned_page = ""
            self.panel.clear()
            return
        self._scanned_page = product_id
        self.panel.show_result(result)
        if result.level.value == "red" and self._beeped is not result:
            self._beeped = result  # once per scan, not each time the page is shown again
            if self.window.settings.scan_sound:
                scanstate.beep()

    def _put_away(self, *_args: object) -> None:
        """A new search typed, or another code scanned: the last result no longer applies."""
        self._seq += 1
        self.result = None
        self.panel.clear()

    def for_examination(self, product_id: str) -> dict[str, object]:
        """The fields a new examination of ``product_id`` takes from the code scanned for it:
        the scan with its checks' outcomes, and its lot as the lot code on the label."""
        result = self.result
        if result is None or product_id not in {row.id for row in result.products}:
            return {}
        fields: dict[str, object] = {"scans": [result.record(self.scanned_at)]}
        if result.scan.lot:
            fields["lot_code"] = result.scan.lot
        return fields


def attach_scan_results(window: MainWindow) -> ScanResults:
    return ScanResults(window)
