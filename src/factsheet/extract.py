"""Drafting a fact sheet from an article: every figure, its source, and words that locate it.

The draft is for an editor to correct: `what` is taken from the words around the
figure ("people live", "death toll", "civilians killed"), never invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from . import vocabulary as vocab
from .article import Article
from .attribution import SourcedMention, attribute
from .figures import CALENDAR_KINDS, Kind, Mention
from .sheet import Fact, Sheet

_WORD = re.compile(r"[\w’'&.-]*\w")
_WORD_CHAR = re.compile(r"[\w’'&.-]")
# Not the point of "$1.2", the comma of "1,200" nor the stops of "U.S.".
_CLAUSE_END = re.compile(r"[;:!?()“”\"—–]|,(?!\d)|(?<![A-Z])\.(?!\d)")
# Words that say how or whether, not what: "thus far still", "should", "just not".
_FILLERS = frozenset(
    {"still", "thus", "far", "just", "not", "also", "even", "only", "already", "yet", "then", "so"}
    | {"should", "might", "must", "can", "shall", "ever", "never", "now"}
)
_TIME_NOUNS = vocab.TIME_WORDS_IN_PHRASES | {"quarter", "day", "weekend", "decade", "season", "period", "time"}
# What joins the two ends of a range read as two figures: "$5-$7", "5 or 6 boats", "between $30 and $35"
# (a range whose second end says what both count, "5-7%", is one figure already).
_RANGE_JOINER = re.compile(r"[ \u00a0]*(?:[-–—]|to|or|(?P<and>and))[ \u00a0]*")
_AUXILIARIES = frozenset(
    {"had", "has", "have", "been", "were", "was", "are", "is", "be", "being", "will", "would", "could", "of", "more", "new"}
)
_STOP_AFTER = frozenset(
    {
        "and",
        "or",
        "but",
        "while",
        "since",
        "after",
        "before",
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "by",
        "with",
        "as",
        "than",
        "that",
        "which",
        "who",
        "when",
        "where",
        "the",
        "a",
        "an",
        "this",
        "its",
        "their",
        "his",
        "her",
        "according",
        "said",
        "says",
        "told",
        "up",
        "down",
        "including",
        "between",
    }
)
_MEASURE_NOUNS = re.compile(
    r"\b(?:the\s+)?((?:[\w’'-]+\s+){0,2}(?:toll|number|total|count|figure|estimate|rate|price|cost|tally|turnout|share))\b",
    re.IGNORECASE,
)
_WHAT_WINDOW = 300  # characters either side of a figure that its `what` is looked for in
_CONTEXT_MIN = 3
_CONTEXT_REACH = 8


def draft_sheet(article: Article, source_path: str | None = None) -> Sheet:
    """A sheet with one fact per figure mention of the article, in article order."""
    mentions = attribute(article)
    return Sheet(article.title or "untitled", tuple(draft_facts(article, mentions)), source_path, "<draft>")


def draft_missing(sheet: Sheet, article: Article) -> list[Fact]:
    """Facts for the article's figures that the sheet lacks (its `not-in-sheet` findings)."""
    from .review import Status, compare

    mentions = attribute(article)
    missing = {id(f.mention) for f in compare(sheet, article, mentions).findings if f.status is Status.NOT_IN_SHEET}
    drafted = draft_facts(article, mentions)
    return [fact for fact, sourced in zip(drafted, mentions, strict=True) if id(sourced) in missing]


def draft_facts(article: Article, mentions: list[SourcedMention]) -> list[Fact]:
    contexts = locating_contexts(article, mentions)
    # The figures next to a figure are no words of its: "fell to 7.41 million in August" dates
    # August by "fell", not by "million".
    whats = [
        draft_what(article, sourced, others=[m.mention for m in mentions[max(0, index - 3) : index + 4] if m is not sourced])
        for index, sourced in enumerate(mentions)
    ]
    # Two ends of a range read as two figures, or two alternatives ("$5-$7", "5 or 6 boats"),
    # count what the last counts, and both show the whole, so an editor sees they belong together.
    for index in range(len(mentions) - 2, -1, -1):
        first, last = mentions[index], mentions[index + 1]
        if _ends_a_range(article, first, last):
            written = _one_line(article.text[first.mention.start : last.mention.end])
            counted = whats[index + 1].split(" (")[0]
            whats[index] = whats[index + 1] = f"{counted} ({written})"
    ids = _Ids()
    return [
        draft_fact(article, sourced, context, ids, what) for sourced, context, what in zip(mentions, contexts, whats, strict=True)
    ]


