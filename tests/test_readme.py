"""The README's sample outputs are what the tool prints today."""

from __future__ import annotations

from .conftest import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_show_sample_is_current() -> None:
    output = run_cli("show", "--format", "simple", "--source", "azerbaijan").stdout
    assert f"$ factsheet show --format simple --source azerbaijan\n{output}```" in README


def test_the_diff_sample_is_current() -> None:
    output = run_cli("diff", "examples/harbour-flood/facts.yaml", "examples/harbour-flood/revised.txt").stdout
    assert f"$ factsheet diff examples/harbour-flood/facts.yaml examples/harbour-flood/revised.txt\n{output}```" in README


def test_the_readme_commands_are_the_ones_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "readme_command show-command" in ci and "readme_command test-command" in ci
    assert "<!-- show-command -->\n```\npython3 -m venv .venv" in README
    assert "<!-- test-command -->\n```\npython3 -m venv .venv" in README
