"""Which issue file a WHEN (a date, latest, a path) means, in which library."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from paperterm.cli.parser import UsageError
from paperterm.model.library import IssueRef, parse_when, scan
from paperterm.model.loader import load_issue
from paperterm.state.paths import library_dir

if TYPE_CHECKING:
    from paperterm.model.issue import Issue
    from paperterm.state.reading import ReadingState


def describe_dates(refs: list[IssueRef]) -> str:
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
        raise UsageError(f"no issue for {date.isoformat()} in {library}; {describe_dates(refs)}")
    if len(matches) > 1:
        papers = ", ".join(r.paper_id or "(top level)" for r in matches)
        raise UsageError(
            f"several papers have an issue on {date.isoformat()} ({papers}); choose one with --paper"
        )
    return matches[0].path, matches[0].paper_id


def load(args: argparse.Namespace) -> Issue:
    path, paper_id = resolve(args.when or "latest", library_dir(args.library), args.paper)
    return load_issue(path, paper_id)


def resume_target(args: argparse.Namespace, state: ReadingState) -> tuple[Path, str | None] | None:
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
