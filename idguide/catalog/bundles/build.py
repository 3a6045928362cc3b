"""Building a signed ``.idgb`` bundle from a publisher's authoring folder.

The same source, sequence and date always give a byte-identical bundle: members are written in a
fixed order with fixed timestamps and permissions, JSON is canonical, and pictures are re-encoded
deterministically. ``created_at`` is an input, not the clock's reading: pass it, or set
``SOURCE_DATE_EPOCH``; otherwise today's date (UTC midnight) is used.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image as PILImage
from PIL import ImageOps

from idguide.catalog import model
from idguide.catalog.authoring.source import Source, read_source
from idguide.catalog.bundles import entries, format
from idguide.catalog.bundles.compare import Base, Pictures, read_base, unraised
from idguide.catalog.bundles.errors import BuildError
from idguide.catalog.bundles.format import FileEntry, Manifest
from idguide.catalog.bundles.keys import key_id, load_private_key, raw_public
from idguide.catalog.errors import SourceError
from idguide.catalog.i18n import _, ngettext
from idguide.catalog.images import FORMATS, inspect_image
from idguide.catalog.progress import ProgressFn, no_progress

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass
class BuildResult:
    path: Path
    publisher: str
    sequence: int
    kind: str
    counts: dict[str, int]
    base_sequence: int | None = None  # the bundle compared with (--delta-from or --base)
    withdrawn: list[str] = field(default_factory=list)  # live in the base, gone from the source


def build_bundle(
    source_folder: str | Path,
    out_path: str | Path,
    private_key: Ed25519PrivateKey | str | Path,
    sequence: int | None = None,
    delta_from: str | Path | None = None,
    progress: ProgressFn | None = None,
    created_at: str | None = None,
    base: str | Path | None = None,
) -> BuildResult:
    """Check ``source_folder`` (refusing on any problem) and write a signed bundle to ``out_path``.

    A full bundle needs ``sequence``. With ``delta_from`` (the publisher's previous bundle) the
    result is a delta holding only products whose revision changed, plus tombstones for products
    gone from the source; its sequence defaults to the previous one plus one. A full bundle
    given ``base`` (the previous bundle) is compared with it the same way: the result says which
    products it withdraws. Either way an entry whose content changed without a new revision is
    refused, naming it (officers holding that revision would keep the old text).
    """
    source = read_source(Path(source_folder))
    return write_bundle(
        source, out_path, private_key, sequence, delta_from, progress, created_at, base
    )


def write_bundle(
    source: Source,
    out_path: str | Path,
    private_key: Ed25519PrivateKey | str | Path,
    sequence: int | None = None,
    delta_from: str | Path | None = None,
    progress: ProgressFn | None = None,
    created_at: str | None = None,
    base: str | Path | None = None,
) -> BuildResult:
    """Write ``source`` (already read and checked, or made in memory by a program) as a signed
    bundle; see :func:`build_bundle`."""
    if delta_from and base:
        raise BuildError(
            _("Give --delta-from or --base, not both: a delta's base is --delta-from.")
        )
    key = (
        private_key
        if isinstance(private_key, Ed25519PrivateKey)
        else load_private_key(Path(private_key))
    )
    report = progress or no_progress
    stamp = _created_at(created_at)
    previous = read_base(Path(delta_from or base or ""), source) if delta_from or base else None
    if delta_from and previous and previous.signer != raw_public(key.public_key()):
        raise BuildError(
            _("{previous_name} was signed with another key than the one given.").format(
                previous_name=previous.name
            )
        )
    sequence = _sequence(sequence, previous)
    pictures = Pictures(source.folder)
    if previous is not None:
        _refuse_unraised(source, previous, pictures, report)
    delta = previous if delta_from else None
    products = _changed(source.products, delta)
    tombstones = _gone(source, delta)
    writer = _Writer(Path(out_path), pictures)
    try:
        sha_of = writer.add_images(products, report)
        lines = [entries.product_json(p, sha_of[p.id]) for p in products]
        lines += [entries.tombstone_json(pid, rev) for pid, rev in sorted(tombstones.items())]
        writer.add(format.ENTRIES, b"".join(format.dumps(line) + b"\n" for line in lines))
        writer.add(format.PUBLISHER, format.dumps(entries.publisher_json(source.publisher)))
        manifest = Manifest(
            publisher=source.publisher.id,
            sequence=sequence,
            kind="delta" if delta else "full",
            base_sequence=delta.sequence if delta else None,
            created_at=stamp,
            signer_key=base64.b64encode(raw_public(key.public_key())).decode(),
            key_id=key_id(key.public_key()),
            files=writer.files,
            counts={
                "products": len(products),
                "withdrawn": len(tombstones),
                "images": len(writer.files) - 2,
            },
            products={p.id: p.revision for p in source.products},
        )
        data = format.dumps(manifest.as_json())
        writer.add(format.MANIFEST, data, listed=False)
        writer.add(format.SIGNATURE, key.sign(data), listed=False)
        writer.finish()
    except BaseException:
        writer.abandon()
        raise
    return BuildResult(
        writer.out,
        manifest.publisher,
        sequence,
        manifest.kind,
        manifest.counts,
        previous.sequence if previous else None,
        sorted(set(previous.products) - {p.id for p in source.products}) if previous else [],
    )


def _refuse_unraised(
    source: Source, previous: Base, pictures: Pictures, report: ProgressFn
) -> None:
    """Refuse, naming them, the entries whose content changed since ``previous`` without a new
    revision, and those whose revision went down: a catalogue holding the base's revision would
    keep its old text, while the publisher believes the change went out."""
    problems = unraised(source, previous, pictures, report)
    if problems:
        count = len(problems)
        raise SourceError(
            ngettext(
                "{count} entry changed without a new revision, so officers holding "
                "{previous_name} would keep the old text; nothing was written. First: {problems}",
                "{count} entries changed without a new revision, so officers holding "
                "{previous_name} would keep the old text; nothing was written. First: {problems}",
                count,
            ).format(count=count, previous_name=previous.name, problems=problems[0]),
            problems,
        )


def _sequence(sequence: int | None, previous: Base | None) -> int:
    if sequence is None:
        if previous is None:
            raise BuildError(
                _(
                    "Give the bundle a sequence number (--sequence N): 1 for the first "
                    "bundle, then always greater than the last one published."
                )
            )
        return previous.sequence + 1
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise BuildError(_("The sequence must be a whole number, 1 or more."))
    if sequence > format.MAX_SEQUENCE:
        raise BuildError(
            _("The sequence must be at most {max_sequence:,}; number bundles 1, 2, 3...").format(
                max_sequence=format.MAX_SEQUENCE
            )
        )
    if previous and sequence <= previous.sequence:
        raise BuildError(
            _("The sequence must be greater than {sequence}, the previous bundle's.").format(
                sequence=previous.sequence
            )
        )
    return sequence


def _changed(products: list[model.Product], previous: Base | None) -> list[model.Product]:
    ordered = sorted(products, key=lambda p: p.id)
    if previous is None:
        return ordered
    return [p for p in ordered if previous.products.get(p.id) != p.revision]


def _gone(source: Source, previous: Base | None) -> dict[str, int]:
    if previous is None:
        return {}
    present = {p.id for p in source.products}
    return {pid: rev + 1 for pid, rev in previous.products.items() if pid not in present}


def _created_at(value: str | None) -> str:
    if value:
        return bundle_date(value)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        moment = datetime.fromtimestamp(int(epoch), UTC)
    else:
        moment = datetime.now(UTC).replace(hour=0, minute=0, second=0)
    return moment.replace(microsecond=0).isoformat()


def bundle_date(value: str) -> str:
    """A bundle's date as its manifest holds it: a day (YYYY-MM-DD, midnight UTC) or an
    ISO 8601 time; a time without a zone is taken as UTC."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BuildError(
            _(
                "The bundle date {value!r} is not a date; write it as YYYY-MM-DD, e.g. "
                "2026-11-01 (or an ISO 8601 time such as 2026-11-01T09:30:00+00:00)."
            ).format(value=value)
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def clean_image(data: bytes, where: str) -> bytes:
    """The picture re-encoded in its own format: orientation applied, metadata dropped."""
    inspect_image(data, where)
    with PILImage.open(io.BytesIO(data), formats=FORMATS) as picture:
        fmt = picture.format or "PNG"
        upright = ImageOps.exif_transpose(picture)
        upright = upright if upright is not None else picture.copy()
    transparency = upright.info.get("transparency")
    upright.info = {} if transparency is None else {"transparency": transparency}
    out = io.BytesIO()
    if fmt == "JPEG":
        upright.save(out, "JPEG", quality=92)
    elif fmt == "WEBP":
        upright.save(out, "WEBP", quality=90, method=4)
    else:
        upright.save(out, "PNG")
    return out.getvalue()


class _Writer:
    """Writes members to a temporary file beside ``out``, then renames it into place."""

    def __init__(self, out: Path, pictures: Pictures) -> None:
        self.out = out
        self.pictures = pictures
        self.temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            self.archive = zipfile.ZipFile(self.temporary, "w")
        except OSError as exc:
            raise BuildError(
                _("Cannot write {out} ({reason}).").format(out=out, reason=exc.strerror)
            ) from None
        self.files: list[FileEntry] = []
        self.names: set[str] = set()

    def add(self, name: str, data: bytes, listed: bool = True, compress: bool = True) -> None:
        info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        self.archive.writestr(info, data)
        self.names.add(name)
        if listed:
            self.files.append(FileEntry(name, len(data), hashlib.sha256(data).hexdigest()))

    def add_images(
        self, products: list[model.Product], report: ProgressFn
    ) -> dict[str, dict[str, str]]:
        """Re-encode and add each picture once; return, per product, image ref -> sha256."""
        by_path: dict[Path, str] = {}
        sha_of: dict[str, dict[str, str]] = {}
        total = sum(len(p.images) for p in products)
        done = 0
        for product in products:
            refs = sha_of.setdefault(product.id, {})
            for image in product.images:
                report(done, total, f"Adding image {image.ref}")
                done += 1
                assert image.source is not None
                if image.source not in by_path:
                    by_path[image.source] = self._add_image(image)
                refs[image.ref] = by_path[image.source]
        return sha_of

    def _add_image(self, image: model.Image) -> str:
        sha, data = self.pictures.cleaned(image)
        name = format.IMAGE_DIR + sha
        if name not in self.names:
            self.add(name, data, compress=False)
        return sha

    def finish(self) -> None:
        self.archive.close()
        os.replace(self.temporary, self.out)

    def abandon(self) -> None:
        self.archive.close()
        self.temporary.unlink(missing_ok=True)
