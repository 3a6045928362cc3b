"""The product page: everything an officer needs to judge one item against the genuine entry.

The page data is read in the worker (:func:`idguide.ui.officer.ops.load_product_page`); this module
only builds widgets from it, on the GUI thread. Every text from a bundle goes into a plain-text
label (:func:`idguide.ui.widgets.plain_label`), never into anything that reads markup.

The first screen holds the alerts, the header, the picture with its call-out and the features
list: the picture is made no taller than the room left for it (down to a minimum), so they fit
one 1366x768 screen. Choosing a feature (:meth:`ProductView.select_feature`, a click, the list's
arrow keys) zooms the picture into its call-out; the page itself does not scroll.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.codes import display_gtin, display_hs
from idguide.catalog.i18n import day, language_names, places
from idguide.catalog.model import Alert, Feature, Product
from idguide.catalog.overview import DEFAULT_STALE_DAYS, is_stale
from idguide.ui.imageview import Callout, Gallery, Picture
from idguide.ui.officer.features import FeaturePanel
from idguide.ui.officer.models import category_name
from idguide.ui.officer.noteeditor import NoteEditor
from idguide.ui.officer.ops import ProductPage
from idguide.ui.officer.scanresult import ScanResultPanel
from idguide.ui.text import labelled
from idguide.ui.widgets import banner, heading, plain_label, scaled, separator
from idguide.ui.worker import Worker

WIDE_FACT = 36  # characters: a value longer than this gets the header's whole width
CLOSE_MARGIN = 0.15  # around a feature's region zoomed into: its print as large as it can be


def indicator_name(kind: str) -> str:
    names = {
        "route": ProductView.tr("Route"),
        "declared-value": ProductView.tr("Declared value"),
        "e-commerce": ProductView.tr("E-commerce"),
        "market": ProductView.tr("Market"),
        "packaging": ProductView.tr("Packaging"),
        "other": ProductView.tr("Other"),
    }
    return names.get(kind, kind)


def bullets(lines: list[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines if line)


def is_active(alert: Alert, today: str) -> bool:
    return not alert.expires or alert.expires >= today


class ProductView(QScrollArea):
    """One product entry, scrolled as a whole."""

    backRequested = Signal()
    examinationRequested = Signal(str)  # product id (issue 6)

    def __init__(
        self,
        worker: Worker,
        lang: str | None,
        parent: QWidget | None = None,
        stale_days: int = DEFAULT_STALE_DAYS,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.stale_days = stale_days  # content installed longer ago than this gets a banner
        self.page: ProductPage | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self)
        self._build(content, worker)
        self.setWidget(content)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._fitting = QTimer(self, singleShot=True, interval=0)  # once the layout is done
        self._fitting.timeout.connect(self._fit_picture)
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self, content: QWidget, worker: Worker) -> None:
        self.demo = banner("demo", content)
        self.withdrawn = banner("withdrawn", content)
        self.revoked = banner("revoked", content)
        self.stale = banner("stale", content)
        self.alerts = banner("alert", content)
        self.gallery = Gallery(content)
        self.features = FeaturePanel(self._lang, content)
        self.features.featureSelected.connect(self._on_feature)
        self.gallery.imageChanged.connect(self._on_image)
        self.notes = NoteEditor(worker, content)
        self.source = plain_label("", content)
        self.scan_result = ScanResultPanel(content)  # a scanned code's checks, on top
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.scan_result)
        # alerts first: a lot code in circulation is the first thing an officer must see
        for widget in (self.alerts, self.demo, self.withdrawn, self.revoked, self.stale):
            layout.addWidget(widget)
        layout.addLayout(self._header(content))
        layout.addLayout(self._pair(self.gallery, self.features, 5, 6))
        layout.addWidget(separator(content))
        layout.addLayout(self._pair(self._texts(content), self._risks(content), 1, 1))
        layout.addLayout(self._pair(self._contacts(content), self.notes, 1, 1))
        layout.addWidget(separator(content))
        layout.addWidget(self.source)
        layout.addStretch(1)

    def _header(self, content: QWidget) -> QHBoxLayout:
        self.brand = plain_label("", content)
        self.brand.setFont(scaled(self.brand.font(), 1.3))
        self.name = plain_label("", content)
        self.name.setObjectName("productName")
        self.name.setFont(scaled(self.name.font(), 1.9, bold=True))
        titles = QVBoxLayout()
        titles.addWidget(self.brand)
        titles.addWidget(self.name)
        # -- "Start examination" button (issue 6; idguide.ui.training.menu opens the window) --
        self.exam_button = QPushButton(content)
        self.exam_button.clicked.connect(self._request_examination)
        titles.addWidget(self.exam_button, 0, Qt.AlignmentFlag.AlignLeft)
        titles.addStretch(1)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(4)  # a table of short facts: room for the picture
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        row = QHBoxLayout()
        row.addLayout(titles, 4)
        row.addLayout(self.facts, 8)
        return row

    def _request_examination(self) -> None:
        if self.page is not None:
            self.examinationRequested.emit(self.page.product.id)

    def _texts(self, content: QWidget) -> QWidget:
        box = QWidget(content)
        self.description = plain_label("", box)
        self.packaging = plain_label("", box)
        self.tips = plain_label("", box)
        self._tips_heading = heading("", box)
        self._description_heading = heading("", box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._description_heading)
        layout.addWidget(self.description)
        layout.addWidget(self.packaging)
        layout.addWidget(self._tips_heading)
        layout.addWidget(self.tips)
        layout.addStretch(1)
        return box

    def _risks(self, content: QWidget) -> QWidget:
        box = QWidget(content)
        self.indicators = plain_label("", box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._risks_heading = heading("", box)
        layout.addWidget(self._risks_heading)
        layout.addWidget(self.indicators)
        layout.addStretch(1)
        return box

    def _contacts(self, content: QWidget) -> QWidget:
        box = QWidget(content)
        self.contacts = plain_label("", box)
        self.contacts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._contacts_heading = heading("", box)
        layout.addWidget(self._contacts_heading)
        layout.addWidget(self.contacts)
        layout.addStretch(1)
        return box

    @staticmethod
    def _pair(left: QWidget, right: QWidget, left_stretch: int, right_stretch: int) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.addWidget(left, 0, 0)
        grid.addWidget(right, 0, 1)
        grid.setColumnStretch(0, left_stretch)
        grid.setColumnStretch(1, right_stretch)
        return grid

    # -- filling --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the interface language now, the page's made again from its data; the
        note, the feature chosen, the picture and its zoom stay."""
        self.exam_button.setText(ProductView.tr("Start examination (Ctrl+E)"))
        self._tips_heading.setText(ProductView.tr("Tips"))
        self._description_heading.setText(ProductView.tr("Description"))
        self._risks_heading.setText(ProductView.tr("Counterfeit and risk indicators"))
        self._contacts_heading.setText(ProductView.tr("Verification contacts"))
        if self.page is not None:
            self._fill_words(self.page)
            self.gallery.set_captions(self._pictures(self.page))

    def show_page(self, page: ProductPage) -> None:
        """Show ``page`` (saving the note of the page shown before)."""
        product = page.product
        self.notes.load(product.id, page.note)
        self.page = page
        self.gallery.set_pictures(self._pictures(page))
        self.features.set_product(product)
        self._fill_words(page)
        self.verticalScrollBar().setValue(0)
        self._fit_picture()
        self._fitting.start()  # again once the new texts are laid out

    def _fill_words(self, page: ProductPage) -> None:
        """Every text of ``page`` but its pictures', features' and note's."""
        self._fill_header(page.product)
        self._fill_trust(page)
        self._fill_alerts(page.product)
        self._fill_texts(page.product)
        self._fill_contacts(page)
        self._fill_source(page.product)

    def set_stale_days(self, days: int) -> None:
        self.stale_days = days
        if self.page is not None:
            self._fill_trust(self.page)

    def _fill_header(self, product: Product) -> None:
        provenance = product.provenance
        self.demo.setText(
            ProductView.tr("DEMO (fictional content): not a real product or rights holder.")
        )
        self.demo.setVisible(bool(provenance and provenance.demo))
        self.withdrawn.setText(
            ProductView.tr(
                "WITHDRAWN by its publisher: do not rely on this entry; contact the rights holder."
            )
        )
        self.withdrawn.setVisible(product.withdrawn)
        self.brand.setText(product.brand_name)
        self.name.setText(product.t(product.name, self._lang))
        self._fill_facts(product)

    def set_lang(self, lang: str | None) -> None:
        """Show texts in ``lang`` (with the entry's fallback) from now on, this page too."""
        self._lang = lang
        self.features.set_lang(lang)
        if self.page is not None:  # the note, the feature chosen and the zoom stay
            self._fill_words(self.page)
            self.gallery.set_captions(self._pictures(self.page))

    def _fill_trust(self, page: ProductPage) -> None:
        """Banners for a publisher whose trust was revoked and for content not updated lately."""
        if page.publisher.revoked:
            text = ProductView.tr(
                "PUBLISHER REVOKED: {0} is no longer trusted. Do not rely on this entry."
            )
        else:  # the key that signed it was revoked (or its brand moved to another publisher)
            text = ProductView.tr(
                "REVOKED: this entry's signature is no longer trusted. Do not rely on it."
            )
        self.revoked.setText(text.format(page.publisher.name))
        self.revoked.setVisible(page.publisher.revoked or page.product.revoked)
        installed = page.product.provenance.installed_at if page.product.provenance else ""
        stale = bool(installed) and is_stale(installed, self.stale_days)
        if stale:
            self.stale.setText(
                ProductView.tr(
                    "OUT OF DATE: installed {0}, more than {1} days ago. Newer information may "
                    "exist; ask for the publisher's latest bundle."
                ).format(day(installed), self.stale_days)
            )
        self.stale.setVisible(stale)

    def _fill_facts(self, product: Product) -> None:
        """Label and value pairs, two pairs to a row, to keep the header short."""
        while (item := self.facts.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        facts = [(label, value) for label, value in self._facts(product) if value]
        row = column = 0
        top = Qt.AlignmentFlag.AlignTop
        for label, value in facts:
            # a long value (markets named in full) takes a row of its own, not three lines
            wide = len(value) > WIDE_FACT
            if wide and column:
                row, column = row + 1, 0
            self.facts.addWidget(heading(label, None, 1.0), row, 2 * column, top)
            span = 3 if wide else 1
            self.facts.addWidget(plain_label(value), row, 2 * column + 1, 1, span, top)
            column = 0 if wide or column else 1
            row += 1 if column == 0 else 0

    def _facts(self, product: Product) -> list[tuple[str, str]]:
        join = ", ".join
        return [
            (ProductView.tr("Category"), category_name(product.category, self._lang)),
            (ProductView.tr("Models"), join(product.models)),
            (ProductView.tr("Barcodes"), join(display_gtin(g) for g in product.gtins)),
            (ProductView.tr("HS codes"), join(display_hs(code) for code in product.hs_codes)),
            # countries and regions named in the interface language (CLDR's names, the core's)
            (ProductView.tr("Made in"), places(product.made_in)),
            (ProductView.tr("Sold in"), places(product.sold_in)),
            (ProductView.tr("Never sold in"), places(product.never_sold_in)),
            (ProductView.tr("Typical price"), product.typical_price),
            *self._publisher_facts(product),
        ]

    def _publisher_facts(self, product: Product) -> list[tuple[str, str]]:
        """Who says so and how recent it is, in the header (the footer has the details)."""
        p = product.provenance
        if p is None:
            return []
        bundle = ""
        if p.bundle_id:
            bundle = ProductView.tr("no. {0} of {1}").format(p.sequence, day(p.published_at) or "?")
        return [(ProductView.tr("Publisher"), p.publisher_name), (ProductView.tr("Bundle"), bundle)]

    def _fill_alerts(self, product: Product) -> None:
        today = date.today().isoformat()
        alerts = sorted(product.alerts, key=lambda a: not is_active(a, today))
        self.alerts.setText("\n\n".join(self._alert_text(product, a, today) for a in alerts))
        self.alerts.setVisible(bool(alerts))

    def _alert_text(self, product: Product, alert: Alert, today: str) -> str:
        """The title, date and lot codes on one line (the page must fit one screen), the text
        of the alert below."""
        head = (
            "⚠ " + ProductView.tr("ALERT")
            if is_active(alert, today)
            else ProductView.tr("Expired alert")
        )
        parts = [labelled(head, product.t(alert.title, self._lang))]
        if alert.issued:
            parts.append(ProductView.tr("issued {0}").format(day(alert.issued)))
        if alert.lot_codes:
            parts.append(ProductView.tr("lot codes {0}").format(", ".join(alert.lot_codes)))
        body = product.t(alert.body, self._lang)
        line = "  ·  ".join(parts)
        return f"{line}\n{body}" if body else line

    def _pictures(self, page: ProductPage) -> list[Picture]:
        pictures = []
        for image in page.product.images:
            caption = page.product.t(image.caption, self._lang)
            shown = page.images.get(image.sha256)
            problem = page.missing.get(
                image.sha256, ProductView.tr("This picture cannot be shown.")
            )
            pictures.append(Picture(image.sha256, shown, caption, image.kind, problem))
        return pictures

    def _fill_texts(self, product: Product) -> None:
        t, lang = product.t, self._lang
        self.description.setText(t(product.description, lang) or ProductView.tr("No description."))
        packaging = t(product.packaging, lang)
        self.packaging.setText(
            ProductView.tr("Packaging: {0}").format(packaging) if packaging else ""
        )
        self.packaging.setVisible(bool(packaging))
        self.tips.setText(bullets([t(tip, lang) for tip in product.tips]))
        self.tips.setVisible(bool(product.tips))
        self._tips_heading.setVisible(bool(product.tips))
        lines = [labelled(indicator_name(i.kind), t(i.text, lang)) for i in product.indicators]
        self.indicators.setText(bullets(lines) or ProductView.tr("None listed."))

    def _fill_contacts(self, page: ProductPage) -> None:
        blocks = []
        for c in page.publisher.contacts:
            first = " — ".join(part for part in (c.role, c.name) if part)
            rest = [c.phone, c.email, c.hours]
            if c.languages:
                rest.append(ProductView.tr("Languages: {0}").format(language_names(c.languages)))
            if c.regions:
                rest.append(ProductView.tr("Regions: {0}").format(places(c.regions)))
            blocks.append("\n".join([first, *(part for part in rest if part)]))
        self.contacts.setText(
            "\n\n".join(blocks) or ProductView.tr("The publisher lists no contacts.")
        )

    def _fill_source(self, product: Product) -> None:
        p = product.provenance
        if p is None:
            self.source.setText("")
            return
        parts = [ProductView.tr("Source: {0}").format(p.publisher_name)]
        if p.bundle_id:
            parts.append(
                ProductView.tr("bundle {0} of {1}").format(p.sequence, day(p.published_at) or "?")
            )
        if p.installed_at:
            parts.append(ProductView.tr("installed {0}").format(day(p.installed_at)))
        if p.rights_valid_until:
            parts.append(ProductView.tr("rights valid until {0}").format(day(p.rights_valid_until)))
        parts.append(ProductView.tr("entry revision {0}").format(product.revision))
        self.source.setText("  ·  ".join(parts))

    # -- one screen -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fitting.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        # View > Text size, or longer words: the header grew
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fitting.start()

    def _fit_picture(self) -> None:
        """Make the picture no taller than the room the viewport leaves it below the header,
        with its caption and thumbnails (never less than its minimum)."""
        content = self.widget()
        content.layout().activate()
        view = self.gallery.view
        below = self.gallery.height() - view.height()  # the caption row and the thumbnails
        margin = content.layout().contentsMargins().bottom()
        room = self.viewport().height() - self.gallery.y() - below - margin
        height = max(room, view.minimumHeight())
        if view.maximumHeight() != height:
            view.setMaximumHeight(height)

    # -- features on the picture ----------------------------------------------------------------

    def select_feature(self, number: int) -> bool:
        """Choose feature ``number`` (as printed on the entry) and zoom the picture into its
        call-out, also when it is chosen already; False if the entry has no such feature."""
        if not self.features.select(number):
            return False
        self._show_callout(self.features.current(), zoom=True)
        return True

    def focus_page(self) -> None:
        """Take the keyboard focus (after a scan or Enter opened the page), on the picture:
        keys 1-9 choose a feature there (idguide.ui.officer.scanner), + - 0 zoom. (Not on the
        features list: a list given the focus selects its first row by itself.)"""
        self.gallery.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_feature(self, feature: Feature | None) -> None:
        if feature is not None and feature.image:
            self.gallery.show_ref(feature.image)
        self._show_callout(feature, zoom=True)

    def _on_image(self, _ref: str) -> None:
        self._show_callout(self.features.current(), zoom=False)

    def _show_callout(self, feature: Feature | None, zoom: bool) -> None:
        """Outline ``feature`` on the picture if it is on the one shown (zoomed into if
        ``zoom``); otherwise no call-out and the whole picture."""
        view = self.gallery.view
        on_this_image = (
            feature is not None
            and feature.region is not None
            and feature.image == self.gallery.current_ref()
        )
        if not on_this_image:
            view.set_callout(None)
            if zoom:
                view.fit()
            return
        assert feature is not None and feature.region is not None
        view.set_callout(Callout(feature.number, feature.region))
        if zoom:  # close: the page's picture is smaller than the compare view's
            view.zoom_to_region(feature.region, CLOSE_MARGIN)
