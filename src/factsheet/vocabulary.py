"""Word tables: the English that recognition and attribution read.

Everything language-specific lives here as data, so a rule is a table
lookup and a new word is one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import currencies

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms at every start)
if TYPE_CHECKING:
    from typing import TypeAlias

    _Trie: TypeAlias = "dict[str, _Trie]"


def in_three_cases(words: Iterable[str]) -> list[str]:
    """ "two", "Two", "TWO": a scan for these is faster than one that ignores case."""
    return [variant for word in words for variant in {word, word.capitalize(), word.upper()}]


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regular expression matching any of `words`, the longest first, written as a trie.

    The regex engine tries an alternation's branches one by one at every position; a
    trie shares their prefixes, so a list of sixty words costs a few comparisons, not
    sixty. Ignoring case, a class of the words' first letters comes first, so a scan
    skips at once the positions where none can start.

    >>> alternation(["ten", "tens", "two", "twelve"])
    't(?:en(?:s)?|w(?:elve|o))'
    >>> alternation(["one", "two"], ignore_case=True)
    '(?=[OTot])(?i:(?:one|two))'
    """
    words = list(words)
    if ignore_case:
        # One case for the trie: "A" and "a." would otherwise be two branches that both
        # match "A", and the first, shorter one would win.
        words = sorted({word.lower() for word in words})
        initials = "".join(sorted({c for word in words for c in (word[0], word[0].upper())}))
        return f"(?=[{re.escape(initials)}])(?i:{alternation(words)})"
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: _Trie) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here and longer ones go on: the longer is tried first
        return f"(?:{body})?"
    return body


UNITS_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}

TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Ten numbers from a round one, in words: "in her forties", "the early nineties" (as "the 90s").
DECADE_WORDS: dict[str, int] = {f"{word[:-1]}ies": value for word, value in TENS_WORDS.items()}
# The words before them that make them the range ("in his sixties"), not a noun ("two twenties").
DECADE_WORDS_AFTER: frozenset[str] = frozenset({"the", "his", "her", "their", "its", "my", "our", "your"})

# Multipliers written as words, and the short forms glued to digits ("1.2m", "€40bn").
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian scales: "Rs 500 crore", "two lakh"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "lac": 100_000,  # as Indian papers also spell lakh: "Rs 5 lac"
    "lacs": 100_000,
    "cr": 10_000_000,  # "Rs 500 cr"
    # Wire-service abbreviations, spaced: "$10 mln", "5 bln euros", "£3 bn".
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "mln": 1_000_000,
    "bln": 1_000_000_000,
    "trln": 1_000_000_000_000,
    "tln": 1_000_000_000_000,
    "mil": 1_000_000,  # "$2 mil"
}
SCALE_SUFFIXES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "mln": 1_000_000,
    "bln": 1_000_000_000,
    "trln": 1_000_000_000_000,
    "tr": 1_000_000_000_000,  # "Rs14.1tr", as Pakistani papers write it
    "mil": 1_000_000,
    "cr": 10_000_000,
}
# Capital suffixes ("$1.2M", "$5K", "€3B") are read after a currency only: "4K" and "5G" name things.
SCALE_SUFFIXES_AFTER_CURRENCY: dict[str, int] = {
    "K": 1_000,
    "M": 1_000_000,
    "MN": 1_000_000,
    "B": 1_000_000_000,
    "BN": 1_000_000_000,
    "Bn": 1_000_000_000,
    "T": 1_000_000_000_000,
    "TN": 1_000_000_000_000,
    "MM": 1_000_000,  # finance's thousand thousands: "$1MM"
}

# Vague quantities: the range each one means. "tens of thousands" is at least
# twenty thousand and fewer than a hundred thousand; it is never one number.
VAGUE_QUANTITIES: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}

# The fractions Unicode writes as one character ("6½ minutes", "¾ of the vote"): numerator, denominator.
VULGAR_FRACTIONS: dict[str, tuple[int, int]] = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5),
    "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅐": (1, 7), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
    "⅑": (1, 9), "⅒": (1, 10),
}  # fmt: skip
# Superscript digits, for powers of ten ("10⁶", "3 × 10⁻⁴").
SUPERSCRIPT_DIGITS: dict[str, str] = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-", strict=True))

# Fraction words and the denominator each writes ("two-thirds" is 2/3).
FRACTION_WORDS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,  # "three fourths", as American writing has it
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "twelfth": 12,
    "twelfths": 12,
    "twentieth": 20,
    "twentieths": 20,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
    "millionth": 1000000,
    "millionths": 1000000,
}
# Fractions that also count periods of time: "two quarters of contraction" is half a year.
FRACTIONS_THAT_COUNT_PERIODS: frozenset[str] = frozenset({"quarter", "quarters"})
# "two quarters of the year", "of the fiscal year": periods counted, not a share.
PERIOD_NOUNS: frozenset[str] = frozenset({"year", "fiscal", "financial", "season", "decade", "century"})
# Words after "of" that make "three quarters of ..." a share of a whole, not three periods.
SHARE_OF_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "my", "those", "these", "them", "us", "this", "that"}
)
# Multiples: "twice as many", "nearly double the rate".
MULTIPLES: dict[str, int] = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "thrice": 3}
# Multiples in one word, never anything else: "a tenfold rise" (a number and "-fold" are read as one).
FOLD_WORDS: dict[str, int] = {
    "twofold": 2,
    "threefold": 3,
    "fourfold": 4,
    "fivefold": 5,
    "sixfold": 6,
    "sevenfold": 7,
    "eightfold": 8,
    "ninefold": 9,
    "tenfold": 10,
    "twentyfold": 20,
    "fiftyfold": 50,
    "hundredfold": 100,
    "thousandfold": 1000,
}
# The words after a multiple that make it one ("double the", "twice as"): "think twice" is not.
MULTIPLE_AFTER: frozenset[str] = frozenset(
    {"the", "that", "as", "what", "its", "their", "his", "her", "our", "in", "from", "a", "an", "last", "this"}
    # "nearly twice earlier estimates", "double normal levels": what is compared, with no article
    | {"earlier", "previous", "prior", "initial", "official", "normal", "usual", "average"}
)
# Ordinal words that name a quarter or half of a year ("the fourth quarter of 2025").
PERIOD_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "last": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
# Parts of a year written before it ("summer of 2020", "the beginning of 2023").
YEAR_PARTS: tuple[str, ...] = (
    "beginning of",
    "start of",
    "end of",
    "middle of",
    "first half of",
    "second half of",
    "spring of",
    "summer of",
    "autumn of",
    "fall of",
    "winter of",
    "spring",
    "summer",
    "autumn",
    "winter",
)
# Words before a bare number that make it a label, not a quantity ("section 232", "Zone 1").
# Nouns whose hyphenated number names a kind of thing, not a count: "a 3-pointer" is a shot.
NAMING_COMPOUNDS: frozenset[str] = frozenset({"pointer", "pointers"})
# And those that name a kind of thing before the noun they go with: "from three-point range", "a
# two-point conversion" are a shot and a play ("a three-point lead" counts the points).
NAMING_COMPOUND_NOUNS: dict[str, frozenset[str]] = {
    "point": frozenset(
        {"range", "line", "arc", "shot", "shots", "shooting", "attempt", "attempts", "basket", "baskets", "play", "plays"}
        | {"conversion", "conversions", "percentage"}
    ),
}
# Nouns a number after them may name one of ("day two of the trial", "game 7", "year two"), when no
# noun follows the number ("day two men were held" counts the men).
NUMBERED_NOUNS: frozenset[str] = frozenset(
    {"day", "game", "round", "leg", "year", "season", "match", "race", "heat", "stage", "phase", "lap"}
)
LABEL_WORDS: frozenset[str] = frozenset(
    {
        "incident",  # a police log's reference: "quoting incident 118 of 14 November"
        "section",
        "article",
        "chapter",
        "clause",
        "route",
        "highway",
        "interstate",
        "exit",
        "gate",
        "platform",
        "flight",
        "room",
        "suite",
        "unit",
        "apartment",
        "apt",
        "no",
        "no.",
        "nos",
        "number",
        "version",
        "zone",
        "phase",
        "stage",
        "episode",
        "part",
        "volume",
        "vol",
        "item",
        "rule",
        "resolution",
        "district",
        "ward",
        "precinct",
        "class",
        "grade",
        "level",
        "tier",
        "line",
        "bus",
        "pier",
        "type",  # "type 2 diabetes"
        "marker",  # "near mile marker 12"
        "milepost",
        "berth",
        "junction",
        "log",
        "terminal",
        "floor",
        "lane",
        "row",
        "seat",
        "box",
        "figure",
        "table",
        "page",
        "p.",
        "pp.",
        "title",
        "act",
        "bill",
        "ballot",
        "proposition",
        "measure",
        "code",
        "model",
        "series",
        "block",
        "lot",
        "plot",
        "channel",
        "studio",
        "hangar",
        "pavilion",
    }
)
# Temperatures a glued letter may give, from the coldest air on record to a hot oven: "40C" and
# "bake at 200C" are temperatures, "a Boeing 777F" is a model.
GLUED_TEMPERATURES: dict[str, tuple[int, int]] = {"C": (-95, 300), "F": (-140, 600)}
# Units of temperature: what may follow a number (glued "40C" or spaced "40 degrees Celsius").
TEMPERATURE_UNITS: dict[str, str] = {"c": "°C", "celsius": "°C", "centigrade": "°C", "f": "°F", "fahrenheit": "°F"}

