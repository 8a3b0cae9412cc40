"""A yes/no question, for actions that change a lot at once (U: mark the whole page read)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class Confirm(ModalScreen[bool]):
    """Asks a question; y or enter says yes, n or escape says no."""

    DEFAULT_CSS = """
    Confirm {
        align: center middle;
        & > Vertical {
            width: 60;
            max-width: 100%;
            height: auto;
            border: round $warning;
            background: $surface;
            padding: 0 2;
        }
    }
    """
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question), id="question")
            yield Static(Text("y: yes    n: no", style="dim"))

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
