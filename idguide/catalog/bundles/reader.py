"""The safe bundle reader: nothing is ever extracted by a member's name.

Opening checks the container before any content is read: the member names against one strict
pattern (so no absolute path, ``..``, backslash, drive letter, symlink or duplicate can get
through), the member count, the sizes and compression ratios the ZIP declares, and that the
members are exactly the files the manifest lists. Content is read into memory, bounded by the
size the manifest states, and checked against its sha256 before it is used. Pictures are decoded
by Pillow as JPEG, PNG or WEBP only, with decompression bombs refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from idguide.catalog import model
from idguide.catalog.bundles import entries, format
from idguide.catalog.bundles.errors import (
    BundleError,
    BundleTooLargeError,
    CompressionBombError,
    CorruptBundleError,
    CountMismatchError,
    DuplicateMemberError,
    EntryError,
    ManifestError,
    MissingManifestError,
    MissingMemberError,
    NotABundleError,
    SignatureError,
    TooManyMembersError,
    UnlistedMemberError,
    UnsafeMemberError,
)
from idguide.catalog.bundles.format import FileEntry, Manifest
from idguide.catalog.bundles.keys import public_from_raw, signature_is_valid
from idguide.catalog.bundles.members import (
    Member,
    check_content,
    checked_picture,
    damaged,
    read_member,
    why,
)
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _
from idguide.catalog.images import ImageInfo
from idguide.catalog.progress import ProgressFn, no_progress

_MEMBER_LIMITS = {
    format.MANIFEST: format.MAX_MANIFEST_BYTES,
    format.SIGNATURE: format.SIGNATURE_BYTES,
    format.PUBLISHER: format.MAX_PUBLISHER_BYTES,
    format.ENTRIES: format.MAX_ENTRIES_BYTES,
}


@dataclass
class Contents:
    """What a bundle carries, read and checked."""

    publisher: model.Publisher
    products: list[model.Product] = field(default_factory=list)
    tombstones: dict[str, int] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)


class Bundle:
    """An open bundle whose container and manifest passed the checks. Use :func:`open_bundle`."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self.name = path.name
        self.archive = archive
        self._raw: BinaryIO = open(path, "rb")  # noqa: SIM115 (closed with the bundle)
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.manifest_bytes = b""
        self.signature = b""
        self.manifest: Manifest
        self.listed: dict[str, FileEntry] = {}

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()
        self._raw.close()

    # -- signature ---------------------------------------------------------------------------

    def signer_key(self) -> bytes:
        try:
            return base64.b64decode(self.manifest.signer_key, validate=True)
        except (binascii.Error, ValueError):
            raise ManifestError(
                _("{self_name}: the signer key in the manifest is garbled.").format(
                    self_name=self.name
                )
            ) from None

    def signature_problem(self, raw_key: bytes | None = None) -> str | None:
        """None if the manifest is signed by ``raw_key`` (default: the key it names), else why."""
        raw = self.signer_key() if raw_key is None else raw_key
        try:
            key = public_from_raw(raw, self.name)
        except IdguideError:
            return _("The signer key in the manifest is not an Ed25519 key.")
        if len(self.signature) != format.SIGNATURE_BYTES:
            return _("manifest.sig is {size} bytes, not a 64-byte signature.").format(
                size=len(self.signature)
            )
        if not signature_is_valid(key, self.signature, self.manifest_bytes):
            return _(
                "The signature does not match the manifest (damaged, tampered with, or signed "
                "with another key)."
            )
        return None

    def require_signature(self, raw_key: bytes | None = None) -> None:
        problem = self.signature_problem(raw_key)
        if problem:
            raise SignatureError(
                _("{self_name}: {problem} Nothing was installed.").format(
                    self_name=self.name, problem=problem
                )
            )

    def file_sha256(self) -> str:
        """The sha256 of the whole file, read through the handle this bundle reads its members
        from (so it is the file those bytes come from)."""
        digest = hashlib.sha256()
        self._raw.seek(0)
        for block in iter(lambda: self._raw.read(1024 * 1024), b""):
            digest.update(block)
        return digest.hexdigest()

    # -- content -----------------------------------------------------------------------------

    def read(self, path: str) -> bytes:
        """A listed member's bytes, checked against the manifest's size and sha256."""
        entry = self.listed[path]
        data = read_member(self._raw, self.member(path), entry.size, self.name)
        self._check(path, len(data), hashlib.sha256(data).hexdigest())
        return data

    def member(self, path: str) -> Member:
        """Where ``path`` lies in the file."""
        return Member.of(self.members[path])

    def _open(self, path: str) -> IO[bytes]:
        return self._guard(lambda: self.archive.open(self.members[path]), path)

    def _guard(self, action: Any, path: str) -> Any:
        try:
            return action()
        except BundleError:
            raise
        except Exception as exc:  # zipfile's and the decompressors' many kinds
            raise damaged(self.name, path, exc) from None

    def _check(self, path: str, size: int, sha256: str) -> None:
        entry = self.listed[path]
        check_content(self.name, path, (size, sha256), entry.size, entry.sha256)

    def read_json(self, path: str, limit: int) -> Any:
        return format.loads(self.read(path), f"{self.name}: {path}", limit)

    def read_contents(self, progress: ProgressFn = no_progress) -> Contents:
        """The publisher, products and tombstones, every field checked. ``progress`` is told
        every hundred entries (it may raise Interrupted)."""
        data = self.read_json(format.PUBLISHER, format.MAX_PUBLISHER_BYTES)
        publisher = entries.read_publisher(data, f"{self.name}: {format.PUBLISHER}")
        if publisher.id != self.manifest.publisher:
            raise EntryError(
                _(
                    "{self_name}: publisher.json is for {publisher_id!r} but the manifest "
                    "for {publisher!r}."
                ).format(
                    self_name=self.name,
                    publisher_id=publisher.id,
                    publisher=self.manifest.publisher,
                )
            )
        contents = Contents(publisher)
        expected = sum(self.manifest.counts.get(kind, 0) for kind in ("products", "withdrawn"))
        for number, item in self._entry_lines():
            if number % 100 == 1:  # the signed counts, only for the progress bar
                progress(number - 1, max(expected, number), "Reading entries")
            where = _("{name}: entries.jsonl line {number}").format(name=self.name, number=number)
            try:
                self._add_entry(contents, item, where)
            except EntryError:  # an entry nesting too deep fails its checks: say that
                format.require_depth(item, where)
                raise
        self._check_counts(contents)
        return contents

    def _check_counts(self, contents: Contents) -> None:
        """Refuse a manifest whose counts say other than what the bundle holds (they are shown
        before installing: by ``bundle verify`` and the import dialog)."""
        held = {
            "products": len(contents.products),
            "withdrawn": len(contents.tombstones),
            "images": sum(path.startswith(format.IMAGE_DIR) for path in self.listed),
        }
        if self.manifest.counts != held:
            said = ", ".join(f"{n} {k}" for k, n in sorted(self.manifest.counts.items()))
            holds = ", ".join(f"{n} {k}" for k, n in sorted(held.items()))
            raise CountMismatchError(
                _(
                    "{self_name}: manifest.json counts {value}, but the bundle holds "
                    "{holds}. Nothing was installed; ask the publisher for a correct bundle."
                ).format(self_name=self.name, value=said or _("nothing"), holds=holds)
            )

    def _add_entry(self, contents: Contents, item: Any, where: str) -> None:
        if len(contents.ids) >= format.MAX_ENTRIES:
            raise BundleTooLargeError(
                _(
                    "{self_name}: more than {max_entries} entries; this is not a real bundle."
                ).format(self_name=self.name, max_entries=format.MAX_ENTRIES)
            )
        if entries.is_tombstone(item):
            pid, revision = entries.read_tombstone(item, where)
            contents.tombstones[pid] = revision
        else:
            product = entries.read_product(item, where, contents.publisher)
            pid = product.id
            contents.products.append(product)
        if pid in contents.ids:
            raise EntryError(
                _("{where}: product {pid!r} appears twice in the bundle.").format(
                    where=where, pid=pid
                )
            )
        contents.ids.add(pid)

    def _entry_lines(self) -> Iterator[tuple[int, Any]]:
        entry = self.listed[format.ENTRIES]
        digest, size = hashlib.sha256(), 0
        with self._open(format.ENTRIES) as handle:
            number = 0
            while True:
                line = self._guard(
                    lambda: handle.readline(format.MAX_ENTRY_LINE_BYTES + 1), format.ENTRIES
                )
                if not line:
                    break
                number += 1
                size += len(line)
                digest.update(line)
                if size > entry.size:
                    break
                if len(line) > format.MAX_ENTRY_LINE_BYTES:
                    raise EntryError(
                        _("{self_name}: entries.jsonl line {number} is over 1 MB.").format(
                            self_name=self.name, number=number
                        )
                    )
                if line.strip():
                    yield (
                        number,
                        format.parse(  # each field checked next: see format.parse
                            line,
                            _("{name}: entries.jsonl line {number}").format(
                                name=self.name, number=number
                            ),
                            format.MAX_ENTRY_LINE_BYTES,
                        ),
                    )
        self._check(format.ENTRIES, size, digest.hexdigest())

    def checked_image(self, sha256: str) -> tuple[bytes, ImageInfo]:
        """Read and decode one picture (JPEG, PNG or WEBP only; bombs refused): its bytes and
        what it is."""
        path = format.IMAGE_DIR + sha256
        entry = self.listed.get(path)
        if entry is None:
            raise MissingMemberError(
                _(
                    "{self_name}: an entry uses image {sha256}, which the bundle does not hold."
                ).format(self_name=self.name, sha256=sha256[:12])
            )
        return checked_picture(self._raw, self.member(path), entry.size, entry.sha256, self.name)


