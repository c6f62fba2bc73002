"""The command line: parse arguments, call the library, render. Nothing else."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .errors import FactsheetError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms at every start)
if TYPE_CHECKING:
    from typing import NoReturn as typing_NoReturn

    from .update import Update

DEFAULT_SHEET = "facts.yaml"
INPUT_FORMATS = ["txt", "md", "html", "docx"]  # factsheet.formats.FORMATS, named here to keep start-up light


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: handled as an interruption, so a write in progress is cleaned up."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated(signum)


def main(argv: Sequence[str] | None = None) -> int:
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    parser = _parser()
    args, extras = parser.parse_known_args(argv)
    if extras:  # named by the command's own parser: its usage, and the option meant
        args.command_parser.error(f"unrecognized arguments: {' '.join(extras)}")
    try:
        code: int = args.run(args)
        return code
    except FactsheetError as error:
        from .errors import ArticleError, SheetError
        from .escaping import printable

        quotes_a_file = isinstance(error, (ArticleError, SheetError))  # what a file holds is never poured out
        for line in error.lines:
            shown = f"factsheet: {printable(line)}"
            print(_cut(shown) if quotes_a_file else shown, file=sys.stderr)
        return 2
    except KeyboardInterrupt as interruption:
        print("factsheet: interrupted", file=sys.stderr)
        return 128 + interruption.signum if isinstance(interruption, _Terminated) else 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error of ours
        return 0
    except Exception as error:  # a bug of ours: one line, never a traceback, unless asked for
        if os.environ.get("FACTSHEET_DEBUG"):
            raise
        from .escaping import printable

        message = printable(f"{type(error).__name__}: {error}")
        print(f"factsheet: internal error: {message} (FACTSHEET_DEBUG=1 shows where)", file=sys.stderr)
        return 2


_ERROR_LINE = 200


def _cut(line: str) -> str:
    """One error line of at most 200 characters: a file's content is never poured out."""
    return line if len(line) <= _ERROR_LINE else line[: _ERROR_LINE - 1] + "…"


