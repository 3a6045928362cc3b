"""Checking a bundle's pictures before anything is installed, with a helper process when many.

Every picture a bundle lists is read, checked against its sha256 in the signed manifest, decoded
by Pillow (JPEG, PNG or WEBP only, bombs refused) and, when the catalogue lacks it, staged for
writing (:class:`~idguide.catalog.bundles.imagefiles.Stager`). That is pure Python and Pillow
work on one core; a large bundle's thirty thousand pictures take seconds. So for a large bundle
one helper process (``spawn``ed, like the search index workers) reads the same bundle file itself
and takes batches of pictures from a shared counter while this process reads, checks and writes
the entries and builds the search index (see :mod:`~idguide.catalog.bundles.apply`), then joins
in on the batches left. The helper stages its pictures in this import's staging folder (each
picture is taken by one process only) and sends back what each picture is; nothing it does
touches the catalogue. It stops when told, at the first bad picture, and when this process dies
(even killed): it watches a pipe whose other end only this process holds, and ends the moment
the pipe closes (on every platform, frozen or not). With it gone, nothing holds
multiprocessing's resource tracker either, and the tracker ends too.

The helper is started on the bundle file first thing, before this process opens and checks
the bundle: a process takes about a third of a second here to start and import what it needs,
and that now overlaps the opening instead of idling the second core. It touches nothing until it
is told, through a pipe and only once the signature has been checked, each picture's sha256
and where its bytes lie in the file, as the container checked here says. It reads them straight
from the file (:mod:`~idguide.catalog.bundles.members`) and checks each as this process does:
the local header, the CRC, the sha256 (the picture's name, which the signed manifest lists) and
the decoding. A bundle file under :data:`HELP_FROM_BYTES`, or with a single batch of pictures,
is checked in this process alone.

If the helper cannot start (one core, a frozen app, a policy against new processes), or fails
before it takes a batch, every picture is checked here; the result is the same.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from idguide.catalog import frozen, model
from idguide.catalog.bundles import format
from idguide.catalog.bundles.errors import BundleError, CorruptBundleError, MissingMemberError
from idguide.catalog.bundles.imagefiles import Stager, make_durable
from idguide.catalog.bundles.members import Member, checked_picture, place
from idguide.catalog.bundles.reader import Bundle
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _
from idguide.catalog.images import ImageInfo, ImageStore
from idguide.catalog.progress import ProgressFn

# A bundle file this large is checked with a helper. A smaller one holds at most a few thousand
# tiny pictures (checked here in under a fifth of a second), and a process costs about a third
# of a second of the other core to start.
HELP_FROM_BYTES = 1_000_000
BATCH = 200  # pictures taken from the counter at a time
POLL = 0.1  # seconds between looks at the helper while waiting for it

# What the helper sends back for a picture: sha256, format, width, height, size in bytes, and
# whether it staged the file (plain tuples: a dataclass takes several times longer to pickle)
Checked = tuple[str, str, int, int, int, bool]


class ImageCheck:
    """The pictures of one bundle, checked and staged, with the help of ``helper`` (see
    :func:`helper_for`) when there is one."""

    def __init__(
        self, bundle: Bundle, stager: Stager | None = None, helper: Helper | None = None
    ) -> None:
        """``stager`` receives the pictures the catalogue lacks; without one (``bundle
        verify``) the pictures are only checked."""
        self.bundle = bundle
        self.stager = stager
        self.shas = picture_shas(bundle)
        self.infos: dict[str, ImageInfo] = {}
        self._offered = helper
        self._helper: Helper | None = None
        self._next: Any = None  # the shared counter, once the helper has its orders

    def start(self) -> None:
        """Send the helper its orders; with a single batch of pictures it is not needed, and
        is stopped. Call once the bundle's signature is checked."""
        helper, self._offered = self._offered, None
        if helper is None:
            return
        if len(self.shas) <= BATCH:
            helper.stop()
            return
        helper.send(orders(self.bundle, self.shas))
        self._helper, self._next = helper, helper.counter

    def finish(self, report: ProgressFn) -> dict[str, ImageInfo]:
        """Check the pictures the helper has not taken, then wait for it; return what every
        picture is, by sha256. The first bad picture (found by either process) raises its
        error; ``report`` may raise Interrupted."""
        total, mine = len(self.shas), 0
        for batch in self._batches():
            report(self._claimed(), total, _("Checking images"))
            for sha in batch:
                self.infos[sha] = self._check(sha)
            mine += len(batch)
            self._collect()
        if self._helper is not None and mine < total:  # it took the other batches
            self._helper.wait(lambda: report(total, total, _("Checking images")))
            self._collect()
        report(total, total, _("Checking images"))
        return self.infos

    def _check(self, sha: str) -> ImageInfo:
        data, info = self.bundle.checked_image(sha)
        if self.stager is not None:
            self.stager.add(sha, data)
        return info

    def _batches(self) -> Iterator[list[str]]:
        if self._next is None:
            for start in range(0, len(self.shas), BATCH):
                yield self.shas[start : start + BATCH]
            return
        yield from claims(self._next, self.shas, BATCH)

    def _claimed(self) -> int:
        return min(self._next.value, len(self.shas)) if self._next is not None else 0

    def _collect(self) -> None:
        if self._helper is None:
            return
        for sha, kind, width, height, size, staged in self._helper.results():
            self.infos[sha] = ImageInfo(sha, kind, width, height, size)
            if staged and self.stager is not None:
                self.stager.adopt(sha)


