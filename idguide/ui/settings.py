"""The officer's preferences, kept with QSettings under the application's name.

Tests point QSettings at a temporary folder (``QSettings.setPath``), so they never touch the
real user's settings. Every value read back is checked: a settings file is outside input too.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from idguide.catalog.finding.request import MAX_QUERY_CHARS
from idguide.catalog.overview import DEFAULT_STALE_DAYS

LANGUAGES = ("en", "es", "fr", "pt")
MAX_RECENT = 10


class Settings:
    """Typed access to the few values idguide keeps between runs."""

    def __init__(self) -> None:
        self._q = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "idguide", "idguide"
        )

    def _text(self, key: str) -> str:
        value = self._q.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def language(self) -> str | None:
        code = self._text("content/language")
        return code if code in LANGUAGES else None

    @language.setter
    def language(self, code: str) -> None:
        self._q.setValue("content/language", code)

    @property
    def stale_days(self) -> int:
        try:
            days = int(self._q.value("content/staleDays", DEFAULT_STALE_DAYS))
        except (TypeError, ValueError):
            return DEFAULT_STALE_DAYS
        return days if 1 <= days <= 3650 else DEFAULT_STALE_DAYS

    @stale_days.setter
    def stale_days(self, days: int) -> None:
        self._q.setValue("content/staleDays", int(days))

    @property
    def recent_searches(self) -> list[str]:
        value = self._q.value("search/recent", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        usable = [item for item in items if isinstance(item, str) and item.strip()]
        return [item for item in usable if len(item) <= MAX_QUERY_CHARS][:MAX_RECENT]

    def add_recent_search(self, text: str) -> list[str]:
        """Put ``text`` first in the recent searches (once, at most ``MAX_RECENT`` kept)."""
        text = text.strip()[:MAX_QUERY_CHARS]
        if not text:
            return self.recent_searches
        recent = [text, *(item for item in self.recent_searches if item != text)][:MAX_RECENT]
        self._q.setValue("search/recent", recent)
        return recent

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._q.value("window/geometry")
        state = self._q.value("window/state")
        valid = (g if isinstance(g, QByteArray) else None for g in (geometry, state))
        return tuple(valid)  # type: ignore[return-value]

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def sync(self) -> None:
        self._q.sync()
