"""Figure recognition: where a text states a number or a date, and what it means.

`find_figures(text)` returns every figure mention with its span; `parse_figure(text)`
reads one figure as a fact sheet writes it ("about 145,000", "late 1980s").

One anchor pattern finds the core of each figure (digits, a number word, a month,
a weekday); small patterns anchored at the core then read its qualifier, scale and
unit. Each pattern starts only where a run of its characters starts, so no input can
make the scan backtrack over what it has already read.
"""

from __future__ import annotations

import bisect
import decimal
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from . import vocabulary as vocab
from .errors import FigureError
from .escaping import excerpt

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from contextlib import AbstractContextManager


class Kind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    MEASURE = "measure"
    FRACTION = "fraction"
    DATE = "date"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    WEEKDAY = "weekday"
    DURATION = "duration"
    TIME = "time"
    SCORE = "score"
    MULTIPLE = "multiple"


# Kinds that place a figure in time rather than count or measure it.
CALENDAR_KINDS = frozenset({Kind.DATE, Kind.WEEKDAY, Kind.YEAR, Kind.DECADE, Kind.CENTURY, Kind.TIME})


@dataclass(frozen=True, slots=True)
class Figure:
    """What a figure says: its kind, canonical value, unit and qualifier.

    `value` is canonical text: digits without separators ("145000"), a date as
    "MM-DD", "YYYY-MM" or "YYYY-MM-DD" (a month alone "MM", a day of the month alone
    "---DD", as ISO 8601 writes it), a decade as "1980s", a century as "21st century" or "5th
    century BC", a weekday by name, a
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
            qualifier = (
                vocab.QUALIFIERS.get(qualifier)
                or vocab.TRAILING_QUALIFIERS.get(qualifier)
                or vocab.COMPARISON_SIGNS.get(qualifier)
                or _bound_of_pair(qualifier)
                or qualifier
            )
        return (self.kind, self.value, self.unit, qualifier)


def _bound_of_pair(qualifier: str) -> str | None:
    """ "about 500 or more" is at least about 500: a trailing bound decides what a pair means."""
    for trailing, meaning in vocab.TRAILING_QUALIFIERS.items():
        if qualifier.endswith(" " + trailing) and qualifier[: -len(trailing) - 1] in vocab.QUALIFIERS:
            return meaning
    return None


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure as written in a text: `text[start:end]` is `figure_text`."""

    start: int
    end: int
    text: str
    figure: Figure

    def shifted(self, offset: int) -> Mention:
        return Mention(self.start + offset, self.end + offset, self.text, self.figure)


# Months in lower case too ("on june 5", "feb 30"), but not "may" and "march": words first.
_LOWER_MONTHS = [m for m in vocab.MONTHS if m not in vocab.MONTHS_THAT_ARE_WORDS]
_LOWER_MONTH_ABBREVIATIONS = [m for m in vocab.MONTH_ABBREVIATIONS if m not in vocab.MONTHS_THAT_ARE_WORDS]
_MONTH_NAMES = [
    *(m.capitalize() for m in [*vocab.MONTHS, *vocab.MONTH_ABBREVIATIONS]),
    *_LOWER_MONTHS,
    *_LOWER_MONTH_ABBREVIATIONS,
]
# A month after a day: a full name, or an abbreviation with its full stop ("27 Sept.", "20 dec").
_MONTH_AFTER_DAY = (
    "(?:"
    + vocab.alternation([*(m.capitalize() for m in vocab.MONTHS), *_LOWER_MONTHS])
    + r")\b|(?:"
    + vocab.alternation([*(m.capitalize() for m in vocab.MONTH_ABBREVIATIONS), *_LOWER_MONTH_ABBREVIATIONS])
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
    *vocab.MULTIPLES,
    *vocab.FOLD_WORDS,
    *vocab.TIME_WORDS,
    *vocab.DECADE_WORDS,
]
# Capitals glued to the digits that make one figure with them: currencies whose symbol ends in
# a capital ("RM900", "R500"), quarters and halves ("Q4"), fiscal years ("FY2024").
_GLUED_PREFIXES = [*(s for s in vocab.CURRENCY_SYMBOLS if s[-1].isupper()), "Q", "H", "FY"]
_GLUED_BEFORE = re.compile(r"(?<!\w)(?P<prefix>" + vocab.alternation(_GLUED_PREFIXES) + r")$")
# Symbols ending in a small letter or a stop, glued to the digits: "Rs.100", "Rs100", "KSh500".
_SMALL_SYMBOLS = [s for s in vocab.CURRENCY_SYMBOLS if s[-1].islower() or s[-1] == "."]
_GLUED_SMALL_BEFORE = re.compile(r"(?<!\w)(?P<prefix>" + vocab.alternation(_SMALL_SYMBOLS) + r")$")
_SYMBOLS_AFTER = [s for s in vocab.CURRENCY_SYMBOLS if len(s) == 1 and not (s.isascii() and s.isalnum())]  # "10 €", "100元"
_SYMBOL_AFTER_CHARACTERS = frozenset(_SYMBOLS_AFTER)
_CURRENCIES_BEFORE = [s for s in [*vocab.CURRENCY_SYMBOLS, *vocab.CURRENCY_CODES] if len(s) > 1 or not s.isalpha()]
# What a currency written before its amount may end with: only then is it looked for.
_CURRENCY_LAST_CHARS = frozenset(s[-1] for s in [*vocab.CURRENCY_SYMBOLS, *vocab.CURRENCY_CODES])
_MONTH_ANCHORS = frozenset(_MONTH_NAMES)
_WEEKDAY_ANCHORS = frozenset([*vocab.WEEKDAYS, *(d.lower() for d in vocab.WEEKDAYS)])
_UNIT_ANCHORS = frozenset([*vocab.ARTICLE_DURATIONS, *vocab.ARTICLE_MEASURES])
_WORD_ANCHORS = (
    _MONTH_ANCHORS
    | _WEEKDAY_ANCHORS
    | set(vocab.WEEKDAY_ABBREVIATIONS)
    | _UNIT_ANCHORS
    | set(vocab.in_three_cases(_NUMBER_WORDS))
)
# Digits: Indian grouping first ("12,34,567": lakhs), then thousands, then bare digits.
_DIGITS = (
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:(?:,|[ \u00a0\u202f\n])\d{3}(?!\d))+|\d{1,3}(?:['’]\d{3}(?!\d))+|\d+)"
    r"(?:\.\d+)?"
)
_ANCHOR_PATTERN = (
    # One trie of every word that may start a figure (months, weekdays, number words, units after
    # "a"), in their cases, not ignoring case; the reader of each word is chosen by which table
    # holds it.
    rf"\b(?P<word>(?:{vocab.alternation(sorted(_WORD_ANCHORS))})\b)"
    # Digits may follow a capital ("RM900", "R500", "Q4", "FY2024"), a "q" ("q1"), and a point
    # that follows a space (".08"); the reader judges the letters.
    r"|(?P<digits>(?=\d)(?<![a-pr-z\d_,])(?<![^\s(\[$]\.)" + _DIGITS + ")"
    r"|(?P<decade>['’](?<!\w['’])\d(?:0s|\d(?![\d.,]?\d|s))\b)"
    # A currency's symbol ending in a small letter or a stop, glued ("Rs.100", "KSh500"): its digits.
    r"|(?:" + vocab.alternation(_SMALL_SYMBOLS) + ")(?P<symbol_digits>" + _DIGITS + ")"
)
# Where a figure may start in a text: the character before the figure, matched, with the figure
# looked ahead for. A pattern that opens with a class of characters is looked for in C,
# character by character, and tried only where one of them stands; one that opens with a word
# boundary or a look-ahead is tried at every position (that cost twice as much). No figure
# starts after a small letter but a "q" ("q1"), a digit or "_".
_ANCHOR_AFTER = re.compile(r"[^a-pr-z0-9_](?=" + _ANCHOR_PATTERN + ")")
# A fraction in one character ("½ mile") starts a figure after any character ("3½"); few texts
# hold one, and it is looked for only in a text that does.
_VULGAR_CHARACTER = re.compile("[" + "".join(vocab.VULGAR_FRACTIONS) + "]")


def _anchors(text: str) -> list[tuple[str, int, int]]:
    """Where each figure may start: its anchor's kind and span, in order, none inside another."""
    anchors: list[tuple[str, int, int]] = []
    end = 0
    # A space before the text gives its first character one before it, as every other has (the
    # spans found are one further on).
    for match in _ANCHOR_AFTER.finditer(" " + text):
        kind = match.lastgroup
        assert kind is not None
        start, stop = match.start(kind) - 1, match.end(kind) - 1
        if start >= end:  # not a figure's own digits looked ahead for again ("3 000", "'90s")
            anchors.append((kind, start, stop))
            end = stop
    if not text.isascii() and _VULGAR_CHARACTER.search(text):
        vulgar = [("vulgar", *match.span()) for match in _VULGAR_CHARACTER.finditer(text)]
        anchors = sorted([*anchors, *vulgar], key=_start)  # none inside another: no figure holds one
    return anchors


def _start(anchor: tuple[str, int, int]) -> int:
    return anchor[1]


_MORE_MONTH_WORDS_BEFORE = frozenset({"for", "with", "than", "against", "versus", "vs", "over", "throughout", "into", "as"})
_NOUN_AFTER_MONTH = re.compile(r"[ \u00a0]+[a-z]{3,}\b")  # "the June figure", "a March meeting"
_CAPITALISED_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_PERIOD_TO_BEFORE = re.compile(r"\b(?i:years?|months?|quarters?|weeks?|period|half|days|season)[ \u00a0]+to[ \u00a0]+$")
_ADDRESS = re.compile(r"\b(?:[Hh]ttps?://|www\.)[^\s<>\"'“”]+")
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\[\"“‘'—–]))(?P<q>(?i:" + vocab.alternation(vocab.QUALIFIERS).replace(r"\ ", r"\s+") + r"))\s+$"
)
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))(?P<q>" + vocab.alternation(vocab.COMPARISON_SIGNS) + r")[ \u00a0]{0,2}$")
_MODEL_TIER_AFTER = re.compile(r"[ \u00a0](?:Pro|Max|MAX|Ultra|Plus|Mini|Lite|SE|XL|Fold|Flip)\b(?![’'-])")
_VERSION_AFTER = re.compile(r"[ \u00a0](?:release|update|beta|firmware|patch)\b")  # "the 2.8 release": a software version
_SIGNS = frozenset("<>≤≥=±-")  # the last character of a sign in COMPARISON_SIGNS ("+/-")
# Not "70 mph and up to 8 inches": a trailing qualifier ends the phrase.
_UNIT_OR_TEN_WORD = vocab.alternation([*vocab.UNITS_WORDS, *vocab.TENS_WORDS])  # any below a hundred's first word
# After the number, spaced or hyphenated ("65 and over", "the 18-and-under team").
_TRAILING_QUALIFIER = re.compile(
    r"(?:\s+|-(?=and-))(?P<q>"
    + "|".join(q.replace(" ", r"(?:\s+|-)") for q in vocab.TRAILING_QUALIFIERS if q != "odd")
    + r")\b(?!\s+(?:to|than)\b|-|[ \u00a0]+(?:[\d$£€]|(?i:an?|"
    + _UNIT_OR_TEN_WORD
    + r")\b))"  # not "and below 1500"
)
_LEVEL_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<q>(?i:" + "|".join(vocab.DECADE_LEVELS) + r"))(?:\s+|-)$")
_PERIOD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<q>(?i:(?:early|mid)(?:-to-|\s+to\s+))?(?i:early|mid|late))(?:\s+|-)$")
_END_OF_PERIOD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<q>[Ee]nd)-$")
_ZERO_IDIOM_AFTER = re.compile(r"[ \u00a0]+(?:tolerance|sum)\b")
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \u00a0]$")
_WEEKDAY_PREFIX = re.compile(
    r"(?:^|(?<=[\s(]))(?P<q>(?i:" + "|".join(p.replace(" ", r"\s+") for p in vocab.WEEKDAY_PREFIXES) + r"))\s+$"
)
_COUPLE_OF_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<q>[Aa][ \u00a0]+couple[ \u00a0]+of)[ \u00a0]+$")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘]))(?P<a>[Aa]n?)\s+$")  # a quotation's opening too: "“A third of ..."
_DETERMINER_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?:[Tt]he|[Aa]n?)[ \u00a0]$")  # "the 737-8", "a 787-9"
_NAME_PREFIX = re.compile(r"(?:^|(?<=[^\w-]))(?P<name>[A-Za-z][A-Za-z0-9]*)-$")
_WORD_BEFORE = re.compile(r"(?P<w>[\w’']+)[^\w\n]{0,3}$")
# A currency before its amount, glued or one space apart ("RM900", "USD 200", "$5"); a symbol of
# one letter ("R500") only glued, and none that ends a longer word.
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<!\w)(?P<c>" + vocab.alternation(_CURRENCIES_BEFORE) + r")[ \u00a0]?|(?<!\w)(?P<letter>[A-Z]))$"
)
_ORDINAL_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<o>(?i:" + vocab.alternation(vocab.PERIOD_ORDINALS) + r"))(?:[ \u00a0]+|-)$")
# The ordinal before "century": "the 21st century", "the early 19th century", "a 15th-century church",
# "the fifth century BC", "the twenty-first century".
_CENTURY_BEFORE = re.compile(
    r"(?:^|(?<=[\s(-]))(?:(?P<digits>[1-9]|[12]\d|30)(?:st|nd|rd|th)"
    r"|(?P<words>(?i:(?:twenty|thirty)[- \u00a0])?(?i:" + vocab.alternation(vocab.ORDINAL_DAYS) + r")))(?:[ \u00a0]+|-)$"
)
# Nigerian papers write the naira as "N" glued to an amount ("N412bn", "N5,000", "N1.2 trillion"),
# Philippine ones the peso as "P" ("P6.35-trillion", "P5,000"): read so only where the digits are
# grouped or scaled (`_LETTER_AMOUNT`), as no mask ("N95"), road ("N1") or phone ("P30") is.
_LETTER_CURRENCIES = {"N": "NGN", "P": "PHP"}
# The Enhanced Fujita scale's steps, as a tornado's rating is written ("EF3", "EF-3"): a step on a scale, as "Category 4" is.
_TORNADO_STEPS = frozenset("012345")
_ERA_FIRST_LETTERS = frozenset("ABC")
_ERA_BEFORE_ENDS = ("AD ", "AD\u00a0", "A.D. ", "A.D.\u00a0")
_ERA_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?:AD|A\.D\.)[ \u00a0]$")  # "AD 79": "AD" the one era written before its year
_ERA_AFTER = re.compile(r"[ \u00a0](?P<era>BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![\w.]\w)")
_IN_A_ROW_AFTER = re.compile(r"[ \u00a0]+(?:in[ \u00a0]+a[ \u00a0]+row|running|straight)\b")
_ORDINAL_WORD_AFTER = re.compile(r"[- \u00a0](?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)s?\b")
_ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[- \u00a0])?(?:" + vocab.alternation(w for w, v in vocab.ORDINAL_DAYS.items() if v < 10) + r")"
    r"|" + vocab.alternation(w for w, v in vocab.ORDINAL_DAYS.items() if v >= 10)
)
_ORDINAL_DAY_AFTER = re.compile(
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?P<day>(?i:" + _ORDINAL_DAY + r"))\b(?!-)"
    r"(?:(?:,|[ \u00a0]+of)?[ \u00a0]+(?P<year>\d{4})\b(?!\d))?"
)
_ORDINAL_DAY_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<day>(?i:" + _ORDINAL_DAY + r"))[ \u00a0]+of[ \u00a0]+$")
_WEEKDAY_GAP = re.compile(r",?[ \u00a0]")
_DAY_AT = re.compile(r"\d{1,2}(?!\d|[,.]\d)")  # not "Monday, 1,200 cases"
_MONTH_AT = re.compile(r"(?:" + vocab.alternation(_MONTH_NAMES) + r")\b")
_JOINER = r"[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?:to|and|or|through|until|till)[ \u00a0]+"  # "March to May", "Jan-Feb"
_RANGE_JOINER = re.compile(_JOINER)
_MONTH_RANGE_AFTER = re.compile(
    rf"(?:{_JOINER})(?:"
    + vocab.alternation([*(m.capitalize() for m in [*vocab.MONTHS, *vocab.MONTH_ABBREVIATIONS]), *_LOWER_MONTHS])
    + r")\b"
)
_PART_STARTS = frozenset("0123456789daDA \u00a0")  # "10 1/2", "3 dozen", "2 and a half"
_DOTTED_RUN = re.compile(r"(?:\.\d+)+")
_TIME_NEXT = frozenset(":.aApP \u00a0\n\t")  # what may follow the hours of a time ("15:00", "3 p.m.", "8PM")
_QUALIFIER_LAST_WORDS = frozenset(q.split()[-1] for q in vocab.QUALIFIERS)
# After a year, what says a quantity of that year is compared ("below 2019 levels", "above 2019's").
_YEARS_MEASURE_AFTER = re.compile(r"['’]s\b|[ \u00a0]+(?:levels?|figures?|peaks?|highs?|lows?|averages?|totals?)\b")
_MULTIPLYING_WORDS = frozenset({"times", "twice", "thrice", "half", "again"})  # before "as many as": a comparison
_YEAR_PART_LAST_WORDS = frozenset(part.split()[-1] for part in vocab.YEAR_PARTS)
# A quarter or a half written after its number, as banks write them: "3Q24", "1H25", "4Q 2024".
_PART_THEN_YEAR = re.compile(r"(?P<p>[QH])[ \u00a0]?(?P<year>(?:19|20)\d\d|\d\d)\b")
# Two shares of a whole written with a slash: "a 50/50 chance", "a 60/40 split".
_HUNDRED_SPLIT = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")
_NAMED_NUMBER_AFTER = re.compile(  # "7-Eleven"
    r"-(?:" + vocab.alternation(w.capitalize() for w in [*vocab.UNITS_WORDS, *vocab.TENS_WORDS]) + r")\b"
)
_MAGNITUDE_DIGITS = re.compile(r"\d\.\d")  # "M7.8", as seismologists write a quake's magnitude
_FISCAL_WORD_BEFORE = re.compile(r"(?<![\w-])(?i:fiscal)(?:[ \u00a0]+year)?[ \u00a0]+$")
_FISCAL_SPACED = re.compile(r"(?<![A-Za-z])FY ['’]?$")
# The letters and digits after a year that name a minor planet or a comet ("2024 YR4"); not a
# region's letters ("2023 EU27 exports").
_DESIGNATION_AFTER = re.compile(r"[ \u00a0](?!EU|UK|US)[A-Z]{2}\d{1,4}\b")
# A currency's code after the amount, if CURRENCY_CODES holds it: "100 EUR"; in millions or
# thousands as Nordic and German reports write them: "120 MEUR", "30 MUSD", "500 kSEK".
_CODE_AFTER = re.compile(r"[ \u00a0](?P<scale>[Mk](?=[A-Z]{3}\b))?(?P<code>[A-Z]{3})\b(?![-'’])")
_TEMPERATURE_AFTER = re.compile(
    r"(?:(?P<glued>[CF])(?![\w/°])"
    r"|\s?(?:°|º|(?i:degrees?|deg\.?))\s?(?P<scale>(?i:celsius|centigrade|fahrenheit)\b|[CF](?![\w/]))"
    r"|\s(?P<named>(?i:celsius|centigrade|fahrenheit))\b)"
)
_SCORE_AFTER = re.compile(r"[-–](?P<second>\d{1,3})(?![\d.,]?\d|[-–/]\d|%|\w)")
_DOLLAR_COUNTRY_AFTER = re.compile(
    r"[ \u00a0](?P<country>" + vocab.alternation(list(vocab.DOLLAR_COUNTRIES)) + r")(?:[ \u00a0]dollars?)?\b(?![-’'])"
)
# A word after "$30 Australian" that the adjective describes ("$30 Australian visitors", "$50 Singapore
# Airlines"), not the dollar.
_NOUN_AFTER = re.compile(r"[ \u00a0](?!(?:" + "|".join(vocab.FUNCTION_WORDS_AFTER_DOLLAR_COUNTRY) + r")\b)[A-Za-z]")
_SCORE_BEFORE = re.compile(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})(?:[ \u00a0]\(\d{1,2}-\d{1,2}\))?,?[ \u00a0]+$")
_SCORE_NEXT = re.compile(r"(?:[ \u00a0]\(\d{1,2}-\d{1,2}\))?,?[ \u00a0]+(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\d-])")
_SET_BEFORE_TIEBREAK = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}[ \u00a0]\($")
_TEAM_BEFORE = re.compile(r"(?:^|[;:,\n])[ \u00a0]*(?:[A-Z][\w'’.&-]*[ \u00a0]+){1,3}$")  # a name opening a list's item
_TEAM_AFTER = re.compile(r"[ \u00a0]+[A-Z][\w'’.&-]*(?:[ \u00a0]+[A-Z][\w'’.&-]*){0,2}(?:[;,.\n]|$)")
_SCORE_AT_BEFORE = re.compile(r"\b(?i:at|trailing|down|behind)[ \u00a0]+$")
_SCORE_ALONE_AFTER = re.compile(r"(?:[,;:.!?)\"”’]|[ \u00a0]+(?:in|and|I|we|he|she|they|the|with|after|before|when|down|up)\b)")
_RESULT_AFTER = re.compile(r"[ \u00a0](?:defeat|loss|win|victory|draw|lead|deficit|scoreline|home win|away win)\b")
# What may follow the number a noun numbers: the clause going on, or the result or event it names
# ("with round 9 win", "a game 7 defeat", "his stage 5 crash"), not a noun it counts ("day two men").
_LABEL_NUMBER_END = re.compile(
    r"(?:[,.;:!?)\"”’]|[ \u00a0]+(?:of|and|at|in|on|for|when|after|before|was|is|will|with|as|saw|began|ended)\b|[ \u00a0]*$"
    r"|[ \u00a0]+(?:win|victory|defeat|loss|draw|clash|decider|opener|finale|showdown|crash|exit)\b)"
)
# Words of a cricket report, near a pair whose first number counts wickets and second runs.
_CRICKET_WORDS = re.compile(r"\b(?:overs|wickets?|innings|stumps|bowled|bowling|batting|declared|all out|runs|Test|ODI|T20)\b")
_CRICKET_REACH = 100
# "more than 5000 or equal to" is "more than or equal to" 5000: the bounds QUALIFIERS has so.
_OR_EQUAL_BOUNDS = frozenset(q.removesuffix(" or equal to") for q in vocab.QUALIFIERS if q.endswith(" than or equal to"))
_OR_EQUAL_AFTER = re.compile(r"[ \u00a0]+or[ \u00a0]+equal(?:[ \u00a0]+to)?\b(?![ \u00a0]*(?:to[ \u00a0]+)?[-\d])")
_DECIMAL_RAW = re.compile(r"\d{1,3}\.\d{1,2}")
_FOR_AFTER = re.compile(r"-(?:for|of)-(?P<second>\d{1,3})\b(?!-\d|[.,]\d)")
# A vote's tally spaced with "to", after the verb of the vote or with its "votes", and before the
# clause goes on: "the bill passed 218 to 214", "backed the bill by 52 votes to 48". Not a range
# ("win 5 to 10 seats" rises).
_TALLY_BEFORE = re.compile(  # "approved it 9 to 4", "passed the bill 218 to 214"
    r"\b(?i:(?:voted|passed|approved|rejected|defeated|carried|ruled|backed|upheld|won|beat)"
    r"(?:[ \u00a0]+(?:it|them|the[ \u00a0]+[a-z]+))?(?:[ \u00a0]+by)?"
    r"|(?:vote|votes|margin|tally)[ \u00a0]+of)[ \u00a0]+$"
)
# Where a tally's clause ends or goes on after its second term.
_TALLY_END = r"(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:in|on|with|after|against|for|at|and|but|to|vote|votes)\b)"
_TALLY_SECOND = r"\d{1,3}(?![\d.,:]\d|[\w%])"  # a whole number of votes: no more digits, no decimal after it
_TALLY_AFTER = re.compile(r"(?:[ \u00a0]+votes?)?[ \u00a0]+to[ \u00a0]+(?P<second>" + _TALLY_SECOND + ")" + _TALLY_END)
# A tally in words has its "votes" ("by nine votes to four"): no verb of voting before it makes
# "nine to four" one, which a time ("from nine to four") or a range may be.
_WORD_TALLY_AFTER = re.compile(r"[ \u00a0]+votes?[ \u00a0]+to[ \u00a0]+(?=\w)")
_VOTED_TALLY_AFTER = re.compile(r"[ \u00a0]+(?:votes?[ \u00a0]+)?to[ \u00a0]+(?=\w)")  # "the panel voted seven to four"
_TALLY_ENDS = re.compile(_TALLY_END)
_TALLY_SECOND_DIGITS = re.compile(_TALLY_SECOND)
# A cricket side's runs for its wickets, as British copy says them: "245 for 6 at tea", "312 for
# nine declared". Not "3 for 2 offers", "245 for 6 hours", "voted 245 for 6 against".
_BOWLING_BEFORE = re.compile(
    r"\b(?i:took|take|takes|taking|claimed|claiming|returned|returning|finished[ \u00a0]+with|figures[ \u00a0]+of)[ \u00a0]+$"
)
_BOWLING_AFTER = re.compile(  # not "took 5 for 38 minutes": a unit after the runs makes them something else
    r"(?:[ \u00a0]for[ \u00a0]|[-–])(?P<runs>\d{1,3})(?![\d%]|[.,]\d|[a-zA-Z]"
    r"|[ \u00a0]+(?:per|percent|pc|seconds?|minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|points?"
    r"|metres?|meters?|miles?|km|kg)\b)"
)
_WICKETS_AFTER = re.compile(
    r"[ \u00a0]for[ \u00a0](?P<second>10|\d|(?i:none|"
    + vocab.alternation(word for word, value in vocab.UNITS_WORDS.items() if 0 < value <= 10)
    + r"))"
    r"(?=[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?:at|in|when|after|before|declared|dec|off|from|with|and|but|on|overnight|chasing)\b)"
)
# A ratio with a colon: one digit after it, or thousands ("2:1", "1:50,000"); "2:30" is a time.
_COLON_RATIO_AFTER = re.compile(r":(?P<b>\d{1,3}(?:,\d{3})+|\d)(?![\d:]|[.,]\d)")
_TO_ONE_AFTER = re.compile(r"[-\s]to[-\s](?P<second>\d{1,3}|(?i:one|two|three|four|five))\b(?!-\d|[.,]\d)")
# A ratio spaced out: "by three to one", "odds of 5 to 1", "voted 3 to 1 in favour"; only against
# one, and only where no noun follows ("from 3 to 1 hours" is a range, "5 to 1 percent" a change).
_TO_ONE_SPACED = re.compile(
    r"[ \u00a0]+to[ \u00a0]+(?:1|(?i:one))\b(?![-.,]?\d)"
    r"(?=[ \u00a0]*(?:[,;:.!?)\]—–\"”]|$)|[ \u00a0]+(?i:in|against|margin|ratio|odds|majority|vote|decision|on|at|after)\b)"
)
# Number words below sixty, and the digit words that may join a ten ("forty-five").
_WORD_BELOW_SIXTY = vocab.alternation([w for w, v in {**vocab.UNITS_WORDS, **vocab.TENS_WORDS}.items() if 0 < v < 60])
_DIGIT_WORD = vocab.alternation([w for w, v in vocab.UNITS_WORDS.items() if 0 < v < 10])
# The whole of a share ("1 in 5,000", "out of five hundred"): grouped digits, or the first word of a number.
_DENOMINATOR = r"(?P<n>\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d+(?![.,]\d)|(?i:" + _UNIT_OR_TEN_WORD + r"))\b"
_SENTENCE_OPENS_AFTER = frozenset({"", ".", "!", "?", '"', "“"})  # the last character before a sentence's first word
# A verb after a sentence's first word, which is then its subject ("Half were women").
_VERB_AFTER_SUBJECT = re.compile(r"[ \u00a0]+(?:were|was|are|is|have|had|said|say|will|would|could|did|do|[a-z]{2,}ed)\b")
_OUT_OF_AFTER = re.compile(r"\s+(?i:out\s+of|of\s+every)\s+" + _DENOMINATOR)  # "3 out of 5", "two of every three"
_SLASH_AFTER = re.compile(r"/(?P<b>\d{1,4})(?:/(?P<c>\d{2}|\d{4}))?(?![\d/])")
_SLASH_SCORE_AFTER = re.compile(r"/(?P<b>\d{1,3})(?![\d/]|[.,]\d)")
_VULGAR_AFTER = re.compile(r"[ \u00a0]?(?P<f>[" + "".join(vocab.VULGAR_FRACTIONS) + "])")  # "6½", "6 ½"
_EXPONENT = r"[-+−]?\d{1,3}"
_SUPERSCRIPT_EXPONENT = r"⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"
_TIMES_SIGNS = frozenset("x×*·")
_POWER_STARTS = frozenset("^eE⁰¹²³⁴⁵⁶⁷⁸⁹⁻\u00a0") | _TIMES_SIGNS  # what may follow a number's digits in a power
_POWER_AFTER = re.compile(
    rf"\^(?P<power>{_EXPONENT})(?![\d.,]?\d)"  # "2^15", "10^-3"
    rf"|[eE](?P<e>{_EXPONENT})(?![\w.])"  # "1.2e6", "12.32e+14"
    rf"|[ \u00a0]?[x×*·][ \u00a0]?10(?:\^(?P<times>{_EXPONENT})|(?P<times_sup>{_SUPERSCRIPT_EXPONENT}))(?![\d.,]?\d)"
    rf"|(?P<sup>{_SUPERSCRIPT_EXPONENT})(?![\d.,]?\d)"  # "10⁶" (after 10 only: "2019²" is a footnote)
)
_MIXED_FRACTION_AFTER = re.compile(r"[ \u00a0]{1,2}(?P<n>\d)/(?P<d>\d{1,2})(?![\d/])")
_HYPHEN_MIXED_AFTER = re.compile(r"-(?P<n>\d)/(?P<d>\d{1,2})(?![\d/])")  # "14-1/4"
_CENTS_RAW = re.compile(r"\d+\.\d\d")
# A date with its year written out, in hyphens or dots: "15-03-2020", "3-15-2020", "15.03.2020".
_DASHED_DATE_AFTER = re.compile(r"(?P<sep>[-.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4})(?![-.]?\d)")
# "2015-03-03", and the day of a timestamp ("2024-03-03T10:00Z": its clock stays in the span).
_ISO_DATE_AFTER = re.compile(
    r"-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b|\b(?![-\d]))"
)
_FISCAL_AFTER = re.compile(r"(?:/(?P<slash>\d{1,2}|\d{4})|[-–](?P<dash>\d{1,2}))\b(?![-/\d])")  # "2008-9" too
_FISCAL_YEAR_AFTER = re.compile(r"[ \u00a0]?(?P<fy>FY)(?:\d{4}|\d{2})(?!\d)")  # "Q2FY25", "H1 FY2024"
_HALF_YEAR_AFTER = re.compile(r"[ \u00a0-](?P<part>[QH][1-4]|q[1-4])\b")  # "2019 H2", "2017-Q1", "2017 q1"
_YEAR_AFTER_PERIOD = re.compile(
    r"(?:(?:[ \u00a0]+of)?(?:[ \u00a0]+(?:fiscal|financial|calendar))?[ \u00a0]+|-)(?P<year>\d{4})\b(?!\d)"
)  # "Q4 2018", "the fourth quarter of fiscal 2025", "Q1-2019"
_DOTTED_TIME_AFTER = re.compile(r"\s?(?P<ampm>(?i:[ap]\.m\.|[ap]m\b))")
# A telephone number after its label: digits, spaces, dots, hyphens and brackets, six digits or more.
_PHONE_LABELS = ("tel", "telephone", "phone", "ph", "fax", "mobile", "mob")
_PHONE_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?i:" + "|".join(_PHONE_LABELS) + r")\.?:?[ \u00a0]*\(?$")
_PHONE_NUMBER_AT = re.compile(r"(?=(?:[ \u00a0().-]{0,3}\d){6})\d[\d \u00a0().-]*\d")
# A short number to call: after a verb of calling, and with no noun after it ("call 10 witnesses" counts).
_CALLING_WORDS = frozenset(
    {"call", "called", "calling", "dial", "dialled", "dialed", "dialling", "dialing", "ring", "rang", "ringing"}
    | {"text", "texted", "texting", "phone", "phoned", "phoning"}
)
# "call us on 101", "contact police on 101", "ring the hotline on 0800 555 0100"
_CALLING_ON_BEFORE = re.compile(
    r"\b(?i:call|ring|phone|contact|text)(?:[ \u00a0]+(?:the[ \u00a0]+)?[A-Za-z]+)?[ \u00a0]+on[ \u00a0]+$"
)
_CALLED_AFTER = re.compile(r"[,.;:)]|[ \u00a0]+(?:or|on|in|for|and|to|from|free|quoting|if|when|with|now)\b|\s*$")
# Two numbers over a slash that are neither a date nor a score, each with the word after it and the
# words before it that name it: a bookmaker's odds ("the 5/2 favourite", "cut his price from 4/1";
# read as a date, "5/2" is the 2nd of May) and a blood pressure ("a reading of 140/90", "120/80
# mmHg"; read as a score, 140-90). Alone they read the same as a date and a cricket score, so they
# are left out, not misread.
_NAMED_SLASH_PAIRS = (
    (
        re.compile(
            r"\d{1,3}/\d{1,3}(?![\d/])"
            r"(?P<named>[ \u00a0-]+(?i:joint[ -])?(?i:fav(?:ou?rite)?s?|chance|shot|outsider|poke)\b)?"
        ),
        re.compile(r"(?i:\b(?:odds|price[ds]?|priced|bookmakers?|bookies|backed|betting)\b)[^.;\n]{0,40}$"),
    ),
    (
        re.compile(r"(?:[6-9]\d|1\d\d|2[0-4]\d)/(?:[4-9]\d|1[0-4]\d)(?![\d/])(?P<named>[ \u00a0]?mm[ \u00a0]?Hg\b)?"),
        re.compile(r"(?i:\bblood[ -]pressure\b|\breadings?\b)[^.;\n]{0,40}$"),
    ),
)
# Numbers joined by slashes, three or more, that no date reader took: a reference, a case number.
_SLASHED_CODE = re.compile(r"\d+(?:/\d+){2,}(?![\d/])")
_PHONE_AFTER = re.compile(r"(?:[-. \u00a0]?\(?\d{2,4}\)?){2,4}(?!\d)")
# A dimension's sign has the same space on both sides ("4 x 6", "4x6"); "5x 2008" is a multiple, then a year.
_DIMENSION_SIDE_AFTER = re.compile(r"(?:[ \u00a0][x×][ \u00a0]|[x×])\d")
_DIMENSION_SIDE_BEFORE = re.compile(r"\d(?:[ \u00a0][x×][ \u00a0]|[x×])$")
_DIMENSION_AFTER = re.compile(r"[ \u00a0](?:tall|high|long|deep|wide)\b")
_COMPOUND_AFTER = re.compile(r"-(?P<suffix>long|old|deep|high|tall|wide|thick)\b")
# "40-page", and a chain of up to three words stays whole too: "a 2-under-par 70", "a 10-page-long memo".
_SOMETHING = frozenset({"something", "somethings"})  # "a 30-something", "twenty-somethings": ten ages
_HYPHEN_NOUN_AFTER = re.compile(r"-(?!plus\b|odd\b)(?P<noun>[a-z]{3,})(?:-[a-z]{2,}){0,2}\b(?!-)")
_PLUS_AFTER = re.compile(r"-(?P<word>plus|odd)\b|\+(?![\w+])")
_COMPOUND_PART = re.compile(
    r",?[ \u00a0]+(?:and[ \u00a0]+)?(?P<n>\d{1,3}(?:\.\d+)?|(?P<words>(?i:"
    + _WORD_BELOW_SIXTY
    + r")(?:-(?i:"
    + _DIGIT_WORD
    + r"))?[ \u00a0]))[ \u00a0]?"
    r"(?P<u>(?i:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|months?|inch(?:es)?|oz|ounces?|cm|centimet(?:re|er)s?|lbs?|furlongs?)"
    r"|in(?![ \u00a0]+(?:the|a|an|his|her|their|its)\b))\b(?!-)"  # "6 ft 2 in", not "5 ft 2 in the morning"
)
# Minutes and seconds glued to their numbers after hours: "2h 01m 09s", "1hr 30min", "2hr 21min 37sec".
_GLUED_MINUTES_AFTER = re.compile(r"[ \u00a0]?(?P<m>[0-5]?\d)(?:m|mins?)(?:[ \u00a0]?(?P<s>[0-5]?\d)(?:s|secs?))?\b(?![.,]?\d)")
# The inches of a height written with its feet: "6-foot-4", "a 6-foot-4-inch guard", "he is 6 feet 4."
_INCHES_OF_HEIGHT = re.compile(
    r"(?:-(?P<joined>\d{1,2})(?:-inch(?:es)?(?:-(?:tall|high|long|wide|deep))?)?"
    r"|[ \u00a0]+(?P<spaced>\d{1,2})(?=[ \u00a0]*(?:[.,;:!?)]|$|tall\b)))(?![\d-]|\.\d)"
)
_NAME_TAIL = re.compile(r"[-–]\d+(?![\d.,]?\d)")  # the rest of a model's name: "737-800"
_OF_CHAIN_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)*-of-$")
_PER_AFTER = re.compile(  # "$12/month", "$3-a-gallon", "5p-a-litre"
    r"(?:[ \u00a0]?/[ \u00a0]?|-(?:a|an|per)-)"  # "$7 / month" too, as price tables space it
    r"(?P<per>(?i:month|mo|year|yr|week|wk|day|hour|hr|night|person|head|share|barrel|bbl|tonne|ton|kg|lb|oz|ounce"
    r"|litre|liter|gallon|mile|km|mmbtu|kwh|mwh|sqft|sqm|m2|unit|ticket|seat))"
    r"\b(?![ \u00a0]?/)"
)
# "two and a half", "three million and a quarter", "one and two-thirds": a share added to a number.
# "and half" without its article too, as South Asian English writes it ("two and half years").
_AND_FRACTION = re.compile(
    r"(?:[ \u00a0]+(?i:and)[ \u00a0]+|-(?i:and)-)(?:(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine))[ \u00a0-]"
    r"(?P<f>(?i:" + vocab.alternation(vocab.FRACTION_WORDS) + r"))|(?P<half>(?i:half)))\b"
)
_DOZEN_AFTER = re.compile(r"[ \u00a0]+(?i:dozens?|dozs?|dzs?)\b")  # "two dozen", "3 doz eggs"
_POINTS_OF_PERCENT = ("percentage point", "basis point")  # "half a percentage point"
# "half an hour", "a quarter of a century", "three quarters of a mile", "half a point" (a point
# is a unit after a fraction, as after digits: "6.5 points"; "a point" alone is no figure)
_HALF_A_UNIT = re.compile(
    r"[ \u00a0]+(?:(?i:of)[ \u00a0]+)?(?i:an?)[ \u00a0]+(?P<unit>"
    + vocab.alternation(
        [*(u for u in vocab.DURATION_UNITS if not u.endswith("s")), *vocab.ARTICLE_MEASURES, *_POINTS_OF_PERCENT, "point"],
        ignore_case=True,
    )
    + r")\b"
)
# A fraction of a scale: "half a million", "a quarter of a billion", "a half-million", "half a dozen".
_FRACTION_OF_SCALE = re.compile(
    r"(?:[ \u00a0]+(?i:of))?[ \u00a0]+(?i:an?)[ \u00a0]+(?P<scale>(?i:million|billion|trillion|thousand|hundred|dozen))\b"
    r"|[ \u00a0-](?P<bare>(?i:million|billion|trillion))\b|[ \u00a0-](?P<bare_dozen>(?i:dozen))\b"
)
_YEAR_PART_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<q>(?i:" + vocab.alternation(vocab.YEAR_PARTS).replace(r"\ ", r"[ \u00a0]+") + r"))[ \u00a0]+$"
)

