"""Make docs/review.png, the README's picture of the review page, from examples/.

    pip install '.[test]' && python scripts/screenshot.py

Uses Playwright with the system's Chromium (Debian: apt-get install chromium); the page is
the example article of our own, never a real article.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from factsheet import load_sheet, read_article
from factsheet.page import review_html
from factsheet.review import review

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.browser import CHROMIUM, LAUNCH_ARGS  # noqa: E402  (the browser the page tests use)

EXAMPLE = ROOT / "examples" / "harbour-flood"


def main() -> int:
    output = ROOT / "docs" / "review.png"
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        page_file = Path(folder) / "review.html"
        sheet = load_sheet(EXAMPLE.relative_to(ROOT) / "facts.yaml") if Path.cwd() == ROOT else load_sheet(EXAMPLE / "facts.yaml")
        article = (
            read_article(EXAMPLE.relative_to(ROOT) / "revised.txt")
            if Path.cwd() == ROOT
            else read_article(EXAMPLE / "revised.txt")
        )
        page_file.write_text(review_html(review(sheet, article)), encoding="utf-8")
        browser = playwright.chromium.launch_persistent_context(
            Path(folder) / "profile",
            executable_path=CHROMIUM,
            headless=True,
            args=LAUNCH_ARGS,
            viewport={"width": 900, "height": 900},
            device_scale_factor=1,
        )
        page = browser.new_page()
        page.goto(page_file.as_uri())
        page.locator("main mark[data-status='changed']").hover()
        page.screenshot(path=str(output), full_page=True)
        browser.close()
    print(f"wrote {output.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
