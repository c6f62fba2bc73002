"""Sources: when two ways of naming whom a figure is credited to name the same party.

"Nikol Pashinyan" and "Armenian Prime Minister Nikol Pashinyan" are the same source;
"Azerbaijan" and "Azerbaijan's defence ministry" are a near match, worth saying but
not an error; "Armenian sources" and "Azerbaijan" differ.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from . import vocabulary as vocab
from .figures import find_figures

UNATTRIBUTED = "unattributed"

_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
# Titles and generic words: sharing one of these does not make two sources alike.
_GENERIC = frozenset(
    {
        "president",
        "prime",
        "minister",
        "ministry",
        "deputy",
        "first",
        "senior",
        "foreign",
        "defence",
        "defense",
        "health",
        "interior",
        "official",
        "officials",
        "source",
        "sources",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "government",
        "department",
        "office",
        "of",
        "and",
        "for",
        "in",
        "from",
        "public",
        "state",
        "national",
        "general",
        "director",
        "executive",
        "chief",
        "report",
        "data",
        "news",
        "agency",
    }
)
_TOKEN = re.compile(r"[\w&.]+")


class SourceMatch(StrEnum):
    SAME = "same"
    NEAR = "near"
    DIFFERENT = "different"


# A name of two capitalised words or more, then "of", "at" or "from" and where they work or come from.
_PERSON_THEN_PLACE = re.compile(r"(?P<person>(?:[A-Z][\w’'.-]*\s+)+(?P<last>[A-Z][\w’'-]+))\s+(?:of|at|from)\s+\S")


@functools.lru_cache(maxsize=65536)
def match_sources(first: str, second: str) -> SourceMatch:
    """How far two names of a source agree.

    >>> match_sources("Nikol Pashinyan", "Armenian Prime Minister Nikol Pashinyan")
    <SourceMatch.SAME: 'same'>
    >>> match_sources("Azerbaijan", "Azerbaijan's defence ministry")
    <SourceMatch.NEAR: 'near'>
    """
    if is_unattributed(first) or is_unattributed(second):
        same = is_unattributed(first) and is_unattributed(second)
        return SourceMatch.SAME if same else SourceMatch.DIFFERENT
    a, b = _tokens(first), _tokens(second)
    if not a or not b:
        return SourceMatch.SAME if a == b else SourceMatch.DIFFERENT
    if a == b:
        return SourceMatch.SAME
    if (a[-1] == b[-1] or _head(a) == _head(b)) and (set(a) <= set(b) or set(b) <= set(a)):
        return SourceMatch.SAME  # "the ministry" and "the health ministry", "the department" and "the Department of Energy"
    for named, other in ((first, second), (second, first)):
        # "Dr Ines Valk of the University of Tartu" is "Dr Ines Valk": a person, then where they work
        if (
            (person := _PERSON_THEN_PLACE.match(named))
            and person.group("last").lower() not in vocab.BODY_WORDS
            and match_sources(person.group("person"), other) is SourceMatch.SAME
        ):
            return SourceMatch.SAME
    if (_proper_tokens(first) & _proper_tokens(second)) - _GENERIC:
        return SourceMatch.NEAR
    return SourceMatch.DIFFERENT


_GROUPED_DIGITS = r"\d{1,3}(?:,\d{3})+"  # "1,200", one word
_WORD = re.compile(_GROUPED_DIGITS + r"|[\w&’'.-]+")
_HAS_DIGIT = re.compile(r"\d")
_PLAIN_COUNT = re.compile(_GROUPED_DIGITS + r"|\d+")
_COUNTING_DETERMINERS = frozenset({"the", "its", "their", "our", "all"})
_COMPOUND_FIGURE = re.compile(r"\d+(?:-[a-z]+)+")  # "12-member", "36-year-old": a figure that describes the head
_PARTICLES = frozenset({"out", "up", "off", "down"})  # that end a phrasal verb: "carried out", "drew up"
_OBJECT_OPENERS = frozenset({"its", "their", "his", "her", "the", "a", "an", "our", "my", "your"})
_GLUED_NAME = re.compile(r"(?!\d+(?:st|nd|rd|th)\Z)\d+-?[A-Za-z][\w-]*")
_NAME_WITH_DIGITS = re.compile(r"(?!(?:Q|H)[1-4]\b|FY\d)[A-Z][A-Za-z]*\d+[A-Za-z]*")  # "Flightradar24", "G7", "FTSE100": a name
_HEAD_ENDS = frozenset({"of", "in", "at", "for", "from", "with", "on", "to", "by"})
# Adjectives that follow the head of a party and open what describes it: "a source familiar
# with the talks", "people close to the minister".
_POSTMODIFIERS = frozenset({("familiar", "with"), ("close", "to"), ("knowledgeable", "about")})


@functools.lru_cache(maxsize=16384)
def is_acronym(word: str) -> bool:
    """An acronym is a name whatever word its letters spell: "the WHO", "the US", "IT"."""
    return len(word) > 1 and word.isupper()


def is_party(phrase: str) -> bool:
    """Whether a phrase names a party that can state a figure: a person, a body, a group,
    a document or data set, or a pronoun for one. Never a clause, a fragment that starts or
    ends with a preposition, conjunction or determiner, a phrase holding a figure or a date,
    or a time.

    >>> [is_party(p) for p in ("Economy Minister Marcelo Ebrard", "economists", "The latest opinion poll", "she")]
    [True, True, True, True]
    >>> [is_party(p) for p in ("The revised plan", "with April's flash GDP", "Madhya Pradesh has consistently")]
    [False, False, False]
    >>> [is_party(p) for p in ("the 36-year-old", "The May", "largely reverses the losses", "40%")]
    [False, False, False, False]
    """
    words = _WORD.findall(phrase if "/" not in phrase else _YEAR_SLASH.sub("-", phrase))  # "its 2025/26 budget"
    if not words:
        return False
    lower = [w if is_acronym(w) else w.lower().strip(".") for w in words]
    if len(lower) == 1 and lower[0] in vocab.PRONOUN_SOURCES:
        return True
    if any(c.isdigit() for c in phrase) and not _digits_only_in_names(words):
        group, with_, _ = phrase.partition(" with ")
        if with_ and not any(c.isdigit() for c in group):
            return is_party(group)  # "Operators with more than 50 hives": a group, a figure saying which
        return False  # the figure itself, another figure or a date ("40%", "2,000 people"); not "The 12-member panel"
    if lower[0] in vocab.PHRASE_EDGE_WORDS or lower[-1] in vocab.PHRASE_EDGE_WORDS | vocab.DETERMINER_WORDS:
        return False
    for index, (word, low) in enumerate(zip(words, lower, strict=True)):
        if _opens_a_title(words, lower, index):
            continue  # "the Sunday Times", "the Evening Clarion": a name, no time
        if low in vocab.NON_PARTY_WORDS or low in vocab.TIME_WORDS_IN_PHRASES:
            return False
        if low in vocab.CALENDAR_WORDS and word[0].isupper() and not (low == "may" and word != "May"):
            return False
        if word.islower() and low.endswith("ly") and low not in vocab.LY_NOUNS and not _only_as_adjective(lower, index):
            return False  # an adverb: "largely reverses", "Hopefully"
    for index in range(2, len(lower) - 1):
        if (
            lower[index].endswith("ed")
            and words[index].islower()
            and words[index - 1].islower()
            and lower[index - 2] in vocab.DETERMINER_WORDS
            and lower[index + 1] != "by"
            and not _names_a_party(words[index - 1], lower[index - 1])
        ):
            return False  # "the rise reflected London rents": a clause, its subject no party
    # The head of "the leader of the breakaway province" is "leader": the word before a preposition.
    # "a group representing rural counties": a participle ends the head's phrase too.
    cut = next(
        (
            i
            for i in range(1, len(lower) - 1)
            if lower[i] in _HEAD_ENDS
            or (lower[i], lower[i + 1]) in _POSTMODIFIERS  # "a source familiar with the talks"
            or (
                words[i].islower()
                and lower[i].endswith(("ing", "ed"))
                and lower[i] not in vocab.PARTY_NOUNS
                and lower[i - 1] not in vocab.DETERMINER_WORDS  # "the revised plan": an adjective, not a clause
                and _names_a_party(words[i - 1], lower[i - 1])  # "the risk modelling firm Verisk": a compound noun
            )
        ),
        len(lower),
    )
    if cut < len(lower) - 1 and lower[cut].endswith("ed") and lower[cut + 1] in _OBJECT_OPENERS:
        return False  # "SkyBridge raised its full-year profit": a clause, its verb and object
    if cut == len(lower) - 2 and lower[cut].endswith("ed") and lower[cut + 1] in _PARTICLES:
        return False  # "the association carried out": a clause, its verb and particle ("a survey the association carried out")
    head, head_word = lower[cut - 1], words[cut - 1]
    head = re.sub(r"[’']s$", "", head)
    if head in vocab.QUANTITY_HEADS and cut < len(lower) and lower[cut] == "of":
        rest = " ".join(words[cut + 1 :])  # "one of them", "two of the people": the people
        if lower[cut + 1 : cut + 2] == ["any"]:
            return False  # "the most of any candidate": a comparison, no one in particular
        return rest.lower() in ("them", "those", "these") or is_party(rest)
    if (
        head == "minutes"
        and cut >= 2
        and not (lower[cut - 2] in ("the", "its", "their") or lower[cut - 2].endswith(("'s", "’s")))
    ):
        return False  # "the minutes", "the Fed's minutes" report; "a few minutes", "the final minutes" do not
    if head in ("body", "bodies") and (cut < 2 or lower[cut - 2] in vocab.DETERMINER_WORDS):
        return False  # "the trade body" speaks; "the body" alone is a corpse as often as a body
    if cut >= 2 and (lower[cut - 2], head) in vocab.NON_PARTY_COMPOUNDS:
        return False  # "May's labour force report": a measure, not a body
    if cut >= 2 and (lower[cut - 2], head) in vocab.PARTY_COMPOUNDS:
        return True  # "a think tank", "Think tanks": a body, though a tank alone is none
    return _names_a_party(head_word, head)


_YEAR_SLASH = re.compile(r"(?<=\d{4})/(?=\d\d)")
_YEAR_OF = re.compile(r"(?:FY)?(?:19|20)\d\d(?:[/-](?:\d\d){1,2})?")  # "a 2022 report", "its 2025/26 budget"


def _is_time_word(low: str) -> bool:
    return low in vocab.TIME_WORDS_IN_PHRASES or low in vocab.CALENDAR_WORDS


def _opens_a_title(words: list[str], lower: list[str], index: int) -> bool:
    """Whether a capitalised word of time after "the" opens a name with the capitalised word
    that follows it: "the Sunday Times", "the Evening Clarion", "the Morning Herald"; not "the
    May", nor "Sunday Morning", nor "Monday" alone."""
    return (
        0 < index < len(words) - 1
        and lower[index - 1] == "the"
        and words[index][:1].isupper()
        and _is_time_word(lower[index])
        and words[index + 1][:1].isupper()
        and not _is_time_word(lower[index + 1])
    )


