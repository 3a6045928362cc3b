"""The Check for updates dialog: the check's progress with Cancel, then what changed.

The summary lists what was installed (each bundle, with the products it changed), what was
refused and why (a bundle, or a feed that could not be checked: offline, out of date, not signed
by the administration's keys...), and which publishers were up to date; the selected row's full
text is shown below the list. Under it: what each feed's trust document changed, warnings, and
each feed's freshness. All text from feeds and bundles is shown as plain text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from idguide.ui.bundles.feeds import freshness
from idguide.ui.text import labelled
from idguide.ui.widgets import heading, plain_label, scaled

if TYPE_CHECKING:
    from idguide.catalog.feed import SyncResult
    from idguide.ui.bundles.ops import Updated
    from idguide.ui.bundles.updates import UpdateCheck

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1


# -- what a check did, in words -------------------------------------------------------------------


def _feed_failures(result: SyncResult) -> list[str]:
    """Refusals of a whole feed (it could not be checked), not of one bundle."""
    return [r.reason for r in result.refused if not r.target and not r.publisher]


def title(check: UpdateCheck) -> str:
    """The dialog's heading for a finished ``check``."""
    updated = check.updated
    if check.cancelled:
        return UpdatesDialog.tr("Cancelled")
    if updated is None:
        return UpdatesDialog.tr("Updates could not be checked")
    result = updated.result
    if result.refused and len(_feed_failures(result)) == len(result.refused):
        return (
            UpdatesDialog.tr("Updates could not be checked")
            if not result.installed
            else UpdatesDialog.tr("Updates")
        )
    if result.refused:
        return UpdatesDialog.tr("Some updates were refused")
    return (
        UpdatesDialog.tr("Updates installed")
        if result.installed
        else UpdatesDialog.tr("Everything is up to date")
    )


def headline(check: UpdateCheck) -> str:
    """One sentence for a finished ``check`` (the status bar, the dialog's first line)."""
    updated = check.updated
    installed = len(updated.result.installed) if updated is not None else 0
    if check.cancelled:
        if installed:
            return UpdatesDialog.tr(
                "Cancelled after installing %n bundle(s); they stay installed, the rest were not "
                "installed.",
                "",
                installed,
            )
        return UpdatesDialog.tr("Cancelled. Nothing was changed.")
    if updated is None:
        return check.message or UpdatesDialog.tr("Nothing was checked.")
    result = updated.result
    failures = _feed_failures(result)
    refused = len(result.refused) - len(failures)
    parts = []
    if installed:
        parts.append(UpdatesDialog.tr("%n bundle(s) installed", "", installed))
    if refused:
        parts.append(UpdatesDialog.tr("{0} refused").format(refused))
    if result.up_to_date:
        parts.append(UpdatesDialog.tr("%n publisher(s) up to date", "", len(result.up_to_date)))
    if failures:
        parts.append(UpdatesDialog.tr("%n feed(s) could not be checked", "", len(failures)))
    if not parts:
        return UpdatesDialog.tr("Everything is up to date: the feeds offer nothing.")
    return UpdatesDialog.tr("Updates: {0}.").format(", ".join(parts))


def _publisher(updated: Updated, pid: str) -> str:
    name = updated.publishers.get(pid, "")
    return f"{name} ({pid})" if name else pid


def _installed_rows(updated: Updated) -> list[list[str]]:
    rows = []
    for item in updated.result.installed:
        changes = item.changes
        counts = UpdatesDialog.tr("{0} added, {1} updated, {2} withdrawn").format(
            len(changes.added), len(changes.updated), len(changes.withdrawn)
        )
        kind = (
            UpdatesDialog.tr("full bundle") if item.kind == "full" else UpdatesDialog.tr("update")
        )
        names = updated.products.get(item.target, [])
        detail = [
            UpdatesDialog.tr("Installed {0} from feed {1}: {2}.").format(
                item.target, item.feed, counts
            ),
            *([UpdatesDialog.tr("Products: {0}").format("; ".join(names))] if names else []),
        ]
        rows.append(
            [
                UpdatesDialog.tr("{0}: bundle {1}").format(
                    _publisher(updated, item.publisher), item.sequence
                ),
                item.feed,
                labelled(kind, counts),
                "\n".join(detail),
            ]
        )
    return rows


def _refused_rows(updated: Updated) -> list[list[str]]:
    rows = []
    for item in updated.result.refused:
        if item.target:
            what = item.target
        elif item.publisher:
            what = _publisher(updated, item.publisher)
        else:
            what = UpdatesDialog.tr("The feed itself")
        rows.append([what, item.feed, _short(item.reason, item.target), item.reason])
    return rows


