"""View > Interface language: the language of the app's own texts, kept in the settings.

The choice takes effect when idguide starts again (the open windows keep their texts); until
then the menu says so. Content has its own language (View > Content language), which follows the
interface language chosen here unless one was chosen for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from idguide.catalog.i18n import LANGUAGES, NATIVE_NAMES
from idguide.ui.translation import start_language

if TYPE_CHECKING:
    from idguide.ui.mainwindow import MainWindow

SYSTEM = ""  # the choice "System language": the system locale's, if idguide speaks it


class LanguageMenu(QObject):
    """The View > Interface language submenu of ``window``, before View > Content language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        view = window.menuBar().findChild(QMenu, "viewMenu")
        content = window.menuBar().findChild(QMenu, "contentLanguageMenu")
        self.menu = QMenu(self.tr("&Interface language"), view)
        self.menu.setObjectName("interfaceLanguageMenu")
        view.insertMenu(content.menuAction(), self.menu)
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        chosen = window.settings.interface_language or SYSTEM
        # Each language in its own words: an officer who cannot read the current one finds theirs.
        names = {SYSTEM: self.tr("&System language"), **NATIVE_NAMES}
        for code in (SYSTEM, *LANGUAGES):
            action = self.menu.addAction(names[code])
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.actions[code] = action
            if code == SYSTEM:
                self.menu.addSeparator()
        if chosen == SYSTEM:  # "German is not available; showing English.", said at start
            notice = start_language(None).notice()
            if notice:
                window.statusBar().showMessage(notice, 15000)

    def choose(self, code: str) -> None:
        """Keep ``code`` for the next start and say when it takes effect."""
        self.window.settings.interface_language = code or None
        self.actions[code].setChecked(True)
        name = NATIVE_NAMES.get(code) or self.tr("the system's language")
        message = self.tr("The interface will be in {0} when idguide starts again.")
        self.window.statusBar().showMessage(message.format(name), 10000)


def attach_language_menu(window: MainWindow) -> LanguageMenu:
    return LanguageMenu(window)
