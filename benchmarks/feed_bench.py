"""An update feed at an administration's scale: 200 bundles, 200 laptops, one web server.

    python benchmarks/feed_bench.py [--laptops 200] [--publishers 40] [--workers 8]

Publishes a feed of ``5 x publishers`` bundles (per publisher: full 1, deltas 2, 3, 4 each on the
one before, and full 4; small synthetic products with pictures) and the trust document, then
serves it from a real web server on 127.0.0.1: nginx from the distribution's packages when
`nginx` is on the PATH (started and stopped here, with its own configuration, temporary paths
and a free port above 1024), else Python's threading HTTP server.

Then ``--laptops`` laptops sync, ``--workers`` processes at a time (loopback only), three times:

1. first sync, from nothing;
2. a second sync with nothing new (target: only the timestamp, under 2 KB a laptop);
3. after one new delta bundle is published (target: only that bundle and the changed metadata).

Five of the laptops are full installs: ``idguide.catalog.feed.sync`` into a real catalogue (the
trust document, the downloads, every bundle through the import). The others do what a laptop's
sync does on the network (python-tuf's refresh of the metadata, the chain of bundles chosen as
the sync chooses it, downloaded with the same fetcher) and remember what they "installed".

Printed per phase: wall time, per-laptop median and p95 time, bytes per laptop (median and
largest) and the server's total bytes (from nginx's access log, headers included, or counted by
the Python server). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from idguide.catalog import open_catalog
from idguide.catalog.bundles import build_bundle, generate_keys, trust_add
from idguide.catalog.feed import add_feed, init_feed, publish_bundles, publish_trust, sync

FULL_INSTALLS = 5


# -- the feed --------------------------------------------------------------------------------


def make_source(folder: Path, publisher: int, products: int, revision: int, seed: int) -> Path:
    """A publisher folder: ``products`` products with two small distinct pictures each."""
    rng = random.Random(seed)
    (folder / "products").mkdir(parents=True, exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    pid = f"pub{publisher:03d}"
    (folder / "publisher.yaml").write_text(
        f"id: {pid}\nname: Publisher {publisher}\ndefault_language: en\n"
        f"brands:\n  - {{id: brand{publisher:03d}, name: Brand {publisher}}}\n"
    )
    for n in range(products):
        for side in "ab":
            pixels = bytes(rng.randrange(256) for _ in range(24 * 24 * 3))
            Image.frombytes("RGB", (24, 24), pixels).save(folder / f"images/p{n}{side}.png")
        rev = revision if n == 0 else 1  # each update changes one product
        (folder / f"products/p{n}.yaml").write_text(
            f"id: {pid}-{n:04d}\nrevision: {rev}\nbrand: brand{publisher:03d}\n"
            f"category: hand-tools\nmodels: [M-{publisher}-{n}]\n"
            f"text:\n  en: {{name: Gadget {n} rev{rev}, description: Item {n} of {pid}.}}\n"
            f"images:\n  - {{file: images/p{n}a.png}}\n  - {{file: images/p{n}b.png}}\n"
            "features:\n  - number: 1\n"
            f"    image: images/p{n}a.png\n    region: [0.1, 0.1, 0.5, 0.5]\n"
            "    text: {en: {title: Logo}}\n"
        )
    return folder


def make_bundles(work: Path, publishers: int, products: int) -> tuple[list[Path], Path, Path]:
    """Every publisher's five bundles; returns them, the admin catalogue and the last source."""
    bundles: list[Path] = []
    admin = work / "admin.db"
    with open_catalog(admin) as cat:
        for p in range(publishers):
            keys = work / f"keys{p}"
            private, public = generate_keys(keys)
            trust_add(cat, public, f"pub{p:03d}", [f"brand{p:03d}"])
            src = make_source(work / f"src{p}", p, products, 1, seed=p)
            out = work / "bundles"
            out.mkdir(exist_ok=True)
            previous = out / f"pub{p:03d}-1.idgb"
            build_bundle(src, previous, private, sequence=1)
            bundles.append(previous)
            for sequence in (2, 3, 4):
                make_source(src, p, products, sequence, seed=p)
                delta = out / f"pub{p:03d}-{sequence}-delta.idgb"
                build_bundle(src, delta, private, delta_from=previous)
                bundles.append(delta)
                previous = delta
            full = out / f"pub{p:03d}-4-full.idgb"
            build_bundle(src, full, private, sequence=4)
            bundles.append(full)
    return bundles, admin, work / "src0"


