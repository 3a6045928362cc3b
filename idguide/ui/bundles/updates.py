"""Checking for updates in the app: File > Check for updates (Ctrl+U), and at start for the feeds
the officer chose.

A check has three steps, each where it belongs:

1. a :class:`~idguide.ui.operations.QueryOp` reads which feeds to check and what the catalogue
   holds that decides what to download (installed sequences, the trust store);
2. a :class:`~idguide.ui.operations.network.NetworkOp` refreshes each feed's signed metadata and
   downloads the bundles to install, in a thread of its own: a slow or stalled network never
   holds up the catalogue's worker, so searches are answered meanwhile;
3. a :class:`~idguide.ui.operations.ChangeOp` installs them in the catalogue's worker, through the
   same import as File > Import bundles, and its change record (``feeds``, and content, trust...
   when something was installed) makes every view refresh itself.

Cancel during the download leaves the catalogue as it was (what was downloaded stays cached for
the next check); during the install, the bundle being installed is rolled back and the rest are
not started. Nothing reaches a network unless the officer asks: at start, only the feeds whose
automatic check they turned on are checked. On a catalogue managed by IT
(:func:`~idguide.ui.bundles.ops.managed_by_it`) the app only shows the feeds' state.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from idguide.catalog import Interrupted
from idguide.catalog.changes import OpChanges
from idguide.ui.bundles.feeds import FeedsDialog, FeedStatus
from idguide.ui.bundles.ops import (
    CheckPlan,
    FeedState,
    Updated,
    download_updates,
    feed_state,
    install_updates,
    plan_check,
)
from idguide.ui.errors import is_bug, show_error
from idguide.ui.operations import ChangeOp, QueryOp
from idguide.ui.operations.network import Network, NetworkOp
from idguide.ui.widgets import SaidLabel
from idguide.ui.worker import Task, Worker

# The summary dialog's module (idguide.ui.bundles.summary) is imported when a check ends or the
# dialog is opened, not with the main window.
if TYPE_CHECKING:
    from idguide.catalog.feed import Fetched
    from idguide.ui.bundles.summary import UpdatesDialog
    from idguide.ui.mainwindow import MainWindow


class UpdateCheck(QObject):
    """One check for updates, from reading the feeds to the summary.

    ``progressed(label, done, total)`` while it runs, ``finished()`` once; then ``updated`` says
    what it did (None if it did not get as far as installing), ``message`` why it stopped early,
    and ``cancelled`` whether it was cancelled."""

    progressed = Signal(str, int, int)
    stageChanged = Signal(str)
    finished = Signal()

    PLANNING, DOWNLOADING, STOPPING, INSTALLING, DONE = (
        "planning",
        "downloading",
        "stopping",
        "installing",
        "done",
    )

    def __init__(
        self,
        worker: Worker,
        network: Network,
        lang: str | None,
        automatic: bool = False,
        parent: QObject | None = None,
        window: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.network, self.lang = worker, network, lang
        self.window = window  # where a bug is shown
        self.automatic = automatic
        self.stage = ""
        self.updated: Updated | None = None
        self.message = ""
        self.cancelled = False
        self.feeds: list[str] = []  # the names of the feeds checked
        self._task: Task | None = None
        self._fetched: Fetched | None = None
        worker.longProgress.connect(self._on_install_progress)

    @property
    def running(self) -> bool:
        return self.stage not in ("", self.DONE)

    def start(self) -> None:
        self._set_stage(self.PLANNING)
        plan = partial(plan_check, automatic=self.automatic)
        QueryOp(plan, self._on_planned, self._on_failed).run(self.worker)

    def cancel(self) -> None:
        """Stop: a download stops at its next piece (the catalogue is not touched); an install
        rolls back the bundle it is installing."""
        if not self.running or self.cancelled:
            return
        self.cancelled = True
        if self._task is not None:
            self._task.cancel()
        if self.stage in (self.PLANNING, self.DOWNLOADING):
            self._set_stage(self.STOPPING)

    # -- the steps ------------------------------------------------------------------------------

    def _on_planned(self, plan: CheckPlan) -> None:
        self.feeds = [feed.name for feed in plan.feeds]
        if self.cancelled or not plan.feeds:
            if not plan.feeds and not self.automatic:
                self.message = self.tr(
                    "No update feed is set up. Add your administration's feed in File > Update "
                    "feeds…, with the root file it gave you."
                )
            self._finish()
            return
        self._set_stage(self.DOWNLOADING)
        self._task = NetworkOp(
            partial(download_updates, plan=plan),
            self._on_fetched,
            self._on_failed,
            self._on_download_progress,
        ).run(self.network)

    def _on_fetched(self, fetched: Fetched) -> None:
        self._fetched = fetched
        if self.cancelled:
            self._finish()  # nothing installed: the locks go, the downloads stay cached
            return
        self._set_stage(self.INSTALLING)
        body = partial(install_updates, fetched=fetched, lang=self.lang)
        self._task = ChangeOp(
            body,
            self._on_installed,
            self._on_failed,
            label=self.tr("Installing updates"),
            initiator=self,
        ).run(self.worker)
        if self._task.cancelled:  # the window is closing: the worker takes nothing new
            self._finish()

    def _on_installed(self, updated: Updated) -> None:
        self.updated = updated
        self.cancelled = updated.result.cancelled
        self._finish()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Interrupted) or (self.cancelled and not is_bug(exc)):
            self.cancelled = True  # (a stalled download may end in an error after Cancel)
        elif is_bug(exc):
            show_error(self.window, exc)
            self.message = self.tr("The check stopped because of a bug; nothing more was changed.")
        else:
            self.message = str(exc)  # a feed in use by a system job, feeds.json damaged...
        self._finish()

    def _finish(self) -> None:
        if self._fetched is not None:
            self._fetched.release()  # (the install phase has let them go already)
        self._task = None
        self._set_stage(self.DONE)
        self.finished.emit()

    # -- progress -------------------------------------------------------------------------------

    def _set_stage(self, stage: str) -> None:
        self.stage = stage
        self.stageChanged.emit(stage)

    def _on_download_progress(self, done: int, total: int, label: str) -> None:
        if self.stage == self.DOWNLOADING:
            self.progressed.emit(label, done, total)

    def _on_install_progress(self, label: str, done: int, total: int) -> None:
        if self.stage == self.INSTALLING:
            self.progressed.emit(label, done, total)


class UpdateIndicator(QWidget):
    """In the status bar: a check running in the background, then what it found, with a way to
    the summary (``detailsRequested``)."""

    detailsRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateIndicator")
        self.label = SaidLabel(self)  # said again in another language
        self.label.setWordWrap(False)
        self.details = QPushButton(self)
        self.details.clicked.connect(self.detailsRequested.emit)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.cancelRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.details)
        layout.addWidget(self.cancel)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.details.setText(self.tr("Details…"))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def running(self, says: Callable[[], str]) -> None:
        """A check runs: what ``says`` makes (again if the language changes), with Cancel."""
        self.label.say(says)
        self.details.hide()
        self.cancel.show()
        self.show()

    def found(self, says: Callable[[], str]) -> None:
        """What the check found, as ``says`` makes it, with Details…."""
        self.label.say(says)
        self.cancel.hide()
        self.details.show()
        self.show()


# -- in the main window ---------------------------------------------------------------------------


class Updates(QObject):
    """Checking for updates, the feeds dialog and the feeds' state on the home screen, for one
    main window."""

    checkStarted = Signal(object)  # the UpdateCheck
    stateRead = Signal(object)  # the FeedState, whenever it was read

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.network = Network(window)
        self.state = FeedState()
        self.check: UpdateCheck | None = None
        self.dialog: UpdatesDialog | None = None
        self.feeds_dialog: FeedsDialog | None = None
        self.status = self._feed_status()
        window.home.add_status(self.status)
        self.indicator = UpdateIndicator(window)
        self.indicator.detailsRequested.connect(self.show_summary)
        self.indicator.cancelRequested.connect(self.cancel)
        window.statusBar().addPermanentWidget(self.indicator)
        self.check_action = window.findChild(QAction, "checkUpdatesAction")  # see ui.menus
        self.check_action.triggered.connect(self.check_now)
        self.feeds_action = window.findChild(QAction, "feedsAction")
        self.feeds_action.triggered.connect(self.open_feeds)
        self.feeds_action.setEnabled(True)
        self.worker.operationDidExecute.connect(self._on_changes)
        window.installEventFilter(self)
        # After the catalogue's opening, which the window queues right after this: the worker
        # runs operations in order, so the feeds are read (and maybe checked) once it is open.
        QTimer.singleShot(0, partial(self.read_state, self._check_at_start))

    def _feed_status(self) -> FeedStatus:
        status = FeedStatus(self.window.home)
        status.checkRequested.connect(self.check_now)
        return status

    def event(self, event: QEvent) -> bool:
        """The interface language changed (handed on by the main window): the feeds' state on
        the home screen is made again in it (FeedStatus sets its words when made), and the
        entry's tip."""
        if event.type() == QEvent.Type.LanguageChange:
            old, self.status = self.status, self._feed_status()
            self.window.home.replace_status(old, self.status)
            self._on_state(None, self.state)
        return super().event(event)

    # -- the feeds' state -----------------------------------------------------------------------

    def read_state(self, then: Callable[[], None] | None = None) -> None:
        """Read the feeds in the worker, show them, then call ``then``."""
        QueryOp(feed_state, partial(self._on_state, then), self._on_state_failed).run(self.worker)

    def _on_state(self, then: Callable[[], None] | None, state: FeedState) -> None:
        self.state = state
        self.status.set_state(state)
        self.check_action.setEnabled(not state.managed)
        self.check_action.setStatusTip(
            self.tr("Managed by IT: a system job installs the updates.") if state.managed else ""
        )
        if self.feeds_dialog is not None:
            self.feeds_dialog.set_state(state)
        self.stateRead.emit(state)
        if then is not None:
            then()

    def _on_state_failed(self, exc: BaseException) -> None:
        if is_bug(exc):
            show_error(self.window, exc)
        # else: the catalogue could not be opened, which the window has said already

    def _on_changes(self, changes: OpChanges, _initiator: object) -> None:
        if changes.feeds:
            self.read_state()

    # -- checking -------------------------------------------------------------------------------

    def _check_at_start(self) -> None:
        """Only the feeds whose automatic check the officer turned on, and never on a catalogue
        managed by IT (a system job syncs it)."""
        if not self.state.managed and any(feed.auto_check for feed in self.state.feeds):
            self.start(automatic=True)

    def start(self, automatic: bool = False) -> UpdateCheck:
        """Start a check, unless one runs already (then that one)."""
        if self.check is not None and self.check.running:
            return self.check
        check = UpdateCheck(
            self.worker, self.network, self.window.lang, automatic, self, self.window
        )
        self.check = check
        check.progressed.connect(self._on_progress)
        check.finished.connect(partial(self._on_finished, check))
        if self.feeds_dialog is not None:
            self.feeds_dialog.set_busy(True)
        self.indicator.running(lambda: self.tr("Checking for updates…"))
        self.checkStarted.emit(check)
        check.start()
        return check

    def check_now(self) -> UpdatesDialog | None:
        """File > Check for updates: the summary dialog, following a new check (or the one
        running)."""
        if self.state.managed:
            self.window.statusBar().showMessage(
                self.tr("This catalogue is managed by IT: a system job installs the updates."),
                8000,
            )
            return None
        dialog = self._dialog()
        dialog.follow(self.start())
        return dialog

    def show_summary(self) -> UpdatesDialog:
        dialog = self._dialog()
        if self.check is not None:
            dialog.follow(self.check)
        self.indicator.hide()
        return dialog

    def cancel(self) -> None:
        if self.check is not None:
            self.check.cancel()

    def _dialog(self) -> UpdatesDialog:
        if self.dialog is None:
            from idguide.ui.bundles.summary import UpdatesDialog

            self.dialog = UpdatesDialog(self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget_dialog)
            self.dialog.againRequested.connect(self.check_now)
            self.dialog.feedsRequested.connect(self.open_feeds)
            self.dialog.cancelRequested.connect(self.cancel)
            self.dialog.resize(960, 560)
            self.dialog.open()
        self.dialog.raise_()
        return self.dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _on_progress(self, label: str, done: int, total: int) -> None:
        if total:
            self.indicator.running(
                lambda: self.tr("Updates: {0} ({1}%)").format(label, 100 * done // total)
            )
        else:
            self.indicator.running(lambda: self.tr("Updates: {0}…").format(label))

    def _on_finished(self, check: UpdateCheck) -> None:
        from idguide.ui.bundles.summary import headline

        if self.feeds_dialog is not None:
            self.feeds_dialog.set_busy(False)
        if self.dialog is not None:
            self.indicator.hide()  # the dialog shows it all
            return
        news = check.updated is not None and (
            check.updated.result.installed or check.updated.result.refused
        )
        if news or check.message:
            self.indicator.found(lambda: headline(check))
        else:
            self.indicator.hide()
            self.window.statusBar().showMessage(headline(check), 8000)

    # -- the feeds dialog -----------------------------------------------------------------------

    def open_feeds(self) -> FeedsDialog:
        if self.feeds_dialog is None:
            self.feeds_dialog = FeedsDialog(self.worker, self.window)
            self.feeds_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.feeds_dialog.destroyed.connect(self._forget_feeds_dialog)
            self.feeds_dialog.resize(960, 420)
            self.feeds_dialog.set_state(self.state)
            self.feeds_dialog.set_busy(self.check is not None and self.check.running)
            self.feeds_dialog.open()
            self.read_state()  # (changed by a system job meanwhile, say)
        self.feeds_dialog.raise_()
        return self.feeds_dialog

    def _forget_feeds_dialog(self) -> None:
        self.feeds_dialog = None

    # -- closing --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closes: a download stops, and an answer still on its way is dropped."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel()
            self.network.shutdown()
        return False


def attach_updates(window: MainWindow) -> Updates:
    """Add checking for updates and the update feeds to ``window`` (a MainWindow)."""
    return Updates(window)
