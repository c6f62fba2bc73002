"""Scaling: diff and extract against article size and sheet size, time and peak memory.

    python bench/scaling.py [--max-size 10000000] [--max-facts 10000]

Each point runs in a fresh process (its peak resident memory is its own). The exponent
is the slope of log(time) against log(size), fitted by least squares. Targets: exponent
<= 1.15 in both dimensions; peak memory <= 10x the article's size + 50 MB.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, {here!r})
from newsgen import news_text
from factsheet import parse_article
from factsheet.extract import draft_sheet
from factsheet.review import review
mode, size = sys.argv[1], int(sys.argv[2])
if mode == "article":
    text = news_text(size)
    start = time.perf_counter()
    article = parse_article(text)
    sheet = draft_sheet(article)
    extract = time.perf_counter() - start
    start = time.perf_counter()
    result = review(sheet, parse_article(text))
    diff = time.perf_counter() - start
    assert result.clean
    facts = len(sheet.facts)
else:  # a sheet of `size` facts against its article
    text = news_text(size * 50)
    while True:
        article = parse_article(text)
        sheet = draft_sheet(article)
        if len(sheet.facts) >= size:
            break
        text = news_text(len(text) * 2)
    from factsheet.sheet import Sheet
    sheet = Sheet(sheet.title, sheet.facts[:size])
    start = time.perf_counter()
    review(sheet, article)
    diff = time.perf_counter() - start
    extract, facts = 0.0, size
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"bytes": len(text.encode()), "facts": facts, "extract": extract, "diff": diff, "peak": peak}}))
"""


def run(mode: str, size: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", WORKER.format(here=str(HERE)), mode, str(size)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def exponent(xs: list[float], ys: list[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-size", type=int, default=10_000_000)
    parser.add_argument("--max-facts", type=int, default=10_000)
    args = parser.parse_args(argv)
    print(f"machine: {platform.machine()}; Python {platform.python_version()}")
    sizes = [s for s in (10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max_size]
    print(f"\n{'article':>10}  {'facts':>7}  {'extract s':>9}  {'diff s':>7}  {'peak MB':>7}  {'limit MB':>8}")
    points = []
    for size in sizes:
        point = run("article", size)
        points.append(point)
        limit = 10 * point["bytes"] / 1e6 + 50
        print(
            f"{point['bytes']:>10}  {point['facts']:>7}  {point['extract']:>9.3f}  {point['diff']:>7.3f}"
            f"  {point['peak'] / 1e6:>7.1f}  {limit:>8.1f}"
        )
    byte_sizes = [p["bytes"] for p in points]
    print(
        f"exponent of time against article size: extract {exponent(byte_sizes, [p['extract'] for p in points]):.2f}, "
        f"diff {exponent(byte_sizes, [p['diff'] for p in points]):.2f} (target <= 1.15)"
    )

    counts = [n for n in (10, 100, 1_000, 10_000) if n <= args.max_facts]
    print(f"\n{'facts':>7}  {'diff s':>7}  {'peak MB':>7}")
    sheet_points = []
    for count in counts:
        point = run("sheet", count)
        sheet_points.append(point)
        print(f"{count:>7}  {point['diff']:>7.3f}  {point['peak'] / 1e6:>7.1f}")
    print(f"exponent of diff time against sheet size: {exponent(counts, [p['diff'] for p in sheet_points]):.2f} (target <= 1.15)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