# -- the web server --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Nginx:
    """nginx serving ``root`` on 127.0.0.1:``port``, with everything in ``folder``."""

    name = "nginx"

    def __init__(self, binary: str, root: Path, folder: Path) -> None:
        self.folder, self.port = folder, free_port()
        folder.mkdir(parents=True, exist_ok=True)
        self.log = folder / "access.log"
        user = "user root root;\n" if os.geteuid() == 0 else ""  # workers read the temp folder
        conf = folder / "nginx.conf"
        conf.write_text(
            f"{user}worker_processes 2;\npid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
            "events { worker_connections 1024; }\n"
            "http {\n"
            "  default_type application/octet-stream;\n  sendfile on;\n"
            "  log_format bench '$status $body_bytes_sent $bytes_sent';\n"
            f"  access_log {self.log} bench;\n"
            f"  client_body_temp_path {folder}/body;\n  proxy_temp_path {folder}/proxy;\n"
            f"  fastcgi_temp_path {folder}/fastcgi;\n  uwsgi_temp_path {folder}/uwsgi;\n"
            f"  scgi_temp_path {folder}/scgi;\n"
            f"  server {{ listen 127.0.0.1:{self.port}; root {root}; }}\n"
            "}\n"
        )
        self.process = subprocess.Popen(
            [binary, "-p", str(folder), "-c", str(conf), "-e", str(folder / "error.log"),
             "-g", "daemon off;"],
        )  # fmt: skip
        _wait_for(self.port)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def total_bytes(self) -> int:
        return sum(int(line.split()[2]) for line in self.log.read_text().splitlines() if line)

    def reset(self) -> None:
        self.log.write_text("")  # nginx keeps appending to the same open file

    def stop(self) -> None:
        self.process.send_signal(signal.SIGQUIT)
        self.process.wait(10)


class PythonServer:
    """Python's threading HTTP server, when nginx is not installed."""

    name = "python ThreadingHTTPServer"

    def __init__(self, root: Path) -> None:
        counter = self.counter = {"bytes": 0}
        lock = threading.Lock()

        class Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args, **kw):
                super().__init__(*args, directory=str(root), **kw)

            def log_message(self, *args):
                pass

            def copyfile(self, source, outputfile):
                data = source.read()
                outputfile.write(data)
                with lock:
                    counter["bytes"] += len(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def total_bytes(self) -> int:
        return self.counter["bytes"]

    def reset(self) -> None:
        self.counter["bytes"] = 0

    def stop(self) -> None:
        self.httpd.shutdown()


def _wait_for(port: int) -> None:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), 0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the web server did not start")


# -- the laptops -----------------------------------------------------------------------------


def light_sync(folder: str, url: str, root: bytes, installed: dict[str, int]) -> dict:
    """What a laptop's sync does on the network, without installing: refresh the metadata,
    choose each publisher's chain as the sync does, download it with the sync's fetcher."""
    from tuf.api.metadata import Metadata
    from tuf.ngclient import Updater

    from idguide.catalog.feed.fetch import FeedFetcher
    from idguide.catalog.feed.plan import plan, read_offer

    start = time.perf_counter()
    base = Path(folder)
    (base / "metadata").mkdir(parents=True, exist_ok=True)
    fetcher = FeedFetcher(base / "cache/partial", f"{url}targets/")
    updater = Updater(
        str(base / "metadata"), f"{url}metadata/", str(base / "cache"), f"{url}targets/",
        fetcher, bootstrap=root,
    )  # fmt: skip
    updater.refresh()
    targets = Metadata.from_file(str(base / "metadata/targets.json")).signed.targets
    offers: dict[str, list] = {}
    for path, info in targets.items():
        offer = read_offer(path, info.custom, info.length)
        if not isinstance(offer, str):
            offers.setdefault(offer.publisher, []).append(offer)
    downloads = 0
    for publisher, mine in offers.items():
        for offer in plan(mine, installed.get(publisher)).chain:
            path = updater.download_target(updater.get_targetinfo(offer.path))
            Path(path).unlink()
            installed[publisher] = offer.sequence
            downloads += 1
    return {
        "seconds": time.perf_counter() - start,
        "bytes": fetcher.bytes_received,
        "downloads": downloads,
        "installed": installed,
    }


def full_sync(catalog: str) -> dict:
    start = time.perf_counter()
    with open_catalog(catalog) as cat:
        result = sync(cat)
    if not result.ok:
        raise RuntimeError(result.refused[0].reason)
    return {
        "seconds": time.perf_counter() - start,
        "bytes": result.bytes_downloaded,
        "downloads": len(result.installed),
    }


def run_phase(pool, laptops: list[dict], url: str, root: bytes) -> list[dict]:
    jobs = []
    for laptop in laptops:
        if laptop["catalog"]:
            jobs.append(pool.submit(full_sync, laptop["catalog"]))
        else:
            jobs.append(pool.submit(light_sync, laptop["folder"], url, root, laptop["installed"]))
    results = [job.result() for job in jobs]
    for laptop, result in zip(laptops, results, strict=True):
        if "installed" in result:
            laptop["installed"] = result["installed"]
    return results


