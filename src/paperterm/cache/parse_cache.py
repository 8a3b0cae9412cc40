"""Parsed issues kept in the cache dir, so an issue opened again skips YAML altogether.

Keyed by the file's resolved path and checked against its mtime and size (and
paperterm's version and the model's field names) before use; anything that
does not match or does not unpickle is parsed again. The pickles are the
user's own cache files, trusted like the rest of their home directory
(docs/security.md).
"""

from __future__ import annotations

import zlib
from pathlib import Path

from paperterm import __version__
from paperterm.cache.atomic import write_atomically
from paperterm.model.issue import Article, Heading, Issue, Page, Region

SHAPE = tuple(cls._fields for cls in (Issue, Page, Article, Heading, Region))
"""Part of every entry's stamp: a pickle of reordered or renamed fields would load as the wrong values."""

MAX_ENTRIES = 256
"""Parsed issues kept at most; the least recently written go first (years of reading stay small)."""


def folder(cache: Path) -> Path:
    """Where parsed issues live inside the user cache dir."""
    return cache / "issues"


def _entry(folder: Path, path: Path, paper_id: str | None) -> Path:
    """The entry's file; two paths sharing a name only evict each other (the entry names its path)."""
    resolved = str(path.resolve())
    key = zlib.crc32(f"{resolved}\0{paper_id or ''}".encode())
    return folder / f"{path.stem}-{key:08x}.pickle"


def load_cached(path: Path, paper_id: str | None, folder: Path | None) -> Issue:
    """The issue in `path`, cached while the file is unchanged; raises IssueFileError as the loader does."""
    if folder is None:
        return _parse(path, paper_id)
    try:
        stat = path.stat()
    except OSError:
        return _parse(path, paper_id)  # the loader says what is wrong with the file
    stamp = (__version__, SHAPE, stat.st_mtime_ns, stat.st_size)
    entry = _entry(folder, path, paper_id)
    issue = _read(entry, stamp, path)
    if issue is not None:
        return issue
    issue = _parse(path, paper_id)
    import pickle  # in the functions, not at the top: `search` imports this module to name a folder

    _store(entry, pickle.dumps((stamp, issue), protocol=pickle.HIGHEST_PROTOCOL))
    return issue


def cached(path: Path, paper_id: str | None, folder: Path, mtime_ns: int, size: int) -> Issue | None:
    """The parsed issue if the cache holds it for this version of the file, else None; never
    parses or writes (the search index reads whole libraries: it must not evict what the
    reader opened)."""
    return _read(_entry(folder, path, paper_id), (__version__, SHAPE, mtime_ns, size), path)


def _read(entry: Path, stamp: tuple[object, ...], path: Path) -> Issue | None:
    import pickle

    try:
        cached_stamp, issue = pickle.loads(entry.read_bytes())
        if cached_stamp == stamp and isinstance(issue, Issue) and issue.path == str(path):
            return issue
    except Exception:  # a missing, stale or damaged entry is simply parsed again
        pass
    return None


def _parse(path: Path, paper_id: str | None) -> Issue:
    from paperterm.model.loader import load_issue  # PyYAML is imported only on a cache miss

    return load_issue(path, paper_id)


def _store(entry: Path, data: bytes) -> None:
    """A cache that cannot be written is simply not kept."""
    try:
        write_atomically(entry, data)
        _prune(entry.parent)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns)
    for old in entries[: max(0, len(entries) - MAX_ENTRIES)]:
        old.unlink(missing_ok=True)
