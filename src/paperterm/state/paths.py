"""Locate the library, cache, state and config folders, following XDG.

On Linux and the BSDs the XDG base directory rules are read here directly (an
absolute $XDG_*_HOME, else the default under an absolute $HOME), the same
answer platformdirs gives (tests/unit/test_paths.py compares them): importing
platformdirs costs about 4 ms, a tenth of a `paperterm cat`. Anywhere else,
or with no usable $HOME, platformdirs answers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "paperterm"

_XDG = {
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
    "state": ("XDG_STATE_HOME", "~/.local/state"),
    "config": ("XDG_CONFIG_HOME", "~/.config"),
}
_XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


def user_dir(kind: str) -> Path:
    """paperterm's own folder of one kind: "data", "cache", "state" or "config"."""
    variable, default = _XDG[kind]
    if sys.platform.startswith(_XDG_PLATFORMS) and os.path.isabs(os.environ.get("HOME", "")):
        base = os.environ.get(variable, "")
        return Path(base if os.path.isabs(base) else os.path.expanduser(default)) / APP
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP))


SAMPLE_LIBRARY = Path(__file__).parent.parent / "data" / "sample"
"""The issue shipped inside the package (package data): what a reader without a library sees."""


def library_dir(explicit: str | Path | None = None, cwd: Path | None = None) -> Path:
    """The issue library: --library, $PAPERTERM_LIBRARY, ./issues if present, the user data dir's
    issues/ if present, else the shipped sample.

    First hit wins, so a clone of the repo reads its sample without setup, an
    installed copy reads the user's own library, and a fresh install still opens
    an issue from any folder (`library_notice` says where a library goes).
    """
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get("PAPERTERM_LIBRARY")
    if from_env:
        return Path(from_env).expanduser()
    local = (cwd or Path.cwd()) / "issues"
    if local.is_dir():
        return local
    own = user_library()
    return own if own.is_dir() else SAMPLE_LIBRARY


def user_library() -> Path:
    """Where the reader's own issues go when no other library is named."""
    return user_dir("data") / "issues"


def library_notice(library: Path) -> str | None:
    """The one line said whenever the shipped sample stands in for a library, else None."""
    if library != SAMPLE_LIBRARY:
        return None
    own = user_library()
    return (
        f"no library found, so the shipped sample issue is the library; issues go in {own}: "
        f"paperterm fetch PAPER (paperterm fetch --list names them) or paperterm import PAGE.pdf "
        f"--into {own}; or name a library with --library DIR"
    )


def cache_dir() -> Path:
    """Derived data that can be rebuilt at any time ($PAPERTERM_CACHE_DIR overrides)."""
    from_env = os.environ.get("PAPERTERM_CACHE_DIR")
    return Path(from_env) if from_env else user_dir("cache")


def state_dir() -> Path:
    """The reader's own data: settings and reading state ($PAPERTERM_STATE_DIR overrides)."""
    from_env = os.environ.get("PAPERTERM_STATE_DIR")
    return Path(from_env) if from_env else user_dir("state")