_TIME_AFTER = re.compile(
    r":(?P<min>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?:\.(?P<frac>\d{1,3}))?(?!\d)(?:\s?(?P<ampm>(?i:[ap]\.?m\.?))(?!\w))?(?:\s(?P<tz>"
    + "|".join(vocab.TIME_ZONES)
    + r")\b)?"
)
# "a.m.", "pm", and as hurried or tokenized copy writes them: "9.am", "3 p . m ."
_AMPM_AFTER = re.compile(r"(?:\s|\.(?=[ap]m\b))?(?P<ampm>(?i:[ap]\.m\.|[ap]m\b|[ap] \. m \.))")
_CLOCK_WORD_STARTS = frozenset("oiapmtAP")  # o'clock, in the ..., at night, past, minutes, to, a.m., PM
_PART_THEN_AT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:in[ \u00a0]+the|this|tomorrow|yesterday)[ \u00a0]+)?"
    r"(?P<part>(?i:morning|afternoon|evening))[ \u00a0]+at[ \u00a0]+$"
)
# The minutes of a time in words, before "a.m." or "pm": "seven thirty pm", "six forty-five a.m.", "nine oh five".
_WORD_MINUTES_AFTER = re.compile(
    r"[ \u00a0]+(?:(?i:oh)[ \u00a0-])?(?P<m>(?i:"
    + _WORD_BELOW_SIXTY
    + r"))\b(?:[- \u00a0](?P<units>(?i:"
    + _DIGIT_WORD
    + r"))\b)?(?=\s?(?i:[ap]\.m\.|[ap]m\b))"
)
_LETTER_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Za-z]")
_HOUR_WORDS = {w: v for w, v in vocab.UNITS_WORDS.items() if 1 <= v <= 12}
# What makes a bare hour a clock time: "seven o'clock", "7 in the evening", "9 at night".
_CLOCK_AFTER = re.compile(
    r"(?P<oclock>[ \u00a0]+o['’]?clock\b)?"
    r"(?:[ \u00a0]+(?P<part>(?:in[ \u00a0]+the|this)[ \u00a0]+(?:morning|afternoon|evening)|at[ \u00a0]+night|tonight)\b)?"
)
# "half past seven", "quarter to 9", "ten past six", "20 minutes past 8".
_PAST_HOUR_AFTER = re.compile(
    r"(?P<minutes>[ \u00a0]+(?:minutes|mins?))?[ \u00a0]+(?P<rel>past|to)[ \u00a0]+(?P<hour>1[0-2]|[1-9]|(?i:"
    + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
    + r"))\b(?![.,:]?\d)"
)
# The minor unit after an amount in its currency's name: "3 dollars 50 cents", "12 pounds and 40 pence".
_MINOR_AFTER = re.compile(
    r"[ \u00a0]+(?:and[ \u00a0]+)?(?P<n>\d{1,2}|(?i:"
    + _UNIT_OR_TEN_WORD
    + r")(?:[- \u00a0](?i:"
    + _DIGIT_WORD
    + r"))?)(?:[ \u00a0]+(?P<minor>(?i:cents?|pence|p))\b|(?=[ \u00a0]*(?:[.,;:!?)]|$)))"
)  # the minor unit may go unsaid at the end of a clause: "it costs 15 dollars 50."
# A street address after a house number: up to three capitalised words, then the street's kind.
_ADDRESS_AFTER = re.compile(r"[ \u00a0]+(?:[A-Z][\w’'.-]*[ \u00a0]+){1,3}(?:" + vocab.alternation(vocab.STREET_WORDS) + r")\b")
_FEET_AND_INCHES = re.compile(r"['’′](?P<i>\d{1,2})(?:[\"”″]|'')")  # "6'4\"", "5′10″"
_DECIMAL_COMMA = re.compile(r",(?P<decimals>\d{1,2})(?![\d,])")
# A decimal comma, as much of Europe writes it, before a scale word or a percent sign: "€1,5 million", "12,5%".
_DECIMAL_COMMA_SCALE = re.compile(r",(?P<decimals>\d{1,2})(?=[ \u00a0](?i:million|billion|trillion|mln|bln|bn|mn)\b)")
_TIMES_GLUED = re.compile(r"[x×](?:(?=[ \u00a0]+[a-z])|(?=[,;:.!?)]*(?:\s|$)))")  # "5x optical zoom"; not "4x4", "1920x1080"
_PARTICLES = frozenset({"back", "out", "up", "down", "off", "away"})
_VERB_AND_PLACE_BEFORE = re.compile(
    r"\b(?P<w>[A-Za-z]+)[ \u00a0]+(?:to|into|in|at|before|from)[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+[ \u00a0]*$"
)
# Participles of deeds that do not end in "-ed": "has been taken twice", "was beaten twice"
_PAST_PARTICIPLES = frozenset({"taken", "been", "seen", "flown", "driven", "given", "shown", "beaten", "stolen", "thrown"})
_PARTICLE_VERB_BEFORE = re.compile(r"\b(?P<w>[A-Za-z]+)[ \u00a0]+(?:" + "|".join(sorted(_PARTICLES)) + r")[ \u00a0]*$")
_LIST_NUMBER_AFTER = re.compile(r"[.)][ \u00a0]+(?=[A-Z“\"‘'])")  # "1. More trains", "2) Fares"
_GRADE_AFTER = re.compile(r"[ \u00a0-]octane\b")
_CENTS_GLUED = re.compile(r"c(?![\w’'-])")
_TEMPERATURE_WORDS_BEFORE = re.compile(r"(?i:temperature|degree|heat|warm|hot|cold|chill|frost|freez|thermometer|°)")
_CUE_REACH = 100  # how far either side a word says what a figure is
_CLAUSE_END = re.compile(r"[;!?]|\.(?=\s)")
# Whether "720p" is pence (vocab.VIDEO_RESOLUTIONS): another price in pence says so, another resolution does not
_PENCE_CUES = re.compile(
    r"(?i:\bpence\b|\bshares?\b|\btarget price\b)|\b(?!(?:" + "|".join(sorted(vocab.VIDEO_RESOLUTIONS)) + r")p)\d+(?:\.\d+)?p\b"
)
_VIDEO_CUES = re.compile(r"(?i:video|stream|resolution|pixel|display|screen|camera|\bHD\b|\b[48]K\b|fps|frames)")
# "99p", "a 50p coin", "345p", "a 5p-a-litre rise"; not "1080p" in a sentence of video (_is_resolution)
_PENCE_GLUED = re.compile(r"p(?:(?![\w’'-])|(?=-(?:a|an|per)-[a-z]))")
_CODE_RUN = re.compile(r"(?:[-–]\d+){2,}(?![\d\w])")  # digits in three or more groups joined by hyphens
_PARENTHESISED_LABEL_AFTER = re.compile(r"(?:\([a-z0-9]\))+")
# "Force 9" is a wind's where the words around it speak of wind (no police force's), and never
# after a capitalised word, which makes it a name's ("Air Force 1", "Task Force 3")
_FORCE_NAMED_BEFORE = re.compile(r"\b(?!(?:A|An|The)\b)[A-Z][\w-]*[ \u00a0]+$")
_WIND_WORDS = re.compile(r"\b(?i:gales?|storms?|winds?|gusts?|gusting|breezes?|beaufort)\b")
_UNIT_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<w>(?i:" + "|".join(sorted(vocab.UNIT_WORDS_BEFORE)) + r"))[ \u00a0]+$")
_NOON_AFTER = re.compile(r"[ \u00a0](?P<word>(?i:noon|midday|midnight))\b")
_HOURS_AFTER = re.compile(r"[ \u00a0]hours\b")
# "with 11:40 left", "4:02 remaining": a game clock, minutes and seconds
_CLOCK_LEFT_AFTER = re.compile(r"[ \u00a0]+(?:left|remaining|to[ \u00a0]+(?:go|play))\b")
# "1130 GMT", "14.30 BST", "2300 local time": a clock by its zone
_ZONE_AFTER = re.compile(r"\s(?P<tz>" + "|".join(vocab.TIME_ZONES) + r"|local[ \u00a0]+time(?!-))\b")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_DAY_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + _MONTH_AFTER_DAY + r")(?:(?:,?\s+|\s+of\s+)(?P<year>\d{4})\b(?!\d))?"
    r"|(?P<sep>[-/])(?P<month_joined>"
    + vocab.alternation(_MONTH_NAMES)
    + r")\b(?:(?P=sep)(?P<year_joined>\d{4})\b(?!\d))?(?![-/]?\w)"
)  # "27 September", "6th of February, 2023", "22-Jan-2019", "01/Aug"
# A year, then a month by name and a day: "2019-Aug-01", "2019/aug/1".
_NAMED_MONTH_DAY_AFTER = re.compile(
    r"(?P<sep>[-/])(?P<month>" + vocab.alternation(_MONTH_NAMES) + r")(?P=sep)(?P<day>\d{1,2})\b(?![-/.,]?\d)"
)
# A day of the month alone ("on the 18th", "from the 4th to the 18th"): after a preposition and
# "the", and before a clause ends; "the 18th hole", "the 3rd time" name an item.
_DAY_ALONE_BEFORE = re.compile(
    r"(?:(?:^|(?<=\s))(?P<on>(?i:on|by|until|till|before|after|since|from|to|through|between|and|or|around|of|for))"
    r"[ \u00a0]+)?(?<!\w)(?P<the>(?i:the))[ \u00a0]+$"
)
# A century named earlier in the sentence: "from the 19th century to the 21st" leaves out its word.
_CENTURY_NAMED_BEFORE = re.compile(r"\b(?i:century|centuries)\b(?!-)[^.;!?]*$")
_ON_BEFORE = re.compile(r"(?:^|(?<=\s))(?i:on)[ \u00a0]+$")
# What may follow a day of the month alone: the month it is of, then the clause's end or a joining word.
_DAY_END = (
    r"(?:(?:[ \u00a0]+day)?(?:[ \u00a0]+of)?[ \u00a0]+(?:this|next|last|the)[ \u00a0]+month\b)?"
    r"(?=[ \u00a0]*(?:[.,;:!?)\]]|$)|[ \u00a0]+[-–—][ \u00a0]"
    r"|[ \u00a0]+(?:and|or|to|through|until|at|around|when|before|after)\b)"
)
# A range's joiner between its two ends: "10-15cm", "15 to 20 years", "two or three million".
_RANGE_JOINER_AFTER = re.compile(
    r"[ \u00a0]?[-–][ \u00a0]?(?=[\d$£€¥₹])"
    r"|[ \u00a0]+(?:to|or|(?P<and>and))[ \u00a0]+(?=[\d$£€¥₹]|(?i:" + _UNIT_OR_TEN_WORD + r")\b)"
)
_NUMBER_OR_MORE_AFTER = re.compile(r"[ \u00a0]+(?:\d|(?i:" + _UNIT_OR_TEN_WORD + r"|more)\b)")  # "one| or two", "one| or more"
_QUAKE_SCALE_AFTER = re.compile(
    r"[ \u00a0]+on[ \u00a0]+the[ \u00a0]+(?:Richter|moment[ \u00a0]+magnitude)[ \u00a0]+scale\b", re.IGNORECASE
)
_RANGE_YEAR_AFTER = re.compile(r",?[ \u00a0]+(?P<year>\d{4})\b(?![-/.,]?\d)")  # "June 1-3|, 2024"
# Labels in a list: "junctions 4 and 5", "sections 3-5", "Zones 1, 2 and 3".
_LIST_JOINER = r"(?:,[ \u00a0]*|[ \u00a0]*[-–&][ \u00a0]*|,?[ \u00a0]+(?:and|or|to)[ \u00a0]+)"
_LIST_JOINER_ENDS = (", ", ",", "-", "–", "& ", "and ", "or ", "to ")
_LABEL_LIST_AFTER = re.compile(_LIST_JOINER + r"\d+\b(?![.,]\d)")  # "4| and 5", "3|-5", "3|, 4"
_LABEL_LIST_BEFORE = re.compile(r"(?<![\d,.])(?P<n>\d+)(?:" + _LIST_JOINER + r"\d+)*" + _LIST_JOINER + r"$")  # "4 and |5"
_A_THING_OR_BEFORE = re.compile(r"(?:^|(?<=\s))[Aa]n?[ \u00a0]+[a-z]+[ \u00a0]+or[ \u00a0]+$")  # "a thing or |two"
_OR_FEW_AFTER = re.compile(r"[ \u00a0]+or[ \u00a0]+(?P<n>(?i:two|three)|[23])\b(?![-–]|[.,]?\d)")  # "a week| or two"
# A number in words with no scale, the first end of "two or three million": "two", "twenty-five".
_SMALL_NUMBER_WORDS = re.compile(r"(?i:" + _UNIT_OR_TEN_WORD + r")(?:[- ](?i:" + _UNIT_OR_TEN_WORD + r"))?")
_NEXT_DAY_ALONE = re.compile(r"(?P<day>\d{1,2})" + _DAY_END)  # "15" of "September 14 and 15, when ..."
_BETWEEN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[Bb]etween[ \u00a0]+$")  # "between 60 and 65 percent"
_RANGE_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.DURATION})
_GLUED_M_TEXT = re.compile(r"\d{1,4}m")
_MONEY_TEXT = re.compile(r"\D{1,4}\d[\d,]*(?:\.\d+)?")  # a symbol or code and a number, no scale: "$1.2"
# "25 million" of "25 million to 30 million euros"
_SCALED_COUNT_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?[ \u00a0](?:million|billion|trillion)")
_QUALIFIED_MONEY_TEXT = re.compile(r"\s\D{1,4}\d[\d,]*(?:\.\d+)?$")  # "about £3": a qualifier, then as _MONEY_TEXT
_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# An hour after a day: "Monday at 7.30", "tomorrow at 9" (see _clock_after_day).
_HOUR_TEXT = re.compile(r"(?P<h>\d{1,2})(?:\.(?P<m>\d\d))?")
_AT_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[Aa]t[ \u00a0]+$")
_DAY_TO_AT = re.compile(r",?[ \u00a0]+")
_DAY_WORD_BEFORE = re.compile(r"\b(?i:today|tonight|tomorrow|yesterday|morning|afternoon|evening|night),?[ \u00a0]+$")
# Verbs that set an hour, not a price: "due to start at 10.30", "the flight landed at 6.45" (not
# "closed at", "opened at", "set at", "ended at": a share's price is written so too).
_TIMED_VERB_BEFORE = re.compile(
    r"\b(?i:starts?|started|starting|begins?|began|kicks?[ -]off|kicked[ -]off|arrived?|arrives|depart(?:s|ed)?"
    r"|land(?:s|ed)?|meets?|met|resumes?|resumed|leaves?|left|take[sn]? off|took off"
    r"|be(?:en)?[ \u00a0]+held),?[ \u00a0]+$"  # "will be held at 11.30"; not "rates were held at"
)
# An event, and the hour and minutes it is held at: "on a call at 9.30", "a briefing at 10.15".
_EVENT_BEFORE_AT = re.compile(
    r"\b(?i:calls?|meetings?|briefings?|conferences?|sessions?|hearings?|services?|ceremony|ceremonies|vigils?"
    r"|rally|rallies|launch|kick-off|kickoff|start|appointment|interview|match|game|show|screening|debate|vote)[ \u00a0]+$"
)
_WORD_AFTER_CLOCK = re.compile(
    r"[ \u00a0]+(?:on|in|at|and|or|to|until|till|when|with|for|the|local|after|before|but|as|that|[-–—])(?![\w-])"
)
_DAY_OF_DATE = re.compile(r"(?:\d{4}-)?(?P<month>\d\d)-(?P<day>\d\d)|---(?P<alone>\d\d)")
_DAY_ALONE_AFTER = re.compile(r"(?:st|nd|rd|th)" + _DAY_END)
# A day after a weekday: "Friday the 13th", "Monday 21,", "Wednesday the thirty-first".
_WEEKDAY_DAY_AFTER = re.compile(
    r",?[ \u00a0]+(?:(?P<the>the[ \u00a0]+)?(?P<digits>3[01]|[12]\d|0?[1-9])(?![.,]\d)(?P<suffix>st|nd|rd|th)?"
    r"|the[ \u00a0]+(?P<words>(?i:" + _ORDINAL_DAY + r")))\b" + _DAY_END
)
# After a month: a day and a year, spaced or in a table's style ("Oct/2", "Jan-3-2019", "Dec-2018").
_MONTH_DAY_AFTER = re.compile(
    r"(?:\.?\s+|[-/])(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![\d.,]\d)(?:(?:,?\s+|[-/]|\s+of\s+)(?P<year>\d{4})\b(?!\d))?"
)
_MONTH_YEAR_AFTER = re.compile(r"(?:\.?,?\s+|[-/]|[ \u00a0]+of[ \u00a0]+)(?P<year>\d{4})\b(?![-/]?\d)")
# A year in words, as it is spoken: "nineteen eighty-six", "nineteen oh five", "twenty twenty-one";
# after a month or a day also "nineteen hundred and ninety-three", "two thousand and fifteen".
_BELOW_TEN_WORD = vocab.alternation(w for w, v in vocab.UNITS_WORDS.items() if 0 < v < 10)
_TWO_DIGIT_WORDS = (
    r"(?:(?:"
    + vocab.alternation(vocab.TENS_WORDS)
    + r")(?:[- \u00a0]"
    + _BELOW_TEN_WORD
    + r")?|"
    + vocab.alternation(w for w, v in vocab.UNITS_WORDS.items() if v >= 10)
    + r")"
)
_CENTURY_WORDS = frozenset([*(w for w, v in vocab.UNITS_WORDS.items() if v >= 11), "twenty"])
_CENTURY_WORD = vocab.alternation(_CENTURY_WORDS)
_NUMBER_WORD = vocab.alternation([*vocab.UNITS_WORDS, *vocab.TENS_WORDS, *vocab.SCALE_WORDS])
# A year or a decade in words starts with one of these words; only then are the patterns below
# compiled and tried (few texts hold one, and each pattern costs start-up).
_SPOKEN_YEAR_START = re.compile(r"(?i:" + _CENTURY_WORD + r"|two)\b")


@functools.cache
def _year_in_words_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?i:(?P<century>" + _CENTURY_WORD + r")[- \u00a0]+(?:(?:oh|o)[- \u00a0]+(?P<digit>" + _BELOW_TEN_WORD + r")"
        r"|(?P<rest>" + _TWO_DIGIT_WORDS + r"))"
        r"|(?P<hundreds>"
        + _CENTURY_WORD
        + r")[ \u00a0]+hundred(?:(?:[ \u00a0]+and)?[ \u00a0]+(?P<h_rest>"
        + _TWO_DIGIT_WORDS
        + "|"
        + _BELOW_TEN_WORD
        + r"))?"
        r"|two[ \u00a0]+thousand(?:(?:[ \u00a0]+and)?[ \u00a0]+(?P<t_rest>" + _TWO_DIGIT_WORDS + "|" + _BELOW_TEN_WORD + r"))?"
        r")\b(?![-\w]|[ \u00a0]+(?i:" + _NUMBER_WORD + r")\b)"
    )


@functools.cache
def _decade_in_words_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?P<century>(?i:"
        + _CENTURY_WORD
        + r"))[ \u00a0]+(?P<decade>(?i:"
        + vocab.alternation(vocab.DECADE_WORDS)
        + r"))\b(?!-)"
    )


_CLAUSE_ENDS_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)\]]|$)")
_WORD_DAY_MONTH_AFTER = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+)?(?P<month>" + _MONTH_AFTER_DAY + r")(?:,?[ \u00a0]+(?P<year>\d{4})\b(?!\d))?"
)
_YEAR_WORDS_GAP = re.compile(r",?[ \u00a0]+(?:of[ \u00a0]+)?")
# A day of the month in words after the month: "January twenty five", "May twenty-nine".
_CARDINAL_DAY_AFTER = re.compile(
    r"[ \u00a0]+(?P<day>(?i:(?:twenty|thirty)[- \u00a0]"
    + _BELOW_TEN_WORD
    + "|"
    + vocab.alternation(w for w, v in {**vocab.UNITS_WORDS, **vocab.TENS_WORDS}.items() if 1 <= v <= 31)
    + r"))\b(?![-\w])"
)
_NUMBER_WORD_FOLLOWS = re.compile(r"[- \u00a0]+(?i:" + _NUMBER_WORD + r")\b")
_SCALE_AFTER = re.compile(r"(?:\s+|-)(?P<scale>(?i:" + "|".join(vocab.SCALE_WORDS) + r"))\b")
_SUFFIX_AFTER = re.compile(r"(?P<suffix>" + "|".join(sorted(vocab.SCALE_SUFFIXES, key=len, reverse=True)) + r")\b")
# An amount a currency's one letter stands before (`_LETTER_CURRENCIES`): grouped, or with a scale.
_LETTER_AMOUNT = re.compile(
    # grouped, and then no digit, though a comma may end the clause ("today it was N1,500,")
    r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?(?=" + _SUFFIX_AFTER.pattern + "|" + _SCALE_AFTER.pattern + ")"
)
# Plain digits after the letter, with no noun after them ("from N945 last week", "N185 a litre";
# not "N95 masks", "the P30 phone")
_LETTER_PLAIN_AMOUNT = re.compile(
    r"\d{2,6}(?:\.\d{1,2})?(?![\w,.]?\d)(?![\w’'-])"
    r"(?=[ \u00a0]+(?:a|an|per|each|last|this|next|on|in|at|to|from|for|and|or|but|with|by|than|against)\b|[,.;:)!?]|$)"
)
_LETTER_AMOUNT_IN_TEXT = {
    letter: re.compile(r"(?<![\w’'-])" + letter + "(?=" + _LETTER_AMOUNT.pattern + ")") for letter in _LETTER_CURRENCIES
}
_BARE_CAPITAL_SCALES = frozenset({"M", "MN", "BN", "Bn"})  # not "K" ("4K" is a screen, "5K" a race), not "B" (a "2B" pencil)
_PLURAL_NOUN_AFTER = re.compile(r"[ \u00a0](?P<w>[a-z]{2,}s|people|children|men|women|staff|cattle)\b(?![-’'])")
# Words in "s" that are no plural noun: "the 10m was", "a 2m plus".
_NOT_COUNTED_NOUNS = frozenset(
    {"was", "has", "is", "as", "its", "his", "hers", "this", "thus", "plus", "less", "across", "towards", "unless"}
    | {"always", "perhaps", "yes", "us", "does", "goes", "gets", "makes", "takes", "comes", "seems", "remains"}
)
_COUNTED_AFTER = re.compile(r"[ \u00a0]+(?P<w>[a-z][a-z’'-]*)\b|[ \u00a0]*(?:[.,;:!?)]|$)")
_CAPITAL_SUFFIX_AFTER = re.compile(r"(?P<suffix>" + vocab.alternation(vocab.SCALE_SUFFIXES_AFTER_CURRENCY) + r")\b")


def _is_unit_word(written: str) -> bool:
    """A unit written as a lower-case word ("inches", "square feet"), not a mark ("m", "kW", "km/h")."""
    return len(written) >= 3 and written.replace(" ", "").isalpha() and written.islower()


def _unit_pattern(units: dict[str, str]) -> str:
    """Unit words in any case, as headlines write them too ("12 Inches", "10 DAYS"); marks of one
    or two letters in their own case ("m" is not "M", "kW" not "KW")."""
    words = [written for written in units if _is_unit_word(written)]
    words += [written.replace(" ", "-") for written in words if " " in written]  # "a 4,000-square-metre hall"
    marks = [written for written in units if not _is_unit_word(written)]
    return "(?:" + vocab.alternation(marks) + "|" + vocab.alternation(words, ignore_case=True) + ")"


def _unit_of(units: dict[str, str], written: str) -> str | None:
    """The unit of a unit as written in any case ("Inches" is "inch"), or hyphenated ("square-metre")."""
    return units.get(written) or units.get(" ".join(written.lower().split())) or units.get(written.lower().replace("-", " "))


