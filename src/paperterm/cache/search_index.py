"""The archive's search index: a cache file that can always be rebuilt from the library.

Each article's folded text is indexed as overlapping character pairs in an FTS5
table (unicode61 splits them at spaces and punctuation), so a word of any
length, one character included, narrows to candidate articles through the
index; every candidate is then checked against its folded text (model/query).
Files are tracked by mtime + size + SHA-1: a search first brings the index up
to date, so it never answers from a file that changed or went away.

Several processes share the file (searches in two terminals, the reader). They
write one at a time through SQLite's own lock (`BEGIN IMMEDIATE`, a busy
timeout), and each decides what a file needs only once it holds the lock, so
two of them indexing the same new file do it once. Damage means a file SQLite
cannot open or one that fails `PRAGMA integrity_check`, never a lost race; a
damaged or outdated index is replaced by a new generation beside it
(cache/index_files.py), never deleted under another process. A row that does
not decode is read again from its issue file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from paperterm.cache import index_files
from paperterm.model.fold import Fold
from paperterm.model.library import IssueRef, Library
from paperterm.model.problems import IssueFileError
from paperterm.model.query import Query, article_text, fts_phrases, grams, snippet

SCHEMA = 4
COMMIT_EVERY = 200
"""Files indexed per transaction at most: a build cut short keeps what it finished."""

HOLD_SECONDS = 1.0
"""How long one process keeps the write lock before it commits and lets another write."""

BUSY_SECONDS = 60.0
"""How long a writer waits for another's lock before the search says it could not."""

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


def _busy(exc: BaseException) -> bool:
    """Another process held the lock past the busy timeout: only waiting helps, never a rebuild."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _damage(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's own word for a file it cannot read as a database (SQLITE_CORRUPT, SQLITE_NOTADB).

    A constraint, a lock or an I/O error of the moment is not damage.
    """
    return type(exc) is sqlite3.DatabaseError


def _decoded(blob: object) -> str | None:
    """An article's stored text, or None if the row is damaged."""
    try:
        return zlib.decompress(blob).decode()  # type: ignore[arg-type]
    except (zlib.error, TypeError, UnicodeDecodeError):
        return None


