"""Bulk work pauses Python's cyclic garbage collector (see idguide.catalog.collector); it must
always run again afterwards, or a long session's memory would only grow."""

from __future__ import annotations

import gc
import threading

import pytest
from bundle_helpers import build, make_keys, trusted_catalog
from support import SAMPLE

from idguide.catalog import open_catalog
from idguide.catalog.bundles import errors as E
from idguide.catalog.bundles import import_bundle
from idguide.catalog.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_running():
    gc.enable()
    yield
    gc.enable()


def test_overlapping_pauses_end_when_the_last_one_does():
    first_in, second_out = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other():
        first_in.wait(5)
        with collector_paused():
            seen.append(gc.isenabled())
        second_out.set()

    thread = threading.Thread(target=other)
    thread.start()
    with collector_paused():
        first_in.set()
        second_out.wait(5)  # the other pause began and ended inside this one
        seen.append(gc.isenabled())
    thread.join(5)
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_the_collector_runs_again_after_an_import_and_after_a_refusal(tmp_path):
    private, public = make_keys(tmp_path / "keys")
    _, stranger = make_keys(tmp_path / "stranger")
    bundle = build(SAMPLE / "nordhaven", tmp_path / "b.idgb", private)
    good = trusted_catalog(tmp_path / "good" / "catalog.db", public)
    wrong = trusted_catalog(tmp_path / "wrong" / "catalog.db", stranger)
    with open_catalog(good) as catalog:
        assert import_bundle(catalog, bundle).added
    assert gc.isenabled()
    with open_catalog(wrong) as catalog, pytest.raises(E.SignatureError):
        import_bundle(catalog, bundle)
    assert gc.isenabled()
