"""Reading the fields of an authoring folder's YAML files, collecting every problem.

:class:`FieldReader` reads one file: each field is checked for its type and allowed values, and
each mistake becomes a :class:`Problem` with the file, the field and the line YAML found it on,
worded for the author who typed it (what is wrong, and what to write instead).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from idguide.catalog import cleantext, model
from idguide.catalog.codepatterns import pattern_problem
from idguide.catalog.codes import PREFIX_PATTERN
from idguide.catalog.i18n import N_, _
from idguide.catalog.languages import language_problem, market_problem
from idguide.catalog.model import ID_PATTERN

MAX_YAML_BYTES = 1_000_000


@dataclass(frozen=True)
class Problem:
    file: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "field": self.field, "line": self.line, "message": self.message}


class Map(dict):
    """A YAML mapping that remembers the line of each key."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.lines: dict[str, int] = {}


# libyaml's parser when PyYAML has it (it reads sources several times faster), else its own
class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Map:  # type: ignore[override]
        result = Map(super().construct_mapping(node, deep=True))
        result.lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
        return result


def _construct_map(loader: Loader, node: yaml.Node) -> Map:
    assert isinstance(node, yaml.MappingNode)
    return loader.construct_mapping(node)


class Number:
    """A number as YAML read it, with the text it was written as (``0123`` is octal 83 in YAML
    1.1, ``8204.10`` the float 8204.1): a code written unquoted is shown back as typed."""

    text = ""


class YamlInt(Number, int):
    pass


class YamlFloat(Number, float):
    pass


def _construct_int(loader: Loader, node: yaml.Node) -> YamlInt:
    assert isinstance(node, yaml.ScalarNode)
    value = YamlInt(loader.construct_yaml_int(node))
    value.text = str(node.value)
    return value


def _construct_float(loader: Loader, node: yaml.Node) -> YamlFloat:
    assert isinstance(node, yaml.ScalarNode)
    value = YamlFloat(loader.construct_yaml_float(node))
    value.text = str(node.value)
    return value


Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)

# What most often breaks a hand-written YAML file, by the words of PyYAML's message (each hint
# translated where it is shown).
_INDENTATION = N_(
    "check the indentation: the fields of one item start in the same column, and each item of a "
    'list starts with "- ".'
)
_YAML_HINTS = (
    ("mapping values are not allowed",
     N_('a text holding ": " must be in quotes, e.g. title: "Note: fragile".')),
    ("found character '\\t'", N_("indent with spaces, not tabs.")),
    ("could not find expected ':'", N_("each line is `field: value`; a text that goes on over "
     "several lines must be in quotes.")),
    ("while scanning a quoted scalar", N_("a quote is opened but never closed.")),
    ("did not find expected", _INDENTATION),
    ("expected <block end>", _INDENTATION),
)  # fmt: skip


