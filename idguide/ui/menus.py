"""The menu bar: every action of the main window, each with a keyboard shortcut.

File > Import bundles…, Check for updates and Update feeds… are created here disabled; the import
dialog and the updates (idguide.ui.bundles) connect them and enable them. Every text is set by
:func:`retranslate_menus`, at once and again when the interface language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from idguide.ui.appearance import AppearanceMenu
from idguide.ui.officer.filters import LANGUAGE_NAMES
from idguide.ui.settings import LANGUAGES
from idguide.ui.translation import TrContext


class Menus(TrContext):
    """The context of the menus' texts for Qt's translations."""


def menu_texts() -> dict[str, str]:
    """The text of each menu and action made here, by its name, in the interface language."""
    return {
        "file": Menus.tr("&File"),
        "importBundlesAction": Menus.tr("&Import bundles…"),
        "checkUpdatesAction": Menus.tr("Check for &updates"),
        "feedsAction": Menus.tr("Update &feeds…"),
        "quit": Menus.tr("&Quit"),
        "view": Menus.tr("&View"),
        "home": Menus.tr("&Home"),
        "categories": Menus.tr("&Categories"),
        "search": Menus.tr("&Search"),
        "contentLanguage": Menus.tr("Content &language"),
        "staleDays": Menus.tr("Out-of-&date after…"),
        "go": Menus.tr("&Go"),
        "back": Menus.tr("&Back"),
        "forward": Menus.tr("&Forward"),
    }


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
    named: dict[str, QAction]  # every action and menu made here, by its name in menu_texts()


def retranslate_menus(actions: Actions) -> None:
    """Set the texts of the menus and actions made here in the interface language now."""
    for name, text in menu_texts().items():
        actions.named[name].setText(text)  # a menu's action: its title
    actions.appearance.retranslate()


def _action(menu: QMenu, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
    action = menu.addAction("")
    action.setShortcuts(keys)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: QMainWindow, on_language: Callable[[str], None]) -> Actions:
    """Create the menus of ``window`` (a MainWindow) and return their actions."""
    bar = window.menuBar()
    named: dict[str, QAction] = {}
    file = bar.addMenu("")
    named["file"] = file.menuAction()
    import_bundles = file.addAction("")
    import_bundles.setObjectName("importBundlesAction")
    import_bundles.setShortcut(QKeySequence("Ctrl+I"))
    import_bundles.setEnabled(False)  # connected by the import dialog
    named["importBundlesAction"] = import_bundles
    # Connected by ui.bundles.updates (checking for updates, the feeds dialog):
    for name, keys in (("checkUpdatesAction", "Ctrl+U"), ("feedsAction", "")):
        action = file.addAction("")
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setEnabled(False)
        named[name] = action
    file.addSeparator()
    quit_ = named["quit"] = _action(file, [QKeySequence("Ctrl+Q")], window.close)
    view = bar.addMenu("")
    view.setObjectName("viewMenu")  # idguide.ui.officer.scanner adds View > Scanner…
    named["view"] = view.menuAction()
    home = named["home"] = _action(view, [QKeySequence("Alt+Home")], window.go_home)
    categories = _action(view, [QKeySequence("Ctrl+B")], window.show_categories)
    named["categories"] = categories
    keys = [QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")]
    search = named["search"] = _action(view, keys, window.focus_search)
    content_language = view.addMenu("")
    content_language.setObjectName("contentLanguageMenu")  # View > Language goes before it
    named["contentLanguage"] = content_language.menuAction()
    languages = _languages(content_language, window, on_language)
    stale_days = named["staleDays"] = _action(view, [], lambda: _ask_stale_days(window))
    view.addSeparator()
    appearance = AppearanceMenu(view, window, window.settings)  # text size and colours
    go = bar.addMenu("")
    named["go"] = go.menuAction()
    back = named["back"] = _action(go, [QKeySequence("Alt+Left")], window.go_back)
    forward = named["forward"] = _action(go, [QKeySequence("Alt+Right")], window.go_forward)
    actions = Actions(
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
        named,
    )
    retranslate_menus(actions)
    return actions


def _ask_stale_days(window: QMainWindow) -> None:
    """View > Out-of-date after…: the days after which an entry is marked out of date."""
    days, ok = QInputDialog.getInt(
        window,
        Menus.tr("Out-of-date content"),
        Menus.tr(
            "Mark an entry as out of date when its bundle was installed more than this\n"
            "many days ago:"
        ),
        window.settings.stale_days,
        1,
        3650,
    )
    if ok:
        window.set_stale_days(days)


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
