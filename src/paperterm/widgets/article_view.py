"""The article pane: pre-broken CJK lines drawn with the line API.

Textual would re-wrap text at spaces only, so the pane lays the article out
itself (model.layout) and draws exactly those lines, re-laying them out when
its width changes while keeping the same source position at the top.
Keyword matches are painted as spans on those lines, never through markup.

The layout is lazy (model.lazy_layout): an article is laid out as far as the screen and a
margin, or a jump (a kept position, a match), need — at least FIRST characters, so an everyday
article is whole at once — and the scrollbar counts on an estimate until the last line is laid.
`G` on a long article lays the rest out in slices between frames (the keyboard stays answered)
and follows the end down; only then does the reader reach the end, and the article count as read.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from paperterm.i18n import N_
from paperterm.model.highlight import Match, Matcher
from paperterm.model.issue import Article
from paperterm.model.layout import (
    BLANK_BEFORE,
    HEAD,
    TAIL,
    LaidLine,
    SourceKey,
    measure,
    source_key,
)
from paperterm.model.lazy_layout import LazyLayout
from paperterm.model.linebreak import cell_width
from paperterm.model.plaintext import INDENT, LABELS, Labels
from paperterm.widgets.highlight_styles import current_match, keyword_style

OVERLAP = 2
"""Lines of the old screen kept at the top (space) or bottom (b) of the new one."""
FIRST = 8_000
"""Characters laid out at least when an article is shown: an everyday article (a few thousand
characters) is whole at once, a longer one is laid out as it is read."""
SLICE = 40_000
"""Characters laid out between two frames while `G` lays out the rest of a long article."""
_NOTHING = Article("", "")
"""No article: a layout of no lines."""
_ROLES = ("series", "kicker", "title", "subtitle", "byline", "heading", "caption", "credit", "continued")


class ArticleView(ScrollView, can_focus=True):
    """Shows one article as a centred column of comfortably measured lines."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"article-view--{role}" for role in _ROLES}
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
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", N_("Line down"), tooltip=N_("Scroll one line down"), show=False),
        Binding("k,up", "scroll_up", N_("Line up"), tooltip=N_("Scroll one line up"), show=False),
        Binding(
            "space,pagedown", "page_down", N_("Page down"), tooltip=N_("Scroll one screen down"), show=False
        ),
        Binding("b,pageup", "page_up", N_("Page up"), tooltip=N_("Scroll one screen up"), show=False),
        Binding("g,home", "scroll_home", N_("Top"), tooltip=N_("Top of the article"), show=False),
        Binding("G,end", "scroll_end", N_("Bottom"), tooltip=N_("End of the article"), show=False),
    ]

    article: reactive[Article | None] = reactive(None)
    matcher: reactive[Matcher | None] = reactive(None)
    words: reactive[Labels] = reactive(LABELS)
    """paperterm's own words in the script shown (（下转第2版）)."""

    @dataclass
    class Moved(Message):
        """The first line on screen changed: where the reader is, in source terms."""

        article_view: ArticleView
        article_id: str
        block: int
        offset: int
        progress: float
        at_end: bool

    @dataclass
    class NoMoreMatches(Message):
        """Stepping went past the last (or first) match of this article."""

        article_view: ArticleView
        forward: bool

    @dataclass
    class ContinuationClicked(Message):
        """A click on the （下转第N版） line (forward) or the （上接第N版） line."""

        article_view: ArticleView
        forward: bool

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._layout = LazyLayout(_NOTHING, 1)
        self._lines: list[LaidLine] = self._layout.lines
        self._laid_width = -1
        self._margin = 0
        self._found: dict[SourceKey, list[Match]] = {}
        self._starts: dict[SourceKey, list[int]] = {}
        self._matches = 0
        self._hits: list[tuple[int, Match]] = []
        self._scanned = 0
        """Lines of the layout already looked through for matches (_hits holds theirs)."""
        self._to_end = False
        """`G` on an article not laid out to its end: slices of layout go on until it is."""
        self._to_end_top = 0
        """Where the last slice of `G` left the top line: the reader scrolled (a wheel) if it moved."""
        self._current: tuple[int, Match] | None = None
        self.restore_to: tuple[int, int] | None = None
        """A (block, offset) to scroll to once the next article is laid out."""
        self._anchor: tuple[int, int] | None = None
        """The exact place the top line was scrolled to by go_to, until the reader scrolls: a
        resize or a zoom re-wraps around it, not around the start of whatever line holds it."""

    # Over SSH an animated scroll is a dozen frames to send for one keypress: jump instead.
    # Forced, because right after a new article is laid out Textual has not yet decided that
    # the pane scrolls, and keys typed in that moment would be dropped.
    def _jump(self, y: float, anchor: tuple[int, int] | None = None, *, to_end: bool = False) -> None:
        """Scroll to line `y`; `anchor` is the exact source place that line was chosen for (go_to)."""
        self._anchor = anchor
        self._to_end = to_end
        self._need(round(y))
        self.scroll_to(y=max(0, min(y, self.max_scroll_y)), animate=False, immediate=True, force=True)

    def _need(self, top: int) -> None:
        """Lay out what a screen from line `top` shows, and a screen more."""
        self._grow(lambda: self._layout.extend(top + 2 * self.scrollable_content_region.height))

    def _grow(self, lay_out: Callable[[], object]) -> None:
        """Run some layout, then find the matches in the new lines and size the pane to suit."""
        lay_out()
        self._scan_hits()
        width = self.scrollable_content_region.width
        size = Size(max(width, 0), self._layout.total)
        if size != self.virtual_size:
            self.virtual_size = size

    @property
    def laid(self) -> LazyLayout:
        """The article's layout as far as it is laid out (how far: for tests and the benchmark)."""
        return self._layout

    @property
    def _page(self) -> int:
        """How far a page moves: a screen less OVERLAP lines, so the eye finds where it was (as less)."""
        height = self.scrollable_content_region.height
        return height - OVERLAP if height > 2 * OVERLAP else max(height, 1)

    def action_page_down(self) -> None:
        self._jump(self.scroll_y + self._page)

    def action_page_up(self) -> None:
        self._jump(self.scroll_y - self._page)

    def action_half_page(self, step: int) -> None:
        """ctrl+d / ctrl+u, as in less and vim: half a screen."""
        self._jump(self.scroll_y + step * max(self.scrollable_content_region.height // 2, 1))

    def action_scroll_home(self) -> None:
        self._jump(0)

    def action_scroll_end(self) -> None:
        if self._layout.complete:
            self._jump(self.max_scroll_y)
        elif not self._to_end:  # not already under way
            self._to_end, self._to_end_top = True, 0
            self._lay_out_to_end()

    def _lay_out_to_end(self) -> None:
        """One slice of `G`: lay out SLICE characters more, show the last laid line, and go on after
        the next frame, unless the reader has scrolled meanwhile or another article came."""
        if not self._to_end:
            return
        if self._to_end_top and round(self.scroll_y) != self._to_end_top:
            self._to_end = False
            return
        self._grow(lambda: self._layout.lay_out(SLICE))
        height = self.scrollable_content_region.height
        if self._layout.complete:
            self._jump(self.max_scroll_y)
        else:
            self._jump(len(self._lines) - height, to_end=True)
            self._to_end_top = round(self.scroll_y)
            self.call_after_refresh(self._lay_out_to_end)

    def action_scroll_down(self) -> None:
        self._jump(self.scroll_y + 1)

    def action_scroll_up(self) -> None:
        self._jump(self.scroll_y - 1)

    @property
    def lines(self) -> list[LaidLine]:
        """The lines laid out so far (all of an everyday article), for tests and finding positions."""
        return self._lines

    @property
    def hits(self) -> list[tuple[int, Match]]:
        """(line index, match) for every match in the lines laid out so far, in reading order."""
        return self._hits

    @property
    def current_hit(self) -> tuple[int, Match] | None:
        """The match the reader last stepped to."""
        return self._current

    def watch_article(self, old: Article | None, new: Article | None) -> None:
        same = old is not None and new is not None and old.id == new.id
        position = self.position
        if not same:
            self._current = None  # a match of the last article: not to be looked for in this one
        self._laid_width = -1
        self._relayout()
        if same:  # the same article in another script: keep the place
            self.go_to(*position)
        elif self.restore_to is None or not self._lines:
            self._jump(0)
        self._restore()
        self._report()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self._need(round(new_value))  # a scroll by mouse or scrollbar, not only by key
            self._report()

    def _restore(self) -> None:
        if self.restore_to is not None and self._lines:
            block, offset = self.restore_to
            self.restore_to = None
            self.go_to(block, offset)

    def report_position(self) -> None:
        """Tell the screen again where the reader is (it now counts what is on screen as read)."""
        self._report()

    def _report(self) -> None:
        """Tell the screen where the reader is, so it can remember it."""
        if self.article is None or not self._lines:
            return
        block, offset = self.position
        height = self.scrollable_content_region.height
        total = self._layout.total
        seen = min(total, round(self.scroll_y) + height)
        if self._layout.complete:
            progress, at_end = seen / total, seen >= total
        else:  # the end is not laid out yet, so the reader cannot have reached it
            progress, at_end = min(seen / total, 0.99), False
        self.post_message(self.Moved(self, self.article.id, block, offset, progress, at_end))

    @property
    def paragraph(self) -> tuple[int, int]:
        """(paragraph number at the top, paragraphs in all), counting from 1 as a reader counts: the
        title block above the first paragraph is still ¶ 1, the caption after the last is ¶ n/n."""
        total = len(self.article.body) if self.article else 0
        block, _ = self.position
        if block == TAIL:
            return (total, total)
        return (min(max(1, block + 1), total), total)

    def watch_matcher(self) -> None:
        self._find_hits()
        self.refresh()

    def watch_words(self) -> None:
        article = self.article  # only the continuation lines use them: lay out again only for those
        if article is not None and (article.continued_on or article.continued_from):
            self._relayout_in_place()

    def on_resize(self) -> None:
        self._relayout_in_place()
        self._report()

    def _relayout_in_place(self) -> None:
        """Re-wrap for a new width, keeping the same source position at the top."""
        position = self.position
        self._relayout()
        if self.restore_to is not None:
            self._restore()
        else:
            self.go_to(*position)

    @property
    def position(self) -> tuple[int, int]:
        """(block, offset) of the first line on screen, in source terms that survive re-wrapping."""
        top = round(self.scroll_y)
        if top >= len(self._lines):
            self._grow(lambda: self._layout.extend(top + 1))
        if top >= len(self._lines):
            return (-1, 0)
        line = self._lines[top]
        if self._anchor is not None and self._holds(line, *self._anchor):
            return self._anchor
        # The blank line before a paragraph is a place of its own, one above the paragraph's start.
        return (line.block, BLANK_BEFORE if line.role == "blank" else line.start)

    @staticmethod
    def _holds(line: LaidLine, block: int, offset: int) -> bool:
        if line.block != block:
            return False
        if offset == BLANK_BEFORE:
            return line.role == "blank"
        return line.role != "blank" and line.start <= offset < line.start + max(len(line.text), 1)

    def go_to(self, block: int, offset: int = 0) -> None:
        """Scroll so the line holding `offset` of body block `block` is at the top.

        The title block and the caption hold several strings under one block
        number; a position there goes to their first line. The article is laid out as far as
        that line (and a screen on), no further.
        """
        self._jump(self._line_of(block, offset), anchor=(block, offset))

    def _line_of(self, block: int, offset: int) -> int:
        """The index of the line go_to puts at the top, laying out as far as needed to know it."""
        article = self.article
        if article is None or not (block in (HEAD, TAIL) or 0 <= block < len(article.body)):
            return 0
        target, seen, inside = 0, 0, False
        while True:
            for index, line in enumerate(self._lines[seen:], start=seen):
                if line.block != block:
                    if inside:  # past the block: the last line that started before offset
                        return target
                    continue
                inside = True
                if offset == BLANK_BEFORE:
                    return index  # the first line of the block: the blank one before it
                if line.role != "blank":
                    if line.start > offset:
                        return target
                    target = index
                    if block in (HEAD, TAIL):
                        return target
            seen = len(self._lines)
            if self._layout.complete:
                return target
            self._grow(self._layout.more)

    def show_line(self, index: int) -> None:
        """Bring a line into view, a third of the way down, unless it is already on screen."""
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        if not top <= index < top + height:
            self._jump(index - height // 3)

    def step_match(self, forward: bool) -> None:
        """Move to the next (or previous) match and bring it into view: forward, past the lines
        laid out, the article is laid out as far as the next match, no further."""
        if self._current is not None:
            here = (self._current[0], self._current[1].start)
        else:
            here = (round(self.scroll_y) - (1 if forward else 0), -1 if forward else 10**9)
        found = self._first_hit(lambda h: (h[0], h[1].start) > here) if forward else None
        if not forward:
            before = [h for h in self._hits if (h[0], h[1].start) < here]
            found = before[-1] if before else None
        if found is None:
            self.post_message(self.NoMoreMatches(self, forward))
            return
        self._current = found
        self.show_line(found[0])
        self.refresh()

    def first_match_at_or_after(self, block: int, offset: int) -> None:
        """Make the match at a search hit current (used when jumping to a hit)."""
        article = self.article
        if article is None or not any(
            key[0] == block and m.start >= offset for key, found in self._found.items() for m in found[-1:]
        ):
            return  # none there: nothing to lay out for

        found = self._first_hit(lambda h: self._lines[h[0]].block == block and h[1].start >= offset)
        if found is not None:
            self._current = found
            self.show_line(found[0])
            self.refresh()

    def _first_hit(self, wanted: Callable[[tuple[int, Match]], bool]) -> tuple[int, Match] | None:
        """The first hit that is `wanted`, laying out until it is found or every match of the
        article has its line."""
        checked = 0
        while True:
            for hit in self._hits[checked:]:
                if wanted(hit):
                    return hit
            checked = len(self._hits)
            if self._layout.complete or checked >= self._matches:
                return None
            self._grow(self._layout.more)

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._laid_width:
            return
        self._laid_width = width
        column = measure(width - 2)
        self._margin = max(1, (width - column) // 2)
        current = self._current
        key = source_key(self._lines[current[0]]) if current is not None else None
        self._layout = LazyLayout(self.article or _NOTHING, column, self.words)
        self._lines = self._layout.lines
        self._to_end = False
        self._current = None
        self._find_hits()
        self._grow(lambda: self._layout.extend(2 * self.scrollable_content_region.height, FIRST))
        if current is not None:  # the same match, on its line in the new layout
            match = current[1]
            self._current = self._first_hit(lambda h: h[1] == match and source_key(self._lines[h[0]]) == key)
        self.refresh()

    def _find_hits(self) -> None:
        """Find the matcher's matches in the article, and the lines laid out so far that hold them."""
        current = self._current
        self._hits, self._scanned, self._current = [], 0, None
        self._found = self.matcher.find_all(self.article) if self.matcher and self.article else {}
        self._starts = {key: [m.start for m in found] for key, found in self._found.items()}
        self._matches = sum(map(len, self._found.values()))
        self._scan_hits()
        if current is not None and current[0] < len(self._lines):
            key = source_key(self._lines[current[0]])
            self._current = next(
                (h for h in self._hits if h[1] == current[1] and source_key(self._lines[h[0]]) == key), None
            )

    def _scan_hits(self) -> None:
        """Add the hits of the lines laid out since the last look."""
        for index in range(self._scanned, len(self._lines)):
            line = self._lines[index]
            key = source_key(line)
            found = self._found.get(key)
            if not found:
                continue
            at = bisect_left(self._starts[key], line.start)
            while at < len(found) and found[at].start < line.start + len(line.text):
                self._hits.append((index, found[at]))
                at += 1
        self._scanned = len(self._lines)

    def on_click(self, event: Click) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self._lines) and self._lines[index].role == "continued":
            self.post_message(self.ContinuationClicked(self, forward=self._lines[index].block == TAIL))

    def render_line(self, y: int) -> Strip:
        if self.scrollable_content_region.width != self._laid_width:
            self._relayout_in_place()  # a new width shows in this frame, not the one after the resize event
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):  # scrolled by a means watch_scroll_y has not seen yet
            self._layout.extend(index + 1)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        role = self._role_style(line)
        # The 全角 indent is drawn as plain spaces of the same width, which every
        # terminal and font agrees on.
        margin = " " * (self._margin + cell_width(INDENT[: line.indent]))
        body = Text(line.text, style=base + role if role else base, end="")
        self._paint_matches(body, line)
        text = Text.assemble((margin, base), body, end="")
        strip = Strip(text.render(self.app.console))
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _paint_matches(self, body: Text, line: LaidLine) -> None:
        key = source_key(line)
        end = line.start + len(line.text)
        current = self._current
        found = self._found.get(key, [])
        # Matches do not overlap: only the one before the first starting on the line may reach it.
        for at in range(max(0, bisect_left(self._starts.get(key, []), line.start) - 1), len(found)):
            match = found[at]
            if match.start >= end:
                break
            if match.end > line.start:
                style = keyword_style(match.colour)
                if current is not None and current[1] == match and source_key(self._lines[current[0]]) == key:
                    style = current_match(style)
                body.stylize(
                    style, max(0, match.start - line.start), min(len(line.text), match.end - line.start)
                )

    def _role_style(self, line: LaidLine) -> Style | None:
        if line.role in _ROLES:
            return self.get_component_rich_style(f"article-view--{line.role}", partial=True)
        return None
