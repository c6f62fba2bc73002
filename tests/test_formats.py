"""Articles as they arrive: the same article in txt, md, html and docx gives the same findings."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

import pytest

from factsheet import ArticleError, load_sheet, read_article
from factsheet.review import review

from .conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "harbour-flood"
PARAGRAPHS = (EXAMPLE / "revised.txt").read_text(encoding="utf-8").strip().split("\n\n")


def as_markdown() -> str:
    headline, *body = PARAGRAPHS
    marked = [
        p.replace("Mayor Helen Okafor", "**Mayor Helen Okafor**").replace(
            "county emergency office", "[county emergency office](https://example.invalid/office)"
        )
        for p in body
    ]
    return f"# {headline}\n\n*{marked[0]}*\n\n" + "\n\n".join(marked[1:]) + "\n"


def as_html() -> str:
    headline, *body = PARAGRAPHS
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html><html><head><title>{escape(headline)} | The Coast Daily</title>
<style>p {{ margin: 0 }}</style><script>var visits = 1200;</script></head>
<body><nav><a href="/">Home</a> <a href="/top">Top 10 stories</a> <a href="/2024">2024 archive</a></nav>
<header><h1>{escape(headline)}</h1><p class="byline">By a staff writer</p></header>
<aside><h2>Most read</h2><ol><li>Council cuts 40 jobs</li><li>Ferry fares rise 12% on Monday</li></ol></aside>
<article>{paragraphs}</article>
<footer><p>© 2025 The Coast Daily, 12 Harbour Road</p></footer></body></html>"""


def write_docx(path: Path) -> None:
    docx = pytest.importorskip("docx", reason="python-docx comes with the formats extra: pip install '.[test]'")
    document = docx.Document()
    document.add_heading(PARAGRAPHS[0], level=0)
    for paragraph in PARAGRAPHS[1:]:
        document.add_paragraph(paragraph)
    document.save(str(path))


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    files = {"txt": EXAMPLE / "revised.txt", "md": tmp_path / "a.md", "html": tmp_path / "a.html", "docx": tmp_path / "a.docx"}
    files["md"].write_text(as_markdown(), encoding="utf-8")
    files["html"].write_text(as_html(), encoding="utf-8")
    write_docx(files["docx"])
    return files


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_every_format_gives_the_same_paragraphs(articles: dict[str, Path], fmt: str) -> None:
    text = [p.text for p in read_article(articles["txt"]).paragraphs]
    other = [p.text for p in read_article(articles[fmt]).paragraphs]
    assert other == text


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_every_format_gives_the_same_findings(articles: dict[str, Path], fmt: str) -> None:
    sheet = load_sheet(EXAMPLE / "facts.yaml")

    def findings(path: Path) -> list[tuple[str, str | None, str | None, int | None]]:
        return [
            (f.status.value, f.sheet_figure, f.article_figure, f.paragraph) for f in review(sheet, read_article(path)).findings
        ]

    assert findings(articles[fmt]) == findings(articles["txt"])


def test_the_html_navigation_and_sidebar_figures_are_ignored(articles: dict[str, Path]) -> None:
    text = read_article(articles["html"]).text
    for noise in ("Top 10", "2024", "40 jobs", "12%", "1200", "12 Harbour Road", "staff writer"):
        assert noise not in text


def scripted_page(body: str) -> str:
    """A full page as a script renders it: the example's article in its own blocks."""
    headline = PARAGRAPHS[0]
    return (
        f"<!DOCTYPE html><html><head><title>{escape(headline)} | The Coast Daily</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{escape(headline)}</h1>{body}</article></body></html>"
    )


def test_empty_comments_a_script_joins_text_with_lose_no_words(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="trafilatura comes with the html extra")
    joined = [escape(p).replace(" since ", " <!-- -->since<!-- --> ") for p in PARAGRAPHS[1:]]
    page = tmp_path / "page.html"
    page.write_text(scripted_page("".join(f"<p>{p}</p>" for p in joined)), encoding="utf-8")
    assert [p.text for p in read_article(page).paragraphs] == PARAGRAPHS


