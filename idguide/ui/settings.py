"""The officer's preferences, kept with QSettings under the application's name.

Tests point QSettings at a temporary folder (``QSettings.setPath``), so they never touch the
real user's settings. Every value read back is checked: a settings file is outside input too.

The app reads the interface language here before its first window is shown
(idguide.ui.app): the catalogue's limits a value is checked against are imported where used,
not with this module, so that the search core is not loaded before that window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("en", "es", "fr", "pt")
MAX_RECENT = 10
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # View > Text size, smallest to largest
THEMES = ("system", "dark", "contrast")  # View > Colours


# Characters a GS1 code may hold besides letters and digits (GS1's "character set 82"), and the
# "]" that begins a scanner's symbology identifier: a prefix or suffix must never be one.
IN_CODES = frozenset("!\"%&'()*+,-./:;<=>?_]")


def scanner_mark(text: str) -> str:
    """A scanner's prefix or suffix as kept: one printable character that no code holds (not a
    letter, digit, space or GS1 punctuation; e.g. § or ~), else none."""
    usable = (
        len(text) == 1
        and text.isprintable()
        and not (text.isalnum() or text.isspace() or text in IN_CODES)
    )
    return text if usable else ""


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
    def interface_language(self) -> str | None:
        """The language of the app's own texts chosen in View > Language; None: the system's."""
        code = self._text("view/interfaceLanguage")
        return code if code in LANGUAGES else None

    @interface_language.setter
    def interface_language(self, code: str | None) -> None:
        self._q.setValue("view/interfaceLanguage", code if code in LANGUAGES else "")

    @property
    def stale_days(self) -> int:
        from idguide.catalog.overview import DEFAULT_STALE_DAYS

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
        from idguide.catalog.examinations import REQUESTER, TEXT_LIMITS

        values = {field: self._text(f"examinations/{field}").strip() for field in REQUESTER}
        return {f: v if len(v) <= TEXT_LIMITS[f] else "" for f, v in values.items()}

    @requester.setter
    def requester(self, values: dict[str, str]) -> None:
        from idguide.catalog.examinations import REQUESTER

        for field in REQUESTER:
            self._q.setValue(f"examinations/{field}", str(values.get(field, "")).strip())

    @property
    def recent_searches(self) -> list[str]:
        from idguide.catalog.finding import MAX_QUERY_CHARS

        value = self._q.value("search/recent", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        usable = [item for item in items if isinstance(item, str) and item.strip()]
        return [item for item in usable if len(item) <= MAX_QUERY_CHARS][:MAX_RECENT]

    def add_recent_search(self, text: str) -> list[str]:
        """Put ``text`` first in the recent searches (once, at most ``MAX_RECENT`` kept)."""
        from idguide.catalog.finding import MAX_QUERY_CHARS

        text = text.strip()[:MAX_QUERY_CHARS]
        if not text:
            return self.recent_searches
        recent = [text, *(item for item in self.recent_searches if item != text)][:MAX_RECENT]
        self._q.setValue("search/recent", recent)
        return recent

    @property
    def scan_sound(self) -> bool:
        """Whether a failed scan sounds (on unless turned off)."""
        return self._q.value("scanner/sound", "true") not in ("false", False, "0", 0)

    @scan_sound.setter
    def scan_sound(self, on: bool) -> None:
        self._q.setValue("scanner/sound", "true" if on else "false")

    @property
    def scanner_prefix(self) -> str:
        """The character the officer's scanner sends before each code ("" when none)."""
        return scanner_mark(self._text("scanner/prefix"))

    @scanner_prefix.setter
    def scanner_prefix(self, mark: str) -> None:
        self._q.setValue("scanner/prefix", scanner_mark(mark))

    @property
    def scanner_suffix(self) -> str:
        """The character the officer's scanner sends after each code, instead of or before
        Enter ("" when none)."""
        return scanner_mark(self._text("scanner/suffix"))

    @scanner_suffix.setter
    def scanner_suffix(self, mark: str) -> None:
        self._q.setValue("scanner/suffix", scanner_mark(mark))

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
