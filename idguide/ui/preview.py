"""``idguide bundle preview SOURCE --app``: the app on a temporary catalogue holding just the
source, marked PREVIEW, with settings of its own.

The catalogue, its notes, examinations and the officer's user folder (``user/``, see
:mod:`idguide.catalog.userdb`) are the preview's, in its temporary folder; QSettings are pointed
at a folder in it too, so choosing a language or moving the window here changes nothing of the
officer's own app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from idguide.catalog.preview import PREVIEW

BANNER_STYLE = "background: #5a5a96; color: white; font-weight: bold; padding: 6px 10px;"


def own_settings(folder: Path) -> None:
    """Keep every QSettings of this process in ``folder`` (user and system scope alike)."""
    folder.mkdir(parents=True, exist_ok=True)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


def mark_preview(window: QMainWindow, label: str) -> QLabel:
    """A banner across the top of ``window`` and PREVIEW before every title it is given."""
    banner = QLabel(
        f"{PREVIEW} of {label}: a temporary catalogue, gone when this window closes. Nothing "
        "is installed; your own catalogue, notes and settings are not used.",
        window,
    )
    banner.setObjectName("previewBanner")
    banner.setStyleSheet(BANNER_STYLE)
    banner.setWordWrap(True)
    banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar = QToolBar(PREVIEW, window)
    bar.setObjectName("previewBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.addWidget(banner)
    window.addToolBar(bar)

    def retitle(title: str) -> None:
        if not title.startswith(PREVIEW):
            window.setWindowTitle(f"{PREVIEW} · {title}")

    window.windowTitleChanged.connect(retitle)
    retitle(window.windowTitle())
    return banner


def open_preview_window(catalog_path: Path, label: str, lang: str | None = None) -> QMainWindow:
    from idguide.ui.mainwindow import MainWindow

    window = MainWindow(catalog_path, lang=lang)
    mark_preview(window, label)
    return window
