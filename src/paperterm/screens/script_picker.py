"""`T`: choose how to show the text — as printed, or one of the OpenCC variants."""

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
from paperterm.model.script import PHRASE_WARNING, Mode
from paperterm.screens.dialog import Dialog
from paperterm.widgets.vim_list import VimList


def mode_prompt(mode: Mode) -> Text:
    """A picker line: the mode's name, its OpenCC config, and a warning on the phrase mode."""
    text = Text(mode.label, style="bold")
    text.append(f"  {mode.name}" + (f" ({mode.config})" if mode.config else ""), style="dim")
    if mode.phrases:
        text.append("  ⚠ " + _("rewrites words"), style="bold red")
    return text


class ScriptPicker(Dialog[str | None]):
    """Lists the modes for this issue's language; returns the chosen mode's name."""

    DEFAULT_CSS = """
    ScriptPicker {
        & OptionList { height: auto; max-height: 10; }
        & #warning { color: $text-warning; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,T", "dismiss(None)", N_("Close"))]

    def __init__(self, modes: list[Mode], current: str) -> None:
        super().__init__()
        self.modes = modes
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Static(Text(_("Show the text as…"), style="bold"))
            options = VimList(*(Option(mode_prompt(m), id=m.name) for m in self.modes), id="modes")
            options.highlighted = next((i for i, m in enumerate(self.modes) if m.name == self.current), 0)
            yield options
            if any(m.phrases for m in self.modes):
                yield Static(Text(_(PHRASE_WARNING)), id="warning")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.modes[event.option_index].name)
