"""Figure recognition: the corpus of tricky sentences, parsed values, and the article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factsheet import Kind, find_figures, load_sheet, parse_article, parse_figure
from factsheet.attribution import mentions_in

from .conftest import FACTS

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "recognition.yaml").read_text(encoding="utf-8"))


def corpus_cases() -> list[Any]:
    cases = []
    for entry in CORPUS:
        marks = [pytest.mark.xfail(strict=True, reason=entry["known_failure"])] if "known_failure" in entry else []
        cases.append(pytest.param(entry["text"], entry["figures"], marks=marks, id=entry["text"][:50]))
    return cases


def test_the_corpus_has_at_least_80_sentences() -> None:
    assert len(CORPUS) >= 80


@pytest.mark.parametrize(("text", "figures"), corpus_cases())
def test_every_figure_is_found_with_its_exact_span(text: str, figures: list[str]) -> None:
    mentions = find_figures(text)
    assert [m.text for m in mentions] == figures
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


# figure as a sheet writes it -> kind, value, unit, qualifier
PARSED = [
    ("about 145,000", Kind.COUNT, "145000", None, "about"),
    ("145 000", Kind.COUNT, "145000", None, None),
    ("more than 200", Kind.COUNT, "200", None, "more than"),
    ("More than 450,000", Kind.COUNT, "450000", None, "more than"),
    ("nearly 2.5 million", Kind.COUNT, "2500000", None, "nearly"),
    ("1.2m", Kind.COUNT, "1200000", None, None),
    ("$2 billion", Kind.MONEY, "2000000000", "USD", None),
    ("€40m", Kind.MONEY, "40000000", "EUR", None),
    ("10 percent", Kind.PERCENT, "10", "percent", None),
    ("a quarter-point", Kind.PERCENT, "0.25", "percentage point", None),
    ("seven days", Kind.DURATION, "7", "day", None),
    ("three decades", Kind.DURATION, "3", "decade", None),
    ("decades-old", Kind.DURATION, "2-9", "decade", None),
    ("hundreds", Kind.COUNT, "200-999", None, None),
    ("tens of thousands", Kind.COUNT, "20000-99999", None, None),
    ("more than a thousand", Kind.COUNT, "1000", None, "more than"),
    ("a dozen or so", Kind.COUNT, "12", None, "or so"),
    ("September 27", Kind.DATE, "09-27", None, None),
    ("27 September", Kind.DATE, "09-27", None, None),
    ("August 13, 2012", Kind.DATE, "2012-08-13", None, None),
    ("6th February, 2023", Kind.DATE, "2023-02-06", None, None),
    ("October", Kind.DATE, "10", None, None),
    ("1994", Kind.YEAR, "1994", None, None),
    ("late 1980s", Kind.DECADE, "1980s", None, "late"),
    ("Saturday", Kind.WEEKDAY, "Saturday", None, None),
    ("early Saturday", Kind.WEEKDAY, "Saturday", None, "early"),
    ("Thursday morning", Kind.WEEKDAY, "Thursday", None, "morning"),
    ("15:00", Kind.TIME, "15:00", None, None),
    ("3 p.m.", Kind.TIME, "15:00", None, None),
    ("about 700 meters", Kind.MEASURE, "700", "m", "about"),
    ("7.4 magnitude", Kind.MEASURE, "7.4", "magnitude", None),
    ("one in five", Kind.FRACTION, "0.2", None, None),
    ("About half", Kind.FRACTION, "0.5", None, "about"),
    ("one", Kind.COUNT, "1", None, None),
    ("0700", Kind.TIME, "07:00", None, None),  # no amount is written with a leading zero: a 24-hour clock
]


@pytest.mark.parametrize(("figure", "kind", "value", "unit", "qualifier"), PARSED)
def test_a_figure_is_parsed_into_kind_value_unit_and_qualifier(
    figure: str, kind: Kind, value: str, unit: str | None, qualifier: str | None
) -> None:
    parsed = parse_figure(figure)
    assert (parsed.kind, parsed.value, parsed.unit, parsed.qualifier) == (kind, value, unit, qualifier)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("145,000", "145 000"),
        ("about 145,000", "around 145,000"),
        ("more than 200", "over 200"),
        ("$2 billion", "$2,000,000,000"),
        ("12pc", "12%"),
        ("a maximum of 12", "up to 12"),
        ("a minimum of 40", "at least 40"),
        ("30-odd", "30-plus"),
        ("345p", "345 pence"),
    ],
)
def test_two_ways_of_writing_one_figure_mean_the_same(first: str, second: str) -> None:
    assert parse_figure(first).meaning == parse_figure(second).meaning


@pytest.mark.parametrize(
    ("first", "second"), [("about 145,000", "more than 145,000"), ("Saturday", "early Saturday"), ("7 days", "7 weeks")]
)
def test_a_different_qualifier_or_unit_is_a_different_figure(first: str, second: str) -> None:
    assert parse_figure(first).meaning != parse_figure(second).meaning


def test_on_the_article_recognition_finds_the_sheet_and_nothing_else(article_text: str) -> None:
    found = [m.text for m in mentions_in(parse_article(article_text))]
    assert found == [fact.figure for fact in load_sheet(FACTS).facts]
