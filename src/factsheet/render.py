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
from .figures import Figure, Kind
from .sheet import Fact, Sheet
from .sources import SourceMatch, is_unattributed, match_sources

COLUMNS = ("figure", "value", "qualifier", "kind", "what", "source")
# Wrap long cells so the default table reads at 100 columns.
_MAX_WIDTHS = (20, 12, 10, 8, 15, 14)
_PLURAL_UNITS = {"century": "centuries", "inch": "inches", "mph": "mph", "km/h": "km/h", "percent": "%"}
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


def machine_formats() -> dict[str, OutputFormat]:
    return {
        "json": OutputFormat(
            "json", lambda facts: json_safe(json.dumps([fact_record(f) for f in facts], indent=2, ensure_ascii=False)) + "\n"
        ),
        "yaml": OutputFormat("yaml", _yaml),
    }


def table_formats() -> list[str]:
    import tabulate

    return list(tabulate.tabulate_formats)


def render_facts(
    sheet: Sheet, fmt: str = DEFAULT_TABLE_FORMAT, sort: str = "article", source: str | None = None, width: int = 100
) -> str:
    """The sheet's facts as text in `fmt`: a tabulate format, "json" or "yaml".

    Tables that can wrap cells are wrapped to fit `width` columns (100 at least).
    """
    if sort not in SORT_KEYS:
        raise FormatError(f"unknown sort {sort!r}; expected one of: {', '.join(SORT_KEYS)}")
    facts = select_facts(sheet.facts, sort, source)
    machine = machine_formats()
    if fmt in machine:
        return machine[fmt].render(facts)
    return _table(facts, fmt, width)


def select_facts(facts: Iterable[Fact], sort: str = "article", source: str | None = None) -> list[Fact]:
    chosen = [
        (index, fact)
        for index, fact in enumerate(facts)
        if source is None or match_sources(source, fact.source) is SourceMatch.SAME
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
    if figure.kind in (Kind.DATE, Kind.WEEKDAY, Kind.DECADE, Kind.TIME, Kind.YEAR) or "-" in figure.value:
        return int(figure.value) if figure.kind is Kind.YEAR and figure.value.isdigit() else figure.value
    if len(figure.value) > 300:
        return figure.value  # past what a JSON reader holds as a number
    number = Decimal(figure.value)
    return int(number) if number == number.to_integral_value() else float(number)


def display_value(figure: Figure) -> str:
    """The value for people: "145000", "200–999", "7 days", "10%"."""
    value = figure.value.replace("-", "–") if figure.kind not in (Kind.DATE,) else figure.value
    if figure.unit is None:
        return value
    if figure.unit == "percent":
        return f"{value}%"
    unit = figure.unit
    if value != "1":
        unit = _PLURAL_UNITS.get(unit, unit if unit.endswith(("s", "/h")) or len(unit) <= 2 else unit + "s")
    return f"{value} {unit}"


def _table(facts: list[Fact], fmt: str, width: int = 100) -> str:
    import tabulate

    if fmt not in tabulate.tabulate_formats:
        raise FormatError(
            f"unknown format {fmt!r}; expected one of: {', '.join([*tabulate.tabulate_formats, *machine_formats()])}"
        )
    cells = [(f.figure, display_value(f.parsed), f.parsed.qualifier or "", f.parsed.kind.value, f.what, f.source) for f in facts]
    rows = [[printable(cell) for cell in row] for row in cells]
    if fmt in tabulate.multiline_formats and fmt not in _NO_WRAP_FORMATS:
        extra = max(0, width - 100)
        widths = [*_MAX_WIDTHS[:4], _MAX_WIDTHS[4] + extra * 3 // 5, _MAX_WIDTHS[5] + extra * 2 // 5]
        # Wrapped here, not by tabulate's maxcolwidths: that casts "30,154" to a number and fails.
        rows = [["\n".join(_wrap(cell, w)) or cell for cell, w in zip(row, widths, strict=True)] for row in rows]
    table = tabulate.tabulate(rows, headers=list(COLUMNS), tablefmt=fmt, disable_numparse=True)
    return table + "\n"


def _wrap(cell: str, width: int) -> list[str]:
    """Lines of at most `width` characters. A word longer than that is cut first, in one pass:
    textwrap cuts it a piece at a time, copying the rest each time (quadratic on an 8 MB word)."""
    if len(cell) > width and any(len(word) > width for word in cell.split()):
        cell = " ".join(
            " ".join(word[i : i + width] for i in range(0, len(word), width)) if len(word) > width else word
            for word in cell.split()
        )
    return textwrap.wrap(cell, width, break_on_hyphens=False)


def _yaml(facts: list[Fact]) -> str:
    import yaml

    return yaml.safe_dump([fact_record(f) for f in facts], sort_keys=False, allow_unicode=True, width=1000)
