"""The archive's search index: a cache file that can always be rebuilt from the library.

Each article's folded text is indexed as overlapping character pairs in an FTS5
table that keeps only which articles hold a token (`detail=none`: no positions,
a third of the size); unicode61 splits the pairs at spaces and punctuation. A
word of any length, one character included, narrows to candidate articles
through the index; every candidate is then checked against its folded text
(model/query), except where the tokens alone decide (`Query.exact_in_index`,
used by `count`).

Freshness costs O(folders + hits), not O(files). Issue files arrive by a rename,
which changes their folder's mtime: a folder whose mtime is what it was at the last
sync has the same files, and is not listed again. A folder changed since is listed
and each of its files compared by mtime + size (+ SHA-1). A file edited in place
leaves its folder's mtime alone, so every file that answers a query is stat-ed
before its hits are given, and one that changed is indexed again and asked again:
a changed file never answers with its old text. (A word that an in-place edit
*added* is found once the folder changes or the file is indexed again for another
query; docs/performance.md.) A folder's mtime is trusted only once it is two
seconds old, so a file renamed in within the same clock tick is not missed.

Several processes share the file (searches in two terminals, the reader). They
write one at a time through SQLite's own lock (`BEGIN IMMEDIATE`, a busy
timeout), and each decides what a file needs only once it holds the lock, so
two of them indexing the same new file do it once. Damage means a file SQLite
cannot open or one that fails `PRAGMA integrity_check`, never a lost race; a
damaged or outdated index is replaced by a new generation beside it
(cache/index_files.py), never deleted under another process. A row that does
not decode is read again from its issue file.
"""

# No `from __future__ import annotations`: typing.NamedTuple would compile every field's
# annotation string at import (a few ms, on a command that must start fast).

import array
import contextlib
import datetime as dt
import functools
import heapq
import itertools
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from paperterm.cache import index_files
from paperterm.model.fold import Fold
from paperterm.model.issue import Issue
from paperterm.model.library import IssueRef, is_paper_folder, issue_date
from paperterm.model.problems import IssueFileError
from paperterm.model.query import Query, TextMatcher, article_text, grams, snippet, word_terms

SCHEMA = 5
COMMIT_EVERY = 200
"""Files indexed per transaction at most: a build cut short keeps what it finished."""

HOLD_SECONDS = 1.0
"""How long one process keeps the write lock before it commits and lets another write."""

BUSY_SECONDS = 60.0
"""How long a writer waits for another's lock before the search says it could not."""

RACY_NS = 2_000_000_000
"""A folder's mtime younger than this (against the clock) is not trusted: another file may
arrive within the same tick of the file system's clock and leave it as it was."""

TOKENIZER = "unicode61 remove_diacritics 0"
"""How FTS5 cuts the pairs into tokens; the same tokenizer judges whether a query string has any."""

_TABLES = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE folders (name TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL) WITHOUT ROWID;
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
    g, content='', columnsize=0, detail=none, tokenize='{TOKENIZER}'
);
"""

DAY_BITS = 20
"""Article rowids are (date ordinal << DAY_BITS) + n, so the index walks dates newest first."""

Progress = Callable[[int, int], None]
"""Called with (files done, files to do) while the index is brought up to date."""

SCAN_PROBE = 64
"""Articles a one-character word is first looked for in by reading them (see SCAN_DENSITY)."""

SCAN_DENSITY = 4
"""A one-character word is searched by reading the newest articles while at least one in this
many answers (the comment in `hits` says why), and through the index once fewer do."""

ORDERS = ("date", "relevance")
"""How hits can be ordered: newest issue first, or by Query.score (ties newest first)."""


class ArchiveHit(NamedTuple):
    """An article that matches: where it is, a snippet with the matches marked, and its score."""

    paper_id: str
    paper: str
    date: dt.date
    page: int
    article_id: str
    title: str
    path: Path
    snippet: str
    spans: tuple[tuple[int, int], ...]
    score: int = 0


class SyncReport(NamedTuple):
    """What bringing the index up to date did."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    problems: tuple[str, ...] = ()


