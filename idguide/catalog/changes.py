"""What an operation changed in the catalogue: one small record the app listens to.

Modelled on Anki's ``OpChanges`` (pylib/anki/collection.py). Every core function that changes
the catalogue returns an :class:`OpChanges`, or a result that carries one as ``op_changes``
(:class:`CarriesChanges`: a mixin, so the result keeps its fields, its JSON and its use on the
command line, which ignores the record). The app broadcasts the record once after the operation
(:mod:`idguide.ui.operations`); each view looks at the kinds it shows and refreshes or not.

:class:`OutsideWatch` notices what *other* programs did to the catalogue (an ``idguide import``
on the command line, IT replacing the file) and to the officer's user database (a note written
with ``idguide note``), for the app to poll while it is idle.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from idguide.catalog.store import Catalog


@dataclass(frozen=True)
class OpChanges:
    """The kinds of data an operation changed; ``a | b`` is what either changed."""

    content: bool = False  # products, publishers, brands, pictures, alerts: the pages, search
    bundles: bool = False  # the installed bundles (sequences, the home screen's list)
    trust: bool = False  # the trust store, and publishers revoked or trusted again
    notes: bool = False  # the officer's notes on entries
    examinations: bool = False  # examinations, their checks and photos
    workshops: bool = False  # workshop sets, their items and notes
    index: bool = False  # the search index (rebuilt, or updated with the content)
    feeds: bool = False  # the update feeds beside the catalogue: added, removed, synced
    scans: bool = False  # the officer's scan sessions and recent scans

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(**{k: getattr(self, k) or getattr(other, k) for k in self.kinds_known()})

    def __bool__(self) -> bool:
        return any(getattr(self, k) for k in self.kinds_known())

    @classmethod
    def kinds_known(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def everything(cls) -> OpChanges:
        """Anything may have changed (another program changed the catalogue)."""
        return cls(**dict.fromkeys(cls.kinds_known(), True))

    def kinds(self) -> set[str]:
        """The names of the kinds that changed, e.g. ``{"notes"}``."""
        return {k for k in self.kinds_known() if getattr(self, k)}


NOTHING = OpChanges()
# What another program may have changed in the officer's own data (the user database).
OFFICER_DATA = OpChanges(notes=True, examinations=True, workshops=True)


class CarriesChanges:
    """A result that also says what its operation changed (as Anki's ``OpChangesWithId``).

    A mixin rather than a field: a dataclass result keeps its fields, ``asdict`` and JSON, and a
    result read back by a query carries :data:`NOTHING`."""

    op_changes: OpChanges = NOTHING

    def carrying(self, changes: OpChanges) -> Self:
        self.op_changes = changes
        return self


class Count(int, CarriesChanges):
    """A count (how many products were removed, hidden...) that carries the change record."""

    def __new__(cls, count: int, changes: OpChanges) -> Count:
        value = super().__new__(cls, count)
        value.op_changes = changes
        return value


def changes_of(result: object) -> OpChanges:
    """The change record ``result`` is or carries. TypeError for anything else: an operation
    that changes the catalogue must say what it changed."""
    if isinstance(result, OpChanges):
        return result
    if isinstance(result, CarriesChanges):
        return result.op_changes
    raise TypeError(
        f"a changing operation returned {type(result).__name__}, not OpChanges or a result "
        "carrying them"
    )


# -- changes made by other programs -------------------------------------------------------------


@dataclass(frozen=True)
class _Mark:
    data_version: int  # SQLite's: changes when another connection commits
    file: tuple[int, int] | None  # the catalogue file's (device, inode): replaced if it differs
    user_version: int = 0  # the user database's data_version


def _mark(catalog: Catalog) -> _Mark:
    version = catalog.conn.execute("PRAGMA data_version").fetchone()[0]
    user = int(catalog.user.conn.execute("PRAGMA data_version").fetchone()[0])
    try:
        stat = os.stat(catalog.path)
    except OSError:  # being replaced at this moment: judged at the next poll
        return _Mark(int(version), None, user)
    return _Mark(int(version), (stat.st_dev, stat.st_ino), user)


@dataclass(frozen=True)
class Outside:
    """What :meth:`OutsideWatch.poll` found."""

    changes: OpChanges = NOTHING
    # another file is at the catalogue's path now, or another program deleted the log this
    # connection writes into (Catalog.log_lost): open it again
    replaced: bool = False


class OutsideWatch:
    """Notices commits by other connections (``PRAGMA data_version``) to the catalogue and to
    the officer's user database, a catalogue file replaced under the open one (IT's update
    swapping the whole folder), and a write-ahead log deleted under it. Poll it on the
    connection's own thread.

    Another program's import commits first and swaps its new search index in a moment later;
    when a poll falls between the two, the watch reports the change and, once the index has
    caught up, reports it again, so a search shows the new entries too."""

    def __init__(self) -> None:
        self._seen: _Mark | None = None
        self._index_behind = False

    def poll(self, catalog: Catalog) -> Outside:
        mark = _mark(catalog)
        if mark.file is None:  # being replaced at this moment: look again at the next poll
            return Outside()
        if catalog.log_lost():  # this process lost its locks (see idguide.catalog.store)
            return Outside(OpChanges.everything(), replaced=True)
        seen, self._seen = self._seen, mark
        if seen is None:
            return Outside()  # the first look: what later polls compare with
        if mark.file != seen.file:
            return Outside(OpChanges.everything(), replaced=True)
        officer = OFFICER_DATA if mark.user_version != seen.user_version else NOTHING
        if mark.data_version != seen.data_version or (
            self._index_behind and catalog.index_is_current()
        ):
            catalog.index.close()  # the next search reads the index as the other program left it
            self._index_behind = not catalog.index_is_current()
            return Outside(OpChanges.everything())
        return Outside(officer)
