"""Back and forward between the pages the officer visited (Alt+Left, Alt+Right)."""

from __future__ import annotations

from dataclasses import dataclass

MAX_PAGES = 100


@dataclass(frozen=True)
class Place:
    """A page: ``home``, ``categories``, ``results`` (of ``query`` with ``filters``) or
    ``product`` (``product_id``)."""

    kind: str
    query: str = ""
    filters: tuple[str, str, str] = ("", "", "")  # category, brand, language
    product_id: str = ""


class History:
    """A browser-like list of places with a current position."""

    def __init__(self) -> None:
        self._places: list[Place] = []
        self._at = -1

    @property
    def current(self) -> Place | None:
        return self._places[self._at] if self._at >= 0 else None

    def visit(self, place: Place) -> None:
        """Record ``place`` as the current page; the forward part is dropped. A results page
        that only refines the current one (the officer typing on) replaces it."""
        current = self.current
        if current == place:
            return
        if current is not None and current.kind == place.kind == "results":
            self._places[self._at] = place
            return
        del self._places[self._at + 1 :]
        self._places.append(place)
        del self._places[:-MAX_PAGES]
        self._at = len(self._places) - 1

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._at -= 1
        return self.current

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._at += 1
        return self.current
