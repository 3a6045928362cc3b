"""Whether a bundle may be installed in a catalogue: the one set of rules.

An import (:func:`~idguide.catalog.bundles.apply.import_bundle`) runs these checks and installs
nothing if one refuses; ``idguide bundle verify`` and the import dialog ask
:func:`installability`, which runs the same checks and says why, so what they offer is what an
import then does. A broken container raises when the bundle is opened
(:func:`~idguide.catalog.bundles.reader.open_bundle`); the rest is decided here, in this
order: the signature with the key the trust store holds for the publisher, the sequence (newer
than the installed one; a delta on top of it), the brands the publisher is trusted for, and no
product or brand of another publisher touched.
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import NamedTuple

from idguide.catalog.bundles import bindings
from idguide.catalog.bundles.demokey import demo_raw_key, is_demo_id, require_demo_rules
from idguide.catalog.bundles.errors import (
    AlreadyInstalledError,
    BrandScopeError,
    BundleError,
    CrossPublisherError,
    DeltaBaseError,
    RollbackError,
    SequenceJumpError,
    SignatureError,
    UntrustedPublisherError,
)
from idguide.catalog.bundles.format import MAX_SEQUENCE_STEP
from idguide.catalog.bundles.reader import Bundle, Contents
from idguide.catalog.bundles.trust import TrustEntry, get_trust, revoked_at
from idguide.catalog.i18n import N_, _
from idguide.catalog.store import Catalog
from idguide.catalog.write import unraised_message, unraised_revisions

UP_TO_DATE = N_("Already installed (up to date)")  # translated where shown
NO_TRUST_STORE = N_(
    "No trust store was consulted (no catalogue was given); only a catalogue's trust store can "
    "say whether it would be installed."
)


class Installability(NamedTuple):
    """Whether the bundle can be installed (None: no catalogue was asked) and why."""

    installable: bool | None
    reason: str
    up_to_date: bool = False  # this very sequence is installed already: nothing to do


def installability(
    catalog: Catalog | None, bundle: Bundle, contents: Contents | None
) -> Installability:
    """Whether ``catalog`` would install ``bundle``, by the rules an import applies.

    ``contents`` (what :meth:`Bundle.read_contents` returned) is needed for the brand and owner
    checks; it may be None only when the signature does not verify. Without a catalogue only the
    signature is checked and ``installable`` is None.
    """
    problem = bundle.signature_problem()
    if problem:
        return Installability(
            False, _("The signature is not valid: {problem}").format(problem=problem)
        )
    if catalog is None:
        return Installability(None, _(NO_TRUST_STORE))
    try:
        trust = require_trusted(catalog, bundle)
        if contents is None:
            raise ValueError(_("installability needs the contents of a validly signed bundle"))
        require_in_scope(catalog, bundle, trust, contents)
    except AlreadyInstalledError:
        return Installability(False, _(UP_TO_DATE), up_to_date=True)
    except BundleError as exc:
        return Installability(False, str(exc))
    unraised = unraised_revisions(catalog.conn, contents.products)  # as install() refuses
    if unraised:
        return Installability(False, unraised_message(bundle.name, unraised))
    return Installability(True, _why_installable(catalog, bundle, trust))


def _why_installable(catalog: Catalog, bundle: Bundle, trust: TrustEntry) -> str:
    manifest = bundle.manifest
    installed = installed_sequence(catalog, manifest.publisher)
    message = (
        _(
            "Can be installed: {publisher!r} is trusted for {scope}; sequence {sequence} is newer "
            "than the installed sequence {installed}."
        )
        if installed is not None
        else _(
            "Can be installed: {publisher!r} is trusted for {scope}; sequence {sequence} is the "
            "first of this publisher here."
        )
    )
    return message.format(
        publisher=manifest.publisher,
        scope=trust.scope(),
        sequence=manifest.sequence,
        installed=installed,
    )


def installed_sequence(catalog: Catalog, publisher_id: str) -> int | None:
    """The publisher's newest installed sequence, bundles signed by a revoked key aside (a
    stolen key's sequence must not lock the publisher out)."""
    row = catalog.conn.execute(
        "SELECT max(sequence) FROM bundles WHERE publisher_id = ? "
        "AND key_id NOT IN (SELECT key_id FROM revoked_keys)",
        (publisher_id,),
    ).fetchone()
    return row[0] if row and row[0] is not None else None