class _Tally:
    """SyncReport's counts while they are being made."""

    def __init__(self) -> None:
        self.added = self.changed = self.removed = 0
        self.problems: list[str] = []

    def report(self) -> SyncReport:
        return SyncReport(self.added, self.changed, self.removed, tuple(self.problems))


class _Row(NamedTuple):
    """An article row with its file's: what a candidate is checked and shown from."""

    rowid: int
    file_id: int
    article_id: str
    page: int
    title: str
    text: bytes
    paper_id: str | None
    paper: str | None
    date: str
    path: str
    grp: str
    mtime_ns: int
    size: int


class _FileRow(NamedTuple):
    """A file as the index holds it: enough to stat it and to index it again."""

    path: str
    grp: str
    date: str
    mtime_ns: int
    size: int


_ROW_SQL = """SELECT a.id, a.file_id, a.article_id, a.page, a.title, a.text,
    f.paper_id, f.paper, f.date, f.path, f.grp, f.mtime_ns, f.size
    FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id IN (SELECT value FROM json_each(?))"""


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


def index_location(cache: Path, library_root: Path) -> Path:
    """One index file per library folder, in the cache dir."""
    name = str(library_root.resolve()).encode()
    key = f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}"  # zlib is loaded anyway; hashlib costs 2 ms
    return cache / "search" / f"{key}.sqlite"


def fold_signature(fold: Fold) -> str:
    """Changes when the fold does (another OpenCC): the folded text in the index is then stale."""
    if fold.signature is not None:
        return fold.signature
    pairs = array.array("q", itertools.chain.from_iterable(sorted(fold.table.items()))).tobytes()
    return f"{zlib.crc32(pairs):08x}{zlib.adler32(pairs):08x}{len(fold.table)}"


class IndexedFile(NamedTuple):
    """A row of the files table: which file version the index holds, and why it was left out."""

    id: int
    mtime_ns: int
    size: int
    hash: str
    problem: str | None


class _Folder(NamedTuple):
    """A folder of the library as listed now: its mtime, and its issue files (date, full path) by
    their path in the library; plain strings, a Path only for a file that is indexed."""

    mtime_ns: int
    files: dict[str, tuple[dt.date, str]]


