"""Helpers shared by the feed tests: small signed bundles, feeds, laptops, and a real web server
on 127.0.0.1 (started by the test) that can be told to misbehave like a bad mirror.

No test reaches a network: the server listens on the loopback interface only, and proxies from
the environment are switched off around every feed test.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import socket
import ssl
import threading
from dataclasses import dataclass
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bundle_helpers import build, bump, copy_source, make_keys

from idguide.catalog import open_catalog
from idguide.catalog.bundles import trust_add
from idguide.catalog.feed import add_feed, init_feed, publish_bundles, publish_trust

PROXY_VARIABLES = (
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
)


@dataclass
class Bundles:
    """Two publishers' bundles, built once: nordhaven 1 (full), 2 and 3 (deltas, each on the one
    before), 3 again as a full bundle, and cremelia 1 (full)."""

    folder: Path
    nordhaven_public: Path
    cremelia_public: Path
    n1: Path
    n2: Path
    n3: Path
    n3_full: Path
    c1: Path

    def admin_catalog(self, path: Path) -> Path:
        """An administration's catalogue that trusts both publishers (by hand)."""
        with open_catalog(path) as cat:
            trust_add(cat, self.nordhaven_public, "nordhaven", ["nordiva"])
            trust_add(cat, self.cremelia_public, "cremelia", ["cremelia"])
        return path


def make_bundles(folder: Path) -> Bundles:
    n_private, n_public = make_keys(folder / "nordhaven-keys")
    c_private, c_public = make_keys(folder / "cremelia-keys")
    src = copy_source(folder, "nordhaven")
    n1 = build(src, folder / "n1.idgb", n_private, 1)
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    n2 = build(src, folder / "n2.idgb", n_private, None, delta_from=n1)
    bump(src, "wrench.yaml", "revision: 3", "revision: 4")
    n3 = build(src, folder / "n3.idgb", n_private, None, delta_from=n2)
    n3_full = build(src, folder / "n3-full.idgb", n_private, 3)
    c1 = build(copy_source(folder, "cremelia"), folder / "c1.idgb", c_private, 1)
    return Bundles(folder, n_public, c_public, n1, n2, n3, n3_full, c1)


def make_feed(
    tmp: Path,
    bundles: Bundles,
    offered: list[Path],
    trust: bool = True,
    now: dt.datetime | None = None,
    name: str = "feed",
) -> tuple[Path, Path]:
    """A feed folder offering ``offered`` (and the administration's trust document); returns
    the feed folder and its key folder."""
    feed, keys = tmp / name, tmp / f"{name}-keys"
    init_feed(feed, keys, now=now)
    if trust:
        admin = bundles.admin_catalog(tmp / f"{name}-admin" / "catalog.db")
        publish_trust(feed, admin, keys, now=now)
    if offered:
        publish_bundles(feed, offered, keys, now=now)
    return feed, keys


def laptop(tmp: Path, source: str, root: Path, name: str = "laptop") -> Path:
    """A new, empty catalogue with the feed at ``source`` added (named ``hq``)."""
    path = tmp / name / "catalog.db"
    path.parent.mkdir(parents=True)
    open_catalog(path).close()
    add_feed(path, source, root, name="hq")
    return path


def sync_at(catalog_path: Path, **kw):
    from idguide.catalog.feed import sync

    with open_catalog(catalog_path) as cat:
        return sync(cat, **kw)


def installed(catalog_path: Path) -> dict[str, int]:
    with open_catalog(catalog_path) as cat:
        rows = cat.conn.execute("SELECT publisher_id, max(sequence) FROM bundles GROUP BY 1")
        return dict(rows.fetchall())


def target_file(feed: Path, name: str) -> Path:
    """The file of the target ``name`` (e.g. nordhaven-1-full.idgb) in the feed folder."""
    (found,) = feed.glob(f"targets/**/*.{name}")
    return found


def copy_metadata(feed: Path, where: Path) -> Path:
    shutil.copytree(feed / "metadata", where)
    return where


# -- a web server on 127.0.0.1 ---------------------------------------------------------------


