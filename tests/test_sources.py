"""Sources: when two names of whom a figure is credited to name the same party."""

from __future__ import annotations

import pytest

from factsheet import SourceMatch, match_sources
from factsheet.sources import is_party

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
    ("Dr Lena Marsh of the University of Kelso", "Dr Lena Marsh", SAME),  # a person, then where she works
    ("the department", "the U.S. Department of Agriculture", SAME),  # a role, and the body it heads the name of
    ("The bureau", "the Insurance Bureau of Canada", SAME),
    ("the team", "an international team of scientists", SAME),
    ("the Ministry of Defence", "the Ministry of Health", DIFFERENT),
    ("Senator Ann Lee of Ohio", "Ann Lee", SAME),
    ("Reserve Bank of Tarvia", "Reserve Bank of Estoria", NEAR),  # a body's name goes on past "of"
    ("Azerbaijan", "Azerbaijan's defence ministry", NEAR),
    ("Armenian sources", "Armenia's foreign ministry", NEAR),
    ("Armenian sources", "Azerbaijan", DIFFERENT),
    ("Armenia's defence ministry", "Azerbaijan's defence ministry", DIFFERENT),
    ("the official", "the spokesman", DIFFERENT),
    ("Azerbaijan", "unattributed", DIFFERENT),
    ("unattributed", "Armenian sources", DIFFERENT),
    ("police figures", "police figures released Thursday", SAME),  # a document, then when it was issued
    ("Home Office data", "Home Office data published on Monday", SAME),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_sources_match(first: str, second: str, expected: SourceMatch) -> None:
    assert match_sources(first, second) is expected
    assert match_sources(second, first) is expected


# Phrases the issue found written as sources, and parties of every kind.
@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        ("The May", False),
        ("with April's flash GDP", False),
        ("With this backdrop he", False),
        ("largely reverses the losses", False),
        ("The voucher expansion in the budget deal", False),
        ("The revised plan", False),
        ("aluminum imports", False),
        ("Madhya Pradesh has consistently", False),
        ("Strong tornadoes are possible across the central", False),
        ("Hopefully I've", False),
        ("the 36-year-old", False),
        ("its foundation over 20 years ago", False),
        ("last year", False),
        ("the 10th", False),
        ("100mph winds", False),
        ("the association carried out", False),
        ("Doctors at the camp's only clinic", True),
        ("only officials", False),
        ("the consultancy", True),
        ("the 24 economists surveyed by the agency", True),
        ("its 1,200 staff", True),
        ("2,000 people", False),
        ("the 40 percent", False),
        ("the accounts", True),
        ("retail tracker 4040data", True),
        ("7-Eleven", True),
        ("Economy Minister Marcelo Ebrard", True),
        ("the Legislative Services Agency", True),
        ("The latest opinion poll", True),
        ("economists", True),
        ("officials", True),
        ("residents", True),
        ("the leader of the breakaway province", True),
        ("a group representing rural counties", True),
        ("the study", True),
        ("she", True),
    ],
)
def test_a_source_is_a_party(phrase: str, party: bool) -> None:
    assert is_party(phrase) is party
