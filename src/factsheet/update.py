"""Bringing a sheet up to date from a review: each finding accepted becomes an edit.

`changed` and `what-differs` take the article's figure and context, `source-differs` its
source, `not-in-article` removes the fact (or marks it with a note), `not-in-sheet` adds
the fact `extract` would draft. Every edit is made in the sheet's text, line by line, so
every byte it does not touch (comments, order, quoting) stays as the editor wrote it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from .article import Article
from .attribution import SourcedMention
from .errors import OutputError
from .extract import draft_facts
from .merge import merge_facts
from .review import Finding, Review, Status
from .sheet import Fact, Sheet, parse_sheet, scalar_text
from .strict_yaml import Mapping, Scalar, Sequence, parse_yaml

UPDATABLE = (Status.CHANGED, Status.WHAT_DIFFERS, Status.SOURCE_DIFFERS, Status.NOT_IN_ARTICLE, Status.NOT_IN_SHEET)


@dataclass(frozen=True)
class Update:
    """What accepting one finding does: the fact as it will stand (None: removed)."""

    finding: Finding
    old: Fact | None  # the sheet's fact; None for a figure the sheet lacks
    new: Fact | None  # the fact as it will be; None when it is removed

    @property
    def describe(self) -> str:
        """One line for the editor: what the sheet will say."""
        if self.old is None and self.new is not None:
            return f"add {self.new.id}: {self.new.figure} ({self.new.source})"
        if self.new is None and self.old is not None:
            return f"remove {self.old.id}: {self.old.figure}"
        assert self.old is not None and self.new is not None
        changes = [
            f"{name}: {getattr(self.old, name)!s} -> {getattr(self.new, name)!s}"
            for name in ("figure", "what", "source", "context", "note")
            if getattr(self.old, name) != getattr(self.new, name)
        ]
        return f"{self.old.id}: " + "; ".join(changes)


def plan(review: Review, *, keep_missing: bool = False, statuses: tuple[Status, ...] = UPDATABLE) -> list[Update]:
    """One update per finding that is not ok (and of the statuses asked for), in article order."""
    mentions = [f.mention for f in review.findings if f.mention is not None]
    drafted = _drafts(review.article, mentions)
    updates: list[Update] = []
    for finding in review.findings:
        if finding.status not in statuses or finding.status is Status.OK:
            continue
        fact, mention = finding.fact, finding.mention
        if finding.status is Status.NOT_IN_SHEET:
            assert mention is not None
            updates.append(Update(finding, None, drafted[id(mention)]))
        elif finding.status is Status.NOT_IN_ARTICLE:
            assert fact is not None
            kept = replace(fact, note=_missing_note(fact, review.article.name)) if keep_missing else None
            updates.append(Update(finding, fact, kept))
        elif finding.status is Status.SOURCE_DIFFERS:
            assert fact is not None and mention is not None
            updates.append(Update(finding, fact, replace(fact, source=mention.source)))
        else:  # changed, what-differs: the article's figure where the sheet had its own
            assert fact is not None and mention is not None
            draft = drafted[id(mention)]
            updates.append(Update(finding, fact, replace(fact, figure=draft.figure, context=draft.context)))
    return updates


def apply(text: str, sheet: Sheet, updates: list[Update]) -> str:
    """The sheet's text with the updates made, every other byte as it was."""
    tree, problems = parse_yaml(text, sheet.path)
    if problems or not isinstance(tree, Mapping):
        raise OutputError(f"{sheet.path}: cannot be updated in place; correct it first")
    facts_node = next((value for key, value in tree.items if key.value == "facts"), None)
    if not isinstance(facts_node, Sequence) or facts_node.flow:
        raise OutputError(f"{sheet.path}: its facts list is not a block list; update needs one written '- id: ...'")
    lines = text.splitlines(keepends=True)
    items = [item for item in facts_node.items if isinstance(item, Mapping)]
    by_id = {_field(item, "id").value: index for index, item in enumerate(items) if _field(item, "id") is not None}  # type: ignore[union-attr]
    end_line = len(lines) if facts_node.end >= len(text) else text.count("\n", 0, facts_node.end)
    edits: list[tuple[int, int, list[str]]] = []  # (first line index, end line index, new lines)
    added: list[Fact] = []
    for update in updates:
        if update.old is None:
            assert update.new is not None
            added.append(update.new)
            continue
        index = by_id.get(update.old.id)
        if index is None:
            raise OutputError(f"{sheet.path}: no fact {update.old.id!r} to update")
        item = items[index]
        first = item.line - 1
        last = (items[index + 1].line - 1) if index + 1 < len(items) else end_line
        while last > first + 1 and (not lines[last - 1].strip() or lines[last - 1].lstrip().startswith("#")):
            last -= 1  # a comment or a blank line before the next fact belongs to it
        if update.new is None:
            edits.append((first, last, []))
            continue
        for name in ("figure", "what", "source", "context", "note"):
            old_value, new_value = getattr(update.old, name), getattr(update.new, name)
            if old_value == new_value or new_value is None:
                continue
            node = _field(item, name)
            if node is None:
                edits.append(_new_field_line(lines, item, last, name, new_value))
            else:
                edits.append(_replaced_value(lines, node, new_value, sheet.path, update.old.id, name))
    for first, last, new in sorted(edits, key=lambda edit: edit[0], reverse=True):
        lines[first:last] = new
    updated = "".join(lines)
    if added:
        updated = merge_facts(updated, parse_sheet(updated, sheet.path), added)
    parse_sheet(updated, sheet.path)  # the result is a sheet the loader takes, or nothing is written
    return updated


