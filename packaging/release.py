"""After `make dist`: the build's size per component, its glibc floor, and the release archive.

    python packaging/release.py dist/idguide

Prints what the folder holds by component (Qt, Python, idguide's code, assets, other
libraries) and fails if it is over the size budget; prints the oldest glibc it runs on (the
highest GLIBC_ version any bundled binary needs); then writes
dist/idguide-<version>-linux-x86_64.tar.gz and its SHA-256 beside it (``.sha256``, in the
format ``sha256sum -c`` reads). tests/test_frozen.py uses the same functions.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import subprocess
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

BUDGET_MB = 250  # the whole folder, on Linux
MB = 1_000_000

QT = "Qt (PySide6, Qt libraries and plugins, ICU)"
PYTHON = "Python (interpreter, standard library)"
CODE = "idguide's code"
ASSETS = "assets (demo content, fonts)"
OTHER = "other libraries (Pillow, cryptography, fontTools, whoosh, X11...)"
COMPONENTS = (QT, PYTHON, CODE, ASSETS, OTHER)
QT_FILES = ("PySide6", "shiboken6", "libQt6", "libicu", "libpyside6", "libshiboken6")


def files(folder: Path) -> Iterator[Path]:
    """Every file in ``folder``; a symbolic link is its own few bytes, never its target."""
    for root, _, names in os.walk(folder):
        for name in names:
            yield Path(root) / name


def component(relative: Path) -> str:
    """Which component a file of the folder belongs to (the program itself is split apart
    by :func:`program_sizes`)."""
    parts = relative.parts
    if parts[0] != "_internal" or len(parts) < 2:
        return PYTHON
    top = parts[1]
    if top == "idguide":
        return ASSETS if parts[2:3] == ("assets",) else CODE
    if top.startswith(QT_FILES):
        return QT
    if top.startswith(("libpython", "python3")) or top == "base_library.zip":
        return PYTHON
    return OTHER


def module_component(name: str) -> str:
    top = name.split(".")[0]
    if top == "idguide":
        return CODE
    if top in ("PySide6", "shiboken6"):
        return QT
    if top in sys.stdlib_module_names or top.startswith("pyimod"):
        return PYTHON
    return OTHER


def program_sizes(program: Path) -> Counter[str]:
    """The program file by component: the Python modules in its archive (compressed, as
    stored), and the rest (the bootloader that starts Python) counted as Python."""
    from PyInstaller.archive.readers import CArchiveReader

    sizes: Counter[str] = Counter()
    package = CArchiveReader(str(program))
    for name, (*_, typecode) in package.toc.items():
        if typecode == "z":  # the PYZ archive of pure-Python modules
            for module, (_, _, length) in package.open_embedded_archive(name).toc.items():
                sizes[module_component(module)] += length
    sizes[PYTHON] += program.stat().st_size - sum(sizes.values())
    return sizes


def sizes(folder: Path) -> Counter[str]:
    """Bytes per component of the whole folder."""
    found: Counter[str] = Counter()
    program = folder / folder.name
    for path in files(folder):
        if path == program:
            found.update(program_sizes(path))
        else:
            found[component(path.relative_to(folder))] += path.lstat().st_size
    return found


def report(found: Counter[str]) -> str:
    total = sum(found.values())
    lines = [f"  {name:<66} {found[name] / MB:7.1f} MB" for name in COMPONENTS]
    lines.append(f"  {'total':<66} {total / MB:7.1f} MB (budget {BUDGET_MB} MB)")
    return "\n".join(lines)


def elf_files(folder: Path) -> Iterator[Path]:
    """The folder's executables and shared libraries (symbolic links left out)."""
    for path in files(folder):
        if not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def glibc_floor(folder: Path) -> tuple[tuple[int, ...], Path]:
    """The highest GLIBC_ version any binary of the folder needs, and one binary needing it:
    the oldest glibc the build runs on. (``objdump -p`` lists each binary's needed versions.)"""
    best: tuple[tuple[int, ...], Path] = ((0,), folder)
    for path in elf_files(folder):
        out = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for version in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", out):
            parsed = tuple(int(part) for part in version.split("."))
            if parsed > best[0]:
                best = (parsed, path)
    return best


def version() -> str:
    text = (Path(__file__).resolve().parents[1] / "idguide" / "__init__.py").read_text()
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if found is None:
        raise SystemExit("idguide/__init__.py has no __version__")
    return found[1]


def archive(folder: Path) -> Path:
    """``idguide-<version>-linux-x86_64.tar.gz`` beside the folder, holding it as ``idguide/``,
    and its ``.sha256``."""
    name = f"idguide-{version()}-{platform.system().lower()}-{platform.machine()}.tar.gz"
    target = folder.parent / name

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name, filter=owned_by_root)
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    target.with_name(name + ".sha256").write_text(f"{digest.hexdigest()}  {name}\n")
    return target


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "dist/idguide")
    found = sizes(folder)
    print(f"{folder}: size by component")
    print(report(found))
    floor, needing = glibc_floor(folder)
    floor_text = ".".join(map(str, floor))
    print(f"Runs on glibc {floor_text} or later ({needing.relative_to(folder)} needs it).")
    if sum(found.values()) > BUDGET_MB * MB:
        print(f"{folder} is over its {BUDGET_MB} MB budget.", file=sys.stderr)
        return 1
    target = archive(folder)
    print(f"{target} ({target.stat().st_size / MB:.1f} MB), SHA-256 in {target.name}.sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
