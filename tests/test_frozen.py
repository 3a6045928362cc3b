"""The desktop build as built (`make dist`): dist/idguide/idguide, run as an officer's laptop
runs it.

Every command runs with a clean environment (``env -i``: a temporary home, data and settings
folders, no PATH, so no Python and nothing of this checkout), first on this machine and then
(marker ``chroot``) inside a minimal Debian that has only the system libraries
packaging/system-libraries.txt lists (`make chroot`). The build installs the demo into the
default catalogue (from the shipped bundles pinned by their sha256, refusing any other the
public demo key signs), searches it, looks up a barcode, checks it, keeps a note (sqlite-utils),
scans codes in a picture and a GS1 Digital Link (zxing-cpp's native module, biip's tables),
checks a publisher's mistyped language and market codes (babel's CLDR data, only English's kept),
imports signed bundles into another catalogue with trust set up (and refuses to trust the demo
key for a publisher), and opens its window
offscreen and closes it (and on `make test`'s X server, marker ``x11``, through the build's own
X11 plugin). One bundle is
large enough (20,000 products, 400 pictures, 2.5 MB) for the import to start its picture helper
process and the search index its two worker processes: strace shows each is this program
started again for the work (``--multiprocessing-fork``) and doing it. (That needs two cores,
as CI and this project's machines have.)

`make test` leaves these tests out (markers ``frozen`` and ``chroot``) when there is no build,
or no chroot, and says so; CI makes both first (`.ci/run`), so there they always run. Run
directly without a build, they fail and say to run `make dist`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import tarfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from PIL import Image
from scan_pictures import code_image, photo, png

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "dist" / "idguide"
CHROOT = ROOT / "build" / "chroot"
DEMO = ROOT / "assets" / "demo"
LANGUAGES = {"en", "es", "fr", "pt"}
BIG_PRODUCTS = 20_000  # the search index uses worker processes from this many (PARALLEL_FROM)
BIG_PICTURES = 400  # two batches of the picture helper's 200
WORKER = "--multiprocessing-fork"  # how multiprocessing starts a frozen program as a worker

pytestmark = pytest.mark.frozen


def release() -> ModuleType:
    """packaging/release.py, which `make dist` runs: the size budget and the glibc floor."""
    spec = importlib.util.spec_from_file_location("release", ROOT / "packaging" / "release.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def system_needs() -> dict[str, str]:
    """packaging/system-libraries.txt: library or file -> Debian package."""
    text = (ROOT / "packaging" / "system-libraries.txt").read_text()
    rows = [line.split() for line in text.splitlines() if line.strip() and line[0] != "#"]
    return {row[0]: row[1] for row in rows}


def system_libraries() -> set[str]:
    return {name for name in system_needs() if not name.startswith("/")}


class Place:
    """Where the build runs: on this machine, or inside the chroot at ``root`` (from a
    read-only folder there). ``work`` is a folder for catalogues and settings, seen from here;
    :meth:`inside` gives a path of it as the program sees it."""

    def __init__(self, build: Path, work: Path, root: Path | None = None) -> None:
        self.build = build
        self.work = work
        self.root = root
        for folder in ("home", "data", "config", "runtime"):
            (work / folder).mkdir(mode=0o700, parents=True, exist_ok=True)

    def inside(self, path: Path) -> str:
        return f"/{path.relative_to(self.root)}" if self.root else str(path)

    def environment(self, extra: dict[str, str]) -> list[str]:
        """The program's whole environment: what a desktop session sets, and nothing else."""
        folders = {
            "HOME": "home",
            "XDG_DATA_HOME": "data",
            "XDG_CONFIG_HOME": "config",
            "XDG_RUNTIME_DIR": "runtime",
        }
        names = {key: self.inside(self.work / folder) for key, folder in folders.items()}
        return [f"{key}={value}" for key, value in {**names, "LANG": "C.UTF-8", **extra}.items()]

    def command(self, args: list[str], extra: dict[str, str]) -> list[str]:
        program = [self.inside(self.build / "idguide"), *args]
        command = ["env", "-i", *self.environment(extra), *program]
        if self.root is None:
            return command
        # /proc, a shared-memory folder (multiprocessing's locks) and the build read-only, as
        # IT installs it, mounted in a namespace of its own: they vanish with it, whatever
        # happens to the test.
        script = (
            'mount -t proc proc "$0/proc" && mount -t tmpfs tmpfs "$0/dev/shm" && '
            'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && '
            'shift && exec chroot "$0" "$@"'
        )
        mounts = [str(self.root), str(self.build)]
        return ["unshare", "--mount", "--fork", "sh", "-c", script, *mounts, *command]

    def run(
        self,
        *args: str,
        extra: dict[str, str] | None = None,
        trace: Path | None = None,
        expect: int = 0,
    ) -> subprocess.CompletedProcess[str]:
        """Run the program; with ``trace``, under strace, one file per process there."""
        command = self.command(list(args), extra or {})
        if trace is not None:
            if shutil.which("strace") is None:
                pytest.fail(
                    "These tests watch the build's worker processes with strace: "
                    "install it (apt-get install strace)."
                )
            trace.mkdir()
            watch = ["-f", "-ff", "-q", "-e", "trace=execve,openat", "-e", "signal=none"]
            command = ["strace", *watch, "-o", str(trace / "process"), *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert done.returncode == expect, f"{args}: exit {done.returncode}\n{done.stderr}"
        return done


@pytest.fixture(scope="module")
def build() -> Path:
    if not (BUILD / "idguide").is_file():
        pytest.fail(
            "No desktop build in dist/idguide: run `make dist` (or leave these tests "
            "out with -m 'not frozen', as `make test` does without a build)."
        )
    return BUILD


@pytest.fixture(scope="module", params=["here", pytest.param("chroot", marks=pytest.mark.chroot)])
def place(request, build: Path, tmp_path_factory) -> Iterator[Place]:
    if request.param == "here":
        yield Place(build, tmp_path_factory.mktemp("frozen"))
        return
    if not (CHROOT / ".ready").is_file():
        pytest.fail(
            "No minimal Debian in build/chroot: run `make chroot` as root (or leave "
            "these tests out with -m 'not chroot', as `make test` does without one)."
        )
    name = f"idguide-test-{uuid.uuid4().hex[:8]}"
    copy, work = CHROOT / "opt" / name, CHROOT / "tmp" / name
    try:
        _copy_build(build, copy)
        yield Place(copy, work, CHROOT)
    finally:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _copy_build(build: Path, target: Path) -> None:
    """The build into the chroot: hard links when on the same disk (instant), else a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["cp", "-al", str(build), str(target)]).returncode != 0:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(build, target, symlinks=True)


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory) -> tuple[Path, Path]:
    """A signed bundle of BIG_PRODUCTS products sharing BIG_PICTURES noisy pictures (so the
    file is over the helper's 1 MB), and its publisher's public key. Written from entries made
    in memory, by this checkout's library: reading as many YAML files would take a minute."""
    from idguide.catalog import model
    from idguide.catalog.authoring.source import Source
    from idguide.catalog.bundles import generate_keys, write_bundle
    from idguide.catalog.categories import CATEGORIES

    folder = tmp_path_factory.mktemp("big")
    noise = random.Random(7)
    pictures = []
    for n in range(BIG_PICTURES):
        path = folder / f"p{n}.png"
        Image.frombytes("RGB", (32, 32), noise.randbytes(32 * 32 * 3)).save(path)
        pictures.append(model.Image(ref=path.name, source=path))
    brands = [model.Brand(f"big-{n}", f"Bigmark {n}") for n in range(40)]
    products = [
        model.Product(
            id=f"big-{n:05d}",
            publisher_id="big",
            brand_id=f"big-{n % 40}",
            category=CATEGORIES[n % len(CATEGORIES)].id,
            name={"en": f"Product {n}"},
            description={"en": f"Hologram label with serial {n * 7}"},
            models=[f"BG-{n}"],
            images=[pictures[n % BIG_PICTURES]],
        )
        for n in range(BIG_PRODUCTS)
    ]
    _, public = generate_keys(folder / "keys")
    path = folder / "big.idgb"
    source = Source(folder, model.Publisher("big", "Big Goods", brands=brands), products)
    write_bundle(source, path, folder / "keys" / "private.key", sequence=1)
    assert path.stat().st_size > 1_000_000
    return path, public


@pytest.fixture(scope="module")
def caldelo_bundle(tmp_path_factory) -> tuple[Path, Path, list[str]]:
    """A rights holder's bundle as IT gets one: the demo publisher demo-caldelo's content under
    its own id (caldelo) signed with its own key; its public key and brand ids. (The demo's
    own bundles are signed with the public demo key, which nobody can trust for a publisher.)"""
    from idguide.catalog.bundles import generate_keys
    from idguide.catalog.bundles.build import build_bundle

    folder = tmp_path_factory.mktemp("caldelo")
    source = folder / "caldelo"
    shutil.copytree(DEMO / "src" / "demo-caldelo", source)
    publisher = yaml.safe_load((source / "publisher.yaml").read_text(encoding="utf-8"))
    publisher["id"] = "caldelo"
    (source / "publisher.yaml").write_text(yaml.safe_dump(publisher, allow_unicode=True))
    private, public = generate_keys(folder / "keys")
    build_bundle(source, folder / "caldelo.idgb", private, 1)
    return folder / "caldelo.idgb", public, [brand["id"] for brand in publisher["brands"]]


def demo_products() -> list[dict]:
    return [
        yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(DEMO.glob("src/*/products/*.yaml"))
    ]


def test_the_demo_installs_and_is_searched_looked_up_and_checked(place: Place):
    count = len(demo_products())
    done = place.run("demo")
    assert f"Demo catalogue (fictional content): {count} added" in done.stdout
    assert (place.work / "data" / "idguide" / "catalog.db").is_file()  # the default catalogue
    again = place.run("demo")
    assert f"0 added, 0 updated, {count} unchanged" in again.stdout

    found = json.loads(place.run("search", "nordiva", "--json").stdout)
    assert found and all(row["brand"] == "Nordiva" for row in found)
    product = next(p for p in demo_products() if p.get("gtins"))
    looked_up = json.loads(place.run("lookup", product["gtins"][0], "--json").stdout)
    assert [row["id"] for row in looked_up] == [product["id"]]
    checked = place.run("check")
    assert checked.stdout.strip() == "Catalogue OK." and not checked.stderr

    # a bundle the public demo key signs that is not one the build ships (its sha256 pinned in
    # the build's SHA256SUMS) is refused, even for a demo publisher this catalogue trusts
    forged = _forged_demo_bundle(place.work / "forged")
    refused = place.run("import", place.inside(forged), expect=1)
    assert "not one of the demo bundles shipped with this idguide" in refused.stderr

    # the officer's own data is written and read through sqlite-utils, which loads on first use
    place.run("note", product["id"], "Seen at the port")
    notes = json.loads(place.run("notes", "--json").stdout)
    assert [(row["product_id"], row["text"]) for row in notes] == [
        (product["id"], "Seen at the port")
    ]


def _forged_demo_bundle(folder: Path) -> Path:
    """demo-caldelo's bundle with a changed name, sequence 2, signed with the demo key from this
    checkout (public: it is in the repository)."""
    from idguide.catalog.bundles.build import build_bundle

    source = folder / "demo-caldelo"
    shutil.copytree(DEMO / "src" / "demo-caldelo", source)
    product = next(source.glob("products/*.yaml"))
    text = product.read_text(encoding="utf-8")
    product.write_text(text.replace("revision: ", "revision: 9", 1), encoding="utf-8")
    private = ROOT / "scripts" / "demo" / "keys" / "private.key"
    build_bundle(source, folder / "forged.idgb", private, 2)
    return folder / "forged.idgb"


def test_scan_reads_codes_in_a_picture_and_a_digital_link_and_checks_them(place: Place):
    """`idguide scan` needs zxing-cpp's native module (codes in pictures) and biip with its
    tables of GS1 application identifiers and prefixes (what a code holds): both frozen."""
    product = next(p for p in demo_products() if p.get("gtins"))
    gtin = product["gtins"][0]
    catalog = place.inside(place.work / "scan.db")
    place.run("--catalog", catalog, "demo")
    ean = code_image(gtin, "ean13")
    # a lot written as the demo publishers declare theirs (L, 4 digits, -, 2 digits): all green
    label = code_image(f"(01){gtin:0>14}(17)291231(10)L2407-01", "datamatrix", gs1=True)
    (place.work / "parcel.png").write_bytes(png(photo([ean, label], size=(900, 500))))
    link = f"https://brand.example/01/{gtin:0>14}/10/L2407-01?17=291231"

    done = place.run(
        "--catalog", catalog, "scan", "--json", place.inside(place.work / "parcel.png"), link
    )
    rows = json.loads(done.stdout)
    assert [row["code"]["format"] for row in rows[:2]] == ["EAN-13", "Data Matrix"]
    assert rows[2]["code"] is None and rows[2]["scan"]["form"] == "digital-link"
    for row in rows:
        assert row["scan"]["gtin"] == f"{gtin:0>14}"
        assert [found["id"] for found in row["products"]] == [product["id"]]
        assert row["level"] == "green"
    for row in rows[1:]:
        assert (row["scan"]["lot"], row["scan"]["expiry"]) == ("L2407-01", "2029-12-31")
        assert {"ai": "10", "title": "BATCH/LOT", "value": "L2407-01"} in row["scan"]["fields"]


def test_language_and_market_codes_are_checked_with_the_builds_cldr_data(place: Place):
    """Texts' language codes and markets are checked against babel's copy of CLDR, of which the
    build ships only what idguide asks for (English names and babel's global tables, see
    packaging/idguide.spec): a mistyped language, an ISO 639-2 code, a country's name and a
    made-up code each get their message, with what was meant."""
    source = place.work / f"caldelo-{uuid.uuid4().hex[:6]}"
    shutil.copytree(DEMO / "src" / "demo-caldelo", source)
    first, second = sorted(source.glob("products/*.yaml"))[:2]
    text = first.read_text(encoding="utf-8").replace("\n  es:\n", "\n  spa:\n", 1)
    text = re.sub(r"made_in: \[\w+\]", "made_in: [Spain]", text)
    first.write_text(re.sub(r"never_sold_in: \[\w+\]", "never_sold_in: [QQ]", text), "utf-8")
    second.write_text(second.read_text("utf-8").replace("\n  es:\n", "\n  sp:\n", 1), "utf-8")
    said = place.run("bundle", "check", place.inside(source), expect=1).stdout
    for mistyped in ("spa", "sp"):
        message = f"'{mistyped}' is not a language code such as en, es, fr, pt; did you mean 'es'"
        assert f"{message} (Spanish)?" in said
    assert "'Spain' is not a country code such as SE, US, CN (ISO 3166)" in said
    assert "did you mean 'ES' (Spain)?" in said
    made_up = [line for line in said.splitlines() if "'QQ'" in line]
    assert len(made_up) == 1 and "is not a country code" in made_up[0]
    assert "did you mean" not in made_up[0]  # nothing is guessed for a code that means nothing


def test_a_publishers_bundle_and_a_large_bundle_import_with_the_helper_and_the_index_workers(
    place: Place, big_bundle: tuple[Path, Path], caldelo_bundle: tuple[Path, Path, list[str]]
):
    catalog = place.inside(place.work / "imported.db")
    # the public demo key is trusted for no publisher, as the build's own demo says
    shutil.copy(DEMO / "keys" / "public.key", place.work / "demo.key")
    demo_key = place.inside(place.work / "demo.key")
    bundle, public, brands = caldelo_bundle
    refused = place.run("--catalog", catalog, "trust", "add", "--publisher", "caldelo",
                        "--brands", ",".join(brands), demo_key, expect=1)  # fmt: skip
    assert "public demo key" in refused.stderr and refused.stderr.count("\n") == 1
    # a rights holder's bundle, its key trusted for its brands, as IT would
    shutil.copy(bundle, place.work / "caldelo.idgb")
    shutil.copy(public, place.work / "caldelo.key")
    place.run("--catalog", catalog, "trust", "add", "--publisher", "caldelo", "--brands",
              ",".join(brands), place.inside(place.work / "caldelo.key"))  # fmt: skip
    done = place.run("--catalog", catalog, "import", place.inside(place.work / "caldelo.idgb"))
    products = len(list((DEMO / "src" / "demo-caldelo" / "products").glob("*.yaml")))
    assert f"{products} added" in done.stdout

    bundle, public = big_bundle
    shutil.copy(bundle, place.work / "big.idgb")
    shutil.copy(public, place.work / "big.key")
    big = place.inside(place.work / "big.idgb")
    place.run("--catalog", catalog, "trust", "add", "--publisher", "big", "--all-brands",
              place.inside(place.work / "big.key"))  # fmt: skip
    trace = place.work / f"trace-{uuid.uuid4().hex[:6]}"
    done = place.run("--catalog", catalog, "import", big, trace=trace)
    assert f"{BIG_PRODUCTS} added, 0 updated" in done.stdout

    workers = _workers(trace)
    helpers = [opened for opened in workers.values() if big in opened]
    index_workers = [
        opened for opened in workers.values() if any(".index.building-" in p for p in opened)
    ]
    assert len(workers) == 3, f"expected the picture helper and two index workers: {workers}"
    assert len(helpers) == 1 and any("/.incoming-" in path for path in helpers[0]), (
        "the picture helper did not check and stage pictures"
    )
    assert len(index_workers) == 2
    assert any(path.endswith(".seg") for opened in index_workers for path in opened), (
        "no index worker wrote a segment of the index"
    )

    rows = json.loads(place.run("--catalog", catalog, "search", "BG-19999", "--json").stdout)
    assert rows[0]["id"] == "big-19999"
    rows = json.loads(place.run("--catalog", catalog, "search", "almendras", "--json").stdout)
    assert rows and rows[0]["id"].startswith("almendria-")
    assert place.run("--catalog", catalog, "check").stdout.strip() == "Catalogue OK."


def _workers(trace: Path) -> dict[int, list[str]]:
    """The processes strace saw started as workers (pid -> the files each opened)."""
    found = {}
    for log in trace.glob("process.*"):
        text = log.read_text(errors="replace")
        if re.search(rf'execve\([^\n]*"{WORKER}"', text):
            opened = re.findall(r'openat\(AT_FDCWD, "([^"]+)", [^)]*\) = \d+', text)
            found[int(log.suffix[1:])] = opened
    return found


OFFSCREEN_SIZE_HINTS = "This plugin does not support propagateSizeHints()"


def test_the_app_opens_offscreen_and_closes(place: Place):
    """IDGUIDE_CLOSE_AT_ONCE (idguide/ui/app.py) closes the window once it is shown, as the
    officer would: it saves where the window was, and the program ends normally."""
    catalog = place.work / "app.db"
    done = place.run(
        "--catalog",
        place.inside(catalog),
        extra={"QT_QPA_PLATFORM": "offscreen", "IDGUIDE_CLOSE_AT_ONCE": "1"},
    )
    # no traceback, and no warning from Qt either, but for the offscreen platform's note that
    # it cannot pass size hints on (two windows in turn: the first one, then the main window;
    # the X11 test below allows nothing)
    noted = [line for line in done.stderr.splitlines() if line != OFFSCREEN_SIZE_HINTS]
    assert not noted
    assert catalog.is_file()
    settings = (place.work / "config" / "idguide" / "idguide.ini").read_text()
    assert "[window]" in settings and "geometry=" in settings


@pytest.mark.x11
def test_the_app_opens_on_a_real_x_server_and_closes(build: Path, tmp_path: Path):
    """The same on the X server of `make test`'s second pass (Xvfb with a window manager),
    through the build's own X11 plugin and libraries, as on an officer's X11 desktop."""
    place = Place(build, tmp_path)
    display = {name: os.environ.get(name, "") for name in ("DISPLAY", "XAUTHORITY")}
    done = place.run(
        "--catalog",
        str(tmp_path / "app.db"),
        extra={"QT_QPA_PLATFORM": "xcb", "IDGUIDE_CLOSE_AT_ONCE": "1", **display},
    )
    assert not done.stderr
    settings = (place.work / "config" / "idguide" / "idguide.ini").read_text()
    assert "[window]" in settings and "geometry=" in settings


def test_the_builds_libraries_are_its_own_or_the_listed_system_ones(place: Place):
    """`ldd` over every binary of the build, as its program loads them (LD_LIBRARY_PATH is
    the folder's _internal, as the program sets it): nothing is missing, and what comes from
    the system is what packaging/system-libraries.txt (and docs/deploy.md) lists, no more."""
    binaries = [place.inside(path) for path in release().elf_files(place.build)]
    internal = place.inside(place.build / "_internal")
    command = ["env", "-i", f"LD_LIBRARY_PATH={internal}", "ldd", *binaries]
    if place.root is not None:
        command = ["chroot", str(place.root), *command]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    missing = sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
    assert not missing, f"libraries found neither in the build nor on the system: {missing}"
    system = set()
    for line in out.splitlines():
        found = re.match(r"\s+(\S+) => (/\S+)|\s+(/\S+) \(0x", line)
        if found and not (found[2] or found[3]).startswith(place.inside(place.build)):
            system.add(found[1] or Path(found[3]).name)
    assert system == system_libraries()


def test_the_build_holds_its_content_and_leaves_out_what_it_does_not_use(build: Path):
    files = {path.relative_to(build).as_posix() for path in release().files(build)}
    names = {Path(name).name for name in files}
    assets = "_internal/idguide/assets"
    assert "private.key" not in names
    assert f"{assets}/demo/keys/public.key" in files
    shipped = {path.name for path in (DEMO / "bundles").glob("*.idgb")} | {"SHA256SUMS"}
    assert {Path(f).name for f in files if f.startswith(f"{assets}/demo/bundles/")} == shipped
    sums = (build / assets / "demo" / "bundles" / "SHA256SUMS").read_text().splitlines()
    for line in sums:  # the demo installs only bundles whose sha256 is listed
        sha256, name = line.split()
        data = (build / assets / "demo" / "bundles" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha256
    assert len(sums) == len(shipped) - 1
    fonts = {f"{assets}/fonts/{path.name}" for path in (ROOT / "assets" / "fonts").iterdir()}
    sources = {f"{assets}/demo/{p.relative_to(DEMO).as_posix()}" for p in DEMO.glob("src/**/*.*")}
    assert fonts <= files and sources <= files
    assert "_internal/idguide/catalog/schemas/examination.schema.json" in files
    unused = re.compile(
        r"Qt6?(Qml|Quick|WebEngine|3D|Multimedia|Network|Pdf)|libgtk|qgtk3|imagingtk", re.I
    )
    assert not sorted(name for name in names if unused.search(name))
    qt_languages = {
        re.sub(r"^qt(base)?_", "", Path(name).stem).split("_")[0]
        for name in files
        if name.endswith(".qm") and "/PySide6/" in name
    }
    assert qt_languages and qt_languages <= LANGUAGES
    babel = {Path(name).name for name in files if name.startswith("_internal/babel/locale-data/")}
    # English names, the dates and country names of the languages idguide prints in, the licence
    printed = {"es.dat", "fr.dat", "pt.dat", "pt_BR.dat"}
    assert babel == {"en.dat", "root.dat", "LICENSE.unicode"} | printed
    core = {name for name in files if name.endswith("/LC_MESSAGES/idguide.mo")}
    assert {name.split("/")[-3] for name in core} == {"es", "fr", "pt"}
    app = {Path(name).name for name in files if name.startswith("_internal/idguide/ui/i18n/")}
    assert app == {"idguide_es.qm", "idguide_fr.qm", "idguide_pt.qm"}  # not the .ts sources
    tool = release()
    assert sum(tool.sizes(build).values()) <= tool.BUDGET_MB * tool.MB


def test_the_release_archive_holds_the_build_and_its_sha256_matches(build: Path):
    archives = list(build.parent.glob("idguide-*-linux-x86_64.tar.gz"))
    assert len(archives) == 1, "make dist writes one release archive beside the build"
    archive = archives[0]
    expected = f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n"
    assert archive.with_name(archive.name + ".sha256").read_text() == expected
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert "idguide/idguide" in names and "idguide/_internal" in names
    assert not [name for name in names if name.endswith("private.key")]


def test_the_deployment_guide_names_the_oldest_glibc_and_the_system_libraries(build: Path):
    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    floor, _ = release().glibc_floor(build)
    assert f"glibc {'.'.join(map(str, floor))}" in guide
    for needed, package in system_needs().items():
        assert needed in guide and package in guide, needed


def test_a_build_missing_a_demo_bundle_says_so_and_changes_nothing(build: Path, tmp_path: Path):
    """The build never holds the demo's private key, so it cannot sign a missing demo bundle
    again as a checkout does: it says what is wrong in one line."""
    damaged = tmp_path / "idguide"
    _copy_build(build, damaged)
    (damaged / "_internal/idguide/assets/demo/bundles/demo-strydon.idgb").unlink()
    place = Place(damaged, tmp_path / "work")
    done = place.run("demo", expect=1)
    assert not done.stdout and done.stderr.count("\n") == 1
    assert "demo-strydon.idgb is missing from this installation" in done.stderr
    assert "reinstall idguide" in done.stderr
    catalog = place.work / "data" / "idguide" / "catalog.db"
    checked = place.run("--catalog", str(catalog), "stats", "--json")
    assert json.loads(checked.stdout)["products"] == 0
