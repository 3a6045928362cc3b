"""Signed library bundles: build, read safely, verify, trust and install.

A publisher builds a ``.idgb`` bundle from its authoring folder and signs it with its Ed25519
key; an officer's catalogue installs it only if the trust store accepts that key for that
publisher and brands, and only after every byte has been checked. See docs/bundle-format.md.
"""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.bundles.apply import (
        InstalledBundle,
        collect_garbage,
        import_bundle,
        installed_bundles,
        remove_publisher,
    )
    from idguide.catalog.bundles.bindings import prefixes_for_brand
    from idguide.catalog.bundles.build import BuildResult, build_bundle, write_bundle
    from idguide.catalog.bundles.errors import AlreadyInstalledError, BundleError
    from idguide.catalog.bundles.format import kind_word
    from idguide.catalog.bundles.installable import (
        UP_TO_DATE,
        Installability,
        installability,
        installed_sequence,
    )
    from idguide.catalog.bundles.keys import generate_keys, load_private_key, load_public_key
    from idguide.catalog.bundles.reader import open_bundle
    from idguide.catalog.bundles.tosheet import bundle_to_sheet
    from idguide.catalog.bundles.trust import (
        TrustEntry,
        TrustKey,
        apply_trust,
        export_trust,
        get_trust,
        revoke_key,
        trust_add,
        trust_list,
        trust_remove,
    )
    from idguide.catalog.bundles.verify import Verification, verify_bundle

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.bundles.apply": [
            "InstalledBundle",
            "collect_garbage",
            "import_bundle",
            "installed_bundles",
            "remove_publisher",
        ],
        "idguide.catalog.bundles.build": ["BuildResult", "build_bundle", "write_bundle"],
        "idguide.catalog.bundles.errors": ["AlreadyInstalledError", "BundleError"],
        "idguide.catalog.bundles.format": ["kind_word"],
        "idguide.catalog.bundles.installable": [
            "UP_TO_DATE",
            "Installability",
            "installability",
            "installed_sequence",
        ],
        "idguide.catalog.bundles.keys": ["generate_keys", "load_private_key", "load_public_key"],
        "idguide.catalog.bundles.reader": ["open_bundle"],
        "idguide.catalog.bundles.bindings": ["prefixes_for_brand"],
        "idguide.catalog.bundles.tosheet": ["bundle_to_sheet"],
        "idguide.catalog.bundles.trust": [
            "TrustEntry",
            "TrustKey",
            "apply_trust",
            "export_trust",
            "get_trust",
            "revoke_key",
            "trust_add",
            "trust_list",
            "trust_remove",
        ],
        "idguide.catalog.bundles.verify": ["Verification", "verify_bundle"],
    },
)

__all__ = [
    "UP_TO_DATE",
    "AlreadyInstalledError",
    "BuildResult",
    "BundleError",
    "Installability",
    "InstalledBundle",
    "TrustEntry",
    "TrustKey",
    "Verification",
    "apply_trust",
    "build_bundle",
    "bundle_to_sheet",
    "collect_garbage",
    "export_trust",
    "generate_keys",
    "get_trust",
    "import_bundle",
    "installability",
    "installed_bundles",
    "installed_sequence",
    "kind_word",
    "load_private_key",
    "load_public_key",
    "open_bundle",
    "prefixes_for_brand",
    "remove_publisher",
    "revoke_key",
    "trust_add",
    "trust_list",
    "trust_remove",
    "verify_bundle",
    "write_bundle",
]
