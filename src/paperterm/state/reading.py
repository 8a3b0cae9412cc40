"""What each reader has read and where they stopped, kept in SQLite.

Keyed by paper id + date + article id (ids from the issue file), never by a
file path, so a library moved to another folder or machine keeps its state.
Positions are (block, offset) in the source text, which survive resizes and
script changes. Writes are upserts: when two processes write the same
article, the last write wins; different articles never disturb each other.
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from paperterm.model.limits import MAX_BLOCK, MAX_OFFSET
from paperterm.state import kept as kept_sql
from paperterm.state.db import Opened, open_state
from paperterm.state.export_format import EXPORT_FORMAT, checked_rows
from paperterm.state.kept import KeptArticle
from paperterm.state.paths import state_dir

ArticleState = Literal["unread", "opened", "read"]
_SAVE_ISSUE = """
    INSERT INTO issues (paper_id, date, paper, path, total_articles, last_page, last_article, last_title,
                        opened_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (paper_id, date) DO UPDATE SET
        paper = excluded.paper, path = excluded.path, total_articles = excluded.total_articles,
        last_page = excluded.last_page, last_article = excluded.last_article,
        last_title = excluded.last_title, opened_at = excluded.opened_at"""
_SAVE_ARTICLE = """
    INSERT INTO articles (paper_id, date, article_id, state, block, offset, progress, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (paper_id, date, article_id) DO UPDATE SET
        state = excluded.state, block = excluded.block, offset = excluded.offset,
        progress = excluded.progress, updated_at = excluded.updated_at"""
TABLES = ("issues", "articles", "kept", "prefs")
"""What an import replaces and a reset forgets: everything the reader owns."""
_SET_PREF = (
    "INSERT INTO prefs (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


@dataclass(frozen=True)
class IssueKey:
    """Which issue: paper id and ISO date."""

    paper_id: str
    date: str


@dataclass(frozen=True)
class ArticleRecord:
    """One article's reading state and the source position of the first line on screen."""

    article_id: str
    state: ArticleState = "unread"
    block: int = -1
    offset: int = 0
    progress: float = 0.0


@dataclass(frozen=True)
class IssueRecord:
    """One issue as the reader last left it."""

    paper_id: str
    date: str
    paper: str
    path: str | None
    total_articles: int
    last_page: int | None
    last_article: str | None
    last_title: str | None
    opened_at: float
    read: int


class ReadingState:
    """The reader's state store. Thread-safe: the UI writes from worker threads."""

    def __init__(self, opened: Opened) -> None:
        self._db = opened.connection
        self.path = opened.path
        self.notice = opened.notice
        self._lock = threading.Lock()
        self._unsaved: dict[tuple[Any, ...], tuple[str, tuple[Any, ...]]] = {}
        """Rows whose write failed, by table and key: the latest row for a key wins."""

    @classmethod
    def open(cls, folder: Path | None = None) -> ReadingState:
        """Open the store in `folder` (default: $PAPERTERM_STATE_DIR or the user state dir)."""
        return cls(open_state(folder or state_dir()))

    def close(self) -> None:
        """Close the database (everything is committed as it is written)."""
        with self._lock:
            self._db.close()

    def _write(self, *writes: tuple[str, Iterable[tuple[Any, ...]], int]) -> None:
        """Upsert rows, each write (sql, rows, how many leading values are the key), in one transaction
        with any still unsaved; raises sqlite3.Error when they could not be written, and keeps them."""
        with self._lock:
            for sql, rows, key_length in writes:
                for row in rows:
                    self._unsaved[(sql, *row[:key_length])] = (sql, row)
            self._write_unsaved()

    def _write_unsaved(self) -> None:
        with self._db:
            for sql, row in self._unsaved.values():
                self._db.execute(sql, row)
        self._unsaved.clear()

    @property
    def unsaved(self) -> bool:
        """Whether writes failed and wait to be written."""
        return bool(self._unsaved)

    def retry(self) -> None:
        """Write what failed before; raises sqlite3.Error if it still cannot be written."""
        with self._lock:
            if self._unsaved:
                self._write_unsaved()

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # --- issues ----------------------------------------------------------------------

    def opened_issue(
        self,
        key: IssueKey,
        *,
        paper: str,
        path: str | None,
        total_articles: int,
        last_page: int | None,
        last_article: str | None,
        last_title: str | None,
    ) -> None:
        """Record that the reader is in this issue, on this page and article."""
        now = time.time()
        row = (key.paper_id, key.date, paper, path, total_articles, last_page, last_article, last_title, now)
        last = json.dumps({"paper_id": key.paper_id, "date": key.date, "path": path}, ensure_ascii=False)
        self._write((_SAVE_ISSUE, [row], 2), (_SET_PREF, [("last_issue", last)], 1))

    def issue(self, key: IssueKey) -> IssueRecord | None:
        """How the reader left this issue, if they have opened it."""
        found = self.recent(key=key)
        return found[0] if found else None

    def recent(self, limit: int | None = None, *, key: IssueKey | None = None) -> list[IssueRecord]:
        """Issues read, most recently opened first, each with how many of its articles are read."""
        where, args = ("WHERE i.paper_id = ? AND i.date = ?", (key.paper_id, key.date)) if key else ("", ())
        rows = self._read(
            f"""SELECT i.paper_id, i.date, i.paper, i.path, i.total_articles, i.last_page, i.last_article,
                       i.last_title, i.opened_at,
                       (SELECT COUNT(*) FROM articles a WHERE a.paper_id = i.paper_id AND a.date = i.date
                                                          AND a.state = 'read')
                FROM issues i {where} ORDER BY i.opened_at DESC, i.date DESC
                LIMIT ?""",
            (*args, -1 if limit is None else limit),
        )
        return [IssueRecord(*row) for row in rows]

    def last_issue(self) -> dict[str, str | None] | None:
        """The issue the reader was last in: paper_id, date and the path it was read from."""
        value = self.get_pref("last_issue")
        return value if isinstance(value, dict) else None

    # --- articles ----------------------------------------------------------------------

    def articles(self, key: IssueKey) -> dict[str, ArticleRecord]:
        """Every article of the issue the reader has touched, by id."""
        rows = self._read(
            "SELECT article_id, state, block, offset, progress FROM articles WHERE paper_id = ? AND date = ?",
            (key.paper_id, key.date),
        )
        return {row[0]: _record(row) for row in rows}

    def save_articles(self, key: IssueKey, records: Iterable[ArticleRecord]) -> None:
        """Write article states and positions; the last write for an article wins."""
        now = time.time()
        rows = [
            (key.paper_id, key.date, r.article_id, r.state, r.block, r.offset, r.progress, now)
            for r in records
        ]
        self._write((_SAVE_ARTICLE, rows, 3))

    # --- kept articles (收藏) ------------------------------------------------------------

    def keep(self, article: KeptArticle) -> None:
        """Keep an article (again: its name, page and title as now). Written at once; raises
        sqlite3.Error if it could not be."""
        with self._lock, self._db:
            self._db.execute(kept_sql.KEEP, article)

    def unkeep(self, key: IssueKey, article_id: str) -> None:
        """Keep the article no longer; raises sqlite3.Error if that could not be written."""
        with self._lock, self._db:
            self._db.execute(kept_sql.UNKEEP, (key.paper_id, key.date, article_id))

    def kept(self, key: IssueKey | None = None) -> list[KeptArticle]:
        """Kept articles, newest issue first (only this issue's, with a key)."""
        where, args = ("WHERE paper_id = ? AND date = ?", (key.paper_id, key.date)) if key else ("", ())
        rows = self._read(f"{kept_sql.LIST} {where} {kept_sql.NEWEST_FIRST}", args)
        return [KeptArticle(*row) for row in rows]

    # --- preferences -----------------------------------------------------------------

    def get_pref(self, name: str) -> Any:
        """A stored preference (JSON value), or None."""
        rows = self._read("SELECT value FROM prefs WHERE key = ?", (name,))
        if not rows:
            return None
        try:
            return json.loads(rows[0][0])
        except ValueError:
            return None

    def set_pref(self, name: str, value: Any) -> None:
        """Store a preference as JSON."""
        self._write((_SET_PREF, [(name, json.dumps(value, ensure_ascii=False))], 1))

    # --- backup ------------------------------------------------------------------------

    def export(self) -> dict[str, Any]:
        """Everything, as JSON-ready data: for `paperterm state export`."""
        issues = [
            dict(
                zip(
                    (
                        "paper_id",
                        "date",
                        "paper",
                        "path",
                        "total_articles",
                        "last_page",
                        "last_article",
                        "last_title",
                        "opened_at",
                    ),
                    row,
                    strict=True,
                )
            )
            for row in self._read(
                "SELECT paper_id, date, paper, path, total_articles, last_page, last_article, last_title, "
                "opened_at FROM issues ORDER BY paper_id, date"
            )
        ]
        articles = [
            {"paper_id": row[0], "date": row[1], **asdict(_record(row[2:]))}
            for row in self._read(
                "SELECT paper_id, date, article_id, state, block, offset, progress FROM articles "
                "ORDER BY paper_id, date, article_id"
            )
        ]
        prefs = {
            key: value
            for key, text in self._read("SELECT key, value FROM prefs ORDER BY key")
            if (value := _json(text)) is not None
        }
        return {
            "format": EXPORT_FORMAT,
            "issues": issues,
            "articles": articles,
            "kept": [k.as_json() for k in self.kept()],
            "prefs": prefs,
        }

    def import_(self, data: Any) -> None:
        """Restore an export, replacing what is stored; raises ValueError, changing nothing, if it is
        not one or any value has the wrong type or is out of range (state/export_format.py)."""
        rows = checked_rows(data)
        try:
            with self._lock, self._db:
                for table in TABLES:
                    self._db.execute(f"DELETE FROM {table}")
                self._db.executemany("INSERT INTO issues VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.issues)
                self._db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.articles)
                self._db.executemany(kept_sql.KEEP, rows.kept)
                self._db.executemany("INSERT INTO prefs VALUES (?, ?)", rows.prefs)
                self._unsaved.clear()
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"malformed export: {exc}") from None

    def reset(self) -> None:
        """Forget everything: issues, articles, kept articles and preferences (and any write still
        waiting)."""
        with self._lock, self._db:
            for table in TABLES:
                self._db.execute(f"DELETE FROM {table}")
            self._unsaved.clear()


def _record(row: tuple[Any, ...]) -> ArticleRecord:
    """An article row as a record, its position brought into range: the file may have been edited."""
    article_id, state, block, offset, progress = row
    whole = (int, float)
    block = min(max(int(block), -1), MAX_BLOCK) if isinstance(block, whole) and math.isfinite(block) else -1
    offset = (
        min(max(int(offset), 0), MAX_OFFSET) if isinstance(offset, whole) and math.isfinite(offset) else 0
    )
    fraction = float(progress) if isinstance(progress, whole) and math.isfinite(progress) else 0.0
    return ArticleRecord(str(article_id), state, block, offset, min(max(fraction, 0.0), 1.0))


def _json(text: Any) -> Any:
    """A stored preference's value; None for one that is not JSON."""
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None
