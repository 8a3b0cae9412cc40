"""What the reader has read and where: marks, positions and settings, written in batches.

A mixin of ReaderScreen: the screen's session (state/session.py) changes as the
reader moves; this writes it within SAVE_DELAY seconds, on a worker thread, and
at once on quit, SIGHUP and SIGTERM.
"""

from __future__ import annotations

import sqlite3

from textual import work

from paperterm.state.settings import Settings, load_settings, save_settings
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.reading_progress import ReadingProgress

SAVE_DELAY = 0.3
"""Seconds between a move and its write: a kill -9 loses at most about this much."""


class ReadingActions:
    """`m` `u` `U`, the progress line, and saving (bound in ReaderScreen.BINDINGS)."""

    def on_article_view_moved(self, event: ArticleView.Moved) -> None:
        """Show where the reader is, and keep it (a named handler: @on needs a Textual class)."""
        view = event.article_view
        progress = self.query_one("#progress", ReadingProgress)
        progress.paragraph = view.paragraph
        progress.percent = round(event.progress * 100)
        if self.session is not None and self.session.move(
            event.article_id, event.block, event.offset, event.progress, event.at_end
        ):
            self._changed()

    def action_toggle_read(self) -> None:
        if (
            self.session is not None
            and self.article is not None
            and self.session.toggle_read(self.article.id)
        ):
            self._changed()

    def action_next_unread(self) -> None:
        if self.session is None:
            return
        order = [a.id for _, a in self.issue.articles() if a.id not in self.parts]
        found = self.session.next_unread(order, self.article.id if self.article else None)
        if found is None:
            self.notify("Everything in this issue is read", timeout=3)
        else:
            self.go_to_article(found)

    def action_page_read(self) -> None:
        if self.session is None or self.page is None:
            return
        from paperterm.screens.confirm import Confirm

        page = self.page
        unread = self.session.unread_count(a.id for a in page.articles)
        label = self.script.text(page.label)
        question = f"Mark all {len(page.articles)} articles of {label} read ({unread} unread)?"

        def answer(yes: bool | None) -> None:
            if yes and self.session is not None and self.session.mark_read(a.id for a in page.articles):
                self._changed()

        self.app.push_screen(Confirm(question), answer)

    def _changed(self) -> None:
        """Show the new marks now; write them within half a second (batched)."""
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

    def _save(self, keywords_edited: bool = False) -> None:
        state = self.options.state
        if state is None:
            return
        keywords = self.keywords if keywords_edited else load_settings(state).keywords
        self._write_settings(Settings(self.script_on, self.script_other, keywords))

    @work(thread=True, exclusive=True, group="settings")
    def _write_settings(self, settings: Settings) -> None:
        state = self.options.state
        if state is None:
            return
        try:
            save_settings(state, settings)
        except sqlite3.Error:
            self.app.call_from_thread(
                self.notify, "Could not save settings; they last until you quit", severity="warning"
            )
