"""factsheet: a news article's figures as a fact sheet, and articles reviewed against it."""

from .article import Article, Paragraph, Sentence, parse_article, read_article
from .attribution import SourcedMention, attribute
from .errors import ArticleError, FactsheetError, FigureError, OutputError, Problem, SheetError
from .figures import Figure, Kind, Mention, find_figures, parse_figure
from .sheet import FACT_FIELDS, SHEET_FIELDS, Fact, Field, Sheet, dump_sheet, load_sheet, parse_sheet
from .sources import UNATTRIBUTED, SourceMatch, match_sources

__version__ = "0.1.0"

__all__ = [
    "FACT_FIELDS",
    "SHEET_FIELDS",
    "UNATTRIBUTED",
    "Article",
    "ArticleError",
    "Fact",
    "FactsheetError",
    "Field",
    "Figure",
    "FigureError",
    "Kind",
    "Mention",
    "OutputError",
    "Paragraph",
    "Problem",
    "Sentence",
    "Sheet",
    "SheetError",
    "SourceMatch",
    "SourcedMention",
    "attribute",
    "dump_sheet",
    "find_figures",
    "load_sheet",
    "match_sources",
    "parse_article",
    "parse_figure",
    "parse_sheet",
    "read_article",
]
