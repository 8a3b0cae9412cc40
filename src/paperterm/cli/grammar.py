"""The command line's grammar as data: every command, its arguments and their help.

Written in argparse's own terms (`add_argument(*names, **settings)`) so that
one table feeds both argparse, which prints --help and every usage error, and
the quick parser, which reads well-formed command lines without importing or
building argparse (`paperterm cat` would otherwise spend a sixth of its time
there).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from paperterm.i18n import CHOICES
from paperterm.model.script import MODES


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2."""


class Arg(NamedTuple):
    """One positional or option: argparse's `add_argument(*names, **settings)`."""

    names: tuple[str, ...]
    settings: dict[str, Any]
    exclusive: str | None = None
    """Arguments sharing this name cannot be given together."""


def arg(*names: str, exclusive: str | None = None, **settings: Any) -> Arg:
    """An argument, written as it would be passed to argparse."""
    return Arg(names, settings, exclusive)


class Command(NamedTuple):
    """One subcommand: its line in `paperterm --help`, its own help text and its arguments."""

    help: str
    description: str
    args: tuple[Arg, ...]


def parse_date(text: str) -> dt.date:
    """`--from`/`--to` values; argparse shows the message of the error raised here."""
    from paperterm.model.library import parse_when

    date = parse_when(text)
    if date is None:
        from argparse import ArgumentTypeError  # only to word the usage error

        raise ArgumentTypeError(f"not a date (YYYY-MM-DD or YYYYMMDD): {text!r}")
    return date


PROG = "paperterm"
DESCRIPTION = (
    "Read daily newspaper issues in the terminal. Without a COMMAND, paperterm is paperterm open: "
    "the issue you were reading, else the latest, else the sample issue shipped with paperterm."
)
EXIT_STATUS = (
    ("0", "done (check: every file is a valid issue)"),
    (
        "1",
        "nothing found (search; list with --paper, --from or --to), or something refused or failed: "
        "an issue file that is not valid (check: also one that cannot be read), pages that do not "
        "import, a download that fails (fetch), a file import would overwrite, a state backup that "
        "is not one, a search index that fails, the reader crashing (open: a report is saved in the "
        "state folder)",
    ),
    (
        "2",
        "a usage mistake or missing input: an unknown command, option or value, no library or an empty "
        "one, a date or paper the library does not have, a file to read that is missing or unreadable, "
        "open without a terminal",
    ),
    ("130", "interrupted (ctrl+c)"),
)
"""The same for every command: `--help` shows it, README.md states it."""
WHEN = "YYYY-MM-DD, YYYYMMDD, 'latest' or a path to an issue file"

_LIBRARY = (
    arg(
        "--library",
        metavar="DIR",
        help="issue library folder (default: $PAPERTERM_LIBRARY, ./issues, the user data dir's issues/, "
        "else the sample issue shipped with paperterm)",
    ),
    arg("--paper", metavar="ID", help="which paper, when the library holds several"),
)
_DATE_RANGE = (
    arg("--from", dest="start", type=parse_date, metavar="DATE", help="from this date on"),
    arg("--to", dest="end", type=parse_date, metavar="DATE", help="up to this date"),
)
_SCRIPT = arg(
    "--script",
    choices=list(MODES),
    help="show the text as printed (original) or converted with OpenCC; taiwan (s2tw) is the "
    "usual choice, taiwan-phrases (s2twp) also rewrites words and mangles news text",
)

