"""Coverage-guided fuzzing of the .html, .md and .docx readers (atheris).

    pip install atheris && python fuzz/fuzz_formats.py -max_total_time=60

Each input is read as a page, as Markdown and (wrapped as the document part of a Word
file) as .docx: the reader returns text or raises ArticleError; anything else is a bug.
"""

from __future__ import annotations

import io
import sys
import zipfile

import atheris

with atheris.instrument_imports():
    from factsheet.errors import ArticleError
    from factsheet.formats import FORMATS


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _word_file(body: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", body)
    return buffer.getvalue()


def test_one_input(data: bytes) -> None:
    for name, payload in (("page.html", data), ("a.md", data), ("a.docx", _word_file(data))):
        reader = FORMATS[name.rsplit(".", 1)[1]].read
        try:
            text = reader(payload, name, _decode)
        except ArticleError:
            continue
        assert isinstance(text, str)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
