"""The sheet names its article: `diff FACTS` and `diff` alone review that article."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_cli

ARTICLE = "Harbour repairs\n\nThe council said 40 boats were damaged.\n"


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sheets").mkdir()
    extracted = run_cli("extract", str(tmp_path / "stories" / "harbour.txt"), "-o", str(tmp_path / "sheets" / "facts.yaml"))
    assert extracted.returncode == 0, extracted.stderr
    return tmp_path


def test_extract_writes_the_article_relative_to_the_sheet(newsroom: Path) -> None:
    assert 'article: "../stories/harbour.txt"' in (newsroom / "sheets" / "facts.yaml").read_text(encoding="utf-8")


def test_diff_with_the_sheet_alone_reviews_its_article(newsroom: Path) -> None:
    result = run_cli("diff", str(newsroom / "sheets" / "facts.yaml"))
    assert (result.returncode, result.stderr) == (0, "")
    assert "+++ " + str(newsroom / "sheets" / "../stories/harbour.txt") in result.stdout


def test_diff_with_no_path_reviews_the_article_of_the_sheet_here(newsroom: Path) -> None:
    result = run_cli("diff", cwd=newsroom / "sheets")
    assert (result.returncode, result.stderr) == (0, "")


def test_a_sheet_without_an_article_field_says_so(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text(
        'title: T\nfacts:\n  - id: a\n    figure: "5"\n    what: w\n    source: s\n', encoding="utf-8"
    )
    result = run_cli("diff", str(tmp_path / "facts.yaml"))
    assert result.returncode == 2
    assert "names no article (no 'article:' field)" in result.stderr


@pytest.mark.parametrize("command", [["diff", "facts.yaml", "facts.yaml"], ["extract", "facts.yaml"]])
def test_a_yaml_file_given_as_the_article_is_refused_with_a_hint(command: list[str]) -> None:
    result = run_cli(*command)
    assert result.returncode == 2 and result.stdout == ""
    assert "a YAML file is a fact sheet, not an article" in result.stderr
