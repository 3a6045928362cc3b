"""Who asks for the verification: the officer, their agency and office, and where the rights
holder replies. Prefilled from the settings when an examination is started, editable in each
one (laptops are shared), and kept as the settings for the next examinations only when the
officer says so. A new interface language renames the labels, never what was typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from idguide.catalog.examinations import REQUESTER, Examination
from idguide.ui.settings import Settings


class RequesterForm(QWidget):
    """Four lines; ``changed(field, text)`` as the officer types."""

    changed = Signal(str, str)
    remembered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for field in REQUESTER:
            edit = QLineEdit(self)
            edit.textEdited.connect(lambda text, f=field: self.changed.emit(f, text))
            label = QLabel(self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[field] = edit
            self.labels[field] = label
        self.remember = QPushButton(self)
        self.remember.clicked.connect(self.save_as_default)
        row = QHBoxLayout()
        row.addWidget(self.remember)
        row.addStretch(1)
        form.addRow("", row)
        self.retranslate()

    def retranslate(self) -> None:
        """The labels and the button in the interface language now; the lines stay as typed."""
        labels = {
            "requester_name": self.tr("Your &name"),
            "requester_agency": self.tr("A&gency"),
            "requester_office": self.tr("O&ffice or post"),
            "requester_contact": self.tr("&Reply to (e-mail, phone)"),
        }
        for field, label in self.labels.items():
            label.setText(labels[field])
        self.remember.setText(self.tr("Use these for my next examinations"))
        self.remember.setToolTip(
            self.tr("New examinations on this computer start with these details")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
