"""What a scanned or typed code says: every form a scanner types, and why a bad one is refused."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idguide.catalog.scanning import interpret

GS = "\x1d"
GTIN = "09506000134352"  # GS1's own example product number


@pytest.mark.parametrize(
    ("text", "gtin"),
    [
        ("96385074", "00000096385074"),  # EAN-8
        ("036000291452", "00036000291452"),  # UPC-A
        ("9506000134352", GTIN),  # EAN-13
        (GTIN, GTIN),  # GTIN-14
        ("  9506000134352\r\n", GTIN),  # as a scanner ends it: with Enter
        ("]E09506000134352", GTIN),  # with the scanner's symbology identifier
    ],
)
def test_a_plain_barcode_number_is_put_in_the_catalogues_14_digit_form(text, gtin):
    scan = interpret(text)
    assert scan.read and scan.form == "gtin" and scan.gtin == gtin
    assert (scan.lot, scan.serial, scan.expiry) == ("", "", None)


ELEMENT_STRINGS = [
    f"{GS}01{GTIN}10L2609-14{GS}17271231{GS}21ABC123",  # FNC1 first, as a 2D scanner types it
    f"01{GTIN}10L2609-14{GS}1727123121ABC123",
    f"]d201{GTIN}10L2609-14{GS}1727123121ABC123",  # GS1 DataMatrix
    f"]Q301{GTIN}10L2609-14{GS}1727123121ABC123",  # GS1 QR Code
    f"]C101{GTIN}10L2609-14{GS}1727123121ABC123",  # GS1-128
    f"(01){GTIN}(10)L2609-14(17)271231(21)ABC123",  # as printed under the code
    f"https://brand.example/01/{GTIN}/10/L2609-14/21/ABC123?17=271231",  # Digital Link
    f"https://id.gs1.org/01/{GTIN}/10/L2609-14/21/ABC123?17=271231",
    f"https://shop.example.com/p/x/01/{GTIN}/10/L2609-14/21/ABC123?17=271231",
    f"HTTPS://BRAND.EXAMPLE/01/{GTIN}/10/L2609-14/21/ABC123?17=271231",  # Caps Lock on
    f"]Q1https://brand.example/01/{GTIN}/10/L2609-14/21/ABC123?17=271231",  # plain QR code
]


@pytest.mark.parametrize("text", ELEMENT_STRINGS)
def test_gtin_lot_serial_and_expiry_are_read_from_every_form(text):
    scan = interpret(text)
    assert scan.read, scan.problem
    assert (scan.gtin, scan.lot, scan.serial) == (GTIN, "L2609-14", "ABC123")
    assert scan.expiry == date(2027, 12, 31) and scan.expiry_text == "271231"
    assert scan.text == text.strip(" \r\n")
    assert {field.ai for field in scan.fields} == {"01", "10", "17", "21"}


def test_which_form_was_read_is_kept():
    assert interpret(ELEMENT_STRINGS[0]).form == "element-strings"
    assert interpret(ELEMENT_STRINGS[5]).form == "element-strings"
    assert interpret(ELEMENT_STRINGS[6]).form == "digital-link"


def test_a_code_read_in_a_picture_as_gs1_is_read_only_as_element_strings():
    # 14 digits that make a valid GTIN-14, but zxing-cpp said the code is GS1: a lot alone
    scan = interpret("10123456789012", gs1=True)
    assert [(field.ai, field.value) for field in scan.fields] == [("10", "123456789012")]
    assert "holds no product number" in scan.problem


def test_day_00_means_the_last_day_of_the_month():
    assert interpret(f"01{GTIN}17270200").expiry == date(2027, 2, 28)
    assert interpret(f"(01){GTIN}(17)281200").expiry == date(2028, 12, 31)


def test_other_gs1_fields_are_kept_too():
    scan = interpret(f"https://brand.example/01/{GTIN}/21/X1?17=271231&3103=000189&11=260115")
    assert {(f.ai, f.value) for f in scan.fields} >= {("3103", "000189"), ("11", "260115")}


def test_an_expiry_date_that_does_not_exist_is_read_but_has_no_date():
    # 31 February: the code can still be read; the check says the date is not real
    scan = interpret(f"(01){GTIN}(17)270231(10)L1")
    assert scan.read and scan.lot == "L1"
    assert scan.expiry is None and scan.expiry_text == "270231"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Nothing to read"),
        (GS, "Nothing to read"),
        ("hello world", "Not a GS1 code: 'hello world'"),
        ("12345", "Not a barcode number: 12345 has 5 digits"),
        ("9506000134353", "9506000134353 has a wrong check digit (the last digit should be 2)"),
        (f"01{GTIN[:-1]}3{GS}10L1", "The GTIN (01) 9506000134353 has a wrong check digit"),
        (f"(01){GTIN[:-1]}3(10)L1", "The GTIN (01) 9506000134353 has a wrong check digit"),
        (
            f"https://brand.example/01/{GTIN[:-1]}3/10/L2609-14",
            "A GS1 Digital Link whose GTIN 9506000134353 has a wrong check digit",
        ),
        ("https://brand.example/about", "is not a GS1 Digital Link"),
        (f"(01){GTIN}(17)271399", "the field (17) Expiration date (YYMMDD) holds '271399'"),
        (f"https://b.example/01/{GTIN}?17=271399", "Not a readable GS1 Digital Link"),
        ("]C100340123450000000000", "holds no product number (GTIN, AI 01)"),
        ("]C1hello", "Not a readable GS1 code"),
    ],
)
def test_a_code_that_cannot_be_read_says_why(text, problem):
    scan = interpret(text)
    assert not scan.read and scan.gtin == ""
    assert problem in scan.problem


# Pieces of real codes, put together in any order: closer to what trips a parser than any text.
PIECES = ["]", "]d2", "]Q3", "]C1", "(", ")", "(01)", "(17)", GS, "01", "10", "17", "https://"]
PIECES += ["HTTP://", "/01/", "?17=", "&", "%", GTIN, "271231", "999999", "x", " ", "é", "\x00"]
hostile = st.one_of(st.text(max_size=120), st.lists(st.sampled_from(PIECES)).map("".join))


@pytest.mark.parametrize("text", ["]", "https://]", "(", "(01", "]d2", "%", "\x00"])
@pytest.mark.parametrize("gs1", [False, True])
def test_broken_pieces_of_codes_are_refused_not_a_crash(text, gs1):
    assert interpret(text, gs1=gs1).problem


@given(hostile, st.booleans())
def test_any_text_at_all_is_read_or_refused_with_a_reason(text, gs1):
    scan = interpret(text, gs1=gs1)
    assert scan.read == (scan.problem == "")
    assert scan.read == bool(scan.gtin)
    assert len(scan.gtin) in (0, 14)


LAZY = """
import sys
import idguide.catalog.scanning, idguide.cli.commands
from idguide.catalog.scanning import ReadCode, Scan, check, read_codes, interpret
from idguide.cli.commands import build_parser
build_parser()
loaded = [name for name in ("zxingcpp", "biip") if name in sys.modules]
assert not loaded, f"loaded at start: {loaded}"
interpret("9506000134352")
assert "biip" in sys.modules and "zxingcpp" not in sys.modules
"""


def test_the_barcode_libraries_are_loaded_only_when_used():
    proc = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
