"""The command line: parse arguments, call the library, render. Nothing else."""

from __future__ import annotations

import argparse
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
    return parser


def _terminal_width() -> int:
    if not sys.stdout.isatty():
        return 100
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def _show(args: argparse.Namespace) -> int:
    from .render import DEFAULT_TABLE_FORMAT, render_facts
    from .sheet import load_sheet

    sheet = load_sheet(args.facts)
    fmt = args.format or DEFAULT_TABLE_FORMAT
    sys.stdout.write(render_facts(sheet, fmt, sort=args.sort, source=args.source, width=_terminal_width()))
    return 0
