"""Why a bundle, a key or a trust change was refused: one class per reason.

Every class is an :class:`~idguide.catalog.errors.IdguideError`, so the CLI and the UI show its
message as one clean line. Messages name the bundle file and say what is wrong and what to do.
"""

from __future__ import annotations

from idguide.catalog.errors import IdguideError


class BundleError(IdguideError):
    """A bundle file cannot be built, read or installed."""


class KeyFileError(BundleError):
    """A key file is missing, unreadable or not an Ed25519 key."""


class BuildError(BundleError):
    """A bundle cannot be built from the given source."""


# -- the container -------------------------------------------------------------------------


class NotABundleError(BundleError):
    """The file is empty, truncated or not a ZIP at all."""


class CorruptBundleError(BundleError):
    """A member fails the ZIP's own checksum or cannot be decompressed (damaged in transit)."""


class UnsafeMemberError(BundleError):
    """A member name or type could write outside the app's folders (path, `..`, symlink...)."""


class DuplicateMemberError(BundleError):
    """The same member name appears twice."""


class TooManyMembersError(BundleError):
    """More members than any real bundle holds (a member flood)."""


class BundleTooLargeError(BundleError):
    """The file, a member or the total uncompressed size is over the limit."""


class CompressionBombError(BundleError):
    """A member expands far more than real content does (a zip bomb)."""


# -- the manifest and signature ------------------------------------------------------------


class MissingManifestError(BundleError):
    """manifest.json or manifest.sig is missing."""


class MalformedJsonError(BundleError):
    """A JSON member is not valid JSON or is too large."""


class JsonNestingError(MalformedJsonError):
    """A JSON member nests deeper than any real bundle does."""


class DuplicateKeyError(MalformedJsonError):
    """A JSON object in the bundle gives the same key twice (readers could disagree)."""


class ManifestError(BundleError):
    """The manifest is valid JSON but not a valid manifest (missing or wrong fields)."""


class CountMismatchError(ManifestError):
    """The manifest's counts of products, withdrawals or pictures are not what the bundle
    holds."""


class UnsupportedFormatError(BundleError):
    """The bundle needs a newer idguide."""


class SignatureError(BundleError):
    """The signature does not verify (damaged or tampered manifest, or another key)."""


class MissingMemberError(BundleError):
    """A file the manifest lists is not in the bundle."""


class UnlistedMemberError(BundleError):
    """The bundle holds a file the manifest does not list."""


class HashMismatchError(BundleError):
    """A file's size or sha256 differs from the manifest."""


class EntryError(BundleError):
    """An entry or the publisher description inside the bundle is malformed."""


class BundleImageError(BundleError):
    """An image in the bundle is not a safe JPEG, PNG or WEBP picture."""


# -- trust and installing ------------------------------------------------------------------


class UntrustedPublisherError(BundleError):
    """No key is trusted for the bundle's publisher, or the bundle is signed by another key."""


class BrandScopeError(BundleError):
    """The bundle describes a brand its publisher is not trusted for."""


class CrossPublisherError(BundleError):
    """The bundle would change another publisher's product or brand."""


class NameTakenError(BundleError):
    """The bundle's publisher or brand name looks the same as a name the trust store binds to
    another publisher."""


class BarcodeOwnerError(BundleError):
    """The bundle carries a barcode that belongs to another publisher (its GS1 prefix is bound
    to it, or its live entry carries the barcode already)."""


class DemoContentError(BundleError):
    """A bundle signed with the public demo key that is not a shipped demo bundle, or demo
    content offered to a managed catalogue."""


class RollbackError(BundleError):
    """The bundle is not newer than what is installed (rollback or replay)."""


class AlreadyInstalledError(RollbackError):
    """The bundle's sequence is the installed one: the catalogue is up to date, nothing to do."""


class SequenceJumpError(BundleError):
    """The bundle's sequence jumps so far past the installed one that it would lock the
    publisher's own next bundles out."""


class DeltaBaseError(BundleError):
    """A delta bundle was made for another installed sequence."""


class TrustError(BundleError):
    """A trust-store change is not possible (bad publisher id, brands, unknown publisher)."""
