"""``idguide bundle verify``: what a bundle is and whether it is intact, with or without a
catalogue; with one, whether that catalogue would install it (decided by
:func:`~idguide.catalog.bundles.installable.installability`, the rules an import applies)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from idguide.catalog.bundles.entries import language_warnings
from idguide.catalog.bundles.imagecheck import (
    Helper,
    ImageCheck,
    helper_for,
    referenced_infos,
    used_shas,
)
from idguide.catalog.bundles.installable import installability, installed_sequence
from idguide.catalog.bundles.reader import Bundle, Contents, open_bundle
from idguide.catalog.bundles.trust import get_trust
from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.store import Catalog, refuse_catalogue_file


@dataclass
class Verification:
    file: str
    publisher: str
    sequence: int
    kind: str
    base_sequence: int | None
    created_at: str
    format_version: str
    key_id: str
    counts: dict[str, int] = field(default_factory=dict)  # only once checked against the content
    signature: str = "valid"
    contents: str = "not checked"
    trusted: bool | None = None
    trust: str = ""
    installed_sequence: int | None = None
    demo: bool = False
    installable: bool | None = None  # None: no catalogue, so no trust store, was consulted
    reason: str = ""  # why it can or cannot be installed, or that no trust store was consulted
    up_to_date: bool = False  # this very sequence is installed already
    warnings: list[str] = field(default_factory=list)  # installable, but someone should know

    @property
    def ok(self) -> bool:
        """Intact, and installable or installed already (or no catalogue was asked)."""
        return self.signature == "valid" and (self.installable is not False or self.up_to_date)

    def as_dict(self) -> dict:
        data = dict(self.__dict__)
        if self.trusted is None:
            for key in ("trusted", "trust", "installed_sequence", "demo", "up_to_date"):
                data.pop(key)
        return data


def verify_bundle(
    path: str | Path, catalog: Catalog | None = None, progress: ProgressFn | None = None
) -> Verification:
    """Check the bundle at ``path``: its container, signature, files, entries and pictures.

    A bundle whose container or content is broken raises the BundleError that says why; a bad
    signature is reported in ``signature``. With a ``catalog``, ``trusted`` says whether its
    trust store accepts the signer for this publisher, and ``installable`` and ``reason``
    whether that catalogue would install the bundle and why (without one, ``installable`` is
    None unless the signature is bad).
    """
    if catalog is not None:
        refuse_catalogue_file(path, catalog.path)
    with helper_for(path) as helper, open_bundle(path) as bundle:
        result = _describe(bundle)
        contents = None
        problem = bundle.signature_problem()
        if problem:
            result.signature = f"invalid: {problem}"
        else:
            contents = _check_contents(bundle, helper, progress or no_progress)
            result.contents = "valid"
            result.warnings = language_warnings(contents.publisher, contents.products)
            result.counts = dict(bundle.manifest.counts)  # checked against the contents
        if catalog is not None:
            _check_trust(catalog, bundle, result)
        result.installable, result.reason, result.up_to_date = installability(
            catalog, bundle, contents
        )
    return result


def _describe(bundle: Bundle) -> Verification:
    m = bundle.manifest
    return Verification(
        file=str(bundle.path),
        publisher=m.publisher,
        sequence=m.sequence,
        kind=m.kind,
        base_sequence=m.base_sequence,
        created_at=m.created_at,
        format_version=m.format_version,
        key_id=m.key_id,
    )


def _check_contents(bundle: Bundle, helper: Helper | None, report: ProgressFn) -> Contents:
    pictures = ImageCheck(bundle, helper=helper)
    pictures.start()  # with a helper process for a large bundle, as an import does
    contents = bundle.read_contents(report)
    referenced_infos(bundle, pictures.finish(report), used_shas(contents.products))
    return contents


def _check_trust(catalog: Catalog, bundle: Bundle, result: Verification) -> None:
    entry = get_trust(catalog, result.publisher)
    result.installed_sequence = installed_sequence(catalog, result.publisher)
    if entry is None or entry.revoked:
        result.trusted = False
        result.trust = (
            _("publisher revoked in the trust store")
            if entry
            else _("publisher not in the trust store")
        )
    elif entry.key_for(bundle.signer_key()) is None:
        result.trusted = False
        keys = ", ".join(k.key_id for k in entry.keys) or _("none")
        result.trust = _("signed with key {key}, trusted keys: {keys}").format(
            key=result.key_id, keys=keys
        )
    else:
        result.trusted = result.signature == "valid"
        result.trust = (
            _("trusted for {scope}").format(scope=entry.scope())
            if result.trusted
            else _("bad signature")
        )
        result.demo = entry.demo
