"""The `?` screen: every key on one screen at 80×24, as two columns of short lines.

The keys come from the command tables and the panes' bindings, so they never drift; the words are
this screen's own, short enough for a column of 37 cells (the palette and tooltips keep the long
ones), and set by the CJK line breaker, so a translated line wraps as Chinese text does. Narrower,
the sheet is one column and scrolls.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.keys import format_key
from textual.widget import Widget

from paperterm.commands import archive, kept, reading
from paperterm.commands.base import Command
from paperterm.i18n import N_, _
from paperterm.model.linebreak import cell_width, wrap
from paperterm.screens.dialog import Dialog
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.cjk_text import broken
from paperterm.widgets.headline_list import HeadlineList
from paperterm.widgets.reading_marks import legend
from paperterm.widgets.vim_list import VimList

Source = type[Command] | tuple[type[Widget], str]
"""Where keys come from: a command of the tables, or a pane's binding (its class and action)."""


class Entry(NamedTuple):
    """One line of the sheet: the keys of its sources, and what they do (a pair does opposite things)."""

    sources: tuple[Source, ...]
    words: str


SECTIONS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    (
        N_("Reading"),
        (
            Entry((reading.NextArticle, reading.PreviousArticle), N_("Next / previous article")),
            Entry((reading.NextPage, reading.PreviousPage), N_("Next / previous page")),
            Entry((reading.NextUnread,), N_("Next unread article")),
            Entry(
                (reading.OpenArticle, (HeadlineList, "screen.open_article")), N_("Read the chosen article")
            ),
            Entry((reading.Back,), N_("Back to the headlines")),
            Entry((reading.NextPane, reading.PreviousPane), N_("Next / previous pane")),
            Entry((reading.ToggleSidebar,), N_("Page sidebar on / off")),
            Entry((reading.ToggleZoom,), N_("Article alone, full width")),
            Entry((reading.Follow,), N_("Follow 下转 / 上接")),
            Entry((reading.ReadOn,), N_("Read on: all parts as one")),
            Entry((reading.ToggleRead,), N_("Mark read / not read")),
            Entry((reading.PageRead,), N_("Mark the whole page read")),
        ),
    ),
    (
        N_("Scrolling"),
        (
            Entry(
                (
                    (VimList, "cursor_down"),
                    (VimList, "cursor_up"),
                    (ArticleView, "scroll_down"),
                    (ArticleView, "scroll_up"),
                ),
                N_("A line down / up"),
            ),
            Entry(
                (
                    (HeadlineList, "screen.page_article(1)"),
                    (HeadlineList, "screen.page_article(-1)"),
                    (ArticleView, "page_down"),
                    (ArticleView, "page_up"),
                ),
                N_("A screen down / up"),
            ),
            Entry((reading.HalfPageDown, reading.HalfPageUp), N_("Half a screen down / up")),
            Entry(
                ((ArticleView, "scroll_home"), (ArticleView, "scroll_end")), N_("Top / end of the article")
            ),
        ),
    ),
    (
        N_("Finding"),
        (
            Entry((reading.Search,), N_("Search this issue")),
            Entry((reading.NextMatch, reading.PreviousMatch), N_("Next / previous match")),
            Entry((reading.Keywords,), N_("Keywords to highlight")),
            Entry((reading.TableOfContents,), N_("目录: all the headlines")),
            Entry((reading.PageMap,), N_("版面图: the printed page")),
            Entry((archive.ArchiveSearch,), N_("Search every issue")),
        ),
    ),
    (
        N_("Script, copying, 收藏"),
        (
            Entry((reading.ToggleScript,), N_("简/繁: the other script")),
            Entry((reading.PickScript,), N_("Choose the variant")),
            Entry((reading.CopyArticle,), N_("Copy the article as text")),
            Entry((reading.CopyCitation,), N_("Copy its citation")),
            Entry((kept.KeepArticle,), N_("Keep the article (收藏)")),
            Entry((kept.KeptArticles,), N_("Kept articles, every issue")),
        ),
    ),
    (
        N_("Issues"),
        (
            Entry((archive.PreviousIssue, archive.NextIssue), N_("Previous / next issue")),
            Entry((archive.NextUnreadIssue,), N_("Next issue not yet read")),
            Entry((archive.Calendar,), N_("Calendar of this paper")),
            Entry((archive.Papers,), N_("Another paper")),
            Entry((reading.Help,), N_("These keys")),
            Entry((archive.Quit, archive.QuitNow), N_("Quit; your place is kept")),
        ),
    ),
)
"""The sheet, in reading order: down the first column, then down the second."""

GAP = 3
"""Cells between the two columns."""
TWO_COLUMNS = 70
"""The narrowest sheet set in two columns: two of 33 cells, a key and about 12 characters of words."""
KEY_COLUMN = 9
"""The keys' column at most; longer keys go on in it, on the next line."""


def binding_of(widget: type[Widget], action: str) -> Binding:
    """The pane's binding for an action (a KeyError names a binding the sheet lists but the pane lost)."""
    for binding in widget.BINDINGS:
        if isinstance(binding, Binding) and binding.action == action:
            return binding
    raise KeyError(f"{widget.__name__} has no binding for {action}")


