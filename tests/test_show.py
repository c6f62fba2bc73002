"""`factsheet show`: the table in every format, golden files for the rendered output."""

from __future__ import annotations

import json

import pytest

from factsheet import load_sheet
from factsheet.render import render_facts, table_formats

from .conftest import FACTS, assert_golden, run_cli


@pytest.mark.parametrize("fmt", ["github", "grid", "json", "yaml", "simple", "tsv", "csv"])
def test_the_table_matches_its_golden_file(fmt: str) -> None:
    assert_golden(f"show.{fmt}", render_facts(load_sheet(FACTS), fmt))


@pytest.mark.parametrize("fmt", ["grid", "csv", "json"])
def test_columns_choose_what_each_row_holds(fmt: str) -> None:
    rendered = render_facts(load_sheet(FACTS), fmt, columns=("id", "figure", "unit", "context"))
    assert_golden(f"show.columns.{fmt}", rendered)


def test_an_unknown_column_names_the_valid_ones() -> None:
    result = run_cli("show", "--columns", "figure,colour")
    assert result.returncode == 2
    assert result.stderr == (
        "factsheet: unknown column 'colour'; expected some of: id, figure, value, qualifier, kind, unit, what, source, context\n"
    )


def test_csv_quotes_as_rfc_4180_says() -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(render_facts(load_sheet(FACTS), "csv", columns=("figure", "context")))))
    assert rows[0] == ["figure", "context"]
    assert ["about 145,000", "where about 145,000 people live"] in rows


def test_columns_env_is_honoured_when_piped() -> None:
    wide = run_cli("show", env={"COLUMNS": "180"}).stdout
    narrow = run_cli("show", env={"COLUMNS": "80"}).stdout
    assert max(map(len, wide.splitlines())) > 100 >= max(map(len, run_cli("show").stdout.splitlines()))
    assert max(map(len, narrow.splitlines())) <= 100
    assert len(wide.splitlines()) < len(narrow.splitlines())


def test_a_figure_is_never_wrapped() -> None:
    table = run_cli("show", env={"COLUMNS": "40"}).stdout
    assert "| more than a thousand" in table


def test_show_reads_the_sheet_from_standard_input() -> None:
    result = run_cli("show", "-", "--format", "csv", stdin=FACTS.read_text(encoding="utf-8"))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == render_facts(load_sheet(FACTS), "csv").replace("\r\n", "\n")  # read as text: lines are "\n"


def test_a_source_that_matches_nothing_says_so() -> None:
    result = run_cli("show", "--source", "nobody at all", "--format", "csv")
    assert result.returncode == 0
    assert result.stdout == "figure,value,qualifier,kind,what,source\n"  # read as text: CSV's "\r\n" is "\n"
    assert result.stderr == "factsheet: no fact is credited to a source matching 'nobody at all'\n"


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        ("$39,014", "39014 USD"),
        ("6.3 magnitude", "6.3 magnitude"),
        ("Category 4", "Category 4"),
        ("Force 9", "Force 9"),
        ("52.3mpg", "52.3 mpg"),
        ("4.5 l/100km", "4.5 l/100km"),
        ("2 tablespoons", "2 tbsp"),
        ("EF-3", "EF3"),
        ("1450 BC", "1450 BC"),
        ("October", "October"),
        ("40C", "40 °C"),
        ("seven days", "7 days"),
        ("the 21st", "the 21st"),
        ("the 12th", "the 12th"),
    ],
)
def test_values_read_as_people_write_them(figure: str, shown: str) -> None:
    from factsheet.figures import parse_figure
    from factsheet.render import display_value

    assert display_value(parse_figure(figure)) == shown


def test_the_cli_prints_the_default_table_from_facts_yaml() -> None:
    result = run_cli("show")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (FACTS.parent / "tests" / "golden" / "show.grid").read_text(encoding="utf-8")


def test_the_default_table_fits_100_columns() -> None:
    assert max(len(line) for line in render_facts(load_sheet(FACTS)).splitlines()) <= 100


def test_json_has_the_documented_keys_in_sheet_order() -> None:
    records = json.loads(render_facts(load_sheet(FACTS), "json"))
    assert [r["id"] for r in records] == [f.id for f in load_sheet(FACTS).facts]
    assert set(records[0]) == {"id", "figure", "value", "unit", "qualifier", "kind", "what", "source", "context"}
    population = next(r for r in records if r["id"] == "population")
    assert (population["value"], population["qualifier"], population["kind"]) == (145000, "about", "count")


