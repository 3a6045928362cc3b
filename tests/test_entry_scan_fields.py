"""What scanned codes are checked against, as a publisher writes it: lot and serial formats and a
shelf life per product, cloned serials in alerts, the GS1 prefixes a publisher declares. They go
from the YAML source and the workbook into a bundle (format 2) and the catalogue; a format that
could make matching run away is refused with a clear message; a bundle of format 1 is still read,
and an idguide that reads format 1 only says to update rather than "unknown field"."""

from __future__ import annotations

import json

import pytest
from bundle_helpers import build, members, relist, trusted_catalog, write_zip
from support import copy_sample, snapshot
from test_scan_entry_checks import CLONED, declare

from idguide.catalog import get_product, open_catalog
from idguide.catalog.authoring import sheet_to_source, source_to_sheet
from idguide.catalog.authoring.source import check_source, read_source
from idguide.catalog.bundles import errors as E
from idguide.catalog.bundles import format as bundle_format
from idguide.catalog.bundles import import_bundle, open_bundle
from idguide.catalog.codepatterns import matches, pattern_problem
from idguide.catalog.fingerprint import content_hash
from idguide.catalog.read import get_publisher

WRENCH = "nordiva-wrench-tw200"
NEW_KEYS = ("lot_pattern", "serial_pattern", "shelf_life_months")


@pytest.fixture
def src(tmp_path):
    return declare(copy_sample(tmp_path, "nordhaven"))


@pytest.fixture
def keys(tmp_path):
    from bundle_helpers import make_keys

    return make_keys(tmp_path / "keys")


# -- the formats: safe regular expressions -------------------------------------------------------


@pytest.mark.parametrize(
    "pattern",
    [r"L\d{4}-\d{2}", r"[A-Z0-9]{10}", r"SN\d{4,8}", r"(LOT|L)\d{6}", r"[A-Z]{1,3}\d{4,8}"],
)
def test_the_formats_printers_use_are_accepted(pattern):
    assert pattern_problem(pattern) is None


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(a+)+b", "repeats without end a part that itself repeats"),
        (r"(a|ab)*c", "repeats without end a part that itself repeats or chooses"),
        (r"\w*\w*\w*\w*\w*\w*\w*\w*\w*\w*x", "could split a code in too many ways"),
        (r"(\d)\1", "refers back to a group"),
        (r"(?=L)L\d+", "looks ahead or behind"),
        (r"L[0-9", "is not a valid regular expression"),
        ("L" * 101, "is 101 characters long; a format may have 100 at most"),
        ("  ", "is empty"),
    ],
    ids=["nested", "alternation repeated", "chain", "back-reference", "look-ahead", "broken",
         "too long", "empty"],
)  # fmt: skip
def test_a_format_that_could_run_away_or_is_not_one_is_refused_in_words(pattern, words):
    problem = pattern_problem(pattern)
    assert problem is not None and words in problem


def test_a_format_matches_the_whole_code_ignoring_case_and_spaces():
    assert matches(r"L\d{4}-\d{2}", "l 2609-14")
    assert not matches(r"L\d{4}-\d{2}", "L2609-145")  # the whole code, not a part of it
    assert not matches(r"L\d{4}-\d{2}", "XL2609-14")
    assert not matches(r"[A-Z0-9]+", "A" * 21)  # longer than GS1 allows: never matched


# -- the source folder and the workbook -----------------------------------------------------------


def test_the_new_fields_are_read_from_the_source(src):
    source = read_source(src)
    wrench = next(p for p in source.products if p.id == WRENCH)
    assert (wrench.lot_pattern, wrench.serial_pattern, wrench.shelf_life_months) == (
        r"L\d{4}-\d{2}",
        r"SN\d{4}",
        36,
    )
    assert wrench.alerts[0].serials == [CLONED]
    assert source.publisher.gs1_prefixes == ["0036000"]


def edit(src, name, old, new):
    path = src / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "old", "new", "field", "words"),
    [
        (
            "products/wrench.yaml",
            r"lot_pattern: 'L\d{4}-\d{2}'",
            "lot_pattern: '(a+)+b'",
            "lot_pattern",
            "repeats without end",
        ),
        (
            "products/wrench.yaml",
            "shelf_life_months: 36",
            "shelf_life_months: 3 years",
            "shelf_life_months",
            "must be a whole number of months, 1 to 600",
        ),
        (
            "publisher.yaml",
            'gs1_prefixes: ["0036000"]',
            'gs1_prefixes: ["12"]',
            "gs1_prefixes[0]",
            "'12' is not a GS1 company prefix",
        ),
    ],
    ids=["pattern that runs away", "shelf life not a number", "prefix too short"],
)
def test_bundle_check_names_a_bad_new_field_with_its_fix(src, name, old, new, field, words):
    edit(src, name, old, new)
    _, problems = check_source(src)
    assert len(problems) == 1, problems
    assert (problems[0].file, problems[0].field) == (name, field)
    assert words in problems[0].message


