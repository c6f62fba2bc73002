"""Articles as they arrive: plain text, Markdown, HTML and Word, each read into plain text.

Every reader gives the same thing: the headline, then the body paragraphs, separated
by blank lines, with markup gone. So paragraph numbers and findings are the same for
the same article in any format. The parsers are optional extras, imported only for
their format; a missing one is named in the error with the extra that brings it.
"""

from __future__ import annotations

import io
import os
import re
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


# markdown-it stops reading past its nesting limit without a word: the limit is raised, and a
# text that reaches it all the same is refused rather than read in part.
_MARKDOWN_NESTING = 200


def _markdown(data: bytes, name: str, decode: Callable[[bytes], str]) -> str:
    markdown_it = _need("markdown_it", "md", ".md")
    parser = markdown_it.MarkdownIt("commonmark", {"maxNesting": _MARKDOWN_NESTING})
    try:
        tokens = parser.parse(decode(data))
    except RecursionError:
        raise ArticleError(f"{name}: nested too deep to read") from None
    if any(token.level >= _MARKDOWN_NESTING - 1 for token in tokens):
        raise ArticleError(f"{name}: nested past {_MARKDOWN_NESTING} levels; refusing to read it in part")
    paragraphs: list[str] = []
    for token in tokens:
        if token.type == "inline":
            paragraphs.append(_inline_text(token.children or []))
        elif token.type == "html_block":  # raw HTML in Markdown is article text too
            paragraphs.extend(_html_block_text(token.content))
    return _join(paragraphs)


def _html_block_text(html: str) -> list[str]:
    """The paragraphs of a raw HTML block in Markdown, its tags gone."""
    blocks = re.split(r"(?i)</?(?:p|div|li|h[1-6]|blockquote|tr|br)\b[^>]*>", html)
    return [" ".join(re.sub(r"<[^>]*>", " ", block).split()) for block in blocks]


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline":
            continue  # a tag; the text inside it comes as text tokens
    return "".join(parts)