# Qualifiers that stand before a figure, longest first so "more than" wins over "more".
# Each maps to its meaning: two qualifiers with one meaning are not a change.
QUALIFIERS: dict[str, str] = {
    "an estimated": "about",
    "approximately": "about",
    "roughly": "about",
    "around": "about",
    "about": "about",
    "some": "about",
    "close to": "nearly",
    "almost": "nearly",
    "nearly": "nearly",
    "just under": "nearly",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "up to": "up to",
    "at most": "up to",
    "as many as": "up to",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "below": "fewer than",
    "under": "fewer than",
    "just": "just",
    "only": "just",
    # "covers barely 80 percent", "a mere 5%": the figure made small, as "only" makes it
    "barely": "just",
    "merely": "just",
    "a mere": "just",
    "exactly": "exactly",
    "precisely": "exactly",
    "no more than": "up to",
    "not more than": "up to",
    "no greater than": "up to",
    "as much as": "up to",
    "as high as": "up to",
    "within": "up to",
    # a bound that is itself a guess: "up to about £1,400"
    **dict.fromkeys(("up to about", "up to around", "up to roughly", "up to approximately", "up to some"), "up to"),
    "just over": "more than",
    "well over": "more than",
    "a little over": "more than",
    "slightly more than": "more than",
    "well above": "more than",
    "just above": "more than",
    "upward of": "more than",
    "slightly less than": "fewer than",
    "just below": "fewer than",
    "just shy of": "nearly",
    "nearly all of": "nearly",
    "several": "several",
    "plus or minus": "plus or minus",  # a margin of error: "plus or minus 3 percentage points" is 3, not -3
    "an extra": "extra",
    "an additional": "extra",
    "greater than": "more than",
    "larger than": "more than",
    "bigger than": "more than",
    "higher than": "more than",
    "lower than": "fewer than",
    "smaller than": "fewer than",
    "greater than or equal to": "at least",
    "greater or equal to": "at least",
    "bigger or equal than": "at least",
    "greater or equal than": "at least",
    "smaller or equal than": "up to",
    "less or equal than": "up to",
    "less or equal to": "up to",
    "at least or equal to": "at least",
    "more than or equal to": "at least",
    "equal to or greater than": "at least",
    "equal to or more than": "at least",
    "less than or equal to": "up to",
    "fewer than or equal to": "up to",
    "equal to or less than": "up to",
    "equal to or fewer than": "up to",
    "a maximum of": "up to",
    "a minimum of": "at least",
    "north of": "more than",
    "shy of": "nearly",
    "more or less": "about",
    "give or take": "about",
    "circa": "about",
    # how few or how little, said as a bound reached: their own meaning
    "as few as": "as few as",
    "as little as": "as little as",
    "as low as": "as little as",  # "temperatures as low as -6C": the low end reached, as "as little as £5"
}
# Comparison signs before a number, glued or spaced ("<5%", ">= 30"), as tables and
# web pages write them.
COMPARISON_SIGNS: dict[str, str] = {
    "<": "fewer than",
    ">": "more than",
    "≤": "up to",
    "≥": "at least",
    "<=": "up to",
    "< =": "up to",
    "> =": "at least",
    "=<": "up to",
    ">=": "at least",
    "=>": "at least",
    "±": "plus or minus",
    "+/-": "plus or minus",
}
# Verbs whose "over" is their own particle, not "more than": "the jackpot rolled over 14 times",
# "the car flipped over twice", "handed over 300 files". Not "carried", "took" or "fell": "carried
# over 2,000 passengers" is more than 2,000.
OVER_PARTICLE_VERBS: frozenset[str] = frozenset(
    {"roll", "rolls", "rolled", "rolling", "flip", "flips", "flipped", "flipping", "keeled"}
    | {"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning"}
)
# Words of a race before "over" and its distance: "the world record over 200 metres", "ran the
# fastest time over 10,000m", "she won gold over 400m": the distance raced, no "more than". Not
# verbs: "she ran over 30 miles" ran more than 30.
RACING_WORDS: frozenset[str] = frozenset(
    {"record", "records", "time", "times", "race", "races", "best", "fastest", "quickest", "slowest"}
    | {"champion", "title", "gold", "silver", "bronze", "medal", "sprint"}
)
# Nouns of a deal after a sum that "close to" comes before: "Club close to £38m deal for striker"
# is near agreeing a deal of £38m, no sum of about £38m.
DEAL_NOUNS: frozenset[str] = frozenset(
    {"deal", "deals", "agreement", "contract", "takeover", "bid", "move", "transfer", "sale", "merger", "settlement"}
)
# Words of blame or dispute after which "over" means "about", not "more than": "jailed over £2m
# fraud", "a row over 300 jobs", "strikes over a 5% pay offer".
OVER_MEANS_ABOUT_AFTER: frozenset[str] = frozenset(
    {
        "jailed",
        "charged",
        "arrested",
        "sued",
        "fined",
        "sacked",
        "fired",
        "convicted",
        "sentenced",
        "questioned",
        "probed",
        "investigated",
        "prosecuted",
        "detained",
        "quizzed",
        "suspended",
        "row",
        "rows",
        "dispute",
        "disputes",
        "clash",
        "clashes",
        "protest",
        "protests",
        "anger",
        "fury",
        "outrage",
        "concern",
        "concerns",
        "fears",
        "worries",
        "battle",
        "fight",
        "lawsuit",
        *("settlement", "settles", "settled", "compensation", "damages"),  # "a $52m settlement over 2025 data breach"
        "strike",
        "strikes",
        "rift",
        "spat",
        "feud",
        "talks",  # "in talks over $14bn merger"
        "negotiations",
        "standoff",
        "deadlock",
        "impasse",
        "scandal",
        "criticised",
        "criticized",
        "slammed",
        "blasted",
        "apologises",
        "apologizes",
        "apologised",
        "apologized",
        "resigns",
        "resigned",
        "quits",
        "probe",
        "inquiry",
        "investigation",
    }
)
# Verbs after which "up to" is a particle, not a qualifier ("edging up to 3.1%").
UP_TO_VERBS: frozenset[str] = frozenset(
    {
        "rose",
        "rise",
        "rises",
        "rising",
        "went",
        "go",
        "goes",
        "going",
        "grew",
        "grow",
        "grows",
        "growing",
        "moved",
        "move",
        "moves",
        "moving",
        "shot",
        "jumped",
        "climbed",
        "edged",
        "ticked",
        "inched",
        "crept",
        "bumped",
        "revised",
        "raised",
        "raise",
        "raises",
        "raising",
        "ramped",
        "stepped",
        "added",
        "adds",
        "summed",
        "adding",
        "sums",
        "edging",
        "ticking",
        "inching",
        "creeping",
        "jumping",
        "climbing",
        "bumping",
        "ramping",
        "stepping",
        "came",
        "comes",
        "coming",
    }
)
# Qualifiers written after a figure ("a dozen or so").
TRAILING_QUALIFIERS: dict[str, str] = {
    "plus": "more than",  # "40-plus", "18+" (glued, read apart from the spaced ones)
    "odd": "more than",  # "30-odd years": glued only ("30 odd jobs" is no qualifier)
    "or so": "about",
    "or more": "at least",
    "or higher": "at least",
    "or greater": "at least",
    "and more": "at least",
    "and over": "at least",
    "or above": "at least",
    "or over": "at least",
    "and above": "at least",
    "and up": "at least",
    "and older": "at least",
    "and under": "up to",
    "and below": "up to",
    "and younger": "up to",
    "or less": "up to",
    "or fewer": "up to",
    "or lower": "up to",
    "or below": "up to",
    "or under": "up to",
    "at most": "up to",
    "at the most": "up to",
    "at least": "at least",
    "and counting": "at least",
}
# Words that place a date or decade inside its span ("late 1980s", "early Saturday").
PERIOD_QUALIFIERS: tuple[str, ...] = ("early", "mid", "late")
# Which end of ten numbers from a round one: "the low 20s", "the high-80s".
DECADE_LEVELS: tuple[str, ...] = ("low", "high", "upper", "lower")
# Words before a bare number that say what it is: "magnitude 7.8", "a Category 4 storm" (its unit
# on a scale), "aged 87", "at age 87" (an age: the number alone, as in "at the age of 87").
UNIT_WORDS_BEFORE: frozenset[str] = frozenset({"magnitude", "category", "force", "aged", "age"})

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# A month name alone is a date only after one of these ("since October");
# "May" and "March" are common words too.
# Month names that are common words in lower case ("you may", "they march", "mar the view").
MONTHS_THAT_ARE_WORDS: frozenset[str] = frozenset({"may", "march", "mar"})

