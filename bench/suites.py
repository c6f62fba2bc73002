"""Score recognition on Microsoft Recognizers-Text's English test suite (../shared/suites).

Per category, what a fact sheet needs of each expected result:

- covering recall: each digit run, number word, month and weekday in the result's text falls
  within a mention of ours, a single one (a range with two ends may be two mentions, as the
  gold files of ../shared/eval write ranges);
- value agreement: of the covered results whose value can be compared with ours (a number,
  a percentage, money with its currency, a measure, a temperature, an age, a date, a time,
  a duration, a decade), the share where value, unit and qualifier agree;
- false positives: negative cases (no expected result) where we find a figure of the kind the
  spec is about (a temperature spec's negative may hold a count, which is a figure all the same).

A date and a time written together ("Monday at 2.30 pm", a `datetime` result) may be two
mentions, a day and a time, as the gold of ../shared/eval writes them (it has no kind for the
two in one; sixth session: before, they counted as missed).

A date resolved against the day the text was written ("next Monday", "in two weeks") is not
compared: a fact sheet never resolves one. A unit the text does not write is not compared:
Recognizers-Text reads "98.6 degrees" as Fahrenheit and a bare "6" as Celsius from the
sentence around it; we keep "degree" and a count.

Expected results with no number, month or weekday ("tomorrow", "now", "weekly") are
relative expressions, out of scope: counted apart; so are dates whose only number-like word is
"quarter" or "half" ("last quarter", "the coming quarter"), relative periods (fifth session). Run from the repository root:

    python bench/suites.py [SUITES_DIR] [--split develop|holdout] [--show-misses CATEGORY]

Hold-out rule, fixed before the split was first scored (fourth session): each spec file's cases,
in file order, are cut into blocks of ten; every fourth block (block number 3, 7, 11, ... counting
from 0) is held out. Blocks rather than single cases, because neighbouring cases in a spec vary
one phrase: a held-out block holds phrasings the rules were not written from. Rules are developed
on `--split develop`; the held-out blocks are scored at the end.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from factsheet import vocabulary as vocab
from factsheet.figures import Figure, Kind, Mention, find_figures

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITES = ROOT.parent / "shared" / "suites" / "recognizers-text"
TARGETS = {"covering recall": 0.90, "value agreement": 0.95}

# The words a result must have covered. The fraction words are the fixed list of the fourth
# session: the measure must not move when the vocabulary grows ("ninth" in "from ninth till
# seventeenth of april" is an ordinal day, which the measure leaves out of scope).
_FRACTION_TOKENS = ["half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths"]
_FRACTION_TOKENS += ["eighth", "eighths", "tenth", "tenths"]
_WORDS = [*vocab.UNITS_WORDS, *vocab.TENS_WORDS, *vocab.SCALE_WORDS, *_FRACTION_TOKENS, "dozen"]
_CALENDAR_WORDS = [*vocab.MONTHS, *vocab.MONTH_ABBREVIATIONS, *(d.lower() for d in vocab.WEEKDAYS)]
_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*"
    rf"|\b(?:{vocab.alternation(_CALENDAR_WORDS, ignore_case=True)})\b"
    rf"|\b(?:{vocab.alternation(_WORDS, ignore_case=True)})\b"
)
# Their unit names, as far as a fact sheet's units can be compared with them.
_CURRENCIES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "british pound": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "cent": "cent",
    "penny": "penny",
    "pence": "penny",
}
_DIMENSIONS = {
    "mile": "mile",
    "kilometer": "km",
    "meter": "m",
    "centimeter": "cm",
    "millimeter": "mm",
    "foot": "ft",
    "inch": "inch",
    "pound": "lb",
    "kilogram": "kg",
    "gram": "g",
    "ton": "t",
    "metric ton": "t",
    "liter": "l",
    "milliliter": "ml",
    "gallon": "gallon",
    "acre": "acre",
    "hectare": "ha",
    "square meter": "m2",
    "square kilometer": "km2",
    "square foot": "ft2",
    "square mile": "mi2",
}
_RANGE = re.compile(r"^(?P<open>[\[(])(?P<low>[^,]*),(?P<high>[^\])]*)(?P<close>[\])])$")
_QUALIFIER_OF_BOUND = {("(", ""): "more than", ("[", ""): "at least", ("", ")"): "fewer than", ("", "]"): "up to"}


@dataclass
class Category:
    expected: int = 0
    covered: int = 0
    comparable: int = 0
    agreeing: int = 0
    out_of_scope: int = 0
    negatives: int = 0
    false_positives: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.covered / self.expected if self.expected else 1.0

    @property
    def agreement(self) -> float:
        return self.agreeing / self.comparable if self.comparable else 1.0


def spec_of(path: Path) -> str:
    return path.stem.removesuffix("Model").lower()


def _is_period_word(token: str) -> bool:
    """ "quarter" and "half" in a date name a period, not a number: "last quarter" is a relative date."""
    return token.lower() in ("quarter", "quarters", "half", "halves")


def category_of(path: Path, result: dict) -> str:
    name = path.stem.removesuffix("Model").lower()
    if name == "datetime":
        return "datetime." + (result.get("TypeName") or result.get("Typename") or "").removeprefix("datetimeV2.")
    if name == "number":
        return "number." + (result["Resolution"].get("subtype") or "other")
    return name


def covering(mentions: list[Mention], tokens: list[tuple[int, int]], pieces_allowed: bool) -> list[Mention]:
    """The mentions that hold the tokens, or [] when some token lies in none (or, where pieces are
    not allowed, when the tokens need more than one)."""
    holders: list[Mention] = []
    for start, end in tokens:
        holder = next((m for m in mentions if m.start <= start and end <= m.end), None)
        if holder is None:
            return []
        if holder not in holders:
            holders.append(holder)
    if len(holders) > 1 and not pieces_allowed:
        return []
    return holders


_DAY_KINDS = {Kind.DATE, Kind.WEEKDAY, Kind.YEAR}


def _day_and_time(holders: list[Mention]) -> bool:
    """A date and a time written together ("Monday at 2.30 pm") as a fact sheet writes them: a
    day, then a time, each a figure of its own (the gold of ../shared/eval has no kind for the
    two in one: "Friday morning" is a weekday, "about 10 p.m." a time)."""
    kinds = [holder.figure.kind for holder in holders]
    return len(kinds) == 2 and Kind.TIME in kinds and any(kind in _DAY_KINDS for kind in kinds)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except (InvalidOperation, TypeError):
        return None


def _same_number(ours: str, theirs: str) -> bool:
    a, b = _decimal(ours), _decimal(theirs)
    if a is None or b is None:
        return False
    return a == b or abs(a - b) < Decimal("0.001") * max(1, abs(b))


# A year the text writes (in digits, or in words: "nineteen eighty six", "two thousand and fifteen"),
# not one they resolve from the reference date ("this September").
_YEAR_WRITTEN = re.compile(
    r"\d{4}|\d[/.-]\d+[/.-]\d|['’]\d\d\b"
    r"|(?i:\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[ -]"
    r"(?:hundred|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|\btwo thousand\b)"
)
_WRITTEN_DATE = re.compile(
    rf"\b(?:{vocab.alternation([*vocab.MONTHS, *vocab.MONTH_ABBREVIATIONS], ignore_case=True)})\b|\d[/.-]\d|\b\d{{4}}\b"
)


def expectation(category: str, resolution: dict, text: str = "") -> tuple[str, ...] | None:
    """What our figure must say for the result to agree: (kind, value, unit, qualifier), any part '*'."""
    if not resolution:
        return None
    base = category.split(".")[0]
    value = resolution.get("value")
    if base == "number":
        return ("*", value, "*", "*") if value else None
    if base == "percent":
        return ("percent", value.rstrip("%").strip(), "*", "*") if value else None
    if base == "currency":
        unit = resolution.get("isoCurrency") or _CURRENCIES.get((resolution.get("unit") or "").lower())
        return ("money", value, unit or "*", "*") if value else None
    if base == "dimension":
        unit = _DIMENSIONS.get((resolution.get("unit") or "").lower())
        return ("measure", value, unit, "*") if value and unit else None
    if base == "temperature":
        return ("measure", value, "°" + resolution["unit"], "*") if value and resolution.get("unit") in ("C", "F") else None
    if base == "age":
        return ("duration", value, (resolution.get("unit") or "").lower(), "*") if value else None
    if base == "numberrange":
        match = _RANGE.match(value or "")
        if not match or (match["low"] and match["high"]):
            return None
        bound = match["low"] or match["high"]
        key = (match["open"] if match["low"] else "", match["close"] if match["high"] else "")
        return ("*", bound, "*", _QUALIFIER_OF_BOUND.get(key, "*"))
    if base == "datetime":
        values = resolution.get("values") or [{}]
        timex = values[0].get("timex", "")
        if re.match(r"\d{4}-|XXXX-", timex) and not _WRITTEN_DATE.search(text):
            return None  # a date they resolve from "next Monday" or "in two weeks": a sheet never resolves one
        written_year = bool(_YEAR_WRITTEN.search(text))  # "this September": the year is theirs, resolved
        if m := re.fullmatch(r"(?:XXXX|(\d{4}))-(\d\d)-(\d\d)", timex):
            return ("date", f"{m[1]}-{m[2]}-{m[3]}" if m[1] and written_year else f"{m[2]}-{m[3]}", "*", "*")
        if m := re.fullmatch(r"(\d{4})-(\d\d)", timex):
            return ("date", f"{m[1]}-{m[2]}" if written_year else m[2], "*", "*")
        if m := re.fullmatch(r"T(\d\d)(?::(\d\d))?(?::\d\d)?", timex):
            return ("time", f"{m[1]}:{m[2] or '00'}", "*", "*")
        if m := re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])|PT(\d+(?:\.\d+)?)([HMS])", timex):
            number, letter = (m[1], m[2]) if m[1] else (m[3], m[4] + "t")
            unit = {"Y": "year", "M": "month", "W": "week", "D": "day", "Ht": "hour", "Mt": "minute", "St": "second"}[letter]
            return ("duration", number, unit, "*")
        if m := re.fullmatch(r"\((\d{3})0-01-01,\d{4}-01-01,P10Y\)", timex):
            return ("decade", f"{m[1]}0s", "*", "*")
    return None


# The kinds of figure each spec is about, for its negative cases.
_KINDS_OF_SPEC = {
    "currency": {Kind.MONEY},
    "dimension": {Kind.MEASURE},
    "temperature": {Kind.MEASURE},
    "age": {Kind.DURATION},
    "datetime": {Kind.DATE, Kind.TIME, Kind.WEEKDAY, Kind.YEAR, Kind.DECADE, Kind.DURATION},
}


def agrees(figure: Figure, expected: tuple[str, ...]) -> bool:
    kind, value, unit, qualifier = expected
    if unit in ("°C", "°F") and figure.unit in (None, "degree"):
        kind = unit = "*"  # the scale is not written: only the value is compared
    if kind != "*" and figure.kind.value != kind:
        return False
    if figure.kind in (Kind.DATE, Kind.TIME, Kind.DECADE):
        if figure.value != value:
            return False
    elif unit not in ("*", None) and figure.unit != unit and (factor := vocab.COMPOUND_UNITS.get((unit, figure.unit or ""))):
        # "5 feet 2 inches": our 62 inches are their 5.1667 feet, one quantity in another unit
        return _same_number(str(Decimal(figure.value) / factor), value) and _same_qualifier(figure, qualifier)
    elif not _same_number(figure.value, value):
        return False
    if unit not in ("*", None) and figure.unit != unit:
        return False
    return _same_qualifier(figure, qualifier)


def _same_qualifier(figure: Figure, qualifier: str) -> bool:
    ours = figure.meaning[3]  # "5000 or more" means "at least 5000", as a review reads it
    return qualifier == "*" or ours == vocab.QUALIFIERS.get(qualifier, qualifier)


BLOCK = 10


def in_split(index: int, split: str | None) -> bool:
    """Whether the case at this place in its spec file belongs to the split (None: every case)."""
    held_out = (index // BLOCK) % 4 == 3
    return split is None or held_out == (split == "holdout")


def score(suites: Path, split: str | None = None) -> dict[str, Category]:
    categories: dict[str, Category] = defaultdict(Category)
    for path in sorted(suites.glob("*/English/*.json")):
        for index, case in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
            if not in_split(index, split):
                continue
            text = case["Input"]
            mentions = find_figures(text)
            if not case.get("Results"):
                spec = path.stem.removesuffix("Model").lower()
                negatives = categories[spec + " (negatives)"]
                negatives.negatives += 1
                kinds = _KINDS_OF_SPEC.get(spec)
                if any(kinds is None or m.figure.kind in kinds for m in mentions):
                    negatives.false_positives += 1
                    negatives.misses.append(f"  found {[m.text for m in mentions]} in {text!r}")
                continue
            for result in case["Results"]:
                category = categories[category_of(path, result)]
                start, end = result["Start"], result["End"] + 1
                tokens = [(start + t.start(), start + t.end()) for t in _TOKEN.finditer(text[start:end])]
                if not tokens or (spec_of(path) == "datetime" and all(_is_period_word(text[a:b]) for a, b in tokens)):
                    category.out_of_scope += 1  # "tomorrow"; "last quarter", "this half" are relative too
                    continue
                category.expected += 1
                pieces_allowed = "range" in category_of(path, result) or result["Text"].count(" and ") > 0
                holders = covering(mentions, tokens, pieces_allowed)
                if not holders and category_of(path, result) == "datetime.datetime":
                    holders = covering(mentions, tokens, pieces_allowed=True)
                    if not _day_and_time(holders):
                        holders = []
                if not holders:
                    category.misses.append(f"  missed {text[start:end]!r} in {text!r}: ours {[m.text for m in mentions]}")
                    continue
                category.covered += 1
                expected = expectation(category_of(path, result), result.get("Resolution") or {}, text[start:end])
                if expected is None or len(holders) != 1:
                    continue
                ours = _TOKEN.finditer(text, holders[0].start, holders[0].end)
                if any(not (start <= token.start() and token.end() <= end) for token in ours):
                    continue  # their result is a piece of our figure ("5" of "5/17/2018"): covered, no value to compare
                category.comparable += 1
                if agrees(holders[0].figure, expected):
                    category.agreeing += 1
                else:
                    figure = holders[0].figure
                    category.misses.append(
                        f"  differs {text[start:end]!r} in {text!r}: ours {holders[0].text!r} {figure.kind.value} "
                        f"{figure.value} {figure.unit} {figure.qualifier}, theirs {expected}"
                    )
    return categories


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="?", type=Path, default=DEFAULT_SUITES)
    parser.add_argument("--split", choices=("develop", "holdout"), help="score one part only (see the hold-out rule above)")
    parser.add_argument("--show-misses", metavar="CATEGORY", help="list the misses of categories starting with this")
    args = parser.parse_args(argv)
    if not any(args.suites.glob("*/English/*.json")):
        print(
            f"suites: no Recognizers-Text specs in {args.suites}; "
            "put the shared material beside this repository (../shared/suites/recognizers-text)",
            file=sys.stderr,
        )
        return 2
    categories = score(args.suites, args.split)
    total = Category()
    print(f"{'category':<30} {'expected':>8} {'covered':>8} {'recall':>7} {'values':>9} {'agree':>6} {'out':>5} {'neg FP':>8}")
    for name in sorted(categories):
        c = categories[name]
        for attribute in ("expected", "covered", "comparable", "agreeing", "out_of_scope", "negatives", "false_positives"):
            setattr(total, attribute, getattr(total, attribute) + getattr(c, attribute))
        negatives = f"{c.false_positives}/{c.negatives}" if c.negatives else ""
        print(
            f"{name:<30} {c.expected:>8} {c.covered:>8} {c.recall:>7.3f} {c.agreeing:>4}/{c.comparable:<4} "
            f"{c.agreement:>6.3f} {c.out_of_scope:>5} {negatives:>8}"
        )
        if args.show_misses and name.startswith(args.show_misses):
            print("\n".join(c.misses))
    print(
        f"{'total':<30} {total.expected:>8} {total.covered:>8} {total.recall:>7.3f} "
        f"{total.agreeing:>4}/{total.comparable:<4} {total.agreement:>6.3f} {total.out_of_scope:>5} "
        f"{total.false_positives:>3}/{total.negatives}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
