"""The headline list: the articles of one page, kicker over title over byline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from paperterm.i18n import N_
from paperterm.model.highlight import Matcher
from paperterm.model.issue import Article, Page
from paperterm.model.plaintext import LABELS, Labels, byline_line
from paperterm.state.reading import ArticleRecord
from paperterm.widgets.cjk_text import broken
from paperterm.widgets.highlight_styles import keyword_style
from paperterm.widgets.reading_marks import KEPT, PARTLY, READ, UNREAD
from paperterm.widgets.vim_list import WindowedList

ITEM_PADDING = 2
"""An item's padding, left and right (DEFAULT_CSS)."""
PART_MARK = "↳"
"""Before a continued part (上接): read with its first part, not a separate item."""


def reading_mark(record: ArticleRecord | None) -> Text:
    """The mark before an item: ● unread, ◐ in progress (with percent), ✓ read."""
    if record is None or record.state == "unread":
        return Text(UNREAD, style="bold")
    if record.state == "read":
        return Text(READ, style="dim")
    return Text(f"{PARTLY}{round(record.progress * 100)}%", style="dim")


def headline_prompt(
    article: Article,
    matcher: Matcher | None = None,
    record: ArticleRecord | None = None,
    *,
    marks: bool = False,
    part: bool = False,
    kept: bool = False,
    width: int = 0,
    words: Labels = LABELS,
) -> Text:
    """One list item, built as Text so nothing in the article is read as markup.

    Keyword matches in the kicker, title and subtitle are painted, the
    article's whole match count follows the title, and with reading state on,
    a mark says whether it is unread, in progress or read; ★ follows it on a kept
    article (收藏). With a `width`, the
    item is set by the CJK line breaker: kinsoku everywhere, titles without a
    stranded last line, names in the byline whole, every line under the mark's column.
    """

    def painted(part: str, style: str) -> Text:
        piece = Text(part, style=style)
        for match in matcher.find(part) if matcher else []:
            piece.stylize(keyword_style(match.colour), match.start, match.end)
        return piece

    mark = (Text(PART_MARK, style="dim") if part else reading_mark(record)) if marks or part else Text()
    if kept:
        mark.append(KEPT, style="bold")
    indent = mark.cell_len

    def fitted(text: Text, *, title: bool = False, words: bool = False) -> Text:
        return broken(text, width, title=title, words=words, indent=indent) if width else text

    lines: list[Text] = []
    if article.kicker:
        lines.append(fitted(painted(article.kicker, "dim"), title=True))
    title = Text(words.photo, style="bold") if article.kind == "photo" else Text()
    title.append_text(painted(article.title, "bold"))  # a title printed on two lines keeps its break
    count = matcher.count(article) if matcher else 0
    if count:
        title.append(f" ◆{count}", style=keyword_style(0))
    lines.append(fitted(title, title=True))
    if article.subtitle:
        lines.append(fitted(painted(article.subtitle, ""), title=True))
    byline = byline_line(article)
    if byline:
        lines.append(fitted(Text(byline, style="dim"), words=True))
    if indent:
        lines[1:] = [Text(" " * indent) + line for line in lines[1:]]
        lines[0] = Text.assemble(mark, lines[0])
    return Text("\n").join(lines)


