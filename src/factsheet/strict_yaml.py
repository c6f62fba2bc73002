"""Strict YAML: text, lists and mappings only, every scalar kept as written.

PyYAML's safe loader still applies YAML 1.1's implicit types (`1_000` -> 1000,
`1:20` -> 80, `No` -> False) and keeps the last of two equal keys. Here the document
is composed with a resolver that knows no implicit types, then walked once:
explicit tags, duplicate keys, alias expansion past a budget and cycles are problems
with their line and column, all of them reported together.
"""

from __future__ import annotations

import gc
import re
import sys
from dataclasses import dataclass

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from .errors import Problem

# Far above any real sheet (10,000 facts are about 130,000 nodes), far below a "billion laughs".
MAX_EXPANDED_NODES = 2_000_000

_SHORT = 24
_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"})


@dataclass(frozen=True, slots=True)
class Scalar:
    value: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Sequence:
    items: tuple[Value, ...]
    line: int
    column: int
    end: int = 0  # index in the text just after the sequence
    flow: bool = False  # written [like, this]


@dataclass(frozen=True, slots=True)
class Mapping:
    items: tuple[tuple[Scalar, Value], ...]
    line: int
    column: int


Value = Scalar | Sequence | Mapping


class _VerbatimLoader(Reader, Scanner, Parser, Composer, BaseResolver):
    """PyYAML's composer with a resolver that has no implicit types: plain scalars stay text."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        BaseResolver.__init__(self)


try:  # LibYAML composes the same nodes about ten times faster, where PyYAML was built with it
    from yaml._yaml import CParser

    class _FastVerbatimLoader(CParser, BaseResolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            BaseResolver.__init__(self)

    _FastEventParser: type[CParser] | None = CParser
except ImportError:  # pragma: no cover - PyYAML without LibYAML
    _FastVerbatimLoader = None  # type: ignore[assignment,misc]
    _FastEventParser = None

# What YAML cannot hold as a character, even quoted (the complement of YAML's printable
# set, written as the few small ranges it is: a negated class over all of Unicode takes
# milliseconds to compile). PyYAML's reader refuses a text holding one; such a text takes
# the slow path, which says where.
NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _compose(text: str) -> Node | None:
    """The document's node graph: LibYAML when it can, PyYAML for its exact errors."""
    if _FastVerbatimLoader is not None and not NOT_PRINTABLE.search(text):
        fast = _FastVerbatimLoader(text)
        try:
            node: Node | None = fast.get_single_node()
            return node
        except yaml.YAMLError:
            pass  # the pure-Python composer below reports it, in PyYAML's words
        finally:
            fast.dispose()
    loader = _VerbatimLoader(text)
    try:
        pure: Node | None = loader.get_single_node()
        return pure
    finally:
        loader.dispose()


class _NotPlain(Exception):
    """The document needs the composer: aliases, tags, duplicate keys, errors."""


def _plain_document(text: str) -> Value | None:
    """The tree of a document with no anchor, alias, tag or duplicate key, built from
    LibYAML's events without a node graph; None for any other (the composer reads those)."""
    if _FastEventParser is None or NOT_PRINTABLE.search(text):
        return None
    parser = _FastEventParser(text)
    try:
        return _build(parser)
    except (_NotPlain, yaml.YAMLError):
        return None
    finally:
        parser.dispose()


def _build(parser: CParser) -> Value:
    open_nodes: list[tuple[yaml.CollectionStartEvent, list[Value]]] = []
    document: Value | None = None
    nodes = 0
    while True:
        event = parser.get_event()
        if isinstance(event, yaml.NodeEvent):
            if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
                raise _NotPlain
            nodes += 1
            if nodes > MAX_EXPANDED_NODES:
                raise _NotPlain
        if isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):
            if event.tag not in (None, "!"):
                raise _NotPlain
            if isinstance(event, yaml.CollectionStartEvent):
                open_nodes.append((event, []))
                continue
            text = event.value
            if len(text) <= _SHORT:  # keys and short values repeat from fact to fact: one string each
                text = sys.intern(text)
            value: Value = Scalar(text, *_place(event))
        elif isinstance(event, yaml.SequenceEndEvent):
            start, items = open_nodes.pop()
            end = event.end_mark.index if event.end_mark else 0
            value = Sequence(tuple(items), *_place(start), end, bool(start.flow_style))
        elif isinstance(event, yaml.MappingEndEvent):
            start, items = open_nodes.pop()
            value = Mapping(_pairs(items), *_place(start))
        elif isinstance(event, yaml.StreamEndEvent):
            if document is None:
                raise _NotPlain  # no document: the composer says so
            return document
        elif isinstance(event, yaml.DocumentStartEvent) and document is not None:
            raise _NotPlain  # a second document
        else:
            continue  # the stream's and the document's own start and end
        if open_nodes:
            open_nodes[-1][1].append(value)
        else:
            document = value


