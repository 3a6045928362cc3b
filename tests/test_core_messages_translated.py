"""The core's messages and the command line's output in Spanish, French and Portuguese: those
of signed bundles, the trust store, publishing (authoring) and the preview; of the update feed;
of opening a catalogue, the officer's own data, searching, examinations, workshops, `check`,
`manage`, the demo and IT's system configuration. Every text of these areas is translated, no
English sentence reaches an error, a finding or the command line's output without going through
gettext, and a refused bundle, an author's mistake, a trust command's error, a feed that cannot
be synced, a search and a catalogue that cannot be opened are said in the language asked for."""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bundle_helpers import build, copy_source, make_keys, members, trusted_catalog, write_zip
from feed_helpers import laptop, make_feed
from PIL import Image as PILImage
from support import run_cli

from idguide.catalog import images, open_catalog
from idguide.catalog.i18n import translation

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "idguide" / "catalog" / "i18n"
LANGUAGES = ("es", "fr", "pt")
# The areas whose every message is translated (paths as the .po files' locations give them).
AREAS = ["idguide/catalog/", "idguide/cli/"]  # the whole core and the command line
# Errors that only a mistake in idguide's own code raises: for its developers, in English.
PROGRAMMING_ERRORS = {"TypeError", "AttributeError"}
# What a reader sees: the text given to these calls is a message, not machine text.
# (a long operation's progress label is shown in the app's status bar and the terminal)
MESSAGE_CALLS = re.compile(
    r"(.*(Error|Warning)|Problem|problem|fail|add|print|Installability|report|progress)$"
)
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
        name = _name(node) if isinstance(node, ast.Call) else ""
        if name in PROGRAMMING_ERRORS:
            continue
        if isinstance(node, ast.Call) and MESSAGE_CALLS.match(name):
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
    assert "Nenhuma chave '0123456789abcdef' no registro de confiança" in err


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


# -- stricter: exceptions, printed lines and a command's every text -------------------------------

# A text a person reads: two words of letters or more ("Nothing was changed"). Paths, codes,
# JSON keys and `--options` alone are machine text and stay as they are.
LETTER_WORDS = re.compile(r"[A-Za-z]{2,}[ ,;:']+[A-Za-z]{2,}")
MARKERS = TRANSLATING


def _sources() -> list[Path]:
    found: list[Path] = []
    for area in AREAS:
        path = ROOT / area
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def _bare_english(node: ast.AST) -> list[str]:
    """The English sentences in ``node`` that no translation call wraps: string literals and
    the literal parts of f-strings."""
    if isinstance(node, ast.Call) and (
        _name(node) in MARKERS
        or _name(node) in ("dumps", "print_json")  # JSON is for programs
        or (isinstance(node.func, ast.Attribute) and _name(node) == "gettext")
    ):
        return []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # translation(lang).gettext(...): the call on a translation is marked
        inner = node.func.value
        if isinstance(inner, ast.Call) and _name(inner) in MARKERS:
            return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if LETTER_WORDS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):  # f"Workshop {id} deleted.": the words around the values
        words = " ".join(
            part.value if isinstance(part, ast.Constant) else "0" for part in node.values
        )
        if len(re.findall(r"\b[A-Za-z]{2,}\b", words)) >= 2:
            return [ast.unparse(node)]
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _bare_english(child)
    return found


def _said(call: ast.Call) -> bool:
    """Whether ``call`` raises its text to a person or prints it: an exception or warning
    made, print(), sys.stdout/stderr.write(); a text put into a translated sentence."""
    name = _name(call)
    if name in PROGRAMMING_ERRORS:
        return False
    if name.endswith(("Error", "Warning")) or name in ("print", "report", "progress"):
        return True
    if name == "json_or_text":  # its lines are for a person (its data are JSON)
        return True
    if name == "write" and isinstance(call.func, ast.Attribute):
        return ast.unparse(call.func.value) in ("sys.stdout", "sys.stderr")
    if name == "format" and isinstance(call.func, ast.Attribute):  # _("...").format(x="...")
        inner = call.func.value
        return isinstance(inner, ast.Call) and _name(inner) in MARKERS
    return False


