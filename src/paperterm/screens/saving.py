"""A screen that keeps what the reader has read and where: marks, positions and settings.

The reading session (state/session.py) changes as the reader moves; this
writes it within SAVE_DELAY seconds on a worker thread, and at once on
quit, SIGHUP and SIGTERM (the app calls `flush`).
"""

from __future__ import annotations

import sqlite3

from textual import work
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer

from paperterm.screens.worker_calls import on_ui_thread
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ArticleRecord
from paperterm.state.session import ReadingSession
from paperterm.state.settings import Settings, save_settings

SAVE_DELAY = 0.3
"""Seconds between a move and its write: a kill -9 loses at most about this much."""


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
        if self.session is None or not self.session.pending():
            return
        try:
            self.session.flush()
        except sqlite3.Error as exc:
            self.app.call_later(
                self.notify, f"Could not save reading position: {exc}", severity="error", markup=False
            )

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
                self, self.notify, "Could not save settings; they last until you quit", severity="warning"
            )
