"""The ``.idgb`` bundle format: member names, limits, canonical JSON and the manifest.

A bundle is one ZIP holding exactly these members::

    manifest.json      what the bundle is, and every other file with its size and sha256
    manifest.sig       Ed25519 signature (64 bytes) over the exact bytes of manifest.json
    publisher.json     the publisher: names, brands, contacts
    entries.jsonl      one product per line, or a tombstone {"id", "revision", "withdrawn": true}
    images/<sha256>    each picture once, named by the sha256 of its bytes
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from idguide import __version__
from idguide.catalog.bundles.errors import (
    DuplicateKeyError,
    JsonNestingError,
    MalformedJsonError,
    ManifestError,
    UnsupportedFormatError,
)
from idguide.catalog.i18n import _
from idguide.catalog.model import ID_PATTERN

# Format 2 (idguide 0.2) adds what scanned codes are checked against: lot and serial formats and
# the shelf life of a product, the serials an alert names, the GS1 prefixes a publisher
# declares. An idguide that reads format 1 only refuses a format 2 bundle with "install idguide
# 0.2 or newer" (from MIN_APP_VERSION) before it reads an entry, rather than "unknown field".
FORMAT_VERSION = "2.0"
READS_MAJORS = (1, 2)  # format 1 bundles are read as they always were
MIN_APP_VERSION = "0.2"
SUFFIX = ".idgb"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PUBLISHER = "publisher.json"
ENTRIES = "entries.jsonl"
IMAGE_DIR = "images/"
MEMBER_PATTERN = re.compile(
    r"\A(?:manifest\.json|manifest\.sig|publisher\.json|entries\.jsonl|images/[0-9a-f]{64})\Z"
)
SHA_PATTERN = re.compile(r"\A[0-9a-f]{64}\Z")
KINDS = ("full", "delta")

# Limits far above any real bundle (100,000 products, 300,000 pictures), far below harm.
MAX_BUNDLE_BYTES = 8 * 1024**3
MAX_MEMBERS = 400_000
MAX_TOTAL_UNCOMPRESSED = 8 * 1024**3
MAX_MEMBER_BYTES = 64 * 1024**2
MAX_RATIO = 100  # uncompressed / compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 1024**2
MAX_MANIFEST_BYTES = 64 * 1024**2
MAX_PUBLISHER_BYTES = 1024**2
MAX_ENTRY_LINE_BYTES = 1024**2
MAX_ENTRIES_BYTES = 2 * 1024**3
MAX_JSON_DEPTH = 12
MAX_ENTRIES = 500_000
SIGNATURE_BYTES = 64
# A publisher numbers its bundles 1, 2, 3...: a sequence near the top of what JSON can count
# would refuse the publisher's own next bundle for ever. So a sequence is at most MAX_SEQUENCE,
# first install included, and at most MAX_SEQUENCE_STEP past the installed one.
MAX_SEQUENCE = 10**9
MAX_SEQUENCE_STEP = 100_000


def dumps(data: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8; the same data always gives the same bytes."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def loads(data: bytes, where: str, limit: int) -> Any:
    """Parse JSON from a bundle: size and nesting bounded, any failure a MalformedJsonError."""
    value = parse(data, where, limit)
    require_depth(value, where)
    return value


def parse(data: bytes, where: str, limit: int) -> Any:
    """:func:`loads` without the nesting limit, for JSON whose every field is then checked for
    its type: what passes those checks nests no deeper than they allow, and what fails them is
    measured with :func:`require_depth` to say why (see ``Bundle.read_contents``)."""
    if len(data) > limit:
        raise MalformedJsonError(
            _("{where}: {count} bytes, over the limit of {limit}.").format(
                where=where, count=len(data), limit=limit
            )
        )
    try:
        return _DECODER.decode(data.decode("utf-8"))
    except RecursionError:
        raise JsonNestingError(
            _("{where}: the JSON nests far too deep.").format(where=where)
        ) from None
    except DuplicateKeyError as exc:
        raise DuplicateKeyError(
            _("{where}: {error}; refused (readers could disagree).").format(where=where, error=exc)
        ) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise MalformedJsonError(
            _("{where}: not valid JSON ({error}).").format(where=where, error=_short(exc))
        ) from None


def require_depth(value: Any, where: str) -> None:
    if depth(value) > MAX_JSON_DEPTH:
        raise JsonNestingError(
            _(
                "{where}: the JSON nests deeper than {max_json_depth} levels; no bundle needs that."
            ).format(where=where, max_json_depth=MAX_JSON_DEPTH)
        )


def _no_constant(name: str) -> Any:
    raise ValueError(_("{name} is not allowed").format(name=name))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are each there once: with a key twice, the last one would win here
    while another reader of the same signed bytes may take the first."""
    value = dict(pairs)
    if len(value) != len(pairs):
        keys = [key for key, _ in pairs]
        twice = next(key for key in keys if keys.count(key) > 1)
        raise DuplicateKeyError(
            _("the key {twice!r} appears twice in one object").format(twice=twice[:40])
        )
    return value


