"""The `?` screen: every key, collected from the bindings themselves so it never drifts."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from paperterm.screens.dialog import Dialog

GROUPS: list[tuple[str, str]] = [
    ("Reader", "paperterm.screens.reader:ReaderScreen"),
    ("Lists", "paperterm.widgets.headline_list:HeadlineList"),
    ("Article", "paperterm.widgets.article_view:ArticleView"),
    ("App", "paperterm.app:PapertermApp"),
]


def _bindings(target: str) -> list[Binding]:
    module_name, _, attr = target.partition(":")
    module = __import__(module_name, fromlist=[attr])
    found: list[BindingType] = getattr(module, attr).BINDINGS
    return [b for b in found if isinstance(b, Binding)]


def _keys(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    return " ".join(k.strip() for k in binding.key.split(","))


def key_table() -> Table:
    """A table of every key the reader answers to, grouped by where it works."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, target in GROUPS:
        table.add_row(Text(title, style="underline"), "")
        for binding in _bindings(target):
            table.add_row(
                Text(_keys(binding)), Text(binding.tooltip or binding.description or binding.action)
            )
        table.add_row("", "")
    table.add_row(Text("mouse", style="bold"), Text("click to choose; wheel to scroll"))
    return table


class HelpScreen(Dialog[None]):
    """Lists every key; any of escape, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen > .panel { width: 64; }
    """
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="panel"):
            yield Static(key_table(), id="keys")
