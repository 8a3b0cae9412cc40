"""Locate the library and cache folders, following XDG via platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

APP = "paperterm"


def library_dir(explicit: str | Path | None = None, cwd: Path | None = None) -> Path:
    """The issue library: --library, $PAPERTERM_LIBRARY, ./issues if present, else the user data dir.

    First hit wins, so a clone of the repo reads its sample without setup and
    an installed copy reads the user's own library.
    """
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get("PAPERTERM_LIBRARY")
    if from_env:
        return Path(from_env).expanduser()
    local = (cwd or Path.cwd()) / "issues"
    if local.is_dir():
        return local
    import platformdirs  # only when nothing closer says where the library is

    return Path(platformdirs.user_data_dir(APP)) / "issues"


def cache_dir() -> Path:
    """Derived data that can be rebuilt at any time ($PAPERTERM_CACHE_DIR overrides)."""
    from_env = os.environ.get("PAPERTERM_CACHE_DIR")
    if from_env:
        return Path(from_env)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP))


def state_dir() -> Path:
    """The reader's own data: settings and reading state ($PAPERTERM_STATE_DIR overrides)."""
    from_env = os.environ.get("PAPERTERM_STATE_DIR")
    if from_env:
        return Path(from_env)
    import platformdirs

    return Path(platformdirs.user_state_dir(APP))
