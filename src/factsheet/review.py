"""Comparing a sheet with an article: one finding per fact and per figure the sheet lacks.

Each fact is matched to one mention of the article, in three passes:

1. the same figure in the same place (its context words agree);
2. another figure in the same place: the figure `changed`;
3. the same figure anywhere, its sentence rewritten around it.

What no pass matches is `not-in-article` (a fact) or `not-in-sheet` (a mention).
Mentions are indexed by figure and by the words next to them, so matching is not
quadratic in the size of the sheet or the article.
"""

from __future__ import annotations

import bisect
import heapq
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from . import vocabulary as vocab
from .article import Article
from .attribution import SourcedMention, attribute
from .extract import counted_before, counted_words, holds_number
from .figures import CALENDAR_KINDS, Figure, Kind
from .sheet import Fact, Sheet
from .sources import SourceMatch, match_sources


class Status(StrEnum):
    OK = "ok"
    CHANGED = "changed"
    SOURCE_DIFFERS = "source-differs"
    WHAT_DIFFERS = "what-differs"
    NOT_IN_ARTICLE = "not-in-article"
    NOT_IN_SHEET = "not-in-sheet"


@dataclass(frozen=True, slots=True)
class Finding:
    status: Status
    fact: Fact | None
    mention: SourcedMention | None
    source_match: SourceMatch | None = None
    sheet_what: str | None = None  # what the sheet's figure counts, from its context (or its `what`)
    article_what: str | None = None  # what the article's figure counts, in the article's words

    @property
    def sheet_figure(self) -> str | None:
        return self.fact.figure if self.fact else None

    @property
    def article_figure(self) -> str | None:
        return self.mention.mention.text if self.mention else None

    @property
    def sheet_source(self) -> str | None:
        return self.fact.source if self.fact else None

    @property
    def article_source(self) -> str | None:
        return self.mention.source if self.mention else None

    @property
    def paragraph(self) -> int | None:
        return self.mention.paragraph if self.mention else None


@dataclass(frozen=True)
class Review:
    sheet: Sheet
    article: Article
    findings: tuple[Finding, ...]

    @property
    def summary(self) -> dict[Status, int]:
        counts = dict.fromkeys(Status, 0)
        for finding in self.findings:
            counts[finding.status] += 1
        return counts

    @property
    def clean(self) -> bool:
        """Every finding is `ok`: the article states every fact as the sheet has it."""
        return all(f.status is Status.OK for f in self.findings)


_FAMILIES: dict[Kind, str] = {
    Kind.COUNT: "number",
    Kind.MONEY: "number",
    Kind.PERCENT: "number",
    Kind.MEASURE: "number",
    Kind.FRACTION: "number",
    Kind.MULTIPLE: "number",
    Kind.SCORE: "number",
    **dict.fromkeys(CALENDAR_KINDS, "calendar"),
    Kind.DURATION: "duration",
}
# A number, or a word whose apostrophes join letters ("armenia's"): "2'1'1" is three numbers.
_WORD = re.compile(r"\d+|[^\W\d_]+(?:['’][^\W\d_]+)*")
_CONTEXT_WORDS = 4
_MAX_PLACES_IN_CONTEXT = 8
_SAME_PLACE = 0.5
_SAME_THING_REACH = 0.2  # how far apart, as shares of the sheet and the article, a reworded fact may be
_REACH = 12  # mentions looked at either side of where a fact is expected, when a figure repeats
_KEEP = 3  # candidates kept per fact for the assignment


def review(sheet: Sheet, article: Article) -> Review:
    """Compare every fact of `sheet` with the figures of `article`."""
    return compare(sheet, article, attribute(article))


def compare(sheet: Sheet, article: Article, mentions: list[SourcedMention]) -> Review:
    facts = [_FactSide(index, fact, fact.parsed) for index, fact in enumerate(sheet.facts)]
    places = [_MentionSide(index, m, *_words_around(article, m)) for index, m in enumerate(mentions)]
    matcher = _Matcher(facts, places)
    matcher.same_figure(require_place=True)
    matcher.same_place()
    matcher.same_figure(require_place=False)
    matcher.same_thing()
    return Review(sheet, article, tuple(matcher.findings()))