def claims(
    counter: Any, shas: list[str], batch: int, alive: Callable[[], bool] = lambda: True
) -> Iterator[list[str]]:
    """Batches of ``shas`` taken from the shared ``counter`` until none are left, or until
    ``alive`` says the other side is gone (a process killed while it held the lock never
    releases it, so the lock is only waited for a moment at a time)."""
    lock = counter.get_lock()
    while True:
        while not lock.acquire(timeout=POLL):
            if not alive():
                return
        try:
            start = counter.value
            counter.value = start + batch
        finally:
            lock.release()
        if start >= len(shas) or not alive():
            return
        yield shas[start : start + batch]


def picture_shas(bundle: Bundle) -> list[str]:
    """The sha256 of every picture the bundle lists, in the order both processes take them."""
    return sorted(
        path.removeprefix(format.IMAGE_DIR)
        for path in bundle.listed
        if path.startswith(format.IMAGE_DIR)
    )


def orders(bundle: Bundle, shas: list[str]) -> tuple[str, bytes, bytes]:
    """What the helper needs to check ``shas``: the bundle's name, the sha256s one after the
    other, and where each picture lies (:class:`Member` fields but the name, packed: thirty
    thousand tuples took a tenth of a second to send)."""
    infos = [bundle.members[format.IMAGE_DIR + sha] for sha in shas]
    places = array("q", [field for info in infos for field in place(info)])
    return bundle.name, "".join(shas).encode("ascii"), places.tobytes()


def unpack_orders(order: tuple[str, bytes, bytes]) -> tuple[str, list[str], dict[str, Member]]:
    name, joined, packed = order
    text = joined.decode("ascii")
    shas = [text[i : i + 64] for i in range(0, len(text), 64)]
    places = array("q", packed)
    width = len(Member._fields) - 1
    members = {
        sha: Member(format.IMAGE_DIR + sha, *places[n * width : (n + 1) * width])
        for n, sha in enumerate(shas)
    }
    return name, shas, members


def helpers_allowed() -> bool:
    return (os.cpu_count() or 1) > 1 and frozen.workers_allowed()


