"""An officer's session with the real app on a real X server, driven from outside as a person
and a scanner would: key events from the X server (xdotool), never calls into the app.

`make test` runs this in its second pass (scripts/with-x11: Xvfb at 1366x768 with the openbox
window manager). ``xdotool type --delay 5`` types as a keyboard-wedge scanner does, a few
milliseconds a key. What the test checks is what the officer sees: the window's title, the
screen (screenshots with ImageMagick's ``import``; the call-out's red on the picture), the files
written and the catalogue; the app's state file (idguide.ui.statefile) adds what the screen shows
but does not say in words: which feature is chosen, and where the keyboard focus is.

The session: a scan of a barcode the catalogue does not hold yet, a scan with a wrong check digit,
the import of the bundle that holds it (Ctrl+I, the file typed into the dialog), the scan again,
one key for a feature and the picture zoomed into its call-out, F for the whole picture again,
Ctrl+E from the search box and an examination exported from the keyboard, Ctrl+K from the search
box and a feature in the compare view, a scan from the product page, a 2D scanner's code with its
ASCII 29, a letter that starts a new search, Ctrl+Q.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from bundle_helpers import build, make_keys, trusted_catalog
from PIL import Image, ImageChops
from support import SAMPLE, install_folder

from idguide.catalog import open_catalog
from idguide.ui.zoomview import CALLOUT

pytestmark = pytest.mark.x11

WRENCH_CODE = "036000291452"
PLIERS_CODE = "4006381333931"
WAIT_S = 30  # generous: the machine is shared; a healthy app answers in well under a second


# -- driving the app from outside -----------------------------------------------------------------


def xdotool(*args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], check=True, capture_output=True, text=True, timeout=WAIT_S
    )
    return done.stdout.strip()


def scanner(text: str) -> None:
    """What a keyboard-wedge scanner types: the code and Enter (CR), 5 ms a key."""
    xdotool("type", "--delay", "5", f"{text}\r")


def keys(*names: str) -> None:
    """Keys pressed by a person (xdotool names: ctrl+e, Return, 2...)."""
    for name in names:
        xdotool("key", name)
        time.sleep(0.1)  # a person's pace: no two keys look like a scanner's burst


def type_in_dialog(text: str) -> None:
    """Type into a dialog or another window (the scanner watch is the main window's only)."""
    xdotool("type", "--delay", "5", text)


def window_named(pattern: str, other_than: str = "") -> str:
    """The id of the visible window whose title matches ``pattern`` (and is not the window
    ``other_than``), once it is there, made active so that the keys typed go to it."""
    found: list[str] = []

    def appeared() -> bool:
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", pattern],
            capture_output=True,
            text=True,
            timeout=WAIT_S,
        )
        found[:] = [w for w in done.stdout.split() if w != other_than]
        return bool(found)

    wait_until(appeared, lambda: pattern)
    xdotool("windowactivate", "--sync", found[0])
    return found[0]


def wait_until(check: Callable[[], bool], what: Callable[[], object]) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"gave up waiting; last seen: {what()!r}")


