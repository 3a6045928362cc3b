"""What every command shares: adding it to the command list, opening the catalogue, printing
JSON or text, the progress bar, and the exit status each kind of error gives.

Only light modules are imported here and in the command modules at start; each handler imports
the core code it calls, so that ``idguide`` (which opens the app) and ``idguide --help`` do not
load the bundle, PDF and spreadsheet code.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

from idguide.catalog.errors import CatalogBusyError, DiskFullError, IdguideError, ReadOnlyError
from idguide.catalog.i18n import N_
from idguide.catalog.i18n import gettext as _
from idguide.catalog.progress import ProgressFn

if TYPE_CHECKING:
    from idguide.catalog.store import Catalog

Handler = Callable[[argparse.Namespace], int]
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # add_subparsers()

# Exit statuses (README, "The command line"), one meaning each; tests/test_docs_match.py holds
# the README's table to these.
EXIT_OK = 0
EXIT_ERROR = 1  # bad input, a refused bundle, a missing product...: the message says what to do
EXIT_RED = 2  # `idguide scan`: a check is red (a lot named in an alert...)
EXIT_BUSY = 3  # the catalogue is in use by another program: try again when it has finished
EXIT_READ_ONLY = 4  # the catalogue's folder (or disk) may not be written to
EXIT_DISK_FULL = 5  # the disk is full
EXIT_USAGE = 64  # the command line could not be understood (EX_USAGE of sysexits.h)
EXIT_CANCELLED = 130  # Ctrl+C, as a shell reports it
_FAULT_STATUS: dict[type[IdguideError], int] = {
    CatalogBusyError: EXIT_BUSY,
    ReadOnlyError: EXIT_READ_ONLY,
    DiskFullError: EXIT_DISK_FULL,
}


def exit_status(exc: IdguideError) -> int:
    """The exit status for a core error: its own for each fault of the machine, else 1."""
    for kind, status in _FAULT_STATUS.items():
        if isinstance(exc, kind):
            return status
    return EXIT_ERROR


# -- the command list -----------------------------------------------------------------------


def add_command(
    sub: Commands, name: str, text: str, handler: Handler | None = None
) -> argparse.ArgumentParser:
    """Add the command ``name`` with its help ``text``, run by ``handler`` (a group of commands,
    such as ``bundle``, has none: it prints its own help)."""
    parser = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
    if handler is not None:
        parser.set_defaults(handler=handler)
    else:
        parser.set_defaults(handler=None, group=parser)
    return parser


def add_group(sub: Commands, name: str, text: str) -> Commands:
    """Add a group of commands (``idguide bundle ...``); return the list to add them to."""
    group = add_command(sub, name, text)
    return group.add_subparsers(dest=f"{name}_command", metavar="COMMAND")


def add_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON for scripts")


def add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", help="language of texts, e.g. es (falls back to the entry's default)")


# -- the catalogue and output ---------------------------------------------------------------


def open_catalog(args: argparse.Namespace, *, repair_index: bool = True) -> Catalog:
    """The catalogue ``--catalog`` names (created if missing), its index rebuilt if needed."""
    from idguide.catalog.store import open_catalog as open_store

    with progress_bar() as report:
        return open_store(args.catalog, report, repair_index=repair_index)


def refuse_catalogue_outputs(
    args: argparse.Namespace, *outputs: Path | None, replaced: Path | None = None
) -> None:
    """Refuse, before anything is written, an output that is one of the catalogue's own files
    (``--catalog``'s, or the default one's). For the commands that open no catalogue (those
    that do refuse in the core): open in the app or not, a bundle, PDF or workbook written over
    catalog.db destroys the catalogue, and files written into its folders are lost with them.
    ``replaced`` is a folder the command replaces whole: refused if a catalogue lies in it."""
    from idguide.catalog.errors import OwnFileError
    from idguide.catalog.paths import default_catalog
    from idguide.catalog.store import refuse_catalogue_file

    for catalogue in dict.fromkeys([Path(args.catalog), default_catalog()]):
        for path in outputs:
            if path is not None:
                refuse_catalogue_file(path, catalogue)
        if replaced is not None and _holds(replaced, catalogue):
            raise OwnFileError(
                _(
                    "{folder} holds the catalogue's own files ({name}); replacing it would "
                    "delete the catalogue. Choose another folder."
                ).format(folder=replaced, name=catalogue.name)
            )


def _holds(folder: Path, catalogue: Path) -> bool:
    """Whether ``catalogue`` (by its name or its real path) lies in ``folder``."""
    places = (os.path.abspath(folder), os.path.realpath(folder))
    files = (os.path.abspath(catalogue), os.path.realpath(catalogue))
    return any(Path(file).is_relative_to(place) for place in places for file in files)


def print_json(data: object) -> None:
    """``data`` as JSON, with every character the one rule for text refuses written as a
    ``\\uXXXX`` escape (JSON itself escapes only C0 controls): the same data for a program, and
    nothing a terminal obeys. (Such characters can only stand inside JSON strings.)"""
    from idguide.catalog.cleantext import FORBIDDEN

    text = json.dumps(data, ensure_ascii=False, indent=2)
    print(FORBIDDEN.sub(lambda found: f"\\u{ord(found.group()):04x}", text))


class SafeStream:
    """A text stream that never passes on a control character from content: what the one rule
    for text refuses (ESC, C1, bidi overrides...) is written as a visible escape
    (:func:`idguide.catalog.cleantext.printable`). A write may start with a carriage return,
    which the progress bar uses to redraw its line."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from idguide.catalog.cleantext import printable

        redraw = "\r" if text.startswith("\r") else ""
        return self._stream.write(redraw + printable(text[len(redraw) :]))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def safe_output() -> Iterator[None]:
    """Within it, stdout and stderr are :class:`SafeStream`\\ s."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def json_or_text(as_json: bool, data: object, lines: Iterable[str]) -> int:
    """Print ``data`` as JSON, or ``lines`` (only then read) for a person; return 0."""
    if as_json:
        print_json(data)
    else:
        for line in lines:
            print(line)
    return EXIT_OK


# beside a demo publisher, wherever one is listed (translated where shown)
DEMO_LABEL = N_("DEMO (fictional content)")


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


# -- progress -------------------------------------------------------------------------------


class ProgressBar:
    """A bar redrawn on one line of stderr (a terminal only); :meth:`end` ends that line."""

    WIDTH = 30

    def __init__(self) -> None:
        self.drawn = False

    def __call__(self, done: int, total: int, label: str) -> None:
        filled = self.WIDTH * done // total if total else self.WIDTH
        bar = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {label[:40]:<40}"
        print(f"\r{bar}", end="", file=sys.stderr, flush=True)
        self.drawn = True

    def end(self) -> None:
        if self.drawn:
            print(file=sys.stderr)
            self.drawn = False


class StepLines:
    """Without a terminal: one plain line on stdout per step of the work ("Checking images:
    120"), for logs."""

    def __init__(self) -> None:
        self.step = ""

    def __call__(self, done: int, total: int, label: str) -> None:
        words = label.split(" ")
        step = " ".join(words[:2]) if words[-1] == "images" else words[0]
        if step != self.step:
            self.step = step
            print(f"{step}: {total}", flush=True)


@contextmanager
def progress_bar(steps: bool = False) -> Iterator[ProgressFn | None]:
    """The progress callable for a long core call: a bar on a terminal, whose line is ended
    however the call ends (so an error message starts on a line of its own); elsewhere
    nothing, or one line per step if ``steps``."""
    if not sys.stderr.isatty():
        yield StepLines() if steps else None
        return
    bar = ProgressBar()
    try:
        yield bar
    finally:
        bar.end()
