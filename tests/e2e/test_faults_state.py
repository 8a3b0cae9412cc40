"""Faults in the reading state across processes: readers starting together, a lock held at quit."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paperterm.state.db import FILENAME
from paperterm.state.reading import IssueKey, ReadingState
from tests.e2e.test_e2e_reading import HEADER, article_top
from tests.tmux_harness import PAPERTERM, Tmux, tmux_available, user_env

pytestmark = pytest.mark.faults

READER = r"""
import sys, time
from pathlib import Path
from paperterm.state.reading import ArticleRecord, IssueKey, ReadingState
folder, start, article = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
while time.time() < start:
    pass
state = ReadingState.open(folder)
state.save_articles(IssueKey("sxrb", "2024-11-19"), [ArticleRecord(article, "read", 2, 5, 0.5)])
print(state.notice, state.path is not None)
"""


def test_two_readers_starting_together_on_an_empty_state_folder(tmp_path: Path) -> None:
    """50 tries, in batches of 5 folders at once; the second reader starts 0 to 5 ms after the first.

    Neither may take the new file for damaged, fall back to memory, or lose its write.
    """
    for batch in range(10):
        start = time.time() + 0.3
        running = []
        for n in range(5):
            folder = tmp_path / f"{batch}-{n}"
            for k in (0, 1):
                at = str(start + k * n / 1000)
                argv = [sys.executable, "-c", READER, str(folder), at, f"a{k}"]
                running.append((folder, subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)))
        for folder, process in running:
            out, _ = process.communicate(timeout=30)
            assert (process.returncode, out) == (0, "None True\n"), f"{folder.name}: {out}"
        for folder in dict(running):
            assert not list(folder.glob("*corrupt*")), folder.name
            state = ReadingState.open(folder)
            assert sorted(state.articles(IssueKey("sxrb", "2024-11-19"))) == ["a0", "a1"], folder.name
            state.close()


@pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")
def test_a_lock_held_while_reading_and_at_quit_loses_nothing(isolated_user: Path, library: Path) -> None:
    """Another process holds the state's write lock for longer than the busy timeout while the
    reader scrolls, and still holds it when the reader presses q: the quit says it waits, and
    once the lock is let go the position is written and comes back."""
    env = user_env(isolated_user, library)
    state_file = isolated_user / ".local" / "state" / "paperterm" / FILENAME
    term = Tmux([PAPERTERM, "open", "2024-11-19"], width=80, height=24, env=env, cwd=isolated_user)
    try:
        term.wait_for(lambda s: HEADER in s, "the reader")
        term.send("n", "z")
        term.wait_for(lambda s: article_top(s).startswith("聚焦"), "the zoomed article")
        time.sleep(1.0)  # the open is written
        holder = sqlite3.connect(state_file, isolation_level=None)
        with contextlib.closing(holder):
            holder.execute("BEGIN IMMEDIATE")
            term.send("Space", "Space", "j")
            term.wait_for(lambda s: not article_top(s).startswith("聚焦"), "the scrolled article")
            time.sleep(6.0)  # a save waits out the 5 s busy timeout and fails
            before = article_top(term.screen())
            term.send("j")
            top = article_top(term.wait_for(lambda s: article_top(s) != before, "the line scrolled"))
            term.wait_for(lambda s: "Could not save" in s, "the notice that saving fails")
            term.send("q")
            term.wait_for(lambda s: "waiting" in s, "the quit saying it waits for the lock", timeout=10)
            time.sleep(1.0)
        assert term.exit_status(timeout=15) == 0
    finally:
        term.close()

    again = Tmux([PAPERTERM, "open"], width=80, height=24, env=env, cwd=isolated_user)
    try:
        again.wait_for(lambda s: HEADER in s, "the reader to resume")
        again.send("z")
        again.wait_for(lambda s: article_top(s) == top, f"the same top line: {top}")
        again.send("q")
        assert again.exit_status() == 0
    finally:
        again.close()
