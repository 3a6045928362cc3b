"""The checks that use what a publisher declares and what the administrator binds: cloned serials
named in alerts, the lot and serial formats, the shelf life, the GS1 company prefix (bound in the
trust store, or only declared by the bundle), a serial seen twice in a session. Each on typed
text and on codes read from clean and spoiled photos."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from bundle_helpers import make_keys
from scan_pictures import Degrade, code_image, jpeg, photo
from support import copy_sample, install_folder, snapshot

from idguide.catalog import Catalog, open_catalog
from idguide.catalog.bundles import trust_add
from idguide.catalog.scanning import Level, Outcome, check, interpret, read_codes

WRENCH = "00036000291452"  # the sample's torque wrench: its alert (2026-07-01 to 2027-06-30)
PLIERS = "04006381333931"  # the sample's pliers, of the same brand (Nordiva)
UNKNOWN = "9506000134352"  # in no entry
DURING = date(2026, 12, 1)  # while the alert is in force
AFTER = date(2027, 7, 1)  # once it has ended
CLONED = "SN9001"  # the serial the alert names as cloned


def declare(folder: Path) -> Path:
    """The sample publisher with what this issue adds: a declared GS1 prefix (the wrench's
    UPC-A 036000291452 is 0036000291452 as an EAN-13), the wrench's lot and serial formats, a
    shelf life of 36 months and a cloned serial in its alert."""
    publisher = folder / "publisher.yaml"
    text = publisher.read_text().replace(
        "rights_valid_until: 2031-12-31\n",
        'rights_valid_until: 2031-12-31\ngs1_prefixes: ["0036000"]\n',
    )
    publisher.write_text(text)
    wrench = folder / "products" / "wrench.yaml"
    text = wrench.read_text().replace(
        "typical_price: EUR 89\n",
        "typical_price: EUR 89\nlot_pattern: 'L\\d{4}-\\d{2}'\nserial_pattern: 'SN\\d{4}'\n"
        "shelf_life_months: 36\n",
    )
    text = text.replace(
        "    lot_codes: [L2406-88]\n", f"    lot_codes: [L2406-88]\n    serials: [{CLONED}]\n"
    )
    wrench.write_text(text)
    return folder


@pytest.fixture(scope="module")
def catalog_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("entry-checks")
    with open_catalog(folder / "catalog.db") as catalog:
        install_folder(catalog, declare(copy_sample(folder, "nordhaven")))
        install_folder(catalog, copy_sample(folder, "cremelia"))
    return folder / "catalog.db"


@pytest.fixture
def catalog(catalog_path: Path) -> Iterator[Catalog]:
    with open_catalog(catalog_path) as opened:
        yield opened


def outcome(result, name: str) -> Outcome:
    (found,) = [o for o in result.outcomes if o.check == name]
    return found


def text_of(gtin: str = WRENCH, lot: str = "L2501-01", serial: str = "", expiry: str = "") -> str:
    return (
        f"(01){gtin}"
        + (f"(17){expiry}" if expiry else "")
        + (f"(10){lot}" if lot else "")
        + (f"(21){serial}" if serial else "")
    )


def scan_of(**parts: str):
    scan = interpret(text_of(**parts))
    assert scan.read, scan.problem
    return scan


def photographed(text: str, degrade: Degrade):
    """``text`` printed as a GS1 DataMatrix on a label, photographed, read back and
    interpreted: what the officer's phone photo gives."""
    picture = photo([code_image(text, "datamatrix", gs1=True, module=5)], (1200, 900), degrade)
    (code,) = read_codes(jpeg(picture, quality=85))
    scan = interpret(code.text, gs1=code.gs1)
    assert scan.read, scan.problem
    return scan


# Typed by a scanner, and read from a clean and from a turned, tilted, shrunk and blurred photo
HOW = {
    "typed": None,
    "clean photo": Degrade(),
    "spoiled photo": Degrade(angle=-15, tilt=0.15, scale=0.8, blur=1.2),
}


