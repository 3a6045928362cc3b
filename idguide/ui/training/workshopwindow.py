"""The trainer's workshop editor: sets of products to present, with a note on each product.

Every change goes through the worker and is saved at once; the list shows what the catalogue
returned. Sets travel between trainers as ``.idgw`` files; importing one lists the products this
catalogue does not hold (they stay in the set, marked). A change made elsewhere (another
program, an import that withdraws a product of the set) is read again from the catalogue.
A new interface language renames everything at once (:meth:`WorkshopWindow.retranslate`); the
trainer's note, typed or not yet saved, stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog import Results
from idguide.catalog.changes import OpChanges
from idguide.catalog.finding import MAX_QUERY_CHARS
from idguide.catalog.training import (
    EXTENSION,
    Workshop,
    WorkshopImport,
    add_item,
    create_workshop,
    delete_workshop,
    export_workshop,
    get_workshop,
    import_workshop,
    list_workshops,
    move_item,
    remove_item,
    rename_workshop,
    reorder,
    set_item_notes,
)
from idguide.ui import filedialogs
from idguide.ui.errors import show_error
from idguide.ui.officer.ops import search_products
from idguide.ui.operations import ChangeOp, QueryOp
from idguide.ui.training.handoutprint import print_handout
from idguide.ui.training.presentation import PresentationWindow
from idguide.ui.training.spotthefake import SpotTheFakeWindow
from idguide.ui.training.workshoplists import ID_ROLE, WorkshopItems
from idguide.ui.widgets import SaidLabel, confirm, heading, scaled
from idguide.ui.worker import Worker

DELAY_MS = 400


class WorkshopWindow(QWidget):
    """Create, rename, delete, fill and share workshop sets; present them."""

    changed = Signal()  # the catalogue answered a change (for tests and screenshots)

    def __init__(
        self,
        worker: Worker,
        lang: str | None = None,
        current_product: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.worker = worker
        self.lang = lang
        self.current_product = current_product or (lambda: "")
        self.workshop: Workshop | None = None
        self.set_rows: list[dict] = []  # the sets as listed, in the list's order
        self.children_windows: list[QWidget] = []
        self._note_for = ""
        self.note_timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.note_timer.timeout.connect(self.save_note)
        self.search_timer = QTimer(self, singleShot=True, interval=DELAY_MS // 2)
        self.search_timer.timeout.connect(self._search)
        self.resize(1100, 680)
        self._build()
        self._connect()
        self.retranslate()
        worker.operationDidExecute.connect(self._on_changes)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        # given their texts by retranslate()
        self.buttons: dict[str, QPushButton] = {}
        self.headings: dict[str, QLabel] = {}
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._sets_pane())
        splitter.addWidget(self._items_pane())
        splitter.addWidget(self._add_pane())
        splitter.setSizes([280, 480, 340])
        self.summary = SaidLabel(self, selectable=True)  # said again in another language
        self.summary.setObjectName("importSummary")
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        """A button, named for :meth:`retranslate`, which gives it its text."""
        button = QPushButton(self)
        button.clicked.connect(lambda: slot())
        self.buttons[name] = button
        return button

    def _sets_pane(self) -> QWidget:
        pane = QWidget(self)
        self.headings["sets"] = heading("", pane)
        self.sets = QListWidget(pane)
        grid = QGridLayout(pane)
        grid.addWidget(self.headings["sets"], 0, 0, 1, 2)
        grid.addWidget(self.sets, 1, 0, 1, 2)
        buttons = [
            self._button("new", self.ask_create),
            self._button("rename", self.ask_rename),
            self._button("delete", self.ask_delete),
            self._button("import", self.ask_import),
            self._button("export", self.ask_export),
        ]
        for number, button in enumerate(buttons):
            grid.addWidget(button, 2 + number // 2, number % 2)
        return pane

    def _items_pane(self) -> QWidget:
        pane = QWidget(self)
        self.title = SaidLabel(pane, selectable=True)  # said again in another language
        self.title.setFont(scaled(self.title.font(), 1.4, bold=True))
        self.items = WorkshopItems(pane)
        self.note = QPlainTextEdit(pane)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(120)
        self.headings["note"] = heading("", pane, 1.0)
        grid = QGridLayout(pane)
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(self.items, 1, 0, 1, 3)
        grid.addWidget(self._button("up", lambda: self.items.move_current(-1)), 2, 0)
        grid.addWidget(self._button("down", lambda: self.items.move_current(1)), 2, 1)
        grid.addWidget(self._button("remove", self.remove_current), 2, 2)
        grid.addWidget(self.headings["note"], 3, 0, 1, 3)
        grid.addWidget(self.note, 4, 0, 1, 3)
        grid.addWidget(self._button("present", self.present), 5, 0)
        grid.addWidget(self._button("spot", self.spot_the_fake), 5, 1)
        grid.addWidget(self._button("handout", self.print_handout), 5, 2)
        return pane

    def _add_pane(self) -> QWidget:
        pane = QWidget(self)
        self.find = QLineEdit(pane)
        self.find.setMaxLength(MAX_QUERY_CHARS)
        self.found = QListWidget(pane)
        self.headings["add"] = heading("", pane)
        layout = QVBoxLayout(pane)
        layout.addWidget(self.headings["add"])
        layout.addWidget(self._button("add_current", self.add_current))
        layout.addWidget(self.find)
        layout.addWidget(self.found, 1)
        layout.addWidget(self._button("add_found", self.add_found))
        return pane

    # -- the interface language -----------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the window in the interface language now, those made from its state
        (the sets' counts, the import's summary) rendered again; the note and the search stay."""
        self.setWindowTitle(self.tr("Workshops — idguide"))
        buttons = {
            "new": self.tr("&New…"),
            "rename": self.tr("Rena&me…"),
            "delete": self.tr("&Delete…"),
            "import": self.tr("&Import…"),
            "export": self.tr("E&xport…"),
            "up": self.tr("Move &up"),
            "down": self.tr("Move do&wn"),
            "remove": self.tr("&Remove"),
            "present": self.tr("&Present"),
            "spot": self.tr("&Spot the fake"),
            "handout": self.tr("Print &handout…"),
            "add_current": self.tr("Add the &current product"),
            "add_found": self.tr("&Add the selected product"),
        }
        for name, button in self.buttons.items():
            button.setText(buttons[name])
        self.headings["sets"].setText(self.tr("Workshop sets"))
        self.headings["note"].setText(self.tr("Trainer's note"))
        self.headings["add"].setText(self.tr("Add products"))
        self.sets.setAccessibleName(self.tr("Workshop sets"))
        self.found.setAccessibleName(self.tr("Products found"))
        self.note.setPlaceholderText(self.tr("Your note on this product for the workshop"))
        self.find.setPlaceholderText(self.tr("Find a product to add"))
        for index, row in enumerate(self.set_rows):
            self.sets.item(index).setText(self._set_text(row))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_text(self, row: dict) -> str:
        return self.tr("{0} (%n product(s))", "", row["items"]).format(row["title"])

    def _connect(self) -> None:
        self.sets.currentItemChanged.connect(self._on_set_selected)
        self.items.currentItemChanged.connect(self._on_item_selected)
        self.items.orderChanged.connect(self.reorder)
        self.items.moveRequested.connect(self.move)
        self.note.textChanged.connect(self._on_note_edited)
        self.find.textChanged.connect(lambda _t: self.search_timer.start())
        self.find.returnPressed.connect(self.add_found)
        self.found.itemActivated.connect(lambda _item: self.add_found())
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(
                QKeySequence(keys), self.items, partial(self.items.move_current, step)
            )
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_handout)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    # -- running operations ---------------------------------------------------------------------

    def _query(self, job: Callable, success: Callable, failure: Callable | None = None) -> None:
        QueryOp(job, success, failure).run(self.worker)

    def _change(self, job: Callable, success: Callable, failure: Callable | None = None) -> None:
        ChangeOp(job, success, failure, initiator=self).run(self.worker)

    def _on_changes(self, changes: OpChanges, initiator: object) -> None:
        """Sets changed elsewhere, or the products in them (withdrawn, removed): read again."""
        if initiator is not self and (changes.workshops or changes.content or changes.trust):
            self.save_note()
            self.refresh()

    # -- the sets -------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        self._query(list_workshops, partial(self._on_listed, select))

    def _on_listed(self, select: int | None, rows: list[dict]) -> None:
        select = select if select is not None else self.current_set_id()
        self.sets.blockSignals(True)
        self.sets.clear()
        self.set_rows = list(rows)
        for row in rows:
            item = QListWidgetItem(self._set_text(row))
            item.setData(ID_ROLE, row["id"])
            self.sets.addItem(item)
        self.sets.blockSignals(False)
        ids = [row["id"] for row in rows]
        self.sets.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        if not ids:
            self._show_workshop(None)
        self.changed.emit()

    def current_set_id(self) -> int | None:
        item = self.sets.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _on_set_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.save_note()
        if item is not None:
            job = partial(get_workshop, workshop_id=int(item.data(ID_ROLE)), lang=self.lang)
            self._query(job, self._show_workshop)

    def _show_workshop(self, workshop: Workshop | None) -> None:
        self.workshop = workshop
        if workshop is None:
            self.title.say(lambda: self.tr("No workshop sets yet: choose New… to make one."))
            self.items.clear()
        else:
            self.title.say(lambda: workshop.title)
            self.items.set_workshop(workshop)
        self._on_item_selected(self.items.currentItem(), None)
        self.changed.emit()

    def _after_change(self, workshop: Workshop) -> None:
        """A change returned the set: show it, and the new counts in the list of sets."""
        self._show_workshop(workshop)
        self.refresh(workshop.id)

    def create(self, title: str) -> None:
        job = partial(create_workshop, title=title)
        self._change(job, lambda w: self.refresh(w.id))

    def rename(self, title: str) -> None:
        wid = self.current_set_id()
        if wid is not None:
            job = partial(rename_workshop, workshop_id=wid, title=title)
            self._change(job, lambda _changes: self.refresh(wid))

    def delete_current(self) -> None:
        wid = self.current_set_id()
        if wid is not None:
            self._change(partial(delete_workshop, workshop_id=wid), lambda _c: self.refresh())

    def ask_create(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New workshop"), self.tr("Title:"))
        if ok and title.strip():
            self.create(title.strip())

    def ask_rename(self) -> None:
        if self.workshop is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename workshop"), self.tr("Title:"), text=self.workshop.title
        )
        if ok and title.strip():
            self.rename(title.strip())

    def ask_delete(self) -> None:
        if self.workshop is None:
            return
        if confirm(
            self,
            self.tr("Delete workshop"),
            self.tr("Delete the workshop “{0}”? The products stay in the catalogue.").format(
                self.workshop.title  # from a file, maybe: plain text
            ),
        ):
            self.delete_current()

    # -- the products of a set ------------------------------------------------------------------

    def add_product(self, product_id: str) -> None:
        wid = self.current_set_id()
        if wid is None or not product_id:
            return
        job = partial(add_item, workshop_id=wid, product_id=product_id)
        self._change(job, self._after_change)

    def add_current(self) -> None:
        self.add_product(self.current_product())

    def add_found(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            self.add_product(item.data(ID_ROLE))

    def remove_current(self) -> None:
        wid, pid = self.current_set_id(), self.items.current_id()
        if wid is not None and pid:
            job = partial(remove_item, workshop_id=wid, product_id=pid)
            self._change(job, self._after_change)

    def move(self, product_id: str, position: int) -> None:
        wid = self.current_set_id()
        if wid is not None:
            job = partial(move_item, workshop_id=wid, product_id=product_id, position=position)
            self._change(job, self._show_workshop)

    def reorder(self, product_ids: list[str]) -> None:
        wid = self.current_set_id()
        if wid is not None:
            job = partial(reorder, workshop_id=wid, product_ids=product_ids)
            self._change(job, self._show_workshop, self._on_reorder_failed)

    def _on_reorder_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    # -- notes ----------------------------------------------------------------------------------

    def _on_item_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.save_note()
        self._note_for = item.data(ID_ROLE) if item is not None else ""
        notes = ""
        if self.workshop is not None:
            notes = next(
                (i.notes for i in self.workshop.items if i.product_id == self._note_for), ""
            )
        self.note.blockSignals(True)
        self.note.setPlainText(notes)
        self.note.blockSignals(False)
        self.note.setEnabled(bool(self._note_for))

    def _on_note_edited(self) -> None:
        self.note_timer.start()

    def save_note(self) -> None:
        if not self.note_timer.isActive() or self.workshop is None or not self._note_for:
            return
        self.note_timer.stop()
        text, pid, wid = self.note.toPlainText(), self._note_for, self.workshop.id
        for item in self.workshop.items:
            if item.product_id == pid:
                item.notes = text
        job = partial(set_item_notes, workshop_id=wid, product_id=pid, notes=text)
        self._change(job, lambda _changes: self.changed.emit())

    # -- sharing --------------------------------------------------------------------------------

    def export_to(self, path: Path) -> None:
        wid = self.current_set_id()
        if wid is not None:
            job = partial(export_workshop, workshop_id=wid, path=path)
            self._query(job, self._on_exported)

    def _on_exported(self, path: Path) -> None:
        self._show_summary(lambda: self.tr("Workshop written to {0}").format(path))

    def import_from(self, path: Path) -> None:
        self._change(partial(import_workshop, path=path), self._on_imported)

    def _on_imported(self, result: WorkshopImport) -> None:
        self._show_summary(partial(self._imported_text, result))
        self.refresh(result.workshop.id)

    def _imported_text(self, result: WorkshopImport) -> str:
        workshop = result.workshop
        text = self.tr("Imported “{0}” with %n product(s).", "", len(workshop.items)).format(
            workshop.title
        )
        if result.missing:
            lines = [f"•  {i.label or i.product_id} ({i.product_id})" for i in result.missing]
            text += "\n" + self.tr("Not in this catalogue (kept in the set, marked):")
            text += "\n" + "\n".join(lines)
        return text

    def _show_summary(self, render: Callable[[], str]) -> None:
        """Show the summary ``render`` makes (again, in a new interface language)."""
        self.summary.say(render)
        self.summary.show()

    def ask_export(self) -> None:
        if self.workshop is None:
            return
        start = str(Path.home() / f"{self.workshop.title}{EXTENSION}")
        name, _ = filedialogs.save_file(
            self, self.tr("Export workshop"), start, self.tr("Workshop files (*.idgw)")
        )
        if name:
            self.export_to(Path(name))

    def ask_import(self) -> None:
        name = filedialogs.open_file(
            self, self.tr("Import workshop"), str(Path.home()), self.tr("Workshop files (*.idgw)")
        )
        if name:
            self.import_from(Path(name))

    # -- presenting -----------------------------------------------------------------------------

    def product_ids(self) -> list[str]:
        if self.workshop is None:
            return []
        return [i.product_id for i in self.workshop.items if i.status != "missing"]

    def present(self) -> PresentationWindow | None:
        if not self.product_ids():
            return None
        window = PresentationWindow(self.worker, self.product_ids(), self.lang)
        self._keep(window)
        window.present()
        return window

    def spot_the_fake(self) -> SpotTheFakeWindow | None:
        if not self.product_ids():
            return None
        window = SpotTheFakeWindow(self.worker, self.product_ids(), self.lang)
        self._keep(window)
        window.present()
        return window

    def print_handout(self) -> None:
        """The set's handout, under its title, listing the products this catalogue lacks."""
        if self.workshop is None:
            return
        missing = [
            f"{item.label or item.product_id} [{item.product_id}]"
            for item in self.workshop.items
            if item.status == "missing"
        ]
        ids = self.product_ids()
        print_handout(self, self.worker, ids, self.lang, title=self.workshop.title, missing=missing)

    def _keep(self, window: QWidget) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.children_windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))

    def _forget(self, window: QWidget) -> None:
        if window in self.children_windows:
            self.children_windows.remove(window)

    # -- finding products to add ----------------------------------------------------------------

    def _search(self) -> None:
        query = self.find.text().strip()
        if not query:
            self.found.clear()
            return
        job = partial(search_products, query=query, lang=self.lang, limit=30)
        self._query(job, partial(self._on_found, query), lambda _exc: self.found.clear())

    def _on_found(self, query: str, results: Results) -> None:
        if query != self.find.text().strip():
            return
        self.found.clear()
        for row in results.rows:
            item = QListWidgetItem(f"{row.brand} {row.name}")
            item.setData(ID_ROLE, row.id)
            self.found.addItem(item)
        if results.rows:
            self.found.setCurrentRow(0)
        self.changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_note()
        for window in list(self.children_windows):
            window.close()
        super().closeEvent(event)
