"""`i`: 目录, every page's headlines at once, as an e-paper's 版面导航 shows them."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from paperterm.i18n import N_, _
from paperterm.model.highlight import Matcher
from paperterm.model.issue import Article, Page
from paperterm.model.plaintext import LABELS, Labels
from paperterm.screens.dialog import Dialog
from paperterm.state.reading import ArticleRecord
from paperterm.widgets.headline_list import ITEM_PADDING, headline_prompt
from paperterm.widgets.vim_list import WindowedList


def page_heading(page: Page, records: dict[str, ArticleRecord] | None, parts: frozenset[str]) -> Text:
    """A page's line in the contents: its label and how much of it is read (read/all)."""
    items = [a for a in page.articles if a.id not in parts]
    text = Text(page.label, style="bold underline")
    if records is not None:
        read = sum(1 for a in items if (r := records.get(a.id)) is not None and r.state == "read")
        text.append("  " + _("{read}/{count} read").format(read=read, count=len(items)), style="dim")
    else:
        text.append(f"  {len(items)}", style="dim")
    return text


class ContentsList(WindowedList):
    """Every page's heading and headlines, one entry each; the window holds those near the cursor."""

    def __init__(
        self,
        entries: list[tuple[Page, Article | None]],
        item: Callable[[Page, Article | None], Option],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.entries = entries
        self.item = item

    def entry_count(self) -> int:
        return len(self.entries)

    def entry_option(self, index: int) -> Option:
        return self.item(*self.entries[index])


class Contents(Dialog[str | None]):
    """Lists the issue's pages and their headlines; returns the chosen article's id."""

    DEFAULT_CSS = """
    Contents {
        & > .panel { width: 72; height: 90%; }
        & OptionList { height: 1fr; }
        & OptionList > .option-list--option { padding: 0 1; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i", "dismiss(None)", N_("Close"), tooltip=N_("Close the contents")),
    ]

    def __init__(
        self,
        pages: tuple[Page, ...],
        current: str | None,
        *,
        matcher: Matcher | None = None,
        records: dict[str, ArticleRecord] | None = None,
        parts: frozenset[str] = frozenset(),
        kept: frozenset[str] = frozenset(),
        words: Labels = LABELS,
    ) -> None:
        """`pages`: as shown (converted to the script on screen); `current`: the article being read."""
        super().__init__()
        self.pages = pages
        self.current = current
        self.matcher = matcher
        self.records = records
        self.parts = parts
        self.kept = kept
        self.words = words

    def compose(self) -> ComposeResult:
        entries: list[tuple[Page, Article | None]] = []
        for page in self.pages:
            entries += [(page, None), *((page, article) for article in page.articles)]
        with Vertical(classes="panel"):
            yield Static(Text(_("目录 Contents — enter reads, escape closes"), style="bold"))
            yield ContentsList(entries, self._item, id="contents")

    def on_mount(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        self._fill()

    def _item(self, page: Page, article: Article | None) -> Option:
        """A page's heading (not an item to choose), or one of its headlines set for the width."""
        if article is None:
            return Option(page_heading(page, self.records, self.parts), disabled=True)
        options = self.query_one(ContentsList)
        record = self.records.get(article.id) if self.records is not None else None
        prompt = headline_prompt(
            article,
            self.matcher,
            record,
            marks=self.records is not None,
            part=article.id in self.parts,
            kept=article.id in self.kept,
            width=max(options.scrollable_content_region.width - ITEM_PADDING, 0),
            words=self.words,
        )
        return Option(prompt, id=article.id)

    def _fill(self) -> None:
        options = self.query_one(ContentsList)
        current = next(
            (i for i, (_, a) in enumerate(options.entries) if a is not None and a.id == self.current), None
        )
        options.fill(around=current)
        if current is not None:
            options.show_entry(current)

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        options = self.query_one(ContentsList)
        options.slide(options.window_start + event.option_index)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