def scanned(how: str, **parts: str):
    degrade = HOW[how]
    return scan_of(**parts) if degrade is None else photographed(text_of(**parts), degrade)


# -- a serial an alert names as cloned ---------------------------------------------------------


@pytest.mark.parametrize("how", HOW)
def test_a_serial_named_in_an_active_alert_as_cloned_is_red(catalog, how):
    result = check(catalog, scanned(how, serial=CLONED), today=DURING)
    found = outcome(result, "serial-alert")
    assert found.level is Level.RED and result.level is Level.RED
    assert found.message == (
        f"Serial {CLONED} is a known cloned serial, copied onto fakes: alert of Jul 1, 2026 "
        "(Fake batch L2406-88)."
    )


def test_a_cloned_serial_is_compared_ignoring_case_and_spaces(catalog):
    typed = interpret(f"(01){WRENCH}(21)sn 9001")
    assert typed.read, typed.problem
    assert outcome(check(catalog, typed, today=DURING), "serial-alert").level is Level.RED


def test_a_cloned_serial_in_an_alert_that_has_ended_is_amber(catalog):
    found = outcome(check(catalog, scan_of(serial=CLONED), today=AFTER), "serial-alert")
    assert found.level is Level.AMBER and "ended on Jun 30, 2027" in found.message


def test_another_serial_is_green(catalog):
    result = check(catalog, scan_of(serial="SN1234", expiry="271231"), today=DURING)
    assert outcome(result, "serial-alert").message == (
        "Serial SN1234 is not named in any alert of the product."
    )
    assert result.level is Level.GREEN


# -- the formats the publisher declares --------------------------------------------------------


@pytest.mark.parametrize("how", HOW)
def test_a_lot_not_in_the_declared_format_is_amber(catalog, how):
    result = check(catalog, scanned(how, lot="X99"), today=DURING)
    found = outcome(result, "lot-format")
    assert found.level is Level.AMBER and result.level is Level.AMBER
    assert found.message == (
        "Lot X99 is not written as Nordiva Torque wrench TW-200's lots are (the publisher's "
        "format: L\\d{4}-\\d{2}): a made-up or miscopied code?"
    )


@pytest.mark.parametrize("lot", ["L2501-01", "l2501-01", "L 2501-01"])
def test_a_lot_in_the_declared_format_is_green_ignoring_case_and_spaces(catalog, lot):
    scan = interpret(f"(01){WRENCH}(10){lot}")
    assert outcome(check(catalog, scan, today=DURING), "lot-format").level is Level.GREEN


@pytest.mark.parametrize("how", HOW)
def test_a_serial_not_in_the_declared_format_is_amber(catalog, how):
    result = check(catalog, scanned(how, serial="ABC123"), today=DURING)
    found = outcome(result, "serial-format")
    assert found.level is Level.AMBER
    assert "Serial ABC123 is not written as Nordiva Torque wrench TW-200's serials are" in (
        found.message
    )
    assert outcome(
        check(catalog, scan_of(serial="SN0042"), today=DURING), "serial-format"
    ).level is (Level.GREEN)


def test_a_product_without_declared_formats_gets_no_format_outcome(catalog):
    result = check(catalog, scan_of(gtin=PLIERS, lot="anything", serial="x"), today=DURING)
    assert not [o for o in result.outcomes if o.check.endswith("-format")]


# -- the shelf life -------------------------------------------------------------------------------


@pytest.mark.parametrize("how", HOW)
def test_an_expiry_further_ahead_than_the_shelf_life_is_amber(catalog, how):
    result = check(catalog, scanned(how, expiry="351231"), today=DURING)
    found = outcome(result, "shelf-life")
    assert found.level is Level.AMBER and result.level is Level.AMBER
    assert found.message == (
        "The expiry date Dec 31, 2035 is further ahead than Nordiva Torque wrench TW-200 keeps: "
        "its shelf life is 36 months, so a genuine item expires by Dec 1, 2029 at the latest."
    )


