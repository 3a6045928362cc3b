"""Fixtures shared by every test module: real catalogue files in temporary folders."""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings
from support import install_sample
from support import sample_catalog as sample_catalog_at

from idguide.catalog import Catalog, open_catalog

if TYPE_CHECKING:
    from idguide.ui.mainwindow import MainWindow

# Hypothesis fails an example that takes over 200 ms (its default deadline), a timing threshold
# that a loaded machine crosses: "Unreliable test timings! ... took 888 ms" in a test of
# microseconds. Whether a test passes must not depend on how busy the machine is.
settings.register_profile("idguide", deadline=None)
settings.load_profile("idguide")


def pytest_configure(config: pytest.Config) -> None:
    """The officer's own data (idguide.catalog.userdb) and IT's system configuration
    (idguide.catalog.sysconfig) in temporary folders from the start, for module-wide fixtures
    too: the real user's and the machine's are never read or written. (Each test gets folders
    of its own: ``user_data``.)"""
    os.environ["IDGUIDE_USER_DATA"] = tempfile.mkdtemp(prefix="idguide-user-data-")
    os.environ["XDG_CONFIG_DIRS"] = tempfile.mkdtemp(prefix="idguide-site-config-")


@pytest.fixture(autouse=True)
def user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this test's officer data goes: one folder per catalogue id under it. IT's system
    configuration is read from an empty folder of the test's own (``site_config``)."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("IDGUIDE_USER_DATA", str(folder))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path_factory.mktemp("site-config")))
    return folder


@pytest.fixture
def site_config() -> Path:
    """The system configuration file idguide reads in this test (not there until written)."""
    from idguide.catalog.sysconfig import config_file

    return config_file()


@pytest.fixture
def empty_catalog(tmp_path: Path) -> Path:
    """The path of a new, empty catalogue (created, then closed again)."""
    path = tmp_path / "catalog.db"
    open_catalog(path).close()
    return path


@pytest.fixture
def sample_catalog(tmp_path: Path) -> Path:
    """The path of a catalogue with the sample publishers of tests/data/sample installed
    (closed again, so a test or a window may open it in any thread)."""
    path = tmp_path / "catalog.db"
    with open_catalog(path) as catalog:
        install_sample(catalog)
    return path


@pytest.fixture(scope="module")
def sample_template(tmp_path_factory) -> Path:
    """The sample catalogue, made once per test module; tests work on copies of it."""
    return sample_catalog_at(tmp_path_factory.mktemp("sample"))


@pytest.fixture
def sample_copy(sample_template: Path, tmp_path: Path) -> Iterator[Catalog]:
    """A fresh copy of the sample catalogue (with its index and pictures), opened."""
    for sibling in sample_template.parent.iterdir():
        copy = shutil.copytree if sibling.is_dir() else shutil.copy2
        copy(sibling, tmp_path / sibling.name)
    with open_catalog(tmp_path / sample_template.name) as catalog:
        yield catalog


@pytest.fixture
def ui_errors() -> Iterator[list[BaseException]]:
    """Errors the UI would show, collected instead of opening a modal dialog.

    A test that expects errors takes them out of the list; any left at the end fail the test.
    """
    from idguide.ui import errors

    shown: list[BaseException] = []
    previous = errors.set_error_hook(lambda _parent, exc: shown.append(exc))
    yield shown
    errors.set_error_hook(previous)
    assert not shown, f"unexpected errors shown: {shown!r}"


@pytest.fixture(autouse=True)
def qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path | None]:
    """QSettings in a temporary folder for every test: the real user's settings are never read
    or written. (Nothing happens where Qt is not installed.)"""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        yield None
        return
    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test goes through a proxy the machine's environment names: feeds are served locally
    (and nothing may reach the network)."""
    from feed_helpers import PROXY_VARIABLES

    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Two publishers' bundles, built once per module (feed_helpers.make_bundles)."""
    from feed_helpers import make_bundles

    return make_bundles(tmp_path_factory.mktemp("bundles"))


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts with idguide's messages in English, whatever the machine's locale; a
    test that switches language does not leak it into the next."""
    from idguide.catalog import i18n

    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.set_language(i18n.ENGLISH)
    yield
    i18n.set_language(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def english_plurals(request: pytest.FixtureRequest) -> Iterator[None]:
    """What idguide.ui.app sets up at start for every window: "1 product", "2 products"; a test
    that puts the interface in another language does not leak it into the next."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    from idguide.ui.plurals import install_plurals
    from idguide.ui.translation import install_translations

    request.getfixturevalue("qapp")
    install_plurals()
    yield
    # The windows this test closed go now, and those left hear of the change of language now:
    # not in the next test, whose window would otherwise say the test's texts again then.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    install_translations("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


# pytest-qt waits at most 5 s unless told otherwise. A wait returns as soon as what it waits for
# happens, so its bound only says how long a broken test takes to fail; on a machine loaded by
# other jobs (CI; two shared cores) opening a catalogue or showing a window can take longer.
WAIT_MS = 30_000
WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitActive", "waitExposed", "waitCallback")


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, whose waits wait up to WAIT_MS unless a test gives its own bound."""
    for name in WAITS:
        setattr(qtbot, name, functools.partial(getattr(qtbot, name), timeout=WAIT_MS))
    return qtbot


@pytest.fixture
def open_window(qtbot, ui_errors) -> Iterator[Callable[..., MainWindow]]:
    """A factory: the main window on a catalogue, shown with the catalogue open, at the smallest
    screen it must work on (1366x768) unless ``size`` is None (then as the saved settings say).
    The windows close before ``ui_errors`` stops collecting."""
    from idguide.ui.mainwindow import MainWindow

    windows: list[MainWindow] = []

    def make(
        path: Path, lang: str | None = "en", size: tuple[int, int] | None = (1366, 768)
    ) -> MainWindow:
        window = MainWindow(path, lang=lang)
        qtbot.addWidget(window)
        windows.append(window)
        if size is not None:
            window.resize(*size)
        window.show()
        # Under a window manager (the X server pass) this asks; the window becomes active, and
        # its focus widget gets the keys and shortcuts, some time later: wait for that.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.worker.pending == 0)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(open_window, sample_catalog: Path) -> MainWindow:
    """The main window on the sample catalogue."""
    return open_window(sample_catalog)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt widgets ``gui``: `make test` runs those a second time on a
    real X server (scripts/with-x11), where key bindings, focus and window sizes differ."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
