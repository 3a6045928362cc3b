"""The officer's preferences, kept with QSettings under the application's name.

Tests point QSettings at a temporary folder (``QSettings.setPath``), so they never touch the
real user's settings. Every value read back is checked: a settings file is outside input too.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from idguide.catalog.examinations import REQUESTER, TEXT_LIMITS
from idguide.catalog.finding import MAX_QUERY_CHARS
from idguide.catalog.overview import DEFAULT_STALE_DAYS

LANGUAGES = ("en", "es", "fr", "pt")
MAX_RECENT = 10
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # View > Text size, smallest to largest
THEMES = ("system", "dark", "contrast")  # View > Colours


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
    def text_scale(self) -> float:
        """How many times the normal size the text is (one of :data:`TEXT_SCALES`)."""
        try:
            scale = float(self._q.value("view/textScale", 1.0))
        except (TypeError, ValueError):
            return 1.0
        return scale if scale in TEXT_SCALES else 1.0

    @text_scale.setter
    def text_scale(self, scale: float) -> None:
        self._q.setValue("view/textScale", scale if scale in TEXT_SCALES else 1.0)

    @property
    def theme(self) -> str:
        """The colours: following the system, dark or high contrast (:data:`THEMES`)."""
        theme = self._text("view/theme")
        return theme if theme in THEMES else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        self._q.setValue("view/theme", theme if theme in THEMES else "system")

    @property
    def requester(self) -> dict[str, str]:
        """Who asks for verifications from this laptop, for new examinations ("" where unset;
        a value too long for the examination is left out)."""
        values = {field: self._text(f"examinations/{field}").strip() for field in REQUESTER}
        return {f: v if len(v) <= TEXT_LIMITS[f] else "" for f, v in values.items()}

    @requester.setter
    def requester(self, values: dict[str, str]) -> None:
        for field in REQUESTER:
            self._q.setValue(f"examinations/{field}", str(values.get(field, "")).strip())

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
