"""An examination: the checklist of features, the officer's photos, the verdict and the case,
and who asks for the verification.

The window guides: each feature says what genuine and counterfeit look like, a feature that
differs is marked in red, "Likely genuine" while a feature differs is asked about first, the lot
code on the label is checked against the entry's alerts as it is typed.

There is no Save button. Every edit is kept in a small change set and saved through the worker
half a second after the officer stops typing (and at once when the window closes or a request is
exported), so a draft is never lost. An examination of an entry that has since been withdrawn,
updated or removed still opens, with a banner saying so. When the examination or its entry is
changed elsewhere (another program, an import), the window reads it again; what the officer has
not saved yet stays as typed.

When the interface language changes (View > Interface language) the open window speaks the new
one at once (:meth:`ExamWindow.retranslate`): its words, and the texts made from its state (the
title, the saving state, the lot alert) are rendered again; what the officer typed, and what is
not saved yet, stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QRegularExpression, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog import Catalog, i18n
from idguide.catalog.changes import OpChanges
from idguide.catalog.examinations import UNITS, Examination, Photo
from idguide.catalog.i18n import moment
from idguide.catalog.model import Alert
from idguide.catalog.progress import ProgressFn
from idguide.ui import filedialogs
from idguide.ui.errors import show_error
from idguide.ui.examinations.examchecklist import Checklist, verdict_name
from idguide.ui.examinations.examphotos import PhotoStrip
from idguide.ui.examinations.examrequester import RequesterForm
from idguide.ui.examinations.ops import (
    AddedPhoto,
    ExamChanges,
    ExamPage,
    add_exam_photo,
    caption_exam_photo,
    load_exam,
    save_exam,
)
from idguide.ui.operations import ChangeOp, QueryOp
from idguide.ui.widgets import SaidLabel, banner, heading, scaled
from idguide.ui.worker import Worker

SAVE_DELAY_MS = 500


def _export(catalog: Catalog, _progress: ProgressFn, exam_id: int, out_dir: Path, lang: str | None):
    # imported here, in the worker: the PDF library is a large import the window does not need
    # until something is printed, and the officer waits for the window at start
    from idguide.catalog.examinations import export_examination

    return export_examination(catalog, exam_id, out_dir, lang)


class ExamWindow(QWidget):
    """One examination, saved as the officer works."""

    saved = Signal()  # a change set reached the catalogue
    loaded = Signal()

    def __init__(
        self, worker: Worker, exam_id: int, lang: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.worker = worker
        self.exam_id = exam_id
        self.lang = lang
        self.exam: Examination | None = None
        self.alerts: list[Alert] = []  # the entry's, in force on the examination's day
        self.changes = ExamChanges()
        self._filling = False
        self._verdict = "undetermined"  # the one shown before the officer chose another
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.resize(1100, 720)
        self._build()
        self._connect()
        self.retranslate()
        worker.operationDidExecute.connect(self._on_changes)
        self.reload()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.status_banner = banner("withdrawn", self)
        # texts made from the window's state, said again in a new interface language
        self.title = SaidLabel(self, selectable=True)
        self.title.say(lambda: self.tr("Opening the examination…"))
        self.title.setFont(scaled(self.title.font(), 1.6, bold=True))
        self.checklist = Checklist(self)
        self.photos = PhotoStrip(self)
        self.state = SaidLabel(self)
        self.export_button = QPushButton(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._content())
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_banner)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _content(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        self.headings = [heading("", content) for _section in range(4)]
        layout.addWidget(self.headings[0])
        layout.addWidget(self.checklist)
        layout.addWidget(self.headings[1])
        layout.addWidget(self.photos)
        layout.addWidget(self.headings[2])
        layout.addLayout(self._form(content))
        layout.addWidget(self.headings[3])
        self.requester = RequesterForm(content)
        layout.addWidget(self.requester)
        layout.addStretch(1)
        return content

    def _form(self, parent: QWidget) -> QFormLayout:
        self.verdict = QComboBox(parent)
        for verdict in ("undetermined", "likely-genuine", "suspected"):
            self.verdict.addItem("", verdict)
        self.case_ref = QLineEdit(parent)
        self.place = QLineEdit(parent)
        self.examined_on = QDateEdit(parent)
        self.examined_on.setCalendarPopup(True)
        self.examined_on.setDisplayFormat("yyyy-MM-dd")
        self.quantity = QLineEdit(parent)
        digits = QRegularExpression(r"\d{0,12}")
        self.quantity.setValidator(QRegularExpressionValidator(digits, self.quantity))
        self.quantity_unit = QComboBox(parent)  # a usual unit, or the officer's own word
        self.quantity_unit.setEditable(True)
        # the usual units in the officer's words; kept as their codes (i18n.unit_code)
        self.quantity_unit.addItems(["", *(i18n.word(i18n.UNITS, unit) for unit in UNITS)])
        self.lot_code = QLineEdit(parent)
        self.lot_alert = banner("alert", parent)
        self.declared_origin = QLineEdit(parent)
        self.notes = QPlainTextEdit(parent)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        amount = QHBoxLayout()
        amount.addWidget(self.quantity, 2)
        amount.addWidget(self.quantity_unit, 1)
        lot = QVBoxLayout()
        lot.setSpacing(4)
        lot.addWidget(self.lot_code)
        lot.addWidget(self.lot_alert)
        fields: dict[str, QWidget] = {"verdict": self.verdict, "case_ref": self.case_ref}
        fields |= {"place": self.place, "examined_on": self.examined_on}
        fields |= {"quantity": self.quantity, "lot_code": self.lot_code}
        fields |= {"declared_origin": self.declared_origin, "notes": self.notes}
        rows = {"quantity": amount, "lot_code": lot}
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name, field in fields.items():
            label = QLabel(parent)
            label.setBuddy(field)
            self.labels[name] = label
            row = rows.get(name)
            if row is None:
                form.addRow(label, field)
            else:
                form.addRow(label, row)
        return form

    # -- the interface language -----------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the window in the interface language now: its words, and the texts made
        from its state rendered again. What the officer typed and what is not saved yet stay."""
        if self.exam is None:
            self.setWindowTitle(self.tr("Examination — idguide"))
        else:
            self.setWindowTitle(self.tr("Examination {0} — idguide").format(self.exam.id))
            self._show_status(self.exam.product_status)
        self.export_button.setText(self.tr("Export verification request…"))
        sections = (self.tr("Checklist"), self.tr("Your photos"), self.tr("Verdict and case"))
        for label, text in zip(self.headings, (*sections, self.tr("Requested by")), strict=True):
            label.setText(text)
        labels = {
            "verdict": self.tr("Overall &verdict"),
            "case_ref": self.tr("&Case reference"),
            "place": self.tr("&Place"),
            "examined_on": self.tr("&Date"),
            "quantity": self.tr("&Quantity"),
            "lot_code": self.tr("&Lot code"),
            "declared_origin": self.tr("Declared &origin"),
            "notes": self.tr("&Notes"),
        }
        for name, label in self.labels.items():
            label.setText(labels[name])
        for index in range(self.verdict.count()):
            self.verdict.setItemText(index, verdict_name(self.verdict.itemData(index)))
        self._retranslate_units()
        self.quantity_unit.lineEdit().setPlaceholderText(self.tr("unit"))
        self.quantity_unit.setAccessibleName(self.tr("Unit of the quantity"))
        self.lot_code.setPlaceholderText(self.tr("As printed on the label"))
        self._show_lot_alert(self.lot_code.text())

    def _retranslate_units(self) -> None:
        """The usual units in the new words; the one shown follows, an officer's own word stays
        as typed, and nothing counts as an edit (the unit is kept as its code either way)."""
        blocker = QSignalBlocker(self.quantity_unit)
        shown = self.quantity_unit.currentText()
        usual = self.quantity_unit.findText(shown) if shown else -1
        for index, unit in enumerate(UNITS, 1):
            self.quantity_unit.setItemText(index, i18n.word(i18n.UNITS, unit))
        if usual > 0:
            shown = self.quantity_unit.itemText(usual)
        self.quantity_unit.setCurrentText(shown)
        blocker.unblock()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.checklist.checkChanged.connect(self._on_check)
        self.verdict.currentIndexChanged.connect(lambda _i: self._on_verdict())
        for name in ("case_ref", "place", "quantity", "declared_origin", "lot_code"):
            edit: QLineEdit = getattr(self, name)
            edit.textEdited.connect(lambda text, n=name: self._on_field(n, text))
        self.quantity_unit.currentTextChanged.connect(
            lambda text: self._on_field("quantity_unit", i18n.unit_code(text))
        )
        self.lot_code.textChanged.connect(self._show_lot_alert)
        self.requester.changed.connect(lambda field, text: self._on_field(field, text.strip()))
        self.requester.remembered.connect(
            lambda: self._say(lambda: self.tr("New examinations will start with these details."))
        )
        self.examined_on.dateChanged.connect(
            lambda d: self._on_field("examined_on", d.toString("yyyy-MM-dd"))
        )
        self.notes.textChanged.connect(lambda: self._on_field("notes", self.notes.toPlainText()))
        self.photos.filesChosen.connect(self.add_photos)
        self.photos.captionEdited.connect(self.save_caption)
        self.export_button.clicked.connect(self.choose_export_folder)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    # -- filling --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the examination (its photos made small in the worker) and show it."""
        self.flush()  # the worker runs in order: what is read back includes every edit
        job = partial(load_exam, exam_id=self.exam_id, edge=self.photos.edge())
        QueryOp(job, self._on_loaded, self._on_load_failed).run(self.worker)

    def _on_changes(self, changes: OpChanges, initiator: object) -> None:
        """The examination (in another program) or its entry (an import, a revocation) may
        have changed: read it again."""
        if initiator is not self and (changes.examinations or changes.content or changes.trust):
            self.reload()

    def _on_loaded(self, page: ExamPage) -> None:
        first, exam = self.exam is None, page.exam
        self.exam = exam
        self.alerts = page.alerts
        self._filling = True
        self.title.say(
            lambda: self.tr("Examination {0}: {1}").format(exam.id, exam.title(self.lang))
        )
        self.setWindowTitle(self.tr("Examination {0} — idguide").format(exam.id))
        self._show_status(exam.product_status)
        if first:
            self.checklist.set_exam(exam, self.lang)
        if not self.changes:  # edits made since the reload was asked for stay as typed
            self.checklist.show_results(exam)
            self._fill_form(exam)
        self.photos.clear()
        for photo in exam.photos:
            thumb = page.photos.get(photo.sha256)
            self.photos.add_photo(photo, thumb, page.missing.get(photo.sha256, ""))
        if first:
            saved = exam.updated_at
            self._say(lambda: self.tr("Last saved {0}").format(moment(saved)))
        self._filling = False
        self.loaded.emit()

    def _fill_form(self, exam: Examination) -> None:
        """Show the saved values; a field already showing its value is left alone (the cursor
        of an officer typing there stays where it is)."""
        self.verdict.setCurrentIndex(max(self.verdict.findData(exam.verdict), 0))
        day = QDate.fromString(exam.examined_on, "yyyy-MM-dd")
        self.examined_on.setDate(day if day.isValid() else QDate.currentDate())
        texts = {
            self.case_ref: exam.case_ref,
            self.place: exam.place,
            self.quantity: "" if exam.quantity is None else str(exam.quantity),
            self.declared_origin: exam.declared_origin,
        }
        for edit, text in texts.items():
            if edit.text() != text:
                edit.setText(text)
        if self.notes.toPlainText() != exam.notes:
            self.notes.setPlainText(exam.notes)
        unit = i18n.word(i18n.UNITS, exam.quantity_unit)
        if i18n.unit_code(self.quantity_unit.currentText()) != exam.quantity_unit:
            self.quantity_unit.setCurrentText(unit)
        if self.lot_code.text() != exam.lot_code:
            self.lot_code.setText(exam.lot_code)
        self._show_lot_alert(self.lot_code.text())
        self.requester.show_values(exam)
        self._verdict = exam.verdict

    def _show_status(self, status: str) -> None:
        messages = {
            "updated": self.tr(
                "The catalogue entry has been updated since this examination was started; the "
                "checklist shows the features as they were then."
            ),
            "withdrawn": self.tr(
                "WITHDRAWN: the publisher has withdrawn this catalogue entry since the "
                "examination was started. Do not rely on it for new checks; contact the rights "
                "holder."
            ),
            "removed": self.tr(
                "The catalogue entry is no longer in this catalogue; this record keeps what was "
                "checked against it."
            ),
        }
        self.status_banner.setText(messages.get(status, ""))
        self.status_banner.setVisible(status in messages)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.title.say(lambda: self.tr("The examination could not be opened."))
        show_error(self, exc)

    # -- saving ---------------------------------------------------------------------------------

    def _on_check(self, number: int, result: str, comment: str) -> None:
        if not self._filling:
            self.changes.checks[number] = (result, comment)
            self._schedule()

    def _on_field(self, name: str, value: object) -> None:
        if not self._filling:
            self.changes.fields[name] = value
            self._schedule()

    def _on_verdict(self) -> None:
        """Save the verdict chosen; "Likely genuine" while features differ is asked about
        first (the combo box shows the previous verdict until the officer answers)."""
        verdict = self.verdict.currentData()
        differing = self.checklist.differing()
        if self._filling or verdict != "likely-genuine" or not differing:
            self._verdict = verdict
            self._on_field("verdict", verdict)
            return
        self._show_verdict(self._verdict)
        lines = "\n".join(f"•  {self.checklist.title(n)}" for n in differing)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Likely genuine?"),
            self.tr(
                "Found to differ from the genuine entry:\n{0}\n\nA feature that differs "
                "usually means a counterfeit. Record the verdict “Likely genuine” all the same?"
            ).format(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the entry's titles are not markup
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._confirmed(answer, verdict))
        box.open()

    def _confirmed(self, answer: int, verdict: str) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self._show_verdict(verdict)
            self._verdict = verdict
            self._on_field("verdict", verdict)

    def _show_verdict(self, verdict: str) -> None:
        self.verdict.blockSignals(True)
        self.verdict.setCurrentIndex(max(self.verdict.findData(verdict), 0))
        self.verdict.blockSignals(False)

    def _show_lot_alert(self, lot: str) -> None:
        """The alerts that name the lot code typed, as soon as it is typed."""
        lot = lot.strip()
        named = [a for a in self.alerts if lot and a.names_lot(lot)] if self.exam else []
        texts = [
            self.tr("⚠ Lot {0} is named in the alert “{1}” of {2}.").format(
                lot, self.exam.text(alert.title, self.lang), alert.issued
            )
            for alert in named
            if self.exam is not None
        ]
        self.lot_alert.setText("\n".join(texts))
        self.lot_alert.setVisible(bool(texts))

    def _say(self, render: Callable[[], str]) -> None:
        """Show the saving state ``render`` makes (again, in a new interface language)."""
        self.state.say(render)

    def _schedule(self) -> None:
        self._say(lambda: self.tr("Changed; saving…"))
        self.timer.start()

    def flush(self) -> None:
        """Send the changes made so far to the worker (nothing if there are none)."""
        self.timer.stop()
        if not self.changes or self.exam is None:
            return
        changes, self.changes = self.changes, ExamChanges()
        job = partial(save_exam, exam_id=self.exam_id, changes=changes)
        ChangeOp(job, self._on_saved, self._on_save_failed, initiator=self).run(self.worker)

    def _on_saved(self, exam: Examination) -> None:
        saved = exam.updated_at
        self._say(lambda: self.tr("Saved {0}").format(moment(saved)))
        self.saved.emit()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._say(lambda: self.tr("Not saved: {0}").format(exc))
        show_error(self, exc)

    # -- photos and export ----------------------------------------------------------------------

    def add_photos(self, paths: list[Path]) -> None:
        """Copy the photos in (one operation each, so one bad file does not stop the others)."""
        edge, failed = self.photos.edge(), partial(show_error, self)
        for path in paths:
            job = partial(add_exam_photo, exam_id=self.exam_id, path=path, edge=edge)
            ChangeOp(job, self._on_photo, failed, initiator=self).run(self.worker)

    def _on_photo(self, added: AddedPhoto) -> None:
        if added.photo.sha256 not in self.photos.shas():
            self.photos.add_photo(added.photo, added.thumbnail)
        self._say(lambda: self.tr("Photo added and saved."))
        self.saved.emit()

    def save_caption(self, sha256: str, caption: str) -> None:
        """Save a photo's new caption; the strip shows it once it is saved."""
        job = partial(caption_exam_photo, exam_id=self.exam_id, sha256=sha256, caption=caption)
        ChangeOp(job, self._on_caption, partial(show_error, self), initiator=self).run(self.worker)

    def _on_caption(self, photo: Photo) -> None:
        self.photos.set_caption(photo.sha256, photo.caption)
        self._say(lambda: self.tr("Caption saved."))
        self.saved.emit()

    def choose_export_folder(self) -> None:
        folder = filedialogs.existing_folder(
            self, self.tr("Folder for the verification request"), str(Path.home())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write the PDF and the JSON of the verification request into ``folder``."""
        self.flush()  # the worker runs in order: the export sees every edit
        job = partial(_export, exam_id=self.exam_id, out_dir=folder, lang=self.lang)
        label = self.tr("Exporting the verification request")
        QueryOp(job, self._on_exported, partial(show_error, self), label=label).run(self.worker)

    def _on_exported(self, paths: tuple[Path, Path]) -> None:
        pdf, data = paths
        self._say(lambda: self.tr("Written: {0} and {1}").format(pdf, data.name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