MONTH_ALONE_AFTER: frozenset[str] = frozenset(
    {"in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "this", "last", "next"}
)
# The words after which "'08" is a year cut short: those a month stands alone after, and "the '08
# crisis", "from '08 to '09", "'08 and '09".
SHORT_YEAR_BEFORE: frozenset[str] = MONTH_ALONE_AFTER | {"the", "to", "and"}

WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
# Weekdays cut short, as listings and datelines write them before a date ("Sat 14 June", "Fri,
# Dec 13"): read only before a date, as "Sun" and "Wed" are words too.
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
# Months and weekdays in small letters, and a year of the last two centuries written alone: words
# that date something, never a party's name ("federal data from 2021", "A YouGov poll in April").
CALENDAR_WORDS: frozenset[str] = frozenset({*MONTHS, *(day.lower() for day in WEEKDAYS)})
YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# Parts of a day that belong to a weekday's span ("Monday evening").
# Words before an hour that make "9 in the evening" a time.
CLOCK_PREPOSITIONS: frozenset[str] = frozenset(
    {"at", "by", "until", "till", "from", "before", "after", "around", "about", "circa", "approximately", "since", "to"}
)
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
# Words that make a weekday relative ("last Saturday"): kept in the figure.
WEEKDAY_PREFIXES: tuple[str, ...] = (
    *("early on", "late on", "earlier on", "later on"),  # "late on Monday", as British copy writes it
    *("last", "next", "this", "early", "late", "earlier", "later"),
    *("about", "around"),  # "visible from about Tuesday" (not before "Tuesday's": figures.py)
    "at least",  # "warnings stay until at least Friday": the earliest they may end
)

# Units of time: a number with one of these is a duration ("seven days", "12-month").
DURATION_UNITS: dict[str, str] = {
    "second": "second",
    "seconds": "second",
    # a computer's times: "response times rose from 120 milliseconds", "a 40ms delay"
    "millisecond": "millisecond",
    "milliseconds": "millisecond",
    "ms": "millisecond",
    "minute": "minute",
    "minutes": "minute",
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    "quarter": "quarter",
    "quarters": "quarter",
    "fortnight": "fortnight",
    "fortnights": "fortnight",
    "night": "night",
    "nights": "night",
    # seasons counted as spans of time ("no heating for two winters"); plural only: "the 2024 winter
    # season" is a year and a season
    "winters": "winter",
    "summers": "summer",
    "seasons": "season",  # a club's or a league's: "to return within three seasons"
    "hrs": "hour",
    "hr": "hour",
    "h": "hour",
    "mins": "minute",
    "min": "minute",
    "secs": "second",
    "sec": "second",
    "yrs": "year",
}
# Short units of time written glued to the number ("within 72h", "90mins").
GLUED_DURATION_UNITS: tuple[str, ...] = (
    *("h", "hr", "hrs", "min", "mins", "sec", "secs", "ms"),
    *("yr", "yrs", "year", "years", "day", "days", "week", "weeks", "month", "months"),  # "5yrs", "3.5years", hurried
)
# What a valuation or a pay multiple multiplies: "trades at 15 times earnings", "four times salary".
MULTIPLIED_MEASURES: frozenset[str] = frozenset(
    {"earnings", "sales", "revenue", "revenues", "profit", "profits", "EBITDA", "book value", "cash flow", "salary", "income"}
    | {"damages", "wages", "pay", "rent"}
)
# A unit after "a"/"an" is one of it, and a figure only with a qualifier or a half ("more than
# a month", "almost a decade", "up to a metre", "an hour and a half"): "a month" alone is an
# article. Values: the kind's unit, as DURATION_UNITS and MEASURE_UNITS write it.
ARTICLE_DURATIONS: frozenset[str] = frozenset(
    {"minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century", "millisecond"}
)
ARTICLE_MEASURES: frozenset[str] = frozenset(
    {
        "metre",
        "meter",
        "kilometre",
        "kilometer",
        "mile",
        "foot",
        "inch",
        "yard",
        "litre",
        "liter",
        "gallon",
        "tonne",
        "ton",
        "kilogram",
        "kilo",
        "pint",
        "acre",
        "hectare",
        "millimetre",
        "millimeter",
        "centimetre",
        "centimeter",
        "gram",
        *("teaspoon", "tablespoon"),  # "half a teaspoon of salt"
    }
)
# What a qualifier must mean for "a"/"an" and a unit to be a figure ("only a day" is not one).
ARTICLE_UNIT_QUALIFIERS: frozenset[str] = frozenset({"about", "nearly", "more than", "at least", "up to", "fewer than"})
# Two units of one quantity written together ("2 hours 30 minutes", "6 feet 2 inches"): the
# larger, the smaller, and how many of the smaller make one of the larger.
COMPOUND_UNITS: dict[tuple[str, str], int] = {
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
    ("day", "hour"): 24,
    ("week", "day"): 7,
    ("year", "month"): 12,
    ("ft", "inch"): 12,
    ("lb", "oz"): 16,
    ("st", "lb"): 14,
    ("mile", "furlong"): 8,
    ("m", "cm"): 100,
}

# Vague durations written as one word, and the compounds that make them a figure.
VAGUE_DURATIONS: dict[str, tuple[str, tuple[int, int]]] = {
    "decades": ("decade", (2, 9)),
    "centuries": ("century", (2, 9)),
}
VAGUE_DURATION_SUFFIXES: tuple[str, ...] = ("-old", "-long")

# Units of one or two letters that are units only glued to the digits ("199g", "65W", "12V",
# "2L", "6.1in"): spaced, they are letters and words ("Grade 5 A", "5 in 10").
GLUED_MEASURE_UNITS: dict[str, str] = {"in": "inch", "g": "g", "W": "W", "Wh": "Wh", "V": "V", "L": "l", "l": "l", "st": "st"}

# Units of measure, by the words that write them.
MEASURE_UNITS: dict[str, str] = {
    "mph": "mph",
    "kph": "km/h",
    "kmph": "km/h",
    "kmh": "km/h",
    "km/h": "km/h",
    "km/hr": "km/h",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "km": "km",
    "m": "m",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "miles": "mile",
    "mile": "mile",
    "feet": "ft",
    "foot": "ft",
    "inches": "inch",
    "inch": "inch",
    "millimetres": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "mm": "mm",
    "centimetres": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimeter": "cm",
    "cm": "cm",
    "grams": "g",
    "gram": "g",
    "grammes": "g",
    "gramme": "g",
    "kilograms": "kg",
    "kilogram": "kg",
    "kilogrammes": "kg",
    "kilogramme": "kg",
    "kilos": "kg",
    "kilo": "kg",
    "kg": "kg",
    "tonnes": "t",
    "tons": "t",
    "pounds": "lb",
    "degrees": "degree",
    "degree": "degree",
    # an index's, a game's or a rate's points: the text does not say which, so no percentage
    "points": "point",
    "point": "point",
    "magnitude": "magnitude",
    "acres": "acre",
    "hectares": "ha",
    "barrels": "barrel",
    "gallons": "gallon",
    "pints": "pint",
    "pint": "pint",
    "quarts": "quart",
    "quart": "quart",
    "bushels": "bushel",
    "bushel": "bushel",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "hectolitres": "hl",  # wine's and beer's measure, a hundred litres
    "hectolitre": "hl",
    "hectoliters": "hl",
    "hectoliter": "hl",
    "megalitres": "Ml",  # water supply's measure, a million litres ("1,950 megalitres a day")
    "megalitre": "Ml",
    "megaliters": "Ml",
    "megaliter": "Ml",
    "gigalitres": "Gl",  # a reservoir's, a billion litres
    "gigalitre": "Gl",
    "gigaliters": "Gl",
    "gigaliter": "Gl",
    "millilitres": "ml",
    "millilitre": "ml",
    "milliliters": "ml",
    "milliliter": "ml",
    "ml": "ml",
    "lbs": "lb",
    "lb": "lb",
    "ounces": "oz",
    "ounce": "oz",
    "oz": "oz",
    "ft": "ft",
    "yards": "yard",
    "yard": "yard",
    # a racecourse's distances and margins: "two miles and two furlongs", "won by three lengths"
    "furlongs": "furlong",
    "furlong": "furlong",
    "lengths": "length",
    "length": "length",
    # a person's weight in Britain: "14 stone" ("stones" are stones); glued, "11st", in GLUED_MEASURE_UNITS
    "stone": "st",
    "sq ft": "sq ft",
    "square feet": "sq ft",
    "square foot": "sq ft",
    "square metres": "m2",
    "square meters": "m2",
    "square metre": "m2",
    "square meter": "m2",
    "sq m": "m2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "sq km": "km2",
    "km2": "km2",
    "km²": "km2",
    "m2": "m2",
    "m²": "m2",
    "square miles": "sq mi",
    "square mile": "sq mi",
    "light years": "light year",
    "light-years": "light year",
    "light year": "light year",
    "light-year": "light year",
    "astronomical units": "au",
    "astronomical unit": "au",
    "parsecs": "parsec",
    "parsec": "parsec",
    "metric tons": "t",
    "metric tonnes": "t",
    "tonne": "t",
    "ton": "t",
    "acre": "acre",
    "hectare": "ha",
    "barrel": "barrel",
    "gallon": "gallon",
    "milligrams": "mg",
    "milligram": "mg",
    "mg": "mg",
    "nautical miles": "nmi",
    "knots": "knot",
    "knot": "knot",
    "megawatts": "MW",
    "megawatt": "MW",
    "MW": "MW",
    "gigawatts": "GW",
    "GW": "GW",
    "kilowatts": "kW",
    "kW": "kW",
    "kWh": "kWh",
    "storeys": "storey",
    "storey": "storey",
    "stories": "storey",
    "floors": "floor",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "miles per hour": "mph",
    # a cook's spoons ("2 tablespoons of oil", "1 tbsp", "half a teaspoon")
    "tablespoons": "tbsp",
    "tablespoon": "tbsp",
    "tbsp": "tbsp",
    "teaspoons": "tsp",
    "teaspoon": "tsp",
    "tsp": "tsp",
    # a car's fuel economy, as motoring pages write it ("52.3mpg", "45 MPG", "4.5 l/100km")
    "mpg": "mpg",
    "miles per gallon": "mpg",
    "l/100km": "l/100km",
    "L/100km": "l/100km",
    "litres per 100km": "l/100km",
    "liters per 100km": "l/100km",
    "litres per 100 km": "l/100km",
    "liters per 100 km": "l/100km",
    "litres per 100 kilometres": "l/100km",
    "liters per 100 kilometers": "l/100km",
    # data, its rates and clock speeds, as technology news writes them
    "kilobytes": "KB",
    "kilobyte": "KB",
    "KB": "KB",
    "megabytes": "MB",
    "megabyte": "MB",
    "MB": "MB",
    "gigabytes": "GB",
    "gigabyte": "GB",
    "GB": "GB",
    "terabytes": "TB",
    "terabyte": "TB",
    "TB": "TB",
    "petabytes": "PB",
    "petabyte": "PB",
    "PB": "PB",
    "megabits per second": "Mbps",
    "Mbps": "Mbps",
    "gigabits per second": "Gbps",
    "Gbps": "Gbps",
    "megahertz": "MHz",
    "MHz": "MHz",
    "gigahertz": "GHz",
    "GHz": "GHz",
    "Ghz": "GHz",  # as spec sheets often write both
    "Mhz": "MHz",
    "teraflops": "teraflops",
    "teraflop": "teraflops",
    "MP": "megapixel",  # a camera's sensor: "a 200MP camera"
    # energy and power, concentrations, doses, sound
    "terawatt hours": "TWh",
    "terawatt-hours": "TWh",
    "terawatt-hour": "TWh",
    "TWh": "TWh",
    "gigawatt hours": "GWh",
    "gigawatt-hours": "GWh",
    "gigawatt-hour": "GWh",
    "GWh": "GWh",
    "megawatt hours": "MWh",
    "megawatt-hours": "MWh",
    "megawatt-hour": "MWh",
    "MWh": "MWh",
    "kilowatt hours": "kWh",
    "kilowatt-hours": "kWh",
    "kilowatt-hour": "kWh",
    # emissions and tonnage at scale: "36.8 gigatonnes of CO2"
    "gigatonnes": "Gt",
    "gigatons": "Gt",
    "megatonnes": "Mt",
    "megatons": "Mt",
    "kilotonnes": "kt",
    "kilotons": "kt",
    "gigatonne": "Gt",
    "gigaton": "Gt",
    "megatonne": "Mt",
    "megaton": "Mt",
    "kilotonne": "kt",
    "kiloton": "kt",
    "barrels per day": "bpd",
    "barrel-per-day": "bpd",  # "a 340,000 barrel-per-day refinery"
    "barrels-per-day": "bpd",
    "barrel per day": "bpd",
    "bpd": "bpd",
    "cubic metres": "m3",
    "cubic meters": "m3",
    "cubic feet": "cu ft",
    "billion cubic metres": "bcm",  # of gas, as energy copy writes it
    "billion cubic meters": "bcm",
    "bcm": "bcm",
    "TEU": "TEU",  # a ship's or a port's capacity in twenty-foot containers
    "TEUs": "TEU",
    "t/ha": "t/ha",  # a crop's yield, tonnes a hectare
    "tonnes per hectare": "t/ha",
    "tons per hectare": "t/ha",
    "tonne per hectare": "t/ha",
    "ton per hectare": "t/ha",
    "hl/ha": "hl/ha",  # a vineyard's yield, hectolitres a hectare
    "hectolitres per hectare": "hl/ha",
    "hectoliters per hectare": "hl/ha",
    "mg/dL": "mg/dL",  # of blood sugar or cholesterol
    "mmol/L": "mmol/L",
    "parts per million": "ppm",
    "ppm": "ppm",
    "parts per billion": "ppb",
    "ppb": "ppb",
    "micrograms per cubic metre": "µg/m3",  # of fine particles in the air
    "micrograms per cubic meter": "µg/m3",
    "microgram per cubic metre": "µg/m3",
    "microgram per cubic meter": "µg/m3",
    "µg/m3": "µg/m3",
    "µg/m³": "µg/m3",
    "micrograms": "µg",
    "microgram": "µg",
    "µg": "µg",
    "mcg": "µg",
    "calories": "kcal",
    "calorie": "kcal",
    "kcal": "kcal",
    "decibels": "dB",
    "decibel": "dB",
    "dB": "dB",
    "volts": "V",
    "volt": "V",
    "watts": "W",
    "watt": "W",
    "kilowatt": "kW",
    "gigawatt": "GW",
    "terawatts": "TW",
    "terawatt": "TW",
    # energy in joules: a food label's kilojoules, gas sold by the gigajoule, the heat the oceans take up
    "joules": "J",
    "joule": "J",
    "kilojoules": "kJ",
    "kilojoule": "kJ",
    "kJ": "kJ",
    "megajoules": "MJ",
    "megajoule": "MJ",
    "MJ": "MJ",
    "gigajoules": "GJ",
    "gigajoule": "GJ",
    "GJ": "GJ",
    "terajoules": "TJ",
    "terajoule": "TJ",
    "TJ": "TJ",
    "petajoules": "PJ",
    "petajoule": "PJ",
    "PJ": "PJ",
    "exajoules": "EJ",
    "exajoule": "EJ",
    "EJ": "EJ",
    "zettajoules": "ZJ",
    "zettajoule": "ZJ",
    "ZJ": "ZJ",
    # batteries, screens, cameras, engines, chips, weather maps
    "mAh": "mAh",
    "milliamp hours": "mAh",
    "milliamp-hours": "mAh",
    "milliamp-hour": "mAh",
    "hertz": "Hz",
    "Hz": "Hz",
    "kilohertz": "kHz",
    "kHz": "kHz",
    "megapixels": "megapixel",
    "megapixel": "megapixel",
    "nits": "nit",  # a screen's brightness: "2,000 nits"
    "nit": "nit",
    "frames per second": "fps",
    "fps": "fps",
    "revolutions per minute": "rpm",
    "rpm": "rpm",
    "kbps": "kbps",
    "Kbps": "kbps",
    "kilovolts": "kV",
    "kilovolt": "kV",
    "kV": "kV",
    "amps": "A",
    "amperes": "A",
    "ampere": "A",
    "amp": "A",
    "psi": "psi",
    "millibars": "mbar",
    "millibar": "mbar",
    "mbar": "mbar",
    "hectopascals": "hPa",
    "hectopascal": "hPa",
    "hPa": "hPa",
    "horsepower": "hp",
    "hp": "hp",
    "bhp": "bhp",
    "cc": "cc",
    "micrometres": "µm",
    "micrometre": "µm",
    "micrometers": "µm",
    "micrometer": "µm",
    "microns": "µm",
    "micron": "µm",
    "nanometres": "nm",
    "nanometre": "nm",
    "nanometers": "nm",
    "nanometer": "nm",
    "nm": "nm",
}

PERCENT_WORDS: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pc": "percent",  # British business pages: "up 12pc"
    "pct": "percent",  # wire copy: "rose 3 pct"
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "percentage": "percent",  # "thirty percentage", as careless copy writes "percent"
    "pp": "percentage point",  # "up 1.2pp", as economics pages write it
    "basis points": "basis point",
    "basis point": "basis point",
    "bps": "basis point",
    "bp": "basis point",
}

