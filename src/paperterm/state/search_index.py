"""The archive's search index: a cache file that can always be rebuilt from the library.

Each article's folded text is indexed as overlapping character pairs in an FTS5
table (unicode61 splits them at spaces and punctuation), so a word of any
length, one character included, narrows to candidate articles through the
index; every candidate is then checked against its folded text (model/query).
Files are tracked by mtime + size + SHA-1: a search first brings the index up
to date, so it never answers from a file that changed or went away. A missing,
damaged or outdated index file is deleted and built again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from paperterm.model.fold import Fold
from paperterm.model.library import IssueRef, Library
from paperterm.model.problems import IssueFileError
from paperterm.model.query import Query, article_text, fts_phrases, grams, snippet

SCHEMA = 1
COMMIT_EVERY = 200
"""Files indexed per transaction: a build cut short keeps what it finished."""

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, grp TEXT NOT NULL, date TEXT NOT NULL,
    mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL, hash TEXT NOT NULL,
    paper_id TEXT, paper TEXT, problem TEXT
);
CREATE INDEX files_date ON files (date);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files (id),
    article_id TEXT NOT NULL, page INTEGER NOT NULL, title TEXT NOT NULL, text BLOB NOT NULL
);
CREATE INDEX articles_file ON articles (file_id);
CREATE VIRTUAL TABLE pairs USING fts5 (
    g, content='', columnsize=0, tokenize='unicode61 remove_diacritics 0'
);
"""

Progress = Callable[[int, int], None]
"""Called with (files done, files to do) while the index is brought up to date."""


@dataclass(frozen=True)
class ArchiveHit:
    """An article that matches: where it is, and a snippet with the matches marked."""

    paper_id: str
    paper: str
    date: dt.date
    page: int
    article_id: str
    title: str
    path: Path
    snippet: str
    spans: tuple[tuple[int, int], ...]


