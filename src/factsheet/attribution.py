"""Attribution: whom the article credits each figure to.

A figure is credited to the subject of a reporting verb in its clause ("X said",
"according to X", "X have put ... at"); a figure inside a quotation to its speaker,
also when the quotation runs on into a paragraph of its own; a figure in the
attribution itself ("X said on Friday") or in a clause of background set off by
commas (", where about 145,000 people live,") is the article's own voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import vocabulary as vocab
from .article import Article, Paragraph, Sentence
from .figures import Kind, Mention, find_figures
from .sources import UNATTRIBUTED


@dataclass(frozen=True)
class SourcedMention:
    """A figure mention with its place in the article and its stated source."""

    mention: Mention
    paragraph: int
    sentence: Sentence
    source: str
    quoted: bool = False


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


@dataclass(frozen=True)
class _Frame:
    """An attribution: who is credited, and the span of words that say so."""

    source: str
    start: int
    end: int
    verb_start: int
    leading: bool  # the reported content follows the verb


_DATE_KINDS = frozenset({Kind.DATE, Kind.WEEKDAY, Kind.TIME, Kind.YEAR})
_TOKEN = re.compile(r"[\w’'&]+(?:[.-][\w’'&]+)*\.?|[,;:()“”\"—–]")
_OPENING_QUOTES = '“"'
_CLOSING_QUOTES = '”"'
_CLAUSE_BREAK = re.compile(
    r";|,?\s+(?:while|whereas)\s+|,\s+(?:and|but)\s+(?=[\w’'&.-]+(?:\s+[\w’'&.-]+){0,5}\s+(?:"
    + "|".join(sorted(vocab.REPORTING_VERBS))
    + r")\b)"
)
_BACKGROUND_CLAUSE = re.compile(r",\s*(?:" + "|".join(vocab.BACKGROUND_CLAUSE_OPENERS) + r")\b[^,;()]*")
_HEADLINE_SOURCE = re.compile(r"\s[-–—]\s(?P<source>[A-Z][\w&.'’]*(?:\s[A-Z][\w&.'’]*){0,4})\s*$")
_NOUN_FORMS = frozenset(
    {"report", "reports", "estimate", "estimates", "claim", "claims", "notes", "states", "show", "shows", "forecast", "forecasts"}
)
_NOUN_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "earlier",
        "new",
        "latest",
        "recent",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "official",
        "original",
        "initial",
        "preliminary",
        "media",
        "news",
        "local",
        "police",
        "tv",
        "television",
    }
)
_ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "early", "late", "earlier", "last", "this"})
_ADJUNCT_REACH = 10
_SUBJECT_REACH = 12
_PERSON_NAME = re.compile(r"[A-Z][\w’'-]+\s[A-Z][\w’'-]+$")
_PERSON_MENTION = re.compile(r"\b[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)+\b")
_ORGANISATION_MENTION = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[\w’'&-]+\s+){0,3}(?:" + "|".join(sorted(vocab.ORGANISATION_WORDS)) + r")\b"
)


def attribute(article: Article) -> list[SourcedMention]:
    """Every figure mention of the article, in order, with its source."""
    reader = _Reader(article)
    result: list[SourcedMention] = []
    for paragraph in article.paragraphs:
        result.extend(reader.read(paragraph))
    return result


def mentions_in(article: Article) -> Iterable[Mention]:
    for paragraph in article.paragraphs:
        for mention in find_figures(paragraph.text):
            yield mention.shifted(paragraph.start)


class _Reader:
    """Reads paragraphs in order, remembering who spoke last for pronouns and running quotes."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.named_sources: list[str] = []
        self.last_speaker: str | None = None

    def read(self, paragraph: Paragraph) -> list[SourcedMention]:
        text = self.article.text
        quotes = _quote_spans(text, paragraph)
        masked = _mask(text, paragraph, quotes)
        frames_by_sentence = [self._frames(masked, sentence) for sentence in paragraph.sentences]
        all_frames = [f for frames in frames_by_sentence for f in frames]
        speaker = all_frames[0].source if all_frames else None
        if speaker is None and text[paragraph.start] in _OPENING_QUOTES:
            speaker = self.last_speaker
        headline = _HEADLINE_SOURCE.search(paragraph.text) if paragraph.number == 1 else None

        found: list[SourcedMention] = []
        for mention in find_figures(paragraph.text):
            mention = mention.shifted(paragraph.start)
            sentence_index = _index_of(paragraph.sentences, mention.start)
            sentence = paragraph.sentences[sentence_index]
            quoted = any(start <= mention.start < end for start, end in quotes)
            if quoted:
                source = speaker or UNATTRIBUTED
            elif headline and mention.end <= paragraph.start + headline.start():
                source = headline.group("source")
            else:
                source = self._source_in_sentence(masked, sentence, mention, frames_by_sentence[sentence_index])
            found.append(SourcedMention(mention, paragraph.number, sentence, source, quoted))

        if quotes and speaker:
            self.last_speaker = speaker
        elif all_frames:
            self.last_speaker = all_frames[-1].source
        else:
            self.last_speaker = None
        return found

    def _source_in_sentence(self, masked: str, sentence: Sentence, mention: Mention, frames: list[_Frame]) -> str:
        clause_start, clause_end = _clause_around(masked, sentence, mention.start)
        in_clause = [f for f in frames if clause_start <= f.verb_start < clause_end]
        # A clause with no attribution of its own takes one said before it, or a trailing
        # "..., X said" after it; not the subject of a later clause ("..., and X said").
        candidates = in_clause or [f for f in frames if f.end <= mention.start or not f.leading]
        if not candidates:
            return UNATTRIBUTED
        if _in_background(masked, clause_start, clause_end, mention, candidates):
            return UNATTRIBUTED
        date_like = mention.figure.kind in _DATE_KINDS
        for frame in candidates:
            if frame.start <= mention.start < frame.end:
                return UNATTRIBUTED if date_like else frame.source
        before = [f for f in candidates if f.end <= mention.start]
        if before:
            return before[-1].source
        frame = candidates[0]
        if date_like and frame.leading and clause_start <= frame.start and _introduces(masked, clause_start, mention, frame):
            return UNATTRIBUTED  # "On Friday, the ministry said ...": when it was said
        return frame.source

    def _frames(self, masked: str, sentence: Sentence) -> list[_Frame]:
        frames: list[_Frame] = []
        for clause_start, clause_end in _clauses(masked, sentence):
            tokens = [
                _Token(m.group().rstrip(".") or m.group(), m.start(), m.start() + len(m.group().rstrip(".") or m.group()))
                for m in _TOKEN.finditer(masked, clause_start, clause_end)
            ]
            for index in range(len(tokens)):
                frame = self._frame_at(tokens, index)
                if frame is not None:
                    frames.append(frame)
        return frames

    def _frame_at(self, tokens: list[_Token], index: int) -> _Frame | None:
        token = tokens[index]
        word = token.lower
        if word == "according" and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
            phrase = _phrase_until_punctuation(tokens, index + 2)
            if not phrase:
                return None
            source = self._name(phrase)
            leading = phrase[-1].end < tokens[-1].start
            return _Frame(source, token.start, phrase[-1].end, token.start, leading)
        if word not in vocab.REPORTING_VERBS:
            return None
        if token.text[0].isupper() and word not in ("says", "said"):
            return None
        previous = tokens[index - 1].lower if index else ""
        if previous in vocab.PASSIVE_AUXILIARIES:
            return None
        if word in _NOUN_FORMS and (not index or previous in _NOUN_DETERMINERS):
            return None
        if word in vocab.REPORTING_VERBS_NEEDING_AT and not any(t.lower == "at" for t in tokens[index + 1 :]):
            return None

        if word in _NOUN_FORMS and index + 1 < len(tokens) and tokens[index + 1].lower == "of":
            return None  # "an estimate of", "reports of"
        if word in _NOUN_FORMS and previous.endswith("ed"):
            return None  # "updated forecasts", "revised estimates"

        end = self._frame_end(tokens, index)
        subject = _subject_after(tokens, index)
        if subject:
            return _Frame(self._name(subject), token.start, max(end, subject[-1].end), token.start, False)
        leading = any(t.is_word for t in tokens if t.start >= end)
        subject = _subject_before(tokens, index)
        if subject and not subject[0].text[0].isdigit():
            return _Frame(self._name(subject), subject[0].start, end, token.start, leading)
        return None

    def _frame_end(self, tokens: list[_Token], index: int) -> int:
        """The verb, the one told, and the when and how of saying it ("said on Friday")."""
        cursor = index + 1
        if tokens[index].lower in ("told", "tells", "tell"):
            # The one told: a name ("Al Jazeera's Sinem Koseoglu"), or the words before "that" or "on".
            reach = next(
                (i for i in range(cursor, min(len(tokens), cursor + 4)) if tokens[i].lower in _ADJUNCT_PREPOSITIONS | {"that"}),
                None,
            )
            if reach is not None and all(t.is_word for t in tokens[cursor:reach]):
                cursor = reach
            else:
                while cursor < len(tokens) and tokens[cursor].text[0].isupper() and tokens[cursor].is_word:
                    cursor += 1
        end = tokens[cursor - 1].end
        if cursor < len(tokens) and tokens[cursor].lower in _ADJUNCT_PREPOSITIONS:
            for reach in range(cursor, min(len(tokens), cursor + _ADJUNCT_REACH)):
                if tokens[reach].lower == "that" or not tokens[reach].is_word:
                    break
                end = tokens[reach].end
        return end

    def _name(self, phrase: list[_Token]) -> str:
        """The source as the article names it; a pronoun becomes the party it stands for."""
        text = self.article.text[phrase[0].start : phrase[-1].end]
        if len(phrase) == 1 and phrase[0].lower in vocab.PRONOUN_SOURCES:
            wanted = vocab.PRONOUN_SOURCES[phrase[0].lower]
            for named in reversed(self.named_sources):
                if wanted == "any" or (wanted == "person") == bool(_PERSON_NAME.search(named)):
                    return named
            # No source named yet: the party last mentioned in the text before.
            antecedent = _PERSON_MENTION if wanted == "person" else _ORGANISATION_MENTION
            found = list(antecedent.finditer(self.article.text, 0, phrase[0].start))
            return found[-1].group().strip() if found else UNATTRIBUTED
        if _is_role(phrase):
            # "the minister", "the center": the party named in full before, by that role.
            role = phrase[-1].lower
            for named in reversed(self.named_sources):
                words = [w.lower() for w in _TOKEN.findall(named)]
                if role in words and len(words) > len(phrase):
                    return named
            titled = re.compile(rf"(?:[A-Z][\w’'-]*\s+)*{re.escape(role.capitalize())}(?:\s+[A-Z][\w’'-]*)*")
            named_before = [m.group() for m in titled.finditer(self.article.text, 0, phrase[0].start) if " " in m.group()]
            if named_before:
                return named_before[-1]
        self.named_sources.append(text)
        return text


