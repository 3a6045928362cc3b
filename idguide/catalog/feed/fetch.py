"""How a laptop reads a feed: a folder (USB stick, shared folder) or an http(s) server.

python-tuf's ``Updater`` checks everything it is given; this fetcher only brings bytes, and:

- reads ``file:`` addresses straight from the folder (no copy step);
- for http(s), uses the system's proxy settings (``getproxies``/``proxy_bypass``: the
  environment, or the registry and system configuration on Windows and macOS), the system's
  CA certificates or the feed's own CA bundle (for proxies that inspect TLS);
- resumes an interrupted download of a target with an HTTP Range request. The partial file is
  kept in the feed's cache under the target's file name, which starts with its sha256 (the feed
  uses consistent snapshots), so it can only ever complete to the file the metadata name; a
  partial that does not verify is deleted, and the next sync starts it again.

Every failure to bring the bytes is a ``DownloadError`` whose message says what happened in
words a user can act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit
from urllib.request import getproxies, proxy_bypass, url2pathname

from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn, no_progress

CHUNK = 64 * 1024
HASHED_NAME = re.compile(r"\A[0-9a-f]{64}\.[A-Za-z0-9._-]{1,200}\Z")


class TransportError(exceptions.DownloadError):
    """The bytes could not be brought; the message says why, for a user."""


class FeedFetcher(FetcherInterface):
    """Brings the bytes at a ``file:`` or ``http(s):`` address; see the module's docstring."""

    def __init__(
        self,
        partial_dir: Path,
        targets_url: str,
        ca_bundle: str = "",
        timeout: float = 30,
        progress: ProgressFn | None = None,
        user_agent: str = "idguide",
    ) -> None:
        self.partial_dir = Path(partial_dir)
        self.targets_url = targets_url
        self.ca_bundle = ca_bundle
        self.timeout = timeout
        self.progress = progress or no_progress
        self.headers = {"User-Agent": user_agent}
        self.bytes_received = 0
        self.metadata: dict[str, bytes] = {}  # the last bytes brought for each metadata file
        self.last_url = ""
        self._pools: dict[str | None, Any] = {}

    # -- the interface python-tuf calls --------------------------------------------------------

    def _fetch(self, url: str) -> Iterator[bytes]:
        self.last_url = url
        if url.startswith("file:"):
            return self._read_file(url)
        response = self._request(url, {})
        if response.status >= 400:
            response.release_conn()
            raise exceptions.DownloadHTTPError(
                _("The feed server answered HTTP {status} for {url}.").format(
                    status=response.status, url=url
                ),
                response.status,
            )
        return self._chunks(response, url)

    @contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO]:
        if not url.startswith(self.targets_url):  # metadata: remembered for the messages
            with super().download_file(url, max_length) as handle:
                self.metadata[url.rsplit("/", 1)[-1]] = handle.read()
                handle.seek(0)
                yield handle
            return
        if not self._resumable(url):  # from a folder: copied (and checked) with progress
            with self._copied(url, max_length) as handle:
                yield handle
            return
        self.last_url = url
        part = self.partial_dir / url.rsplit("/", 1)[-1]
        self._complete(url, part, max_length)
        try:
            with open(part, "rb") as handle:
                yield handle
        except BaseException:
            part.unlink(missing_ok=True)  # it did not verify: never resume from it
            raise
        part.unlink(missing_ok=True)

    # -- folders -----------------------------------------------------------------------------

    @contextmanager
    def _copied(self, url: str, length: int) -> Iterator[IO]:
        """A private copy of the target at ``url`` (checked by the Updater: the file on the
        stick could change between its check and its use), never more than ``length`` bytes."""
        import tempfile

        done = 0
        with tempfile.TemporaryFile() as handle:
            for chunk in self.fetch(url):
                done += len(chunk)
                if done > length:
                    raise _too_long(url, done, length)
                self.progress(done, length, _("Fetching {name}").format(name=_shown(url)))
                handle.write(chunk)
            handle.seek(0)
            yield handle

    def _read_file(self, url: str) -> Iterator[bytes]:
        path = Path(url2pathname(unquote(urlsplit(url).path)))
        try:
            handle = open(path, "rb")  # noqa: SIM115 (closed by the generator that reads it)
        except FileNotFoundError:
            raise exceptions.DownloadHTTPError(
                _("{path} is not there.").format(path=path), 404
            ) from None
        except OSError as exc:
            raise TransportError(
                _("Cannot read {path} ({reason}).").format(path=path, reason=exc.strerror)
            ) from None
        return self._file_chunks(handle, path)

    def _file_chunks(self, handle: IO[bytes], path: Path) -> Iterator[bytes]:
        with handle:
            while True:
                try:
                    chunk = handle.read(CHUNK)
                except OSError as exc:  # a USB stick pulled out while reading
                    raise TransportError(
                        _("Cannot read {path} ({reason}).").format(path=path, reason=exc.strerror)
                    ) from None
                if not chunk:
                    return
                self.bytes_received += len(chunk)
                yield chunk

    # -- http(s) -----------------------------------------------------------------------------

    def _request(self, url: str, headers: dict[str, str], **options: Any) -> Any:
        import urllib3

        try:
            return self._pool(url).request(
                "GET",
                url,
                headers={**self.headers, **headers},
                preload_content=False,
                timeout=urllib3.Timeout(connect=self.timeout, read=self.timeout),
                # Redirects only: a refused connection is said at once (offline), and what was
                # read before a failure is resumed by the next sync rather than fetched again.
                retries=urllib3.Retry(total=5, connect=0, read=0, status=0, other=0, redirect=5),
                **options,
            )
        except urllib3.exceptions.HTTPError as exc:
            raise TransportError(_why(exc, url, self.ca_bundle)) from None

    def _chunks(self, response: Any, url: str, done: int = 0, total: int = 0) -> Iterator[bytes]:
        """The body of ``response``; for a target (``total`` known), each piece as soon as it
        arrives (``read1``), so that what came before a failure is kept to resume from."""
        import urllib3

        name = url.rsplit("/", 1)[-1]
        pieces = iter(partial(response.read1, CHUNK), b"") if total else response.stream(CHUNK)
        try:
            for chunk in pieces:
                self.bytes_received += len(chunk)
                done += len(chunk)
                if total:
                    self.progress(
                        done,
                        total,
                        _("Fetching {name}").format(name=name.partition(".")[2] or name),
                    )
                yield chunk
        except urllib3.exceptions.HTTPError as exc:
            raise TransportError(_why(exc, url, self.ca_bundle, done, total)) from None
        finally:
            response.release_conn()

    def _pool(self, url: str) -> Any:
        import urllib3

        proxy = _proxy_for(url)
        if proxy not in self._pools:
            options: dict[str, Any] = {"ca_certs": self.ca_bundle} if self.ca_bundle else {}
            if proxy is None:
                self._pools[proxy] = urllib3.PoolManager(**options)
            else:
                auth = urlsplit(proxy)
                if auth.username:
                    login = f"{unquote(auth.username)}:{unquote(auth.password or '')}"
                    options["proxy_headers"] = urllib3.make_headers(proxy_basic_auth=login)
                self._pools[proxy] = urllib3.ProxyManager(proxy, **options)
        return self._pools[proxy]

    # -- resuming ------------------------------------------------------------------------------

    def _resumable(self, url: str) -> bool:
        name = url.rsplit("/", 1)[-1]
        return (
            url.startswith(self.targets_url)
            and not url.startswith("file:")
            and bool(HASHED_NAME.match(name))
        )

    def _complete(self, url: str, part: Path, length: int, again: bool = True) -> None:
        """Bring the rest of ``part`` (all of it if there is none) up to ``length`` bytes."""
        have = part.stat().st_size if part.is_file() else 0
        if have > length:
            part.unlink()
            have = 0
        if have == length:
            return  # brought in full last time; the Updater verifies it
        # Short bodies are ours to judge (and to resume): urllib3 would drop what it holds.
        response = self._request(
            url, {"Range": f"bytes={have}-"} if have else {}, enforce_content_length=False
        )
        if have and response.status == 206 and _range_start(response) == have:
            mode = "ab"
        elif response.status == 200:
            mode, have = "wb", 0
        elif response.status in (206, 416) and again:  # not the range asked for
            response.release_conn()
            part.unlink(missing_ok=True)
            return self._complete(url, part, length, again=False)
        else:
            response.release_conn()
            raise exceptions.DownloadHTTPError(
                _("The feed server answered HTTP {status} for {url}.").format(
                    status=response.status, url=url
                ),
                response.status,
            )
        size = response.headers.get("Content-Length", "")
        if size.isdigit() and have + int(size) > length:
            response.release_conn()
            part.unlink(missing_ok=True)
            raise _too_long(url, have + int(size), length)
        self._save(response, url, part, mode, have, length)

    def _save(self, response: Any, url: str, part: Path, mode: str, have: int, length: int):
        try:
            self.partial_dir.mkdir(parents=True, exist_ok=True)
            with open(part, mode) as out:
                for chunk in self._chunks(response, url, have, length):
                    have += len(chunk)
                    if have > length:  # more than the signed length: never keep it
                        out.close()
                        part.unlink(missing_ok=True)
                        raise _too_long(url, have, length)
                    out.write(chunk)
        except OSError as exc:
            raise TransportError(
                _("Cannot write {part} ({reason}).").format(part=part, reason=exc.strerror)
            ) from None
        if have < length:
            raise TransportError(
                _(
                    "The download of {url} stopped after {have} of {length} bytes; the next "
                    "sync resumes it."
                ).format(url=_shown(url), have=have, length=length)
            )


