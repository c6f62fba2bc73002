"""How the .html reader reads real pages: figures let in from around the article, figures lost.

For each page of ../shared/html/readability-pages, the figures `extract` finds in the page
read by our reader, against those in `expected.html` (Readability.js's own output: a rough
reference, not gold), counted as multisets of figure texts; per page and in total, with the
milliseconds each page takes. Run from the repository root:

    pip install '.[html]' && python bench/html_pages.py [PAGES_DIR] [--show PAGE]

(Not bench/html.py: run as a script, a file of that name stands in for the standard
library's html module, which article extractors import.)
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from factsheet import find_figures
from factsheet.formats import FORMATS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = ROOT.parent / "shared" / "html" / "readability-pages"


def figures(text: str) -> Counter[str]:
    return Counter(" ".join(m.text.split()) for m in find_figures(text))


def reference_text(page: Path) -> str:
    """The text of Readability.js's extraction, one paragraph a block, read with no boilerplate removal."""
    import lxml.html

    document = lxml.html.fragment_fromstring(
        gzip.decompress((page / "expected.html.gz").read_bytes()).decode("utf-8"), create_parent="div"
    )
    # A table's rows are blocks, their cells apart ("Red Hat | 8417 | 38.0%"), as a reader shows them;
    # not a row that holds tables (a page laid out in tables), whose own blocks are read.
    rows = ".//tr[not(.//table)]"
    quotations = ".//blockquote[not(.//tr)]"  # a table set in a <blockquote> is read by its rows
    blocks = document.xpath(f".//p|.//li|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//figcaption|{quotations}|.//pre|{rows}")
    # A block inside a quotation or a row is the quotation's or the row's: counted once, with it.
    inside = "ancestor::p|ancestor::li|ancestor::tr[not(.//table)]|ancestor::blockquote[not(.//tr)]"
    return "\n\n".join(_block_text(b) for b in blocks if not b.xpath(inside))


def _block_text(block: Any) -> str:
    if block.tag == "tr":
        return " | ".join(" ".join(cell.text_content().split()) for cell in block if cell.tag in ("td", "th"))
    return " ".join(block.text_content().split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--show", metavar="PAGE", help="print the figures let in and lost on one page")
    args = parser.parse_args(argv)
    pages = sorted(p for p in args.pages.iterdir() if (p / "source.html.gz").is_file()) if args.pages.is_dir() else []
    if not pages:
        print(f"html: no pages in {args.pages}; put the shared material beside this repository (../shared/html)", file=sys.stderr)
        return 2
    read = FORMATS["html"].read
    total_in = total_lost = total_reference = empty = 0
    elapsed = 0.0
    print(f"{'page':<20} {'reference':>9} {'ours':>6} {'let in':>7} {'lost':>6} {'ms':>7}")
    for page in pages:
        data = gzip.decompress((page / "source.html.gz").read_bytes())
        start = time.perf_counter()
        text = read(data, page.name, lambda raw: raw.decode("utf-8", errors="replace"))
        milliseconds = (time.perf_counter() - start) * 1000
        elapsed += milliseconds
        ours, reference = figures(text), figures(reference_text(page))
        let_in, lost = ours - reference, reference - ours
        total_in += sum(let_in.values())
        total_lost += sum(lost.values())
        total_reference += sum(reference.values())
        empty += bool(reference) and not ours
        print(
            f"{page.name:<20} {sum(reference.values()):>9} {sum(ours.values()):>6} "
            f"{sum(let_in.values()):>7} {sum(lost.values()):>6} {milliseconds:>7.1f}"
        )
        if args.show == page.name:
            print("  let in:", dict(let_in))
            print("  lost:  ", dict(lost))
    print(
        f"{'total':<20} {total_reference:>9} {'':>6} {total_in:>7} {total_lost:>6} {elapsed / len(pages):>7.1f} "
        f"(ms a page); pages read empty: {empty}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
