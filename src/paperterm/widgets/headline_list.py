"""The headline list: the articles of one page, kicker over title over byline."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from paperterm.model.highlight import Matcher
from paperterm.model.issue import Article, Page
from paperterm.model.plaintext import byline_line
from paperterm.widgets.highlight_styles import keyword_style

PHOTO_MARK = "【图】"


def headline_prompt(article: Article, matcher: Matcher | None = None) -> Text:
    """One list item, built as Text so nothing in the article is read as markup.

    Keyword matches in the kicker, title and subtitle are painted, and the
    article's whole match count follows the title.
    """
    text = Text()

    def add(part: str, style: str) -> None:
        piece = Text(part, style=style)
        for match in matcher.find(part) if matcher else []:
            piece.stylize(keyword_style(match.colour), match.start, match.end)
        text.append_text(piece)

    if article.kicker:
        add(article.kicker, "dim")
        text.append("\n")
    if article.kind == "photo":
        text.append(PHOTO_MARK, style="bold")
    add(article.title.replace("\n", " "), "bold")
    count = matcher.count(article) if matcher else 0
    if count:
        text.append(f" ◆{count}", style=keyword_style(0))
    if article.subtitle:
        text.append("\n")
        add(article.subtitle, "")
    byline = byline_line(article)
    if byline:
        text.append("\n" + byline, style="dim")
    return text


class HeadlineList(OptionList):
    """Lists a page's articles; moving the cursor previews, enter opens."""

    DEFAULT_CSS = """
    HeadlineList {
        height: 1fr;
        & > .option-list--option { padding: 0 1; }
    }
    """
    BINDINGS = [
        Binding("j", "cursor_down", "Down", tooltip="Next item (also down arrow)", show=False),
        Binding("k", "cursor_up", "Up", tooltip="Previous item (also up arrow)", show=False),
        Binding("l", "select", "Open", tooltip="Open the item (also enter)", show=False),
    ]

    page: reactive[Page | None] = reactive(None)
    article: reactive[Article | None] = reactive(None)
    matcher: reactive[Matcher | None] = reactive(None)

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

    def _rebuild(self) -> None:
        page, matcher = self.page, self.matcher
        options = [Option(headline_prompt(a, matcher), id=a.id) for a in page.articles] if page else []
        self.set_options(options)
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
