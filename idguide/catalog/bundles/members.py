"""Reading one member of a checked bundle straight from the file, and checking what was read.

zipfile takes 21 us to hand over a small stored picture (a new ZipExtFile, a seek, a header
parse, a CRC in Python-sized steps); thirty thousand pictures made that most of a second on each
core. Once the container has passed the checks in :mod:`~idguide.catalog.bundles.reader`, where
each member lies is known (:class:`Member`), so its bytes are read with one seek and read, 4-5 us.
The checks zipfile makes are kept: the local header must name the member as the central
directory does, and the CRC must match (a damaged copy, told apart from a changed one, which the
sha256 check after it finds). No more than a member's limit plus one byte is ever kept, so a
member longer than the manifest says shows as such.

The picture helper process (:mod:`~idguide.catalog.bundles.imagecheck`) reads its pictures the
same way, from the places this process found, and checks them with the same functions.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from typing import BinaryIO, NamedTuple

from idguide.catalog.bundles.errors import BundleImageError, CorruptBundleError, HashMismatchError
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _
from idguide.catalog.images import ImageInfo, inspect_image

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # a ZIP local file header; the last two: name, extra
_LOCAL_SIGNATURE = b"PK\x03\x04"


class Member(NamedTuple):
    """Where a member's bytes lie, as the checked central directory says."""

    name: str
    offset: int  # of its local header
    compressed: int
    size: int
    crc: int
    method: int  # zipfile.ZIP_STORED or ZIP_DEFLATED (others are refused when opening)
    extra: int  # length of the directory's extra field: the local one is usually as long

    @classmethod
    def of(cls, info: zipfile.ZipInfo) -> Member:
        return cls(info.filename, *place(info))


def place(info: zipfile.ZipInfo) -> tuple[int, int, int, int, int, int]:
    """A :class:`Member`'s fields after its name."""
    return (
        info.header_offset,
        info.compress_size,
        info.file_size,
        info.CRC,
        info.compress_type,
        len(info.extra),
    )


def read_member(handle: BinaryIO, member: Member, limit: int, where: str) -> bytes:
    """At most ``limit`` + 1 bytes of ``member`` (``where``: the bundle's name, for messages)."""
    try:
        return _member_bytes(handle, member, limit)
    except (OSError, EOFError, ValueError, MemoryError, zipfile.BadZipFile, zlib.error) as exc:
        raise damaged(where, member.name, exc) from None


def damaged(where: str, name: str, exc: BaseException) -> CorruptBundleError:
    """The refusal of a member that cannot be read as the directory describes it."""
    return CorruptBundleError(
        _(
            "{where}: member {name} is damaged ({error}). Copy the bundle again or "
            "ask the publisher for a new one."
        ).format(where=where, name=name, error=why(exc))
    )


def why(exc: BaseException) -> str:
    """The first line of what ``exc`` says, short, for a message."""
    text = str(exc).splitlines()[0][:100] if str(exc) else ""
    return text or exc.__class__.__name__


def _member_bytes(handle: BinaryIO, member: Member, limit: int) -> bytes:
    name = member.name.encode("ascii")  # member names are ASCII (format.MEMBER_PATTERN)
    stored = member.method == zipfile.ZIP_STORED
    # a deflate stream of n bytes is never much longer than n: read no more than that
    wanted = min(member.compressed, limit + 1 if stored else 2 * limit + 1024)
    start = _LOCAL_HEADER.size + len(name)
    handle.seek(member.offset)
    block = handle.read(start + member.extra + wanted)
    if (
        len(block) < start
        or block[:4] != _LOCAL_SIGNATURE
        or block[_LOCAL_HEADER.size : start] != name
    ):
        raise zipfile.BadZipFile("its local header does not match the directory")
    begin = start + _LOCAL_HEADER.unpack_from(block)[-1]  # after the local extra field
    if begin + wanted > len(block):
        block += handle.read(begin + wanted - len(block))
    raw = block[begin : begin + wanted]
    data = raw if stored else zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, limit + 1)
    if len(data) == member.size and zlib.crc32(data) != member.crc:
        raise zipfile.BadZipFile(f"Bad CRC-32 for file {member.name!r}")
    return data


def check_content(where: str, path: str, found: tuple[int, str], size: int, sha256: str) -> None:
    """Refuse a member whose ``found`` (size, sha256) is not the ``size`` and ``sha256`` the
    signed manifest gives."""
    if found[0] != size:
        raise HashMismatchError(
            _(
                "{where}: {path} has {found} bytes, the manifest says {size}. The bundle "
                "was changed after signing; do not install it."
            ).format(where=where, path=path, found=found[0], size=size)
        )
    if found[1] != sha256:
        raise HashMismatchError(
            _(
                "{where}: {path} does not match its sha256 in the manifest. The bundle "
                "was changed after signing; do not install it."
            ).format(where=where, path=path)
        )


def checked_picture(
    handle: BinaryIO, member: Member, size: int, sha256: str, where: str
) -> tuple[bytes, ImageInfo]:
    """Read, check and decode one picture (JPEG, PNG or WEBP only; bombs refused): its bytes
    and what it is."""
    data = read_member(handle, member, size, where)
    check_content(where, member.name, (len(data), hashlib.sha256(data).hexdigest()), size, sha256)
    try:
        return data, inspect_image(data, f"{where}: {member.name}")
    except IdguideError as exc:
        raise BundleImageError(_("{error} Nothing was installed.").format(error=exc)) from None
