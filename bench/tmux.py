"""tmux servers of our own, closed without a trace: `kill-server` alone leaves its socket file behind."""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from pathlib import Path


def new_server(prefix: str, config: str = "/dev/null") -> list[str]:
    """The tmux command line for a fresh, private server (`-L` name from the prefix)."""
    return ["tmux", "-L", f"{prefix}-{uuid.uuid4().hex[:8]}", "-f", config]


def kill_server(tmux: list[str], wait: float = 5.0) -> None:
    """Stop the server, wait (at most `wait` seconds) for its panes' processes to end, and remove
    its socket file (where tmux puts `-L` sockets: $TMUX_TMPDIR/tmux-UID/).

    The wait matters to whoever removes a folder next: a paperterm that has had its SIGHUP but
    not yet exited can still write its caches into a temporary home just removed, and leave it.
    """
    panes = subprocess.run(
        [*tmux, "list-panes", "-a", "-F", "#{pane_pid}"], capture_output=True, text=True, check=False
    ).stdout.split()
    subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)
    deadline = time.monotonic() + wait
    for pid in (int(p) for p in panes if p.isdecimal()):
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.01)
    name = tmux[tmux.index("-L") + 1]
    folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
    (folder / name).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a pid already reused by another user's process
        return False
    return True