class SearchIndex:
    """The index of one library folder. Kept open between searches; one search at a time (a lock)."""

    def __init__(
        self,
        file: Path,
        root: Path,
        fold: Fold,
        *,
        every_file_first: bool = False,
        parsed: Path | None = None,
    ) -> None:
        """`every_file_first`: the first sync compares every file, not only those of folders that
        moved, so an edit in place made while no index was open is seen (the reader, which keeps
        its index for a session, asks for it; one command's index does not). `parsed`: the parse
        cache's folder, whose issues are taken instead of reading their YAML again."""
        self.file = file
        self.root = root
        self.fold = fold
        self.parsed = parsed
        self._every_file = every_file_first
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
            [("schema", str(SCHEMA)), ("fold", self._signature), ("library", str(self.root))],
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

    def _guarded(self, work: Callable[[], object], *, follow: bool = True) -> object:
        """Run `work` on a current index; after damage, on a new one brought up to date first.

        An error with the index intact (a lost race) is simply tried again; an index that
        fails `integrity_check` is replaced. A lock held past the busy timeout, or an error
        that outlasts three tries, goes to the caller.
        """
        with self._lock:
            for attempt in range(3):
                try:
                    if follow or attempt:
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
        """Index new and changed files and forget removed ones; O(folders) when no folder changed."""
        self._progress = progress
        result = self._guarded(lambda: self._sync(progress))
        assert isinstance(result, SyncReport)
        return result

    def file_count(self) -> int:
        """Issue files the index holds (the library's, once synced)."""
        count = self._guarded(lambda: self._db.execute("SELECT count(*) FROM files").fetchone()[0])
        assert isinstance(count, int)
        return count

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
        """List the folders whose mtime moved; plan from a snapshot of the files table and
        decide each file again under the write lock."""
        tally = _Tally()
        stamps: dict[str, int] = dict(self._db.execute("SELECT name, mtime_ns FROM folders").fetchall())
        listed = self._changed_folders({name: -1 for name in stamps} if self._every_file else stamps)
        self._every_file = False
        known = self._known() if listed else {}  # the files table is read only when a folder moved
        todo: list[IssueRef] = []
        gone: list[str] = []
        if listed:
            by_folder: dict[str, list[str]] = {}
            for path in known:
                by_folder.setdefault(path.rpartition(os.sep)[0], []).append(path)
            for name, folder in listed.items():
                present = folder.files if folder is not None else {}
                for path, (date, full) in present.items():
                    row = known.get(path)
                    try:
                        stat = os.stat(full)
                    except OSError:  # gone since the folder was listed: its folder's mtime moved again
                        continue
                    if row is None or (row.mtime_ns, row.size) != (stat.st_mtime_ns, stat.st_size):
                        todo.append(IssueRef(date, name or None, Path(full)))
                gone += [path for path in by_folder.get(name, ()) if path not in present]
        if gone:
            with self._writing():
                for name in gone:
                    self._remove_if_gone(name, tally)
        failed: set[str] = set()
        done = 0
        while done < len(todo):
            with self._writing():
                began = time.monotonic()
                for ref in todo[done : done + COMMIT_EVERY]:
                    if not self._index_file(ref, tally):
                        failed.add(self._name(ref).rpartition(os.sep)[0])
                    done += 1
                    if progress is not None:
                        progress(done, len(todo))
                    if time.monotonic() - began > HOLD_SECONDS:
                        break
        if listed:
            self._stamp(listed, failed)
        redone = {self._name(ref) for ref in todo} | set(gone)
        problems = self._db.execute("SELECT path, problem FROM files WHERE problem IS NOT NULL")
        tally.problems[:0] = [problem for path, problem in problems if path not in redone]
        if todo or gone:
            self._files = None  # our own writes do not change data_version
        self._stale = False
        return tally.report()

    def _changed_folders(self, stamps: dict[str, int]) -> dict[str, _Folder | None]:
        """The folders whose mtime is not the one stamped, listed now (None: the folder is gone).

        The library folder's own mtime says whether paper folders came or went; if it did
        not move, the paper folders are the stamped ones and each costs one stat.
        """
        listed: dict[str, _Folder | None] = {}
        root = str(self.root)
        try:
            root_mtime = os.stat(root).st_mtime_ns
        except OSError:
            return {name: None for name in stamps}
        if stamps.get("") == root_mtime:
            subfolders = [name for name in stamps if name]
        else:
            top, subfolders = self._list("")
            listed[""] = top
            listed.update((name, None) for name in stamps if name and name not in subfolders)
        for name in subfolders:
            try:
                mtime = os.stat(os.path.join(root, name)).st_mtime_ns
            except OSError:
                listed[name] = None
                continue
            if stamps.get(name) != mtime:
                listed[name] = self._list(name)[0]
        return listed

    def _list(self, name: str) -> tuple[_Folder | None, list[str]]:
        """A folder's issue files (and, for the library folder, its paper folders), its mtime read first."""
        folder = os.path.join(str(self.root), name) if name else str(self.root)
        try:
            mtime = os.stat(folder).st_mtime_ns
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            return None, []
        files: dict[str, tuple[dt.date, str]] = {}
        subfolders: list[str] = []
        for entry in entries:
            date = issue_date(entry.name)
            try:
                if date is not None and entry.is_file():
                    files[f"{name}{os.sep}{entry.name}" if name else entry.name] = (date, entry.path)
                elif not name and date is None and is_paper_folder(entry.name) and entry.is_dir():
                    subfolders.append(entry.name)
            except OSError:  # a symlink loop, a target gone: neither file nor folder
                continue
        return _Folder(mtime, files), subfolders

    def _stamp(self, listed: dict[str, _Folder | None], failed: set[str]) -> None:
        """Remember the listed folders' mtimes; a young one (or one with a file that could not be
        read) is stamped 0, so the next sync lists it again."""
        trusted_before = time.time_ns() - RACY_NS
        with self._writing():
            for name, folder in listed.items():
                if folder is None:
                    self._db.execute("DELETE FROM folders WHERE name = ?", (name,))
                    continue
                mtime = folder.mtime_ns if folder.mtime_ns < trusted_before and name not in failed else 0
                self._db.execute("INSERT OR REPLACE INTO folders VALUES (?, ?)", (name, mtime))

    def _remove_if_gone(self, name: str, tally: _Tally) -> None:
        """Forget a file that is really gone: one another process saw arrive after this listing stays."""
        row = self._row(name)
        if row is None or os.path.exists(os.path.join(self.root, name)):
            return
        self._forget(row.id)
        self._db.execute("DELETE FROM files WHERE id = ?", (row.id,))
        tally.removed += 1

    def _name(self, ref: IssueRef) -> str:
        """The file's path inside the library (plain string work)."""
        path, root = str(ref.path), str(self.root) + os.sep
        return path[len(root) :] if path.startswith(root) else path

    def _index_file(self, ref: IssueRef, tally: _Tally) -> bool:
        """Bring one file's rows up to date; run under the write lock, so it is done once however many ask.

        False if the file could not be read (it is tried again at the next sync).
        """
        from paperterm.model.loader import load_issue

        name = self._name(ref)
        row = self._row(name)
        try:
            stat = os.stat(ref.path)
            if row is not None and (row.mtime_ns, row.size) == (stat.st_mtime_ns, stat.st_size):
                if row.problem:  # indexed by another process meanwhile
                    tally.problems.append(row.problem)
                return True
            digest = _digest(ref.path.read_bytes())
        except OSError:
            return False
        if row is not None and row.hash == digest:
            self._db.execute(
                "UPDATE files SET mtime_ns = ?, size = ? WHERE id = ?",
                (stat.st_mtime_ns, stat.st_size, row.id),
            )
            if row.problem:
                tally.problems.append(row.problem)
            return True
        if row is not None:
            self._forget(row.id)
            tally.changed += 1
        else:
            tally.added += 1
        problem = None
        try:
            issue = self._parsed(ref, stat) or load_issue(ref.path, ref.paper_id)
        except IssueFileError as exc:
            issue, problem = None, str(exc.problems[0])
            tally.problems.append(problem)
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
            return True
        rowid = self._free_rowid(ref.date)
        articles, tokens = [], []
        for n, (page, article) in enumerate(issue.articles()):
            text = article_text(article)
            compressed = zlib.compress(text.encode(), 1)
            articles.append((rowid + n, file_id, article.id, page.number, article.title, compressed))
            tokens.append((rowid + n, grams(self.fold(text))))
        self._db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)", articles)
        self._db.executemany("INSERT INTO pairs (rowid, g) VALUES (?, ?)", tokens)
        return True

    def _parsed(self, ref: IssueRef, stat: os.stat_result) -> Issue | None:
        """The issue from the parse cache, if it holds this version of the file."""
        if self.parsed is None:
            return None
        from paperterm.cache.parse_cache import cached

        return cached(ref.path, ref.paper_id, self.parsed, stat.st_mtime_ns, stat.st_size)

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
        ever make a candidate that the check against the real text then turns down. The
        index then says so (`ghosts`), and `count` checks every candidate from then on.
        """
        rows = self._db.execute("SELECT id, text FROM articles WHERE file_id = ?", (file_id,)).fetchall()
        tokens = []
        for rowid, blob in rows:
            text = _decoded(blob)
            if text is not None:
                tokens.append((rowid, grams(self.fold(text))))
        if len(tokens) < len(rows):
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('ghosts', '1')")
        self._db.executemany("INSERT INTO pairs (pairs, rowid, g) VALUES ('delete', ?, ?)", tokens)
        self._db.execute("DELETE FROM articles WHERE file_id = ?", (file_id,))

    def _refresh(self, changed: dict[int, _FileRow], damaged: set[int]) -> None:
        """Index again the files that answered but changed since, or whose rows did not decode."""
        tally = _Tally()
        with self._writing():
            for file_id, file in changed.items():
                path = self.root / file.path
                if not os.path.exists(path):
                    self._remove_if_gone(file.path, tally)
                    continue
                if file_id in damaged:  # read it afresh: nothing of its rows is kept
                    self._forget(file_id)
                    self._db.execute("DELETE FROM files WHERE id = ?", (file_id,))
                date = issue_date(path.name) or _iso_date(file.date) or dt.date.min
                self._index_file(IssueRef(date, file.grp or None, path), tally)
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
        order: str = "date",
    ) -> list[ArchiveHit]:
        """The first `limit` hits of `hits`, as a list."""
        found = self.hits(query, paper=paper, start=start, end=end, limit=limit, order=order)
        return [hit for _, hit in zip(range(limit if limit is not None else 1 << 62), found, strict=False)]

    def hits(
        self,
        query: Query,
        *,
        paper: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int | None = None,
        order: str = "date",
    ) -> Iterator[ArchiveHit]:
        """Matching articles, newest issue first and in reading order within an issue, given a
        day at a time as they are found (or, by relevance, the best `limit` once all are scored).

        Every file that answers is stat-ed first; one that changed is indexed again and the
        day asked again, so a hit is never an article's old text.
        """
        if order == "relevance":
            every = self.hits(query, paper=paper, start=start, end=end)
            ranked = heapq.nlargest(limit or 1 << 62, every, key=lambda h: (h.score, h.date))
            yield from ranked
            return
        low = _day_rowid(start) if start is not None else 0
        high = _day_rowid(end if end is not None else dt.date.max, 1) - 1
        found = 0
        expression = _expression(query)
        # A one-character word is looked up as the prefix of every pair it starts, and FTS5
        # merges all of their lists before it gives the first row: for a common character
        # that costs more than reading the newest articles themselves. So such a query first
        # reads a few of the newest articles, goes on reading while at least one in
        # SCAN_DENSITY of them answers, and asks the index from the first batch where fewer
        # do. Every candidate is checked against its text either way.
        scan = expression is not None and '" *' in expression  # word_terms of one character
        size = min(SCAN_PROBE, max(16, limit or 0)) if scan else max(16, limit or 0)
        follow = True
        matcher = TextMatcher(query, self.fold)
        while high >= low:
            hits, high, checked = self._batch(
                matcher, None if scan else expression, paper, low, high, size, follow
            )
            for _, day in itertools.groupby(hits, key=lambda hit: hit.date):
                shown = list(day)
                yield from shown
                found += len(shown)
                if limit is not None and found >= limit:
                    return
            # A quarter more than the rest of `limit` needs: a batch ends at a whole day, and
            # another batch is another query (for a prefix, another merge of every list).
            needed = ((limit or 0) - found) * 5 // 4 + 16
            if scan and len(hits) * SCAN_DENSITY < checked:  # too rare to read every article
                scan, size = False, needed
            elif limit and hits:  # at this batch's share of candidates that answered
                size = max(size, needed * checked // len(hits))
            else:
                size *= 2
            size, follow = min(size, 4096), False

    def _batch(
        self,
        matcher: TextMatcher,
        expression: str | None,
        paper: str | None,
        low: int,
        high: int,
        size: int,
        follow: bool,
    ) -> tuple[list[ArchiveHit], int, int]:
        """The hits of the newest whole days at or below `high` that hold about `size` candidates
        (those `expression` finds; every article if None), newest day first, where the next
        batch ends, and how many candidates were checked. Two queries a batch, not two a day."""

        def work() -> tuple[list[ArchiveHit], int, int]:
            if self._stale:
                self._sync(self._progress)
            for attempt in range(4):
                rowids = self._candidates(expression, low, high, size + 1)
                if not rowids:
                    return [], low - 1, 0
                ends = low - 1
                if len(rowids) > size:  # more remain: the oldest day may be cut short, so it waits
                    oldest = rowids[-1] >> DAY_BITS
                    if rowids[0] >> DAY_BITS == oldest:  # one day holds them all: that whole day
                        rowids = self._candidates(expression, max(low, oldest << DAY_BITS), high, -1)
                    else:
                        rowids = [rowid for rowid in rowids if rowid >> DAY_BITS != oldest]
                    ends = max(low, rowids[-1] >> DAY_BITS << DAY_BITS) - 1
                hits, changed, damaged = self._check(matcher, paper, self._rows(rowids), final=attempt == 3)
                if not changed:
                    return hits, ends, len(rowids)
                self._refresh(changed, damaged)
            raise AssertionError("unreachable: the last attempt drops what changed")

        result = self._guarded(work, follow=follow)
        assert isinstance(result, tuple)
        return result

    def _candidates(self, expression: str | None, low: int, high: int, limit: int) -> list[int]:
        """Article rowids that may match, newest first (at most `limit`; -1 for all)."""
        if expression is None:  # nothing the tokenizer can look up (punctuation only): every article
            cursor = self._db.execute(
                "SELECT id FROM articles WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT ?",
                (low, high, limit),
            )
        else:
            cursor = self._db.execute(
                """SELECT rowid FROM pairs WHERE pairs MATCH ? AND rowid BETWEEN ? AND ?
                   ORDER BY rowid DESC LIMIT ?""",
                (expression, low, high, limit),
            )
        return [rowid for (rowid,) in cursor]

    def _rows(self, rowids: list[int]) -> list[_Row]:
        """The candidates' article rows with their files' (json_each: any number of ids, one query)."""
        import json

        return [_Row(*row) for row in self._db.execute(_ROW_SQL, (json.dumps(rowids),))]

    def _check(
        self, matcher: TextMatcher, paper: str | None, rows: list[_Row], *, final: bool
    ) -> tuple[list[ArchiveHit], dict[int, _FileRow], set[int]]:
        """The hits newest day first, each day's in reading order (paper by paper), and the files
        to index again first:
        changed since they were indexed, or `damaged` (a row that does not decode). On the
        `final` try such files are left out rather than asked for again."""
        keyed: list[tuple[tuple[int, str, str, int], ArchiveHit]] = []
        changed: dict[int, _FileRow] = {}
        damaged: set[int] = set()
        fresh: dict[int, bool] = {}
        for row in rows:
            if row.file_id in changed or (paper is not None and paper not in (row.paper_id, row.grp)):
                continue
            text, date = _decoded(row.text), _iso_date(row.date)
            if text is None or date is None:
                damaged.add(row.file_id)
                changed[row.file_id] = _FileRow(row.path, row.grp, row.date, row.mtime_ns, row.size)
                continue
            if not matcher.matches(text):
                continue
            file = _FileRow(row.path, row.grp, row.date, row.mtime_ns, row.size)
            if row.file_id not in fresh:
                fresh[row.file_id] = self._unchanged(file)
            if not fresh[row.file_id]:
                changed[row.file_id] = file
                continue
            line, spans = snippet(text, matcher.spans(text))
            hit = ArchiveHit(
                str(row.paper_id),
                str(row.paper),
                date,
                int(row.page),
                str(row.article_id),
                str(row.title),
                self.root / row.path,
                line,
                tuple(spans),
                matcher.score(row.title, text),
            )
            keyed.append(((-(row.rowid >> DAY_BITS), row.grp, str(row.paper_id), row.rowid), hit))
        if final:
            dropped = {self.root / file.path for file in changed.values()}
            keyed = [pair for pair in keyed if pair[1].path not in dropped]
            changed, damaged = {}, set()
        keyed.sort(key=lambda pair: pair[0])
        return [hit for _, hit in keyed], changed, damaged

    def _unchanged(self, file: _FileRow) -> bool:
        """Whether the file is as it was indexed (mtime and size), stat-ed now."""
        try:
            stat = os.stat(os.path.join(self.root, file.path))
        except OSError:
            return False
        return (stat.st_mtime_ns, stat.st_size) == (file.mtime_ns, file.size)

    # --- counting ----------------------------------------------------------------------

    def count(
        self,
        query: Query,
        *,
        paper: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> int:
        """How many articles match. From the index alone where its tokens decide
        (`Query.exact_in_index`), after a stat of the files of every day with a match;
        otherwise every candidate is checked as `hits` does."""
        low = _day_rowid(start) if start is not None else 0
        high = _day_rowid(end if end is not None else dt.date.max, 1) - 1

        def work() -> int | None:
            if self._stale:
                self._sync(self._progress)
            expression = _expression(query)
            ghosts = self._db.execute("SELECT 1 FROM meta WHERE key = 'ghosts'").fetchone()
            if expression is None or ghosts or not query.exact_in_index:
                return None
            for word in query.exclude:
                expression = f"({expression}) NOT ({word_terms(word)[0]})"
            sql = "SELECT rowid FROM pairs WHERE pairs MATCH ? AND rowid BETWEEN ? AND ?"
            for _ in range(4):
                rowids = [rowid for (rowid,) in self._db.execute(sql, (expression, low, high))]
                changed = self._changed_on_days({rowid >> DAY_BITS for rowid in rowids})
                if not changed:
                    break
                self._refresh(changed, set())
            else:
                return None
            if paper is None:  # no ghosts: the index's rows are the articles'
                return len(rowids)
            by_paper = f"""SELECT count(*) FROM articles a JOIN files f ON f.id = a.file_id
                WHERE a.id IN ({sql}) AND ? IN (f.paper_id, f.grp)"""
            return int(self._db.execute(by_paper, (expression, low, high, paper)).fetchone()[0])

        counted = self._guarded(work)
        if counted is None:
            return sum(1 for _ in self.hits(query, paper=paper, start=start, end=end))
        assert isinstance(counted, int)
        return counted

    def _changed_on_days(self, days: set[int]) -> dict[int, _FileRow]:
        """The files of these days (date ordinals) that changed since they were indexed."""
        dates = {dt.date.fromordinal(day).isoformat() for day in days}
        changed: dict[int, _FileRow] = {}
        for file_id, *columns in self._db.execute(
            "SELECT id, path, grp, date, mtime_ns, size FROM files WHERE problem IS NULL"
        ):
            file = _FileRow(*columns)
            if file.date in dates and not self._unchanged(file):
                changed[file_id] = file
        return changed


def _digest(data: bytes) -> str:
    """A file's SHA-1, which tells a touched file from a changed one (hashlib only when indexing)."""
    import hashlib

    return hashlib.sha1(data).hexdigest()


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _expression(query: Query) -> str | None:
    """The FTS5 query every hit matches (a group of alternatives: an OR), or None if no word
    has a token to look up (every article is then a candidate)."""
    parts = []
    for group in query.groups:
        alternatives: list[str] = []
        for word in group:
            terms = [term for term in word_terms(word) if _has_tokens(term)]
            if not terms:  # this word narrows nothing, so neither does its group
                alternatives = []
                break
            alternatives.append("(" + " AND ".join(terms) + ")")
        if alternatives:
            parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts) or None


@functools.lru_cache(maxsize=256)
def _has_tokens(term: str) -> bool:
    """Whether FTS5 finds a token in a query string: asked of SQLite, whose Unicode tables are its own
    (a Han character always is one: no probe needed)."""
    body = term.rstrip(" *").strip('"').replace('""', '"')
    if body and all("\u4e00" <= ch <= "\u9fff" for ch in body):
        return True
    with contextlib.closing(sqlite3.connect(":memory:")) as probe:
        probe.execute(f"CREATE VIRTUAL TABLE t USING fts5 (g, tokenize='{TOKENIZER}')")
        probe.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, 'row')")
        probe.execute("INSERT INTO t (g) VALUES (?)", (body,))
        return bool(probe.execute("SELECT count(*) FROM v").fetchone()[0])
