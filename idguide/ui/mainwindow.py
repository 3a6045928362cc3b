"""The officer's main window: search and results on the left; home, categories or a product on
the right.

Keyboard: the search box has focus at start; typing searches, Up/Down move through the
results, Enter opens the selected one (a scanned barcode and its Enter open the product at once;
see idguide.ui.officer.entering for what Enter opens), Esc clears the box. A product opened so
takes the focus: keys 1-9 choose a feature there, letters start a new search, and a scanner's
code goes to the search box from anywhere in the window (idguide.ui.officer.scanner). A code
that names no product shows the failed-scan state (idguide.ui.officer.scanstate). Ctrl+F or
Ctrl+L goes back to the search box from anywhere, and so does Esc on the product page. Alt+Left
and Alt+Right go back and forward between pages; every other action is in the menu bar with its
shortcut.

The window refreshes its results, pages and counts from the worker's one signal
(``operationDidExecute``) after any operation that changed the catalogue, here, in another window
or in another program (:mod:`idguide.ui.operations`).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog import NotFoundError, Results
from idguide.catalog.changes import OpChanges
from idguide.catalog.finding import FacetCounts
from idguide.catalog.model import ProductSummary
from idguide.ui.appearance import apply_settings as apply_appearance
from idguide.ui.bundles.importlink import attach_import  # File > Import bundles…, drops
from idguide.ui.bundles.updates import attach_updates  # File > Check for updates, feeds
from idguide.ui.errors import show_error
from idguide.ui.examinations.menu import install_examinations  # Examination menu
from idguide.ui.history import History, Place
from idguide.ui.keys import key_rules
from idguide.ui.languagemenu import attach_language_menu
from idguide.ui.menus import build_menus, retranslate_menus
from idguide.ui.officer import scanstate
from idguide.ui.officer.categories import CategoryBrowser
from idguide.ui.officer.comparelink import attach_compare  # compare view: Ctrl+K, drops
from idguide.ui.officer.entering import Answer
from idguide.ui.officer.entering import on_enter as enter_outcome
from idguide.ui.officer.filters import FilterBar
from idguide.ui.officer.home import HomePage
from idguide.ui.officer.models import ResultsModel
from idguide.ui.officer.ops import (
    Facets,
    ProductPage,
    load_facets,
    load_overview,
    load_product_page,
)
from idguide.ui.officer.panes import ResultsPane
from idguide.ui.officer.photoscan import attach_photo_scanning  # File > Scan a photo, drops
from idguide.ui.officer.productview import ProductView
from idguide.ui.officer.resultsview import results_view, thumbnail_edge
from idguide.ui.officer.scanner import attach_scanner  # scanner input, keys 1-9
from idguide.ui.officer.scanresult import attach_scan_results  # the scan-result panel
from idguide.ui.officer.scansession import attach_scan_sessions  # View > Scan session…
from idguide.ui.officer.scanstate import Failure, ScanStatePage
from idguide.ui.officer.searching import RESULT_LIMIT, SearchBox, SearchController
from idguide.ui.operations import QueryOp
from idguide.ui.operations.outside import OutsideChanges
from idguide.ui.placement import START_SIZE, place
from idguide.ui.progress import ProgressArea
from idguide.ui.settings import LANGUAGES, Settings
from idguide.ui.thumbnails import ThumbnailCache
from idguide.ui.training.menu import install_training  # Training menu
from idguide.ui.widgets import SaidLabel, plain_label, scaled
from idguide.ui.worker import Worker

MIN_SIZE = (1000, 640)
RESULTS_SHARE = 0.42  # of the window's width, at start


def system_language() -> str | None:
    """The officer's language code ("es") from the system locale; None for the C locale."""
    code = QLocale().name().split("_")[0].lower()
    return None if code in ("c", "") else code