# Units of a letter or two only glued to the number ("a 6.1in screen", "199g"); spaced, "in" is
# a preposition.
_MEASURE = (
    r"(?:\s?|-)(?P<measure_unit>"
    + _unit_pattern(vocab.MEASURE_UNITS)
    + r"|(?<=\d)"
    + vocab.alternation(vocab.GLUED_MEASURE_UNITS)
    + r")(?![\w/])"
)
# The unit after a number, in the order it decides the kind: one pattern, one match.
# Between an amount and its currency's name: spaces, a tab, one line break (a wrapped line), a hyphen.
_GAP = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*|-)"
# The words after an amount that may name its currency: up to five, single-spaced as the names
# are, each bounded (no name is longer): a run of hyphenated words still reads in linear time.
_WORDS_AFTER = re.compile(_GAP + r"(?P<words>[^\s]{1,40}(?: [^\s]{1,40}){0,4})")
_NAME_END = re.compile(r"[^\w’'&()é.-]|(?<=\w)[.)'’](?!\w)|-(?=\w)")  # "pounds.", "pounds'" (a closing quote)
_STEM_AFTER = re.compile(_GAP + r"([^\W\d_]+)")
_CURRENCY_FIRST_STEMS = frozenset(_STEM_AFTER.match(" " + name).group(1) for name in vocab.CURRENCY_WORDS)  # type: ignore[union-attr]
_CURRENCY_NAME_WORDS = max(len(name.split(" ")) for name in vocab.CURRENCY_WORDS)
_UNIT_AFTER = re.compile(
    r"(?P<percent>\s?%|(?:\s+|-|(?=bps?\b|pct?\b|pp\b))(?P<percent_word>(?i:percentage[\s-]+points?|basis\s+points?|per\s?cents?|percentage(?![\s-]+points?))|bps?|pct|pc|pp)\b)"
    # "a 93-year-old", "the 93 year-old", "87 y/o"
    r"|(?P<age>[- \u00a0](?P<age_unit>year|month|week|day)s?-olds?\b|[ \u00a0](?:yo|y/o|y\.o\.)(?![\w/-]))"
    # "for three consecutive years", "two straight days": a run of the unit, as long; "three more
    # days", "two further years": so much more of it; "10 working days", "26 flying hours": the
    # unit, counted in one kind of it
    r"|(?P<duration>(?:\s+|-\n?|(?=(?:" + "|".join(vocab.GLUED_DURATION_UNITS) + r")\b))"
    r"(?:(?:consecutive|straight|successive|more|further|additional|extra|"
    r"working|business|calendar|trading|school|flying|full|whole|clear)\s+)?(?P<duration_unit>"
    + _unit_pattern(vocab.DURATION_UNITS)
    + r")\b(?!-old))"
    # A symbol after the amount, as much of Europe writes it ("10 €", "100₾"); not one that
    # stands before the next amount ("5 $ 30").
    r"|(?P<money_after>[ \u00a0]?(?P<money_symbol>" + "|".join(re.escape(s) for s in _SYMBOLS_AFTER) + r")(?![ \u00a0]?\d))"
    r"|(?P<measure>" + _MEASURE + ")"
)
# "three times the average", "10 times as many", "2.5 times higher than", "four times its size",
# "three times normal rainfall": a multiple. Not how often something happened: "three times a
# week", "three times the following year", "three times as a child", "three times over the weekend".
_COMPARATIVES = (
    "more|less|fewer|higher|lower|larger|bigger|smaller|greater|faster|slower|longer|shorter|wider|heavier|"
    "lighter|stronger|weaker|cheaper|costlier|richer|deadlier|hotter|warmer|colder|deeper|likelier|denser|"
    "louder|older|younger|taller|quicker|further|farther|better|worse"
)
_TIMES_AFTER = re.compile(  # a closing quotation mark may come between ('"40 times" the level')
    r"[ \u00a0]times(?=[\"”’]?(?:[ \u00a0]+(?:"
    + _COMPARATIVES
    + r"|the(?![ \u00a0]+(?:following|next|past|last|same|first)\b)|that[ \u00a0]+of|(?:that|this)[ \u00a0]+(?:many|much)\b|"
    # "ten times that capacity", "five times this amount"; not "three times that year" (how often)
    r"(?:that|this)[ \u00a0]+(?:amount|capacity|figure|number|level|rate|size|sum|total|cost|price|volume)\b|"
    r"what|its|their|his|her|our|"
    r"normal|usual|average|typical|"  # "three times normal rainfall"
    r"as[ \u00a0]+(?!(?:a|an|the|part|of|well|if|in|on|at|to|with|for|he|she|it|they|we|i|you)\b)[a-z]+|"
    r"over(?=[ \u00a0]*(?:[,.;:!?)]|$))|(?:over-?)?subscribed|that(?=[ \u00a0]*[,.;:!?)])|"
    r"(?:[a-z]+[ \u00a0]+)?(?i:"
    + vocab.alternation(vocab.MULTIPLIED_MEASURES)
    + r"))\b"  # "forward earnings", "compensatory damages"
    r"|[ \u00a0]+[a-z]+er[ \u00a0]+than\b|[ \u00a0]*$))"
)
_TIMES_NOT_HOW_OFTEN = re.compile(r"[ \u00a0]times\b(?![ \u00a0]+(?:a|an|per|each|every)\b)")  # not "2.5 times a year"
_RATIO_AFTER = re.compile(r"(?:\s+(?i:in)\s+(?:(?i:every)\s+)?|-in-)" + _DENOMINATOR)  # "1 in 10", "1 in every 200", "1-in-5"
_NUMBER_WORD_NEXT = re.compile(r"(?:\s+and\s+|\s+|-)(?P<w>[A-Za-z]+)\b")
_OF_AFTER = re.compile(r"\s+(?i:of)\b")
_NOUN_BEFORE_IN = re.compile(r"[ \u00a0]+[a-z]+(?=\s+in\s)")  # "one rupee| in every six"
_MEASURED_KINDS = frozenset({Kind.MEASURE, Kind.DURATION})
_DETERMINER_AFTER = re.compile(r"[ \u00a0]+(?:the|that|this|these|those|its|their|his|her|our|as|what)\b")
_RANGE_JOIN = r"(?:[ \u00a0]+(?:to|and|or|through)[ \u00a0]+|[-–])$"
_RANGE_START_BEFORE = re.compile(r"\d" + _RANGE_JOIN)  # "13 to": the number after it ends a range
_SHARE_START_BEFORE = re.compile(r"\b(?i:in|out[ \u00a0]+of)[ \u00a0]+(?:(?i:every)[ \u00a0]+)?\d[\d,.]*" + _RANGE_JOIN)
# "at half speed", "at half brightness", "at half price": half of a measure; not "at half time"
_HALF_OF_A_MEASURE_AFTER = re.compile(r"[ \u00a0]+(?!(?:time|term|way|mast)\b)[a-z]{4,}\b")
_QUANTITY_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.DURATION, Kind.MULTIPLE})
# "at least another 48 hours", "up to another £2m": the qualifier is the figure's, "another" between
_QUALIFIER_THEN_ANOTHER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<q>(?i:at[ \u00a0]+least|up[ \u00a0]+to|nearly|almost|about|around|roughly|more[ \u00a0]+than"
    r"|as[ \u00a0]+many[ \u00a0]+as|as[ \u00a0]+much[ \u00a0]+as|some))[ \u00a0]+another[ \u00a0]+$"
)
_QUALIFIER_THEN_ARTICLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<q>(?i:about|roughly|approximately|nearly|almost|more[ \u00a0]+than|less[ \u00a0]+than|close[ \u00a0]+to"
    r"|just[ \u00a0]+over|just[ \u00a0]+under))[ \u00a0]+an?[ \u00a0]+$"
)
# Words "about a 60% chance" may follow as so much (not "worried about a 20% rise", which is what
# worries): a verb of estimating or being, or a preposition.
_ABOUT_A_AFTER = frozenset(
    {"in", "at", "of", "to", "with", "for", "by", "is", "was", "are", "were", "be", "put", "see", "sees", "saw", "gave", "give"}
    | {"gives", "has", "have", "had", "there", ""}
)
_AMOUNT_BEFORE = re.compile(r"(?:\d|%|\b(?i:hundred|thousand|million|billion|percent|cent|pounds|dollars|euros))[ \u00a0]+$")
_COMPARATIVE_ADJECTIVES = ("higher than", "lower than", "greater than", "larger than", "bigger than", "smaller than")
_COMPARED_BEFORE = re.compile(r"(?:\d|%|\b(?i:" + "|".join(vocab.UNITS_WORDS) + r"))[ \u00a0]+$")  # "300,000 more than"
_SCALED_CURRENCY_AFTER = re.compile(r"[ \u00a0](?P<w>" + "|".join(vocab.SCALED_ONLY_CURRENCY_WORDS) + r")\b")
_WEIGHED_AFTER = re.compile(r"\s+(?i:of)\s+(?P<noun>[\w’'-]+)")  # "hundreds of pounds of fish"
# "two-thirds", "three quarters of": a count of fractions. Spaced, it is one only before "of".
_FRACTION_AFTER = re.compile(
    r"(?:-(?P<joined>" + vocab.alternation(vocab.FRACTION_WORDS, ignore_case=True) + r")\b"
    r"|[ \u00a0]+(?P<f>"
    + vocab.alternation((w for w in vocab.FRACTION_WORDS if w != "half"), ignore_case=True)
    + r")\b(?=[ \u00a0]+(?i:of)[ \u00a0]+(?P<of>[\w’']+)(?:[ \u00a0]+(?P<of2>[\w’']+))?|(?P<last_of>[ \u00a0]+(?i:of))?$)"
    # a plural no period shares is a count of fractions wherever it stands: "a two thirds majority"
    r"|[ \u00a0]+(?P<plural>"
    + vocab.alternation(
        (w for w in vocab.FRACTION_WORDS if w.endswith("s") and w not in ("halves", "quarters")), ignore_case=True
    )
    + r")\b(?![-\w’']))"
)
# "three quarters of the vote": a share, and "of" stays in its span, since "three quarters" alone
# counts periods (FRACTIONS_THAT_COUNT_PERIODS); a sheet's "three quarters of" reads as the share again.
_SHARE_OF = re.compile(r"[ \u00a0]+(?i:of)\b")
_VAGUE_OR = re.compile(r"\s+(?:or|to)\s+(?:(?:even|perhaps|possibly|maybe)\s+)?(?P<w>hundreds|thousands)\b", re.IGNORECASE)
_VAGUE_OF = re.compile(r"\s+of\s+(?P<w>thousands|millions|billions)\b", re.IGNORECASE)
_VAGUE_SUFFIX = re.compile("|".join(s.replace("-", r"-\n?") for s in vocab.VAGUE_DURATION_SUFFIXES))  # "decades-\nold"
_DIGIT_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[ \u00a0]$")
_ACCOUNTS_AFTER = re.compile(
    r"[ \u00a0]+(?:results|profits?|earnings|revenues?|sales|loss(?:es)?|dividends?|reports?|figures|accounts|update|statement)\b"
)
_HALF_UNIT_JOINED = re.compile(r"-(?P<unit>(?i:hour|day|year|century|decade))\b(?!-)")
# "a quarter-point cut", "a quarter point", "a half-percentage-point rise"
_POINT_AFTER = re.compile(r"[- ](?:percentage[- ])?point\b(?![ \u00a0]+guard)")
_WORD_AFTER = re.compile(r"\s+(?P<w>[\w’']+)")
_LETTER_AFTER = re.compile(r"[A-Za-z_]")
# Nouns a weekday makes a kind of, naming no day: "Sunday lunches", "the Sunday papers"
_WEEKDAY_COMPOUNDS = frozenset(
    {"lunch", "lunches", "roast", "roasts", "dinner", "dinners", "papers", "newspapers", "school", "schools"}
    | {"league", "leagues", "trading", "supplement", "supplements", "edition", "editions", "jobs", "best", "driver", "drivers"}
)
_DAY_PREPOSITIONS = frozenset({"on", "by", "until", "till", "since", "from", "before", "after", "last", "next", "this", "that"})
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_DAY_PART_AFTER = re.compile(r"\s+(?P<p>" + "|".join(vocab.DAY_PARTS) + r")\b")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_NUMBER_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<n>[A-Za-z]+)(?:\s+|-)$")
_UNIT_JOINED_AFTER = re.compile(r"-(?P<suffix>long|old)\b(?!-)")  # "a decade-long fight", "a century-old bridge"
_FIGURE_THEN_OVER = re.compile(r"(?:[ \u00a0]+[A-Za-z’'-]+)?[ \u00a0]+")  # "48,000| acres over"; not "8| patients waited over"
# Before "over" and a duration: words that spread something over the time, and words after
# which the time is how long something lasts ("waited over 18 weeks", "for over 20 years").
_SPREADING_WORDS = frozenset(
    {"out", "spread", "phased", "staggered", "spaced", "rising", "falling", "growing"}
    # a work made over a time: "shot over 96 days", "recorded over 11 days", "built over three years"
    | {"shot", "filmed", "recorded", "built", "staged", "painted", "written", "compiled", "assembled"}
    # money paid out over a time: "stock awards that vest over four years", "payable over 10 years"
    | {"vest", "vests", "vesting", "payable", "repayable", "paid", "repaid", "amortised", "amortized"}
)
# Lengths and areas a figure may be spread over ("a 4% gradient over 2 miles").
_GROUND_UNITS = frozenset({"km", "m", "mile", "ft", "yard", "nmi", "km2", "m2", "sq mi", "sq ft", "ha", "acre"})
_LASTING_WORDS = frozenset(
    {
        *("for", "in", "after", "of", "than", "within", "by", "to", "from", "at", "is", "was", "be", "been", "took"),
        *("waited", "wait", "waiting", "waits", "lasted", "lasting", "lasts", "last", "take", "takes", "taking"),
        *("spent", "spend", "served", "serving", "lived", "living", "worked", "working", "stayed", "remained"),
        *("existed", "ran", "running", "held", "jailed", "sentenced", "aged", "old", "long", "ago", "now"),
    }
)
_SPREAD_REACH = 80
# A time placed after a duration says when it was: "over two days in May", "over three days last week"
_PLACED_IN_TIME_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:in|during)[ \u00a0]+(?:(?:early|mid|late)[ \u00a0-])?(?:" + "|".join(vocab.MONTHS) + r"|\d{4})\b"
    r"|(?:last|this|earlier|later|next)[ \u00a0]+(?:week|month|year|summer|winter|spring|autumn|fall)\b)",
    re.IGNORECASE,
)
# A verb of taking, giving or making and its object before "over" and a duration.
# "took the money over six years", "saved from her pension over three years"
_VERB_AND_OBJECT_BEFORE = re.compile(
    r"\b(?P<w>[A-Za-z]+)[ \u00a0]+(?:(?:from|of|into|out[ \u00a0]+of)[ \u00a0]+)?"
    r"(?:the|a|an|its|their|his|her|our)[ \u00a0]+[a-z]+[ \u00a0]+$"
)
_SPREAD_VERBS = frozenset(
    {
        *("took", "stole", "spent", "paid", "repaid", "embezzled", "siphoned", "diverted", "laundered", "raised"),
        *("collected", "moved", "transferred", "received", "borrowed", "lent", "invested", "lost", "earned"),
        *("built", "sold", "bought", "cut", "shed", "saved", "wasted", "withdrew", "funnelled", "funneled"),
        *("used", "misused", "misappropriated", "drained", "channelled", "channeled", "pocketed"),
    }
)
_STRETCH_AFTER = re.compile(
    r"[ \u00a0]+(?:innings|games|matches|rounds|laps|seasons|starts|holes|stages|legs|sessions|races|fixtures|outings|weekends)\b"
)
_ADDING_WORDS = frozenset({"add", "adds", "added", "adding"})  # "adding up to 35 minutes to journeys"
_COMPARATIVE_AFTER = re.compile(
    r"[ \u00a0]+(?:more|less|fewer|higher|lower|bigger|smaller|larger|cheaper|dearer|longer|shorter|faster|slower)\b"
)
# The words a share of a change follows with no "by" ("up a fifth", "rose a third"); not "came a
# fifth", a place in a race.
_CHANGED_BY_A_SHARE = frozenset(
    {"by", "up", "down", "rose", "rises", "grew", "grows", "fell", "falls", "jumped", "climbed", "dropped", "slumped"}
    | {"increased", "decreased", "declined", "shrank", "plunged", "tumbled", "soared"}
)
# A verb of motion a few words before "up to", its object between: "revised its estimate up to".
_MOVED_BEFORE = re.compile(
    r"\b(?P<w>[a-z]+(?:ed|ised|ized))\b(?:[ \u00a0]+(?:its|their|his|her|the|this|that|a|an)\b)"
    r"(?:(?!\b(?:that|so|which|who|where|when|while|and|but|because|if|to\s+[a-z]+)\b)[^,;:.!?()\"“”—–])*$"
)
# A word of blame a few words before "over", in the same clause: "jailed for nine years over".
_BLAMED_BEFORE = re.compile(r"\b(?P<w>[a-z]+ed)\b[^,;:.!?()\"“”—–]*$")
_CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]\"“”—–]")
_AGO_AFTER = re.compile(r"[ \u00a0]+(?:ago|old|earlier|before(?![ \u00a0]+[a-z]+ing\b))\b")  # not "before finding": a clause
_DETERMINER_AND_WORD_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?i:the|a|an|this|that|each|every|another|his|her|its|their|our|my|your)\s+[a-z][a-z’'-]*[ \u00a0]+$"
)
_NAME_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w&’'.-]*)[ \u00a0]$")
_SEASONS_COUNTED = frozenset({"seasons", "winters", "summers"})  # spans of time, in DURATION_UNITS
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f'’]")  # "145,000", "145 000", "1’000": what a number's digits may be grouped by

