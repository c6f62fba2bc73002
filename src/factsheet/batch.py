"""Many articles at once: every sheet beside its article, reviewed in parallel.

A sheet `NAME.facts.yaml` belongs to the article `NAME.txt`, `.md`, `.html` or `.docx`
in the same folder. A sheet without an article, or an article without a sheet, is
reported, never skipped silently.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FactsheetError
from .review import Status

SHEET_SUFFIX = ".facts.yaml"
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".docx")
_IN_PROCESS_BELOW = 4
MAX_JOBS_PER_CPU = 4  # fewer pairs than this are not worth starting processes for


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


@dataclass(frozen=True)
class Skipped:
    """A file or folder that was not read, and why: never silently."""

    path: Path
    reason: str
    unreadable: bool = False  # a folder or file that should have been read and could not be

    def __str__(self) -> str:
        return f"{self.path}: {'cannot read' if self.unreadable else 'skipped'}: {self.reason}"


@dataclass(frozen=True)
class Folder:
    """What a walk of a folder found: the pairs, the files without a partner, and what it left."""

    pairs: list[Pair]
    unpaired: list[Unpaired]
    skipped: list[Skipped]

    @property
    def unreadable(self) -> list[Skipped]:
        return [s for s in self.skipped if s.unreadable]


def find_pairs(folder: str | Path) -> tuple[list[Pair], list[Unpaired]]:
    """Every sheet and article below `folder`, paired by name, in path order."""
    found = walk_folder(folder)
    return found.pairs, found.unpaired


def walk_folder(folder: str | Path) -> Folder:
    """Every sheet and article below `folder`, paired by name, in path order.

    Only regular files whose real path lies inside the folder are read: a symbolic link
    that leads out of it (to a key file, to /proc) or to a folder, a FIFO or a device is
    skipped, and said so. The walk is iterative, so no depth of folders exhausts it, and
    an unreadable folder is reported, never passed over.
    """
    root = Path(folder)
    if not root.is_dir():
        raise FactsheetError(f"{root}: not a folder")
    real_root = os.path.realpath(root)
    files: list[Path] = []
    skipped: list[Skipped] = []
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            with os.scandir(directory) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError as error:
            skipped.append(Skipped(directory, error.strerror or "cannot list it", unreadable=True))
            continue
        for entry in reversed(listing):
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    reason = _link_refused(path, real_root)
                    if reason is None:
                        files.append(path)
                    elif _relevant(path):
                        skipped.append(Skipped(path, reason))
                elif entry.is_dir(follow_symlinks=False):
                    stack.append(path)
                elif _relevant(path):
                    if entry.is_file(follow_symlinks=False):
                        files.append(path)
                    else:
                        skipped.append(Skipped(path, "not a regular file"))
            except OSError as error:
                skipped.append(Skipped(path, error.strerror or "cannot read it", unreadable=True))
    pairs, unpaired = _pair(sorted(files), set(files))
    return Folder(pairs, unpaired, sorted(skipped, key=lambda s: str(s.path)))


def _link_refused(path: Path, real_root: str) -> str | None:
    """Why a symbolic link is not followed, or None when it leads to a regular file inside the folder."""
    target = os.path.realpath(path)
    if os.path.commonpath([real_root, target]) != real_root:
        return "a symbolic link that leads out of the folder"
    if not os.path.isfile(target):
        return "a symbolic link to a folder or to something that is not a regular file"
    return None


def pair_files(files: Iterable[Path]) -> tuple[list[Pair], list[Unpaired]]:
    """Pair the given files with their partners on disk (a touched sheet finds its article)."""
    return _pair(list(files), None)


def pair_touched(files: Iterable[Path]) -> Folder:
    """The pairs the named files belong to; a name that is not a regular file (a FIFO, a
    device, a folder) is skipped and said so, never opened."""
    regular: list[Path] = []
    skipped: list[Skipped] = []
    for path in files:
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            if _relevant(path):
                skipped.append(
                    Skipped(path, error.strerror or "cannot read it", unreadable=not isinstance(error, FileNotFoundError))
                )
            continue
        if stat.S_ISREG(mode):
            regular.append(path)
        elif _relevant(path):
            skipped.append(Skipped(path, "not a regular file"))
    pairs, unpaired = _pair(regular, None)
    return Folder(pairs, unpaired, skipped)


def _pair(files: list[Path], allowed: set[Path] | None) -> tuple[list[Pair], list[Unpaired]]:
    """Pairs among `files`; a partner is looked for on disk, and only among `allowed` when given."""

    def present(path: Path) -> bool:
        return path in allowed if allowed is not None else path.is_file()

    pairs: dict[tuple[Path, Path], Pair] = {}
    unpaired: list[Unpaired] = []
    for path in files:
        if path.name.endswith(SHEET_SUFFIX):
            stem = path.name[: -len(SHEET_SUFFIX)]
            article = next((path.with_name(stem + s) for s in ARTICLE_SUFFIXES if present(path.with_name(stem + s))), None)
            if article is None:
                unpaired.append(Unpaired(path, "article"))
            else:
                pairs[(path, article)] = Pair(path, article)
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            sheet = path.with_name(path.stem + SHEET_SUFFIX)
            if present(sheet):
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
    except Exception as error:  # a bug of ours on one pair: that pair's error, and the others still reviewed
        return PairResult(pair, "", error=[f"internal error: {type(error).__name__}: {error}"])
    report = render_review(result, "text") if fmt == "text" else ""
    records = [finding_record(f) for f in result.findings] if fmt == "json" else []
    return PairResult(pair, report, summary={s.value: n for s, n in result.summary.items()}, findings=records)


def review_pairs(
    pairs: list[Pair], fmt: str = "text", jobs: int | None = None, progress: Callable[[int, int], None] | None = None
) -> Iterator[PairResult]:
    """Every pair's result, in the order given, reviewed by up to `jobs` processes."""
    jobs = processes_for(jobs, len(pairs))
    if jobs == 1 or len(pairs) < _IN_PROCESS_BELOW:
        results: Iterable[PairResult] = (review_pair(pair, fmt) for pair in pairs)
        yield from _counted(results, len(pairs), progress)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, len(pairs) // (jobs * 8))
        yield from _counted(pool.map(review_pair, pairs, [fmt] * len(pairs), chunksize=chunk), len(pairs), progress)


def processes_for(requested: int | None, pairs: int) -> int:
    """Never more processes than pairs, nor more than a few per CPU ("--jobs 600" for six pairs starts six).

    >>> processes_for(600, 6)
    6
    """
    cpus = os.cpu_count() or 1
    return max(1, min(requested or cpus, pairs, MAX_JOBS_PER_CPU * cpus))


def _counted(results: Iterable[PairResult], total: int, progress: Callable[[int, int], None] | None) -> Iterator[PairResult]:
    for done, result in enumerate(results, start=1):
        if progress:
            progress(done, total)
        yield result


def _relevant(path: Path) -> bool:
    return path.name.endswith(SHEET_SUFFIX) or path.suffix.lower() in ARTICLE_SUFFIXES