def require_trusted(catalog: Catalog, bundle: Bundle) -> TrustEntry:
    """The trust entry that accepts ``bundle``'s signer and sequence; else the BundleError that
    says why not (untrusted or revoked publisher, a revoked or another key, bad signature, the
    demo key outside the demo, not newer, wrong base)."""
    manifest, name = bundle.manifest, bundle.name
    trust = get_trust(catalog, manifest.publisher)
    if trust is None and is_demo_id(manifest.publisher):  # `trust add` refuses demo- ids
        raise UntrustedPublisherError(
            _(
                "{name}: a bundle of the fictional demo, which is not installed in this "
                "catalogue. Nothing was installed; the demo installs with: idguide demo"
            ).format(name=name)
        )
    if trust is None or trust.revoked:
        message = (
            _(
                "{name}: publisher {publisher!r} is revoked in the trust store, so its bundle was "
                "not installed. If your administrator trusts it: idguide trust add PUBLIC.key "
                "--publisher {publisher} --brands ..."
            )
            if trust is not None
            else _(
                "{name}: publisher {publisher!r} is not in the trust store, so its bundle was not "
                "installed. If your administrator trusts it: idguide trust add PUBLIC.key "
                "--publisher {publisher} --brands ..."
            )
        )
        raise UntrustedPublisherError(message.format(name=name, publisher=manifest.publisher))
    signer = bundle.signer_key()
    signer_id = hashlib.sha256(signer).hexdigest()[:16]
    when = revoked_at(catalog, signer_id)
    if when is not None:
        raise SignatureError(
            _(
                "{name}: signed with key {signer_id}, which was revoked on {when}; a "
                "revoked key stays revoked. Nothing was installed; ask the publisher for "
                "a bundle signed with its new key."
            ).format(name=name, signer_id=signer_id, when=when[:10])
        )
    key = trust.key_for(signer)
    if key is None:
        trusted = ", ".join(k.key_id for k in trust.keys) or "none"
        raise SignatureError(
            _(
                "{name}: signed with key {signer_id}, but the key trusted for "
                "{publisher!r} is {trusted}. Nothing was installed; ask the publisher "
                "whether it changed its key."
            ).format(name=name, signer_id=signer_id, publisher=manifest.publisher, trusted=trusted)
        )
    bundle.require_signature(key.raw())
    if signer == demo_raw_key():
        require_demo_rules(catalog, name, manifest.publisher, bundle.file_sha256())
    _require_sequence(catalog, bundle)
    return trust


def _require_sequence(catalog: Catalog, bundle: Bundle) -> None:
    manifest, name = bundle.manifest, bundle.name
    installed = installed_sequence(catalog, manifest.publisher)
    if installed is not None and manifest.sequence == installed:
        raise AlreadyInstalledError(
            _(
                "{name}: already installed (up to date): sequence {sequence} of "
                "{publisher!r} is the installed sequence {installed} (the same bundle "
                "again); nothing was changed."
            ).format(
                name=name,
                sequence=manifest.sequence,
                publisher=manifest.publisher,
                installed=installed,
            )
        )
    if installed is not None and manifest.sequence < installed:
        raise RollbackError(
            _(
                "{name}: sequence {sequence} of {publisher!r} is not newer than the "
                "installed sequence {installed} (an older bundle); nothing was installed."
            ).format(
                name=name,
                sequence=manifest.sequence,
                publisher=manifest.publisher,
                installed=installed,
            )
        )
    if installed is not None and manifest.sequence - installed > MAX_SEQUENCE_STEP:
        raise SequenceJumpError(
            _(
                "{name}: sequence {sequence} of {publisher!r} is {value:,} past the "
                "installed sequence {installed}; a publisher's next bundle is at most "
                "{max_sequence_step:,} past it (a larger jump would refuse its own next "
                "bundles). Nothing was installed; ask the publisher."
            ).format(
                name=name,
                sequence=manifest.sequence,
                publisher=manifest.publisher,
                value=manifest.sequence - installed,
                installed=installed,
                max_sequence_step=MAX_SEQUENCE_STEP,
            )
        )
    if manifest.kind == "delta" and manifest.base_sequence != installed:
        raise DeltaBaseError(
            _(
                "{name}: this update applies on top of sequence {base_sequence} of "
                "{publisher!r}, but the installed sequence is {value}. Install the "
                "publisher's full bundle, or its updates in order."
            ).format(
                name=name,
                base_sequence=manifest.base_sequence,
                publisher=manifest.publisher,
                value=installed if installed is not None else "none",
            )
        )