def _is_role(phrase: list[_Token]) -> bool:
    """ "the minister", "the health ministry": a determiner and common nouns, no name."""
    return 2 <= len(phrase) <= 3 and phrase[0].lower in ("the", "this", "that") and phrase[-1].text.islower()


def _introduces(masked: str, clause_start: int, mention: Mention, frame: _Frame) -> bool:
    """The date opens the clause and the attribution follows it: "On Friday, the ministry said"."""
    opening = _TOKEN.findall(masked, clause_start, mention.start)
    between = masked[mention.end : frame.start]
    return len(opening) <= 2 and not any(c.isalnum() for c in between)


def _in_background(masked: str, start: int, end: int, mention: Mention, frames: list[_Frame]) -> bool:
    """A relative clause set off by commas inside what a source says describes, it does not report.

    "X put the toll in the region, where 145,000 people live, at 200": the clause
    interrupts content that follows a leading frame. A clause that ends the content
    before a trailing "according to X" is part of what X says.
    """
    for clause in _BACKGROUND_CLAUSE.finditer(masked, start, end):
        if not clause.start() <= mention.start < clause.end():
            continue
        enclosed = clause.end() < end and masked[clause.end()] == ","
        led = any(f.leading and f.end <= clause.start() for f in frames)
        trailing_after = any(not f.leading and f.start >= clause.end() for f in frames)
        if enclosed and led and not trailing_after:
            return True
        if not any(f.start >= clause.end() for f in frames) and not led:
            return True
    return False