@contextmanager
def helper_for(path: str | Path, stager: Stager | None = None) -> Iterator[Helper | None]:
    """A helper process started at once on the bundle file at ``path`` (which is not opened
    yet) when the file is large enough and helpers are allowed, else None; it waits for its
    orders from :meth:`ImageCheck.start`. Leaving this stops it."""
    helper = None
    if helpers_allowed() and _file_size(path) >= HELP_FROM_BYTES:
        helper = Helper(multiprocessing.get_context("spawn"), Path(path), stager)
        if not helper.start():
            helper = None
    try:
        yield helper
    finally:
        if helper is not None:
            helper.stop()


def _file_size(path: str | Path) -> int:
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0  # opening the bundle says what is wrong


def used_shas(products: list[model.Product]) -> list[str]:
    """The sha256 of every picture ``products`` use, each once, in the order they first appear."""
    return list(dict.fromkeys(image.sha256 for p in products for image in p.images))


def referenced_infos(
    bundle: Bundle, infos: dict[str, ImageInfo], shas: list[str]
) -> dict[str, ImageInfo]:
    """What each picture the entries use is; an entry using a picture the bundle does not list
    is refused."""
    for sha in shas:
        if sha not in infos:
            raise MissingMemberError(
                _(
                    "{bundle_name}: an entry uses image {sha}, which the bundle does not hold."
                ).format(bundle_name=bundle.name, sha=sha[:12])
            )
    return {sha: infos[sha] for sha in shas}


class Helper:
    """The helper process, the pipe that takes it its orders and the queue it answers on.

    The orders go through a plain pipe, sent by a thread of this class that :meth:`stop` always
    joins. (A multiprocessing queue's own sending thread is never joined once cancelled: it
    could be the last to hold the queue's named semaphores and clean them up as the program
    exited, and Python stopped it between removing one and telling its resource tracker,
    which then warned of a "leaked semaphore" on stderr.)"""

    def __init__(self, context: Any, path: Path, stager: Stager | None) -> None:
        self.counter = context.Value("i", 0)  # the next picture to take, shared
        self.answers = context.Queue()
        self._their_orders, self.orders = context.Pipe(duplex=False)
        self._sending: threading.Thread | None = None
        # never written to: the helper sees it close when this process ends, however it ends
        self._watched, self._watch = context.Pipe(duplex=False)
        staging = (str(stager.store.folder), str(stager.folder)) if stager is not None else None
        self.process = context.Process(
            target=help_check,
            args=(
                str(path),
                BATCH,
                staging,
                self.counter,
                self._their_orders,
                self.answers,
                self._watched,
            ),
            daemon=True,
            name="idguide-images",
        )
        self._ready = False
        self._done = False
        self._stopped = False
        self._pending: list[Checked] = []

    def start(self) -> bool:
        """Start the process, without waiting for it to be ready; False if it cannot start."""
        try:
            self.process.start()
        except (OSError, RuntimeError, ValueError):
            return False
        finally:  # the helper has its own copies: once it stops, a send to it fails at once
            self._their_orders.close()
            self._watched.close()
        return True

    def send(self, order: tuple[str, bytes, bytes]) -> None:
        """Give it the pictures to check (see :func:`orders`). They are sent by a thread: the
        helper may still be starting, and this process has entries to read meanwhile."""
        self._sending = threading.Thread(
            target=_send_orders,
            args=(self.orders, order),
            name="idguide-images-orders",
            daemon=True,  # stop() joins it; nothing it holds needs cleaning up at exit
        )
        self._sending.start()

    def results(self) -> list[Checked]:
        """What it has checked since last asked (raising the error it found, if it did)."""
        while True:
            try:
                kind, value = self.answers.get_nowait()
            except queue.Empty:
                break
            self._handle(kind, value)
        found, self._pending = self._pending, []
        return found

    def wait(self, report: Any) -> None:
        """Until it has checked its last batch; ``report`` is called meanwhile (may cancel)."""
        while not self._done:
            try:
                kind, value = self.answers.get(timeout=POLL)
            except queue.Empty:
                report()
                if self.process.exitcode is not None and not self._done:
                    self._drain_after_exit()
                continue
            self._handle(kind, value)

    def _drain_after_exit(self) -> None:
        try:
            while not self._done:
                kind, value = self.answers.get(timeout=POLL)
                self._handle(kind, value)
        except queue.Empty:
            raise CorruptBundleError(
                _(
                    "Checking the bundle's pictures stopped unexpectedly (the helper process "
                    "exited with code {exitcode}). Check that memory is not exhausted and "
                    "try again; nothing was installed."
                ).format(exitcode=self.process.exitcode)
            ) from None

    def _handle(self, kind: str, value: Any) -> None:
        if kind == "checked":
            self._pending.extend(value)
        elif kind == "ready":
            self._ready = True
        elif kind == "done":
            self._done = True
        elif kind == "error":
            if isinstance(value, IdguideError):
                raise value  # the bundle's own fault (or the file changed since it was checked)
            if not self._ready:  # it could not even start (an odd installation...) and took
                self._done = True  # no picture: this process checks them all
                return
            raise BundleError(
                _("Checking the bundle's pictures failed: {value}").format(value=value)
            )

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.process.is_alive():
            self.process.terminate()
        if self.process.pid is not None:
            self.process.join()
        if self._sending is not None:  # done, or failing now that the helper is gone
            self._sending.join()
        self.orders.close()
        self.answers.close()  # this process only reads it: it has no sending thread here
        self._watch.close()


