"""`i`: 目录, every page's headlines at once, as an e-paper's 版面导航 shows them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from paperterm.model.highlight import Matcher
from paperterm.model.issue import Page
from paperterm.model.plaintext import LABELS, Labels
from paperterm.screens.dialog import Dialog
from paperterm.state.reading import ArticleRecord
from paperterm.widgets.headline_list import ITEM_PADDING, headline_prompt
from paperterm.widgets.vim_list import VimList


def page_heading(page: Page, records: dict[str, ArticleRecord] | None, parts: frozenset[str]) -> Text:
    """A page's line in the contents: its label and how much of it is read (read/all)."""
    items = [a for a in page.articles if a.id not in parts]
    text = Text(page.label, style="bold underline")
    if records is not None:
        read = sum(1 for a in items if (r := records.get(a.id)) is not None and r.state == "read")
        text.append(f"  {read}/{len(items)} read", style="dim")
    else:
        text.append(f"  {len(items)}", style="dim")
    return text


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
        Binding("escape,i", "dismiss(None)", "Close", tooltip="Close the contents"),
    ]

    def __init__(
        self,
        pages: tuple[Page, ...],
        current: str | None,
        *,
        matcher: Matcher | None = None,
        records: dict[str, ArticleRecord] | None = None,
        parts: frozenset[str] = frozenset(),
        words: Labels = LABELS,
    ) -> None:
        """`pages`: as shown (converted to the script on screen); `current`: the article being read."""
        super().__init__()
        self.pages = pages
        self.current = current
        self.matcher = matcher
        self.records = records
        self.parts = parts
        self.words = words

    def compose(self) -> ComposeResult:
        with Vertical(classes="panel"):
            yield Static(Text("目录 Contents — enter reads, escape closes", style="bold"))
            yield VimList(id="contents")

    def on_mount(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        self._fill()

    def _fill(self) -> None:
        options = self.query_one("#contents", OptionList)
        width = max(options.scrollable_content_region.width - ITEM_PADDING, 0)
        items: list[Option] = []
        for page in self.pages:
            items.append(Option(page_heading(page, self.records, self.parts), disabled=True))
            for article in page.articles:
                record = self.records.get(article.id) if self.records is not None else None
                prompt = headline_prompt(
                    article,
                    self.matcher,
                    record,
                    marks=self.records is not None,
                    part=article.id in self.parts,
                    width=width,
                    words=self.words,
                )
                items.append(Option(prompt, id=article.id))
        options.set_options(items)
        ids = [item.id for item in items]
        if self.current in ids:
            options.highlighted = ids.index(self.current)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
