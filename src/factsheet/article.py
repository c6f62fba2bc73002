"""Reading articles: bytes to text, text to paragraphs and sentences.

Spans everywhere index `Article.text`: the article as read, with its line endings
made "\\n". Paragraphs are blocks separated by blank lines, numbered from 1 (the
headline is paragraph 1).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass

from . import vocabulary as vocab
from .errors import ArticleError
from .files import Unreadable, read_limited

MAX_ARTICLE_BYTES = 50 * 1024 * 1024

_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u2028\u2029]*\n\s*")
# A stop before a capital or a digit; in a paragraph of several lines, also a line break before an
# item of a list ("\n- Three of its five carriages ..."), which opens a sentence of its own, with a
# stop before it or not. (Apart: a pattern that opens with one class of characters is scanned for
# in C, and most paragraphs are one line.)
_STOP = r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
_SENTENCE_END = re.compile(_STOP)
_SENTENCE_END_OR_ITEM = re.compile(_STOP + r"|(?P<item>\n)(?=[ \t]*[-*•][ \t])")
_CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
# A company's suffix ends a sentence before a word that opens one: "... at Berenson & Co. The
# company lost ..."; not "Apple Inc. Chief Executive ..." nor "Samsung Co. Ltd.".
_COMPANY_ABBREVIATIONS = frozenset({"co", "corp", "inc", "ltd"})
_OPENS_AFTER_COMPANY = frozenset(
    {"The", "A", "An", "It", "Its", "He", "She", "They", "Their", "His", "Her", "We", "I", "This", "That", "These"}
    | {"Those", "But", "And", "In", "On", "At", "For", "After", "Before", "While", "When", "Analysts", "Shares"}
)
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?([A-Z][A-Za-z]*)")
# Capitalised words that go on with a time: its day, month or zone.
_TIME_GOES_ON = frozenset(
    {*vocab.WEEKDAYS, *vocab.TIME_ZONES, *(m.capitalize() for m in vocab.MONTHS), "ET", "PT", "CT", "MT"}
    | {"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Local", "Greenwich", "Today", "Tomorrow", "Tonight"}
)
_WORD_BEFORE_STOP = re.compile(r"(?<!\w)([A-Za-z][A-Za-z.]*)$")  # a whole word: not the "s" of "1990s"
# "MOSCOW (Agency - date) ", "SAN FRANCISCO (AP) — ", "KABUL: ": the dateline before a report.
# The place is followed by a dash, a colon or the agency in brackets: an acronym that opens a name
# ("SA Water said", "NHS England said") is no dateline.
_DATELINE = re.compile(  # matched at a paragraph's start
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,? [A-Z][A-Za-z.]+)?(?:\s*\([^()\n]{1,120}\)\s*[—–:-]?|\s*[—–:-])|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}:)\s+(?=[A-Z“\"])"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    number: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Article:
    text: str
    paragraphs: tuple[Paragraph, ...]
    name: str = "<article>"

    @property
    def title(self) -> str:
        """The headline: the first line of the first paragraph."""
        return self.paragraphs[0].text.split("\n", 1)[0].strip() if self.paragraphs else ""


def read_article(path: str | os.PathLike[str], encoding: str | None = None, input_format: str | None = None) -> Article:
    """Read an article file ("-" is standard input) and split it.

    The format (txt, md, html, docx) is `input_format`, or the file's extension says.
    Without `encoding` text must be UTF-8 (a byte order mark is fine) or UTF-16 with a
    byte order mark; anything else is refused, never guessed.
    """
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        name = "<stdin>"
    else:
        try:
            data = read_limited(path, MAX_ARTICLE_BYTES, kind="an article", short="an article")
        except Unreadable as error:
            raise ArticleError(f"{name}: {error.reason}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: more than the {MAX_ARTICLE_BYTES} bytes an article may have")
    from .formats import input_format as format_of

    reader = format_of(name, input_format)
    return parse_article(reader.read(data, name, lambda raw: decode_text(raw, name, encoding)), name)


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, or the encoding given; never a guess."""
    if encoding is None:
        encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
        hint = " (if it is Windows-1252, common in older CMS exports, use --encoding cp1252)"
    else:
        hint = ""
        _check_text_encoding(encoding, name)
    try:
        return data.decode(encoding)
    except LookupError:
        raise ArticleError(f"{name}: unknown encoding {encoding!r}") from None
    except (UnicodeError, ValueError) as error:
        if not isinstance(error, UnicodeDecodeError):  # a codec that fails in its own way ("punycode", "idna")
            raise ArticleError(f"{name}: not {encoding} text ({error})") from None
        label = encoding.replace("-sig", "").upper()
        if data.startswith(b"PK\x03\x04"):
            hint = " (it looks like a Word document: use --input-format docx)"
        raise ArticleError(f"{name}: not {label} text: byte 0x{data[error.start]:02x} at offset {error.start}{hint}") from None


