"""Start-up: `factsheet show` and `factsheet diff --format json` against bare imports.

    python bench/startup.py [--runs 15]

Each command and its floor run alternately, as fresh processes; medians are compared.
Targets: show <= 1.3x `python -c "import yaml, tabulate"`, diff --format json <= 1.3x
`python -c "import yaml"`. The package's bytecode is compiled first, as `pip install`
does (an editable install, or PYTHONDONTWRITEBYTECODE, would otherwise compile every
module at every start). A third row shows what the style's frozen dataclasses cost on
their own: `import yaml, dataclasses`.
"""

from __future__ import annotations

import argparse
import compileall
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT.parent / "shared" / "articles" / "nagorno-karabakh-fresh-fighting.txt"
if not ARTICLE.is_file():
    ARTICLE = ROOT / "examples" / "harbour-flood" / "article.txt"
FACTS = ROOT / "facts.yaml" if ARTICLE.parent.name == "articles" else ROOT / "examples" / "harbour-flood" / "facts.yaml"
# The command as users run it: the console script `pip install` writes beside Python.
SCRIPT = Path(sys.executable).with_name("factsheet")
FACTSHEET = [str(SCRIPT)] if SCRIPT.is_file() else [sys.executable, "-m", "factsheet"]
PAIRS = {
    "show": ([*FACTSHEET, "show", str(FACTS)], [sys.executable, "-c", "import yaml, tabulate"]),
    "diff --format json": (
        [*FACTSHEET, "diff", "--format", "json", str(FACTS), str(ARTICLE)],
        [sys.executable, "-c", "import yaml"],
    ),
    "import dataclasses": ([sys.executable, "-c", "import yaml, dataclasses"], [sys.executable, "-c", "import yaml"]),
}


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    import factsheet

    compileall.compile_dir(Path(factsheet.__file__).parent, quiet=1)
    print(f"machine: {platform.machine()}; Python {platform.python_version()}; {args.runs} runs each, alternating")
    print(f"command: {' '.join(FACTSHEET)}")
    print(f"{'command':<20}  {'median s':>8}  {'floor s':>7}  {'ratio':>5}  target")
    for name, (command, floor) in PAIRS.items():
        ours, base = [], []
        for _ in range(args.runs):
            ours.append(wall(command))
            base.append(wall(floor))
        ratio = statistics.median(ours) / statistics.median(base)
        verdict = ("met" if ratio <= 1.3 else "NOT met") if name != "import dataclasses" else "(reference)"
        print(f"{name:<20}  {statistics.median(ours):>8.3f}  {statistics.median(base):>7.3f}  {ratio:>5.2f}  <= 1.3 {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
