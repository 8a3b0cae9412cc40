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

import contextlib
import datetime as dt
import functools
import hashlib
import os
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from paperterm.model.fold import Fold
from paperterm.model.library import IssueRef, Library
from paperterm.model.problems import IssueFileError
from paperterm.model.query import Query, article_text, fts_phrases, grams, snippet

SCHEMA = 4
COMMIT_EVERY = 200
"""Files indexed per transaction: a build cut short keeps what it finished."""

TOKENIZER = "unicode61 remove_diacritics 0"
"""How FTS5 cuts the pairs into tokens; the same tokenizer judges whether a query phrase has any."""

_TABLES = f"""
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
    g, content='', columnsize=0, tokenize='{TOKENIZER}'
);
"""

DAY_BITS = 20
"""Article rowids are (date ordinal << DAY_BITS) + n, so the index walks dates newest first."""

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


def _day_rowid(date: dt.date, days_after: int = 0) -> int:
    return (date.toordinal() + days_after) << DAY_BITS


def _tune(db: sqlite3.Connection) -> None:
    """WAL, so a search can read while another process indexes; no fsync per commit: it is a cache,
    and a file damaged by a crash is rebuilt."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")


def _in_reading_order(
    day: dict[int, list[ArchiveHit]], files: dict[int, tuple[str, str, str, str, str]]
) -> Iterator[ArchiveHit]:
    """One day's hits (gathered last article first), paper by paper, each in reading order."""
    for file_id in sorted(day, key=lambda f: (files[f][4], files[f][0])):
        yield from reversed(day[file_id])


def index_location(cache: Path, library_root: Path) -> Path:
    """One index file per library folder, in the cache dir."""
    key = hashlib.sha1(str(library_root.resolve()).encode()).hexdigest()[:16]
    return cache / "search" / f"{key}.sqlite"


def fold_signature(fold: Fold) -> str:
    """Changes when the fold does (another OpenCC): the folded text in the index is then stale."""
    return hashlib.sha1(repr(sorted(fold.table.items())).encode()).hexdigest()


class IndexedFile(NamedTuple):
    """A row of the files table: which file version the index holds, and why it was left out."""

    id: int
    mtime_ns: int
    size: int
    hash: str
    problem: str | None


