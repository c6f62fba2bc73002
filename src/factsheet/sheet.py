"""The fact sheet: its fields, the strict loader every command uses, and the writer.

A sheet transcribes an article's figures. Each fact holds the figure as written,
what it counts or dates, whom the article credits it to, and a few words around it
that locate it. Nothing else is stored: values, kinds and qualifiers are derived from
the figure each time, so a sheet can never hold a figure the article does not.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import FigureError, Problem, SheetError
from .escaping import excerpt
from .figures import Figure, find_figures, parse_figure
from .files import Unreadable, read_limited
from .strict_yaml import NOT_PRINTABLE, Mapping, Scalar, Sequence, Value, parse_yaml

MAX_SHEET_BYTES = 50 * 1024 * 1024
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Field:
    name: str
    required: bool
    description: str


SHEET_FIELDS: tuple[Field, ...] = (
    Field("title", True, "the article's headline, so a reader knows which article the sheet belongs to"),
    Field("article", False, "where the article lives (a path or address), for the reader"),
    Field("facts", True, "the article's figures and dates, in article order"),
)
FACT_FIELDS: tuple[Field, ...] = (
    Field("id", True, "a short name for the fact, unique in the sheet (letters, digits, '-', '_', '.')"),
    Field("figure", True, "the figure exactly as the article writes it, qualifier included ('about 145,000')"),
    Field("what", True, "what the figure counts or dates, in your words"),
    Field("source", True, "whom the article credits, in the article's words, or 'unattributed'"),
    Field("context", False, "a few words of the article around the figure, the figure included"),
    Field("note", False, "anything the editor wants to remember about the fact"),
)


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    figure: str
    what: str
    source: str
    context: str | None = None
    note: str | None = None
    line: int | None = None

    @property
    def parsed(self) -> Figure:
        """The figure's meaning; the loader has checked that it is one figure. Read within its
        context where the context holds it: "three quarters" is a share before "of the vote"
        and three periods before "of contraction"."""
        return _figure_in_context(self.figure, self.context)


@dataclass(frozen=True)
class Sheet:
    title: str
    facts: tuple[Fact, ...]
    article: str | None = None
    path: str = "<sheet>"


def load_sheet(path: str | os.PathLike[str]) -> Sheet:
    """Read and check a fact sheet file. Raises SheetError listing every problem."""
    return parse_sheet(read_sheet_text(path), str(path))


def read_sheet_text(path: str | os.PathLike[str]) -> str:
    """A sheet file's text: UTF-8, a byte order mark dropped. Raises SheetError."""
    name = str(path)
    try:
        data = read_limited(path, MAX_SHEET_BYTES, kind="a fact sheet", short="a sheet")
    except Unreadable as error:
        raise SheetError([Problem(name, None, None, None, error.reason)]) from None
    return decode_sheet(data, name)


