"""Attribution: whom the article credits each figure to, one case per pattern."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factsheet import attribute, load_sheet, parse_article

from .conftest import FACTS

CASES = yaml.safe_load((Path(__file__).parent / "corpus" / "attribution.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_each_figure_is_credited_to_its_source(case: dict[str, Any]) -> None:
    found = [[m.mention.text, m.source] for m in attribute(parse_article(case["article"]))]
    assert found == case["sources"]


def test_on_the_article_each_figure_gets_the_sheets_source(article_text: str) -> None:
    from factsheet import SourceMatch, match_sources

    mentions = attribute(parse_article(article_text))
    facts = load_sheet(FACTS).facts
    assert len(mentions) == len(facts)
    for mention, fact in zip(mentions, facts, strict=True):
        assert match_sources(fact.source, mention.source) is SourceMatch.SAME, (fact.id, mention.source)


def test_a_quotation_is_marked_quoted() -> None:
    mentions = attribute(parse_article('"We lost 200 sheep," she said. Officials counted 150.'))
    assert [(m.mention.text, m.quoted) for m in mentions] == [("200", True), ("150", False)]


def test_every_source_drafted_for_the_shared_reports_is_a_party() -> None:
    """A source is never a piece of the sentence ("The revised plan", "with April's flash GDP")."""
    from factsheet import read_article
    from factsheet.sources import is_party, is_unattributed

    from .conftest import EVAL

    paths = sorted((EVAL / "articles").glob("*.txt"))
    if not paths:
        pytest.skip(f"no shared reports in {EVAL}: put the shared material beside this repository")
    not_parties = {
        (path.stem, m.source)
        for path in paths
        for m in attribute(read_article(path))
        if not is_unattributed(m.source) and not is_party(m.source)
    }
    assert not_parties == set()
