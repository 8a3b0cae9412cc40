"""The article pane: pre-broken CJK lines drawn with the line API.

Textual would re-wrap text at spaces only, so the pane lays the article out
itself (model.layout) and draws exactly those lines, re-laying them out when
its width changes while keeping the same source position at the top.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from paperterm.model.issue import Article
from paperterm.model.layout import LaidLine, layout_article, measure
from paperterm.model.linebreak import cell_width
from paperterm.model.plaintext import INDENT

_ROLES = (
    "series",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "heading",
    "caption",
    "credit",
    "continued",
)


class ArticleView(ScrollView, can_focus=True):
    """Shows one article as a centred column of comfortably measured lines."""

    COMPONENT_CLASSES = {f"article-view--{role}" for role in _ROLES}
    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        & > .article-view--series { color: $text-accent; }
        & > .article-view--kicker { color: $text-muted; }
        & > .article-view--title { color: $text-primary; text-style: bold; }
        & > .article-view--subtitle { text-style: bold; }
        & > .article-view--byline { color: $text-muted; }
        & > .article-view--heading { color: $text-accent; text-style: bold; }
        & > .article-view--caption { text-style: italic; }
        & > .article-view--credit { color: $text-muted; }
        & > .article-view--continued { color: $text-warning; text-style: bold; }
    }
    """
    BINDINGS = [
        Binding("j,down", "scroll_down", "Line down", tooltip="Scroll one line down", show=False),
        Binding("k,up", "scroll_up", "Line up", tooltip="Scroll one line up", show=False),
        Binding("space,pagedown", "page_down", "Page down", tooltip="Scroll one screen down", show=False),
        Binding("b,pageup", "page_up", "Page up", tooltip="Scroll one screen up", show=False),
        Binding("g,home", "scroll_home", "Top", tooltip="Top of the article", show=False),
        Binding("G,end", "scroll_end", "Bottom", tooltip="End of the article", show=False),
    ]

    article: reactive[Article | None] = reactive(None)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[LaidLine] = []
        self._laid_width = -1
        self._margin = 0

    @property
    def lines(self) -> list[LaidLine]:
        """The current layout, for tests and for finding positions."""
        return self._lines

    def watch_article(self) -> None:
        self._laid_width = -1
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def on_resize(self) -> None:
        position = self.position
        self._relayout()
        self.go_to(*position)

    @property
    def position(self) -> tuple[int, int]:
        """(block, offset) of the first line on screen, in source terms that survive re-wrapping."""
        top = round(self.scroll_y)
        if not self._lines or top >= len(self._lines):
            return (-1, 0)
        line = self._lines[top]
        return (line.block, line.start)

    def go_to(self, block: int, offset: int = 0) -> None:
        """Scroll so the line holding `offset` of `block` is at the top."""
        target = 0
        for index, line in enumerate(self._lines):
            if line.block == block and line.role != "blank" and line.start <= offset:
                target = index
        self.scroll_to(y=target, animate=False, immediate=True)

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._laid_width:
            return
        self._laid_width = width
        column = measure(width - 2)
        self._margin = max(1, (width - column) // 2)
        self._lines = layout_article(self.article, column) if self.article else []
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        # The 全角 indent is drawn as plain spaces of the same width, which every
        # terminal and font agrees on.
        role = self._role_style(line)
        margin = " " * (self._margin + cell_width(INDENT[: line.indent]))
        text = Text.assemble((margin, base), (line.text, base + role if role else base), end="")
        strip = Strip(text.render(self.app.console))
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _role_style(self, line: LaidLine) -> Style | None:
        if line.role in _ROLES:
            return self.get_component_rich_style(f"article-view--{line.role}", partial=True)
        return None
