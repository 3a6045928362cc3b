"""Checking a scan against the catalogue: each check's outcome, in words, red / amber / green."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from support import copy_sample, install_folder, sample_catalog, snapshot

from idguide.catalog import Catalog, InvalidCodeError, NotFoundError, open_catalog
from idguide.catalog.scanning import CHECKS, Level, Outcome, check, interpret

WRENCH = "00036000291452"  # the sample's torque wrench; its alert (2026-07-01 to 2027-06-30)
LOT = "L2406-88"  # names this lot
PLIERS = "4006381333931"
DURING = date(2026, 12, 1)  # while the alert is in force
AFTER = date(2027, 7, 1)  # once it has ended


@pytest.fixture(scope="module")
def catalog_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_catalog(tmp_path_factory.mktemp("scan"))


@pytest.fixture
def catalog(catalog_path: Path) -> Iterator[Catalog]:
    with open_catalog(catalog_path) as opened:
        yield opened


def outcome(result, name: str) -> Outcome:
    (found,) = [o for o in result.outcomes if o.check == name]
    return found


def scan_of(lot: str = "", expiry: str = "", gtin: str = WRENCH, serial: str = ""):
    text = f"(01){gtin}" + (f"(17){expiry}" if expiry else "") + (f"(10){lot}" if lot else "")
    scan = interpret(text + (f"(21){serial}" if serial else ""))
    assert scan.read, scan.problem
    return scan


def test_a_lot_named_in_an_active_alert_is_red_and_says_which_alert(catalog):
    result = check(catalog, scan_of(LOT), today=DURING)
    assert result.level is Level.RED
    lot = outcome(result, "lot-alert")
    assert lot.level is Level.RED
    assert lot.message == (
        f"Lot {LOT} is a known counterfeit lot: alert of Jul 1, 2026 (Fake batch L2406-88)."
    )
    assert [row.id for row in result.products] == ["nordiva-wrench-tw200"]
    assert outcome(result, "product").level is Level.GREEN


@pytest.mark.parametrize(
    "text",
    [f"https://nordiva.example/01/{WRENCH}/10/l2406-88", f"(01){WRENCH}(10)L 2406-88"],
    ids=["lower case", "printed with a space"],
)
def test_lots_are_compared_ignoring_case_and_spaces(catalog, text):
    assert check(catalog, interpret(text), today=DURING).level is Level.RED


def test_a_lot_an_alert_writes_with_spaces_and_in_lower_case_still_matches(tmp_path):
    folder = copy_sample(tmp_path, "nordhaven")
    entry = folder / "products" / "wrench.yaml"
    entry.write_text(entry.read_text().replace("lot_codes: [L2406-88]", "lot_codes: [l 2406-88]"))
    with open_catalog(tmp_path / "c.db") as catalog:
        install_folder(catalog, folder)
        result = check(catalog, scan_of(LOT), today=DURING)
    assert outcome(result, "lot-alert").level is Level.RED


def test_a_lot_named_in_an_alert_that_has_ended_is_amber(catalog):
    result = check(catalog, scan_of(LOT), today=AFTER)
    lot = outcome(result, "lot-alert")
    assert lot.level is Level.AMBER and result.level is Level.AMBER
    assert "ended on Jun 30, 2027" in lot.message and "ask the rights holder" in lot.message


def test_another_lot_is_green_and_green_never_says_genuine(catalog):
    result = check(catalog, scan_of("L2501-01", "281231"), today=DURING)
    assert result.level is Level.GREEN
    assert outcome(result, "lot-alert").message == (
        "Lot L2501-01 is not named in any alert of the product."
    )
    assert not any("genuine" in o.message.lower() for o in result.outcomes)


def test_a_barcode_not_in_the_catalogue_is_amber(catalog):
    result = check(catalog, interpret("9506000134352"), today=DURING)
    assert result.level is Level.AMBER and result.products == []
    assert outcome(result, "product").message == (
        "Barcode 9506000134352 is not in the catalogue: there is no entry to compare with."
    )


def test_a_barcode_not_in_the_catalogue_is_said_not_to_be_the_open_products(catalog):
    result = check(catalog, interpret("9506000134352"), open_product="nordiva-wrench-tw200")
    assert "It is not one of the barcodes of Nordiva Torque wrench TW-200." in (
        outcome(result, "product").message
    )


def test_another_products_barcode_on_the_item_on_screen_is_amber(catalog):
    result = check(catalog, interpret(PLIERS), open_product="nordiva-wrench-tw200")
    shown = outcome(result, "open-product")
    assert shown.level is Level.AMBER and result.level is Level.AMBER
    assert "not to Nordiva Torque wrench TW-200, the product on screen" in shown.message
    same = check(catalog, scan_of(gtin=WRENCH), open_product="nordiva-wrench-tw200")
    assert not [o for o in same.outcomes if o.check == "open-product"]


def test_an_open_product_that_does_not_exist_is_an_error(catalog):
    with pytest.raises(NotFoundError):
        check(catalog, interpret(PLIERS), open_product="no-such-product")


@pytest.mark.parametrize(
    ("expiry", "level", "words"),
    [
        ("281231", Level.GREEN, "The expiry date Dec 31, 2028 is not past."),
        ("261130", Level.AMBER, "The expiry date Nov 30, 2026 has passed"),
        ("261200", Level.GREEN, "The expiry date Dec 31, 2026 is not past."),  # day 00: month end
        ("270231", Level.AMBER, "The expiry date in the code, 270231, is not a real date"),
        ("270000", Level.AMBER, "The expiry date in the code, 270000, is not a real date"),
    ],
)
def test_an_expiry_date_in_the_past_or_not_a_date_is_amber(catalog, expiry, level, words):
    result = check(catalog, scan_of("L2501-01", expiry), today=DURING)
    found = outcome(result, "expiry")
    assert found.level is level and words in found.message


def test_the_worst_outcome_decides_and_every_outcome_is_kept(catalog):
    result = check(catalog, scan_of(LOT, "250101"), today=DURING)
    assert [(o.check, o.level) for o in result.outcomes] == [
        ("product", Level.GREEN),
        ("lot-alert", Level.RED),
        ("expiry", Level.AMBER),
    ]
    assert result.level is Level.RED
    data = result.as_dict()
    assert data["level"] == "red" and data["scan"]["lot"] == LOT
    assert data["outcomes"][1] == {
        "check": "lot-alert",
        "level": "red",
        "code": "lot-alert.active",
        "params": {"lot": LOT, "issued": "2026-07-01", "title": "Fake batch L2406-88"},
        "message": outcome(result, "lot-alert").message,
    }


def test_a_code_that_could_not_be_read_cannot_be_checked(catalog):
    with pytest.raises(InvalidCodeError, match="wrong check digit"):
        check(catalog, interpret("9506000134353"))


def test_a_new_check_is_one_more_function_in_the_list(catalog, monkeypatch):
    def serial_check(context):
        if context.scan.serial == "CLONED-1":
            return [Outcome("serial-list", Level.RED, "Serial CLONED-1 is on a list of clones.")]
        return []

    monkeypatch.setattr("idguide.catalog.scanning.checks.CHECKS", [*CHECKS, serial_check])
    result = check(catalog, scan_of("L2501-01", serial="CLONED-1"), today=DURING)
    assert result.level is Level.RED
    assert outcome(result, "serial-list").message == "Serial CLONED-1 is on a list of clones."


def test_checking_changes_nothing_in_the_catalogue(catalog_path):
    before = snapshot(catalog_path)
    with open_catalog(catalog_path) as catalog:
        for text in (f"(01){WRENCH}(10){LOT}", PLIERS, "9506000134352"):
            check(catalog, interpret(text), open_product="nordiva-pliers-p8")
    assert snapshot(catalog_path) == before