class _Parser(argparse.ArgumentParser):
    """argparse with git's "did you mean": a mistyped option or command is named with the
    nearest right one, and the usage shown is the command's own."""

    def error(self, message: str) -> typing_NoReturn:
        import difflib

        hint = ""
        for prefix in ("unrecognized arguments: ", "invalid choice: "):
            if prefix in message:
                wrong = message.split(prefix, 1)[1].split()[0].strip("'")
                options = [o for action in self._actions for o in action.option_strings]
                commands = [c for action in self._actions if action.choices for c in action.choices]
                close = difflib.get_close_matches(wrong, options if wrong.startswith("-") else commands, n=1)
                if close:
                    hint = f" (did you mean {close[0]}?)"
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}{hint}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factsheet",
        description="Transcribe a news article's figures into a fact sheet, print it, and review articles against it.",
    )
    parser.add_argument("--version", action="version", version=f"factsheet {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND", parser_class=_Parser)

    show = commands.add_parser("show", help="print the fact sheet as a table", description="Print the fact sheet as a table.")
    show.add_argument(
        "facts",
        nargs="?",
        default=DEFAULT_SHEET,
        metavar="FACTS",
        help=f"the fact sheet (default: {DEFAULT_SHEET}; '-' reads it from standard input)",
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
        "--source",
        metavar="NAME",
        help="only the figures whose source holds NAME, in any case ('leader', 'armenian'; "
        "'unattributed' for the article's own voice)",
    )
    show.add_argument(
        "--columns",
        metavar="LIST",
        help="the columns, any of id,figure,value,qualifier,kind,unit,what,source,context, in any order "
        "(default: figure,value,qualifier,kind,what,source; for json and yaml, every key)",
    )
    show.set_defaults(run=_show, command_parser=show)

    diff = commands.add_parser(
        "diff",
        help="review an article against its fact sheet",
        description="Review an article against its fact sheet, figure by figure. "
        "Exit status: 0 when every finding is ok, 1 when any is not, 2 on an error.",
    )
    diff.add_argument(
        "paths",
        nargs="*",
        metavar="[FACTS] [ARTICLE]",
        help=f"the fact sheet (default: {DEFAULT_SHEET}) and the article (default: the sheet's 'article:'); "
        "'-' reads the article from standard input",
    )
    diff.add_argument(
        "--format",
        "-f",
        default="text",
        choices=["text", "json", "html"],
        help="report format: text, json, or html (one self-contained page) (default: text)",
    )
    diff.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (atomically) instead of standard output")
    diff.add_argument("--force", action="store_true", help="replace an existing output file")
    diff.add_argument(
        "--all",
        nargs="?",
        const=True,
        default=False,
        metavar="DIR",
        help="list ok findings too; given a folder, review every NAME.facts.yaml below DIR against its article "
        "NAME.{txt,md,html,docx}",
    )
    diff.add_argument(
        "--touched",
        nargs="+",
        metavar="FILE",
        help="review the pairs these sheets or articles belong to (what the pre-commit hook passes)",
    )
    diff.add_argument("--jobs", "-j", type=int, metavar="N", help="with --all: processes at once (default: the CPUs)")
    diff.add_argument(
        "--unpaired",
        choices=["error", "ignore"],
        default="error",
        help="with --all or --touched: a sheet without an article, or an article without a sheet, is a finding "
        "(error, the default) or is left alone (ignore: a README.md touched by a commit)",
    )
    _article_options(diff)
    diff.add_argument(
        "--color",
        default="auto",
        choices=["auto", "always", "never"],
        help="colour the report: auto (the default) colours on a terminal when NO_COLOR is not set",
    )
    diff.set_defaults(run=_diff, command_parser=diff)

    extract = commands.add_parser(
        "extract",
        help="draft the fact sheet of an article",
        description="Draft the fact sheet of an article: every figure and date, its source and the words around it, "
        "for an editor to correct. Writes to standard output unless -o is given.",
    )
    extract.add_argument("article", metavar="ARTICLE", help="the article; '-' reads standard input")
    extract.add_argument("-o", "--output", metavar="FACTS", help="write the sheet to FACTS (atomically)")
    extract.add_argument("--force", action="store_true", help="replace an existing output file")
    _article_options(extract)
    extract.add_argument(
        "--merge",
        metavar="FACTS",
        help="add to FACTS only the article's figures it lacks, leaving every existing fact as it is "
        "(written back to FACTS, or to -o)",
    )
    extract.set_defaults(run=_extract, command_parser=extract)

    update = commands.add_parser(
        "update",
        help="bring the sheet up to date from a review, finding by finding",
        description="Show each finding of the review as diff does and ask what to do with it, as git add -p does: "
        "y accepts it, n keeps the sheet as it is, e edits the fact in $EDITOR, q stops. A changed figure takes "
        "the article's figure and context, a source the article's source; a fact the article lacks is removed "
        "(or marked with a note, --keep-missing); a figure the sheet lacks is added as extract drafts it. "
        "Every byte of the sheet not changed stays as it was; the write is atomic.",
    )
    update.add_argument("paths", nargs="*", metavar="[FACTS] [ARTICLE]", help="as for diff")
    update.add_argument("--yes", "-y", action="store_true", help="accept every finding without asking")
    update.add_argument(
        "--status",
        choices=["changed", "what-differs", "source-differs", "not-in-article", "not-in-sheet"],
        help="only the findings of this status",
    )
    update.add_argument("--keep-missing", action="store_true", help="mark a fact the article lacks with a note, do not remove it")
    _article_options(update)
    update.set_defaults(run=_update, command_parser=update)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the sheet format",
        description="Print the JSON Schema (draft 2020-12) of facts.yaml, for editors.",
    )
    schema.set_defaults(run=_schema, command_parser=schema)
    return parser


