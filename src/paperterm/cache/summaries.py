"""A cache of each issue file's paper name and id: `paperterm list` reads the top of a file once."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from paperterm.cache.atomic import write_atomically
from paperterm.model.header import read_header
from paperterm.model.library import IssueRef


@dataclass(frozen=True)
class Summary:
    """Which paper an issue file belongs to, as its header says."""

    paper: str
    paper_id: str


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

    def get(self, ref: IssueRef) -> Summary:
        """The summary of an issue file, from the cache when the file has not changed."""
        try:
            stat = ref.path.stat()
            stamp: list[int] | None = [stat.st_mtime_ns, stat.st_size]
        except OSError:
            stamp = None
        key = str(ref.path.resolve())
        entry = self._entries.get(key)
        if stamp is not None and isinstance(entry, dict) and entry.get("stamp") == stamp:
            try:
                return Summary(**entry["summary"])  # type: ignore[arg-type]
            except TypeError:
                pass
        header = read_header(ref.path)
        paper_id = header.get("paper_id") or ref.paper_id or "-"
        summary = Summary(header.get("paper", "?"), paper_id)
        if stamp is not None:
            self._entries[key] = {"stamp": stamp, "summary": asdict(summary)}
            self._dirty = True
        return summary

    def save(self) -> None:
        """Write the cache atomically; a cache that cannot be written is simply not kept."""
        if not self._dirty:
            return
        try:
            write_atomically(self.file, json.dumps(self._entries, ensure_ascii=False))
        except OSError:
            return