def test_a_vague_figure_is_a_range_never_one_number() -> None:
    records = {r["id"]: r for r in json.loads(render_facts(load_sheet(FACTS), "json"))}
    assert records["earlier-war-dead"]["value"] == "20000-99999"
    assert records["conflict-dead"]["value"] == "200-999"


@pytest.mark.parametrize("fmt", [f for f in ["plain", "pipe", "html", "latex", "rst", "orgtbl", "psql", "mediawiki"]])
def test_every_tabulate_format_renders_every_fact(fmt: str) -> None:
    assert fmt in table_formats()
    output = render_facts(load_sheet(FACTS), fmt)
    assert "more than a thousand" in output and "Pashinyan" in output


@pytest.mark.parametrize(
    ("sort", "first_ids"),
    [
        ("article", ["fighting-day", "conflict-dead"]),
        ("source", ["death-toll", "civilians-killed", "civilians-injured"]),
        ("kind", ["conflict-dead", "population", "death-toll"]),
    ],
)
def test_sort_orders_the_rows(sort: str, first_ids: list[str]) -> None:
    records = json.loads(render_facts(load_sheet(FACTS), "json", sort=sort))
    assert [r["id"] for r in records[: len(first_ids)]] == first_ids


@pytest.mark.parametrize(
    ("source", "ids"),
    [
        ("Azerbaijan", ["civilians-killed", "civilians-injured"]),
        ("azerbaijan", ["civilians-killed", "civilians-injured"]),
        ("Pashinyan", ["offensive-date"]),
        ("Armenian Prime Minister Nikol Pashinyan", ["offensive-date"]),
        ("nobody at all", []),
        ("Azerbaijan's defence ministry", []),
    ],
)
def test_source_shows_one_sources_figures(source: str, ids: list[str]) -> None:
    records = json.loads(render_facts(load_sheet(FACTS), "json", source=source))
    assert [r["id"] for r in records] == ids


def test_source_unattributed_shows_the_articles_own_voice() -> None:
    records = json.loads(render_facts(load_sheet(FACTS), "json", source="unattributed"))
    assert len(records) == 13 and {r["source"] for r in records} == {"unattributed"}


def test_a_bad_format_lists_the_valid_ones() -> None:
    result = run_cli("show", "--format", "nope")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("factsheet: unknown format 'nope'; expected one of: asciidoc, ")
    assert result.stderr.rstrip().endswith("youtrack, json, yaml, csv")
    assert len(result.stderr.splitlines()) == 1


def test_a_missing_sheet_is_one_line_and_exit_2(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("show", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "factsheet: facts.yaml: no such file\n"


def test_python_dash_m_and_help_work() -> None:
    result = run_cli("show", "--help")
    assert result.returncode == 0 and "--format" in result.stdout and "--source" in result.stdout


@pytest.mark.parametrize(
    ("args", "usage", "hint"),
    [
        (["show", "--fromat", "json"], "usage: factsheet show", "unrecognized arguments: --fromat (did you mean --format?)"),
        (["diff", "--colr"], "usage: factsheet diff", "unrecognized arguments: --colr (did you mean --color?)"),
        (["shwo"], "usage: factsheet", "(did you mean show?)"),
    ],
)
def test_a_mistyped_option_or_command_gets_did_you_mean_and_its_own_usage(args: list[str], usage: str, hint: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.startswith(usage)
    assert result.stderr.rstrip().endswith(hint)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("factsheet ")


def test_an_error_quoting_a_file_is_one_short_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(
        "title: T\nfacts:\n  - id: a\n    figure: " + "x" * 5000 + "\n    what: w\n    source: s\n", encoding="utf-8"
    )
    result = run_cli("show", str(sheet))
    assert result.returncode == 2
    assert all(len(line) <= 200 for line in result.stderr.splitlines())


def test_on_a_terminal_the_table_fits_its_width() -> None:
    from .conftest import run_in_terminal

    code, output = run_in_terminal("show", columns=140)
    assert code == 0
    widths = [len(line) for line in output.splitlines()]
    assert 100 < max(widths) <= 140


def test_a_month_alone_is_a_month_in_json_too() -> None:
    from factsheet.figures import parse_figure
    from factsheet.render import json_value

    assert json_value(parse_figure("October")) == "October"
    assert json_value(parse_figure("October 2015")) == "2015-10"
