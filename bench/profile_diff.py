"""Profile `diff` on a generated 10 MB article against its drafted sheet (cProfile).

python bench/profile_diff.py [--size 10000000] [--top 15]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgen import news_text

from factsheet import parse_article
from factsheet.extract import draft_sheet
from factsheet.review import review


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000_000)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    text = news_text(args.size)
    sheet = draft_sheet(parse_article(text))
    profile = cProfile.Profile()
    profile.enable()
    review(sheet, parse_article(text))
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