def open_bundle(path: str | Path) -> Bundle:
    """Open ``path`` and check its container and manifest (not yet its signature or content)."""
    path = Path(path)
    archive = _open_zip(path)
    try:
        bundle = Bundle(path, archive)
    except OSError as exc:
        archive.close()
        raise NotABundleError(
            _("Cannot read the bundle {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    try:
        _check_members(bundle)
        _read_manifest(bundle)
        _check_listing(bundle)
    except BaseException:
        bundle.close()
        raise
    return bundle


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise NotABundleError(
            _("Cannot read the bundle {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    if not path.is_file():
        raise NotABundleError(
            _("{path} is not a file; give the path of a .idgb bundle.").format(path=path)
        )
    if size == 0:
        raise NotABundleError(
            _("{path_name}: the file is empty; copy the bundle again.").format(path_name=path.name)
        )
    if size > format.MAX_BUNDLE_BYTES:
        raise BundleTooLargeError(
            _("{path_name}: {value} MB is over the bundle limit.").format(
                path_name=path.name, value=size // 1024**2
            )
        )
    try:
        return zipfile.ZipFile(path)
    except OSError as exc:
        raise NotABundleError(
            _("Cannot read the bundle {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    except Exception as exc:  # zipfile raises many kinds on garbage
        raise NotABundleError(
            _(
                "{path_name}: not an idguide bundle, or truncated or damaged ({error}). "
                "Copy it again or ask the publisher for a new one."
            ).format(path_name=path.name, error=why(exc))
        ) from None


def _check_members(bundle: Bundle) -> None:
    infos = bundle.archive.infolist()
    if len(infos) > format.MAX_MEMBERS:
        raise TooManyMembersError(
            _(
                "{bundle_name}: {count} members, more than the limit of {max_members}; "
                "this is not a real bundle."
            ).format(bundle_name=bundle.name, count=len(infos), max_members=format.MAX_MEMBERS)
        )
    total = 0
    for info in infos:
        _check_name(bundle, info)
        if info.filename in bundle.members:
            raise DuplicateMemberError(
                _("{bundle_name}: member {filename!r} appears twice; refused as unsafe.").format(
                    bundle_name=bundle.name, filename=info.filename
                )
            )
        bundle.members[info.filename] = info
        _check_size(bundle, info)
        total += info.file_size
        if total > format.MAX_TOTAL_UNCOMPRESSED:
            raise BundleTooLargeError(
                _("{bundle_name}: the content expands beyond the size limit.").format(
                    bundle_name=bundle.name
                )
            )


def _check_name(bundle: Bundle, info: zipfile.ZipInfo) -> None:
    name = info.orig_filename
    shown = repr(name[:80])
    if (
        "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or ".." in name.split("/")
        or (len(name) > 1 and name[1] == ":")
        or name != info.filename
    ):
        raise UnsafeMemberError(
            _(
                "{bundle_name}: member {shown} has an unsafe path (absolute, '..', "
                "backslash or drive letter); refused."
            ).format(bundle_name=bundle.name, shown=shown)
        )
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode) or info.is_dir():
        raise UnsafeMemberError(
            _(
                "{bundle_name}: member {shown} is a symlink or folder; bundles hold "
                "plain files only."
            ).format(bundle_name=bundle.name, shown=shown)
        )
    if not format.MEMBER_PATTERN.match(name):
        raise UnlistedMemberError(
            _("{bundle_name}: member {shown} is not a file an idguide bundle may hold.").format(
                bundle_name=bundle.name, shown=shown
            )
        )
    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise CorruptBundleError(
            _(
                "{bundle_name}: member {shown} is encrypted or uses an unsupported compression."
            ).format(bundle_name=bundle.name, shown=shown)
        )


def _check_size(bundle: Bundle, info: zipfile.ZipInfo) -> None:
    limit = _MEMBER_LIMITS.get(info.filename, format.MAX_MEMBER_BYTES)
    if info.file_size > limit:
        raise BundleTooLargeError(
            _(
                "{bundle_name}: member {filename} expands to {file_size} bytes, over the "
                "limit of {limit}."
            ).format(
                bundle_name=bundle.name,
                filename=info.filename,
                file_size=info.file_size,
                limit=limit,
            )
        )
    if info.file_size > format.RATIO_FLOOR and info.file_size > format.MAX_RATIO * max(
        info.compress_size, 1
    ):
        raise CompressionBombError(
            _(
                "{bundle_name}: member {filename} expands {value} times (a zip bomb); refused."
            ).format(
                bundle_name=bundle.name,
                filename=info.filename,
                value=info.file_size // max(info.compress_size, 1),
            )
        )


def _read_manifest(bundle: Bundle) -> None:
    for required in (format.MANIFEST, format.SIGNATURE):
        if required not in bundle.members:
            raise MissingManifestError(
                _("{bundle_name}: no {required}; this is not a signed idguide bundle.").format(
                    bundle_name=bundle.name, required=required
                )
            )
    bundle.manifest_bytes = _read_raw(bundle, format.MANIFEST, format.MAX_MANIFEST_BYTES)
    bundle.signature = _read_raw(bundle, format.SIGNATURE, format.SIGNATURE_BYTES)
    data = format.loads(
        bundle.manifest_bytes, f"{bundle.name}: manifest.json", format.MAX_MANIFEST_BYTES
    )
    bundle.manifest = format.parse_manifest(data, bundle.name)
    bundle.listed = {entry.path: entry for entry in bundle.manifest.files}


def _read_raw(bundle: Bundle, path: str, limit: int) -> bytes:
    with bundle._open(path) as handle:
        return bundle._guard(lambda: handle.read(limit + 1), path)[: limit + 1]


def _check_listing(bundle: Bundle) -> None:
    for required in (format.PUBLISHER, format.ENTRIES):
        if required not in bundle.listed:
            raise ManifestError(
                _("{bundle_name}: the manifest does not list {required}.").format(
                    bundle_name=bundle.name, required=required
                )
            )
    for path in bundle.listed:
        if path not in bundle.members:
            raise MissingMemberError(
                _(
                    "{bundle_name}: the manifest lists {path}, which is missing from the bundle."
                ).format(bundle_name=bundle.name, path=path)
            )
    for name in bundle.members:
        if name not in bundle.listed and name not in (format.MANIFEST, format.SIGNATURE):
            raise UnlistedMemberError(
                _("{bundle_name}: member {name} is not listed in the manifest; refused.").format(
                    bundle_name=bundle.name, name=name
                )
            )