def test_a_charts_short_labels_are_not_paragraphs(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="trafilatura comes with the html extra")
    # Labels drawn over a chart, each in its own block, which the extractor leaves out: each is
    # inside some longer text of the article ("80" in "1980s"), but no line of it.
    chart = "<figure>" + "".join(f"<p>{label}</p>" for label in ("0", "20", "80", "$12", "million")) + "</figure>"
    paragraphs = [f"<p>{escape(p)}</p>" for p in PARAGRAPHS[1:]]
    page = tmp_path / "page.html"
    page.write_text(scripted_page("".join(paragraphs[:3]) + chart + "".join(paragraphs[3:])), encoding="utf-8")
    text = [p.text for p in read_article(page).paragraphs]
    assert not {"0", "20", "80", "$12", "million"} & set(text)
    assert text[-1] == PARAGRAPHS[-1]


def test_a_caption_in_the_articles_body_is_kept_though_the_extractor_leaves_it_out(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="trafilatura comes with the html extra")
    paragraphs = [f"<p>{escape(p)}</p>" for p in PARAGRAPHS[1:]]
    photo = "<figure><img src='dunes.jpg'><figcaption>Volunteers filled 300 sandbags on Friday.</figcaption></figure>"
    elsewhere = "<div class='more'><figure><img src='x.jpg'><figcaption>Our 12 best photos of 2024</figcaption></figure></div>"
    page = tmp_path / "page.html"
    page.write_text(
        scripted_page("".join(paragraphs[:3]) + photo + "".join(paragraphs[3:])).replace("</body>", elsewhere + "</body>"),
        encoding="utf-8",
    )
    text = [p.text for p in read_article(page).paragraphs]
    assert text == [*PARAGRAPHS[:4], "[Caption] Volunteers filled 300 sandbags on Friday.", *PARAGRAPHS[4:]]


def test_a_page_laid_out_in_tables_is_read_by_its_paragraphs_and_its_data_by_rows(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="trafilatura comes with the html extra")
    # An old site's layout: the page is one table, its columns cells; the article's own data
    # table sets two tables side by side in a quotation, which the extractor leaves out.
    rows = "".join(
        f"<tr><td>{n}</td><td>{bags}</td><td>{share}</td></tr>"
        for n, bags, share in (("Harbour Trust", 412, "38.0%"), ("Dune Watch", 301, "27.7%"))
    )
    tallies = (
        f"<blockquote><table><tr><td><table><tr><th>Group</th><th>Bags</th><th>Share</th></tr>{rows}</table></td>"
        "<td><table><tr><th>Group</th><th>Hours</th></tr><tr><td>Harbour Trust</td><td>1,210</td></tr></table></td>"
        "</tr></table></blockquote>"
    )
    paragraphs = [f"<p>{escape(p)}</p>" for p in PARAGRAPHS[2:]]
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Flood</title></head><body><table class='Page'><tr>"
        "<td class='Left'><p>Weekly edition</p><p>Archives</p></td>"
        f"<td class='Mid'><div class='ArticleText'><h1>{escape(PARAGRAPHS[0])}</h1>{''.join(paragraphs[:2])}{tallies}"
        f"{''.join(paragraphs[2:])}</div></td></tr></table></body></html>",
        encoding="utf-8",
    )
    table = [
        "Group | Bags | Share",
        "Harbour Trust | 412 | 38.0%",
        "Dune Watch | 301 | 27.7%",
        "Group | Hours",
        "Harbour Trust | 1,210",
    ]
    assert [p.text for p in read_article(page).paragraphs] == [PARAGRAPHS[0], *PARAGRAPHS[2:4], *table, *PARAGRAPHS[4:]]


def test_soft_hyphens_are_no_part_of_the_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="trafilatura comes with the html extra")
    # A soft hyphen marks where a browser may break a word, and shows only there.
    hyphenated = [escape(p).replace("harbour", "har&shy;bour").replace("Floodwaters", "Flood&shy;waters") for p in PARAGRAPHS[1:]]
    page = tmp_path / "page.html"
    page.write_text(scripted_page("".join(f"<p>{p}</p>" for p in hyphenated)), encoding="utf-8")
    assert [p.text for p in read_article(page).paragraphs] == PARAGRAPHS