def _only_as_adjective(lower: list[str], index: int) -> bool:
    """ "the camp's only clinic", "its only doctor": "only" after a determiner or an owner is an
    adjective, no adverb."""
    if lower[index] != "only" or index == 0:
        return False
    before = lower[index - 1]
    return before in vocab.DETERMINER_WORDS or before.endswith(("'s", "’s"))


def _digits_only_in_names(words: list[str]) -> bool:
    """Whether every word with digits is a name ("Flightradar24", "G7"), a compound describing
    the head ("The 12-member panel") or the year of what follows ("a 2022 report", "its 2025/26
    budget")."""
    return all(
        _NAME_WITH_DIGITS.fullmatch(word)
        or _is_glued_name(word)
        or (len(words) > 1 and _COMPOUND_FIGURE.fullmatch(word))
        or (_YEAR_OF.fullmatch(word) and index + 1 < len(words) and words[index + 1].islower())
        or _counts_the_head(words, index)
        or _numbers_an_index(words, index)
        for index, word in enumerate(words)
        if _HAS_DIGIT.search(word)
    )


def _numbers_an_index(words: list[str], index: int) -> bool:
    """Whether a number is part of an index's name: "the FTSE 100 index", "the Liv-ex Fine Wine 100 index"."""
    return (
        0 < index < len(words) - 1
        and words[index].isdigit()
        and words[index - 1][:1].isupper()
        and words[index + 1].lower() in ("index", "indices")
    )


