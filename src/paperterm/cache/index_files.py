"""Where a search index lives: numbered generations, so a rebuild never pulls a file from under a reader.

A library's index is `<key>.sqlite` at first. A rebuild (damage, another schema or fold)
makes a new file beside it and links it in under the next number, `<key>.<n>.sqlite`, so the
new file appears whole or not at all and never takes the name of a file another process has
open, nor pairs with that file's -wal and -shm (SQLite would read one database's log into the
other). Every process using a generation holds a shared `flock` on its `-users` file, which
SQLite never opens (closing a file SQLite has locked would drop its locks); an older
generation is deleted only by a process that can take that lock exclusively, when nobody uses it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # no flock: old generations are kept rather than risked
    fcntl = None  # type: ignore[assignment]

SIDE_FILES = ("-wal", "-shm", "-journal", "-users")
"""What SQLite (and the users lock) keeps beside a database file."""

_serial = itertools.count()


def generation_path(base: Path, number: int) -> Path:
    """Generation 0 is the base name itself; later ones put their number before the suffix."""
    return base if number == 0 else base.with_name(f"{base.stem}.{number}{base.suffix}")


def newest(base: Path) -> int | None:
    """The highest generation present, or None when the library has no index yet."""
    return max((n for n, database in _generations(base) if database), default=None)


def _generations(base: Path) -> list[tuple[int, bool]]:
    """(number, whether the database is there) for each generation with a file left in the folder."""
    pattern = re.compile(re.escape(base.stem) + r"(?:\.(\d{1,9}))?" + re.escape(base.suffix) + "(-users)?")
    found: dict[int, bool] = {}
    with contextlib.suppress(OSError), os.scandir(base.parent) as listing:
        for entry in listing:
            if match := pattern.fullmatch(entry.name):
                number = int(match[1] or 0)
                found[number] = found.get(number, False) or not match[2]
    return sorted(found.items())


def publish(base: Path, number: int, make: Callable[[Path], None]) -> None:
    """Make generation `number` with `make(temporary path)` and link it in, unless another did first."""
    tmp = base.with_name(f".{base.name}.{os.getpid()}.{threading.get_ident()}.{next(_serial)}.tmp")
    try:
        make(tmp)
        try:
            os.link(tmp, generation_path(base, number))
        except FileExistsError:
            pass  # another process published this generation first: theirs is as good
        except OSError:  # a file system without hard links: a rename, checked first
            if not generation_path(base, number).exists():
                os.replace(tmp, generation_path(base, number))
    finally:
        _unlink(tmp)


class Users:
    """This process's shared lock on one generation: held for as long as the database is open."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(f"{path}-users", os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def sweep(base: Path, below: int) -> None:
    """Delete the generations before `below` that no process uses (and -users files left alone)."""
    if fcntl is None:
        return
    for number, _ in _generations(base):
        if number >= below:
            break
        path = generation_path(base, number)
        try:
            fd = os.open(f"{path}-users", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # someone still reads it
            os.close(fd)
            continue
        try:
            _unlink(path)
        finally:
            os.close(fd)


def _unlink(path: Path) -> None:
    for name in (str(path), *(f"{path}{side}" for side in SIDE_FILES)):
        with contextlib.suppress(OSError):
            os.unlink(name)
