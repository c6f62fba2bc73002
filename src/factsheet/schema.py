"""The sheet format as JSON Schema (draft 2020-12), made from the loader's own field table.

Editors use it to complete and check `facts.yaml` (the YAML language server reads it).
It holds what a schema can say: the fields, which are required, that each is non-empty
text, the id's form, no unknown field. What only the loader can check (that a figure is
one figure, that a context holds its figure, unique ids, duplicate keys, YAML tags) is
said in the descriptions.
"""

from __future__ import annotations

import json
from typing import Any

from .sheet import FACT_FIELDS, ID_PATTERN, SHEET_FIELDS, Field

SCHEMA_ID = "https://factsheet.invalid/schema/sheet.json"
# YAML 1.2, which editors use, reads `figure: 19` as a number; factsheet reads it as text.
_TEXT: dict[str, Any] = {"type": ["string", "number"], "pattern": r"\S"}


def sheet_schema() -> dict[str, Any]:
    fact = _object(FACT_FIELDS, {"id": {**_TEXT, "pattern": ID_PATTERN.pattern}})
    fact["description"] = (
        "One figure of the article. The loader also checks what a schema cannot: that `figure` is one figure, "
        "that `context` holds it, and that ids are unique."
    )
    sheet = _object(SHEET_FIELDS, {"facts": {"type": "array", "items": {"$ref": "#/$defs/fact"}}})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "factsheet fact sheet",
        **sheet,
        "$defs": {"fact": fact},
    }


def schema_json() -> str:
    return json.dumps(sheet_schema(), indent=2) + "\n"


def _object(fields: tuple[Field, ...], special: dict[str, dict[str, Any]]) -> dict[str, Any]:
    properties = {f.name: {**special.get(f.name, _TEXT), "description": f.description} for f in fields}
    return {
        "type": "object",
        "properties": properties,
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
    }
