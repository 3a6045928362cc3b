"""Starting the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from idguide import __version__
from idguide.ui.errors import install_excepthook
from idguide.ui.plurals import install_plurals
from idguide.ui.settings import Settings
from idguide.ui.translation import install_translations, start_language

if TYPE_CHECKING:
    from idguide.ui.mainwindow import MainWindow
    from idguide.ui.startwindow import StartWindow

MIN_POINT_SIZE = 11.0
# For the desktop build's own test (tests/test_frozen.py, docs/deploy.md): set to 1, the app
# opens its window and closes it as soon as it is shown, as if the officer had closed it.
CLOSE_AT_ONCE = "IDGUIDE_CLOSE_AT_ONCE"
# For benchmarks/startup_bench.py --frozen: a file the app appends "<moment> <clock>" lines to
# (time.monotonic(), the system's monotonic clock, which the bench reads too) as it starts.
STARTUP_TIMES = "IDGUIDE_STARTUP_TIMES"
# For the same bench: text typed into the first window as soon as it is shown (as an officer who
# types at once); with STARTUP_TIMES, the app notes when the main window first shows its results
# ("search_ready") and its resident memory then ("rss_mb"), and IDGUIDE_CLOSE_AT_ONCE closes it
# only then.
STARTUP_QUERY = "IDGUIDE_STARTUP_QUERY"


def setup_application(app: QApplication) -> None:
    """Names, the interface language's translations, and type large enough to read in a
    hurry. Colours stay the system's."""
    app.setApplicationName("idguide")
    app.setOrganizationName("idguide")
    app.setApplicationVersion(__version__)
    install_plurals()
    install_translations(start_language(Settings().interface_language).language)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if there is one), set up for idguide."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setApplicationName("idguide")
        QCoreApplication.setOrganizationName("idguide")
        app = QApplication(argv if argv is not None else sys.argv[:1])
    setup_application(app)
    return app


def run_app(catalog_path: Path) -> int:
    """Open the main window on ``catalog_path`` and run until it is closed.

    A window is shown at once (idguide.ui.startwindow, Qt only); once it is on screen, the
    search core and the main window are loaded and built, and the main window takes its place
    with whatever was typed meanwhile."""
    from idguide.ui.startwindow import StartWindow

    app = create_application()
    install_excepthook()
    start = StartWindow()
    opened: list[QWidget] = []  # the main window, kept alive while the app runs
    start.painted.connect(
        lambda: opened.append(_open_main_window(start, catalog_path)),
        Qt.ConnectionType.QueuedConnection,  # after the paint, so that it is seen first
    )
    start.painted.connect(lambda: _note_time("window_shown"))
    start.show()
    if os.environ.get(STARTUP_QUERY):
        start.search_box.setText(os.environ[STARTUP_QUERY])
    return app.exec()


def _note_time(moment: str, value: float | None = None) -> None:
    """Note ``moment`` at the monotonic clock's time now (or with ``value``) for the bench."""
    where = os.environ.get(STARTUP_TIMES)
    if where:
        import time

        with open(where, "a", encoding="utf-8") as times:
            times.write(f"{moment} {time.monotonic() if value is None else value!r}\n")


def _note_first_results(window: MainWindow) -> None:
    """For the bench: note when ``window`` first shows the results of the text handed to it from
    the first window, and the memory the process holds then (Linux: VmRSS); close it then if
    IDGUIDE_CLOSE_AT_ONCE asks. Polled as benchmarks/startup_bench.py polls the installed
    package's window, so that the two are timed alike."""

    def check() -> None:
        if window.model.rowCount() and window.search.is_current():
            poll.stop()
            _note_time("search_ready")
            try:
                with open("/proc/self/status", encoding="ascii") as status:
                    rss = next(line for line in status if line.startswith("VmRSS"))
                _note_time("rss_mb", int(rss.split()[1]) / 1024)
            except (OSError, StopIteration):
                pass  # not Linux: no memory figure
            if os.environ.get(CLOSE_AT_ONCE) == "1":
                window.close()

    poll = QTimer(window, interval=5)
    poll.timeout.connect(check)
    poll.start()


def _open_main_window(start: StartWindow, catalog_path: Path) -> MainWindow:
    from idguide.ui.mainwindow import MainWindow
    from idguide.ui.statefile import write_state_if_asked

    window = MainWindow(catalog_path)
    write_state_if_asked(window)  # for tests from outside the app (idguide.ui.statefile)
    typed = start.typed()
    if typed:
        window.search_box.setText(typed)
    window.show()
    start.close()
    _note_time("main_window_shown")
    if typed and os.environ.get(STARTUP_TIMES):
        _note_first_results(window)
    elif os.environ.get(CLOSE_AT_ONCE) == "1":
        QTimer.singleShot(0, window.close)
    return window


def run_preview(catalog_path: Path, folder: Path, label: str) -> int:
    """The app on a publisher's preview catalogue (``idguide bundle preview --app``) until its
    window is closed, marked PREVIEW, with settings of its own in ``folder``: see
    :mod:`idguide.ui.preview`."""
    import os

    from idguide.ui.preview import PREVIEW, open_preview_window, own_settings

    own_settings(folder / "settings")
    os.environ["IDGUIDE_CATALOG"] = str(catalog_path)  # whatever asks for "the" catalogue here
    os.environ["IDGUIDE_USER_DATA"] = str(folder / "user")  # notes made here are the preview's
    app = create_application()
    app.setApplicationDisplayName(f"idguide {PREVIEW}")
    install_excepthook()
    window = open_preview_window(catalog_path, label)
    window.show()
    return app.exec()
