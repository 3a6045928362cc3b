"""IT's system-wide configuration (``idguide.toml`` in platformdirs' site configuration folder,
read by the core): which catalogue to use, that it is managed, that the officers do not handle
update feeds, that there is no demo. A file idguide cannot follow is one clear line naming it.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from support import SAMPLE, install_folder, run_cli, snapshot
from test_managed import MANAGED_CENTRALLY, as_the_officer

from idguide.catalog import open_catalog
from idguide.catalog.managed import is_managed


def write_config(site_config, text: str) -> None:
    site_config.parent.mkdir(parents=True, exist_ok=True)
    site_config.write_text(text, encoding="utf-8")


@pytest.fixture
def cremelia(tmp_path):
    path = tmp_path / "it" / "catalogue" / "catalog.db"
    with open_catalog(path) as catalog:
        install_folder(catalog, SAMPLE / "cremelia")
    return path


def test_the_catalogue_it_names_is_the_default_one(
    tmp_path, site_config, cremelia, capsys, monkeypatch
):
    monkeypatch.delenv("IDGUIDE_CATALOG", raising=False)
    write_config(site_config, f'catalog = "{cremelia}"\n')
    status, out, err = run_cli(capsys, "stats", "--json")
    assert status == 0, err
    assert json.loads(out)["products"] == 1
    # IDGUIDE_CATALOG, and --catalog, still choose another
    other = tmp_path / "own.db"
    monkeypatch.setenv("IDGUIDE_CATALOG", str(other))
    status, out, _ = run_cli(capsys, "stats", "--json")
    assert json.loads(out)["products"] == 0
    status, out, _ = run_cli(capsys, "--catalog", cremelia, "stats", "--json")
    assert json.loads(out)["products"] == 1


def test_a_catalogue_it_says_is_managed_is_read_only_for_the_officer(
    tmp_path, site_config, cremelia
):
    """Not marked by ``manage``, but named managed by the configuration: an officer who may
    not write its folder reads it and may not change it."""
    conn = sqlite3.connect(cremelia)  # IT readied it by hand: the rollback journal
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    write_config(site_config, f'catalog = "{cremelia}"\nmanaged = true\n')
    with open_catalog(cremelia) as catalog:
        assert is_managed(catalog) and not catalog.read_only  # IT itself may write it
    seen = tmp_path / "view" / "catalogue" / "catalog.db"  # where the officer's commands see it
    write_config(site_config, f'catalog = "{seen}"\nmanaged = true\n')
    before = snapshot(cremelia)
    search, demo = as_the_officer(tmp_path, cremelia.parent.parent, "search creme --json", "demo")
    assert search[0] == 0 and json.loads(search[1]), search[2]
    assert demo[0] != 0 and MANAGED_CENTRALLY in demo[2]
    assert snapshot(cremelia) == before


def test_feeds_off_refuses_syncing_and_adding_a_feed(tmp_path, site_config, cremelia, capsys):
    write_config(site_config, "feeds = false\n")
    before = snapshot(cremelia)
    status, _, err = run_cli(capsys, "--catalog", cremelia, "sync")
    assert status != 0 and err.count("\n") == 1
    assert (
        f"Update feeds are turned off on this computer by the system configuration {site_config}"
        in err
    )
    status, _, err = run_cli(
        capsys, "--catalog", cremelia, "feed", "add", "https://feed.example/", "--root", "x.json"
    )
    assert status != 0 and "Update feeds are turned off" in err
    assert snapshot(cremelia) == before


def test_demo_off_refuses_the_demo(site_config, cremelia, capsys):
    write_config(site_config, "demo = false\n")
    before = snapshot(cremelia)
    status, _, err = run_cli(capsys, "--catalog", cremelia, "demo")
    assert status != 0 and err.count("\n") == 1
    assert "The demo catalogue is turned off on this computer" in err
    assert snapshot(cremelia) == before


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("managed = yes\n", "is not valid TOML"),
        ('catalogue = "/srv/catalog.db"\n', "unknown setting 'catalogue'"),
        ('demo = "no"\n', "demo must be true or false"),
    ],
)
def test_a_configuration_it_cannot_follow_is_one_clear_line(
    site_config, cremelia, capsys, text, said
):
    write_config(site_config, text)
    before = snapshot(cremelia)
    status, _, err = run_cli(capsys, "--catalog", cremelia, "search", "creme")
    assert status != 0
    assert err.startswith(f"idguide: {site_config}") and err.count("\n") == 1, err
    assert said in err and "ask it to fix it" in err.lower()
    assert snapshot(cremelia) == before
