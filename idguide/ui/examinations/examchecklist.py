"""The checklist of an examination: each feature found as genuine, differing, or not checkable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from idguide.catalog.examinations.exams import RESULTS, Check, Examination
from idguide.ui.widgets import heading, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


def result_name(result: str) -> str:
    names = {
        "unchecked": _tr("Not checked yet"),
        "as-genuine": _tr("As genuine"),
        "differs": _tr("Differs"),
        "cannot-tell": _tr("Cannot tell"),
    }
    return names.get(result, result)


def verdict_name(verdict: str) -> str:
    names = {
        "undetermined": _tr("Undetermined"),
        "likely-genuine": _tr("Likely genuine"),
        "suspected": _tr("Suspected counterfeit"),
    }
    return names.get(verdict, verdict)


def entry_state_name(status: str) -> str:
    names = {
        "current": _tr("current"),
        "updated": _tr("updated since"),
        "withdrawn": _tr("WITHDRAWN"),
        "removed": _tr("removed"),
    }
    return names.get(status, status)


class Checklist(QWidget):
    """One row per feature: number and title, what was found, a comment."""

    checkChanged = Signal(int, str, str)  # feature number, result, comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: dict[int, QComboBox] = {}
        self.comments: dict[int, QLineEdit] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)

    def set_exam(self, exam: Examination, lang: str | None) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        self.results.clear()
        self.comments.clear()
        self.grid.addWidget(heading(self.tr("Feature"), self, 1.0), 0, 0)
        self.grid.addWidget(heading(self.tr("Found"), self, 1.0), 0, 1)
        self.grid.addWidget(heading(self.tr("Comment"), self, 1.0), 0, 2)
        for row, check in enumerate(exam.checks, 1):
            self._add_row(row, check, exam.feature_title(check, lang))
        if not exam.checks:
            empty = plain_label(self.tr("The entry lists no authentication features."), self)
            self.grid.addWidget(empty, 1, 0, 1, 3)

    def _add_row(self, row: int, check: Check, title: str) -> None:
        label = plain_label(f"{check.number}. {title}", self)
        combo = QComboBox(self)
        for result in RESULTS:
            combo.addItem(result_name(result), result)
        combo.setCurrentIndex(max(combo.findData(check.result), 0))
        combo.setAccessibleName(self.tr("Feature {0} found").format(check.number))
        comment = QLineEdit(check.comment, self)
        comment.setPlaceholderText(self.tr("What you saw"))
        comment.setAccessibleName(self.tr("Feature {0} comment").format(check.number))
        label.setBuddy(combo)
        self.results[check.number] = combo
        self.comments[check.number] = comment
        combo.currentIndexChanged.connect(lambda _i, n=check.number: self._changed(n))
        comment.textEdited.connect(lambda _t, n=check.number: self._changed(n))
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(combo, row, 1)
        self.grid.addWidget(comment, row, 2)

    def show_results(self, exam: Examination) -> None:
        """Show what is saved for each feature (a row already showing it is left alone)."""
        for check in exam.checks:
            combo, comment = self.results.get(check.number), self.comments.get(check.number)
            if combo is None or comment is None:
                continue  # not on the checklist as first shown
            combo.setCurrentIndex(max(combo.findData(check.result), 0))
            if comment.text() != check.comment:
                comment.setText(check.comment)

    def set_result(self, number: int, result: str) -> None:
        combo = self.results[number]
        combo.setCurrentIndex(combo.findData(result))

    def _changed(self, number: int) -> None:
        result = self.results[number].currentData()
        self.checkChanged.emit(number, result, self.comments[number].text())
