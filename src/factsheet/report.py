"""Rendering a review: a readable report like a unified diff for figures, or JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from .escaping import json_safe, printable
from .review import Finding, Review, Status
from .sources import SourceMatch

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms at every start)
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True)
class StatusStyle:
    marker: str
    colour: str  # ANSI SGR code


STYLES: dict[Status, StatusStyle] = {
    Status.OK: StatusStyle("=", "32"),
    Status.CHANGED: StatusStyle("~", "33"),
    Status.SOURCE_DIFFERS: StatusStyle("!", "35"),
    Status.WHAT_DIFFERS: StatusStyle("≠", "33;1"),
    Status.NOT_IN_ARTICLE: StatusStyle("-", "1;31"),
    Status.NOT_IN_SHEET: StatusStyle("+", "36"),
}
NEAR_SOURCE = StatusStyle("?", "32")
_MARK_OPEN, _MARK_CLOSE = ">>", "<<"
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ReviewOptions:
    show_ok: bool = False
    colour: bool = False


def _page(review: Review, options: ReviewOptions) -> str:
    from .page import review_html  # only the html format needs it

    return review_html(review)


REVIEW_FORMATS: dict[str, Callable[[Review, ReviewOptions], str]] = {
    "text": lambda review, options: review_text(review, show_ok=options.show_ok, colour=options.colour),
    "json": lambda review, options: review_json(review),
    "html": _page,
}


def render_review(review: Review, fmt: str = "text", options: ReviewOptions | None = None) -> str:
    return REVIEW_FORMATS[fmt](review, options or ReviewOptions())


def review_json(review: Review) -> str:
    """The documented, stable JSON shape: a summary and one record per finding."""
    document = {
        "summary": {status.value: count for status, count in review.summary.items()},
        "findings": [finding_record(f) for f in review.findings],
    }
    return json_safe(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


def finding_record(finding: Finding) -> dict[str, Any]:
    return {
        "status": finding.status.value,
        "fact": finding.fact.id if finding.fact else None,
        "sheet_figure": finding.sheet_figure,
        "article_figure": finding.article_figure,
        "sheet_source": finding.sheet_source,
        "article_source": finding.article_source,
        "paragraph": finding.paragraph,
        "sheet_what": finding.sheet_what,
        "article_what": finding.article_what,
        "article_context": finding.mention.sentence.text if finding.mention else None,
        "start": finding.mention.mention.start if finding.mention else None,
        "end": finding.mention.mention.end if finding.mention else None,
    }


def review_text(review: Review, *, show_ok: bool = False, colour: bool = False) -> str:
    """One line per finding, the sentence with its figure marked below, a summary last.

    `ok` findings are left out unless `show_ok`, except those whose source the article
    names differently (a near match), which an editor should see.
    """
    lines = [
        f"--- {printable(str(review.sheet.path))} ({len(review.sheet.facts)} facts)",
        f"+++ {printable(review.article.name)}",
    ]
    for finding in review.findings:
        near = finding.status is Status.OK and finding.source_match is SourceMatch.NEAR
        if finding.status is Status.OK and not (show_ok or near):
            continue
        lines.append(finding_text(finding, colour=colour).rstrip("\n"))
    lines.append(_summary(review))
    return "\n".join(lines) + "\n"


def finding_text(finding: Finding, *, colour: bool = False) -> str:
    """One finding as `diff` prints it: its line, and the sentence with the figure marked."""
    near = finding.status is Status.OK and finding.source_match is SourceMatch.NEAR
    style = NEAR_SOURCE if near else STYLES[finding.status]
    head = f"{style.marker} {finding.status.value:<15}{printable(_describe(finding, near))}"
    lines = [_paint(head, style.colour) if colour else head]
    if finding.mention is not None:
        lines.append("    " + _marked_sentence(finding, colour))
    return "\n".join(lines) + "\n"


def _describe(finding: Finding, near: bool) -> str:
    """ "id: figure (source)  paragraph N", with both sources where they differ."""
    fact = finding.fact
    where = f"  paragraph {finding.paragraph}" if finding.paragraph else ""
    if fact is None:
        return f"{finding.article_figure}  ({finding.article_source}){where}"
    if finding.status is Status.NOT_IN_ARTICLE:
        return f"{fact.id}: {fact.figure}  ({fact.source})  the article does not state this figure"
    figure = f"{fact.figure} -> {finding.article_figure}" if finding.status is Status.CHANGED else fact.figure
    if finding.status is Status.WHAT_DIFFERS:
        figure = f"{fact.figure}: {finding.sheet_what} -> {finding.article_what}"
    # Both names where the article words the source otherwise; a changed figure's own source is enough.
    worded_otherwise = near or finding.sheet_source != finding.article_source
    both = finding.source_match is SourceMatch.DIFFERENT or (worded_otherwise and finding.status is not Status.CHANGED)
    source = f"(sheet: {fact.source}; article: {finding.article_source})" if both else f"({fact.source})"
    return f"{fact.id}: {figure}  {source}{where}"


def _marked_sentence(finding: Finding, colour: bool) -> str:
    assert finding.mention is not None
    sentence = finding.mention.sentence
    mention = finding.mention.mention
    before = sentence.text[: mention.start - sentence.start]
    after = sentence.text[mention.end - sentence.start :]
    # Runs of white space become one space (a re-wrapped sentence), then what is left is made printable.
    before, after, text = (printable(_WHITESPACE.sub(" ", part)) for part in (before, after, mention.text))
    figure = _paint(text, "1") if colour else f"{_MARK_OPEN}{text}{_MARK_CLOSE}"
    return f"{before.lstrip()}{figure}{after.rstrip()}"


def _summary(review: Review) -> str:
    counts = review.summary
    shown = (Status.OK, Status.CHANGED, Status.SOURCE_DIFFERS, Status.WHAT_DIFFERS, Status.NOT_IN_ARTICLE)
    near = sum(f.status is Status.OK and f.source_match is SourceMatch.NEAR for f in review.findings)
    parts = [f"{counts[s]} {s.value}" for s in shown if s is not Status.WHAT_DIFFERS or counts[s]]
    if near:
        parts[0] += f" ({near} with a near-match source)"
    facts = ", ".join(parts)
    return f"{len(review.sheet.facts)} facts: {facts}; {counts[Status.NOT_IN_SHEET]} not-in-sheet"


def _paint(text: str, code: str) -> str:
    return f"\x1b[{code}m{text}\x1b[0m"