def _in_reading_order(
    day: dict[int, list[ArchiveHit]], files: dict[int, tuple[str, str, str, str, str]]
) -> Iterator[ArchiveHit]:
    """One day's hits (gathered last article first), paper by paper, each in reading order."""
    for file_id in sorted(day, key=lambda f: (str(files[f][4]), str(files[f][0]))):
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
        self._generation: int | None = None
        self._users: index_files.Users | None = None
        self._stale = True
        """Whether the open index may lack files of the library (just opened or replaced)."""
        self._progress: Progress | None = None
        self._db = self._connect()

    def close(self) -> None:
        self._release()

    # --- opening ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """Open the newest generation of the index; start one if there is none or it is damaged or outdated.

        A cache folder that cannot be written gets an index in memory, built for this
        process only, and a notice saying so.
        """
        self._stale = True
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            return self._open_newest()
        except (OSError, sqlite3.Error) as exc:
            if _busy(exc):
                raise
            self.notice = (
                f"the search index cannot be kept in {self.file.parent} ({exc}); searching is slower"
            )
            self._generation = None
            db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            self._fill(db)
            return db

    def _open_newest(self) -> sqlite3.Connection:
        for _ in range(8):
            number = index_files.newest(self.file)
            if number is None:
                index_files.publish(self.file, 0, self._make)
                continue
            path = index_files.generation_path(self.file, number)
            users = index_files.Users(path)
            try:
                db = sqlite3.connect(
                    f"file:{path}?mode=rw",
                    uri=True,
                    timeout=BUSY_SECONDS,
                    check_same_thread=False,
                    isolation_level=None,
                )
            except sqlite3.OperationalError:  # swept away since it was listed: look again
                users.release()
                continue
            current = False
            try:
                current = self._current(db)
            finally:
                if not current:
                    db.close()
                    users.release()
            if current:
                self._generation, self._users = number, users
                index_files.sweep(self.file, number)
                return db
            self.rebuilt = True
            index_files.publish(self.file, number + 1, self._make)
        raise sqlite3.OperationalError("the index kept being replaced by other processes")

    def _make(self, path: Path) -> None:
        """A new, empty index at `path`, in WAL mode and with no log left beside it once closed."""
        db = sqlite3.connect(path, isolation_level=None)
        try:
            self._fill(db)
        finally:
            db.close()

    def _fill(self, db: sqlite3.Connection) -> None:
        _tune(db)
        db.executescript(_TABLES)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema", str(SCHEMA)), ("fold", self._signature), ("library", str(self.library.root))],
        )

    def _current(self, db: sqlite3.Connection) -> bool:
        """Whether the file is an index of this schema and fold; False for one SQLite cannot read."""
        try:
            _tune(db)
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            db.execute("SELECT count(*) FROM pairs WHERE pairs MATCH '\"x\"'").fetchone()
        except sqlite3.DatabaseError as exc:
            if _busy(exc) or not _damage(exc):
                raise
            return False
        return meta.get("schema") == str(SCHEMA) and meta.get("fold") == self._signature

    def _damaged(self) -> bool:
        """Whether the open index fails SQLite's own check (asked only after an error)."""
        try:
            verdict: str = self._db.execute("PRAGMA integrity_check").fetchone()[0]
            return verdict != "ok"
        except sqlite3.DatabaseError as exc:
            if _busy(exc):
                raise
            return True

    def _reopen(self, *, replace: bool) -> None:
        """Close the index and open the newest generation, after publishing a new one if `replace`."""
        number = self._generation
        self._release()
        if replace:
            self.rebuilt = True
            if number is not None:
                index_files.publish(self.file, number + 1, self._make)
        self._files = None
        self._db = self._connect()

    def _release(self) -> None:
        self._db.close()
        if self._users is not None:
            self._users.release()
            self._users = None

    def _follow(self) -> None:
        """Move to a newer generation another process has published since this one was opened."""
        if self._generation is not None and (index_files.newest(self.file) or 0) > self._generation:
            self._reopen(replace=False)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction, taken before anything is read that decides what to write."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _guarded(self, work: Callable[[], object]) -> object:
        """Run `work` on a current index; after damage, on a new one brought up to date first.

        An error with the index intact (a lost race) is simply tried again; an index that
        fails `integrity_check` is replaced. A lock held past the busy timeout, or an error
        that outlasts three tries, goes to the caller.
        """
        with self._lock:
            for attempt in range(3):
                try:
                    self._follow()
                    return work()
                except sqlite3.DatabaseError as exc:
                    if _busy(exc) or attempt == 2:
                        raise
                    if self._damaged():
                        self._reopen(replace=True)
            raise AssertionError("unreachable")

    # --- keeping up with the library ---------------------------------------------------

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Index new and changed files and forget removed ones; cheap when nothing changed."""
        self._progress = progress
        result = self._guarded(lambda: self._sync(progress))
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

    def _row(self, name: str) -> IndexedFile | None:
        """One file's row as it is now (inside a write transaction: as no other process can change it)."""
        row = self._db.execute(
            "SELECT id, mtime_ns, size, hash, problem FROM files WHERE path = ?", (name,)
        ).fetchone()
        return IndexedFile(*row) if row else None

    def _sync(self, progress: Progress | None) -> SyncReport:
        """Plan from a snapshot of the files table; decide each file again under the write lock."""
        report = SyncReport()
        known = self._known()
        todo: list[IssueRef] = []
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
            todo.append(ref)
        gone = known.keys() - present
        if gone:
            with self._writing():
                for name in gone:
                    self._remove_if_gone(name, report)
        done = 0
        while done < len(todo):
            with self._writing():
                began = time.monotonic()
                for ref in todo[done : done + COMMIT_EVERY]:
                    self._index_file(ref, report)
                    done += 1
                    if progress is not None:
                        progress(done, len(todo))
                    if time.monotonic() - began > HOLD_SECONDS:
                        break
        if todo or gone:
            self._files = None  # our own writes do not change data_version
        self._stale = False
        return report

    def _remove_if_gone(self, name: str, report: SyncReport) -> None:
        """Forget a file that is really gone: one another process saw arrive after this listing stays."""
        row = self._row(name)
        if row is None or os.path.exists(os.path.join(self.library.root, name)):
            return
        self._forget(row.id)
        self._db.execute("DELETE FROM files WHERE id = ?", (row.id,))
        report.removed += 1

    def _name(self, ref: IssueRef) -> str:
        """The file's path inside the library (plain string work: this runs for every file, every search)."""
        path, root = str(ref.path), str(self.library.root) + os.sep
        return path[len(root) :] if path.startswith(root) else path

    def _index_file(self, ref: IssueRef, report: SyncReport) -> None:
        """Bring one file's rows up to date; run under the write lock, so it is done once however many ask."""
        from paperterm.model.loader import load_issue

        name = self._name(ref)
        row = self._row(name)
        try:
            stat = os.stat(ref.path)
            if row is not None and (row.mtime_ns, row.size) == (stat.st_mtime_ns, stat.st_size):
                if row.problem:  # indexed by another process meanwhile
                    report.problems.append(row.problem)
                return
            digest = hashlib.sha1(ref.path.read_bytes()).hexdigest()
        except OSError:
            return
        if row is not None and row.hash == digest:
            self._db.execute(
                "UPDATE files SET mtime_ns = ?, size = ? WHERE id = ?",
                (stat.st_mtime_ns, stat.st_size, row.id),
            )
            if row.problem:
                report.problems.append(row.problem)
            return
        if row is not None:
            self._forget(row.id)
            report.changed += 1
        else:
            report.added += 1
        problem = None
        try:
            issue = load_issue(ref.path, ref.paper_id)
        except IssueFileError as exc:
            issue, problem = None, str(exc.problems[0])
            report.problems.append(problem)
        file_id = self._db.execute(
            """INSERT INTO files (path, grp, date, mtime_ns, size, hash, paper_id, paper, problem)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (path) DO UPDATE SET grp = excluded.grp, date = excluded.date,
                   mtime_ns = excluded.mtime_ns, size = excluded.size, hash = excluded.hash,
                   paper_id = excluded.paper_id, paper = excluded.paper, problem = excluded.problem
               RETURNING id""",
            (
                name,
                ref.paper_id or "",
                ref.date.isoformat(),
                stat.st_mtime_ns,
                stat.st_size,
                digest,
                issue.paper_id if issue else None,
                issue.paper if issue else None,
                problem,
            ),
        ).fetchone()[0]
        if issue is None:
            return
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
        """Take a file's articles out of the index (a contentless table needs the same tokens back).

        A row whose text no longer decodes cannot give its tokens back; they stay, and only
        ever make a candidate that the check against the real text then turns down.
        """
        rows = self._db.execute("SELECT id, text FROM articles WHERE file_id = ?", (file_id,)).fetchall()
        tokens = []
        for rowid, blob in rows:
            text = _decoded(blob)
            if text is not None:
                tokens.append((rowid, grams(self.fold(text))))
        self._db.executemany("INSERT INTO pairs (pairs, rowid, g) VALUES ('delete', ?, ?)", tokens)
        self._db.execute("DELETE FROM articles WHERE file_id = ?", (file_id,))

    def _reread(self, file_ids: set[int]) -> None:
        """Forget files whose rows did not decode, so the next sync reads them again from the issue files."""
        with self._writing():
            for file_id in file_ids:
                self._forget(file_id)
                self._db.execute("DELETE FROM files WHERE id = ?", (file_id,))
        self._files = None

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
        """Matching articles, newest issue first and in reading order within an issue.

        Runs on a complete index: one replaced since the last sync is brought up to date
        first, and files whose rows do not decode are read again and the query run again.
        """

        def work() -> list[ArchiveHit]:
            if self._stale:
                self._sync(self._progress)
            damaged: set[int] = set()
            hits = list(self._search(query, paper, start, end, limit, damaged))
            if damaged:
                self._reread(damaged)
                self._sync(None)
                hits = list(self._search(query, paper, start, end, limit, set()))
            return hits

        result = self._guarded(work)
        assert isinstance(result, list)
        return result[:limit] if limit is not None else result

    def _search(
        self,
        query: Query,
        paper: str | None,
        start: dt.date | None,
        end: dt.date | None,
        limit: int | None,
        damaged: set[int],
    ) -> Iterator[ArchiveHit]:
        """Walk candidates newest first (rowids are dates) and stop once `limit` hits are certain.

        The index gives a day's articles last first, so a day's hits are gathered and given
        back per paper in reading order; the day holding the limit-th hit is read to its end.
        A row that does not decode (text, date) is left out and its file id put in `damaged`.
        """
        files: dict[int, tuple[str, str, str, str, str]] = {}
        day: dict[int, list[ArchiveHit]] = {}
        day_date = None
        found = 0
        for rowid in self._candidates(query, start, end):
            row = self._db.execute(
                "SELECT file_id, article_id, page, title, text FROM articles WHERE id = ?", (rowid,)
            ).fetchone()
            if row is None or row[0] in damaged:
                continue
            file_id, article_id, page, title, blob = row
            if file_id not in files:
                found_file = self._db.execute(
                    "SELECT paper_id, paper, date, path, grp FROM files WHERE id = ?", (file_id,)
                ).fetchone()
                if found_file is None:  # an article whose file row is gone: nothing to show
                    continue
                files[file_id] = found_file
            paper_id, name, date, path, grp = files[file_id]
            if paper is not None and paper not in (paper_id, grp):
                continue
            if date != day_date:
                yield from _in_reading_order(day, files)
                day, day_date = {}, date
                if limit is not None and found >= limit:
                    return
            text = _decoded(blob)
            try:
                if text is None:
                    raise ValueError("text does not decode")
                issue_date = dt.date.fromisoformat(date)
                folded = self.fold(text)
                if not query.matches(folded):
                    continue
                line, spans = snippet(text, folded, query)
                hit = ArchiveHit(
                    str(paper_id),
                    str(name),
                    issue_date,
                    int(page),
                    str(article_id),
                    str(title),
                    self.library.root / path,
                    line,
                    tuple(spans),
                )
            except (TypeError, ValueError):
                damaged.add(file_id)
                day.pop(file_id, None)
                continue
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
