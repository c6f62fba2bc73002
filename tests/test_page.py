"""The review as a web page: self-contained, escaped, and working in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factsheet import load_sheet, parse_article, parse_sheet
from factsheet.page import review_html
from factsheet.review import Status, review

from .browser import CHROMIUM, LAUNCH_ARGS
from .conftest import FACTS, ROOT, run_cli

HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "</style><b>bold</b>", "&amp; &lt;"]


def hostile_page() -> str:
    article = parse_article("Headline " + HOSTILE[0] + "\n\n" + " ".join(f"{h} said 5 people died." for h in HOSTILE))
    facts = "\n".join(
        f"  - {{id: f{i}, figure: '5', what: '{h.replace(chr(39), chr(39) * 2)}', source: '{h.replace(chr(39), chr(39) * 2)}'}}"
        for i, h in enumerate(HOSTILE)
    )
    sheet = parse_sheet(f"title: T\nfacts:\n{facts}\n", "<sheet " + HOSTILE[1] + ">")
    return review_html(review(sheet, article))


def test_article_and_sheet_text_is_escaped() -> None:
    page = hostile_page()
    assert re.search(r"<(script|img|b)\b", page) is None  # no tag of theirs, only text
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp;amp; &amp;lt;" in page


def test_the_page_is_one_file_with_nothing_to_fetch() -> None:
    article = (ROOT / "examples" / "harbour-flood" / "revised.txt").read_text(encoding="utf-8")
    page = review_html(review(load_sheet(ROOT / "examples" / "harbour-flood" / "facts.yaml"), parse_article(article)))
    assert not re.search(r"<(script|link|img|iframe|object)\b|@import|url\(|https?://", page)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_show_format_html_is_still_the_plain_table() -> None:
    result = run_cli("show", "--format", "html")
    assert result.stdout.startswith("<table>") and "<mark" not in result.stdout


def test_diff_writes_the_page_with_o_and_refuses_to_overwrite(tmp_path: Path) -> None:
    example = ROOT / "examples" / "harbour-flood"
    target = tmp_path / "review.html"
    args = ["diff", str(example / "facts.yaml"), str(example / "revised.txt"), "--format", "html", "-o", str(target)]
    assert run_cli(*args).returncode == 1  # findings, written
    assert target.read_text(encoding="utf-8").count("<mark") == 21
    again = run_cli(*args)
    assert (again.returncode, again.stderr) == (2, f"factsheet: {target}: already exists; use --force to replace it\n")


def revision_of(article_text: str) -> str:
    """One finding of each status, derived in memory from the real article."""
    edits = [
        ("at more than 200,", "at more than 300,"),
        ("while Azerbaijan most recently", "while Armenian sources most recently"),
        (", including more than a thousand civilians.", "."),
        ("first re-erupted.", "first re-erupted. Four villages were shelled."),
    ]
    for old, new in edits:
        assert article_text.count(old) == 1
        article_text = article_text.replace(old, new)
    return article_text


@pytest.fixture
def browser_page():  # type: ignore[no-untyped-def]
    playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is a test dependency: pip install '.[test]'")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does)")
    with playwright_api.sync_playwright() as playwright, tempfile_dir() as profile:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS, viewport={"width": 1000, "height": 800}
        )
        try:
            yield browser.pages[0] if browser.pages else browser.new_page()
        finally:
            browser.close()


def tempfile_dir():  # type: ignore[no-untyped-def]
    import tempfile

    return tempfile.TemporaryDirectory(prefix="factsheet-chromium-")


def open_review(browser_page, article_text: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The review of the revision as a page in the browser: the review, and the page."""
    result = review(load_sheet(FACTS), parse_article(revision_of(article_text)))
    page_file = tmp_path / "review.html"
    page_file.write_text(review_html(result), encoding="utf-8")
    browser_page.goto(page_file.as_uri())
    return result, browser_page


def test_the_page_works_in_a_real_browser(browser_page, article_text: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, page = open_review(browser_page, article_text, tmp_path)

    # Every figure of the text is highlighted with its status, as many as the review counts.
    for status, count in result.summary.items():
        if status is not Status.NOT_IN_ARTICLE:
            assert page.locator(f"main mark[data-status='{status.value}']").count() == count, status
        assert page.locator(f".summary li[data-status='{status.value}'] .count").inner_text() == str(count)
    assert page.locator("main mark").count() == len(result.findings) - result.summary[Status.NOT_IN_ARTICLE] == 18
    # Each paragraph of the article stays one paragraph of the page: nothing in a mark breaks it.
    assert page.locator("main > p, main > h1").count() == len(parse_article(revision_of(article_text)).paragraphs)
    assert page.locator("main .row:visible").count() == 0
    assert page.locator("#findings tr[data-status='not-in-article']").count() == 1

    # Hover shows the sheet's row; so does keyboard focus.
    changed = page.locator("main mark[data-status='changed']")
    row = changed.locator(".row")
    assert not row.is_visible()
    changed.hover()
    assert row.is_visible()
    assert "more than 200" in row.inner_text() and "more than 300" in row.inner_text()
    page.mouse.move(0, 0)
    assert not row.is_visible()
    added = page.locator("main mark[data-status='not-in-sheet']")
    added.focus()
    assert added.locator(".row").is_visible()

    # A findings link jumps to its figure in the text.
    link = page.locator("#findings tr[data-status='source-differs'] a").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"main mark{target}").is_visible()
    assert page.evaluate(f"document.querySelector('{target}').getBoundingClientRect().top") < 800

    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    assert (tmp_path / "review.png").stat().st_size > 10_000


def test_the_page_leads_with_what_needs_attention(browser_page, article_text: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, page = open_review(browser_page, article_text, tmp_path)
    attention = page.locator("header .attention li")
    assert attention.count() == len(result.findings) - result.summary[Status.OK]
    # Above the article, before any hover: the old figure struck through beside the new one,
    # and a fact the article lacks with the sheet's words around it.
    assert page.locator("header .attention").bounding_box()["y"] < page.locator("main").bounding_box()["y"]  # type: ignore[index]
    assert page.locator("header .attention li[data-status='changed'] del").inner_text() == "more than 200"
    assert page.locator("main mark[data-status='changed'] del.was").is_visible()
    missing = page.locator("header .attention li[data-status='not-in-article']").inner_text()
    assert "not in the article" in missing and "including more than a thousand civilians" in missing
    # The ok findings are folded away until asked for, with no script on the page.
    ok_rows = page.locator("#findings details.ok-findings tr[data-status='ok']")
    assert ok_rows.count() == result.summary[Status.OK] and not ok_rows.first.is_visible()
    page.locator("#findings details.ok-findings summary").click()
    assert ok_rows.first.is_visible()
    assert page.locator("script").count() == 0


def test_a_hostile_article_runs_nothing_in_the_browser(browser_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page_file = tmp_path / "hostile.html"
    page_file.write_text(hostile_page(), encoding="utf-8")
    dialogs: list[str] = []
    browser_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    browser_page.goto(page_file.as_uri())
    browser_page.locator("main mark").first.hover()
    assert dialogs == []
    assert browser_page.locator("script, img, b").count() == 0
    assert '<script>alert("x")</script>' in browser_page.locator("h1").inner_text()