class Session:
    """The running app, its main window and what it shows."""

    def __init__(self, folder: Path, catalog: Path) -> None:
        self.folder = folder
        self.catalog = catalog
        self.state_file = folder / "state.json"
        self._user_db: Path | None = None
        self.shots = folder / "shots"
        self.shots.mkdir()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(folder / "config"),  # the app's settings, not the user's
            "IDGUIDE_STATE_FILE": str(self.state_file),
        }
        self.log = (folder / "app.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "idguide", "--catalog", str(catalog)],
            cwd=folder,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.window = xdotool("search", "--sync", "--onlyvisible", "--name", "^idguide$")
        xdotool("windowactivate", "--sync", self.window)
        self.wait(lambda s: s["page"] == "home" and s["focus"] == "search")

    def user_db(self) -> Path:
        """The officer's own data for the catalogue (idguide.catalog.userdb), once made."""
        if self._user_db is None:
            with open_catalog(self.catalog, repair_index=False) as catalog:
                self._user_db = catalog.user.path
        return self._user_db

    def state(self) -> dict[str, Any]:
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def title(self) -> str:
        return xdotool("getwindowname", self.window)

    def wait(self, check: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        wait_until(lambda: bool(self.state()) and check(self.state()), self.state)
        return self.state()

    def wait_title(self, title: str) -> None:
        wait_until(lambda: self.title() == title, lambda: (self.title(), self.state()))

    def screenshot(self, name: str) -> Image.Image:
        path = self.shots / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True, timeout=WAIT_S)
        return Image.open(path).convert("RGB")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(WAIT_S)
        self.log.close()


def callout_pixels(shot: Image.Image) -> int:
    """How many pixels of the screen are the call-out's red (drawn only for a chosen feature)."""
    red = (CALLOUT.red(), CALLOUT.green(), CALLOUT.blue())
    return sum(count for count, colour in shot.getcolors(maxcolors=1 << 24) if colour == red)


def callout_box(shot: Image.Image) -> tuple[int, int]:
    """The width and height on screen of what is drawn in the call-out's red (its outline and
    its numbered badge)."""
    red = (CALLOUT.red(), CALLOUT.green(), CALLOUT.blue())
    r, g, b = (
        band.point(lambda v, c=c: 255 if v == c else 0)
        for band, c in zip(shot.split(), red, strict=True)
    )
    box = ImageChops.multiply(ImageChops.multiply(r, g), b).getbbox()  # 255 where all three match
    assert box is not None, "no call-out on the screen"
    return box[2] - box[0], box[3] - box[1]


def region_of(catalog: Path, product: str, number: int) -> tuple[float, float, float, float]:
    """Where feature ``number`` of ``product`` is on its picture (fractions: x, y, w, h)."""
    query = f"SELECT x, y, w, h FROM features WHERE product_id = '{product}' AND number = {number}"
    (region,) = sql(catalog, query)
    return region


def inside(region: tuple[float, ...], visible: list[float]) -> bool:
    """Whether ``region`` is wholly on screen (``visible``: x, y, w, h, fractions too)."""
    x, y, w, h = region
    vx, vy, vw, vh = visible
    slack = 0.005  # rounding of the state file
    return (
        x >= vx - slack
        and y >= vy - slack
        and x + w <= vx + vw + slack
        and y + h <= vy + vh + slack
    )


def install(s: Session) -> None:
    """Alt+I (Install) in the import dialog, again until the catalogue holds the bundle's
    entries: Install is offered once the bundle is verified, which takes a moment."""
    deadline = time.monotonic() + WAIT_S
    while not sql(s.catalog, "SELECT 1 FROM products WHERE id LIKE 'nordiva%'"):
        if time.monotonic() > deadline:
            s.screenshot("install-failed")
            raise AssertionError(sql(s.catalog, "SELECT id FROM products"))
        keys("alt+i")
        time.sleep(0.35)


def sql(path: Path, query: str) -> list[tuple]:
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


# -- the officer's catalogue ----------------------------------------------------------------------


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """The app on a catalogue that trusts the Nordhaven publisher and holds only the Cremelia
    entries; Nordhaven's signed bundle waits in ``tmp_path/bundles`` to be imported."""
    private, public = make_keys(tmp_path / "keys")
    # In a folder of its own: a file dialog showing the catalogue's folder sniffs catalog.db,
    # which drops the app's SQLite locks (see the report of issue 15), and this test reads the
    # catalogue from outside while the app runs.
    (tmp_path / "catalogue").mkdir()
    catalog = trusted_catalog(tmp_path / "catalogue" / "catalog.db", public)
    with open_catalog(catalog) as opened:
        install_folder(opened, SAMPLE / "cremelia")
    (tmp_path / "bundles").mkdir()
    build(SAMPLE / "nordhaven", tmp_path / "bundles" / "nordhaven.idgb", private)
    running = Session(tmp_path, catalog)
    yield running
    running.stop()
    kept = os.environ.get("IDGUIDE_KEEP_SHOTS")  # to look at the screens after a run
    if kept:
        shutil.copytree(running.shots, Path(kept), dirs_exist_ok=True)


def test_an_officer_scans_imports_examines_and_compares(session: Session) -> None:
    s = session

    # A code the catalogue does not hold yet: the failed-scan state, large, in the title too.
    scanner(WRENCH_CODE)
    s.wait_title(f"Not in the catalogue: {WRENCH_CODE} — idguide")
    s.wait(lambda st: st["failure"] == "not-found")
    s.screenshot("1-not-in-the-catalogue")

    # A wrong check digit; the rescan replaced the old code (nothing glued to it).
    scanner("036000291453")
    s.wait_title("Wrong check digit: scan again — idguide")
    s.wait(lambda st: st["failure"] == "check-digit" and st["search"] == "036000291453")
    s.screenshot("2-wrong-check-digit")

    # Ctrl+I from the search box, the bundle's path typed into the file dialog, Install (Alt+I).
    keys("ctrl+i")
    chooser = window_named("^Import bundles$")  # the file dialog (the import dialog's title too)
    type_in_dialog(str(s.folder / "bundles" / "nordhaven.idgb"))
    keys("Return")
    window_named("^Import bundles$", other_than=chooser)
    install(s)
    s.screenshot("3-imported")
    keys("Escape")  # closes the import dialog

    # The scan again: the product opens, and one key chooses its feature 1, a small part of its
    # picture, which the picture zooms into (issue 15: from a scan to the right feature's zoomed
    # call-out in at most two keystrokes; here one).
    keys("ctrl+f")
    scanner(WRENCH_CODE)
    s.wait_title("Nordiva Torque wrench TW-200 — idguide")
    state = s.wait(lambda st: st["focus"] == "product" and st["zoom"] is not None)
    assert state["feature"] is None and state["zoom"] == 1.0  # the whole picture
    assert callout_pixels(s.screenshot("4-scanned")) == 0  # no feature chosen: no call-out
    keys("1")  # the one keystroke after the scan
    state = s.wait(lambda st: st["feature"] == 1 and st["zoom"] >= 1.5)
    region = region_of(s.catalog, "nordiva-wrench-tw200", 1)
    assert inside(region, state["visible"]), state  # the whole call-out is on screen...
    assert state["visible"][2] * state["visible"][3] < 0.5, state  # ...and little else
    assert state["whole_button"]
    shot = s.screenshot("5-feature-1-zoomed")
    # On the screen, the call-out is drawn at the zoomed size, not the whole picture's.
    width, height = callout_box(shot)
    picture_w, picture_h = state["picture"]
    fitted_scale = state["scale"] / state["zoom"]
    assert width >= 1.4 * region[2] * picture_w * fitted_scale, (width, state)
    assert height >= 1.4 * region[3] * picture_h * fitted_scale, (height, state)

    # F, as the "Whole picture (F)" button says: the whole picture again, feature 1 still chosen.
    keys("f")
    state = s.wait(lambda st: st["zoom"] == 1.0 and not st["whole_button"])
    assert state["feature"] == 1 and state["search"] == WRENCH_CODE
    assert callout_pixels(s.screenshot("5b-whole-picture")) > 50  # its call-out stays drawn

    # Ctrl+E from the search box (X11's text box takes it for "end of line" unless the window's
    # shortcut wins); the examination is written and exported from the keyboard alone.
    keys("ctrl+f", "ctrl+e")
    window_named("^Examination 1 — idguide$")
    keys("alt+c")
    type_in_dialog("CASE-15")
    wait_until(
        lambda: sql(s.user_db(), "SELECT case_ref FROM examinations") == [("CASE-15",)],
        lambda: sql(s.user_db(), "SELECT id, case_ref FROM examinations"),
    )
    out = s.folder / "export"
    out.mkdir()
    # "Export verification request…" is two Shift+Tabs before the verdict (the window's scroll
    # area between them)
    keys("alt+v", "shift+Tab", "shift+Tab", "space")
    window_named("^Folder for the verification request$")
    type_in_dialog(str(out))
    keys("Return")
    time.sleep(0.3)
    if not any(out.iterdir()):
        keys("Return")  # some file dialogs open the folder typed first, then choose it
    wait_until(
        lambda: {p.suffix for p in out.iterdir()} >= {".pdf", ".json"}, lambda: list(out.iterdir())
    )
    exported = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert exported["examination"]["case_reference"] == "CASE-15"
    assert exported["product"]["id"] == "nordiva-wrench-tw200"
    s.screenshot("6-examination")
    keys("ctrl+w")
    xdotool("windowactivate", "--sync", s.window)

    # Ctrl+K from the search box: the compare view; a digit chooses the feature there too.
    keys("ctrl+f", "ctrl+k")
    s.wait(lambda st: st["compare"])
    keys("2")
    s.wait(lambda st: st["compare_feature"] == 2)
    s.screenshot("7-compare")
    keys("Escape")
    s.wait(lambda st: not st["compare"] and st["focus"] == "product")

    # A scan with the focus on the product page goes to the search and opens its product.
    scanner(PLIERS_CODE)
    s.wait_title("Nordiva Combination pliers P-8 — idguide")
    s.wait(lambda st: st["search"] == PLIERS_CODE)

    # A 2D scanner's GS1 code: its FNC1 arrives as Ctrl+] and shows as ␝ in the box (or ¦
    # where the font has no ␝, as on this X server).
    keys("ctrl+f")
    xdotool("type", "--delay", "5", f"]d201{WRENCH_CODE.zfill(14)}10L2406-88")
    xdotool("key", "ctrl+bracketright")
    xdotool("type", "--delay", "5", "17271231\n")  # this scanner ends codes with LF
    s.wait_title("Nordiva Torque wrench TW-200 — idguide")
    code = f"]d201{WRENCH_CODE.zfill(14)}10L2406-88{{}}17271231"
    s.wait(lambda st: st["search"] in (code.format("␝"), code.format("¦")))
    s.screenshot("8-gs1-code")

    # A letter on the product page starts a new search.
    s.wait(lambda st: st["focus"] == "product")
    keys("r")
    state = s.wait(lambda st: st["focus"] == "search")
    assert state["search"] == "r"

    keys("ctrl+q")
    assert s.process.wait(WAIT_S) == 0
