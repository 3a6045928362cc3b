"""The ``idguide`` command line: every command, and what happens when one fails.

Each command opens the catalogue, calls one library function and prints the result. The
library's own errors (:class:`~idguide.catalog.errors.IdguideError`) become one line on stderr
and an exit status (:func:`~idguide.cli.common.exit_status`); anything else is a bug in idguide
and shows its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from idguide import __version__
from idguide.catalog import i18n
from idguide.catalog.errors import IdguideError
from idguide.catalog.paths import default_catalog
from idguide.cli import (
    authoring,
    bundles,
    catalogue,
    examinations,
    feed,
    officer,
    scan,
    training,
    trust,
)
from idguide.cli.common import EXIT_CANCELLED, EXIT_USAGE, add_group, exit_status, safe_output


class Parser(argparse.ArgumentParser):
    """argparse's parser, but a command line it cannot understand exits with 64 (EX_USAGE)
    rather than argparse's 2, which ``idguide scan`` gives a red check: one meaning a status.
    Sub-commands' parsers are of this class too (argparse makes them of the parent's)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = Parser(
        prog="idguide",
        description="Offline reference for telling genuine goods from fakes. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"idguide {__version__}")
    parser.add_argument(
        "--catalog",
        type=Path,
        default=None,
        metavar="PATH",
        help="catalogue file (default: $IDGUIDE_CATALOG, the one IT's system configuration "
        "names, or your data folder); created empty if missing",
    )
    parser.add_argument(
        "--lang",
        dest="interface_lang",
        metavar="L",
        help="language of idguide's messages, e.g. fr (default: the locale's); a command's own "
        "--lang also chooses its content's",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    catalogue.register(sub)
    officer.register(sub)
    scan.register(sub)
    bundle = add_group(sub, "bundle", "build, check and verify signed library bundles")
    bundles.register_bundle(bundle)
    authoring.register(bundle)
    trust.register(sub)
    bundles.register(sub)
    feed.register(sub)
    examinations.register(sub)
    training.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``idguide`` with ``argv`` (default: the process's arguments); return the exit
    status."""
    with safe_output():  # nothing from a bundle or a file reaches the terminal raw
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:  # --help, --version, or a command line it cannot understand
        return done.code if isinstance(done.code, int) else EXIT_USAGE
    if args.command is not None and args.handler is None:  # `idguide bundle` without a command
        args.group.print_help()
        return 0
    before = i18n.current_language()
    _speak(getattr(args, "lang", None) or args.interface_lang)

    try:
        args.catalog = args.catalog or default_catalog()  # (IT's configuration may name it)
        return int(args.handler(args)) if args.command else _run_app(args.catalog)
    except IdguideError as exc:
        print(f"idguide: {exc}", file=sys.stderr)
        return exit_status(exc)
    except KeyboardInterrupt:
        print("\nidguide: cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        return 0
    finally:
        i18n.set_language(before)  # a caller in the same process (a test) is left as it was


def _speak(lang: str | None) -> None:
    """Print and say things in ``--lang`` if given, else in the locale's language (``LANG``);
    English when idguide lacks it, which ``--lang`` is told once."""
    choice = i18n.set_language(lang or i18n.locale_language())
    if lang and choice.missing:
        print(f"idguide: {choice.notice()}", file=sys.stderr)


def _run_app(catalog: Path) -> int:
    from idguide.ui.app import run_app

    return run_app(catalog)
