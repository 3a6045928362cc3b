"""The messages of signed bundles, the trust store, publishing (authoring) and the preview in
Spanish, French and Portuguese: every text of these areas is translated, no English sentence
reaches an error, a finding or the command line's output without going through gettext, and
a refused bundle, an author's mistake and a trust command's error are said in the language
asked for."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bundle_helpers import build, copy_source, make_keys, members, trusted_catalog, write_zip
from PIL import Image as PILImage
from support import run_cli

from idguide.catalog import images, open_catalog
from idguide.catalog.i18n import translation

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "idguide" / "catalog" / "i18n"
LANGUAGES = ("es", "fr", "pt")
# The areas whose every message is translated (paths as the .po files' locations give them).
AREAS = [
    "idguide/catalog/bundles/",
    "idguide/catalog/authoring/",
    "idguide/catalog/preview/",
    "idguide/cli/bundles.py",
    "idguide/cli/trust.py",
    "idguide/cli/authoring.py",
]
# What a reader sees: the text given to these calls is a message, not machine text.
MESSAGE_CALLS = re.compile(r"(.*(Error|Warning)|Problem|problem|fail|add|print|Installability)$")
# The calls that make a message translatable.
TRANSLATING = {"_", "N_", "gettext", "ngettext", "translation"}
WORDS = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")


def untranslated(areas: list[str], language: str) -> list[str]:
    """The texts of ``areas`` with no finished translation in ``language``."""
    with (I18N / language / "LC_MESSAGES" / "idguide.po").open("rb") as infile:
        messages = read_po(infile)
    return [
        str(message.id)
        for message in messages
        if message.id
        and any(path.startswith(tuple(areas)) for path, _line in message.locations)
        and (not message.string or message.fuzzy)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_of_these_areas_is_translated(language):
    assert not untranslated(AREAS, language)


def _name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _english(node: ast.AST) -> list[str]:
    """The texts ``node`` writes itself (each literal; an f-string's literal parts together),
    outside any call: a text inside ``_(...)`` or another call is that call's business."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Call):
        return []
    if isinstance(node, ast.JoinedStr):
        return [" ".join(text for part in node.values for text in _english(part))]
    return [text for child in ast.iter_child_nodes(node) for text in _english(child)]


def _shown(tree: ast.AST, command_line: bool) -> Iterator[tuple[int, ast.AST]]:
    """What reaches a reader: the arguments of the calls that make messages, and (in a command
    module) the lines its functions yield or return for printing."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and MESSAGE_CALLS.match(_name(node)):
            yield from ((node.lineno, a) for a in [*node.args, *(k.value for k in node.keywords)])
        elif command_line and isinstance(node, ast.Yield | ast.Return) and node.value:
            yield node.lineno, node.value


def english_messages(areas: list[str]) -> list[str]:
    """Each call in ``areas`` that gives a reader words of English that gettext never sees:
    "file:line: text"."""
    found = []
    for area in areas:
        path = ROOT / area
        for source in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            tree = ast.parse(source.read_text("utf-8"))
            command_line = area.startswith("idguide/cli/")
            for line, node in _shown(tree, command_line):
                found += [
                    f"{source.relative_to(ROOT)}:{line}: {text[:60]}"
                    for text in _english(node)
                    if WORDS.search(text)
                ]
    return found


def test_no_english_sentence_skips_gettext():
    assert not english_messages(AREAS)


# -- what a user reads, in the language asked for -------------------------------------------------


@pytest.fixture
def signed(tmp_path):
    """A catalogue trusting the sample publisher, its key and a bundle it signed."""
    private, public = make_keys(tmp_path / "keys")
    catalog = trusted_catalog(tmp_path / "catalog.db", public)
    bundle = build(copy_source(tmp_path), tmp_path / "n1.idgb", private)
    return catalog, bundle, private, public


def _products(catalog: Path) -> int:
    with open_catalog(catalog) as cat:
        return cat.conn.execute("SELECT count(*) FROM products").fetchone()[0]


def test_a_tampered_bundle_is_refused_in_french(signed, tmp_path, capsys):
    catalog, bundle, _private, _public = signed
    parts = members(bundle)
    signed_manifest = parts["manifest.json"]
    parts["manifest.json"] = signed_manifest.replace(b'"sequence":1', b'"sequence":7')
    assert parts["manifest.json"] != signed_manifest  # changed after signing

    tampered = write_zip(tmp_path / "tampered.idgb", parts)
    code, _out, err = run_cli(capsys, "--catalog", catalog, "--lang", "fr", "import", tampered)
    assert code == 1
    assert "La signature ne correspond pas au manifeste" in err
    assert "Rien n'a été installé." in err
    assert "signature does not match" not in err and "Nothing was installed" not in err
    assert _products(catalog) == 0


def test_an_unsigned_bundle_is_refused_in_french(signed, tmp_path, capsys):
    catalog, bundle, _private, _public = signed
    parts = members(bundle)
    del parts["manifest.sig"]
    unsigned = write_zip(tmp_path / "unsigned.idgb", parts)
    code, _out, err = run_cli(capsys, "--catalog", catalog, "--lang", "fr", "import", unsigned)
    assert code == 1
    assert err == (
        "idguide: unsigned.idgb : pas de manifest.sig ; ce n'est pas un paquet idguide signé.\n"
    )
    assert _products(catalog) == 0


def test_an_authors_mistakes_are_reported_in_spanish(signed, tmp_path, capsys):
    _catalog, _bundle, private, _public = signed
    source = copy_source(tmp_path / "again")
    wrench = source / "products" / "wrench.yaml"
    text = wrench.read_text("utf-8")
    wrench.write_text(text.replace("category: hand-tools", "category: hand-tool"), "utf-8")
    out_file = tmp_path / "n2.idgb"
    code, _out, err = run_cli(
        capsys, "--lang", "es", "bundle", "build", source, "-o", out_file, "--key", private
    )
    assert code == 1
    assert (
        "products/wrench.yaml:4: category: categoría desconocida 'hand-tool'; ¿quería decir "
        "'hand-tools'? use una de"
    ) in err
    assert "1 problema encontrado." not in err  # build says how many in its one-line error
    assert "1 problema en el origen; el primero:" in err
    assert "unknown category" not in err and "problems" not in err
    assert not out_file.exists()


def test_a_trust_commands_mistake_is_said_in_portuguese(signed, capsys):
    catalog, _bundle, _private, public = signed
    code, _out, err = run_cli(
        capsys,
        "--catalog",
        catalog,
        "--lang",
        "pt",
        "trust",
        "add",
        public,
        "--publisher",
        "Nordhaven Tools",
        "--brands",
        "nordiva",
    )
    assert code == 1
    assert err == (
        "idguide: 'Nordhaven Tools' não é um id de editor: use minúsculas, algarismos e hífenes, "
        "como nos pacotes do editor (veja `idguide bundle verify FILE`).\n"
    )
    code, _out, err = run_cli(
        capsys, "--catalog", catalog, "--lang", "pt", "trust", "revoke-key", "0123456789abcdef"
    )
    assert code == 1
    assert "Nenhuma chave '0123456789abcdef' no repositório de confiança" in err


def test_a_picture_too_large_is_advised_in_spanish_to_be_saved_smaller(tmp_path, capsys):
    """The advice follows the picture, not English words of its message."""
    source = copy_source(tmp_path)
    PILImage.new("1", (8000, 6000)).save(source / "images" / "pliers.png")
    code, out, _err = run_cli(capsys, "--lang", "es", "bundle", "check", source)
    assert code == 1
    [said] = [line for line in out.splitlines() if "pliers.png" in line]
    assert "8000x6000" in said
    assert "Guárdela como imagen JPEG, PNG o WEBP." not in said  # it is one, too large
    assert translation("es").gettext(images.SAVE_SMALLER) in said
