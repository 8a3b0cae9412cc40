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

from paperterm.model.highlight import Matcher
from paperterm.model.issue import Article, Page
from paperterm.model.plaintext import byline_line
from paperterm.state.reading import ArticleRecord
from paperterm.widgets.highlight_styles import keyword_style

PHOTO_MARK = "【图】"
PART_MARK = "↳"
"""Before a continued part (上接): read with its first part, not a separate item."""


def reading_mark(record: ArticleRecord | None) -> Text:
    """The mark before an item: ● unread, ◐ in progress (with percent), ✓ read."""
    if record is None or record.state == "unread":
        return Text("●", style="bold")
    if record.state == "read":
        return Text("✓", style="dim")
    return Text(f"◐{round(record.progress * 100)}%", style="dim")


def headline_prompt(
    article: Article,
    matcher: Matcher | None = None,
    record: ArticleRecord | None = None,
    *,
    marks: bool = False,
    part: bool = False,
) -> Text:
    """One list item, built as Text so nothing in the article is read as markup.

    Keyword matches in the kicker, title and subtitle are painted, the
    article's whole match count follows the title, and with reading state on,
    a mark says whether it is unread, in progress or read.
    """
    lines: list[Text] = []

    def painted(part: str, style: str) -> Text:
        piece = Text(part, style=style)
        for match in matcher.find(part) if matcher else []:
            piece.stylize(keyword_style(match.colour), match.start, match.end)
        return piece

    if article.kicker:
        lines.append(painted(article.kicker, "dim"))
    title = Text(PHOTO_MARK, style="bold") if article.kind == "photo" else Text()
    title.append_text(painted(article.title.replace("\n", " "), "bold"))
    count = matcher.count(article) if matcher else 0
    if count:
        title.append(f" ◆{count}", style=keyword_style(0))
    lines.append(title)
    if article.subtitle:
        lines.append(painted(article.subtitle, ""))
    byline = byline_line(article)
    if byline:
        lines.append(Text(byline, style="dim"))
    if marks or part:
        mark = Text(PART_MARK, style="dim") if part else reading_mark(record)
        # No space after the mark: Rich would break the line there and leave the mark alone.
        lines[0] = Text.assemble(mark, lines[0])
    return Text("\n").join(lines)


class HeadlineList(OptionList):
    """Lists a page's articles; moving the cursor previews, enter opens."""

    DEFAULT_CSS = """
    HeadlineList {
        height: 1fr;
        & > .option-list--option { padding: 0 1; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", tooltip="Next item (also down arrow)", show=False),
        Binding("k", "cursor_up", "Up", tooltip="Previous item (also up arrow)", show=False),
        # The screen's action runs in the key handler, so keys typed right after enter
        # (over SSH they arrive together) already go to the article.
        Binding("enter,l", "screen.open_article", "Open", tooltip="Open the item", show=False),
        # Page the previewed article from the list, as a pager does. Keys typed in one burst
        # all go to the widget focused when they arrive, so "enter space" must work here too.
        Binding("space", "screen.page_article(1)", "Page down", tooltip="Page the article down", show=False),
        Binding("b", "screen.page_article(-1)", "Page up", tooltip="Page the article up", show=False),
    ]

    page: reactive[Page | None] = reactive(None)
    article: reactive[Article | None] = reactive(None)
    matcher: reactive[Matcher | None] = reactive(None)
    records: reactive[dict[str, ArticleRecord] | None] = reactive(None)

    def __init__(self, parts: frozenset[str] = frozenset(), *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.parts = parts
        """Ids of continued parts in this issue: marked ↳, never counted as unread."""

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

    def watch_page(self) -> None:
        self._rebuild()

    def watch_matcher(self) -> None:
        self._rebuild()

    def watch_records(
        self, old: dict[str, ArticleRecord] | None, new: dict[str, ArticleRecord] | None
    ) -> None:
        if old is None or new is None or self.page is None:
            self._rebuild()
            return
        for index, article in enumerate(self.page.articles):
            if old.get(article.id) != new.get(article.id):
                self.replace_option_prompt_at_index(index, self._prompt(article))

    def _prompt(self, article: Article) -> Text:
        records = self.records
        record = records.get(article.id) if records is not None else None
        return headline_prompt(
            article, self.matcher, record, marks=records is not None, part=article.id in self.parts
        )

    def _rebuild(self) -> None:
        page = self.page
        self.set_options([Option(self._prompt(a), id=a.id) for a in page.articles] if page else [])
        self._follow(self.article)

    def watch_article(self, article: Article | None) -> None:
        self._follow(article)

    def _follow(self, article: Article | None) -> None:
        if article is None or self.page is None:
            return
        ids = [a.id for a in self.page.articles]
        if article.id in ids and self.highlighted != ids.index(article.id):
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = ids.index(article.id)

    def _article_at(self, index: int) -> Article | None:
        if self.page is None or not 0 <= index < len(self.page.articles):
            return None
        return self.page.articles[index]

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        article = self._article_at(event.option_index)
        if article is not None:
            self.post_message(self.Highlighted(self, article))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        article = self._article_at(event.option_index)
        if article is not None:
            self.post_message(self.Chosen(self, article))
