""" "Spot the fake": a genuine and a counterfeit picture side by side, unlabelled, in random order.

The officer picks the fake (L for the left picture, R for the right; digits are kept for
choosing features, as everywhere in idguide); Space reveals without a pick. The reveal labels
both pictures, draws the call-outs of the features that tell on both, and lists those features.
Right, N or Enter goes to the next product; Esc leaves. The score counts correct picks over the
products shown so far. A new interface language changes the words of the round at once
(:meth:`SpotTheFakeWindow.retranslate`), on the same question, revealed or not, with the same score.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from idguide.catalog.model import Image, Product
from idguide.ui.imageview import Callout
from idguide.ui.officer.ops import ProductPage
from idguide.ui.operations import QueryOp
from idguide.ui.training.ops import Deck, load_deck
from idguide.ui.training.presentation import SMALL_PT, STYLE, TEXT_PT, TITLE_PT, big
from idguide.ui.training.slidepicture import SlidePicture
from idguide.ui.widgets import SaidLabel, plain_label
from idguide.ui.worker import Worker

LEFT, RIGHT = 0, 1
PICK_KEYS = {Qt.Key.Key_L: LEFT, Qt.Key.Key_R: RIGHT}
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Enter)
NEXT_KEYS += (Qt.Key.Key_PageDown,)


@dataclass
class Question:
    """One product of the round: which side shows the fake."""

    page: ProductPage
    genuine: Image
    fake: Image
    fake_side: int  # LEFT or RIGHT

    def image(self, side: int) -> Image:
        return self.fake if side == self.fake_side else self.genuine


def question_for(page: ProductPage, rng: random.Random) -> Question | None:
    """A question for a product with a genuine and a counterfeit picture (None otherwise)."""
    images = [i for i in page.product.images if i.sha256 in page.images]
    genuine = next((i for i in images if i.kind == "genuine"), None)
    fake = next((i for i in images if i.kind == "counterfeit"), None)
    if genuine is None or fake is None:
        return None
    return Question(page, genuine, fake, rng.choice((LEFT, RIGHT)))


def callouts_for(product: Product, question: Question) -> list[Callout]:
    """The features marked on either picture, drawn at the same place on both (the pictures of
    a product are taken the same way, so a region points at the same part of the item)."""
    shown = {question.genuine.sha256, question.genuine.ref, question.fake.sha256, question.fake.ref}
    return [
        Callout(f.number, f.region)
        for f in product.features
        if f.region is not None and (not f.image or f.image in shown)
    ]


class Score:
    def __init__(self) -> None:
        self.correct = 0
        self.total = 0

    def record(self, correct: bool) -> None:
        self.total += 1
        self.correct += int(correct)


class SpotTheFakeWindow(QWidget):
    """A round over ``product_ids`` (those without both kinds of picture are skipped)."""

    revealed = Signal(bool)  # True if the officer picked the fake

    def __init__(
        self,
        worker: Worker,
        product_ids: list[str],
        lang: str | None = None,
        seed: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.worker = worker
        self.lang = lang
        self.rng = random.Random(seed)
        self.questions: list[Question] = []
        self.index = -1
        self.picked: int | None = None
        self.is_revealed = False
        self.score = Score()
        self.setObjectName("presentation")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._build()
        self.retranslate()
        QueryOp(partial(load_deck, product_ids=list(product_ids)), self._on_deck).run(worker)

    def _build(self) -> None:
        # texts made from the round's state, said again in a new interface language
        self.title = big(SaidLabel(self), TITLE_PT, True)
        self.title.say(lambda: self.tr("Loading…"))
        self.prompt = big(SaidLabel(self), TEXT_PT)
        self.pictures = [SlidePicture(self), SlidePicture(self)]
        self.tags = [self._tag(), self._tag()]
        grid = QGridLayout()
        for side in (LEFT, RIGHT):
            self.pictures[side].setStyleSheet("background: #000000;")
            grid.addWidget(self.pictures[side], 0, side)
            grid.addWidget(self.tags[side], 1, side)
        grid.setRowStretch(0, 1)
        self.features = big(plain_label("", self, selectable=False), SMALL_PT)
        self.features.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.score_label = big(plain_label("", self, selectable=False), SMALL_PT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addLayout(grid, 1)
        layout.addWidget(self.features)
        layout.addWidget(self.score_label)

    # -- the interface language -----------------------------------------------------------------

    def retranslate(self) -> None:
        """The round's words in the interface language now: the question shown, its tags, the
        features revealed and the score; nothing is picked, revealed or counted again."""
        self.setWindowTitle(self.tr("Spot the fake — idguide"))
        question = self.current()
        if question is None:
            return
        self._tag_texts(question)
        if self.is_revealed:
            self._list_features(question)
        for picture in self.pictures:
            picture.set_placeholder(self.tr("No picture"))
        self._show_score()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tag_texts(self, question: Question) -> None:
        """The tags under the pictures: "Left" and "Right", once revealed which one is fake."""
        for side in (LEFT, RIGHT):
            if not self.is_revealed:
                self.tags[side].setText(self.tr("Left") if side == LEFT else self.tr("Right"))
            elif side == question.fake_side:
                self.tags[side].setText(self.tr("COUNTERFEIT"))
            else:
                self.tags[side].setText(self.tr("GENUINE"))

    def _tag(self) -> QLabel:
        label = big(plain_label("", self, selectable=False, wrap=False), TEXT_PT, True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumHeight(label.fontMetrics().height() + 8)
        return label

    def _on_deck(self, deck: Deck) -> None:
        pages = list(deck.pages)
        self.rng.shuffle(pages)
        self.questions = [q for p in pages if (q := question_for(p, self.rng)) is not None]
        if not self.questions:
            self.title.say(
                lambda: self.tr("No product here has both a genuine and a fake picture.")
            )
            return
        self.show_question(0)

    # -- a question -----------------------------------------------------------------------------

    def current(self) -> Question | None:
        return self.questions[self.index] if 0 <= self.index < len(self.questions) else None

    def show_question(self, index: int) -> None:
        self.index = index
        self.picked = None
        self.is_revealed = False
        question = self.questions[index]
        product = question.page.product
        name = f"{product.brand_name} {product.t(product.name, self.lang)}"
        self.title.say(lambda: name)
        self.prompt.say(
            lambda: self.tr("Which one is the fake? L: left · R: right · Space: reveal")
        )
        for side in (LEFT, RIGHT):
            picture = question.page.images.get(question.image(side).sha256)
            self.pictures[side].set_image(picture, self.tr("No picture"))
            self.tags[side].setStyleSheet("")
        self._tag_texts(question)
        self.features.setText("")
        self.features.setMinimumHeight(0)
        self._show_score()

    def pick(self, side: int) -> None:
        if self.is_revealed or self.current() is None:
            return
        self.picked = side
        self.reveal()

    def reveal(self) -> None:
        question = self.current()
        if self.is_revealed or question is None:
            return
        self.is_revealed = True
        correct = self.picked == question.fake_side
        self.score.record(correct)
        self._label_pictures(question)
        self._list_features(question)
        self.prompt.say(lambda: self._verdict(correct) + " " + self.tr("Right or N: next product"))
        self._show_score()
        self.revealed.emit(correct)

    def _verdict(self, correct: bool) -> str:
        if self.picked is None:
            return self.tr("Revealed.")
        return self.tr("Correct!") if correct else self.tr("Not this time.")

    def _label_pictures(self, question: Question) -> None:
        callouts = callouts_for(question.page.product, question)
        self._tag_texts(question)
        for side in (LEFT, RIGHT):
            fake = side == question.fake_side
            self.tags[side].setObjectName("counterfeitHeading" if fake else "genuineHeading")
            self.tags[side].setStyleSheet(f"color: {'#ff8a80' if fake else '#7bd88f'};")
            self.pictures[side].set_callouts(callouts)

    def _list_features(self, question: Question) -> None:
        product, t = question.page.product, question.page.product.t
        lines = [
            self.tr("{0}. {1} — the fake: {2}").format(
                f.number, t(f.title, self.lang), t(f.counterfeit, self.lang) or "—"
            )
            for f in product.features
        ]
        self.features.setText("\n".join(lines))
        # Every line in view: the pictures give way (they are scaled to fit anyway).
        width = self.width() - self.layout().contentsMargins().left() * 2
        self.features.setMinimumHeight(self.features.heightForWidth(width))

    def next_question(self) -> None:
        if not self.questions:
            return
        if not self.is_revealed:
            self.reveal()
            return
        if self.index + 1 < len(self.questions):
            self.show_question(self.index + 1)
        else:
            self.prompt.say(lambda: self.tr("End of the round. Esc: leave"))

    def _show_score(self) -> None:
        self.score_label.setText(
            self.tr("Score: {0} of {1} · product {2} of {3}").format(
                self.score.correct, self.score.total, self.index + 1, len(self.questions)
            )
        )

    # -- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in PICK_KEYS:
            self.pick(PICK_KEYS[Qt.Key(key)])
        elif key == Qt.Key.Key_Space:
            self.reveal()
        elif key in NEXT_KEYS:
            self.next_question()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def present(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isFullScreen():
            self.showNormal()
        super().closeEvent(event)