def source_keys(source: Source) -> list[str]:
    """The Textual key names of a source, in its order."""
    if isinstance(source, tuple):
        return [key.strip() for key in binding_of(*source).key.split(",")]
    return [key.strip() for key in source.KEY.split(",")]


def shown_key(key: str, command: type[Command] | None = None) -> str:
    """A key as the footer shows it: ^d for ctrl+d, ↓ for down, pgdn for pagedown; enter in words."""
    if command is not None and command.KEY_DISPLAY:
        return command.KEY_DISPLAY
    if key.startswith("ctrl+"):
        return "^" + format_key(key.removeprefix("ctrl+"))
    return key if key in ("enter", "escape", "tab", "shift+tab") else format_key(key)


def entry_keys(entry: Entry) -> tuple[str, str]:
    """Every key of the entry's sources, each once: every source's first key (g G), then the other
    keys that do the same (home end)."""
    named = [
        [shown_key(key, None if isinstance(source, tuple) else source) for key in source_keys(source)]
        for source in entry.sources
    ]
    first = list(dict.fromkeys(names[0] for names in named))
    others = [key for key in dict.fromkeys(key for names in named for key in names[1:]) if key not in first]
    return " ".join(first), " ".join(others)


def key_lines(keys: tuple[str, str], width: int) -> list[str]:
    """An entry's keys in a column `width` cells wide: on one line where they fit, else the first
    keys, then the others, each broken at spaces."""
    joined = " ".join(part for part in keys if part)
    if cell_width(joined) <= width:
        return [joined]
    return [line.text.rstrip() for part in keys if part for line in wrap(part, width, words=True)]


Sections = list[tuple[str, list[tuple[tuple[str, str], str]]]]
"""(title, [((first keys, other keys), words)]) in the language shown."""


def _column(entries: Sections, width: int, keys_width: int) -> list[list[Text]]:
    """Each section's lines for a column `width` cells wide: its title, then key and words side by side."""
    blocks: list[list[Text]] = []
    words_width = width - keys_width - 1
    for title, rows in entries:
        lines = [Text(title, style="bold underline")]
        for keys, words in rows:
            keys_shown = key_lines(keys, keys_width)
            word_lines = broken(Text(words), words_width).split("\n")
            for index in range(max(len(keys_shown), len(word_lines))):
                line = Text(keys_shown[index] if index < len(keys_shown) else "", style="bold")
                line.pad_right(keys_width + 1 - line.cell_len)
                if index < len(word_lines):
                    line.append_text(word_lines[index])
                lines.append(line)
        blocks.append(lines)
    return blocks


def sheet_lines(width: int) -> list[Text]:
    """The whole sheet for `width` cells: two columns where they fit (the sections split between them
    where the taller is shortest), else one; the legend of read marks under both."""
    entries: Sections = [(_(title), [(entry_keys(e), _(e.words)) for e in rows]) for title, rows in SECTIONS]
    widest = max(cell_width(" ".join(keys)) for _title, rows in entries for keys, _words in rows)
    keys_width = min(KEY_COLUMN, widest)
    marks = [Text(line.text.rstrip(), style="dim") for line in wrap(legend(), width)]
    if width < TWO_COLUMNS:
        return [line for block in _column(entries, width, keys_width) for line in block] + marks
    column = (width - GAP) // 2
    blocks = _column(entries, column, keys_width)
    heights = [len(block) for block in blocks]
    split = min(range(1, len(blocks)), key=lambda k: max(sum(heights[:k]), sum(heights[k:])))
    left = [line for block in blocks[:split] for line in block]
    right = [line for block in blocks[split:] for line in block]
    rows: list[Text] = []
    for index in range(max(len(left), len(right))):
        line = left[index].copy() if index < len(left) else Text()
        line.pad_right(column + GAP - line.cell_len)
        if index < len(right):
            line.append_text(right[index])
        rows.append(line)
    return rows + marks


class KeySheet(Widget):
    """The sheet, set for the width it is given; as tall as its lines."""

    DEFAULT_CSS = """
    KeySheet { height: auto; }
    """

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(sheet_lines(width))

    def render(self) -> Text:
        text = Text("\n").join(sheet_lines(self.content_size.width))
        text.no_wrap = True
        return text


class HelpScreen(Dialog[None]):
    """Lists every key; escape or ? closes it (q quits, as anywhere); j k space b scroll it where it
    does not fit."""

    DEFAULT_CSS = """
    HelpScreen > .panel { width: 100%; max-width: 84; max-height: 100%; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark", "dismiss", N_("Close")),
        Binding("j", "scroll_lines(1)", N_("Down"), show=False),
        Binding("k", "scroll_lines(-1)", N_("Up"), show=False),
        Binding("space", "scroll_pages(1)", N_("Page down"), show=False),
        Binding("b", "scroll_pages(-1)", N_("Page up"), show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="panel"):
            yield KeySheet(id="keys")

    def action_scroll_lines(self, lines: int) -> None:
        """j and k: a line, as in the article."""
        self.query_one(".panel", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_scroll_pages(self, pages: int) -> None:
        """space and b: a screen less two lines, as in the article."""
        panel = self.query_one(".panel", VerticalScroll)
        panel.scroll_relative(y=pages * max(panel.scrollable_content_region.height - 2, 1), animate=False)