# NaN and Infinity are refused, and so is a key given twice in one object
_DECODER = json.JSONDecoder(parse_constant=_no_constant, object_pairs_hook=_no_duplicates)


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else exc.__class__.__name__


def depth(value: Any) -> int:
    """How deep lists and objects nest (a scalar is 0), without recursion; stops counting
    once past the limit."""
    deepest, level, layer = 0, 0, [value]
    while layer and level <= MAX_JSON_DEPTH:
        containers = [item for item in layer if isinstance(item, (dict, list))]
        if not containers:
            break
        level += 1
        deepest = level
        layer = [
            child
            for item in containers
            for child in (item.values() if isinstance(item, dict) else item)
        ]
    return deepest


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass
class Manifest:
    publisher: str
    sequence: int
    kind: str
    created_at: str
    signer_key: str  # base64 of the raw 32-byte Ed25519 public key
    key_id: str
    files: list[FileEntry]
    counts: dict[str, int]
    products: dict[str, int] = field(default_factory=dict)  # the publisher's live entries
    base_sequence: int | None = None
    bundle_id: str = ""
    format_version: str = FORMAT_VERSION
    min_app_version: str = MIN_APP_VERSION

    def as_json(self) -> dict[str, Any]:
        return {
            "format_version": self.format_version,
            "bundle_id": self.bundle_id or f"{self.publisher}-{self.sequence}",
            "publisher": self.publisher,
            "sequence": self.sequence,
            "kind": self.kind,
            "base_sequence": self.base_sequence,
            "created_at": self.created_at,
            "min_app_version": self.min_app_version,
            "signer": {"key_id": self.key_id, "public_key": self.signer_key},
            "counts": self.counts,
            "products": [[pid, rev] for pid, rev in sorted(self.products.items())],
            "files": [
                {"path": f.path, "size": f.size, "sha256": f.sha256}
                for f in sorted(self.files, key=lambda f: f.path)
            ],
        }


def parse_manifest(data: Any, where: str) -> Manifest:
    """Check the manifest's shape strictly; an unknown major version is refused first."""
    if not isinstance(data, dict):
        raise ManifestError(_("{where}: manifest.json must hold an object.").format(where=where))
    check_version(data, where)
    try:
        return _manifest(data, where)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ManifestError(
            _("{where}: manifest.json is malformed ({error}).").format(
                where=where, error=_short(exc)
            )
        ) from None


def check_version(data: dict, where: str) -> None:
    version = data.get("format_version")
    needs = data.get("min_app_version")
    needs = (
        needs
        if isinstance(needs, str) and re.fullmatch(r"\d{1,4}(\.\d{1,4}){0,3}", needs)
        else None
    )
    match = re.fullmatch(r"(\d{1,4})\.(\d{1,4})", version) if isinstance(version, str) else None
    if match is None:
        raise ManifestError(
            _('{where}: manifest.json has no valid format_version (e.g. "1.0").').format(
                where=where
            )
        )
    if int(match.group(1)) not in READS_MAJORS:
        newer = needs if needs and _version_tuple(needs) > _version_tuple(__version__) else None
        *others, last = [f"{major}.x" for major in READS_MAJORS]
        readable = (
            _("{formats} and {last}").format(formats=", ".join(others), last=last)
            if others
            else last
        )

        message = (
            _(
                "{where}: this bundle is in format {format}; this idguide {version} reads format "
                "{readable} only. Update idguide to read this bundle: install idguide {newer} or "
                "newer."
            )
            if newer
            else _(
                "{where}: this bundle is in format {format}; this idguide {version} reads format "
                "{readable} only. Update idguide to read this bundle: install a newer idguide."
            )
        )
        raise UnsupportedFormatError(
            message.format(
                where=where, format=version, version=__version__, readable=readable, newer=newer
            )
        )

    if needs and _version_tuple(needs) > _version_tuple(__version__):
        raise UnsupportedFormatError(
            _(
                "{where}: this bundle needs idguide {needs} or newer (this is "
                "{version}). Update idguide."
            ).format(where=where, needs=needs, version=__version__)
        )


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:4])


