"""Scan sessions: the items of a consignment scanned one after another, each checked with the
ones before it, so that a serial seen twice is flagged as a cloned code; and the officer's recent
scans, kept in the catalogue as officer data (as notes are: no link to content, untouched by
bundles).

At most :data:`MAX_KEPT` scans are kept: the oldest go first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from idguide.catalog.changes import CarriesChanges, OpChanges
from idguide.catalog.errors import IdguideError, NotFoundError
from idguide.catalog.i18n import _, current_language
from idguide.catalog.scanning.checks import check
from idguide.catalog.scanning.context import Outcome, ScanResult
from idguide.catalog.scanning.gs1 import Scan
from idguide.catalog.scanning.messages import outcome_text
from idguide.catalog.store import Catalog
from idguide.catalog.write import now

MAX_KEPT = 1000
MAX_LABEL_CHARS = 200
CHANGED = OpChanges(scans=True)


@dataclass
class ScanSession(CarriesChanges):
    id: int
    label: str
    started_at: str


@dataclass
class SessionItem(CarriesChanges):
    """One code scanned in a session: its place in it, what it held, what checking found."""

    id: int
    session_id: int
    number: int
    scanned_at: str
    text: str
    gtin: str
    lot: str
    serial: str
    level: str
    product_id: str
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    """As :meth:`Outcome.as_dict` stores them (English words; no code in rows stored before)."""
    result: ScanResult | None = field(default=None, repr=False, compare=False)
    """The whole result, for a scan just checked (None for one read back)."""

    def red_messages(self) -> list[str]:
        """The red outcomes' sentences, in the process's language (the interface's)."""
        language = current_language()
        return [outcome_text(o, language) for o in self.outcomes if o["level"] == "red"]


def start_session(catalog: Catalog, label: str = "") -> ScanSession:
    """A new session (``label``: the consignment, a container number...)."""
    label = " ".join(label.split())
    if len(label) > MAX_LABEL_CHARS:
        raise IdguideError(
            _("A session's label may have {count} characters at most.").format(
                count=MAX_LABEL_CHARS
            )
        )
    started = now()
    with catalog.user.transaction():
        cursor = catalog.user.conn.execute(
            "INSERT INTO scan_sessions (label, started_at) VALUES (?, ?)", (label, started)
        )
    return ScanSession(int(cursor.lastrowid or 0), label, started).carrying(CHANGED)


def add_scan(
    catalog: Catalog,
    session_id: int,
    scan: Scan,
    today: date | None = None,
    lang: str | None = None,
    open_product: str | None = None,
) -> SessionItem:
    """Check ``scan`` with the codes scanned before it in the session (a serial seen twice is
    red) and against ``open_product`` (as :func:`check` does), and keep it. Raises
    InvalidCodeError for a code that could not be read, NotFoundError for a session that does
    not exist."""
    earlier = [
        Scan(item.text, gtin=item.gtin, lot=item.lot, serial=item.serial)
        for item in session_items(catalog, session_id)
    ]
    result = check(
        catalog, scan, today=today, open_product=open_product, lang=lang, earlier=earlier
    )
    item = _item_of(result, session_id, len(earlier) + 1)
    with catalog.user.transaction():
        cursor = catalog.user.conn.execute(
            "INSERT INTO scans (session_id, scanned_at, text, gtin, lot, serial, level, "
            "product_id, outcomes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                item.scanned_at,
                item.text,
                item.gtin,
                item.lot,
                item.serial,
                item.level,
                item.product_id,
                json.dumps(item.outcomes, ensure_ascii=False),
            ),
        )
        catalog.user.conn.execute(
            "DELETE FROM scans WHERE id <= (SELECT id FROM scans ORDER BY id DESC "
            "LIMIT 1 OFFSET ?)",
            (MAX_KEPT,),
        )
    item.id = int(cursor.lastrowid or 0)
    return item.carrying(CHANGED)


def _item_of(result: ScanResult, session_id: int, number: int) -> SessionItem:
    scan = result.scan
    return SessionItem(
        id=0,
        session_id=session_id,
        number=number,
        scanned_at=now(),
        text=scan.text,
        gtin=scan.gtin,
        lot=scan.lot,
        serial=scan.serial,
        level=result.level.value,
        product_id=result.products[0].id if result.products else "",
        outcomes=[_outcome(o) for o in result.outcomes],
        result=result,
    )


def _outcome(outcome: Outcome) -> dict[str, Any]:
    return outcome.as_dict()


def session_items(catalog: Catalog, session_id: int) -> list[SessionItem]:
    """The codes scanned in the session, in the order scanned."""
    found = catalog.user.conn.execute("SELECT 1 FROM scan_sessions WHERE id = ?", (session_id,))
    if found.fetchone() is None:
        raise NotFoundError(_("No scan session with id {id}.").format(id=session_id))
    rows = catalog.user.conn.execute(
        "SELECT id, session_id, scanned_at, text, gtin, lot, serial, level, product_id, outcomes "
        "FROM scans WHERE session_id = ? ORDER BY id",
        (session_id,),
    )
    return [_row(number, row) for number, row in enumerate(rows, 1)]


def recent_scans(catalog: Catalog, limit: int = 50) -> list[SessionItem]:
    """The last ``limit`` codes scanned, newest first (their ``number``: 1 the newest)."""
    rows = catalog.user.conn.execute(
        "SELECT id, session_id, scanned_at, text, gtin, lot, serial, level, product_id, outcomes "
        "FROM scans ORDER BY id DESC LIMIT ?",
        (limit,),
    )
    return [_row(number, row) for number, row in enumerate(rows, 1)]


def _row(number: int, row: tuple) -> SessionItem:
    sid, session_id, scanned_at, text, gtin, lot, serial, level, product_id, outcomes = row
    return SessionItem(
        sid,
        session_id or 0,
        number,
        scanned_at,
        text,
        gtin,
        lot,
        serial,
        level,
        product_id,
        json.loads(outcomes),
    )