# Currency names that are also common words, read as money only after a scale word: "50 billion
# won" (South Korea's); "they won 3" is a verb.
SCALED_ONLY_CURRENCY_WORDS: dict[str, str] = {"won": "KRW"}

# Video resolutions, written as pence are ("1080p", "720p"): no amount of money.
VIDEO_RESOLUTIONS: frozenset[str] = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})

# Currencies come from CLDR (currencies.py, generated); "$" alone is the US dollar.
CURRENCY_CODES: frozenset[str] = currencies.CODES
# The codes of the most traded currencies, as chat and some copy write them in small letters
# ("10 rmb", "usd 20"): none of them is an English word.
SMALL_CODES: dict[str, str] = {
    **{code: code.upper() for code in ("usd", "eur", "gbp", "cny", "jpy", "inr", "aud", "hkd", "sgd", "nzd", "chf", "mxn")},
    "rmb": "CNY",
}
# A dollar's code before its sign, as some copy writes it: "AUD$ 15", "MXN$ 15".
_DOLLAR_CODES = sorted({code for symbol, code in currencies.SYMBOLS.items() if symbol.endswith("$")} | {"USD"})
CURRENCY_SYMBOLS: dict[str, str] = {
    **currencies.SYMBOLS,
    "$": "USD",
    "US $": "USD",
    "RMB": "CNY",  # renminbi
    **{f"{code}$": code for code in _DOLLAR_CODES},
    **{f"{small}$": code for small, code in SMALL_CODES.items() if code in _DOLLAR_CODES},
    "元": "CNY",  # yuan, after the amount: "100元"
    # signs regional English-language papers write that the data's symbols lack
    **{"GH¢": "GHS", "GH₵": "GHS", "E£": "EGP", "TL": "TRY", "zł": "PLN", "Kč": "CZK", "Bt": "THB", "SFr": "CHF"},
    **{"BD": "BHD", "KD": "KWD", "JD": "JOD"},  # "KD 5m": Gulf dinars
    # the sign first, as Australian and New Zealand papers write other dollars: "$US2.5 billion"
    **{"$US": "USD", "$A": "AUD", "$NZ": "NZD", "$HK": "HKD"},
    # a dollar's prefix spaced from its sign, as some copy and tokenized text write it ("HK $ 3",
    # "c $ 16.4 million"); not a capital letter alone, a word or an initial ("A $5 fee", "Series C
    # $5m"), nor a state's code ("Irvine, CA $5m")
    **{
        f"{symbol[:-1]} $": code
        for symbol, code in currencies.SYMBOLS.items()
        if symbol[-1] == "$" and len(symbol) >= 3 and symbol != "CA$"
    },
    "c $": "CAD",
}
CURRENCY_WORDS: dict[str, str] = {
    **{name: code for name, code in currencies.NAMES.items() if not name.startswith("(")},  # not "(unknown currency)"
    "pounds sterling": "GBP",
    "cents": "cent",
    "cent": "cent",
    "u.s. cents": "cent",  # "71.72 U.S. cents", the Canadian dollar's worth as Reuters writes it
    "us cents": "cent",
    "pence": "penny",
    "penny": "penny",
    "pennies": "penny",
    # Reuters' English for the krona, krone and koruna: the country says which; alone, the text does not
    **{
        f"{country} {word}": code
        for country, code in (("swedish", "SEK"), ("norwegian", "NOK"), ("danish", "DKK"), ("czech", "CZK"), ("icelandic", "ISK"))
        for word in ("crown", "crowns")
    },
    "crowns": "crown",
    "paise": "paisa",  # a hundredth of a rupee
    "paisa": "paisa",
    "kopecks": "kopeck",  # of a rouble or a hryvnia
    "kopeks": "kopeck",
    "kopeck": "kopeck",
    "kopek": "kopeck",
    "centimes": "centime",  # of a Swiss or a West African franc
    "centime": "centime",
    "satoshi": "satoshi",  # a hundred-millionth of a bitcoin, as a cent is of a dollar
    "satoshis": "satoshi",
    **SMALL_CODES,  # "20 usd", "half million usd"
}
# Words after "$100 Australian" that leave the adjective to the dollar ("$100 Australian to ride").
FUNCTION_WORDS_AFTER_DOLLAR_COUNTRY: tuple[str, ...] = (
    *("to", "for", "a", "an", "the", "per", "each", "in", "on", "at", "and", "or", "from", "with", "by", "as"),
    *("than", "more", "less", "is", "was", "were", "are", "has", "had", "have", "will", "would"),
)
# Whose dollar an amount in "$" is, said after it: "$100 Australian", "$5 million Canadian dollars".
DOLLAR_COUNTRIES: dict[str, str] = {
    " ".join(w.upper() if w == "us" else w.capitalize() for w in name.removesuffix(" dollar").split()): code
    for name, code in CURRENCY_WORDS.items()
    if name.endswith(" dollar") and "&" not in name
}
# The kinds of street a house number comes before ("300 Slater Street", "10 Downing St.").
STREET_WORDS: frozenset[str] = frozenset(
    {
        "Street",
        "St",
        "Road",
        "Rd",
        "Avenue",
        "Ave",
        "Boulevard",
        "Blvd",
        "Lane",
        "Ln",
        "Drive",
        "Dr",
        "Way",
        "Place",
        "Pl",
        "Court",
        "Ct",
        "Square",
        "Sq",
        "Terrace",
        "Crescent",
        "Highway",
        "Hwy",
        "Parkway",
        "Pkwy",
        "Close",
        "Gardens",
        "Row",
        "Strasse",
        "Straße",
    }
)
# The minor unit written after a major one ("3 dollars 50 cents"), for the currencies news writes so.
_CENTS = frozenset({"cent", "cents"})
MINOR_UNITS: dict[str, frozenset[str]] = {
    "USD": _CENTS,
    "EUR": _CENTS,
    "CAD": _CENTS,
    "AUD": _CENTS,
    "GBP": frozenset({"pence", "p"}),
}
# "pounds" is money after a scale ("361 million pounds") and a weight otherwise ("22 pounds"),
# or where what is weighed follows ("1.5 million pounds of cocaine"; "hundreds of pounds of fish").
AMBIGUOUS_MONEY_WORDS: frozenset[str] = frozenset({"pound", "pounds"})
# What "pounds of ..." pays for, not weighs: "five million pounds of funding", "of taxpayers' money".
MONEY_NOUNS: frozenset[str] = frozenset(
    {
        *("aid", "assets", "benefits", "bills", "bonds", "budget", "business", "capital", "cash", "compensation"),
        *("contracts", "credit", "cuts", "damage", "deals", "debt", "debts", "donations", "equity", "exports"),
        *("fees", "fines", "funding", "funds", "goods", "government", "grants", "imports", "income"),
        *("investment", "investments", "loans", "losses", "money", "orders", "profit", "profits", "property"),
        *("public", "revenue", "revenues", "sales", "savings", "shares", "spending", "stock", "stocks"),
        *("subsidies", "tax", "taxes", "taxpayer", "taxpayers", "trade", "value", "wages"),
        # a determiner or a pronoun: the noun is further on or before, and money is what "pounds" means
        # when nothing weighed is named
        *("a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "new", "extra"),
        *("it", "them", "which", "what", "these", "those"),
    }
)

TIME_ZONES: tuple[str, ...] = ("GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "BST")

# "the first half of the year" is a part of a period, not a fraction of a quantity.
HALF_PART_BEFORE: frozenset[str] = frozenset({"first", "second", "latter", "other", "better"})

# "one" as a pronoun ("no one", "one of the", "one another") is not a figure.
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset(
    {
        "no",
        "any",
        "every",
        "each",
        "the",
        "this",
        "that",
        "which",
        "someone",
        "anyone",
        # a determiner or the generic pronoun: "at one event", "on one hand", "as one heads south"
        "at",
        "on",
        "as",
        "if",
        "when",
        "once",
    }
)
ONE_PRONOUN_AFTER: frozenset[str] = frozenset(
    {"of", "another", "or", "who", "that", "which", "last", "more", "day", "thing", "way", "side", "hand", "point"}
)

# After "the new one", "a bigger one" (an adjective's pronoun), these say no noun is counted.
FUNCTION_WORDS_AFTER_PRONOUN: frozenset[str] = frozenset(
    {
        *("at", "in", "on", "for", "with", "from", "to", "by", "and", "but", "than", "as", "is", "was", "are"),
        *("were", "will", "would", "has", "had", "have", "can", "could", "should", "may", "might", "does", "did"),
    }
)

# "One day, he left", "and one day we will": "one day" opening a clause means once, or some day.
CLAUSE_JOINERS: frozenset[str] = frozenset({"and", "but", "then", "until", "so", "when", "till"})
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"i", "you", "he", "she", "it", "we", "they"})

