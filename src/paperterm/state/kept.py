"""收藏: the articles the reader keeps, across every issue of the library.

A kept article is keyed like its reading state (paper id + date + article id) and
carries what a list of them shows — the paper's name, the page, the title, as printed
and its language — so `paperterm kept` and the reader's list need no issue file; the path it was read
from is a hint for opening it again, never the key.
"""

from __future__ import annotations

from typing import Any, NamedTuple

MIGRATION = """
    CREATE TABLE kept (
        paper_id TEXT NOT NULL,
        date TEXT NOT NULL,
        article_id TEXT NOT NULL,
        paper TEXT NOT NULL DEFAULT '',
        page INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'zh-Hans',
        path TEXT,
        kept_at REAL NOT NULL,
        PRIMARY KEY (paper_id, date, article_id)
    );
    """
"""The table, added as the reading state's second schema version (state/db.py)."""

FIELDS = ("paper_id", "date", "article_id", "paper", "page", "title", "language", "path", "kept_at")

KEEP = f"""
    INSERT INTO kept ({", ".join(FIELDS)}) VALUES ({", ".join("?" * len(FIELDS))})
    ON CONFLICT (paper_id, date, article_id) DO UPDATE SET
        paper = excluded.paper, page = excluded.page, title = excluded.title,
        language = excluded.language, path = excluded.path, kept_at = excluded.kept_at"""
UNKEEP = "DELETE FROM kept WHERE paper_id = ? AND date = ? AND article_id = ?"
LIST = f"SELECT {', '.join(FIELDS)} FROM kept"
NEWEST_FIRST = "ORDER BY date DESC, kept_at DESC, paper_id, page, article_id"
"""The newest issue first; within an issue, the article kept last first."""


class KeptArticle(NamedTuple):
    """One kept article: where it is, and what a list of kept articles shows of it (as printed)."""

    paper_id: str
    date: str
    article_id: str
    paper: str
    page: int
    title: str
    language: str
    """The issue's language tag: which way its text converts (simplified ↔ traditional)."""
    path: str | None
    kept_at: float

    def line(self) -> str:
        """`2024-11-19 山西日报 第1版 特种车辆走俏国内外市场`: how `paperterm kept` prints it."""
        return f"{self.date} {self.paper or self.paper_id} 第{self.page}版 {self.title}"

    def as_json(self) -> dict[str, Any]:
        """The export's (and `paperterm kept --json`'s) entry."""
        return self._asdict()
