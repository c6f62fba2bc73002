"""Scaling: `factsheet extract` and `factsheet diff` against article size and sheet size.

    python bench/scaling.py [--max-size 10000000] [--max-facts 10000]

Each point runs the real command as a fresh process, timed from outside, its peak
resident memory read from the kernel (the most the process ever held). The exponent is
the slope of log(time) against log(size), fitted by least squares on the time the work
takes: each command's time on the smallest input (start-up, imports) is taken off first,
or it would flatten the slope; points with less than 0.05 s of work are left out of the
fit. Targets: exponent <= 1.15 in both dimensions; peak
memory <= 10x the article's size + 50 MB.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from newsgen import news_text  # noqa: E402

# A wrapper process per command, so the children's peak it reads is that command's alone.
MEASURE = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "peak": peak, "status": done.returncode}))
"""


# Loading each sheet and matching it against the article, best of three, in one process.
MATCH = r"""
import json, sys, time
from factsheet import attribute, read_article
from factsheet.review import compare
from factsheet.sheet import load_sheet
article = read_article(sys.argv[1])
mentions = attribute(article)
times = []
for path in sys.argv[2:]:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        compare(load_sheet(path), article, mentions)
        best = min(best, time.perf_counter() - start)
    times.append(best)
print(json.dumps(times))
"""


def measure(*arguments: str) -> dict[str, float]:
    command = [sys.executable, "-c", MEASURE, sys.executable, "-m", "factsheet", *arguments]
    result = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    if result["status"] not in (0, 1):  # diff exits 1 when it has findings
        raise SystemExit(f"factsheet {' '.join(arguments)} failed with status {result['status']}")
    return result


MEASURABLE = 0.05  # seconds of work above start-up: below that, noise decides the slope


def exponent(xs: list[float], ys: list[float], base: float = 0.0) -> str:
    kept = [(x, y - base) for x, y in zip(xs, ys, strict=True) if y - base >= MEASURABLE]
    if len(kept) < 2:
        return "too little work to fit"
    lx, ly = [math.log(x) for x, _ in kept], [math.log(y) for _, y in kept]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    slope = sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)
    return f"{slope:.2f} (over {len(kept)} points)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-size", type=int, default=10_000_000)
    parser.add_argument("--max-facts", type=int, default=10_000)
    args = parser.parse_args(argv)
    print(f"machine: {platform.machine()}; Python {platform.python_version()}")
    folder = Path(tempfile.mkdtemp(prefix="factsheet-scaling-"))

    sizes = [s for s in (10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max_size]
    header = f"{'article':>10}  {'facts':>7}  {'extract s':>9}  {'peak MB':>7}  {'diff s':>7}  {'peak MB':>7}  {'limit MB':>8}"
    print(f"\nextract ARTICLE, then diff its draft against it\n{header}")
    tiny, tiny_sheet = folder / "tiny.txt", folder / "tiny.yaml"
    tiny.write_text(news_text(300), encoding="utf-8")
    start_extract = measure("extract", str(tiny), "-o", str(tiny_sheet), "--force")["seconds"]
    start_diff = measure("diff", "--format", "json", str(tiny_sheet), str(tiny))["seconds"]
    print(f"start-up (a {tiny.stat().st_size}-byte article): extract {start_extract:.3f} s, diff {start_diff:.3f} s")
    points = []
    for size in sizes:
        article, sheet = folder / f"a{size}.txt", folder / f"a{size}.yaml"
        article.write_text(news_text(size), encoding="utf-8")
        extract = measure("extract", str(article), "-o", str(sheet), "--force")
        diff = measure("diff", "--format", "json", str(sheet), str(article))
        assert diff["status"] == 0, "the draft of an article must stand against it"
        facts = sheet.read_text(encoding="utf-8").count("\n  - id: ")
        size_bytes = article.stat().st_size
        points.append((size_bytes, extract, diff))
        print(
            f"{size_bytes:>10}  {facts:>7}  {extract['seconds']:>9.3f}  {extract['peak'] / 1e6:>7.1f}"
            f"  {diff['seconds']:>7.3f}  {diff['peak'] / 1e6:>7.1f}  {10 * size_bytes / 1e6 + 50:>8.1f}"
        )
    byte_sizes = [p[0] for p in points]
    extract_fit = exponent(byte_sizes, [p[1]["seconds"] for p in points], start_extract)
    diff_fit = exponent(byte_sizes, [p[2]["seconds"] for p in points], start_diff)
    print(f"exponent of time against article size: extract {extract_fit}, diff {diff_fit} (target <= 1.15)")

    counts = [n for n in (10, 100, 1_000, 10_000) if n <= args.max_facts]
    article = folder / "sheets.txt"
    article.write_text(news_text(max(counts) * 140), encoding="utf-8")
    full = folder / "sheets-full.yaml"
    measure("extract", str(article), "-o", str(full), "--force")
    head, _, body = full.read_text(encoding="utf-8").partition("facts:\n")
    items = body.split("\n  - id: ")
    sheets = []
    for count in counts:
        sheet = folder / f"sheet{count}.yaml"
        sheet.write_text(head + "facts:\n" + "\n  - id: ".join(items[:count]).rstrip("\n") + "\n", encoding="utf-8")
        sheets.append(sheet)
    # The facts' own cost: loading the sheet and matching it, against one article read once.
    matching = json.loads(
        subprocess.run(
            [sys.executable, "-c", MATCH, str(article), *map(str, sheets)], capture_output=True, text=True, check=True
        ).stdout
    )
    print(f"\ndiff a sheet of N facts against one article ({article.stat().st_size} bytes)")
    print(f"{'facts':>7}  {'load + match s':>14}  {'diff s':>7}  {'peak MB':>7}")
    for count, sheet, seconds in zip(counts, sheets, matching, strict=True):
        diff = measure("diff", "--format", "json", str(sheet), str(article))
        print(f"{count:>7}  {seconds:>14.4f}  {diff['seconds']:>7.3f}  {diff['peak'] / 1e6:>7.1f}")
    print(f"exponent of load + match time against sheet size: {exponent(counts, matching)} (target <= 1.15)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
