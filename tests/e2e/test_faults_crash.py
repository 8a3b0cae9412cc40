"""A crash of the real reader in a real terminal: exit status 1, one line naming the saved report,
the terminal left sane. The failure is injected from outside paperterm: a `sitecustomize` module
on PYTHONPATH replaces one of the reader's actions before the command runs."""

from __future__ import annotations

import re
import shlex
import time
from pathlib import Path

import pytest

from tests.tmux_harness import PAPERTERM, Tmux, user_env

pytestmark = pytest.mark.faults

INJECT = """\
from paperterm.screens.reader import ReaderScreen


def fail(self):
    raise RuntimeError("injected by the test")


ReaderScreen.action_toggle_read = fail
"""


def test_a_crash_in_the_terminal_is_one_line_and_a_report(
    isolated_user: Path, library: Path, tmp_path: Path
) -> None:
    inject = tmp_path / "inject"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(INJECT, encoding="utf-8")
    status = tmp_path / "status"
    # The shell writes the exit status down: tmux does not always report a dead pane's status.
    command = f"{shlex.quote(PAPERTERM)} open 2024-11-19; echo $? > {shlex.quote(str(status))}"
    env = {**user_env(isolated_user, library), "PYTHONPATH": str(inject)}
    term = Tmux(["sh", "-c", command], width=120, height=24, env=env, cwd=isolated_user)
    written = tmp_path / "written"
    try:
        term.record_output(written)
        term.wait_for(lambda s: "临汾" in s, "the reader")
        term.send("n", "n", "m")
        deadline = time.monotonic() + 20
        while not status.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert status.read_text().strip() == "1"
        flags = term.flags()
    finally:
        term.close()
    # What the terminal got after the reader's screen was put away: the one line, nothing else.
    after = written.read_bytes().rsplit(b"\x1b[?1049l", 1)[1].decode()
    said = re.sub(r"\x1b\[[0-9;?<]*[A-Za-z]", "", after)
    found = re.fullmatch(r"paperterm: crashed; report saved to (\S+\.txt)\r\n", said)
    assert found, repr(after)
    report = Path(found[1])
    assert report.parent == isolated_user / ".local" / "state" / "paperterm"
    assert "RuntimeError: injected by the test" in report.read_text(encoding="utf-8")
    assert flags["alternate"] == "0" and flags["mouse"] == "0"
