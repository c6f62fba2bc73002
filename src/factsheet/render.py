"""Rendering a sheet: every tabulate table format, JSON and YAML.

`tabulate` is imported only when a table is drawn, so machine formats start fast.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .errors import FactsheetError
from .escaping import json_safe, printable
from .figures import CALENDAR_KINDS, Figure, Kind, ordinal
from .sheet import Fact, Sheet
from .sources import SourceMatch, is_unattributed, match_sources

COLUMNS = ("figure", "value", "qualifier", "kind", "what", "source")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_INVARIABLE_UNITS = frozenset({"magnitude", "sq ft", "sq mi", "km2", "m2", "kWh", "penny", "tbsp", "tsp"})
_SCALES_BEFORE_VALUE = {"category": "Category ", "force": "Force ", "EF": "EF"}  # "Category 4", "Force 9", "EF3"
_PLURAL_UNITS = {"century": "centuries", "inch": "inches", "mph": "mph", "mpg": "mpg", "km/h": "km/h", "percent": "%"}
SORT_KEYS: dict[str, Callable[[tuple[int, Fact]], Any]] = {
    "article": lambda item: item[0],
    "source": lambda item: (is_unattributed(item[1].source), item[1].source.lower(), item[0]),
    "kind": lambda item: (list(Kind).index(item[1].parsed.kind), item[0]),
}
DEFAULT_TABLE_FORMAT = "grid"
# Markup whose rows must stay on one line (a wrapped Markdown row is two broken rows).
_NO_WRAP_FORMATS = frozenset({"github", "pipe", "orgtbl", "jira", "rst"})


class FormatError(FactsheetError):
    """An output format that does not exist."""


@dataclass(frozen=True)
class OutputFormat:
    name: str
    render: Callable[[list[Fact]], str]


# Every column a table, a CSV file or a record may hold, and how a fact fills it for people.
COLUMN_CELLS: dict[str, Callable[[Fact], str]] = {
    "id": lambda fact: fact.id,
    "figure": lambda fact: fact.figure,
    "value": lambda fact: display_value(fact.parsed),
    "qualifier": lambda fact: fact.parsed.qualifier or "",
    "kind": lambda fact: fact.parsed.kind.value,
    "unit": lambda fact: fact.parsed.unit or "",
    "what": lambda fact: fact.what,
    "source": lambda fact: fact.source,
    "context": lambda fact: fact.context or "",
}


def machine_formats(columns: tuple[str, ...] | None = None) -> dict[str, OutputFormat]:
    def records(facts: list[Fact]) -> list[dict[str, Any]]:
        full = [fact_record(f) for f in facts]
        return full if columns is None else [{name: record.get(name) for name in columns} for record in full]

    return {
        "json": OutputFormat("json", lambda facts: json_safe(json.dumps(records(facts), indent=2, ensure_ascii=False)) + "\n"),
        "yaml": OutputFormat("yaml", lambda facts: _yaml(records(facts))),
        "csv": OutputFormat("csv", lambda facts: _delimited(facts, columns or COLUMNS, ",")),
        "tsv": OutputFormat("tsv", lambda facts: _delimited(facts, columns or COLUMNS, "\t")),
    }


def _delimited(facts: list[Fact], columns: tuple[str, ...], delimiter: str) -> str:
    """RFC 4180 CSV (or tab-separated values) through the csv module: a header row, no padding."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n" if delimiter == "," else "\n")
    writer.writerow(columns)
    for fact in facts:
        writer.writerow([printable(COLUMN_CELLS[name](fact)) for name in columns])
    return out.getvalue()


def table_formats() -> list[str]:
    import tabulate

    return list(tabulate.tabulate_formats)


def render_facts(
    sheet: Sheet,
    fmt: str = DEFAULT_TABLE_FORMAT,
    sort: str = "article",
    source: str | None = None,
    width: int = 100,
    columns: tuple[str, ...] | None = None,
) -> str:
    """The sheet's facts as text in `fmt`: a tabulate format, "json", "yaml", "csv" or "tsv".

    `columns` (any of COLUMN_CELLS, in any order) chooses what each row holds. Tables that can
    wrap cells are wrapped to fit `width` columns (100 at least), the spare width going to
    `what` and `source` first; a figure is never wrapped.
    """
    if sort not in SORT_KEYS:
        raise FormatError(f"unknown sort {sort!r}; expected one of: {', '.join(SORT_KEYS)}")
    if columns is not None:
        unknown = [name for name in columns if name not in COLUMN_CELLS]
        if unknown or not columns:
            raise FormatError(f"unknown column {unknown[0] if unknown else ''!r}; expected some of: {', '.join(COLUMN_CELLS)}")
    facts = select_facts(sheet.facts, sort, source)
    machine = machine_formats(columns)
    if fmt in machine:
        return machine[fmt].render(facts)
    return _table(facts, fmt, width, columns or COLUMNS)


def select_facts(facts: Iterable[Fact], sort: str = "article", source: str | None = None) -> list[Fact]:
    chosen = [
        (index, fact)
        for index, fact in enumerate(facts)
        if source is None or source.lower() in fact.source.lower() or match_sources(source, fact.source) is SourceMatch.SAME
    ]
    return [fact for _, fact in sorted(chosen, key=SORT_KEYS[sort])]


