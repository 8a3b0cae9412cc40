"""A yes/no question, for actions that change a lot at once (U: mark the whole page read)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from paperterm.i18n import N_, _
from paperterm.screens.dialog import Dialog


class Confirm(Dialog[bool]):
    """Asks a question; y or enter says yes, n or escape says no."""

    DEFAULT_CSS = """
    Confirm > .panel { border: round $warning; padding: 0 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", N_("Yes")),
        Binding("n,escape", "answer(False)", N_("No")),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Static(Text(self.question), id="question")
            yield Static(Text(_("y: yes    n: no"), style="dim"))

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
