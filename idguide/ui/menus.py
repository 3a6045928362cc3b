"""The menu bar: every action of the main window, each with a keyboard shortcut.

File > Import bundles…, Check for updates and Update feeds… are created here disabled; the import
dialog and the updates (idguide.ui.bundles) connect them and enable them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from idguide.ui.appearance import AppearanceMenu
from idguide.ui.officer.filters import LANGUAGE_NAMES
from idguide.ui.settings import LANGUAGES
from idguide.ui.translation import TrContext


class Menus(TrContext):
    """The context of the menus' texts for Qt's translations."""


@dataclass
class Actions:
    import_bundles: QAction
    quit: QAction
    home: QAction
    categories: QAction
    search: QAction
    back: QAction
    forward: QAction
    languages: dict[str, QAction]
    stale_days: QAction
    appearance: AppearanceMenu


def _action(
    menu: QMenu, text: str, keys: list[QKeySequence], slot: Callable[[], object]
) -> QAction:
    action = menu.addAction(text)
    action.setShortcuts(keys)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: QMainWindow, on_language: Callable[[str], None]) -> Actions:
    """Create the menus of ``window`` (a MainWindow) and return their actions."""
    bar = window.menuBar()
    file = bar.addMenu(Menus.tr("&File"))
    import_bundles = file.addAction(Menus.tr("&Import bundles…"))
    import_bundles.setObjectName("importBundlesAction")
    import_bundles.setShortcut(QKeySequence("Ctrl+I"))
    import_bundles.setEnabled(False)  # connected by the import dialog
    # Connected by ui.bundles.updates (checking for updates, the feeds dialog):
    for name, text, keys in (
        ("checkUpdatesAction", Menus.tr("Check for &updates"), "Ctrl+U"),
        ("feedsAction", Menus.tr("Update &feeds…"), ""),
    ):
        action = file.addAction(text)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setEnabled(False)
    file.addSeparator()
    quit_ = _action(file, Menus.tr("&Quit"), [QKeySequence("Ctrl+Q")], window.close)
    view = bar.addMenu(Menus.tr("&View"))
    view.setObjectName("viewMenu")  # idguide.ui.officer.scanner adds View > Scanner…
    home = _action(view, Menus.tr("&Home"), [QKeySequence("Alt+Home")], window.go_home)
    categories = _action(
        view, Menus.tr("&Categories"), [QKeySequence("Ctrl+B")], window.show_categories
    )
    search = _action(
        view,
        Menus.tr("&Search"),
        [QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")],
        window.focus_search,
    )
    content_language = view.addMenu(Menus.tr("Content &language"))
    content_language.setObjectName("contentLanguageMenu")  # View > Language goes before it
    languages = _languages(content_language, window, on_language)
    stale_days = _action(view, Menus.tr("Out-of-date &after…"), [], window.ask_stale_days)
    view.addSeparator()
    appearance = AppearanceMenu(view, window, window.settings)  # text size and colours
    go = bar.addMenu(Menus.tr("&Go"))
    back = _action(go, Menus.tr("&Back"), [QKeySequence("Alt+Left")], window.go_back)
    forward = _action(go, Menus.tr("&Forward"), [QKeySequence("Alt+Right")], window.go_forward)
    return Actions(
        import_bundles,
        quit_,
        home,
        categories,
        search,
        back,
        forward,
        languages,
        stale_days,
        appearance,
    )


def _languages(
    menu: QMenu, window: QMainWindow, on_language: Callable[[str], None]
) -> dict[str, QAction]:
    group = QActionGroup(window)
    group.setExclusive(True)
    actions = {}
    for code in LANGUAGES:
        action = menu.addAction(LANGUAGE_NAMES[code])
        action.setCheckable(True)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: on_language(c))
        actions[code] = action
    return actions
