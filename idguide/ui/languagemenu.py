"""View > Interface language: the language of the app's own texts, applied at once and kept in
the settings for the next start.

Choosing one installs its translations (:func:`idguide.ui.translation.install_translations`, which
also puts the core's messages in it); every window then sets its texts again (see
idguide.ui.translation) and keeps what it shows. Content has its own language (View > Content
language), which follows the interface language chosen here unless one was chosen for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from idguide.catalog.i18n import LANGUAGES, NATIVE_NAMES
from idguide.ui.translation import install_translations, start_language

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
        self.menu = QMenu(view)
        self.menu.setObjectName("interfaceLanguageMenu")
        view.insertMenu(content.menuAction(), self.menu)
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        chosen = window.settings.interface_language or SYSTEM
        # Each language in its own words: an officer who cannot read the current one finds theirs.
        for code in (SYSTEM, *LANGUAGES):
            action = self.menu.addAction(NATIVE_NAMES.get(code, ""))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.actions[code] = action
            if code == SYSTEM:
                self.menu.addSeparator()
        self.retranslate()
        if chosen == SYSTEM:  # "German is not available; showing English.", said at start
            notice = start_language(None).notice()
            if notice:
                window.statusBar().showMessage(notice, 15000)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Interface language"))
        self.actions[SYSTEM].setText(self.tr("&System language"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:  # handed on by the main window
            self.retranslate()
        return super().event(event)

    def choose(self, code: str) -> None:
        """Put the interface in ``code`` ("" for the system's) now, and keep the choice."""
        self.window.settings.interface_language = code or None
        self.actions[code].setChecked(True)
        choice = start_language(code or None)
        install_translations(choice.language)  # every window sets its texts again
        self.window.follow_interface_language(choice.language)
        message = self.tr("Interface language: {0}.").format(NATIVE_NAMES[choice.language])
        self.window.statusBar().showMessage(choice.notice() or message, 10000)


def attach_language_menu(window: MainWindow) -> LanguageMenu:
    return LanguageMenu(window)
