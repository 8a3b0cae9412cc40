"""Find issues in a library folder by their file names, without parsing them.

Layout: `YYYY-MM-DD.yaml` directly in the library (one paper) or in
`<paper-id>/` subfolders (several papers), mixed freely. Files at the top
level form one group whose paper id (None here) is whatever the files say.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from collections.abc import Callable
from pathlib import Path

_SUBFOLDER = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class IssueRef:
    """An issue file known by its name: enough to list and choose, not to read.

    A value like the model's NamedTuples (compared and hashed by date, paper and file), but
    its `path` is made only when asked for: a ten-year library lists 3,650 files, and a
    `pathlib.Path` each was most of the listing's time.
    """

    __slots__ = ("_file", "_path", "date", "paper_id")

    def __init__(self, date: dt.date, paper_id: str | None, path: Path | str) -> None:
        self.date = date
        self.paper_id = paper_id
        self._file = os.fspath(path)
        self._path = path if isinstance(path, Path) else None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = Path(self._file)
        return self._path

    @property
    def name(self) -> str:
        """The file's name, without making its Path."""
        return os.path.basename(self._file)

    def _key(self) -> tuple[dt.date, str | None, str]:
        return (self.date, self.paper_id, self._file)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IssueRef) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"IssueRef(date={self.date!r}, paper_id={self.paper_id!r}, path={self._file!r})"


def scan(library: Path) -> list[IssueRef]:
    """Every issue file in the library, oldest first; unreadable folders are skipped.

    Reads directory entries only (their types come with the listing): no stat, no parse,
    no Path per file. A name sorts as its date does, so the order is that of plain string
    tuples: (date, paper folder, name).
    """
    root = os.fspath(library)
    keyed: list[tuple[str, str, str, IssueRef]] = []
    for entry in _entries(root):
        name = entry.name
        date = issue_date(name)
        if date is not None:
            if _is(entry.is_file):
                keyed.append((name[:10], "", name, IssueRef(date, None, entry.path)))
        elif is_paper_folder(name) and _is(entry.is_dir):
            for child in _entries(entry.path):
                day = issue_date(child.name)
                if day is not None and _is(child.is_file):
                    keyed.append((child.name[:10], name, child.name, IssueRef(day, name, child.path)))
    keyed.sort()  # date, paper folder ("" for the top level first), name (.yaml, .yml): never a tie
    return [k[3] for k in keyed]


def _entries(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as listing:
            return list(listing)
    except OSError:
        return []


def _is(test: Callable[[], bool]) -> bool:
    """A directory entry's type; a symlink loop or a vanished target is neither file nor folder."""
    try:
        return test()
    except OSError:
        return False


def issue_date(name: str) -> dt.date | None:
    """The date an issue file's name gives (`2024-11-19.yaml`, `.yml`), or None for any other name."""
    if name[10:] not in (".yaml", ".yml") or name[4:5] != "-" or name[7:8] != "-":
        return None
    try:  # with hyphens where they are, only YYYY-MM-DD of ASCII digits and a real day passes
        return dt.date.fromisoformat(name[:10])
    except ValueError:
        return None


def is_paper_folder(name: str) -> bool:
    """Whether a folder's name makes it a paper's folder (`sxrb`, `people-daily`)."""
    return _SUBFOLDER.fullmatch(name) is not None


class Library:
    """The issue files of one library folder, grouped by paper and ordered by date."""

    def __init__(self, root: Path, refs: list[IssueRef]) -> None:
        self.root = root
        self.refs = refs
        self._stamps = _folder_stamps(root, {r.paper_id for r in refs})
        self._by_paper: dict[str | None, list[IssueRef]] = {}
        for ref in refs:
            self._by_paper.setdefault(ref.paper_id, []).append(ref)

    @classmethod
    def scan(cls, root: Path) -> Library:
        """List the folder by file names; nothing is parsed."""
        return cls(root, scan(root))

    def rescanned(self) -> Library:
        """This listing if no folder changed (adding or removing a file changes it), else a new one."""
        if _folder_stamps(self.root, set(self._by_paper)) == self._stamps and self._stamps:
            return self
        return Library.scan(self.root)

    @property
    def papers(self) -> list[str | None]:
        """The paper groups: folder ids, and None for files at the top level."""
        return sorted(self._by_paper, key=lambda p: p or "")

    def issues(
        self, paper: str | AnyPaper | None = None, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[IssueRef]:
        """Issues of one paper group (all, if `paper` is ANY) between two dates, both included."""
        refs = self.refs if isinstance(paper, AnyPaper) else self._by_paper.get(paper, [])
        return [r for r in refs if (start is None or r.date >= start) and (end is None or r.date <= end)]

    def on(self, date: dt.date) -> list[IssueRef]:
        """Every paper's issue of one day."""
        return [r for r in self.refs if r.date == date]

    def nearest(
        self, date: dt.date, paper: str | AnyPaper | None = None
    ) -> tuple[IssueRef | None, IssueRef | None]:
        """The closest issue before and after a date that has none."""
        refs = self.issues(paper)
        dates = [r.date for r in refs]
        lo = bisect.bisect_left(dates, date)
        hi = bisect.bisect_right(dates, date)
        return (refs[lo - 1] if lo > 0 else None), (refs[hi] if hi < len(refs) else None)

    def nearest_message(self, date: dt.date, paper: str | AnyPaper | None = None) -> str:
        """'no issue for D; nearest: E (earlier), L (later)': what to say about a date without one."""
        before, after = self.nearest(date, paper)
        near = [f"{r.date.isoformat()} (earlier)" for r in [before] if r]
        near += [f"{r.date.isoformat()} (later)" for r in [after] if r]
        return f"no issue for {date.isoformat()}; nearest: {', '.join(near) or 'none'}"

    def step(self, ref: IssueRef, step: int) -> IssueRef | None:
        """The paper's issue `step` issues after (or before) this one."""
        refs = self._by_paper.get(ref.paper_id, [])
        dates = [r.date for r in refs]
        here = bisect.bisect_left(dates, ref.date)
        target = here + step
        return refs[target] if 0 <= target < len(refs) else None

    def find(self, path: Path) -> IssueRef | None:
        """The ref of a file in this library, if it is one."""
        resolved = path.resolve()
        return next((r for r in self.refs if r.name == path.name and r.path.resolve() == resolved), None)


def _folder_stamps(root: Path, papers: set[str | None]) -> dict[str, int]:
    """The mtimes of the library folder and its paper folders; {} if the library cannot be read."""
    stamps: dict[str, int] = {}
    for name in ("", *(p for p in papers if p)):
        try:
            stamps[name] = os.stat(root / name).st_mtime_ns
        except OSError:
            return {}
    return stamps


class AnyPaper:
    """Stands for "every paper" where None already means the top-level group."""


ANY = AnyPaper()


def parse_when(when: str) -> dt.date | None:
    """A date from `YYYY-MM-DD` or `YYYYMMDD`; None if `when` is not one."""
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", when.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