def _subject_before(tokens: list[_Token], verb: int) -> list[_Token]:
    index = verb - 1
    while index >= 0 and tokens[index].lower in vocab.SUBJECT_TRAILERS | {"not", "n't"}:
        index -= 1
    # "in a statement said": a phrase of manner between subject and verb.
    for width in (3, 2):
        first = index - width + 1
        if first >= 0 and tokens[first].lower in ("in", "on", "at") and all(t.is_word for t in tokens[first : index + 1]):
            index -= width
            break
    subject = _phrase_back(tokens, index)
    if subject or index < 0 or tokens[index].text != ",":
        return subject
    # "Minister Viktor Fisenko, who arrived in Dagestan, later said": step over the comma.
    segment = _phrase_back(tokens, index - 1)
    if not segment:
        return []
    opener = tokens.index(segment[0]) - 1
    if opener >= 0 and tokens[opener].lower in vocab.BACKGROUND_CLAUSE_OPENERS:
        if opener > 0 and tokens[opener - 1].text == ",":
            return _phrase_back(tokens, opener - 2)
        return []
    return segment


def _phrase_back(tokens: list[_Token], index: int) -> list[_Token]:
    phrase: list[_Token] = []
    while index >= 0 and len(phrase) <= _SUBJECT_REACH:
        token = tokens[index]
        if not token.is_word or token.lower in vocab.SUBJECT_BOUNDARIES:
            break
        phrase.insert(0, token)
        index -= 1
    if len(phrase) > _SUBJECT_REACH or (phrase and phrase[0].lower in vocab.BACKGROUND_CLAUSE_OPENERS):
        return [] if len(phrase) > _SUBJECT_REACH else phrase
    return phrase


