"""The reading position survives a kill -9 and a dropped SSH link (SIGHUP), in a real terminal."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.tmux_harness import PAPERTERM, Tmux, tmux_available, user_env

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")

HEADER = "山西日报 · 2024年11月19日 · 第1版 要闻"


def article_top(screen: str) -> str:
    """The first text row of the zoomed article pane under the header (a blank row above a paragraph
    is not a place: the paragraph's first line is)."""
    return next(row.strip() for row in screen.splitlines()[1:] if row.strip())


def read_into_the_article(term: Tmux) -> str:
    """Open item 2, zoom it, page down twice and a few lines, and wait a second as a reader would."""
    term.wait_for(lambda s: HEADER in s, "the reader")
    term.send("n", "z")
    term.wait_for(lambda s: article_top(s).startswith("聚焦"), "the zoomed article")
    term.send("Space", "Space", "j", "j")
    term.wait_for(lambda s: not article_top(s).startswith("聚焦") and "%" in s, "the scrolled article")
    time.sleep(1.0)  # the brief's budget: a kill -9 loses at most the last half second
    return term.screen()


@pytest.mark.parametrize(
    "how", [signal.SIGKILL, signal.SIGHUP, signal.SIGTERM], ids=["kill-9", "sighup", "sigterm"]
)
def test_position_comes_back_after_the_process_dies(
    isolated_user: Path, library: Path, how: signal.Signals
) -> None:
    env = user_env(isolated_user, library)
    first = Tmux([PAPERTERM, "open", "2024-11-19"], width=80, height=24, env=env, cwd=isolated_user)
    try:
        top = article_top(read_into_the_article(first))
        os.kill(first.pid(), how)
        status = first.exit_status()  # waits until the process is gone
        if how != signal.SIGKILL:
            assert status == 0, "SIGHUP and SIGTERM save and exit cleanly"
    finally:
        first.close()

    again = Tmux([PAPERTERM, "open"], width=80, height=24, env=env, cwd=isolated_user)
    try:
        again.wait_for(lambda s: HEADER in s, "the reader to resume")
        again.send("z")
        screen = again.wait_for(lambda s: article_top(s) == top, f"the same top line: {top}")
        assert "¶" in screen
        again.send("q")
        assert again.exit_status() == 0
    finally:
        again.close()
