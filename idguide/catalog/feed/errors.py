"""Why a feed could not be published, set up or synced: one class per reason.

Every class is an :class:`~idguide.catalog.errors.IdguideError`, so the CLI and the UI show its
message as one clean line. A sync refused for any of these reasons has changed nothing in the
catalogue.
"""

from __future__ import annotations

from idguide.catalog.errors import IdguideError


class FeedError(IdguideError):
    """A feed cannot be published, added, read or synced."""


class FeedKeyError(FeedError):
    """A feed signing key is missing, unreadable, or its passphrase is wrong or missing."""


class FeedRepositoryError(FeedError):
    """The feed folder being published is not a feed, or not in a state this step needs."""


class FeedSetupError(FeedError):
    """A laptop's feed settings are wrong: unknown feed, bad source, not a root file..."""


class FeedUnreachableError(FeedError):
    """The feed cannot be reached: offline, server down, USB stick not plugged in, proxy, TLS."""


class FeedExpiredError(FeedError):
    """The feed's metadata have expired: nothing new is installed until it is refreshed."""


class FeedRollbackError(FeedError):
    """The feed offers older metadata than this laptop already trusts (rollback or replay)."""


class FeedMismatchError(FeedError):
    """The feed's metadata files do not fit together (mix-and-match)."""


class FeedSignatureError(FeedError):
    """The feed's metadata are not signed by the keys this laptop's root file lists."""


class FeedTargetError(FeedError):
    """A file the feed offers is not what its signed metadata say (altered, too large)."""


class FeedBusyError(FeedError):
    """Another sync of the same feed is running."""
