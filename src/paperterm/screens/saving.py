"""A screen that keeps what the reader has read and where: marks, positions and settings.

The reading session (state/session.py) changes as the reader moves; this
writes it within SAVE_DELAY seconds on a worker thread, and at once on
quit, SIGHUP and SIGTERM (the app calls `flush`, or `save_before_quit`).
A write that fails stays pending and is tried again with the next one; the
reader is told once when saving starts failing, not at every save.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time

from textual import work
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer

from paperterm.i18n import _
from paperterm.screens.worker_calls import on_ui_thread
from paperterm.state.db import BUSY_TIMEOUT_MS
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ArticleRecord
from paperterm.state.session import ReadingSession
from paperterm.state.settings import Settings, save_settings

SAVE_DELAY = 0.3
"""Seconds between a move and its write: a kill -9 loses at most about this much."""

QUIT_WAIT = 10.0
"""Seconds a clean quit keeps trying to write to a state file another paperterm holds locked (each
try itself waits up to the busy timeout)."""


class SavingScreen(Screen[None]):
    """Batches the session's writes; subclasses call `changed()` after each change to it."""

    records: var[dict[str, ArticleRecord] | None] = var(None)
    """Every article's read state, handed down to the lists that show it."""

    def __init__(self, session: ReadingSession | None, options: ReaderOptions) -> None:
        super().__init__()
        self.session = session
        self.options = options
        self._save_timer: Timer | None = None

    def changed(self) -> None:
        """Show the new marks now; write them within SAVE_DELAY (batched)."""
        if self.session is None:
            return
        self.records = dict(self.session.records)
        if self._save_timer is None:
            self._save_timer = self.set_timer(SAVE_DELAY, self._flush_soon)

    def _flush_soon(self) -> None:
        self._save_timer = None
        self._flush_in_worker()

    @work(thread=True, exclusive=False, group="state")
    def _flush_in_worker(self) -> None:
        self.flush()

    def flush(self) -> None:
        """Write every pending change now (on quit, SIGHUP, SIGTERM); a failure is reported, not raised."""
        self._save(tell=True)

    def _save(self, *, tell: bool) -> sqlite3.Error | None:
        """Write what is pending; the error if it could not be, told once per run of failures."""
        if self.session is None or not self.session.pending():
            return None
        failing = self.session.state.unsaved  # already failing: the reader has been told
        try:
            self.session.flush()
        except sqlite3.Error as exc:
            if tell and not failing:
                self.app.call_later(
                    self.notify,
                    _(
                        "Could not save reading position ({error}); it is kept and saved once the state "
                        "can be written again"
                    ).format(error=exc),
                    severity="error",
                    markup=False,
                )
            return exc
        return None

    async def save_before_quit(self) -> sqlite3.Error | None:
        """A clean quit: write what is pending, waiting up to QUIT_WAIT for a lock another process
        holds, and saying so; the error if it still could not be written."""
        deadline = time.monotonic() + QUIT_WAIT
        told = False
        while True:
            attempt = asyncio.ensure_future(asyncio.to_thread(self._save, tell=False))
            done, _ = await asyncio.wait({attempt}, timeout=0.5)
            if not done and not told:
                told = self._say_waiting()
            error = await attempt
            if error is None or "locked" not in str(error) or time.monotonic() > deadline:
                return error
            if not told:
                told = self._say_waiting()
            await asyncio.sleep(0.2)

    def _say_waiting(self) -> bool:
        most = QUIT_WAIT + BUSY_TIMEOUT_MS / 1000
        self.notify(
            _(
                "Another paperterm holds the reading state; waiting (at most {seconds} s) to save your place…"
            ).format(seconds=f"{most:g}"),
            severity="warning",
            markup=False,
        )
        return True

    def on_unmount(self) -> None:
        self.flush()

    @work(thread=True, exclusive=True, group="settings")
    def save_settings(self, settings: Settings) -> None:
        """Remember the reader's choices (script, keywords) off the UI thread."""
        state = self.options.state
        if state is None:
            return
        try:
            save_settings(state, settings)
        except sqlite3.Error:
            on_ui_thread(
                self, self.notify, _("Could not save settings; they last until you quit"), severity="warning"
            )
