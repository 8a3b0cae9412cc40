"""`ctrl+f`: search every issue in the library, newest first, grouped by issue."""

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
from textual.widgets import Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from paperterm.cache.search_index import ArchiveHit, SearchIndex
from paperterm.model.fold import Fold
from paperterm.model.highlight import SEARCH
from paperterm.model.query import QueryError, first_word, parse_query
from paperterm.screens.dialog import Dialog
from paperterm.screens.worker_calls import on_ui_thread
from paperterm.widgets.highlight_styles import keyword_style
from paperterm.widgets.vim_list import VimList

LIMIT = 200
"""Hits shown at most: the newest ones."""


def _same(text: str) -> str:
    return text


def issue_heading(hit: ArchiveHit, convert: Callable[[str], str] = _same) -> Text:
    """The line over an issue's hits: date, paper id, paper name."""
    return Text.assemble(
        (hit.date.isoformat(), "bold"), "  ", (hit.paper_id, "dim"), "  ", convert(hit.paper)
    )


def archive_hit_prompt(hit: ArchiveHit, convert: Callable[[str], str] = _same) -> Text:
    """A hit: page and title, then the snippet with every match painted, in the script shown.

    The match spans are offsets in the snippet; a conversion that changed its length (the
    phrase mode) would move them, so such a snippet is shown as printed.
    """
    text = Text(f"  第{hit.page}版 ", style="dim")
    text.append(convert(hit.title), style="bold")
    shown = convert(hit.snippet)
    snippet = Text("\n    " + (shown if len(shown) == len(hit.snippet) else hit.snippet))
    for start, end in hit.spans:
        snippet.stylize(keyword_style(SEARCH), 5 + start, 5 + end)
    text.append_text(snippet)
    return text


class ArchiveSearchScreen(Dialog[tuple[ArchiveHit, str] | None]):
    """Type a query and press enter; enter on a hit opens its issue there."""

    DEFAULT_CSS = """
    ArchiveSearchScreen {
        & > .panel { width: 90%; min-width: 20; height: 90%; max-height: 100%; }
        & #results { height: 1fr; }
        & #building { display: none; }
        & #building.-shown { display: block; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Close", tooltip="Close the search")
    ]

    def __init__(
        self,
        index: Callable[[], SearchIndex | None],
        query: str = "",
        convert: Callable[[str], str] | None = None,
    ) -> None:
        """`index` opens (or gives back) the library's index; it is called in a worker thread.
        `convert`: the script the reader shows, for the hits' titles, snippets and papers."""
        super().__init__()
        self.index = index
        self.convert = convert or _same
        self.query_text = query
        self.hits: dict[int, ArchiveHit] = {}
        self.word = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Input(
                value=self.query_text,
                placeholder="search every issue: 煤礦 finds 煤矿; 煤矿 安全 = both; -事故 excludes",
                id="query",
            )
            yield ProgressBar(id="building", show_eta=False)
            yield Static(Text("enter: search", style="dim"), id="summary")
            yield VimList(id="results")

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            parse_query(event.value, Fold())
        except QueryError as exc:
            self._say(str(exc))
            return
        self.word = first_word(event.value)
        self._say("searching…")
        self._search(event.value)

    def _say(self, message: str) -> None:
        self.query_one("#summary", Static).update(Text(message, style="dim"))

    @work(thread=True, exclusive=True, group="archive-search")
    def _search(self, text: str) -> None:
        try:
            index = self.index()
            if index is None:
                return
            report = index.sync(self._progress_from_thread)
            hits = index.search(parse_query(text, index.fold), limit=LIMIT)
        except sqlite3.Error as exc:
            on_ui_thread(self, self._say, f"the search index failed: {exc}")
            return
        notices = [index.notice] if index.notice else []
        if report.problems:
            notices.append(f"{len(report.problems)} issue file(s) not searched: {report.problems[0]}")
        for notice in notices:
            on_ui_thread(self, self.notify, notice, severity="warning", markup=False)
        on_ui_thread(self, self._show, hits)

    def _progress_from_thread(self, done: int, total: int) -> None:
        if done == 1 or done == total or done % 25 == 0:
            on_ui_thread(self, self._progress, done, total)

    def _progress(self, done: int, total: int) -> None:
        bar = self.query_one("#building", ProgressBar)
        bar.set_class(done < total, "-shown")
        bar.update(total=total, progress=done)
        self._say(f"indexing {done}/{total} issues…")

    def _show(self, hits: list[ArchiveHit]) -> None:
        self.query_one("#building", ProgressBar).remove_class("-shown")
        options: list[Option] = []
        self.hits = {}
        issue: tuple[dt.date, str] | None = None
        for hit in hits:
            if (hit.date, hit.paper_id) != issue:
                issue = (hit.date, hit.paper_id)
                options.append(Option(issue_heading(hit, self.convert), disabled=True))
            self.hits[len(options)] = hit
            options.append(Option(archive_hit_prompt(hit, self.convert)))
        results = self.query_one("#results", OptionList)
        results.set_options(options)
        more = f" (the newest {LIMIT})" if len(hits) >= LIMIT else ""
        noun = "article" if len(hits) == 1 else "articles"
        self._say(f"{len(hits)} {noun}{more}" if hits else "nothing found")
        if hits:
            results.highlighted = 1
            results.focus()

    @on(OptionList.OptionSelected, "#results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits.get(event.option_index)
        if hit is not None:
            self.dismiss((hit, self.word))
