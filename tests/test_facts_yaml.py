"""facts.yaml is true to the article, complete, and adds nothing.

These checks read the real article from ../shared and do not use the recognizer or the
attributor: the sheet is checked against the text, not against the code under test.
"""

from __future__ import annotations

import re

import pytest

from factsheet import load_sheet, parse_article

from .conftest import FACTS

# Every figure and date of the article, in order, with its paragraph (headline = 1).
# Kept by hand: a fact dropped from facts.yaml fails test_the_sheet_is_complete.
EVERY_FIGURE = [
    ("Saturday", 4),
    ("hundreds", 4),
    ("early Saturday", 8),
    ("seven days", 10),
    ("decades-old", 10),
    ("Sunday", 11),
    ("Friday", 12),
    ("about 145,000", 14),
    ("more than 200", 14),
    ("19", 14),
    ("60", 14),
    ("September 27", 19),
    ("three decades", 20),
    ("late 1980s", 22),
    ("early 1990s", 22),
    ("1994", 23),
    ("tens of thousands", 23),
    ("more than a thousand", 23),
]

# Unattributed facts whose sentence has a reporting verb, and why the verb does not cover them.
OWN_VOICE_BESIDE_A_SOURCE = {
    "ministry-statement-day": "it dates the statement, it is not part of what was said",
    "mediation-offer-day": "it dates the statement, it is not part of what was said",
    "population": "a background clause set off by commas (', where ... live,')",
    "peace-treaty-year": "'is estimated': passive, no one is named",
    "earlier-war-dead": "'is estimated': passive, no one is named",
    "earlier-war-civilians": "'is estimated': passive, no one is named",
    "days-since-fighting-began": "a closing clause that dates what was said (', seven days after ...')",
    "dispute-age": "in the closing clause that dates what was said",
}
REPORTING = re.compile(r"\b(said|says|told|according to|have put|reported|wrote|estimated)\b")


def squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).replace("’", "'")


@pytest.fixture
def sheet():  # type: ignore[no-untyped-def]
    return load_sheet(FACTS)


def test_the_sheet_carries_the_article_title(sheet, article_text: str) -> None:  # type: ignore[no-untyped-def]
    assert sheet.title == article_text.splitlines()[0].strip()


def test_the_sheet_is_complete(sheet, article_text: str) -> None:  # type: ignore[no-untyped-def]
    article = parse_article(article_text)
    located = []
    for fact in sheet.facts:
        offset = squash(article_text).index(squash(fact.context))
        paragraph = next(p for p in article.paragraphs if squash(fact.context) in squash(p.text))
        located.append((offset, fact.figure, paragraph.number))
    assert [(figure, number) for _, figure, number in located] == EVERY_FIGURE
    assert [offset for offset, _, _ in located] == sorted(offset for offset, _, _ in located), "facts are in article order"


def test_every_figure_occurs_verbatim_in_the_article(sheet, article_text: str) -> None:  # type: ignore[no-untyped-def]
    for fact in sheet.facts:
        assert squash(fact.figure) in squash(article_text), fact.id
        assert squash(fact.context).count(squash(fact.figure)) >= 1, fact.id
        assert squash(article_text).count(squash(fact.context)) == 1, f"{fact.id}: context must locate one place"


def test_each_source_is_named_where_the_figure_is(sheet, article_text: str) -> None:  # type: ignore[no-untyped-def]
    article = parse_article(article_text)
    for fact in sheet.facts:
        paragraph = next(p for p in article.paragraphs if squash(fact.context) in squash(p.text))
        sentence = next(
            s for s in paragraph.sentences if squash(fact.context) in squash(s.text) or squash(fact.figure) in squash(s.text)
        )
        if fact.source == "unattributed":
            if fact.id not in OWN_VOICE_BESIDE_A_SOURCE:
                assert not REPORTING.search(sentence.text), f"{fact.id}: its sentence credits someone"
            continue
        # A quoted passage is credited to a speaker named in it or in the paragraphs just before.
        quoted = paragraph.text.lstrip().startswith(("“", '"'))
        index = paragraph.number - 1
        scope = [sentence.text] if not quoted else [p.text for p in article.paragraphs[max(0, index - 2) : index + 1]]
        assert any(squash(fact.source).lower() in squash(text).lower() for text in scope), f"{fact.id}: {fact.source!r} not named"