# What a saved page or a CMS export holds besides the article.
_HTML_NOISE = ("nav", "aside", "footer", "form", "script", "style", "noscript", "template", "iframe", "button", "menu")
_HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption", "blockquote", "pre")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# What a reader never sees: hidden elements are not article text.
_HIDDEN = (
    "//*[@role='navigation' or @role='complementary' or @hidden or @aria-hidden='true'"
    " or contains(translate(@style, ' ', ''), 'display:none') or contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)


def _html(data: bytes, name: str, decode: Callable[[bytes], str]) -> str:
    lxml_html = _need("lxml.html", "html", ".html")
    # huge_tree: past 256 levels of nesting or a 10 MB text node, libxml2 would otherwise drop
    # the rest of the page without a word (the article itself is capped at 50 MB).
    parser = lxml_html.HTMLParser(huge_tree=True, no_network=True)
    text = _XML_DECLARATION.sub("", decode(data), count=1)  # XHTML: the declaration names an encoding already applied
    try:
        document = lxml_html.document_fromstring(text, parser=parser)
    except Exception as error:  # lxml raises its own ParserError on an empty page
        raise ArticleError(f"{name}: not an HTML page ({error})") from None
    # Listed first, then dropped: dropping while iterating stops the walk at the first
    # element that held another, and every later <nav>, <aside> or <footer> would stay.
    for element in [*document.iter(*_HTML_NOISE), *document.xpath(_HIDDEN)]:
        if element.getparent() is not None:
            element.drop_tree()
    # A page rendered by a script marks where it joined pieces with empty comments ("that big
    # <!-- -->since 2012"); the extractor drops the text after each, so they go, their text kept.
    # (Comments with words stay: the extractor reads the page's shape by them too.)
    for comment in [c for c in document.iter(lxml_html.etree.Comment) if not (c.text or "").strip()]:
        comment.drop_tag()
    for sup in list(document.iter("sup")):
        _write_raised(sup)
    headline = next((h.text_content() for h in document.iter("h1")), None)
    extracted = _extracted(document) if _FULL_PAGE.search(text[:65536]) else None
    article_text = _bare(extracted) if extracted else None  # compared without white space
    # A short block ("80", a chart's label) is found inside any long text by chance: it must be a
    # line of the extractor's own (a heading, a list item "- ...", a table row "| ... |").
    article_lines = {_bare(line).removeprefix("-") for line in extracted.splitlines()} if extracted else set()
    roots = document.xpath("//body") or [document]
    if article_text is None:  # a CMS fragment, or no extractor: the page's own marks
        roots = document.xpath("//article") or document.xpath("//main") or roots
    blocks: list[tuple[Any, str, bool]] = []  # each block, its text, and whether it is the article's
    read_by_blocks: set[Any] = set()  # quotations whose text is all in blocks of their own
    for element in roots[0].iter(*_HTML_BLOCKS, "tr"):
        if element.tag == "tr" and _lays_out(element):
            read_by_blocks.add(element)  # a page laid out in a table: its rows hold the page, read by their blocks
            continue
        if any(parent.tag in _READ_WHOLE and parent not in read_by_blocks for parent in element.iterancestors()):
            continue  # a <p> inside a <blockquote>, <li> or table row is read once, with its parent
        if element.tag in _READ_BY_BLOCKS and _all_in_blocks(element):
            read_by_blocks.add(element)  # a quotation of three paragraphs is three, as in Markdown
            continue
        if element.tag == "tr":
            block = " | ".join(_shown(cell) for cell in element if cell.tag in ("td", "th"))
        else:
            block = _shown(element)
        if element.tag == "h1" and block == " ".join((headline or "").split()):
            continue
        # Not held by the extractor's text: it judged the block part of the page around the article.
        blocks.append((element, block, article_text is None or _held_by(_bare(block), article_text, article_lines)))
    # The extractor leaves out captions; a caption inside the article's body is the article's.
    body = _innermost_holder([element for element, _, held in blocks if held and element.tag == "p"])
    paragraph_holders = {element.getparent() for element, block, held in blocks if held and element.tag == "p" and block}
    paragraphs: list[str] = [headline] if headline else []
    for element, block, held in blocks:
        if element.tag == "figcaption" and block and (held or (body is not None and _inside(element, body))):
            paragraphs.append(f"[Caption] {block}")
        elif held and element.tag != "figcaption":
            paragraphs.append(block)
        elif element.tag == "tr" and block.strip(" |") and _among(element, paragraph_holders):
            paragraphs.append(block)  # a table among the article's paragraphs, which the extractor may leave out
    if extracted and article_text and sum(len("".join(p.split())) for p in paragraphs) < _BLOCKS_COVER * len(article_text):
        # The story is not in the page's blocks (text in <div>s and <br>s): the extractor's lines.
        paragraphs = [headline] if headline else []
        paragraphs += [line for line in extracted.splitlines() if " ".join(line.split()) != " ".join((headline or "").split())]
    return _join(paragraphs)


def _write_raised(sup: Any) -> None:
    """Digits raised after a number, as the page writes them flat: a power as "10^5" (read flat,
    "10<sup>5</sup>" would be 105), a footnote's mark linked to its note left out ("in 2019<sup><a>3</a></sup>"
    would be 20193)."""
    raised = sup.text_content().strip()
    before = sup.getprevious()
    preceding = (before.tail if before is not None else sup.getparent().text) or ""
    if not (raised.isascii() and raised.isdigit() and preceding[-1:].isdigit()):
        return  # "19<sup>th</sup> century", "km<sup>2</sup>": read as written
    if sup.find(".//a") is not None or any(a.tag == "a" for a in sup.iterancestors()):
        sup.drop_tree()  # its tail stays
    else:
        for child in list(sup):
            child.drop_tree()
        sup.text = "^" + raised


def _shown(element: Any) -> str:
    """An element's text as a reader sees it: on one line, with no soft hyphen (a place where
    the browser may break a word, shown only there: "\u00adIsraeli-Palestinian"), and a sentence
    that ends where the next element's begins set apart from it (a caption and its credit,
    "... an official said.</span><span>Credit ...", which a page's style shows on lines of their own)."""
    pieces: list[str] = []
    for piece in element.itertext():
        if pieces and pieces[-1][-1:] in _SENTENCE_ENDS and piece[:1].isupper():
            pieces.append(" ")
        if piece:
            pieces.append(piece)
    return " ".join("".join(pieces).replace("\u00ad", "").split())


_SENTENCE_ENDS = frozenset(".!?")


def _innermost_holder(elements: list[Any]) -> Any | None:
    """The innermost element that holds all of `elements` (the article's body), or None when
    that is the whole page or there are none."""
    if not elements:
        return None
    holder = elements[0]
    for element in elements[1:]:
        while not _inside(element, holder):
            holder = holder.getparent()
    return None if holder.tag in ("body", "html") else holder


def _among(row: Any, paragraph_holders: set[Any]) -> bool:
    """Whether a table row's table stands among the article's paragraphs: a few levels up from it
    is an element that holds one of them ("<div><p>..</p><blockquote><table>"), not the page's body."""
    table = next(row.iterancestors("table"), None)
    # Up through the cells of any table that lays tables side by side, counting other levels only.
    holders = (h for h in (table.iterancestors() if table is not None else ()) if h.tag not in _TABLE_PARTS)
    for level, holder in enumerate(holders):
        if level >= _TABLE_REACH or holder.tag in ("body", "html"):
            return False
        if holder in paragraph_holders:
            return True
    return False


_TABLE_PARTS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th"))
_TABLE_REACH = 3  # how many levels up from a table the article's paragraphs may be held


def _lays_out(row: Any) -> bool:
    """Whether a table row holds another table: a row of a page laid out in tables, not of data."""
    return next(row.iterdescendants("table"), None) is not None


def _inside(element: Any, holder: Any) -> bool:
    return element is holder or any(parent is holder for parent in element.iterancestors())


_READ_WHOLE = frozenset((*_HTML_BLOCKS, "tr"))
_READ_BY_BLOCKS = frozenset(("blockquote",))


def _all_in_blocks(element: Any) -> bool:
    """Whether every word of the element is inside a block it holds (`<blockquote><p>..</p><p>..</p>`)."""
    if not any(child.tag in _READ_WHOLE for child in element.iterdescendants()):
        return False
    for text in element.xpath(".//text()"):
        holder = text.getparent()
        if text.is_tail:
            holder = holder.getparent()
        while holder is not element and holder.tag not in _READ_WHOLE:
            holder = holder.getparent()
        if holder is element and text.strip():
            return False  # words of its own beside its blocks: read whole
    return True


def _bare(text: str) -> str:
    """Text as compared with the extractor's: no white space, no table bars."""
    return "".join(text.replace("|", "").split())


def _held_by(block: str, article_text: str, article_lines: set[str]) -> bool:
    return block in article_lines if len(block) < _SHORT_BLOCK else block in article_text


_SHORT_BLOCK = 25  # characters but white space: a block shorter must be one of the extractor's lines
_BLOCKS_COVER = 0.6  # the share of the extractor's text the page's own blocks must hold to be used
_FULL_PAGE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)


