"""`paperterm cat` on a terminal pages through $PAGER (default `less -R`), as git does."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.tmux_harness import tmux_available

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")


def test_cat_on_a_terminal_goes_through_the_pager(terminal, isolated_user: Path) -> None:
    out = isolated_user / "paged.txt"
    term = terminal("cat", "2024-11-19", PAGER=f"sh -c {shlex.quote('cat > ' + str(out))}")
    assert term.exit_status() == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("== 第1版 要闻 ==\n")
    assert all(len(line) <= 80 for line in text.splitlines())  # set for the terminal it came from


def test_the_default_pager_is_less(terminal) -> None:
    term = terminal("cat", "2024-11-19", height=10)
    screen = term.wait_for(lambda s: "第1版 要闻" in s and "特种车辆" in s, "the first screen, in less")
    assert screen.rstrip().splitlines()[-1].startswith(":"), screen  # less waits at its prompt
    term.send("q")
    assert term.exit_status() == 0
