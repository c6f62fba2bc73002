"""`factsheet extract`: drafting a sheet, round trips, atomic writes, merging."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factsheet import SourceMatch, load_sheet, match_sources, parse_article, parse_sheet, read_article
from factsheet.attribution import attribute
from factsheet.errors import OutputError
from factsheet.extract import draft_facts, draft_sheet, draft_what
from factsheet.merge import merge_facts
from factsheet.review import review
from factsheet.sheet import dump_sheet
from factsheet.writing import write_atomically

from .conftest import ARTICLE, EVAL, FACTS, ROOT, run_cli

EXAMPLE = ROOT / "examples" / "harbour-flood"


def shared_articles() -> list[Path]:
    articles = [ARTICLE, *sorted((EVAL / "articles").glob("*.txt"))] if ARTICLE.is_file() else []
    return [*articles, EXAMPLE / "article.txt", EXAMPLE / "revised.txt"]


@pytest.mark.parametrize("path", shared_articles(), ids=lambda p: p.name)
def test_extract_then_diff_is_all_ok(tmp_path: Path, path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    extracted = run_cli("extract", str(path), "-o", str(sheet))
    assert (extracted.returncode, extracted.stderr) == (0, "")
    result = run_cli("diff", str(sheet), str(path))
    assert result.returncode == 0, result.stdout
    assert run_cli("show", str(sheet)).returncode == 0


def test_the_draft_of_the_article_has_the_hand_made_figures_and_sources(article_path: Path) -> None:
    drafted = draft_sheet(read_article(article_path)).facts
    by_hand = load_sheet(FACTS).facts
    assert [f.figure for f in drafted] == [f.figure for f in by_hand]
    for draft, fact in zip(drafted, by_hand, strict=True):
        assert match_sources(draft.source, fact.source) is SourceMatch.SAME, (fact.id, draft.source)


def test_the_draft_carries_the_title_and_loads_strictly(article_path: Path, article_text: str) -> None:
    sheet = parse_sheet(dump_sheet(draft_sheet(read_article(article_path))), "draft.yaml")
    assert sheet.title == article_text.splitlines()[0]
    assert len({f.id for f in sheet.facts}) == len(sheet.facts)


WHAT = [
    ("About 3,400 people live in the district.", "people live"),
    ("Officials said 19 civilians had been killed.", "civilians killed"),
    ("Twelve were killed and 60 injured.", "injured"),
    ("Rescuers put the death toll at more than 200.", "death toll"),
    ("The siege ended seven days after it began.", "after it began"),
    ("Voting closed on Saturday.", "when: Voting closed"),
    ("They rely on hundreds of U.S. firms.", "U.S firms"),  # what a share or a count is of; a name keeps its capitals
    ("She won 40% of the vote.", "vote"),
    ("She spent nine years as an opposition lawmaker.", "as opposition lawmaker"),  # past the article
    ("Sales were down 10 percent thus far.", "Sales"),  # no "thus far": how, not what
    ("Car sales plunged 10 percent last month in Houston.", "Car sales plunged"),  # no "last month": when
    ("Dealers last year sold 300 cars, up 4 percent from the year before.", "Dealers sold cars"),  # a change: the clause before
]


@pytest.mark.parametrize(("sentence", "what"), WHAT)
def test_what_is_drafted_from_the_words_around_the_figure(sentence: str, what: str) -> None:
    article = parse_article(f"Headline\n\n{sentence}")
    last = attribute(article)[-1]
    assert draft_what(article, last) == what


# Both ends of a range count one thing and show the whole range: the first end alone may read
# otherwise ("$1.2" of "$1.2-1.5 million" is $1.20 standing alone). No figure, nor a word of the
# figure next to it, is a `what` word.
RANGES = [
    ("Growth of 5-7% is expected.", ["Growth"]),  # one figure: the range whose second end says what both count
    ("The deal is worth $1.2-1.5 million.", ["deal worth"]),
    ("Growth rose from 5 to 7% in a year.", ["Growth rose (5 to 7%)", "Growth rose (5 to 7%)"]),  # a change: two
    ("Highs of between 30 and 35C are forecast.", ["Highs"]),
    ("Highs of between $30 and $35 are forecast.", ["Highs ($30 and $35)", "Highs ($30 and $35)"]),  # each end whole
    ("Some 5 or 6 boats sank.", ["boats sank (Some 5 or 6)", "boats sank (Some 5 or 6)"]),
    ("The men, aged 19 and 22, were held.", ["aged", "aged"]),  # no "between": two ages
    ("The fare rose to $1.2 from $1.1.", ["fare rose", "fare rose"]),
    ("The list fell to 7.41 million in August.", ["list fell", "when: list fell"]),  # not "when: list fell million"
]


@pytest.mark.parametrize(("sentence", "whats"), RANGES)
def test_the_ends_of_a_range_count_one_thing_and_show_the_range(sentence: str, whats: list[str]) -> None:
    article = parse_article(f"Headline\n\n{sentence}")
    assert [fact.what for fact in draft_facts(article, attribute(article))] == whats


# Generated articles: sentences of figures, sources and quotes, in any order.
SENTENCES = st.sampled_from(
    [
        "About 3,400 people live in the town.",
        "The council said 12 roads were closed on Monday.",
        '"We counted 40 boats," said harbour master Jo Dean.',
        "Hundreds of volunteers came in 1994.",
        "Police put the number of arrests at more than 30, while organisers said 5 people were hurt.",
        "The wall was raised by 40 centimetres in the late 1990s.",
        "Prices rose 3.5 percent in October 2015, according to the bureau.",
        "The repairs will take up to 18 months and cost $12 million.",
        "Tens of thousands watched; a third of them were children.",
        "She said the talks lasted three decades.",
    ]
)


def assert_drafted_sheet_reviews_clean(text: str) -> None:
    """Draft a sheet for the article, load it back as a file would be, and review: all ok."""
    article = parse_article(text)
    sheet = parse_sheet(dump_sheet(draft_sheet(article)), "draft.yaml")
    result = review(sheet, article)
    assert result.clean, [(f.status, f.sheet_figure, f.article_figure) for f in result.findings if f.status != "ok"]


def our_sentences() -> list[str]:
    cases = yaml.safe_load((ROOT / "tests" / "corpus" / "recognition_general.yaml").read_text(encoding="utf-8"))
    return [case["text"] for case in cases]


@pytest.mark.parametrize("text", our_sentences())
def test_extract_then_review_is_all_ok_on_each_sentence_of_our_corpus_standing_alone(text: str) -> None:
    # One line is both the title and the only paragraph: found by the fuzzer ("two quarters of
    # the year" read as a share in the article and as a duration in the sheet).
    assert_drafted_sheet_reviews_clean(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three quarters of the vote went to the mayor.",  # a share
        "The economy shrank for two quarters of contraction.",  # periods
        "The water two quarters of the yeár before it grew.",  # found by the fuzzer
    ],
)
def test_a_figure_whose_words_after_it_decide_its_reading_round_trips_by_its_context(text: str) -> None:
    assert_drafted_sheet_reviews_clean(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(SENTENCES, min_size=1, max_size=3), min_size=1, max_size=6))
def test_extract_then_review_is_all_ok_on_generated_articles(paragraphs: list[list[str]]) -> None:
    text = "A generated report\n\n" + "\n\n".join(" ".join(p) for p in paragraphs)
    assert_drafted_sheet_reviews_clean(text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Crews counted 12 " + "y" * 300 + " near the dam.",  # the window ends inside a long word
        "x" * 300 + " said 12 homes were lost.",  # the window begins inside one
        "The toll rose to 40 on www." + "example" * 40 + ".org, the site said.",
    ],
)
def test_a_context_holds_only_whole_words_of_the_article(paragraph: str) -> None:
    article = parse_article("Headline\n\n" + paragraph)
    whole_words = {w for token in paragraph.split() for w in (token, token.strip(".,"))}
    sheet = draft_sheet(article)
    for fact in sheet.facts:
        assert fact.context is not None
        assert set(fact.context.split()) <= whole_words, fact.context
    assert review(parse_sheet(dump_sheet(sheet), "d"), article).clean


def test_without_o_the_sheet_goes_to_standard_output() -> None:
    result = run_cli("extract", "-", stdin=(EXAMPLE / "article.txt").read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert parse_sheet(result.stdout, "stdout").facts[0].figure == "Tuesday"


def test_o_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "facts.yaml"
    target.write_text("my own work\n", encoding="utf-8")
    result = run_cli("extract", str(EXAMPLE / "article.txt"), "-o", str(target))
    assert (result.returncode, result.stderr) == (2, f"factsheet: {target}: already exists; use --force to replace it\n")
    assert target.read_text(encoding="utf-8") == "my own work\n"
    assert run_cli("extract", str(EXAMPLE / "article.txt"), "-o", str(target), "--force").returncode == 0
    assert load_sheet(target).facts


def test_a_failed_write_leaves_the_old_file_byte_for_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "facts.yaml"
    target.write_bytes(b"old \xe2\x80\x9cbytes\xe2\x80\x9d\r\n")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputError, match="not written"):
        write_atomically(target, "new text", replace=True)
    assert target.read_bytes() == b"old \xe2\x80\x9cbytes\xe2\x80\x9d\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.yaml"], "no temporary file is left behind"


def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "facts.yaml"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new", replace=True)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.yaml"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "facts.yaml"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "new\n", replace=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == "new\n"


def revised_example(tmp_path: Path) -> Path:
    revised = tmp_path / "revised.txt"
    revised.write_text((EXAMPLE / "revised.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return revised


def test_merge_adds_only_the_missing_figures_and_keeps_every_byte(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    original = (EXAMPLE / "facts.yaml").read_text(encoding="utf-8")
    sheet.write_text(original, encoding="utf-8")
    result = run_cli("extract", str(revised_example(tmp_path)), "--merge", str(sheet))
    assert (result.returncode, result.stderr) == (0, f"factsheet: 1 facts added to {sheet}\n")
    merged = sheet.read_text(encoding="utf-8")
    assert merged.startswith(original), "existing facts, comments and order are untouched"
    added = parse_sheet(merged, "m").facts[len(load_sheet(EXAMPLE / "facts.yaml").facts) :]
    assert [(f.figure, f.source) for f in added] == [("Four", "unattributed")]


def test_merge_into_a_list_followed_by_another_key(tmp_path: Path) -> None:
    text = (
        "# kept\nfacts:\n    - id: a\n      figure: Tuesday\n      what: x\n      source: unattributed\n\ntitle: T  # kept too\n"
    )
    article = parse_article("T\n\nIt rained on Tuesday and 40 boats sank.")
    from factsheet.extract import draft_missing

    merged = merge_facts(text, parse_sheet(text, "s.yaml"), draft_missing(parse_sheet(text, "s.yaml"), article))
    assert merged.startswith("# kept\nfacts:\n    - id: a\n")
    assert merged.endswith("\ntitle: T  # kept too\n")
    assert [f.figure for f in parse_sheet(merged, "s.yaml").facts] == ["Tuesday", "40"]
    assert '    - id: boats-sank\n      figure: "40"\n' in merged


def test_merge_keeps_crlf_line_endings(tmp_path: Path) -> None:
    text = "title: T\r\nfacts:\r\n  - id: a\r\n    figure: Tuesday\r\n    what: x\r\n    source: unattributed\r\n"
    article = parse_article("T\n\nIt rained on Tuesday and 40 boats sank.")
    from factsheet.extract import draft_missing

    merged = merge_facts(text, parse_sheet(text, "s.yaml"), draft_missing(parse_sheet(text, "s.yaml"), article))
    assert "\n" not in merged.replace("\r\n", "")


def test_merge_will_not_rewrite_a_commented_flow_list_without_force() -> None:
    text = "# my notes\ntitle: T\nfacts: []\n"
    article = parse_article("T\n\nIt rained on Tuesday.")
    from factsheet.extract import draft_missing

    sheet = parse_sheet(text, "s.yaml")
    missing = draft_missing(sheet, article)
    with pytest.raises(OutputError, match="loses its comments; use --force"):
        merge_facts(text, sheet, missing)
    assert [f.figure for f in parse_sheet(merge_facts(text, sheet, missing, allow_rewrite=True), "s").facts] == ["Tuesday"]


def test_merge_gives_new_facts_ids_of_their_own(tmp_path: Path) -> None:
    text = "title: T\nfacts:\n  - id: boats-sank\n    figure: Tuesday\n    what: x\n    source: unattributed\n"
    article = parse_article("T\n\nIt rained on Tuesday and 40 boats sank.")
    from factsheet.extract import draft_missing

    merged = parse_sheet(merge_facts(text, parse_sheet(text, "s.yaml"), draft_missing(parse_sheet(text, "s.yaml"), article)), "s")
    assert [f.id for f in merged.facts] == ["boats-sank", "boats-sank-2"]
