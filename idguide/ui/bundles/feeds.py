"""The update feeds in the app: their state on the home screen, and the dialog that sets them up.

:class:`FeedStatus` shows, on the home screen, each feed's last successful update and whether it
is out of date (its signed metadata expired: nothing new can be installed from it until its
administrators refresh it). :class:`FeedsDialog` lists the feeds and adds one (from the root
file the administration handed out, and the feed's address or folder), removes one, and turns
its automatic check at start on or off. Each change is a ChangeOp whose record says the feeds
changed, so every view showing them refreshes itself. On a catalogue managed by IT the dialog
only shows the feeds (a system job syncs them).

Nothing here reaches a network: adding a feed only checks its root file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from idguide.ui import filedialogs
from idguide.ui.bundles.ops import FeedState, add_feed, remove_feed, set_auto_check
from idguide.ui.errors import is_bug, show_error
from idguide.ui.operations import ChangeOp
from idguide.ui.widgets import banner, heading, plain_label
from idguide.ui.worker import Worker

if TYPE_CHECKING:
    from idguide.catalog.feed import Feed

ROOT_FILTER = "Root files (*.root.json *.json);;All files (*)"
CA_FILTER = "Certificates (*.pem *.crt *.cer);;All files (*)"
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("Feeds", text)


# -- how a feed's state reads ---------------------------------------------------------------------


def moment(text: str) -> str:
    """An ISO time from a feed's record, as this computer's local date and time."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return text
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def out_of_date_since(feed: Feed, now: datetime | None = None) -> str:
    """When ``feed`` went out of date ('' if it is current, or was never updated)."""
    if not feed.expires or not feed.out_of_date(now):
        return ""
    return moment(feed.expires)


def last_update(feed: Feed) -> str:
    return moment(feed.last_sync) if feed.last_sync else _tr("never")


def freshness(feed: Feed, now: datetime | None = None) -> str:
    """One phrase: current until when, out of date since when, or never updated."""
    if not feed.last_sync:
        return _tr("never updated")
    since = out_of_date_since(feed, now)
    if since:
        return _tr("OUT OF DATE since {0}").format(since)
    return _tr("current until {0}").format(moment(feed.expires))


def failed_lately(feed: Feed) -> str:
    """Why the last check failed, if it failed after the last successful update."""
    if feed.last_error and feed.last_attempt and feed.last_attempt >= feed.last_sync:
        return feed.last_error
    return ""


# -- on the home screen ---------------------------------------------------------------------------


class FeedStatus(QWidget):
    """Each feed's last update and freshness; a banner when one is out of date. Hidden when
    there are no feeds. ``checkRequested`` comes from its Check button."""

    checkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedStatus")
        self.state = FeedState()
        self.banner = banner("stale", self)
        self.banner.setObjectName("feedsOutOfDate")
        self.title = heading(_tr("Update feeds"), self)
        self.lines = plain_label("", self)
        self.lines.setObjectName("feedLines")
        self.check = QPushButton(_tr("Check for updates  (Ctrl+U)"), self)
        self.check.clicked.connect(self.checkRequested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.check)
        layout.addLayout(row)
        layout.addWidget(self.lines)
        # A feed goes out of date while the app is open: its dates are looked at again.
        self.timer = QTimer(self, interval=60_000)
        self.timer.timeout.connect(self.render)
        self.timer.start()
        self.hide()

    def set_state(self, state: FeedState) -> None:
        self.state = state
        self.render()

    def text(self) -> str:
        """Everything the status says, for tests and screen readers."""
        parts = [self.banner.text()] if self.banner.isVisible() else []
        return "\n".join([*parts, self.lines.text()])

    def render(self) -> None:
        state = self.state
        self.setVisible(bool(state.feeds or state.problem))
        self.check.setVisible(not state.managed and bool(state.feeds))
        if state.problem:
            self.lines.setText(state.problem)
            self.banner.hide()
            return
        lines = [self._line(feed) for feed in state.feeds]
        if state.managed:
            lines.append(_tr("Managed by IT: a system job installs the updates."))
        self.lines.setText("\n".join(lines))
        late = [(feed.name, out_of_date_since(feed)) for feed in state.feeds]
        late = [(name, since) for name, since in late if since]
        if late:
            self.banner.setText(
                "\n".join(
                    _tr(
                        "Feed {0} is out of date since {1}: nothing new can be installed from it "
                        "until its administrators renew it."
                    ).format(name, since)
                    for name, since in late
                )
            )
        self.banner.setVisible(bool(late))

    @staticmethod
    def _line(feed: Feed) -> str:
        line = _tr("{0}: last updated {1} · {2}").format(
            feed.name, last_update(feed), freshness(feed)
        )
        failed = failed_lately(feed)
        if failed:
            line += "\n    " + _tr("Last check failed: {0}").format(failed)
        return line


