"""The command line's grammar: every subcommand, its options and its --help."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any, NoReturn

from paperterm import __version__


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2."""


class _Version(argparse.Action):
    """`--version` names the OpenCC engine too: two packages install as `opencc`."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from paperterm.model.script import engine

        print(f"paperterm {__version__}\nscript engine: {engine()}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """argparse, but errors read `paperterm: message` like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _date(text: str) -> dt.date:
    from paperterm.model.library import parse_when

    date = parse_when(text)
    if date is None:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD or YYYYMMDD): {text!r}")
    return date


def _add_date_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=_date, metavar="DATE", help="from this date on")
    parser.add_argument("--to", dest="end", type=_date, metavar="DATE", help="up to this date")


class _Skipped:
    """Stands in for the parser of a command that is not being run: every call does nothing."""

    def __getattr__(self, name: str) -> Callable[..., _Skipped]:
        return lambda *args, **kwargs: self


class _Subcommands:
    """`add_parser` for the command being built (or all of them); a _Skipped for the rest."""

    def __init__(self, subparsers: Any, only: str | None) -> None:
        self.subparsers = subparsers
        self.only = only

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self.subparsers.add_parser(name, **kwargs) if self.only in (None, name) else _Skipped()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole grammar, or (with `only`) just the one command being run: building every
    subcommand's parser costs several milliseconds that `paperterm cat` would feel."""
    parser = _Parser(prog="paperterm", description="Read daily newspaper issues in the terminal.")
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show the version and the OpenCC engine, then exit"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub = _Subcommands(subparsers, only)

    library = argparse.ArgumentParser(add_help=False)
    library.add_argument(
        "--library",
        metavar="DIR",
        help="issue library folder (default: $PAPERTERM_LIBRARY, ./issues, or the user data dir)",
    )
    library.add_argument("--paper", metavar="ID", help="which paper, when the library holds several")

    p_open = sub.add_parser(
        "open",
        parents=[library],
        help="open an issue in the reader",
        description="Open an issue in the three-pane reader. A date that several papers have asks which "
        "one (or give --paper); a date with no issue names the nearest earlier and later ones.",
    )
    _add_script_option(p_open)
    p_open.add_argument(
        "--highlight",
        action="append",
        default=[],
        metavar="WORD",
        help="highlight WORD (repeatable); adds to the keywords from the config file",
    )
    p_open.add_argument(
        "when",
        nargs="?",
        metavar="WHEN",
        help="YYYY-MM-DD, YYYYMMDD, 'latest' or a path to an issue file; "
        "without it, the issue you were last reading (else the latest)",
    )

    p_list = sub.add_parser(
        "list",
        parents=[library],
        help="list the issues in the library",
        description="One line per issue, oldest first: date, paper id, paper, and how much of it you "
        "have read. Reads file names and the top of each file only.",
    )
    _add_date_range(p_list)

    p_check = sub.add_parser(
        "check",
        help="validate issue files",
        description="Validate issue files; print every problem as FILE:LINE: message.",
    )
    p_check.add_argument("files", nargs="+", metavar="FILE")

    p_cat = sub.add_parser(
        "cat",
        parents=[library],
        help="print an issue or one article as plain text",
        description="Print an issue, a page or one article as plain text. "
        "Piped, it prints one paragraph per line.",
    )
    p_cat.add_argument(
        "when", metavar="WHEN", help="YYYY-MM-DD, YYYYMMDD, 'latest' or a path to an issue file"
    )
    p_cat.add_argument("article", nargs="?", metavar="ARTICLE-ID", help="print only this article")
    p_cat.add_argument("--page", type=int, metavar="N", help="print only page N")
    _add_script_option(p_cat)

    p_search = sub.add_parser(
        "search",
        parents=[library],
        help="search every issue in the library, in any script",
        description="Find articles holding every word of QUERY, newest first, grouped by issue. "
        "Words are separated by spaces; each must appear as written (a phrase; quote it to include "
        "spaces); -word excludes (a QUERY that starts with - goes after --). Matching ignores the "
        "script (煤礦 finds 煤矿), full/half width and case. "
        "The index is kept in the user cache dir and updated as files change.",
    )
    p_search.add_argument("query", metavar="QUERY")
    _add_date_range(p_search)
    p_search.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")
    p_search.add_argument("--json", action="store_true", help="print the hits as JSON")
    p_import = sub.add_parser(
        "import",
        help="turn extracted page text (pdftotext) into an issue file",
        description="Turn the text of newspaper pages (from pdftotext or a PDF viewer) into a paperterm/1 "
        "issue. Several files become pages 1..n in order; form feeds split a file into pages. "
        "The result is validated before it is written; without -o or --into it goes to stdout.",
    )
    p_import.add_argument("inputs", nargs="+", metavar="PAGE.txt")
    p_import.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the issue's date")
    p_import.add_argument("--paper", required=True, metavar="NAME", help="the paper's name, e.g. 山西日报")
    p_import.add_argument("--paper-id", metavar="ID", help="slug [a-z0-9-]+ (default: from the name)")
    p_import.add_argument(
        "--page", type=int, default=1, metavar="N", help="number of the first page (default 1)"
    )
    p_import.add_argument("--name", metavar="SECTION", help="section name for the page(s), e.g. 要闻")
    p_import.add_argument(
        "--encoding", metavar="ENC", help="input encoding (default: detect UTF-8, GB18030, Big5)"
    )
    target = p_import.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE", help="write the issue to FILE")
    target.add_argument("--into", metavar="LIBRARY", help="write LIBRARY/<paper-id>/<date>.yaml")
    p_import.add_argument("--force", action="store_true", help="overwrite an existing file")
    p_import.add_argument(
        "--report", action="store_true", help="print every decision the importer was unsure of"
    )

    p_recent = sub.add_parser(
        "recent",
        help="list the issues you have read, newest first",
        description="Issues read, most recently opened first, with read/total articles and the last article.",
    )
    p_recent.add_argument("--limit", type=int, default=20, metavar="N", help="at most N issues (default 20)")
    p_state = sub.add_parser(
        "state",
        help="see, back up, restore or clear the reading state",
        description="path: where the state file is; export [FILE]: JSON backup (stdout without FILE); "
        "import FILE: restore a backup (replaces what is stored); reset --yes: forget everything.",
    )
    p_state.add_argument("action", choices=["path", "export", "import", "reset"])
    p_state.add_argument("file", nargs="?", metavar="FILE")
    p_state.add_argument("--yes", action="store_true", help="confirm reset")
    return parser


def _add_script_option(parser: argparse.ArgumentParser) -> None:
    from paperterm.model.script import MODES

    parser.add_argument(
        "--script",
        choices=list(MODES),
        help="show the text as printed (original) or converted with OpenCC; taiwan (s2tw) is the "
        "usual choice, taiwan-phrases (s2twp) also rewrites words and mangles news text",
    )