class MainWindow(QMainWindow):
    """Search, results and the pages over the catalogue at ``catalog_path``."""

    productShown = Signal(str)  # product id, once its page is on screen
    overviewShown = Signal()  # the home screen has been filled

    def __init__(
        self, catalog_path: Path, lang: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog_path = Path(catalog_path)
        self.settings = Settings()
        apply_appearance(self.settings)  # text size and colours, before any widget is made
        # content follows the interface language chosen in View > Language, else the system's
        self.lang = (
            lang or self.settings.language or self.settings.interface_language or system_language()
        )
        self.worker = Worker(self)
        self.outside = OutsideChanges(self.worker, self.catalog_path, self)
        self.search = SearchController(self.worker, self.lang, self)
        self.thumbnails = ThumbnailCache(self.worker, 64, self)
        self.model = ResultsModel(self.lang, self, self.thumbnails)
        self.history = History()
        self.facets: Facets | None = None
        self._open_when_answered = False
        self._answer: Answer | None = None  # the last answer to the text in the box
        self._answered_for: tuple[str, tuple[str, str, str]] | None = None
        self._chosen = False  # the officer moved the selection since the last answer
        self._focus_page = False  # the product asked for takes the focus when shown
        self._loading = ""
        self._build()
        self.actions_ = build_menus(self, self.set_language)
        self._check_language()
        self._connect()
        self.retranslate()
        self.setMinimumSize(*MIN_SIZE)
        self._placed = False  # placed on the screen when first shown (see setVisible)
        self._restore_state()
        key_rules()  # window shortcuts win over text boxes' own bindings (X11: Ctrl+E)
        self.history.visit(Place("home"))
        self._update_history_actions()
        # -- compare view and bundle imports (ui.officer.compare, ui.bundles.importdialog) --
        self.compare = attach_compare(self)
        self.importer = attach_import(self)
        self.updates = attach_updates(self)
        self.scanner = attach_scanner(self)
        self.scan_results = attach_scan_results(self)
        self.language_menu = attach_language_menu(self)  # View > Language
        # -- Examination menu (idguide.ui.examinations.menu), Training menu (ui.training.menu) --
        self.examinations = install_examinations(self)
        self.training = install_training(self)
        self.photo_scanning = attach_photo_scanning(self)
        self.scan_sessions = attach_scan_sessions(self)
        # Only now: wrapping the content for the compare view moved the widgets, which drops a
        # focus set before; the window gives it to the search box whenever it becomes active.
        self.search_box.setFocus()
        self.worker.open(self.catalog_path, self._on_opened, self._on_open_failed)
        self.outside.start()

    def current_product(self) -> str:
        """The id of the product page on screen, or "" when another page is shown."""
        view = self.product_view
        if self.stack.currentWidget() is view and view.page is not None:
            return view.page.product.id
        return ""

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._search_pane())
        self.stack = QStackedWidget(splitter)
        self.home = HomePage(self.stack)
        self.home.set_message(lambda: self.tr("Opening the catalogue…"))
        self.categories = CategoryBrowser(self.lang, self.stack)
        self.product_view = ProductView(
            self.worker, self.lang, self.stack, stale_days=self.settings.stale_days
        )
        self.scan_state = ScanStatePage(self.stack)
        for page in (self.home, self.categories, self.product_view, self.scan_state):
            self.stack.addWidget(page)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        left = int(START_SIZE[0] * RESULTS_SHARE)
        splitter.setSizes([left, START_SIZE[0] - left])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        # narrower results while a product page is shown (idguide.ui.officer.panes)
        compactable = (self.results.columns, self.filter_bar)
        self.panes = ResultsPane(splitter, self.stack, self.product_view, compactable)
        self.setCentralWidget(splitter)
        self.progress = ProgressArea(self.worker, self)
        self.statusBar().addPermanentWidget(self.progress)

    def _search_pane(self) -> QWidget:
        pane = QWidget(self)
        self.search_box = SearchBox(pane)
        self.search_box.setFont(scaled(self.search_box.font(), 1.3))
        self.filter_bar = FilterBar(self.lang, pane)
        self.code_message = plain_label("", pane)
        self.code_message.setObjectName("codeMessage")
        self.code_message.hide()
        self.suggestion = QPushButton(pane)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setFlat(True)
        self.suggestion.hide()
        self.results = results_view(self.model, pane)
        self.thumbnails.pixel_ratio = self.devicePixelRatio()
        self.thumbnails.edge = int(thumbnail_edge(self.results) * self.thumbnails.pixel_ratio)
        self.count = SaidLabel(pane)  # made again in another language
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(10, 10, 6, 6)
        for widget in (self.search_box, self.filter_bar, self.code_message, self.suggestion):
            layout.addWidget(widget)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        return pane

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self.search.set_text)
        self.search_box.returnPressed.connect(self.submit_search)
        self.search_box.moveRequested.connect(self.move_selection)
        self.search.answered.connect(self._on_answered)
        self.search.refreshed.connect(self._on_refreshed)
        self.search.refused.connect(self._on_refused)
        self.search.counted.connect(self._on_counted)
        self.search.cleared.connect(self._on_cleared)
        self.filter_bar.changed.connect(self._on_filters)
        self.suggestion.clicked.connect(self.apply_suggestion)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.product_view.backRequested.connect(self.focus_search)
        self.home.productRequested.connect(self.open_product)
        self.home.searchRequested.connect(self.search_for)
        self.home.categoriesRequested.connect(self.show_categories)
        self.categories.chosen.connect(self.list_category)
        self.worker.operationDidExecute.connect(self._on_changes)

    def _restore_state(self) -> None:
        state = self.settings.window_state()[1]
        if state is not None:
            self.restoreState(state)

    def setVisible(self, visible: bool) -> None:
        """On first show: the saved size, else maximised on a small screen, always inside the
        screen's available area (idguide.ui.placement). A size the caller set wins (tests)."""
        if visible and not self._placed:
            self._placed = True
            if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                place(self, self.settings.window_state()[0], START_SIZE)
        super().setVisible(visible)

    # -- the catalogue --------------------------------------------------------------------------

    def _on_opened(self, _figures: dict) -> None:
        self.refresh_home()

    def refresh_home(self) -> None:
        """Read the home screen's bundles and alerts again (after opening, an import...);
        the catalogue-wide counts are read again when next needed."""
        self.facets = None
        self.home.set_recent(self.settings.recent_searches)
        op = partial(load_overview, lang=self.lang, stale_days=self.settings.stale_days)
        QueryOp(op, self._on_overview).run(self.worker)

    def _on_overview(self, overview) -> None:
        self.home.set_overview(overview)
        self.overviewShown.emit()

    def _on_open_failed(self, exc: BaseException) -> None:
        self.home.set_message(
            lambda: self.tr("The catalogue could not be opened.\n\n{0}").format(exc)
        )
        self.search_box.setEnabled(False)
        show_error(self, exc)

    def load_facets(self) -> None:
        """Counts over the whole catalogue, asked for only when a filter or the category
        browser first needs them (they cost a scan on a large catalogue)."""
        if self.facets is None:
            QueryOp(load_facets, self._on_facets).run(self.worker)

    def _on_facets(self, facets: Facets) -> None:
        self.facets = facets
        self.categories.set_counts(facets.categories)
        if not self.search.text.strip() and not any(self.filter_bar.filters()):
            self.filter_bar.set_counts(facets.categories, facets.brands, facets.languages)

    # -- searching ------------------------------------------------------------------------------

    def _on_answered(self, results: Results, query: str) -> None:
        rows = self._show_results(results)
        if rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.history.visit(Place("results", query, self.filter_bar.filters()))
        self._update_history_actions()
        self._answer_is(Answer(query, results=results), [row.id for row in rows])

    def _answer_is(self, answer: Answer, ids: list[str]) -> None:
        """The answer to the text in the box is on screen: the right pane must not seem to
        answer a new search it does not answer (an open product it did not find, the state of
        a failed scan); then Enter, if it was pressed before the answer came, acts on it."""
        new = (answer.query, self.search.filters) != self._answered_for
        self._answer, self._answered_for = answer, (answer.query, self.search.filters)
        self._chosen = False
        shown = self.stack.currentWidget()
        stale_product = shown is self.product_view and self._shown_id() not in ids
        if new and (stale_product or shown is self.scan_state):
            self._show_page(self.home)
        if new and self._loading not in ids:
            self._loading = ""  # a product asked for before this search: not shown after it
        if self._open_when_answered:
            self._open_when_answered = False
            self._act_on_enter()

    def _on_refreshed(self, results: Results, _query: str) -> None:
        """The search shown, read again after a change: the selection stays if still found."""
        selected = self._selected_id()
        rows = self._show_results(results)
        ids = [row.id for row in rows]
        if rows:
            row = ids.index(selected) if selected in ids else 0
            self.results.setCurrentIndex(self.model.index(row, 0))

    def _show_results(self, results: Results) -> list[ProductSummary]:
        more = len(results.rows) > RESULT_LIMIT
        rows = results.rows[:RESULT_LIMIT]
        self.model.set_rows(rows)
        self.code_message.hide()
        self._show_suggestion(None if rows else results.suggestion)
        self._show_count(len(rows), more)
        return rows

    def _selected_id(self) -> str:
        index = self.results.currentIndex()
        return self.model.summary(index.row()).id if index.isValid() else ""

    def _on_counted(self, counts: FacetCounts, _query: str) -> None:
        """Every match counted: the filters' counts, and how many there are beyond those shown."""
        self.filter_bar.set_counts(counts.categories, counts.brands, counts.languages)
        shown = self.model.rowCount()
        if counts.total > shown:
            self.count.say(
                lambda: self.tr(
                    "%Ln found; the {0} best are shown. Add a word or a filter.", "", counts.total
                ).format(shown)
            )

    def _on_refused(self, message: str, query: str) -> None:
        self.model.set_rows([])
        self._show_suggestion(None)
        self.code_message.setText(message)
        self.code_message.show()
        self.count.say(str)
        again = self._answer is not None and self._answer.refused and self._answer.query == query
        if again and self.stack.currentWidget() is self.scan_state:
            self.scan_state.set_detail(message)  # asked again in another language
        self._answer_is(Answer(query, refused=message), [])

    def _on_cleared(self) -> None:
        self._open_when_answered = False
        self._answer = self._answered_for = None
        if self.stack.currentWidget() is self.scan_state:
            self._show_page(self.home)
        self.model.set_rows([])
        self.code_message.hide()
        self._show_suggestion(None)
        self.count.say(str)
        if self.facets is not None:
            self._on_facets(self.facets)
        else:
            self.load_facets()

    def _on_filters(self) -> None:
        self.search.set_filters(self.filter_bar.filters())

    def _show_suggestion(self, suggestion: str | None) -> None:
        if suggestion:
            # A button, so Tab and Space reach it; "&" would be read as a shortcut marker.
            text = self.tr("No products found. Did you mean “{0}”?").format(suggestion)
            self.suggestion.setText(text.replace("&", "&&"))
            self.suggestion.setProperty("query", suggestion)
        self.suggestion.setVisible(bool(suggestion))

    def _show_count(self, count: int, more: bool = False) -> None:
        if more:
            self.count.say(
                lambda: self.tr(
                    "More than {0} found; the {0} best are shown. Add a word or a filter."
                ).format(count)
            )
        elif count:
            self.count.say(lambda: self.tr("%n product(s) found", "", count))
        else:
            self.count.say(lambda: self.tr("No products found."))

    def apply_suggestion(self) -> None:
        suggestion = self.suggestion.property("query")
        if suggestion:
            self.search_box.setText(suggestion)
            self.search.flush()

    def search_for(self, text: str, filters: tuple[str, str, str] = ("", "", "")) -> None:
        """Show the results of ``text`` with ``filters`` now (a recent search, history)."""
        self.filter_bar.set_filters(filters)
        self.search.filters = filters
        self.search_box.setText(text)
        self.search.set_text(text)
        self.search.flush()
        self.focus_search()

    def list_category(self, category_id: str) -> None:
        """List the products of a category (chosen in the category browser)."""
        self.search_for("", (category_id, "", ""))
        self._show_page(self.home)
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        self._chosen = True
        current = self.results.currentIndex().row()
        row = min(max(current + step, 0), rows - 1) if current >= 0 else 0
        self.results.setCurrentIndex(self.model.index(row, 0))

    def submit_search(self) -> None:
        """Enter in the search box, or the end of a scanned code: act on the answer to the
        text in the box, now or when it comes (see idguide.ui.officer.entering)."""
        self.search_box.selectAll()  # the next scan or search replaces the text
        if not self.search.is_current():
            self._open_when_answered = True  # a scanner types the digits and Enter at once
            self.search.flush()
            return
        self._act_on_enter()

    def _act_on_enter(self) -> None:
        if self._answer is None:
            return
        rows = self.model.rowCount()
        outcome = enter_outcome(self._answer, rows, self._chosen, any(self.search.filters))
        if outcome.action == "open":
            self.open_selected()
        elif outcome.action == "fail" and outcome.failure is not None:
            self.show_failed_scan(outcome.failure)
        elif outcome.action == "choose":
            answer, chosen, filtered = self._answer, self._chosen, any(self.search.filters)
            self.count.say(lambda: enter_outcome(answer, rows, chosen, filtered).message)
        elif outcome.action == "suggestion" and self.suggestion.isVisible():
            self.apply_suggestion()

    def show_failed_scan(self, failure: Failure) -> None:
        """The code names no product: say so large in the right pane, with a sound (unless
        turned off); the focus stays in the search box, its text selected for the next scan."""
        self._loading = ""
        self.scan_state.show_failure(failure)
        self.scan_results.failed_scan_shown()  # a readable code's checks, if known yet
        self._show_page(self.scan_state)
        self._set_title()
        if self.settings.scan_sound:
            scanstate.beep()
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_box.selectAll()

    def type_in_search(self, text: str) -> None:
        """Start a new search with ``text``, typed or scanned elsewhere in the window."""
        self._leave_compare()
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_box.setText(text)

    def _remember_search(self) -> None:
        text = self.search_box.text()
        if text.strip():
            self.home.set_recent(self.settings.add_recent_search(text))

    # -- opening a product ----------------------------------------------------------------------

    def open_selected(self) -> None:
        if not self.model.rowCount():
            return
        row = max(self.results.currentIndex().row(), 0)
        self._remember_search()
        self.open_product(self.model.summary(row).id, focus=True)
        self.search_box.selectAll()  # the next scan or search replaces the text

    def _open_index(self, index) -> None:
        if index.isValid():
            self._remember_search()
            self.open_product(self.model.summary(index.row()).id, focus=True)

    def open_product(self, product_id: str, focus: bool = False) -> None:
        """Load the page of ``product_id`` in the worker, then show it (and give it the
        keyboard focus if ``focus``: keys 1-9 choose a feature there)."""
        self._focus_page = focus
        if product_id == self._loading:
            if self._shown_id() == product_id:
                self._product_on_screen()  # already loaded: just bring it back
            return  # or on its way (a double click, Enter after a click)
        self._loading = product_id
        page = partial(load_product_page, product_id=product_id)
        QueryOp(page, self._on_page, self._on_page_failed).run(self.worker)

    def _shown_id(self) -> str:
        page = self.product_view.page
        return page.product.id if page is not None else ""

    def _on_page_failed(self, exc: BaseException) -> None:
        self._loading = ""
        show_error(self, exc)

    def _reload_page(self) -> None:
        """Read the product page again: now if it is shown (its note saved first), else when it
        is next opened."""
        shown, self._loading = self._shown_id(), ""
        if shown and self.stack.currentWidget() is self.product_view:
            self.product_view.notes.flush()  # queued before the page reads the note back
            self._loading = shown
            page = partial(load_product_page, product_id=shown)
            QueryOp(page, self._on_page, self._on_reload_failed).run(self.worker)

    def _on_reload_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, NotFoundError):
            self._on_page_failed(exc)
            return
        self._loading = ""  # the entry was removed meanwhile (by another program, say)
        self.go_home()
        self.statusBar().showMessage(self.tr("That entry is no longer in the catalogue."), 8000)

    def _on_page(self, page: ProductPage) -> None:
        if page.product.id != self._loading:
            return  # another product was asked for meanwhile
        self.product_view.show_page(page)
        self._product_on_screen()

    def _product_on_screen(self) -> None:
        product = self.product_view.page.product
        self._show_page(self.product_view)
        self._set_title()
        self.history.visit(Place("product", product_id=product.id))
        self._update_history_actions()
        if self._focus_page:
            self._focus_page = False
            self.product_view.focus_page()
        self.productShown.emit(product.id)

    def focus_search(self) -> None:
        self._leave_compare()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- changes to the catalogue ---------------------------------------------------------------

    def _on_changes(self, changes: OpChanges, initiator: object) -> None:
        """An operation here, in another window or in another program changed the catalogue:
        refresh what shows the kinds of data that changed."""
        entries = changes.content or changes.trust  # what the pages show (and revocations)
        if entries or changes.index:  # what search finds
            self.facets = None  # the category, brand and language counts are read again
            self.search.refresh()  # (with nothing typed, that reads the counts at once)
            if self.stack.currentWidget() is self.categories:
                self.load_facets()
        if entries or changes.bundles:
            self.refresh_home()
        if entries or (changes.notes and initiator is not self.product_view.notes):
            self._reload_page()  # (not for a note typed on this page)

    # -- pages and history ----------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        if self.stack.currentWidget() is self.product_view and page is not self.product_view:
            self.product_view.notes.flush()
        self.stack.setCurrentWidget(page)
        self._set_title()

    def _set_title(self) -> None:
        """The product on screen, or the failed scan, or the app's name."""
        shown, product = self.stack.currentWidget(), self.product_view.page
        if shown is self.product_view and product is not None:
            name = product.product.t(product.product.name, self.lang)
            self.setWindowTitle(f"{product.product.brand_name} {name} — idguide")
        elif shown is self.scan_state and self.scan_state.failure is not None:
            self.setWindowTitle(f"{self.scan_state.failure.headline()} — idguide")
        else:
            self.setWindowTitle("idguide")

    def go_home(self) -> None:
        self._leave_compare()
        self._show_page(self.home)
        self.history.visit(Place("home"))
        self._update_history_actions()

    def show_categories(self) -> None:
        self._leave_compare()
        self.load_facets()
        self._show_page(self.categories)
        self.categories.focus()
        self.history.visit(Place("categories"))
        self._update_history_actions()

    def go_back(self) -> None:
        if self._leave_compare():
            return  # Back from the compare view is the product page it was opened from
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._leave_compare()
        self._go(self.history.forward())

    def _leave_compare(self) -> bool:
        """Close the compare view (it covers the pages) if it is open; True if it was."""
        if self.compare.is_open():
            self.compare.back()
            return True
        return False

    def _go(self, place: Place | None) -> None:
        if place is None:
            return
        if place.kind == "product":
            self.open_product(place.product_id)
        elif place.kind == "categories":
            self.show_categories()
        elif place.kind == "results":
            self._show_page(self.home)
            if (place.query, place.filters) != (self.search.text, self.search.filters):
                self.search_for(place.query, place.filters)
        else:
            self._show_page(self.home)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.actions_.back.setEnabled(self.history.can_go_back())
        self.actions_.forward.setEnabled(self.history.can_go_forward())

    # -- language -------------------------------------------------------------------------------

    def _check_language(self) -> None:
        action = self.actions_.languages.get(self.lang or "")
        if action is not None:
            action.setChecked(True)

    def set_language(self, code: str) -> None:
        """View > Content language: name rows and show texts in ``code`` (falling back to each
        entry's own language), from now on whatever the interface language."""
        if code not in LANGUAGES:
            return
        self.settings.language = code
        self._show_content_in(code)
        if self.search.text.strip() or any(self.search.filters):
            self.search.flush()

    def _show_content_in(self, code: str) -> None:
        self.lang = code
        self._check_language()
        for part in (self.model, self.search, self.filter_bar, self.categories, self.product_view):
            part.set_lang(code)
        self._set_title()
        self.refresh_home()

    def follow_interface_language(self, language: str) -> None:
        """The interface is now in ``language`` (View > Interface language): the content follows
        unless chosen in View > Content language; what the core said in the language before (a
        refused code) is asked again, the results and their selection staying."""
        follows = self.settings.language is None and language != self.lang
        if follows:
            self._show_content_in(language)
        searched = self.search.text.strip() or any(self.search.filters)
        refused = self._answer is not None and self._answer.refused
        if searched and (follows or refused):
            self.search.refresh()

    def retranslate(self) -> None:
        """Every text of the window itself in the interface language now (its parts set their
        own when the language changes: see idguide.ui.translation)."""
        retranslate_menus(self.actions_)
        self.model.retranslate()
        self.results.setAccessibleName(ResultsModel.tr("Results"))
        self._set_title()
        self._show_suggestion(
            None if self.suggestion.isHidden() else self.suggestion.property("query")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_stale_days(self, days: int) -> None:
        """Entries installed more than ``days`` ago get an OUT OF DATE banner (kept in the
        settings); the home screen and the page on screen are shown again with it."""
        self.settings.stale_days = days
        self.product_view.set_stale_days(self.settings.stale_days)
        self.refresh_home()

    # -- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.product_view.notes.flush()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.outside.timer.stop()
        self.worker.shutdown()
        super().closeEvent(event)