def _short(reason: str, target: str) -> str:
    """``reason`` without what its row says already: the bundle, the feed and its source."""
    bundle = f"(?:{re.escape(target)} from )?" if target else ""
    return re.sub(rf"\A{bundle}Feed \S+ \(.*?\):? ", "", reason)


def _up_to_date_rows(updated: Updated) -> list[list[str]]:
    rows = []
    for item in updated.result.up_to_date:
        sequence = item.get("sequence")
        where = UpdatesDialog.tr("bundle {0}").format(sequence) if sequence is not None else ""
        who = _publisher(updated, str(item.get("publisher", "")))
        text = UpdatesDialog.tr("{0} is up to date ({1}).").format(
            who, where or UpdatesDialog.tr("nothing installed")
        )
        rows.append([who, str(item.get("feed", "")), where, text])
    return rows


def notes(check: UpdateCheck) -> str:
    """What else the check found: trust changes, warnings, each feed's freshness, bytes."""
    updated = check.updated
    if updated is None:
        return ""
    result = updated.result
    lines = []
    for name, changes in result.trust.items():
        parts = [
            UpdatesDialog.tr("{0} {1}").format(what, ", ".join(ids))
            for what, ids in (
                (UpdatesDialog.tr("added"), changes.added),
                (UpdatesDialog.tr("changed"), changes.replaced),
                (UpdatesDialog.tr("revoked"), changes.revoked),
            )
            if ids
        ]
        if parts:
            lines.append(
                UpdatesDialog.tr("Trust from feed {0}: {1}.").format(name, "; ".join(parts))
            )
    lines += result.warnings
    for feed in updated.feeds:
        if feed.name in check.feeds:
            lines.append(UpdatesDialog.tr("Feed {0}: {1}.").format(feed.name, freshness(feed)))
    size = QLocale().formattedDataSize(result.bytes_downloaded)
    lines.append(UpdatesDialog.tr("Downloaded {0}.").format(size))
    return "\n".join(lines)


# -- the dialog -----------------------------------------------------------------------------------