_NUMBER_WORD_VALUES: dict[str, int] = {**vocab.UNITS_WORDS, **vocab.TENS_WORDS}
_DIGIT_WORDS = {**{w: v for w, v in vocab.UNITS_WORDS.items() if v < 10}, "nought": 0, "oh": 0}
_WORD_DECIMAL_AFTER = re.compile(r"[ \u00a0]+point(?P<digits>(?:[ \u00a0]+(?i:" + "|".join(_DIGIT_WORDS) + r")\b)+)")
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?<!(?i:plus) or )(?P<m>(?i:minus|negative))[ \u00a0]+$")
_BELOW_ZERO_AFTER = re.compile(r"[ \u00a0]+below[ \u00a0]+zero\b")
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100})
_EXACT = decimal.Context(prec=1_000_000, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
# Quotients are rounded after (a share to three places, "a third of a mile" to 0.333): 60
# digits are plenty, and a division to the exact context's million digits costs a millisecond.
_DIVISION = decimal.Context(prec=60, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
_MAX_LOOKBACK = 40
_MAX_EXPONENT = 100  # "10^80 atoms" is a figure; "10^999" would be a thousand digits in a sheet


def find_figures(text: str) -> list[Mention]:
    """Every figure and date mention in `text`, in order, none overlapping.

    >>> [m.text for m in find_figures("about 145,000 people live there since 1994")]
    ['about 145,000', '1994']
    """
    return _scan(text, standalone=False)


@functools.lru_cache(maxsize=65536)
def parse_figure(text: str) -> Figure:
    """Read one figure as a sheet writes it.

    >>> parse_figure("about 145,000")
    Figure(kind=<Kind.COUNT: 'count'>, value='145000', unit=None, qualifier='about', approximate=False)

    Raises FigureError when `text` is not exactly one figure.
    """
    stripped = text.strip()
    mentions = _scan(stripped, standalone=True)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(stripped):
        found = ", ".join(excerpt(m.text) for m in mentions[:5]) or "none"
        raise FigureError(f"not one figure: {excerpt(text)} (figures found: {found})")
    return mentions[0].figure


def exact_context() -> AbstractContextManager[decimal.Context]:
    """The decimal context figures are read in, for a caller that reads many texts at once."""
    return decimal.localcontext(_EXACT)


def _scan(text: str, *, standalone: bool) -> list[Mention]:
    # Figures are exact: the default 28-digit precision would round a long one. (A caller that
    # reads many paragraphs may set the exact context once, for all of them.)
    context = decimal.getcontext()
    if context.prec >= _EXACT.prec and context.Emax >= _EXACT.Emax and context.Emin <= _EXACT.Emin:
        return _scan_exactly(text, standalone)
    with decimal.localcontext(_EXACT):
        return _scan_exactly(text, standalone)


def _scan_exactly(text: str, standalone: bool) -> list[Mention]:
    mentions: list[Mention] = []
    last_end = 0
    scan = _Scan(text, standalone)
    # Web addresses are read past whole: their digits are ids and paths, no figures. Looked
    # for apart from the anchors (few texts hold one; a branch of the anchor costs every text).
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if "://" in text or "www." in text else []
    opening: Mention | None = None  # a number that may open a range the next figure closes
    for kind, start, end in _anchors(text):
        if start < last_end:
            continue
        if addresses and (address_end := _end_of_address(addresses, start)):
            last_end = address_end
            continue
        mention = _READERS[kind](text, start, end, last_end, scan)
        if mention is None:
            continue
        if isinstance(mention, int):  # read, and not a figure: a telephone number
            last_end = mention
            continue
        if (
            mention.figure.kind is Kind.COUNT
            and text[max(0, mention.start - 3) : mention.start] in ("at ", "At ")
            and (clock := _clock_after_day(text, mention, scan))
        ):
            mention = clock
        if opening is not None:
            if merged := _range_of(text, opening, mention):
                mention = merged
            else:
                mentions.append(opening)
            opening = None
        last_end = mention.end
        if mention.figure.kind is Kind.DATE:
            scan.date_end, scan.date_value = last_end, mention.figure.value
        if mention.figure.kind is Kind.DATE or mention.figure.kind is Kind.WEEKDAY:
            scan.day_end = last_end
        if (joiner := _RANGE_JOINER_AFTER.match(text, mention.end)) and _opens_range(text, mention, joiner):
            opening = mention  # "10" in "10-15cm": held until the next figure says what it counts
            continue
        mentions.append(mention)
    if opening is not None:
        mentions.append(opening)
    return mentions


@functools.cache
def _spaced_unit_after() -> re.Pattern[str]:
    """A unit, a scale or a share's word after a space: what makes "2-3 weeks" a range of weeks."""
    units = {**vocab.DURATION_UNITS, **vocab.MEASURE_UNITS}
    words = [*(u for u in units if _is_unit_word(u)), *vocab.SCALE_WORDS, "per cent", "percent", "percentage points"]
    return re.compile(r"(?:[ \u00a0]+|-)(?i:" + vocab.alternation(words) + r")\b")


def _unit_after_score(text: str, end: int) -> bool:
    if text[end : end + 1] in _SYMBOL_AFTER_CHARACTERS or (
        text.startswith(" ", end) and text[end + 1 : end + 2] in _SYMBOL_AFTER_CHARACTERS
    ):
        return True  # "1-5$", "4-210 $": a range of dollars
    if _AMPM_AFTER.match(text, end):
        return True  # "1-3 pm": a range of hours
    if _DAY_MONTH_AFTER.match(text, end):
        return True  # "3-5 March": a range of days
    if (code := _CODE_AFTER.match(text, end)) and code.group("code") in vocab.CURRENCY_CODES:
        return True  # "4-210 USD": a range of dollars
    return text.startswith((" ", "\u00a0", "-"), end) and _spaced_unit_after().match(text, end) is not None


def _opens_range(text: str, mention: Mention, joiner: re.Match[str]) -> bool:
    """Whether a figure may be the first end of a range whose second end says what both count:
    a bare number ("10" in "10-15cm"), an amount with no scale ("$1.2" in "$1.2-1.5 million"),
    or a whole number with a glued "m" ("95m" in "95m to 98m tonnes"), or an hour before a clock
    ("9" in "9 to 11 a.m."). "and" joins a range only after "between" ("aged 19 and 22" are two
    ages)."""
    figure = mention.figure
    if joiner.group("and") and not _BETWEEN_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return _next_day_after_and(text, mention, joiner)
    number = mention.text
    if figure.qualifier and number.lower().startswith(figure.qualifier):
        number = number[len(figure.qualifier) :].lstrip()  # "within six" of "within six to eight weeks"
    if figure.approximate or not (
        number[-1:].isdigit()
        or _GLUED_M_TEXT.fullmatch(number)
        or _SMALL_NUMBER_WORDS.fullmatch(number)
        or _SCALED_COUNT_TEXT.fullmatch(number)
    ):
        return False
    if figure.kind is Kind.COUNT:
        if figure.unit is not None:
            return False
    elif figure.kind is Kind.MONEY:
        if not (_MONEY_TEXT.fullmatch(mention.text) or (figure.qualifier and _QUALIFIED_MONEY_TEXT.search(mention.text))):
            return False  # "$1.2" of "$1.2-1.5 million", "about £3" of "about £3-4 billion"; not "$2m"
    elif figure.kind is Kind.DATE:
        date = _DAY_OF_DATE.fullmatch(figure.value)
        return date is not None and date.group("day") is not None  # "June 1" in "June 1-3"
    elif figure.kind is Kind.YEAR:
        return mention.text.isdigit() and joiner.group() in ("-", "–")  # "1914" in "1914-18"
    elif not (figure.kind is Kind.MEASURE and figure.unit == "m" and _GLUED_M_TEXT.fullmatch(mention.text)):
        return False
    return True


def _next_day_after_and(text: str, mention: Mention, joiner: re.Match[str]) -> bool:
    """Whether "and" joins two days in a row of one month written once: "14 and 15 September",
    "September 14 and 15" (an interval of two days, as "14-15 September" is). Days further apart
    are two dates, and the first alone no count: left as they are."""
    if mention.figure.kind is Kind.COUNT and mention.text.isdigit():
        day = int(mention.text)
        after = _DAY_MONTH_AFTER.match(text, joiner.end() + len(str(day + 1)))
        return text.startswith(str(day + 1), joiner.end()) and after is not None and after.group("month") is not None
    if mention.figure.kind is Kind.DATE and (date := _DAY_OF_DATE.fullmatch(mention.figure.value)) and date.group("day"):
        second = _NEXT_DAY_ALONE.match(text, joiner.end())
        return second is not None and int(second.group("day")) == int(date.group("day")) + 1
    return False


def _range_of(text: str, first: Mention, second: Mention) -> Mention | None:
    """One figure for a range whose second end carries the unit, scale or currency of both:
    "10-15cm", "5.25-5.5%", "$1.2-1.5 million", "£5-10m", "15 to 20 years", "95m to 98m tonnes";
    of hours before a clock ("9 to 11 a.m."), of days before or after their month ("3-5 March")
    and of years with their century once ("1914-18"). Each end alone would misread the first
    ("$1.2" is $1.20, "95m" a length, "9" and "3" counts)."""
    joiner = _RANGE_JOINER_AFTER.match(text, first.end)
    if joiner is None or joiner.end() != second.start or second.figure.qualifier or second.figure.approximate:
        return None
    if second.figure.kind is Kind.TIME:
        return _time_range(text, first, second, joiner)
    if Kind.DATE in (first.figure.kind, second.figure.kind) or first.figure.kind is Kind.YEAR:
        return _calendar_range(text, first, second, joiner)
    if second.figure.kind not in _RANGE_KINDS:
        return None
    if _last_word(text[max(0, first.start - _MAX_LOOKBACK) : first.start]) == "from":
        return None  # "rose from 5 to 7%": a change, two figures as the gold files write it
    written_second = _written_number(second)
    written_first = _written_number(first)
    if written_second is None or written_first is None or "-" in second.figure.value:
        return None
    factor = _divide(Decimal(second.figure.value), written_second) if written_second else Decimal(1)
    kind, unit, high = second.figure.kind, second.figure.unit, Decimal(second.figure.value)
    if second.figure.kind is Kind.MEASURE and second.figure.unit == "m" and _GLUED_M_TEXT.fullmatch(second.text):
        if first.figure.kind is not Kind.MONEY:
            return None  # "5-10m": lengths
        kind, unit, factor = Kind.MONEY, first.figure.unit, Decimal(1_000_000)  # "£5-10m": the millions of an amount
        high = written_second * factor
    if first.figure.kind is Kind.MONEY:
        if kind is Kind.COUNT and factor > 1:
            kind, unit = Kind.MONEY, first.figure.unit  # "$1.2-1.5 million"
        elif kind is Kind.COUNT and not unit and second.text[0].isdigit() and _bare_second_end(text, second, joiner):
            kind, unit = Kind.MONEY, first.figure.unit  # "£80,000-120,000", "$5 to 7.": the sign before says both
        elif not (kind is Kind.MONEY and unit == first.figure.unit and factor > 1):
            return None  # "$5-$7": two amounts, each whole
    elif first.figure.kind is Kind.MEASURE:  # "95m to 98m tonnes": the millions of both
        if factor != 1_000_000:
            return None
    elif kind is Kind.COUNT and factor == 1:
        return None  # "groups of 10-15": two numbers, as they were
    if _SCALED_COUNT_TEXT.fullmatch(first.text):
        if kind is Kind.COUNT:
            return None  # "25 million to 30 million people": each end reads as it is
        low = Decimal(first.figure.value)  # "between 25 million and 30 million euros", "500 million to 1 billion"
    else:
        low = written_first * factor
    if low >= high or (factor != factor.to_integral_value() and factor >= 1):
        return None
    value = f"{_canonical(_whole_enough(low))}-{_canonical(high)}"
    return _range_mention(text, first, second, joiner, Figure(kind, value, unit=unit, qualifier=first.figure.qualifier))


def _record_after_name(text: str, start: int, end: int, before: str) -> bool:
    """Whether two numbers over a dash stand in brackets after a name: a team's record ("Mesa
    (4-6) led"), which a range in brackets never is without its unit."""
    return before.endswith("(") and text[end : end + 1] == ")" and _CAPITALISED_WORD_BEFORE.search(before[:-1]) is not None


def _bare_second_end(text: str, second: Mention, joiner: re.Match[str]) -> bool:
    """Whether a bare number after an amount closes its range: after a dash always ("£80,000-120,000"),
    after a word only where nothing it counts follows ("$5 to 7." not "$5 to 20 families")."""
    return joiner.group().strip() in ("-", "–") or _CLAUSE_ENDS_AFTER.match(text, second.end) is not None


def _time_range(text: str, first: Mention, second: Mention, joiner: re.Match[str]) -> Mention | None:
    """ "9 to 11 a.m.", "3-4pm", "between 2 and 4 p.m.", "three or four a.m.", "from 2 to 4 p.m.":
    the hour before takes the half of the day the clock after it is written with (an hour earlier
    than the second may cross noon: "11 to 1 p.m." starts at 11:00). Read alone, the first would
    be a count."""
    if first.figure.kind is not Kind.COUNT or first.figure.unit or first.figure.qualifier or not _AMPM_AFTER.search(second.text):
        return None
    if hour := _HOUR_TEXT.fullmatch(first.text):
        hours, minutes = int(hour.group("h")), int(hour.group("m") or 0)
    elif first.figure.value.isdigit():
        hours, minutes = int(first.figure.value), 0  # "three or four a.m."
    else:
        return None
    if not 1 <= hours <= 12 or minutes >= 60:
        return None
    high_hours, high_minutes = (int(part) for part in second.figure.value.split(":"))
    low = hours % 12 + (12 if high_hours >= 12 else 0)
    if (low, minutes) >= (high_hours, high_minutes):
        low -= 12  # "11 to 1 p.m.": the morning's eleven
    if low < 0:
        return None
    return _range_mention(text, first, second, joiner, Figure(Kind.TIME, f"{low:02d}:{minutes:02d}-{second.figure.value}"))


def _calendar_range(text: str, first: Mention, second: Mention, joiner: re.Match[str]) -> Mention | None:
    """A range of days written with its month once ("June 1-3", "3-5 March", "between March 3 and
    5") or of years with the century once ("1914-18"): one figure, "06-01/06-03", "1914/1918", as
    ISO 8601 writes an interval. Read alone, the end without the month would be a count."""
    low, high = first.figure, second.figure
    if low.qualifier or high.qualifier:
        return None
    if low.kind is Kind.YEAR:
        if high.kind is not Kind.COUNT or len(second.text) != 2 or not second.text.isdigit():
            return None
        year = int(first.text[:2] + second.text)
        longest = 30 if second.text.endswith("0") else 10  # "1961-90": a climate's 30-year average ends a decade
        if not int(first.text) + 1 < year <= int(first.text) + longest:
            return None  # "1999-01", "2015-32": no span of years; "2024-25" is a fiscal year, read before
        return _range_mention(text, first, second, joiner, Figure(Kind.YEAR, f"{first.text}/{year}"))
    if low.kind is Kind.DATE and high.kind is Kind.COUNT and second.text.isdigit():
        date = _DAY_OF_DATE.fullmatch(low.value)
        day = int(second.text)
        if date is None or date.group("day") is None or not int(date.group("day")) < day <= 31:
            return None
        value = f"{low.value}/{low.value[:-2]}{day:02d}"
        written = _RANGE_YEAR_AFTER.match(text, second.end) if len(low.value) == 5 else None
        if written and _is_year(written.group("year")):
            # "June 1-3, 2024": the year after the last day is the whole range's, as in "3-5 March 2024"
            value = f"{written.group('year')}-{low.value}/{written.group('year')}-{low.value[:-2]}{day:02d}"
            return _range_mention(text, first, second, joiner, Figure(Kind.DATE, value), written.end())
    elif low.kind is Kind.COUNT and high.kind is Kind.DATE and first.text.isdigit() and not low.unit:
        date = _DAY_OF_DATE.fullmatch(high.value)
        day = int(first.text)
        if date is None or date.group("day") is None or not 1 <= day < int(date.group("day")):
            return None
        value = f"{high.value[:-2]}{day:02d}/{high.value}"
    else:
        return None
    return _range_mention(text, first, second, joiner, Figure(Kind.DATE, value))


def _range_mention(
    text: str, first: Mention, second: Mention, joiner: re.Match[str], figure: Figure, end: int | None = None
) -> Mention:
    start = first.start
    if joiner.group("and") and (between := _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)):
        start = between.start()  # "between 60 and 65 percent": the word that makes "and" a range's, in the span
    return _mention(text, start, second.end if end is None else end, figure)


def _written_number(mention: Mention) -> Decimal | None:
    """The number a figure's text writes first, as written ("1.5" of "1.5 million", "95" of "95m",
    3 of "three million")."""
    if match := _FIRST_NUMBER.search(mention.text):
        return Decimal(match.group().replace(",", ""))
    if mention.figure.kind not in (Kind.COUNT, Kind.DURATION, Kind.MEASURE) or "-" in mention.figure.value:
        return None
    words = mention.text.lower().replace("-", " ").split()
    if mention.figure.kind is not Kind.COUNT:
        words = [word for word in words if word not in vocab.MEASURE_UNITS and word not in vocab.DURATION_UNITS]  # "three days"
    scale = 1
    for word in reversed(words):
        if word not in vocab.SCALE_WORDS:
            break
        scale *= vocab.SCALE_WORDS[word]  # "three hundred thousand": the run of scales after the number
    return _divide(Decimal(mention.figure.value), scale)


def _clock_after_day(text: str, mention: Mention, scan: _Scan) -> Mention | None:
    """ "on Monday at 7.30", "Friday the 26th at 4", "tomorrow at 9", "due to start at 10.30", "a
    call at 9.30": an hour after "at" and a day, a verb that sets an hour or an event is a time,
    "at" in its span, so that "at 7.30" standing alone reads as one too (a bare "7.30" is a
    number: "closed at 7.30" may be a price)."""
    figure = mention.figure
    if figure.unit or figure.qualifier or figure.approximate or not (hour := _HOUR_TEXT.fullmatch(mention.text)):
        return None
    at = _AT_BEFORE.search(text, max(0, mention.start - 4), mention.start)
    if at is None:
        return None
    if not (scan.standalone and at.start() == 0):
        after_day = scan.day_end >= 0 and _DAY_TO_AT.fullmatch(text, scan.day_end, at.start()) is not None
        # An event before "at" ("a briefing at 10.15 ended") sets the hour, whatever follows.
        held = hour.group("m") and _EVENT_BEFORE_AT.search(text, max(0, at.start() - 16), at.start())
        if not (
            held
            or after_day
            or _DAY_WORD_BEFORE.search(text, max(0, at.start() - 12), at.start())
            or _TIMED_VERB_BEFORE.search(text, max(0, at.start() - 16), at.start())
        ):
            return None
        if not (held or _CLAUSE_ENDS_AFTER.match(text, mention.end) or _WORD_AFTER_CLOCK.match(text, mention.end)):
            return None  # "on Friday at 5 sites": a count
    hours, minutes = int(hour.group("h")), int(hour.group("m") or 0)
    if not (hours <= 23 if hour.group("m") else 1 <= hours <= 12) or minutes >= 60:
        return None
    return _mention(text, at.start(), mention.end, Figure(Kind.TIME, f"{hours:02d}:{minutes:02d}"))


def _end_of_address(addresses: list[tuple[int, int]], offset: int) -> int:
    """Where the web address holding `offset` ends, or 0."""
    at = bisect.bisect_right(addresses, (offset + 1, 0)) - 1  # the last address starting at or before offset
    return addresses[at][1] if at >= 0 and offset < addresses[at][1] else 0


# --- readers, one per anchor kind -------------------------------------------------


class _Scan:
    """What the readers know of the whole text they read in."""

    __slots__ = ("_letter_amounts", "_title_case", "date_end", "date_value", "day_end", "standalone", "text", "years_run_end")

    def __init__(self, text: str, standalone: bool) -> None:
        self.text = text
        self.standalone = standalone  # one figure as a sheet writes it: no context to judge "one" or "May" by
        self._title_case: bool | None = None
        self.date_end = -1  # where the last date read ends: "from March to May" reads "May" by it
        self.date_value = ""  # and its value: "April 9 through 17th" reads "17th" as a day after it
        self.day_end = -1  # where the last date or weekday ends: "Monday at 7.30" is a time
        self.years_run_end = -1  # where the last run of years joined by hyphens ends
        self._letter_amounts: dict[str, bool] = {}

    @property
    def names_relaxed(self) -> bool:
        """In a title-case headline every word is capitalised, so a capital before a number
        ("Flood Leaves 12 Dead") does not make the number part of a name. Judged once, and
        only when a number follows a capital."""
        if self._title_case is None:
            self._title_case = self.standalone or _is_title_case(self.text)
        return self._title_case

    def writes_letter_amounts(self, letter: str) -> bool:
        """Whether the text writes an amount grouped or scaled after a currency's one letter
        ("N1,030", "N4 trillion"): then that letter before plain digits is the currency too."""
        if letter not in self._letter_amounts:
            self._letter_amounts[letter] = _LETTER_AMOUNT_IN_TEXT[letter].search(self.text) is not None
        return self._letter_amounts[letter]


def _read_digits(text: str, start: int, end: int, floor: int, scan: _Scan) -> Mention | int | None:
    previous = text[start - 1] if start > 0 else ""
    if previous in ("", "\n") and end - start <= 2 and (item := _LIST_NUMBER_AFTER.match(text, end)):
        return item.end()  # "1. More trains, but not everywhere": an item's number in a list, no figure
    if previous.isascii() and previous.isupper() and start > floor:
        if glued := _GLUED_BEFORE.search(text, max(floor, start - 5), start):
            return _read_glued(text, glued.start(), start, end, floor, scan)
        code_start = start - 3
        if (
            code_start >= floor
            and text[code_start:start] in vocab.CURRENCY_CODES
            and text[code_start:start] not in vocab.CODES_THAT_NAME
            and not (code_start > floor and _is_word_char(text, code_start - 1))
        ):
            return _read_glued(text, code_start, start, end, floor, scan)  # "USD50 million", "EUR1.2bn"
        if (
            previous == "M"
            and _MAGNITUDE_DIGITS.fullmatch(text, start, end)
            and (start < 2 or not _is_word_char(text, start - 2))
        ):
            return _qualified(
                text, start - 1, end, Figure(Kind.MEASURE, text[start:end], unit="magnitude"), floor
            )  # "an M7.8 quake"
        if (
            previous in _LETTER_CURRENCIES
            and (start - 1 == floor or not _is_word_char(text, start - 2))
            and (
                _LETTER_AMOUNT.match(text, start)
                # "N945" beside "N1,030" in one paragraph, or alone in a sheet: the same currency
                or (_LETTER_PLAIN_AMOUNT.match(text, start) and (scan.standalone or scan.writes_letter_amounts(previous)))
            )
        ):
            return _read_glued(text, start - 1, start, end, floor, scan, currency=_LETTER_CURRENCIES[previous])  # "N412bn"
        digits = text[start:end]
        if (
            digits in _TORNADO_STEPS
            and text.startswith("EF", start - 2)
            and (start - 2 == floor or not _is_word_char(text, start - 3))
        ):
            return _qualified(text, start - 2, end, Figure(Kind.MEASURE, digits, unit="EF"), floor)  # "an EF3 tornado"
        if text.startswith("US", start - 2) and (start - 2 == floor or not _is_word_char(text, start - 3)):
            cents = _read_number(text, start, end, floor, scan, currency=None)
            if isinstance(cents, Mention) and cents.figure.unit == "cent" and cents.start == start:
                return _mention(text, start - 2, cents.end, cents.figure)  # "US65.4c": the Australian dollar's worth
        return None  # "A320", "G20": names
    if (
        (previous.islower() or previous == ".")
        and start > floor
        and (glued := _GLUED_SMALL_BEFORE.search(text, max(floor, start - 5), start))
    ):
        return _read_glued(text, glued.start(), start, end, floor, scan)  # "Rs.100", "KSh500"
    if previous == "q" and (start - 1 == floor or not _is_word_char(text, start - 2)) and start > floor:
        return _read_quarter(text, start - 1, end) if text[start:end] in ("1", "2", "3", "4") else None  # "q1 2019"
    if previous == "#" or (previous == " " and text[start - 2 : start] == "# "):
        return None  # "Lesson #1", "ranked #2", "shirt #23", "ticket #40512": a label or a rank, as "No. 9" is
    if previous == "+" and start - 1 > floor and (text[start - 2].isalnum() or text[start - 2] == "+"):
        return None  # "P5+1", "C++11": a name
    if previous == "." and start > floor:
        if not text[start:end].isdigit():
            return None  # ".1.2", ".5,000": no number
        return _read_number(text, start - 1, end, floor, scan, currency=None)  # ".08", a batting average's ".300"
    if previous.isalnum() or previous == "_":
        return None  # digits inside a word of any script (the anchor lets only capitals through, for "RM900")
    if start > floor and text[start - 1] == " " and (fiscal := _FISCAL_SPACED.search(text, max(floor, start - 4), start)):
        return _read_fiscal(text, fiscal.start(), end)  # "FY 24"
    if (
        end - start == 1
        and text[end : end + 1] in ("Q", "H")
        and (part := _PART_THEN_YEAR.match(text, end))
        and (part.group("p") == "Q" or text[start] in "12")
    ):
        year = part.group("year") if len(part.group("year")) == 4 else "20" + part.group("year")
        return _mention(text, start, part.end(), Figure(Kind.DATE, f"{year}-{part.group('p')}{text[start]}"))  # "3Q24"
    if (
        text[end : end + 1] == "/"
        and (ratio := _HUNDRED_SPLIT.match(text, start))
        and int(ratio.group("a")) + int(ratio.group("b")) == 100
    ):
        return _mention(text, start, ratio.end(), Figure(Kind.SCORE, f"{int(ratio.group('a'))}-{int(ratio.group('b'))}"))
    mention = _read_number(text, start, end, floor, scan, currency=None)
    if (
        previous == "-"
        and isinstance(mention, Mention)
        and mention.start == start
        and mention.figure.kind is Kind.COUNT
        and text.endswith("-of-", 0, start)
        and (chain := _OF_CHAIN_BEFORE.search(text, max(floor, start - _MAX_LOOKBACK), start))
    ):
        return _mention(text, chain.start(), mention.end, mention.figure)  # "a best-of-35 final", as "best-of-five" is
    return mention


def _read_glued(
    text: str, prefix_start: int, start: int, end: int, floor: int, scan: _Scan, *, currency: str | None = None
) -> Mention | int | None:
    """Capitals and digits that make one figure: "RM900,000", "R1.5 billion", "Q4 2018", "FY2024"."""
    prefix = text[prefix_start:start]
    digits = text[start:end]
    if prefix in ("Q", "H"):
        return _read_quarter(text, prefix_start, end) if digits in ("1", "2", "3", "4") else None
    if prefix == "FY":
        return _read_fiscal(text, prefix_start, end) if len(digits) in (2, 4) else None
    if len(prefix) == 1 and digits == "0":
        return None  # "R0", the reproduction number: no amount of nothing is written with its symbol glued
    mention = _read_number(text, start, end, floor, scan, currency=currency or vocab.CURRENCY_SYMBOLS.get(prefix, prefix))
    if not isinstance(mention, Mention) or mention.start != start:
        return mention
    figure = mention.figure
    qualified = _qualified(text, prefix_start, mention.end, replace(figure, qualifier=None), floor)
    if figure.qualifier is None:
        return qualified
    before = qualified.figure.qualifier  # one before the currency, one after the amount ("or more")
    return replace(qualified, figure=replace(figure, qualifier=f"{before} {figure.qualifier}" if before else figure.qualifier))


def _named_slash_pair(text: str, start: int, before: str) -> int | None:
    """Where two numbers over a slash end when they are odds or a blood pressure by the words around
    them (`_NAMED_SLASH_PAIRS`), else None."""
    for pair, naming_before in _NAMED_SLASH_PAIRS:
        if (match := pair.match(text, start)) and (match.group("named") or naming_before.search(before)):
            return match.end()
    return None


def _sign_before(text: str, start: int, floor: int, value: Decimal) -> tuple[int, Decimal]:
    """Where the figure starts and its value with the sign or "minus" written before `start`, the
    number's first digit or its currency's first character: the sign is the figure's ("-5 degrees",
    "+3.5 percent", "minus 5", "-$8 billion", "minus $8 billion")."""
    if _signed(text, start, floor):
        return start - 1, value if text[start - 1] == "+" else -value
    before = text[max(floor, start - _MAX_LOOKBACK) : start]
    if _ends_with_minus(before) and (minus := _MINUS_BEFORE.search(before)):
        return start - len(before) + minus.start(), -value
    return start, value


def _currency_before(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """The currency written right before `start` and where it starts ("RM", "USD ", "$", "R")."""
    if start <= floor:
        return None
    last = text[start - 1] if text[start - 1] not in " \u00a0" else (text[start - 2] if start - 2 >= floor else "")
    if small := _small_code_before(text, start, floor):
        return small
    if last not in _CURRENCY_LAST_CHARS:
        return None
    window_start = max(floor, start - 12)
    match = _CURRENCY_BEFORE.search(text, window_start, start)
    if match is None:
        return None
    symbol = match.group("c") or match.group("letter")
    if match.group("letter") and symbol not in vocab.CURRENCY_SYMBOLS:
        return None
    return vocab.CURRENCY_SYMBOLS.get(symbol, symbol), match.start()


def _small_code_before(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """ "rmb 10", "usd20": a code in small letters, looked up as a word (not in the symbols'
    pattern: their last letters end too many words, and the pattern would be tried before every
    number after one)."""
    end = start - 1 if text[start - 1] in " \u00a0" else start
    code_start = end - 3
    if code_start < floor or (code_start > 0 and _is_word_char(text, code_start - 1)):
        return None
    code = text[code_start:end]
    return (vocab.SMALL_CODES[code], code_start) if code in vocab.SMALL_CODES else None


def _read_number(text: str, start: int, end: int, floor: int, scan: _Scan, *, currency: str | None) -> Mention | int | None:
    raw = text[start:end]
    before = text[max(floor, start - _MAX_LOOKBACK) : start]
    grouped = not raw.replace(".", "", 1).isdigit()

    if start > 0 and text[start - 1] == "%":
        return None  # a URL escape ("%28")
    if start > 0 and text[start - 1] == "+" and (phone := _PHONE_AFTER.match(text, end)) and phone.end() - end >= 6:
        return phone.end()  # a telephone number ("+86 138-2010-2015"): no figure in it
    if (
        text[max(0, start - 12) : start].rstrip(" \u00a0(:.").lower().endswith(_PHONE_LABELS)  # a cheap test before the pattern
        and _PHONE_LABEL_BEFORE.search(text, max(floor, start - 12), start)
        and (number := _PHONE_NUMBER_AT.match(text, start))
    ):
        return number.end()  # "Tel: 000 111 82-2100", "Fax: (02) 9876 5432": a number to call
    if (
        raw.isdigit()
        and (len(raw) >= 3 or raw[0] == "0")
        and (_last_word(before) in _CALLING_WORDS or (before.endswith("on ") and _CALLING_ON_BEFORE.search(before)))
        and _CALLED_AFTER.match(text, end)
    ):
        return end  # "call 101, quoting ...", "dial 999 in an emergency", "text 85258": a number to call, no count
    name = _NAME_PREFIX.search(before) if before.endswith("-") else None
    if name and currency is None:
        prefix = name.group("name")
        if prefix.lower() in vocab.MEASURE_UNITS and (value := _decimal(raw)) is not None:  # "magnitude-6.4"
            figure = Figure(Kind.MEASURE, _canonical(value), unit=vocab.MEASURE_UNITS[prefix.lower()])
            return _mention(text, start - len(prefix) - 1, end, figure)
        if prefix == "EF" and raw in _TORNADO_STEPS:
            return _qualified(text, start - 3, end, Figure(Kind.MEASURE, raw, unit="EF"), floor)  # "an EF-3 tornado"
        if (
            prefix.lower() in ("over", "under")
            and raw.isdigit()
            and text.startswith("s", end)
            and not _is_word_char(text, end + 1)
        ):
            figure = Figure(Kind.COUNT, _canonical(Decimal(raw)), qualifier=prefix.lower())  # "the over-65s", "the under-30s"
            return _mention(text, start - len(prefix) - 1, end + 1, figure)
        decade_level = prefix.lower() in vocab.DECADE_LEVELS and len(raw) == 2 and text.startswith("0s", end - 1)
        if prefix.lower() not in vocab.PERIOD_QUALIFIERS and prefix.lower() != "end" and not decade_level:
            return None  # "COVID-19", "F-16"; not "the high-80s"

    following = text[end : end + 1]
    if following == "-" and (named := _NAMED_NUMBER_AFTER.match(text, end)):
        return named.end()  # "7-Eleven": a name, no figure
    if text.startswith("octane", end + 1) and following in " -\u00a0" and raw.isdigit() and _GRADE_AFTER.match(text, end):
        return None  # "95 octane", "93-octane petrol": a fuel's grade by its number, as a name
    if (
        following == ":"
        and currency is None
        and raw.isdigit()
        and len(raw) <= 3
        and (ratio := _COLON_RATIO_AFTER.match(text, end))
    ):
        second = ratio.group("b").replace(",", "")  # "a 2:1 majority", "odds of 10:1", "a 1:50,000 map"
        return _qualified(text, start, ratio.end(), Figure(Kind.SCORE, f"{int(raw)}-{int(second)}"), floor)
    if (
        currency is None
        and not grouped
        and (following in _TIME_NEXT or (raw[0] == "0" and len(raw) in (4, 5)))  # "at 0700", "the 07.42,"
        and (time := _read_time(text, start, end, raw, floor, scan.standalone))
    ):
        return time
    if (
        currency is None
        and len(raw) <= 2
        and raw.isdigit()
        and 1 <= int(raw) <= 11  # "in the morning at 12" is no clear hour
        and before.endswith(" at ")
        and (part := _PART_THEN_AT_BEFORE.search(before))
        and _CLAUSE_ENDS_AFTER.match(text, end)
    ):  # "in the afternoon at 7": the part of the day, said first, sets the hour
        hours = int(raw) + (0 if part.group("part").lower() == "morning" else 12)
        return _mention(text, start - len(before) + part.start(), end, Figure(Kind.TIME, f"{hours:02d}:00"))
    if following in "'’′" and len(raw) == 1 and (height := _FEET_AND_INCHES.match(text, end)) and int(height.group("i")) < 12:
        figure = Figure(Kind.MEASURE, str(int(raw) * 12 + int(height.group("i"))), unit="inch")
        return _qualified(text, start, height.end(), figure, floor)  # "he is 6'4\"": a height in its marks

    if raw in vocab.NUMERIC_NAMES and following == "/" and text.startswith(vocab.NUMERIC_NAMES[raw], end + 1):
        after = end + 1 + len(vocab.NUMERIC_NAMES[raw])
        if not (text[after : after + 1].isdigit() or text.startswith("/", after)):
            return after  # "24/7", "9/11": a name, not a date
    if following == "/" and (named_pair := _named_slash_pair(text, start, before)):
        return named_pair  # "the 5/2 favourite", "a reading of 140/90": odds, a blood pressure; no date, no score
    if currency is None and not grouped and following in "/-." and (date := _read_numeric_date(text, start, end, raw, floor)):
        return date
    if following == "/" and (code := _SLASHED_CODE.match(text, start)):
        return code.end()  # "crime reference 47/19832/24", "case 2024/118/3": a code, no date, no figure
    if (
        currency is None
        and following == "/"
        and raw.isdigit()
        and len(raw) <= 3
        and (score := _SLASH_SCORE_AFTER.match(text, end))
        and _digit_fraction(text, end, raw) is None
    ):  # "320/7" at the close, "took 4/35", "scored 35/40": no date and no share, a score as cricket writes it
        return _qualified(text, start, score.end(), Figure(Kind.SCORE, f"{int(raw)}-{int(score.group('b'))}"), floor)
    if raw.isdigit() and following in "-–" and start >= scan.years_run_end and (run := _CODE_RUN.match(text, end)):
        groups = [raw, *re.findall(r"\d+", run.group())]
        if not all(_is_year(group) for group in groups):
            return run.end()  # "555-123-4567", "978-3-16-148410-0", "a 4-4-2 formation": a code or a label, no figure
        # A run of years ("1998-2001-2004"): each year in it is read in turn, and the run, all
        # years from each of them on, is not looked at again (a long one would be, once a year).
        scan.years_run_end = run.end()
    if raw[0] == "0" and len(raw) >= 3 and raw.isdigit() and (phone := _PHONE_AFTER.match(text, end)) and phone.end() - end >= 6:
        return phone.end()  # "020 7946 0958": a telephone number

    # Decades: "1980s", "late 1980s", "1990 s" as a tokenizer splits it; ten numbers from a round
    # one: "in his 60s", "the mid-30s". Whole numbers only: "9.80s" is a time.
    if raw.isdigit() and raw.endswith("0") and (plural_end := _plural_s_end(text, end, spaced=len(raw) == 4)):
        qualifier_start, qualifier = _period_qualifier(text, start, floor)
        if len(raw) == 4:
            return _mention(text, qualifier_start, plural_end, Figure(Kind.DECADE, f"{raw}s", qualifier=qualifier))
        if len(raw) == 2 and currency is None:
            qualifier_start, qualifier = _decade_qualifier(text, start, floor)  # "the low 20s", "the mid-30s"
            figure = Figure(Kind.COUNT, f"{raw}-{raw[0]}9", qualifier=qualifier, approximate=True)
            return _mention(text, qualifier_start, plural_end, figure)
    if currency is None and "." in raw and not grouped and _plural_s_end(text, end, spaced=False):
        figure = Figure(Kind.DURATION, _canonical(Decimal(raw)), unit="second")  # "ran it in 9.80s", as a timing board writes it
        return _qualified(text, start, end + 1, figure, floor)

    # Day before month: "27 September", "6th February, 2023".
    if (
        currency is None
        and raw.isdigit()
        and len(raw) <= 2
        and (match := _DAY_MONTH_AFTER.match(text, end))
        and not _currency_before(text, start, floor)  # "$12 December 27": an amount, then the date
    ):
        day = int(raw)
        month = _month_number(match.group("month") or match.group("month_joined"))
        if 1 <= day <= 31 and month:
            year, date_end = match.group("year") or match.group("year_joined"), match.end()
            if not year and match.group("month") and (spoken_year := _year_words_after(text, date_end)):
                year, date_end = spoken_year  # "13 Sept nineteen seventy two"
            return _mention(text, start, date_end, Figure(Kind.DATE, _date_value(year, month, day)))
    if raw.isdigit() and len(raw) <= 2 and currency is None and (day_end := _day_ending_a_range(text, start, end, raw, scan)):
        return day_end  # "June 1-3rd", "April 9 through 17th": the range's second day
    # "11st 10lb", "a 15st man": stone, where no ordinal ends in "st" (the 11th, the 15th)
    stone = text.startswith("st", end) and raw.isdigit() and not ordinal(int(raw)).endswith("st")
    if _ORDINAL_AFTER.match(text, end) and not stone:
        if (
            raw.isdigit()
            and 1 <= int(raw) <= 31
            and (
                ((day_before := _DAY_ALONE_BEFORE.search(before)) and day_before.group("on"))
                or _ON_BEFORE.search(before)  # "on 29th", as British writing has it
                or scan.standalone
            )
            and (alone := _DAY_ALONE_AFTER.match(text, end))
            and not _CENTURY_NAMED_BEFORE.search(text, max(0, start - 120), start)
        ):
            day_start = start - len(before) + day_before.start("the") if day_before else start  # the day is "the 18th"
            return _mention(text, day_start, alone.end(), Figure(Kind.DATE, f"---{int(raw):02d}"))
        return None  # an ordinal ("the 3rd time") is not a figure

    value = _decimal(raw)
    if value is None:
        return None
    if following == "," and raw.isdigit() and len(raw) <= 3 and (comma := _decimal_comma(text, start, end, currency, floor)):
        raw = raw + "." + comma.group("decimals")
        value, end = Decimal(raw), comma.end("decimals")
        following = text[end : end + 1]
    if "." in raw and following == "." and text[end + 1 : end + 2].isdigit():
        run = _DOTTED_RUN.match(text, end)
        return run.end() if run else end  # "192.168.1.2", "2.4.1": an address or a version
    if following == "." and text[end + 1 : end + 2] in ("x", "X") and not _is_word_char(text, end + 2):
        return end + 2  # "the 2.8.x series", "Windows 3.x": every version of a line, no figure

    # Scores and results: "6-4", "3-1", an "11-1" verdict, "3-to-1".
    if (
        currency is None
        and raw.isdigit()
        and len(raw) <= 3
        and following
        and following in "-–"
        and not _signed(text, start, floor)
    ):
        score = _SCORE_AFTER.match(text, end)
        if (
            score
            and len(raw) >= 3
            and (len(second := score.group("second")) == 1 or (len(second) == 3 and second.endswith("00") and second[0] != "1"))
            and (_is_name_number(raw, before, text, end) or _DETERMINER_BEFORE.search(before))
        ):
            return score.end()  # "a Boeing 787-9", "a Boeing 777-200", "the 737-8": a model and its variant, no score
        if (
            score
            and not _is_year(raw)
            and (
                int(raw) >= int(score.group("second"))
                # a sheet writes "3-6" for a score; not "$ 3-6" nor "3-6 cent", which are ranges in a sentence too
                or (scan.standalone and not text[:start].strip() and not text[score.end() :].strip())
                or _in_scores(text, start, score.end())
                or _record_after_name(text, start, score.end(), before)
            )
            and not (int(raw) < int(score.group("second")) and _unit_after_score(text, score.end()))  # "2-3 weeks": a range
        ):
            return _qualified(text, start, score.end(), Figure(Kind.SCORE, f"{int(raw)}-{int(score.group('second'))}"), floor)
        if made := _FOR_AFTER.match(text, end):  # "19-for-27" passing, "15-of-24" shooting: one record
            return _qualified(text, start, made.end(), Figure(Kind.SCORE, f"{int(raw)}-{int(made.group('second'))}"), floor)
        if (score := _TO_ONE_AFTER.match(text, end)) and "-" in score.group():
            second = _second_term(score)  # "3-to-0"
            return _qualified(text, start, score.end(), Figure(Kind.SCORE, f"{int(raw)}-{second}"), floor)
    if (
        currency is None
        and following == " "
        and raw.isdigit()
        and len(raw) <= 3
        and text.startswith((" to ", " votes to ", " vote to "), end)
        and (tally := _TALLY_AFTER.match(text, end))
        and (_TALLY_BEFORE.search(before) or (scan.standalone and start == 0) or " vote" in tally.group())
        and int(raw) >= int(tally.group("second"))
    ):  # "the bill passed 218 to 214", "backed the bill by 52 votes to 48", "the court ruled 6 to 3": a vote's tally
        return _qualified(text, start, tally.end(), Figure(Kind.SCORE, f"{int(raw)}-{int(tally.group('second'))}"), floor)
    if (
        currency is None
        and len(raw) <= 2
        and raw.isdigit()
        and int(raw) <= 10
        and following in " -–"
        and (figures := _BOWLING_AFTER.match(text, end))
        and (_BOWLING_BEFORE.search(before) or (scan.standalone and start == 0 and figures.end() == len(text.rstrip())))
    ):  # "Adamek took 5 for 38", "figures of 4-21": a bowler's wickets and the runs they cost, one figure
        return _qualified(text, start, figures.end(), Figure(Kind.SCORE, f"{int(raw)}-{int(figures.group('runs'))}"), floor)
    if (
        currency is None
        and following == " "
        and 2 <= len(raw) <= 3
        and raw.isdigit()
        and text.startswith(" for ", end)
        and (wickets := _WICKETS_AFTER.match(text, end))
        and not _signed(text, start, floor)
    ):
        second = wickets.group("second").lower()
        lost = int(second) if second.isdigit() else 0 if second == "none" else vocab.UNITS_WORDS[second]
        return _qualified(text, start, wickets.end(), Figure(Kind.SCORE, f"{int(raw)}-{lost}"), floor)
    if (
        currency is None
        and following == " "
        and len(raw) <= 2
        and raw.isdigit()
        and (ratio_end := _against_one(text, end, int(raw), before))
    ):
        return _qualified(text, start, ratio_end, Figure(Kind.SCORE, f"{int(raw)}-1"), floor)  # "odds of 5 to 1"
    if currency is None and following == "-" and _DECIMAL_RAW.fullmatch(raw) and (ratio := _TO_ONE_AFTER.match(text, end)):
        second = _second_term(ratio)  # "a 2.1-to-1 ratio"
        return _qualified(text, start, ratio.end(), Figure(Kind.SCORE, f"{raw}-{second}"), floor)
    # Shares: "3 out of 5", "1 in 10".
    if currency is None and following in " -" and (share := _OUT_OF_AFTER.match(text, end) or _RATIO_AFTER.match(text, end)):
        denominator, share_end = _denominator(text, share)
        # "412 in 2022" is a count and a year; "10,000 in 3" is no share
        if (
            denominator
            and not _is_year(share.group("n"))
            and (value <= denominator or share.group().lstrip().startswith("out"))
            and (denominator in (10, 100, 1000) or not _ends_range(text[max(0, start - _MAX_LOOKBACK) : start]))
            # "3 in three-hour final": the whole of no share ("a 1-in-100-year flood" is one)
            and not (text.startswith("-", share_end) and share.group()[0].isspace())
            and (share.group().lstrip().startswith("out") or not _is_label_number(before))  # "No. 3 in three": a rank
        ):
            return _qualified(text, start, share_end, Figure(Kind.FRACTION, _share(_divide(value, denominator))), floor)

    signed_start, value = _sign_before(text, start, floor, value)  # "-5 degrees", "+3.5 percent", "minus 5"
    if signed_start != start:
        start = signed_start
        before = text[max(floor, start - _MAX_LOOKBACK) : start]  # the same window as every look-back from start
    cursor = end
    kind = Kind.COUNT
    unit: str | None = None
    fraction = None
    shared = False  # a share added or read: "2 and a half", "3 million and a third", "1/3 mile"
    if following == "/" and raw.isdigit() and (fraction := _digit_fraction(text, end, raw)):  # "1/4 mile"
        value, cursor = fraction
        shared = True
    if currency is None and (symbol := _currency_before(text, start, floor)):
        currency, start = symbol
        start, value = _sign_before(text, start, floor, value)  # "-$8 billion", "minus $8 billion"
        before = text[max(floor, start - _MAX_LOOKBACK) : start]
    if currency is not None:
        kind, unit = Kind.MONEY, currency

    peek = text[end + 1 : end + 2] if following in (" ", "\u00a0") else ""  # what a part after a space starts with
    if fraction is None and raw.isdigit() and (vulgar := _VULGAR_AFTER.match(text, cursor)):  # "6½ minutes", "6 ½"
        parts = vocab.VULGAR_FRACTIONS[vulgar.group("f")]
        value += _divide(parts[0], parts[1])
        cursor, shared = vulgar.end(), True
    elif following == "-" and fraction is None and (mixed := _HYPHEN_MIXED_AFTER.match(text, cursor)):
        parts = int(mixed.group("n")), int(mixed.group("d"))
        if 0 < parts[0] < parts[1] and raw.isdigit():  # "up 14-1/4 cents", "a 2-1/2-year sentence", as US copy writes it
            value += _divide(parts[0], parts[1])
            cursor, shared = mixed.end(), True
        elif 0 < parts[0] < parts[1] in (2, 4, 8) and currency is not None and _CENTS_RAW.fullmatch(raw):
            value += _divide(parts[0], parts[1] * 100)  # "$6.12-3/4 a bushel": three quarters of a cent, as grain is quoted
            cursor = mixed.end()  # exact: eighths of a cent end within five decimals
    elif not peek or peek not in _PART_STARTS:
        pass
    elif dozen := _DOZEN_AFTER.match(text, cursor):  # "3 dozen"
        value, cursor = value * 12, dozen.end()
    elif fraction is None and raw.isdigit() and (mixed := _MIXED_FRACTION_AFTER.match(text, cursor)):  # "10 1/2 miles"
        parts = int(mixed.group("n")), int(mixed.group("d"))
        if 0 < parts[0] < parts[1]:
            value += _divide(parts[0], parts[1])
            cursor, shared = mixed.end(), True
    elif added := _and_fraction(text, cursor):  # "2 and a half years"
        value, cursor, shared = value + added[0], added[1], True

    if (
        cursor == end
        and not grouped
        and (following in _POWER_STARTS or (following == " " and text[end + 1 : end + 2] in _TIMES_SIGNS))
        and (power := _POWER_AFTER.match(text, cursor))
    ):
        if (powered := _powered(value, raw, power)) is None:
            return power.end()  # "10^400", "0^-1": no figure a fact sheet can hold
        value, cursor = powered, power.end()
    if _is_length_or_millions(text, cursor, raw, currency, floor):
        return cursor + 1  # "The river peaked at 5.2m": metres, which "5.2m" alone is not; left out, not misread
    if suffix := _scale_suffix(text, cursor, raw, currency):
        value *= suffix[0]
        cursor = suffix[1]
    elif (
        currency is None
        and cursor == end
        and raw.replace(",", "").replace(".", "", 1).isdigit()  # "1,184p", a share price in pence
        and _PENCE_GLUED.match(text, cursor)
        and not (raw.replace(",", "") in vocab.VIDEO_RESOLUTIONS and _is_resolution(text, start, cursor, scan))
    ):
        if per := _PER_AFTER.match(text, cursor + 1):  # "a 5p-a-litre rise"
            return _qualified(
                text, start, per.end(), Figure(Kind.MONEY, _canonical(value), unit=f"penny/{per.group('per')}"), floor
            )
        return _qualified(text, start, cursor + 1, Figure(Kind.MONEY, _canonical(value), unit="penny"), floor)  # "99p"
    elif (
        currency is None
        and cursor == end
        and following == "c"
        and _CENTS_GLUED.match(text, cursor)
        and not _TEMPERATURE_WORDS_BEFORE.search(text, max(0, start - 60), start)
    ):
        # "61c a litre", "About 43c of the increase", as South African, Australian and Irish copy
        # writes cents; not a temperature in small letters ("temperatures of 35c")
        return _qualified(text, start, cursor + 1, Figure(Kind.MONEY, _canonical(value), unit="cent"), floor)
    elif currency is None and cursor == end and following in "x×" and _TIMES_GLUED.match(text, cursor):
        return _qualified(text, start, cursor + 1, Figure(Kind.MULTIPLE, _canonical(value)), floor)  # "5x zoom", "3x faster"
    elif _LETTER_AFTER.match(text, cursor) and not (_UNIT_AFTER.match(text, cursor) or _TEMPERATURE_AFTER.match(text, cursor)):
        return None  # "4G", "3D": a name, not a quantity; "75ml", "50bps", "72h" are units
    if scale := _SCALE_AFTER.match(text, cursor):
        factor = vocab.SCALE_WORDS[scale.group("scale").lower()]
        value *= factor
        cursor = scale.end()
        if (larger := _SCALE_AFTER.match(text, cursor)) and vocab.SCALE_WORDS[larger.group("scale").lower()] > factor:
            value *= vocab.SCALE_WORDS[larger.group("scale").lower()]  # "Rs 1.2 lakh crore", "10 thousand crore"
            cursor = larger.end()
        if added := _and_fraction(text, cursor):  # "3 million and a half"
            value += added[0] * factor
            cursor, shared = added[1], True
    if shared:
        value = _whole_enough(value)  # "2 and a third million", "one million and a third"
    scaled = cursor != end

    if currency is None and (coded := _code_after(text, cursor, value, scaled)):  # "100 EUR", "120 MEUR"
        kind = Kind.MONEY
        unit, value, cursor, scaled = coded
    figure, cursor = _read_unit(text, cursor, value, kind, unit, scaled=scaled)
    if fraction is not None and figure.kind is Kind.COUNT:
        figure = Figure(Kind.FRACTION, _share(value))
    if (
        figure.kind is Kind.COUNT
        and cursor == end
        and _last_word(before) in vocab.UNIT_WORDS_BEFORE
        and (unit_word := _UNIT_WORD_BEFORE.search(before))
    ):
        word_start = start - len(before) + unit_word.start()
        scale_word = unit_word.group("w").lower()
        if scale_word == "magnitude" and value < 10:  # "magnitude 7.8"
            return _mention(text, word_start, end, replace(figure, kind=Kind.MEASURE, unit="magnitude"))
        if scale_word == "category" and raw.isdigit() and 1 <= value <= 5:  # "a Category 4 hurricane": a storm's scale
            return _mention(text, word_start, end, replace(figure, kind=Kind.MEASURE, unit="category"))
        if (
            scale_word == "force"
            and raw.isdigit()
            and value <= 12
            and not _FORCE_NAMED_BEFORE.search(text, max(0, word_start - 30), word_start)
            and (scan.standalone or _WIND_WORDS.search(text, max(0, word_start - 60), end + 60))
        ):  # "a Force 9 gale", "gale force 8": a wind on the Beaufort scale; not "Task Force 3"
            return _mention(text, word_start, end, replace(figure, kind=Kind.MEASURE, unit="force"))
        if scale_word in ("aged", "age") and raw.isdigit() and value <= 130:
            # "aged 87", "at age 87": an age is written as its number, as "at the age of 87" is
            # (the word is no unit and no qualifier). A sheet may keep the word with it.
            if scan.standalone:
                return _mention(text, word_start, end, figure)
            return _qualified(text, start, end, figure, floor)
    if figure.kind is Kind.COUNT and cursor == end and "." not in raw and (year := _year_of_era(text, start, end, value, before)):
        return _qualified(text, year[0], year[1], year[2], floor)  # "1450 BC", "10,000 BC", "AD 79"
    if figure.kind is Kind.COUNT and cursor == end:
        if (
            "." in raw
            and not grouped
            and (
                _is_label_number(before)
                or (_is_name_number(raw, before, text, end) and not scan.names_relaxed)
                or _VERSION_AFTER.match(text, end)
            )
        ):
            return None  # "Version 2.0", "volume 3.1": a label; "QGIS 2.8", "iOS 17.2": a name and its version; "the 2.8 release"
        if not grouped and "." not in raw:
            if _zero_led(raw) and not scan.standalone:
                return None  # "log 0412", "agent 007": no amount is written with a leading zero; an id is
            if following == "(" and (label := _PARENTHESISED_LABEL_AFTER.match(text, end)):
                return label.end()  # "401(k)", "501(c)(3)": a statute's part, no figure
            if (
                text[end + 1 : end + 2].isupper()
                and _ADDRESS_AFTER.match(text, end)
                and not (_is_year(raw) and _last_word(before) in vocab.MONTH_ALONE_AFTER)  # "in 2020 Main Street ..."
            ):
                return None  # "300 Slater Street", "1600 Pennsylvania Avenue": an address
            if _is_year(raw) and not _bounded(text, start, end, before) and not _is_dimension(text, start, end):
                if (
                    not scan.names_relaxed
                    and _is_name_number(raw, before, text, end)
                    and _last_word(before) not in _YEAR_PART_LAST_WORDS
                    and _last_word(before) not in vocab.HOLIDAYS  # "by Christmas 2023", "at Easter 2025": a year
                ):
                    return None  # "Budget 2024", "Vision 2030", "Paris 2024": a name
                if designation := _DESIGNATION_AFTER.match(text, end):
                    return designation.end()  # "asteroid 2024 YR4", "2026 KT4": a minor planet's name, no year
                return _read_year(text, start, end, raw, floor)
            if _is_ordinal_label(before, text, end):
                return None  # "on day 2 of the trial"
            if _names_a_round(before, text, end, Decimal(raw)):
                return None  # "reached the last 16 of the cup"
            if (
                _is_label_number(before)
                or (_is_name_number(raw, before, text, end) and not scan.names_relaxed)
                or _is_listed_label(text, end, before, scan)
            ):
                tail = _NAME_TAIL.match(text, end)
                return tail.end() if tail else None  # "Boeing 737-800": the name goes on past its hyphen
        noun = _HYPHEN_NOUN_AFTER.match(text, cursor)
        if noun and (_names_a_kind(text, noun) or _is_and_idiom(text, cursor, noun)):
            return noun.end()  # "seven 3-pointers", "a 3-pointer", "a 3-and-out": a kind of shot or drive, no figure
        if noun and noun.group("noun") == "fold":  # "a 100-fold rise": a multiple
            return _qualified(text, start, noun.end(), Figure(Kind.MULTIPLE, figure.value), floor)
        if noun and noun.group("noun") in _SOMETHING and len(raw) == 2 and raw.endswith("0"):  # "a 30-something"
            return _mention(text, start, noun.end(), Figure(Kind.COUNT, f"{raw}-{raw[0]}9", approximate=True))
        if noun and noun.group("noun") not in ("to", "and", "or"):  # "40-page", "three-set": the compound stays whole
            cursor = noun.end()
            figure = _digits_range(figure, noun.group("noun"))
    return _qualified(text, start, cursor, figure, floor)


def _word_tally(text: str, end: int, first: int, voted: bool) -> tuple[int, int] | None:
    """Where a vote's tally in words ends and its second term ("nine votes to four", "twelve votes
    to 9"; after a verb of voting, "voted seven to four"), or None: the second no more than the
    first, and the clause going on or ending after it."""
    joiner = _VOTED_TALLY_AFTER if voted else _WORD_TALLY_AFTER
    if not 0 < first < 1000 or not (joined := joiner.match(text, end)):
        return None
    second_start = joined.end()
    if digits := _TALLY_SECOND_DIGITS.match(text, second_start):
        second, second_end = Decimal(digits.group()), digits.end()
    elif not _LATIN_WORD.match(text, second_start):
        return None  # "twelve votes to 9.5", "to 123.4": no whole number of votes, and no word to read
    else:
        value, second_end, _ = _number_words(text, second_start)
        if value is None:
            return None
        second = value
    if second != second.to_integral_value() or second > first or not _TALLY_ENDS.match(text, second_end):
        return None
    return second_end, int(second)


def _against_one(text: str, end: int, first: int, before: str) -> int | None:
    """Where a ratio spaced out against one ends ("5 to 1", "three to one"), or None: the first
    term above one and below a hundred, and no range after "from" or "between" ("from 3 to 1")."""
    if not 1 < first < 100 or not (spaced := _TO_ONE_SPACED.match(text, end)):
        return None
    return None if _last_word(before) in ("from", "between") else spaced.end()


def _is_and_idiom(text: str, end: int, noun: re.Match[str]) -> bool:
    """ "a three-and-out", "one-and-done": a number joined by "-and-" to a word names a thing; not
    "65-and-over", a bound."""
    return noun.group("noun") == "and" and noun.end() > noun.end("noun") and not _TRAILING_QUALIFIER.match(text, end)


def _code_after(text: str, cursor: int, value: Decimal, scaled: bool) -> tuple[str, Decimal, int, bool] | None:
    """A currency's code after an amount ("100 EUR"), with a scale in it ("120 MEUR", "twenty MUSD")
    or after it ("75 USD million", as tables head a column): (code, value, end, scaled)."""
    code = _CODE_AFTER.match(text, cursor)
    if code is None or code.group("code") not in vocab.CURRENCY_CODES:
        return None
    cursor = code.end()
    if code.group("scale"):
        value, scaled = value * (1_000_000 if code.group("scale") == "M" else 1_000), True
    elif not scaled and (scale := _SCALE_AFTER.match(text, cursor)):
        value, cursor, scaled = value * vocab.SCALE_WORDS[scale.group("scale").lower()], scale.end(), True
    return code.group("code"), value, cursor, scaled


def _zero_led(raw: str) -> bool:
    """Digits written with a leading zero, as no amount is ("0412", "007"); not "0000", which tables
    write for nothing, nor "05" of a date."""
    return len(raw) >= 3 and raw.isdigit() and raw[0] == "0" and bool(raw.strip("0"))


def _ends_range(before: str) -> bool:
    """Whether the number after `before` ends a range ("aged 13 to 17 in 212 schools": no "17 in
    212" share), unless the range's start is a share too ("from 1 in 5 to 1 in 3"). (A range of
    shares out of ten or a hundred, "2 to 3 in 10", is read as the share it ends with.)"""
    return bool(_RANGE_START_BEFORE.search(before)) and not _SHARE_START_BEFORE.search(before)


def _in_scores(text: str, start: int, end: int) -> bool:
    """Whether a score the winner lost ("3-6") stands in a list of scores, next to one they won
    ("7-6 (7-4), 3-6, 6-2"), or before a word for a result ("a 2-3 defeat"). Alone, "3-6" is a
    range ("aged 3-6"); "aged 5-9, 10-14" is a list of ranges. (Standing alone, "3-6" can only be
    a score: a range is two figures.)"""
    if _RESULT_AFTER.match(text, end):
        return True
    if text[end : end + 1] == ")" and _SET_BEFORE_TIEBREAK.search(text, max(0, start - 8), start):
        return True  # "6-7 (5-7)": a set's tiebreak, in brackets after it, whoever won it
    if _SCORE_AT_BEFORE.search(text, max(0, start - 12), start) and _SCORE_ALONE_AFTER.match(text, end):
        return True  # "At 4-5 I told myself", "trailing 1-2, they": a score in play, no unit after it
    if (
        _TEAM_BEFORE.search(text, max(0, start - 30), start)
        and _TEAM_AFTER.match(text, end)
        and not _names_labels(text[max(0, start - _MAX_LOOKBACK) : start])  # not "Pages 10-12 Appendix"
    ):
        return True  # "Ashby Town 1-2 Rovers": a result between the teams' names, home side first
    wickets, runs = (int(part) for part in text[start:end].replace("–", "-").split("-")[:2])
    if wickets <= 10 < runs and _CRICKET_WORDS.search(text, max(0, start - _CRICKET_REACH), min(len(text), end + _CRICKET_REACH)):
        return True  # "Australia were 4-210 at lunch", "3-61 from 22 overs": wickets and runs
    before = _SCORE_BEFORE.search(text, max(0, start - 16), start)  # the score before is read already
    after = _SCORE_NEXT.match(text, end)
    return any(m and int(m.group("a")) >= int(m.group("b")) for m in (before, after))


def _powered(value: Decimal, raw: str, power: re.Match[str]) -> Decimal | None:
    """The number a power writes: "2^15", "1.2e6", "6.02 × 10^23", "10⁶", "3 x 10⁻⁴"."""
    if power.group("power"):
        mantissa, base, written = Decimal(1), value, power.group("power")
    elif power.group("sup") and raw != "10":
        return None
    else:
        mantissa, base = (Decimal(1), value) if power.group("sup") else (value, Decimal(10))
        written = power.group("e") or power.group("times") or power.group("times_sup") or power.group("sup")
    exponent = int("".join(vocab.SUPERSCRIPT_DIGITS.get(c, c) for c in written).replace("−", "-"))
    if abs(exponent) > _MAX_EXPONENT or (exponent < 0 and not base):
        return None
    if base == 10:
        return mantissa.scaleb(exponent)
    if exponent >= 0:
        return mantissa * base**exponent
    with decimal.localcontext(prec=28):  # "3^-1" does not end
        return _whole_enough(mantissa * base**exponent)


def _digits_range(figure: Figure, noun: str) -> Figure:
    """ "a six-figure salary", "double-digit", "a 6-figure sum": a number of so many digits, as the
    range it means; any other count before a hyphenated noun stays as it is ("40-page")."""
    if noun not in ("figure", "digit"):
        return figure
    digits = Decimal(figure.value)
    if not (1 < digits < 13 and digits == digits.to_integral_value()):
        return figure
    return Figure(Kind.COUNT, f"{10 ** (int(digits) - 1)}-{10 ** int(digits) - 1}", approximate=True)


def _day_ending_a_range(text: str, start: int, end: int, raw: str, scan: _Scan) -> Mention | None:
    """The second end of a range of days, written as an ordinal after a date with a day and a
    joiner: "April 9 through 17th", "from March 5 to 17th"; not where a noun follows. A day
    alone ("---17", shown "the 17th"), as it reads standing alone ("June 1-3", a bare day, is one
    interval: see _calendar_range)."""
    if scan.date_end < 0 or not 1 <= int(raw) <= 31 or not _RANGE_JOINER.fullmatch(text, scan.date_end, start):
        return None
    first = _DAY_OF_DATE.fullmatch(scan.date_value)
    if first is None or int(raw) <= int(first.group("day") or first.group("alone")):
        return None
    day = _DAY_ALONE_AFTER.match(text, end)
    return _mention(text, start, day.end(), Figure(Kind.DATE, f"---{int(raw):02d}")) if day else None


def _digit_fraction(text: str, end: int, raw: str) -> tuple[Decimal, int] | None:
    match = _SLASH_AFTER.match(text, end)
    if match is None or match.group("c") is not None or len(match.group("b")) > 3:
        return None
    numerator, denominator = int(raw), int(match.group("b"))
    if not (0 < numerator < denominator and denominator in _DENOMINATORS):
        return None
    return _divide(numerator, denominator), match.end()


def _scale_suffix(text: str, cursor: int, raw: str, currency: str | None) -> tuple[int, int] | None:
    """A scale glued to the digits ("1.2m", "40bn", "$5K"), or None; a whole number with "m"
    ("30m") and a decimal one before "tall", "high", ... ("1.8m tall") are lengths, read as a unit."""
    if (match := _CAPITAL_SUFFIX_AFTER.match(text, cursor)) and (
        currency is not None
        or (match.group("suffix") in _BARE_CAPITAL_SCALES and _counted_after(text, match.end()))
        # "1.2K shares", "300K": thousands; not "4K", "5K", "10K" (a screen, a race)
        or (match.group("suffix") == "K" and ("." in raw or len(raw) == 3) and _counted_after(text, match.end()))
    ):  # "$5K"; without a currency "2.5M units", "10M." (not "the 100M final", a race)
        return vocab.SCALE_SUFFIXES_AFTER_CURRENCY[match.group("suffix")], match.end()
    match = _SUFFIX_AFTER.match(text, cursor)
    if match is None:
        return None
    suffix = match.group("suffix")
    if suffix == "k" and currency is None and len(raw.partition(".")[0]) > 3:
        return None  # "a Core i7 4790k": a model; thousands are not written in thousands ("1,500k")
    if suffix == "m" and currency is None:
        if "." not in raw or len(raw.partition(".")[2]) == 2:
            # "30m" alone is a length, and so is "7.02m" (two decimals, as a jump or a height is
            # written); "5m homes", "2m barrels", "2.35m customers" are millions, and the noun that
            # says so is read into the span, so that the figure reads the same standing alone.
            # A unit after it is read as the unit of the millions ("2m tonnes").
            if (noun := _PLURAL_NOUN_AFTER.match(text, match.end())) and not (
                (counted := noun.group("w")) in _NOT_COUNTED_NOUNS
                or counted in vocab.RACE_WORDS
                or counted[:-1] in vocab.RACE_WORDS  # "100m sprints"
                or counted in vocab.REPORTING_VERBS
            ):
                is_unit = counted in vocab.MEASURE_UNITS or counted in vocab.DURATION_UNITS or counted in vocab.CURRENCY_WORDS
                return vocab.SCALE_SUFFIXES[suffix], match.end() if is_unit else noun.end()
            return None
        if _DIMENSION_AFTER.match(text, match.end()):
            return None  # "1.8m tall": a length, and "tall" is read into its span
    return vocab.SCALE_SUFFIXES[suffix], match.end()


def _is_length_or_millions(text: str, cursor: int, raw: str, currency: str | None, floor: int) -> bool:
    """A number with one decimal and "m" glued, nothing counted after it, in a sentence about
    water or heights ("The river peaked at 5.2m on Sunday"): alone it reads as millions, here it is
    metres, so it is left out rather than misread."""
    if currency is not None or text[cursor : cursor + 1] != "m" or not _ONE_DECIMAL.fullmatch(raw):
        return False
    if _is_word_char(text, cursor + 1) or _PLURAL_NOUN_AFTER.match(text, cursor + 1) or _DIMENSION_AFTER.match(text, cursor + 1):
        return False  # "5.2mm", "5.2m homes"; "1.8m tall" is read whole
    stop = text.rfind(". ", 0, cursor)
    sentence_start = max(floor, stop + 2 if stop >= 0 else 0, cursor - 200)
    return bool(_LENGTH_SUBJECT.search(text, sentence_start, cursor))


_ONE_DECIMAL = re.compile(r"\d{1,2}\.\d")
# What is measured in metres in a sentence whose "5.2m" is no million.
_LENGTH_SUBJECT = re.compile(
    r"\b(?i:river|rivers|water|waters|level|levels|tide|tides|wave|waves|flood|floodwater|sea|lake|reservoir|surge"
    r"|height|depth|deep|tall|high|jump|jumped|vault|throw|threw|metres|meters)\b"
)


def _counted_after(text: str, end: int) -> bool:
    """Whether what follows a number leaves it a count: a noun in small letters or the clause's end."""
    following = _COUNTED_AFTER.match(text, end)
    if following is None:
        return False
    word = (following.group("w") or "").lower()
    return word not in vocab.REPORTING_VERBS and word not in vocab.RACE_WORDS


def _decimal_comma(text: str, start: int, end: int, currency: str | None, floor: int) -> re.Match[str] | None:
    """ "€1,5 million", "12,5%", "2,5 km": a decimal comma, as much of Europe writes it, before a
    scale word; or, in an amount of no currency, before a percent or a unit, which then joins the
    figure (so that it reads the same standing alone)."""
    if match := _DECIMAL_COMMA_SCALE.match(text, end):
        return match
    if currency is not None or _currency_before(text, start, floor) or not (match := _DECIMAL_COMMA.match(text, end)):
        return None
    unit = _UNIT_AFTER.match(text, match.end())
    return match if unit is not None and unit.lastgroup in ("measure", "percent") else None


def _read_time(text: str, start: int, end: int, raw: str, floor: int, standalone: bool) -> Mention | None:
    """Times: "15:00", "3 p.m.", "8PM", "2.30pm", "1130 GMT"."""
    if raw.startswith("."):
        return None
    if "." in raw:
        hours_text, _, minutes = raw.partition(".")
        if len(minutes) != 2 or int(minutes) >= 60:
            return None
        if match := _DOTTED_TIME_AFTER.match(text, end):
            hours = _hours(int(hours_text), match.group("ampm"))
            if hours is not None:
                return _qualified(text, start, match.end(), Figure(Kind.TIME, f"{hours:02d}:{minutes}"), floor)
        if len(hours_text) <= 2 and int(hours_text) < 24 and (zone := _ZONE_AFTER.match(text, end)):
            # "09.30 GMT", "14.30 BST", as British copy writes a clock
            return _qualified(text, start, zone.end(), Figure(Kind.TIME, f"{int(hours_text):02d}:{minutes}"), floor)
        if len(hours_text) == 2 and hours_text[0] == "0" and text[start - 1 : start] != ".":
            # "the 07.42 from Leeds": no amount is written with a leading zero; a timetable's clock is
            return _qualified(text, start, end, Figure(Kind.TIME, f"{hours_text}:{minutes}"), floor)
        if len(hours_text) <= 2 and int(hours_text) <= 12:
            # "at 7.30 in the morning"
            return _clock(text, start, end, int(hours_text), int(minutes), floor, spoken=False, standalone=standalone)
        return None
    if (match := _TIME_AFTER.match(text, end)) and len(raw) <= 2:
        if match.group("frac") is not None:
            # "a lap of 1:32.481", "in 2:03:11.5": a stopwatch's time (no clock writes tenths)
            if match.group("ampm") or match.group("tz"):
                return None
            whole_minutes = int(raw) * 60 + int(match.group("min")) if match.group("sec") else int(raw)
            elapsed = whole_minutes * 60 + int(match.group("sec") or match.group("min")) + Decimal("0." + match.group("frac"))
            return _qualified(text, start, match.end(), Figure(Kind.DURATION, str(elapsed), unit="second"), floor)
        if match.group("sec") and len(raw) == 1 and not (match.group("ampm") or match.group("tz")):
            # "finished in 2:03:45": a race's time, hours, minutes and seconds (a clock's seconds
            # come with two digits of hours, "15:50:06", or with "a.m.")
            seconds = int(raw) * 3600 + int(match.group("min")) * 60 + int(match.group("sec"))
            return _qualified(text, start, match.end(), Figure(Kind.DURATION, str(seconds), unit="second"), floor)
        if (
            not (match.group("sec") or match.group("ampm") or match.group("tz"))
            and (left := _CLOCK_LEFT_AFTER.match(text, match.end()))
            and _last_word(text[max(floor, start - _MAX_LOOKBACK) : start]) not in vocab.CLOCK_PREPOSITIONS
        ):  # "with 11:40 left", "4:02 remaining": a game clock's minutes and seconds; not "the train at 11:40 left"
            seconds = int(raw) * 60 + int(match.group("min"))
            return _qualified(text, start, left.end(), Figure(Kind.DURATION, str(seconds), unit="second"), floor)
        hours = _hours(int(raw), match.group("ampm"))
        if hours is None and int(raw) > 24 and not (match.group("sec") or match.group("ampm") or match.group("tz")):
            seconds = int(raw) * 60 + int(match.group("min"))  # "the second half in 64:12": minutes and seconds
            return _qualified(text, start, match.end(), Figure(Kind.DURATION, str(seconds), unit="second"), floor)
        if hours is None:
            return None
        if not (match.group("ampm") or match.group("tz")) and hours <= 12:
            clock = _clock(text, start, match.end(), hours, int(match.group("min")), floor, spoken=True)
            if clock is not None and clock.end > match.end():
                return clock  # "at 7:30 in the evening", "6:30 tonight": the part of the day sets the hours
        return _qualified(text, start, match.end(), Figure(Kind.TIME, f"{hours:02d}:{match.group('min')}"), floor)
    if len(raw) <= 2 and (match := _AMPM_AFTER.match(text, end)):
        hours = _hours(int(raw), match.group("ampm"))
        if hours is not None:
            return _qualified(text, start, match.end(), Figure(Kind.TIME, f"{hours:02d}:00"), floor)
    if len(raw) in (3, 4) and raw.isdigit() and int(raw[-2:]) < 60 and (match := _AMPM_AFTER.match(text, end)):
        hours = _hours(int(raw[:-2]), match.group("ampm"))  # "1140 a.m.": the colon left out
        if hours is not None:
            return _qualified(text, start, match.end(), Figure(Kind.TIME, f"{hours:02d}:{raw[-2:]}"), floor)
    if len(raw) <= 2 and text[end + 1 : end + 2] in _CLOCK_WORD_STARTS and text.startswith(" ", end):
        if int(raw) <= 12 and (clock := _clock(text, start, end, int(raw), 0, floor, spoken=False, standalone=standalone)):
            return clock  # "7 o'clock", "at 9 in the evening"
        if spoken := _spoken_time(text, start, end, int(raw), floor):
            return spoken  # "10 past 9"
    if raw == "12" and (match := _NOON_AFTER.match(text, end)):  # "12 noon", "12 midnight"
        return _qualified(text, start, match.end(), Figure(Kind.TIME, vocab.TIME_WORDS[match.group("word").lower()]), floor)
    # "1130 GMT"; "at 2300 hours", as police and armies write the time (a count of hours that
    # large is written with its comma, "2,300 hours", and the words after a figure never decide
    # its reading here: a sheet's "2300 hours" must read the same)
    hours_after = _HOURS_AFTER.match(text, end) if len(raw) == 4 else None
    if len(raw) in (3, 4) and (match := _ZONE_AFTER.match(text, end) or hours_after):
        clock_hours, clock_minutes = divmod(int(raw), 100)
        if clock_hours < 24 and clock_minutes < 60:
            return _qualified(text, start, match.end(), Figure(Kind.TIME, f"{clock_hours:02d}:{clock_minutes:02d}"), floor)
    # "at 0700": no amount is written with a leading zero; four digits that have one are a
    # 24-hour clock, after a word that sets a time (alone, as a sheet writes it, too)
    if (
        len(raw) == 4
        and _zero_led(raw)
        and int(raw[2:]) < 60
        # alone, as a sheet writes it, with nothing after ("0010 million" is no clock)
        and (
            (standalone and end == len(text))
            or _last_word(text[max(floor, start - _MAX_LOOKBACK) : start]) in vocab.CLOCK_PREPOSITIONS
        )
        and not _currency_before(text, start, floor)  # "$0320" is an amount, however written
        and not _is_word_char(text, end)  # nor is "0150mil" a clock
    ):
        return _qualified(text, start, end, Figure(Kind.TIME, f"{raw[:2]}:{raw[2:]}"), floor)
    return None


def _read_numeric_date(text: str, start: int, end: int, raw: str, floor: int) -> Mention | None:
    """Dates and fractions in digits: "2015-03-03", "10/31/1974", "2/15", "22/04", "1/4"."""
    if "." in raw:
        first_text, _, second_text = raw.partition(".")
        match = _DASHED_DATE_AFTER.match(text, start + len(first_text))
        if match is None or match.group("sep") != "." or match.group("b") != second_text or len(first_text) > 2:
            return None
        day, month = int(first_text), int(second_text)  # dots: the day first, as the countries that write them do
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return _mention(text, start, match.end(), Figure(Kind.DATE, _date_value(match.group("c"), month, day)))
    if len(raw) <= 2 and (match := _DASHED_DATE_AFTER.match(text, end)) and match.group("sep") == "-":
        first, second = int(raw), int(match.group("b"))
        month, day = (first, second) if first <= 12 else (second, first)  # as with slashes: the month first unless it cannot be
        if 1 <= month <= 12 and 1 <= day <= 31:
            return _mention(text, start, match.end(), Figure(Kind.DATE, _date_value(match.group("c"), month, day)))
        return None
    if len(raw) == 4 and (match := _ISO_DATE_AFTER.match(text, end)):
        return _mention(text, start, match.end(), Figure(Kind.DATE, f"{raw}-{match.group('month')}-{match.group('day')}"))
    if len(raw) == 4 and (match := _NAMED_MONTH_DAY_AFTER.match(text, end)) and 1 <= int(match.group("day")) <= 31:
        named = _month_number(match.group("month"))
        assert named is not None
        return _mention(text, start, match.end(), Figure(Kind.DATE, _date_value(raw, named, int(match.group("day")))))
    if len(raw) > 2 or not (match := _SLASH_AFTER.match(text, end)):
        return None
    first, second = int(raw), int(match.group("b"))
    if match.group("c") is None and len(match.group("b")) <= 2 and 0 < first < second and second in _DENOMINATORS:
        return None  # a fraction ("1/4 mile"): read as one by _read_fraction_digits
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31) or len(match.group("b")) > 2:
        return None
    year = match.group("c")
    if year is not None and len(year) == 2:
        year = ("20" if int(year) < 50 else "19") + year
    return _mention(text, start, match.end(), Figure(Kind.DATE, _date_value(year, month, day)))


def _read_year(text: str, start: int, end: int, raw: str, floor: int) -> Mention:
    """A year, with what may follow it ("2025/26", "2019 H2") or come before it ("summer of 2020",
    "the winter of 2029-30")."""
    window_start = max(floor, start - _MAX_LOOKBACK)
    part = _part_of_year_before(text, window_start, start)
    if second := _second_year(text, end, raw):  # "2025/26", "2008-9"
        if part:
            return _mention(text, part[0], second[1], Figure(Kind.YEAR, f"{raw}/{second[0]}", qualifier=part[1]))
        return _mention(text, start, second[1], Figure(Kind.YEAR, f"{raw}/{second[0]}"))
    if match := _HALF_YEAR_AFTER.match(text, end):
        return _mention(text, start, match.end(), Figure(Kind.DATE, f"{raw}-{match.group('part').upper()}"))
    if (
        _last_word(text[window_start:start]) in ("fiscal", "year")
        and (fiscal := _FISCAL_WORD_BEFORE.search(text, window_start, start))
        and not _second_year(text, end, raw)
    ):
        return _mention(text, fiscal.start(), end, Figure(Kind.YEAR, f"FY{raw}"))  # "fiscal 2026", "fiscal year 2025"
    if part:
        return _mention(text, part[0], end, Figure(Kind.YEAR, raw, qualifier=part[1]))
    qualifier_start, period = _period_qualifier(text, start, floor)  # "early 2020", "mid-2024", as "mid-September"
    return _mention(text, qualifier_start, end, Figure(Kind.YEAR, raw, qualifier=period))


def _part_of_year_before(text: str, window_start: int, start: int) -> tuple[int, str] | None:
    """Where a part of the year written before it starts, and which part: "summer of", "the end of"."""
    if _last_word(text[window_start:start]) not in _YEAR_PART_LAST_WORDS:
        return None
    part = _YEAR_PART_BEFORE.search(text, window_start, start)
    return (part.start("q"), " ".join(part.group("q").lower().split()).removesuffix(" of")) if part else None


def _second_year(text: str, end: int, year: str) -> tuple[int, int] | None:
    """The year after `year` written after it as the end of one span of time ("/26", "-2026", "-9"),
    and where it ends; None where what follows is no next year ("1995-01")."""
    match = _FISCAL_AFTER.match(text, end)
    if match is None:
        return None
    following = match.group("slash") or match.group("dash")
    next_year = int(following) if len(following) == 4 else int(year[: 4 - len(following)] + following)
    return (next_year, match.end()) if next_year == int(year) + 1 else None


def _read_fiscal(text: str, start: int, end: int) -> Mention | None:
    """ "FY2024", "FY 24"."""
    if _is_word_char(text, end):
        return None
    digits = re.sub(r"\D", "", text[start:end])
    year = digits if len(digits) == 4 else "20" + digits
    if second := _second_year(text, end, year):  # "FY2023-24", "FY 2023/24"
        return _mention(text, start, second[1], Figure(Kind.YEAR, f"FY{year}/{second[0]}"))
    return _mention(text, start, end, Figure(Kind.YEAR, f"FY{year}"))


def _read_quarter(text: str, start: int, end: int) -> Mention | None:
    """ "Q4", "Q4 2018", "H2 2019"; of a fiscal year: "Q2FY25", "H1 FY24", "Q1 2024-25"."""
    part = text[start:end].upper()
    if fiscal := _FISCAL_YEAR_AFTER.match(text, end):
        year = _read_fiscal(text, fiscal.start("fy"), fiscal.end())
        if year is not None:
            return _mention(text, start, year.end, Figure(Kind.DATE, f"{year.figure.value}-{part}"))
    if _is_word_char(text, end):
        return None
    if match := _YEAR_AFTER_PERIOD.match(text, end):
        year_text = match.group("year")
        if second := _second_year(text, match.end(), year_text):  # "Q1 2024-25": a quarter of a fiscal year
            return _mention(text, start, second[1], Figure(Kind.DATE, f"{year_text}/{second[0]}-{part}"))
        return _mention(text, start, match.end(), Figure(Kind.DATE, f"{year_text}-{part}"))
    return _mention(text, start, end, Figure(Kind.DATE, part))


def _read_period(text: str, start: int, end: int, ordinal: str) -> Mention | None:
    """ "the fourth quarter of 2025", "the first half of 2023", "the second quarter"."""
    period = text[start:end].replace("-", " ").split()[-1].lower()  # "third-quarter results" too
    letter = "Q" if period == "quarter" else "H"
    number = vocab.PERIOD_ORDINALS[ordinal]
    if letter == "H" and number > 2 and ordinal not in ("last", "final"):
        return None
    if letter == "H":
        number = min(number, 2)
    if match := _YEAR_AFTER_PERIOD.match(text, end):
        return _mention(text, start, match.end(), Figure(Kind.DATE, f"{match.group('year')}-{letter}{number}"))
    if letter == "H" or ordinal in ("last", "final"):
        return None  # "the first half" of a match, "the last quarter" of a game
    if _IN_A_ROW_AFTER.match(text, end):
        return None  # "for the third quarter in a row": how many, not which
    return _mention(text, start, end, Figure(Kind.DATE, f"{letter}{number}"))


def _names_a_kind(text: str, noun: re.Match[str], group: str = "noun") -> bool:
    """Whether a hyphenated number and its noun name a kind of thing: "a 3-pointer", "from
    three-point range" (a shot), not "a three-point lead" (points counted)."""
    if noun.group(group) in vocab.NAMING_COMPOUNDS:
        return True
    heads = vocab.NAMING_COMPOUND_NOUNS.get(noun.group(group))
    after = _WORD_AFTER.match(text, noun.end(group)) if heads is not None else None
    return heads is not None and after is not None and after.group("w").lower() in heads


def _read_word(text: str, start: int, end: int, floor: int, scan: _Scan) -> Mention | None:
    word = text[start:end].lower()
    before = text[max(floor, start - _MAX_LOOKBACK) : start]

    if word in vocab.TIME_WORDS:  # "noon", "midnight"
        return _qualified(text, start, end, Figure(Kind.TIME, vocab.TIME_WORDS[word]), floor)

    if word in vocab.DECADE_WORDS:  # "in her forties", "the late nineties": ten numbers, as "the 90s"
        qualifier_start, qualifier = _decade_qualifier(text, start, floor)  # "the upper nineties"
        if qualifier is None and _last_word(before) not in vocab.DECADE_WORDS_AFTER and not scan.standalone:
            return None  # "two twenties": banknotes
        low = vocab.DECADE_WORDS[word]
        figure = Figure(Kind.COUNT, f"{low}-{low + 9}", qualifier=qualifier, approximate=True)
        return _mention(text, qualifier_start, end, figure)

    if word == "zero" and not scan.standalone and _zero_names_something(text, start, end, before):
        return None
    if word == "fifty" and text[end : end + 6].lower() == "-fifty" and not _is_word_char(text, end + 6):
        return _qualified(text, start, end + 6, Figure(Kind.SCORE, "50-50"), floor)  # "a fifty-fifty chance", as "50-50"

    if word in vocab.FOLD_WORDS:  # "a tenfold rise"
        return _qualified(text, start, end, Figure(Kind.MULTIPLE, str(vocab.FOLD_WORDS[word])), floor)
    if word in vocab.MULTIPLES:  # "twice as many", "nearly double the rate"; "think twice" is no figure
        following = _WORD_AFTER.match(text, end)
        after = following.group("w").lower() if following else ""
        if after == "as" and word != "twice":
            return None  # "cases triple as rates slip": a verb, and "as" a conjunction
        if not (
            scan.standalone
            or after in vocab.MULTIPLE_AFTER
            or after.endswith(("'s", "’s"))
            or (word == "twice" and _after_a_deed(before))
        ):
            return None  # "roughly double today's number", "double China's"; "think twice" is no count
        return _qualified(text, start, end, Figure(Kind.MULTIPLE, str(vocab.MULTIPLES[word])), floor)

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
        elif (either := _VAGUE_OR.match(text, end)) and (of := _VAGUE_OF.match(text, either.end())):
            # "tens or even hundreds of millions": one range, from the low end of the first
            scale = of.group("w").lower()
            first, second = f"{word} of {scale}", f"{either.group('w').lower()} of {scale}"
            if first in vocab.VAGUE_QUANTITIES and second in vocab.VAGUE_QUANTITIES:
                return _vague(text, start, of.end(), second, floor, low_phrase=first)
        if phrase not in vocab.VAGUE_QUANTITIES:
            return None
        if phrase == "scores" and not (_OF_AFTER.match(text, end) or scan.standalone):
            return None  # "test scores"; a sheet's "Scores" stands for "Scores of ..." it was cut from
        return _vague(text, start, cursor, phrase, floor)

    if word in ("half", "quarter") and text.startswith((" past", " to"), end):
        start_at = start - 2 if word == "quarter" and text[max(floor, start - 2) : start] == "a " else start
        if spoken := _spoken_time(text, start_at, end, 30 if word == "half" else 15, floor, quarter=word == "quarter"):
            return spoken  # "half past seven", "a quarter to nine"
    if word in vocab.FRACTION_WORDS:
        return _read_fraction(text, start, end, word, floor, before, scan)

    if word == "dozen":
        word_before = _WORD_BEFORE.search(before)
        if word_before and word_before.group("w").lower() in ("several", "few") and before.endswith(" "):
            return _with_few(text, start, before, word_before, _vague(text, start, end, "dozens", floor), floor)  # "a few dozen"
        count, start = _article_or_number_before(text, start, floor, before)
        if count is None:
            return None
        figure, cursor = _read_unit(text, end, Decimal(12) * count, Kind.COUNT, None)
        return _qualified(text, start, cursor, figure, floor)

    value, cursor, words = _number_words(text, start)
    if value is None:
        return None
    if before.endswith("-") and _NUMBER_WORD_BEFORE.search(before) and before[:-1].lower().endswith("one"):
        return None  # "a one-two punch", "a one-two finish": an idiom, no count
    if words == ["two"] and before.endswith("or ") and _A_THING_OR_BEFORE.search(before):
        return None  # "knows a thing or two", "a tear or two": a few, no count (a unit's "a day or two" is read before)
    if text[start].isupper() and (_starts_a_name(text, start, cursor, before) or _ends_a_name(before)) and not scan.names_relaxed:
        return None  # "Ninety Mile Beach", "the Three Gorges Dam", "Formula One", "Kraken Nine": a name mid-sentence
    if _names_a_round(before, text, cursor, value):
        return None  # "the draw for the last eight takes place on Monday": a cup's round, named by who is left
    if _is_ordinal_label(before, text, cursor):
        return None  # "on day two of the trial", "in game seven,": which one, not how many
    if _DIGIT_ORDINAL_BEFORE.search(before[-8:]) and not text.startswith("-", cursor):
        return None  # "his 14th four", "the 3rd six": a boundary in cricket, a thing, no count (not "the 3rd five-year plan")
    if len(words) == 1 and words[0] in _CENTURY_WORDS and (spoken := _spoken_year(text, start, floor, before, scan)):
        return spoken  # "in nineteen eighty-six", "the nineteen nineties"
    if (
        len(words) <= 2
        and (text[cursor + 1 : cursor + 2].isupper() or text.startswith(" of ", cursor))  # a month's name next
        and 1 <= value <= 31
        and value == value.to_integral_value()
        and (month_after := _WORD_DAY_MONTH_AFTER.match(text, cursor))
    ):  # "fifteen August nineteen ninety-three", "twenty five January"
        month = _month_number(month_after.group("month"))
        year, date_end = _year_of_date(text, month_after)
        if month and (year or month_after.group("month").lower() not in vocab.MONTHS_THAT_ARE_WORDS):
            return _mention(text, start, date_end, Figure(Kind.DATE, _date_value(year, month, int(value))))
    if words[0] in vocab.SCALE_WORDS:
        word_before = _WORD_BEFORE.search(before)
        if word_before and word_before.group("w").lower() in ("several", "few") and f"{words[0]}s" in vocab.VAGUE_QUANTITIES:
            scale = 1
            for word in words[1:]:  # "several hundred thousand": hundreds of thousands
                scale *= vocab.SCALE_WORDS.get(word, 1)
            vague = _vague(text, start, cursor, f"{words[0]}s", floor, scale=scale)  # "several hundred", "a few thousand"
            return _with_few(text, start, before, word_before, vague, floor)
        if couple := _COUPLE_OF_BEFORE.search(before):  # "a couple of hundred": about two hundred
            couple_start = start - len(before) + couple.start("q")
            figure, figure_end = _read_unit(text, cursor, value * 2, Kind.COUNT, None, scaled=True)
            return _mention(text, couple_start, figure_end, replace(figure, qualifier="a couple of"))
        article = _ARTICLE_BEFORE.search(before)
        if not article:
            return None  # "hundred" alone is not a figure
        start = article.start() + max(floor, start - _MAX_LOOKBACK)
        before = text[max(floor, start - _MAX_LOOKBACK) : start]

    if words[-1] in vocab.TENS_WORDS and _ORDINAL_WORD_AFTER.match(text, cursor):
        return None  # "twenty-first", "thirty-sixth": an ordinal, no figure (a month after it reads it as a day)
    if len(words) == 1 and words[0] in _HOUR_WORDS and (minutes := _word_minutes(text, cursor)):
        return _clock(text, start, minutes[1], _HOUR_WORDS[words[0]], minutes[0], floor, spoken=False)  # "seven thirty pm"
    if (
        text[cursor + 1 : cursor + 2] in _CLOCK_WORD_STARTS
        and text.startswith(" ", cursor)
        and value == value.to_integral_value()
        and 0 < value < 60
    ):
        if value <= 12 and (clock := _clock(text, start, cursor, int(value), 0, floor, spoken=False, standalone=scan.standalone)):
            return clock  # "seven o'clock"
        if spoken := _spoken_time(text, start, cursor, int(value), floor):
            return spoken  # "ten past six"
    counted = cursor
    if dozen := _DOZEN_AFTER.match(text, cursor):  # "two dozen"
        value, cursor = value * 12, dozen.end()
    elif added := _and_fraction(text, cursor):  # "one and a half", "three million and a quarter"
        share, cursor = added
        if words[-1] in vocab.SCALE_WORDS:
            value = _whole_enough(value + share * vocab.SCALE_WORDS[words[-1]])
        else:
            value += share
            if scale := _SCALE_AFTER.match(text, cursor):  # "five and a half million"
                value, cursor = value * vocab.SCALE_WORDS[scale.group("scale").lower()], scale.end()
                words.append(scale.group("scale").lower())
            value = _whole_enough(value)
    elif fraction := _FRACTION_AFTER.match(text, cursor):  # "two-thirds", "three quarters of"
        name = fraction.group("joined") or fraction.group("f") or fraction.group("plural")
        of_word = (fraction.group("of") or "").lower()
        of_period = of_word.isdigit() or (fraction.group("of2") or "").lower() in vocab.PERIOD_NOUNS  # "of the year"
        period_fraction = (fraction.group("f") or "").lower() in vocab.FRACTIONS_THAT_COUNT_PERIODS
        counts_periods = (
            period_fraction
            and not fraction.group("last_of")
            and (of_period or not (of_word in vocab.SHARE_OF_WORDS or of_word.endswith("s")))
        )
        if not counts_periods:  # "two quarters of contraction" is a duration, read below
            share = _divide(value, vocab.FRACTION_WORDS[name.lower()])
            if scaled_share := _of_scale(text, start, fraction.end(), share, floor, before):
                return scaled_share  # "two-thirds of a million"
            if of_unit := _HALF_A_UNIT.match(text, fraction.end()):  # "three quarters of an hour"
                share_of_unit = _of_unit(_whole_enough(share), of_unit.group("unit").lower())
                return _qualified(text, start, of_unit.end(), share_of_unit, floor)
            share_end = fraction.end()
            if period_fraction and (of := _SHARE_OF.match(text, share_end)):
                share_end = of.end()
            return _qualified(text, start, share_end, Figure(Kind.FRACTION, _share(share)), floor)
    if ratio := _RATIO_AFTER.match(text, cursor) or _OUT_OF_AFTER.match(text, cursor):
        denominator, ratio_end = _denominator(text, ratio)
        if denominator and not _is_year(ratio.group("n")):  # "four in 2010" is a count and a year
            figure = Figure(Kind.FRACTION, _share(_divide(value, denominator)))
            return _qualified(text, start, ratio_end, figure, floor)
    if words == ["one"] and (whole := _one_noun_in_every(text, cursor)):
        return _qualified(text, start, whole[1], Figure(Kind.FRACTION, _share(_divide(value, whole[0]))), floor)
    if text.startswith("-to-", cursor) and (score := _TO_ONE_AFTER.match(text, cursor)) and value == value.to_integral_value():
        against = _second_term(score)  # "a two-to-one margin", as "3-to-1" in digits
        return _qualified(text, start, score.end(), Figure(Kind.SCORE, f"{int(value)}-{against}"), floor)
    voted = bool(_TALLY_BEFORE.search(before)) or (scan.standalone and start == 0)
    if value == value.to_integral_value() and (tally_end := _word_tally(text, cursor, int(value), voted)):
        return _qualified(text, start, tally_end[0], Figure(Kind.SCORE, f"{int(value)}-{tally_end[1]}"), floor)
    if 1 < value < 100 and value == value.to_integral_value() and (spaced_end := _against_one(text, cursor, int(value), before)):
        return _qualified(text, start, spaced_end, Figure(Kind.SCORE, f"{int(value)}-1"), floor)  # "by three to one"

    signed = False
    if _ends_with_minus(before) and (minus := _MINUS_BEFORE.search(before)):  # "minus five"
        start, value, signed = start - len(before) + minus.start(), -value, True
    scaled = words[-1] in vocab.SCALE_WORDS and vocab.SCALE_WORDS[words[-1]] >= 1_000_000
    if coded := _code_after(text, cursor, value, scaled):  # "twenty MUSD"
        code, value, cursor, scaled = coded
        figure, new_cursor = _read_unit(text, cursor, value, Kind.MONEY, code, scaled=scaled)
    else:
        figure, new_cursor = _read_unit(text, cursor, value, Kind.COUNT, None, scaled=scaled)  # "five million pounds" is money
    if words == ["one"] and not (scan.standalone or signed):
        if new_cursor == counted and not _one_counts(text, start, cursor, before):
            return None
        if (
            text.startswith("-day", cursor)
            and (format_word := _WORD_AFTER.match(text, new_cursor))
            and format_word.group("w").lower() in vocab.ONE_DAY_FORMATS
        ):
            return None  # "the second one-day international": cricket's format, no day counted
        if new_cursor != counted and _one_is_idiom(text, new_cursor, before, figure):
            return None
    if figure.kind is Kind.COUNT and (noun := _HYPHEN_NOUN_AFTER.match(text, new_cursor)):  # "three-set", "two-time"
        if _names_a_kind(text, noun) or _is_and_idiom(text, new_cursor, noun):
            return None  # "a three-pointer", "three-point range"; "a three-and-out", "one-and-done": an idiom's name, no count
        if noun.group("noun") == "fold":  # "a two-fold increase": a multiple
            return _qualified(text, start, noun.end(), Figure(Kind.MULTIPLE, figure.value), floor)
        if noun.group("noun") in _SOMETHING and words[-1] in vocab.TENS_WORDS and len(words) == 1:  # "twenty-somethings"
            return _mention(text, start, noun.end(), Figure(Kind.COUNT, f"{value}-{value + 9}", approximate=True))
        figure = _digits_range(figure, noun.group("noun"))
        new_cursor = noun.end()
    if figure.kind is Kind.COUNT and before.endswith("-of-") and (chain := _OF_CHAIN_BEFORE.search(before)):
        return _mention(text, start - len(before) + chain.start(), new_cursor, figure)  # "mother-of-two" stays whole
    return _qualified(text, start, new_cursor, figure, floor)


def _with_few(text: str, start: int, before: str, word_before: re.Match[str], vague: Mention, floor: int) -> Mention:
    """ "several hundred", "a few dozen": the vague quantity with "several" or "a few" in its span
    and as its qualifier (kept in the span even where it is no qualifier: "\x00Several")."""
    if vague.start != start:
        return vague  # already qualified
    word_start = start - len(before) + word_before.start("w")
    qualifier = word_before.group("w").lower()
    if qualifier == "few" and text[max(floor, word_start - 2) : word_start].lower() == "a ":
        word_start, qualifier = word_start - 2, "a few"  # "a few thousand"
    return _mention(text, word_start, vague.end, replace(vague.figure, qualifier=qualifier))


def _vague(
    text: str, start: int, cursor: int, phrase: str, floor: int, *, low_phrase: str | None = None, scale: int = 1
) -> Mention:
    low, high = vocab.VAGUE_QUANTITIES[low_phrase or phrase][0] * scale, (vocab.VAGUE_QUANTITIES[phrase][1] + 1) * scale - 1
    if (of := _OF_AFTER.match(text, cursor)) and (named := _currency_name_after(text, of.end())):
        word, named_end = named  # "millions of euros"; "hundreds of pounds of fish" is a weight
        cursor = named_end
        weighed = _weighed_end(text, named_end) if word in vocab.AMBIGUOUS_MONEY_WORDS else None
        if weighed:  # what is weighed stays in the span: standing alone, "hundreds of pounds" is money
            figure, cursor = Figure(Kind.MEASURE, str(low), unit="lb"), weighed
        else:
            figure = Figure(Kind.MONEY, str(low), unit=vocab.CURRENCY_WORDS[word])
    elif of and (measured := _read_unit(text, of.end(), Decimal(low), Kind.COUNT, None))[0].kind in _MEASURED_KINDS:
        figure, cursor = measured  # "hundreds of kilometres", "thousands of hours": so much of a unit
    else:
        figure, cursor = _read_unit(text, cursor, Decimal(low), Kind.COUNT, None)
    figure = Figure(figure.kind, f"{low}-{high}", figure.unit, figure.qualifier, approximate=True)
    return _qualified(text, start, cursor, figure, floor)


# A part of a whole ranked by what the whole is measured by: "the poorest fifth of neighbourhoods",
# "the top tenth of earners", "the most deprived fifth" (not "the latest quarter", a period).
_RANKED_PART_BEFORE = re.compile(
    r"\b(?i:the)[ \u00a0]+(?:(?:most|least)[ \u00a0]+[a-z-]+|top|bottom|upper|lower|[a-z]+est(?<!west)(?<!interest))[ \u00a0]+$"
)


def _read_fraction(text: str, start: int, end: int, word: str, floor: int, before: str, scan: _Scan) -> Mention | None:
    if word in ("quarter", "half") and (ordinal := _ORDINAL_BEFORE.search(before)):  # "the fourth quarter of 2025"
        ordinal_start = start - len(before) + ordinal.start()
        return _read_period(text, ordinal_start, end, ordinal.group("o").lower())
    denominator = Decimal(vocab.FRACTION_WORDS[word])
    if word in ("half", "quarter") and (unit := _HALF_UNIT_JOINED.match(text, end)):  # "a half-hour show", "a quarter-century"
        if _ACCOUNTS_AFTER.match(text, unit.end()):
            return None  # "half-year results", as "full-year profit": the period a company reports on, no figure
        figure = Figure(Kind.DURATION, _canonical(_divide(1, denominator)), unit=vocab.DURATION_UNITS[unit.group("unit").lower()])
        return _qualified(text, start, unit.end(), figure, floor)
    if point := _POINT_AFTER.match(text, end):  # "a quarter-point" cut in a rate
        count, start = _article_or_number_before(text, start, floor, before)
        if count is None and point.group()[0] == "-":
            count = Decimal(1)  # "a further quarter-point rise": the compound says one quarter
        if count is None:
            return None
        figure = Figure(Kind.PERCENT, _canonical(_divide(count, denominator)), unit="percentage point")
        return _mention(text, start, point.end(), figure)
    qualified = _QUALIFIER_BEFORE.search(before)
    if word == "half":
        word_before = _WORD_BEFORE.search(before)
        if word_before and word_before.group("w").lower() in vocab.HALF_PART_BEFORE:
            return None
        if unit := _HALF_A_UNIT.match(text, end):  # "half an hour", "half a mile"
            return _qualified(text, start, unit.end(), _of_unit(Decimal("0.5"), unit.group("unit").lower()), floor)
        if scaled := _of_scale(text, start, end, Decimal("0.5"), floor, before):
            return scaled
        if not (
            _OF_AFTER.match(text, end)
            or _DETERMINER_AFTER.match(text, end)  # "half the staff", "half that", "half as much", "half what it was"
            or qualified
            or scan.standalone
            or _last_word(before) in ("by", "in")  # "fell by half", "cut in half" are a share of what they change
            or (_last_word(before) == "at" and _HALF_OF_A_MEASURE_AFTER.match(text, end))  # "at half brightness"
            or (_last_word(before) == "a" and _CLAUSE_ENDS_AFTER.match(text, end))  # "fell by a half."
            # "Half received the vaccine": a share of those named before, the sentence's subject
            or (text[start] == "H" and before.rstrip()[-1:] in _SENTENCE_OPENS_AFTER and _VERB_AFTER_SUBJECT.match(text, end))
        ):
            return None
        return _qualified(text, start, end, Figure(Kind.FRACTION, "0.5"), floor)
    # "a third of", "nearly a fifth"; "the third day" is an ordinal.
    count, count_start = _article_or_number_before(text, start, floor, before)
    if (
        count is None
        and word not in vocab.FRACTIONS_THAT_COUNT_PERIODS
        and not word.endswith("s")
        and (
            (_RANKED_PART_BEFORE.search(before) and _OF_AFTER.match(text, end))
            or (scan.standalone and not before.strip() and not text[end:].strip())
        )
    ):
        # "the poorest fifth of homes"; and "fifth" as a sheet writes what was read there
        return _mention(text, start, end, Figure(Kind.FRACTION, _share(_divide(1, denominator))))
    if count is None:
        return _of_scale(text, start, end, Decimal("0.25"), floor, before) if word == "quarter" else None  # "quarter million"
    if word == "quarter" and text[count_start] in "aA" and _AMOUNT_BEFORE.search(text, max(0, count_start - 12), count_start):
        return None  # "runs to £1,900 a quarter", "3% a quarter": so much each quarter of a year, no share
    count_before = text[max(floor, count_start - _MAX_LOOKBACK) : count_start]
    if (
        text[count_start].isupper()
        and (count_word := _LATIN_WORD.match(text, count_start))
        and _starts_a_name(text, count_start, count_word.end(), count_before)
        and not scan.names_relaxed
    ):
        return None  # "the Three Quarters Of ...": the number word starts a name, as its own reader judged
    if scaled := _of_scale(text, count_start, end, _divide(count, denominator), floor, before):
        return scaled
    if unit := _HALF_A_UNIT.match(text, end):  # "a quarter of a century", "a third of a mile"
        return _qualified(
            text, count_start, unit.end(), _of_unit(_whole_enough(_divide(count, denominator)), unit.group("unit").lower()), floor
        )
    qualified = _QUALIFIER_BEFORE.search(text, max(floor, count_start - _MAX_LOOKBACK), count_start)
    # "cut deaths by a third", "attendance was up a fifth", "sales rose a third": a share of what changes
    by_share = _last_word(text[max(floor, count_start - _MAX_LOOKBACK) : count_start]) in _CHANGED_BY_A_SHARE
    # A share where no noun follows: "the tax takes a fifth." ("a fifth term" is an ordinal)
    share_alone = count == 1 and _CLAUSE_ENDS_AFTER.match(text, end) is not None
    compared = _COMPARATIVE_AFTER.match(text, end) is not None  # "a third more than planned", "a quarter cheaper"
    if not (_OF_AFTER.match(text, end) or scan.standalone or qualified or by_share or share_alone or compared):
        return None
    start = count_start
    return _qualified(text, start, end, Figure(Kind.FRACTION, _share(_divide(count, denominator))), floor)


def _of_scale(text: str, start: int, end: int, share: Decimal, floor: int, before: str) -> Mention | None:
    """ "half a million people", "more than half a billion pounds", "a quarter-million": the
    share of the scale, with the currency or unit after it."""
    match = _FRACTION_OF_SCALE.match(text, end)
    if match is None:
        return None
    scale = (match.group("scale") or match.group("bare") or match.group("bare_dozen")).lower()
    if start == end - 4 and before.endswith(("a ", "A ")) and not match.group("scale"):
        start -= 2  # "a half-million": the article belongs to the figure
    value = _whole_enough(share * (12 if scale == "dozen" else vocab.SCALE_WORDS[scale]))
    figure, cursor = _read_unit(text, match.end(), value, Kind.COUNT, None, scaled=scale != "dozen")
    return _qualified(text, start, cursor, figure, floor)


def _read_month(text: str, start: int, end: int, floor: int, scan: _Scan) -> Mention | None:
    written = text[start:end]
    month = _month_number(written)
    assert month is not None
    qualifier_start, qualifier = _period_qualifier(text, start, floor)
    if match := _ORDINAL_DAY_AFTER.match(text, end):  # "March third", "March the 21st"
        year, date_end = _year_of_date(text, match)
        value = _date_value(year, month, _ordinal_day(match.group("day")))
        return _mention(text, qualifier_start, date_end, Figure(Kind.DATE, value, qualifier=qualifier))
    window_start = max(floor, start - _MAX_LOOKBACK)
    if _last_word(text[window_start:start]) == "of" and (day := _ORDINAL_DAY_BEFORE.search(text, window_start, start)):
        year, date_end = _year_of_date(text, _MONTH_YEAR_AFTER.match(text, end), end)
        value = _date_value(year, month, _ordinal_day(day.group("day")))
        return _mention(text, day.start("day"), date_end, Figure(Kind.DATE, value))
    if (match := _MONTH_DAY_AFTER.match(text, end)) and 1 <= int(match.group("day")) <= 31:
        year, date_end = _year_of_date(text, match)
        value = _date_value(year, month, int(match.group("day")))
        return _mention(text, qualifier_start, date_end, Figure(Kind.DATE, value, qualifier=qualifier))
    if match := _MONTH_YEAR_AFTER.match(text, end):
        value = f"{match.group('year')}-{month:02d}"
        return _mention(text, qualifier_start, match.end(), Figure(Kind.DATE, value, qualifier=qualifier))
    if spoken_year := _year_words_after(text, end):  # "August two thousand and fifteen"
        value = f"{spoken_year[0]}-{month:02d}"
        return _mention(text, qualifier_start, spoken_year[1], Figure(Kind.DATE, value, qualifier=qualifier))
    if (
        (match := _CARDINAL_DAY_AFTER.match(text, end))
        and (day_number := _words_value(match.group("day"))) <= 31
        and written.lower() in vocab.MONTHS
    ):  # "January twenty five", "May twenty nine nineteen eighty"
        year, date_end = _year_of_date(text, match)
        if year or not _NUMBER_WORD_FOLLOWS.match(text, date_end):
            value = _date_value(year, month, day_number)
            return _mention(text, qualifier_start, date_end, Figure(Kind.DATE, value, qualifier=qualifier))
    abbreviated = written.lower() not in vocab.MONTHS
    after_joiner = scan.date_end >= 0 and _RANGE_JOINER.fullmatch(text, scan.date_end, start) is not None
    word_before = _WORD_BEFORE.search(text[max(floor, start - _MAX_LOOKBACK) : start])
    if abbreviated and not (
        scan.standalone
        or _MONTH_RANGE_AFTER.match(text, end)
        or after_joiner
        or _abbreviated_month_alone(text, start, end, word_before)
    ):
        return None
    # "June" and "March" read plainly after more words ("the figures for June", "compared with
    # March", "the June figure"); "May" is a name too often ("voted for May"), and no month goes
    # on into a capitalised word ("for April Ryan").
    plain = (written.lower() not in vocab.MONTHS_THAT_ARE_WORDS or written == "March") and not (
        _CAPITALISED_WORD_AFTER.match(text, end)
    )
    after_preposition = word_before is not None and (
        word_before.group("w").lower() in vocab.MONTH_ALONE_AFTER
        or (plain and word_before.group("w").lower() in _MORE_MONTH_WORDS_BEFORE and text[start - 1 : start] == " ")
        or (plain and word_before.group("w").lower() in vocab.DETERMINER_WORDS and _NOUN_AFTER_MONTH.match(text, end))
        or (
            word_before.group("w").lower() == "to"
            and not _CAPITALISED_WORD_AFTER.match(text, end)  # "wrote to April Ryan"
            and (
                written.lower() not in vocab.MONTHS_THAT_ARE_WORDS
                or (written[0].isupper() and bool(_PERIOD_TO_BEFORE.search(text, max(0, start - 24), start)))
            )
        )
    )  # "in the year to September", "in the 12 months to March"; not "spoke to May", "plans to march"
    # A range of months: "from March to May", "Jan-Feb 2017", "between May and July".
    in_range = _MONTH_RANGE_AFTER.match(text, end) or after_joiner
    if not (scan.standalone or qualifier or after_preposition or in_range):
        return None  # "March" and "May" are words too
    return _mention(text, qualifier_start, end, Figure(Kind.DATE, f"{month:02d}", qualifier=qualifier))


_ABBREVIATED_MONTH_AFTER = vocab.MONTH_ALONE_AFTER - {"by", "from", "of"}


def _abbreviated_month_alone(text: str, start: int, end: int, word_before: re.Match[str] | None) -> bool:
    """ "since Aug", "in Sept.": a capitalised abbreviation after a word that dates, not before a
    name. "by", "from" and "of" do not date it: "a letter from Jan", "by Jan Novak"."""
    word = text[start:end]
    return (
        word[0].isupper()
        and word.lower() not in vocab.MONTHS_THAT_ARE_WORDS
        and word_before is not None
        and word_before.group("w").lower() in _ABBREVIATED_MONTH_AFTER
        and word_before.group().endswith(word_before.group("w") + " ")  # "since Aug", not "since: Aug"
        and not _CAPITALISED_WORD_AFTER.match(text, end + text.startswith(".", end))
    )


def _read_weekday(text: str, start: int, end: int, floor: int, scan: _Scan, *, abbreviated: bool = False) -> Mention | None:
    """ "Tuesday", "on Friday night", "Tuesday, March 7", "Friday the 13th"; a weekday cut short
    ("Sat 14 June", "Mon 13th") only before a date."""
    written = text[start:end]
    if text.startswith("s", end):
        return None
    if abbreviated and text.startswith(".", end):
        end += 1  # "Fri., Dec. 13"
    parts: list[str] = []
    prefix = _WEEKDAY_PREFIX.search(text[max(floor, start - _MAX_LOOKBACK) : start])
    if prefix and prefix.group("q").lower() in ("about", "around") and text.startswith(("'s", "’s"), end):
        prefix = None  # "worries about Tuesday's vote": what they are about, no time
    if prefix:
        parts.append(prefix.group("q").lower())
        start = prefix.start() + max(floor, start - _MAX_LOOKBACK)
    gap = _WEEKDAY_GAP.match(text, end)
    if gap:  # "Tuesday, March 7", "Monday 21 September", "Friday 7/6": the date, its weekday in the span
        date: Mention | int | None = None
        if month := _MONTH_AT.match(text, gap.end()):
            date = _read_month(text, month.start(), month.end(), end, scan)
        elif day := _DAY_AT.match(text, gap.end()):
            date = _read_number(text, day.start(), day.end(), end, scan, currency=None)
        if (
            isinstance(date, Mention)
            and date.start == gap.end()
            and date.figure.kind is Kind.DATE
            and date.figure.value.count("-") >= 1
        ):
            return _mention(text, start, date.end, replace(date.figure, qualifier=" ".join(parts) or None))
    if (day_after := _WEEKDAY_DAY_AFTER.match(text, end)) and (
        day_after.group("words")
        or day_after.group("the")
        or day_after.group("suffix")
        or not (abbreviated or _DAY_PART_AFTER.match(text, end))
    ):
        number = int(day_after.group("digits")) if day_after.group("digits") else _ordinal_day(day_after.group("words"))
        figure = Figure(Kind.DATE, f"---{number:02d}", qualifier=" ".join(parts) or None)
        return _mention(text, start, day_after.end(), figure)  # the day, its weekday in the span
    if abbreviated:
        return None  # "Sun" and "Wed" alone are words
    day_part = _DAY_PART_AFTER.match(text, end)
    if (
        not day_part
        and not scan.standalone
        and text[max(floor, start - 4) : start].lower() == "the "
        and _CAPITALISED_WORD_AFTER.match(text, end)
        and not _MONTH_AT.match(text, end + 1)
    ):
        return None  # "the Sunday Mirror", "the Monday Club": a name
    if (
        not day_part
        and not scan.standalone
        and (noun := _WORD_AFTER.match(text, end))
        and noun.group("w") in _WEEKDAY_COMPOUNDS
        and _last_word(text[max(floor, start - 12) : start]) not in _DAY_PREPOSITIONS
    ):
        return None  # "Sunday lunches", "the Sunday papers", "Saturday jobs": a kind of thing; not "on Sunday lunch was late"
    if day_part:
        parts.append(day_part.group("p"))
        end = day_part.end()
    figure = Figure(Kind.WEEKDAY, written.capitalize(), qualifier=" ".join(parts) or None)
    return _mention(text, start, end, figure)


def _read_decade(text: str, start: int, end: int, floor: int, scan: _Scan) -> Mention | int | None:
    """ "the '90s"; and a year cut short after a word that dates ("in '08", "the '08 crisis"):
    an opening quote before a number ("said: '20 people") is no year."""
    written = text[start:end]
    short = int(written[1:3])
    century = "19" if short >= 30 else "20"
    qualifier_start, qualifier = _period_qualifier(text, start, floor)
    if not written.endswith("s"):
        if scan.standalone or _last_word(text[max(floor, start - _MAX_LOOKBACK) : start]) in vocab.SHORT_YEAR_BEFORE:
            return _mention(text, qualifier_start, end, Figure(Kind.YEAR, f"{century}{short:02d}", qualifier=qualifier))
        return _read_number(text, start + 1, end, floor, scan, currency=None)  # the number after a quote
    return _mention(text, qualifier_start, end, Figure(Kind.DECADE, f"{century}{short:02d}s", qualifier=qualifier))


def _read_unit_word(text: str, start: int, end: int, floor: int, scan: _Scan) -> Mention | None:
    """ "more than a month", "almost a decade", "up to a metre", "an hour and a half", "a
    decade-long fight"."""
    written = text[start:end]
    if (joined := _UNIT_JOINED_AFTER.match(text, end)) and (start == 0 or text[start - 1] in " \u00a0\n(\"“'‘"):
        unit_word = written
        if unit_word in vocab.DURATION_UNITS or joined.group("suffix") == "long":  # "a century-old bridge"
            return _qualified(text, start, joined.end(), _of_unit(Decimal(1), unit_word), floor)
    if text[start - 2 : start] == "a " and start - 2 >= floor:
        article = start - 2
    elif text[start - 3 : start] == "an " and start - 3 >= floor:
        article = start - 3
    else:
        return None
    if article > 0 and text[article - 1].isalnum():
        return None  # "...a month" inside a word ("Santa month")
    if alternative := _OR_FEW_AFTER.match(text, end):  # "a week or two", "an hour or three": one to a few
        one, most = _of_unit(Decimal(1), written), alternative.group("n").lower()
        figure = Figure(one.kind, f"1-{_NUMBER_WORD_VALUES.get(most, most)}", one.unit)
        return _qualified(text, article, alternative.end(), figure, floor)
    value = Decimal(1)
    if added := _and_fraction(text, end):  # "an hour and a half", "a year and a quarter"
        value, end = _whole_enough(value + added[0]), added[1]
    mention = _qualified(text, article, end, _of_unit(value, written), floor)
    if value == 1 and mention.figure.meaning[3] not in vocab.ARTICLE_UNIT_QUALIFIERS:
        return None  # "a month" alone is an article and a noun; "only a day" says how little, not how many
    if value == 1 and _COMPARED_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return None  # "300,000 more than a year ago": the comparison is the number's, not the year's
    if mention.figure.kind is Kind.DURATION and mention.text.lower().startswith(_COMPARATIVE_ADJECTIVES):
        return None  # "a fifth higher than a month earlier": no time is higher; the month is when, compared with
    return mention


def _of_unit(value: Decimal, unit_word: str) -> Figure:
    """So much of a unit written as a singular word: "an hour", "half a mile"."""
    if unit_word in vocab.DURATION_UNITS:
        return Figure(Kind.DURATION, _canonical(value), unit=vocab.DURATION_UNITS[unit_word])
    if unit_word in _POINTS_OF_PERCENT:
        return Figure(Kind.PERCENT, _canonical(value), unit=unit_word)
    return Figure(Kind.MEASURE, _canonical(value), unit=vocab.MEASURE_UNITS[unit_word])


def _compound(text: str, figure: Figure, end: int) -> tuple[Figure, int]:
    """ "2 hours 30 minutes", "6 feet 2 inches": two units of one quantity, one figure in the smaller."""
    if figure.kind is Kind.DURATION and (added := _and_fraction(text, end)):  # "one hour and a half", "a year and a quarter"
        return replace(figure, value=_canonical(_whole_enough(Decimal(figure.value) + added[0]))), added[1]
    if figure.unit == "hour" and (clock := _GLUED_MINUTES_AFTER.match(text, end)):  # "2h 01m 09s", as results write it
        seconds = (Decimal(figure.value) * 60 + int(clock.group("m"))) * 60 + int(clock.group("s") or 0)
        if clock.group("s"):
            return replace(figure, value=_canonical(seconds), unit="second"), clock.end()
        return replace(figure, value=_canonical(_divide(seconds, 60)), unit="minute"), clock.end()
    if figure.unit == "ft" and (height := _INCHES_OF_HEIGHT.match(text, end)):
        inches = int(height.group("joined") or height.group("spaced"))
        if inches < 12:
            return replace(figure, value=_canonical(Decimal(figure.value) * 12 + inches), unit="inch"), height.end()
    match = _COMPOUND_PART.match(text, end)
    if match is None or "." in figure.value:
        return figure, end  # not "peaked at 3.4 metres, 40cm below its record": a whole larger part only
    unit = match.group("u")
    small = _unit_of(vocab.DURATION_UNITS, unit) or _unit_of(vocab.MEASURE_UNITS, unit) or ("inch" if unit == "in" else None)
    factor = vocab.COMPOUND_UNITS.get((figure.unit or "", small or ""))
    if factor is None:
        return figure, end
    if match.group("words"):  # "three years and four months"
        part, _, _ = _number_words(text, match.start("n"))
        if part is None:
            return figure, end
    else:
        part = Decimal(match.group("n"))
    value = Decimal(figure.value) * factor + part
    # and perhaps a third part: "1 hour, 20 minutes and 30 seconds"
    return _compound(text, replace(figure, value=_canonical(value), unit=small), match.end())


def _read_any_word(text: str, start: int, end: int, floor: int, scan: _Scan) -> Mention | int | None:
    word = text[start:end]
    if word in _MONTH_ANCHORS:
        return _read_month(text, start, end, floor, scan)
    if word in _WEEKDAY_ANCHORS:
        return _read_weekday(text, start, end, floor, scan)
    if word in vocab.WEEKDAY_ABBREVIATIONS:
        return _read_weekday(text, start, end, floor, scan, abbreviated=True)
    if word == "century" and (century := _read_century(text, start, end, floor)):
        return century
    if word in _UNIT_ANCHORS:
        return _read_unit_word(text, start, end, floor, scan)
    return _read_word(text, start, end, floor, scan)


def _zero_names_something(text: str, start: int, end: int, before: str) -> bool:
    """ "net zero", "zero-emission cars", "zero tolerance", "Ground Zero": a policy, a kind or a
    name, no count of nothing ("fell to zero", "zero deaths" are figures)."""
    if _last_word(before) == "net" or text[max(0, start - 4) : start].lower() == "net-":
        return True
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True
    if _ZERO_IDIOM_AFTER.match(text, end):
        return True
    return text[start].isupper() and bool(_CAPITALISED_WORD_BEFORE.search(before))


def _read_century(text: str, start: int, end: int, floor: int) -> Mention | None:
    """ "the 21st century", "the mid-19th century", "a 15th-century church", "the fifth century BC"."""
    before = _CENTURY_BEFORE.search(text, max(floor, start - _MAX_LOOKBACK), start)
    if before is None:
        return None
    number = int(before.group("digits")) if before.group("digits") else _ordinal_day(before.group("words"))
    value = f"{ordinal(number)} century"
    if era := _ERA_AFTER.match(text, end):
        end = era.end()
        if era.group("era").startswith("B"):
            value += " BC"
    qualifier_start, qualifier = _period_qualifier(text, before.start(), floor)
    return _mention(text, qualifier_start, end, Figure(Kind.CENTURY, value, qualifier=qualifier))


def _year_of_era(text: str, start: int, end: int, value: Decimal, before: str) -> tuple[int, int, Figure] | None:
    """A year of an era written beside it: "1450 BC", "10,000 BCE", "79 AD", "AD 410", "200 CE";
    where it starts and ends, and the figure. Not "5,000 BC Hydro customers" (a name goes on)."""
    era = _ERA_AFTER.match(text, end) if text[end + 1 : end + 2] in _ERA_FIRST_LETTERS else None  # tried after every count
    era_before = None if era or not before.endswith(_ERA_BEFORE_ENDS) else _ERA_BEFORE.search(before)
    if not (era or era_before) or end - start > 7 or value < 1 or value != value.to_integral_value():
        return None  # (a run of digits too long for a year is never made a number: ints of many digits are slow)
    number = int(value)
    if era and not _CAPITALISED_WORD_AFTER.match(text, era.end()):
        if era.group("era").startswith("B"):
            return (start, era.end(), Figure(Kind.YEAR, f"{number} BC")) if number <= 100_000 else None
        return (start, era.end(), Figure(Kind.YEAR, str(number))) if number <= 2100 else None
    if era_before and number <= 2100 and text[start:end].isdigit():
        return start - len(before) + era_before.start(), end, Figure(Kind.YEAR, str(number))
    return None


def ordinal(number: int) -> str:
    """ "21st", "12th", "3rd"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _read_vulgar(text: str, start: int, end: int, floor: int, scan: _Scan) -> Mention | None:
    """ "½ mile", "¾ of the vote": a fraction written as one character, with no whole before it."""
    numerator, denominator = vocab.VULGAR_FRACTIONS[text[start:end]]
    value = _whole_enough(_divide(numerator, denominator))
    figure, cursor = _read_unit(text, end, value, Kind.COUNT, None)
    if figure.kind is Kind.COUNT:
        figure = Figure(Kind.FRACTION, _share(value))
    return _qualified(text, start, cursor, figure, floor)


_READERS: dict[str, Callable[[str, int, int, int, _Scan], Mention | int | None]] = {
    "digits": _read_digits,
    "symbol_digits": _read_digits,
    "word": _read_any_word,
    "decade": _read_decade,
    "vulgar": _read_vulgar,
}


# --- shared steps -----------------------------------------------------------------


def _read_unit(
    text: str, cursor: int, value: Decimal, kind: Kind, unit: str | None, *, scaled: bool = False
) -> tuple[Figure, int]:
    """The unit after a number decides its kind: percent, duration, measure, money."""
    if kind is Kind.MONEY:
        country = _DOLLAR_COUNTRY_AFTER.match(text, cursor) if unit == "USD" else None
        if country and not _NOUN_AFTER.match(text, country.end()):
            unit, cursor = vocab.DOLLAR_COUNTRIES[country.group("country")], country.end()  # "$100 Australian"
        if per := _PER_AFTER.match(text, cursor):  # "$12/month": a rate, the period part of the unit
            return Figure(kind, _canonical(value), unit=f"{unit}/{per.group('per').lower()}"), per.end()
        return Figure(kind, _canonical(value), unit=unit), cursor
    if (
        kind is Kind.COUNT
        and unit is None
        and text.startswith(" times", cursor)
        and (
            (times := _TIMES_AFTER.match(text, cursor))
            or (value != value.to_integral_value() and (times := _TIMES_NOT_HOW_OFTEN.match(text, cursor)))
        )
    ):  # "three times the average" as "twice" is; "rose 2.5 times" (nothing happens two and a half times)
        return Figure(Kind.MULTIPLE, _canonical(value)), times.end()
    if (
        kind is Kind.COUNT
        and unit is None
        and 0 < value < 1
        and text.startswith((" of a", " Of a"), cursor)
        and (of_unit := _HALF_A_UNIT.match(text, cursor))
    ):  # "0.2 of a second", "3/8 of a gallon", as "a third of a mile" is
        return _of_unit(value, of_unit.group("unit").lower()), of_unit.end()
    if kind is Kind.COUNT and unit is None and value < 10 and (quake := _QUAKE_SCALE_AFTER.match(text, cursor)):
        return Figure(Kind.MEASURE, _canonical(value), unit="magnitude"), quake.end()  # "7.1 on the Richter scale"
    if (temperature := _TEMPERATURE_AFTER.match(text, cursor)) and (
        not temperature.group("glued")
        or vocab.GLUED_TEMPERATURES[temperature.group("glued")][0]
        <= value
        <= vocab.GLUED_TEMPERATURES[temperature.group("glued")][1]
    ):  # a letter alone is a scale only for a likely temperature: "a Boeing 777F" is a model
        scale = (temperature.group("glued") or temperature.group("scale") or temperature.group("named")).lower()
        return Figure(Kind.MEASURE, _canonical(value), unit=vocab.TEMPERATURE_UNITS[scale]), temperature.end()
    match = _UNIT_AFTER.match(text, cursor)
    if match is not None and match.group("measure_unit") == "degrees" and (below := _BELOW_ZERO_AFTER.match(text, match.end())):
        return Figure(Kind.MEASURE, _canonical(-value), unit="degree"), below.end()  # "2 degrees below zero"
    if scaled and (word_after := _SCALED_CURRENCY_AFTER.match(text, cursor)):  # "50 billion won"
        return Figure(
            Kind.MONEY, _canonical(value), unit=vocab.SCALED_ONLY_CURRENCY_WORDS[word_after.group("w")]
        ), word_after.end()
    if (match is None or match.lastgroup == "measure") and (named := _currency_name_after(text, cursor)):
        word, named_end = named  # a currency's name comes before a measure's ("22 pounds" is judged below)
        unit = vocab.CURRENCY_WORDS[word]
        if value == value.to_integral_value() and (minor := _minor_amount(text, named_end, unit)):
            return Figure(Kind.MONEY, _canonical(value + _divide(minor[0], 100)), unit=unit), minor[1]  # "3 dollars 50 cents"
        if word in vocab.AMBIGUOUS_MONEY_WORDS and not scaled:
            return Figure(Kind.MEASURE, _canonical(value), unit="lb"), named_end  # "22 pounds" is a weight
        if word in vocab.AMBIGUOUS_MONEY_WORDS and (weighed := _weighed_end(text, named_end)):
            return Figure(Kind.MEASURE, _canonical(value), unit="lb"), weighed  # "1.5 million pounds of cocaine"
        return Figure(Kind.MONEY, _canonical(value), unit=unit), named_end
    if match is None:
        return Figure(kind, _canonical(value), unit=unit), cursor
    found = match.lastgroup
    if found == "percent":
        word = " ".join((match.group("percent_word") or "%").lower().replace("-", " ").split())
        unit_name = vocab.PERCENT_WORDS.get(word, vocab.PERCENT_WORDS.get(word.replace("percent", "per cent"), "percent"))
        return Figure(Kind.PERCENT, _canonical(value), unit=unit_name), match.end()
    if found == "age":
        return Figure(Kind.DURATION, _canonical(value), unit=match.group("age_unit") or "year"), match.end()
    if found == "duration":
        end = match.end()
        if compound := _COMPOUND_AFTER.match(text, end):  # "four-day-long"
            end = compound.end()
        written = match.group("duration_unit")
        if written not in vocab.DURATION_UNITS and _name_goes_on(text, end):
            return Figure(kind, _canonical(value), unit=unit), cursor  # "Seven Days Inn": a name
        if written.lower() in _SEASONS_COUNTED and value == value.to_integral_value() and 1500 <= value <= 2100:
            return Figure(kind, _canonical(value), unit=unit), cursor  # "the 2020-2021 seasons": years, no count of them
        if written.lower() == "night" and value != 1 and not match.group("duration").startswith("-"):
            return Figure(kind, _canonical(value), unit=unit), cursor  # "three night markets": night describes them
        figure = Figure(Kind.DURATION, _canonical(value), unit=_unit_of(vocab.DURATION_UNITS, written))
        return _compound(text, figure, end) if end == match.end() else (figure, end)
    if found == "money_after":
        return Figure(Kind.MONEY, _canonical(value), unit=vocab.CURRENCY_SYMBOLS[match.group("money_symbol")]), match.end()
    end = match.end()
    if compound := _COMPOUND_AFTER.match(text, end):  # "20-foot-deep"
        end = compound.end()
    elif match.group("measure_unit") == "m" and (dimension := _DIMENSION_AFTER.match(text, end)):
        end = dimension.end()  # "1.8m tall" is a length only with its adjective: keep it in the span
    written = match.group("measure_unit")
    glued = vocab.GLUED_MEASURE_UNITS.get(written) if text[match.start("measure_unit") - 1].isdigit() else None
    if written not in vocab.MEASURE_UNITS and not written.islower() and glued is None and _name_goes_on(text, match.end()):
        return Figure(kind, _canonical(value), unit=unit), cursor  # "Ninety Mile Beach": a name ("4,000-square-metre X" is none)
    if text[match.start("measure_unit") - 1] == "-" and _names_a_kind(text, match, "measure_unit"):
        return Figure(kind, _canonical(value), unit=unit), cursor  # "from three-point range": a shot, read as a count's noun
    if written == "point" and 0 < value < 1 and text[match.start("measure_unit") - 1] == "-":
        # "a 0.3-point fall in the jobless rate": a fraction of a point is a rate's, as "a quarter-point" is
        return Figure(Kind.PERCENT, _canonical(value), unit="percentage point"), end
    figure = Figure(Kind.MEASURE, _canonical(value), unit=glued or _unit_of(vocab.MEASURE_UNITS, written))
    return _compound(text, figure, end) if end == match.end() else (figure, end)


def _weighed_end(text: str, end: int) -> int | None:
    """Where "of" and what "pounds" weigh end ("of fish"), or None where pounds of it are money
    ("of funding", "of taxpayers' money"). The span keeps it: standing alone, "five million pounds"
    is money."""
    weighed = _WEIGHED_AFTER.match(text, end)
    if weighed is None or weighed.group("noun").lower().rstrip("’'") in vocab.MONEY_NOUNS:
        return None
    return weighed.end()


def _minor_amount(text: str, end: int, unit: str) -> tuple[Decimal, int] | None:
    """The minor amount after a currency's name and where it ends: "3 dollars 50 cents", "12 pounds
    and 40 pence", "it costs 15 dollars 50." (unsaid at a clause's end: two digits, no "and": not
    "20 pounds and 30, respectively")."""
    match = _MINOR_AFTER.match(text, end)
    if match is None:
        return None
    written = match.group("n")
    if match.group("minor"):
        if match.group("minor").lower() not in vocab.MINOR_UNITS.get(unit, ()):
            return None
    elif unit not in vocab.MINOR_UNITS or (written.isdigit() and len(written) < 2) or "and" in text[end : match.start("n")]:
        return None
    minor = _decimal(written) if written[0].isdigit() else _number_words(text, match.start("n"))[0]
    return (minor, match.end()) if minor is not None and 0 < minor < 100 else None


def _starts_a_name(text: str, start: int, end: int, before: str) -> bool:
    """A capitalised number word inside a sentence, before another capitalised word: a name."""
    opening = before.rstrip(" \u00a0\"“‘'(")
    if not opening or opening[-1] in ".!?:\n\r" or not _name_goes_on(text, end):
        return False
    words = opening.split()  # none when the text before is only a control character ("\r1\rOne Tah")
    return bool(words) and words[-1] not in vocab.TITLE_CASE_FUNCTION_WORDS


def _ends_a_name(before: str) -> bool:
    """A capitalised number word right after a capitalised word ends a name: "Formula One",
    "Channel Four", "Apollo Eleven", "the Group of Seven" (the caller leaves a title-case headline out: "Storm Kills Nine")."""
    if not before.endswith(" ") or before.endswith("  "):
        return False
    words = before.split()
    if len(words) >= 3 and words[-1] == "of":
        words = words[:-1]  # "the Group of Seven", "the Gang of Four"
    if len(words) < 2 or words[-2][-1:] in (".", "!", "?", ":", ";", ",", '"', "“"):
        return False  # the word opens a sentence or a clause: "Police. Nine ...", "Overnight, Nine ..."
    word = words[-1]
    named = word[0].isupper() and word.replace("’", "").replace("'", "").isalpha()
    return named and word not in vocab.TITLE_CASE_FUNCTION_WORDS


def _name_goes_on(text: str, end: int) -> bool:
    """A capitalised unit word goes on into a name: another capitalised word follows that is not
    a headline's function word ("Ninety Mile Beach", not "12 Inches Of Rain")."""
    following = _WORD_AFTER.match(text, end)
    if following is None or not text.startswith(" ", end):
        return False
    word = following.group("w")
    # In a title-case headline every word is capitalised: "Prices Hit 10-Month Low" names nothing.
    return word[0].isupper() and word not in vocab.TITLE_CASE_FUNCTION_WORDS and not _is_title_case(text)


def _currency_name_after(text: str, cursor: int) -> tuple[str, int] | None:
    """A currency's name after an amount, spaced or hyphenated ("50 dollars", "100 Chinese yuan",
    "a 50-cent coin"), in any case: the name in lower case and where it ends. Looked up in the
    table word by word, longest first (a pattern of CLDR's 549 names took 10 ms to compile at
    every start)."""
    stem = _STEM_AFTER.match(text, cursor)  # most words after a number name no currency: judged by their first letters
    if stem is None or stem.group(1).lower() not in _CURRENCY_FIRST_STEMS:
        return None
    match = _WORDS_AFTER.match(text, cursor)
    if match is None:
        return None
    words_start = match.start("words")
    words = match.group("words").split(" ")
    for count in range(min(len(words), _CURRENCY_NAME_WORDS), 0, -1):
        name = " ".join(words[:count])
        # the name ends where a word does: "dollars." and "dollars-worth" hold "dollars"
        for cut in [len(name), *(m.start() for m in _NAME_END.finditer(name, len(name) - len(words[count - 1])))][::-1]:
            candidate = name[:cut]
            lower = candidate.lower()
            if lower in vocab.CURRENCY_WORDS and len(lower) == len(candidate) and not _is_word_char(text, words_start + cut):
                return lower, words_start + cut
    return None


# The guess in a bound that is itself one ("up to about"), kept when "up to" is a verb's particle
_GUESS_AFTER_A_PARTICLE = re.compile(r"(?i)(?<=^up to )(?:about|around|roughly|approximately|some)$")


def _qualified(text: str, start: int, end: int, figure: Figure, floor: int) -> Mention:
    """Extend a mention over the qualifier before it and the one after it."""
    window_start = max(floor, start - _MAX_LOOKBACK)
    qualifier = None
    match = None
    if (
        _last_word(text[window_start:start]) in _QUALIFIER_LAST_WORDS
        and (match := _QUALIFIER_BEFORE.search(text, window_start, start))
        and not _is_particle(text, match, window_start, end)
        and not _is_span(text, match, figure, floor, end)
        and not _is_under_terms(text, match, end)
        and not _is_comparison(text, match)
        and not _is_near_a_deal(text, match, figure, end)
        # "won four in a row to close to 15-14": a verb; a result is never about so much ("close to 2-to-1" is a ratio)
        and not (figure.kind is Kind.SCORE and match.group("q").lower() == "close to" and "to" not in text[start:end])
    ):
        qualifier = " ".join(match.group("q").lower().split())
        start = match.start("q")
    elif match and (inner := _GUESS_AFTER_A_PARTICLE.search(match.group("q"))):
        # "rose up to about 5%": the verb's particle, and the guess that is the figure's own
        qualifier = inner.group().lower()
        start = match.start("q") + inner.start()
    elif (
        start > window_start
        and (
            text[start - 1] in _SIGNS
            or (text[start - 1] in " \u00a0" and text[max(window_start, start - 3) : start - 1].strip()[-1:] in _SIGNS)
        )
        and (match := _SIGN_BEFORE.search(text, window_start, start))
    ):
        qualifier = match.group("q")
        start = match.start("q")
    elif (
        start >= 3
        and text[start - 2] in "an"
        and (text.startswith("a ", start - 2) or text.startswith("an ", start - 3))
        and figure.kind in _QUANTITY_KINDS
        and (match := _QUALIFIER_THEN_ARTICLE_BEFORE.search(text, window_start, start))
        and (match.group("q").lower() != "about" or _last_word(text[window_start : match.start("q")]) in _ABOUT_A_AFTER)
    ):
        # "about a 60% chance", "more than a 50% fall", "nearly a 10-minute wait": the article is the noun's
        qualifier = " ".join(match.group("q").lower().split())
        start = match.start("q")
    elif (
        qualifier is None
        and text[max(window_start, start - 8) : start - 1].endswith("another")
        and (match := _QUALIFIER_THEN_ANOTHER_BEFORE.search(text, window_start, start))
    ):
        qualifier = " ".join(match.group("q").lower().split())
        start = match.start("q")
    if qualifier in _OR_EQUAL_BOUNDS and (equal := _OR_EQUAL_AFTER.match(text, end)):
        qualifier, end = f"{qualifier} or equal to", equal.end()  # "more than 5000 or equal to": at least 5000
    elif match := _TRAILING_QUALIFIER.match(text, end):
        trailing = " ".join(match.group("q").replace("-", " ").split())
        qualifier = f"{qualifier} {trailing}" if qualifier else trailing
        end = match.end()
    elif text[end : end + 1] in ("-", "+") and (plus := _PLUS_AFTER.match(text, end)):  # "40-plus", "1 million-plus", "18+"
        word = plus.group("word") or "plus"  # "30-odd"
        qualifier = f"{qualifier} {word}" if qualifier else word
        end = plus.end()
    if qualifier:  # not dataclasses.replace: this runs for every figure, and replace costs three constructions
        figure = Figure(figure.kind, figure.value, figure.unit, qualifier, figure.approximate)
    return _mention(text, start, end, figure)


def _bounded(text: str, start: int, end: int, before: str) -> bool:
    """Whether a qualifier bounds the number at `start` ("more than 2019" is a count; "twice as much
    as 2019's" and "18% below 2019 levels" compare with a year)."""
    if _last_word(before) not in _QUALIFIER_LAST_WORDS:
        return False
    window_start = start - len(before)
    bound = _QUALIFIER_BEFORE.search(text, window_start, start)
    return (
        bound is not None
        and not _is_comparison(text, bound)
        and not _YEARS_MEASURE_AFTER.match(text, end)
        # as the qualifier is judged ("jailed over 2025 fraud" has none): the year it reads alone
        and not _is_particle(text, bound, window_start, end)
        # "some 2024 Trekker Plus vehicles", "some 2023 Ford trucks": which of a model year's, no count
        and not (bound.group("q").lower() == "some" and _CAPITALISED_WORD_AFTER.match(text, end))
    )


def _is_near_a_deal(text: str, qualifier: re.Match[str], figure: Figure, end: int) -> bool:
    """ "close to" before a sum and a deal's noun ("Club close to £38m deal for striker") says the
    deal is near, not the sum: the deal is for £38m."""
    if figure.kind is not Kind.MONEY or qualifier.group("q").lower() != "close to":
        return False
    noun = _WORD_AFTER.match(text, end)
    return noun is not None and noun.group("w").lower() in vocab.DEAL_NOUNS


def _is_comparison(text: str, qualifier: re.Match[str]) -> bool:
    """ "as many as" after a multiple compares ("three times as many as two decades ago", "twice
    as much as in 2019"): the figure after it is what is compared with, not bounded."""
    if not qualifier.group("q").lower().startswith("as "):
        return False
    # The multiple may be a figure read already ("twice"): look behind the window's floor.
    multiple = _WORD_BEFORE.search(text, max(0, qualifier.start("q") - 12), qualifier.start("q"))
    return multiple is not None and multiple.group("w").lower() in _MULTIPLYING_WORDS


# A race's distance after "over": digits and a unit of length ("200 metres", "10,000m", "5k").
_RACE_DISTANCE = re.compile(
    r"[ \u00a0]*\d[\d,.]*[ \u00a0]?(?:m|metres?|meters?|km|kilometres?|kilometers?|miles?|yards?|k)", re.IGNORECASE
)


def _is_particle(text: str, qualifier: re.Match[str], window_start: int, end: int) -> bool:
    """ "up to" after a verb of motion is its particle ("edging up to 3.1%"), "over" after a verb
    whose particle it is ("rolled over 14 times") is too, and "over" after a word of blame or
    dispute means "about" ("jailed over £2m fraud", "a row over 300 jobs"): none is a qualifier."""
    written = qualifier.group("q").lower()
    if written.startswith("up"):
        words = vocab.UP_TO_VERBS
    elif written == "over":
        words = vocab.OVER_MEANS_ABOUT_AFTER
    else:
        return False
    verb = _WORD_BEFORE.search(text, window_start, qualifier.start("q"))
    if written == "over" and verb is not None and verb.group("w").lower() in vocab.OVER_PARTICLE_VERBS:
        return True  # "the jackpot rolled over 14 times", "handed over 300 files"
    if (
        written == "over"
        and verb is not None
        and verb.group("w").lower() in vocab.RACING_WORDS
        and _RACE_DISTANCE.fullmatch(text, qualifier.end(), end)
    ):
        return True  # "the world record over 200 metres", "the fastest time over 10,000m": the race's distance
    if verb is not None and verb.group("w").lower() in words:
        # "adding up to 35 minutes to journeys": at most 35 minutes added; "adding up to $5m": a sum
        return not (verb.group("w").lower() in _ADDING_WORDS and text.startswith(" to ", end))
    if verb is not None and verb.group("w").lower() in _LASTING_WORDS:
        return False  # "jailed for over 10 years"
    # A verb a few words back, in the same clause: "revised its figure for the year up to 728,000",
    # "jailed for nine years over £4.6m fraud".
    pattern, reach = (_MOVED_BEFORE, 60) if written.startswith("up") else (_BLAMED_BEFORE, 40)
    verb = pattern.search(text, max(0, qualifier.start("q") - reach), qualifier.start("q"))
    return verb is not None and verb.group("w").lower() in words


def _is_under_terms(text: str, qualifier: re.Match[str], end: int) -> bool:
    """ "under three scenarios", "under two contracts": the terms something holds under, and
    "pulled from under 2.5 metres of snow", "buried under 3 metres of rubble": a place beneath
    something; neither is "less than"."""
    if qualifier.group("q").lower() != "under":
        return False
    before = _WORD_BEFORE.search(text, max(0, qualifier.start("q") - 20), qualifier.start("q"))
    if before is not None and before.group("w").lower() in vocab.BENEATH_WORDS:
        return True
    following = _WORD_AFTER.match(text, end)
    return following is not None and following.group("w").lower() in vocab.UNDER_TERMS_NOUNS


def _is_span(text: str, qualifier: re.Match[str], figure: Figure, floor: int, end: int) -> bool:
    """ "over" between a figure and a duration spreads the figure over that time ("burned 48,000
    acres over three weeks", "$300 billion over two years", "six hits over 5 2/3 innings"), and
    between a figure and a stretch of ground over that ground ("averaged 8.3% over 11 kilometres"):
    it is no "more than" ("for over three weeks", "over 20 years ago", "1 in 8 patients waited over
    18 weeks", "walked over 11 kilometres" keep it)."""
    if qualifier.group("q").lower() != "over" or _AGO_AFTER.match(text, end):
        return False
    ground = figure.kind is Kind.MEASURE and figure.unit in _GROUND_UNITS
    if figure.kind is not Kind.DURATION and not ground and not (figure.kind is Kind.COUNT and _STRETCH_AFTER.match(text, end)):
        return False  # a count of games or laps is a stretch of time too: "six hits over 5 2/3 innings"
    over = qualifier.start("q")
    if floor > 0 and _FIGURE_THEN_OVER.fullmatch(text, floor, over):
        return True
    word = _WORD_BEFORE.search(text, max(0, over - 30), over)
    before = word.group("w").lower() if word else ""
    if before in _SPREADING_WORDS:
        return True  # "phased out over 12 months", "debris spread over 500 hectares"
    if ground:
        return False  # a figure further back is not spread over a distance: "ran 5 miles, then over 11 kilometres"
    if before.endswith("ly") and before not in vocab.LY_NOUNS and len(before) > 5:
        return True  # "rising steadily over two years"
    if (moved := _VERB_AND_OBJECT_BEFORE.search(text, max(0, over - 40), over)) and moved.group("w").lower() in _SPREAD_VERBS:
        return True  # "took the money over six years", "repaid the loan over a decade"
    if figure.kind is Kind.DURATION and before not in _LASTING_WORDS and _PLACED_IN_TIME_AFTER.match(text, end):
        return True  # "visited the school over two days in May": when, the days it took; no "more than"
    # "stole £4.6 million from a charity over seven years": a figure earlier in the clause is spread
    return (
        floor > 0
        and over - floor <= _SPREAD_REACH
        and before not in _LASTING_WORDS
        and not _CLAUSE_MARK.search(text, floor, over)
    )


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
            elif current == 0 and total and words and words[-1] in vocab.SCALE_WORDS and vocab.SCALE_WORDS[words[-1]] < scale:
                total *= scale  # "three lakh crore", "a thousand million": scales multiply
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
        if " and " in following.group() and (not words or words[-1] not in vocab.SCALE_WORDS or _and_fraction(text, cursor)):
            break  # "five million and three quarters" adds a share, not three
        word, cursor = candidate, following.end()
    if not words:
        return None, start, words
    value = total + current
    if (words[-1] == "hundred" or words[-1] not in vocab.SCALE_WORDS) and (
        point := _WORD_DECIMAL_AFTER.match(text, end)
    ):  # "two point two"
        digits = "".join(str(_DIGIT_WORDS[digit.lower()]) for digit in point.group("digits").split())
        value, end = value + Decimal("0." + digits), point.end()
        if scaled := _SCALE_AFTER.match(text, end):  # "two point two million"
            value, end = value * vocab.SCALE_WORDS[scaled.group("scale").lower()], scaled.end()
        words.append("point")
    return value, end, words


def _and_fraction(text: str, cursor: int) -> tuple[Decimal, int] | None:
    """The share "and a half", "and three quarters" adds to the number before it, and its end."""
    match = _AND_FRACTION.match(text, cursor)
    if match is None:
        return None
    if match.group("half"):
        return Decimal("0.5"), match.end()
    numerator = _NUMBER_WORD_VALUES.get(match.group("n").lower(), 1)
    denominator = vocab.FRACTION_WORDS[match.group("f").lower()]
    if numerator >= denominator:
        return None
    return _divide(numerator, denominator), match.end()


def _divide(numerator: Decimal | int, denominator: Decimal | int) -> Decimal:
    return _DIVISION.divide(Decimal(numerator), Decimal(denominator))


def _whole_enough(value: Decimal) -> Decimal:
    """A number made with a third or a sixth, rounded as it is meant: "two-thirds of a million" is
    666,667, "one and a third" 1.333."""
    if value == value.to_integral_value():
        return value
    if abs(value) >= 1000:
        return value.quantize(Decimal(1), rounding=decimal.ROUND_HALF_UP)
    if abs(value) < Decimal("0.01"):  # "a thousandth of a second": three significant digits, not 0
        return value.quantize(Decimal(1).scaleb(value.adjusted() - 2), rounding=decimal.ROUND_HALF_UP).normalize()
    return value.quantize(Decimal("0.001"), rounding=decimal.ROUND_HALF_UP).normalize()


def _plural_s_end(text: str, end: int, *, spaced: bool) -> int | None:
    """Where the "s" of "1980s" ends, or of "1990 s" when `spaced`; None where no such "s" follows."""
    if text.startswith("s", end) and not _is_word_char(text, end + 1):
        return end + 1
    if spaced and text.startswith(" s", end) and not (_is_word_char(text, end + 2) or text[end + 2 : end + 3] in ("-", "'", "’")):
        return end + 2
    return None


def _second_term(ratio: re.Match[str]) -> int:
    """The number after "-to-" in a ratio or score: "3-to-1", "two-to-one"."""
    written = ratio.group("second")
    return int(written) if written.isdigit() else vocab.UNITS_WORDS[written.lower()]


def _one_noun_in_every(text: str, cursor: int) -> tuple[Decimal, int] | None:
    """ "one rupee in every six", "one child in five": the whole of a share whose noun stands
    between its parts, and its end; not "one man in 10 days" (a unit after it: a time, no share)."""
    noun = _NOUN_BEFORE_IN.match(text, cursor)
    ratio = _RATIO_AFTER.match(text, noun.end()) if noun else None
    if ratio is None or _is_year(ratio.group("n")):
        return None  # "one person in 2020": a count and a year
    denominator, end = _denominator(text, ratio)
    after = _WORD_AFTER.match(text, end)
    unit = after.group("w").lower() if after else ""
    if denominator <= 1 or unit in vocab.DURATION_UNITS or unit in vocab.MEASURE_UNITS:
        return None
    return denominator, end


def _denominator(text: str, share: re.Match[str]) -> tuple[Decimal, int]:
    """The whole of a share ("1 in 5,000", "two out of five hundred", "1 in twenty-one"), and its end."""
    written = share.group("n")
    if written[0].isdigit():
        return Decimal(written.replace(",", "")), share.end()
    value, end, _ = _number_words(text, share.start("n"))
    return value or Decimal(0), end


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


def _one_is_idiom(text: str, end: int, before: str, figure: Figure) -> bool:
    """ "at one point" (once), "One day, he left", "one day we will" (some day): no measure, no duration."""
    word_before = _WORD_BEFORE.search(before)
    last = word_before.group("w").lower() if word_before else ""
    if figure.unit == "point":
        return last == "at"
    following = _WORD_AFTER.match(text, end)
    after = following.group("w").lower() if following else ""
    if figure.unit == "day" and (last in vocab.SOMEDAY_BEFORE or after in vocab.MODALS):
        return True  # "it might one day be worth", "she hopes one day to run", "prices one day will rise": some day
    if figure.unit in ("day", "night") and _opens_clause(before):
        return text.startswith(",", end) or after in vocab.SUBJECT_PRONOUNS
    return False


# One of those a report speaks of, set off and described: "One widow, aged 84, ...", "One tenant, a mother of three, ..."
_ONE_DESCRIBED_AFTER = re.compile(r"[ \u00a0]+[a-z]+(?<!s),[ \u00a0]+(?:aged\b|an?\b|the\b|\d)")
_OBJECT_PRONOUNS = frozenset({"me", "him", "us", "them"})  # not "her": "her one chance" counts
# A noun that speaks after "one" ("one consultant, who asked not to be named, said", "one chief
# executive of a listed housebuilder told me"): someone. Not "one man and two women said".
_ONE_SPEAKER_AFTER = re.compile(
    r"(?:[ \u00a0]+(?!(?:and|or|but|than|that|which)\b)[a-z][a-z’'-]*){1,6}(?:,[ \u00a0]+who\b[^,.;]{0,80},)?"
    r"[ \u00a0]+(?:said|says|told|tells|added|wrote)\b"
)


def _one_counts(text: str, start: int, end: int, before: str) -> bool:
    """ "one" counts only before a word it counts: not "no one", "one of", "One Napa"."""
    if _PAR_AFTER.match(text, end):
        return True  # "the cut fell at one over par", "Lee is at one under.": a golfer's score
    word_before = _WORD_BEFORE.search(before)
    if word_before and word_before.group("w").lower() in vocab.ONE_PRONOUN_BEFORE:
        return False
    if _CHANGE_BEFORE.search(before) and text[end : end + 1] in ("", ".", ",", ";", ")"):
        return True  # "the Conservatives on 28%, up one": a change of one (a point, a place)
    following = _WORD_AFTER.match(text, end)
    if not following:
        return False
    word = following.group("w")
    if (word == "by" and text.startswith(" one", following.end())) or before.lower().endswith("one by "):
        return False  # "one by one"
    if word in vocab.FUNCTION_WORDS_AFTER_PRONOUN and word_before and word_before.group("w").lower() in _OBJECT_PRONOUNS:
        return False  # "She showed me one from 2022", "sold them one at cost": a thing given, no count
    if word.endswith(("'s", "’s")):
        return False  # "One side's chief negotiator", "one country's rules": which of them, no count
    if word_before and word_before.group("w").lower() in _PREPOSITIONS_OF_THE_PRONOUN and word in _VERBS_AFTER_AN_OBJECT:
        return False  # "the people left without one are the least able": the thing itself, then the clause's verb
    if _ONE_SPEAKER_AFTER.match(text, end):
        return False  # "one consultant, who asked not to be named, said": someone, not a count of them
    if text[start] == "O" and _opens_clause(before) and _ONE_DESCRIBED_AFTER.match(text, end):
        return False  # "One widow, aged 84, lost £310,000", "One plaintiff, a 34-year-old worker, was billed": an example
    if word in ("more", "less", "fewer") and text.startswith(" than", following.end()):
        return True  # "46 points, one more than United": a difference of one
    if word == "or" and _NUMBER_OR_MORE_AFTER.match(text, following.end()):
        return True  # "one or two days", "one or more": an alternative's first end, not "one or another"
    if _DETERMINER_AND_WORD_BEFORE.search(before) and (word in vocab.FUNCTION_WORDS_AFTER_PRONOUN or _is_verb_form(word)):
        return False  # "the new one at", "a bigger one is", "a decent one costs": the pronoun after an adjective
    if word == "to" and (verb := _WORD_AFTER.match(text, following.end())) and _is_plain_word(verb.group("w")):
        return False  # "including one to cut pollution by 30%": one of them, no count; not "one to two"
    if _THIRD_PERSON_VERB.fullmatch(word) and _opens_clause(before):
        return False  # "..., and one strikes the atmosphere every 10 years": something, no count of it
    if word_before and (word_before.group("w").lower(), word) in _ONE_IDIOMS:
        return False  # "to double in size in one go", "at one stage": at once, once
    return word.islower() and word not in vocab.ONE_PRONOUN_AFTER and word not in vocab.REPORTING_VERBS  # "one said"


# Prepositions whose object "one" may be, the thing spoken of ("without one", "like one"); not
# "than" ("more than one is"), "about" ("about one is"), "for" ("a table for one is").
_PREPOSITIONS_OF_THE_PRONOUN = frozenset({"without", "with", "from", "into", "like"})
_VERBS_AFTER_AN_OBJECT = vocab.MODALS | {"is", "are", "was", "were", "has", "have", "had", "do", "does", "did"}
# "in one go", "in one sitting", "at one stage", "for one thing": idioms of "once" or "all at once"
_ONE_IDIOMS = frozenset({("in", "go"), ("in", "sitting"), ("in", "piece"), ("at", "stage"), ("for", "thing")})
# A golfer's score after "one": "one over par", "at one under.", "one under after nine holes".
_PAR_AFTER = re.compile(
    r"[ \u00a0](?:over|under)(?:[ \u00a0]par\b|(?=[ \u00a0]*(?:[.,;)]|$)|[ \u00a0]+(?:after|through|with)\b))"
)
_CHANGE_BEFORE = re.compile(r"(?:,[ \u00a0]+(?:up|down)|\b(?:up|down)[ \u00a0]+from)[ \u00a0]+$")  # ", up one", "up from one"
# A verb in the third person after "one" ("one strikes", "one costs"); not a noun that ends in
# "s" in the singular ("one bus", "one series", "one class", "one crisis", "one news story").
_THIRD_PERSON_VERB = re.compile(r"[a-z]+(?<![suiw])(?<!ie)(?<!ic)s")


def _is_resolution(text: str, start: int, end: int, scan: _Scan) -> bool:
    """Whether "720p", "1080p" is a video's resolution, as it is unless the sentence speaks of
    shares or pence and not of video ("cut its target price to 240p from 310p"). Standing alone
    it is pence, as a sheet writes a price."""
    if scan.standalone:
        return False
    before = _CLAUSE_END.split(text[max(0, start - _CUE_REACH) : start])[-1]
    after = _CLAUSE_END.split(text[end + 1 : end + 1 + _CUE_REACH], maxsplit=1)[0]
    around = before + " " + after  # in its own clause: "...; the set shows 1080p video" says nothing of it
    return not _PENCE_CUES.search(around) or _VIDEO_CUES.search(around) is not None


def _after_a_deed(before: str) -> bool:
    """Whether a verb in the past comes right before: "scored twice", "was struck twice" count how
    often; "think twice", "thought twice" do not."""
    last = _last_word(before)
    if last in _PARTICLES and (verb := _PARTICLE_VERB_BEFORE.search(before)):
        last = verb.group("w").lower()  # "has been turned back twice", "was knocked down twice"
    elif (verb := _VERB_AND_PLACE_BEFORE.search(before)) and not (last.endswith("ed") or last in vocab.IRREGULAR_PAST):
        last = verb.group("w").lower()  # "was taken to hospital twice", "appeared in court twice"
    return last != "thought" and (last.endswith("ed") or last in vocab.IRREGULAR_PAST or last in _PAST_PARTICIPLES)


def _is_plain_word(word: str) -> bool:
    """A word in small letters that is no number nor article: "cut" in "one to cut", not "two"."""
    return word.islower() and word not in _NUMBER_WORD_VALUES and word not in ("a", "an")


def _opens_clause(before: str) -> bool:
    """Whether a word after `before` opens a clause: the text's start, a mark, or a joining word."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in '.,;:!?"“(':
        return True
    word_before = _WORD_BEFORE.search(before)
    return word_before is not None and word_before.group("w").lower() in vocab.CLAUSE_JOINERS


def _is_verb_form(word: str) -> bool:
    """A word after "a decent one" that is a verb of its: "costs", "struck", "looked", "yet"."""
    return word.endswith(("s", "ed")) or word in vocab.IRREGULAR_PAST or word == "yet"


def _period_qualifier(text: str, start: int, floor: int) -> tuple[int, str | None]:
    window_start = max(floor, start - _MAX_LOOKBACK)
    written = text[window_start:start].rstrip().removesuffix("-").lower()
    if written.endswith(("early", "mid", "late")) and (match := _PERIOD_BEFORE.search(text, window_start, start)):
        return match.start("q"), match.group("q").lower()
    if written.endswith("end") and (match := _END_OF_PERIOD_BEFORE.search(text, window_start, start)):
        return match.start("q"), "end"  # "by end-2025", "at end-June", as financial copy writes it
    return start, None


def _decade_qualifier(text: str, start: int, floor: int) -> tuple[int, str | None]:
    """Where ten numbers from a round one sit: "early", "mid", "late", or "low", "upper" ..."""
    qualifier_start, qualifier = _period_qualifier(text, start, floor)
    if qualifier is None and (level := _LEVEL_BEFORE.search(text, max(floor, start - _MAX_LOOKBACK), start)):
        return level.start("q"), level.group("q").lower()
    return qualifier_start, qualifier


def _ends_with_minus(before: str) -> bool:
    return before[-10:].lower().rstrip().endswith(("minus", "negative"))


def _names_a_round(before: str, text: str, end: int, value: Decimal) -> bool:
    """A cup's round named by how many are left in it, with no noun of its own after it: "the
    last eight", "the last 16 of the Champions League", "the final four"; not "the last four
    games", which counts them."""
    if value not in _ROUND_SIZES or not (last := _LAST_BEFORE.search(before)):
        return False
    if _ROUND_NOUN_AFTER.match(text, end):
        return True  # "a last-16 tie", "the last eight draw"
    # "reached the last 16 of the cup", "the draw for the last eight takes place"; not "has lost the last four."
    return bool(_ROUND_REACHED_BEFORE.search(before, 0, last.start())) and bool(_ROUND_END.match(text, end))


_ROUND_SIZES = frozenset({4, 8, 16, 32, 64})
_LAST_BEFORE = re.compile(r"\b(?i:the)[ \u00a0]+(?i:last|final)[ \u00a0]+$")
_ROUND_REACHED_BEFORE = re.compile(r"\b(?i:reach|reached|reaches|reaching|into|made|make|makes|to|for|in)[ \u00a0]+$")
_ROUND_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:tie|ties|draw|stage|round|clash|spot|place|places|berth|line-up)\b")
_ROUND_END = re.compile(
    r"[,.;:!?)\"”’]|[ \u00a0]*$|[ \u00a0]+(?:of|and|at|on|for|when|after|before|was|is|will|with|as|takes|begins|starts)\b"
)