def _extracted(document: Any) -> str | None:
    """The text trafilatura, the article extractor that measured best on real pages
    (bench/html_pages.py), finds to be the article; None without it or when it finds none.
    The page's own blocks are then chosen by it, so paragraphs stay the page's own."""
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        extracted: str | None = trafilatura.extract(document, include_tables=True, include_comments=False, include_images=False)
    except Exception:  # an extractor's own failure on a strange page: the page's own marks are read instead
        return None
    return extracted or None


# A Word file is a zip: what it may inflate to is capped before anything is parsed, and
# only the parts that hold text are ever inflated (never images or other media).
MAX_DOCX_PART_BYTES = 50 * 1024 * 1024
MAX_DOCX_PARAGRAPHS = 200_000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(data: bytes, name: str, decode: Callable[[bytes], str]) -> str:
    """The body's paragraphs and table rows (cells joined by " | "), in order, then the
    footnotes marked "[Footnote]"; headers and footers are left out."""
    etree = _need("lxml.etree", "docx", ".docx")
    import zipfile

    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ArticleError(f"{name}: not a Word document (not a zip package)") from None
    with package:
        body = _docx_part(package, "word/document.xml", name, etree, required=True)
        footnotes = _docx_part(package, "word/footnotes.xml", name, etree, required=False)
    root = body.find(f"{_W}body") if body is not None else None
    if root is None:
        raise ArticleError(f"{name}: not a Word document (its document part has no body)")
    paragraphs: list[str] = []
    for block in root.iter(f"{_W}p", f"{_W}tbl"):
        if len(paragraphs) > MAX_DOCX_PARAGRAPHS:
            raise ArticleError(f"{name}: more than {MAX_DOCX_PARAGRAPHS} paragraphs; refusing to read it")
        if block.tag == f"{_W}tbl":
            if not any(a.tag == f"{_W}tbl" for a in block.iterancestors()):
                paragraphs.extend(_docx_rows(block))
        elif not any(a.tag == f"{_W}tbl" for a in block.iterancestors()):
            paragraphs.append(_docx_text(block))
    if footnotes is not None:
        for note in footnotes.iter(f"{_W}footnote"):
            if note.get(f"{_W}type") in (None, "normal"):
                text = " ".join(_docx_text(p) for p in note.iter(f"{_W}p"))
                paragraphs.append(f"[Footnote] {text}" if text.strip() else "")
    return _join(paragraphs)


