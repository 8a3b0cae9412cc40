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
from paperterm.i18n import N_, _, ngettext
from paperterm.model.fold import Fold
from paperterm.model.highlight import SEARCH
from paperterm.model.linebreak import NO_LINE_END, NO_LINE_START
from paperterm.model.query import QueryError, first_word, parse_query
from paperterm.screens.dialog import Dialog
from paperterm.screens.worker_calls import on_ui_thread
from paperterm.widgets.cjk_text import broken
from paperterm.widgets.highlight_styles import keyword_style
from paperterm.widgets.measured_list import MeasuredList

LIMIT = 200
"""Hits shown at most: the newest ones."""
TITLE_INDENT = 2
"""A hit's page and title start this far in, under its issue's heading (half as far in a narrow list)."""
SNIPPET_INDENT = 4
"""The snippet, and a title's later lines, start this far in (half as far in a narrow list)."""
NARROW = 30
"""A list narrower than this indents by half: four cells of sixteen would leave a snippet three
characters a line."""


def _same(text: str) -> str:
    return text


def issue_heading(hit: ArchiveHit, convert: Callable[[str], str] = _same, width: int = 0) -> Text:
    """The line over an issue's hits: date, paper id, paper name."""
    text = Text.assemble(
        (hit.date.isoformat(), "bold"), "  ", (hit.paper_id, "dim"), "  ", convert(hit.paper)
    )
    return broken(text, width, title=True, indent=TITLE_INDENT if width >= NARROW else 1) if width else text


def archive_hit_prompt(hit: ArchiveHit, convert: Callable[[str], str] = _same, width: int = 0) -> Text:
    """A hit: page and title, then the snippet with every match painted, in the script shown.

    The match spans are offsets in the snippet; a conversion that changed its length (the
    phrase mode) would move them, so such a snippet is shown as printed. With a `width`, both
    are set by the CJK line breaker (the title balanced as a title), the snippet without the
    stray punctuation its cut left at its edges (a ，it begins with belongs to text not shown).
    """
    title = Text(f"第{hit.page}版 ", style="dim")
    title.append(convert(hit.title), style="bold")
    shown = convert(hit.snippet)
    snippet = Text(shown if len(shown) == len(hit.snippet) else hit.snippet)
    for start, end in hit.spans:
        snippet.stylize(keyword_style(SEARCH), start, end)
    if not width:
        return Text.assemble(" " * TITLE_INDENT, title, "\n", " " * SNIPPET_INDENT, snippet)
    inset, indent = (
        (TITLE_INDENT, SNIPPET_INDENT) if width >= NARROW else (TITLE_INDENT // 2, SNIPPET_INDENT // 2)
    )
    title_lines = broken(title, width, title=True, indent=indent)
    snippet_lines = broken(_trimmed(snippet), width, indent=indent)
    return Text.assemble(" " * inset, title_lines, "\n", " " * indent, snippet_lines)


def _trimmed(snippet: Text) -> Text:
    """The snippet without spaces and the punctuation no line may start (，) or end (（) with at its
    edges: the cut that made it fell next to them, and they belong to the text cut away."""
    plain = snippet.plain
    start, end = 0, len(plain)
    while start < end and (plain[start].isspace() or plain[start] in NO_LINE_START):
        start += 1
    while end > start and (plain[end - 1].isspace() or plain[end - 1] in NO_LINE_END):
        end -= 1
    return snippet[start:end]


class HitList(MeasuredList):
    """The hits, under a heading per issue, each set for the list's measure."""

    def __init__(self, convert: Callable[[str], str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.convert = convert
        self.rows: list[tuple[bool, ArchiveHit]] = []
        """(is a heading, the hit) per item."""

    def show(self, hits: list[ArchiveHit]) -> dict[int, ArchiveHit]:
        """List the hits (newest issue first, as given); the hit at each item index."""
        self.rows = []
        issue: tuple[dt.date, str] | None = None
        for hit in hits:
            if (hit.date, hit.paper_id) != issue:
                issue = (hit.date, hit.paper_id)
                self.rows.append((True, hit))
            self.rows.append((False, hit))
        width = self._built_for = self.measure
        self.set_options(
            Option(self.prompt_at(index, width), disabled=heading)
            for index, (heading, _) in enumerate(self.rows)
        )
        return {index: hit for index, (heading, hit) in enumerate(self.rows) if not heading}

    def prompt_at(self, index: int, width: int) -> Text:
        heading, hit = self.rows[index]
        return (issue_heading if heading else archive_hit_prompt)(hit, self.convert, width)


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
        Binding("escape", "dismiss(None)", N_("Close"), tooltip=N_("Close the search"))
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
                placeholder=_("search every issue: 煤礦 finds 煤矿; 煤矿 安全 = both; -事故 excludes"),
                id="query",
            )
            yield ProgressBar(id="building", show_eta=False)
            yield Static(Text(_("enter: search"), style="dim"), id="summary")
            yield HitList(self.convert, id="results")

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            parse_query(event.value, Fold())
        except QueryError as exc:
            self._say(str(exc))
            return
        self.word = first_word(event.value)
        self._say(_("searching…"))
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
            on_ui_thread(self, self._say, _("the search index failed: {error}").format(error=exc))
            return
        notices = [index.notice] if index.notice else []
        if report.problems:
            notices.append(
                _("{count} issue file(s) not searched: {problem}").format(
                    count=len(report.problems), problem=report.problems[0]
                )
            )
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
        self._say(_("indexing {done}/{total} issues…").format(done=done, total=total))

    def _show(self, hits: list[ArchiveHit]) -> None:
        self.query_one("#building", ProgressBar).remove_class("-shown")
        results = self.query_one("#results", HitList)
        self.hits = results.show(hits)
        found = ngettext("{count} article", "{count} articles", len(hits)).format(count=len(hits))
        more = " " + _("(the newest {limit})").format(limit=LIMIT) if len(hits) >= LIMIT else ""
        self._say(found + more if hits else _("nothing found"))
        if hits:
            results.highlighted = 1
            results.focus()

    @on(OptionList.OptionSelected, "#results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits.get(event.option_index)
        if hit is not None:
            self.dismiss((hit, self.word))
