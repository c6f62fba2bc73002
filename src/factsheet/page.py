"""The review as one self-contained web page: the article with its figures marked.

No script, no network: the sheet's row for a figure shows on hover and on keyboard
focus through CSS alone, and every status is a colour, a symbol and a border style,
so the page reads in black and white and prints cleanly. All text is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .review import Finding, Review, Status
from .sources import SourceMatch


@dataclass(frozen=True)
class StatusLook:
    symbol: str
    label: str
    colour: str
    border: str


LOOKS: dict[Status, StatusLook] = {
    Status.OK: StatusLook("✓", "ok", "#d9f2d9", "solid"),
    Status.CHANGED: StatusLook("~", "changed", "#fde8a6", "dashed"),
    Status.SOURCE_DIFFERS: StatusLook("!", "source differs", "#f3d4f5", "double"),
    Status.WHAT_DIFFERS: StatusLook("≠", "counts something else", "#ffd9b3", "dashed"),
    Status.NOT_IN_ARTICLE: StatusLook("−", "not in article", "#f7c6c6", "solid"),
    Status.NOT_IN_SHEET: StatusLook("+", "not in sheet", "#cfe6fb", "dotted"),
}

_STYLE = """
body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
header p, table, .legend { font-family: system-ui, sans-serif; font-size: 0.9rem; }
.summary { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; list-style: none; }
.summary li { border: 2px solid #333; border-radius: 4px; padding: 0.2rem 0.6rem; }
mark { position: relative; background: var(--fill); border-bottom: 3px var(--line) #222; padding: 0 0.15em; color: inherit; }
mark::before { content: attr(data-symbol) "\\00a0"; font: bold 0.8em system-ui, sans-serif; }
mark:focus { outline: 3px solid #1a5fb4; }
.row { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; min-width: 18rem; background: #fff; color: #111;
       border: 2px solid #222; box-shadow: 0 2px 8px #0004; padding: 0.4rem 0.6rem; font: 0.85rem/1.4 system-ui, sans-serif; }
mark:hover .row, mark:focus .row, mark:focus-within .row { display: block; }
.row .field { display: block; }
.row .key { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
td.status { white-space: nowrap; }
.st-ok { --fill: #d9f2d9; --line: solid; }
.st-changed { --fill: #fde8a6; --line: dashed; }
.st-source-differs { --fill: #f3d4f5; --line: double; }
.st-what-differs { --fill: #ffd9b3; --line: dashed; }
.st-not-in-article { --fill: #f7c6c6; --line: solid; }
.st-not-in-sheet { --fill: #cfe6fb; --line: dotted; }
td.status { background: var(--fill); }
@media print {
  body { max-width: none; font-size: 11pt; }
  .row { display: none !important; }
  mark { background: none; border: 1px var(--line) #000; }
  a { color: inherit; text-decoration: none; }
}
"""


def review_html(review: Review) -> str:
    """The whole page as text."""
    anchors = {id(f.mention): f"figure-{n}" for n, f in enumerate(review.findings, 1) if f.mention is not None}
    by_paragraph: dict[int, list[Finding]] = {}
    for finding in review.findings:
        if finding.mention is not None:
            by_paragraph.setdefault(finding.mention.paragraph, []).append(finding)

    title = review.article.title or review.article.name
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Review: {escape(title)}</title>",
        f"<style>{_STYLE}</style></head>",
        "<body>",
        "<header>",
        f"<p>Fact sheet <code>{escape(review.sheet.path)}</code> against <code>{escape(review.article.name)}</code></p>",
        _summary(review),
        _attention(review, anchors),
        "</header>",
        '<main id="article">',
    ]
    for paragraph in review.article.paragraphs:
        tag = "h1" if paragraph.number == 1 else "p"
        body = _marked_paragraph(review, paragraph.number, by_paragraph.get(paragraph.number, []), anchors)
        parts.append(f'<{tag} id="paragraph-{paragraph.number}">{body}</{tag}>')
    parts += ["</main>", _findings_table(review, anchors), "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _summary(review: Review) -> str:
    items = "".join(
        f'<li class="st-{status.value}" data-status="{status.value}">{LOOKS[status].symbol} {LOOKS[status].label}: '
        f'<strong class="count">{count}</strong></li>'
        for status, count in review.summary.items()
    )
    return f'<ul class="summary" aria-label="Findings by status">{items}</ul>'


def _attention(review: Review, anchors: dict[int, str]) -> str:
    """What needs a look, first: each finding that is not ok, a changed figure with the old one
    struck through, a fact the article lacks with the words the sheet has around it."""
    items = []
    for finding in review.findings:
        if finding.status is Status.OK:
            continue
        look = LOOKS[finding.status]
        fact = finding.fact
        if finding.status is Status.CHANGED and fact is not None:
            what = f"<del>{escape(fact.figure)}</del> <ins>{escape(finding.article_figure or '')}</ins>"
        elif finding.status is Status.WHAT_DIFFERS:
            counted = f"<del>{escape(finding.sheet_what or '')}</del> <ins>{escape(finding.article_what or '')}</ins>"
            what = f"{escape(finding.article_figure or '')}: {counted}"
        else:
            what = escape((fact.figure if fact else finding.article_figure) or "")
        if finding.mention is not None:
            where = f'<a href="#{anchors[id(finding.mention)]}">paragraph {finding.paragraph}</a>'
        else:
            where = f"not in the article; the sheet has it in: <q>{escape((fact.context or fact.what) if fact else '')}</q>"
        label = f"{escape(fact.id)}: " if fact else ""
        status = finding.status.value
        items.append(f'<li class="st-{status}" data-status="{status}">{look.symbol} {look.label}: {label}{what} ({where})</li>')
    if not items:
        return '<p class="attention">Every figure of the sheet is in the article as the sheet has it.</p>'
    return f'<section class="attention" aria-label="Needs attention"><h2>Needs attention</h2><ul>{"".join(items)}</ul></section>'


def _marked_paragraph(review: Review, number: int, findings: list[Finding], anchors: dict[int, str]) -> str:
    paragraph = review.article.paragraphs[number - 1]
    text = review.article.text
    pieces: list[str] = []
    cursor = paragraph.start
    for finding in sorted(findings, key=lambda f: f.mention.mention.start if f.mention else 0):
        assert finding.mention is not None
        mention = finding.mention.mention
        pieces.append(_text(text[cursor : mention.start]))
        look = LOOKS[finding.status]
        anchor = anchors[id(finding.mention)]
        was = ""
        if finding.status is Status.CHANGED and finding.fact is not None:  # the old figure seen without hovering
            was = f'<del class="was">{escape(finding.fact.figure)}</del> '
        pieces.append(
            f'<mark id="{anchor}" class="st-{finding.status.value}" data-status="{finding.status.value}" '
            f'data-symbol="{look.symbol}" tabindex="0" aria-describedby="{anchor}-row">{was}{_text(mention.text)}'
            f'<span class="row" role="tooltip" id="{anchor}-row">{_row(finding)}</span></mark>'
        )
        cursor = mention.end
    pieces.append(_text(text[cursor : paragraph.end]))
    return "".join(pieces)


def _row(finding: Finding) -> str:
    """The sheet's row for a figure: what the hover and focus show."""
    look = LOOKS[finding.status]
    fields = [("status", f"{look.symbol} {look.label}")]
    if finding.fact is None:
        fields.append(("sheet", "no fact for this figure"))
    else:
        fields += [("fact", finding.fact.id), ("figure", finding.fact.figure), ("what", finding.fact.what)]
        fields.append(("source", finding.fact.source))
    if finding.status is Status.CHANGED:
        fields.append(("now", finding.article_figure or ""))
    if finding.status is Status.WHAT_DIFFERS:
        fields.append(("now counts", finding.article_what or ""))
    if finding.fact is None or finding.source_match is not SourceMatch.SAME:
        fields.append(("article credits", finding.article_source or ""))
    # Spans, not a <dl>: a block inside the paragraph's <p> would end the paragraph there.
    return "".join(f'<span class="field"><span class="key">{escape(k)}</span> {escape(v)}</span>' for k, v in fields)


def _findings_table(review: Review, anchors: dict[int, str]) -> str:
    head = "".join(
        f"<th>{h}</th>" for h in ("status", "fact", "sheet figure", "article figure", "sheet source", "article source", "where")
    )
    rows: list[str] = []
    ok_rows: list[str] = []
    for finding in review.findings:
        look = LOOKS[finding.status]
        if finding.mention is not None:
            where = f'<a href="#{anchors[id(finding.mention)]}">paragraph {finding.paragraph}</a>'
        else:
            where = "not in the article"
        cells = [
            f'<td class="status st-{finding.status.value}">{look.symbol} {look.label}</td>',
            *(
                f"<td>{escape(v or '')}</td>"
                for v in (
                    finding.fact.id if finding.fact else "",
                    finding.sheet_figure,
                    finding.article_figure,
                    finding.sheet_source,
                    finding.article_source,
                )
            ),
            f"<td>{where}</td>",
        ]
        row = f'<tr data-status="{finding.status.value}">{"".join(cells)}</tr>'
        (ok_rows if finding.status is Status.OK else rows).append(row)
    # The ok findings folded away (a <details>, no script): the page leads with the problems.
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{{}}</tbody></table>"
    problems = table.format("".join(rows)) if rows else ""
    folded = ""
    if ok_rows:
        summary = f"<summary>{len(ok_rows)} ok findings</summary>"
        folded = f'<details class="ok-findings">{summary}{table.format("".join(ok_rows))}</details>'
    return f'<section id="findings"><h2>Findings</h2>{problems}{folded}</section>'


def _text(text: str) -> str:
    return escape(" ".join(text.split(" ")).replace("\n", " "))
