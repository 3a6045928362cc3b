"""The format a publisher declares for its lot and serial numbers: a regular expression, made safe.

A publisher writes the format its printers use, e.g. ``L\\d{4}-\\d{2}`` for lots like L2609-14,
and a scan whose lot does not have it is worth a closer look. The pattern comes from outside (a
bundle, a workbook), and Python's ``re`` has no timeout: a pattern such as ``(a+)+b`` or
``a*a*a*a*a*a*a*a*a*a*b`` makes it backtrack for minutes. So a pattern is accepted only when the
number of ways it could split a code is small (:data:`MAX_WAYS`), which rules out nested and long
chains of repeats; back-references and look-arounds, which no code format needs, are refused;
and a code longer than GS1 allows (:data:`MAX_CODE_CHARS`) is never matched at all. Within those
bounds the slowest pattern takes well under a millisecond.

A pattern always describes the whole code (it is full-matched) and is compared ignoring case
and spaces, as lots are (:func:`idguide.catalog.model.same_lot`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from idguide.catalog.i18n import N_, _

MAX_PATTERN_CHARS = 100
# GS1 allows at most 20 characters in a lot (AI 10) or a serial (AI 21).
MAX_CODE_CHARS = 20
# How many ways a pattern may have to split a code among its repeats and choices: 10,000 lets
# every format a printer uses through (``[A-Z]{1,3}\d{4,8}``: 15), and the slowest such pattern
# matches a 20-character code in some 20 microseconds.
MAX_WAYS = 10_000


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a lot or serial format, in words for its author; None if it
    can."""
    if not pattern.strip():
        return _("The format is empty; leave the field out if the codes have no fixed format.")
    if len(pattern) > MAX_PATTERN_CHARS:
        return _(
            "The format is {length} characters long; a format may have {most} at most."
        ).format(length=len(pattern), most=MAX_PATTERN_CHARS)
    try:
        re.compile(pattern)
        tree = _parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        return _("{pattern} is not a valid regular expression ({reason}).").format(
            pattern=repr(pattern), reason=_reason(exc)
        )
    try:
        ways = _ways(tree)
    except _Refused as exc:
        return _(exc.sentence).format(pattern=repr(pattern), example="[A-Z0-9]{4,8}")
    if ways > MAX_WAYS:
        return _(
            "{pattern} could split a code in too many ways (repeats one after another, such as "
            "{repeats}); give the lengths, e.g. {example}."
        ).format(pattern=repr(pattern), repeats="\\w*\\w*\\w*\\w*", example="[A-Z]{2}\\d{6}")
    return None


def matches(pattern: str, code: str) -> bool:
    """Whether ``code``, ignoring case and spaces, has the format ``pattern`` (a pattern that
    passed :func:`pattern_problem`). A code longer than GS1 allows never does."""
    folded = "".join(code.split())
    if len(folded) > MAX_CODE_CHARS:
        return False
    return _compiled(pattern).fullmatch(folded) is not None


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern_problem(pattern):  # never run a pattern that did not pass (say, a hand-edited DB)
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(pattern, re.IGNORECASE)


class _Refused(Exception):
    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence  # marked with N_, formatted with the pattern where said


def _parse(pattern: str) -> Any:
    # The parser ``re`` itself uses (a private module, the same from Python 3.11 on): what it
    # reads is exactly what will run.
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern)


def _reason(exc: BaseException) -> str:
    return str(exc).split("\n")[0] if str(exc) else exc.__class__.__name__


_REFUSED = {
    "GROUPREF": N_("{pattern} refers back to a group (\\1); a code format does not need that."),
    "GROUPREF_EXISTS": N_("{pattern} refers back to a group; a code format does not need that."),
    "ASSERT": N_("{pattern} looks ahead or behind ((?=, (?<=); a code format does not need that."),
    "ASSERT_NOT": N_(
        "{pattern} looks ahead or behind ((?!, (?<!); a code format does not need that."
    ),
}
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _ways(items: Any) -> int:
    """How many ways the parsed pattern ``items`` can split a code (an upper bound, and stops
    counting far past :data:`MAX_WAYS`)."""
    total = 1
    for op, value in items:
        total *= _item_ways(str(op), value)
        if total > MAX_WAYS:
            return MAX_WAYS + 1
    return total


def _item_ways(op: str, value: Any) -> int:
    if op in _REFUSED:
        raise _Refused(_REFUSED[op])
    if op == "BRANCH":
        return min(sum(_ways(branch) for branch in value[1]), MAX_WAYS + 1)
    if op == "SUBPATTERN":  # (group, flags added, flags removed, the part)
        return _ways(value[-1])
    if op == "ATOMIC_GROUP":
        return _ways(value)
    if op in _REPEATS:
        return _repeat_ways(*value)
    return 1


def _repeat_ways(low: int, high: int, inner: Any) -> int:
    """A part repeated ``low`` to ``high`` times: each count, times the ways of each part."""
    ways = _ways(inner)
    if ways == 1:
        return min(high, MAX_CODE_CHARS) - min(low, MAX_CODE_CHARS) + 1
    if high > MAX_CODE_CHARS:
        raise _Refused(
            N_(
                "{pattern} repeats without end a part that itself repeats or chooses, as (a+)+ "
                "or (a|ab)*: such a pattern can take minutes on a short code. Repeat single "
                "characters or classes, e.g. {example}."
            )
        )
    total = 0
    for count in range(low, high + 1):
        total += ways**count
        if total > MAX_WAYS:
            return MAX_WAYS + 1
    return total
