"""Sources: when two names of whom a figure is credited to name the same party."""

from __future__ import annotations

import pytest

from factsheet import SourceMatch, match_sources

SAME, NEAR, DIFFERENT = SourceMatch.SAME, SourceMatch.NEAR, SourceMatch.DIFFERENT

CASES = [
    ("Azerbaijan", "Azerbaijan", SAME),
    ("azerbaijan", "Azerbaijan", SAME),
    ("Nikol Pashinyan", "Armenian Prime Minister Nikol Pashinyan", SAME),
    ("Ilham Aliyev", "President of Azerbaijan Ilham Aliyev", SAME),
    ("the center", "Disaster Medicine Center", SAME),
    ("The leader of the breakaway province", "the leader of the breakaway province", SAME),
    ("Armenia’s foreign ministry", "Armenia's foreign ministry", SAME),
    ("unattributed", "unattributed", SAME),
    ("Azerbaijan", "Azerbaijan's defence ministry", NEAR),
    ("Armenian sources", "Armenia's foreign ministry", NEAR),
    ("Armenian sources", "Azerbaijan", DIFFERENT),
    ("Armenia's defence ministry", "Azerbaijan's defence ministry", DIFFERENT),
    ("the official", "the spokesman", DIFFERENT),
    ("Azerbaijan", "unattributed", DIFFERENT),
    ("unattributed", "Armenian sources", DIFFERENT),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_sources_match(first: str, second: str, expected: SourceMatch) -> None:
    assert match_sources(first, second) is expected
    assert match_sources(second, first) is expected