def _article_options(command: argparse.ArgumentParser) -> None:
    """How to read an article: the same options for every command that reads one."""
    command.add_argument("--encoding", metavar="NAME", help="the article's encoding (default: UTF-8, or UTF-16 with a BOM)")
    command.add_argument("--input-format", choices=INPUT_FORMATS, help="the article's format (default: from its extension)")


def _terminal_width() -> int:
    """COLUMNS when set (also when piped), else the terminal's width, else 100."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if not sys.stdout.isatty():
        return 100
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def _diff(args: argparse.Namespace) -> int:
    from .article import read_article
    from .errors import FactsheetError as UsageError
    from .report import ReviewOptions, render_review
    from .review import review
    from .sheet import load_sheet

    args.folder = None
    if isinstance(args.all, str):
        # "--all DIR" reviews a folder; "--all FACTS ARTICLE" lists ok findings of one pair.
        if os.path.isdir(args.all):
            args.folder = args.all
        else:
            args.paths.insert(0, args.all)
        args.all = True
    if args.folder or args.touched:
        if args.paths:
            raise UsageError("diff --all and --touched take no FACTS or ARTICLE")
        return _diff_many(args)
    facts, article = _sheet_and_article(args.paths, "diff")
    sheet = load_sheet(facts)
    if article is None:
        article = _article_of(sheet, facts)
    result = review(sheet, read_article(article, args.encoding, args.input_format))
    colour = _colour(args.color) and args.output is None
    report = render_review(result, args.format, ReviewOptions(show_ok=args.all, colour=colour))
    if args.output is not None:
        from .writing import write_atomically

        write_atomically(args.output, report, replace=args.force)
    else:
        sys.stdout.write(report)
    return 0 if result.clean else 1


def _sheet_and_article(paths: list[str], command: str) -> tuple[str, str | None]:
    """FACTS and ARTICLE from [FACTS] [ARTICLE]; the article is None when the sheet names it."""
    if len(paths) > 2:
        raise FactsheetError(f"{command} takes [FACTS] [ARTICLE], not {len(paths)} paths")
    if len(paths) == 2:
        facts, article = paths
    elif paths and not _is_yaml(paths[0]):
        facts, article = DEFAULT_SHEET, paths[0]
    else:
        facts, article = (paths[0] if paths else DEFAULT_SHEET), None
    _refuse_yaml_article(article)
    return facts, article


def _update(args: argparse.Namespace) -> int:
    from .article import read_article
    from .report import finding_text
    from .review import Status, review
    from .sheet import parse_sheet, read_sheet_text
    from .update import UPDATABLE, apply, plan
    from .writing import BOM, locked, write_atomically

    facts, article_path = _sheet_and_article(args.paths, "update")
    if not args.yes and not sys.stdin.isatty():
        raise FactsheetError("update asks about each finding on a terminal; give --yes to accept every one")
    with locked(facts):
        text = read_sheet_text(facts)
        sheet = parse_sheet(text, facts)
        article = read_article(article_path or _article_of(sheet, facts), args.encoding, args.input_format)
        statuses = (Status(args.status),) if args.status else UPDATABLE
        updates = plan(review(sheet, article), keep_missing=args.keep_missing, statuses=statuses)
        if not updates:
            print("factsheet: nothing to update: the sheet and the article agree", file=sys.stderr)
            return 0
        accepted = []
        for number, update in enumerate(updates, start=1):
            sys.stdout.write(finding_text(update.finding, colour=_colour("auto")))
            print(f"  => {update.describe}")
            answer = "y" if args.yes else _ask(f"({number}/{len(updates)}) Apply this change [y,n,e,q,?]? ")
            if answer == "e" and update.new is not None:
                update = _edited(update)
                answer = "y"
            if answer == "q":
                break
            if answer == "y":
                accepted.append(update)
                if update.finding.status is Status.WHAT_DIFFERS and update.new is not None:
                    print(f"factsheet: {update.new.id}: check its 'what': the article now counts {update.finding.article_what}")
        if not accepted:
            print("factsheet: nothing changed", file=sys.stderr)
            return 0
        updated = apply(text, sheet, accepted)
        if _starts_with_bom(facts):
            updated = BOM + updated
        write_atomically(facts, updated, replace=True)
    print(f"factsheet: {len(accepted)} of {len(updates)} findings applied to {facts}", file=sys.stderr)
    return 0


_HELP = """y - apply this change to the sheet
n - keep the sheet as it is for this finding
e - edit the fact in $EDITOR, then apply it
q - stop here; the changes accepted so far are written
? - print this help
"""


def _ask(prompt: str) -> str:
    while True:
        try:
            answer = input(prompt).strip().lower()[:1]
        except EOFError:
            return "q"
        if answer in ("y", "n", "e", "q"):
            return answer
        sys.stdout.write(_HELP)


def _edited(update: Update) -> Update:
    """The update with its fact as the editor leaves it in $EDITOR (the fact as proposed, as YAML)."""
    import dataclasses
    import shlex
    import subprocess
    import tempfile

    from .sheet import dump_facts, parse_sheet

    new = update.new
    assert new is not None
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", encoding="utf-8", delete=False) as handle:
        handle.write("# Edit the fact; save and quit to apply it.\n" + dump_facts([new], indent=0))
        name = handle.name
    try:
        while True:
            subprocess.run([*shlex.split(editor), name], check=False)
            with open(name, encoding="utf-8") as edited:
                body = edited.read()
            try:
                fact = parse_sheet("title: edit\nfacts:\n" + body, name).facts[0]
            except FactsheetError as error:
                print(f"factsheet: {error.lines[0]}", file=sys.stderr)
                if _ask("Edit again [y,n]? ") != "y":
                    return update
                continue
            return dataclasses.replace(update, new=dataclasses.replace(fact, id=new.id))
    finally:
        os.unlink(name)


def _is_yaml(path: str) -> bool:
    return path.lower().endswith((".yaml", ".yml"))


def _refuse_yaml_article(path: str | None) -> None:
    if path is not None and _is_yaml(path):
        raise FactsheetError(
            f"{path}: a YAML file is a fact sheet, not an article; give the sheet first and then the article "
            "(factsheet diff FACTS ARTICLE), or the sheet alone to review the article its 'article:' names"
        )


def _article_of(sheet: object, facts: str) -> str:
    """The article a sheet names in `article:`, relative to the sheet's own folder."""
    named = getattr(sheet, "article", None)
    if not named:
        raise FactsheetError(f"{facts}: names no article (no 'article:' field); give it: factsheet diff {facts} ARTICLE")
    if "://" in named:
        raise FactsheetError(f"{facts}: its article is an address ({named}); save the page and give its file")
    if os.path.isabs(named):
        return str(named)
    return os.path.join(os.path.dirname(facts), named)


