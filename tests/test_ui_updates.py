"""Checking for updates in the app (File > Check for updates, Ctrl+U), against a real web server on
127.0.0.1 and a folder: what is installed and the summary that says so, Cancel in the middle of
a download, an offline feed, a search answered while a slow feed downloads, the automatic check
at start only for the feeds it is turned on for, the feeds' state on the home screen, the feeds
dialog, and a catalogue managed by IT."""

from __future__ import annotations

import shutil

import pytest
from bundle_helpers import build, bump
from feed_helpers import (
    PROXY_VARIABLES,
    FeedServer,
    installed,
    laptop,
    make_feed,
    sync_at,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import WRENCH, snapshot

from idguide.catalog.changes import OpChanges
from idguide.catalog.feed import add_feed, get_feed, list_feeds, publish_bundles, set_auto_check
from idguide.catalog.feed.config import save_feed
from idguide.catalog.managed import set_managed
from idguide.catalog.store import open_catalog
from idguide.ui.bundles.updates import UpdateCheck

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

N2 = "nordhaven-2-from-1.idgb"


@pytest.fixture(scope="module")
def n4(bundles, tmp_path_factory):
    """nordhaven 4, a delta on 3: offered without 3, no chain reaches it from 2."""
    src = tmp_path_factory.mktemp("n4") / "nordhaven"
    shutil.copytree(bundles.folder / "src" / "nordhaven", src)
    bump(src, "wrench.yaml", "revision: 4", "revision: 5")
    private = bundles.folder / "nordhaven-keys" / "private.key"
    return build(src, src.parent / "n4.idgb", private, None, delta_from=bundles.n3)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def servers():
    started: list[FeedServer] = []

    def start(folder):
        started.append(FeedServer(folder))
        return started[-1]

    yield start
    for server in started:
        server.close()


@pytest.fixture
def synced(tmp_path, bundles, servers):
    """A laptop that synced nordhaven 1 and cremelia 1 from its feed over HTTP; nordhaven 2 is
    then published. (server, catalogue path, feed folder, keys)"""
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1, bundles.c1])
    server = servers(feed)
    cat = laptop(tmp_path, server.url, feed / "metadata/1.root.json")
    assert sync_at(cat).ok
    publish_bundles(feed, [bundles.n2], keys)
    return server, cat, feed, keys


def check_for_updates(qtbot, window):
    """Ctrl+U's action; the dialog once the check has finished."""
    window.updates.check_action.trigger()
    dialog = window.updates.dialog
    qtbot.waitUntil(lambda: not window.updates.check.running, timeout=20_000)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    return dialog


def search(qtbot, window, text):
    window.search_box.setText(text)
    window.search.flush()
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)


# -- checking -------------------------------------------------------------------------------------


def test_check_for_updates_installs_the_new_bundles_and_the_summary_shows_them(
    qtbot, open_window, tmp_path, bundles, servers
):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1, bundles.c1])
    server = servers(feed)
    cat = laptop(tmp_path, server.url, feed / "metadata/1.root.json")
    window = open_window(cat)
    search(qtbot, window, "wrench")
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.worker.operationDidExecute, timeout=20_000) as signal:
        dialog = check_for_updates(qtbot, window)
    changes, initiator = signal.args
    assert changes == OpChanges(content=True, bundles=True, trust=True, index=True, feeds=True)
    assert initiator is window.updates.check
    text = dialog.text()
    assert dialog.title.text() == "Updates installed"
    assert "Updates: 2 bundles installed." in text
    assert "Installed (2)" in text and "Refused (0)" in text and "Up to date (0)" in text
    assert "Nordhaven Tools AB (nordhaven): bundle 1 | hq | full bundle: 2 added" in text
    assert "Trust from feed hq: added cremelia, nordhaven." in text
    assert "Feed hq: current until" in text
    assert installed(cat) == {"cremelia": 1, "nordhaven": 1}
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)  # the results refreshed themselves
    assert window.model.summary(0).id == WRENCH
    qtbot.waitUntil(lambda: "hq: last updated" in window.updates.status.text())


def test_the_summary_lists_installed_refused_and_up_to_date(
    qtbot, open_window, synced, bundles, n4
):
    _server, cat, feed, keys = synced
    publish_bundles(feed, [n4], keys)  # 4 builds on 3, which is not offered
    window = open_window(cat)
    dialog = check_for_updates(qtbot, window)
    text = dialog.text()
    assert dialog.title.text() == "Some updates were refused"
    assert "Updates: 1 bundle installed, 1 refused, 1 publisher up to date." in text
    assert "Installed (1)" in text and "nordhaven): bundle 2 | hq | update: 0 added, 1 updated" in (
        text
    )
    assert "Refused (1)" in text
    assert "sequence 4 of 'nordhaven' is offered, but no full bundle or chain of updates" in text
    assert "Up to date (1)" in text and "(cremelia) | hq | bundle 1" in text
    # the refusal is chosen: why is said in full below the list
    assert "no full bundle or chain of updates leads there" in dialog.detail.text()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))  # the install
    assert "Products: Nordiva Torque wrench TW-200" in dialog.detail.text()
    assert installed(cat) == {"cremelia": 1, "nordhaven": 2}


