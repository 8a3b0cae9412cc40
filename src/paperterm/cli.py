"""The `paperterm` command. Only `open` imports Textual; everything else stays light."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from paperterm import __version__
from paperterm.model.library import IssueRef, parse_when, scan
from paperterm.model.loader import check_file, load_issue
from paperterm.model.problems import IssueFileError
from paperterm.state.paths import cache_dir, library_dir

if TYPE_CHECKING:  # imported where used: every command pays only for what it needs
    from paperterm.model.issue import Issue
    from paperterm.options import ReaderOptions
    from paperterm.state.reading import ReadingState


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


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="paperterm", description="Read daily newspaper issues in the terminal.")
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show the version and the OpenCC engine, then exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

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
        description="Open an issue in the three-pane reader.",
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
        description="One line per issue: date, paper, pages, articles.",
    )
    p_list.set_defaults(when=None)

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
        help="find a word in an issue, in any script",
        description="Print every hit of QUERY in an issue as: ARTICLE-ID, page, snippet (tab-separated). "
        "Matching ignores the script (煤礦 finds 煤矿), full/half width and case.",
    )
    p_search.add_argument("query", metavar="QUERY")
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
    p_search.add_argument(
        "when", nargs="?", default="latest", metavar="WHEN", help="which issue (default: latest)"
    )
    return parser


def _add_script_option(parser: argparse.ArgumentParser) -> None:
    from paperterm.model.script import MODES

    parser.add_argument(
        "--script",
        choices=list(MODES),
        help="show the text as printed (original) or converted with OpenCC; taiwan (s2tw) is the "
        "usual choice, taiwan-phrases (s2twp) also rewrites words and mangles news text",
    )


def _describe_dates(refs: list[IssueRef]) -> str:
    dates = sorted({r.date.isoformat() for r in refs})
    if not dates:
        return "the library has no issues"
    shown = ", ".join(dates[-10:])
    return f"issues exist for: {shown}" + (f" (and {len(dates) - 10} earlier)" if len(dates) > 10 else "")


def resolve(when: str, library: Path, paper: str | None) -> tuple[Path, str | None]:
    """Turn WHEN into an issue file path and its folder's paper id, or raise UsageError."""
    date = parse_when(when)
    if date is None and when != "latest":
        path = Path(when).expanduser()
        if path.is_file():
            return path, None
        if path.suffix in (".yaml", ".yml") or "/" in when:
            raise UsageError(f"no such issue file: {when}")
        raise UsageError(f"'{when}' is not a date (YYYY-MM-DD or YYYYMMDD), 'latest', or an issue file")
    refs = [r for r in scan(library) if paper is None or r.paper_id == paper]
    if not refs:
        where = f"paper '{paper}' in {library}" if paper else str(library)
        raise UsageError(f"no issues found in {where}")
    if date is None:
        date = refs[-1].date
    matches = [r for r in refs if r.date == date]
    if not matches:
        raise UsageError(f"no issue for {date.isoformat()} in {library}; {_describe_dates(refs)}")
    if len(matches) > 1:
        papers = ", ".join(r.paper_id or "(top level)" for r in matches)
        raise UsageError(
            f"several papers have an issue on {date.isoformat()} ({papers}); choose one with --paper"
        )
    return matches[0].path, matches[0].paper_id


def _load(args: argparse.Namespace) -> Issue:
    path, paper_id = resolve(args.when or "latest", library_dir(args.library), args.paper)
    return load_issue(path, paper_id)


def _reader_options(args: argparse.Namespace, state: ReadingState) -> ReaderOptions:
    """Remembered settings, then the config file, then the command line, each overriding the last."""
    from paperterm.model.highlight import Keyword
    from paperterm.model.script import MODES, ORIGINAL
    from paperterm.options import ReaderOptions
    from paperterm.state.config import load_config
    from paperterm.state.settings import has_settings, load_settings

    config = load_config()
    settings = load_settings(state)
    script_on, script_other = settings.script_on, settings.script_other
    if not has_settings(state) and config.script:
        script_on = config.script != ORIGINAL.name
        script_other = config.script if config.script != "simplified" else script_other
    if args.script:
        script_on = args.script != ORIGINAL.name
        if args.script != "simplified" and MODES[args.script].config:
            script_other = args.script
    words = (
        settings.keywords if settings.keywords is not None else tuple(Keyword(w) for w in config.highlight)
    )
    known = {k.word for k in words}
    extra = tuple(
        Keyword(w) for w in dict.fromkeys(w.strip() for w in args.highlight) if w and w not in known
    )
    return ReaderOptions(
        script_on=script_on,
        script_other=script_other,
        keywords=(*words, *extra),
        state=state,
        fold_cache=cache_dir() / "fold.json",
        notices=config.problems,
    )


