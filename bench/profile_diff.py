"""Where the time of a 10 MB `factsheet diff` goes: the whole command, profiled.

    python bench/profile_diff.py [--size 10000000]

The article is generated (bench/newsgen.py), its sheet drafted by `factsheet extract`;
then `factsheet diff --format json` runs in this process under pyinstrument (a
sampling profiler: it barely slows what it watches), or cProfile where pyinstrument is
not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgen import news_text

from factsheet.cli import main as factsheet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000_000)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="factsheet-profile-"))
    article, sheet = folder / "article.txt", folder / "facts.yaml"
    article.write_text(news_text(args.size), encoding="utf-8")
    factsheet(["extract", str(article), "-o", str(sheet)])
    command = ["diff", "--format", "json", str(sheet), str(article)]
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        with contextlib.redirect_stdout(io.StringIO()):
            profile.runcall(factsheet, command)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        return 0
    profiler = Profiler(interval=0.001)
    with contextlib.redirect_stdout(io.StringIO()):
        profiler.start()
        factsheet(command)
        profiler.stop()
    print(profiler.output_text(unicode=False, color=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
