"""Score `factsheet extract` against the gold annotations in ../shared/eval.

For each article and in total: figure recall and precision, by the matching rule at
the top of the gold files, and source accuracy over the figures found that match a
gold figure. A range the tool reads as one figure ("10-15cm", "just 12 to 18 hours") matches the
two gold mentions the gold ties together with `range: start` and `range: end` (twelfth session:
the tool reads a range whose second end says what both count as one figure, so that the first
end keeps its unit, as the gold's own values give it). And kinds: of the figures found that
match a gold figure whose kind the tool has (the gold's `kind`, or its `subkind` under `other`;
an ordinal, a rating or an age is not judged), the share the tool reads as that kind. A figure
read as the wrong kind ("at 11.30" as the count 11.3, "three times" as the count 3) matches by
its text and is a silent misreading; this column counts them (thirteenth session). Run from the
repository root:

    python bench/quality.py [EVAL_DIR] [--split all|develop|holdout] [--show-misses]

The hold-out rule, stated on 2026-11-29 before any held-out report was read: of the
reports that are not among the five the rules were first written with (`FIRST_FIVE`),
taken in name order, every second one (the 2nd, 4th, ...) is held out. Rules are
developed on the others (`--split develop`) and on ../shared/suites; the held-out ones
are scored once, at the end of a piece of work, before any fix for them.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from factsheet import SourceMatch, match_sources, read_article
from factsheet import vocabulary as vocab
from factsheet.attribution import attribute
from factsheet.extract import draft_sheet
from factsheet.figures import Kind

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
_DETERMINERS = ("a ", "an ", "the ", "another ", "a total of ")
# The shared gold's README: "a leading 'just'/'only' before a plain number" is accepted too
# (seventh session; before, "only 8%" against "8%" counted as a miss and an extra); and, ours,
# words that make a figure small as they do (twenty-seventh session: "barely 80 percent").
_EMPHASIS = ("just ", "only ", "barely ", "merely ", "a mere ")
TARGETS = {"recall": 0.97, "precision": 0.95, "source accuracy": 0.90}
# The gold's kinds (or subkinds of "other"), each with the kinds of ours that read it.
GOLD_KINDS = {
    "count": {Kind.COUNT},
    "money": {Kind.MONEY},
    "percent": {Kind.PERCENT},
    "duration": {Kind.DURATION},
    "date": {Kind.DATE},
    "weekday": {Kind.WEEKDAY},
    "year": {Kind.YEAR},
    "measure": {Kind.MEASURE},
    "fraction": {Kind.FRACTION},
    "time": {Kind.TIME},
    "score": {Kind.SCORE},
    "multiple": {Kind.MULTIPLE},
    "multiplier": {Kind.MULTIPLE},
    "decade": {Kind.DECADE},
    "century": {Kind.CENTURY},
}
FIRST_FIVE = frozenset(
    {
        "afghanistan-quake-toll",
        "houston-car-sales-october",
        "makhachkala-blast-toll",
        "pge-power-shutoff-fire",
        "syria-quake-toll",
    }
)


def split_of(names: list[str]) -> dict[str, str]:
    """Each report's split by the hold-out rule: 'develop' or 'holdout'.

    >>> split_of(["a", "b", "c", "syria-quake-toll", "d"])
    {'a': 'develop', 'b': 'holdout', 'c': 'develop', 'syria-quake-toll': 'develop', 'd': 'holdout'}
    """
    later = [name for name in sorted(names) if name not in FIRST_FIVE]
    return {name: "holdout" if name in later[1::2] else "develop" for name in names}


@dataclass
class Score:
    gold: int = 0  # required gold figures
    found_required: int = 0
    found: int = 0  # figures the tool found
    found_matching: int = 0  # of those, matching a gold figure (optional ones included)
    sourced: int = 0  # matching figures whose source was judged
    sourced_right: int = 0
    kinds_judged: int = 0  # matching figures whose gold kind is one of ours
    kinds_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for count in fields(self):
            setattr(self, count.name, getattr(self, count.name) + getattr(other, count.name))  # the misses too

    @property
    def recall(self) -> float:
        return self.found_required / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.found_matching / self.found if self.found else 1.0

    @property
    def source_accuracy(self) -> float:
        return self.sourced_right / self.sourced if self.sourced else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kinds_right / self.kinds_judged if self.kinds_judged else 1.0


def gold_kind(gold: dict) -> str | None:
    """The gold's kind in the words of `GOLD_KINDS`, or None where the tool has no such kind."""
    kind = gold.get("subkind") if gold.get("kind") == "other" else gold.get("kind")
    return kind if kind in GOLD_KINDS else None


def texts_match(found: str, gold: str) -> bool:
    """Equal, or equal but for trailing unit words or a leading determiner; qualifiers kept."""
    found, gold = " ".join(found.split()), " ".join(gold.split())
    if found == gold:
        return True
    for longer, shorter in ((found, gold), (gold, found)):
        if longer.startswith(shorter + " ") and re.fullmatch(r"[A-Za-z/ .-]+", longer[len(shorter) + 1 :]):
            return True
        for determiner in _DETERMINERS:
            if longer.lower().startswith(determiner) and texts_match(longer[len(determiner) :], shorter):
                return True
        for emphasis in _EMPHASIS:
            plain = longer[len(emphasis) :]
            if longer.lower().startswith(emphasis) and _is_plain(plain) and texts_match(plain, shorter):
                return True
    return False


