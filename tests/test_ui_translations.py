"""The app's own texts in Spanish, French and Portuguese (Qt: .ts files, .qm via lrelease).

pyside6-lupdate extracts every text the app translates, in the context the app asks Qt for;
the committed .ts files are what it extracts, every message is translated with its
placeholders and shortcut markers kept, and the .qm files are what lrelease compiles them to.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import translations_tool

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "idguide" / "ui"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool


def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    """The messages of a .ts file by (context, source)."""
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What pyside6-lupdate extracts from the app now."""
    ts = tmp_path_factory.mktemp("lupdate") / "idguide_fr.ts"
    translations_tool().extract_ui(ts, "fr")
    return read_ts(ts)


# -- the texts the code asks Qt to translate ------------------------------------------------------


def _classes(tree: ast.AST) -> Iterator[tuple[ast.ClassDef, ast.Call]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    yield node, inner


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def asked(path: Path) -> Iterator[tuple[int, str | None, Message | None]]:
    """Each translation call of ``path``: its line, the name before ``.tr`` and the message the
    app asks for at run time (None when the text is not a literal)."""
    tree = ast.parse(path.read_text("utf-8"))
    owner = {id(call): cls.name for cls, call in _classes(tree)}  # the innermost class wins
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            prefix = ast.unparse(func.value)
            context = owner.get(id(node), "") if prefix == "self" else prefix
            text, plural = _text(node.args[0] if node.args else None), len(node.args) >= 3
        elif isinstance(func, ast.Name) and func.id == "tr":
            yield node.lineno, "", None
            continue
        elif ast.unparse(func) in ("QCoreApplication.translate", "QT_TRANSLATE_NOOP"):
            context, text = _text(node.args[0]), _text(node.args[1])
            if context is None or text is None:  # a helper's: lupdate cannot see its texts
                yield node.lineno, "", None
                continue
            prefix, plural = None, len(node.args) >= 4
        else:
            continue
        message = Message(context, text, plural) if text is not None else None
        yield node.lineno, prefix, message


def app_sources() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if path.name != "translation.py")


def test_lupdate_extracts_every_text_the_app_translates_in_its_context(extracted):
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {message}"
        for path in app_sources()
        for line, _prefix, message in asked(path)
        if message is not None and (message.context, message.source) not in extracted
    ]
    assert not missing
    assert len(extracted) > 500


def test_every_count_is_extracted_as_a_plural(extracted):
    """lupdate marks ``X.tr("%n …", "", n)`` as a plural, not ``translate(…, n)``: a count that
    is not a plural in the .ts would read "1 products" in Spanish."""
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {message.source}"
        for path in app_sources()
        for line, _prefix, message in asked(path)
        if message is not None
        and ("%n" in message.source or "%Ln" in message.source)
        and not (message.plural and extracted[message.context, message.source].get("numerus"))
    ]
    assert not wrong


def test_every_tr_names_its_context_as_the_app_asks_for_it():
    """``window.tr("…")`` is translated at run time in the context of window's class, but
    lupdate files it under "window", and it sees no text through a helper such as
    ``_tr(text)``: only ``self.tr`` or ``SomeClass.tr``, where SomeClass is a class of that name
    (a QObject or a TrContext), agree with the app."""
    wrong = []
    for path in app_sources():
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for line, prefix, _message in asked(path):
            if prefix is None or prefix == "self":
                continue
            named = getattr(module, prefix, None)
            if not (isinstance(named, type) and named.__name__ == prefix):
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {prefix or 'a helper or bare'} tr")
    assert not wrong


# -- the .ts and .qm files ---------------------------------------------------------------------

LANGUAGES = ("es", "fr", "pt")
I18N = UI / "i18n"
GLOSSARY = ROOT / "idguide" / "catalog" / "i18n" / "glossary.tsv"
# What a translation must keep of its source: {0}-style arguments, Qt's %n, %Ln and %1.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d+")


def translations(message: ET.Element) -> list[str]:
    """The message's translation, or each of its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def shortcut_markers(text: str) -> int:
    return text.replace("&&", "").count("&")


def glossary() -> list[dict[str, list[str]]]:
    lines = [
        line.split("\t")
        for line in GLOSSARY.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, rows = lines[0], lines[1:]
    return [{lang: cell.split("|") for lang, cell in zip(header, row, strict=True)} for row in rows]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_holds_exactly_the_texts_of_the_app(language, tmp_path):
    """``make translations`` would change nothing: no text missing, none left over."""
    committed = I18N / f"idguide_{language}.ts"
    again = tmp_path / committed.name
    shutil.copy(committed, again)
    translations_tool().extract_ui(again, translations_tool().TS_LANGUAGES[language])
    assert again.read_text("utf-8") == committed.read_text("utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_file_is_what_lrelease_compiles(language, tmp_path):
    qm = tmp_path / f"idguide_{language}.qm"
    translations_tool().compile_ts(I18N / f"idguide_{language}.ts", qm)
    assert qm.read_bytes() == (I18N / qm.name).read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    messages = read_ts(I18N / f"idguide_{language}.ts")
    assert len(messages) > 500
    unfinished = [
        source
        for (_context, source), message in messages.items()
        if (message.find("translation") is None or message.find("translation").get("type"))
        or not all(text.strip() for text in translations(message))
    ]
    assert not unfinished


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_shortcut_marker(language):
    wrong = [
        (source, text)
        for (_context, source), message in read_ts(I18N / f"idguide_{language}.ts").items()
        for text in translations(message)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
        or shortcut_markers(source) != shortcut_markers(text)
    ]
    assert not wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translations_use_the_glossary_terms_where_the_english_does(language):
    rows = glossary()
    wrong = []
    for (_context, source), message in read_ts(I18N / f"idguide_{language}.ts").items():
        english = PLACEHOLDER.sub("", source).replace("&", "")  # "E&xamination" is a word
        for text in translations(message):
            translated = text.replace("&", "").casefold()
            for row in rows:
                said = any(re.search(rf"\b{re.escape(f)}\b", english, re.I) for f in row["en"])
                if said and not any(term.casefold() in translated for term in row[language]):
                    wrong.append((source, text, row[language][0]))
    assert not wrong


@pytest.mark.parametrize(
    ("language", "file", "one", "two"),
    [
        ("es", "&Archivo", "1 producto encontrado", "2 productos encontrados"),
        ("fr", "&Fichier", "1 produit trouvé", "2 produits trouvés"),
        ("pt", "&Arquivo", "1 produto encontrado", "2 produtos encontrados"),
    ],
)
def test_each_language_is_loaded_with_its_plural_forms(qapp, language, file, one, two):
    from idguide.ui.mainwindow import MainWindow
    from idguide.ui.menus import Menus
    from idguide.ui.translation import install_translations

    install_translations(language)
    assert Menus.tr("&File") == file
    found = [MainWindow.tr("%n product(s) found", "", n) for n in (1, 2)]
    assert found == [one, two]


# A key the text tells the officer to press: "(F)", "L: left", "N: next product".
KEY = re.compile(r"\(([A-Z0-9+\-])\)|\b([A-Z0-9])\s?:")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_keys_a_text_names_are_the_keys_the_app_listens_to(language):
    """Spot the fake picks with L and R in every language: "G : gauche" would send a French
    officer to a key that does nothing."""
    wrong = [
        (source, text)
        for (_context, source), message in read_ts(I18N / f"idguide_{language}.ts").items()
        for text in translations(message)
        if {"".join(m) for m in KEY.findall(source)} - {"".join(m) for m in KEY.findall(text)}
    ]
    assert not wrong
