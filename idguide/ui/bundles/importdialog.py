"""Installing bundles: verify each file first and show what was found, then import with progress.

Every bundle is verified in the worker (:func:`verify_for_import`) before anything is offered for
installing; a bundle that is broken, badly signed, untrusted or not newer than the installed one
cannot be installed, and the dialog says why. Installing runs in the worker as a long changing
operation: Cancel makes the core raise Interrupted and leave the catalogue as it was. Afterwards
the dialog sums up what changed; the windows refresh themselves from the change the worker
broadcasts (:mod:`idguide.ui.operations`).

All bundle text is shown as plain text (tree items and plain labels, no tooltips).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog import Catalog, Interrupted, get_product
from idguide.catalog.changes import CarriesChanges
from idguide.catalog.i18n import day
from idguide.catalog.progress import ProgressFn
from idguide.ui import filedialogs
from idguide.ui.errors import is_bug, show_error
from idguide.ui.operations import ChangeOp, QueryOp
from idguide.ui.widgets import heading, plain_label
from idguide.ui.worker import Task, Worker

if TYPE_CHECKING:
    from idguide.catalog.bundles import Verification
    from idguide.catalog.write import Changes

NAMES_SHOWN = 12  # products named in the summary per kind of change
BUNDLE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "idguide bundles (*.idgb);;All files (*)")

# Called in the worker before each progress report of an import; tests and the screenshot
# script use it to slow or pause an import. It runs inside the core's progress call, so a
# Cancel pressed meanwhile takes the same path as always (Interrupted from the next report).
report_hook: Callable[[int, int, str], None] | None = None


def count_text(kind: str, n: int) -> str:
    """What a bundle holds, "1 product" or "2 products" (the manifest's counts)."""
    texts = {
        "products": ImportDialog.tr("%n product(s)", "", n),
        "images": ImportDialog.tr("%n image(s)", "", n),
        "withdrawn": ImportDialog.tr("%n withdrawn", "", n),
    }
    return texts.get(kind, f"{n} {kind}")


# -- work done in the worker ----------------------------------------------------------------------


# The bundle code (signatures, zip checks, YAML) is imported in the worker when first needed,
# not when the window starts: most starts never import anything.


def verify_for_import(catalog: Catalog, progress: ProgressFn, path: str) -> Verification:
    from idguide.catalog.bundles import verify_bundle

    catalog.require_writable()  # IT's catalogue, read-only here: the entry says so at once
    return verify_bundle(path, catalog, progress)


@dataclass
class Imported(CarriesChanges):
    changes: Changes
    names: dict[str, str] = field(default_factory=dict)  # product id -> brand and name


def import_for_dialog(
    catalog: Catalog, progress: ProgressFn, path: str, lang: str | None
) -> Imported:
    def report(done: int, total: int, label: str) -> None:
        if report_hook is not None:
            report_hook(done, total, label)
        progress(done, total, label)

    from idguide.catalog.bundles import import_bundle

    changes = import_bundle(catalog, path, report)
    return Imported(changes, _names(catalog, changes, lang)).carrying(changes.op_changes)


def _names(catalog: Catalog, changes: Changes, lang: str | None) -> dict[str, str]:
    names = {}
    for ids in (changes.added, changes.updated, changes.withdrawn):
        for product_id in ids[:NAMES_SHOWN]:
            product = get_product(catalog, product_id)
            names[product_id] = f"{product.brand_name} {product.t(product.name, lang)}"
    return names


# -- what verification found ----------------------------------------------------------------------


def refusal(v: Verification) -> str:
    """Why the verified bundle ``v`` cannot be installed ("" if it can, or is installed already):
    the core's reason, decided by the rules an import applies."""
    return "" if v.installable or v.up_to_date else v.reason


def status_text(v: Verification) -> str:
    if v.up_to_date:
        return ImportDialog.tr("Already installed (up to date)")
    return (
        ImportDialog.tr("Cannot be installed")
        if refusal(v)
        else ImportDialog.tr("Ready to install")
    )


# The core's codes for a bundle's kind and what was checked of it, in the officer's words.
CODE_WORDS = {
    "valid": QT_TRANSLATE_NOOP("ImportDialog", "valid"),
    "not checked": QT_TRANSLATE_NOOP("ImportDialog", "not checked"),
    "full": QT_TRANSLATE_NOOP("ImportDialog", "full"),
    "delta": QT_TRANSLATE_NOOP("ImportDialog", "delta"),
}


def code_word(code: str) -> str:
    """``code`` in the interface language (an unknown code as it is)."""
    return ImportDialog.tr(CODE_WORDS[code]) if code in CODE_WORDS else code


def describe(v: Verification) -> str:
    """Everything verification found, for the detail box."""
    counts = ", ".join(count_text(what, n) for what, n in sorted(v.counts.items()))
    trust = (
        ImportDialog.tr("trusted ({0})").format(v.trust)
        if v.trusted
        else ImportDialog.tr("NOT trusted ({0})").format(v.trust)
    )
    lines = [
        ImportDialog.tr("File: {0}").format(v.file),
        ImportDialog.tr("Publisher: {0}   Sequence: {1} ({2})   Created: {3}").format(
            v.publisher, v.sequence, code_word(v.kind), day(v.created_at)
        ),
        ImportDialog.tr("Contents: {0}").format(counts or "—"),
        ImportDialog.tr("Signature: {0} (key {1})   Contents: {2}").format(
            code_word(v.signature), v.key_id, code_word(v.contents)
        ),
        ImportDialog.tr("Trust: {0}").format(trust),
    ]
    if v.installed_sequence is not None:
        lines.append(ImportDialog.tr("Installed now: sequence {0}").format(v.installed_sequence))
    if v.demo:
        lines.append(ImportDialog.tr("DEMO: fictional content for training, not real products."))
    lines += [ImportDialog.tr("Warning: {0}").format(warning) for warning in v.warnings]
    return "\n".join(lines)


@dataclass
class Entry:
    """One file in the dialog, as far as it got."""

    path: str
    item: QTreeWidgetItem
    verification: Verification | None = None
    problem: str = ""  # why it cannot be installed
    task: Task | None = None
    done: bool = False

    @property
    def installable(self) -> bool:
        return self.verification is not None and not self.problem and not self.done


class Columns:
    FILE, PUBLISHER, SEQUENCE, PRODUCTS, SIGNATURE, TRUST, STATUS = range(7)
    TITLES = (  # marked for lupdate here, translated when shown
        QT_TRANSLATE_NOOP("ImportDialog", "Bundle"),
        QT_TRANSLATE_NOOP("ImportDialog", "Publisher"),
        QT_TRANSLATE_NOOP("ImportDialog", "Sequence"),
        QT_TRANSLATE_NOOP("ImportDialog", "Products"),
        QT_TRANSLATE_NOOP("ImportDialog", "Signature"),
        QT_TRANSLATE_NOOP("ImportDialog", "Trusted"),
        QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    )


# -- the dialog -----------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Verify, then install, the chosen bundle files."""

    def __init__(self, worker: Worker, lang: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._lang = lang
        self.entries: list[Entry] = []
        self._queue: list[Entry] = []
        self._results: list[Imported] = []
        self._running: Entry | None = None
        self._cancelled = False
        self._closed = False  # answers arriving after the dialog closed are dropped
        self.setWindowTitle(ImportDialog.tr("Import bundles"))
        self._build()
        worker.longProgress.connect(self._on_progress)

    def _build(self) -> None:
        self.table = self._make_table()
        self.detail = plain_label("", self)
        self.detail.setObjectName("importDetail")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = plain_label(ImportDialog.tr("Verifying…"), self)
        self.status.setObjectName("importStatus")
        self.summary = plain_label("", self)
        self.summary.setObjectName("importSummary")
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(ImportDialog.tr("Bundles to install"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self._buttons())

    def _make_table(self) -> QTreeWidget:
        table = QTreeWidget(self)
        table.setRootIsDecorated(False)
        table.setHeaderLabels([ImportDialog.tr(t) for t in Columns.TITLES])
        table.setAccessibleName(ImportDialog.tr("Bundles to install"))
        table.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        return table

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.add_button = QPushButton(ImportDialog.tr("&Add files…"), self)
        self.install = QPushButton(ImportDialog.tr("&Install"), self)
        self.install.setEnabled(False)
        self.cancel = QPushButton(ImportDialog.tr("Cancel"), self)
        self.close_button = QPushButton(ImportDialog.tr("Close"), self)
        box.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.install, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.hide()
        self.add_button.clicked.connect(self.choose_files)
        self.install.clicked.connect(self.start_install)
        self.cancel.clicked.connect(self.cancel_install)
        self.close_button.clicked.connect(self.reject)
        return box

    # -- verifying ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = filedialogs.open_files(
            self, ImportDialog.tr("Choose bundles"), "", ImportDialog.tr(BUNDLE_FILTER)
        )
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Verify each of ``paths`` (in the worker) and list what was found."""
        known = {entry.path for entry in self.entries}
        for path in dict.fromkeys(str(p) for p in paths):
            if path not in known and self._running is None:
                self._verify(path)
        self._update_state()

    def _verify(self, path: str) -> None:
        item = QTreeWidgetItem([Path(path).name, "", "", "", "", "", ImportDialog.tr("Verifying…")])
        self.table.addTopLevelItem(item)
        entry = Entry(path, item)
        self.entries.append(entry)
        label = ImportDialog.tr("Verifying {0}").format(Path(path).name)
        entry.task = QueryOp(
            partial(verify_for_import, path=path),
            partial(self._on_verified, entry),
            partial(self._on_verify_failed, entry),
            label=label,
        ).run(self.worker)
        if self.table.currentItem() is None:
            self.table.setCurrentItem(item)

    def _on_verified(self, entry: Entry, v: Verification) -> None:
        if self._closed:
            return
        entry.task, entry.verification, entry.problem = None, v, refusal(v)
        entry.done = v.up_to_date  # nothing left to do for it
        counts = v.counts.get("products", 0)
        texts = [
            ImportDialog.tr("{0} (DEMO)").format(v.publisher) if v.demo else v.publisher,
            str(v.sequence),
            str(counts),
            ImportDialog.tr("valid") if v.signature == "valid" else ImportDialog.tr("INVALID"),
            ImportDialog.tr("yes") if v.trusted else ImportDialog.tr("NO"),
            status_text(v),
        ]
        for column, text in enumerate(texts, start=Columns.PUBLISHER):
            entry.item.setText(column, text)
        self._after_verify(entry)

    def _on_verify_failed(self, entry: Entry, exc: BaseException) -> None:
        if self._closed:
            return
        entry.task = None
        if is_bug(exc):
            show_error(self, exc)
        entry.problem = ImportDialog.tr("Cancelled.") if isinstance(exc, Interrupted) else str(exc)
        entry.item.setText(Columns.STATUS, ImportDialog.tr("Invalid: cannot be installed"))
        self._after_verify(entry)

    def _after_verify(self, entry: Entry) -> None:
        for column in range(len(Columns.TITLES)):
            self.table.resizeColumnToContents(column)
        if self.table.currentItem() is entry.item:
            self._show_detail(entry.item)
        self._update_state()

    def _entry_of(self, item: QTreeWidgetItem | None) -> Entry | None:
        return next((e for e in self.entries if e.item is item), None)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        entry = self._entry_of(item)
        if entry is None:
            self.detail.setText("")
            return
        parts = [describe(entry.verification)] if entry.verification else [entry.path]
        if entry.problem:
            parts.append(ImportDialog.tr("Cannot be installed: {0}").format(entry.problem))
        elif entry.verification is None:
            parts.append(ImportDialog.tr("Verifying…"))
        self.detail.setText("\n".join(parts))

    def verifying(self) -> bool:
        return any(e.task is not None for e in self.entries if self._running is not e)

    def _update_buttons(self) -> None:
        ready = any(e.installable for e in self.entries)
        busy = self.verifying() or self._running is not None
        self.install.setEnabled(ready and not busy)
        self.add_button.setEnabled(self._running is None)

    def _update_state(self) -> None:
        """Buttons, and the status line while files are being added and verified."""
        self._update_buttons()
        ready = [e for e in self.entries if e.installable]
        if self._running is not None:
            return
        if self.verifying():
            self.status.setText(ImportDialog.tr("Verifying…"))
        elif self.entries and not ready and not self._results:
            self.status.setText(ImportDialog.tr("Nothing can be installed; see the reasons above."))
        elif ready:
            total = len(self.entries)
            self.status.setText(
                ImportDialog.tr("{0} of %n bundle(s) can be installed.", "", total).format(
                    len(ready)
                )
            )

    # -- installing -----------------------------------------------------------------------------

    def start_install(self) -> None:
        """Install every installable bundle, each publisher's in sequence order."""
        key = lambda e: (e.verification.publisher, e.verification.sequence)  # noqa: E731
        self._queue = sorted((e for e in self.entries if e.installable), key=key)
        if not self._queue:
            return
        self._cancelled = False
        self.summary.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.close_button.setEnabled(False)
        self._next()

    def _next(self) -> None:
        if not self._queue or self._cancelled:
            self._finish()
            return
        entry = self._queue.pop(0)
        self._running = entry
        self.progress.setRange(0, 0)  # busy until this bundle's first report
        self.table.setCurrentItem(entry.item)
        entry.item.setText(Columns.STATUS, ImportDialog.tr("Installing…"))
        self.status.setText(ImportDialog.tr("Installing {0}…").format(Path(entry.path).name))
        entry.task = ChangeOp(
            partial(import_for_dialog, path=entry.path, lang=self._lang),
            partial(self._on_imported, entry),
            partial(self._on_import_failed, entry),
            label=ImportDialog.tr("Installing {0}").format(Path(entry.path).name),
            initiator=self,
        ).run(self.worker)
        self._update_state()

    def _on_progress(self, label: str, done: int, total: int) -> None:
        if self._closed:
            return
        if self._running is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        name = Path(self._running.path).name
        self.status.setText(
            ImportDialog.tr("{0}: {1} ({2} of {3})").format(name, label, done, total)
        )

    def _on_imported(self, entry: Entry, result: Imported) -> None:
        if self._closed:
            return
        entry.task, entry.done, self._running = None, True, None
        self._results.append(result)
        entry.item.setText(Columns.STATUS, ImportDialog.tr("Installed"))
        self._next()

    def _on_import_failed(self, entry: Entry, exc: BaseException) -> None:
        if self._closed:
            return
        entry.task, self._running = None, None
        if isinstance(exc, Interrupted):
            entry.item.setText(Columns.STATUS, ImportDialog.tr("Cancelled: nothing changed"))
        else:
            entry.problem = str(exc)
            entry.item.setText(Columns.STATUS, ImportDialog.tr("Failed: nothing changed"))
            show_error(self, exc)
        self._next()

    def cancel_install(self) -> None:
        """Stop: the bundle being installed is rolled back, the rest are not started."""
        self._cancelled = True
        self._queue = []
        if self._running is not None and self._running.task is not None:
            self._running.task.cancel()
        self.cancel.setEnabled(False)

    def _finish(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self.cancel.setEnabled(True)
        self.close_button.setEnabled(True)
        self.summary.setText(self._summary_text())
        self.summary.show()
        self.status.setText(
            ImportDialog.tr("Cancelled; nothing was changed.")
            if self._cancelled and not self._results
            else ImportDialog.tr("Done.")
        )
        self._update_buttons()
        self.close_button.setFocus()

    def _summary_text(self) -> str:
        if not self._results:
            return ImportDialog.tr("Nothing was installed.")
        installed = len(self._results)
        lines = [ImportDialog.tr("Installed %n bundle(s).", "", installed)]
        names: dict[str, str] = {}
        for result in self._results:
            names.update(result.names)
        for what, title in (
            ("added", ImportDialog.tr("Added")),
            ("updated", ImportDialog.tr("Updated")),
            ("withdrawn", ImportDialog.tr("Withdrawn")),
        ):
            ids = [i for r in self._results for i in getattr(r.changes, what)]
            lines.append(self._change_line(title, ids, names))
        lines += [
            ImportDialog.tr("Warning: {0}").format(w)
            for r in self._results
            for w in r.changes.warnings
        ]
        if self._cancelled:
            lines.append(ImportDialog.tr("Cancelled: the remaining bundles were not installed."))
        return "\n".join(lines)

    @staticmethod
    def _change_line(title: str, ids: list[str], names: dict[str, str]) -> str:
        if not ids:
            return ImportDialog.tr("{0}: none").format(title)
        shown = [names.get(i, i) for i in ids[:NAMES_SHOWN]]
        more = (
            ImportDialog.tr(" and {0} more").format(len(ids) - len(shown))
            if len(ids) > len(shown)
            else ""
        )
        return ImportDialog.tr("{0} ({1}): {2}{3}").format(title, len(ids), "; ".join(shown), more)

    def reject(self) -> None:
        """Esc or Close: never while an install runs (Cancel stops it)."""
        if self._running is not None:
            self.cancel_install()
            return
        for entry in self.entries:
            if entry.task is not None:
                entry.task.cancel()
        self._closed = True
        super().reject()