def _resume_target(args: argparse.Namespace, state: ReadingState) -> tuple[Path, str | None] | None:
    """With no WHEN, the issue the reader was last in, if the library still has it."""
    if args.when is not None:
        return None
    last = state.last_issue()
    if not last or not isinstance(last.get("date"), str):
        return None
    paper = last.get("paper_id")
    if args.paper is not None and paper != args.paper:
        return None
    library = library_dir(args.library)
    for ref in scan(library):
        if ref.date.isoformat() == last["date"] and ref.paper_id in (paper, None):
            return ref.path, ref.paper_id
    path = last.get("path")
    return (Path(path), None) if isinstance(path, str) and Path(path).is_file() else None


def _cmd_open(args: argparse.Namespace) -> int:
    from paperterm.state.reading import ReadingState

    state = ReadingState.open()
    try:
        target = _resume_target(args, state)
        issue = load_issue(*target) if target else _load(args)
        options = _reader_options(args, state)
        from paperterm.app import make_app

        make_app(issue, options).run()
    finally:
        state.close()
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from paperterm.model.importer.issue import Source, import_issue
    from paperterm.model.importer.text import ImportProblem, decode
    from paperterm.model.loader import slug

    date = parse_when(args.date)
    if date is None:
        raise UsageError(f"--date must be a real date like 2024-11-19, not {args.date!r}")
    sources = []
    for name in args.inputs:
        try:
            sources.append(Source(name, decode(Path(name).read_bytes(), args.encoding)))
        except OSError as exc:
            raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
        except ImportProblem as exc:
            print(f"paperterm: {name}: {exc}", file=sys.stderr)
            return 1
    if args.paper_id is not None and slug(args.paper_id) != args.paper_id:
        raise UsageError("--paper-id must use only a-z, 0-9 and '-'")
    try:
        result = import_issue(
            sources,
            date=date,
            paper=args.paper,
            paper_id=args.paper_id,
            first_page=args.page,
            page_name=args.name,
        )
    except ImportProblem as exc:
        print(f"paperterm: {exc}", file=sys.stderr)
        return 1
    if args.report:
        for note in result.notes:
            print(note, file=sys.stderr)
    if result.problems:
        for problem in result.problems:
            print(f"paperterm: {problem}", file=sys.stderr)
        return 1
    if args.output is None and args.into is None:
        sys.stdout.write(result.yaml)
        return 0
    path = (
        Path(args.output)
        if args.output
        else Path(args.into) / result.issue.paper_id / f"{date.isoformat()}.yaml"
    )
    if path.exists() and not args.force:
        print(f"paperterm: {path} exists; add --force to replace it", file=sys.stderr)
        return 1
    _write_atomically(path, result.yaml)
    print(
        f"wrote {path}: {len(result.issue.pages)} pages, {sum(1 for _ in result.issue.articles())} articles"
    )
    return 0


