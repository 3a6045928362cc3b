"""The checklist of an examination: each feature, what genuine and counterfeit look like, and
what the officer found (as genuine, differing, or not checkable), with a comment.

A feature found to differ is marked in the alert red, so the rows that make the case stand out.
A new interface language renames the columns, the choices and the labels around the entry's words
(:meth:`Checklist.retranslate`); what was found and commented stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from idguide.catalog.examinations import RESULTS, Check, Examination
from idguide.ui.widgets import BANNERS, heading, plain_label, scaled

# "Differs" in the alert red of the banners, with the text colour chosen with it.
_RED, _INK = BANNERS["alert"]
DIFFERS_STYLE = f"QComboBox {{ background: {_RED}; color: {_INK}; font-weight: bold; }}"


def result_name(result: str) -> str:
    names = {
        "unchecked": Checklist.tr("Not checked yet"),
        "as-genuine": Checklist.tr("As genuine"),
        "differs": Checklist.tr("Differs"),
        "cannot-tell": Checklist.tr("Cannot tell"),
    }
    return names.get(result, result)


def verdict_name(verdict: str) -> str:
    names = {
        "undetermined": Checklist.tr("Undetermined"),
        "likely-genuine": Checklist.tr("Likely genuine"),
        "suspected": Checklist.tr("Suspected counterfeit"),
    }
    return names.get(verdict, verdict)


def entry_state_name(status: str) -> str:
    names = {
        "current": Checklist.tr("current"),
        "updated": Checklist.tr("updated since"),
        "withdrawn": Checklist.tr("WITHDRAWN"),
        "removed": Checklist.tr("removed"),
    }
    return names.get(status, status)


@dataclass
class Row:
    """The labels of one feature's row, and the entry's words they show."""

    title: QLabel
    genuine: QLabel
    counterfeit: QLabel
    genuine_text: str
    counterfeit_text: str


class Checklist(QWidget):
    """One row per feature: number, title and what genuine and counterfeit look like; what was
    found; a comment."""

    checkChanged = Signal(int, str, str)  # feature number, result, comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: dict[int, QComboBox] = {}
        self.comments: dict[int, QLineEdit] = {}
        self.rows: dict[int, Row] = {}
        self.headings: list[QLabel] = []
        self.empty: QLabel | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)

    def set_exam(self, exam: Examination, lang: str | None) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        self.results.clear()
        self.comments.clear()
        self.rows.clear()
        self.headings = [heading("", self, 1.0) for _column in range(3)]
        for column, label in enumerate(self.headings):
            self.grid.addWidget(label, 0, column)
        for row, check in enumerate(exam.checks, 1):
            self._add_row(row, check, exam, lang)
        self.empty = None if exam.checks else plain_label("", self)
        if self.empty is not None:
            self.grid.addWidget(self.empty, 1, 0, 1, 3)
        self.retranslate()

    def retranslate(self) -> None:
        """The columns, the choices and the labels in the interface language now; the entry's
        words, what was found and the comments stay."""
        columns = (self.tr("Feature"), self.tr("Found"), self.tr("Comment"))
        for label, text in zip(self.headings, columns, strict=False):
            label.setText(text)
        if self.empty is not None:
            self.empty.setText(self.tr("The entry lists no authentication features."))
        for number, combo in self.results.items():
            for index in range(combo.count()):
                combo.setItemText(index, result_name(combo.itemData(index)))
            combo.setAccessibleName(self.tr("Feature {0} found").format(number))
        for number, comment in self.comments.items():
            comment.setPlaceholderText(self.tr("What you saw"))
            comment.setAccessibleName(self.tr("Feature {0} comment").format(number))
        for row in self.rows.values():
            row.genuine.setText(self.tr("Genuine: {0}").format(row.genuine_text))
            row.counterfeit.setText(self.tr("Counterfeit: {0}").format(row.counterfeit_text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _add_row(self, row: int, check: Check, exam: Examination, lang: str | None) -> None:
        feature = self._feature(check, exam, lang)
        combo = QComboBox(self)
        for result in RESULTS:
            combo.addItem("", result)
        combo.setCurrentIndex(max(combo.findData(check.result), 0))
        comment = QLineEdit(check.comment, self)
        self.rows[check.number].title.setBuddy(combo)
        self.results[check.number] = combo
        self.comments[check.number] = comment
        self._mark(combo)
        combo.currentIndexChanged.connect(lambda _i, n=check.number: self._changed(n))
        comment.textEdited.connect(lambda _t, n=check.number: self._changed(n))
        top = Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(feature, row, 0, top)
        self.grid.addWidget(combo, row, 1, top)
        self.grid.addWidget(comment, row, 2, top)

    def _feature(self, check: Check, exam: Examination, lang: str | None) -> QWidget:
        """The title over what genuine and counterfeit look like (the entry's words)."""
        box = QWidget(self)
        title = plain_label(f"{check.number}. {exam.feature_title(check, lang)}", box)
        title.setFont(scaled(title.font(), 1.0, bold=True))
        genuine, fake = exam.feature_genuine(check, lang), exam.feature_counterfeit(check, lang)
        row = Row(title, plain_label("", box), plain_label("", box), genuine, fake)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        for label, text in ((row.title, True), (row.genuine, genuine), (row.counterfeit, fake)):
            label.setVisible(bool(text))
            layout.addWidget(label)
        self.rows[check.number] = row
        return box

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

    def differing(self) -> list[int]:
        """The numbers of the features found to differ from the genuine entry."""
        return [n for n, combo in self.results.items() if combo.currentData() == "differs"]

    def title(self, number: int) -> str:
        return self.rows[number].title.text()

    def _mark(self, combo: QComboBox) -> None:
        combo.setStyleSheet(DIFFERS_STYLE if combo.currentData() == "differs" else "")

    def _changed(self, number: int) -> None:
        combo = self.results[number]
        self._mark(combo)
        self.checkChanged.emit(number, combo.currentData(), self.comments[number].text())
