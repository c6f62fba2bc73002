"""Text from articles, sheets and file names, made safe to print.

An article or a sheet may hold escape sequences (ESC, CSI, BEL) that a terminal would
obey, and a file name may hold a newline that forges a line of a report. Everything
printed for a terminal or a line-oriented report goes through `printable`, which shows
such characters escaped, as `ls -b` does; JSON goes through `json_safe`.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional
# overrides (which reorder what a terminal shows).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_KEEPING_LINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")  # json.dumps leaves these raw
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\x1b": "\\e"}
EXCERPT_LIMIT = 60


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    r"""`text` with every control character shown escaped.

    >>> printable("a\x1b[2Jb\nc")
    'a\\e[2Jb\\nc'
    >>> printable("line one\nline two", keep_newlines=True)
    'line one\nline two'
    """
    pattern = _UNSAFE_KEEPING_LINES if keep_newlines else _UNSAFE
    return pattern.sub(_escape, text) if pattern.search(text) else text


def json_safe(document: str) -> str:
    r"""JSON text with the characters json.dumps leaves raw (C1 controls, separators) escaped.

    >>> json_safe('{"a": "\x9b2J"}')
    '{"a": "\\u009b2J"}'
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def excerpt(text: str, limit: int = EXCERPT_LIMIT) -> str:
    """A short, escaped, quoted excerpt of what a file holds, for an error message.

    >>> print(excerpt("KEY=abc" + chr(10) + "OTHER=def" * 30, limit=20))
    'KEY=abc\\nOTHER=defOTH…' (278 characters)
    """
    shown = printable(text[:limit])
    if len(text) <= limit:
        return f"'{shown}'"
    return f"'{shown}…' ({len(text)} characters)"