def decode_sheet(data: bytes, name: str = "<sheet>") -> str:
    """A sheet's bytes as text: UTF-8, a byte order mark dropped. Raises SheetError."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise SheetError(
            [Problem(name, line, column, None, f"not UTF-8 text: byte 0x{data[error.start]:02x} at offset {error.start}")]
        ) from None
    return text


def parse_sheet(text: str, path: str = "<sheet>") -> Sheet:
    """Check a sheet given as text. Raises SheetError listing every problem."""
    if not text.strip():
        raise SheetError([Problem(path, None, None, None, "empty file; expected a mapping with 'title' and 'facts'")])
    tree, problems = parse_yaml(text, path)
    if tree is None or problems:
        raise SheetError(problems)
    checker = _Checker(path)
    sheet = checker.sheet(tree)
    if checker.problems or sheet is None:
        raise SheetError(checker.problems)
    return sheet


class _Checker:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, at: Value, field: str | None, message: str) -> None:
        self.problems.append(Problem(self.path, at.line, at.column, field, message))

    def sheet(self, tree: Value) -> Sheet | None:
        if not isinstance(tree, Mapping):
            # What a file that is no sheet holds is never shown: it may be a key file or a .env.
            self.problem(
                tree, None, f"not a fact sheet: expected a mapping with 'title' and 'facts', found {_describe(tree, shown=False)}"
            )
            return None
        fields = self.fields(tree, SHEET_FIELDS, "the sheet")
        title = self.text(fields.get("title"), "title")
        article = self.text(fields.get("article"), "article")
        facts_node = fields.get("facts")
        facts: list[Fact] = []
        if facts_node is not None:
            if not isinstance(facts_node, Sequence):
                self.problem(facts_node, "facts", f"expected a list of facts, found {_describe(facts_node)}")
            else:
                facts = self.facts(facts_node)
        if title is None:
            return None
        return Sheet(title, tuple(facts), article, self.path)

    def facts(self, node: Sequence) -> list[Fact]:
        facts: list[Fact] = []
        first_line: dict[str, int] = {}
        for number, item in enumerate(node.items, start=1):
            if not isinstance(item, Mapping):
                self.problem(item, "facts", f"fact {number}: expected a mapping of fields, found {_describe(item)}")
                continue
            fields = self.fields(item, FACT_FIELDS, f"fact {number}")
            values = {f.name: self.text(fields.get(f.name), f.name) for f in FACT_FIELDS}
            id_, figure, what, source = values["id"], values["figure"], values["what"], values["source"]
            if id_ is not None:
                id_node = fields["id"]
                if not ID_PATTERN.match(id_):
                    self.problem(id_node, "id", f"{id_!r} is not a usable id; expected letters, digits, '-', '_' or '.'")
                elif id_ in first_line:
                    self.problem(id_node, "id", f"duplicate id {id_!r} (first at line {first_line[id_]}); ids must be unique")
                else:
                    first_line[id_] = id_node.line
            if figure is not None:
                try:
                    parse_figure(figure)
                except FigureError as error:
                    self.problem(fields["figure"], "figure", f"{error}; expected one figure as the article writes it")
                    figure = None
            context = values["context"]
            if figure is not None and context is not None and _squash(figure) not in _squash(context):
                self.problem(
                    fields["context"], "context", f"does not contain the figure {figure!r}; expected the words around it"
                )
            if None in (id_, figure, what, source):
                continue
            assert id_ is not None and figure is not None and what is not None and source is not None
            facts.append(Fact(id_, figure, what, source, context, values["note"], item.line))
        return facts

    def fields(self, node: Mapping, known: tuple[Field, ...], where: str) -> dict[str, Value]:
        names = [f.name for f in known]
        found: dict[str, Value] = {}
        for key, value in node.items:
            if key.value in names:
                found[key.value] = value
                continue
            import difflib  # only a sheet with a mistake needs it

            hint = difflib.get_close_matches(key.value, names, n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else f"; expected one of: {', '.join(names)}"
            self.problem(key, key.value, f"unknown field in {where}{suggestion}")
        for field in known:
            if field.required and field.name not in found:
                self.problem(node, field.name, f"missing in {where}; expected {field.description}")
        return found

    def text(self, node: Value | None, field: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, Scalar):
            self.problem(node, field, f"expected text, found {_describe(node)}")
            return None
        if not node.value.strip():
            self.problem(
                node, field, "empty; expected " + next(f.description for f in (*SHEET_FIELDS, *FACT_FIELDS) if f.name == field)
            )
            return None
        return node.value


def _describe(node: Value, *, shown: bool = True) -> str:
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    if not shown:
        return f"text of {len(node.value)} characters"
    return f"text {excerpt(node.value)}"


@functools.lru_cache(maxsize=4096)
def _figure_in_context(figure: str, context: str | None) -> Figure:
    if context:
        wanted = _squash(figure)
        for mention in find_figures(context):
            if _squash(mention.text) == wanted:
                return mention.figure
    return parse_figure(figure)


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).replace("’", "'")


# --- writing ----------------------------------------------------------------------

_PLAIN_SAFE = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.'’()/&%$€£-]*$")
_YAML_WORDS = frozenset({"yes", "no", "on", "off", "true", "false", "null", "y", "n"})


def dump_sheet(sheet: Sheet) -> str:
    """The sheet as YAML text, in the layout of a hand-written one."""
    lines = [f"title: {_scalar(sheet.title)}"]
    if sheet.article:
        lines.append(f"article: {_scalar(sheet.article)}")
    lines.append("facts:" if sheet.facts else "facts: []")
    return "\n".join(lines) + "\n" + dump_facts(sheet.facts)


def dump_facts(facts: Iterable[Fact], indent: int = 2) -> str:
    """Facts as items of a YAML block list whose dashes stand `indent` columns in."""
    lines: list[str] = []
    for fact in facts:
        lines.append(f"{' ' * indent}- id: {_scalar(fact.id)}")
        for field in FACT_FIELDS[1:]:
            value = getattr(fact, field.name)
            if value is not None:
                lines.append(f"{' ' * (indent + 2)}{field.name}: {_scalar(value)}")
    return "".join(line + "\n" for line in lines)


def scalar_text(value: str) -> str:
    """A value as a YAML scalar, as the sheet writer writes it (for edits made in place)."""
    return _scalar(value)


def _scalar(value: str) -> str:
    """Plain where every YAML reader reads it as the same text; quoted otherwise."""
    if _PLAIN_SAFE.match(value) and value.lower() not in _YAML_WORDS and not value.endswith((" ", ":")) and ": " not in value:
        return value
    quoted = json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    return NOT_PRINTABLE.sub(  # what YAML cannot hold is written as an escape
        lambda m: f"\\u{ord(m.group()):04x}", quoted
    )