def test_a_word_document_reads_as_its_tracked_changes_accepted(tmp_path: Path) -> None:
    pytest.importorskip("lxml", reason="lxml comes with the formats extra")
    from .test_hostile_files import para, word_file

    def run(text: str) -> str:
        return f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>"

    edited = (
        "<w:p>"
        + run("The council spent ")
        + "<w:del><w:r><w:delText>£4m</w:delText></w:r></w:del><w:ins>"
        + run("£5m")
        + "</w:ins>"
        + run(" over ten")
        + "<w:r><w:noBreakHyphen/></w:r>"
        + run("year terms")
        + "<w:moveFrom>"
        + run(" on 12 roads")
        + "</w:moveFrom>"
        + run(".")
        + "</w:p>"
    )
    moved = "<w:p>" + run("Work began") + "<w:moveTo>" + run(" on 12 roads") + "</w:moveTo>" + run(" in May.") + "</w:p>"
    word_file(tmp_path / "a.docx", f"<w:body>{para('Road repairs')}{edited}{moved}</w:body>")
    text = [p.text for p in read_article(tmp_path / "a.docx").paragraphs]
    assert text == ["Road repairs", "The council spent £5m over ten-year terms.", "Work began on 12 roads in May."]


RAISED = [
    ("10<sup>5</sup> cells", "10^5 cells"),  # a power, read flat "105"
    ("in 2019<sup><a href='#note-3'>3</a></sup>,", "in 2019,"),  # a footnote's mark, read flat "20193"
    ("the 19<sup>th</sup> century", "the 19th century"),
    ("40 m<sup>2</sup>", "40 m2"),
    ("10<sup>²</sup> cells", "10² cells"),  # no ASCII digit: as written
]


@pytest.mark.parametrize(("html", "text"), RAISED, ids=[r[1] for r in RAISED])
def test_raised_digits_after_a_number_read_as_a_power_or_a_footnotes_mark(tmp_path: Path, html: str, text: str) -> None:
    pytest.importorskip("lxml", reason="lxml comes with the formats extra")
    page = tmp_path / "a.html"
    page.write_text(f"<h1>Cells</h1><p>The dish held {html}</p>", encoding="utf-8")
    assert [p.text for p in read_article(page).paragraphs] == ["Cells", f"The dish held {text}"]


def test_a_raised_power_in_a_word_document_reads_as_one(tmp_path: Path) -> None:
    pytest.importorskip("lxml", reason="lxml comes with the formats extra")
    from .test_hostile_files import para, word_file

    raised = "<w:r><w:rPr><w:vertAlign w:val='superscript'/></w:rPr><w:t>5</w:t></w:r>"
    body = f"<w:body>{para('Cells')}<w:p><w:r><w:t xml:space='preserve'>The dish held 10</w:t></w:r>{raised}"
    body += "<w:r><w:t xml:space='preserve'> cells.</w:t></w:r></w:p></w:body>"
    word_file(tmp_path / "a.docx", body)
    assert [p.text for p in read_article(tmp_path / "a.docx").paragraphs] == ["Cells", "The dish held 10^5 cells."]


QUOTED = ["Harbour letters", "The harbourmaster wrote to the council in March.", "We counted 40 boats.", "Nine were lost."]


def test_a_quotation_of_two_paragraphs_is_two_paragraphs_in_every_format(tmp_path: Path) -> None:
    pytest.importorskip("lxml", reason="lxml comes with the formats extra")
    headline, lead, *quoted = QUOTED
    (tmp_path / "a.md").write_text(f"# {headline}\n\n{lead}\n\n> {quoted[0]}\n>\n> {quoted[1]}\n", encoding="utf-8")
    body = f"<h1>{headline}</h1><p>{lead}</p><blockquote><p>{quoted[0]}</p><p>{quoted[1]}</p></blockquote>"
    (tmp_path / "a.html").write_text(body, encoding="utf-8")
    for name in ("a.md", "a.html"):
        assert [p.text for p in read_article(tmp_path / name).paragraphs] == QUOTED, name