def _drafts(article: Article, mentions: list[SourcedMention]) -> dict[int, Fact]:
    """The fact `extract` drafts for each mention, by the mention's identity."""
    ordered = sorted(mentions, key=lambda m: m.mention.start)
    return {id(m): fact for m, fact in zip(ordered, draft_facts(article, ordered), strict=True)}


def _missing_note(fact: Fact, article: str) -> str:
    note = f"not in the article as of {os.path.basename(article)}"
    return f"{fact.note}; {note}" if fact.note else note


def _field(item: Mapping, name: str) -> Scalar | None:
    for key, value in item.items:
        if key.value == name and isinstance(value, Scalar):
            return value
    return None


def _replaced_value(lines: list[str], node: Scalar, value: str, path: str, fact_id: str, name: str) -> tuple[int, int, list[str]]:
    """The line that holds `node` with its value replaced; a comment after it kept."""
    index = node.line - 1
    line = lines[index]
    start = node.column - 1
    end = _scalar_end(line, start)
    if end is None:
        raise OutputError(f"{path}:{node.line}: fact {fact_id!r}: its {name} runs over several lines; edit it by hand")
    return index, index + 1, [line[:start] + scalar_text(value) + line[end:]]


def _scalar_end(line: str, start: int) -> int | None:
    """Where a scalar that starts at `start` ends on its line; None when it goes on below."""
    body = line.rstrip("\r\n")
    if start >= len(body):
        return None
    quote = body[start]
    if quote == '"':
        at = start + 1
        while at < len(body):
            if body[at] == "\\":
                at += 2
                continue
            if body[at] == '"':
                return at + 1
            at += 1
        return None
    if quote == "'":
        at = start + 1
        while at < len(body):
            if body[at] == "'":
                if at + 1 < len(body) and body[at + 1] == "'":
                    at += 2
                    continue
                return at + 1
            at += 1
        return None
    if body[start] in "|>":
        return None  # a block scalar
    comment = body.find(" #", start)
    return (comment if comment >= 0 else len(body.rstrip())) if body[start:].strip() else None


def _new_field_line(lines: list[str], item: Mapping, end: int, name: str, value: str) -> tuple[int, int, list[str]]:
    """A line for a field the fact lacks, after its last line (`end`), in the fact's indentation."""
    indent = " " * (item.items[0][0].column - 1)
    newline = "\r\n" if lines[end - 1].endswith("\r\n") else "\n"
    text = lines[end - 1]
    if not text.endswith("\n"):  # the file's last line had no line break
        lines[end - 1] = text + newline
    return end, end, [f"{indent}{name}: {scalar_text(value)}{newline}"]
