"""Many articles at once: --all DIR, --touched, and the pre-commit hook."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factsheet.batch import Pair, find_pairs, review_pairs

from .conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "harbour-flood"


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A folder of sheets beside articles: one clean, one revised, and two without partners."""
    (tmp_path / "desk").mkdir()
    shutil.copy(EXAMPLE / "facts.yaml", tmp_path / "flood.facts.yaml")
    shutil.copy(EXAMPLE / "revised.txt", tmp_path / "flood.txt")
    shutil.copy(EXAMPLE / "facts.yaml", tmp_path / "desk" / "calm.facts.yaml")
    shutil.copy(EXAMPLE / "article.txt", tmp_path / "desk" / "calm.txt")
    (tmp_path / "desk" / "draft.md").write_text("# A draft\n\nNo sheet yet for 12 figures.\n", encoding="utf-8")
    shutil.copy(EXAMPLE / "facts.yaml", tmp_path / "orphan.facts.yaml")
    return tmp_path


def test_pairs_are_found_by_name_and_partnerless_files_reported(newsroom: Path) -> None:
    pairs, unpaired = find_pairs(newsroom)
    assert [(p.sheet.name, p.article.name) for p in pairs] == [("calm.facts.yaml", "calm.txt"), ("flood.facts.yaml", "flood.txt")]
    assert [(u.path.name, u.missing) for u in unpaired] == [("draft.md", "sheet"), ("orphan.facts.yaml", "article")]


def test_all_prints_a_section_per_pair_and_a_total(newsroom: Path) -> None:
    result = run_cli("diff", "--all", str(newsroom))
    assert result.returncode == 1
    sections = [line for line in result.stdout.splitlines() if line.startswith("=== ")]
    assert sections == [
        f"=== {newsroom}/desk/calm.facts.yaml against {newsroom}/desk/calm.txt",
        f"=== {newsroom}/flood.facts.yaml against {newsroom}/flood.txt",
        f"=== {newsroom}/desk/draft.md: no sheet beside it (draft.facts.yaml)",
        f"=== {newsroom}/orphan.facts.yaml: no article beside it (orphan{{.txt,.md,.html,.docx}})",
    ]
    counts = "38 ok, 1 changed, 1 source-differs, 1 what-differs, 1 not-in-article, 1 not-in-sheet"
    assert result.stdout.splitlines()[-1] == f"2 pairs: 1 with findings, 0 errors, 2 unpaired; {counts}"
    assert result.stderr == "", "no progress bar when standard error is not a terminal"


def test_all_exits_0_when_every_pair_is_clean(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE / "facts.yaml", tmp_path / "calm.facts.yaml")
    shutil.copy(EXAMPLE / "article.txt", tmp_path / "calm.txt")
    assert run_cli("diff", "--all", str(tmp_path)).returncode == 0


def test_all_json_has_every_pair_and_the_total(newsroom: Path) -> None:
    document = json.loads(run_cli("diff", "--all", str(newsroom), "--format", "json").stdout)
    assert [Path(p["article"]).name for p in document["pairs"]] == ["calm.txt", "flood.txt"]
    assert document["pairs"][1]["summary"]["changed"] == 1
    assert document["total"]["pairs"] == 2 and document["total"]["unpaired"] == 2


def test_a_broken_sheet_is_its_pairs_error_and_exit_2(newsroom: Path) -> None:
    (newsroom / "flood.facts.yaml").write_text("title: [", encoding="utf-8")
    result = run_cli("diff", "--all", str(newsroom))
    assert result.returncode == 2
    assert f"factsheet: {newsroom}/flood.facts.yaml:1:9: invalid YAML" in result.stdout
    assert "1 errors" in result.stdout.splitlines()[-1]


def test_parallel_and_serial_give_the_same_results(newsroom: Path) -> None:
    pairs = [Pair(newsroom / "flood.facts.yaml", newsroom / "flood.txt")] * 6
    assert list(review_pairs(pairs, jobs=2)) == list(review_pairs(pairs, jobs=1))


def test_all_with_facts_and_article_still_lists_ok_findings() -> None:
    result = run_cli("diff", "--all", str(EXAMPLE / "facts.yaml"), str(EXAMPLE / "revised.txt"))
    assert result.returncode == 1 and "= ok" in result.stdout


def test_touched_reviews_the_pairs_of_the_files_given(newsroom: Path) -> None:
    result = run_cli("diff", "--touched", str(newsroom / "flood.txt"), str(newsroom / "flood.facts.yaml"))
    assert result.returncode == 1
    assert result.stdout.count("=== ") == 1 and "changed" in result.stdout


@pytest.mark.slow
def test_the_pre_commit_hook_runs_on_touched_pairs(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is needed for pre-commit")
    pytest.importorskip("pre_commit", reason="pre-commit is a test dependency: pip install '.[test]'")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    shutil.copy(EXAMPLE / "facts.yaml", repo / "flood.facts.yaml")
    shutil.copy(EXAMPLE / "article.txt", repo / "flood.txt")
    (repo / "README.md").write_text("# Newsroom\n\nOur 12 desks file here.\n", encoding="utf-8")  # no sheet: left alone
    # A Markdown article with its sheet: the hook's environment has the reader it needs.
    (repo / "harbour.md").write_text("# Harbour\n\nThe council said **40** boats were damaged.\n", encoding="utf-8")
    extracted = run_cli("extract", str(repo / "harbour.md"), "-o", str(repo / "harbour.facts.yaml"))
    assert extracted.returncode == 0, extracted.stderr
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, timeout=600)

    run("git", "init", "-q")
    run("git", "add", ".")
    hook = [
        sys.executable,
        "-m",
        "pre_commit",
        "try-repo",
        str(ROOT),
        "factsheet-diff",
        "--files",
        "flood.txt",
        "flood.facts.yaml",
        "README.md",
        "harbour.md",
        "harbour.facts.yaml",
    ]
    clean = run(*hook)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    (repo / "flood.txt").write_text((EXAMPLE / "revised.txt").read_text(encoding="utf-8"), encoding="utf-8")
    run("git", "add", ".")
    revised = run(*hook)
    assert revised.returncode == 1, revised.stdout + revised.stderr
    assert "homes-flooded: more than 600 -> more than 700" in revised.stdout


def test_a_progress_bar_shows_on_a_terminal_for_more_than_five_pairs(tmp_path: Path) -> None:
    import pty

    for number in range(6):
        shutil.copy(EXAMPLE / "facts.yaml", tmp_path / f"s{number}.facts.yaml")
        shutil.copy(EXAMPLE / "article.txt", tmp_path / f"s{number}.txt")
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "factsheet", "diff", "--all", str(tmp_path), "--jobs", "1"],
            stdout=subprocess.PIPE,
            stderr=terminal,
            text=True,
            timeout=120,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert result.returncode == 0
    assert b"[" + b"#" * 30 + b"] 6/6" in shown
    assert "#" not in result.stdout