def test_cancel_in_the_middle_of_a_download_changes_nothing(qtbot, open_window, synced):
    server, cat, _feed, _keys = synced
    server.hold[N2] = 300  # the first bytes, then the link goes quiet
    window = open_window(cat)
    before = snapshot(cat)
    window.updates.check_action.trigger()
    dialog = window.updates.dialog
    qtbot.waitUntil(lambda: f"Fetching {N2}: 300 bytes of" in dialog.status.text(), timeout=20_000)
    dialog.cancel.click()
    assert "Stopping" in dialog.status.text() and not dialog.cancel.isEnabled()
    server.go_on.set()  # the next bytes arrive: the download stops there
    qtbot.waitUntil(lambda: not window.updates.check.running, timeout=20_000)
    assert dialog.title.text() == "Cancelled"
    assert dialog.status.text() == "Cancelled. Nothing was changed."
    assert snapshot(cat) == before and installed(cat) == {"cremelia": 1, "nordhaven": 1}
    server.hold.clear()
    dialog.again.click()  # the next check resumes the download where it stopped
    qtbot.waitUntil(lambda: not window.updates.check.running, timeout=20_000)
    assert installed(cat) == {"cremelia": 1, "nordhaven": 2}
    assert server.sent(N2)[-1][0] == "bytes=300-"


@pytest.mark.parametrize("transport", ["http", "folder"])
def test_an_offline_feed_is_said_plainly_and_nothing_changes(
    qtbot, open_window, tmp_path, bundles, transport
):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    if transport == "http":
        server = FeedServer(feed)
        source, expected = server.url, "Cannot connect to the feed server 127.0.0.1:"
        server.close()  # offline: nothing answers there any more
    else:
        source, expected = str(tmp_path / "usb-stick"), "the folder is not there. Plug in"
    cat = laptop(tmp_path, source, feed / "metadata/1.root.json")
    before = snapshot(cat)
    window = open_window(cat)
    dialog = check_for_updates(qtbot, window)
    assert dialog.title.text() == "Updates could not be checked"
    assert "Updates: 1 feed could not be checked." in dialog.status.text()
    assert "The feed itself | hq | " in dialog.text()
    assert expected in dialog.detail.text()
    assert snapshot(cat) == before
    qtbot.waitUntil(lambda: "Last check failed: " in window.updates.status.text())
    assert expected in window.updates.status.text()
    assert "never updated" in window.updates.status.text()


def test_a_search_typed_while_a_slow_feed_downloads_is_answered_at_once(qtbot, open_window, synced):
    server, cat, _feed, _keys = synced
    server.hold[N2] = 300
    window = open_window(cat)
    window.updates.check_action.trigger()
    check, dialog = window.updates.check, window.updates.dialog
    qtbot.waitUntil(lambda: f"Fetching {N2}" in dialog.status.text(), timeout=20_000)
    dialog.close_button.click()  # the check goes on, shown in the status bar
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "wrench")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)  # answered by the catalogue's worker
    assert window.model.summary(0).id == WRENCH
    assert check.running and check.stage == UpdateCheck.DOWNLOADING  # still held
    assert window.updates.indicator.isVisible()
    server.go_on.set()
    qtbot.waitUntil(lambda: not check.running, timeout=20_000)
    assert installed(cat) == {"cremelia": 1, "nordhaven": 2}
    label = window.updates.indicator.label.text()
    assert "Updates: 1 bundle installed" in label and "(s)" not in label


# -- at start -------------------------------------------------------------------------------------


def test_the_automatic_check_runs_only_for_the_feeds_it_is_turned_on_for(
    qtbot, open_window, tmp_path, bundles, servers
):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1, bundles.c1])
    on, off = servers(feed), servers(feed)
    cat = laptop(tmp_path, on.url, feed / "metadata/1.root.json")  # hq
    add_feed(cat, off.url, feed / "metadata/1.root.json", name="quiet")
    set_auto_check(cat, "hq", True)
    window = open_window(cat)
    qtbot.waitUntil(lambda: window.updates.check is not None)
    check = window.updates.check
    assert check.automatic and check.feeds == ["hq"]
    qtbot.waitUntil(lambda: not check.running, timeout=20_000)
    assert installed(cat) == {"cremelia": 1, "nordhaven": 1}
    assert on.log and off.log == []  # the other feed's server was never asked anything
    assert window.updates.dialog is None  # no window pops up: the status bar says it
    assert "Updates: 2 bundles installed." in window.updates.indicator.label.text()
    window.updates.indicator.details.click()
    assert "Installed (2)" in window.updates.dialog.text()


def test_no_feed_checked_at_start_means_nothing_reaches_the_network(
    qtbot, open_window, tmp_path, bundles, servers
):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    server = servers(feed)
    cat = laptop(tmp_path, server.url, feed / "metadata/1.root.json")
    window = open_window(cat)
    qtbot.waitUntil(lambda: "hq: last updated never" in window.updates.status.text())
    assert window.updates.check is None and server.log == []