COMMANDS: dict[str, Command] = {
    "open": Command(
        "open an issue in the reader",
        "Open an issue in the three-pane reader. A date that several papers have asks which "
        "one (or give --paper); a date with no issue names the nearest earlier and later ones.",
        (
            *_LIBRARY,
            _SCRIPT,
            arg(
                "--highlight",
                action="append",
                default=[],
                metavar="WORD",
                help="highlight WORD (repeatable); adds to the keywords from the config file",
            ),
            arg(
                "--language",
                choices=list(CHOICES),
                help="the language of the reader's own words (keys, help, dialogs): auto (the script "
                "shown, 简 or 繁, else $LANG), zh-Hans, zh-Hant or en (default: the config's, else auto)",
            ),
            arg(
                "when",
                nargs="?",
                metavar="WHEN",
                help=f"{WHEN}; without it, the issue you were last reading (else the latest)",
            ),
        ),
    ),
    "list": Command(
        "list the issues in the library",
        "One line per issue, oldest first: date (2024年11月19日 星期二), paper id, paper, and how much "
        "of it you have read. Reads file names and the top of each file only.",
        (
            *_LIBRARY,
            *_DATE_RANGE,
            arg("--json", action="store_true", help="print the issues as JSON (ISO dates)"),
        ),
    ),
    "check": Command(
        "validate issue files",
        "Validate issue files; print every problem as FILE:LINE: message.",
        (arg("files", nargs="+", metavar="FILE"),),
    ),
    "cat": Command(
        "print an issue or one article as plain text",
        "Print an issue, a page or one article as plain text. Piped, it prints one paragraph per line.",
        (
            *_LIBRARY,
            arg("when", metavar="WHEN", help=WHEN),
            arg("article", nargs="?", metavar="ARTICLE-ID", help="print only this article"),
            arg("--page", type=int, metavar="N", help="print only page N"),
            _SCRIPT,
        ),
    ),
    "search": Command(
        "search every issue in the library, in any script",
        "Find articles holding every word of QUERY, newest first, grouped by issue. "
        "Words are separated by spaces and must all appear; each is found as written, inside longer "
        "words too (煤矿 finds 煤矿安全). A OR B needs either (OR in capitals; it binds tighter than "
        "the space: 煤矿 安全 OR 事故 is 煤矿 and one of 安全, 事故); -word excludes (a QUERY that "
        'starts with - goes after --); quotes keep spaces, a literal OR or a leading - ("a b"). '
        "Matching ignores the script (煤礦 finds 煤矿), full/half width and case. "
        "The index is kept in the user cache dir and updated as files change.",
        (
            *_LIBRARY,
            arg("query", metavar="QUERY"),
            *_DATE_RANGE,
            arg(
                "--limit",
                type=int,
                default=50,
                metavar="N",
                help="at most N hits (default 50; 0 for every hit)",
            ),
            arg(
                "--sort",
                choices=["date", "relevance"],
                default="date",
                help="date: newest issue first (default); relevance: most matches first, "
                "a match in the title counting five times, then newest",
            ),
            arg("--json", action="store_true", help="print the hits as JSON", exclusive="output"),
            arg(
                "--count",
                action="store_true",
                help="print only how many articles match",
                exclusive="output",
            ),
        ),
    ),
    "import": Command(
        "turn newspaper page PDFs, saved e-paper pages (or page text) into an issue file",
        "Read newspaper pages into a paperterm/1 issue. Page PDFs (known by their %PDF- header) are "
        "read from their layout: the masthead gives the paper and the date, running heads number and "
        "name the pages, and every page of every file becomes a page of the issue, in printed order. "
        "Page text from pdftotext works too, with --date and --paper: several files become pages 1..n "
        "in order, form feeds split a file into pages. A folder or a web page is a saved e-paper site "
        "(a wget or HTTrack mirror, or pages saved from a browser), read as `paperterm fetch` reads the live "
        "site; a site of a system no profile knows is read by its structure (版面 pages link article "
        "pages; an article page has a headline group over a body), its paper and date from what its "
        "pages print. PDFs, sites and text files are imported apart. The "
        "result is validated before it is written; without -o or --into it goes to stdout.",
        (
            arg(
                "inputs",
                nargs="+",
                metavar="PAGE",
                help="page PDFs, saved e-paper pages or folders, or page text",
            ),
            arg("--date", metavar="YYYY-MM-DD", help="the issue's date (a PDF's masthead gives it)"),
            arg("--paper", metavar="NAME", help="the paper's name (a PDF's masthead or a site gives it)"),
            arg("--paper-id", metavar="ID", help="slug [a-z0-9-]+ (default: from the name)"),
            arg("--page", type=int, metavar="N", help="page text: number of the first page (default 1)"),
            arg("--name", metavar="SECTION", help="page text: section name for the page(s), e.g. 要闻"),
            arg("--encoding", metavar="ENC", help="page text: encoding (default: UTF-8, GB18030 or Big5)"),
            arg("-o", "--output", exclusive="target", metavar="FILE", help="write the issue to FILE"),
            arg("--into", exclusive="target", metavar="LIBRARY", help="write LIBRARY/<paper-id>/<date>.yaml"),
            arg("--force", action="store_true", help="overwrite an existing file"),
            arg(
                "--keep-pdf",
                action="store_true",
                help="keep the page PDFs beside the issue (in <date>.pages/) for the page map's picture",
            ),
            arg("--report", action="store_true", help="print every decision the importer was unsure of"),
        ),
    ),
    "fetch": Command(
        "download a day's issue from the paper's 数字报 (e-paper) site",
        "Download a paper's issue from its e-paper site (Founder 方正 classic and pc pages, 人民日报's "
        "older pages) into the library as LIBRARY/<paper-id>/<date>.yaml, checked before it is written. "
        "Polite: one request at a time, a pause between them, retries with backoff. What was downloaded "
        "is kept, so a second run asks only for what is missing. A progress bar on a terminal, quiet "
        "under cron. Site profiles: paperterm fetch --list; your own go in the config folder's profiles/ "
        "(docs/fetch.md).",
        (
            arg("paper", nargs="?", metavar="ID", help="the paper: a site profile's id, e.g. rmrb"),
            arg("when", nargs="?", metavar="DATE", help="YYYY-MM-DD, YYYYMMDD or 'latest' (default)"),
            arg("--list", action="store_true", help="list the site profiles"),
            arg(
                "--into",
                metavar="LIBRARY",
                help="write LIBRARY/<paper-id>/<date>.yaml (default: your library)",
            ),
            arg(
                "--pdf", action="store_true", help="also keep each page's PDF, in LIBRARY/<paper-id>/<date>/"
            ),
            arg("--force", action="store_true", help="fetch again an issue the library already has"),
            arg("--delay", type=float, default=1.0, metavar="N", help="seconds between requests (default 1)"),
            arg(
                "--report",
                action="store_true",
                help="print every decision the reader of the pages was unsure of",
            ),
        ),
    ),
    "recent": Command(
        "list the issues you have read, newest first",
        "Issues read, most recently opened first: date (2024年11月19日 星期二), paper, read/total "
        "articles and the last article.",
        (
            arg("--limit", type=int, default=20, metavar="N", help="at most N issues (default 20)"),
            arg("--json", action="store_true", help="print the issues as JSON (ISO dates, Unix times)"),
        ),
    ),
    "kept": Command(
        "list the articles you keep (收藏), newest first",
        "Articles kept with * in the reader, of every issue, the newest issue first: date, paper, page "
        "and title (2024-11-19 山西日报 第1版 特种车辆走俏国内外市场). K in the reader lists them too; "
        "enter there opens one.",
        (
            _SCRIPT,
            arg("--json", action="store_true", help="print them as JSON (text as stored, as printed)"),
        ),
    ),
    "state": Command(
        "see, back up, restore or clear the reading state",
        "path: where the state file is; export [FILE]: JSON backup (stdout without FILE); "
        "import FILE: restore a backup (replaces what is stored); reset --yes: forget everything.",
        (
            arg("action", choices=["path", "export", "import", "reset"]),
            arg("file", nargs="?", metavar="FILE"),
            arg("--yes", action="store_true", help="confirm reset"),
        ),
    ),
    "completion": Command(
        "print the shell completion script for bash, zsh or fish",
        "Print the completion script for SHELL: it completes commands, options, paper ids, the "
        "library's dates and an issue's article ids, asking paperterm at each tab. "
        'bash: eval "$(paperterm completion bash)" in ~/.bashrc; zsh: '
        'eval "$(paperterm completion zsh)" in ~/.zshrc, after compinit; fish: '
        "paperterm completion fish > ~/.config/fish/completions/paperterm.fish",
        (arg("shell", choices=["bash", "zsh", "fish"], metavar="SHELL"),),
    ),
}