# Numbers with a slash that are names, not dates: "24/7", "9/11", "7/7" (the first part, the rest).
NUMERIC_NAMES: dict[str, str] = {"24": "7", "9": "11", "7": "7"}

# Short numbers that are names, not quantities ("911 calls").
EMERGENCY_NUMBERS: frozenset[str] = frozenset({"911", "999", "112", "000"})

# Feasts and holidays a year may follow ("by Christmas 2023"): a time, not a name with its number.
HOLIDAYS: frozenset[str] = frozenset(
    {"christmas", "easter", "thanksgiving", "hanukkah", "passover", "ramadan", "eid", "diwali", "halloween", "whitsun"}
)

# Capitals that stand before a measured number, not a name's: a study's confidence interval
# ("95% CI 89.3-96.8") and interquartile range.
STATISTIC_ABBREVIATIONS: frozenset[str] = frozenset({"CI", "IQR"})

# A capitalised word directly before a bare number makes it a name ("Boeing 737",
# "Formula 1"), unless the word is one of these: title-case headlines capitalise them.
TITLE_CASE_FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "To",
        "In",
        "Of",
        "As",
        "Or",
        "By",
        "At",
        "For",
        "From",
        "On",
        "With",
        "And",
        "Than",
        "Over",
        "Under",
        "Rises",
        "Rise",
        "Falls",
        "Fall",
        "Kills",
        "Killed",
        "Injured",
        "Dead",
        "Top",
        "Tops",
        "Hits",
        "Reach",
        "Reaches",
        "Another",
        "About",
        "Nearly",
        "Some",
        "Least",
        "Almost",
        "Around",
        "Up",
        "Down",
        "Only",
        "Just",
        "The",
        "Are",
        "Were",
        "Was",
        "Is",
        "Has",
        "Have",
        # words that open a sentence before a number, never a name with it ("Then 5 more")
        "Then",
        "Now",
        "But",
        "So",
        "Yet",
        "Still",
        "Even",
        "Also",
        "All",
        "Those",
        "These",
        "Here",
        "There",
        "Today",
        "Yesterday",
        "Perhaps",
        "Maybe",
        "Possibly",
        "Probably",
        "Exactly",
        "Precisely",
        "Barely",
        "Fully",
        "Both",
        "Most",
        "Many",
        "Since",
        "After",
        "Before",
        "During",
        "Within",
        "Until",
        "Roughly",
        "Approximately",
        "A",
        "An",
        "This",
        "That",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Each",
        "Every",
        "Last",
        "Next",
        "Early",
        "Late",
        "Mid",
        "Through",
        "Throughout",
        "Between",
        "Circa",
        "Fiscal",
        # subordinators and prepositions that open a sentence: "When 40 homes flooded, ..."
        *("When", "While", "Whereas", "If", "Once", "Although", "Though", "Because", "Where", "Unless"),
        *("Despite", "Following", "Amid", "Among", "Including", "Without", "Against", "Like", "Unlike", "Besides"),
    }
)