def _manifest(data: dict, where: str) -> Manifest:
    publisher = _text(data, "publisher", ID_PATTERN)
    kind = data["kind"]
    if kind not in KINDS:
        raise ValueError(_("kind must be full or delta, not {kind!r}").format(kind=str(kind)[:20]))
    base = data.get("base_sequence")
    if kind == "delta":
        base = _sequence(base, "base_sequence")
    elif base is not None:
        raise ValueError(_("a full bundle has no base_sequence"))
    signer = data["signer"]
    return Manifest(
        publisher=publisher,
        sequence=_sequence(data["sequence"], "sequence", minimum=1),
        kind=kind,
        base_sequence=base,
        created_at=_text(data, "created_at", re.compile(r"\A[0-9T:+\-.Z ]{4,40}\Z")),
        signer_key=_text(signer, "public_key", re.compile(r"\A[A-Za-z0-9+/=]{40,60}\Z")),
        key_id=_text(signer, "key_id", re.compile(r"\A[0-9a-f]{16}\Z")),
        files=_files(data["files"]),
        counts={str(k): _count(v, f"counts.{k}") for k, v in _dict(data["counts"]).items()},
        products=_products(data["products"]),
        bundle_id=_text(data, "bundle_id", re.compile(r"\A[A-Za-z0-9._:@-]{1,120}\Z")),
        format_version=data["format_version"],
        min_app_version=str(data.get("min_app_version", "")),
    )


def _dict(value: Any) -> dict:
    if not isinstance(value, dict):
        raise TypeError(_("expected an object"))
    return value


def _text(data: Any, key: str, pattern: re.Pattern[str]) -> str:
    value = _dict(data)[key]
    if not isinstance(value, str) or not pattern.match(value):
        raise ValueError(_("{key} is missing or malformed").format(key=key))
    return value


def _count(value: Any, name: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value < 2**53:
        raise ValueError(
            _("{name} must be a whole number, {minimum} or more").format(name=name, minimum=minimum)
        )
    return value


def _sequence(value: Any, name: str, minimum: int = 0) -> int:
    number = _count(value, name, minimum)
    if number > MAX_SEQUENCE:
        raise ValueError(
            _("{name} {number} is above {max_sequence:,}, the highest a bundle may have").format(
                name=name, number=number, max_sequence=MAX_SEQUENCE
            )
        )
    return number


def _files(value: Any) -> list[FileEntry]:
    if not isinstance(value, list):
        raise TypeError(_("files must be a list"))
    files = []
    for item in value:
        path = _text(item, "path", MEMBER_PATTERN)
        if path in (MANIFEST, SIGNATURE):
            raise ValueError(_("files must not list {path}").format(path=path))
        sha = _text(item, "sha256", SHA_PATTERN)
        if path.startswith(IMAGE_DIR) and path != IMAGE_DIR + sha:
            # pictures are stored by content: one listed under another's name could stand in
            # for that picture in every entry, of any publisher, that uses it
            raise ValueError(_("{path} is not named by its own sha256").format(path=path))
        files.append(FileEntry(path, _count(item["size"], "size"), sha))
    if len({f.path for f in files}) != len(files):
        raise ValueError(_("files lists a path twice"))
    return files


def _products(value: Any) -> dict[str, int]:
    if not isinstance(value, list):
        raise TypeError(_("products must be a list"))
    result: dict[str, int] = {}
    for item in value:
        if not isinstance(item, list) or len(item) != 2:
            raise ValueError(_("products holds [id, revision] pairs"))
        pid = item[0]
        if not isinstance(pid, str) or not ID_PATTERN.match(pid):
            raise ValueError(_("products holds a malformed id"))
        result[pid] = _count(item[1], "revision", minimum=1)
    return result
