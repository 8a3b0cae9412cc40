"""tmux servers of our own, closed without a trace: `kill-server` alone leaves its socket file behind."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path


def new_server(prefix: str, config: str = "/dev/null") -> list[str]:
    """The tmux command line for a fresh, private server (`-L` name from the prefix)."""
    return ["tmux", "-L", f"{prefix}-{uuid.uuid4().hex[:8]}", "-f", config]


def kill_server(tmux: list[str]) -> None:
    """Stop the server and remove its socket file (where tmux puts `-L` sockets: $TMUX_TMPDIR/tmux-UID/)."""
    subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)
    name = tmux[tmux.index("-L") + 1]
    folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
    (folder / name).unlink(missing_ok=True)