def _check_text_encoding(encoding: str, name: str) -> None:
    """Only encodings of text: "rot13", "base64" and "undefined" are codecs of Python's, not
    ways to write an article."""
    import codecs

    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise ArticleError(f"{name}: unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in (
        "undefined",
        "punycode",
        "idna",
        "raw-unicode-escape",
        "unicode-escape",
    ):
        raise ArticleError(f"{name}: {encoding!r} is not an encoding of text; expected one such as utf-8, cp1252 or latin-1")


def parse_article(text: str, name: str = "<article>") -> Article:
    """Split text into paragraphs (blank-line separated) and sentences."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[Paragraph] = []
    position = 0
    for block in _BLANK_LINES.split(text):
        start = text.index(block, position) if block else position
        position = start + len(block)
        stripped = block.strip()
        if not stripped:
            continue
        start += len(block) - len(block.lstrip())
        end = start + len(stripped)
        paragraphs.append(Paragraph(len(paragraphs) + 1, start, end, stripped, tuple(_sentences(text, start, end))))
    return Article(text, tuple(paragraphs), name)


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether the word after a clock's "a.m." opens a sentence: "at 8:30 a.m. Fewer than 20% ..."
    does; "at 10 a.m. Tuesday", "9 p.m. ET", "7 a.m. Eastern" go on with the time."""
    word = _next_word(text, start, end)
    return bool(word) and word not in _TIME_GOES_ON


def _next_word(text: str, start: int, end: int) -> str:
    word = _NEXT_WORD.match(text, start, end)
    return word.group(1) if word else ""


def _sentences(text: str, start: int, end: int) -> list[Sentence]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    dateline = _DATELINE.match(text, start, end)
    if dateline and dateline.end() < end:
        pieces.append((start, start + len(dateline.group().rstrip())))
        cursor = dateline.end()
    ends = _SENTENCE_END_OR_ITEM if text.find("\n", cursor, end) >= 0 else _SENTENCE_END
    for stop in ends.finditer(text, cursor, end):
        # The word holds no space: looked for after the last one, and most often it is plain
        # letters right after a space, which needs no pattern.
        stop_at = stop.start()
        if stop.lastgroup == "item":
            if text[cursor:stop_at].strip():
                pieces.append((cursor, stop_at))
            cursor = stop.end()
            while cursor < end and text[cursor].isspace():
                cursor += 1
            continue
        word_start = max(cursor, text.rfind(" ", cursor, stop_at) + 1)
        written = text[word_start:stop_at]
        if not (written.isascii() and written.isalpha()):
            word = _WORD_BEFORE_STOP.search(text, max(word_start, stop_at - 20), stop_at)
            written = word.group(1) if word else ""
        written = written.lower()
        if (written in vocab.ABBREVIATIONS or len(written) == 1) and not (
            (written in _CLOCK_ABBREVIATIONS and _opens_sentence(text, stop.end(), end))
            or (written in _COMPANY_ABBREVIATIONS and _next_word(text, stop.end(), end) in _OPENS_AFTER_COMPANY)
        ):
            continue
        pieces.append((cursor, stop.end()))
        cursor = stop.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        pieces.append((cursor, end))
    return [Sentence(s, e, text[s:e]) for s, e in pieces if s < e]
