"""What Enter in the search box (or a scanner's Enter) does with the answer to the text in it.

Only a whole valid code opens a product by itself: a valid barcode that one product carries, or a
search by name whose best result the officer accepts with Enter. A barcode with a wrong check
digit, or one no product carries, is a failed scan (:mod:`idguide.ui.officer.scanstate`). Other
numbers (an HS code, a model number, part of a barcode) list what they match and open nothing
until the officer chooses a row (Up/Down, then Enter; or a click).
"""

from __future__ import annotations

from dataclasses import dataclass

from idguide.catalog import Results
from idguide.catalog.codes import display_gtin, looks_like_gtin, looks_like_number
from idguide.ui.officer.scanstate import Failure
from idguide.ui.officer.searching import query_text
from idguide.ui.translation import TrContext


class Entering(TrContext):
    """The context of this module's texts for Qt's translations."""


@dataclass(frozen=True)
class Answer:
    """The last answer to the text in the search box: results, or why the text was refused."""

    query: str
    results: Results | None = None
    refused: str = ""


@dataclass(frozen=True)
class Outcome:
    """What Enter does: "open" the selected row, "fail" (``failure``), tell the officer to
    "choose" (``message``), take the "suggestion", or "nothing"."""

    action: str
    failure: Failure | None = None
    message: str = ""


def on_enter(answer: Answer, rows: int, chosen: bool, filtered: bool) -> Outcome:
    """Enter on ``answer`` with ``rows`` results shown; ``chosen``: the officer moved the
    selection since; ``filtered``: a category, brand or language filter is on."""
    query = query_text(answer.query).strip()
    if answer.refused:
        kind = "check-digit" if looks_like_gtin(query) else "unreadable"
        code = "".join(ch for ch in query if ch.isdigit()) if kind == "check-digit" else query
        return Outcome("fail", Failure(kind, code, answer.refused))
    results = answer.results
    if results is None:
        return Outcome("nothing")
    code = query if looks_like_gtin(query) else display_gtin(results.gtin or "")
    if results.gtin and not rows:
        return Outcome("fail", Failure("filtered" if filtered else "not-found", code))
    if rows and (chosen or (rows == 1 and results.gtin)):
        return Outcome("open")
    if rows and results.gtin:
        message = Entering.tr("%n product(s) carry barcode {0}: choose one", "", rows)
        return Outcome("choose", message=message.format(code))
    if rows and looks_like_number(query):
        message = Entering.tr("%n found for {0}: choose one with Up/Down and Enter", "", rows)
        return Outcome("choose", message=message.format(query))
    if rows:
        return Outcome("open")
    return Outcome("suggestion" if results.suggestion else "nothing")
