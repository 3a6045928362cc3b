"""The messages of the update feed, the rest of the core and the command line's output reach
an officer or an administrator in Spanish, French and Portuguese: every text of these areas is
translated in the three .po files, no English sentence goes to an exception or to the terminal
without passing through gettext, and the commands say their errors in the language asked."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from feed_helpers import PROXY_VARIABLES, laptop, make_bundles, make_feed
from support import run_cli

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "idguide" / "catalog" / "i18n"
LANGUAGES = ("es", "fr", "pt")
# The areas whose messages this test holds to translation (bundles/, authoring/, preview/ and
# their commands, and scanning/ with `idguide scan`, are held by tests of their own).
AREAS = (
    "idguide/catalog/feed/",
    "idguide/catalog/finding/",
    "idguide/catalog/examinations/",
    *(
        f"idguide/catalog/{module}.py"
        for module in (
            "store",
            "usermove",
            "userdb",
            "schema",
            "write",
            "read",
            "managed",
            "faults",
            "images",
            "demo",
            "check",
            "overview",
            "pdf",
            "sysconfig",
            "notes",
            "paths",
        )
    ),
    *(
        f"idguide/cli/{module}.py"
        for module in (
            "feed",
            "catalogue",
            "officer",
            "training",
            "examinations",
            "commands",
            "common",
        )
    ),
)
# A text a person reads: two words of letters or more ("Nothing was changed"). Paths, codes,
# JSON keys and `--options` alone are machine text and stay as they are.
WORDS = re.compile(r"[A-Za-z]{2,}[ ,;:']+[A-Za-z]{2,}")
# What marks a text for translation (idguide.catalog.i18n).
MARKERS = {"_", "N_", "gettext", "ngettext", "translation"}


def po(language: str):
    with (I18N / language / "LC_MESSAGES" / "idguide.po").open("rb") as infile:
        return read_po(infile)


def in_areas(path: str) -> bool:
    return path.startswith(AREAS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_these_areas_is_translated(language):
    missing = [
        message.id
        for message in po(language)
        if message.id
        and any(in_areas(path) for path, _line in message.locations)
        and (not message.string or message.fuzzy)
    ]
    assert not missing, f"{language}: translate {missing} (docs/translations.md)"


def _sources() -> list[Path]:
    found: list[Path] = []
    for area in AREAS:
        path = ROOT / area
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _english(node: ast.AST) -> list[str]:
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
        return [node.value] if WORDS.search(node.value) else []
    if isinstance(node, ast.JoinedStr):  # f"Workshop {id} deleted.": the words around the values
        words = " ".join(
            part.value if isinstance(part, ast.Constant) else "0" for part in node.values
        )
        if len(re.findall(r"\b[A-Za-z]{2,}\b", words)) >= 2:
            return [ast.unparse(node)]
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _english(child)
    return found


def _shown(call: ast.Call) -> bool:
    """Whether ``call`` raises its text to a person or prints it: an exception or warning
    made, print(), sys.stdout/stderr.write(); a text put into a translated sentence."""
    name = _name(call)
    if name.endswith(("Error", "Warning")) or name == "print":
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
                         for text in _english(node.value)]  # fmt: skip
                continue
            if not isinstance(node, ast.Call) or not _shown(node):
                continue
            given = [*node.args, *(k.value for k in node.keywords if k.arg not in ("help",))]
            if _name(node) == "json_or_text":
                given = given[2:]
            for argument in given:
                for text in _english(argument):
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
        return [node] if _english(node) else []
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


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    return make_bundles(tmp_path_factory.mktemp("bundles"))


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


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
