"""The reading-state database: opening it safely, whatever shape the file is in.

stdlib sqlite3 in WAL mode with a busy timeout, so two paperterm processes
(two SSH sessions) can read and write at once. The schema is made and
upgraded under SQLite's write lock (`BEGIN IMMEDIATE`), so two processes
starting together on a new folder make it once; the second waits and finds it
made. Damage means a file SQLite cannot read as a database, one that fails its
integrity check, or tables that lack columns: such a file is moved aside and a
fresh one started. A missing table is made again. A lock held past the busy
timeout, a file from a newer paperterm or a folder that cannot be written mean
an in-memory database for this run, the file left as it is. Either way the
reader is told once, and never sees a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from paperterm.state import kept

FILENAME = "state.sqlite3"
BUSY_TIMEOUT_MS = 5000

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE issues (
        paper_id TEXT NOT NULL,
        date TEXT NOT NULL,
        paper TEXT NOT NULL DEFAULT '',
        path TEXT,
        total_articles INTEGER NOT NULL DEFAULT 0,
        last_page INTEGER,
        last_article TEXT,
        last_title TEXT,
        opened_at REAL NOT NULL,
        PRIMARY KEY (paper_id, date)
    );
    CREATE TABLE articles (
        paper_id TEXT NOT NULL,
        date TEXT NOT NULL,
        article_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('unread', 'opened', 'read')),
        block INTEGER NOT NULL DEFAULT -1,
        offset INTEGER NOT NULL DEFAULT 0,
        progress REAL NOT NULL DEFAULT 0,
        updated_at REAL NOT NULL,
        PRIMARY KEY (paper_id, date, article_id)
    );
    CREATE TABLE prefs (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: 收藏, the articles the reader keeps.
    kept.MIGRATION,
)
"""Each entry upgrades the schema by one version; never edit one that has shipped, add another."""


@dataclass
class Opened:
    """A ready connection, where it lives (None: in memory), and anything the reader must be told."""

    connection: sqlite3.Connection
    path: Path | None
    notice: str | None = None


def _connect(path: Path | str) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


class NewerSchema(sqlite3.DatabaseError):
    """The file was written by a newer paperterm: left as it is, never "repaired"."""


class MissingColumns(sqlite3.DatabaseError):
    """A table lacks columns the schema has: the rows cannot be trusted, so the file is damaged."""


def _prepare(connection: sqlite3.Connection) -> tuple[str, ...]:
    """WAL, integrity, and the schema brought up to date; returns the tables made again.

    Raises sqlite3.DatabaseError if the file is damaged; OperationalError for a lock or
    a file that cannot be written.
    """
    _to_wal(connection)
    connection.execute("PRAGMA synchronous = NORMAL")
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise sqlite3.DatabaseError("integrity check failed")
    return migrate(connection)


def _to_wal(connection: sqlite3.Connection) -> None:
    """WAL mode. Switching needs the file to itself and SQLite does not wait for that (no busy
    handler), so a process that finds another switching at the same moment tries again."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def schema_version(connection: sqlite3.Connection) -> int:
    """The schema version the database is at (0: empty)."""
    exists = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
    if not exists:
        return 0
    row = connection.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(connection: sqlite3.Connection) -> tuple[str, ...]:
    """Apply every migration the database has not had yet, and make any table that is missing.

    All in one write transaction, whose lock is taken before the version is read: a
    second process waits and then finds nothing to do. Returns the tables made again.
    """
    if schema_version(connection) == len(MIGRATIONS) and not _missing(connection):
        return ()  # the usual case: nothing to write, no lock taken
    connection.execute("BEGIN IMMEDIATE")
    try:
        made = _bring_up_to_date(connection)
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    return made


def _bring_up_to_date(connection: sqlite3.Connection) -> tuple[str, ...]:
    current = schema_version(connection)
    if current > len(MIGRATIONS):
        raise NewerSchema(f"state file is from a newer paperterm (schema {current})")
    if current == 0 and _missing(connection) != tuple(_reference()):
        current = len(MIGRATIONS)  # tables without a version (it was lost): judged by their columns
    for version in range(current + 1, len(MIGRATIONS) + 1):
        for statement in _statements(MIGRATIONS[version - 1]):
            connection.execute(statement)
    made = _missing(connection)  # nothing, unless tables were lost since
    for name in made:
        connection.execute(_reference()[name][0])
    connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    connection.execute("DELETE FROM schema_version")
    connection.execute("INSERT INTO schema_version (version) VALUES (?)", (len(MIGRATIONS),))
    return made


def _missing(connection: sqlite3.Connection) -> tuple[str, ...]:
    """Tables and indexes of the schema the file lacks; raises MissingColumns for a table short of columns."""
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    missing = []
    for name, (_, columns) in _reference().items():
        if name not in present:
            missing.append(name)
        elif columns:
            have = {row[1] for row in connection.execute(f"PRAGMA table_info({name})")}
            if lacking := [c for c in columns if c not in have]:
                raise MissingColumns(f"table {name} has no column {', '.join(lacking)}")
    return tuple(missing)


@functools.cache
def _reference() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The schema every migration makes, from a database in memory: name → (CREATE statement, columns)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as made:
        for migration in MIGRATIONS:
            made.executescript(migration)
        rows = made.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
        return {
            name: (
                sql,
                tuple(r[1] for r in made.execute(f"PRAGMA table_info({name})")) if kind == "table" else (),
            )
            for kind, name, sql in rows
        }


def _statements(script: str) -> list[str]:
    """A migration's statements one by one: executescript() would commit the transaction first."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return [s for s in statements if s.strip(" \n;")]


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target


def open_state(folder: Path) -> Opened:
    """Open (or create) the state database in `folder`; never raises."""
    path = folder / FILENAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        found = _inode(path)
        connection = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        return _in_memory(f"Reading state cannot be saved ({folder}: {exc}); this session is not remembered.")
    try:
        made = _prepare(connection)
    except sqlite3.OperationalError as exc:
        connection.close()
        if "locked" in str(exc) or "busy" in str(exc):
            return _in_memory(
                f"Reading state is held by another paperterm ({path}: {exc}); this session is not remembered."
            )
        if "readonly" in str(exc) or "unable to open" in str(exc) or "disk I/O" in str(exc):
            return _in_memory(
                f"Reading state cannot be saved ({path}: {exc}); this session is not remembered."
            )
        return _start_fresh(path, exc, found)
    except NewerSchema as exc:
        connection.close()
        return _in_memory(f"{exc}; it is left as it is, and this session is not remembered.")
    except sqlite3.DatabaseError as exc:
        connection.close()
        return _start_fresh(path, exc, found)
    notice = f"The reading-state file had lost {', '.join(made)}; made again, empty." if made else None
    return Opened(connection, path, notice)


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:
        return None


def _start_fresh(path: Path, problem: Exception, found: int | None) -> Opened:
    """Move the damaged file aside (unless another process already did and started a new one)."""
    try:
        if found is not None and _inode(path) == found:
            aside: Path | None = _move_aside(path)
        else:
            aside = None
        connection = _connect(path)
        _prepare(connection)
    except (OSError, sqlite3.Error) as exc:
        return _in_memory(f"Reading state is unreadable ({problem}) and could not be replaced ({exc}).")
    where = f"it was moved to {aside.name} and " if aside else ""
    return Opened(
        connection, path, f"The reading-state file was damaged ({problem}); {where}a new one started."
    )


def _in_memory(notice: str) -> Opened:
    connection = _connect(":memory:")
    _prepare(connection)
    return Opened(connection, None, notice)