def _shown(url: str) -> str:
    name = url.rsplit("/", 1)[-1]
    return name.partition(".")[2] if HASHED_NAME.match(name) else name


def _too_long(url: str, got: int, length: int) -> exceptions.DownloadLengthMismatchError:
    return exceptions.DownloadLengthMismatchError(
        _(
            "The feed sent {got} bytes or more for {url}, but its signed metadata "
            "say {length}: refused (endless or altered data)."
        ).format(got=got, url=_shown(url), length=length)
    )


def _range_start(response: Any) -> int | None:
    match = re.match(r"bytes (\d+)-", response.headers.get("Content-Range", ""))
    return int(match.group(1)) if match else None


def _proxy_for(url: str) -> str | None:
    """The proxy the system settings give for ``url``, or None to go direct."""
    parts = urlsplit(url)
    proxies = getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or proxy_bypass(parts.netloc):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _why(exc: Exception, url: str, ca_bundle: str, done: int = 0, total: int = 0) -> str:
    """Words for a user about why ``url`` could not be fetched."""
    import urllib3

    reason = getattr(exc, "reason", None) or exc
    host = urlsplit(url).netloc
    if done and total:
        return _(
            "The download of {url} stopped after {done} of {total} bytes ({reason}); the next "
            "sync resumes it."
        ).format(url=_shown(url), done=done, total=total, reason=type(reason).__name__)
    if isinstance(reason, urllib3.exceptions.SSLError):
        return _untrusted(host, ca_bundle, reason)
    if isinstance(reason, urllib3.exceptions.ProxyError):
        return _(
            "The proxy for {host} refused or cannot be reached ({reason}); check the proxy."
        ).format(host=host, reason=reason)
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        return _("Cannot find the feed server {host}: this computer looks offline.").format(
            host=host
        )
    if isinstance(reason, urllib3.exceptions.NewConnectionError):  # before TimeoutError, its base
        return _(
            "Cannot connect to the feed server {host}: offline, or the server is down."
        ).format(host=host)
    if isinstance(reason, urllib3.exceptions.TimeoutError):
        return _("The feed server {host} did not answer in time; try again later.").format(
            host=host
        )
    return _("The feed server {host} could not be reached ({reason}).").format(
        host=host, reason=type(reason).__name__
    )


def _untrusted(host: str, ca_bundle: str, reason: object) -> str:
    if ca_bundle:
        text = _(
            "The secure connection to {host} failed: its certificate is not trusted by the CA "
            "bundle {path} ({reason}). If your network's proxy inspects HTTPS, add the feed "
            "again with --ca-bundle and the proxy's CA file."
        )
    else:
        text = _(
            "The secure connection to {host} failed: its certificate is not trusted by this "
            "computer's certificates ({reason}). If your network's proxy inspects HTTPS, add "
            "the feed again with --ca-bundle and the proxy's CA file."
        )
    return text.format(host=host, path=ca_bundle, reason=reason)
