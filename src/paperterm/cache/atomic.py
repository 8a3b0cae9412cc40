"""The one way paperterm writes a file: a temporary file beside it, then a rename.

A crash, a full disk or a kill leaves either the old file or the new one,
never half of either. `tempfile` is not used: importing it costs a few
milliseconds on `cat`'s path, and a name from the pid and a counter is as
safe in a folder only this user writes.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

_serial = itertools.count()


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write data (text as UTF-8) to path by rename; the folder is made if missing.

    Raises OSError; the temporary file never outlives a failure.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{next(_serial)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