def _ends_a_range(article: Article, first: SourcedMention, second: SourcedMention) -> bool:
    """Whether two mentions are a range's ends, one joined to the next ("$5-$7", "5 or 6 boats")."""
    if first.sentence != second.sentence or first.mention.figure.kind in CALENDAR_KINDS:
        return False
    joiner = _RANGE_JOINER.fullmatch(article.text, first.mention.end, second.mention.start)
    if joiner is None:
        return False
    # "between 30 and 35C" is a range; "aged 19 and 22" two figures
    return not joiner.group("and") or article.text[max(0, first.mention.start - 8) : first.mention.start].lower().endswith(
        "between "
    )


class _Ids:
    """Unique ids: a slug, then slug-2, slug-3...; never one another fact already has."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next_number: dict[str, int] = {}

    def new(self, base: str) -> str:
        identifier, number = base, self.next_number.get(base, 1)
        if number > 1:
            identifier = f"{base}-{number}"
        while identifier in self.taken:  # "2" then "2-2" must not meet a fact whose own slug is "2-2"
            number += 1
            identifier = f"{base}-{number}"
        self.next_number[base] = number + 1
        self.taken.add(identifier)
        return identifier


def draft_fact(article: Article, sourced: SourcedMention, context: str, ids: _Ids, what: str | None = None) -> Fact:
    """One fact; its id is the slug of its `what`, numbered when the slug is taken."""
    what = draft_what(article, sourced) if what is None else what
    identifier = ids.new(_slug(what) or sourced.mention.figure.kind.value)
    return Fact(identifier, _one_line(sourced.mention.text), what, sourced.source, context)


def draft_what(article: Article, sourced: SourcedMention, *, others: Sequence[Mention] = ()) -> str:
    """What the figure counts or dates, in the article's nearby words; the words of `others`
    (the figures next to it) are left out."""
    sentence = sourced.sentence
    mention = sourced.mention
    # A few words either side are all it takes: a bounded window keeps a long sentence full of
    # figures (a table pasted as one paragraph) linear, not one scan of the sentence per figure.
    low = max(sentence.start, mention.start - _WHAT_WINDOW)
    high = min(sentence.end, mention.end + _WHAT_WINDOW)
    window = article.text[low:high]
    for other in others:
        if low <= other.start and other.end <= high:
            # written over with digits, not spaces: a word glued to it ("¼º") stays a word that holds
            # a number, as the review reads it in the article, and is no `what` either way
            window = window[: other.start - low] + "0" * (other.end - other.start) + window[other.end - low :]
    before = window[: mention.start - low]
    after = window[mention.end - low :]
    kind = mention.figure.kind
    if kind in CALENDAR_KINDS:
        words = _words_before(before, 4) or _words_after(after, keep_preposition=True)
        return f"when: {' '.join(words)}" if words else f"{kind.value} mentioned"
    following = _words_after(after, keep_preposition=kind is Kind.DURATION)
    if following:
        return " ".join(following)
    if measure := list(_MEASURE_NOUNS.finditer(before)):
        return measure[-1].group(1).lower()
    # "sold 300 bikes, up 4% on the year": a change counts what the clause before it counts
    words = _words_before(before, 3) or _words_before(before, 3, clause_back=2)
    return " ".join(words) if words else f"{kind.value} mentioned"


def locating_contexts(article: Article, mentions: list[SourcedMention]) -> list[str]:
    """For each mention, the figure with a few words either side, widened until no other
    mention of the same figure has the same words (at most 8 a side).

    Only a mention of the same figure can share a context, so each figure's mentions are
    compared among themselves: linear in the article, however long.
    """
    groups: dict[str, list[int]] = {}
    for index, sourced in enumerate(mentions):
        groups.setdefault(_one_line(sourced.mention.text).lower(), []).append(index)
    contexts = [""] * len(mentions)
    for members in groups.values():
        open_members = list(members)
        for reach in range(_CONTEXT_MIN, _CONTEXT_REACH + 1):
            candidates = {i: _context(article, mentions[i], reach) for i in open_members}
            counts = Counter(c.lower() for c in candidates.values())
            for index, context in candidates.items():
                if counts[context.lower()] == 1 or reach == _CONTEXT_REACH:
                    contexts[index] = context
            open_members = [i for i in open_members if not contexts[i]]
            if not open_members:
                break
    return contexts


def _context(article: Article, sourced: SourcedMention, reach: int) -> str:
    """The verbatim text from `reach` words before the figure to `reach` words after it."""
    mention = sourced.mention
    paragraph = article.paragraphs[sourced.paragraph - 1]
    text = article.text
    window = 24 * reach
    low, high = max(paragraph.start, mention.start - window), min(paragraph.end, mention.end + window)
    left = list(_WORD.finditer(text, low, mention.start))
    right = list(_WORD.finditer(text, mention.end, high))
    # A window's edge may fall inside a long word: that piece is no word of the article.
    if left and left[0].start() == low > paragraph.start and _WORD_CHAR.match(text, low - 1):
        left.pop(0)
    if right and high < paragraph.end and _runs_on(text, right[-1].start(), right[-1].end(), paragraph.end):
        right.pop()  # "Zone&1" cut after "Zone&": its piece "Zone" is no word either
    words_left, words_right = [m.group() for m in left[-reach:]], [m.group() for m in right[:reach]]
    begin = _find_words_back(text, paragraph.start, mention.start, words_left)
    finish = _find_words_forward(text, mention.end, paragraph.end, words_right)
    return _one_line(text[begin:finish])


# How far past a window's edge a word is followed to tell whether it runs on (a word joined by
# many apostrophes); bounded, so that a context stays linear in its window however the text runs.
_RUN_ON_REACH = 128


def _runs_on(text: str, start: int, edge: int, ceiling: int) -> bool:
    """The word from `start` goes on past `edge`."""
    match = _WORD.match(text, start, min(ceiling, edge + _RUN_ON_REACH))
    return match is not None and match.end() > edge


def _find_words_back(text: str, floor: int, start: int, words: list[str]) -> int:
    cursor = start
    for word in reversed(words):
        found = text.rfind(word, floor, cursor)
        if found < 0:
            break
        cursor = found
    return cursor


def _find_words_forward(text: str, end: int, ceiling: int, words: list[str]) -> int:
    cursor = end
    for word in words:
        found = text.find(word, cursor, ceiling)
        if found < 0:
            break
        cursor = found + len(word)
    return cursor


def holds_number(word: str) -> bool:
    """Whether a word holds a number in any form ("12", "¼b", "٣"): never what a figure counts."""
    return any(c.isnumeric() for c in word)


def counted_before(text_before: str) -> list[str]:
    """What a figure counts, from the words before it in its clause: "the death toll rose to"."""
    return _words_before(text_before[-_WHAT_WINDOW:], 4)


def counted_words(text_after: str) -> list[str]:
    """What a figure counts, from the words right after it: "civilians killed", "tanks destroyed"."""
    return _words_after(text_after[:_WHAT_WINDOW])


def _words_after(text: str, *, keep_preposition: bool = False) -> list[str]:
    """The noun and verb after a figure: "people live", "civilians killed", "injured";
    for a duration, the phrase it measures ("after new fighting erupted")."""
    clause = _CLAUSE_END.split(text, maxsplit=1)[0]
    words: list[str] = []
    linked = False  # after "of" or a kept preposition, the noun phrase it leads to
    written = _WORD.findall(clause)
    when = _times_in(written)
    for index, word in enumerate(written):
        lower = word.lower()
        if index in when:
            continue  # "fell 10 percent last month": when, not what
        if lower in _AUXILIARIES or lower in _FILLERS or holds_number(word):
            # a figure is never what another figure counts; after "of", what it is of ("hundreds
            # of U.S. multinationals", "40% of the vote")
            linked = linked or (lower == "of" and not words)
            continue
        if keep_preposition and not words and lower in _STOP_AFTER:
            words.append(lower)
            linked = True
            continue
        if linked and lower in vocab.DETERMINER_WORDS:
            continue  # "nine years as an opposition lawmaker": the phrase goes on past its article
        if lower in _STOP_AFTER or lower in vocab.REPORTING_VERBS:
            break
        linked = False  # the noun phrase has begun: a later article ends it
        words.append(word if word[0].isupper() else lower)  # a name keeps its capitals
        if len(words) == 3:
            break
    return words


def _words_before(text: str, count: int, *, clause_back: int = 1) -> list[str]:
    """The last words before a figure in its clause (or, with `clause_back` 2, in the clause
    before that), without articles, auxiliaries, fillers, figures and times ("this year")."""
    clauses = _CLAUSE_END.split(text)
    if len(clauses) < clause_back:
        return []
    written = _WORD.findall(clauses[-clause_back])
    when = _times_in(written)
    words = [
        w
        for index, w in enumerate(written)
        if w.lower() not in _STOP_AFTER
        and w.lower() not in _AUXILIARIES
        and w.lower() not in _FILLERS
        and not holds_number(w)
        and index not in when
    ]
    return words[-count:]


def _times_in(written: list[str]) -> set[int]:
    """Where a time of two words stands among the words ("last month", "this year"): no `what`."""
    return {
        at
        for index in range(len(written) - 1)
        if written[index].lower() in vocab.TIME_DEICTICS and written[index + 1].lower() in _TIME_NOUNS
        for at in (index, index + 1)
    }


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "").replace("'", ""))
    return "-".join(words[:4])


def _one_line(text: str) -> str:
    return " ".join(text.split())
