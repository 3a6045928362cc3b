"""Bundle text is data, never markup.

Qt guesses whether a string is rich text in tooltips and in labels left on ``Qt.AutoText``; a
bundle's ``<img src=...>`` must stay the characters it is. Labels get ``Qt.PlainText`` (see
:mod:`idguide.ui.widgets`); where Qt offers no plain-text switch (tooltips), the text is escaped.
"""

from __future__ import annotations

import html

from idguide.ui.translation import TrContext


class Punctuation(TrContext):
    """How the interface language joins a label to its text ("Marché\u00a0: …" in French)."""


def labelled(label: str, text: str) -> str:
    """``label`` then ``text``, joined as the interface language writes it."""
    return Punctuation.tr("{0}: {1}", "a label, then its text").format(label, text)


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept."""
    return f'<p style="white-space:pre-wrap">{html.escape(text)}</p>'