def test_the_new_fields_go_to_a_workbook_and_back(src, tmp_path):
    edit(src, "publisher.yaml", "id: nordhaven", "id: nordhavn")  # not the template's example
    edit(src, "publisher.yaml", "Nordhaven Tools AB", "Nordhavn Tools AB")
    edit(src, "publisher.yaml", "Maria Lind", "Maja Lind")
    source_to_sheet(src, tmp_path / "p.xlsx")
    sheet_to_source(tmp_path / "p.xlsx", src / "images", tmp_path / "back")
    before, after = read_source(src), read_source(tmp_path / "back")
    assert after.publisher == before.publisher
    assert [content_hash(p) for p in after.products] == [content_hash(p) for p in before.products]
    wrench = next(p for p in after.products if p.id == WRENCH)
    assert (wrench.lot_pattern, wrench.serial_pattern, wrench.shelf_life_months) == (
        r"L\d{4}-\d{2}",
        r"SN\d{4}",
        36,
    )
    assert wrench.alerts[0].serials == [CLONED]


# -- bundles: format 2, format 1 still read, validation ------------------------------------------


def test_a_bundle_carries_the_new_fields_into_the_catalogue(src, tmp_path, keys):
    private, public = keys
    bundle = build(src, tmp_path / "n.idgb", private)
    with open_bundle(bundle) as opened:
        assert opened.manifest.format_version == "2.0"
    with open_catalog(trusted_catalog(tmp_path / "c.db", public)) as catalog:
        import_bundle(catalog, bundle)
        wrench = get_product(catalog, WRENCH)
        publisher = get_publisher(catalog, "nordhaven")
    assert (wrench.lot_pattern, wrench.serial_pattern, wrench.shelf_life_months) == (
        r"L\d{4}-\d{2}",
        r"SN\d{4}",
        36,
    )
    assert wrench.alerts[0].serials == [CLONED] and publisher.gs1_prefixes == ["0036000"]


def as_format_1(bundle, private, out):
    """``bundle`` as idguide 0.1 wrote it: format 1.0, none of the new fields."""
    parts = members(bundle)
    lines = []
    for line in parts["entries.jsonl"].decode().splitlines():
        entry = json.loads(line)
        for key in NEW_KEYS:
            entry.pop(key, None)
        for alert in entry.get("alerts", []):
            alert.pop("serials", None)
        lines.append(json.dumps(entry, ensure_ascii=False))
    parts["entries.jsonl"] = ("\n".join(lines) + "\n").encode()
    publisher = json.loads(parts["publisher.json"])
    publisher.pop("gs1_prefixes")
    parts["publisher.json"] = json.dumps(publisher).encode()
    parts = relist(parts, private, format_version="1.0", min_app_version="0.1")
    return write_zip(out, parts)


def test_a_format_1_bundle_is_still_read_and_installed(tmp_path, keys):
    private, public = keys
    built = build(copy_sample(tmp_path, "nordhaven"), tmp_path / "n2.idgb", private)
    old = as_format_1(built, private, tmp_path / "n1.idgb")
    assert b'"serials"' not in members(old)["entries.jsonl"]
    with open_catalog(trusted_catalog(tmp_path / "c.db", public)) as catalog:
        import_bundle(catalog, old)
        wrench = get_product(catalog, WRENCH)
    assert wrench.name["en"] == "Torque wrench TW-200" and wrench.alerts[0].lot_codes
    assert (wrench.lot_pattern, wrench.shelf_life_months, wrench.alerts[0].serials) == ("", 0, [])


def test_an_idguide_reading_format_1_only_says_to_update_not_unknown_field(
    src, tmp_path, keys, monkeypatch
):
    """What idguide 0.1 does with a bundle of this format: its version check comes before any
    entry is read, and names the version that reads it (the manifest's min_app_version)."""
    bundle = build(src, tmp_path / "n.idgb", keys[0])
    monkeypatch.setattr(bundle_format, "READS_MAJORS", (1,))
    monkeypatch.setattr(bundle_format, "__version__", "0.1.0")
    with pytest.raises(E.UnsupportedFormatError) as caught:
        open_bundle(bundle)
    assert str(caught.value) == (
        "n.idgb: this bundle is in format 2.0; this idguide 0.1.0 reads format 1.x only. "
        "Update idguide to read this bundle: install idguide 0.2 or newer."
    )


def test_a_bundle_with_a_format_that_could_run_away_is_refused_and_changes_nothing(
    src, tmp_path, keys
):
    private, public = keys
    parts = members(build(src, tmp_path / "n.idgb", private))
    parts["entries.jsonl"] = parts["entries.jsonl"].replace(
        json.dumps(r"L\d{4}-\d{2}").encode(), json.dumps("(a|ab)*c").encode()
    )
    hostile = write_zip(tmp_path / "hostile.idgb", relist(parts, private))
    path = trusted_catalog(tmp_path / "c.db", public)
    before = snapshot(path)
    with open_catalog(path) as catalog, pytest.raises(E.EntryError) as caught:
        import_bundle(catalog, hostile)
    assert "lot_pattern" in str(caught.value) and "repeats without end" in str(caught.value)
    assert snapshot(path) == before
