"""The app with its interface in French: menus, buttons, the search box and every visible text
of the main window and the product page are French (or catalogue content), Qt's own buttons
too; the interface language is chosen in View > Interface language and kept for the next start."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.pofile import read_po
from bundle_helpers import build, make_keys, trusted_catalog
from keyboard import GS, scan
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from support import CREME, PLIERS, SAMPLE, WRENCH, install_folder
from test_ui_photo_scan import parcel, scan_photo

from idguide.catalog import open_catalog
from idguide.catalog.categories import CATEGORIES
from idguide.catalog.examinations import get_examination
from idguide.catalog.i18n import NATIVE_NAMES
from idguide.ui import languagemenu
from idguide.ui.officer import scanstate
from idguide.ui.officer.scanresult import outcome_lines
from idguide.ui.settings import Settings
from idguide.ui.startwindow import StartWindow
from idguide.ui.training.presentation import PresentationWindow
from idguide.ui.training.spotthefake import SpotTheFakeWindow
from idguide.ui.training.workshopwindow import WorkshopWindow
from idguide.ui.translation import install_translations, start_language

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d+")
BULLET = re.compile(r"^[•·–\-⚠\s]+")
SEPARATOR = re.compile(r"\s+·\s+| — |\u00a0?: |, |\s{2,}")
SENTENCE_END = re.compile(r"(?<=[.!?]) (?=\S)")
NUMBERED = re.compile(r"^\d+\.\s+")
COUNTED = re.compile(r"^(.*\S) \(\d+\)$")  # a filter's choice and its count: "Nordiva (1)"
TOOLTIP = re.compile(r'^<p style="white-space:pre-wrap">(.*)</p>$', re.S)  # idguide.ui.text


# -- what a French officer may read ---------------------------------------------------------------


def french_translations() -> set[str]:
    """Every French text idguide has: the app's (.ts) and the core's (.po)."""
    texts: set[str] = set()
    root = ET.parse(ROOT / "idguide" / "ui" / "i18n" / "idguide_fr.ts").getroot()
    for translation in root.iter("translation"):
        forms = translation.findall("numerusform")
        texts |= {form.text or "" for form in forms} if forms else {translation.text or ""}
    po = ROOT / "idguide" / "catalog" / "i18n" / "fr" / "LC_MESSAGES" / "idguide.po"
    with po.open("rb") as infile:
        for message in read_po(infile):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            texts |= {s for s in strings if s}
    return {text.replace("&", "") for text in texts if text}


def pattern(translation: str) -> re.Pattern[str]:
    """``translation`` with its placeholders standing for any text or number."""
    return re.compile(".+?".join(re.escape(part) for part in PLACEHOLDER.split(translation)))


def content(catalog: Path) -> set[str]:
    """Every text of the catalogue (names, entry texts in every language, JSON values)."""
    texts: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            texts.add(value.strip())
            if value[:1] in "[{":
                with contextlib.suppress(ValueError):  # text that only looks like JSON
                    add(json.loads(value))
        elif isinstance(value, dict):
            for item in value.values():
                add(item)
        elif isinstance(value, list):
            for item in value:
                add(item)

    with sqlite3.connect(catalog) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    add(value)
    return {text for text in texts if text}


class French:
    """Says whether a text shown is French idguide words or catalogue content."""

    def __init__(self, catalog: Path, *names: str) -> None:
        translations = french_translations()
        locale = Locale.parse("fr")
        # besides: country names (CLDR's), each language in its own words (View > Interface
        # language) and the app's name
        names = {*locale.territories.values(), *NATIVE_NAMES.values(), "idguide", *names}
        names |= {category.name("fr") for category in CATEGORIES}  # the core's own list
        self.content = content(catalog)
        self.exact = translations | self.content | names
        # "{0} — {1}" alone would let anything through: a pattern needs words of its own
        # (a leading "⚠ " is taken off a text shown before it is matched: off these too)
        self.patterns = [
            pattern(BULLET.sub("", t))
            for t in translations
            if PLACEHOLDER.search(t) and sum(c.isalpha() for c in PLACEHOLDER.sub("", t)) >= 3
        ]

    def accepts(self, text: str) -> bool:
        text = BULLET.sub("", TOOLTIP.sub(r"\1", text)).replace("&", "").strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        if any(p.fullmatch(text) for p in self.patterns):  # a number of its own: "{0}. {1} — …"
            return True
        text = NUMBERED.sub("", text)  # "1. Etched scale": a feature's number before its title
        counted = COUNTED.fullmatch(text)
        if counted and self.accepts(counted.group(1)):
            return True
        if not any(c.isalpha() for c in text) or text in self.exact:
            return True
        if any(p.fullmatch(text) for p in self.patterns):
            return True
        # a line the app composes of texts of both kinds: "ALERTE: Fake batch  ·  émise le …"
        parts = SEPARATOR.split(text)
        if len(parts) > 1 and all(self.accepts(part) for part in parts):
            return True
        # sentences side by side, each a translation: "Pas cette fois. Droite ou N : produit…"
        sentences = SENTENCE_END.split(text)
        if len(sentences) > 1 and all(self.accepts(sentence) for sentence in sentences):
            return True
        # a brand before a product's name: "Nordiva Torque wrench TW-200"
        brand, _space, rest = text.partition(" ")
        return bool(rest) and brand in self.content and rest in self.content

    def wrong(self, texts: Iterator[str]) -> list[str]:
        """The texts (whole, else each of their lines) that are neither."""
        lines = {
            line
            for text in texts
            if not self.accepts(text)
            for line in TOOLTIP.sub(r"\1", text).split("\n")
        }
        return sorted(line for line in lines if line.strip() and not self.accepts(line))


# -- every text the officer sees ------------------------------------------------------------------


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            yield action.text()
            if action.menu() is not None:
                yield from menu_texts(action.menu())


def view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model's is private: it has one
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def visible_texts(window: QWidget) -> Iterator[str]:
    """The texts of every visible widget of ``window``: labels, buttons, placeholders, tooltips,
    combo boxes, tabs, lists and tables, the menus, the title and the status bar."""
    yield window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        yield widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            yield from view_texts(widget)
    if hasattr(window, "menuBar"):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                yield from menu_texts(action.menu())
    if hasattr(window, "statusBar"):
        yield window.statusBar().currentMessage()


@pytest.fixture
def french_window(qtbot, open_window, sample_catalog):
    install_translations("fr")
    return open_window(sample_catalog, lang="fr")


def test_the_main_window_menus_buttons_and_search_box_are_in_french(qtbot, french_window):
    window = french_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Affichage", "A&ller", "E&xamen", "Forma&tion"]
    view = window.menuBar().findChild(QMenu, "viewMenu")
    assert [action.text() for action in view.actions()][:3] == [
        "&Accueil",
        "&Catégories",
        "&Rechercher",
    ]
    assert window.search_box.placeholderText() == (
        "Marque, produit, code-barres ou code SH (p. ex. 8204.11)"
    )
    buttons = {b.text() for b in window.home.findChildren(QAbstractButton) if b.isVisible()}
    assert "Parcourir les catégories  (Ctrl+B)" in buttons


def test_qt_s_own_buttons_are_in_french(qtbot):
    install_translations("fr")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == "Annuler"


def test_every_text_of_the_main_window_and_a_product_page_is_french_or_content(
    qtbot, french_window, sample_catalog
):
    window = french_window
    french = French(sample_catalog)
    qtbot.waitUntil(lambda: window.home.summary.text() != "")
    wrong = french.wrong(visible_texts(window))
    assert wrong == [], "\n".join(wrong)
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    shown = list(visible_texts(window))
    assert "Commencer un examen (Ctrl+E)" in shown
    wrong = french.wrong(iter(shown))
    assert wrong == [], "\n".join(wrong)


def test_the_interface_language_is_chosen_in_the_view_menu_and_kept(qtbot, window):
    menu = window.menuBar().findChild(QMenu, "interfaceLanguageMenu")
    names = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert names == ["&System language", "English", "Español", "Français", "Português"]
    french = next(a for a in menu.actions() if a.text() == "Français")
    french.trigger()
    assert Settings().interface_language == "fr"
    assert french.isChecked()
    # applied at once (tests/test_ui_live_language.py), and said in the language chosen
    assert window.statusBar().currentMessage() == "Langue de l'interface\u00a0: Français."
    assert start_language(Settings().interface_language, "en_US").language == "fr"


def test_a_system_language_idguide_does_not_speak_is_said_at_start(
    qtbot, open_window, sample_catalog, monkeypatch
):
    monkeypatch.setattr(
        languagemenu, "start_language", lambda chosen: start_language(chosen, "de_DE")
    )
    window = open_window(sample_catalog)
    assert window.statusBar().currentMessage() == "German is not available; showing English."


def test_the_interface_follows_the_system_language_when_idguide_speaks_it():
    assert start_language(None, "es_MX.UTF-8").language == "es"
    assert start_language(None, "pt_BR").language == "pt"
    german = start_language(None, "de_DE")
    assert german.language == "en"
    assert german.notice() == "German is not available; showing English."
    assert start_language(None, "C").language == "en"


# -- the other windows ----------------------------------------------------------------------------


def assert_french(french: French, widget: QWidget) -> None:
    wrong = french.wrong(visible_texts(widget))
    assert wrong == [], "\n".join(wrong)


def open_wrench(qtbot, window) -> None:
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)


def test_the_compare_view_is_french_or_content(qtbot, french_window, sample_catalog):
    window = french_window
    open_wrench(qtbot, window)
    qtbot.keyClick(window.search_box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.compare.is_open()
    shown = list(visible_texts(window))
    assert "← &Retour (Échap)" in shown
    assert_french(French(sample_catalog), window)


def test_the_examination_window_is_french_or_content(qtbot, french_window, sample_catalog):
    window = french_window
    open_wrench(qtbot, window)
    window.examinations.start_examination()
    qtbot.waitUntil(lambda: bool(window.examinations.windows))
    exam = window.examinations.windows[-1]
    qtbot.waitUntil(lambda: exam.exam is not None and window.worker.pending == 0)
    shown = list(visible_texts(exam))
    assert "Exporter la demande de vérification…" in shown
    assert_french(French(sample_catalog), exam)
    # the usual units in French, kept as their codes
    exam.quantity_unit.setCurrentText("palettes")
    exam.flush()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    with open_catalog(window.catalog_path) as catalog:
        assert get_examination(catalog, exam.exam_id).quantity_unit == "pallets"


def test_the_presentation_and_spot_the_fake_are_french_or_content(
    qtbot, french_window, sample_catalog
):
    window = french_window
    french = French(sample_catalog)
    presentation = PresentationWindow(window.worker, [WRENCH, PLIERS], "fr")
    qtbot.addWidget(presentation)
    presentation.present()
    qtbot.waitUntil(lambda: presentation.index == 0 and window.worker.pending == 0)
    assert_french(french, presentation)
    presentation.close()
    spot = SpotTheFakeWindow(window.worker, [PLIERS, WRENCH, CREME], "fr", seed=1)
    qtbot.addWidget(spot)
    spot.show()
    qtbot.waitUntil(lambda: spot.index == 0 and window.worker.pending == 0)
    assert_french(french, spot)


def test_the_import_dialog_is_french_or_content(qtbot, open_window, tmp_path):
    keys = make_keys(tmp_path / "keys")
    bundle = build(SAMPLE / "nordhaven", tmp_path / "nordhaven-1.idgb", keys[0])
    install_translations("fr")
    window = open_window(trusted_catalog(tmp_path / "catalog.db", keys[1]), lang="fr")
    dialog = window.importer.open([str(bundle)])
    qtbot.waitUntil(lambda: dialog.entries and not dialog.verifying())
    shown = list(visible_texts(dialog))
    assert "&Installer" in shown
    with open_catalog(tmp_path / "shown.db") as catalog:  # what the bundle would install
        install_folder(catalog, SAMPLE / "nordhaven")
    assert_french(French(tmp_path / "shown.db", bundle.name), dialog)
    # the detail's words from the core's codes: a placeholder's pattern would let English by
    detail = dialog.detail.text()
    assert "Signature\xa0: valide (" in detail and "Contenu\xa0: valide" in detail
    assert "(complet)" in detail, detail  # a whole bundle, not a delta


def test_the_examination_list_workshops_and_feeds_windows_are_french_or_content(
    qtbot, french_window, sample_catalog
):
    window = french_window
    french = French(sample_catalog)
    open_wrench(qtbot, window)
    window.examinations.start_examination()
    listing = window.examinations.open_exam_list()
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1)
    assert_french(french, listing)
    workshops = WorkshopWindow(window.worker, "fr", lambda: WRENCH)
    qtbot.addWidget(workshops)
    workshops.show()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert_french(french, workshops)
    feeds = window.updates.open_feeds()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert "Aucun flux n'est encore configuré." in feeds.detail.text()
    assert_french(french, feeds)
    adding = feeds.open_add()
    assert_french(french, adding)


def shortcut_clashes(actions) -> Iterator[list[str]]:
    """Items of one menu (or of the menu bar) that share their shortcut letter."""
    letters: dict[str, list[str]] = {}
    for action in actions:
        text = action.text().replace("&&", "")
        if "&" in text:
            letters.setdefault(text[text.index("&") + 1].casefold(), []).append(text)
        if action.menu() is not None:
            yield from shortcut_clashes(action.menu().actions())
    yield from (texts for texts in letters.values() if len(texts) > 1)


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_no_two_items_of_a_translated_menu_share_a_shortcut_letter(
    qtbot, open_window, sample_catalog, language
):
    install_translations(language)
    window = open_window(sample_catalog, lang=language)
    assert list(shortcut_clashes(window.menuBar().actions())) == []


# -- scanning: the scan-result panel, Scan a photo, the scan session window, the first window -----

# the sample wrench; its alert (2026-07-01 to 2027-06-30) names the lot L2406-88
WRENCH_GTIN = "00036000291452"


def checks_found(catalog: Path, *results) -> list[str]:
    """The check outcomes' lines, as the panel and the photo's list show them ("✖  Le lot …"),
    each checked to be a French sentence of the core once its mark is set aside; the walk then
    lets the whole line through."""
    lines = [line for result in results for line in outcome_lines(result).splitlines()]
    french = French(catalog)
    assert lines
    assert [line for line in lines if not french.accepts(line.split("  ", 1)[1])] == []
    return lines


@pytest.fixture
def scanning_fr(french_window, monkeypatch):
    french_window.scan_results.today = date(2026, 12, 1)  # the wrench's alert in force
    monkeypatch.setattr(scanstate, "beep", lambda: None)
    return french_window


def test_the_scan_result_on_the_product_page_is_french_or_content(
    qtbot, scanning_fr, sample_catalog
):
    window = scanning_fr
    code = f"]d201{WRENCH_GTIN}17281231{GS}10L2406-88{GS}21SN0042"
    with qtbot.waitSignal(window.productShown), qtbot.waitSignal(window.scan_results.checked):
        scan(window, code)
    panel = window.product_view.scan_result
    qtbot.waitUntil(panel.isVisible)
    assert panel.headline.text() == "ROUGE\u00a0: un signal d'alerte connu. Retenez l'article."
    assert panel.code.text().startswith(f"Scanné\u00a0: GTIN {WRENCH_GTIN} · lot L2406-88 · ")
    french = French(sample_catalog, *checks_found(sample_catalog, panel.result))
    assert_french(french, window)


def test_scan_a_photo_is_french_or_content(
    qtbot, scanning_fr, sample_catalog, monkeypatch, tmp_path
):
    window = scanning_fr
    path, _box = parcel(tmp_path)
    dialog = scan_photo(qtbot, window, monkeypatch, path)
    assert dialog.codes.item(0).text() == "1. ROUGE · Nordiva Torque wrench TW-200"
    assert dialog.windowTitle() == "Codes dans parcel.jpg"
    results = [item.result for item in dialog.found.codes if item.result is not None]
    assert_french(French(sample_catalog, *checks_found(sample_catalog, *results)), dialog)


def test_the_scan_session_window_is_french_or_content(qtbot, scanning_fr, sample_catalog):
    window = scanning_fr
    view = window.scan_sessions.open()
    qtbot.waitUntil(lambda: view.session_id > 0)
    assert view.windowTitle() == "Session de scan"
    for serial in ("SN0001", "SN0001"):
        with qtbot.waitSignal(view.added):
            scan(window, f"]d201{WRENCH_GTIN}17281231{GS}10L2501-01{GS}21{serial}")
        qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert view.status.text() == "2 articles scannés, 1 en rouge."
    assert [view.table.item(row, 2).text() for row in range(2)] == ["VERT", "ROUGE"]
    assert view.table.item(1, 6).text().startswith("Le numéro de série SN0001 du code-barres")
    # the code's own data (its lot and serial) is neither words nor catalogue content
    assert_french(French(sample_catalog, "L2501-01", "SN0001"), view)


def test_the_first_window_is_french(qtbot):
    install_translations("fr")
    start = StartWindow()
    qtbot.addWidget(start)
    assert start.windowTitle() == "idguide\u00a0: ouverture…"
    assert start.search_box.placeholderText() == "Rechercher…"
    assert start.message.text() == "Ouverture du catalogue…"