def summary(name: str, results: list[dict], wall: float, server_bytes: int) -> dict:
    times = sorted(r["seconds"] for r in results)
    sizes = sorted(r["bytes"] for r in results)
    full = results[:FULL_INSTALLS]
    figures = {
        "phase": name,
        "wall_s": round(wall, 2),
        "laptop_p50_s": round(statistics.median(times), 3),
        "laptop_p95_s": round(times[int(len(times) * 0.95) - 1], 3),
        "bytes_per_laptop_p50": int(statistics.median(sizes)),
        "bytes_per_laptop_max": sizes[-1],
        "downloads_per_laptop_max": max(r["downloads"] for r in results),
        "full_install_s_max": round(max(r["seconds"] for r in full), 3),
        "server_bytes": server_bytes,
    }
    print(
        f"{name}: {wall:.1f} s for {len(results)} laptops; per laptop p50 "
        f"{figures['laptop_p50_s']} s, p95 {figures['laptop_p95_s']} s; bytes per laptop p50 "
        f"{figures['bytes_per_laptop_p50']}, max {figures['bytes_per_laptop_max']}; server sent "
        f"{server_bytes} bytes; full installs took up to {figures['full_install_s_max']} s",
        flush=True,
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--laptops", type=int, default=200)
    parser.add_argument("--publishers", type=int, default=40)
    parser.add_argument("--products", type=int, default=5, help="products per publisher")
    parser.add_argument("--workers", type=int, default=8, help="laptops syncing at once")
    parser.add_argument("--python-server", action="store_true", help="even if nginx is there")
    args = parser.parse_args()
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        os.environ.pop(name, None)  # loopback only

    work = Path(tempfile.mkdtemp(prefix="feedbench-"))
    os.chmod(work, 0o755)
    try:
        start = time.perf_counter()
        bundles, admin, _ = make_bundles(work / "build", args.publishers, args.products)
        build_s = time.perf_counter() - start
        feed, keys = work / "feed", work / "feed-keys"
        start = time.perf_counter()
        init_feed(feed, keys)
        publish_trust(feed, admin, keys)
        publish_bundles(feed, bundles, keys)
        publish_s = time.perf_counter() - start
        feed_bytes = sum(p.stat().st_size for p in feed.rglob("*") if p.is_file())
        print(
            f"built {len(bundles)} bundles in {build_s:.1f} s; published in {publish_s:.1f} s; "
            f"feed folder {feed_bytes} bytes",
            flush=True,
        )
        nginx = shutil.which("nginx")
        server = (
            Nginx(nginx, feed, work / "nginx")
            if nginx and not args.python_server
            else PythonServer(feed)
        )
        print(f"serving with {server.name} at {server.url}", flush=True)
        root = (feed / "metadata/1.root.json").read_bytes()
        laptops = []
        for n in range(args.laptops):
            folder = work / "laptops" / f"l{n}"
            catalog = ""
            if n < FULL_INSTALLS:
                catalog = str(folder / "catalog.db")
                folder.mkdir(parents=True)
                open_catalog(catalog).close()
                add_feed(catalog, server.url, feed / "metadata/1.root.json", name="hq")
            laptops.append({"folder": str(folder), "catalog": catalog, "installed": {}})
        phases = []
        with ProcessPoolExecutor(args.workers) as pool:
            for name in ("first sync", "nothing new", "one new bundle"):
                if name == "one new bundle":
                    src = work / "build/src0"
                    make_source(src, 0, args.products, 5, seed=0)
                    new = work / "build/bundles/pub000-5-delta.idgb"
                    private = work / "build/keys0/private.key"
                    previous = work / "build/bundles/pub000-4-delta.idgb"
                    build_bundle(src, new, private, delta_from=previous)
                    publish_bundles(feed, [new], keys)
                    print(f"published {new.name}: {new.stat().st_size} bytes", flush=True)
                server.reset()
                start = time.perf_counter()
                results = run_phase(pool, laptops, server.url, root)
                wall = time.perf_counter() - start
                time.sleep(0.2)  # nginx writes its log lines after the responses
                phases.append(summary(name, results, wall, server.total_bytes()))
        server.stop()
        load = os.getloadavg()[0]
        print(
            json.dumps(
                {
                    "bundles": len(bundles),
                    "laptops": args.laptops,
                    "workers": args.workers,
                    "server": server.name,
                    "build_s": round(build_s, 1),
                    "publish_s": round(publish_s, 1),
                    "feed_bytes": feed_bytes,
                    "phases": phases,
                    "loadavg_after": round(load, 2),
                }
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