@dataclass
class SyncReport:
    """What bringing the index up to date did."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    problems: list[str] = field(default_factory=list)


def index_location(cache: Path, library_root: Path) -> Path:
    """One index file per library folder, in the cache dir."""
    key = hashlib.sha1(str(library_root.resolve()).encode()).hexdigest()[:16]
    return cache / "search" / f"{key}.sqlite"


def fold_signature(fold: Fold) -> str:
    """Changes when the fold does (another OpenCC): the folded text in the index is then stale."""
    return hashlib.sha1(repr(sorted(fold.table.items())).encode()).hexdigest()


class SearchIndex:
    """The index of one library. Use from one thread; open a new one per worker."""

    def __init__(self, file: Path, library: Library, fold: Fold) -> None:
        self.file = file
        self.library = library
        self.fold = fold
        self.rebuilt = False
        self._signature = fold_signature(fold)
        self._db = self._connect()

    def close(self) -> None:
        self._db.close()

    # --- opening ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """Open the index, or start it afresh if it is missing, damaged or from another version."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(self.file, timeout=10)
            if self._usable(db):
                return db
            db.close()
        except sqlite3.DatabaseError:
            pass
        self._remove()
        db = sqlite3.connect(self.file, timeout=10)
        db.executescript(_TABLES)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema", str(SCHEMA)), ("fold", self._signature), ("library", str(self.library.root))],
        )
        db.commit()
        return db

    def _usable(self, db: sqlite3.Connection) -> bool:
        db.execute("PRAGMA journal_mode = WAL")
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        db.execute("SELECT count(*) FROM pairs WHERE pairs MATCH '\"x\"'").fetchone()
        return meta.get("schema") == str(SCHEMA) and meta.get("fold") == self._signature

    def _remove(self) -> None:
        self.rebuilt = True
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.file}{suffix}").unlink(missing_ok=True)

    def _retrying(self, work: Callable[[], object]) -> object:
        """Run `work`; if the index turns out damaged midway, rebuild it once and run it again."""
        try:
            return work()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            self._db.close()
            self._remove()
            self._db = self._connect()
            return work()

    # --- keeping up with the library ---------------------------------------------------

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Index new and changed files and forget removed ones; cheap when nothing changed."""
        result = self._retrying(lambda: self._sync(progress))
        assert isinstance(result, SyncReport)
        return result

    def _sync(self, progress: Progress | None) -> SyncReport:
        report = SyncReport()
        known = {
            row[0]: row[1:]
            for row in self._db.execute("SELECT path, id, mtime_ns, size, hash, problem FROM files")
        }
        todo: list[tuple[IssueRef, os.stat_result, tuple[int, int, int, str, str | None] | None]] = []
        present: set[str] = set()
        for ref in self.library.refs:
            name = self._name(ref)
            present.add(name)
            try:
                stat = ref.path.stat()
            except OSError:
                continue
            row = known.get(name)
            if row is not None and (row[1], row[2]) == (stat.st_mtime_ns, stat.st_size):
                if row[4]:
                    report.problems.append(row[4])
                continue
            todo.append((ref, stat, row))
        for name in known.keys() - present:
            self._forget(known[name][0])
            self._db.execute("DELETE FROM files WHERE id = ?", (known[name][0],))
            report.removed += 1
        for done, (ref, stat, row) in enumerate(todo, 1):
            self._index_file(ref, stat, row, report)
            if done % COMMIT_EVERY == 0:
                self._db.commit()
            if progress is not None:
                progress(done, len(todo))
        self._db.commit()
        return report

    def _name(self, ref: IssueRef) -> str:
        return (
            str(ref.path.relative_to(self.library.root))
            if ref.path.is_relative_to(self.library.root)
            else str(ref.path)
        )

    def _index_file(
        self,
        ref: IssueRef,
        stat: os.stat_result,
        row: tuple[int, int, int, str, str | None] | None,
        report: SyncReport,
    ) -> None:
        from paperterm.model.loader import load_issue

        try:
            digest = hashlib.sha1(ref.path.read_bytes()).hexdigest()
        except OSError:
            return
        if row is not None and row[3] == digest:
            self._db.execute(
                "UPDATE files SET mtime_ns = ?, size = ? WHERE id = ?",
                (stat.st_mtime_ns, stat.st_size, row[0]),
            )
            return
        if row is not None:
            self._forget(row[0])
            self._db.execute("DELETE FROM files WHERE id = ?", (row[0],))
            report.changed += 1
        else:
            report.added += 1
        problem = None
        try:
            issue = load_issue(ref.path, ref.paper_id)
        except IssueFileError as exc:
            issue, problem = None, str(exc.problems[0])
            report.problems.append(problem)
        cursor = self._db.execute(
            """INSERT INTO files (path, grp, date, mtime_ns, size, hash, paper_id, paper, problem)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                self._name(ref),
                ref.paper_id or "",
                ref.date.isoformat(),
                stat.st_mtime_ns,
                stat.st_size,
                digest,
                issue.paper_id if issue else None,
                issue.paper if issue else None,
                problem,
            ),
        )
        if issue is None:
            return
        file_id = cursor.lastrowid
        for page, article in issue.articles():
            text = article_text(article)
            article_row = self._db.execute(
                "INSERT INTO articles (file_id, article_id, page, title, text) VALUES (?, ?, ?, ?, ?)",
                (file_id, article.id, page.number, article.title, zlib.compress(text.encode())),
            )
            self._db.execute(
                "INSERT INTO pairs (rowid, g) VALUES (?, ?)", (article_row.lastrowid, grams(self.fold(text)))
            )

    def _forget(self, file_id: int) -> None:
        """Take a file's articles out of the index (a contentless table needs the same tokens back)."""
        rows = self._db.execute("SELECT id, text FROM articles WHERE file_id = ?", (file_id,)).fetchall()
        self._db.executemany(
            "INSERT INTO pairs (pairs, rowid, g) VALUES ('delete', ?, ?)",
            [(rowid, grams(self.fold(zlib.decompress(text).decode()))) for rowid, text in rows],
        )
        self._db.execute("DELETE FROM articles WHERE file_id = ?", (file_id,))

    # --- searching ---------------------------------------------------------------------

    def search(
        self,
        query: Query,
        *,
        paper: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int | None = None,
    ) -> list[ArchiveHit]:
        """Matching articles, newest issue first and in reading order within an issue."""
        result = self._retrying(lambda: list(self._search(query, paper, start, end, limit)))
        assert isinstance(result, list)
        return result

    def _search(
        self, query: Query, paper: str | None, start: dt.date | None, end: dt.date | None, limit: int | None
    ) -> Iterator[ArchiveHit]:
        where: list[str] = []
        args: list[object] = []
        phrases = [p for p in fts_phrases(query) if self._has_tokens(p)]
        if phrases:
            where.append("a.id IN (SELECT rowid FROM pairs WHERE pairs MATCH ?)")
            args.append(" AND ".join(phrases))
        if paper is not None:
            where.append("(f.grp = ? OR f.paper_id = ?)")
            args += [paper, paper]
        if start is not None:
            where.append("f.date >= ?")
            args.append(start.isoformat())
        if end is not None:
            where.append("f.date <= ?")
            args.append(end.isoformat())
        sql = f"""SELECT f.paper_id, f.paper, f.date, a.page, a.article_id, a.title, f.path, a.text
                  FROM articles a JOIN files f ON f.id = a.file_id
                  {"WHERE " + " AND ".join(where) if where else ""}
                  ORDER BY f.date DESC, f.grp, a.id"""
        found = 0
        for paper_id, name, date, page, article_id, title, path, blob in self._db.execute(sql, args):
            text = zlib.decompress(blob).decode()
            folded = self.fold(text)
            if not query.matches(folded):
                continue
            line, spans = snippet(text, folded, query)
            yield ArchiveHit(
                paper_id,
                name,
                dt.date.fromisoformat(date),
                page,
                article_id,
                title,
                self.library.root / path,
                line,
                tuple(spans),
            )
            found += 1
            if limit is not None and found >= limit:
                return

    def _has_tokens(self, phrase: str) -> bool:
        """Whether FTS5 finds a token in the phrase: asked of SQLite, whose Unicode tables are its own."""
        with closing(sqlite3.connect(":memory:")) as probe:
            probe.execute("CREATE VIRTUAL TABLE t USING fts5 (g, tokenize='unicode61 remove_diacritics 0')")
            probe.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, 'row')")
            body = phrase.rstrip(" *").strip('"').replace('""', '"')
            probe.execute("INSERT INTO t (g) VALUES (?)", (body,))
            return bool(probe.execute("SELECT count(*) FROM v").fetchone()[0])