def _write_atomically(path: Path, text: str) -> None:
    """Temp file in the same folder, then rename: a crash never leaves half an issue."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cmd_recent(args: argparse.Namespace) -> int:
    import time

    from paperterm.state.reading import ReadingState

    state = ReadingState.open()
    try:
        records = state.recent(args.limit)
    finally:
        state.close()
    if state.notice:
        print(f"paperterm: {state.notice}", file=sys.stderr)
    for r in records:
        opened = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.opened_at))
        last = f"  {r.last_title}" if r.last_title else ""
        print(
            f"{r.date}  {r.paper_id:<8} {r.paper}  {r.read}/{r.total_articles} read  (opened {opened}){last}"
        )
    return 0


def _cmd_state(args: argparse.Namespace) -> int:
    import json

    from paperterm.state.reading import ReadingState

    state = ReadingState.open()
    try:
        if state.notice:
            print(f"paperterm: {state.notice}", file=sys.stderr)
        if args.action == "path":
            print(state.path if state.path is not None else "(in memory: the state folder cannot be written)")
        elif args.action == "export":
            text = json.dumps(state.export(), ensure_ascii=False, indent=1)
            if args.file and args.file != "-":
                Path(args.file).write_text(text + "\n", encoding="utf-8")
            else:
                print(text)
        elif args.action == "import":
            if not args.file:
                raise UsageError("state import needs a FILE (or - for standard input)")
            raw = sys.stdin.read() if args.file == "-" else _read_text(Path(args.file))
            try:
                state.import_(json.loads(raw))
            except ValueError as exc:
                print(f"paperterm: {args.file}: {exc}", file=sys.stderr)
                return 1
        elif args.action == "reset":
            if not args.yes:
                raise UsageError("state reset forgets every position and mark; add --yes to do it")
            state.reset()
    finally:
        state.close()
    return 0


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None


def _cmd_list(args: argparse.Namespace) -> int:
    from paperterm.state.summaries import SummaryCache

    library = library_dir(args.library)
    refs = [r for r in scan(library) if args.paper is None or r.paper_id == args.paper]
    cache = SummaryCache(cache_dir() / "summaries.json")
    status = 0
    for ref in refs:
        try:
            summary = cache.get(ref.path, lambda p, ref=ref: load_issue(p, ref.paper_id))
        except IssueFileError as exc:
            print(f"paperterm: {exc.problems[0]}", file=sys.stderr)
            status = 1
            continue
        counts = f"{summary.pages} pages  {summary.articles} articles"
        print(f"{ref.date.isoformat()}  {summary.paper_id:<8} {summary.paper}  {counts}")
    cache.save()
    if not refs:
        print(f"paperterm: no issues found in {library}", file=sys.stderr)
    return status


def _cmd_check(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        issue, problems = check_file(name)
        for problem in problems:
            print(problem)
        if issue is None:
            status = 1
    return status


def _cmd_cat(args: argparse.Namespace) -> int:
    from paperterm.model.plaintext import article_lines, page_header

    issue = _load(args)
    if args.script:
        from paperterm.model.script import MODES, Script

        issue = Script(MODES[args.script], issue.language).issue(issue)
    width = _terminal_width()
    pages = [p for p in issue.pages if args.page is None or p.number == args.page]
    if not pages:
        raise UsageError(
            f"issue has no page {args.page}; pages are {', '.join(str(p.number) for p in issue.pages)}"
        )
    chunks: list[list[str]] = []
    for page in pages:
        chosen = [a for a in page.articles if args.article is None or a.id == args.article]
        for n, article in enumerate(chosen):
            lines = article_lines(page, article, width)
            chunks.append([page_header(page), *lines] if n == 0 and not args.article else lines)
    if not chunks:
        ids = ", ".join(a.id for p in pages for a in p.articles)
        raise UsageError(f"no article '{args.article}' in this issue; ids are: {ids}")
    print("\n\n".join("\n".join(chunk).rstrip("\n") for chunk in chunks))
    return 0


def _terminal_width() -> int | None:
    """Wrap only for a person at a terminal; pipes get one paragraph per line."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return min(shutil.get_terminal_size().columns, 80)


def _cmd_search(args: argparse.Namespace) -> int:
    from paperterm.model.fold import opencc_fold
    from paperterm.model.search import search_issue

    issue = _load(args)
    hits = search_issue(issue, args.query, opencc_fold(cache_dir() / "fold.json"))
    for hit in hits:
        print(f"{hit.article_id}\t{hit.page}\t{hit.snippet}")
    return 0 if hits else 1


_COMMANDS = {
    "open": _cmd_open,
    "list": _cmd_list,
    "check": _cmd_check,
    "cat": _cmd_cat,
    "search": _cmd_search,
    "import": _cmd_import,
    "recent": _cmd_recent,
    "state": _cmd_state,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status instead of exiting, so tests can call it."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        return _COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"paperterm: {exc}", file=sys.stderr)
        return 2
    except IssueFileError as exc:
        for problem in exc.problems:
            print(f"paperterm: {problem}", file=sys.stderr)
        return 1
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