def fact_record(fact: Fact) -> dict[str, Any]:
    """One fact for machines: the stored fields and what they mean."""
    figure = fact.parsed
    return {
        "id": fact.id,
        "figure": fact.figure,
        "value": json_value(figure),
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "kind": figure.kind.value,
        "what": fact.what,
        "source": fact.source,
        "context": fact.context,
    }


def json_value(figure: Figure) -> int | float | str:
    """A number where the figure is one number; otherwise text ("09-27", "200-999")."""
    if figure.kind is Kind.DATE and figure.value.isdigit():
        return display_value(figure)  # a month alone: "October", never the count 10
    if figure.kind in CALENDAR_KINDS or "-" in figure.value:
        return int(figure.value) if figure.kind is Kind.YEAR and figure.value.isdigit() else figure.value
    if len(figure.value) > 300:
        return figure.value  # past what a JSON reader holds as a number
    number = Decimal(figure.value)
    return int(number) if number == number.to_integral_value() else float(number)


def display_value(figure: Figure) -> str:
    """The value for people: "145000", "200–999", "7 days", "10%", "39014 USD", "October"."""
    if figure.kind is Kind.DATE and figure.value.isdigit() and 1 <= int(figure.value) <= 12:
        return _MONTHS[int(figure.value) - 1]  # a month alone: "10" would read as a count
    if figure.kind is Kind.DATE and figure.value.startswith("---"):
        return "the " + ordinal(int(figure.value[3:]))  # a day of the month alone: "---18" is ISO's, not a reader's
    value = figure.value.replace("-", "–") if figure.kind not in (Kind.DATE,) else figure.value
    if figure.unit is None:
        return value
    if figure.unit == "percent":
        return f"{value}%"
    unit = figure.unit
    if unit in _SCALES_BEFORE_VALUE:
        return f"{_SCALES_BEFORE_VALUE[unit]}{value}"  # a step on a named scale
    if value != "1" and not _invariable(unit):
        unit = _PLURAL_UNITS.get(unit, unit + "s")
    return f"{value} {unit}"


def _invariable(unit: str) -> bool:
    """Codes and symbols take no plural: "39014 USD", "6.3 magnitude", "40 °C", "12 km"."""
    return unit.isupper() or unit in _INVARIABLE_UNITS or unit.endswith(("s", "/h")) or len(unit) <= 2 or not unit.isalpha()


def _table(facts: list[Fact], fmt: str, width: int = 100, columns: tuple[str, ...] = COLUMNS) -> str:
    import tabulate

    if fmt not in tabulate.tabulate_formats:
        raise FormatError(
            f"unknown format {fmt!r}; expected one of: {', '.join(dict.fromkeys([*tabulate.tabulate_formats, *machine_formats()]))}"  # noqa: E501
        )
    rows = [[printable(COLUMN_CELLS[name](fact)) for name in columns] for fact in facts]
    if fmt in tabulate.multiline_formats and fmt not in _NO_WRAP_FORMATS:
        widths = column_widths(columns, rows, width)
        # Wrapped here, not by tabulate's maxcolwidths: that casts "30,154" to a number and fails.
        rows = [["\n".join(_wrap(cell, w)) or cell for cell, w in zip(row, widths, strict=True)] for row in rows]
    table = tabulate.tabulate(rows, headers=list(columns), tablefmt=fmt, disable_numparse=True)
    return table + "\n"


# The narrowest each column is wrapped to, and the order the spare width goes in.
_MIN_WIDTHS = {"id": 12, "figure": 0, "value": 12, "qualifier": 10, "kind": 8, "unit": 8, "what": 15, "source": 14, "context": 20}
_SPARE_TO = ("what", "source", "context", "value", "id", "qualifier", "unit", "kind")


def column_widths(columns: tuple[str, ...], rows: list[list[str]], width: int) -> list[int]:
    """How wide each column may be for the table to fit `width`: each at most as wide as its
    widest cell; a figure never wrapped; the spare width to `what` and `source` first.

    >>> column_widths(("figure", "what"), [["about 145,000", "people living in the region"]], 40)
    [13, 20]
    >>> column_widths(("figure", "what"), [["about 145,000", "people living in the region"]], 30)
    [13, 15]
    """
    natural = [
        max([len(name), *(max((len(line) for line in row[i].splitlines()), default=0) for row in rows)])
        for i, name in enumerate(columns)
    ]
    widths = [
        natural[i] if name == "figure" else min(natural[i], max(_MIN_WIDTHS.get(name, 10), len(name)))
        for i, name in enumerate(columns)
    ]
    spare = width - (3 * len(columns) + 1) - sum(widths)  # a grid's borders and padding
    for name in _SPARE_TO:
        if name in columns and spare > 0:
            i = columns.index(name)
            grown = min(natural[i], widths[i] + spare)
            spare -= grown - widths[i]
            widths[i] = grown
    return widths


def _wrap(cell: str, width: int) -> list[str]:
    """Lines of at most `width` characters. A word longer than that is cut first, in one pass:
    textwrap cuts it a piece at a time, copying the rest each time (quadratic on an 8 MB word)."""
    if len(cell) > width and any(len(word) > width for word in cell.split()):
        cell = " ".join(
            " ".join(word[i : i + width] for i in range(0, len(word), width)) if len(word) > width else word
            for word in cell.split()
        )
    return textwrap.wrap(cell, width, break_on_hyphens=False)


def _yaml(records: list[dict[str, Any]]) -> str:
    import yaml

    return yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=1000)
