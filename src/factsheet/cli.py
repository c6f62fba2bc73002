"""The command line: parse arguments, call the library, render. Nothing else."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .errors import FactsheetError

DEFAULT_SHEET = "facts.yaml"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except FactsheetError as error:
        for line in error.lines:
            print(f"factsheet: {line}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factsheet: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error of ours
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description="Transcribe a news article's figures into a fact sheet, print it, and review articles against it.",
    )
    parser.add_argument("--version", action="version", version=f"factsheet {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    show = commands.add_parser("show", help="print the fact sheet as a table", description="Print the fact sheet as a table.")
    show.add_argument(
        "facts", nargs="?", default=DEFAULT_SHEET, metavar="FACTS", help=f"the fact sheet (default: {DEFAULT_SHEET})"
    )
    show.add_argument(
        "--format",
        "-f",
        default=None,
        metavar="FORMAT",
        help="any tabulate table format (grid, github, simple, html, latex, tsv, ...), or json, or yaml (default: grid)",
    )
    show.add_argument(
        "--sort", default="article", choices=["article", "source", "kind"], help="order of the rows (default: article)"
    )
    show.add_argument(
        "--source", metavar="NAME", help="only the figures credited to NAME ('unattributed' for the article's own voice)"
    )
    show.set_defaults(run=_show)

    diff = commands.add_parser(
        "diff",
        help="review an article against its fact sheet",
        description="Review an article against its fact sheet, figure by figure. "
        "Exit status: 0 when every finding is ok, 1 when any is not, 2 on an error.",
    )
    diff.add_argument(
        "paths",
        nargs="+",
        metavar="[FACTS] ARTICLE",
        help=f"the fact sheet (default: {DEFAULT_SHEET}) and the article; '-' reads the article from standard input",
    )
    diff.add_argument("--format", "-f", default="text", choices=["text", "json"], help="report format (default: text)")
    diff.add_argument("--all", action="store_true", help="list ok findings too")
    diff.add_argument(
        "--color",
        default="auto",
        choices=["auto", "always", "never"],
        help="colour the report: auto (the default) colours on a terminal when NO_COLOR is not set",
    )
    diff.set_defaults(run=_diff)
    return parser


def _terminal_width() -> int:
    if not sys.stdout.isatty():
        return 100
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def _diff(args: argparse.Namespace) -> int:
    from .article import read_article
    from .errors import FactsheetError as UsageError
    from .report import review_json, review_text
    from .review import review
    from .sheet import load_sheet

    if len(args.paths) > 2:
        raise UsageError(f"diff takes [FACTS] ARTICLE, not {len(args.paths)} paths")
    facts, article = args.paths if len(args.paths) == 2 else (DEFAULT_SHEET, args.paths[0])
    result = review(load_sheet(facts), read_article(article))
    if args.format == "json":
        sys.stdout.write(review_json(result))
    else:
        sys.stdout.write(review_text(result, show_ok=args.all, colour=_colour(args.color)))
    return 0 if result.clean else 1


def _colour(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _show(args: argparse.Namespace) -> int:
    from .render import DEFAULT_TABLE_FORMAT, render_facts
    from .sheet import load_sheet

    sheet = load_sheet(args.facts)
    fmt = args.format or DEFAULT_TABLE_FORMAT
    sys.stdout.write(render_facts(sheet, fmt, sort=args.sort, source=args.source, width=_terminal_width()))
    return 0