class SearchIndex:
    """The index of one library. Kept open between searches; one search at a time (a lock sees to it)."""

    def __init__(self, file: Path, library: Library, fold: Fold) -> None:
        self.file = file
        self.library = library
        self.fold = fold
        self.rebuilt = False
        self.notice: str | None = None
        """Set when the index could not be kept on disk."""
        self._signature = fold_signature(fold)
        self._files: dict[str, IndexedFile] | None = None
        self._files_version = -1
        self._lock = threading.Lock()
        self._db = self._connect()

    def close(self) -> None:
        self._db.close()

    # --- opening ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """Open the index, or start it afresh if it is missing, damaged or from another version.

        A cache folder that cannot be written gets an index in memory, built for this
        process only, and a notice saying so.
        """
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.file, timeout=10, check_same_thread=False)
            try:
                if self._usable(db):
                    return db
            except sqlite3.DatabaseError as exc:
                if "locked" in str(exc):  # another process is writing it: not damage
                    raise
            db.close()
            self._remove()
            return self._create(sqlite3.connect(self.file, timeout=10, check_same_thread=False))
        except (OSError, sqlite3.OperationalError) as exc:
            if "locked" in str(exc):
                raise
            self.notice = (
                f"the search index cannot be kept in {self.file.parent} ({exc}); searching is slower"
            )
            return self._create(sqlite3.connect(":memory:", check_same_thread=False))

    def _create(self, db: sqlite3.Connection) -> sqlite3.Connection:
        _tune(db)
        db.executescript(_TABLES)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema", str(SCHEMA)), ("fold", self._signature), ("library", str(self.library.root))],
        )
        db.commit()
        return db

    def _usable(self, db: sqlite3.Connection) -> bool:
        _tune(db)
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        db.execute("SELECT count(*) FROM pairs WHERE pairs MATCH '\"x\"'").fetchone()
        return meta.get("schema") == str(SCHEMA) and meta.get("fold") == self._signature

    def _remove(self) -> None:
        self.rebuilt = True
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{self.file}{suffix}").unlink(missing_ok=True)

    def _retrying(self, work: Callable[[], object]) -> object:
        """Run `work`; if the index turns out damaged midway, rebuild it once and run it again."""
        with self._lock:
            try:
                return work()
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    raise
                self._db.close()
                self._remove()
                self._files = None
                self._db = self._connect()
                return work()

    # --- keeping up with the library ---------------------------------------------------

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Index new and changed files and forget removed ones; cheap when nothing changed."""
        result = self._retrying(lambda: self._sync(progress))
        assert isinstance(result, SyncReport)
        return result

    def _known(self) -> dict[str, IndexedFile]:
        """The files table by path, read again only when another connection has changed the index."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if self._files is None or version != self._files_version:
            rows = self._db.execute("SELECT path, id, mtime_ns, size, hash, problem FROM files")
            self._files = {path: IndexedFile(*rest) for path, *rest in rows}
            self._files_version = version
        return self._files

    def _sync(self, progress: Progress | None) -> SyncReport:
        report = SyncReport()
        known = self._known()
        todo: list[tuple[IssueRef, os.stat_result, IndexedFile | None]] = []
        present: set[str] = set()
        for ref in self.library.refs:
            name = self._name(ref)
            present.add(name)
            try:
                stat = os.stat(ref.path)
            except OSError:  # gone since the folder was listed: forgotten below
                present.discard(name)
                continue
            row = known.get(name)
            if row is not None and (row.mtime_ns, row.size) == (stat.st_mtime_ns, stat.st_size):
                if row.problem:
                    report.problems.append(row.problem)
                continue
            todo.append((ref, stat, row))
        for name in known.keys() - present:
            self._forget(known[name].id)
            self._db.execute("DELETE FROM files WHERE id = ?", (known[name].id,))
            report.removed += 1
        for done, (ref, stat, row) in enumerate(todo, 1):
            self._index_file(ref, stat, row, report)
            if done % COMMIT_EVERY == 0:
                self._db.commit()
            if progress is not None:
                progress(done, len(todo))
        self._db.commit()
        if todo or report.removed:
            self._files = None  # our own writes do not change data_version
        return report

    def _name(self, ref: IssueRef) -> str:
        """The file's path inside the library (plain string work: this runs for every file, every search)."""
        path, root = str(ref.path), str(self.library.root) + os.sep
        return path[len(root) :] if path.startswith(root) else path

    def _index_file(
        self,
        ref: IssueRef,
        stat: os.stat_result,
        row: IndexedFile | None,
        report: SyncReport,
    ) -> None:
        from paperterm.model.loader import load_issue

        try:
            digest = hashlib.sha1(ref.path.read_bytes()).hexdigest()
        except OSError:
            return
        if row is not None and row.hash == digest:
            self._db.execute(
                "UPDATE files SET mtime_ns = ?, size = ? WHERE id = ?",
                (stat.st_mtime_ns, stat.st_size, row.id),
            )
            return
        if row is not None:
            self._forget(row.id)
            self._db.execute("DELETE FROM files WHERE id = ?", (row.id,))
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
        rowid = self._free_rowid(ref.date)
        for page, article in issue.articles():
            text = article_text(article)
            self._db.execute(
                "INSERT INTO articles (id, file_id, article_id, page, title, text) VALUES (?, ?, ?, ?, ?, ?)",
                (rowid, file_id, article.id, page.number, article.title, zlib.compress(text.encode(), 1)),
            )
            self._db.execute("INSERT INTO pairs (rowid, g) VALUES (?, ?)", (rowid, grams(self.fold(text))))
            rowid += 1

    def _free_rowid(self, date: dt.date) -> int:
        """The first unused article rowid of a day (after any other paper's issue of that day)."""
        low = _day_rowid(date)
        top = self._db.execute(
            "SELECT max(id) FROM articles WHERE id BETWEEN ? AND ?", (low, _day_rowid(date, 1) - 1)
        ).fetchone()[0]
        return low if top is None else top + 1

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
        return result[:limit] if limit is not None else result

    def _search(
        self, query: Query, paper: str | None, start: dt.date | None, end: dt.date | None, limit: int | None
    ) -> Iterator[ArchiveHit]:
        """Walk candidates newest first (rowids are dates) and stop once `limit` hits are certain.

        The index gives a day's articles last first, so a day's hits are gathered and given
        back per paper in reading order; the day holding the limit-th hit is read to its end.
        """
        files: dict[int, tuple[str, str, str, str, str]] = {}
        day: dict[int, list[ArchiveHit]] = {}
        day_date = None
        found = 0
        for rowid in self._candidates(query, start, end):
            row = self._db.execute(
                "SELECT file_id, article_id, page, title, text FROM articles WHERE id = ?", (rowid,)
            ).fetchone()
            if row is None:
                continue
            file_id, article_id, page, title, blob = row
            if file_id not in files:
                files[file_id] = self._db.execute(
                    "SELECT paper_id, paper, date, path, grp FROM files WHERE id = ?", (file_id,)
                ).fetchone()
            paper_id, name, date, path, grp = files[file_id]
            if paper is not None and paper not in (paper_id, grp):
                continue
            if date != day_date:
                yield from _in_reading_order(day, files)
                day, day_date = {}, date
                if limit is not None and found >= limit:
                    return
            text = zlib.decompress(blob).decode()
            folded = self.fold(text)
            if not query.matches(folded):
                continue
            line, spans = snippet(text, folded, query)
            hit = ArchiveHit(
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
            day.setdefault(file_id, []).append(hit)
            found += 1
        yield from _in_reading_order(day, files)

    def _candidates(self, query: Query, start: dt.date | None, end: dt.date | None) -> Iterator[int]:
        """Article rowids that may match, newest first, within the dates asked for."""
        low = _day_rowid(start) if start is not None else 0
        high = _day_rowid(end if end is not None else dt.date.max, 1) - 1
        phrases = [p for p in fts_phrases(query) if _has_tokens(p)]
        if phrases:
            cursor = self._db.execute(
                """SELECT rowid FROM pairs WHERE pairs MATCH ? AND rowid BETWEEN ? AND ?
                   ORDER BY rowid DESC""",
                (" AND ".join(phrases), low, high),
            )
        else:  # nothing the tokenizer can look up (punctuation only): every article is a candidate
            cursor = self._db.execute(
                "SELECT id FROM articles WHERE id BETWEEN ? AND ? ORDER BY id DESC", (low, high)
            )
        for (rowid,) in cursor:
            yield rowid


@functools.lru_cache(maxsize=256)
def _has_tokens(phrase: str) -> bool:
    """Whether FTS5 finds a token in the phrase: asked of SQLite, whose Unicode tables are its own."""
    with contextlib.closing(sqlite3.connect(":memory:")) as probe:
        probe.execute(f"CREATE VIRTUAL TABLE t USING fts5 (g, tokenize='{TOKENIZER}')")
        probe.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, 'row')")
        body = phrase.rstrip(" *").strip('"').replace('""', '"')
        probe.execute("INSERT INTO t (g) VALUES (?)", (body,))
        return bool(probe.execute("SELECT count(*) FROM v").fetchone()[0])
