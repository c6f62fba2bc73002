"""`diff --all` on many generated pairs: one process against --jobs processes.

    python bench/many.py [--pairs 10000]

Each pair is a short generated article (bench/newsgen.py) and the sheet drafted from it,
written to a temporary folder; the run is timed as a real CLI process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgen import news_text

from factsheet import parse_article
from factsheet.extract import draft_sheet
from factsheet.sheet import dump_sheet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for number in range(args.pairs):
            text = news_text(1_500, seed=number)
            (root / f"story{number:05d}.txt").write_text(text, encoding="utf-8")
            (root / f"story{number:05d}.facts.yaml").write_text(dump_sheet(draft_sheet(parse_article(text))), encoding="utf-8")
        cpus = os.cpu_count() or 1
        print(f"{args.pairs} pairs of about 1.5 KB; {cpus} CPUs")
        times = {}
        for jobs in sorted({1, cpus}):
            start = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "factsheet", "diff", "--all", folder, "--jobs", str(jobs)], capture_output=True, text=True
            )
            times[jobs] = time.perf_counter() - start
            last = result.stdout.splitlines()[-1] if result.stdout else result.stderr
            print(f"--jobs {jobs}: {times[jobs]:.1f} s, {args.pairs / times[jobs]:.0f} pairs/s, exit {result.returncode}: {last}")
        if len(times) > 1:
            print(f"speed-up with {cpus} processes: {times[1] / times[cpus]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