def test_an_expiry_within_the_shelf_life_is_green(catalog):
    result = check(catalog, scan_of(expiry="291130"), today=DURING)
    assert outcome(result, "shelf-life").level is Level.GREEN
    assert outcome(result, "expiry").level is Level.GREEN


# -- the GS1 company prefix ---------------------------------------------------------------------


def test_a_prefix_only_the_bundle_declares_advises_amber_at_most_and_says_so(catalog):
    other = check(catalog, scan_of(gtin=PLIERS), today=DURING)  # 4006381...: not 0036000
    found = outcome(other, "prefix")
    assert found.level is Level.AMBER
    assert "starts with none of the GS1 company prefixes Nordiva's publisher declares in its " in (
        found.message
    )
    assert "The trust store binds none to Nordiva, so this is the publisher's word only" in (
        found.message
    )
    own = outcome(check(catalog, scan_of(), today=DURING), "prefix")
    assert own.level is Level.GREEN and "declares in its bundle" in own.message


@pytest.mark.parametrize("how", HOW)
def test_a_prefix_the_trust_store_does_not_bind_to_the_brand_is_red(tmp_path, catalog_path, how):
    path = tmp_path / "bound.db"
    path.write_bytes(catalog_path.read_bytes())
    _, public = make_keys(tmp_path / "keys")
    with open_catalog(path) as catalog:
        trust_add(catalog, public, "nordhaven", ["nordiva"], prefixes=["4006381"])
        wrench = check(catalog, scanned(how), today=DURING)  # 0036000...: not bound
        pliers = check(catalog, scan_of(gtin=PLIERS), today=DURING)
    found = outcome(wrench, "prefix")
    assert found.level is Level.RED and wrench.level is Level.RED
    assert found.message.startswith("This barcode was not issued to Nordiva: 0036000291452 ")
    assert "the trust store binds to Nordiva (4006381)" in found.message
    bound = outcome(pliers, "prefix")
    assert bound.level is Level.GREEN and "the trust store binds to Nordiva" in bound.message


def test_a_barcode_not_in_the_catalogue_is_checked_against_the_product_on_screen(catalog):
    result = check(catalog, interpret(UNKNOWN), today=DURING, open_product="nordiva-wrench-tw200")
    found = outcome(result, "prefix")
    assert found.level is Level.AMBER
    assert found.message.startswith("Barcode 9506000134352 starts with none of the GS1 company")
    alone = check(catalog, interpret(UNKNOWN), today=DURING)
    assert not [o for o in alone.outcomes if o.check == "prefix"]


def test_a_publisher_that_declares_no_prefix_gets_no_prefix_outcome(catalog):
    result = check(catalog, interpret("5601234567892"), today=DURING)  # Crèmelia's cream
    assert not [o for o in result.outcomes if o.check == "prefix"]


# -- a serial seen twice in one session ---------------------------------------------------------


def test_a_serial_seen_twice_in_a_session_is_red(catalog):
    first = scan_of(serial="SN0042")
    again = scan_of(serial="sn 0042", lot="L2501-02")
    result = check(catalog, again, today=DURING, earlier=[scan_of(serial="SN0001"), first])
    found = outcome(result, "serial-repeat")
    assert found.level is Level.RED
    assert "was scanned before in this session (item 2)" in found.message
    alone = check(catalog, again, today=DURING, earlier=[scan_of(serial="SN0001")])
    assert not [o for o in alone.outcomes if o.check == "serial-repeat"]


def test_checking_leaves_the_catalogue_as_it_was(catalog_path):
    before = snapshot(catalog_path)
    with open_catalog(catalog_path) as catalog:
        for serial in (CLONED, "ABC", "SN0001"):
            check(catalog, scan_of(serial=serial, expiry="351231"), today=DURING)
    assert snapshot(catalog_path) == before
