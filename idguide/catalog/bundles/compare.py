"""A publisher's source compared with its previous bundle: what a new bundle adds, updates and
withdraws, and which entries changed without a new revision (the builder refuses those; a
preview lists them).

Entries are compared by content hash (:mod:`idguide.catalog.fingerprint`), each source entry
taken as it will be once in a bundle and read back: pictures by the sha256 of their re-encoded
bytes, every field as the bundle reader reads it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from idguide.catalog import model
from idguide.catalog.authoring.source import Problem, Source
from idguide.catalog.bundles import entries
from idguide.catalog.bundles.errors import BuildError
from idguide.catalog.bundles.reader import open_bundle
from idguide.catalog.fingerprint import content_hash
from idguide.catalog.i18n import _
from idguide.catalog.images import read_picture_file
from idguide.catalog.progress import ProgressFn, no_progress


@dataclass
class Base:
    """The previous bundle, as far as a comparison needs it."""

    name: str
    sequence: int
    products: dict[str, int]  # every live product of the publisher after it, with its revision
    hashes: dict[str, str]  # the content hash of each entry it holds (a delta holds only some)
    names: dict[str, str]  # the name, in the default language, of each entry it holds
    signer: bytes = b""


@dataclass
class Comparison:
    """What a bundle of the source would change against the base."""

    base: str
    base_sequence: int
    added: list[str] = field(default_factory=list)
    updated: list[tuple[str, int, int]] = field(default_factory=list)  # id, old, new revision
    withdrawn: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # changed without a new revision
    names: dict[str, str] = field(default_factory=dict)  # withdrawn ids' names in the base


def read_base(path: Path, source: Source) -> Base:
    """The previous bundle of ``source``'s publisher (its signature checked with its own key)."""
    with open_bundle(path) as old:
        old.require_signature()
        if old.manifest.publisher != source.publisher.id:
            raise BuildError(
                _(
                    "{path_name} is a bundle of {publisher!r}, not of {publisher_id!r}; give "
                    "this publisher's previous bundle."
                ).format(
                    path_name=path.name,
                    publisher=old.manifest.publisher,
                    publisher_id=source.publisher.id,
                )
            )
        contents = old.read_contents()
        return Base(
            path.name,
            old.manifest.sequence,
            dict(old.manifest.products),
            {p.id: content_hash(p) for p in contents.products},
            {p.id: p.t(p.name, None) for p in contents.products},
            old.signer_key(),
        )


def compare(source: Source, base_path: Path, progress: ProgressFn | None = None) -> Comparison:
    base = read_base(Path(base_path), source)
    problems = unraised(source, base, Pictures(source.folder), progress or no_progress)
    result = Comparison(base.name, base.sequence, problems=problems)
    for product in sorted(source.products, key=lambda p: p.id):
        old = base.products.get(product.id)
        if old is None:
            result.added.append(product.id)
        elif old != product.revision:
            result.updated.append((product.id, old, product.revision))
        else:
            result.unchanged.append(product.id)
    result.withdrawn = sorted(set(base.products) - {p.id for p in source.products})
    result.names = {pid: base.names.get(pid, "") for pid in result.withdrawn}
    return result


def unraised(
    source: Source, base: Base, pictures: Pictures, report: ProgressFn = no_progress
) -> list[Problem]:
    """The entries whose content changed since ``base`` without a new revision, and those
    whose revision went down, each at its file."""
    problems = []
    same = [p for p in source.products if base.products.get(p.id) == p.revision]
    for done, product in enumerate(same):
        report(done, len(same), f"Comparing with {base.name}")
        old = base.hashes.get(product.id)
        if old is not None and old != published_hash(source, product, pictures):
            message = _(
                "{product} has changed since {base} but still has revision {revision}; raise it "
                "to {next}."
            ).format(
                product=product.id,
                base=base.name,
                revision=product.revision,
                next=product.revision + 1,
            )
            problems.append(Problem(source.files.get(product.id, product.id), "revision", message))
    for product in source.products:
        old_revision = base.products.get(product.id)
        if old_revision is not None and product.revision < old_revision:
            message = _(
                "{product} has revision {revision}, lower than {old} in {base}; give it {next} or "
                "more."
            ).format(
                product=product.id,
                revision=product.revision,
                old=old_revision,
                base=base.name,
                next=old_revision + 1,
            )

            problems.append(Problem(source.files.get(product.id, product.id), "revision", message))
    return problems


def published_hash(source: Source, product: model.Product, pictures: Pictures) -> str:
    """The content hash ``product`` will have once in a bundle and read back."""
    sha_of = {image.ref: pictures.sha(image) for image in product.images}
    where = f"{source.folder.name}: {product.id}"
    return content_hash(
        entries.read_product(entries.product_json(product, sha_of), where, source.publisher)
    )


class Pictures:
    """The source's pictures re-encoded as a bundle holds them, each once; their sha256s are
    kept for comparing entries with a previous bundle."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.shas: dict[Path, str] = {}

    def cleaned(self, image: model.Image) -> tuple[str, bytes]:
        from idguide.catalog.bundles.build import clean_image

        assert image.source is not None
        where = f"{self.folder.name}/{image.ref}"
        data = clean_image(read_picture_file(image.source, where), where)
        sha = self.shas[image.source] = hashlib.sha256(data).hexdigest()
        return sha, data

    def sha(self, image: model.Image) -> str:
        assert image.source is not None
        known = self.shas.get(image.source)
        return known if known is not None else self.cleaned(image)[0]