class UpdatesDialog(QDialog):
    """Follows one check (:meth:`follow`): its progress and Cancel, then its summary."""

    againRequested = Signal()
    feedsRequested = Signal()
    cancelRequested = Signal()

    STAGES: ClassVar[dict[str, str]] = {  # marked for lupdate here, translated when shown
        "planning": QT_TRANSLATE_NOOP("UpdatesDialog", "Reading the feeds…"),
        "downloading": QT_TRANSLATE_NOOP("UpdatesDialog", "Checking the feeds…"),
        "stopping": QT_TRANSLATE_NOOP(
            "UpdatesDialog", "Stopping… (waiting for the feed to answer; nothing is changed)"
        ),
        "installing": QT_TRANSLATE_NOOP("UpdatesDialog", "Installing…"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: UpdateCheck | None = None
        self.setWindowTitle(UpdatesDialog.tr("Check for updates"))
        self._build()

    def _build(self) -> None:
        self.title = heading(UpdatesDialog.tr("Checking for updates…"), self, 1.3)
        self.title.setObjectName("updatesTitle")
        self.status = plain_label("", self)
        self.status.setObjectName("updatesStatus")
        self.status.setFont(scaled(self.status.font(), 1.1))
        self.progress = QProgressBar(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [UpdatesDialog.tr("What"), UpdatesDialog.tr("Feed"), UpdatesDialog.tr("Details")]
        )
        self.tree.setAccessibleName(UpdatesDialog.tr("What the check did"))
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        self.detail = plain_label("", self)
        self.detail.setObjectName("updatesDetail")
        self.notes = plain_label("", self)
        self.notes.setObjectName("updatesNotes")
        self.pages = QStackedWidget(self)  # the progress while it runs, then the summary
        running = QWidget(self.pages)
        column = QVBoxLayout(running)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.progress)
        column.addStretch(1)
        summary = QWidget(self.pages)
        column = QVBoxLayout(summary)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.detail)
        column.addWidget(self.notes)
        self.pages.addWidget(running)
        self.pages.addWidget(summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.feeds_button = QPushButton(UpdatesDialog.tr("Update &feeds…"), self)
        self.again = QPushButton(UpdatesDialog.tr("Check &again"), self)
        self.cancel = QPushButton(UpdatesDialog.tr("Cancel"), self)
        self.close_button = QPushButton(UpdatesDialog.tr("Close"), self)
        box.addButton(self.feeds_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.feeds_button.clicked.connect(self.feedsRequested.emit)
        self.again.clicked.connect(self.againRequested.emit)
        self.cancel.clicked.connect(self.cancelRequested.emit)
        self.close_button.clicked.connect(self.accept)
        return box

    # -- following a check ----------------------------------------------------------------------

    def follow(self, check: UpdateCheck) -> None:
        if check is not self.check:
            if self.check is not None:  # the check before (Check again)
                self.check.progressed.disconnect(self._on_progress)
                self.check.stageChanged.disconnect(self._on_stage)
                self.check.finished.disconnect(self._on_finished)
            self.check = check
            check.progressed.connect(self._on_progress)
            check.stageChanged.connect(self._on_stage)
            check.finished.connect(self._on_finished)
        if check.running:
            self._running(check.stage)
        else:
            self._on_finished()

    def _running(self, stage: str) -> None:
        self.title.setText(UpdatesDialog.tr("Checking for updates…"))
        self.status.setText(UpdatesDialog.tr(self.STAGES.get(stage, "Checking the feeds…")))
        self.progress.setRange(0, 0)  # busy until the first report
        self.pages.show()
        self.pages.setCurrentIndex(0)
        self.again.hide()
        self.cancel.show()
        self.cancel.setEnabled(stage != "stopping")
        self.cancel.setFocus()

    def _on_stage(self, stage: str) -> None:
        if stage != "done":
            self._running(stage)

    def _on_progress(self, label: str, done: int, total: int) -> None:
        if self.check is None or self.check.stage == "stopping":
            return
        if total:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))
            if self.check.stage == "downloading":
                locale = QLocale()
                amount = UpdatesDialog.tr("{0} of {1}").format(
                    locale.formattedDataSize(done), locale.formattedDataSize(total)
                )
            else:
                amount = UpdatesDialog.tr("{0} of {1}").format(done, total)
            self.status.setText(labelled(label, amount))
        else:
            self.progress.setRange(0, 0)
            self.status.setText(f"{label}…")

    def _on_finished(self) -> None:
        check = self.check
        if check is None or check.running:
            return
        self.pages.setCurrentIndex(1)
        self.cancel.hide()
        self.again.show()
        self.title.setText(title(check))
        self.status.setText(headline(check))
        self._fill(check)
        self.close_button.setFocus()

    def _fill(self, check: UpdateCheck) -> None:
        self.tree.clear()
        updated = check.updated
        self.pages.setVisible(updated is not None)
        self.detail.setText("")
        self.notes.setText(notes(check))
        if updated is None:
            return
        groups = [
            (UpdatesDialog.tr("Installed"), _installed_rows(updated)),
            (UpdatesDialog.tr("Refused"), _refused_rows(updated)),
            (UpdatesDialog.tr("Up to date"), _up_to_date_rows(updated)),
        ]
        firsts: list[QTreeWidgetItem | None] = []  # each group's first row
        for name, rows in groups:
            group = QTreeWidgetItem([UpdatesDialog.tr("{0} ({1})").format(name, len(rows))])
            group.setFont(0, scaled(group.font(0), 1.0, bold=True))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            items = [QTreeWidgetItem(group, row[:3]) for row in rows]
            for item, row in zip(items, rows, strict=True):
                item.setData(0, DETAIL_ROLE, row[3])
            firsts.append(items[0] if items else None)
            group.setExpanded(True)
        first = firsts[1] or firsts[0]  # shown below: why something was refused, else installed
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.tree.setCurrentItem(first)
        self._show_detail(first)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        text = item.data(0, DETAIL_ROLE) if item is not None else None
        self.detail.setText(text or "")

    # -- the summary as text (tests, screen readers) --------------------------------------------

    def text(self) -> str:
        parts = [self.title.text(), self.status.text()]
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            parts.append(group.text(0))
            for child in range(group.childCount()):
                item = group.child(child)
                parts.append("  " + " | ".join(item.text(c) for c in range(3)))
        parts += [self.detail.text(), self.notes.text()]
        return "\n".join(part for part in parts if part)

    def reject(self) -> None:
        """Esc: cancel a running check first; closing while it runs leaves it to the status bar."""
        if self.check is not None and self.check.running and self.cancel.isEnabled():
            self.cancelRequested.emit()
            return
        super().reject()