def _is_ordinal_label(before: str, text: str, end: int) -> bool:
    """A number after a noun that it numbers, with no noun of its own after it: "day two of the
    trial", "in game 7,", "year two"; not "on the first day two men were held"."""
    return _last_word(before) in vocab.NUMBERED_NOUNS and bool(_LABEL_NUMBER_END.match(text, end))


def _is_label_number(before: str) -> bool:
    """A bare integer after a word that labels things is a label ("section 232", "No. 9")."""
    return _last_word(before) in vocab.LABEL_WORDS


def _names_labels(before: str) -> bool:
    """Whether the word before a number labels things, one or several ("section", "pages")."""
    return _is_label_number(before) or _is_plural_label(_last_word(before))


def _is_listed_label(text: str, end: int, before: str, scan: _Scan) -> bool:
    """A bare integer in a list of labels: the first after a plural label word ("junctions 4 and
    5", "sections 3-5"; alone, "the hall seats 300" counts), or one after a label in the list
    ("junction 4 and 5", "Zones 1 and 2")."""
    if _LABEL_LIST_AFTER.match(text, end) and _is_plural_label(_last_word(before)):
        return True
    if not before.endswith(_LIST_JOINER_ENDS) or not (listed := _LABEL_LIST_BEFORE.search(before)):
        return False
    first, label_before = listed.group("n"), before[: listed.start("n")]
    return (
        _is_label_number(label_before)
        or _is_plural_label(_last_word(label_before))
        or (not scan.names_relaxed and _is_name_number(first, label_before, before, listed.end("n")))
    )