def _subject_after(tokens: list[_Token], verb: int) -> list[_Token]:
    """ "..., said Scott Strenfel, PG&E's meteorologist.": the inverted attribution."""
    if verb == 0 or tokens[verb - 1].text not in (",", *_CLOSING_QUOTES):
        return []
    phrase = _phrase_until_punctuation(tokens, verb + 1)
    if phrase and (phrase[0].lower in ("the", "a", "an") or any(t.text[0].isupper() for t in phrase)):
        return phrase
    return []


def _phrase_until_punctuation(tokens: list[_Token], index: int) -> list[_Token]:
    phrase: list[_Token] = []
    while index < len(tokens) and tokens[index].is_word and len(phrase) <= _SUBJECT_REACH:
        phrase.append(tokens[index])
        index += 1
    return phrase


def _quote_spans(text: str, paragraph: Paragraph) -> list[tuple[int, int]]:
    """Spans inside double quotation marks; a quote left open runs to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for index in range(paragraph.start, paragraph.end):
        char = text[index]
        if opened is None and (char == "“" or (char == '"' and _opens(text, index, paragraph.start))):
            opened = index + 1
        elif opened is not None and char in _CLOSING_QUOTES:
            spans.append((opened, index))
            opened = None
    if opened is not None:
        spans.append((opened, paragraph.end))
    return spans


def _opens(text: str, index: int, start: int) -> bool:
    return index == start or not text[index - 1].isalnum()


def _mask(text: str, paragraph: Paragraph, quotes: list[tuple[int, int]]) -> str:
    """The article text with quoted words blanked, so no frame is read inside a quotation."""
    pieces = [text[: paragraph.start]]
    cursor = paragraph.start
    for start, end in quotes:
        pieces.append(text[cursor:start])
        pieces.append(" " * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _clauses(masked: str, sentence: Sentence) -> list[tuple[int, int]]:
    bounds = [sentence.start]
    for match in _CLAUSE_BREAK.finditer(masked, sentence.start, sentence.end):
        bounds.append(match.start())
    bounds.append(sentence.end)
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _clause_around(masked: str, sentence: Sentence, offset: int) -> tuple[int, int]:
    for start, end in _clauses(masked, sentence):
        if start <= offset < end:
            return start, end
    return sentence.start, sentence.end


def _index_of(sentences: tuple[Sentence, ...], offset: int) -> int:
    for index in range(len(sentences) - 1, -1, -1):
        if sentences[index].start <= offset:
            return index
    return 0