@dataclass(slots=True)
class _FactSide:
    index: int
    fact: Fact
    figure: Figure
    # The words before and after the figure in its context: one pair per place the figure
    # stands in the context ("9% of 9" holds "9" twice).
    sides: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = field(init=False)
    counted: tuple[str, ...] = field(init=False)  # what the figure counts ("civilians", "killed")

    def __post_init__(self) -> None:
        self.sides = _context_words(self.fact)
        self.counted = _fact_counts(self.fact)

    @property
    def neighbours(self) -> set[str]:
        return {word for before, after in self.sides for word in (*before[-2:], *after[:2])}


@dataclass(slots=True)
class _MentionSide:
    index: int
    sourced: SourcedMention
    before: tuple[str, ...]
    after: tuple[str, ...]
    _counted: tuple[str, ...] | None = None

    @property
    def figure(self) -> Figure:
        return self.sourced.mention.figure

    @property
    def counted_before(self) -> tuple[str, ...]:
        """What the article's figure counts, from the words before it in its clause."""
        sentence, mention = self.sourced.sentence, self.sourced.mention
        return _counted_before(sentence.text[: mention.start - sentence.start])

    @property
    def counted(self) -> tuple[str, ...]:
        """What the article's figure counts, from the words after it in its sentence."""
        if self._counted is None:
            sentence, mention = self.sourced.sentence, self.sourced.mention
            self._counted = _counted(sentence.text[mention.end - sentence.start :])
        return self._counted


