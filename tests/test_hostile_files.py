"""Hostile input, round two: files, links, pipes, signals and terminals.

Every input is built here, at test time, in tmp_path: the work is done, or one line on
stderr and exit 2; no secret printed, no system file replaced, no hang, no lost merge.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factsheet.batch import processes_for, walk_folder
from factsheet.errors import OutputError
from factsheet.writing import write_atomically

from .conftest import ROOT, run_cli

ARTICLE = "Harbour repairs\n\nThe council said 40 boats were damaged on Tuesday.\n"
SHEET = """title: Harbour repairs
facts:
  - id: boats
    figure: "40"
    what: boats damaged
    source: The council
"""
SECRET = "API_KEY=sk-live-0123456789abcdef\nDB_PASSWORD=hunter2hunter2\n" * 20
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def pair(folder: Path, name: str = "harbour", article: str = ARTICLE, sheet: str = SHEET) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(article, encoding="utf-8")
    (folder / f"{name}.facts.yaml").write_text(sheet, encoding="utf-8")


# --- 1. no secret out of diff --all ---------------------------------------------------


def test_a_link_out_of_the_folder_is_skipped_and_its_target_never_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / ".env").write_text(SECRET, encoding="utf-8")
    newsroom = tmp_path / "newsroom"
    pair(newsroom)
    (newsroom / "leak.facts.yaml").symlink_to(outside / ".env")
    (newsroom / "leak.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("diff", "--all", str(newsroom))
    assert "hunter2" not in result.stdout + result.stderr
    assert "leak.facts.yaml: skipped: a symbolic link that leads out of the folder" in result.stderr


def test_a_link_inside_the_folder_is_read(tmp_path: Path) -> None:
    newsroom = tmp_path / "newsroom"
    pair(newsroom)
    (newsroom / "copy.txt").symlink_to(newsroom / "harbour.txt")
    (newsroom / "copy.facts.yaml").symlink_to(newsroom / "harbour.facts.yaml")
    found = walk_folder(newsroom)
    assert [p.sheet.name for p in found.pairs] == ["copy.facts.yaml", "harbour.facts.yaml"]
    assert found.skipped == []


def test_a_file_that_is_not_a_sheet_is_quoted_in_a_short_escaped_excerpt(tmp_path: Path) -> None:
    newsroom = tmp_path / "newsroom"
    pair(newsroom, sheet=SECRET)
    result = run_cli("diff", "--all", str(newsroom))
    assert result.returncode == 2
    assert "hunter2" not in result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if line.startswith("factsheet:")]
    assert errors and all(len(line) < 300 for line in errors)


def test_folder_links_and_loops_are_not_followed(tmp_path: Path) -> None:
    newsroom = tmp_path / "newsroom"
    pair(newsroom)
    (newsroom / "loop").symlink_to(newsroom)
    found = walk_folder(newsroom)
    assert [p.sheet.name for p in found.pairs] == ["harbour.facts.yaml"]


def test_a_tree_a_thousand_folders_deep_is_walked(tmp_path: Path) -> None:
    deep = tmp_path / "newsroom"
    folder = deep
    deep.mkdir()
    for _ in range(1000):  # one at a time: os.makedirs itself recurses
        folder = folder / "d"
        folder.mkdir()
    pair(folder)
    try:
        assert len(walk_folder(deep).pairs) == 1
    finally:  # deepest first, one at a time: the tools that remove trees recurse as well
        for child in folder.iterdir():
            child.unlink()
        while folder != tmp_path:
            folder.rmdir()
            folder = folder.parent


def test_a_fifo_in_the_folder_is_skipped_not_opened(tmp_path: Path) -> None:
    newsroom = tmp_path / "newsroom"
    pair(newsroom)
    os.mkfifo(newsroom / "pipe.facts.yaml")
    (newsroom / "pipe.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("diff", "--all", str(newsroom))
    assert "pipe.facts.yaml: skipped: not a regular file" in result.stderr


def test_touched_with_a_fifo_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.facts.yaml")
    result = run_cli("diff", "--touched", str(tmp_path / "pipe.facts.yaml"))
    assert "not a regular file" in result.stderr


@pytest.mark.skipif(IS_ROOT, reason="root reads a folder whatever its permissions")
def test_an_unreadable_folder_is_an_error_not_a_clean_run(tmp_path: Path) -> None:
    newsroom = tmp_path / "newsroom"
    pair(newsroom / "locked")
    (newsroom / "locked").chmod(0)
    try:
        result = run_cli("diff", "--all", str(newsroom))
    finally:
        (newsroom / "locked").chmod(0o755)
    assert result.returncode == 2
    assert "locked: cannot read" in result.stderr


def test_never_more_processes_than_pairs() -> None:
    assert processes_for(600, 6) == 6
    assert processes_for(None, 1) == 1
    assert processes_for(600, 10_000) <= 4 * (os.cpu_count() or 1)


# --- 2. no system file replaced ---------------------------------------------------------


def test_a_fifo_is_never_replaced_even_with_force(tmp_path: Path) -> None:
    fifo = tmp_path / "out.yaml"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"):
        write_atomically(fifo, "x", replace=True)
    assert fifo.is_fifo()


def test_the_cli_refuses_to_write_over_a_fifo(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "out.yaml")
    result = run_cli("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.yaml"), "--force")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert (tmp_path / "out.yaml").is_fifo()


def test_an_empty_output_name_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("extract", str(tmp_path / "a.txt"), "-o", "")
    assert (result.returncode, result.stdout) == (2, "")
    assert "empty output file name" in result.stderr


def test_a_dangling_link_is_not_replaced_without_force(tmp_path: Path) -> None:
    link = tmp_path / "facts.yaml"
    link.symlink_to(tmp_path / "elsewhere.yaml")
    with pytest.raises(OutputError, match="does not exist; use --force"):
        write_atomically(link, "x")
    write_atomically(link, "x", replace=True)
    assert link.is_symlink() and (tmp_path / "elsewhere.yaml").read_text() == "x"


def test_an_over_long_output_name_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / ("x" * 300)))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "internal error" not in result.stderr


# --- 5. no terminal injection -----------------------------------------------------------


def test_escape_sequences_from_an_article_reach_the_report_escaped(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe council said 41 boats\x1b[2J were damaged\x07.\n", encoding="utf-8")
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    result = run_cli("diff", str(sheet), str(article))
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\e[2J" in result.stdout


def test_escape_sequences_in_a_sheet_reach_the_table_escaped(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET.replace("source: The council", 'source: "The council\\e[2J\\x9b"'), encoding="utf-8")
    for fmt in ("grid", "simple", "tsv"):
        result = run_cli("show", str(sheet), "--format", fmt)
        assert result.returncode == 0
        assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    as_json = run_cli("show", str(sheet), "--format", "json").stdout
    assert "\x9b" not in as_json and "\\u009b" in as_json


def test_a_newline_in_a_file_name_cannot_forge_a_line(tmp_path: Path) -> None:
    newsroom = tmp_path / "newsroom"
    pair(newsroom, name="a\n=== forged")
    result = run_cli("diff", "--all", str(newsroom))
    assert not any(line.startswith("=== forged") for line in result.stdout.splitlines())
    assert "a\\n=== forged" in result.stdout


# --- 6, 8. merges: none lost, links kept, owner and mark kept ------------------------------


def test_two_merges_at_once_lose_no_fact(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    articles = []
    # Each update adds a figure of its own kind, so neither reads as the other's changed figure.
    for index, addition in enumerate(
        ("The council said 40 boats and 17 ferries were damaged.", "The council said 40 boats were damaged on Friday.")
    ):
        path = tmp_path / f"update{index}.txt"
        path.write_text(f"Harbour repairs\n\n{addition}\n", encoding="utf-8")
        articles.append(path)
    command = [sys.executable, "-m", "factsheet", "extract"]
    processes = [
        subprocess.Popen([*command, str(a), "--merge", str(sheet)], stderr=subprocess.PIPE, text=True, cwd=ROOT) for a in articles
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr
    text = sheet.read_text(encoding="utf-8")
    assert 'figure: "17"' in text
    assert "figure: Friday" in text


def test_a_merge_through_a_link_writes_the_shared_file(tmp_path: Path) -> None:
    shared = tmp_path / "shared.facts.yaml"
    shared.write_text(SHEET, encoding="utf-8")
    link = tmp_path / "facts.yaml"
    link.symlink_to(shared)
    article = tmp_path / "a.txt"
    article.write_text("Harbour repairs\n\nThe council said 40 boats and 9 cranes were damaged.\n", encoding="utf-8")
    result = run_cli("extract", str(article), "--merge", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert "9" in shared.read_text(encoding="utf-8").split("facts:")[1]


def test_a_merge_keeps_the_byte_order_mark_and_the_mode(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_bytes(b"\xef\xbb\xbf" + SHEET.encode())
    sheet.chmod(0o640)
    article = tmp_path / "a.txt"
    article.write_text("Harbour repairs\n\nThe council said 40 boats and 9 cranes were damaged.\n", encoding="utf-8")
    assert run_cli("extract", str(article), "--merge", str(sheet)).returncode == 0
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf" + SHEET.encode())
    assert sheet.stat().st_mode & 0o777 == 0o640


# --- 11. signals ------------------------------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_are_an_interruption(signum: int) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "factsheet", "extract", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    timer = threading.Timer(1.5, process.send_signal, [signum])  # while it waits for the article on its input
    timer.start()
    try:
        process.wait(timeout=30)
    finally:
        timer.cancel()
    assert process.stdin is not None and process.stderr is not None and process.stdout is not None
    process.stdin.close()
    stderr = process.stderr.read()
    process.stderr.close()
    process.stdout.close()
    assert process.returncode == 128 + signum
    assert stderr == "factsheet: interrupted\n"


def test_an_interrupted_write_leaves_no_temporary_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "facts.yaml"
    target.write_text("old", encoding="utf-8")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new", replace=True)
    assert [p.name for p in tmp_path.iterdir()] == ["facts.yaml"]
    assert target.read_text(encoding="utf-8") == "old"


# --- 13. internal errors become plain ones ----------------------------------------------------


@pytest.mark.parametrize("encoding", ["punycode", "undefined", "rot13", "base64"])
def test_an_encoding_that_is_not_text_is_refused_by_name(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("extract", str(tmp_path / "a.txt"), "--encoding", encoding)
    assert result.returncode == 2
    expected = f"{encoding!r} is not an encoding of text; expected one such as utf-8, cp1252 or latin-1"
    assert result.stderr == f"factsheet: {tmp_path / 'a.txt'}: {expected}\n"


# --- 3, 13. Word files: nothing inflated without bound, no internal error ------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_file(path: Path, body: str, extra: dict[str, bytes] | None = None, footnotes: str | None = None) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", f"<w:document {W}>{body}</w:document>")
        if footnotes is not None:
            package.writestr("word/footnotes.xml", f"<w:footnotes {W}>{footnotes}</w:footnotes>")
        for member, data in (extra or {}).items():
            package.writestr(member, data)
    return path


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_word_table_is_read_row_by_row_and_footnotes_are_marked(tmp_path: Path) -> None:
    from factsheet import read_article

    table = (
        "<w:tbl><w:tr><w:tc>" + para("Boats") + "</w:tc><w:tc>" + para("40") + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + para("Cranes") + "</w:tc><w:tc>" + para("9") + "</w:tc></w:tr></w:tbl>"
    )
    body = f"<w:body>{para('Harbour repairs')}{para('Coastal desk')}{table}</w:body>"
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:id="1">'
        + para("Figures as of May 3.")
        + "</w:footnote>"
    )
    article = read_article(word_file(tmp_path / "a.docx", body, footnotes=notes))
    assert [p.text for p in article.paragraphs] == [
        "Harbour repairs",
        "Coastal desk",
        "Boats | 40",
        "Cranes | 9",
        "[Footnote] Figures as of May 3.",
    ]


def test_an_embedded_image_is_never_inflated(tmp_path: Path) -> None:
    import tracemalloc

    from factsheet import read_article

    path = word_file(
        tmp_path / "a.docx",
        f"<w:body>{para('Title')}{para('40 boats.')}</w:body>",
        {"word/media/image1.png": bytes(200 * 1024 * 1024)},
    )
    assert path.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        read_article(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_a_document_part_that_inflates_past_the_cap_is_refused(tmp_path: Path) -> None:
    path = word_file(tmp_path / "a.docx", "<w:body>" + " " * (60 * 1024 * 1024) + "</w:body>")
    result = run_cli("diff", str(tmp_path / "missing.yaml"), str(path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_two_million_empty_paragraphs_are_refused_quickly(tmp_path: Path) -> None:
    path = word_file(tmp_path / "a.docx", "<w:body>" + "<w:p/>" * 2_000_000 + "</w:body>")
    (tmp_path / "a.facts.yaml").write_text(SHEET, encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "a.facts.yaml"), str(path))
    assert result.returncode == 2
    assert "paragraphs; refusing to read it" in result.stderr


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<w:nobody/>", "has no body"),
        ("<w:body>" + para("&lt;unclosed"), "not well-formed XML"),
    ],
)
def test_a_broken_word_file_is_one_line(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "a.facts.yaml").write_text(SHEET, encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "a.facts.yaml"), str(word_file(tmp_path / "a.docx", body)))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert message in result.stderr


def test_entities_in_a_word_file_are_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "word/document.xml", f'<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document {W}><w:body>{para("&a;")}</w:body></w:document>'
        )
    (tmp_path / "a.facts.yaml").write_text(SHEET, encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "a.facts.yaml"), str(path))
    assert result.returncode == 2 and "DOCTYPE" in result.stderr


def test_a_word_file_on_standard_input_gets_a_hint(tmp_path: Path) -> None:
    path = word_file(tmp_path / "a.docx", f"<w:body>{para('Title')}</w:body>")
    (tmp_path / "a.facts.yaml").write_text(SHEET, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "factsheet", "diff", str(tmp_path / "a.facts.yaml"), "-"],
        input=path.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert b"use --input-format docx" in result.stderr


# --- 9, 14. web pages: nothing dropped silently, nothing hidden read ------------------------


def page_paragraphs(tmp_path: Path, html: str) -> list[str]:
    pytest.importorskip("lxml", reason="lxml comes with the html extra")
    from factsheet import read_article

    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [p.text for p in read_article(path).paragraphs]


def test_noise_inside_noise_does_not_keep_later_noise(tmp_path: Path) -> None:
    html = "<body><nav><form>x 1</form></nav><p>keep 40 boats</p><footer>f 2</footer><aside>s 3</aside></body>"
    assert page_paragraphs(tmp_path, html) == ["keep 40 boats"]


def test_a_page_nested_past_256_levels_is_read_whole(tmp_path: Path) -> None:
    html = "<body><h1>Harbour</h1>" + "<div>" * 300 + "<p>deep 42 boats</p>" + "</div>" * 300 + "<p>after 7 cranes</p></body>"
    assert page_paragraphs(tmp_path, html) == ["Harbour", "deep 42 boats", "after 7 cranes"]


def test_a_text_node_over_ten_megabytes_is_read_whole(tmp_path: Path) -> None:
    html = "<body><h1>Harbour</h1><p>" + "x " * 5_500_000 + "5 boats</p><p>after 9 cranes</p></body>"
    assert page_paragraphs(tmp_path, html)[-1] == "after 9 cranes"


def test_xhtml_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    declaration = '<?xml version="1.0" encoding="utf-8"?>'
    html = declaration + '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Harbour</h1><p>5 boats</p></body></html>'
    assert page_paragraphs(tmp_path, html) == ["Harbour", "5 boats"]


def test_hidden_text_and_a_headline_in_the_navigation_are_not_the_article(tmp_path: Path) -> None:
    html = (
        "<body><nav><h1>Site menu 24</h1></nav><h1>Harbour repairs</h1><p>40 boats.</p>"
        '<p style="display: none">tracking 99</p><p aria-hidden="true">99 icons</p><div hidden>88</div></body>'
    )
    assert page_paragraphs(tmp_path, html) == ["Harbour repairs", "40 boats."]


@pytest.mark.parametrize(
    ("markdown", "paragraphs"),
    [
        ("# Title\n\n" + ">" * 30 + " deep 42 boats\n\nafter 7 cranes\n", ["Title", "deep 42 boats", "after 7 cranes"]),
        (
            "# Title\n\n<div>raw 9 boats</div>\n\nText 5 cranes <span>inline 3</span>.\n",
            ["Title", "raw 9 boats", "Text 5 cranes inline 3."],
        ),
    ],
    ids=["nested thirty levels", "raw HTML blocks"],
)
def test_markdown_is_read_whole(tmp_path: Path, markdown: str, paragraphs: list[str]) -> None:
    pytest.importorskip("markdown_it", reason="markdown-it-py comes with the md extra")
    from factsheet import read_article

    path = tmp_path / "a.md"
    path.write_text(markdown, encoding="utf-8")
    assert [p.text for p in read_article(path).paragraphs] == paragraphs


def test_markdown_nested_past_the_limit_is_refused_not_read_in_part(tmp_path: Path) -> None:
    pytest.importorskip("markdown_it", reason="markdown-it-py comes with the md extra")
    path = tmp_path / "a.md"
    path.write_text("# T\n\n" + ">" * 300 + " 5 boats\n", encoding="utf-8")
    (tmp_path / "a.facts.yaml").write_text(SHEET, encoding="utf-8")
    result = run_cli("diff", str(tmp_path / "a.facts.yaml"), str(path))
    assert result.returncode == 2 and "refusing to read it in part" in result.stderr


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file to another user")
def test_a_merge_as_root_keeps_the_sheets_owner_and_group(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    os.chown(sheet, 65534, 65534)
    sheet.chmod(0o640)
    article = tmp_path / "a.txt"
    article.write_text("Harbour repairs\n\nThe council said 40 boats and 9 cranes were damaged.\n", encoding="utf-8")
    assert run_cli("extract", str(article), "--merge", str(sheet)).returncode == 0
    status = sheet.stat()
    assert (status.st_uid, status.st_gid, status.st_mode & 0o777) == (65534, 65534, 0o640)
