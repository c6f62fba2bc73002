"""extract meets its quality targets on the shared reports and on our own articles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from .conftest import EVAL, ROOT

spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
assert spec and spec.loader
quality = importlib.util.module_from_spec(spec)
sys.modules["quality"] = quality  # dataclasses look their module up while it loads
spec.loader.exec_module(quality)

OWN = ROOT / "tests" / "corpus" / "eval"


def total(eval_dir: Path):  # type: ignore[no-untyped-def]
    score = quality.Score()
    for gold in sorted((eval_dir / "gold").glob("*.yaml")):
        score.add(quality.score_article(eval_dir / "articles" / f"{gold.stem}.txt", gold))
    return score


@pytest.mark.parametrize("eval_dir", [EVAL, OWN], ids=["shared", "own"])
def test_recall_precision_and_source_accuracy_meet_their_targets(eval_dir: Path) -> None:
    if not (eval_dir / "gold").is_dir():
        pytest.skip(f"no annotated reports in {eval_dir}")
    score = total(eval_dir)
    assert score.recall >= quality.TARGETS["recall"], score.misses
    assert score.precision >= quality.TARGETS["precision"], score.misses
    assert score.source_accuracy >= quality.TARGETS["source accuracy"], score.misses


@pytest.mark.parametrize(
    ("found", "gold", "matches"),
    [
        ("about 700 meters", "about 700", True),
        ("200", "another 200", True),
        ("1,042", "1,042", True),
        ("700", "about 700", False),
        ("more than 20", "20", False),
        ("a total of 5", "5", True),
        ("only 8%", "8%", True),
        ("just 18 months", "18 months", True),
        ("just over 18 months", "18 months", False),
        ("only one in five", "one in five", True),
        ("only a third", "a third", True),
        ("just over 5", "over 5", False),
    ],
)
def test_the_gold_matching_rule(found: str, gold: str, matches: bool) -> None:
    assert quality.texts_match(found, gold) is matches
