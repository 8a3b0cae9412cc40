"""No paperterm process outlives its terminal, whenever the terminal goes."""

from __future__ import annotations

import random
import subprocess
import time
from pathlib import Path

import pytest

from tests.tmux_harness import PAPERTERM, tmux_available, user_env

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")


def alive(pid: int) -> bool:
    """Running, not merely a zombie waiting for a parent that does not reap it."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next(line for line in status.splitlines() if line.startswith("State:"))
    return "Z" not in state.split()[1]


def gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return not alive(pid)


def test_killing_the_terminal_at_any_moment_of_start_up_leaves_no_process(terminal) -> None:
    """Twenty starts, each terminal killed at a random moment of the first second."""
    chance = random.Random(20)
    left = []
    for _ in range(20):
        term = terminal("open", "2024-11-19")
        pid = term.pid()
        time.sleep(chance.uniform(0.0, 1.0))  # the moment the terminal goes: the test's input
        term.close()
        if not gone_within(pid, 3.0):
            left.append(pid)
    for pid in left:
        subprocess.run(["kill", "-9", str(pid)], check=False)
    assert not left, f"{len(left)} of 20 processes outlived their terminal"


def test_open_without_a_terminal_is_a_one_line_error(isolated_user: Path, library: Path) -> None:
    result = subprocess.run(
        [PAPERTERM, "open", "2024-11-19"],
        env=user_env(isolated_user, library),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("paperterm: ")
    assert "terminal" in result.stderr