def test_no_english_sentence_reaches_a_user_without_gettext():
    """An English sentence given straight to an exception or to the terminal would be shown
    in English whatever the language: it must go through _(), N_() or translation()."""
    bare = []
    for path in _sources():
        tree = ast.parse(path.read_text("utf-8"))
        cli = path.parent.name == "cli"
        for node in ast.walk(tree):
            if cli and isinstance(node, ast.Yield | ast.Return) and node.value is not None:
                # a command's lines, made one by one (yield) or by a helper (return)
                bare += [f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}"
                         for text in _bare_english(node.value)]  # fmt: skip
                continue
            if not isinstance(node, ast.Call) or not _said(node):
                continue
            given = [*node.args, *(k.value for k in node.keywords if k.arg not in ("help",))]
            if _name(node) == "json_or_text":
                given = given[2:]
            for argument in given:
                for text in _bare_english(argument):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert not bare, "mark these with _() and translate them:\n" + "\n".join(bare)


# argparse's texts (--help, the commands' descriptions) stay English (docs/translations.md)
ARGPARSE = {
    "add_argument",
    "add_command",
    "add_group",
    "add_parser",
    "Parser",
    "ArgumentParser",
    "exit",  # Parser.error: argparse's usage error
}


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def _unmarked(node: ast.AST, skip: set[int]) -> list[ast.AST]:
    """The English texts under ``node`` outside translation calls, argparse's calls and
    ``skip`` (docstrings)."""
    if id(node) in skip:
        return []
    if isinstance(node, ast.Call) and (_name(node) in MARKERS | ARGPARSE | {"print_json"}):
        return []
    if isinstance(node, ast.Constant | ast.JoinedStr):
        return [node] if _bare_english(node) else []
    found: list[ast.AST] = []
    for child in ast.iter_child_nodes(node):
        found += _unmarked(child, skip)
    return found


def test_every_sentence_of_the_command_line_goes_through_gettext():
    """Stricter for the command line, whose words are all for a person: any English text in
    these modules, wherever it is kept, is a help text or goes through gettext."""
    bare = []
    for path in _sources():
        if path.parent.name != "cli":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in _unmarked(tree, _docstrings(tree)):
            bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not bare, "mark these with _() and translate them:\n" + "\n".join(bare)


# -- the commands in the language asked ---------------------------------------------------------


def test_a_feed_folder_that_is_not_there_is_said_in_french(tmp_path, bundles, capsys):
    feed, _keys = make_feed(tmp_path, bundles, [bundles.n1])
    stick = tmp_path / "usb-stick"
    feed.rename(stick)
    catalogue = laptop(tmp_path, str(feed), stick / "metadata/1.root.json")
    code, _out, err = run_cli(capsys, "--lang", "fr", "--catalog", catalogue, "sync")
    assert code == 1 and "Traceback" not in err
    assert "le dossier n'est pas là" in err and "Branchez la clé USB" in err
    assert "the folder is not there" not in err and "Plug in" not in err


def test_a_feed_signed_by_other_keys_than_its_root_file_is_refused_in_french(
    tmp_path, bundles, capsys
):
    ours, _ = make_feed(tmp_path, bundles, [bundles.n1], name="ours")
    theirs, _ = make_feed(tmp_path, bundles, [bundles.n1], name="theirs")
    catalogue = laptop(tmp_path, str(theirs), ours / "metadata/1.root.json")
    code, _out, err = run_cli(capsys, "--lang", "fr", "--catalog", catalogue, "sync")
    assert code == 1 and "Traceback" not in err
    assert "ne sont pas signées par les clés du fichier racine" in err
    assert "Rien de nouveau n'a été installé" in err
    assert "not signed" not in err and "Nothing new" not in err


def test_a_root_file_that_is_not_a_feeds_is_refused_in_french(tmp_path, bundles, capsys):
    catalogue = tmp_path / "catalog.db"
    code, _out, err = run_cli(capsys, "--lang", "fr", "--catalog", catalogue, "feed", "add",
                              "https://feed.example/", "--root", bundles.n1)  # fmt: skip
    assert code == 1 and err.count("\n") == 1
    assert (
        "n'est pas le fichier racine d'un flux (le 1.root.json que remet l'administration)" in err
    )