class _Matcher:
    def __init__(self, facts: list[_FactSide], places: list[_MentionSide]) -> None:
        self.facts = facts
        self.places = places
        self.pairs: dict[int, tuple[int, Status, SourceMatch]] = {}  # fact index -> mention index
        self.taken: set[int] = set()
        self.by_figure: dict[tuple[object, ...], list[int]] = defaultdict(list)
        self.by_word: dict[tuple[str, str], list[int]] = defaultdict(list)
        for place in places:
            self.by_figure[place.figure.meaning].append(place.index)
            family = _FAMILIES[place.figure.kind]
            for word in {*place.before[-2:], *place.after[:2]}:
                self.by_word[(family, word)].append(place.index)
        # A fact's rank among the facts of its figure: the n-th "Saturday" of the sheet is
        # looked for near the n-th "Saturday" of the article.
        self.rank: dict[int, tuple[int, int]] = {}
        by_meaning: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for fact in facts:
            by_meaning[fact.figure.meaning].append(fact.index)
        for group in by_meaning.values():
            for rank, index in enumerate(group):
                self.rank[index] = (rank, len(group))

    def _near_rank(self, fact: _FactSide, postings: list[int]) -> list[int]:
        """The mentions of the fact's figure near its rank, nearest first."""
        rank, size = self.rank[fact.index]
        center = min(len(postings) - 1, rank * len(postings) // size) if postings else 0
        window = postings[max(0, center - _REACH) : center + _REACH + 1]
        return sorted(window, key=lambda i: abs(i - postings[center]))

    def _near_position(self, fact: _FactSide, postings: list[int]) -> list[int]:
        """The postings near where the fact stands in the sheet, when there are many."""
        if len(postings) <= 2 * _REACH:
            return postings
        expected = fact.index * len(self.places) // max(1, len(self.facts))
        center = bisect.bisect_left(postings, expected)
        return postings[max(0, center - _REACH) : center + _REACH]

    def same_figure(self, *, require_place: bool) -> None:
        scored: list[tuple[float, int, int]] = []
        for fact in self._open_facts():
            if require_place and not fact.sides:
                continue
            postings = self.by_figure.get(fact.figure.meaning, [])
            wanted = _wanted_words(fact)
            mine: list[tuple[float, int, int]] = []
            perfect = 0
            for index in self._near_rank(fact, postings):
                if index in self.taken:
                    continue
                place = _similarity(wanted, self.places[index])
                if require_place and place < _SAME_PLACE:
                    continue
                if not require_place and place < _SAME_PLACE and _counts_otherwise(fact, self.places[index]):
                    continue  # the same figure counting something else in another sentence: not this fact
                source = match_sources(fact.fact.source, self.places[index].sourced.source)
                order = abs(fact.index / max(1, len(self.facts)) - index / max(1, len(self.places)))
                mine.append((2 * place + (source is not SourceMatch.DIFFERENT) - 0.01 * order, fact.index, index))
                perfect += place == 1.0 and source is SourceMatch.SAME
                if perfect == _KEEP:
                    break  # the nearest mentions with the same words and source: none further can beat them
            scored += heapq.nlargest(_KEEP, mine)  # a fact's best few are all the assignment needs
        self._assign(scored, changed=False)
        if not require_place:
            # Last pass: a fact whose few best went to others takes the nearest free mention of its
            # figure, or else the first free one (a cursor per figure that only moves forward).
            cursors: dict[tuple[object, ...], int] = {}
            for fact in list(self._open_facts()):
                postings = self.by_figure.get(fact.figure.meaning, [])
                free = next(
                    (
                        i
                        for i in self._near_rank(fact, postings)
                        if i not in self.taken and not _counts_otherwise(fact, self.places[i])
                    ),
                    None,
                )
                if free is None:
                    cursor = cursors.get(fact.figure.meaning, 0)
                    while cursor < len(postings) and postings[cursor] in self.taken:
                        cursor += 1
                    cursors[fact.figure.meaning] = cursor
                    free = postings[cursor] if cursor < len(postings) else None
                    if free is not None and _counts_otherwise(fact, self.places[free]):
                        free = None
                if free is not None:
                    self._assign([(0.0, fact.index, free)], changed=False)

    def same_place(self) -> None:
        scored: list[tuple[float, int, int]] = []
        for fact in self._open_facts():
            family = _FAMILIES[fact.figure.kind]
            candidates = {i for word in fact.neighbours for i in self._near_position(fact, self.by_word.get((family, word), []))}
            # A mention of the same figure is not a change of it: the last pass matches those.
            # Nor is another figure a change when the fact's own figure stands as well placed.
            own = self._near_rank(fact, self.by_figure.get(fact.figure.meaning, []))
            if fact.counted and any(
                i not in self.taken and self.places[i].counted and not _counts_otherwise(fact, self.places[i]) for i in own
            ):
                continue  # its own figure, counting the same thing, stands elsewhere: moved, not changed
            wanted = _wanted_words(fact)
            own_best = max((_similarity(wanted, self.places[i]) for i in own if i not in self.taken), default=-1.0)
            mine = [
                (place, fact.index, i)
                for i in candidates - self.taken
                if self.places[i].figure.meaning != fact.figure.meaning
                and _may_become(fact.figure.kind, self.places[i].figure.kind)
                and (place := _similarity(wanted, self.places[i])) > own_best
            ]
            scored += heapq.nlargest(_KEEP, (s for s in mine if s[0] >= _SAME_PLACE))
        self._assign(scored, changed=True)

    def same_thing(self) -> None:
        """Last: a fact still unmatched takes a free mention that counts the same thing, in a
        sentence written otherwise ("19 were killed" -> "the death toll rose to 24"): changed."""
        free = [place for place in self.places if place.index not in self.taken]
        if not free:
            return
        scored: list[tuple[float, int, int]] = []
        for fact in self._open_facts():
            if _FAMILIES[fact.figure.kind] != "number":
                continue
            wanted = _named_things(fact.counted) | _named_things(_fact_counts_before(fact.fact))
            if not wanted:
                continue
            fact_at = fact.index / max(1, len(self.facts))
            for place in free:
                if (place.figure.kind, place.figure.unit) != (fact.figure.kind, fact.figure.unit):
                    continue
                distance = abs(fact_at - place.index / max(1, len(self.places)))
                if distance > _SAME_THING_REACH:
                    continue
                if wanted & (_named_things(place.counted) | _named_things(place.counted_before)):
                    scored.append((1.0 - distance, fact.index, place.index))
        self._assign(scored, changed=True)

    def _assign(self, scored: list[tuple[float, int, int]], *, changed: bool) -> None:
        for _, fact_index, place_index in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
            if fact_index in self.pairs or place_index in self.taken:
                continue
            fact, place = self.facts[fact_index], self.places[place_index]
            source = match_sources(fact.fact.source, place.sourced.source)
            status = Status.SOURCE_DIFFERS if source is SourceMatch.DIFFERENT else Status.OK
            if _counts_otherwise(fact, place):
                status = Status.WHAT_DIFFERS  # "19 civilians killed" now "19 soldiers killed"
            if changed:
                status = Status.CHANGED
            self.pairs[fact_index] = (place_index, status, source)
            self.taken.add(place_index)

    def _open_facts(self) -> Iterable[_FactSide]:
        return (f for f in self.facts if f.index not in self.pairs)

    def findings(self) -> list[Finding]:
        """In article order; a fact the article lacks stands where the fact before it was found."""
        ordered: list[tuple[int, int, Finding]] = []
        position = -1
        for fact in self.facts:
            if fact.index in self.pairs:
                place_index, status, source = self.pairs[fact.index]
                place = self.places[place_index]
                position = place.sourced.mention.start
                finding = Finding(status, fact.fact, place.sourced, source, _what(fact.counted), _what(place.counted))
                ordered.append((position, 0, finding))
            else:
                ordered.append((position, 1, Finding(Status.NOT_IN_ARTICLE, fact.fact, None, None, _what(fact.counted))))
        for place in self.places:
            if place.index not in self.taken:
                finding = Finding(Status.NOT_IN_SHEET, None, place.sourced, None, None, _what(place.counted))
                ordered.append((place.sourced.mention.start, 0, finding))
        ordered.sort(key=lambda item: (item[0], item[1]))
        return [finding for _, _, finding in ordered]


# A score or a multiple that becomes a plain count is not the same figure changed.
_KINDS_OF_THEIR_OWN = frozenset({Kind.SCORE, Kind.MULTIPLE})


def _may_become(old: Kind, new: Kind) -> bool:
    """Whether a figure of kind `old` may be `changed` into one of kind `new` (the same family,
    and a score or a multiple only into its own kind)."""
    if old in _KINDS_OF_THEIR_OWN or new in _KINDS_OF_THEIR_OWN:
        return old is new
    return True


def _what(words: tuple[str, ...]) -> str | None:
    return " ".join(words) or None


def _fact_counts(fact: Fact) -> tuple[str, ...]:
    """What a fact's figure counts: the words after it where it stands in its context; with no
    context, its `what`. Nothing when the figure stands in the context more than once."""
    if not fact.context:
        return _counted(fact.what)
    sides = _context_around(fact)
    return _counted(sides[1]) if sides else ()


def _fact_counts_before(fact: Fact) -> tuple[str, ...]:
    """The words before a fact's figure in its context ("the death toll at")."""
    sides = _context_around(fact)
    return _counted_before(sides[0]) if sides else ()


def _context_around(fact: Fact) -> tuple[str, str] | None:
    """The fact's context before and after its figure, where the figure stands there once."""
    if not fact.context:
        return None
    context, figure = " ".join(fact.context.split()), " ".join(fact.figure.split())
    places = [at for at in _occurrences(context, figure) if _stands_alone(context, at, at + len(figure))]
    if len(places) != 1:
        return None
    return context[: places[0]], context[places[0] + len(figure) :]


def _named_things(words: Iterable[str]) -> set[str]:
    """The things of COUNTED_SYNONYMS among words ("dead", "missing"): what a reworded sentence
    keeps when every other word changes."""
    return {vocab.COUNTED_SYNONYMS[w] for w in (w.lower() for w in words) if w in vocab.COUNTED_SYNONYMS}


def _occurrences(text: str, part: str) -> list[int]:
    found: list[int] = []
    at = text.find(part)
    while at >= 0 and len(found) <= _MAX_PLACES_IN_CONTEXT:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _counted(text: str) -> tuple[str, ...]:
    """The words after a figure that say what it counts; a number is never one of them."""
    return _no_numbers(counted_words(text))


def _counted_before(text: str) -> tuple[str, ...]:
    """The words before a figure that say what it counts ("the death toll rose to")."""
    return _no_numbers(counted_before(text))


def _no_numbers(words: list[str]) -> tuple[str, ...]:
    return tuple(word for word in words if not holds_number(word))


def _counts_otherwise(fact: _FactSide, place: _MentionSide) -> bool:
    """The figure counts something else in the article: both sides say what it counts, and
    neither side's words are all among the other's ("civilians killed" is not "soldiers
    killed"; "killed" and "civilians killed" agree). Inflections and the synonyms of
    vocabulary.COUNTED_SYNONYMS name one thing. Only for numbers: a date counts nothing."""
    if _FAMILIES[fact.figure.kind] != "number" or not fact.counted:
        return False
    counted = place.counted
    if not counted:
        return False
    sheet, article = _things(fact.counted), _things(counted)
    return bool(sheet and article) and not (sheet <= article or article <= sheet)


def _things(words: Iterable[str]) -> set[str]:
    return {vocab.COUNTED_SYNONYMS.get(w, _stem(w)) for w in (w.lower() for w in words) if w not in _GENERIC_COUNTED}


def _stem(word: str) -> str:
    """ "civilians" and "civilian", "destroyed" and "destroy": one thing."""
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return vocab.COUNTED_SYNONYMS.get(
                word[: len(word) - len(suffix)] + replacement, word[: len(word) - len(suffix)] + replacement
            )
    return word


_GENERIC_COUNTED = frozenset({"other", "others", "more", "some", "about", "around", "nearly", "percent", "per", "cent"})
_Wanted = list[tuple[frozenset[str], frozenset[str], int]]


def _wanted_words(fact: _FactSide) -> _Wanted:
    """The unique words on each side of the fact's figure, and how many: what a mention's
    words are compared with (made once per fact and pass, never kept)."""
    wanted = []
    for before, after in fact.sides:
        words_before, words_after = frozenset(before), frozenset(after)
        if words_before or words_after:
            wanted.append((words_before, words_after, len(words_before) + len(words_after)))
    return wanted


def _similarity(wanted: _Wanted, place: _MentionSide) -> float:
    """How far the words around a mention agree with the fact's context (0 to 1)."""
    best = 0.0
    for before, after, count in wanted:
        hits = len(before.intersection(place.before)) + len(after.intersection(place.after))
        if hits > best * count:
            best = hits / count
    return best


def _context_words(fact: Fact) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """For each place the figure stands in the fact's context, the words before and after it."""
    if not fact.context:
        return ()
    context = _normal(fact.context)
    figure = _normal(fact.figure)
    sides: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    at = context.find(figure)
    while at >= 0 and len(sides) < _MAX_PLACES_IN_CONTEXT:
        end = at + len(figure)
        whole = _stands_alone(context, at, end, time=fact.parsed.kind is Kind.TIME)
        if whole:  # the "1" of "11" is not a place where the figure "1" stands
            before = _words(_WORD.findall(context[:at])[-_CONTEXT_WORDS:])
            after = _words(_WORD.findall(context[end:])[:_CONTEXT_WORDS])
            if before or after:
                sides.append((before, after))
        at = context.find(figure, at + max(1, len(figure)))
    return tuple(sides)


def _stands_alone(text: str, start: int, end: int, *, time: bool = False) -> bool:
    """The figure text[start:end] is a whole figure there, by the recognizer's own edges:
    not the "1" of "11" or of "1.5"; "$0" may follow "1.5" and "5" may precede a non-Latin
    letter; a time's minutes end where the digits do ("14:30h"); a sign is a sign only after
    a space or a bracket (the "-8" of "8-8" is not the figure -8)."""
    first, last = text[start], text[end - 1]
    if first in "-−+" and start > 0 and text[start - 1] not in " \t\n(\u00a0":
        return False
    # A score ("2-2") is read only where no digit joins on by another hyphen: in "0-2-2-0" the
    # recognizer reads single numbers, so a score's text there is no place of its own.
    scored = any(c in "-–" for c in text[start + 1 : end - 1])
    if scored and end + 1 < len(text) and text[end] in "-–/" and text[end + 1].isdigit():
        return False
    if scored and start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit():
        return False
    # A fraction in one character ("¼") is a figure whatever stands beside it ("3½", "¼B"), as the
    # recognizer reads it.
    if start > 0 and first.isalnum() and first not in vocab.VULGAR_FRACTIONS:
        before = text[start - 1]
        if before.isalnum() or before == "_" or (first.isdigit() and before in ".,"):
            return False
    if end < len(text) and last.isalnum() and last not in vocab.VULGAR_FRACTIONS:
        after = text[end]
        if last.isalpha():
            glued = after.isalnum()
        else:
            glued = after.isdigit() or (not time and after.isascii() and (after.isalpha() or after == "_"))
        if glued:
            return False
    return True


def _words_around(article: Article, sourced: SourcedMention) -> tuple[tuple[str, ...], tuple[str, ...]]:
    paragraph = article.paragraphs[sourced.paragraph - 1]
    mention = sourced.mention
    text, reach = article.text, 40 * (_CONTEXT_WORDS + 2)
    low, high = max(paragraph.start, mention.start - reach), min(paragraph.end, mention.end + reach)
    left = _WORD.findall(_normal(text[low : mention.start]))
    right = _WORD.findall(_normal(text[mention.end : high]))
    # A window's edge may fall inside a long word: that piece is no word of the article.
    if left and low > paragraph.start and _WORD.fullmatch(text, low - 1, low + 1):
        left.pop(0)
    if right and high < paragraph.end and _WORD.fullmatch(text, high - 1, high + 1):
        right.pop()
    return _words(left[-(_CONTEXT_WORDS + 2) :]), _words(right[: _CONTEXT_WORDS + 2])


def _words(found: list[str]) -> tuple[str, ...]:
    # One string per distinct word: a long article says "the" and "people" thousands of times.
    return tuple(map(sys.intern, found))


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("\u00a0", " ").lower().split())
