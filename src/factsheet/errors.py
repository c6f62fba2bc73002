"""The library's exceptions. The CLI turns each into one line per problem and exit 2."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLAIN_FIELD = re.compile(r"[\w.\-\[\] ]+")


class FactsheetError(Exception):
    """Anything the user can fix: a bad sheet, an unreadable article, a bad option."""

    @property
    def lines(self) -> list[str]:
        """The message, one line per problem."""
        return [str(self)]


class FigureError(FactsheetError):
    """A text that should be one figure is not."""


class ArticleError(FactsheetError):
    """An article that cannot be read."""


class OutputError(FactsheetError):
    """A file that cannot or may not be written."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, where it is, and what was expected."""

    path: str
    line: int | None
    column: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = ""
        if self.field:
            shown = self.field if _PLAIN_FIELD.fullmatch(self.field) else repr(self.field)
            field = f" {shown}:"
        message = " ".join(self.message.split())  # one problem, one line
        return f"{where}:{field} {message}"


class SheetError(FactsheetError):
    """A fact sheet that cannot be used; `problems` lists every fault found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @property
    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]