def _place(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _pairs(items: list[Value]) -> tuple[tuple[Scalar, Value], ...]:
    keys = [key for key in items[0::2] if isinstance(key, Scalar)]
    if len(keys) * 2 != len(items) or len({key.value for key in keys}) != len(keys):
        raise _NotPlain  # a key that is not text, or a duplicate key: the composer says where
    return tuple(zip(keys, items[1::2], strict=True))


def parse_yaml(text: str, path: str) -> tuple[Value | None, list[Problem]]:
    """The document as a tree of located values, and every problem found in it."""
    # A sheet is a large tree of small objects with no cycles: the cyclic garbage collector
    # would walk it again and again as it grows (two thirds of the time of a big sheet).
    collecting = gc.isenabled()
    gc.disable()
    try:
        plain = _plain_document(text)
        if plain is not None:
            return plain, []
        return _parse_exactly(text, path)
    finally:
        if collecting:
            gc.enable()


def _parse_exactly(text: str, path: str) -> tuple[Value | None, list[Problem]]:
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = (error.problem or error.context or "invalid YAML").strip()
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return None, [Problem(path, line, column, None, f"invalid YAML: {message}")]
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        character = chr(error.character) if isinstance(error.character, int) else error.character
        return None, [Problem(path, line, column, None, f"invalid YAML: the character {character!r} is not allowed in YAML")]
    except yaml.YAMLError as error:
        return None, [Problem(path, None, None, None, f"invalid YAML: {error}")]
    except RecursionError:
        return None, [Problem(path, None, None, None, "invalid YAML: nested too deeply")]
    if node is None:
        return None, [Problem(path, None, None, None, "empty document; expected a mapping with 'title' and 'facts'")]
    walker = _Walker(path)
    size = walker.size(node)
    if walker.problems:
        return None, walker.problems
    if size > MAX_EXPANDED_NODES:
        mark = node.start_mark
        return None, [
            Problem(
                path,
                mark.line + 1,
                mark.column + 1,
                None,
                f"aliases expand the document past {MAX_EXPANDED_NODES} nodes; refused",
            )
        ]
    value = walker.value(node)
    return value, walker.problems


class _Walker:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self._sizes: dict[int, int] = {}
        self._open: set[int] = set()

    def _problem(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, None, message))

    def size(self, node: Node) -> int:
        """Nodes after aliases expand, counted without expanding them; a cycle is a problem."""
        key = id(node)
        if key in self._sizes:
            return self._sizes[key]
        if key in self._open:
            self._problem(node, "an alias refers to its own anchor; recursive documents are refused")
            return MAX_EXPANDED_NODES + 1
        self._open.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            for child in node.value:
                total += self.size(child)
                if total > MAX_EXPANDED_NODES:
                    break
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                total += self.size(key_node) + self.size(value_node)
                if total > MAX_EXPANDED_NODES:
                    break
        self._open.discard(key)
        self._sizes[key] = total
        return total

    def value(self, node: Node) -> Value:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if node.tag not in _PLAIN_TAGS:
            self._problem(node, f"the tag {node.tag!r} is refused; only plain text, lists and mappings are allowed")
        if isinstance(node, ScalarNode):
            return Scalar(str(node.value), line, column)
        if isinstance(node, SequenceNode):
            children = tuple(self.value(child) for child in node.value)
            return Sequence(children, line, column, node.end_mark.index, bool(node.flow_style))
        assert isinstance(node, MappingNode)
        items: list[tuple[Scalar, Value]] = []
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self.value(key_node)
            if not isinstance(key, Scalar):
                self._problem(key_node, "a key must be plain text")
                continue
            if key.value in seen:
                self.problems.append(
                    Problem(
                        self.path,
                        key.line,
                        key.column,
                        key.value,
                        f"duplicate key (first at line {seen[key.value]}); one of them would be lost",
                    )
                )
                continue
            seen[key.value] = key.line
            items.append((key, self.value(value_node)))
        return Mapping(tuple(items), line, column)
