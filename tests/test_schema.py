"""`factsheet schema`: the JSON Schema agrees with the loader wherever a schema can judge."""

from __future__ import annotations

import json
import textwrap
from typing import Any

import jsonschema
import pytest

from factsheet import SheetError, parse_sheet
from factsheet.schema import sheet_schema
from factsheet.strict_yaml import Mapping, Scalar, Sequence, Value, parse_yaml

from .conftest import FACTS, ROOT, run_cli
from .test_sheet import ERROR_CASES, VALID

# Problems only the loader can see: YAML it refuses before there is a document, and
# checks a JSON Schema cannot express. Every other case must get the schema's verdict.
LOADER_ONLY = {
    "duplicate key",
    "duplicate id",
    "figure that is not one figure",
    "YAML 1.1 underscore number stays as written",
    "context that lacks its figure",
    "explicit int tag",
    "python object tag",
    "invalid YAML",
    "recursive alias",
}


def plain(value: Value) -> Any:
    """The document as a YAML 1.2 editor sees it: text, except plain numbers."""
    if isinstance(value, Mapping):
        return {key.value: plain(item) for key, item in value.items}
    if isinstance(value, Sequence):
        return [plain(item) for item in value.items]
    assert isinstance(value, Scalar)
    return value.value


def schema_accepts(text: str) -> bool:
    tree, problems = parse_yaml(text, "s.yaml")
    assert tree is not None and not problems
    try:
        jsonschema.validate(plain(tree), sheet_schema(), cls=jsonschema.Draft202012Validator)
    except jsonschema.ValidationError:
        return False
    return True


def loader_accepts(text: str) -> bool:
    try:
        parse_sheet(text, "s.yaml")
    except SheetError:
        return False
    return True


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(sheet_schema())


@pytest.mark.parametrize(
    "text", [VALID, FACTS.read_text(encoding="utf-8"), (ROOT / "examples/harbour-flood/facts.yaml").read_text()]
)
def test_valid_sheets_are_valid_for_both(text: str) -> None:
    assert loader_accepts(text) and schema_accepts(text)


@pytest.mark.parametrize("name", [n for n in ERROR_CASES if n not in LOADER_ONLY])
def test_invalid_sheets_are_invalid_for_both(name: str) -> None:
    text = textwrap.dedent(ERROR_CASES[name][0])
    assert not loader_accepts(text)
    assert not schema_accepts(text)


def test_every_loader_case_is_judged_by_one_of_the_two_tests() -> None:
    assert set(ERROR_CASES) > LOADER_ONLY


def test_the_cli_prints_the_schema() -> None:
    result = run_cli("schema")
    assert result.returncode == 0 and json.loads(result.stdout) == sheet_schema()


def test_the_committed_schema_file_is_current() -> None:
    assert (ROOT / "schema" / "sheet.schema.json").read_text(encoding="utf-8") == run_cli("schema").stdout
