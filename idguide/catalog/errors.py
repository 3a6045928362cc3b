"""The one exception root of the core, and its specific kinds.

Every error a user can cause (bad input, a file that is not what it claims, a disk that is full)
is an ``IdguideError`` whose message says what is wrong, where, and what to do. Anything else that
escapes the core is a bug in idguide and is reported as such by the CLI and the UI. Faults of the
computer itself are :class:`MachineError` kinds (see :mod:`idguide.catalog.faults`).
"""

from __future__ import annotations


class IdguideError(Exception):
    """Root of every error a user can act on."""


class CatalogError(IdguideError):
    """The catalogue file cannot be used (unreadable, corrupt, not a catalogue)."""


class SchemaTooNewError(CatalogError):
    """The catalogue was written by a newer idguide."""


class ManagedCatalogError(CatalogError):
    """The catalogue is managed centrally by IT and may not be changed on this computer."""


class MachineError(IdguideError):
    """The computer cannot do what was asked: the disk is full, a folder is read-only, the
    catalogue is in use by another program. Nothing is wrong with the user's input or data."""


class CatalogBusyError(MachineError):
    """Another program holds the catalogue's write lock for longer than idguide waits."""


class ReadOnlyError(MachineError):
    """The catalogue's folder (or disk) may not be written to."""


class DiskFullError(MachineError):
    """The disk holding the catalogue (or a file being written) is full."""


class JournalLostError(MachineError):
    """Another program deleted the catalogue's write-ahead log while this one had it open (see
    :meth:`idguide.catalog.store.Catalog.transaction`): a change now would be lost."""


class OwnFileError(IdguideError):
    """A file chosen to read or write is one of the open catalogue's own files (see
    :func:`idguide.catalog.store.refuse_catalogue_file`)."""


class NotFoundError(IdguideError):
    """A product, publisher or other item does not exist in the catalogue."""


class InvalidCodeError(IdguideError):
    """A GTIN/barcode or HS code is malformed or has a wrong check digit."""


class SourceError(IdguideError):
    """Authoring source (YAML folder, spreadsheet) has problems; ``problems`` lists them."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])


class ImageError(IdguideError):
    """An image is missing, not a supported picture, or too large."""


class SearchIndexError(IdguideError):
    """The search index cannot be read or written."""


class Interrupted(IdguideError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)
