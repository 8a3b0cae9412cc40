"""Find issues in a library folder by their file names, without parsing them.

Layout: `YYYY-MM-DD.yaml` directly in the library (one paper) or in
`<paper-id>/` subfolders (several papers), mixed freely.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})\.ya?ml")
_SUBFOLDER = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, order=True)
class IssueRef:
    """An issue file known by its name: enough to list and choose, not to read."""

    date: dt.date
    paper_id: str | None
    path: Path


def scan(library: Path) -> list[IssueRef]:
    """Every issue file in the library, oldest first; unreadable folders are skipped."""
    refs: list[IssueRef] = []
    try:
        entries = sorted(library.iterdir())
    except OSError:
        return []
    for entry in entries:
        if entry.is_dir() and _SUBFOLDER.fullmatch(entry.name):
            try:
                children = sorted(entry.iterdir())
            except OSError:
                continue
            refs.extend(r for r in (_ref(c, entry.name) for c in children) if r)
        else:
            ref = _ref(entry, None)
            if ref:
                refs.append(ref)
    return sorted(refs, key=lambda r: (r.date, r.paper_id or "", str(r.path)))


def _ref(path: Path, paper_id: str | None) -> IssueRef | None:
    match = _NAME.fullmatch(path.name)
    if not match or not path.is_file():
        return None
    try:
        date = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return IssueRef(date, paper_id, path)


def parse_when(when: str) -> dt.date | None:
    """A date from `YYYY-MM-DD` or `YYYYMMDD`; None if `when` is not one."""
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", when.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
