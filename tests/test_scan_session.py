"""Scan sessions: the items of a consignment scanned one after another; a serial seen twice is
red (a cloned code); the officer's recent scans are kept (at most MAX_KEPT), as officer data."""

from __future__ import annotations

from datetime import date

import pytest
from support import snapshot

from idguide.catalog import IdguideError, InvalidCodeError, NotFoundError
from idguide.catalog.scanning import (
    add_scan,
    interpret,
    recent_scans,
    session_items,
    start_session,
)
from idguide.catalog.scanning import session as session_module

GTIN = "00036000291452"  # the sample wrench
DURING = date(2026, 12, 1)


def code(serial: str, lot: str = "L2501-01") -> object:
    return interpret(f"(01){GTIN}(17)281231(10){lot}(21){serial}")


def test_a_serial_seen_twice_in_a_session_is_red_and_says_which_item(sample_copy):
    session = start_session(sample_copy, "Container MSCU 1234567")
    first = add_scan(sample_copy, session.id, code("SN0001"), today=DURING)
    add_scan(sample_copy, session.id, code("SN0002"), today=DURING)
    again = add_scan(sample_copy, session.id, code("sn0001"), today=DURING)
    assert (first.level, first.number, again.number) == ("green", 1, 3)
    assert again.level == "red"
    assert again.red_messages() == [
        "Serial sn0001 of barcode 0036000291452 was scanned before in this session (item 1): "
        "two items with one serial means at least one carries a cloned code."
    ]
    items = session_items(sample_copy, session.id)
    assert [(i.number, i.serial, i.level) for i in items] == [
        (1, "SN0001", "green"),
        (2, "SN0002", "green"),
        (3, "sn0001", "red"),
    ]
    assert items[0].product_id == "nordiva-wrench-tw200"


def test_the_same_serial_in_another_session_is_not_flagged(sample_copy):
    one, two = start_session(sample_copy), start_session(sample_copy)
    add_scan(sample_copy, one.id, code("SN0001"), today=DURING)
    assert add_scan(sample_copy, two.id, code("SN0001"), today=DURING).level == "green"


def test_recent_scans_are_kept_newest_first_and_the_oldest_go(sample_copy, monkeypatch):
    monkeypatch.setattr(session_module, "MAX_KEPT", 3)
    session = start_session(sample_copy)
    for n in range(5):
        add_scan(sample_copy, session.id, code(f"SN000{n}"), today=DURING)
    assert [item.serial for item in recent_scans(sample_copy)] == ["SN0004", "SN0003", "SN0002"]


def test_bad_input_is_refused_and_changes_nothing(sample_copy):
    session = start_session(sample_copy)
    before = snapshot(sample_copy.path)
    with pytest.raises(InvalidCodeError, match="wrong check digit"):
        add_scan(sample_copy, session.id, interpret("9506000134353"))
    with pytest.raises(NotFoundError, match="No scan session with id 99"):
        add_scan(sample_copy, 99, code("SN0001"))
    with pytest.raises(IdguideError, match="200 characters at most"):
        start_session(sample_copy, "x" * 201)
    assert snapshot(sample_copy.path) == before
