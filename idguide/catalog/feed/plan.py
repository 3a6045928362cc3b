"""What to download: per publisher, the shortest chain from the installed sequence to the newest.

A feed offers full bundles and deltas (each made on top of one base sequence). From what is
installed, follow deltas as far as they go; where no delta chain leads to the newest sequence,
start from the newest full bundle that helps and follow deltas from there. Among chains that
reach the same sequence the one with the fewest full bundles wins (they are the large ones),
then the one with the fewest steps. Pure functions: no network, no catalogue.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any

from idguide.catalog.bundles.format import KINDS
from idguide.catalog.i18n import _
from idguide.catalog.model import ID_PATTERN

NOTHING = -1  # the node for "nothing of this publisher installed"


@dataclass(frozen=True)
class Offer:
    """A bundle the feed offers, as its signed custom metadata describe it."""

    path: str
    publisher: str
    sequence: int
    kind: str
    base: int | None
    length: int

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass
class Plan:
    chain: list[Offer]
    newest: int  # the newest sequence offered
    unreachable: bool  # the newest cannot be reached from what is installed


def read_offer(path: str, custom: Any, length: int) -> Offer | str:
    """The offer ``path`` describes, or why its custom metadata are not a bundle's."""
    if not isinstance(custom, dict):
        return _("{path}: the feed gives no publisher, sequence and kind for it").format(path=path)
    publisher, sequence = custom.get("publisher"), custom.get("sequence")
    kind, base = custom.get("kind"), custom.get("base")
    if not isinstance(publisher, str) or not ID_PATTERN.match(publisher):
        return _("{path}: the feed gives no valid publisher id for it").format(path=path)
    if not isinstance(sequence, int) or not _count(sequence) or kind not in KINDS:
        return _("{path}: the feed gives no valid sequence and kind for it").format(path=path)
    if kind == "full":
        return Offer(path, publisher, sequence, kind, None, length)
    if not isinstance(base, int) or not _count(base) or base >= sequence:
        return _("{path}: a delta whose base sequence is missing or not older").format(path=path)
    return Offer(path, publisher, sequence, kind, base, length)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def plan(offers: list[Offer], installed: int | None) -> Plan:
    """The chain of ``offers`` (one publisher's) to install after ``installed``."""
    start = NOTHING if installed is None else installed
    newest = max(offer.sequence for offer in offers)
    best = _cheapest(offers, start)
    reachable = [node for node in best if node > start]
    if not reachable:
        return Plan([], newest, newest > start)
    goal = max(reachable)
    chain: list[Offer] = []
    node = goal
    while node != start:
        offer = best[node][1]
        assert offer is not None
        chain.append(offer)
        node = best[node][2]
    return Plan(chain[::-1], newest, goal < newest)


def _cheapest(offers: list[Offer], start: int) -> dict[int, tuple[tuple, Offer | None, int]]:
    """Dijkstra over sequences: cost (full bundles, steps), with the offer and node before."""
    best: dict[int, tuple[tuple, Offer | None, int]] = {start: ((0, 0), None, start)}
    queue: list[tuple[tuple, int]] = [((0, 0), start)]
    while queue:
        cost, node = heapq.heappop(queue)
        if cost > best[node][0]:
            continue
        for offer in offers:
            if not _follows(offer, node):
                continue
            step = (cost[0] + (offer.kind == "full"), cost[1] + 1)
            known = best.get(offer.sequence)
            if known is None or step < known[0]:
                best[offer.sequence] = (step, offer, node)
                heapq.heappush(queue, (step, offer.sequence))
    return best


def _follows(offer: Offer, node: int) -> bool:
    if offer.sequence <= node:
        return False
    return offer.kind == "full" or offer.base == node