def _extract(args: argparse.Namespace) -> int:
    from .article import read_article
    from .extract import draft_missing, draft_sheet
    from .merge import merge_facts
    from .sheet import dump_sheet, parse_sheet, read_sheet_text
    from .writing import BOM, locked, write_atomically

    _refuse_yaml_article(args.article)
    article = read_article(args.article, args.encoding, args.input_format)
    if args.merge:
        target = args.merge if args.output is None else args.output
        with locked(target):  # from reading to the rename: a second merge waits, and loses nothing
            text = read_sheet_text(args.merge)
            sheet = parse_sheet(text, args.merge)
            added = draft_missing(sheet, article)
            merged = merge_facts(text, sheet, added, allow_rewrite=args.force)
            if _starts_with_bom(args.merge):
                merged = BOM + merged
            write_atomically(target, merged, replace=args.force or target == args.merge)
        print(f"factsheet: {len(added)} facts added to {target}", file=sys.stderr)
        return 0
    name = None if args.article == "-" else args.article
    if name is not None and args.output:  # the sheet names its article relative to where the sheet is
        name = os.path.relpath(os.path.abspath(name), os.path.dirname(os.path.abspath(args.output)))
    text = dump_sheet(draft_sheet(article, name))
    if args.output is not None:
        write_atomically(args.output, text, replace=args.force)
    else:
        sys.stdout.write(text)
    return 0


