"""Which issue file a WHEN (a date, latest, a path) means, in which library."""

from __future__ import annotations

import datetime as dt
import stat
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from paperterm.cache.parse_cache import folder, load_cached
from paperterm.cli.grammar import UsageError
from paperterm.model.header import read_header
from paperterm.model.library import ANY, AnyPaper, IssueRef, Library, parse_when
from paperterm.state.paths import cache_dir, library_dir, library_notice

if TYPE_CHECKING:
    from paperterm.model.issue import Issue
    from paperterm.state.reading import ReadingState


def _paper_name(paper: str | None) -> str:
    return paper if paper is not None else "(top level)"


def paper_group(library: Library, paper: str | None) -> str | AnyPaper | None:
    """Which files `--paper ID` means: its folder, or the top-level files if they are that paper
    (a one-paper library keeps its files at the top); every paper without `--paper`."""
    if paper is None:
        return ANY
    if paper in library.papers:
        return paper
    top = library.issues(None)
    if top and read_header(top[-1].path).get("paper_id") == paper:
        return None
    known = ", ".join(_paper_name(p) for p in library.papers) or "none"
    raise UsageError(f"no paper '{paper}' in {library.root}; papers: {known}")


def candidates(when: str, library: Library, paper: str | None) -> list[IssueRef]:
    """Every issue WHEN can mean (several when papers share a date), or raise UsageError."""
    date = parse_when(when)
    if date is None and when != "latest":
        path = Path(when).expanduser()
        if (odd := not_a_file(path)) is not None:
            raise UsageError(f"{when}: {odd}; an issue is a file")
        if path.is_file():
            return [library.find(path) or IssueRef(dt.date.min, None, path)]
        if path.suffix in (".yaml", ".yml") or "/" in when:
            raise UsageError(f"no such issue file: {when}")
        raise UsageError(f"'{when}' is not a date (YYYY-MM-DD or YYYYMMDD), 'latest', or an issue file")
    group = paper_group(library, paper)
    refs = library.issues(group)
    if not refs:
        raise UsageError(f"no issues found in {library.root}")
    if date is None:
        date = refs[-1].date
    matches = [r for r in refs if r.date == date]
    if not matches:
        raise UsageError(library.nearest_message(date, group))
    return matches


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def not_a_file(path: Path) -> str | None:
    """What the path is if it exists and is not a regular file (reading a FIFO would wait for ever)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):  # missing, a loop, a NUL in the name: the reader says so later
        return None
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return f"{kind}, not a regular file"


def resolve(when: str, library: Library, paper: str | None) -> IssueRef:
    """The one issue WHEN means, or raise UsageError (also when several papers share the date)."""
    matches = candidates(when, library, paper)
    if len(matches) > 1:
        papers = ", ".join(_paper_name(r.paper_id) for r in matches)
        raise UsageError(
            f"several papers have an issue on {matches[0].date.isoformat()} ({papers}); "
            "choose one with --paper"
        )
    return matches[0]


def scan_library(explicit: str | None) -> Library:
    """The library a command reads; when the shipped sample stands in for one, a line on stderr says so."""
    root = library_dir(explicit)
    notice = library_notice(root)
    if notice:
        print(f"paperterm: {notice}", file=sys.stderr)
    return Library.scan(root)


def load(args: SimpleNamespace) -> Issue:
    ref = resolve(args.when or "latest", scan_library(args.library), args.paper)
    return load_cached(ref.path, ref.paper_id, folder(cache_dir()))


def resume_target(args: SimpleNamespace, state: ReadingState, library: Library) -> IssueRef | None:
    """With no WHEN, the issue the reader was last in, if the library still has it."""
    if args.when is not None:
        return None
    last = state.last_issue()
    if not last or not isinstance(last.get("date"), str):
        return None
    paper = last.get("paper_id")
    if args.paper is not None and paper != args.paper:
        return None
    for ref in library.refs:
        if ref.date.isoformat() == last["date"] and ref.paper_id in (paper, None):
            return ref
    if args.library is not None:  # --library wins: the issue left elsewhere is not this library's
        return None
    path = last.get("path")
    return IssueRef(dt.date.min, None, Path(path)) if isinstance(path, str) and Path(path).is_file() else None
