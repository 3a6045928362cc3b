"""The change record: every core operation that changes the catalogue says which kinds of data it
changed (the app refreshes from it; the command line ignores it), and changes made by another
program are noticed on a connection of our own."""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest
from bundle_helpers import build, make_keys, trusted_catalog
from PIL import Image
from support import PLIERS, SAMPLE, WRENCH, install_sample

from idguide.catalog import open_catalog, set_note
from idguide.catalog.bundles import import_bundle, remove_publisher, trust_add, trust_remove
from idguide.catalog.changes import (
    NOTHING,
    OFFICER_DATA,
    Count,
    OpChanges,
    OutsideWatch,
    changes_of,
)
from idguide.catalog.examinations import exams
from idguide.catalog.training import workshops as ws


def kinds(result: object) -> set[str]:
    return changes_of(result).kinds()


@pytest.fixture
def keys(tmp_path):
    return make_keys(tmp_path / "keys")


@pytest.fixture
def bundle(tmp_path, keys) -> Path:
    return build(SAMPLE / "nordhaven", tmp_path / "nordhaven-1.idgb", keys[0])


def test_changes_merge_and_say_what_changed():
    merged = OpChanges(notes=True) | OpChanges(content=True, index=True)
    assert merged == OpChanges(notes=True, content=True, index=True)
    assert merged.kinds() == {"notes", "content", "index"}
    assert not NOTHING and merged
    assert OpChanges.everything().kinds() == set(OpChanges.kinds_known())
    with pytest.raises(TypeError, match="not OpChanges or a result carrying them"):
        changes_of("a changing operation that forgot to say what it changed")


def test_installing_removing_and_trusting_say_what_they_changed(tmp_path, keys, bundle):
    public = keys[1]
    path = trusted_catalog(tmp_path / "catalog.db", public)
    with open_catalog(path) as catalog:
        changes = import_bundle(catalog, bundle)
        assert kinds(changes) == {"content", "bundles", "index", "trust"}  # names bound
        assert changes.as_dict()["added"]  # the command line's view of it is as it was
        assert kinds(trust_add(catalog, public, "nordhaven", ["nordiva"])) == set()  # the same
        hidden = trust_remove(catalog, "nordhaven")
        assert hidden == 2 and isinstance(hidden, Count)
        assert kinds(hidden) == {"trust", "content", "index"}
        _, new_key = make_keys(tmp_path / "new-keys")  # its keys are revoked for good
        entry = trust_add(catalog, new_key, "nordhaven", ["nordiva"])  # trusted again
        assert entry.publisher_id == "nordhaven"
        assert kinds(entry) == {"trust", "content", "index"}
        removed = remove_publisher(catalog, "nordhaven")
        assert removed == 2 and f"{removed} products" == "2 products"
        assert kinds(removed) == {"content", "bundles", "index"}
        assert kinds(catalog.reindex()) == {"index"}


def test_installing_the_demo_says_it_changed_the_trust_store_too(tmp_path):
    from idguide.catalog import demo

    with open_catalog(tmp_path / "catalog.db") as catalog:
        assert kinds(demo.install_demo(catalog)) == {"content", "bundles", "index", "trust"}
        assert kinds(demo.install_demo(catalog)) == set()  # twice changes nothing


def test_notes_say_they_changed_notes_and_a_deleted_note_is_false(sample_copy):
    note = set_note(sample_copy, WRENCH, "Seen at gate 4")
    assert note and note.text == "Seen at gate 4" and kinds(note) == {"notes"}
    deleted = set_note(sample_copy, WRENCH, "")
    assert not deleted and kinds(deleted) == {"notes"}


def test_examination_changes_say_they_changed_examinations(sample_copy, tmp_path):
    photo = tmp_path / "item.png"
    Image.new("RGB", (40, 30), (200, 0, 0)).save(photo)
    exam = exams.new_examination(sample_copy, WRENCH)
    assert kinds(exam) == {"examinations"}
    assert kinds(exams.get_examination(sample_copy, exam.id)) == set()  # a read changes nothing
    assert "op_changes" not in asdict(exam)  # nor does the record show in its JSON
    assert kinds(exams.update_examination(sample_copy, exam.id, case_ref="C-1")) == {"examinations"}
    assert kinds(exams.set_check(sample_copy, exam.id, 1, "differs")) == {"examinations"}
    added = exams.add_photo(sample_copy, exam.id, photo)
    assert kinds(added) == {"examinations"}
    assert kinds(exams.set_photo_caption(sample_copy, exam.id, added.sha256, "x")) == {
        "examinations"
    }
    assert kinds(exams.remove_photo(sample_copy, exam.id, added.sha256)) == {"examinations"}
    assert kinds(exams.delete_examination(sample_copy, exam.id)) == {"examinations"}


def test_workshop_changes_say_they_changed_workshops(sample_copy, tmp_path):
    made = ws.create_workshop(sample_copy, "Tools", [WRENCH])
    wid = made.id
    results = [
        made,
        ws.add_item(sample_copy, wid, PLIERS),
        ws.move_item(sample_copy, wid, PLIERS, 0),
        ws.reorder(sample_copy, wid, [WRENCH, PLIERS]),
        ws.set_item_notes(sample_copy, wid, WRENCH, "loupe"),
        ws.remove_item(sample_copy, wid, PLIERS),
        ws.rename_workshop(sample_copy, wid, "Tools II"),
        ws.import_workshop(sample_copy, ws.export_workshop(sample_copy, wid, tmp_path / "t")),
        ws.delete_workshop(sample_copy, wid),
    ]
    assert [kinds(r) for r in results] == [{"workshops"}] * len(results)
    assert kinds(ws.get_workshop(sample_copy, results[-2].workshop.id)) == set()


def test_the_watch_sees_another_connections_commit_but_not_its_own(sample_catalog):
    with open_catalog(sample_catalog) as ours, open_catalog(sample_catalog) as theirs:
        watch = OutsideWatch()
        assert not watch.poll(ours).changes  # the first look
        set_note(ours, WRENCH, "our own change")
        assert not watch.poll(ours).changes
        set_note(theirs, WRENCH, "another program's")  # (notes live in the user database)
        outside = watch.poll(ours)
        assert outside.changes == OFFICER_DATA and not outside.replaced
        assert not watch.poll(ours).changes  # reported once


def test_the_watch_sees_the_new_entries_of_another_programs_import(tmp_path, keys, bundle):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    with open_catalog(path) as ours, open_catalog(path) as theirs:
        watch = OutsideWatch()
        watch.poll(ours)
        assert not ours.index.search("wrench").hits
        import_bundle(theirs, bundle)
        assert watch.poll(ours).changes
        assert [hit.id for hit in ours.index.search("wrench").hits] == [WRENCH]


def test_the_watch_sees_the_catalogue_file_replaced(tmp_path):
    path, other = tmp_path / "catalog.db", tmp_path / "new" / "catalog.db"
    open_catalog(path).close()
    other.parent.mkdir()
    with open_catalog(other) as catalog:
        install_sample(catalog)
    with open_catalog(path) as ours:
        watch = OutsideWatch()
        watch.poll(ours)
        os.replace(other, path)  # what IT's deployment does
        shutil.rmtree(tmp_path / "new")
        outside = watch.poll(ours)
        assert outside.replaced and outside.changes == OpChanges.everything()