def _counts_the_head(words: list[str], index: int) -> bool:
    """Whether digits after "the" or an owner count the people named after them ("the 24
    economists surveyed", "its 300 members"), as "the five analysts" does in words."""
    return (
        0 < index < len(words) - 1
        and words[index - 1].lower() in _COUNTING_DETERMINERS
        and _PLAIN_COUNT.fullmatch(words[index]) is not None
        and words[index + 1].isalpha()
        and words[index + 1].islower()
    )


def _is_glued_name(word: str) -> bool:
    """Digits that open a name ("1010data", "23andMe", "7-Eleven"): no figure when read, no ordinal;
    not "100mph" or "36-year-old", which are figures."""
    return bool(_GLUED_NAME.fullmatch(word)) and not find_figures(word)


def _singular(noun: str) -> str:
    """ "agencies" is "agency", "firms" "firm" (and "ss" stays: "press")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def _names_a_party(word: str, low: str) -> bool:
    """Whether a head word names a party: a name, an acronym or a title-case body, a party's noun
    or its plural, or a noun with a party's ending ("campaigners")."""
    low = re.sub(r"[’']s$", "", low)
    if word[:1].isupper() or word.isupper() or (word[:1].isdigit() and _is_glued_name(word)):
        return True
    if low in vocab.PARTY_NOUNS or _singular(low) in vocab.PARTY_NOUNS:
        return True
    return low not in vocab.NOT_PARTY_NOUNS and low.endswith(vocab.PARTY_NOUN_SUFFIXES)


