"""`K`: the articles the reader keeps (收藏), of every issue, newest first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from paperterm.i18n import N_, _
from paperterm.model.dates import chinese_day
from paperterm.screens.dialog import Dialog
from paperterm.screens.worker_calls import on_ui_thread
from paperterm.state.kept import KeptArticle
from paperterm.state.reading import IssueKey, ReadingState
from paperterm.widgets.reading_marks import KEPT
from paperterm.widgets.vim_list import VimList


def _same(text: str) -> str:
    return text


def kept_prompt(kept: KeptArticle, convert: Callable[[str], str] = _same) -> Text:
    """A kept article: its day (2024年11月19日 星期二), paper and page, then its title, in the
    script shown."""
    text = Text(f"{KEPT} ", style="bold")
    text.append(chinese_day(dt.date.fromisoformat(kept.date)), style="bold")
    text.append(f"  {convert(kept.paper or kept.paper_id)}  第{kept.page}版", style="dim")
    text.append("\n  ")
    text.append(convert(kept.title))
    return text


class KeptList(Dialog[KeptArticle | None]):
    """Lists the kept articles; enter returns one for the app to open, `*` or `d` unkeeps it."""

    DEFAULT_CSS = """
    KeptList {
        & > .panel { width: 72; height: 90%; }
        & OptionList { height: 1fr; }
        & #summary { color: $text-muted; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,K,q", "dismiss(None)", N_("Close"), tooltip=N_("Close the list")),
        Binding(
            "asterisk,d,delete",
            "unkeep",
            N_("Unkeep"),
            tooltip=N_("Keep the article no longer"),
            key_display="*",
        ),
    ]

    def __init__(
        self, state: ReadingState, script_for: Callable[[str], Callable[[str], str]] | None = None
    ) -> None:
        """`script_for`: for a language, the conversion to the script the reader shows (of papers
        and titles: kept articles may come from papers printed in either script)."""
        super().__init__()
        self.state = state
        self.script_for = script_for
        self.kept: list[KeptArticle] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Static(
                Text(_("收藏 Kept — enter reads, * or d keeps no longer, escape closes"), style="bold")
            )
            yield Static(id="summary")
            yield VimList(id="kept")

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="kept")
    def _load(self) -> None:
        try:
            kept = self.state.kept()
        except sqlite3.Error as exc:
            on_ui_thread(self, self._say, _("The kept articles cannot be read ({error})").format(error=exc))
            return
        on_ui_thread(self, self._show, kept)

    def _say(self, message: str) -> None:
        self.query_one("#summary", Static).update(Text(message))

    def _show(self, kept: list[KeptArticle], at: int = 0) -> None:
        self.kept = kept
        options = self.query_one("#kept", OptionList)
        options.set_options([Option(kept_prompt(k, self._convert(k.language))) for k in kept])
        if kept:
            options.highlighted = min(at, len(kept) - 1)
            options.focus()
        count = len(kept)
        self._say(
            _("{count} kept").format(count=count)
            if count
            else _("Nothing kept yet: * in the reader keeps the article you are reading")
        )

    def _convert(self, language: str) -> Callable[[str], str]:
        return self.script_for(language) if self.script_for is not None else _same

    def action_unkeep(self) -> None:
        index = self.query_one("#kept", OptionList).highlighted
        if index is None or not 0 <= index < len(self.kept):
            return
        gone = self.kept[index]
        self._show([k for k in self.kept if k != gone], index)
        self._unkeep(gone)

    @work(thread=True, group="kept-write")
    def _unkeep(self, gone: KeptArticle) -> None:
        try:
            self.state.unkeep(IssueKey(gone.paper_id, gone.date), gone.article_id)
        except sqlite3.Error as exc:
            message = _("Could not save what you keep ({error})").format(error=exc)
            on_ui_thread(self, self.notify, message, severity="error", markup=False)

    @on(OptionList.OptionSelected, "#kept")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.kept):
            self.dismiss(self.kept[event.option_index])