class HeadlineList(WindowedList):
    """Lists a page's articles; moving the cursor previews, enter opens. A page of any length
    costs what the window's items cost."""

    DEFAULT_CSS = """
    HeadlineList {
        height: 1fr;
        & > .option-list--option { padding: 0 1; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        # The screen's action runs in the key handler, so keys typed right after enter
        # (over SSH they arrive together) already go to the article.
        Binding("enter,l", "screen.open_article", N_("Open"), tooltip=N_("Open the item"), show=False),
        # Page the previewed article from the list, as a pager does. Keys typed in one burst
        # all go to the widget focused when they arrive, so "enter space" must work here too.
        Binding(
            "space",
            "screen.page_article(1)",
            N_("Page down"),
            tooltip=N_("Page the article down"),
            show=False,
        ),
        Binding("b", "screen.page_article(-1)", N_("Page up"), tooltip=N_("Page the article up"), show=False),
    ]

    page: reactive[Page | None] = reactive(None)
    article: reactive[Article | None] = reactive(None)
    matcher: reactive[Matcher | None] = reactive(None)
    records: reactive[dict[str, ArticleRecord] | None] = reactive(None)
    kept: reactive[frozenset[str]] = reactive(frozenset())
    """Ids of the articles the reader keeps (收藏): marked ★."""
    words: reactive[Labels] = reactive(LABELS)
    """paperterm's own words (【图】) in the script shown."""

    def __init__(self, parts: frozenset[str] = frozenset(), *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.parts = parts
        """Ids of continued parts in this issue: marked ↳, never counted as unread."""
        self._built_for = 0
        """The measure the items were set for; a resize to another one sets them again."""
        self._index: dict[str, int] = {}
        """Article id → its index in the page."""

    @dataclass
    class Highlighted(Message):
        """The cursor moved to an article."""

        headline_list: HeadlineList
        article: Article

    @dataclass
    class Chosen(Message):
        """The reader asked to read an article."""

        headline_list: HeadlineList
        article: Article

    def watch_page(self, page: Page | None) -> None:
        self._index = {a.id: i for i, a in enumerate(page.articles)} if page is not None else {}
        self.window_start = 0
        self._rebuild()

    def watch_matcher(self) -> None:
        self._rebuild()

    def watch_words(self) -> None:
        if self.page is not None and any(a.kind == "photo" for a in self.page.articles):
            self._rebuild()  # only photo items show one of them (【图】)

    def watch_records(
        self, old: dict[str, ArticleRecord] | None, new: dict[str, ArticleRecord] | None
    ) -> None:
        if old is None or new is None or self.page is None:
            self._rebuild()
            return
        held = self.page.articles[self.window_start : self.window_start + self.option_count]
        for index, article in enumerate(held):
            if old.get(article.id) != new.get(article.id):
                self.replace_option_prompt_at_index(index, self._prompt(article))

    def watch_kept(self, old: frozenset[str], new: frozenset[str]) -> None:
        if self.page is None:
            return
        held = self.page.articles[self.window_start : self.window_start + self.option_count]
        for index, article in enumerate(held):
            if article.id in old ^ new:
                self.replace_option_prompt_at_index(index, self._prompt(article))

    def _prompt(self, article: Article) -> Text:
        records = self.records
        record = records.get(article.id) if records is not None else None
        return headline_prompt(
            article,
            self.matcher,
            record,
            marks=records is not None,
            part=article.id in self.parts,
            kept=article.id in self.kept,
            width=self._measure,
            words=self.words,
        )

    @property
    def _measure(self) -> int:
        """The cells an item's text may use: the list's content width less the items' padding."""
        return max(self.scrollable_content_region.width - ITEM_PADDING, 0)

    def on_resize(self) -> None:
        if self._built_for != self._measure:
            self._rebuild()

    def watch_show_vertical_scrollbar(self) -> None:
        """A scrollbar that comes or goes changes the measure: set the items again, or Rich
        would re-wrap them at its own places."""
        if self._built_for != self._measure:
            self.call_after_refresh(self._rebuild)

    def entry_count(self) -> int:
        return len(self.page.articles) if self.page is not None else 0

    def entry_option(self, index: int) -> Option:
        assert self.page is not None
        article = self.page.articles[index]
        return Option(self._prompt(article), id=article.id)

    def _rebuild(self) -> None:
        """Set the items again, around the article shown, the cursor on it."""
        self._built_for = self._measure
        shown = self._index.get(self.article.id) if self.article is not None else None
        self.fill(around=shown)
        if shown is not None:
            self.show_entry(shown)

    def watch_article(self, article: Article | None) -> None:
        index = self._index.get(article.id) if article is not None else None
        if index is not None:
            self.show_entry(index)

    def _article_at(self, index: int) -> Article | None:
        """The article of the item at `index` in the list (not in the page)."""
        if self.page is None or not 0 <= index < self.option_count:
            return None
        return self.page.articles[self.window_start + index]

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        article = self._article_at(event.option_index)
        if article is not None:
            self.post_message(self.Highlighted(self, article))
            self.slide(self.window_start + event.option_index)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        article = self._article_at(event.option_index)
        if article is not None:
            self.post_message(self.Chosen(self, article))
