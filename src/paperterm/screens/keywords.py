"""`h`: the keyword manager — add, remove and switch watch-words on and off."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from paperterm.i18n import N_, _
from paperterm.model.fold import Fold
from paperterm.model.highlight import Keyword
from paperterm.screens.dialog import Dialog
from paperterm.widgets.highlight_styles import keyword_style
from paperterm.widgets.vim_list import VimList


def keyword_prompt(keyword: Keyword, colour: int) -> Text:
    """A manager line: a colour swatch, the word as Text, and whether it is on."""
    text = Text(" ● ", style=keyword_style(colour))
    text.append(" " + keyword.word, style="" if keyword.enabled else "dim strike")
    text.append("" if keyword.enabled else "  " + _("(off)"), style="dim")
    return text


class KeywordList(VimList):
    """The keywords; space switches one on or off, d removes it. The manager does the editing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,enter", "switch", N_("On/off"), tooltip=N_("Switch the keyword on or off")),
        Binding("d,delete", "remove", N_("Remove"), tooltip=N_("Remove the keyword")),
    ]

    @dataclass
    class Switch(Message):
        """Switch the keyword at this index on or off."""

        keyword_list: KeywordList
        index: int

    @dataclass
    class Remove(Message):
        """Drop the keyword at this index."""

        keyword_list: KeywordList
        index: int

    def action_switch(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Switch(self, self.highlighted))

    def action_remove(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Remove(self, self.highlighted))


class KeywordManager(Dialog[tuple[Keyword, ...]]):
    """Edits the list of keywords and returns it when closed."""

    DEFAULT_CSS = """
    KeywordManager {
        & > .panel { width: 50; }
        & KeywordList { height: auto; max-height: 16; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", N_("Close"), tooltip=N_("Close the keyword manager")),
        Binding("down", "to_list", N_("Keywords"), tooltip=N_("From the new word to the list"), show=False),
    ]

    def __init__(self, keywords: tuple[Keyword, ...], fold: Fold | None = None) -> None:
        """`fold`: how words compare, so 煤礦 is the keyword 煤矿 already is."""
        super().__init__()
        self.keywords = list(keywords)
        self.fold = fold or Fold()

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Static(Text(_("Keywords — enter adds; space switches on/off; d removes"), style="bold"))
            yield Input(placeholder=_("new keyword (any script: 煤礦 finds 煤矿)"), id="new-keyword")
            yield KeywordList(id="keyword-list")

    def on_mount(self) -> None:
        self._refresh()

    def _refresh(self, highlight: int | None = None) -> None:
        options = self.query_one(KeywordList)
        options.set_options(Option(keyword_prompt(k, i)) for i, k in enumerate(self.keywords))
        if self.keywords:
            options.highlighted = min(highlight or 0, len(self.keywords) - 1)

    @on(Input.Submitted, "#new-keyword")
    def _add(self, event: Input.Submitted) -> None:
        word = event.value.strip()
        same = [k.word for k in self.keywords if self.fold(k.word) == self.fold(word)]
        if same:
            self.notify(
                _("{word} is already a keyword ({same}: any script matches)").format(word=word, same=same[0]),
                timeout=3,
                markup=False,
            )
        elif word:
            self.keywords.append(Keyword(word))
            self._refresh(len(self.keywords) - 1)
        event.input.clear()

    def action_to_list(self) -> None:
        if self.keywords:
            self.query_one(KeywordList).focus()

    @on(KeywordList.Switch)
    def _switch(self, event: KeywordList.Switch) -> None:
        index = event.index
        keyword = self.keywords[index]
        self.keywords[index] = Keyword(keyword.word, not keyword.enabled)
        self._refresh(index)

    @on(KeywordList.Remove)
    def _remove(self, event: KeywordList.Remove) -> None:
        del self.keywords[event.index]
        self._refresh(event.index)

    def action_close(self) -> None:
        self.dismiss(tuple(self.keywords))
