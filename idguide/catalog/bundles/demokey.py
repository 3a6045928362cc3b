"""The demo's place in the trust rules: a public key, a reserved namespace, pinned bundles.

The demo key signs the fictional demo bundles and its private half is public (it is in the
repository), so a signature by it proves nothing. What protects a catalogue is semantic: a
bundle signed with the demo key is installed only if it is one of the demo bundles shipped with
this idguide (its sha256 pinned in ``assets/demo/bundles/SHA256SUMS``), for a publisher id in the
reserved ``demo-`` namespace, and never into a managed catalogue
(:func:`idguide.catalog.managed.is_managed`). A real trust entry cannot use a ``demo-`` id or the
demo key (see :func:`~idguide.catalog.bundles.trust.trust_add`). The installed package carries
the demo's public key only.
"""

from __future__ import annotations

import functools
from pathlib import Path

from idguide.catalog.bundles.errors import DemoContentError
from idguide.catalog.i18n import _
from idguide.catalog.managed import is_managed
from idguide.catalog.paths import assets_dir
from idguide.catalog.store import Catalog

DEMO_PREFIX = "demo-"


def is_demo_id(publisher_id: str) -> bool:
    return publisher_id.startswith(DEMO_PREFIX)


def demo_public_key() -> Path:
    return assets_dir() / "demo" / "keys" / "public.key"


def demo_bundles() -> Path:
    return assets_dir() / "demo" / "bundles"


@functools.cache
def demo_raw_key() -> bytes:
    from idguide.catalog.bundles.keys import load_public_key, raw_public

    return raw_public(load_public_key(demo_public_key()))


def pinned() -> set[str]:
    """The sha256 of every shipped demo bundle (``make demo-bundles`` writes the list)."""
    path = demo_bundles() / "SHA256SUMS"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {line.split()[0] for line in lines if line.strip()}


def require_demo_rules(catalog: Catalog, name: str, publisher_id: str, file_sha256: str) -> None:
    """For a bundle signed with the demo key: refuse it unless it is a shipped demo bundle of
    a ``demo-`` publisher and the catalogue is not managed."""
    if is_managed(catalog):
        raise DemoContentError(
            _(
                "{name}: signed with the demo key, and this catalogue is managed by your "
                "administration: it takes no demo content. Nothing was installed."
            ).format(name=name)
        )
    if not is_demo_id(publisher_id):
        raise DemoContentError(
            _(
                "{name}: signed with the public demo key, for publisher "
                "{publisher_id!r}; the demo key signs only the demo's own publishers "
                "({demo_prefix}...). Anyone can sign with it: nothing was installed."
            ).format(name=name, publisher_id=publisher_id, demo_prefix=DEMO_PREFIX)
        )
    if file_sha256 not in pinned():
        raise DemoContentError(
            _(
                "{name}: signed with the public demo key, but it is not one of the demo "
                "bundles shipped with this idguide (anyone can sign with the demo key). "
                "Nothing was installed; use `idguide demo`."
            ).format(name=name)
        )