def _is_plain(figure: str) -> bool:
    """A number with no qualifier of its own: "8%", "one in five"; not "over 5" ("just over" is
    a qualifier of its own)."""
    lowered = figure.lower()
    return bool(lowered) and not any(lowered.startswith(qualifier + " ") for qualifier in vocab.QUALIFIERS)


def source_right(found: str, gold: dict) -> bool:
    accepted = [gold.get("source")]
    if "source_alt" in gold:
        accepted.append(gold["source_alt"])
    for source in accepted:
        wanted = "unattributed" if source is None else source
        if match_sources(found, wanted) is SourceMatch.SAME:
            return True
    return False


_RANGE_JOINERS = ("-", "–", " - ", " – ", " to ", " and ", " or ")


def _range_pair(gold: list[dict], taken: set[int], paragraph: int, found: str) -> list[int]:
    """The two gold ends of one range (`range: start`, then `range: end`) that a figure found as
    one range matches: "10-15cm" for "10" and "15cm". The gold writes a range as two mentions
    tied together; the tool reads one whose second end says what both count, so that the first
    end keeps its unit ("just 12 to 18 hours" is a duration from its start, as the gold says)."""
    plain = found[len("between ") :] if found.lower().startswith("between ") else found  # "between 60 and 65 percent"
    for index in range(len(gold) - 1):
        start, end = gold[index], gold[index + 1]
        if (
            index in taken
            or index + 1 in taken
            or start.get("range") != "start"
            or end.get("range") != "end"
            or start["paragraph"] != paragraph
        ):
            continue
        # the found figure is the whole range, not its first end ("two" of "two to three days")
        if any(
            len(plain) >= len(start["text"] + joiner + end["text"]) and texts_match(plain, start["text"] + joiner + end["text"])
            for joiner in _RANGE_JOINERS
        ):
            return [index, index + 1]
    return []


def _first_match(gold: list[dict], taken: set[int], paragraph: int, found: str) -> list[int]:
    """The first gold mention not yet taken in the paragraph that the figure found matches."""
    for index, wanted in enumerate(gold):
        if index not in taken and wanted["paragraph"] == paragraph and texts_match(found, wanted["text"]):
            return [index]
    return []


def score_article(article_path: Path, gold_path: Path) -> Score:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["figures"]
    article = read_article(article_path)
    sheet = draft_sheet(article)
    mentions = attribute(article)
    assert [f.figure for f in sheet.facts] == [" ".join(m.mention.text.split()) for m in mentions]
    score = Score(gold=sum(not g.get("optional") for g in gold))
    taken: set[int] = set()
    for fact, mention in zip(sheet.facts, mentions, strict=True):
        score.found += 1
        # The two ends of a range first: "two to three days" would match "two" alone by its words
        matched = _range_pair(gold, taken, mention.paragraph, fact.figure) or _first_match(
            gold, taken, mention.paragraph, fact.figure
        )
        if not matched:
            score.misses.append(f"  extra   p{mention.paragraph} {fact.figure!r}")
            continue
        taken.update(matched)
        score.found_matching += 1
        for index in matched:
            score.found_required += not gold[index].get("optional")
            score.sourced += 1
            if source_right(fact.source, gold[index]):
                score.sourced_right += 1
            else:
                wanted = gold[index].get("source")
                score.misses.append(f"  source  p{mention.paragraph} {fact.figure!r}: {fact.source!r}, gold {wanted!r}")
            if (kind := gold_kind(gold[index])) is not None:
                score.kinds_judged += 1
                if mention.mention.figure.kind in GOLD_KINDS[kind]:
                    score.kinds_right += 1
                else:
                    read = mention.mention.figure.kind.value
                    score.misses.append(f"  kind    p{mention.paragraph} {fact.figure!r}: {read}, gold {kind}")
    for index, g in enumerate(gold):
        if index not in taken and not g.get("optional"):
            score.misses.append(f"  missed  p{g['paragraph']} {g['text']!r}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--split", choices=("all", "develop", "holdout"), default="all", help="which reports to score")
    parser.add_argument("--show-misses", action="store_true", help="list every miss, extra and wrong source")
    args = parser.parse_args(argv)
    gold_dir = args.eval_dir / "gold"
    if not gold_dir.is_dir():
        print(
            f"quality: no gold annotations in {gold_dir}; put the shared material beside this repository (../shared/eval)",
            file=sys.stderr,
        )
        return 2
    total = Score()
    rows = []
    gold_paths = sorted(gold_dir.glob("*.yaml"))
    splits = split_of([path.stem for path in gold_paths])
    for gold_path in gold_paths:
        if args.split != "all" and splits[gold_path.stem] != args.split:
            continue
        score = score_article(args.eval_dir / "articles" / f"{gold_path.stem}.txt", gold_path)
        total.add(score)
        rows.append((gold_path.stem, score))
    width = max(len(name) for name, _ in rows)
    print(f"{'article':<{width}}  recall  precision  source accuracy  kinds")
    for name, score in [*rows, ("total", total)]:
        print(
            f"{name:<{width}}  {score.recall:6.3f}  {score.precision:9.3f}  {score.source_accuracy:15.3f}"
            f"  {score.kind_accuracy:5.3f}"
        )
        if args.show_misses and score.misses and name != "total":
            print("\n".join(score.misses))
    reached = {"recall": total.recall, "precision": total.precision, "source accuracy": total.source_accuracy}
    print("targets: " + ", ".join(f"{k} >= {v} {'met' if reached[k] >= v else 'NOT met'}" for k, v in TARGETS.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