# Verbs that report only when a figure's noun follows: "officials gave a toll of 93".
GIVING_VERBS: frozenset[str] = frozenset({"gave", "gives", "give"})
# Verbs that state a figure only of a figure noun: "the ONS revised its estimate to 728,000", "the
# IMF cut its forecast to 2.1%" (the Fed "cut rates" states nothing).
REVISING_VERBS: frozenset[str] = frozenset(
    {*("revised", "revises", "raised", "raises", "lifted", "lifts", "lowered", "lowers", "upgraded", "downgraded")}
    | {"trimmed", "cut"}
    # "reaffirmed its target of 8% growth", "kept its forecast at 3%", "now sees full-year revenue of
    # $4.1 billion", "guided for a 10% drop in sales": a company's guidance
    | {*("reaffirmed", "reaffirms", "affirmed", "maintained", "maintains", "reiterated", "reiterates", "kept", "keeps")}
    | {"sees", "see", "guided", "guides"}  # "Economists polled by Reuters see inflation at 38%": their forecast
)
# Reporting verbs: the subject of one of these is the source of what the clause says.
# Verbs of saying against, which report only what follows "that": "complained that fares rose 40%",
# not "complained of chest pains for 3 days" nor "protested outside the depot for 2 hours".
OBJECTING_VERBS: frozenset[str] = frozenset(
    {"objected", "objects", "complained", "complains", "protested", "contended", "contends"}
)
# Verbs of a ruling or a promise, which report only what follows "that": "the tribunal ruled on
# Friday that he had failed ...", "the government has pledged that all new buses will ..."; not
# "the court ruled 6 to 3", "ruled out", "promised to cut 500 jobs".
THAT_ONLY_VERBS: frozenset[str] = frozenset(
    {"ruled", "rules", "pledged", "pledges", "promised", "promises", "vowed", "vows", "agreed", "agrees"}
    | {"decided", "decides", "voted"}
)
# Verbs that report only what follows "as": "what the agency described as a 1-in-100-year flood";
# not "described the scene".
AS_ONLY_VERBS: frozenset[str] = frozenset({"described", "describes", "describe"})
# Verbs that report only with a document for subject: "The bulletin listed 1,980 people injured",
# not "The company listed its shares at $20".
LISTING_VERBS: frozenset[str] = frozenset({"listed", "lists"})
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        *THAT_ONLY_VERBS,
        *AS_ONLY_VERBS,
        *("allege", "alleges"),  # "The plaintiffs allege that ..."
        *("informed", "informs"),  # "The collector informed that ...", as South Asian English writes it; only before "that"
        *("reaffirmed", "reaffirms", "affirmed", "maintained", "maintains", "reiterated", "reiterates"),
        *("kept", "keeps", "sees", "see", "guided", "guides"),  # report only of a figure noun: REVISING_VERBS
        *LISTING_VERBS,  # only with a document for subject: "The agency's report listed 1,980 injured"
        "caution",  # "Pollsters caution that a survey can move by three points"
        "cautions",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "tell",
        "reported",
        "reports",
        "report",
        "stated",
        "states",
        "announced",
        "announces",
        "added",
        "adds",
        "noted",
        "notes",
        "wrote",
        "writes",
        "confirmed",
        "confirms",
        "claimed",
        "claims",
        "estimated",
        "estimates",
        "estimate",
        "indicated",
        "indicates",
        "showed",
        "shows",
        "shown",
        "show",
        "expects",
        "expect",
        "expected",
        "put",
        "puts",
        *("values", "valued"),  # "which the indictment values at $860,000": only with "at"
        "counted",
        "tallied",
        "recorded",
        "revealed",
        *("disclosed", "discloses", "divulged", "divulges", "signalled", "signaled"),
        "insisted",
        *OBJECTING_VERBS,  # only with "that" after them, or nothing ("..., residents complained")
        "warned",
        "explained",
        "acknowledged",
        "tweeted",
        "posted",
        "replied",
        "responded",
        "argued",
        # the present of the same ("Prices, she argues, tell you ...": analysis writes its experts so)
        *("argues", "insists", "explains", "stresses", "asserts", "concludes", "acknowledges", "admits"),
        "stressed",
        "emphasised",
        "emphasized",
        "asserted",
        "declared",
        "alleged",
        "predicted",
        "cautioned",
        "conceded",
        "concluded",
        "observed",
        "remarked",
        "continued",
        "admitted",
        "countered",
        "forecast",
        "forecasts",
        "predicts",
        "projected",
        "warns",
        "warn",
        "outlined",
        "issued",
        "cited",
        *("forecasting", "predicting", "projecting", "estimating", "expecting"),  # "Fonterra is forecasting $9.50"
        *("urged", "urges"),  # "90,000 social homes a year, as the Local Government Association has urged"
        "found",
        "finds",
        "find",
        "calculated",
        "calculates",
        *("heard", "hears"),  # "the court heard", "the inquest heard", "..., jury hears" (attribution: only a hearing)
        *("recommends", "recommended", "recommend", "advises", "advised", "advise"),  # "The NHS recommends 150 minutes"
        *("suggests", "suggested", "suggest"),
        *GIVING_VERBS,
        *REVISING_VERBS,
    }
)
FIGURE_NOUNS: frozenset[str] = frozenset(
    {"toll", "figure", "figures", "number", "estimate", "count", "tally", "total", "forecast", "breakdown"}
    | {"estimates", "forecasts", "projection", "projections", "outlook", "guidance", "prediction", "target", "targets"}
)
# What a company's guidance is of ("sees full-year revenue of $4 billion", "guided for a drop in sales").
GUIDANCE_NOUNS: frozenset[str] = FIGURE_NOUNS | frozenset(
    {"revenue", "revenues", "sales", "earnings", "profit", "profits", "growth", "loss", "losses", "margin", "margins"}
    # what an economist's forecast is of ("analysts see the rate at 4.5%")
    | {"inflation", "rate", "rates", "unemployment", "gdp", "output", "deficit", "yields"}
)
# Verbs that only report when a figure follows "at" ("put the death toll at 200").
REPORTING_VERBS_NEEDING_AT: frozenset[str] = frozenset({"put", "puts", "estimated", "estimates", "values", "valued"})
# A reporting verb after one of these is passive: "is estimated" names no source.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
# Words between a subject and its reporting verb that are not part of the subject.
SUBJECT_TRAILERS: frozenset[str] = frozenset(
    {
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "later",
        "earlier",
        "then",
        "recently",
        "most",
        "previously",
        "separately",
        "again",
        "already",
        "now",
        "today",
        "yesterday",
        "first",
        "further",
        "initially",
        "officially",
        "publicly",
        "continues",
        "continue",
        "continued",
        "to",
    }
)
# Words that end a subject phrase when reading backwards from the verb.
SUBJECT_BOUNDARIES: frozenset[str] = frozenset(
    {
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "whereas",
        "and",
        "but",
        "when",
        "as",
        "if",
        "after",
        "because",
        "since",
        "though",
        "although",
        "where",
        # a verb of saying ends the subject of the clause it opens: "Norway said Ms Berg had told ..."
        *("said", "says", "say", "told", "tells", "added", "announced", "insisted", "warned", "confirmed"),
    }
)
# Words that open a sentence before its subject ("Meanwhile the ministry said", "Now research
# shows"): not part of the party.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        *("now", "today", "yesterday", "tonight", "meanwhile", "separately", "still", "however", "also"),
        *("previously", "recently", "currently", "overall", "instead", "then", "so"),  # not "Earlier reports"
    }
)
# People by office, who state figures for a body: a party's head noun, and whom "he" or "she"
# may stand for.
OFFICE_HOLDERS: frozenset[str] = frozenset(
    {
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "chief",
        "leader",
        "secretary",
        "chair",
        "chairman",
        "chairwoman",
        "ceo",
        "mayor",
        "governor",
        "judge",
        "coroner",
    }
)
# Head nouns of one person named by role: "he said" after "the mayor said" is the mayor.
PERSON_ROLES: frozenset[str] = OFFICE_HOLDERS | frozenset(
    {
        "director",
        "head",  # "Tom Hale, head of the clinic, said"
        "commander",
        "chancellor",
        "premier",
        "senator",
        "lawmaker",
        "economist",
        "analyst",
        "professor",
        "doctor",
        "researcher",
        "scientist",
        "author",
        "inspector",
        "sheriff",
        "prosecutor",
        "lawyer",
        "attorney",
        "officer",
        "commissioner",
        "manager",
        "founder",
        "owner",
        "surgeon",
        "teacher",
        "witness",
        "resident",
        "coach",
        "captain",
        "ambassador",
        "envoy",
        "general",
        "adviser",
        "advisor",
        "strategist",
        "forecaster",
        "meteorologist",
        "executive",
        "mother",
        "father",
        "man",
        "woman",
        "driver",
        "farmer",
        "worker",
        "nurse",
        "representative",
        *("fellow", "lecturer", "partner", "associate", "consultant", "co-founder", "cofounder", "deputy", "assistant"),
    }
)
# Nouns that stand for a body named before them ("the agency" for "the Storm Prediction
# Center"), and the words of the names they may stand for: "the agency" is never the police.
_AGENCY_HEADS = frozenset(
    {"agency", "service", "center", "centre", "office", "administration", "bureau", "commission", "authority", "department"}
)
_COMPANY_HEADS = frozenset({"company", "firm", "group", "corp", "inc", "ltd", "plc", "co", "utility"})
BODY_ROLES: dict[str, frozenset[str]] = {
    "agency": _AGENCY_HEADS,
    "company": _COMPANY_HEADS,
    "firm": _COMPANY_HEADS,
    "organisation": _AGENCY_HEADS | _COMPANY_HEADS | {"organisation", "organization", "council", "committee"},
    "organization": _AGENCY_HEADS | _COMPANY_HEADS | {"organisation", "organization", "council", "committee"},
}
PRONOUN_SOURCES: dict[str, str] = {
    "he": "person",
    "she": "person",
    "it": "organisation",
    "they": "any",
}
# Words that make a source phrase name an organisation rather than a person.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "ministry",
        "ministries",
        "government",
        "department",
        "agency",
        "office",
        "center",
        "centre",
        "council",
        "commission",
        "committee",
        "sources",
        "officials",
        "report",
        "reports",
        "data",
        "police",
        "army",
        "military",
        "forces",
        "company",
        "utility",
        "group",
        "service",
        "services",
        "organisation",
        "organization",
        "authorities",
    }
)
# Last words of an event's name: "the Halden Games", "the Davis Cup", "the Berlin Marathon" are
# no persons, though written as a first name and a surname are.
EVENT_NAME_ENDS: frozenset[str] = frozenset(
    {"games", "olympics", "paralympics", "cup", "championship", "championships", "open", "masters", "classic"}
    | {"marathon", "trophy", "tour", "rally", "regatta", "festival", "awards", "expo", "summit", "prix"}
)
# Last words of a company's name: "Northfield Coal", "Sakura Securities", "Acme Ltd" are no
# persons, though written as a first name and a surname are. (Not "Power", "Health", "Water":
# surnames too.)
COMPANY_NAME_ENDS: frozenset[str] = frozenset(
    {
        *("inc", "ltd", "limited", "plc", "llc", "llp", "corp", "co", "holdings", "ag", "sa", "gmbh", "nv", "bv", "pty"),
        *("bhd", "berhad", "air", "airlines", "airways", "bancorp", "capital", "partners", "securities", "investments"),
        *("insurance", "assurance", "energy", "electric", "oil", "petroleum", "coal", "mining", "minerals", "metals"),
        *("steel", "resources", "motors", "automotive", "foods", "beverages", "brewing", "brewery", "pharma"),
        *("pharmaceuticals", "therapeutics", "biotech", "healthcare", "labs", "laboratories", "technologies"),
        *("systems", "software", "networks", "semiconductor", "semiconductors", "electronics", "telecom"),
        *("communications", "entertainment", "studios", "publishing", "shipping", "logistics", "freight"),
        *("railways", "construction", "engineering", "properties", "realty", "developments", "industries"),
        *("manufacturing", "chemicals", "textiles", "aerospace", "solutions", "ventures", "enterprises", "utilities"),
        # what a business makes or keeps, in the plural ("Halvard Breweries"; not "Mills", a surname)
        *("breweries", "distillers", "distilleries", "bakeries", "dairies", "fisheries", "wines", "vineyards"),
        *("stores", "supermarkets", "hotels", "resorts", "restaurants", "pharmacies", "brands", "farms"),
        # and what a business sells or runs ("Blue Meander Cruises")
        *("cruises", "tours", "holidays", "travel", "ferries", "coaches", "cinemas", "homes", "clinics"),
    }
)
# Bodies "it" may stand for when no source was named before ("the bank cut rates, and it said ..."):
# the words above, and bodies whose word may also head a person's title ("Bank of England governor").
BODY_WORDS: frozenset[str] = ORGANISATION_WORDS | frozenset(
    {
        *("bank", "firm", "board", "union", "court", "bureau", "institute", "university", "foundation"),
        *("association", "federation", "authority", "regulator", "party", "club", "league", "charity"),
        *("hospital", "hospice", "airline", "carrier", "operator", "insurer", "lender", "retailer", "manufacturer"),
        *("corporation", "fund", "trust", "tribunal", "network", "broadcaster", "newspaper", "school"),
        *("college", "academy", "society", "choir", "orchestra", "museum", "church", "team"),
        *("consultancy", "consultancies", "zoo", "aquarium", "alliance", "consortium", "cooperative"),
        "coastguard",  # "The coastguard urged people to stay away. It said ..."
        "forum",  # "the Matatu Operators Forum": "according to the forum"
        *("inspectorate", "secretariat"),  # "The regional mining inspectorate has opened an inquiry. It said ..."
    }
)
# Verbs in the present that open a clause before ", saying ..." ("The union disputes the figure,
# saying pay is 20% lower"), as their past in "-ed" does.
PRESENT_STANCE_VERBS: frozenset[str] = frozenset(
    {
        *("disputes", "rejects", "denies", "insists", "argues", "warns", "claims", "welcomes", "criticises"),
        *("criticizes", "questions", "challenges", "opposes", "accepts", "maintains", "contends", "blames"),
    }
)
# Words that count the party named after "of" ("one of them said", "two of the people said").
QUANTITY_HEADS: frozenset[str] = frozenset(
    {*(w for w, v in UNITS_WORDS.items() if 0 < v < 20), "some", "several", "both", "many", "most", "all", "each"}
)
# Two words whose head is a party's noun but which name no party ("the labour force").
NON_PARTY_COMPOUNDS: frozenset[tuple[str, str]] = frozenset(
    {("labour", "force"), ("labor", "force"), ("work", "force"), ("driving", "force")}
)
# Two words whose head alone names no party but which together name one ("the think tank found").
PARTY_COMPOUNDS: frozenset[tuple[str, str]] = frozenset({("think", "tank"), ("think", "tanks")})
# Relative words that open a clause of background set off by commas
# (", where about 145,000 people live,"): the article's own voice.
BACKGROUND_CLAUSE_OPENERS: frozenset[str] = frozenset({"where", "which", "when", "who", "whose"})

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "st",
        "co",
        "corp",
        "inc",
        "ltd",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "approx",
        "est",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
    }
)

