"""The strict loader: every problem with its file, line, column and field, all at once."""

from __future__ import annotations

import textwrap
import tracemalloc
from pathlib import Path

import pytest

from factsheet import Fact, SheetError, dump_sheet, load_sheet, parse_sheet

from .conftest import run_cli

VALID = """\
title: A test sheet
facts:
  - id: population
    figure: about 145,000
    what: people living in the region
    source: unattributed
    context: where about 145,000 people live
"""


def sheet_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    path = sheet_file(tmp_path, text)
    with pytest.raises(SheetError) as caught:
        load_sheet(path)
    return [line.replace(str(path), "s.yaml") for line in caught.value.lines]


def test_a_valid_sheet_loads_with_every_field(tmp_path: Path) -> None:
    sheet = load_sheet(sheet_file(tmp_path, VALID))
    assert sheet.title == "A test sheet"
    assert sheet.facts == (
        Fact(
            "population",
            "about 145,000",
            "people living in the region",
            "unattributed",
            "where about 145,000 people live",
            None,
            3,
        ),
    )


# One case per error: the sheet, and every line the loader must print for it.
ERROR_CASES = {
    "duplicate key": (
        """\
        title: T
        facts:
          - id: a
            figure: "19"
            figure: "20"
            what: x
            source: y
        """,
        ["s.yaml:5:5: figure: duplicate key (first at line 4); one of them would be lost"],
    ),
    "unknown field with a hint, and the field it misspells is missing": (
        """\
        title: T
        facts:
          - id: a
            figure: "19"
            what: x
            soruce: y
        """,
        [
            "s.yaml:6:5: soruce: unknown field in fact 1 (did you mean 'source'?)",
            "s.yaml:3:5: source: missing in fact 1; expected whom the article credits, in the article's words, or 'unattributed'",
        ],
    ),
    "unknown top-level field without a near name": (
        """\
        title: T
        publisher: Someone
        facts: []
        """,
        ["s.yaml:2:1: publisher: unknown field in the sheet; expected one of: title, article, facts"],
    ),
    "wrong type": (
        """\
        title: T
        facts:
          - id: a
            figure: "19"
            what: [a, b]
            source: y
        """,
        ["s.yaml:5:11: what: expected text, found a list"],
    ),
    "empty figure": (
        """\
        title: T
        facts:
          - id: a
            figure: ""
            what: x
            source: y
        """,
        [
            "s.yaml:4:13: figure: empty; expected the figure exactly as the article writes it, "
            "qualifier included ('about 145,000')"
        ],
    ),
    "empty plain value": (
        """\
        title: T
        facts:
          - id: a
            figure: "19"
            what:
            source: y
        """,
        ["s.yaml:5:10: what: empty; expected what the figure counts or dates, in your words"],
    ),
    "duplicate id": (
        """\
        title: T
        facts:
          - {id: a, figure: "19", what: x, source: y}
          - {id: a, figure: "60", what: x, source: y}
        """,
        ["s.yaml:4:10: id: duplicate id 'a' (first at line 3); ids must be unique"],
    ),
    "figure that is not one figure": (
        """\
        title: T
        facts:
          - {id: a, figure: banana, what: x, source: y}
          - {id: b, figure: 19 and 60, what: x, source: y}
        """,
        [
            "s.yaml:3:21: figure: not one figure: 'banana' (figures found: none); expected one figure as the article writes it",
            "s.yaml:4:21: figure: not one figure: '19 and 60' (figures found: '19', '60'); "
            "expected one figure as the article writes it",
        ],
    ),
    "YAML 1.1 underscore number stays as written": (
        """\
        title: T
        facts:
          - {id: a, figure: 1_000, what: x, source: y}
        """,
        ["s.yaml:3:21: figure: not one figure: '1_000' (figures found: none); expected one figure as the article writes it"],
    ),
    "context that lacks its figure": (
        """\
        title: T
        facts:
          - {id: a, figure: "19", what: x, source: y, context: nineteen civilians}
        """,
        ["s.yaml:3:56: context: does not contain the figure '19'; expected the words around it"],
    ),
    "bad id": (
        """\
        title: T
        facts:
          - {id: "two words", figure: "19", what: x, source: y}
        """,
        ["s.yaml:3:10: id: 'two words' is not a usable id; expected letters, digits, '-', '_' or '.'"],
    ),
    "missing title and facts": (
        """\
        article: somewhere
        """,
        [
            "s.yaml:1:1: title: missing in the sheet; expected the article's headline, "
            "so a reader knows which article the sheet belongs to",
            "s.yaml:1:1: facts: missing in the sheet; expected the article's figures and dates, in article order",
        ],
    ),
    "a list where the sheet's mapping belongs": (
        """\
        - a
        - b
        """,
        ["s.yaml:1:1: not a fact sheet: expected a mapping with 'title' and 'facts', found a list"],
    ),
    "facts that are not a list": (
        """\
        title: T
        facts: none yet
        """,
        ["s.yaml:2:8: facts: expected a list of facts, found text 'none yet'"],
    ),
    "a fact that is not a mapping": (
        """\
        title: T
        facts:
          - just text
        """,
        ["s.yaml:3:5: facts: fact 1: expected a mapping of fields, found text 'just text'"],
    ),
    "explicit int tag": (
        """\
        title: T
        facts:
          - {id: a, figure: !!int 19, what: x, source: y}
        """,
        ["s.yaml:3:21: the tag 'tag:yaml.org,2002:int' is refused; only plain text, lists and mappings are allowed"],
    ),
    "python object tag": (
        """\
        title: !!python/object/apply:os.system ["echo owned"]
        facts: []
        """,
        [
            "s.yaml:1:8: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is refused; "
            "only plain text, lists and mappings are allowed"
        ],
    ),
    "invalid YAML": (
        """\
        title: [unclosed
        facts: []
        """,
        ["s.yaml:2:6: invalid YAML: expected ',' or ']', but got ':'"],
    ),
    "recursive alias": (
        """\
        title: T
        facts: &loop
          - *loop
        """,
        ["s.yaml:2:8: an alias refers to its own anchor; recursive documents are refused"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_each_problem_is_reported_with_line_column_and_field(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert problems_of(tmp_path, text) == expected


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    text = """\
    title: T
    facts:
      - {id: a, figure: banana, what: x, source: y}
      - {id: b, figure: "19", what: [x], source: y}
      - {id: c, figure: "60", what: x, sorce: y}
    """
    assert len(problems_of(tmp_path, text)) == 4


BILLION_LAUGHS = """\
title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
facts: *i
"""


def test_a_billion_laughs_is_refused_before_it_expands(tmp_path: Path) -> None:
    tracemalloc.start()
    try:
        problems = problems_of(tmp_path, BILLION_LAUGHS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert problems == ["s.yaml:1:1: aliases expand the document past 2000000 nodes; refused"]
    assert peak < 20 * 1024 * 1024  # expanded, the document would need gigabytes


def test_small_aliases_are_fine(tmp_path: Path) -> None:
    text = """\
    title: T
    facts:
      - &first {id: a, figure: "19", what: x, source: y}
    """
    assert [f.id for f in load_sheet(sheet_file(tmp_path, text)).facts] == ["a"]


# YAML 1.1 would turn each of these into another value; every field keeps them as written.
VERBATIM = [
    ("figure", "0700"),
    ("figure", "1:20"),
    ("what", "1_000"),
    ("what", "0700"),
    ("what", "1:20"),
    ("source", "No"),
    ("source", "yes"),
    ("source", "null"),
    ("source", "~"),
    ("context", "2020-01-01 and 0700"),
    ("what", "3.0e3"),
    ("what", ".inf"),
]


@pytest.mark.parametrize(("field", "value"), VERBATIM)
def test_scalars_are_kept_verbatim(field: str, value: str) -> None:
    fields = {"id": "a", "figure": "19", "what": "x", "source": "y"}
    fields[field] = value
    if field == "context":
        fields["figure"] = "0700"
    body = "\n".join(f"    {k}: {v}" for k, v in fields.items()).replace("    id:", "  - id:", 1)
    sheet = parse_sheet(f"title: T\nfacts:\n{body}\n", "s.yaml")
    assert getattr(sheet.facts[0], field) == value


FILE_CASES = {
    "not UTF-8": (b"title: caf\xe9\nfacts: []\n", ["s.yaml:1:11: not UTF-8 text: byte 0xe9 at offset 10"]),
    "empty": (b"", ["s.yaml: empty file; expected a mapping with 'title' and 'facts'"]),
    "only a comment": (b"# nothing yet\n", ["s.yaml: empty document; expected a mapping with 'title' and 'facts'"]),
}


@pytest.mark.parametrize(("data", "expected"), FILE_CASES.values(), ids=FILE_CASES.keys())
def test_unreadable_files_get_one_line(tmp_path: Path, data: bytes, expected: list[str]) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(data)
    with pytest.raises(SheetError) as caught:
        load_sheet(path)
    assert [line.replace(str(path), "s.yaml") for line in caught.value.lines] == expected


def test_a_directory_is_not_a_sheet(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match=r"is a directory, not a fact sheet$"):
        load_sheet(tmp_path)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match=r"nope\.yaml: no such file$"):
        load_sheet(tmp_path / "nope.yaml")


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode("utf-8"))
    assert load_sheet(path).facts[0].figure == "about 145,000"


def test_dump_then_load_gives_the_same_sheet(tmp_path: Path) -> None:
    sheet = load_sheet(sheet_file(tmp_path, VALID))
    tricky = Fact("b", "19", "no: really", "No", "said that 19 #1", 'it\'s "quoted"\nand two lines', 0)
    sheet = type(sheet)(sheet.title, (*sheet.facts, tricky), None, sheet.path)
    again = parse_sheet(dump_sheet(sheet), sheet.path)
    assert [(f.id, f.figure, f.what, f.source, f.context, f.note) for f in again.facts] == [
        (f.id, f.figure, f.what, f.source, f.context, f.note) for f in sheet.facts
    ]


def test_the_cli_prints_one_line_per_problem_and_exits_2(tmp_path: Path) -> None:
    path = sheet_file(tmp_path, ERROR_CASES["unknown field with a hint, and the field it misspells is missing"][0])
    result = run_cli("show", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"factsheet: {path}:6:5: soruce: unknown field in fact 1 (did you mean 'source'?)",
        f"factsheet: {path}:3:5: source: missing in fact 1; expected whom the article credits, in the article's words, "
        "or 'unattributed'",
    ]


@pytest.mark.parametrize("data", [b"\xff\xfe\x00garbage", b"title: [", b"\x00\x01\x02", b"facts: *nothing"])
def test_the_cli_never_shows_a_traceback(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(data)
    result = run_cli("show", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
