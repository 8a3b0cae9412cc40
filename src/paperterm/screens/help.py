"""The `?` screen: every key, from the command tables and the panes' bindings, so it never drifts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from paperterm.commands.table import APP, READER
from paperterm.screens.dialog import Dialog
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.headline_list import HeadlineList
from paperterm.widgets.reading_marks import LEGEND
from paperterm.widgets.vim_list import VimList


def _rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    return [(_keys(b), b.tooltip or b.description or b.action) for b in bindings if isinstance(b, Binding)]


def _keys(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    return " ".join(k.strip() for k in binding.key.split(","))


def groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """(title, [(keys, what)]) for every place with keys: the command tables and the panes' own keys."""
    return [
        ("Reader", [(c.keys(), c.HELP) for c in READER]),
        ("Lists", _rows([*VimList.BINDINGS, *HeadlineList.BINDINGS])),
        ("Article", _rows(ArticleView.BINDINGS)),
        ("App", [(c.keys(), c.HELP) for c in APP if c not in READER]),
    ]


def key_table() -> Table:
    """A table of every key the reader answers to, grouped by where it works."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, rows in groups():
        table.add_row(Text(title, style="underline"), "")
        for keys, what in rows:
            table.add_row(Text(keys), Text(what))
        table.add_row("", "")
    table.add_row(Text("mouse", style="bold"), Text("click to choose; wheel to scroll"))
    table.add_row(Text("marks", style="bold"), Text(LEGEND))
    return table


class HelpScreen(Dialog[None]):
    """Lists every key; escape or ? closes it (q quits, as anywhere)."""

    DEFAULT_CSS = """
    HelpScreen > .panel { width: 64; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="panel"):
            yield Static(key_table(), id="keys")
