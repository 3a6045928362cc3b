"""The desktop build's program: ``dist/idguide/idguide`` (see packaging/idguide.spec).

One program for both faces, like the ``idguide`` command a pip install gives: alone it opens
the app, with a command (``idguide search nordiva``) it is the command line.

The search index build and the bundle import start worker processes of this same program
(``spawn``: the program runs again with ``--multiprocessing-fork`` and the worker's task).
``multiprocessing.freeze_support()`` must come first: in a worker it runs the task and exits,
so a worker never opens a window or parses the command line. Only after it may the core use
workers (:mod:`idguide.catalog.frozen`); without it they would be new copies of the app.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    from idguide.catalog import frozen

    frozen.READY = True
    from idguide.cli import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
