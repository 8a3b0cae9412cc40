"""A small cache of per-file issue summaries, so `paperterm list` parses only new or changed files."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from paperterm.model.issue import Issue


@dataclass(frozen=True)
class Summary:
    """What `list` shows of an issue."""

    paper: str
    paper_id: str
    pages: int
    articles: int


def summarise(issue: Issue) -> Summary:
    """The list line's numbers for a loaded issue."""
    return Summary(issue.paper, issue.paper_id, len(issue.pages), sum(1 for _ in issue.articles()))


class SummaryCache:
    """Summaries keyed by path and checked against mtime and size before use."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._entries: dict[str, dict[str, object]] = {}
        self._dirty = False
        try:
            loaded = json.loads(file.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._entries = loaded
        except (OSError, ValueError):
            self._entries = {}

    def get(self, path: Path, load: Callable[[Path], Issue]) -> Summary:
        """The summary of `path`, from the cache when the file has not changed, else by loading it."""
        stat = path.stat()
        key = str(path.resolve())
        stamp = [stat.st_mtime_ns, stat.st_size]
        entry = self._entries.get(key)
        if isinstance(entry, dict) and entry.get("stamp") == stamp:
            try:
                return Summary(**entry["summary"])  # type: ignore[arg-type]
            except TypeError:
                pass
        summary = summarise(load(path))
        self._entries[key] = {"stamp": stamp, "summary": asdict(summary)}
        self._dirty = True
        return summary

    def save(self) -> None:
        """Write the cache atomically; a cache that cannot be written is simply not kept."""
        if not self._dirty:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".summaries-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._entries, handle, ensure_ascii=False)
            os.replace(tmp, self.file)
        except OSError:
            return