def test_feed_commands_say_what_they_did_in_portuguese(tmp_path, bundles, capsys):
    feed, keys = tmp_path / "feed", tmp_path / "keys"
    code, out, err = run_cli(capsys, "--lang", "pt", "feed", "init", feed, "--keys", keys)
    assert code == 0
    assert f"Fonte {feed} criada, com as chaves em {keys}." in out
    assert err.startswith("Aviso: as chaves foram gravadas sem frase secreta")
    assert "Made the feed" not in out and "Warning" not in err


def test_an_option_the_command_does_not_take_is_still_argparse_english(capsys):
    """argparse's own messages and --help stay English (docs/translations.md)."""
    code, _out, err = run_cli(capsys, "--lang", "fr", "feed", "frobnicate")
    assert code == 64 and "invalid choice" in err


def test_a_catalogue_of_a_newer_idguide_is_refused_in_portuguese(tmp_path, capsys):
    path = tmp_path / "catalog.db"
    run_cli(capsys, "--catalog", path, "stats")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    code, _out, err = run_cli(capsys, "--lang", "pt", "--catalog", path, "stats")
    assert code == 1 and "Traceback" not in err
    assert "idguide mais novo" in err and "newer idguide" not in err


def test_a_folder_given_for_the_catalogue_is_refused_in_portuguese(tmp_path, capsys):
    code, _out, err = run_cli(capsys, "--lang", "pt", "--catalog", tmp_path, "list")
    assert code == 1 and "é uma pasta" in err and "is a folder" not in err


@pytest.fixture
def sample(tmp_path):
    from support import sample_catalog

    return sample_catalog(tmp_path)


def test_a_search_says_its_outcome_in_spanish(sample, capsys):
    code, out, err = run_cli(capsys, "--lang", "es", "--catalog", sample, "search", "mordiva ")
    assert code == 0 and out == ""
    assert err.startswith("No se encontraron productos. ¿Quiso decir: nordiva?")
    code, _out, err = run_cli(
        capsys, "--lang", "es", "--catalog", sample, "search", "4006381333932"
    )
    assert code == 1 and "dígito de control" in err and "check digit" not in err


def test_the_content_follows_the_language_before_the_command(sample, capsys):
    code, out, _ = run_cli(capsys, "--lang", "es", "--catalog", sample, "search", "nordiva")
    assert code == 0 and "Llave dinamométrica TW-200" in out
    code, out, _ = run_cli(
        capsys, "--lang", "es", "--catalog", sample, "search", "nordiva", "--lang", "fr"
    )
    assert "Pince universelle P-8" in out  # the command's own --lang chooses the content
    code, _out, err = run_cli(
        capsys, "--lang", "es", "--catalog", sample, "search", "mordiva ", "--lang", "fr"
    )
    assert err.startswith("No se encontraron productos.")  # and the words stay Spanish


def test_officers_commands_answer_in_spanish(sample, capsys):
    base = ("--lang", "es", "--catalog", sample)
    _, out, _ = run_cli(capsys, *base, "note", "nordiva-wrench-tw200", "Revisar el grabado")
    assert out == "Nota guardada.\n"
    _, out, _ = run_cli(capsys, *base, "stats")
    assert "productos: " in out and "editores: " in out and "products:" not in out
    _, out, _ = run_cli(capsys, *base, "reindex")
    assert out == "Índice de búsqueda reconstruido.\n"
    _, _out, err = run_cli(capsys, *base, "lookup", "5901234123457")
    assert err == "Ningún producto lleva el código de barras 5901234123457.\n"


def test_a_catalogue_that_cannot_be_made_is_said_in_portuguese(tmp_path, capsys):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    code, _out, err = run_cli(capsys, "--lang", "pt", "--catalog", blocked / "catalog.db", "list")
    assert code != 0 and "Traceback" not in err and err.count("\n") == 1
    assert "Não é possível abrir o catálogo" in err and "Cannot open" not in err


def test_a_system_configuration_it_cannot_follow_is_said_in_portuguese(site_config, capsys):
    site_config.parent.mkdir(parents=True, exist_ok=True)
    site_config.write_text('demo = "no"\n', encoding="utf-8")
    code, _out, err = run_cli(capsys, "--lang", "pt", "stats")
    assert code == 1 and "demo deve ser true ou false; peça à TI que o corrija." in err


