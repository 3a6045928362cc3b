"""python-tuf's refusals, said in words an officer or an administrator can act on.

python-tuf tells what failed (a version, a signature, an expiry, a length); which attack that
looks like depends on which file it was checking, which the fetcher remembers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tuf.api import exceptions

from idguide.catalog.feed.config import Feed
from idguide.catalog.feed.errors import (
    FeedError,
    FeedExpiredError,
    FeedMismatchError,
    FeedRollbackError,
    FeedSignatureError,
    FeedTargetError,
    FeedUnreachableError,
)
from idguide.catalog.feed.fetch import FeedFetcher, TransportError

NOTHING = "Nothing new was installed; what is installed stays."


def explain(exc: Exception, feed: Feed, fetcher: FeedFetcher, metadata_dir: Path) -> FeedError:
    """The FeedError that says why syncing ``feed`` failed with ``exc``."""
    where = f"Feed {feed.name} ({feed.source})"
    role = _role(fetcher.last_url)
    if isinstance(exc, exceptions.ExpiredMetadataError):
        return _expired(where, fetcher, metadata_dir)
    if isinstance(exc, exceptions.UnsignedMetadataError):
        return FeedSignatureError(
            f"{where}: its {role} metadata are not signed by the keys of the root file this "
            "laptop was given. Either that root file is not your administration's, or the feed "
            f"was altered on its way. {NOTHING}"
        )
    if isinstance(exc, exceptions.BadVersionNumberError) and role in ("root", "timestamp"):
        return FeedRollbackError(
            f"{where} offers older metadata than this laptop already has ({exc}): a stale "
            f"mirror, an old copy on a USB stick, or a replay. {NOTHING}"
        )
    if isinstance(exc, exceptions.DownloadLengthMismatchError) and role != "target":
        return FeedTargetError(
            f"{where}: its {role} metadata are larger than any real one: refused (endless or "
            f"altered data). {NOTHING}"
        )
    if isinstance(exc, exceptions.RepositoryError) and role != "target":
        return FeedMismatchError(
            f"{where}: its {role} metadata do not fit the rest of the feed ({_detail(exc)}): a "
            f"mirror serving a mix of old and new files, or damaged files. {NOTHING}"
        )
    return download_problem(exc, where)


def download_problem(exc: Exception, where: str, target: str = "", length: int = 0) -> FeedError:
    """Why the target ``target`` (``length`` bytes as signed) could not be brought."""
    what = f"{target} from {where}" if target else where
    if isinstance(exc, exceptions.LengthOrHashMismatchError):
        return FeedTargetError(
            f"{what}: the file is not the one the feed signed (its length or sha256 differs): "
            "altered or damaged on the mirror. It was not installed."
        )
    if isinstance(exc, exceptions.DownloadLengthMismatchError):
        return FeedTargetError(
            f"{what}: the feed sent more than the {length} bytes its signed metadata say: "
            "refused (endless or altered data). It was not installed."
        )
    if isinstance(exc, exceptions.DownloadHTTPError) and exc.status_code in (403, 404):
        missing = target or "its metadata/timestamp.json"
        return FeedUnreachableError(
            f"{where}: {missing} is not there ({exc}). Check the feed's address or folder. "
            "Nothing was changed."
        )
    if isinstance(exc, TransportError | exceptions.DownloadHTTPError):
        return FeedUnreachableError(f"{where}: {exc} Nothing was changed.")
    if isinstance(exc, exceptions.SlowRetrievalError):
        return FeedUnreachableError(f"{where}: the server stopped sending data. Try again later.")
    if isinstance(exc, exceptions.RepositoryError):
        return FeedMismatchError(f"{what}: {_detail(exc)}. {NOTHING}")
    return FeedUnreachableError(f"{where}: {_detail(exc)}. Nothing was changed.")


def _detail(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _role(url: str) -> str:
    name = url.rsplit("/", 1)[-1]
    for role in ("root", "timestamp", "snapshot", "targets"):
        if name == f"{role}.json" or name.endswith(f".{role}.json"):
            return role
    return "target"


def _expired(where: str, fetcher: FeedFetcher, metadata_dir: Path) -> FeedExpiredError:
    now = datetime.now(UTC)
    expired = [moment for moment in _expiries(fetcher, metadata_dir) if moment <= now]
    since = min(expired).strftime("%Y-%m-%d %H:%M UTC") if expired else "some time"
    return FeedExpiredError(
        f"{where} has been out of date since {since}: its metadata expired and were not "
        f"renewed (feed refresh). {NOTHING} Ask the feed's administrators to refresh it; if "
        f"this computer's date is wrong (it says {now:%Y-%m-%d}), correct it."
    )


def _expiries(fetcher: FeedFetcher, metadata_dir: Path) -> list[datetime]:
    """The expiry of each newest metadata file seen: as brought now, else as trusted before."""
    from tuf.api.metadata import Metadata

    found = {}
    for name, data in fetcher.metadata.items():
        found[_role(name)] = data
    for role in ("root", "timestamp", "snapshot", "targets"):
        if role not in found:
            try:
                found[role] = (metadata_dir / f"{role}.json").read_bytes()
            except OSError:
                continue
    moments = []
    for data in found.values():
        try:
            moments.append(Metadata.from_bytes(data).signed.expires)
        except Exception:  # unreadable: says nothing about dates
            continue
    return moments
