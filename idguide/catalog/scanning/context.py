"""What a check looks at and what it says: the scan's context, each outcome, the whole result.

Kept apart from the checks themselves (:mod:`idguide.catalog.scanning.checks` and
:mod:`~idguide.catalog.scanning.codechecks`), which all use these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from idguide.catalog import model
from idguide.catalog.i18n import ENGLISH, current_language
from idguide.catalog.scanning.gs1 import Scan
from idguide.catalog.scanning.messages import said
from idguide.catalog.store import Catalog


class Level(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Level.GREEN: 0, Level.AMBER: 1, Level.RED: 2}


@dataclass(frozen=True)
class Outcome:
    """What one check found: its level, and one plain sentence for the officer, made in the
    reader's language from ``code`` and ``params`` (:mod:`idguide.catalog.scanning.messages`)."""

    check: str
    """Which check: "product", "open-product", "lot-alert", "expiry"..."""
    level: Level
    sentence: str = ""
    """The sentence as it stands, in English: said when there is no ``code`` (a check added
    without coded words) or one :mod:`~idguide.catalog.scanning.messages` does not know.
    Outcomes as stored are read with :func:`~idguide.catalog.scanning.messages.outcome_text`."""
    code: str = ""
    """What was found, the same in every language: "lot-alert.active", "expiry.passed"..."""
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    """What the sentence names, as plain JSON values (days as ISO dates)."""

    @classmethod
    def coded(cls, check: str, level: Level, code: str, **params: Any) -> Outcome:
        """An outcome that says the sentence of ``code``; its English is kept beside it."""
        return cls(check, level, said(code, params, ENGLISH) or code, code, params)

    @property
    def message(self) -> str:
        """The sentence in the process's language (the interface's, the command line's)."""
        return self.text(current_language())

    def text(self, language: str | None) -> str:
        """The sentence in ``language``."""
        found = said(self.code, self.params, language) if self.code else None
        return self.sentence if found is None else found

    def as_dict(self, language: str | None = ENGLISH) -> dict[str, Any]:
        """As stored and exported: the code and its parameters, and the sentence in
        ``language`` (English, as stored) for a reader that does not know the code."""
        data: dict[str, Any] = {"check": self.check, "level": self.level.value}
        if self.code:
            data |= {"code": self.code, "params": dict(self.params)}
        return data | {"message": self.text(language)}


@dataclass
class ScanResult:
    scan: Scan
    products: list[model.ProductSummary] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def level(self) -> Level:
        """The worst outcome's level: one red check makes the whole scan red."""
        return max((o.level for o in self.outcomes), key=lambda lv: lv.rank, default=Level.GREEN)

    def as_dict(self, language: str | None = ENGLISH) -> dict[str, Any]:
        """The whole result, each outcome's sentence in ``language``."""
        return {
            "scan": self.scan.as_dict(),
            "products": [row.as_dict() for row in self.products],
            "level": self.level.value,
            "outcomes": [outcome.as_dict(language) for outcome in self.outcomes],
        }

    def record(self, scanned_at: str) -> dict[str, Any]:
        """The scan as an examination records it (examination format 2's ``scans``)."""
        scan = self.scan
        return {
            "text": scan.text,
            "gtin": scan.gtin,
            "lot": scan.lot,
            "serial": scan.serial,
            "expiry": scan.expiry.isoformat() if scan.expiry else "",
            "level": self.level.value,
            "outcomes": [outcome.as_dict() for outcome in self.outcomes],
            "scanned_at": scanned_at,
        }


@dataclass
class ScanContext:
    """What every check may look at. ``entries`` are the whole entries of ``products``."""

    catalog: Catalog
    scan: Scan
    today: date
    lang: str | None
    products: list[model.ProductSummary]
    entries: list[model.Product]
    open_product: model.Product | None = None
    earlier: list[Scan] | None = None
    """The codes scanned before this one in the same session (None: not in a session)."""
    earlier_names: list[str] | None = None
    """What each of ``earlier`` is called where it was read ("standard input, line 2"); None:
    the items of a scan session, named by their number."""


Check = Callable[[ScanContext], list[Outcome]]


def product_name(entry: model.Product, lang: str | None) -> str:
    return f"{entry.brand_name} {entry.t(entry.name, lang)}"
