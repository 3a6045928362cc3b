"""What a sync did: installed, refused (and why), up to date, per feed; with the change record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from idguide.catalog.changes import CarriesChanges
from idguide.catalog.write import Changes

if TYPE_CHECKING:
    from idguide.catalog.feed.trustdoc import TrustChanges


@dataclass
class Installed:
    feed: str
    publisher: str
    sequence: int
    kind: str
    target: str
    changes: Changes = field(repr=False)

    def as_dict(self) -> dict:
        counts = {k: len(getattr(self.changes, k)) for k in ("added", "updated", "withdrawn")}
        return {
            "feed": self.feed,
            "publisher": self.publisher,
            "sequence": self.sequence,
            "kind": self.kind,
            "target": self.target,
            **counts,
        }


@dataclass
class Refused:
    feed: str
    reason: str
    target: str = ""
    publisher: str = ""

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class SyncResult(CarriesChanges):
    """What a sync did, carrying the change record: the feeds' records, and what the trust
    documents and the imports changed in the catalogue (merged)."""

    installed: list[Installed] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    up_to_date: list[dict] = field(default_factory=list)  # {feed, publisher, sequence}
    bytes_downloaded: int = 0
    metadata_expires: dict[str, str] = field(default_factory=dict)  # per feed
    warnings: list[str] = field(default_factory=list)
    trust: dict[str, TrustChanges] = field(default_factory=dict)  # per feed, when applied
    # Installing was cancelled: what was installed before stays, the rest was not started.
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """Everything offered was installed or was there already."""
        return not self.refused and not self.cancelled

    def as_dict(self) -> dict:
        return {
            "installed": [item.as_dict() for item in self.installed],
            "refused": [item.as_dict() for item in self.refused],
            "up_to_date": self.up_to_date,
            "bytes_downloaded": self.bytes_downloaded,
            "metadata_expires": self.metadata_expires,
            "warnings": self.warnings,
            "trust": {name: changes.as_dict() for name, changes in self.trust.items()},
        }
