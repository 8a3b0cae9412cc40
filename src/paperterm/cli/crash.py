"""A crash of the reader: the traceback saved in the state folder, one line on the terminal.

A crash is a bug in paperterm, not in what it reads: the reader gets a status that says it
failed and a file to send with a bug report, and the terminal is not buried under a
traceback. The reading position was saved before the app ended (PapertermApp).
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
from collections.abc import Mapping
from pathlib import Path

from paperterm import __version__
from paperterm.cache.atomic import write_atomically
from paperterm.i18n import _
from paperterm.state.paths import state_dir

KEEP = 10
"""Crash reports kept in the state folder: the newest ten; older ones are removed as new ones come."""
PREFIX = "crash-"


def report_text(trace: str, arguments: Mapping[str, object], now: dt.datetime) -> str:
    """What a bug report needs: when, which versions, the command's arguments, the traceback."""
    import textual

    given = " ".join(f"{name}={value!r}" for name, value in sorted(arguments.items()))
    return (
        f"paperterm {__version__} crashed at {now.isoformat(timespec='seconds')}\n"
        f"arguments: {given}\n"
        f"Python {platform.python_version()}, Textual {textual.__version__}, "
        f"{platform.system()} {platform.machine()}\n\n{trace}"
    )


def save_report(text: str, folder: Path, now: dt.datetime) -> Path:
    """`crash-YYYYmmdd-HHMMSS.txt` in `folder` (`-2`, `-3` … for a second one that second);
    the oldest beyond KEEP are removed. Raises OSError."""
    stem = f"{PREFIX}{now:%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.txt"
    serial = 1
    while path.exists():
        serial += 1
        path = folder / f"{stem}-{serial}.txt"
    write_atomically(path, text)
    others = sorted((p for p in folder.glob(f"{PREFIX}*.txt") if p != path), key=lambda p: p.stat().st_mtime)
    for old in others[: max(len(others) - (KEEP - 1), 0)]:
        old.unlink(missing_ok=True)
    return path


def report_crash(trace: str, arguments: Mapping[str, object]) -> int:
    """Save the report and say where, in one line; exit status 1. A report that cannot be
    saved is printed instead: a crash must not leave nothing to go on."""
    now = dt.datetime.now().astimezone()
    text = report_text(trace, arguments, now)
    try:
        path = save_report(text, state_dir(), now)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(
            _("paperterm: crashed; the report could not be saved ({reason}):").format(reason=reason),
            file=sys.stderr,
        )
        print(text, file=sys.stderr)
        return 1
    print(_("paperterm: crashed; report saved to {path}").format(path=path), file=sys.stderr)
    return 1
