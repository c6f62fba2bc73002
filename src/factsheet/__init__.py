"""factsheet: a news article's figures as a fact sheet, and articles reviewed against it.

The names below are loaded on first use, so `factsheet show` never pays for the
recognizer's attribution patterns, and `import factsheet` costs almost nothing.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms at every start)

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "Article": "article",
    "Paragraph": "article",
    "Sentence": "article",
    "parse_article": "article",
    "read_article": "article",
    "SourcedMention": "attribution",
    "attribute": "attribution",
    "ArticleError": "errors",
    "FactsheetError": "errors",
    "FigureError": "errors",
    "OutputError": "errors",
    "Problem": "errors",
    "SheetError": "errors",
    "Figure": "figures",
    "Kind": "figures",
    "Mention": "figures",
    "find_figures": "figures",
    "parse_figure": "figures",
    "FACT_FIELDS": "sheet",
    "SHEET_FIELDS": "sheet",
    "Fact": "sheet",
    "Field": "sheet",
    "Sheet": "sheet",
    "dump_sheet": "sheet",
    "load_sheet": "sheet",
    "parse_sheet": "sheet",
    "UNATTRIBUTED": "sources",
    "SourceMatch": "sources",
    "match_sources": "sources",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'factsheet' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])


if TYPE_CHECKING:
    from typing import Any

    from .article import Article, Paragraph, Sentence, parse_article, read_article
    from .attribution import SourcedMention, attribute
    from .errors import ArticleError, FactsheetError, FigureError, OutputError, Problem, SheetError
    from .figures import Figure, Kind, Mention, find_figures, parse_figure
    from .sheet import FACT_FIELDS, SHEET_FIELDS, Fact, Field, Sheet, dump_sheet, load_sheet, parse_sheet
    from .sources import UNATTRIBUTED, SourceMatch, match_sources
