"""The word tables' one function: a list of words as a regular expression written as a trie."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet import vocabulary as vocab
from factsheet.vocabulary import alternation

words = st.lists(st.text(alphabet="abAB .-", min_size=1, max_size=6), min_size=1, max_size=12, unique=True)


@given(words, st.text(alphabet="abAB .-", max_size=8))
def test_a_trie_matches_what_the_plain_alternation_matches(choices: list[str], text: str) -> None:
    plain = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(choices, key=len, reverse=True)) + r")(?![ab])")
    trie = re.compile("(?:" + alternation(choices) + r")(?![ab])")
    expected, found = plain.match(text), trie.match(text)
    assert (expected and expected.group()) == (found and found.group())


@given(words, st.text(alphabet="abAB .-", max_size=8))
def test_ignoring_case_matches_what_the_plain_alternation_matches_ignoring_case(choices: list[str], text: str) -> None:
    plain = re.compile("(?i:" + "|".join(re.escape(w) for w in sorted(choices, key=len, reverse=True)) + r")(?![abAB])")
    trie = re.compile(alternation(choices, ignore_case=True) + r"(?![abAB])")
    expected, found = plain.match(text), trie.match(text)
    assert (expected and expected.group()) == (found and found.group())


@pytest.mark.parametrize(
    ("table", "sample"),
    [
        (vocab.UNITS_WORDS, "seventeen"),
        (vocab.QUALIFIERS, "more than"),
        (vocab.MEASURE_UNITS, "km"),
        (vocab.REPORTING_VERBS, "said"),
    ],
)
def test_every_word_of_a_table_is_matched_whole(table: object, sample: str) -> None:
    pattern = re.compile(alternation(table))  # type: ignore[arg-type]
    assert pattern.fullmatch(sample)
    assert all(pattern.fullmatch(word) for word in table)  # type: ignore[attr-defined]


def test_the_currency_table_is_what_cldr_gives_today() -> None:
    """src/factsheet/currencies.py is generated from CLDR (through babel); regenerate it with
    `python scripts/generate_currencies.py` when this fails."""
    import importlib.util

    pytest.importorskip("babel", reason="babel (in the test extra) generates the currency table")
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("generate_currencies", root / "scripts" / "generate_currencies.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert (root / "src" / "factsheet" / "currencies.py").read_text(encoding="utf-8") == generator.generate()


# Plurals whose singular means something else after a number: "5 pounds" of weight is "£5" in the
# singular ("a 5-pound note"); "stories" and "floors" count a building's levels.
_PLURAL_ONLY_UNITS = {"pounds", "stories", "floors"}


def _singulars(word: str) -> set[str]:
    """The ways English writes the singular of a plural: "knots", "inches", "centuries"."""
    return {word[:-1], word[:-2], word[:-3] + "y"}


def test_every_unit_word_written_in_the_plural_has_its_singular() -> None:
    """A hyphened compound writes its unit in the singular ("a 400-kilovolt line", "a 90-decibel
    alarm", "a 1,000-megawatt-hour battery"): a plural alone left it a count of 400."""
    plurals = [
        word
        for word in vocab.MEASURE_UNITS
        if word.islower() and word.endswith("s") and " " not in word and len(word) > 4 and word not in _PLURAL_ONLY_UNITS
    ]
    missing = [word for word in plurals if not _singulars(word) & vocab.MEASURE_UNITS.keys()]
    assert not missing
