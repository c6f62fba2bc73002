"""Sources: when two ways of naming whom a figure is credited to name the same party.

"Nikol Pashinyan" and "Armenian Prime Minister Nikol Pashinyan" are the same source;
"Azerbaijan" and "Azerbaijan's defence ministry" are a near match, worth saying but
not an error; "Armenian sources" and "Azerbaijan" differ.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

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
    if a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a)):
        return SourceMatch.SAME
    if (_proper_tokens(first) & _proper_tokens(second)) - _GENERIC:
        return SourceMatch.NEAR
    return SourceMatch.DIFFERENT


def is_unattributed(source: str | None) -> bool:
    return source is None or source.strip().lower() in ("", UNATTRIBUTED)


def _tokens(source: str) -> list[str]:
    text = source.replace("’", "'").lower()
    text = re.sub(r"'s\b|'", "", text)
    return [_stem(t.strip(".")) for t in _TOKEN.findall(text) if t.strip(".") not in _DETERMINERS]


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