def test_a_quotation_with_words_beside_its_paragraphs_is_read_whole(tmp_path: Path) -> None:
    pytest.importorskip("lxml", reason="lxml comes with the formats extra")
    page = tmp_path / "a.html"
    page.write_text("<h1>Harbour letters</h1><blockquote>She wrote: <p>We counted 40 boats.</p></blockquote>", encoding="utf-8")
    assert [p.text for p in read_article(page).paragraphs] == ["Harbour letters", "She wrote: We counted 40 boats."]


def test_a_caption_is_kept_and_marked(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<h1>Flood</h1><article><p>Water rose 2 metres.</p><figure><img src=x>"
        "<figcaption>Volunteers on Friday</figcaption></figure></article>",
        encoding="utf-8",
    )
    assert [p.text for p in read_article(page).paragraphs] == ["Flood", "Water rose 2 metres.", "[Caption] Volunteers on Friday"]


def test_a_captions_credit_is_set_apart_from_its_last_sentence(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<h1>Flood</h1><article><p>Water rose 2 metres.</p><figure><img src=x><figcaption>"
        "<span>About 40 homes flooded, an official said.</span><span>Credit</span><span>Ana Ruiz</span>"
        "</figcaption></figure><p>Rain fell for <b>3 days</b>.</p></article>",
        encoding="utf-8",
    )
    paragraphs = [p.text for p in read_article(page).paragraphs]
    assert paragraphs[2].startswith("[Caption] About 40 homes flooded, an official said. Credit")
    assert paragraphs[3] == "Rain fell for 3 days."  # words inside a sentence are not set apart


def test_input_format_overrides_the_extension(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<h1>Flood</h1><p>Water rose <b>2 metres</b>.</p>", encoding="utf-8")
    result = run_cli("extract", "--input-format", "html", str(page))
    assert result.returncode == 0 and 'figure: "2 metres"' in result.stdout and "<b>" not in result.stdout


def test_a_missing_parser_names_its_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"not really")
    monkeypatch.setitem(sys.modules, "lxml.etree", None)  # as if lxml were not installed
    with pytest.raises(ArticleError, match=r"reading \.docx articles needs the 'docx' extra: pip install 'factsheet\[docx\]'"):
        read_article(path)


@pytest.mark.parametrize(
    ("name", "data", "message"), [("a.docx", b"not a zip", "not a Word document"), ("a.html", b"", "not an HTML page")]
)
def test_a_broken_file_is_one_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli("extract", str(path))
    assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1


TABLE_ARTICLE = ["Harbour repairs", "Coastal desk", "The council said 40 boats were damaged.", "Boats | 40", "Cranes | 9"]


def test_a_short_paragraph_and_a_table_read_alike_in_every_format(tmp_path: Path) -> None:
    pytest.importorskip("lxml", reason="lxml comes with the formats extra")
    from .test_hostile_files import para, word_file

    rows = "<table><tr><td>Boats</td><td>40</td></tr><tr><td>Cranes</td><td>9</td></tr></table>"
    body = f"<h1>{TABLE_ARTICLE[0]}</h1><p>{TABLE_ARTICLE[1]}</p><p>{TABLE_ARTICLE[2]}</p>{rows}"
    (tmp_path / "a.txt").write_text("\n\n".join(TABLE_ARTICLE) + "\n", encoding="utf-8")
    (tmp_path / "bare.html").write_text(body, encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>Harbour repairs | The Coast Daily</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/top'>Top 10</a></nav><article>{body}</article>"
        "<footer><p>© 2025 The Coast Daily, 12 Harbour Road</p></footer></body></html>",
        encoding="utf-8",
    )
    table = (
        "<w:tbl>"
        + "".join(f"<w:tr><w:tc>{para(a)}</w:tc><w:tc>{para(b)}</w:tc></w:tr>" for a, b in (("Boats", "40"), ("Cranes", "9")))
        + "</w:tbl>"
    )
    word_file(tmp_path / "a.docx", "<w:body>" + "".join(para(p) for p in TABLE_ARTICLE[:3]) + table + "</w:body>")
    for name in ("a.txt", "bare.html", "page.html", "a.docx"):
        assert [p.text for p in read_article(tmp_path / name).paragraphs] == TABLE_ARTICLE, name
