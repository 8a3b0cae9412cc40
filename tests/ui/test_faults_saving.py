"""Saving the position when the state cannot be written: told once, kept, written later; a quit waits."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path

import pytest

import paperterm.state.db as db_module
from paperterm.app import make_app
from paperterm.model.loader import load_issue
from paperterm.screens import saving
from paperterm.state.db import FILENAME
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.state.session import issue_key
from tests.app_helpers import until
from tests.conftest import SAMPLE

pytestmark = pytest.mark.faults

ISSUE = load_issue(SAMPLE)


def told(app: object, words: str) -> int:
    return sum(words in str(n.message) for n in app._notifications)  # type: ignore[attr-defined]


async def test_a_state_that_cannot_be_written_is_told_once_and_written_when_it_can(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = ReadingState.open(tmp_path)
    real = state._write_unsaved
    broken = True

    def write() -> None:
        if broken:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        real()

    monkeypatch.setattr(state, "_write_unsaved", write)
    app = make_app(ISSUE, ReaderOptions(state=state))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "z")
        for _ in range(5):  # five saves, each failing
            await pilot.press("j")
            await asyncio.sleep(saving.SAVE_DELAY + 0.1)
            await app.workers.wait_for_complete()
        assert told(app, "Could not save reading position") == 1
        assert state.unsaved
        broken = False
        await pilot.press("j")
        await asyncio.sleep(saving.SAVE_DELAY + 0.1)
        await app.workers.wait_for_complete()
        assert not state.unsaved
        position = app.screen.session.record(app.screen.article.id)  # type: ignore[attr-defined]
        await pilot.press("q")
    again = ReadingState.open(tmp_path)
    assert again.articles(issue_key(ISSUE))[position.article_id] == position
    assert told(app, "Could not save reading position") == 1


async def test_a_quit_waits_for_a_lock_another_process_holds_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)
    state = ReadingState.open(tmp_path)
    app = make_app(ISSUE, ReaderOptions(state=state))
    holder = sqlite3.connect(tmp_path / FILENAME, isolation_level=None)
    with contextlib.closing(holder):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n", "z")
            holder.execute("BEGIN IMMEDIATE")
            await pilot.press("space", "j")
            await until(lambda: app.screen.session.pending())  # type: ignore[attr-defined]
            position = app.screen.session.record(app.screen.article.id)  # type: ignore[attr-defined]
            await pilot.press("q")
            await until(lambda: told(app, "waiting") > 0)
            assert told(app, "Another paperterm holds the reading state; waiting") == 1
            await asyncio.sleep(1.0)
            assert app.is_running, "still waiting while the lock is held"
            holder.execute("ROLLBACK")
            await until(lambda: not app.is_running)
    assert app.return_code == 0
    again = ReadingState.open(tmp_path)
    assert again.articles(issue_key(ISSUE))[position.article_id] == position


async def test_a_quit_that_cannot_save_says_so_on_the_way_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(saving, "QUIT_WAIT", 0.5)
    state = ReadingState.open(tmp_path)
    app = make_app(ISSUE, ReaderOptions(state=state))
    messages: list[str] = []
    leave = app.exit
    monkeypatch.setattr(
        app, "exit", lambda **given: messages.append(str(given.get("message"))) or leave(**given)
    )
    holder = sqlite3.connect(tmp_path / FILENAME, isolation_level=None)
    with contextlib.closing(holder):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n", "z")
            holder.execute("BEGIN IMMEDIATE")
            await pilot.press("j")
            await until(lambda: app.screen.session.pending())  # type: ignore[attr-defined]
            await pilot.press("q")
            await until(lambda: not app.is_running)
    assert messages == ["paperterm: the reading position could not be saved (database is locked)"]