def yaml_message(exc: yaml.YAMLError) -> tuple[str, int | None]:
    """PyYAML's several-line message as one line for the author, with the line and a hint
    (PyYAML's own words stay English: they are the library's)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark else None
    what = str(getattr(exc, "problem", None) or exc).splitlines()[0]
    context = getattr(exc, "context", None)
    if context:
        what = f"{what} ({context})"
    hint = _(
        next(
            (text for words, text in _YAML_HINTS if words in str(exc)),
            N_("check the quotes and the indentation on this line and the one above."),
        )
    )
    if mark is None:
        return _("not valid YAML: {what}; {hint}").format(what=what, hint=hint), line
    message = _("not valid YAML at line {line}, column {column}: {what}; {hint}")
    return message.format(line=line, column=mark.column + 1, what=what, hint=hint), line


class FieldReader:
    """Collects problems for one file while reading its fields."""

    def __init__(self, folder: Path, path: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.path = path
        self.name = path.relative_to(folder).as_posix()
        self.problems = problems

    def problem(self, field: str, message: str, data: Any = None, key: str = "") -> None:
        line = data.lines.get(key) if isinstance(data, Map) and key else None
        self.problems.append(Problem(self.name, field, message, line))

    def load(self) -> Map | None:
        try:
            if self.path.stat().st_size > MAX_YAML_BYTES:
                self.problem(
                    "", _("the file is larger than 1 MB; split it or remove embedded data.")
                )
                return None
            data = yaml.load(self.path.read_text(encoding="utf-8"), Loader=Loader)
        except (OSError, UnicodeDecodeError) as exc:
            self.problem("", _("cannot read the file ({error}).").format(error=exc))
            return None
        except yaml.YAMLError as exc:
            message, line = yaml_message(exc)
            self.problems.append(Problem(self.name, "", message, line))
            return None
        if not isinstance(data, Map):
            self.problem("", _("the file must hold a mapping of fields (key: value)."))
            return None
        return data

    def text(self, data: Map, key: str, field: str, required: bool = False) -> str:
        value = data.get(key, "")
        if value is None:
            value = ""
        if isinstance(value, date):
            value = value.isoformat()
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.problem(field, _("must be plain text."), data, key)
            return ""
        value = self.clean(str(value).strip(), field, data, key)
        if required and not value:
            self.problem(field, _("is required."), data, key)
        return value

    def clean(self, value: str, field: str, data: Map, key: Any) -> str:
        """``value`` by the one rule for text from outside (idguide.catalog.cleantext); ''
        and a problem if it breaks it."""
        problem = cleantext.problem(value)
        if problem:
            self.problem(field, problem, data, key)
            return ""
        return cleantext.normalized(value)

    def ident(self, data: Map, key: str, field: str) -> str:
        value = self.text(data, key, field, required=True)
        if value and not ID_PATTERN.match(value):
            self.problem(
                field,
                _(
                    "{value!r} is not a valid id: use lower-case letters, digits and dashes "
                    "(e.g. acme-torque-tw200)."
                ).format(value=value),
                data,
                key,
            )
        return value

    def strings(self, data: Map, key: str, field: str) -> list[str]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(
            isinstance(v, str | int) and not isinstance(v, bool) for v in value
        ):
            self.problem(field, _("must be a list of texts, e.g. [A, B]."), data, key)
            return []
        texts = [self.clean(str(v).strip(), field, data, key) for v in value]
        return [text for text in texts if text]

    def codes(self, data: Map, key: str, example: str) -> list[str]:
        """Barcodes or HS codes: texts, since YAML reads an unquoted code as a number and may
        change it (a leading 0 makes it octal, a trailing 0 after the dot goes)."""
        value = data.get(key)
        if value is None or value == []:
            return []
        if not isinstance(value, list):
            self.problem(
                key,
                _("must be a list of codes in quotes, e.g. {key}: {example}.").format(
                    key=key, example=example
                ),
                data,
                key,
            )
            return []
        found = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                found.append(self.clean(item.strip(), f"{key}[{i}]", data, key))
            elif isinstance(item, Number) and _changed_by_yaml(item):
                self.problem(
                    f"{key}[{i}]",
                    (
                        _(
                            'write the code in quotes ("{code}"): unquoted, YAML reads {code} as '
                            "the number {number!r}, in octal."
                        )
                        if isinstance(item, int)
                        else _(
                            'write the code in quotes ("{code}"): unquoted, YAML reads {code} as '
                            "the number {number!r}."
                        )
                    ).format(code=item.text, number=item),
                    data,
                    key,
                )
            elif isinstance(item, int) and not isinstance(item, bool):
                found.append(str(item))
            else:
                self.problem(
                    f"{key}[{i}]",
                    _("must be a code in quotes, e.g. {key}: {example}.").format(
                        key=key, example=example
                    ),
                    data,
                    key,
                )
        return [code for code in found if code]

    def pattern(self, data: Map, key: str) -> str:
        """A lot or serial format: a regular expression that cannot run away
        (idguide.catalog.codepatterns); "" when not given."""
        value = self.text(data, key, key)
        problem = pattern_problem(value) if value else None
        if problem:
            message = _(
                "{problem} Write it as a regular expression in single quotes: {example} for lots "
                "such as L2609-14."
            ).format(problem=problem, example="'L\\d{4}-\\d{2}'")
            self.problem(key, message, data, key)
            return ""
        return value

    def months(self, data: Map, key: str) -> int:
        """A number of whole months (a shelf life), 0 when not given."""
        value = data.get(key)
        if value is None:
            return 0
        limit = model.MAX_SHELF_LIFE_MONTHS
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= limit:
            message = _("must be a whole number of months, 1 to {limit}, e.g. 36.").format(
                limit=limit
            )
            self.problem(key, message, data, key)
            return 0
        return int(value)

    def prefixes(self, data: Map, key: str) -> list[str]:
        """GS1 company prefixes as texts of 4 to 12 digits (a leading 0 matters)."""
        found = self.codes(data, key, '["4006381"]')
        for i, prefix in enumerate(found):
            if not PREFIX_PATTERN.match(prefix):
                self.problem(
                    f"{key}[{i}]",
                    _(
                        "{prefix!r} is not a GS1 company prefix: give the 4 to 12 digits GS1 "
                        'assigned, in quotes, e.g. "4006381".'
                    ).format(prefix=prefix),
                    data,
                    key,
                )
        return [prefix for prefix in found if PREFIX_PATTERN.match(prefix)]

    def markets(self, data: Map, key: str, field: str) -> list[str]:
        """Country codes (ISO 3166) and regions (idguide.catalog.languages.REGIONS)."""
        found = self.strings(data, key, field)
        for i, code in enumerate(found):
            problem = market_problem(code)
            if problem:
                self.problem(f"{field}[{i}]", problem, data, key)
        return found

    def languages(self, data: Map, key: str, field: str) -> list[str]:
        found = self.strings(data, key, field)
        for i, code in enumerate(found):
            problem = language_problem(code)
            if problem:
                self.problem(f"{field}[{i}]", problem, data, key)
        return found

    def mappings(self, data: Map, key: str, field: str) -> list[Map]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, Map) for v in value):
            self.problem(
                field, _("must be a list of entries, each with its own fields."), data, key
            )
            return []
        return value

    def lang_text(self, data: Map, key: str, field: str) -> model.LangText:
        """A ``{lang: text}`` mapping."""
        value = data.get(key)
        if not value:
            return {}
        if isinstance(value, str):
            # (braces doubled: the example's braces are not placeholders)
            self.problem(
                field,
                _("give the text per language, e.g. {{en: ..., es: ...}}.").format(),
                data,
                key,
            )
            return {}
        if not isinstance(value, Map):
            self.problem(field, _("must map language codes to texts."), data, key)
            return {}
        result: model.LangText = {}
        for lang in value:
            text = self.text(value, lang, f"{field}.{lang}")
            if self._lang_ok(str(lang), field, value) and text:
                result[str(lang)] = text
        return result

    def per_language(
        self, data: Map, field: str, parts: tuple[str, ...]
    ) -> dict[str, model.LangText]:
        """Read ``text: {lang: {part: text}}`` into ``{part: {lang: text}}``."""
        result: dict[str, model.LangText] = {part: {} for part in parts}
        texts = data.get("text") or Map()
        if not isinstance(texts, Map):
            self.problem(f"{field}text", _("must map language codes to texts."), data, "text")
            return result
        for lang, block in texts.items():
            if not self._lang_ok(str(lang), f"{field}text", texts):
                continue
            if not isinstance(block, Map):
                self.problem(
                    f"{field}text.{lang}",
                    _("must hold fields {fields}.").format(fields=", ".join(parts)),
                    texts,
                    lang,
                )
                continue
            for part in parts:
                value = self.text(block, part, f"{field}text.{lang}.{part}")
                if value:
                    result[part][str(lang)] = value
            for unknown in set(block) - set(parts):
                self.problem(
                    f"{field}text.{lang}.{unknown}",
                    _("unknown field; use {fields}.").format(fields=", ".join(parts)),
                    block,
                    unknown,
                )
        return result

    def known_fields(self, data: Map, prefix: str, known: tuple[str, ...]) -> None:
        """Report every key of ``data`` that is not one of ``known`` (usually a typo)."""
        for key in data:
            if str(key) in known:
                continue
            close = difflib.get_close_matches(str(key), known, n=1)
            message = (
                _("unknown field; did you mean {field!r}?").format(field=close[0])
                if close
                else _("unknown field; use {fields}.").format(fields=", ".join(known))
            )
            self.problem(f"{prefix}{key}", message, data, str(key))

    def _lang_ok(self, lang: str, field: str, data: Map) -> bool:
        problem = language_problem(lang)
        if problem:
            self.problem(field, problem, data, lang)
        return problem is None


def _changed_by_yaml(number: Number) -> bool:
    """Whether the number YAML read differs from the digits typed (so the code would change)."""
    if not isinstance(number, int):
        return True  # 8204.10 is read as 8204.1; an HS code is never a fraction
    text = number.text.lstrip("+")
    return text != str(int(number)) or text.startswith("0")
