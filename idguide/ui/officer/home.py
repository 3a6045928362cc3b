"""The home screen: what is installed and how fresh, active alerts, recent searches.

Alerts and recent searches are lists: Tab reaches them, Up/Down choose, Enter opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.i18n import day
from idguide.catalog.overview import ActiveAlert, InstalledBundle, Overview
from idguide.ui.text import tooltip
from idguide.ui.widgets import banner, heading, plain_label, scaled

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class HomePage(QScrollArea):
    """``productRequested(id)`` for an alert, ``searchRequested(text)`` for a recent search."""

    productRequested = Signal(str)
    searchRequested = Signal(str)
    categoriesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._overview: Overview | None = None  # what the screen shows, made again in another
        self._searches: list[str] = []  # language (View > Interface language)
        self._message: Callable[[], str] | None = None  # what set_message says, if anything
        content = QWidget(self)
        self._build(content)
        self.setWidget(content)
        self.retranslate()

    def _build(self, content: QWidget) -> None:
        self.demo = banner("demo", content)
        self.stale = banner("stale", content)
        self.summary = plain_label("", content)
        self.summary.setFont(scaled(self.summary.font(), 1.2))
        self.browse = QPushButton(content)
        self.browse.clicked.connect(self.categoriesRequested.emit)
        self.alerts = self._list(self._alert_chosen)
        self.recent = self._list(self._recent_chosen)
        self.bundles = self._list(None)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        for widget in (self.demo, self.stale, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.browse, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._sections(content), 1)

    def _sections(self, content: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        sections = (
            (self.alerts, 0, 0, 2),
            (self.recent, 2, 0, 1),
            (self.bundles, 2, 1, 1),
        )
        self.headings = []
        for widget, row, column, columns in sections:
            self.headings.append(heading("", content))
            grid.addWidget(self.headings[-1], row, column, 1, columns)
            grid.addWidget(widget, row + 1, column, 1, columns)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 5)
        return grid

    def _list(self, chosen) -> QListWidget:
        view = QListWidget(self)
        view.setWordWrap(True)
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * 4)
        if chosen is not None:
            view.itemActivated.connect(chosen)
            view.itemClicked.connect(chosen)
        return view

    def retranslate(self) -> None:
        """Every text in the interface language now, the lists made again from their data."""
        self.demo.setText(
            self.tr("DEMO content installed: fictional products and rights holders, for training.")
        )
        self.browse.setText(self.tr("Browse categories  (Ctrl+B)"))
        names = (self.tr("Active alerts"), self.tr("Recent searches"), self.tr("Installed bundles"))
        lists = (self.alerts, self.recent, self.bundles)
        for view, title, name in zip(lists, self.headings, names, strict=True):
            title.setText(name)
            view.setAccessibleName(name)
        if self._overview is not None:
            self.set_overview(self._overview)
        elif self._message is not None:
            self.summary.setText(self._message())
        self.set_recent(self._searches)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_status(self, widget: QWidget) -> None:
        """Show ``widget`` under the summary line (the update feeds' state, ui.bundles)."""
        layout = self.widget().layout()
        layout.insertWidget(layout.indexOf(self.summary) + 1, widget)

    def replace_status(self, old: QWidget, new: QWidget) -> None:
        """Show ``new`` where ``old`` (given to :meth:`add_status`) was, and delete ``old``."""
        self.widget().layout().replaceWidget(old, new)
        old.deleteLater()

    # -- filling --------------------------------------------------------------------------------

    def text(self) -> str:
        """The summary line (what is installed, or why nothing can be shown)."""
        return self.summary.text()

    def set_message(self, says: Callable[[], str]) -> None:
        """Say what ``says`` makes instead of the overview (opening, or why the catalogue cannot
        be shown), again if the language changes."""
        self._overview, self._message = None, says
        self.summary.setText(says())

    def set_overview(self, overview: Overview) -> None:
        self._overview, self._message = overview, None
        self.demo.setVisible(overview.demo)
        self._fill_summary(overview)
        self._fill_stale(overview.stale)
        self._fill(
            self.alerts,
            [self._alert_item(a) for a in overview.alerts],
            self.tr("No active alerts."),
        )
        self._fill(
            self.bundles,
            [self._bundle_item(b) for b in overview.bundles],
            self.tr("No bundles installed yet."),
        )
        self.widget().layout().activate()  # the wrapped summary gets its new height now

    def set_recent(self, searches: list[str]) -> None:
        self._searches = list(searches)
        items = []
        for text in searches:
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, text)
            items.append(item)
        self._fill(self.recent, items, self.tr("Your searches will be listed here."))

    def _fill_summary(self, overview: Overview) -> None:
        if overview.products:
            text = self.tr(
                "{0} from {1}.\n"
                "Type a brand, product name, model number, barcode or HS code (e.g. 8204.11) "
                "in the search box, or scan a barcode. Up and Down choose a result, Enter opens it."
            ).format(
                self.tr("%n product(s)", "", overview.products),
                self.tr("%n publisher(s)", "", overview.publishers),
            )
        else:
            text = self.tr(
                "The catalogue is empty.\nInstall your organisation's bundles (File > Import "
                "bundles), or try the fictional demo catalogue with the command: idguide demo"
            )
        self.summary.setText(text)

    def _fill_stale(self, stale: list[InstalledBundle]) -> None:
        if stale:
            oldest = max(bundle.age_days for bundle in stale)
            self.stale.setText(
                self.tr("{0} not updated for {1} or more: ask for new bundles.").format(
                    self.tr("%n publisher(s)", "", len(stale)), self.tr("%n day(s)", "", oldest)
                )
            )
        self.stale.setVisible(bool(stale))

    @staticmethod
    def _fill(view: QListWidget, items: list[QListWidgetItem], empty: str) -> None:
        view.clear()
        if not items:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            view.addItem(placeholder)
        for item in items:
            view.addItem(item)

    def _alert_item(self, alert: ActiveAlert) -> QListWidgetItem:
        text = f"⚠ {alert.brand} {alert.product}: {alert.title}"
        until = self.tr("issued {0}").format(day(alert.issued)) if alert.issued else ""
        item = QListWidgetItem(f"{text}  ({until})" if until else text)
        item.setData(KEY_ROLE, alert.product_id)
        item.setToolTip(tooltip(text))
        return item

    def _bundle_item(self, bundle: InstalledBundle) -> QListWidgetItem:
        parts = [
            bundle.publisher_name,
            self.tr("bundle {0}, installed {1}").format(bundle.sequence, day(bundle.installed_at)),
        ]
        if bundle.stale:
            parts.append(self.tr("STALE: %n day(s) old", "", bundle.age_days))
        if bundle.demo:
            parts.append(self.tr("DEMO"))
        if bundle.revoked:
            parts.append(self.tr("REVOKED"))
        item = QListWidgetItem("  ·  ".join(parts))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _alert_chosen(self, item: QListWidgetItem) -> None:
        if item.data(KEY_ROLE):
            self.productRequested.emit(item.data(KEY_ROLE))

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        if item.data(KEY_ROLE):
            self.searchRequested.emit(item.data(KEY_ROLE))