def _is_plural_label(word: str) -> bool:
    return word.endswith("s") and word[:-1] in vocab.LABEL_WORDS


def _last_word(before: str) -> str:
    """The word right before a figure, in lower case, without a full stop ("No." is "no") or an
    opening quote or bracket; "" when the figure is glued to what comes before it."""
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return ""
    word = stripped[stripped.rfind(" ") + 1 :]
    for space in "\n\t\u00a0":  # rarer than a space: looked for only in the word after the last space
        if space in word:
            word = word[word.rfind(space) + 1 :]
    word = word.rstrip(".").lstrip("\"“‘'([{—–")
    return word.lower() if word.isalpha() else ""


def _is_name_number(raw: str, before: str, text: str, end: int) -> bool:
    """A bare integer right after a capitalised word is part of a name ("Boeing 737", "iPhone 15"),
    and one before a model's tier ("the 9 Pro", "a 15 Ultra")."""
    if _MODEL_TIER_AFTER.match(text, end):
        return True
    if raw in vocab.EMERGENCY_NUMBERS:
        following = _WORD_AFTER.match(text, end)
        if following and following.group("w").lower().startswith(("call", "line", "number", "emergenc")):
            return True
    # The word holds no space: the search starts after the last one (bar a space that ends
    # `before`, and one before the newline `$` may end at).
    match = _NAME_WORD_BEFORE.search(before, before.rfind(" ", 0, len(before) - 2) + 1)
    if not match:
        return False
    word = match.group("w")
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "Britain's 2016 vote", "Apple's 12 stores": an owner, not a name with its number
    if word[0].islower() and any(c.isupper() for c in word[1:]):
        return True  # a product's name in camel case: "iPhone 15", "eBay 2"
    return (
        word[0].isupper()
        and word not in vocab.TITLE_CASE_FUNCTION_WORDS
        and word not in vocab.STATISTIC_ABBREVIATIONS
        and word.lower() not in vocab.MONTHS
    )


