"""The Textual application and the one factory that builds it, for the CLI and the tests alike.

The app reads one issue at a time and owns moving between issues: the
previous or next day, the calendar, other papers, and archive search hits.
Within an issue, the ReaderScreen does the work.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from paperterm.cache.parse_cache import folder, load_cached
from paperterm.model.issue import Issue
from paperterm.model.library import IssueRef, Library
from paperterm.model.problems import IssueFileError
from paperterm.model.script import modes_for
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions

if TYPE_CHECKING:
    from paperterm.cache.search_index import SearchIndex


class PapertermApp(App[None]):
    """A reader for the issues of one library."""

    CSS_PATH = "paperterm.tcss"
    TITLE = "paperterm"
    BINDINGS = [
        Binding("q", "quit", "Quit", tooltip="Quit paperterm"),
        Binding(
            "ctrl+c",
            "quit",
            "Quit",
            tooltip="Quit paperterm (as in any terminal program)",
            show=False,
            priority=True,
        ),
    ]

    def __init__(
        self, issue: Issue | None, options: ReaderOptions | None = None, choices: Sequence[IssueRef] = ()
    ) -> None:
        super().__init__()
        self.issue = issue
        self.options = options or ReaderOptions()
        self.choices = list(choices)
        self._library = self.options.library
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()

    def get_default_screen(self) -> Screen[object]:
        """The reader itself, not a blank screen with the reader pushed over it: the first frame
        the terminal gets is then the issue (a blank first frame cost ≈50 ms before text showed)."""
        if self.issue is not None:
            return ReaderScreen(self.issue, self.options)
        return super().get_default_screen()

    def on_mount(self) -> None:
        if self.issue is None:
            self.choose_paper(self.choices, "Several papers have this day. Which one?", exit_if_none=True)
        if not self.is_headless:
            self._catch_hangups()

    def _catch_hangups(self) -> None:
        """An SSH drop sends SIGHUP, a shutdown SIGTERM: save the reading position, then leave."""
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._hang_up)

    def _hang_up(self) -> None:
        self.save_reading()
        self.exit()

    def save_reading(self) -> None:
        """Write every reader screen's pending reading state now."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.flush()

    async def action_quit(self) -> None:
        self.save_reading()
        self.exit()

    # --- moving between issues ---------------------------------------------------------

    @property
    def library(self) -> Library | None:
        """The library, listed again if a folder changed (issues added or removed while reading)."""
        if self._library is not None:
            self._library = self._library.rescanned()
        return self._library

    def archive_index(self) -> SearchIndex | None:
        """The library's search index, opened on first use (in a worker: it reads files) and kept open."""
        from paperterm.cache.fold_table import opencc_fold
        from paperterm.cache.search_index import SearchIndex, index_location

        library = self.library
        if library is None or self.options.cache is None:
            return None
        with self._index_lock:
            if self._index is None:
                # The full fold, as the index is built with; never the interim one the reader starts with.
                fold = opencc_fold(self.options.fold_cache)
                self._index = SearchIndex(index_location(self.options.cache, library.root), library, fold)
            self._index.library = library
            return self._index

    def on_unmount(self) -> None:
        if self._index is not None:
            self._index.close()

    @work(thread=True, exclusive=True, group="open-issue")
    def open_issue(self, ref: IssueRef, at: tuple[str, str] | None = None) -> None:
        """Parse (or take from the cache) another issue off the UI thread, then read it.

        `at` is (article id, word): open that article with the word highlighted.
        """
        cache = folder(self.options.cache) if self.options.cache else None
        try:
            issue = load_cached(ref.path, ref.paper_id, cache)
        except IssueFileError as exc:
            self.call_from_thread(self.notify, str(exc.problems[0]), severity="error", markup=False)
            return
        self.call_from_thread(self._read, issue, at)

    def _read(self, issue: Issue, at: tuple[str, str] | None) -> None:
        self.issue = issue
        current = self.screen if isinstance(self.screen, ReaderScreen) else None
        fold = current.full_fold if current is not None else None
        if fold is None and self._index is not None:
            fold = self._index.fold  # an archive hit: its word may be in the other script
        screen = ReaderScreen(issue, self.options, fold=fold, at=at)
        if current is not None:
            current.flush()
        if current is not None and len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:  # the first reader is the app's base screen, which Textual cannot switch out
            self.push_screen(screen)

    def choose_paper(self, refs: list[IssueRef], title: str, *, exit_if_none: bool = False) -> None:
        """Ask which of these issues to read (their paper names read in a worker)."""
        self._name_papers(refs, title, exit_if_none)

    @work(thread=True, exclusive=True, group="papers")
    def _name_papers(self, refs: list[IssueRef], title: str, exit_if_none: bool) -> None:
        from paperterm.model.header import read_header

        choices = [(ref, read_header(ref.path).get("paper", ref.paper_id or "?")) for ref in refs]
        self.call_from_thread(self._ask_paper, choices, title, exit_if_none)

    def _ask_paper(self, choices: list[tuple[IssueRef, str]], title: str, exit_if_none: bool) -> None:
        from paperterm.screens.issue_chooser import IssueChooser

        current = self.screen.ref if isinstance(self.screen, ReaderScreen) else None

        def chosen(ref: IssueRef | None) -> None:
            if ref is not None:
                self.open_issue(ref)
            elif exit_if_none:
                self.exit()

        self.push_screen(IssueChooser(title, choices, current), chosen)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            for mode in modes_for(screen.issue.language):
                yield SystemCommand(
                    f"Script: {mode.label} ({mode.name})",
                    "Show the text in this script" + (" — rewrites words!" if mode.phrases else ""),
                    lambda name=mode.name: screen.set_mode(name),
                )
            yield SystemCommand("Keywords…", "Add, remove and switch watch-words", screen.action_keywords)
            yield SystemCommand("Search this issue…", "Find a word in any script", screen.action_search)
            yield SystemCommand(
                "Search the archive…",
                "Find words in every issue of the library",
                screen.action_archive_search,
            )
            yield SystemCommand("Calendar…", "Open another day of this paper", screen.action_calendar)
            if self.library is not None and len(self.library.papers) > 1:
                yield SystemCommand("Papers…", "Read another paper of the library", screen.action_papers)


def make_app(
    issue: Issue | None, options: ReaderOptions | None = None, choices: Sequence[IssueRef] = ()
) -> PapertermApp:
    """Build the app for an issue (or a choice of issues); the CLI runs it, tests drive it with Pilot."""
    return PapertermApp(issue, options, choices)
