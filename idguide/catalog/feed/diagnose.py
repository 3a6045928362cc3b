"""python-tuf's refusals, said in words an officer or an administrator can act on.

python-tuf tells what failed (a version, a signature, an expiry, a length); which attack that
looks like depends on which file it was checking, which the fetcher remembers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tuf.api import exceptions

from idguide.catalog.feed.config import Feed, feed_words
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
from idguide.catalog.i18n import N_, _

# one sentence of its own, said after the feed's error ({nothing})
NOTHING = N_("Nothing new was installed; what is installed stays.")


def explain(exc: Exception, feed: Feed, fetcher: FeedFetcher, metadata_dir: Path) -> FeedError:
    """The FeedError that says why syncing ``feed`` failed with ``exc``."""
    where = feed_words(feed.name, feed.source)
    role = _role(fetcher.last_url)
    if isinstance(exc, exceptions.ExpiredMetadataError):
        return _expired(where, fetcher, metadata_dir)
    if isinstance(exc, exceptions.UnsignedMetadataError):
        return FeedSignatureError(
            _(
                "{where}: its {role} metadata are not signed by the keys of the root "
                "file this laptop was given. Either that root file is not your "
                "administration's, or the feed was altered on its way. {nothing}"
            ).format(where=where, role=role, nothing=_(NOTHING))
        )
    if isinstance(exc, exceptions.BadVersionNumberError) and role in ("root", "timestamp"):
        return FeedRollbackError(
            _(
                "{where} offers older metadata than this laptop already has ({error}): a "
                "stale mirror, an old copy on a USB stick, or a replay. {nothing}"
            ).format(where=where, error=exc, nothing=_(NOTHING))
        )
    if isinstance(exc, exceptions.DownloadLengthMismatchError) and role != "target":
        return FeedTargetError(
            _(
                "{where}: its {role} metadata are larger than any real one: refused "
                "(endless or altered data). {nothing}"
            ).format(where=where, role=role, nothing=_(NOTHING))
        )
    if isinstance(exc, exceptions.RepositoryError) and role != "target":
        return FeedMismatchError(
            _(
                "{where}: its {role} metadata do not fit the rest of the feed ({error}): "
                "a mirror serving a mix of old and new files, or damaged files. {nothing}"
            ).format(where=where, role=role, error=_detail(exc), nothing=_(NOTHING))
        )
    return download_problem(exc, where)


def download_problem(exc: Exception, where: str, target: str = "", length: int = 0) -> FeedError:
    """Why the target ``target`` (``length`` bytes as signed) could not be brought."""
    what = _("{target} from {where}").format(target=target, where=where) if target else where
    if isinstance(exc, exceptions.LengthOrHashMismatchError):
        return FeedTargetError(
            _(
                "{what}: the file is not the one the feed signed (its length or sha256 "
                "differs): altered or damaged on the mirror. It was not installed."
            ).format(what=what)
        )
    if isinstance(exc, exceptions.DownloadLengthMismatchError):
        return FeedTargetError(
            _(
                "{what}: the feed sent more than the {length} bytes its signed metadata "
                "say: refused (endless or altered data). It was not installed."
            ).format(what=what, length=length)
        )
    if isinstance(exc, exceptions.DownloadHTTPError) and exc.status_code in (403, 404):
        missing = target or _("its metadata/timestamp.json")
        return FeedUnreachableError(
            _(
                "{where}: {missing} is not there ({error}). Check the feed's address or "
                "folder. Nothing was changed."
            ).format(where=where, missing=missing, error=exc)
        )
    if isinstance(exc, TransportError | exceptions.DownloadHTTPError):
        return FeedUnreachableError(
            _("{where}: {error} Nothing was changed.").format(where=where, error=exc)
        )
    if isinstance(exc, exceptions.SlowRetrievalError):
        return FeedUnreachableError(
            _("{where}: the server stopped sending data. Try again later.").format(where=where)
        )
    if isinstance(exc, exceptions.RepositoryError):
        return FeedMismatchError(
            _("{what}: {error}. {nothing}").format(
                what=what, error=_detail(exc), nothing=_(NOTHING)
            )
        )
    return FeedUnreachableError(
        _("{where}: {error}. Nothing was changed.").format(where=where, error=_detail(exc))
    )


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
    since = min(expired).strftime("%Y-%m-%d %H:%M UTC") if expired else _("some time")
    return FeedExpiredError(
        _(
            "{where} has been out of date since {since}: its metadata expired and "
            "were not renewed (feed refresh). {nothing} Ask the feed's "
            "administrators to refresh it; if this computer's date is wrong (it says "
            "{now:%Y-%m-%d}), correct it."
        ).format(where=where, since=since, nothing=_(NOTHING), now=now)
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