def _signed(text: str, start: int, floor: int) -> bool:
    """A sign right before the digits, itself after a space or a bracket: not "10-20"."""
    return start - 1 >= floor and text[start - 1] in "-−+" and (start < 2 or text[start - 2] in " \t\n(\u00a0<>=≤≥")


def _is_title_case(text: str) -> bool:
    words = _LONG_WORD.findall(text[:2000])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1500 <= int(raw) <= 2100  # "1 in five": a word is no year


def _is_dimension(text: str, start: int, end: int) -> bool:
    """Whether the number is one side of a size ("1920 x 1080 pixels"), which is no year."""
    if not (
        "x" in text[end : end + 2]
        or "×" in text[end : end + 2]
        or "x" in text[start - 3 : start]
        or "×" in text[start - 3 : start]
    ):
        return False
    return bool(_DIMENSION_SIDE_AFTER.match(text, end) or _DIMENSION_SIDE_BEFORE.search(text, max(0, start - 4), start))


def _is_word_char(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isalnum() or text[index] == "_")


def _clock(
    text: str, start: int, cursor: int, hours: int, minutes: int, floor: int, *, spoken: bool, standalone: bool = False
) -> Mention | None:
    """The clock words after an hour: "o'clock", a part of the day; a time only with one of them
    (with a part of the day alone, only after "at", "by", "until"...: "killed 7 in the morning
    attack" counts people). `spoken`: "half past seven" is a time already."""
    match = _CLOCK_AFTER.match(text, cursor)
    assert match is not None  # every part is optional
    part, end = match.group("part"), match.end()
    after_preposition = part is not None and (
        standalone or _last_word(text[max(floor, start - _MAX_LOOKBACK) : start]) in vocab.CLOCK_PREPOSITIONS
    )
    ampm = None if part else _AMPM_AFTER.match(text, end)
    if ampm and 1 <= hours <= 12 and _is_meridiem(text, ampm, text[start:cursor]):
        hours, end = hours % 12 + (12 if ampm.group("ampm").lower().startswith("p") else 0), ampm.end()
    elif not (spoken or match.group("oclock") or after_preposition):
        return None
    if part is not None and 1 <= hours <= 12:
        evening = not part.endswith("morning") and not (part.endswith("night") and hours <= 4)
        hours = hours % 12 + (12 if evening else 0)
    return _qualified(text, start, end, Figure(Kind.TIME, f"{hours:02d}:{minutes:02d}"), floor)


