"""Figure recognition: where a text states a number or a date, and what it means.

`find_figures(text)` returns every figure mention with its span; `parse_figure(text)`
reads one figure as a fact sheet writes it ("about 145,000", "late 1980s").

One anchor pattern finds the core of each figure (digits, a number word, a month,
a weekday); small patterns anchored at the core then read its qualifier, scale and
unit. Each pattern starts only where a run of its characters starts, so no input can
make the scan backtrack over what it has already read.
"""

from __future__ import annotations

import decimal
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from . import vocabulary as vocab
from .errors import FigureError


class Kind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    MEASURE = "measure"
    FRACTION = "fraction"
    DATE = "date"
    YEAR = "year"
    DECADE = "decade"
    WEEKDAY = "weekday"
    DURATION = "duration"
    TIME = "time"


@dataclass(frozen=True, slots=True)
class Figure:
    """What a figure says: its kind, canonical value, unit and qualifier.

    `value` is canonical text: digits without separators ("145000"), a date as
    "MM-DD", "YYYY-MM" or "YYYY-MM-DD", a decade as "1980s", a weekday by name, a
    time as "HH:MM", or a range "LOW-HIGH" for a vague quantity ("hundreds").
    """

    kind: Kind
    value: str
    unit: str | None = None
    qualifier: str | None = None
    approximate: bool = False

    @property
    def meaning(self) -> tuple[Kind, str, str | None, str | None]:
        """Two figures with one meaning are the same figure however they are written."""
        qualifier = self.qualifier
        if qualifier is not None:
            qualifier = vocab.QUALIFIERS.get(qualifier, vocab.TRAILING_QUALIFIERS.get(qualifier, qualifier))
        return (self.kind, self.value, self.unit, qualifier)


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure as written in a text: `text[start:end]` is `figure_text`."""

    start: int
    end: int
    text: str
    figure: Figure

    def shifted(self, offset: int) -> Mention:
        return Mention(self.start + offset, self.end + offset, self.text, self.figure)


_MONTH_NAMES = [m.capitalize() for m in [*vocab.MONTHS, *vocab.MONTH_ABBREVIATIONS]]
# A month after a day: a full name, or an abbreviation with its full stop ("27 Sept.").
_MONTH_AFTER_DAY = (
    "(?:"
    + vocab.alternation(m.capitalize() for m in vocab.MONTHS)
    + r")\b|(?:"
    + vocab.alternation(m.capitalize() for m in vocab.MONTH_ABBREVIATIONS)
    + r")\b\.?"
)
_NUMBER_WORDS = [
    *vocab.UNITS_WORDS,
    *vocab.TENS_WORDS,
    *vocab.SCALE_WORDS,
    *("dozen", "dozens", "scores", "tens"),
    *(w for w in vocab.VAGUE_QUANTITIES if " " not in w),
    *vocab.FRACTION_WORDS,
    *vocab.VAGUE_DURATIONS,
]
_ANCHOR = re.compile(
    r"(?P<digits>(?<![\w.,])(?:\d{1,3}(?:(?:,|[ \u00a0\u202f\n])\d{3}(?!\d))+|\d+)(?:\.\d+)?)"
    rf"|(?P<month>\b(?:{vocab.alternation(_MONTH_NAMES)})\b)"
    rf"|(?P<weekday>\b(?:{vocab.alternation(vocab.WEEKDAYS)})\b)"
    r"|(?P<decade>(?<!\w)['’]\d0s\b)"
    rf"|(?P<word>\b{vocab.alternation(_NUMBER_WORDS, ignore_case=True)}\b)"
)

_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\[\"“‘'—–]))(?P<q>(?i:" + vocab.alternation(vocab.QUALIFIERS).replace(r"\ ", r"\s+") + r"))\s+$"
)
_TRAILING_QUALIFIER = re.compile(r"\s+(?P<q>" + "|".join(q.replace(" ", r"\s+") for q in vocab.TRAILING_QUALIFIERS) + r")\b")
_PERIOD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<q>(?i:early|mid|late))(?:\s+|-)$")
_WEEKDAY_PREFIX = re.compile(r"(?:^|(?<=[\s(]))(?P<q>(?i:" + "|".join(vocab.WEEKDAY_PREFIXES) + r"))\s+$")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<a>[Aa]n?)\s+$")
_NAME_PREFIX = re.compile(r"(?:^|(?<=[^\w-]))(?P<name>[A-Za-z][A-Za-z0-9]*)-$")
_WORD_BEFORE = re.compile(r"(?P<w>[\w’']+)[^\w\n]{0,3}$")
_CURRENCY_BEFORE = re.compile(r"(?P<c>" + "|".join(re.escape(c) for c in vocab.CURRENCY_SYMBOLS) + r")\s?$")

_TIME_AFTER = re.compile(
    r":(?P<min>[0-5]\d)(?::[0-5]\d)?(?!\d)(?:\s?(?P<ampm>[ap]\.?m\.?)(?!\w))?(?:\s(?P<tz>" + "|".join(vocab.TIME_ZONES) + r")\b)?"
)
_AMPM_AFTER = re.compile(r"\s?(?P<ampm>[ap]\.m\.|[ap]m\b)")
_ZONE_AFTER = re.compile(r"\s(?P<tz>" + "|".join(vocab.TIME_ZONES) + r")\b")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_DAY_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + _MONTH_AFTER_DAY + r")(?:,?\s+(?P<year>\d{4})\b(?!\d))?"
)
_MONTH_DAY_AFTER = re.compile(r"\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![\d.,]\d)(?:,?\s+(?P<year>\d{4})\b(?!\d))?")
_MONTH_YEAR_AFTER = re.compile(r"\.?,?\s+(?P<year>\d{4})\b(?!\d)")
_SCALE_AFTER = re.compile(r"(?:\s+|-)(?P<scale>(?i:" + "|".join(vocab.SCALE_WORDS) + r"))\b")
_SUFFIX_AFTER = re.compile(r"(?P<suffix>" + "|".join(sorted(vocab.SCALE_SUFFIXES, key=len, reverse=True)) + r")\b")
_MEASURE = r"(?:\s?|-)(?P<measure_unit>" + vocab.alternation(vocab.MEASURE_UNITS) + r")(?![\w/])"
_MEASURE_AFTER = re.compile(_MEASURE)
# The unit after a number, in the order it decides the kind: one pattern, one match.
_UNIT_AFTER = re.compile(
    r"(?P<percent>\s?%|\s+(?P<percent_word>(?i:percentage\s+points?|per\s?cent|points?))\b)"
    r"|(?P<age>-(?P<age_unit>year|month|week|day)s?-old\b)"
    r"|(?P<duration>(?:\s+|-\n?)(?P<duration_unit>" + vocab.alternation(vocab.DURATION_UNITS) + r")\b(?!-old|-long))"
    r"|(?P<money>\s+(?P<money_word>" + vocab.alternation(vocab.CURRENCY_WORDS) + r")\b)"
    r"|(?P<measure>" + _MEASURE + ")"
)
_RATIO_AFTER = re.compile(r"\s+in\s+(?P<n>\d+|(?i:" + "|".join([*vocab.UNITS_WORDS, *vocab.TENS_WORDS]) + r"))\b")
_NUMBER_WORD_NEXT = re.compile(r"(?:\s+and\s+|\s+|-)(?P<w>[A-Za-z]+)\b")
_OF_AFTER = re.compile(r"\s+of\b")
_FRACTION_AFTER = re.compile(
    r"(?:\s+|-)(?P<f>" + "|".join(w for w in vocab.FRACTION_WORDS if w.endswith("s")) + r")\b(?=\s+of\b)"
)
_VAGUE_OF = re.compile(r"\s+of\s+(?P<w>thousands|millions|billions)\b", re.IGNORECASE)
_VAGUE_SUFFIX = re.compile("|".join(s.replace("-", r"-\n?") for s in vocab.VAGUE_DURATION_SUFFIXES))  # "decades-\nold"
_POINT_AFTER = re.compile(r"-point\b")
_WORD_AFTER = re.compile(r"\s+(?P<w>[\w’']+)")
_LETTER_AFTER = re.compile(r"[A-Za-z_]")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_DAY_PART_AFTER = re.compile(r"\s+(?P<p>" + "|".join(vocab.DAY_PARTS) + r")\b")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_NUMBER_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<n>[A-Za-z]+)(?:\s+|-)$")
_NAME_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w&’'.-]*)[ \u00a0]$")
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")  # "145,000", "145 000": what a number's digits may be grouped by

_NUMBER_WORD_VALUES: dict[str, int] = {**vocab.UNITS_WORDS, **vocab.TENS_WORDS}
_EXACT = decimal.Context(prec=1_000_000, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
_MAX_LOOKBACK = 40


def find_figures(text: str) -> list[Mention]:
    """Every figure and date mention in `text`, in order, none overlapping.

    >>> [m.text for m in find_figures("about 145,000 people live there since 1994")]
    ['about 145,000', '1994']
    """
    return list(_scan(text, standalone=False))


@functools.lru_cache(maxsize=65536)
def parse_figure(text: str) -> Figure:
    """Read one figure as a sheet writes it.

    >>> parse_figure("about 145,000")
    Figure(kind=<Kind.COUNT: 'count'>, value='145000', unit=None, qualifier='about', approximate=False)

    Raises FigureError when `text` is not exactly one figure.
    """
    stripped = text.strip()
    mentions = list(_scan(stripped, standalone=True))
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(stripped):
        found = ", ".join(repr(m.text) for m in mentions) or "none"
        raise FigureError(f"not one figure: {text!r} (figures found: {found})")
    return mentions[0].figure


def _scan(text: str, *, standalone: bool) -> Iterator[Mention]:
    # Figures are exact: the default 28-digit precision would round a long one.
    with decimal.localcontext(_EXACT):
        yield from _scan_exactly(text, standalone)


def _scan_exactly(text: str, standalone: bool) -> Iterator[Mention]:
    last_end = 0
    scan = _Scan(text, standalone)
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < last_end:
            continue
        group = anchor.lastgroup
        assert group is not None
        mention = _READERS[group](text, anchor, last_end, scan)
        if mention is None:
            continue
        last_end = mention.end
        yield mention


# --- readers, one per anchor kind -------------------------------------------------


class _Scan:
    """What the readers know of the whole text they read in."""

    __slots__ = ("_title_case", "standalone", "text")

    def __init__(self, text: str, standalone: bool) -> None:
        self.text = text
        self.standalone = standalone  # one figure as a sheet writes it: no context to judge "one" or "May" by
        self._title_case: bool | None = None

    @property
    def names_relaxed(self) -> bool:
        """In a title-case headline every word is capitalised, so a capital before a number
        ("Flood Leaves 12 Dead") does not make the number part of a name. Judged once, and
        only when a number follows a capital."""
        if self._title_case is None:
            self._title_case = self.standalone or _is_title_case(self.text)
        return self._title_case


def _read_digits(text: str, anchor: re.Match[str], floor: int, scan: _Scan) -> Mention | None:
    start, end = anchor.span()
    raw = anchor.group()
    before = text[max(floor, start - _MAX_LOOKBACK) : start]
    grouped = not raw.isdigit()

    name = _NAME_PREFIX.search(before)
    if name and name.group("name").lower() not in vocab.PERIOD_QUALIFIERS:
        return None  # "COVID-19", "F-16"

    # Times: "15:00", "3 p.m.", "1130 GMT".
    if not grouped and (match := _TIME_AFTER.match(text, end)) and len(raw) <= 2:
        hours = _hours(int(raw), match.group("ampm"))
        if hours is not None:
            return _mention(text, start, match.end(), Figure(Kind.TIME, f"{hours:02d}:{match.group('min')}"))
    if not grouped and len(raw) <= 2 and (match := _AMPM_AFTER.match(text, end)):
        hours = _hours(int(raw), match.group("ampm"))
        if hours is not None:
            return _mention(text, start, match.end(), Figure(Kind.TIME, f"{hours:02d}:00"))
    if not grouped and len(raw) in (3, 4) and (match := _ZONE_AFTER.match(text, end)):
        hours, minutes = divmod(int(raw), 100)
        if hours < 24 and minutes < 60:
            return _mention(text, start, match.end(), Figure(Kind.TIME, f"{hours:02d}:{minutes:02d}"))

    # Decades: "1980s", "late 1980s".
    if not grouped and len(raw) == 4 and raw.endswith("0") and text.startswith("s", end) and not _is_word_char(text, end + 1):
        qualifier_start, qualifier = _period_qualifier(text, start, floor)
        return _mention(text, qualifier_start, end + 1, Figure(Kind.DECADE, f"{raw}s", qualifier=qualifier))

    # Day before month: "27 September", "6th February, 2023".
    if not grouped and len(raw) <= 2 and (match := _DAY_MONTH_AFTER.match(text, end)):
        day = int(raw)
        month = _month_number(match.group("month"))
        if 1 <= day <= 31 and month:
            return _mention(text, start, match.end(), Figure(Kind.DATE, _date_value(match.group("year"), month, day)))
    if _ORDINAL_AFTER.match(text, end):
        return None  # an ordinal ("the 3rd time") is not a figure

    value = _decimal(raw)
    if value is None:
        return None
    if _signed(text, start, floor):  # "-5 degrees", "+3.5 percent": the sign is part of the figure
        start -= 1
        before = text[max(floor, start - _MAX_LOOKBACK) : start]  # the same window as every look-back from start
        if text[start] != "+":
            value = -value
    cursor = end
    unit: str | None = None
    kind = Kind.COUNT
    currency = _CURRENCY_BEFORE.search(before)
    if currency:
        start = currency.start() + max(floor, start - _MAX_LOOKBACK)
        kind, unit = Kind.MONEY, vocab.CURRENCY_SYMBOLS[currency.group("c")]
        before = text[max(floor, start - _MAX_LOOKBACK) : start]

    if (suffix := _SUFFIX_AFTER.match(text, cursor)) and (currency or "." in raw or suffix.group("suffix") != "m"):
        value *= vocab.SCALE_SUFFIXES[suffix.group("suffix")]
        cursor = suffix.end()
    elif _LETTER_AFTER.match(text, cursor) and not _MEASURE_AFTER.match(text, cursor):
        return None  # "4G", "3D": a name, not a quantity
    if scale := _SCALE_AFTER.match(text, cursor):
        value *= vocab.SCALE_WORDS[scale.group("scale").lower()]
        cursor = scale.end()

    figure, cursor = _read_unit(text, cursor, value, kind, unit)
    if figure.kind is Kind.COUNT and not grouped and "." not in raw and cursor == end:
        if _is_year(raw) and not _QUALIFIER_BEFORE.search(before):
            return _mention(text, start, end, Figure(Kind.YEAR, raw))
        if _is_name_number(raw, before, text, end) and not scan.names_relaxed:
            return None
    return _qualified(text, start, cursor, figure, floor)


def _read_word(text: str, anchor: re.Match[str], floor: int, scan: _Scan) -> Mention | None:
    start, end = anchor.span()
    word = anchor.group().lower()
    before = text[max(floor, start - _MAX_LOOKBACK) : start]

    if word in vocab.VAGUE_DURATIONS:
        suffix = _VAGUE_SUFFIX.match(text, end)
        if not suffix:
            return None  # "for decades" is too vague to check; "decades-old" is a claim
        unit, (low, high) = vocab.VAGUE_DURATIONS[word]
        return _mention(text, start, suffix.end(), Figure(Kind.DURATION, f"{low}-{high}", unit=unit, approximate=True))

    if word in ("tens", "hundreds") or word in vocab.VAGUE_QUANTITIES or word in ("scores", "dozens"):
        phrase, cursor = word, end
        if (of := _VAGUE_OF.match(text, end)) and f"{word} of {of.group('w').lower()}" in vocab.VAGUE_QUANTITIES:
            phrase, cursor = f"{word} of {of.group('w').lower()}", of.end()
        if phrase not in vocab.VAGUE_QUANTITIES:
            return None
        if phrase == "scores" and not _OF_AFTER.match(text, end):
            return None  # "test scores"
        low, high = vocab.VAGUE_QUANTITIES[phrase]
        return _qualified(text, start, cursor, Figure(Kind.COUNT, f"{low}-{high}", approximate=True), floor)

    if word in vocab.FRACTION_WORDS:
        return _read_fraction(text, start, end, word, floor, before, scan)

    if word == "dozen":
        count, start = _article_or_number_before(text, start, floor, before)
        if count is None:
            return None
        figure, cursor = _read_unit(text, end, Decimal(12) * count, Kind.COUNT, None)
        return _qualified(text, start, cursor, figure, floor)

    value, cursor, words = _number_words(text, start)
    if value is None:
        return None
    if words[0] in vocab.SCALE_WORDS:
        article = _ARTICLE_BEFORE.search(before)
        if not article:
            return None  # "hundred" alone is not a figure
        start = article.start() + max(floor, start - _MAX_LOOKBACK)
        before = text[max(floor, start - _MAX_LOOKBACK) : start]

    if fraction := _FRACTION_AFTER.match(text, cursor):  # "two-thirds of"
        figure = Figure(Kind.FRACTION, _canonical(value * Decimal(vocab.FRACTION_WORDS[fraction.group("f")]), places=3))
        return _qualified(text, start, fraction.end(), figure, floor)
    if ratio := _RATIO_AFTER.match(text, cursor):
        denominator = _decimal(ratio.group("n")) or Decimal(vocab.UNITS_WORDS.get(ratio.group("n").lower(), 0))
        if denominator:
            figure = Figure(Kind.FRACTION, _canonical(value / denominator, places=3))
            return _qualified(text, start, ratio.end(), figure, floor)

    figure, new_cursor = _read_unit(text, cursor, value, Kind.COUNT, None)
    if words == ["one"] and new_cursor == cursor and not scan.standalone and not _one_counts(text, start, cursor, before):
        return None
    return _qualified(text, start, new_cursor, figure, floor)


def _read_fraction(text: str, start: int, end: int, word: str, floor: int, before: str, scan: _Scan) -> Mention | None:
    fraction = Decimal(vocab.FRACTION_WORDS[word])
    if _POINT_AFTER.match(text, end):  # "a quarter-point" cut in a rate
        count, start = _article_or_number_before(text, start, floor, before)
        if count is None:
            return None
        figure = Figure(Kind.PERCENT, _canonical(fraction * count), unit="percentage point")
        return _mention(text, start, end + len("-point"), figure)
    if word == "half":
        word_before = _WORD_BEFORE.search(before)
        if word_before and word_before.group("w").lower() in vocab.HALF_PART_BEFORE:
            return None
        qualified = _QUALIFIER_BEFORE.search(before)
        if not (_OF_AFTER.match(text, end) or qualified or scan.standalone):
            return None
        figure = Figure(Kind.FRACTION, _canonical(fraction))
        return _qualified(text, start, end, figure, floor)
    # "a third of", "two-thirds of"; "the third day" is an ordinal.
    if not (_OF_AFTER.match(text, end) or scan.standalone):
        return None
    count, start = _article_or_number_before(text, start, floor, before)
    if count is None:
        return None
    return _qualified(text, start, end, Figure(Kind.FRACTION, _canonical(fraction * count, places=3)), floor)


def _read_month(text: str, anchor: re.Match[str], floor: int, scan: _Scan) -> Mention | None:
    start, end = anchor.span()
    month = _month_number(anchor.group())
    assert month is not None
    qualifier_start, qualifier = _period_qualifier(text, start, floor)
    if (match := _MONTH_DAY_AFTER.match(text, end)) and 1 <= int(match.group("day")) <= 31:
        value = _date_value(match.group("year"), month, int(match.group("day")))
        return _mention(text, qualifier_start, match.end(), Figure(Kind.DATE, value, qualifier=qualifier))
    if match := _MONTH_YEAR_AFTER.match(text, end):
        value = f"{match.group('year')}-{month:02d}"
        return _mention(text, qualifier_start, match.end(), Figure(Kind.DATE, value, qualifier=qualifier))
    abbreviated = anchor.group().lower() not in vocab.MONTHS
    if abbreviated and not scan.standalone:
        return None
    word_before = _WORD_BEFORE.search(text[max(floor, start - _MAX_LOOKBACK) : start])
    after_preposition = word_before is not None and word_before.group("w").lower() in vocab.MONTH_ALONE_AFTER
    if not (scan.standalone or qualifier or after_preposition):
        return None  # "March" and "May" are words too
    return _mention(text, qualifier_start, end, Figure(Kind.DATE, f"{month:02d}", qualifier=qualifier))


def _read_weekday(text: str, anchor: re.Match[str], floor: int, scan: _Scan) -> Mention | None:
    start, end = anchor.span()
    if text.startswith("s", end):
        return None
    parts: list[str] = []
    prefix = _WEEKDAY_PREFIX.search(text[max(floor, start - _MAX_LOOKBACK) : start])
    if prefix:
        parts.append(prefix.group("q").lower())
        start = prefix.start() + max(floor, start - _MAX_LOOKBACK)
    day_part = _DAY_PART_AFTER.match(text, end)
    if day_part:
        parts.append(day_part.group("p"))
        end = day_part.end()
    figure = Figure(Kind.WEEKDAY, anchor.group(), qualifier=" ".join(parts) or None)
    return _mention(text, start, end, figure)


def _read_decade(text: str, anchor: re.Match[str], floor: int, scan: _Scan) -> Mention | None:
    start, end = anchor.span()
    short = int(anchor.group()[1:3])
    century = "19" if short >= 30 else "20"
    qualifier_start, qualifier = _period_qualifier(text, start, floor)
    return _mention(text, qualifier_start, end, Figure(Kind.DECADE, f"{century}{short:02d}s", qualifier=qualifier))


_READERS = {
    "digits": _read_digits,
    "word": _read_word,
    "month": _read_month,
    "weekday": _read_weekday,
    "decade": _read_decade,
}


# --- shared steps -----------------------------------------------------------------


def _read_unit(text: str, cursor: int, value: Decimal, kind: Kind, unit: str | None) -> tuple[Figure, int]:
    """The unit after a number decides its kind: percent, duration, measure, money."""
    if kind is Kind.MONEY:
        return Figure(kind, _canonical(value), unit=unit), cursor
    match = _UNIT_AFTER.match(text, cursor)
    if match is None:
        return Figure(kind, _canonical(value), unit=unit), cursor
    found = match.lastgroup
    if found == "percent":
        word = " ".join((match.group("percent_word") or "%").lower().split())
        unit_name = vocab.PERCENT_WORDS.get(word, vocab.PERCENT_WORDS.get(word.replace("percent", "per cent"), "percent"))
        if word.startswith("point"):
            unit_name = "point"
        return Figure(Kind.PERCENT, _canonical(value), unit=unit_name), match.end()
    if found == "age":
        return Figure(Kind.DURATION, _canonical(value), unit=match.group("age_unit")), match.end()
    if found == "duration":
        return Figure(Kind.DURATION, _canonical(value), unit=vocab.DURATION_UNITS[match.group("duration_unit")]), match.end()
    if found == "money":
        return Figure(Kind.MONEY, _canonical(value), unit=vocab.CURRENCY_WORDS[match.group("money_word")]), match.end()
    return Figure(Kind.MEASURE, _canonical(value), unit=vocab.MEASURE_UNITS[match.group("measure_unit")]), match.end()
    return Figure(kind, _canonical(value), unit=unit), cursor


def _qualified(text: str, start: int, end: int, figure: Figure, floor: int) -> Mention:
    """Extend a mention over the qualifier before it and the one after it."""
    window_start = max(floor, start - _MAX_LOOKBACK)
    qualifier = None
    if match := _QUALIFIER_BEFORE.search(text, window_start, start):
        qualifier = " ".join(match.group("q").lower().split())
        start = match.start("q")
    if match := _TRAILING_QUALIFIER.match(text, end):
        trailing = " ".join(match.group("q").split())
        qualifier = f"{qualifier} {trailing}" if qualifier else trailing
        end = match.end()
    if qualifier:
        figure = replace(figure, qualifier=qualifier)
    return _mention(text, start, end, figure)


def _mention(text: str, start: int, end: int, figure: Figure) -> Mention:
    return Mention(start, end, text[start:end], figure)


def _number_words(text: str, start: int) -> tuple[Decimal | None, int, list[str]]:
    """Read "two hundred and fifty thousand" from `start`: its value, end and words."""
    total = Decimal(0)
    current = Decimal(0)
    words: list[str] = []
    cursor = start
    match = _LATIN_WORD.match(text, start)
    assert match is not None
    word = match.group().lower()
    cursor = match.end()
    while True:
        if word in _NUMBER_WORD_VALUES:
            if (
                words
                and words[-1] in _NUMBER_WORD_VALUES
                and not (words[-1] in vocab.TENS_WORDS and word in vocab.UNITS_WORDS and 0 < vocab.UNITS_WORDS[word] < 10)
            ):
                break  # "five six" is two numbers
            current += _NUMBER_WORD_VALUES[word]
        elif word in vocab.SCALE_WORDS:
            scale = vocab.SCALE_WORDS[word]
            if scale == 100:
                current = (current or Decimal(1)) * 100
            else:
                total += (current or Decimal(1)) * scale
                current = Decimal(0)
        else:
            break
        words.append(word)
        end = cursor
        following = _NUMBER_WORD_NEXT.match(text, cursor)
        if not following:
            break
        candidate = following.group("w").lower()
        if candidate not in _NUMBER_WORD_VALUES and candidate not in vocab.SCALE_WORDS:
            break
        if " and " in following.group() and (not words or words[-1] not in vocab.SCALE_WORDS):
            break
        word, cursor = candidate, following.end()
    if not words:
        return None, start, words
    return total + current, end, words


def _article_or_number_before(text: str, start: int, floor: int, before: str) -> tuple[Decimal | None, int]:
    """The count in front of "dozen", "third", "quarter-point": "a", "two", "two-"."""
    window_start = max(floor, start - _MAX_LOOKBACK)
    if match := _ARTICLE_BEFORE.search(before):
        return Decimal(1), window_start + match.start()
    if match := _NUMBER_WORD_BEFORE.search(before):
        word = match.group("n").lower()
        if word in _NUMBER_WORD_VALUES:
            return Decimal(_NUMBER_WORD_VALUES[word]), window_start + match.start()
    return None, start


def _one_counts(text: str, start: int, end: int, before: str) -> bool:
    """ "one" counts only before a word it counts: not "no one", "one of", "One Napa"."""
    word_before = _WORD_BEFORE.search(before)
    if word_before and word_before.group("w").lower() in vocab.ONE_PRONOUN_BEFORE:
        return False
    following = _WORD_AFTER.match(text, end)
    if not following:
        return False
    word = following.group("w")
    return word.islower() and word not in vocab.ONE_PRONOUN_AFTER


def _period_qualifier(text: str, start: int, floor: int) -> tuple[int, str | None]:
    window_start = max(floor, start - _MAX_LOOKBACK)
    if match := _PERIOD_BEFORE.search(text, window_start, start):
        return match.start("q"), match.group("q").lower()
    return start, None


def _is_name_number(raw: str, before: str, text: str, end: int) -> bool:
    """A bare integer right after a capitalised word is part of a name ("Boeing 737")."""
    if raw in vocab.EMERGENCY_NUMBERS:
        following = _WORD_AFTER.match(text, end)
        if following and following.group("w").lower().startswith(("call", "line", "number", "emergenc")):
            return True
    match = _NAME_WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group("w")
    return word[0].isupper() and word not in vocab.TITLE_CASE_FUNCTION_WORDS and word.lower() not in vocab.MONTHS


def _signed(text: str, start: int, floor: int) -> bool:
    """A sign right before the digits, itself after a space or a bracket: not "10-20"."""
    return start - 1 >= floor and text[start - 1] in "-−+" and (start < 2 or text[start - 2] in " \t\n(\u00a0")


def _is_title_case(text: str) -> bool:
    words = _LONG_WORD.findall(text[:2000])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and 1500 <= int(raw) <= 2100


def _is_word_char(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isalnum() or text[index] == "_")


def _hours(hours: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if ampm.lower().startswith("p") else 0)
    return hours if hours < 24 else None


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return vocab.MONTHS.get(key) or vocab.MONTH_ABBREVIATIONS.get(key)


def _date_value(year: str | None, month: int, day: int) -> str:
    return f"{year}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def _decimal(raw: str) -> Decimal | None:
    digits = raw if raw.isascii() and raw.isdigit() else _SEPARATORS.sub("", raw)
    if not digits.isascii():  # Arabic-Indic, full-width and other decimal digits
        digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in digits)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _canonical(value: Decimal, places: int | None = None) -> str:
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places)).normalize()
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
