"""One reader in one issue: the article states the UI shows, and what is waiting to be saved.

The UI thread changes records as the reader moves; a worker thread calls
flush() to write what changed. Kept free of Textual so it can be tested alone.
A flush that fails leaves its rows with the state (ReadingState keeps failed
writes), so they stay pending until a later flush writes them.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections.abc import Iterable, Sequence

from paperterm.model.continuation import continuation
from paperterm.model.issue import Issue
from paperterm.state.reading import ArticleRecord, ArticleState, IssueKey, ReadingState


def issue_key(issue: Issue) -> IssueKey:
    """The state key of an issue: its paper id and date, never its path."""
    return IssueKey(issue.paper_id, issue.date.isoformat())


class ReadingSession:
    """Reading state of one issue, kept in memory and written back in batches."""

    def __init__(self, state: ReadingState, issue: Issue) -> None:
        self.state = state
        self.issue = issue
        self.key = issue_key(issue)
        self.records: dict[str, ArticleRecord] = state.articles(self.key)
        self.place: tuple[int, str, str] | None = None
        self._dirty: set[str] = set()
        self._place_dirty = False
        self._lock = threading.Lock()
        self._flushing = threading.Lock()
        """One flush at a time: two at once could write an older position after a newer one."""
        self._parts = _later_parts(issue)

    def record(self, article_id: str) -> ArticleRecord:
        """The article's state (unread if never touched)."""
        return self.records.get(article_id) or ArticleRecord(article_id)

    def _put(self, record: ArticleRecord) -> bool:
        if self.records.get(record.article_id) == record:
            return False
        with self._lock:
            self.records[record.article_id] = record
            self._dirty.add(record.article_id)
        if record.state == "read":  # a continued article is read as a whole
            for part in self._parts.get(record.article_id, ()):
                self._put(dataclasses.replace(self.record(part), state="read"))
        return True

    def place_at(self, page: int, article_id: str, title: str) -> None:
        """Where the reader is (a preview in the list too): where `open` with no date goes back to."""
        with self._lock:
            self.place = (page, article_id, title)
            self._place_dirty = True

    def open(self, page: int, article_id: str, title: str) -> bool:
        """The reader opened an article: it is at least 'opened', and it is where they are."""
        self.place_at(page, article_id, title)
        record = self.record(article_id)
        if record.state == "unread":
            return self._put(dataclasses.replace(record, state="opened"))
        return False

    def move(self, article_id: str, block: int, offset: int, progress: float, at_end: bool) -> bool:
        """The first line on screen moved; reaching the end makes the article read."""
        record = self.record(article_id)
        state: ArticleState = "read" if at_end or record.state == "read" else "opened"
        return self._put(
            dataclasses.replace(record, state=state, block=block, offset=offset, progress=progress)
        )

    def toggle_read(self, article_id: str) -> bool:
        """`m`: read ↔ not read. The position is kept either way."""
        record = self.record(article_id)
        return self._put(dataclasses.replace(record, state="opened" if record.state == "read" else "read"))

    def mark_read(self, article_ids: Iterable[str]) -> bool:
        """`U`: every given article becomes read."""
        changed = [self._put(dataclasses.replace(self.record(i), state="read")) for i in article_ids]
        return any(changed)

    def next_unread(self, order: Sequence[str], current: str | None) -> str | None:
        """The first article after `current` (wrapping round) that is not read."""
        start = order.index(current) + 1 if current in order else 0
        for article_id in [*order[start:], *order[:start]]:
            if article_id != current and self.record(article_id).state != "read":
                return article_id
        return None

    def unread_count(self, article_ids: Iterable[str]) -> int:
        """How many of these articles are not read yet."""
        return sum(1 for i in article_ids if self.record(i).state != "read")

    def pending(self) -> bool:
        """Whether anything waits to be written (changed since the last flush, or a write that failed)."""
        return bool(self._dirty) or self._place_dirty or self.state.unsaved

    def flush(self) -> None:
        """Write what changed since the last flush, and what failed before. Safe to call from a worker
        thread; raises sqlite3.Error if it could not be written (it stays pending)."""
        with self._flushing:
            self._flush()

    def _flush(self) -> None:
        with self._lock:
            dirty = [self.records[i] for i in self._dirty]
            self._dirty = set()  # from here on the state holds them until they are written
            place = self.place if self._place_dirty else None
            self._place_dirty = False
        try:
            if dirty:
                self.state.save_articles(self.key, dirty)
            else:
                self.state.retry()
        except sqlite3.Error:
            if place is not None:
                with self._lock:
                    self._place_dirty = True  # the place is written with the next flush
            raise
        if place is not None:
            page, article_id, title = place
            self.state.opened_issue(
                self.key,
                paper=self.issue.paper,
                path=self.issue.path,
                total_articles=sum(1 for _ in self.issue.articles()),
                last_page=page,
                last_article=article_id,
                last_title=title,
            )


def _later_parts(issue: Issue) -> dict[str, tuple[str, ...]]:
    """For each continued article, the ids of the parts it goes on in (下转), in order."""
    parts: dict[str, tuple[str, ...]] = {}
    for page, article in issue.articles():
        found: list[str] = []
        here = continuation(issue, page, article) if article.continued_on is not None else None
        while here is not None and here[1].id not in found and here[1].id != article.id:
            found.append(here[1].id)
            here = continuation(issue, *here)
        if found:
            parts[article.id] = tuple(found)
    return parts
