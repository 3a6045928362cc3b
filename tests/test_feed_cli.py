"""`idguide feed ...` and `idguide sync`: the administration's five steps from the command
line, exit statuses, and one-line messages."""

from __future__ import annotations

import json

from support import run_cli


def run(capsys, *argv) -> tuple[int, str, str]:
    code, out, err = run_cli(capsys, *argv)
    assert "Traceback" not in err
    return code, out, err


def test_the_five_steps_from_the_command_line(tmp_path, bundles, capsys):
    feed, keys, secret = tmp_path / "feed", tmp_path / "keys", tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n")
    admin = bundles.admin_catalog(tmp_path / "admin.db")
    laptop = tmp_path / "laptop/catalog.db"

    # 1. init
    code, out, err = run(capsys, "feed", "init", feed, "--keys", keys, "--passphrase-file", secret,
                         "--threshold", "root=1/2", "--expires", "timestamp=2")  # fmt: skip
    assert code == 0 and err == ""
    assert f"Hand {feed / 'metadata/1.root.json'} to your laptops" in out
    # 2. publish (and the trust document)
    code, out, _ = run(capsys, "feed", "trust", feed, "--from", admin, "--keys", keys,
                       "--passphrase-file", secret)  # fmt: skip
    assert code == 0 and "2 trusted publisher(s), 0 revoked" in out
    code, out, _ = run(capsys, "feed", "publish", feed, bundles.n1, bundles.c1, "--keys", keys,
                       "--passphrase-file", secret)  # fmt: skip
    assert code == 0 and "nordhaven-1-full.idgb: nordhaven sequence 1 (full) offered." in out
    # 3. the root file goes to the laptops; 4. they add the feed
    root = tmp_path / "handed-out.root.json"
    root.write_bytes((feed / "metadata/1.root.json").read_bytes())
    code, out, _ = run(capsys, "--catalog", laptop, "feed", "add", feed, "--root", root,
                       "--name", "hq")  # fmt: skip
    assert code == 0 and out.startswith("Added feed hq")
    # 5. sync
    code, out, err = run(capsys, "--catalog", laptop, "sync")
    assert code == 0 and err == ""
    assert "Trust from feed hq: added cremelia, nordhaven." in out
    assert "Installed nordhaven sequence 1 (full) from feed hq: 2 added" in out
    code, out, _ = run(capsys, "--catalog", laptop, "sync", "--json")
    data = json.loads(out)
    assert code == 0 and data["installed"] == [] and len(data["up_to_date"]) == 2
    assert set(data) >= {"installed", "refused", "up_to_date", "bytes_downloaded",
                         "metadata_expires"}  # fmt: skip

    code, out, _ = run(capsys, "--catalog", laptop, "feed", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["name"] == "hq" and listed["out_of_date"] is False and listed["last_sync"]
    code, out, _ = run(capsys, "--catalog", laptop, "trust", "list")
    assert "(from feed hq)" in out


def test_publishing_steps_say_what_they_did(tmp_path, bundles, capsys):
    feed, keys = tmp_path / "feed", tmp_path / "keys"
    code, _, err = run(capsys, "feed", "init", feed, "--keys", keys)
    assert code == 0 and err.startswith("Warning: the keys are written without a passphrase")
    run(capsys, "feed", "publish", feed, bundles.n1, bundles.n2, "--keys", keys)
    code, out, _ = run(capsys, "feed", "withdraw", feed, "nordhaven-2-from-1.idgb", "--keys", keys)
    assert code == 0 and "is no longer offered" in out and "withdraws them" in out
    code, out, _ = run(capsys, "feed", "refresh", feed, "--keys", keys)
    assert code == 0 and out.startswith("Signed timestamp; the feed is fresh until ")
    code, out, _ = run(capsys, "feed", "rotate-root", feed, "--keys", keys)
    assert code == 0 and "(root version 2) with new keys for root" in out
    code, out, _ = run(capsys, "feed", "rotate-root", feed, "--keys", keys, "--roles", "none")
    assert code == 0 and "(root version 3) with the same keys" in out


def test_user_errors_are_one_line_and_exit_1(tmp_path, bundles, capsys):
    laptop = tmp_path / "catalog.db"
    code, _, err = run(capsys, "--catalog", laptop, "sync")
    assert code == 1 and err.startswith("idguide: No feed is set up for this catalogue")
    assert err.count("\n") == 1
    code, _, err = run(capsys, "feed", "publish", tmp_path / "nowhere", bundles.n1, "--keys",
                       tmp_path)  # fmt: skip
    assert code == 1 and "is not a feed folder" in err
    code, _, err = run(capsys, "feed", "init", tmp_path / "f", "--keys", tmp_path / "k",
                       "--threshold", "root=3/2")  # fmt: skip
    assert code == 1 and "Threshold '3/2'" in err
    code, _, err = run(capsys, "--catalog", laptop, "feed", "remove", "hq")
    assert code == 1 and "No feed named 'hq'" in err
    code, _, err = run(capsys, "--catalog", laptop, "feed", "add", "ftp://x/", "--root", bundles.n1)
    assert code == 1 and "not a feed's root file" in err


def test_sync_exits_1_and_says_why_when_something_is_refused(tmp_path, bundles, capsys):
    feed, keys = tmp_path / "feed", tmp_path / "keys"
    run(capsys, "feed", "init", feed, "--keys", keys)
    run(capsys, "feed", "publish", feed, bundles.n1, "--keys", keys)  # no trust document
    laptop = tmp_path / "catalog.db"
    run(capsys, "--catalog", laptop, "feed", "add", feed, "--root", feed / "metadata/1.root.json")
    code, out, err = run(capsys, "--catalog", laptop, "sync")
    assert code == 1
    assert "Refused: nordhaven-1-full.idgb: publisher 'nordhaven' is not in this" in err
    assert err.endswith("idguide: 1 refused; nothing else changed.\n")
    code, out, err = run(capsys, "--catalog", laptop, "sync", "--json")
    assert code == 1 and json.loads(out)["refused"][0]["publisher"] == "nordhaven"
    code, out, _ = run(capsys, "--catalog", laptop, "feed", "remove", "feed")
    assert code == 0 and "What it installed stays" in out
    assert not (tmp_path / "catalog.feeds/feed").exists()


def test_the_command_line_and_the_core_load_python_tuf_only_when_a_feed_is_used():
    import subprocess
    import sys

    script = (
        "import sys, idguide.cli.commands, idguide.catalog.feed\n"
        "idguide.cli.commands.build_parser()\n"
        "loaded = [m for m in ('tuf', 'urllib3', 'securesystemslib') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "idguide.catalog.feed.sync, idguide.catalog.feed.init_feed\n"
        "assert 'tuf' not in sys.modules\n"
        "import idguide.catalog.feed.fetch\n"
        "assert 'tuf' in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
