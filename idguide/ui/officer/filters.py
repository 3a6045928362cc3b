"""The filter bar above the results: category, brand and content language, with counts.

Counts are of every product the search finds (not only the best shown), each list counted with
the other two filters applied; with nothing typed, of the whole catalogue. A chosen filter stays
in its list even when the current results hold none of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QSizePolicy, QWidget

from idguide.ui.officer.models import category_name

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}

Filters = tuple[str, str, str]  # category id, brand name, language code ("" = any)


class FilterBar(QWidget):
    """Three combo boxes; ``changed`` when the officer picks another value."""

    changed = Signal()

    def __init__(self, lang: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._counts: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
        self.category = self._combo()
        self.brand = self._combo()
        self.language = self._combo()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.set_compact(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The names and the "All …" choices in the interface language now."""
        names = (
            self.tr("Filter by category"),
            self.tr("Filter by brand"),
            self.tr("Filter by content language"),
        )
        for combo, name in zip(self._combos(), names, strict=True):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        self.set_counts(*self._counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_compact(self, compact: bool) -> None:
        """One row, or (in a narrow pane) the category over the brand and the language, so that
        no combo box is too narrow for its text."""
        for combo in self._combos():
            self.grid.removeWidget(combo)
        if compact:
            self.grid.addWidget(self.category, 0, 0, 1, 2)
            self.grid.addWidget(self.brand, 1, 0)
            self.grid.addWidget(self.language, 1, 1)
            stretches = (1, 1, 0)
        else:
            for column, combo in enumerate(self._combos()):
                self.grid.addWidget(combo, 0, column)
            stretches = (5, 4, 3)
        for column, stretch in enumerate(stretches):
            self.grid.setColumnStretch(column, stretch)

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.activated.connect(lambda _row: self.changed.emit())
        return combo

    def filters(self) -> Filters:
        return (
            self.category.currentData() or "",
            self.brand.currentData() or "",
            self.language.currentData() or "",
        )

    def set_filters(self, filters: Filters) -> None:
        """Choose ``filters`` without emitting ``changed`` (history, the category browser)."""
        for combo, value in zip(self._combos(), filters, strict=True):
            self._choose(combo, value)

    def set_lang(self, lang: str | None) -> None:
        self._lang = lang

    def _combos(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.category, self.brand, self.language

    def set_counts(
        self, categories: dict[str, int], brands: dict[str, int], languages: dict[str, int]
    ) -> None:
        """Refill the lists with ``counts``, keeping what is chosen."""
        self._counts = (categories, brands, languages)
        chosen = self.filters()
        self._fill(self.category, self.tr("All categories"), categories, self._category_label)
        self._fill(self.brand, self.tr("All brands"), brands, str)
        self._fill(self.language, self.tr("All languages"), languages, self._language_label)
        for combo, value in zip(self._combos(), chosen, strict=True):
            self._choose(combo, value)

    def _fill(self, combo: QComboBox, everything: str, counts: dict[str, int], label) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for key in sorted(counts, key=lambda k: label(k).casefold()):
            combo.addItem(f"{label(key)} ({counts[key]})", key)
        combo.blockSignals(False)

    def _choose(self, combo: QComboBox, value: str) -> None:
        if value and combo.findData(value) < 0:
            combo.addItem(f"{self._label(combo, value)} (0)", value)
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _label(self, combo: QComboBox, value: str) -> str:
        if combo is self.category:
            return self._category_label(value)
        return self._language_label(value) if combo is self.language else value

    def _category_label(self, category_id: str) -> str:
        return category_name(category_id, self._lang)

    @staticmethod
    def _language_label(code: str) -> str:
        return LANGUAGE_NAMES.get(code, code)
