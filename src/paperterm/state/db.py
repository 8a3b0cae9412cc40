"""The reading-state database: opening it safely, whatever shape the file is in.

stdlib sqlite3 in WAL mode with a busy timeout, so two paperterm processes
(two SSH sessions) can read and write at once. A file that is not a database,
or fails its integrity check, is moved aside and a fresh one started; a folder
that cannot be written means an in-memory database for this run. Either way
the reader is told once, and never sees a traceback.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

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


def _prepare(connection: sqlite3.Connection) -> None:
    """WAL, integrity, and the schema brought up to date; raises sqlite3.DatabaseError if the file is bad."""
    if connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] not in ("wal", "memory"):
        raise sqlite3.DatabaseError("could not switch to WAL mode")
    connection.execute("PRAGMA synchronous = NORMAL")
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise sqlite3.DatabaseError("integrity check failed")
    migrate(connection)


def schema_version(connection: sqlite3.Connection) -> int:
    """The schema version the database is at (0: empty)."""
    exists = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
    if not exists:
        return 0
    row = connection.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(connection: sqlite3.Connection) -> None:
    """Apply every migration the database has not had yet, each in its own transaction."""
    with connection:
        connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    current = schema_version(connection)
    if current > len(MIGRATIONS):
        raise sqlite3.DatabaseError(f"state file is from a newer paperterm (schema {current})")
    for version in range(current + 1, len(MIGRATIONS) + 1):
        with connection:
            connection.executescript("BEGIN;" + MIGRATIONS[version - 1] + ";")
            connection.execute("DELETE FROM schema_version")
            connection.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))


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
        connection = _connect(path)
    except (OSError, sqlite3.Error) as exc:
        return _in_memory(f"Reading state cannot be saved ({folder}: {exc}); this session is not remembered.")
    try:
        _prepare(connection)
        return Opened(connection, path)
    except sqlite3.OperationalError as exc:
        connection.close()
        if "readonly" in str(exc) or "unable to open" in str(exc) or "disk I/O" in str(exc):
            return _in_memory(
                f"Reading state cannot be saved ({path}: {exc}); this session is not remembered."
            )
        return _start_fresh(path, exc)
    except sqlite3.DatabaseError as exc:
        connection.close()
        return _start_fresh(path, exc)


def _start_fresh(path: Path, problem: Exception) -> Opened:
    try:
        aside = _move_aside(path)
        connection = _connect(path)
        _prepare(connection)
    except (OSError, sqlite3.Error) as exc:
        return _in_memory(f"Reading state is unreadable ({problem}) and could not be replaced ({exc}).")
    return Opened(
        connection,
        path,
        f"The reading-state file was damaged ({problem}); "
        f"it was moved to {aside.name} and a new one started.",
    )


def _in_memory(notice: str) -> Opened:
    connection = _connect(":memory:")
    _prepare(connection)
    return Opened(connection, None, notice)
