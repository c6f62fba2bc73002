"""bench/suites.py compares a date's year only where the text writes one (our own sentences)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("suites", ROOT / "bench" / "suites.py")
assert spec and spec.loader
suites = importlib.util.module_from_spec(spec)
sys.modules["suites"] = suites  # dataclasses look their module up while it loads
spec.loader.exec_module(suites)


@pytest.mark.parametrize(
    ("text", "timex", "expected"),
    [
        ("The shop opened on May 4 1998.", "1998-05-04", "1998-05-04"),
        ("The shop opened on May fourth nineteen ninety eight.", "1998-05-04", "1998-05-04"),
        ("The shop opened in June two thousand and four.", "2004-06", "2004-06"),
        ("The shop opens on May fourth.", "2031-05-04", "05-04"),  # the year is resolved, not written
        ("The shop opens this June.", "2031-06", "06"),
        ("The shop opens on May twenty nine.", "2031-05-29", "05-29"),  # a day in words is no year
    ],
)
def test_a_dates_year_is_expected_only_where_the_text_writes_it(text: str, timex: str, expected: str) -> None:
    resolution = {"values": [{"timex": timex}]}
    assert suites.expectation("datetime.date", resolution, text) == ("date", expected, "*", "*")