# Times of day written as words.
TIME_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}

# Documents and data that state figures ("the survey found", "data from X showed"), whose maker
# is looked for after them ("a study by X", "Kestrel's latest quarterly filing"): parties too.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "data",
        "minutes",  # "minutes of the meeting showed" (with a number before it, a duration: no party)
        "figures",
        "statistics",
        "numbers",
        "survey",
        "surveys",
        "poll",
        "polls",
        "report",
        "reports",
        "study",
        "studies",
        "estimates",
        "estimate",
        "projections",
        "projection",
        "census",
        "analysis",
        "research",
        "model",
        "models",
        "index",
        "forecast",
        "forecasts",
        "count",
        "tally",
        "records",
        "findings",
        "results",
        "calculations",
        "trial",  # "a trial of 9,412 patients found": a study of its patients
        "trials",
        *("filing", "filings", "document", "documents", "prospectus"),  # "Kestrel's latest quarterly filing": Kestrel's
        *("tracker", "trackers", "database", "dataset"),  # "a tracker run by the website X": X's
        *("accounts", "readings"),  # "accounts filed in March showed", "readings from a monitor"
        *("notice", "notices", "email", "emails", "letter", "letters", "memo"),  # "told in a notice that"
        *("listing", "advert", "advertisement"),  # "the listing shows": a property's particulars
        *("contract", "contracts", "form", "forms"),  # "according to contracts filed with ...", "the verdict form"
        *("draft", "drafts", "copy", "copies"),  # "according to a copy of the draft seen by this newspaper"
        *("yearbook", "yearbooks", "almanac", "digest", "dashboard"),  # "the trade body's annual yearbook shows"
        *("evaluation", "inspection"),  # "an evaluation by the institute found"
        *("review", "reviews", "audit", "audits"),  # "an annual review of club finances by the firm X": X's
        *("table", "tables", "standings", "rankings"),  # "according to the official table", "the league's standings"
        *("post", "posts", "blog"),  # "according to a post on its website", "a post on X said"
    }
)
# Documents whose "of" names what they examined, never who made them: "a survey of nurses", "an
# analysis of official records", "a review of club finances" (not "the report of the inquiry").
EXAMINING_DOCUMENTS: frozenset[str] = frozenset(
    {*("survey", "surveys", "poll", "polls", "study", "studies", "census", "analysis", "trial", "trials")}
    | {"count", "counts", "tally", "tallies"}  # "a Reuters tally of official data": what it added up
    | {"review", "reviews", "audit", "audits", "evaluation", "inspection"}
)

# --- parties: who can state a figure ---------------------------------------------------
# A source's head noun, when it is not a name: people by role, groups, bodies and the
# documents that state figures. Role nouns by suffix ("economist", "forecaster") are read
# by rule in sources.is_party; these are the ones no suffix finds.
PARTY_NOUNS: frozenset[str] = (
    ORGANISATION_WORDS
    | OFFICE_HOLDERS
    | frozenset(
        {
            "spokespeople",
            "head",
            "leaders",
            "staff",
            "board",
            "court",
            "union",
            "bank",
            "firm",
            "institute",
            "university",
            "people",
            "residents",
            "witnesses",
            "experts",
            "analysts",
            "authority",
            "administration",
            "regulator",
            "watchdog",
            "bureau",
            "ministry",
            "embassy",
            "prefecture",  # "the prefecture of Haute-Savoie said": a French state's office in a department
            "parliament",
            "congress",
            "senate",
            "legislature",
            "assembly",
            "cabinet",
            "hospital",
            "clinic",
            "foundation",
            "association",
            "federation",
            "charity",
            "party",
            "coalition",
            "opposition",
            "campaign",
            "project",  # "the project said in a statement": those who run it
            "team",
            "club",
            "league",
            "tour",  # "according to the women's tour", "the PGA Tour said"
            "navy",
            "force",  # "Ukraine's air force said", "the police force"
            "coastguard",
            "guard",
            "command",
            "media",
            "paper",
            "newspaper",
            "house",  # "the auction house Ferrand & Co said ... the house said", a fashion or publishing house
            "network",
            "broadcaster",
            "outlet",
            "website",
            *("site", "portal", "blog", "publication"),  # "the price comparison site MoneyWise ... the site said"
            "source",
            "insiders",
            "review",
            "statement",
            "statements",
            "release",
            "bulletin",
            "outlook",
            "audit",
            "assessment",
            *("lawsuit", "lawsuits", "complaint", "petition", "ruling", "judgment", "judgement"),  # "the lawsuit alleged"
            *("tool", "tracker", "gauge"),  # "according to CME Group's FedWatch tool"
            *("timing", "timings", "scoreboard"),  # "according to the meeting's official timing"
            *("body", "bodies"),  # "the trade body said" (not "the body" alone: sources.is_party)
            "budget",
            "agreement",
            "organisers",
            "organizers",
            *("management", "bosses", "members"),  # "while management put the figure at 45%", "union bosses said"
            *("detectives", "neighbours", "neighbors", "locals"),  # "detectives said", "neighbours told the paper"
            "rescuers",
            "medics",
            "police",
            "troops",
            "observatory",
            "monitor",
            "platform",
            "app",
            "family",
            "families",
            "relatives",
            "victims",
            "owners",
            "operators",
            "landlords",
            "tenants",
            "parents",
            "mothers",
            "fathers",
            "women",
            "men",
            "users",
            "customers",
            "voters",
            "respondents",
            "participants",
            "crew",
            "crews",
            "patients",
            "students",
            "workers",
            "employees",
            "investors",
            "buyers",
            "sellers",
            "consumers",
            "doctors",
            "nurses",
            "scientists",
            "researchers",
            "brigade",
            "squad",
            "corps",
            "tribunal",
            "jury",  # "the jury heard", "the jury was told": what a court hears is credited to it
            "juries",
            "inquest",
            "inquests",
            "inquiry",
            "magistrates",
            "panel",
            "inspectorate",
            "secretariat",
            "mission",
            "laboratory",
            "lab",
            "registry",
            "exchange",
            "paramedics",
            "rebels",
            "airline",
            "airport",
        }
    )
)
PARTY_NOUNS |= DOCUMENT_NOUNS  # "the survey found", "the filing showed"
# Bodies that state figures of their own ("the studio said", "the museum said", "the chain
# reported"): every body "it" may stand for is a party too.
PARTY_NOUNS |= BODY_WORDS | frozenset({"studio", "studios", "chain", "festival", "magazine", "label"})
# "the civil defence" reports a toll, "the defence" (a defendant's lawyers) a sum, as "the prosecution" does.
PARTY_NOUNS |= frozenset({"defence", "defense", "prosecution"})
# A company's parts report figures of their own ("Samsung's mobile division reported", "the unit said").
PARTY_NOUNS |= frozenset({"division", "divisions", "unit", "units", "subsidiary", "subsidiaries", "affiliate", "arm"})
PARTY_NOUNS |= frozenset({"plaintiff", "plaintiffs"})  # "The plaintiffs allege that ...", as "the defendants"
# Broadcasters by their medium: "state television reported", "local radio said".
PARTY_NOUNS |= frozenset({"television", "radio", "tv", "channel", "channels", "outlet", "outlets"})
# People by role that no suffix finds, and places that stand for their government when
# they state a figure ("the county said").
PARTY_NOUNS |= frozenset(
    {
        "coach",
        "captain",
        "boss",
        "aide",
        "aides",
        "envoy",
        "expert",
        "nurse",
        "sheriff",
        "priest",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "colonel",
        "attorney",
        "deputy",
        "candidate",
        "candidates",
        "mp",
        "mps",
        "premier",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "wife",
        "husband",
        "son",
        "host",
        "witness",
        "victim",
        "chef",
        "pilot",
        "diplomat",
        "diplomats",
        "delegate",
        "delegates",
        "trustee",
        "trustees",
        "activist",
        "activists",
        "athlete",
        "athletes",
        "representative",
        "representatives",
        "executive",
        "executives",
        "analyst",
        "advocate",
        "advocates",
        "county",
        "city",
        "state",
        "town",
        "province",
        "region",
        "country",
        "nation",
        "municipality",
        *("district", "borough", "township", "parish", "diocese"),  # "the district said in an email to parents"
        "village",
        "republic",
        "kingdom",
        "territory",
    }
)
# Suffixes of nouns for people by what they do ("economist", "forecaster", "statistician").
PARTY_NOUN_SUFFIXES: tuple[str, ...] = (
    "ist",
    "ists",
    "er",
    "ers",
    "or",
    "ors",
    "ian",
    "ians",
    "ant",
    "ants",
    "ent",
    "ents",
    "man",
    "men",
    "woman",
    "women",
    "person",
    "people",
    "ee",
    "ees",
)
# Head nouns that end like a person and name no one ("number", "water", "order").
NOT_PARTY_NOUNS: frozenset[str] = frozenset(
    {
        "number",
        "numbers",
        "water",
        "order",
        "orders",
        "power",
        "border",
        "member",
        "members",
        "quarter",
        "quarters",
        "summer",
        "winter",
        "center",
        "centre",
        "matter",
        "letter",
        "weather",
        "corner",
        "river",
        "tower",
        "cancer",
        "error",
        "sector",
        "factor",
        "floor",
        "door",
        "labor",
        "labour",
        "favor",
        "favour",
        "behavior",
        "behaviour",
        "vendor",
        "percent",
        "cent",
        "event",
        "events",
        "content",
        "moment",
        "amount",
        "payment",
        "payments",
        "investment",
        "investments",
        "agreement",
        "government",
        "department",
        "parliament",
        "movement",
        "statement",
        "development",
        "management",
        "unemployment",
        "employment",
        "element",
        "segment",
        "treatment",
        "settlement",
        "environment",
        "equipment",
        "requirement",
        "judgment",
        "increment",
        "announcement",
        "assessment",
        "commitment",
        "arrangement",
        "shipment",
        "restaurant",
        "plant",
        "want",
        "grant",
        "variant",
        "meantime",
        "human",
        "german",
        "roman",
    }
)
# Words that only stand in a phrase that is no party: auxiliaries and other verb forms, and
# the prepositions, conjunctions and determiners a party's name neither starts nor ends with.
NON_PARTY_WORDS: frozenset[str] = frozenset(
    {
        "i",  # outside a quotation "I" and "we" are the writer and the paper: the article's own voice
        "we",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "do",
        "does",
        "did",
        "'ve",
        "’ve",
        "'re",
        "’re",
        "'ll",
        "’ll",
        "i've",
        "i’ve",
        "we've",
        "we’ve",
        "it's",
        "it’s",
        "there",
        "here",
        "not",
        "whether",  # "investors questioned whether its spending ...": a clause, no party
    }
)
PHRASE_EDGE_WORDS: frozenset[str] = frozenset(
    {
        "according",  # "According to research firm X, which expects ...": X, not the phrase
        "with",
        "in",
        "on",
        "at",
        "for",
        "by",
        "of",
        "to",
        "from",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "since",
        "during",
        "across",
        "around",
        # "above Wall Street's estimate": a comparison's preposition, never a party's first word
        *("above", "below", "beyond", "beneath", "near", "past", "versus", "vs", "like", "unlike"),
        "through",
        "against",
        "between",
        "among",
        "amid",
        "despite",
        "without",
        "within",
        "and",
        "but",
        "or",
        "nor",
        "so",
        "yet",
        "as",
        "if",
        "while",
        "because",
        "although",
        "though",
        "when",
        "where",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "than",
        "then",
        "also",
        "still",
        "even",
    }
)
DETERMINER_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some", "any", "each"}
)
# Adverbs in -ly are never part of a party's name; these words end so and are nouns.
LY_NOUNS: frozenset[str] = frozenset(
    {"family", "assembly", "supply", "ally", "daily", "weekly", "monthly", "quarterly", "italy", "anomaly", "monopoly", "rally"}
    | {"tally"}  # "A tally of hospital records puts the toll at 312"
)
# Time words: a phrase holding one is a when, not a who.
# Words that make a time of the noun after them: "last year", "this month", "the same day".
TIME_DEICTICS: frozenset[str] = frozenset({"last", "this", "next", "earlier", "later", "previous", "same"})
TIME_WORDS_IN_PHRASES: frozenset[str] = frozenset(
    {
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "ago",
        "week",
        "weeks",
        "weekend",  # "Weekend forecast: gales ...": when, no party
        "weekends",
        "month",
        "months",
        "year",
        "years",
        "morning",
        "afternoon",
        "evening",
        "night",
        "hours",
        "days",
    }
)