def _starts_with_bom(path: str) -> bool:
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a pipe was read once already, and has nothing more to say
        with open(path, "rb") as stream:
            return stream.read(3) == b"\xef\xbb\xbf"
    except OSError:
        return False


def _schema(args: argparse.Namespace) -> int:
    from .schema import schema_json

    sys.stdout.write(schema_json())
    return 0


def _diff_many(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from .batch import pair_touched, review_pairs, walk_folder
    from .errors import FactsheetError as UsageError
    from .escaping import json_safe, printable

    if args.format == "html" or args.output is not None:
        raise UsageError("diff --all and --touched print text or json to standard output")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs takes a whole number of 1 or more")
    found = walk_folder(args.folder) if args.folder else pair_touched(Path(p) for p in args.touched)
    pairs, unpaired, skipped = found.pairs, found.unpaired, found.skipped
    if args.unpaired == "ignore":
        unpaired = []
    for item in skipped:
        print(f"factsheet: {printable(str(item))}", file=sys.stderr)
    show_progress = sys.stderr.isatty() and len(pairs) > 5
    results = list(review_pairs(pairs, args.format, args.jobs, _progress if show_progress else None))
    if show_progress:
        print(file=sys.stderr)
    totals: dict[str, int] = {}
    for result in results:
        for status, count in result.summary.items():
            totals[status] = totals.get(status, 0) + count
    errors = sum(bool(r.error) for r in results)
    dirty = sum(not r.clean and not r.error for r in results)
    if args.format == "json":
        document = {
            "pairs": [
                {
                    "sheet": str(r.pair.sheet),
                    "article": str(r.pair.article),
                    **({"error": r.error} if r.error else {"summary": r.summary, "findings": r.findings}),
                }
                for r in results
            ],
            "unpaired": [str(u) for u in unpaired],
            "skipped": [str(s) for s in skipped],
            "total": {"pairs": len(results), "with_findings": dirty, "errors": errors, "unpaired": len(unpaired), **totals},
        }
        sys.stdout.write(json_safe(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")
    else:
        for result in results:
            print(f"=== {printable(str(result.pair.sheet))} against {printable(str(result.pair.article))}")
            sys.stdout.write(result.report or "".join(f"factsheet: {printable(line)}\n" for line in result.error))
        for orphan in unpaired:
            print(f"=== {printable(str(orphan))}")
        counts = ", ".join(f"{n} {s}" for s, n in totals.items() if n or s != "what-differs")
        print(f"{len(results)} pairs: {dirty} with findings, {errors} errors, {len(unpaired)} unpaired; {counts}".rstrip("; "))
    if errors or found.unreadable:
        return 2
    return 1 if dirty or unpaired else 0


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


def _colour(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _show(args: argparse.Namespace) -> int:
    from .render import DEFAULT_TABLE_FORMAT, render_facts, select_facts
    from .sheet import load_sheet

    if args.facts == "-":  # factsheet extract A | factsheet show -
        from .sheet import decode_sheet, parse_sheet

        sheet = parse_sheet(decode_sheet(sys.stdin.buffer.read(), "<stdin>"), "<stdin>")
    else:
        sheet = load_sheet(args.facts)
    fmt = args.format or DEFAULT_TABLE_FORMAT
    columns = tuple(c.strip() for c in args.columns.split(",")) if args.columns else None
    sys.stdout.write(render_facts(sheet, fmt, sort=args.sort, source=args.source, width=_terminal_width(), columns=columns))
    if args.source and not select_facts(sheet.facts, source=args.source):
        print(f"factsheet: no fact is credited to a source matching {args.source!r}", file=sys.stderr)
    return 0
