"""Many articles at once: every sheet beside its article, reviewed in parallel.

A sheet `NAME.facts.yaml` belongs to the article `NAME.txt`, `.md`, `.html` or `.docx`
in the same folder. A sheet without an article, or an article without a sheet, is
reported, never skipped silently.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FactsheetError
from .review import Status

SHEET_SUFFIX = ".facts.yaml"
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".docx")
_IN_PROCESS_BELOW = 4  # fewer pairs than this are not worth starting processes for


@dataclass(frozen=True)
class Pair:
    sheet: Path
    article: Path


@dataclass(frozen=True)
class Unpaired:
    path: Path
    missing: str  # "article" or "sheet"

    def __str__(self) -> str:
        if self.missing == "article":
            stem = self.path.name[: -len(SHEET_SUFFIX)]
            return f"{self.path}: no article beside it ({stem}{{{','.join(ARTICLE_SUFFIXES)}}})"
        return f"{self.path}: no sheet beside it ({self.path.stem}{SHEET_SUFFIX})"


@dataclass(frozen=True)
class PairResult:
    pair: Pair
    report: str  # the text report, or empty for JSON and on an error
    summary: dict[str, int] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)  # the JSON records of the findings
    error: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.error and all(count == 0 for status, count in self.summary.items() if status != Status.OK.value)


def find_pairs(folder: str | Path) -> tuple[list[Pair], list[Unpaired]]:
    """Every sheet and article below `folder`, paired by name, in path order."""
    root = Path(folder)
    if not root.is_dir():
        raise FactsheetError(f"{root}: not a folder")
    files = sorted(p for p in root.rglob("*") if p.is_file() and _relevant(p))
    return pair_files(files)


def pair_files(files: Iterable[Path]) -> tuple[list[Pair], list[Unpaired]]:
    """Pair the given files with their partners on disk (a touched sheet finds its article)."""
    pairs: dict[tuple[Path, Path], Pair] = {}
    unpaired: list[Unpaired] = []
    for path in files:
        if path.name.endswith(SHEET_SUFFIX):
            stem = path.name[: -len(SHEET_SUFFIX)]
            article = next((path.with_name(stem + s) for s in ARTICLE_SUFFIXES if path.with_name(stem + s).is_file()), None)
            if article is None:
                unpaired.append(Unpaired(path, "article"))
            else:
                pairs[(path, article)] = Pair(path, article)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            sheet = path.with_name(path.stem + SHEET_SUFFIX)
            if sheet.is_file():
                pairs[(sheet, path)] = Pair(sheet, path)
            else:
                unpaired.append(Unpaired(path, "sheet"))
    return sorted(pairs.values(), key=lambda p: str(p.sheet)), unpaired


def review_pair(pair: Pair, fmt: str = "text") -> PairResult:
    """Review one pair; an unreadable sheet or article is its error, not the batch's."""
    from .article import read_article
    from .report import finding_record, render_review
    from .review import review
    from .sheet import load_sheet

    try:
        result = review(load_sheet(pair.sheet), read_article(pair.article))
    except FactsheetError as error:
        return PairResult(pair, "", error=error.lines)
    report = render_review(result, "text") if fmt == "text" else ""
    records = [finding_record(f) for f in result.findings] if fmt == "json" else []
    return PairResult(pair, report, summary={s.value: n for s, n in result.summary.items()}, findings=records)


def review_pairs(
    pairs: list[Pair], fmt: str = "text", jobs: int | None = None, progress: Callable[[int, int], None] | None = None
) -> Iterator[PairResult]:
    """Every pair's result, in the order given, reviewed by up to `jobs` processes."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(pairs) < _IN_PROCESS_BELOW:
        results: Iterable[PairResult] = (review_pair(pair, fmt) for pair in pairs)
        yield from _counted(results, len(pairs), progress)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, len(pairs) // (jobs * 8))
        yield from _counted(pool.map(review_pair, pairs, [fmt] * len(pairs), chunksize=chunk), len(pairs), progress)


def _counted(results: Iterable[PairResult], total: int, progress: Callable[[int, int], None] | None) -> Iterator[PairResult]:
    for done, result in enumerate(results, start=1):
        if progress:
            progress(done, total)
        yield result


def _relevant(path: Path) -> bool:
    return path.name.endswith(SHEET_SUFFIX) or path.suffix.lower() in ARTICLE_SUFFIXES
