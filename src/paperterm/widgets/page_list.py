"""The section sidebar: one line per page (版面) with its article count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from paperterm.i18n import N_
from paperterm.model.highlight import Matcher
from paperterm.model.issue import Issue, Page
from paperterm.state.reading import ArticleRecord
from paperterm.widgets.cjk_text import broken
from paperterm.widgets.highlight_styles import keyword_style
from paperterm.widgets.measured_list import MeasuredList


def page_prompt(
    label: str,
    page: Page,
    matches: int = 0,
    read: int | None = None,
    parts: frozenset[str] = frozenset(),
    width: int = 0,
) -> Text:
    """A sidebar line, as Text so page names are never read as markup: name, read/all, matches.

    Read/all, as `paperterm list` and the contents count; bold while some are unread.
    Continued parts (`parts`) are not items of their own, so they are not counted. With a
    `width`, a name too long for it is set by the CJK line breaker as a title is (kinsoku,
    numbers whole, no stranded last line); every page starts with 第N版, which sets it off unindented.
    """
    text = Text(label)
    items = sum(1 for a in page.articles if a.id not in parts)
    counted = f"  {items}" if read is None else f"  {read}/{items}"
    text.append(counted, style="bold" if read is not None and read < items else "dim")
    if matches:
        text.append(f" ◆{matches}", style=keyword_style(0))
    return broken(text, width, title=True) if width else text


class PageList(MeasuredList):
    """Lists the issue's pages; choosing one shows its headlines."""

    DEFAULT_CSS = """
    PageList {
        height: 1fr;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "select", N_("Open"), show=False),
    ]

    page: reactive[Page | None] = reactive(None)
    labels: reactive[tuple[str, ...]] = reactive(())
    matcher: reactive[Matcher | None] = reactive(None)
    records: reactive[dict[str, ArticleRecord] | None] = reactive(None)

    @dataclass
    class Chosen(Message):
        """The reader moved to a page."""

        page_list: PageList
        page: Page

    @dataclass
    class MapWanted(Message):
        """A click on the page already shown: its 版面图, as an e-paper opens a 版面."""

        page_list: PageList
        page: Page

    def __init__(self, issue: Issue, parts: frozenset[str] = frozenset(), *, id: str | None = None) -> None:
        super().__init__(
            *(Option(page_prompt(p.label, p), id=f"page-{p.number}") for p in issue.pages), id=id
        )
        self.issue = issue
        self.parts = parts
        """Ids of continued parts in this issue: not items of their own, so not counted."""

    def watch_labels(self) -> None:
        self.reset_prompts()

    def watch_matcher(self) -> None:
        self.reset_prompts()

    def watch_records(self) -> None:
        self.reset_prompts()

    def prompt_at(self, index: int, width: int) -> Text:
        page = self.issue.pages[index]
        label = self.labels[index] if self.labels else page.label
        matches = self.matcher.page_count(page) if self.matcher else 0
        read = None
        if self.records is not None:
            read = sum(1 for a in page.articles if a.id not in self.parts and self._state(a.id) == "read")
        return page_prompt(label, page, matches, read, self.parts, width)

    def _state(self, article_id: str) -> str:
        record = self.records.get(article_id) if self.records is not None else None
        return record.state if record is not None else "unread"

    def watch_page(self, page: Page | None) -> None:
        if page is None:
            return
        index = self.issue.pages.index(page)
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if not self.has_focus:  # OptionList's own first highlight, not the reader moving
            return
        self.post_message(self.Chosen(self, self.issue.pages[event.option_index]))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self, self.issue.pages[event.option_index]))

    async def _on_click(self, event: events.Click) -> None:
        """A click on another page goes there (OptionList's own click); on the page already shown
        it opens the page's map. Keys never do: `j` `enter` typed together must only choose."""
        clicked = event.style.meta.get("option")
        if clicked is not None and self.page is not None and self.issue.pages[clicked] == self.page:
            event.prevent_default()
            self.post_message(self.MapWanted(self, self.page))
