"""Merging new facts into a sheet file without touching what is already there.

The new facts are spliced into the file's text at the end of its `facts` list, in
the list's own indentation, so every existing byte (order, comments, quoting) stays
as the editor wrote it. Only a list written in flow style (`facts: []`) has to be
rewritten whole, and that loses comments: it is refused for a file that has any,
unless the caller allows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import OutputError
from .sheet import Fact, Sheet, dump_facts, dump_sheet, parse_sheet
from .strict_yaml import Mapping, Sequence, parse_yaml

_COMMENT = re.compile(r"(?:^|\s)#", re.MULTILINE)


def merge_facts(text: str, sheet: Sheet, new_facts: Iterable[Fact], *, allow_rewrite: bool = False) -> str:
    """`text`, the sheet file that `sheet` was parsed from, with `new_facts` added at the end of its facts list."""
    additions = list(new_facts)
    if not additions:
        return text
    path = sheet.path
    existing = {fact.id for fact in sheet.facts}
    additions = _unique_ids(additions, existing)
    tree, _ = parse_yaml(text, path)
    assert isinstance(tree, Mapping)
    facts = next(value for key, value in tree.items if key.value == "facts")
    if isinstance(facts, Sequence) and facts.items and not facts.flow:
        first_line = text.splitlines()[facts.items[0].line - 1]
        indent = len(first_line) - len(first_line.lstrip(" "))
        head, tail = text[: facts.end], text[facts.end :]
        if head and not head.endswith("\n"):
            head += "\n"
        block = dump_facts(additions, indent)
        if "\r\n" in text:
            block = block.replace("\n", "\r\n")
            head = head if not head.endswith("\n") or head.endswith("\r\n") else head[:-1] + "\r\n"
        merged = head + block + tail
    else:
        if _COMMENT.search(text) and not allow_rewrite:
            raise OutputError(
                f"{path}: its facts list is written in flow style, so merging rewrites the file and loses its comments; "
                "use --force to rewrite it anyway"
            )
        merged = dump_sheet(Sheet(sheet.title, (*sheet.facts, *additions), sheet.article, path))
    check = parse_sheet(merged, path)
    assert [f.id for f in check.facts][: len(sheet.facts)] == [f.id for f in sheet.facts]
    return merged


def _unique_ids(facts: list[Fact], taken: set[str]) -> list[Fact]:
    unique: list[Fact] = []
    for fact in facts:
        identifier, number = fact.id, 1
        while identifier in taken:
            number += 1
            identifier = f"{fact.id}-{number}"
        taken.add(identifier)
        unique.append(Fact(identifier, fact.figure, fact.what, fact.source, fact.context, fact.note))
    return unique
