"""A small harness that runs the real `paperterm` command inside tmux and reads its screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.tmux import kill_server, new_server

PAPERTERM = str(Path(sys.executable).parent / "paperterm")


class Tmux:
    """One tmux server with one window running one command; the pane stays after the command exits."""

    def __init__(
        self, argv: Sequence[str], *, width: int, height: int, env: dict[str, str], cwd: Path
    ) -> None:
        # The pane must outlive the command so its exit status and last screen can be read.
        self.config = cwd / ".tmux.conf"
        self.config.write_text("set -g remain-on-exit on\n", encoding="utf-8")
        self.tmux = new_server("paperterm-test", str(self.config))
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        # exec: the pane's process is paperterm itself, so tests can signal it.
        command = f"cd {shlex.quote(str(cwd))} && exec env -i {exports} {shlex.join(argv)}"
        # The window gets its size first, then the program starts in it: a program started while
        # tmux is still resizing a new window can read the old size and miss the change.
        self._tmux("new-session", "-d", "-x", str(width), "-y", str(height), "-s", "t", "cat")
        self._tmux("respawn-pane", "-k", "-t", "t", command)

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            [*self.tmux, *args],
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout

    def send(self, *keys: str) -> None:
        """Type keys as tmux names them (Enter, Space, q ...)."""
        self._tmux("send-keys", "-t", "t", *keys)

    def pid(self) -> int:
        """The process running in the pane."""
        return int(self._tmux("display-message", "-p", "-t", "t", "#{pane_pid}").strip())

    def screen(self, escapes: bool = False) -> str:
        """What the pane shows now (with its SGR colour and style escapes, if asked)."""
        return self._tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "t")

    def type_text(self, text: str) -> None:
        """Type text literally, as an input method would deliver it (send-keys -l)."""
        self._tmux("send-keys", "-t", "t", "-l", text)

    def resize(self, width: int, height: int) -> None:
        """Resize the window, as a terminal emulator does when its window changes."""
        self._tmux("resize-window", "-t", "t", "-x", str(width), "-y", str(height))

    def record_output(self, file: Path) -> None:
        """Append every byte the program writes to the terminal to `file` (tmux pipe-pane)."""
        self._tmux("pipe-pane", "-t", "t", "-o", f"cat >> {shlex.quote(str(file))}")

    def flags(self) -> dict[str, str]:
        """The pane's terminal modes: alternate screen and mouse reporting."""
        out = self._tmux(
            "display-message", "-p", "-t", "t", "#{alternate_on} #{mouse_any_flag} #{mouse_sgr_flag}"
        )
        alternate, mouse, sgr = out.split()
        return {"alternate": alternate, "mouse": mouse, "sgr": sgr}

    def wait_for(self, predicate, what: str, timeout: float = 15.0) -> str:
        """Poll the screen until predicate(screen) holds; fail with the screen if it never does."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; screen was:\n{screen}")

    def exit_status(self, timeout: float = 10.0) -> int:
        """Wait for the command to end; its exit status, or minus the signal that killed it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            fields = self._tmux(
                "display-message", "-p", "-t", "t", "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}"
            )
            dead, status, signum = fields.strip().split(":")
            if dead == "1":
                return -int(signum) if signum and signum != "0" else int(status or 0)
            time.sleep(0.05)
        raise AssertionError("the command did not exit")

    def close(self) -> None:
        kill_server(self.tmux)


def tmux_available() -> bool:
    """tmux is installed by .ci/run; the e2e tests need it."""
    return shutil.which("tmux") is not None


def user_env(home: Path, library: Path) -> dict[str, str]:
    """A clean environment for the real command: its own home and library, a common TERM."""
    return {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", ""),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "PAPERTERM_LIBRARY": str(library),
        "PAPERTERM_CACHE_DIR": str(home / ".cache" / "paperterm"),
        "PAPERTERM_STATE_DIR": str(home / ".local" / "state" / "paperterm"),
    }
