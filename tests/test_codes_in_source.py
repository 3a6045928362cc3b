"""Language and market codes an author writes are checked (ISO 639-1, ISO 3166 and the documented
regions), with "did you mean" for the usual mistakes; and the messages for the mistakes authors
make most in YAML say what to write instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import copy_sample, run_cli

from idguide.catalog.authoring.source import check_source

WRENCH = "products/wrench.yaml"
PLIERS = "products/pliers.yaml"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "bundle-format.md"


@pytest.fixture
def src(tmp_path):
    return copy_sample(tmp_path, "nordhaven")


def edit(src, name, old, new):
    path = src / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(src):
    return [(p.file, p.field, p.message) for p in check_source(src)[1]]


# -- languages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "meant"),
    [("sp", "es"), ("se", "sv"), ("dk", "da"), ("cz", "cs"), ("jp", "ja"), ("gr", "el")],
)
def test_the_usual_wrong_language_codes_are_refused_with_the_right_one(src, code, meant):
    edit(src, PLIERS, "  fr: {name:", f"  {code}: {{name:")
    [(file, field, message)] = problems_of(src)
    assert (file, field) == (PLIERS, "text")
    assert message.startswith(f"{code!r} is not a language code such as en, es, fr, pt")
    assert message.endswith(f"did you mean {meant!r} ({_name(meant)})?")


def _name(code):
    return {"es": "Spanish", "sv": "Swedish", "da": "Danish", "cs": "Czech", "ja": "Japanese"}.get(
        code, "Greek"
    )


def test_a_code_that_is_no_language_at_all_is_refused_in_captions_tips_and_contacts(src):
    edit(src, PLIERS, "  fr: {name:", "  xx: {name:")
    edit(src, "publisher.yaml", "languages: [en, sv]", "languages: [en, sv, sp]")
    found = problems_of(src)
    assert (PLIERS, "text", "'xx' is not a language code such as en, es, fr, pt.") in found
    assert (
        "publisher.yaml",
        "contacts[0].languages[2]",
        "'sp' is not a language code such as en, es, fr, pt; did you mean 'es' (Spanish)?",
    ) in found
    assert len(found) == 2


def test_a_default_language_that_is_not_a_language_is_said_once(src):
    """Not once for the publisher and again for every product's name and feature's title."""
    edit(src, "publisher.yaml", "default_language: en", "default_language: sp")
    assert problems_of(src) == [
        (
            "publisher.yaml",
            "default_language",
            "'sp' is not a language code such as en, es, fr, pt; did you mean 'es' (Spanish)?",
        )
    ]


def test_bundle_check_names_the_line_of_a_wrong_language(src, capsys):
    edit(src, PLIERS, "  fr: {name:", "  sp: {name:")
    code, out, _ = run_cli(capsys, "bundle", "check", str(src))
    line = next(
        n for n, text in enumerate((src / PLIERS).read_text().splitlines(), 1) if "sp:" in text
    )
    assert code == 1
    assert f"pliers.yaml:{line}: text: 'sp' is not a language code" in out
    assert "did you mean 'es' (Spanish)?" in out


# -- markets ----------------------------------------------------------------------------------


def test_markets_are_country_or_region_codes(src):
    edit(src, WRENCH, "made_in: [SE]", "made_in: [Sweden]")
    edit(src, WRENCH, "never_sold_in: [ECOWAS]", "never_sold_in: [West Africa, XX]")
    found = {field: message for _, field, message in problems_of(src)}
    assert set(found) == {"made_in[0]", "never_sold_in[0]", "never_sold_in[1]"}
    assert found["made_in[0]"] == (
        "'Sweden' is not a country code such as SE, US, CN (ISO 3166) or a region code such as "
        "EU, GCC, LATAM (listed in docs/bundle-format.md); did you mean 'SE' (Sweden)?"
    )
    assert found["never_sold_in[0]"].endswith(
        "did you mean 'ECOWAS' (West Africa, the ECOWAS states)?"
    )
    assert found["never_sold_in[1]"].endswith("(listed in docs/bundle-format.md).")


def test_region_codes_and_either_case_are_markets(src):
    edit(src, WRENCH, "sold_in: [EU]", "sold_in: [EU, gcc, LATAM, Africa, UK, us, AE-FZ]")
    assert problems_of(src) == []


def test_every_region_is_documented():
    from idguide.catalog.languages import REGIONS

    page = DOCS.read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([A-Z-]+)` \|", page, re.M)
    assert documented == list(REGIONS)


# -- what the usual YAML mistakes say ---------------------------------------------------------


def test_a_region_in_pixels_says_the_numbers_are_fractions(src):
    edit(src, PLIERS, "region: [0.1, 0.1, 0.5, 0.5]", "region: [120, 40, 200, 80]")
    [(_, field, message)] = problems_of(src)
    assert field == "features[0].region"
    assert "looks like pixels" in message
    assert "fractions of the picture's width and height, each between 0 and 1" in message
    assert "e.g. [0.62, 0.18, 0.2, 0.12]" in message


def test_an_unquoted_barcode_read_as_octal_says_to_quote_it(src):
    edit(src, WRENCH, 'gtins: ["036000291452"]', "gtins: [0123456701234]")
    [(_, field, message)] = problems_of(src)
    assert field == "gtins[0]"
    assert message == (
        'write the code in quotes ("0123456701234"): unquoted, YAML reads 0123456701234 as the '
        "number 11219468956, in octal."
    )


def test_an_unquoted_hs_code_says_to_quote_it(src):
    edit(src, WRENCH, 'hs_codes: ["8204.11"]', "hs_codes: [8204.10]")
    [(_, field, message)] = problems_of(src)
    assert field == "hs_codes[0]"
    assert message == (
        'write the code in quotes ("8204.10"): unquoted, YAML reads 8204.10 as the number 8204.1.'
    )


def test_an_hs_code_that_is_not_a_list_shows_the_list_to_write(src):
    edit(src, WRENCH, 'hs_codes: ["8204.11"]', "hs_codes: 8204.11")
    [(_, field, message)] = problems_of(src)
    assert (field, message) == (
        "hs_codes",
        'must be a list of codes in quotes, e.g. hs_codes: ["8204.11"].',
    )


def test_broken_yaml_is_one_line_with_its_line_and_a_hint(src):
    edit(src, PLIERS, "category: hand-tools", "category: hand-tools\nnote: Fragile: handle")
    [(_, field, message)] = problems_of(src)
    problem = check_source(src)[1][0]
    assert field == "" and "\n" not in message
    assert problem.line == 4
    assert message.startswith("not valid YAML at line 4, column 14: mapping values are not allowed")
    assert message.endswith('a text holding ": " must be in quotes, e.g. title: "Note: fragile".')
