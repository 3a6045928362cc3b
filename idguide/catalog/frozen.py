"""Whether this program may start copies of itself as worker processes.

The search index build (:mod:`~idguide.catalog.finding.parallel`) and the bundle import's
picture helper (:mod:`~idguide.catalog.bundles.imagecheck`) ``spawn`` worker processes. A
spawned worker is the program started again: under Python, the interpreter with the worker's
task; in a frozen program (the desktop build made with PyInstaller, see docs/deploy.md), the
program's own entry point, which must call ``multiprocessing.freeze_support()`` first thing to
turn into the worker instead of opening the app again. The desktop build's entry point
(packaging/idguide_main.py) does that and then sets :data:`READY`; a frozen program that has
not done so does the same work in one process (the same result, only slower).
"""

from __future__ import annotations

import sys

READY = False  # set by a frozen program's entry point after multiprocessing.freeze_support()


def workers_allowed() -> bool:
    """False in a frozen program whose entry point has not set :data:`READY`."""
    return READY or not getattr(sys, "frozen", False)
