"""The Textual application and the one factory that builds it, for the CLI and the tests alike."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from paperterm.model.issue import Issue
from paperterm.model.script import modes_for
from paperterm.options import ReaderOptions
from paperterm.screens.reader import ReaderScreen


class PapertermApp(App[None]):
    """A reader for one issue."""

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

    def __init__(self, issue: Issue, options: ReaderOptions | None = None) -> None:
        super().__init__()
        self.issue = issue
        self.options = options or ReaderOptions()

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen(self.issue, self.options))
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

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            for mode in modes_for(self.issue.language):
                yield SystemCommand(
                    f"Script: {mode.label} ({mode.name})",
                    "Show the text in this script" + (" — rewrites words!" if mode.phrases else ""),
                    lambda name=mode.name: screen.set_mode(name),
                )
            yield SystemCommand("Keywords…", "Add, remove and switch watch-words", screen.action_keywords)
            yield SystemCommand("Search this issue…", "Find a word in any script", screen.action_search)


def make_app(issue: Issue, options: ReaderOptions | None = None) -> PapertermApp:
    """Build the app for an issue; the CLI runs it, tests drive it with Pilot."""
    return PapertermApp(issue, options)