# Days of a month written as ordinal words ("the first of March", "March third").
ORDINAL_DAYS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

# Words for one thing counted: "19 killed" and "a death toll of 19" count the same. Each word
# maps to the name of its group; what a review compares is the groups (review.py).
COUNTED_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["killed", "dead", "died", "die", "deaths", "death", "toll", "fatalities", "lives", "lost"], "dead"),
    **dict.fromkeys(["injured", "wounded", "hurt", "injuries", "injury", "casualties"], "injured"),
    **dict.fromkeys(["people", "residents", "inhabitants", "persons", "population", "citizens"], "people"),
    **dict.fromkeys(["live", "living", "reside", "residing", "inhabit"], "live"),
    **dict.fromkeys(["missing", "unaccounted", "disappeared"], "missing"),
    **dict.fromkeys(["arrested", "detained", "arrests", "detentions", "held"], "arrested"),
    **dict.fromkeys(["evacuated", "evacuations", "displaced", "fled"], "evacuated"),
    **dict.fromkeys(["homes", "houses", "dwellings", "households"], "homes"),
}

# Events a race's distance names ("the 100M final", "the 400m hurdles"): the number is metres, no count.
RACE_WORDS: frozenset[str] = frozenset(
    {"final", "finals", "race", "hurdles", "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "relay"}
    | {"dash", "sprint", "heat", "heats", "semifinal", "semi-final", "run", "steeplechase", "individual"}
    | {"ultra", "ultramarathon", "trail", "walk", "swim", "ride"}
)
# What "one-day" names in cricket ("a one-day international", "the one-day series"): a format.
ONE_DAY_FORMATS: frozenset[str] = frozenset(
    {"international", "internationals", "cricket", "format", "series", "cup", "side", "squad", "game", "games"}
    | {"match", "matches", "specialist", "captain", "team", "tournament", "debut"}
)
# Past tenses not in "-ed" that follow a subject: "the now-infamous one struck", "a big one hit".
IRREGULAR_PAST: frozenset[str] = frozenset(
    {"struck", "hit", "came", "went", "fell", "rose", "grew", "took", "made", "won", "lost", "sold", "cost", "broke"}
    | {"left", "held", "led", "ran", "sat", "stood", "began", "became", "got", "gave", "kept", "met", "paid", "saw"}
    | {"cut", "put", "bought", "built", "brought", "spent", "sent", "sought", "drew", "wrote"}  # "X cut its forecast, saying"
)
# Last words of names that are never a person's ("the United Nations", "the United Arab
# Emirates"): "he" and "she" do not stand for them.
COLLECTIVE_NAME_ENDS: frozenset[str] = frozenset(
    {"nations", "states", "emirates", "islands", "kingdom", "republic", "airways", "airlines"}
)
# Words that end the names of places and no person's ("Gold Beach", "Harbour Road"); not those
# that are surnames too (Park, Hall, Hill, Lake, Street, Ford).
PLACE_NAME_ENDS: frozenset[str] = frozenset(
    {"beach", "road", "avenue", "square", "river", "bay", "island", "mountain", "mountains", "valley", "station"}
    | {"airport", "harbour", "harbor", "coast", "sea", "ocean", "forest", "county", "district", "province", "peninsula"}
    | {"strait", "canal", "gulf", "desert", "reef", "falls", "heights", "lane", "city", "town", "village"}  # "Mexico City"
)
# Words that open the names of places and never a person's: "New Zealand", "South Sudan", "Port
# Talbot", "San Diego", "Mount Kenya" are written as two capitalised words, as "Ana Ruiz" is.
PLACE_NAME_OPENERS: frozenset[str] = frozenset(
    {"new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    | {"port", "fort", "mount", "lake", "cape", "upper", "lower", "greater", "san", "santa", "los", "las"}
    | {"sri", "hong", "puerto", "buenos", "costa", "saudi", "united"}
)
# Nouns after "under" and a number that name terms, not a bound: "under three emissions
# scenarios" (the noun may follow a word of its kind), "under two contracts".
UNDER_TERMS_NOUNS: frozenset[str] = frozenset(
    {"scenario", "scenarios", "option", "options", "plan", "plans", "proposal", "proposals", "condition", "conditions"}
    | {"rule", "rules", "law", "laws", "contract", "contracts", "deal", "deals", "agreement", "agreements", "scheme"}
    | {"schemes", "programme", "programmes", "program", "programs", "model", "models", "emissions", "separate", "different"}
)
# Words before "under" that make it a place beneath something: "pulled from under 2.5 metres of
# snow", "trapped under 3 metres of rubble".
BENEATH_WORDS: frozenset[str] = frozenset(
    {"from", "buried", "trapped", "pinned", "entombed", "submerged", "hidden", "lay", "lying", "lies", "stuck"}
)
MODALS: frozenset[str] = frozenset({"will", "would", "could", "might", "may", "can", "should", "must"})
# Words after which "one day" is some day, no duration: "it might one day", "she hopes one day to".
SOMEDAY_BEFORE: frozenset[str] = MODALS | frozenset(
    {"hope", "hopes", "hoped", "hoping", "dream", "dreams", "dreamed", "want", "wants", "wanted", "plan", "plans"}
    | {"planned", "aims", "aim", "wish", "wishes"}
)
# Currency codes that, glued to a number, name something else far more often: "COP28" is the UN
# climate conference, not 28 Colombian pesos ("COP 28,000" spaced stays money).
CODES_THAT_NAME: frozenset[str] = frozenset({"COP"})