class FeedServer:
    """Serves ``root`` over HTTP on 127.0.0.1 with Range support, and misbehaves on request:

    - ``truncate[name] = n``: send the first n bytes of the file ending in ``name``, then close;
    - ``stall[name] = n``: send n bytes, then say nothing more (until the server stops);
    - ``endless.add(name)``: send bytes for ever, with no length;
    - ``hold[name] = n``: send n bytes, then wait until ``go_on`` is set, then send the rest
      (a slow link, held still where a test wants it).

    ``log`` lists (path, Range header, bytes of body sent) for each request.
    """

    def __init__(self, root: Path, tls: ssl.SSLContext | None = None) -> None:
        self.root = root
        self.truncate: dict[str, int] = {}
        self.stall: dict[str, int] = {}
        self.endless: set[str] = set()
        self.hold: dict[str, int] = {}
        self.log: list[tuple[str, str, int]] = []
        self.released = threading.Event()
        self.go_on = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, feed_server=self))
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls else "http"
        self.thread = threading.Thread(
            target=partial(self.httpd.serve_forever, poll_interval=0.02), daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}/"

    def sent(self, name: str) -> list[tuple[str, int]]:
        """(Range header, bytes sent) of each request for the file ending in ``name``."""
        return [(rng, size) for path, rng, size in self.log if path.endswith(name)]

    def close(self) -> None:
        self.released.set()
        self.go_on.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


class _Handler(BaseHTTPRequestHandler):
    def __init__(self, *args, feed_server: FeedServer, **kw) -> None:
        self.feed_server = feed_server
        super().__init__(*args, **kw)

    def log_message(self, format, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        server = self.feed_server
        path = unquote(urlsplit(self.path).path)  # also an absolute URI, as a proxy gets it
        file = server.root / path.lstrip("/")
        rng = self.headers.get("Range", "")
        if ".." in path or not file.is_file():
            self._answer(404, b"not found", path, rng)
            return
        name = file.name
        if any(name.endswith(end) for end in server.endless):
            self._endless(path)
            return
        data = file.read_bytes()
        start = int(match.group(1)) if (match := re.match(r"bytes=(\d+)-$", rng)) else 0
        if start >= len(data) and rng:
            self._answer(416, b"", path, rng)
            return
        body = data[start:]
        self.send_response(206 if rng else 200)
        if rng:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        held = next((n for end, n in server.hold.items() if name.endswith(end)), None)
        if held is not None:
            self._held(body, held, path, rng)
            return
        limit = next((n for end, n in server.truncate.items() if name.endswith(end)), None)
        pause = next((n for end, n in server.stall.items() if name.endswith(end)), None)
        cut = limit if limit is not None else pause
        self.wfile.write(body[:cut] if cut is not None else body)
        self.wfile.flush()
        server.log.append((path, rng, len(body[:cut]) if cut is not None else len(body)))
        if pause is not None:
            server.released.wait(10)
        if cut is not None:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

    def _held(self, body: bytes, first: int, path: str, rng: str) -> None:
        self.wfile.write(body[:first])
        self.wfile.flush()
        self.feed_server.go_on.wait(30)
        try:
            self.wfile.write(body[first:])
            self.wfile.flush()
        except OSError:
            pass  # the client gave up meanwhile (a cancel)
        self.feed_server.log.append((path, rng, len(body)))

    def _answer(self, status: int, body: bytes, path: str, rng: str) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.feed_server.log.append((path, rng, 0))

    def _endless(self, path: str) -> None:
        self.send_response(200)
        self.end_headers()
        sent = 0
        try:
            while sent < 64 * 1024 * 1024:  # a bound, should the client never stop reading
                self.wfile.write(b"\0" * 65536)
                sent += 65536
        except OSError:
            pass  # the client stopped reading: what a client must do
        self.feed_server.log.append((path, "", sent))


def tls_files(folder: Path) -> tuple[ssl.SSLContext, Path]:
    """A server TLS context for 127.0.0.1 with a certificate from a new CA (like a proxy that
    inspects HTTPS), and the CA's certificate file a laptop would be given."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Test inspection CA"))
        .issuer_name(name("Test inspection CA"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context, ca_file
