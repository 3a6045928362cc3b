"""Pausing Python's cyclic garbage collector while bulk work makes many lasting objects.

An import of a large bundle makes hundreds of thousands of objects that all live until it ends:
the entries and their fields, the rows written, the search index's documents. Python's
collector runs a full pass over every tracked object each time their number has grown by a
quarter, and those passes find nothing to free here (the objects are not garbage, and hardly any
form cycles). In the import of 10,000 products they took 0.4 s of its 4 (see
benchmarks/README.md). So the bulk steps run with the collector paused; anything freed only by
it waits the few seconds until it runs again. Reference counting, which frees nearly everything,
goes on as usual.

Pauses may overlap (an import in a worker thread while the window indexes): the collector is
started again when the last one ends, and only if it was running when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_running = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector paused (see the module's text)."""
    global _pauses, _was_running
    with _lock:
        if _pauses == 0:
            _was_running = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_running:
                gc.enable()
