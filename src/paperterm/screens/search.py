"""`/`: search inside the issue — in any script, one- and two-character words included."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from paperterm.i18n import N_, _, ngettext
from paperterm.model.fold import Fold
from paperterm.model.highlight import SEARCH
from paperterm.model.issue import Issue
from paperterm.model.script import Script
from paperterm.model.search import Hit, by_article, search_issue
from paperterm.screens.dialog import Dialog
from paperterm.screens.worker_calls import on_ui_thread
from paperterm.widgets.highlight_styles import keyword_style
from paperterm.widgets.vim_list import VimList

MAX_RESULTS = 500


def hit_prompt(hits: list[Hit], script: Script) -> Text:
    """An article's result: page, title and how many hits, then the first hit's snippet, painted."""
    hit = hits[0]
    text = Text(f"第{hit.page}版 ", style="dim")
    text.append(script.text(hit.title).replace("\n", " "), style="bold")
    text.append(f"  {len(hits)}", style=keyword_style(SEARCH))
    snippet = Text("\n" + script.text(hit.snippet))
    start = 1 + hit.snippet_start
    snippet.stylize(keyword_style(SEARCH), start, start + hit.end - hit.start)
    text.append_text(snippet)
    return text


class SearchScreen(Dialog[tuple[str, Hit] | None]):
    """Type to search; enter reads the first result, ↓ goes to the results, enter on one reads it.

    The search runs in a thread worker, a newer query cancelling an older one: an issue of a
    five-megabyte paragraph or a hundred thousand articles never holds up the typing.
    """

    DEFAULT_CSS = """
    SearchScreen {
        & > .panel { width: 80%; min-width: 20; height: 80%; max-height: 100%; }
        & #results { height: 1fr; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", N_("Close"), tooltip=N_("Close the search")),
        Binding("down", "to_results", N_("Results"), tooltip=N_("From the query to the results"), show=False),
    ]

    def __init__(self, issue: Issue, fold: Callable[[], Fold], script: Script, query: str = "") -> None:
        super().__init__()
        self.issue = issue
        self.fold = fold  # asked each time: the full OpenCC fold may arrive while the reader types
        self.script = script
        self.query_text = query
        self.groups: list[list[Hit]] = []
        """Hits by article: one result per article, as a reader looks for articles, not words."""
        self.shown: str | None = None
        """The query the results on screen are for (None until the first arrive)."""
        self._open_when_shown = False
        """enter came before the results of the query typed: read the first when they come."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Input(
                value=self.query_text, placeholder=_("search this issue (煤礦 finds 煤矿)"), id="query"
            )
            yield Static(id="summary")
            yield VimList(id="results")

    def on_mount(self) -> None:
        self._search(self.query_text)

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, query: str) -> None:
        self._find(query, self.fold())

    def search_again(self) -> None:
        """The same query with the fold as it is now (the full one may have come since)."""
        self._search(self.query_one("#query", Input).value)

    @work(thread=True, exclusive=True, group="issue-search")
    def _find(self, query: str, fold: Fold) -> None:
        """Search and set the results off the UI thread; only the newest query's are shown."""
        worker = get_current_worker()
        hits = search_issue(self.issue, query, fold)
        if worker.is_cancelled:
            return
        groups = by_article(hits)[:MAX_RESULTS]
        prompts = [hit_prompt(group, self.script) for group in groups]
        if not worker.is_cancelled:
            on_ui_thread(self, self._show, query, len(hits), groups, prompts)

    def _show(self, query: str, hit_count: int, groups: list[list[Hit]], prompts: list[Text]) -> None:
        if query != self.query_one("#query", Input).value:
            return  # typed on since: that query's results are on their way
        self.groups, self.shown = groups, query
        results = self.query_one("#results", OptionList)
        results.set_options(Option(prompt) for prompt in prompts)
        if groups:
            results.highlighted = 0
        articles = ngettext("{hits} hits in {count} article", "{hits} hits in {count} articles", len(groups))
        summary = articles.format(hits=hit_count, count=len(groups)) if query.strip() else ""
        self.query_one("#summary", Static).update(Text(summary, style="dim"))
        if self._open_when_shown:
            self._open_first()

    @on(Input.Submitted, "#query")
    def _open_first(self) -> None:
        """enter in the query reads the first result at once; ↓ goes through the results first."""
        query = self.query_one("#query", Input).value
        self._open_when_shown = query != self.shown
        if self.groups and not self._open_when_shown:
            self.dismiss((query, self.groups[0][0]))

    def action_to_results(self) -> None:
        if self.groups:
            self.query_one("#results", OptionList).focus()

    @on(OptionList.OptionSelected, "#results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((self.query_one("#query", Input).value, self.groups[event.option_index][0]))