# -- the home screen ------------------------------------------------------------------------------


def test_the_home_screen_shows_each_feeds_last_update_and_when_it_went_out_of_date(
    qtbot, open_window, synced
):
    _server, cat, _feed, _keys = synced
    window = open_window(cat)
    status = window.updates.status
    qtbot.waitUntil(lambda: "hq: last updated 20" in status.text())
    assert "current until 20" in status.text() and not status.banner.isVisible()
    feed = get_feed(cat, "hq")  # days pass: the feed's signed metadata expire
    feed.expires = "2026-01-02T03:04:05+00:00"
    save_feed(cat, feed)
    window.worker.broadcast(OpChanges(feeds=True))
    qtbot.waitUntil(status.banner.isVisible)
    local = status.banner.text()
    assert local.startswith("Feed hq is out of date since 2026-01-0")
    assert "nothing new can be installed from it" in local
    assert "OUT OF DATE since 2026-01-0" in status.text()


def test_the_home_screen_shows_no_feeds_section_without_feeds(qtbot, window):
    with qtbot.waitSignal(window.updates.stateRead) as read:
        window.updates.read_state()
    assert read.args[0].feeds == []
    assert not window.updates.status.isVisible()
    assert window.home.isVisible() and window.updates.check_action.isEnabled()


# -- Ctrl+U ---------------------------------------------------------------------------------------


def test_ctrl_u_checks_for_updates_from_the_search_box(qtbot, window):
    """On X11 a text box takes Ctrl+U itself ("delete to the start of the line"); the window's
    shortcut wins there (this runs again on the real X server)."""
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "wrench")
    qtbot.keyClick(window.search_box, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.updates.dialog is not None)
    qtbot.waitUntil(lambda: not window.updates.check.running)
    assert window.search_box.text() == "wrench"  # not deleted
    assert "No update feed is set up" in window.updates.dialog.status.text()


# -- the feeds dialog -----------------------------------------------------------------------------


def test_the_feeds_dialog_adds_a_feed_turns_its_check_on_and_removes_it(
    qtbot, window, sample_catalog, tmp_path, bundles
):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    dialog = window.updates.open_feeds()
    assert "No feed is set up yet." in dialog.detail.text()
    adding = dialog.open_add()
    adding.source.setText(str(feed))
    adding.root.setText(str(tmp_path / "not-a-root.json"))
    adding.add_button.click()
    qtbot.waitUntil(adding.problem.isVisible)
    assert "Cannot read the root file" in adding.problem.text()
    assert list_feeds(sample_catalog) == []  # nothing added
    adding.root.setText(str(feed / "metadata/1.root.json"))
    adding.name.setText("hq")
    adding.auto_check.setChecked(True)
    adding.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    item = dialog.table.topLevelItem(0)
    assert item.text(0) == "hq" and item.checkState(4) == Qt.CheckState.Checked
    assert get_feed(sample_catalog, "hq").auto_check
    qtbot.waitUntil(lambda: "hq: last updated never" in window.updates.status.text())
    item.setCheckState(4, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not get_feed(sample_catalog, "hq").auto_check)
    box = dialog.ask_remove()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 0)
    assert list_feeds(sample_catalog) == []
    assert not (tmp_path / "catalog.feeds" / "hq").exists()
    qtbot.waitUntil(lambda: not window.updates.status.isVisible())


def test_a_feed_is_not_removed_while_a_check_runs(qtbot, open_window, synced):
    server, cat, _feed, _keys = synced
    server.hold[N2] = 300
    window = open_window(cat)
    window.updates.check_action.trigger()
    dialog = window.updates.open_feeds()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    assert not dialog.remove_button.isEnabled() and dialog.ask_remove() is None
    server.go_on.set()
    qtbot.waitUntil(lambda: not window.updates.check.running, timeout=20_000)
    assert dialog.remove_button.isEnabled()


# -- managed by IT --------------------------------------------------------------------------------


def test_a_catalogue_managed_by_it_only_shows_the_feeds_state(qtbot, open_window, synced):
    server, cat, _feed, _keys = synced
    set_auto_check(cat, "hq", True)
    with open_catalog(cat) as catalog:
        set_managed(catalog)
    requests = len(server.log)
    window = open_window(cat)
    updates = window.updates
    qtbot.waitUntil(lambda: "Managed by IT" in updates.status.text())
    assert "hq: last updated 20" in updates.status.text()
    assert not updates.check_action.isEnabled() and not updates.status.check.isVisible()
    assert updates.check_now() is None and updates.check is None
    dialog = updates.open_feeds()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    assert dialog.managed.isVisible()
    assert not dialog.add_button.isVisible() and not dialog.remove_button.isVisible()
    assert not dialog.table.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert len(server.log) == requests  # nothing reached the network, not even at start
    assert installed(cat) == {"cremelia": 1, "nordhaven": 1}  # nothing was installed
