"""`factsheet diff`: revisions of the real article, derived in memory, and their findings."""

from __future__ import annotations

import json
import re

import pytest

from factsheet import load_sheet, parse_article
from factsheet.review import Status, review

from .conftest import ARTICLE, FACTS, ROOT, assert_golden, run_cli

EXAMPLE = ROOT / "examples" / "harbour-flood"


def findings_of(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """The findings that are not ok: (status, fact id, sheet figure, article figure)."""
    result = review(load_sheet(FACTS), parse_article(text))
    return [
        (f.status.value, f.fact.id if f.fact else None, f.sheet_figure, f.article_figure)
        for f in result.findings
        if f.status is not Status.OK
    ]


def revise(text: str, *edits: tuple[str, str]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} must occur once in the article"
        text = text.replace(old, new)
    return text


def test_the_sheet_against_the_unchanged_article_is_all_ok(article_text: str) -> None:
    result = review(load_sheet(FACTS), parse_article(article_text))
    assert result.clean
    assert result.summary[Status.OK] == len(load_sheet(FACTS).facts) == len(result.findings)


# One revision per status and per kind of figure: the edits, and every finding they must give.
REVISIONS = {
    "digits": (
        [("at more than 200,", "at more than 300,")],
        [("changed", "death-toll", "more than 200", "more than 300")],
    ),
    "digits and qualifier": (
        [("about 145,000", "nearly 150,000")],
        [("changed", "population", "about 145,000", "nearly 150,000")],
    ),
    "number word": (
        [("seven days", "eight days")],
        [("changed", "days-since-fighting-began", "seven days", "eight days")],
    ),
    "vague quantity": (
        [("tens of thousands", "thousands")],
        [("changed", "earlier-war-dead", "tens of thousands", "thousands")],
    ),
    "date": (
        [("September 27", "September 28")],
        [("changed", "offensive-date", "September 27", "September 28")],
    ),
    "year": (
        [("treaty in 1994", "treaty in 1995")],
        [("changed", "peace-treaty-year", "1994", "1995")],
    ),
    "decade": (
        [("late 1980s", "late 1970s")],
        [("changed", "earlier-war-start", "late 1980s", "late 1970s")],
    ),
    "weekday": (
        [("region on Saturday, scuttling", "region on Sunday, scuttling")],
        [("changed", "fighting-day", "Saturday", "Sunday")],
    ),
    "qualifier alone": (
        [("including more than a thousand", "including fewer than a thousand")],
        [("changed", "earlier-war-civilians", "more than a thousand", "fewer than a thousand")],
    ),
    "swapped sources of two clauses": (
        [
            ("Armenian sources have put", "Azerbaijan has put"),
            ("while Azerbaijan most recently", "while Armenian sources most recently"),
        ],
        [
            ("source-differs", "death-toll", "more than 200", "more than 200"),
            ("source-differs", "civilians-killed", "19", "19"),
            ("source-differs", "civilians-injured", "60", "60"),
        ],
    ),
    "a quotation credited to another speaker": (
        [("” he said.", "” Mr Aliyev replied.")],
        [("source-differs", "offensive-date", "September 27", "September 27")],
    ),
    "figure removed": (
        [(", including more than a thousand civilians.", ".")],
        [("not-in-article", "earlier-war-civilians", "more than a thousand", None)],
    ),
    "figure added": (
        [("first re-erupted.", "first re-erupted. Four villages were shelled.")],
        [("not-in-sheet", None, None, "Four")],
    ),
    "sentence removed": (
        [("treaty in 1994,", "treaty,")],
        [("not-in-article", "peace-treaty-year", "1994", None)],
    ),
    # What a figure counts is part of the fact (issue 13).
    "the counted noun changed": (
        [("19 civilians had been killed", "19 soldiers had been killed")],
        [("what-differs", "civilians-killed", "19", "19")],
    ),
    "the verb changed": (
        [("19 civilians had been killed", "19 civilians had been evacuated")],
        [("what-differs", "civilians-killed", "19", "19")],
    ),
    "the figure gone, the same figure counting something else in an unrelated sentence": (
        [(" and 60 injured", ""), ("first re-erupted.", "first re-erupted. The ministry said 60 tanks had been destroyed.")],
        [("not-in-sheet", None, None, "60"), ("not-in-article", "civilians-injured", "60", None)],
    ),
}

# The same facts written otherwise: no finding at all.
REWORDINGS = {
    "the same facts in another order": [
        ("19 civilians had been killed", "60 civilians had been injured"),
        ("and 60 injured.", "and 19 killed."),
    ],
    "a synonym for what is counted": [("about 145,000 people live", "about 145,000 residents live")],
    "a word added to what is counted": [("19 civilians had been killed", "19 Armenian civilians had been killed")],
}


@pytest.mark.parametrize("edits", REWORDINGS.values(), ids=REWORDINGS.keys())
def test_the_same_facts_reworded_stay_ok(article_text: str, edits: list[tuple[str, str]]) -> None:
    assert findings_of(revise(article_text, *edits)) == []


@pytest.mark.parametrize(("edits", "expected"), REVISIONS.values(), ids=REVISIONS.keys())
def test_a_revision_gives_exactly_its_findings(article_text: str, edits: list[tuple[str, str]], expected: list[tuple]) -> None:  # type: ignore[type-arg]
    assert findings_of(revise(article_text, *edits)) == expected


def rewrap(text: str) -> str:
    """Re-wrap every paragraph at about 60 columns, as a different editor would."""
    import textwrap

    return "\n\n".join(textwrap.fill(p, 60) for p in text.split("\n\n"))


def join_paragraphs(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join([*paragraphs[:11], paragraphs[11] + " " + paragraphs[12], *paragraphs[13:]])


def move_last_paragraph_up(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join([*paragraphs[:5], paragraphs[-1], *paragraphs[5:-1]])


FORMATTING = {
    "no-break space in a number": lambda t: t.replace("145,000", "145\u00a0000"),
    "thin space in a number": lambda t: t.replace("145,000", "145 000"),
    "CRLF line endings": lambda t: t.replace("\n", "\r\n"),
    "straight quotes": lambda t: t.translate(str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})),
    "re-wrapped lines": rewrap,
    "two paragraphs joined": join_paragraphs,
    "a paragraph moved": move_last_paragraph_up,
    "no-break spaces between words": lambda t: t.replace("about 145,000 people", "about\u00a0145,000\u00a0people"),
    "extra blank lines and trailing spaces": lambda t: re.sub(r"\n\n", "  \n\n\n", t),
}


@pytest.mark.parametrize("reformat", FORMATTING.values(), ids=FORMATTING.keys())
def test_formatting_alone_is_not_a_change(article_text: str, reformat) -> None:  # type: ignore[no-untyped-def]
    assert findings_of(reformat(article_text)) == []


def test_changed_is_one_finding_with_both_figures(article_text: str) -> None:
    result = review(load_sheet(FACTS), parse_article(revise(article_text, ("at more than 200,", "at more than 300,"))))
    changed = [f for f in result.findings if f.status is Status.CHANGED]
    assert len(changed) == 1 and len(result.findings) == len(load_sheet(FACTS).facts)
    assert (changed[0].sheet_figure, changed[0].article_figure, changed[0].paragraph) == ("more than 200", "more than 300", 14)


def test_json_has_exactly_the_documented_shape(article_text: str) -> None:
    result = run_cli("diff", "--format", "json", str(FACTS), "-", stdin=revise(article_text, ("seven days", "eight days")))
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert list(document) == ["summary", "findings"]
    counts = {"ok": 17, "changed": 1, "source-differs": 0, "what-differs": 0, "not-in-article": 0, "not-in-sheet": 0}
    assert document["summary"] == counts
    keys = [
        *("status", "fact", "sheet_figure", "article_figure", "sheet_source", "article_source", "paragraph"),
        *("sheet_what", "article_what", "article_context", "start", "end"),
    ]
    assert all(list(f) == keys for f in document["findings"])
    assert {
        "status": "changed",
        "fact": "days-since-fighting-began",
        "sheet_figure": "seven days",
        "article_figure": "eight days",
        "sheet_source": "unattributed",
        "article_source": "unattributed",
        "paragraph": 10,
        "sheet_what": None,  # a duration counts nothing: only numbers are compared by what they count
        "article_what": None,
    } in [{k: v for k, v in f.items() if k not in ("article_context", "start", "end")} for f in document["findings"]]


def test_the_cli_exits_0_when_every_finding_is_ok() -> None:
    if not ARTICLE.is_file():
        pytest.skip("the article lives in ../shared")
    result = run_cli("diff", str(ARTICLE))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[-1] == "18 facts: 18 ok, 0 changed, 0 source-differs, 0 not-in-article; 0 not-in-sheet"


def test_the_example_review_matches_its_golden_files() -> None:
    sheet, revised = str(EXAMPLE / "facts.yaml"), str(EXAMPLE / "revised.txt")
    text = run_cli("diff", sheet, revised)
    assert (text.returncode, text.stderr) == (1, "")
    assert_golden("diff.example.txt", text.stdout.replace(str(ROOT) + "/", ""))
    assert_golden("diff.example.json", run_cli("diff", "-f", "json", sheet, revised).stdout)
    assert_golden("diff.example.all.txt", run_cli("diff", "--all", sheet, revised).stdout.replace(str(ROOT) + "/", ""))


def test_the_example_has_one_finding_of_each_status() -> None:
    document = json.loads(run_cli("diff", "-f", "json", str(EXAMPLE / "facts.yaml"), str(EXAMPLE / "revised.txt")).stdout)
    assert {k: v for k, v in document["summary"].items() if k != "ok"} == dict.fromkeys(
        ["changed", "source-differs", "what-differs", "not-in-article", "not-in-sheet"], 1
    )


def test_the_readme_diff_example_runs_from_the_repository_root() -> None:
    result = run_cli("diff", "examples/harbour-flood/facts.yaml", "examples/harbour-flood/revised.txt")
    assert result.returncode == 1 and "changed" in result.stdout


@pytest.mark.parametrize(
    ("env", "args", "coloured"),
    [
        ({}, [], False),  # piped: never
        ({}, ["--color", "always"], True),
        ({"NO_COLOR": "1"}, ["--color", "auto"], False),
        ({}, ["--color", "never"], False),
    ],
)
def test_colour_only_when_asked_or_on_a_terminal(env: dict[str, str], args: list[str], coloured: bool) -> None:
    result = run_cli("diff", *args, str(EXAMPLE / "facts.yaml"), str(EXAMPLE / "revised.txt"), env=env)
    assert ("\x1b[" in result.stdout) is coloured


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["examples/harbour-flood/facts.yaml", "no/such/article.txt"], "factsheet: no/such/article.txt: no such file\n"),
        (["no-such-sheet.yaml", "examples/harbour-flood/revised.txt"], "factsheet: no-such-sheet.yaml: no such file\n"),
        (["a", "b", "c"], "factsheet: diff takes [FACTS] [ARTICLE], not 3 paths\n"),
        (["examples/harbour-flood/facts.yaml", "examples"], "factsheet: examples: is a directory, not an article\n"),
    ],
)
def test_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run_cli("diff", *args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)


