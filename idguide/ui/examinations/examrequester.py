"""Who asks for the verification: the officer, their agency and office, and where the rights
holder replies. Prefilled from the settings when an examination is started, editable in each
one (laptops are shared), and kept as the settings for the next examinations only when the
officer says so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from idguide.catalog.examinations import REQUESTER, Examination
from idguide.ui.settings import Settings


class RequesterForm(QWidget):
    """Four lines; ``changed(field, text)`` as the officer types."""

    changed = Signal(str, str)
    remembered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "requester_name": self.tr("Your &name"),
            "requester_agency": self.tr("A&gency"),
            "requester_office": self.tr("O&ffice or post"),
            "requester_contact": self.tr("&Reply to (e-mail, phone)"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        for field in REQUESTER:
            edit = QLineEdit(self)
            edit.textEdited.connect(lambda text, f=field: self.changed.emit(f, text))
            form.addRow(labels[field], edit)
            self.edits[field] = edit
        self.remember = QPushButton(self.tr("Use these for my next examinations"), self)
        self.remember.setToolTip(
            self.tr("New examinations on this computer start with these details")
        )
        self.remember.clicked.connect(self.save_as_default)
        row = QHBoxLayout()
        row.addWidget(self.remember)
        row.addStretch(1)
        form.addRow("", row)

    def show_values(self, exam: Examination) -> None:
        """The saved values (a line already showing its value is left alone)."""
        for field, edit in self.edits.items():
            value = getattr(exam, field)
            if edit.text() != value:
                edit.setText(value)

    def values(self) -> dict[str, str]:
        return {field: edit.text().strip() for field, edit in self.edits.items()}

    def save_as_default(self) -> None:
        Settings().requester = self.values()
        self.remembered.emit()