def _is_meridiem(text: str, match: re.Match[str], hour: str) -> bool:
    """Whether "am" or "pm" after an hour in words is the time of day: "six pm", "Eleven P.M.";
    not "which one am I", "only one PM has resigned", "two PM hopefuls" (a prime minister)."""
    written = match.group("ampm")
    if "." in written or hour[:1].isdigit():
        return True
    if hour.lower() == "one":
        return False
    return written.islower() or hour[:1].isupper() or not _LETTER_WORD_AFTER.match(text, match.end())


def _word_minutes(text: str, cursor: int) -> tuple[int, int] | None:
    """The minutes in words after an hour in words, when "a.m." or "pm" follows them: (minutes, end)."""
    if text[cursor : cursor + 1] not in (" ", "\u00a0") or not (match := _WORD_MINUTES_AFTER.match(text, cursor)):
        return None
    word, units = match.group("m").lower(), match.group("units")
    if units and word not in vocab.TENS_WORDS:
        return None  # "fifteen five pm"
    minutes = vocab.TENS_WORDS.get(word) or vocab.UNITS_WORDS[word]
    return minutes + (vocab.UNITS_WORDS[units.lower()] if units else 0), match.end()


def _spoken_time(text: str, start: int, end: int, minutes: int, floor: int, *, quarter: bool = False) -> Mention | None:
    """ "half past seven", "quarter to 9", "ten past six": minutes past or to an hour. "to" only
    after "quarter" or "minutes": "won 3 to 1" and "five to ten people" are no times."""
    match = _PAST_HOUR_AFTER.match(text, end)
    if match is None or not 0 < minutes < 60:
        return None
    if match.group("rel") == "to" and not (quarter or match.group("minutes")):
        return None
    hour_text = match.group("hour").lower()
    hours = int(hour_text) if hour_text.isdigit() else _HOUR_WORDS[hour_text]
    if match.group("rel") == "to":
        hours, minutes = (hours - 1) or 12, 60 - minutes
    return _clock(text, start, match.end(), hours, minutes, floor, spoken=True)


def _hours(hours: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if ampm.lower().startswith("p") else 0)
    return hours if hours < 24 else None


def _ordinal_day(words: str) -> int:
    """ "third" is 3, "twenty-first" 21."""
    parts = re.split(r"[- \u00a0]", words.lower())
    return sum(vocab.TENS_WORDS.get(part, 0) or vocab.ORDINAL_DAYS.get(part, 0) for part in parts)


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return vocab.MONTHS.get(key) or vocab.MONTH_ABBREVIATIONS.get(key)


def _date_value(year: str | None, month: int, day: int) -> str:
    return f"{year}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def _year_in_words(text: str, at: int, spoken_only: bool = False) -> tuple[str, int] | None:
    """A year written in words at `at` ("nineteen eighty-six" is 1986) and where it ends; with
    `spoken_only`, only the form no count shares ("nineteen hundred" may count people)."""
    if not _SPOKEN_YEAR_START.match(text, at):
        return None
    match = _year_in_words_pattern().match(text, at)
    if match is None or (spoken_only and not match.group("century")):
        return None
    if century := match.group("century"):
        year = _words_value(century) * 100 + _words_value(match.group("digit") or match.group("rest"))
    elif hundreds := match.group("hundreds"):
        year = _words_value(hundreds) * 100 + _words_value(match.group("h_rest") or "")
    else:
        year = 2000 + _words_value(match.group("t_rest") or "")
    return str(year), match.end()


def _spoken_year(text: str, start: int, floor: int, before: str, scan: _Scan) -> Mention | None:
    """A year or a decade in words where a year stands: "in nineteen eighty-six", "the nineteen nineties"."""
    if decade := _decade_in_words_pattern().match(text, start):
        qualifier_start, qualifier = _decade_qualifier(text, start, floor)  # "the late nineteen sixties"
        value = f"{_words_value(decade.group('century'))}{vocab.DECADE_WORDS[decade.group('decade').lower()]}s"
        return _mention(text, qualifier_start, decade.end(), Figure(Kind.DECADE, value, qualifier=qualifier))
    spoken_year = _year_in_words(text, start, spoken_only=True)
    if spoken_year is None:
        return None
    year, end = spoken_year
    if not (scan.standalone or _last_word(before) in vocab.SHORT_YEAR_BEFORE or _CLAUSE_ENDS_AFTER.match(text, end)):
        return None  # "nineteen twenty-somethings", "eleven twelve-year-olds" never get here; "sold nineteen twenty" counts
    return _mention(text, start, end, Figure(Kind.YEAR, year))


def _year_of_date(text: str, match: re.Match[str] | None, end: int = 0) -> tuple[str | None, int]:
    """The year a date's `match` read in digits, else one in words after it, and where the date ends."""
    if match is not None:
        end = match.end()
        if "year" in match.re.groupindex and match.group("year"):
            return match.group("year"), end
    if spoken_year := _year_words_after(text, end):
        return spoken_year
    return None, end


def _year_words_after(text: str, end: int) -> tuple[str, int] | None:
    """A year in words after a month or a day: "August two thousand and fifteen"."""
    gap = _YEAR_WORDS_GAP.match(text, end)
    return _year_in_words(text, gap.end()) if gap else None


def _words_value(words: str) -> int:
    """ "eighty-six" is 86, "nineteen" 19."""
    return sum(vocab.UNITS_WORDS.get(word, 0) + vocab.TENS_WORDS.get(word, 0) for word in re.split(r"[- \u00a0]+", words.lower()))


def _decimal(raw: str) -> Decimal | None:
    digits = raw if raw.isascii() and raw.isdigit() else _SEPARATORS.sub("", raw)
    if not digits.isascii():  # Arabic-Indic, full-width and other decimal digits
        digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in digits)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _share(value: Decimal) -> str:
    """A share to three places, a small one to three significant digits ("1 in 5,000" is 0.0002, not 0)."""
    if value and abs(value) < Decimal("0.01"):
        return _canonical(value, places=2 - value.adjusted())
    return _canonical(value, places=3)


def _canonical(value: Decimal, places: int | None = None) -> str:
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places)).normalize()
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