def test_an_article_that_is_not_utf8_is_refused_with_its_offset(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\n\nAbout 3,400 people \x93live\x94 here.")
    result = run_cli("diff", "examples/harbour-flood/facts.yaml", str(path))
    assert result.returncode == 2
    assert result.stderr == (
        f"factsheet: {path}: not UTF-8 text: byte 0x93 at offset 29 "
        "(if it is Windows-1252, common in older CMS exports, use --encoding cp1252)\n"
    )


def test_the_summary_counts_near_match_sources(article_text: str) -> None:
    text = revise(article_text, ("most recently said that 19", "most recently said that 19"))
    result = review(
        load_sheet(FACTS),
        parse_article(text.replace("while Azerbaijan most recently", "while Azerbaijan's defence ministry most recently")),
    )
    from factsheet.report import review_text

    assert review_text(result).splitlines()[-1].startswith("18 facts: 18 ok (2 with a near-match source), ")


def test_json_findings_locate_the_figure_in_the_article(article_text: str) -> None:
    from factsheet.report import finding_record

    article = parse_article(article_text)
    record = next(finding_record(f) for f in review(load_sheet(FACTS), article).findings if f.fact and f.fact.id == "population")
    assert article.text[record["start"] : record["end"]] == "about 145,000"
    assert "where about 145,000 people live" in record["article_context"]


FERRY_SHEET = """title: Ferry sinks
facts:
  - id: dead
    figure: "19"
    what: people killed
    source: the coastguard
    context: the coastguard said 19 were killed
  - id: missing
    figure: at least 26
    what: people missing
    source: the coastguard
    context: at least 26 missing
"""


@pytest.mark.parametrize(
    ("revised", "expected"),
    [
        ("The coastguard said 19 were killed and at least 26 missing after the ferry sank.", []),
        (
            "The coastguard said the death toll rose to 24, with up to 33 missing, after the ferry sank.",
            [("changed", "dead", "19", "24"), ("changed", "missing", "at least 26", "up to 33")],
        ),
    ],
    ids=["as written", "an updated toll in a reworded sentence"],
)
def test_the_same_fact_with_a_new_figure_in_reworded_text_is_changed(revised: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    from factsheet import parse_sheet

    result = review(parse_sheet(FERRY_SHEET, "ferry.yaml"), parse_article(f"Ferry sinks\n\n{revised}\n"))
    found = [
        (f.status.value, f.fact.id if f.fact else None, f.sheet_figure, f.article_figure)
        for f in result.findings
        if f.status is not Status.OK
    ]
    assert found == expected


def test_a_toll_updated_in_reworded_words_of_the_seed_article_is_changed(article_text: str) -> None:
    edits = [
        ("that 19 civilians had been killed", "the civilian death toll had risen to 24,"),
        ("and 60 injured.", "with 60 injured."),
    ]
    assert findings_of(revise(article_text, *edits)) == [("changed", "civilians-killed", "19", "24")]


def test_a_sentence_split_in_two_keeps_every_fact(article_text: str) -> None:
    """What each figure counts survives the split; the second sentence names no source, so the
    review says so, as it should (the article no longer credits that figure to anyone)."""
    edits = [("killed and 60 injured.", "killed. Another 60 were injured.")]
    assert findings_of(revise(article_text, *edits)) == [("source-differs", "civilians-injured", "60", "60")]