def is_party_noun(word: str) -> bool:
    """Whether a common noun names a party, capitalised or not: "Exporters", "analysts", "the
    ministry"'s "ministry"; not "Prices"."""
    low = word.lower()
    return _names_a_party(low, low)


def is_unattributed(source: str | None) -> bool:
    return source is None or source.strip().lower() in ("", UNATTRIBUTED)


def _tokens(source: str) -> list[str]:
    text = source.replace("’", "'").lower()
    text = re.sub(r"'s\b|'", "", text)
    return [_stem(t.strip(".")) for t in _TOKEN.findall(text) if t.strip(".") not in _DETERMINERS]


def _head(tokens: list[str]) -> str:
    """The word a name is headed by: its last, or the last before "of", "for", "at" ... or a
    participle of issuing: "department" in "Department of Energy", "analysts" in "analysts at
    Brennan Securities", "figures" in "police figures released Thursday"."""
    return next((tokens[i - 1] for i in range(1, len(tokens)) if tokens[i] in _HEAD_ENDS or tokens[i] in _ISSUING), tokens[-1])


# Participles of issuing after a document's noun, which end its head: "police figures released
# Thursday" is "police figures", "Home Office data published on Monday" is "Home Office data".
_ISSUING = frozenset({"released", "published", "issued", "compiled", "obtained", "seen", "out"})


def _proper_tokens(source: str) -> set[str]:
    text = source.replace("’", "'")
    text = re.sub(r"'s\b|'", "", text)
    return {_stem(t.lower().strip(".")) for t in _TOKEN.findall(text) if t[:1].isupper()}


def _stem(token: str) -> str:
    """Fold a demonym onto its country: "armenian" -> "armenia", "azerbaijani" -> "azerbaijan"."""
    if len(token) > 5 and token.endswith("ian"):
        return token[:-1]
    if len(token) > 6 and token.endswith("ani"):
        return token[:-1]
    if len(token) > 5 and token.endswith("can"):
        return token[:-1]
    return token
