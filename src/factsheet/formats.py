"""Articles as they arrive: plain text, Markdown, HTML and Word, each read into plain text.

Every reader gives the same thing: the headline, then the body paragraphs, separated
by blank lines, with markup gone. So paragraph numbers and findings are the same for
the same article in any format. The parsers are optional extras, imported only for
their format; a missing one is named in the error with the extra that brings it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass

from .errors import ArticleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms at every start)
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True)
class InputFormat:
    name: str
    suffixes: tuple[str, ...]
    extra: str | None  # the pip extra that brings its parser
    read: Callable[[bytes, str, Callable[[bytes], str]], str]


def _plain(data: bytes, name: str, decode: Callable[[bytes], str]) -> str:
    return decode(data)


def _markdown(data: bytes, name: str, decode: Callable[[bytes], str]) -> str:
    markdown_it = _need("markdown_it", "md", ".md")
    tokens = markdown_it.MarkdownIt("commonmark").parse(decode(data))
    paragraphs = [_inline_text(token.children or []) for token in tokens if token.type == "inline"]
    return _join(paragraphs)


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


# What a saved page or a CMS export holds besides the article.
_HTML_NOISE = ("nav", "aside", "footer", "form", "script", "style", "noscript", "template", "iframe", "button", "menu")
_HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption", "blockquote", "pre")


def _html(data: bytes, name: str, decode: Callable[[bytes], str]) -> str:
    lxml_html = _need("lxml.html", "html", ".html")
    try:
        document = lxml_html.document_fromstring(decode(data))
    except Exception as error:  # lxml raises its own ParserError on an empty page
        raise ArticleError(f"{name}: not an HTML page ({error})") from None
    headline = next((h.text_content() for h in document.iter("h1")), None)
    for element in document.iter(*_HTML_NOISE):
        element.drop_tree()
    for element in document.xpath("//*[@role='navigation' or @role='complementary' or @hidden]"):
        element.drop_tree()
    roots = document.xpath("//article") or document.xpath("//main") or document.xpath("//body") or [document]
    paragraphs: list[str] = [headline] if headline else []
    for element in roots[0].iter(*_HTML_BLOCKS):
        if any(parent.tag in _HTML_BLOCKS for parent in element.iterancestors()):
            continue  # a <p> inside a <blockquote> or <li> is read once, with its parent
        text = " ".join(element.text_content().split())
        if element.tag == "h1" and text == " ".join((headline or "").split()):
            continue
        if element.tag == "figcaption" and text:
            text = f"[Caption] {text}"
        paragraphs.append(text)
    return _join(paragraphs)


def _docx(data: bytes, name: str, decode: Callable[[bytes], str]) -> str:
    docx = _need("docx", "docx", ".docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a file that is not a .docx
        raise ArticleError(f"{name}: not a Word document ({type(error).__name__})") from None
    return _join(paragraph.text for paragraph in document.paragraphs)


FORMATS: dict[str, InputFormat] = {
    f.name: f
    for f in (
        InputFormat("txt", (".txt", ".text"), None, _plain),
        InputFormat("md", (".md", ".markdown"), "md", _markdown),
        InputFormat("html", (".html", ".htm"), "html", _html),
        InputFormat("docx", (".docx",), "docx", _docx),
    )
}


def input_format(path: str | os.PathLike[str], chosen: str | None = None) -> InputFormat:
    """The format named, or the one the file's extension says (plain text otherwise)."""
    if chosen is not None:
        if chosen not in FORMATS:
            raise ArticleError(f"unknown input format {chosen!r}; expected one of: {', '.join(FORMATS)}")
        return FORMATS[chosen]
    suffix = os.path.splitext(str(path))[1].lower()
    return next((f for f in FORMATS.values() if suffix in f.suffixes), FORMATS["txt"])


def _join(paragraphs: Any) -> str:
    cleaned = [" ".join(str(p).split()) for p in paragraphs]
    return "\n\n".join(p for p in cleaned if p)


def _need(module: str, extra: str, suffix: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ArticleError(f"reading {suffix} articles needs the '{extra}' extra: pip install 'factsheet[{extra}]'") from None
