"""Choose one issue from a few: which paper on a date with several, or the paper switcher."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from paperterm.i18n import N_, _
from paperterm.model.dates import chinese_day
from paperterm.model.library import IssueRef
from paperterm.screens.dialog import Dialog
from paperterm.widgets.vim_list import VimList


def choice_prompt(ref: IssueRef, paper: str) -> Text:
    """A chooser line: paper name, its folder id, and the day of the issue it opens (2024年11月19日
    星期二, as the paper prints it: the same in 简体 and 繁體)."""
    text = Text(paper, style="bold")
    text.append(f"  {ref.paper_id or _('(top level)')}  {chinese_day(ref.date)}", style="dim")
    return text


class IssueChooser(Dialog[IssueRef | None]):
    """Lists (issue, paper name) pairs; returns the chosen issue, or None on escape."""

    DEFAULT_CSS = """
    IssueChooser {
        & OptionList { height: auto; max-height: 12; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", N_("Close"), tooltip=N_("Choose nothing"))
    ]

    def __init__(
        self, title: str, choices: list[tuple[IssueRef, str]], current: IssueRef | None = None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Static(Text(self.title_text, style="bold"))
            options = VimList(*(Option(choice_prompt(ref, name)) for ref, name in self.choices), id="choices")
            refs = [ref for ref, _ in self.choices]
            options.highlighted = refs.index(self.current) if self.current in refs else 0
            yield options

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index][0])
