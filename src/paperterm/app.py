"""The Textual application and the one factory that builds it, for the CLI and the tests alike."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from paperterm.model.issue import Issue
from paperterm.screens.reader import ReaderScreen


class PapertermApp(App[None]):
    """A reader for one issue."""

    CSS_PATH = "paperterm.tcss"
    TITLE = "paperterm"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [Binding("q", "quit", "Quit", tooltip="Quit paperterm")]

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen(self.issue))


def make_app(issue: Issue) -> PapertermApp:
    """Build the app for an issue; the CLI runs it, tests drive it with Pilot."""
    return PapertermApp(issue)
