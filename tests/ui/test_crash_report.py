"""A crash in the reader: `open` exits 1, says in one line where the report is, keeps the position.

The app runs in this process, headless, through the real `main(["open", …])`; the failure is
injected by replacing one of the reader's methods here, not by anything in paperterm.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot

from paperterm.app import PapertermApp
from paperterm.cli import main
from paperterm.cli.crash import KEEP, save_report
from paperterm.model.loader import load_issue
from paperterm.screens.reader import ReaderScreen
from paperterm.state.reading import ReadingState
from tests.conftest import SAMPLE


class Injected(RuntimeError):
    """The failure this test puts into the reader."""


def fail(self: ReaderScreen) -> None:
    raise Injected("a bug in the reader")


@pytest.fixture
def headless_open(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """`open` headless, pressing n n then m; m fails. Returns the state folder."""

    async def keys(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("n", "n", "m")

    def run_headless(self: PapertermApp) -> None:
        App.run(self, headless=True, size=(80, 24), auto_pilot=keys)

    monkeypatch.setattr(PapertermApp, "run", run_headless)
    monkeypatch.setattr("paperterm.cli.reader._end_on_hangup_until_the_app_runs", lambda: None)
    monkeypatch.setattr(ReaderScreen, "action_toggle_read", fail)
    state = tmp_path / "state"
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(state))
    return state


def open_on_a_terminal(monkeypatch: pytest.MonkeyPatch, library: Path) -> int:
    """`paperterm open 2024-11-19`, as if on a terminal (called in the test itself: the captured
    stdout of the test's call is the one `open` asks)."""
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    return main(["open", "2024-11-19", "--library", str(library)])


def test_a_crash_exits_1_with_a_one_line_pointer_to_the_report(
    headless_open: Path, library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status = open_on_a_terminal(monkeypatch, library)
    err = capsys.readouterr().err
    assert status == 1, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    found = re.fullmatch(r"paperterm: crashed; report saved to (.+)", lines[0])
    assert found, lines[0]
    report = Path(found[1])
    assert report.parent == headless_open and re.fullmatch(r"crash-\d{8}-\d{6}\.txt", report.name)
    text = report.read_text(encoding="utf-8")
    assert "Traceback" in text and "Injected: a bug in the reader" in text
    assert "paperterm 0." in text.splitlines()[0]


def test_the_reading_position_survives_the_crash(
    headless_open: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert open_on_a_terminal(monkeypatch, library) == 1
    third = [a for _, a in load_issue(SAMPLE).articles()][2]
    state = ReadingState.open(headless_open)
    try:
        assert [r.last_article for r in state.recent()] == [third.id]
    finally:
        state.close()


def test_reports_are_numbered_within_a_second_and_only_the_newest_kept(tmp_path: Path) -> None:
    now = dt.datetime(2026, 12, 1, 16, 58, 3)
    paths = [save_report(f"report {n}", tmp_path, now) for n in range(KEEP + 3)]
    assert paths[0].name == "crash-20261201-165803.txt"
    assert paths[1].name == "crash-20261201-165803-2.txt"
    kept = sorted(tmp_path.glob("crash-*.txt"))
    assert len(kept) == KEEP
    assert paths[-1] in kept, "the report just written is never the one removed"
