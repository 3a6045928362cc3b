"""Readable at night and from a distance: the text size and the colours, chosen in the View menu
and kept in the settings.

Text size (Ctrl+=, Ctrl+-, Ctrl+0) scales the application's font; every widget that was given a
larger or bolder font of its own (headings, the product's name) is scaled by the same ratio, so
headings stay headings. Colours follow the system unless the officer chooses Dark or High
contrast here, for a laptop whose system setting they cannot change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from idguide.ui.settings import TEXT_SCALES, THEMES, Settings
from idguide.ui.translation import TrContext

Role = QPalette.ColorRole
DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#171717",
    Role.AlternateBase: "#26282b",
    Role.Text: "#e8eaed",
    Role.Button: "#2d2f33",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3d7be0",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#2d2f33",
    Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6",
    Role.Link: "#8ab4f8",
    Role.Mid: "#5f6368",
    Role.Light: "#3c4043",
    Role.Midlight: "#34373b",
    Role.Dark: "#111214",
    Role.Shadow: "#000000",
}
CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1a1a1a",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#ffd600",  # yellow on black: the selection is seen from a metre away
    Role.HighlightedText: "#000000",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.PlaceholderText: "#c0c0c0",
    Role.Link: "#00e5ff",
    Role.Mid: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#ffffff",
    Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff",
}
PALETTES = {"dark": DARK, "contrast": CONTRAST}


class _State:
    scale = 1.0  # the text scale the application's font has now
    style = ""  # the style the application started with, put back with the system colours


def palette(theme: str) -> QPalette:
    """The palette of ``theme`` ("dark" or "contrast"); disabled text dimmed."""
    result = QPalette()
    for role, colour in PALETTES[theme].items():
        result.setColor(role, QColor(colour))
    dimmed = QColor("#8a8a8a")
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, dimmed)
    return result


def apply_theme(theme: str) -> None:
    """Colours for ``theme``: "system" gives the platform's own back."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _State.style:
        _State.style = app.style().name()
    if theme in PALETTES:
        if app.style().name() != "fusion":
            app.setStyle("fusion")  # the native Windows and macOS styles ignore a palette
        app.setPalette(palette(theme))
        return
    if app.style().name() != _State.style:
        app.setStyle(_State.style)
    app.setPalette(QPalette())  # an empty palette: the platform's, following the system again


def apply_text_scale(scale: float) -> None:
    """Make every text ``scale`` times its normal size (see the module's docstring)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or scale == _State.scale:
        return
    ratio = scale / _State.scale
    _State.scale = scale
    own = [w for w in app.allWidgets() if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
    app.setFont(_scaled(app.font(), ratio))
    for widget in own:
        widget.setFont(_scaled(widget.font(), ratio))


def _scaled(font: QFont, ratio: float) -> QFont:
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * ratio)
    elif result.pixelSize() > 0:
        result.setPixelSize(max(1, round(result.pixelSize() * ratio)))
    return result


def apply_settings(settings: Settings) -> None:
    """The text size and colours the settings keep (at start)."""
    apply_text_scale(settings.text_scale)
    if settings.theme != "system" or _State.style:
        apply_theme(settings.theme)


# -- the View menu ------------------------------------------------------------------------------


class AppearanceMenu(TrContext):
    """Text size and colours in ``view`` (the View menu); each choice is applied and kept."""

    def __init__(self, view: QMenu, window: QWidget, settings: Settings) -> None:
        self.settings = settings
        self.size = view.addMenu("")
        self.larger = self._action(
            self.size, [QKeySequence("Ctrl+="), QKeySequence.StandardKey.ZoomIn]
        )
        self.smaller = self._action(
            self.size, [QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut]
        )
        self.normal = self._action(self.size, [QKeySequence("Ctrl+0")])
        self.larger.triggered.connect(lambda: self.step(1))
        self.smaller.triggered.connect(lambda: self.step(-1))
        self.normal.triggered.connect(lambda: self.set_scale(1.0))
        self.colours = view.addMenu("")
        group = QActionGroup(window)
        self.themes: dict[str, QAction] = {}
        for theme in THEMES:
            action = self.colours.addAction("")
            action.setCheckable(True)
            action.setChecked(theme == settings.theme)
            group.addAction(action)
            action.triggered.connect(_bind(self.set_theme, theme))
            self.themes[theme] = action
        self.retranslate()

    def retranslate(self) -> None:
        """The menus' texts in the interface language now (the main window calls it)."""
        self.size.setTitle(AppearanceMenu.tr("&Text size"))
        self.larger.setText(AppearanceMenu.tr("&Larger text"))
        self.smaller.setText(AppearanceMenu.tr("&Smaller text"))
        self.normal.setText(AppearanceMenu.tr("&Normal text size"))
        self.colours.setTitle(AppearanceMenu.tr("C&olours"))
        names = {
            "system": AppearanceMenu.tr("Follow the &system"),
            "dark": AppearanceMenu.tr("&Dark"),
            "contrast": AppearanceMenu.tr("&High contrast"),
        }
        for theme, action in self.themes.items():
            action.setText(names[theme])

    @staticmethod
    def _action(menu: QMenu, keys: list) -> QAction:
        """An action with ``keys``, each once (a key given twice would be ambiguous)."""
        action = menu.addAction("")
        sequences: list[QKeySequence] = []
        for key in keys:
            for sequence in (
                QKeySequence.keyBindings(key)
                if isinstance(key, QKeySequence.StandardKey)
                else [QKeySequence(key)]
            ):
                if sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        return action

    def step(self, direction: int) -> None:
        """One size larger (1) or smaller (-1) than now."""
        scales = list(TEXT_SCALES)
        here = min(range(len(scales)), key=lambda i: abs(scales[i] - self.settings.text_scale))
        self.set_scale(scales[min(max(here + direction, 0), len(scales) - 1)])

    def set_scale(self, scale: float) -> None:
        self.settings.text_scale = scale
        apply_text_scale(self.settings.text_scale)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self.themes[self.settings.theme].setChecked(True)
        apply_theme(self.settings.theme)


def _bind(slot: Callable[[str], None], value: str) -> Callable[..., None]:
    return lambda *_args: slot(value)
