"""Update feeds: an administration's signed set of bundles that laptops sync from.

A feed is a folder of static files (The Update Framework's metadata, and the bundles and the
trust document as its targets) that any web server, CDN, shared folder or USB stick serves as it
is. python-tuf (``tuf.api.metadata`` to publish, ``tuf.ngclient`` to sync) guards against
altered, old, frozen or mixed-up content; the bundles are then installed through the usual
import with its own signature, trust and brand checks. See docs/feed.md.

Nothing here is imported when the app starts: python-tuf loads on the first feed operation.
"""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.feed.client import install, sync
    from idguide.catalog.feed.config import (
        Feed,
        add_feed,
        get_feed,
        list_feeds,
        remove_feed,
        set_auto_check,
    )
    from idguide.catalog.feed.download import (
        Fetched,
        Laptop,
        chosen_feeds,
        fetch_feeds,
        read_laptop,
    )
    from idguide.catalog.feed.errors import FeedError
    from idguide.catalog.feed.keys import Threshold, read_passphrase
    from idguide.catalog.feed.publish import (
        InitResult,
        Published,
        Refreshed,
        init_feed,
        publish_bundles,
        publish_trust,
        refresh,
        withdraw,
    )
    from idguide.catalog.feed.repo import parse_expiry
    from idguide.catalog.feed.results import Installed, Refused, SyncResult
    from idguide.catalog.feed.rotate import Rotated, rotate_root
    from idguide.catalog.feed.trustdoc import (
        TrustChanges,
        TrustDocument,
        apply_document,
        export_trust,
    )

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.feed.config": [
            "Feed",
            "add_feed",
            "get_feed",
            "list_feeds",
            "remove_feed",
            "set_auto_check",
        ],
        "idguide.catalog.feed.errors": ["FeedError"],
        "idguide.catalog.feed.keys": ["Threshold", "read_passphrase"],
        "idguide.catalog.feed.publish": [
            "InitResult",
            "Published",
            "Refreshed",
            "init_feed",
            "publish_bundles",
            "publish_trust",
            "refresh",
            "withdraw",
        ],
        "idguide.catalog.feed.repo": ["parse_expiry"],
        "idguide.catalog.feed.rotate": ["Rotated", "rotate_root"],
        "idguide.catalog.feed.client": ["install", "sync"],
        "idguide.catalog.feed.download": [
            "Fetched",
            "Laptop",
            "chosen_feeds",
            "fetch_feeds",
            "read_laptop",
        ],
        "idguide.catalog.feed.results": ["Installed", "Refused", "SyncResult"],
        "idguide.catalog.feed.trustdoc": [
            "TrustChanges",
            "TrustDocument",
            "apply_document",
            "export_trust",
        ],
    },
)

__all__ = [
    "Feed",
    "FeedError",
    "Fetched",
    "InitResult",
    "Installed",
    "Laptop",
    "Published",
    "Refreshed",
    "Refused",
    "Rotated",
    "SyncResult",
    "Threshold",
    "TrustChanges",
    "TrustDocument",
    "add_feed",
    "apply_document",
    "chosen_feeds",
    "export_trust",
    "fetch_feeds",
    "get_feed",
    "init_feed",
    "install",
    "list_feeds",
    "parse_expiry",
    "publish_bundles",
    "publish_trust",
    "read_laptop",
    "read_passphrase",
    "refresh",
    "remove_feed",
    "rotate_root",
    "set_auto_check",
    "sync",
    "withdraw",
]