def _docx_part(package: Any, part: str, name: str, etree: Any, *, required: bool) -> Any:
    try:
        info = package.getinfo(part)
    except KeyError:
        if required:
            raise ArticleError(f"{name}: not a Word document (no {part})") from None
        return None
    if info.file_size > MAX_DOCX_PART_BYTES:
        raise ArticleError(f"{name}: its {part} inflates to {info.file_size} bytes, more than {MAX_DOCX_PART_BYTES}")
    try:
        with package.open(info) as stream:
            xml = stream.read(MAX_DOCX_PART_BYTES + 1)  # a size the zip misstates is capped all the same
    except Exception as error:  # zipfile raises several kinds for a damaged member
        raise ArticleError(f"{name}: not a Word document (its {part} cannot be read: {type(error).__name__})") from None
    if len(xml) > MAX_DOCX_PART_BYTES:
        raise ArticleError(f"{name}: its {part} inflates to more than {MAX_DOCX_PART_BYTES} bytes")
    if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml:
        raise ArticleError(f"{name}: its {part} declares a DOCTYPE or entities, which Word never writes; refusing it")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as error:
        raise ArticleError(f"{name}: not a Word document (its {part} is not well-formed XML: {error})") from None


def _docx_text(paragraph: Any) -> str:
    """A paragraph's text as it reads with every tracked change accepted: its runs, tabs and breaks
    as spaces, a hyphen Word keeps from breaking as a hyphen ("10-year"), no soft hyphen; deleted
    text (its own element, `w:delText`) and text moved away from here left out."""
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if any(a.tag == f"{_W}moveFrom" for a in node.iterancestors()):
            continue  # read where it was moved to
        if node.tag == f"{_W}t":
            text = node.text or ""
            if text.isascii() and text.isdigit() and parts and parts[-1][-1:].isdigit() and _raised(node):
                text = "^" + text  # "10" and a raised "5": 10^5, as the HTML reader writes it
            parts.append(text)
        else:
            parts.append("-" if node.tag == f"{_W}noBreakHyphen" else " ")
    return "".join(parts)


def _raised(text_node: Any) -> bool:
    run = text_node.getparent()
    align = run.find(f"{_W}rPr/{_W}vertAlign") if run is not None else None
    return align is not None and align.get(f"{_W}val") == "superscript"


def _docx_rows(table: Any) -> list[str]:
    """Each row of a table one paragraph, its cells joined by " | " (nested tables read in their cell)."""
    rows: list[str] = []
    for row in table.iter(f"{_W}tr"):
        if next(row.iterancestors(f"{_W}tbl")) is not table:
            continue
        cells = [
            " ".join(_docx_text(p) for p in cell.iter(f"{_W}p"))
            for cell in row.iter(f"{_W}tc")
            if next(cell.iterancestors(f"{_W}tbl")) is table
        ]
        rows.append(" | ".join(" ".join(c.split()) for c in cells))
    return rows


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