def test_the_progress_of_rebuilding_the_index_is_said_in_french(sample):
    """The app's status bar shows these labels while the work runs."""
    from idguide.catalog import i18n
    from idguide.catalog.store import open_catalog

    labels: list[str] = []
    i18n.set_language("fr")
    try:
        with open_catalog(sample) as catalog:
            catalog.reindex(lambda _done, _total, label: labels.append(label))
    finally:
        i18n.set_language("en")
    assert "Indexation des produits" in labels
    assert "Enregistrement de l'index de recherche" in labels
    assert not {"Indexing products", "Saving the search index"} & set(labels)


def test_the_list_of_examinations_names_verdicts_in_french(sample, capsys):
    base = ("--lang", "fr", "--catalog", sample)
    code, out, _ = run_cli(capsys, *base, "exam", "new", "nordiva-wrench-tw200",
                           "--verdict", "suspected", "--case", "S-1")  # fmt: skip
    assert code == 0
    _code, out, _ = run_cli(capsys, *base, "exam", "list")
    assert "Contrefaçon présumée" in out and "affaire S-1" in out and "suspected" not in out


def test_the_demo_mark_of_listed_bundles_and_publishers_is_in_the_language(tmp_path, capsys):
    from idguide.catalog.paths import demo_sources

    path = tmp_path / "catalog.db"
    run_cli(capsys, "--catalog", path, "demo")
    _, out, _ = run_cli(capsys, "--lang", "fr", "--catalog", path, "bundles")
    assert out.count("DÉMO (contenu fictif)") == len(demo_sources())
    _, out, _ = run_cli(capsys, "--lang", "fr", "--catalog", path, "trust", "list")
    assert "DÉMO (contenu fictif)" in out and "DEMO (fictional content)" not in out


@pytest.mark.parametrize(
    ("pattern", "french"),
    [
        ("", "Le format est vide"),
        ("L" * 101, "Le format compte 101 caractères"),
        (r"(a+)+b", "répète sans fin une partie"),
        (r"\w*\w*\w*\w*\w*\w*\w*\w*\w*\w*x", "pourrait découper un code de trop de façons"),
        (r"(\d)\1", "renvoie à un groupe précédent"),
        (r"(?=L)L\d+", "regarde en avant ou en arrière"),
        ("L[0-9", "n'est pas une expression régulière valide"),
    ],
)
def test_what_is_wrong_with_a_lot_format_is_said_in_french(pattern, french):
    from idguide.catalog import i18n
    from idguide.catalog.codepatterns import pattern_problem

    i18n.set_language("fr")  # (the suite's fixture sets English back)
    said = pattern_problem(pattern)
    assert said is not None and french in said


def test_text_that_can_disguise_itself_is_refused_in_portuguese():
    from idguide.catalog import cleantext, i18n

    i18n.set_language("pt")
    assert cleantext.problem("Alicate \x1b[2J") == (
        "O texto contém o caractere de controle U+001B (invisível, ou capaz de disfarçar o "
        "texto); digite o texto novamente sem ele."
    )


def test_a_bundle_s_kind_is_named_in_the_language(tmp_path, bundles, capsys):
    """ "full" and "delta" are the bundle's codes; a reader sees them in words of their own."""
    feed, keys = tmp_path / "feed", tmp_path / "keys"
    run_cli(capsys, "feed", "init", feed, "--keys", keys)
    code, out, _err = run_cli(
        capsys, "--lang", "fr", "feed", "publish", feed, bundles.n1, "--keys", keys
    )
    assert code == 0 and "séquence 1 (complet)" in out and "(full)" not in out, out


def test_a_language_or_country_code_an_author_mistyped_is_said_in_french():
    from idguide.catalog import i18n
    from idguide.catalog.languages import language_problem, market_problem

    i18n.set_language("fr")
    assert language_problem("spa") == (
        "'spa' n'est pas un code de langue comme en, es, fr, pt ; vouliez-vous dire 'es' "
        "(espagnol) ?"
    )
    assert market_problem("Swedn") == (
        "'Swedn' n'est ni un code de pays comme SE, US, CN (ISO 3166) ni un code de région comme "
        "EU, GCC, LATAM (listés dans docs/bundle-format.md) ; vouliez-vous dire 'SE' (Suède) ?"
    )
