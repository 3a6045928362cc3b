"""What the home screen and the filters show: installed bundles, active alerts, counts.

Plain Python, no Qt. Every query here is meant to stay cheap on a 100,000-product catalogue:
the home screen's queries read the small ``bundles``, ``publishers`` and ``alerts`` tables;
the counts read one indexed column each and are only asked for when a filter or the category
browser needs them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from idguide.catalog.model import LangText, pick
from idguide.catalog.store import Catalog

DEFAULT_STALE_DAYS = 90


@dataclass
class InstalledBundle:
    publisher_id: str
    publisher_name: str
    sequence: int
    kind: str
    created_at: str
    installed_at: str
    age_days: int  # days since it was installed
    stale: bool
    demo: bool = False
    revoked: bool = False


@dataclass
class ActiveAlert:
    product_id: str
    brand: str
    product: str  # the product's name in the reader's language
    title: str
    issued: str
    expires: str


@dataclass
class Overview:
    """Everything the home screen shows, read in one go in the worker."""

    products: int = 0
    publishers: int = 0
    bundles: list[InstalledBundle] = field(default_factory=list)
    alerts: list[ActiveAlert] = field(default_factory=list)
    demo: bool = False

    @property
    def stale(self) -> list[InstalledBundle]:
        return [bundle for bundle in self.bundles if bundle.stale]


def overview(
    catalog: Catalog,
    lang: str | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
    today: date | None = None,
) -> Overview:
    """The home screen's figures, bundles (newest per publisher) and active alerts."""
    conn = catalog.conn
    day = today or date.today()
    figures = counts(catalog)
    return Overview(
        products=figures["products"],
        publishers=figures["publishers"],
        bundles=installed_bundles(catalog, stale_days, day),
        alerts=active_alerts(catalog, lang, day),
        demo=bool(conn.execute("SELECT 1 FROM publishers WHERE demo = 1 LIMIT 1").fetchone()),
    )


def counts(catalog: Catalog) -> dict[str, int]:
    """Visible products and publishers: the two figures that are cheap on any catalogue."""
    return {
        "products": _count(catalog, "SELECT count(*) FROM products WHERE withdrawn = 0"),
        "publishers": _count(catalog, "SELECT count(*) FROM publishers"),
    }


def _count(catalog: Catalog, sql: str) -> int:
    return int(catalog.conn.execute(sql).fetchone()[0])


def age_in_days(timestamp: str, today: date) -> int:
    """Whole days from an ISO timestamp (or date) to ``today``; 0 when it cannot be read."""
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return 0
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return max((today - moment.date()).days, 0)


def is_stale(installed_at: str, stale_days: int, today: date | None = None) -> bool:
    """True when content installed at ``installed_at`` is older than ``stale_days`` days."""
    return age_in_days(installed_at, today or date.today()) > stale_days


_BUNDLES = """
SELECT b.publisher_id, pub.name, b.sequence, b.kind, b.created_at, b.installed_at,
       pub.demo, pub.revoked
FROM bundles b JOIN publishers pub ON pub.id = b.publisher_id
WHERE b.sequence = (SELECT max(sequence) FROM bundles o WHERE o.publisher_id = b.publisher_id)
ORDER BY b.installed_at DESC, pub.name
"""


def installed_bundles(
    catalog: Catalog, stale_days: int = DEFAULT_STALE_DAYS, today: date | None = None
) -> list[InstalledBundle]:
    """The newest installed bundle of each publisher, most recently installed first."""
    day = today or date.today()
    bundles = []
    for pid, name, seq, kind, created, installed, demo, revoked in catalog.conn.execute(_BUNDLES):
        age = age_in_days(installed, day)
        bundle = InstalledBundle(pid, name, seq, kind, created, installed, age, age > stale_days)
        bundle.demo, bundle.revoked = bool(demo), bool(revoked)
        bundles.append(bundle)
    return bundles


_ALERTS = """
SELECT a.product_id, b.name, a.id, a.issued, a.expires, pub.default_language
FROM alerts a JOIN products p ON p.id = a.product_id JOIN brands b ON b.id = p.brand_id
JOIN publishers pub ON pub.id = p.publisher_id
WHERE (a.expires = '' OR a.expires >= ?) AND p.withdrawn = 0 AND pub.revoked = 0 AND p.revoked = 0
ORDER BY a.issued DESC, a.product_id LIMIT ?
"""


def active_alerts(
    catalog: Catalog, lang: str | None = None, today: date | None = None, limit: int = 50
) -> list[ActiveAlert]:
    """Alerts not yet expired on visible products, newest first."""
    day = (today or date.today()).isoformat()
    rows = catalog.conn.execute(_ALERTS, (day, limit)).fetchall()
    texts = _alert_texts(catalog, [row[0] for row in rows])
    alerts = []
    for pid, brand, aid, issued, expires, fallback in rows:
        name = pick(texts[(pid, "name")], lang, fallback)
        title = pick(texts[(pid, f"alert/{aid}/title")], lang, fallback)
        alerts.append(ActiveAlert(pid, brand, name, title, issued, expires))
    return alerts


def _alert_texts(catalog: Catalog, ids: list[str]) -> defaultdict[tuple[str, str], LangText]:
    texts: defaultdict[tuple[str, str], LangText] = defaultdict(dict)
    if not ids:
        return texts
    marks = ",".join("?" * len(ids))
    for pid, part, lang, text in catalog.conn.execute(
        "SELECT product_id, part, lang, text FROM translations "
        f"WHERE product_id IN ({marks}) AND (part = 'name' OR part LIKE 'alert/%')",
        ids,
    ):
        texts[(pid, part)][lang] = text
    return texts


def category_counts(catalog: Catalog) -> dict[str, int]:
    """Visible products per category id (categories with none are left out)."""
    return _pairs(
        catalog,
        "SELECT p.category_id, count(*) FROM products p JOIN publishers pub "
        "ON pub.id = p.publisher_id WHERE p.withdrawn = 0 AND pub.revoked = 0 AND p.revoked = 0 "
        "GROUP BY p.category_id",
    )


def brand_counts(catalog: Catalog) -> dict[str, int]:
    """Visible products per brand name."""
    return _pairs(
        catalog,
        "SELECT b.name, count(*) FROM products p JOIN brands b ON b.id = p.brand_id "
        "JOIN publishers pub ON pub.id = p.publisher_id "
        "WHERE p.withdrawn = 0 AND pub.revoked = 0 AND p.revoked = 0 GROUP BY b.name",
    )


def language_counts(catalog: Catalog, ids: list[str] | None = None) -> dict[str, int]:
    """Products whose name is written in each language: all of them, or only ``ids``."""
    if ids is None:
        return _pairs(
            catalog, "SELECT lang, count(*) FROM translations WHERE part = 'name' GROUP BY lang"
        )
    counts: dict[str, int] = defaultdict(int)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT lang, count(*) FROM translations WHERE part = 'name' "
            f"AND product_id IN ({marks}) GROUP BY lang"
        )
        for lang, count in catalog.conn.execute(sql, chunk):
            counts[lang] += count
    return dict(counts)


def _pairs(catalog: Catalog, sql: str) -> dict[str, int]:
    return {key: int(count) for key, count in catalog.conn.execute(sql)}
