"""factsheet update: each finding accepted becomes an edit of the sheet, every other byte kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import FACTS, run_cli, run_in_terminal
from .test_review import REVISIONS, revise


@pytest.mark.parametrize(("edits", "expected"), REVISIONS.values(), ids=REVISIONS.keys())
def test_update_yes_then_diff_is_all_ok(
    tmp_path: Path, article_text: str, edits: list[tuple[str, str]], expected: list[tuple]
) -> None:  # type: ignore[type-arg]
    sheet, article = tmp_path / "facts.yaml", tmp_path / "article.txt"
    sheet.write_bytes(FACTS.read_bytes())
    article.write_text(revise(article_text, *edits), encoding="utf-8")
    updated = run_cli("update", str(sheet), str(article), "--yes")
    assert updated.returncode == 0, updated.stderr
    result = run_cli("diff", str(sheet), str(article))
    assert result.returncode == 0, result.stdout


def test_every_untouched_byte_of_the_sheet_stays(tmp_path: Path, article_text: str) -> None:
    sheet, article = tmp_path / "facts.yaml", tmp_path / "article.txt"
    original = FACTS.read_text(encoding="utf-8").replace("facts:\n", "facts:  # kept in article order\n")
    sheet.write_text(original, encoding="utf-8")
    article.write_text(revise(article_text, ("at more than 200,", "at more than 300,")), encoding="utf-8")
    assert run_cli("update", str(sheet), str(article), "--yes").returncode == 0
    before, after = original.splitlines(), sheet.read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert [old.split(":")[0].strip() for old, _ in changed] == ["figure", "context"]
    assert "facts:  # kept in article order" in after


def test_keep_missing_marks_a_fact_instead_of_removing_it(tmp_path: Path, article_text: str) -> None:
    sheet, article = tmp_path / "facts.yaml", tmp_path / "article.txt"
    sheet.write_bytes(FACTS.read_bytes())
    article.write_text(revise(article_text, (", including more than a thousand civilians.", ".")), encoding="utf-8")
    assert run_cli("update", str(sheet), str(article), "--yes", "--keep-missing").returncode == 0
    text = sheet.read_text(encoding="utf-8")
    assert "id: earlier-war-civilians" in text
    assert "not in the article as of article.txt" in text


def test_status_limits_the_findings(tmp_path: Path, article_text: str) -> None:
    sheet, article = tmp_path / "facts.yaml", tmp_path / "article.txt"
    sheet.write_bytes(FACTS.read_bytes())
    edits = [("at more than 200,", "at more than 300,"), ("treaty in 1994,", "treaty,")]
    article.write_text(revise(article_text, *edits), encoding="utf-8")
    assert run_cli("update", str(sheet), str(article), "--yes", "--status", "changed").returncode == 0
    text = sheet.read_text(encoding="utf-8")
    assert "more than 300" in text and "id: peace-treaty-year" in text


def test_without_a_terminal_update_asks_for_yes(tmp_path: Path) -> None:
    result = run_cli("update", str(FACTS), stdin="")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "factsheet: update asks about each finding on a terminal; give --yes to accept every one\n"


def test_each_answer_at_the_terminal_does_what_it_says(tmp_path: Path, article_text: str) -> None:
    sheet, article = tmp_path / "facts.yaml", tmp_path / "article.txt"
    sheet.write_bytes(FACTS.read_bytes())
    # Two findings: the toll changed (answered n), a fact gone (answered y).
    article.write_text(
        revise(article_text, ("at more than 200,", "at more than 300,"), ("treaty in 1994,", "treaty,")), encoding="utf-8"
    )
    code, output = run_in_terminal("update", str(sheet), str(article), answers=b"n\ny\n")
    assert code == 0, output
    text = sheet.read_text(encoding="utf-8")
    assert "more than 200" in text  # n: kept as it was
    assert "id: peace-treaty-year" not in text  # y: removed
    assert "1 of 2 findings applied" in output