def _send_orders(channel: Any, order: tuple[str, bytes, bytes]) -> None:
    with contextlib.suppress(OSError):  # the helper stopped (or was stopped) before it read
        channel.send(order)  # them: this process checks the pictures it did not take


def help_check(
    path: str,
    batch: int,
    staging: tuple[str, str] | None,
    counter: Any,
    order_channel: Any,
    answers: Any,
    watched: Any,
) -> None:
    """In the helper process: check (and stage, into ``staging`` = (store folder, staging
    folder)) batches of pictures until none are left, or end at once when ``watched`` closes:
    the parent is gone (what it staged is removed with the import's other leftovers)."""
    gc.disable()  # this process keeps few objects: the collector would find nothing to free
    gone = threading.Event()
    threading.Thread(target=_end_with_parent, args=(watched, gone), daemon=True).start()
    try:

        def alive() -> bool:
            return not gone.is_set()

        order = None
        while order is None and alive():
            if order_channel.poll(POLL):
                try:
                    order = order_channel.recv()
                except EOFError:  # stopped before it was sent any: nothing to do
                    return
        if order is None:
            return
        name, shas, members = unpack_orders(order)
        stager = None
        if staging is not None:
            stager = Stager(ImageStore(Path(staging[0])), folder=Path(staging[1]))
        with open(path, "rb") as handle:
            answers.put(("ready", None))
            for claimed in claims(counter, shas, batch, alive):
                found = []
                for sha in claimed:
                    member = members[sha]
                    data, info = checked_picture(handle, member, member.size, sha, name)
                    staged = stager is not None and stager.add(sha, data)
                    found.append((sha, info.format, info.width, info.height, info.size, staged))
                answers.put(("checked", found))
        answers.put(("done", None))
        if stager is not None:  # start the flush this process's commit waits for
            make_durable()
    except IdguideError as exc:
        answers.put(("error", exc))
    except BaseException as exc:  # reported to the parent, which refuses the bundle
        answers.put(("error", f"{type(exc).__name__}: {exc}"))


def _end_with_parent(watched: Any, gone: threading.Event) -> None:
    """In the helper: wait for the parent's end of the pipe to close, then end this process
    at once, wherever its main thread is (in a long decode, a full queue...)."""
    with contextlib.suppress(EOFError, OSError):
        watched.recv()  # nothing is ever sent: this returns only when the pipe closes
    gone.set()
    os._exit(0)