# -- the feeds dialog -----------------------------------------------------------------------------


class Columns:
    NAME, SOURCE, UPDATED, STATE, AUTO = range(5)


class FeedsDialog(QDialog):
    """The settings page of the update feeds: list, add, remove, automatic check per feed.

    Its owner gives it the feeds (:meth:`set_state`) whenever they change, here or elsewhere."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.state = FeedState()
        self.busy = False  # a check is running: feeds are not removed under it
        self.setWindowTitle(_tr("Update feeds"))
        self._build()

    def _build(self) -> None:
        self.managed = banner("stale", self)
        self.managed.setText(
            _tr(
                "This catalogue is managed by IT: a system job installs the updates. This list "
                "only shows the feeds' state."
            )
        )
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                _tr("Feed"),
                _tr("Address or folder"),
                _tr("Last update"),
                _tr("State"),
                _tr("At start"),
            ]
        )
        self.table.setAccessibleName(_tr("Update feeds"))
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.detail = plain_label("", self)
        self.detail.setObjectName("feedsDetail")
        self.note = plain_label(
            _tr(
                "A feed is checked only when you choose File > Check for updates (Ctrl+U), or at "
                "start when “At start” is ticked for it. Nothing reaches the network otherwise."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.managed)
        layout.addWidget(heading(_tr("Update feeds"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.add_button = QPushButton(_tr("&Add feed…"), self)
        self.remove_button = QPushButton(_tr("&Remove"), self)
        close = QPushButton(_tr("Close"), self)
        box.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.clicked.connect(self.open_add)
        self.remove_button.clicked.connect(self.ask_remove)
        close.clicked.connect(self.reject)
        return box

    # -- showing ------------------------------------------------------------------------------

    def set_state(self, state: FeedState) -> None:
        current = self.current_name()
        self.state = state
        self.managed.setVisible(state.managed)
        self.add_button.setVisible(not state.managed)
        self.remove_button.setVisible(not state.managed)
        self.table.blockSignals(True)
        self.table.clear()
        for feed in state.feeds:
            self.table.addTopLevelItem(self._item(feed, state.managed))
        self.table.blockSignals(False)
        for column in range(Columns.AUTO + 1):
            self.table.resizeColumnToContents(column)
        names = [feed.name for feed in state.feeds]
        if names:
            row = names.index(current) if current in names else 0
            self.table.setCurrentItem(self.table.topLevelItem(row))
        self.detail.setText(state.problem or ("" if names else _tr("No feed is set up yet.")))
        self._update_buttons()

    def _item(self, feed: Feed, managed: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([feed.name, feed.source, last_update(feed), freshness(feed), ""])
        item.setData(Columns.NAME, NAME_ROLE, feed.name)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not managed:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        checked = Qt.CheckState.Checked if feed.auto_check else Qt.CheckState.Unchecked
        item.setCheckState(Columns.AUTO, checked)
        item.setToolTip(Columns.AUTO, _tr("Check this feed when idguide starts"))
        failed = failed_lately(feed)
        if failed:
            item.setToolTip(Columns.STATE, failed)
        return item

    def current_name(self) -> str:
        item = self.table.currentItem()
        return item.data(Columns.NAME, NAME_ROLE) if item is not None else ""

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.current_name()) and not self.busy)
        self.remove_button.setToolTip(
            _tr("Not while a check for updates runs.") if self.busy else ""
        )
        feed = next((f for f in self.state.feeds if f.name == self.current_name()), None)
        if feed is not None and not self.state.problem:
            failed = failed_lately(feed)
            lines = [_tr("{0}: {1}").format(feed.name, feed.source)]
            if feed.ca_bundle:
                lines.append(_tr("HTTPS certificates from {0}").format(feed.ca_bundle))
            if failed:
                lines.append(_tr("Last check failed: {0}").format(failed))
            self.detail.setText("\n".join(lines))

    # -- changing -----------------------------------------------------------------------------

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != Columns.AUTO or self.state.managed:
            return
        name = item.data(Columns.NAME, NAME_ROLE)
        on = item.checkState(Columns.AUTO) == Qt.CheckState.Checked
        ChangeOp(partial(set_auto_check, name=name, on=on), initiator=self).run(self.worker)

    def ask_remove(self) -> QMessageBox | None:
        name = self.current_name()
        if not name or self.busy:
            return None
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Remove feed"))
        box.setText(
            _tr(
                "Stop updating from feed {0}?\n\nWhat it installed stays. To add it again you "
                "will need its root file."
            ).format(name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(partial(self.remove, name))
        box.open()
        return box

    def remove(self, name: str) -> None:
        ChangeOp(partial(remove_feed, name=name), initiator=self).run(self.worker)

    def open_add(self) -> AddFeedDialog:
        dialog = AddFeedDialog(self.worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class AddFeedDialog(QDialog):
    """Add a feed: its address or folder, the root file the administration handed out, and
    whether it is checked at start. The root file is checked in the worker; a refusal is said
    here and the dialog stays open."""

    added = Signal(object)  # the Feed

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(_tr("Add an update feed"))
        self._build()

    def _build(self) -> None:
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(_tr("https://updates.example.org/feed/ or a folder"))
        self.root = QLineEdit(self)
        self.root.setPlaceholderText(_tr("1.root.json, from your administration"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_tr("optional: a short name, e.g. hq"))
        self.ca_bundle = QLineEdit(self)
        self.ca_bundle.setPlaceholderText(_tr("optional: your proxy's CA file, for HTTPS"))
        self.auto_check = QCheckBox(
            _tr("Check this feed each time idguide starts (it then reaches the network)"), self
        )
        self.problem = plain_label("", self)
        self.problem.setObjectName("addFeedProblem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(_tr("Address or folder:"), self._row(self.source, _tr("Folder…"), self._folder))
        form.addRow(_tr("Root file:"), self._row(self.root, _tr("Browse…"), self._root_file))
        form.addRow(_tr("Name:"), self.name)
        form.addRow(_tr("CA certificates:"), self._row(self.ca_bundle, _tr("Browse…"), self._ca))
        form.addRow("", self.auto_check)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(_tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                _tr(
                    "Your administration gives you the feed's address (or a folder: a USB stick, a "
                    "shared folder) and its root file. Nothing is downloaded now."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    def _row(self, edit: QLineEdit, text: str, slot: Callable[[], None]) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(text, row)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return row

    def _folder(self) -> None:
        folder = filedialogs.existing_folder(self, _tr("The feed's folder"))
        if folder:
            self.source.setText(folder)

    def _root_file(self) -> None:
        path = filedialogs.open_file(self, _tr("The feed's root file"), "", ROOT_FILTER)
        if path:
            self.root.setText(path)

    def _ca(self) -> None:
        path = filedialogs.open_file(self, _tr("CA certificates"), "", CA_FILTER)
        if path:
            self.ca_bundle.setText(path)

    def submit(self) -> None:
        source, root = self.source.text().strip(), self.root.text().strip()
        if not source or not root:
            self._refused(_tr("Give the feed's address or folder, and its root file."))
            return
        self.add_button.setEnabled(False)
        body = partial(
            add_feed,
            source=source,
            root=root,
            name=self.name.text().strip(),
            ca_bundle=self.ca_bundle.text().strip(),
            auto_check=self.auto_check.isChecked(),
        )
        ChangeOp(body, self._on_added, self._on_failed, initiator=self).run(self.worker)

    def _on_added(self, feed: Feed) -> None:
        self.added.emit(feed)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if is_bug(exc):
            show_error(self, exc)
            return
        self._refused(str(exc))

    def _refused(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