def require_in_scope(
    catalog: Catalog, bundle: Bundle, trust: TrustEntry, contents: Contents
) -> bindings.Binding:
    """Raise the BundleError saying why if ``contents`` names a brand ``trust`` does not cover
    or another publisher holds, wears a name or a barcode bound to another publisher, or
    changes another publisher's product; else return what installing it binds."""
    name, publisher = bundle.name, contents.publisher
    conn = catalog.conn
    for product in contents.products:
        if not trust.allows(product.brand_id):
            holder = bindings.brand_holder(conn, product.brand_id)
            message = (
                _(
                    "{name}: product {product_id!r} is of brand {brand_id!r}, but "
                    "{publisher_id!r} is trusted only for {scope} (the trust store binds brand "
                    "{brand_id!r} to publisher {holder!r}). Nothing was installed."
                )
                if holder
                else _(
                    "{name}: product {product_id!r} is of brand {brand_id!r}, but "
                    "{publisher_id!r} is trusted only for {scope}. Nothing was installed."
                )
            )
            raise BrandScopeError(
                message.format(
                    name=name,
                    product_id=product.id,
                    brand_id=product.brand_id,
                    publisher_id=publisher.id,
                    scope=trust.scope(),
                    holder=holder,
                )
            )
    for brand in publisher.brands:
        if not trust.allows(brand.id):
            holder = bindings.brand_holder(conn, brand.id)
            message = (
                _(
                    "{name}: the publisher claims brand {brand_id!r}, but {publisher_id!r} is "
                    "trusted only for {scope} (the trust store binds brand {brand_id!r} to "
                    "publisher {holder!r}). Nothing was installed."
                )
                if holder
                else _(
                    "{name}: the publisher claims brand {brand_id!r}, but {publisher_id!r} is "
                    "trusted only for {scope}. Nothing was installed."
                )
            )
            raise BrandScopeError(
                message.format(
                    name=name,
                    brand_id=brand.id,
                    publisher_id=publisher.id,
                    scope=trust.scope(),
                    holder=holder,
                )
            )
    binding = bindings.check_publisher(catalog, name, publisher.id, trust.all_brands, publisher)
    _require_owner(catalog, name, publisher.id, "products", sorted(contents.ids))
    binding.takeover = [b.id for b in publisher.brands if _moved_here(conn, b.id, publisher.id)]
    others = [b.id for b in publisher.brands if b.id not in binding.takeover]
    _require_owner(catalog, name, publisher.id, "brands", others)
    bindings.require_own_codes(catalog, name, publisher.id, contents.products)
    return binding


def _moved_here(conn: sqlite3.Connection, brand_id: str, publisher_id: str) -> bool:
    """Whether the trust store moved ``brand_id`` to ``publisher_id`` from the publisher whose
    record it is (``trust add --transfer``: that one's entries of it are hidden or withdrawn),
    so the record passes to ``publisher_id``."""
    if bindings.brand_holder(conn, brand_id) != publisher_id:
        return False
    row = conn.execute(
        "SELECT b.publisher_id, (SELECT count(*) FROM products p WHERE p.brand_id = b.id "
        "AND p.publisher_id = b.publisher_id AND p.withdrawn = 0 AND p.revoked = 0) "
        "FROM brands b WHERE b.id = ?",
        (brand_id,),
    ).fetchone()
    return row is not None and row[0] != publisher_id and row[1] == 0


def _require_owner(
    catalog: Catalog, name: str, publisher_id: str, table: str, ids: list[str]
) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        row = catalog.conn.execute(
            f"SELECT id, publisher_id FROM {table} WHERE publisher_id != ? "
            f"AND id IN ({','.join('?' * len(chunk))}) LIMIT 1",
            (publisher_id, *chunk),
        ).fetchone()
        if row:
            message = (
                _(
                    "{name}: product {row!r} belongs to publisher {row2!r}; {publisher_id!r} may "
                    "not change it. Nothing was installed."
                )
                if table == "products"
                else _(
                    "{name}: brand {row!r} belongs to publisher {row2!r}; {publisher_id!r} may not "
                    "change it. Nothing was installed."
                )
            )
            raise CrossPublisherError(
                message.format(name=name, row=row[0], row2=row[1], publisher_id=publisher_id)
            )
