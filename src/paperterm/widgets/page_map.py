"""The 版面图 pane: a page drawn as its articles are printed, one box each, to point at and read.

What goes where is `model/page_map.py`; this draws it with box-drawing characters, as Rich
Text built from plain strings (a title is never read as markup), and turns keys and clicks
into moves. The selected article is filled with the accent colour, the one being read has a
heavy outline, the lead's title is bold; boxes too small for a border are told apart by tints.
A box that stands for articles too small to draw carries their count, "+N", in reverse.
Only solid theme colours: a component style is not blended over what is under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import ClassVar

from rich.cells import get_character_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from paperterm.i18n import N_
from paperterm.model.highlight import Matcher
from paperterm.model.issue import Article, Page
from paperterm.model.page_map import (
    MARKS,
    PART_MARK,
    Area,
    Direction,
    LabelLine,
    PageMapLayout,
    ReadState,
    lay_out,
    neighbour,
)
from paperterm.state.reading import ArticleRecord
from paperterm.widgets.highlight_styles import keyword_style

LIGHT = "┌─┐│└┘"
HEAVY = "┏━┓┃┗┛"
"""Corners and sides: top-left, across, top-right, down, bottom-left, bottom-right."""
TINTS = 3
"""Background tints for boxes without a border: enough that touching ones always differ."""

MARK_STYLES = {MARKS["unread"]: "unread", MARKS["opened"]: "dim", MARKS["read"]: "dim", PART_MARK: "dim"}
"""A label's first character when it is a read-state mark, and its style: unread stands out."""

KEPT = 4
"""Maps kept for sizes asked for lately."""

Cell = tuple[str, Style]
"""A character (empty: the right half of a wide one) and its style."""


class PageMap(Widget, can_focus=True):
    """Draws one page's map; arrows and h j k l move by position, tab in print order, enter or a
    click chooses."""

    DEFAULT_CSS = """
    PageMap {
        width: auto;
        height: 1fr;
    }
    PageMap > .page-map--border { text-style: dim; }
    PageMap > .page-map--selected { background: $accent-muted; }
    PageMap > .page-map--selected-border { color: $accent; text-style: bold; }
    PageMap > .page-map--reading { text-style: bold; }
    PageMap > .page-map--lead { text-style: bold; }
    PageMap > .page-map--dim { text-style: dim; }
    PageMap > .page-map--unread { text-style: bold; }
    PageMap > .page-map--plus { text-style: bold reverse; }
    PageMap > .page-map--tint-0 { background: $panel; }
    PageMap > .page-map--tint-1 { background: $primary-muted; }
    PageMap > .page-map--tint-2 { background: $panel-lighten-1; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "page-map--border",
        "page-map--selected",
        "page-map--selected-border",
        "page-map--reading",
        "page-map--lead",
        "page-map--dim",
        "page-map--unread",
        "page-map--plus",
        *(f"page-map--tint-{i}" for i in range(TINTS)),
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "move('left')", N_("Left"), tooltip=N_("The article to the left"), show=False),
        Binding("right,l", "move('right')", N_("Right"), tooltip=N_("The article to the right"), show=False),
        Binding("up,k", "move('up')", N_("Up"), tooltip=N_("The article above"), show=False),
        Binding("down,j", "move('down')", N_("Down"), tooltip=N_("The article below"), show=False),
        Binding(
            "tab", "step(1)", N_("Next"), tooltip=N_("Next article in print order"), show=False, priority=True
        ),
        Binding(
            "shift+tab",
            "step(-1)",
            N_("Previous"),
            tooltip=N_("Previous article in print order"),
            show=False,
            priority=True,
        ),
        Binding("enter", "choose", N_("Read"), tooltip=N_("Read the chosen article")),
    ]

    page: reactive[Page | None] = reactive(None, layout=True)
    selected: reactive[str | None] = reactive(None)
    """The id of the article the cursor is on."""
    reading: reactive[str | None] = reactive(None)
    """The id of the article open in the reader: outlined."""
    records: reactive[dict[str, ArticleRecord] | None] = reactive(None)
    matcher: reactive[Matcher | None] = reactive(None)

    @dataclass
    class Highlighted(Message):
        """The cursor moved to an article."""

        page_map: PageMap
        article: Article

    @dataclass
    class Chosen(Message):
        """The reader chose an article to read."""

        page_map: PageMap
        article: Article

    def __init__(self, parts: frozenset[str] = frozenset(), *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.parts = parts
        """Ids of continued parts: marked ↳ instead of a read state."""
        self._laid: list[tuple[tuple[object, ...], PageMapLayout]] = []
        """The last few maps made: Textual asks for the width at the container's size, then draws at
        the size it gave, and both come round again on every refresh."""

    # --- layout ----------------------------------------------------------------------------------

    def map_for(self, width: int, height: int) -> PageMapLayout:
        """The page's map on at most this many cells, kept until the page, size or marks change."""
        key = (self.page, width, height, self.records, self.matcher)
        for made, layout in self._laid:
            if made == key:
                return layout
        states: dict[str, ReadState] | None = None
        page = self.page or Page(0)
        if self.records is not None:
            states = {k: r.state for k, r in self.records.items()}
        counts = {a.id: self.matcher.count(a) for a in page.articles} if self.matcher else None
        layout = lay_out(page, width, height, states=states, counts=counts, parts=self.parts)
        self._laid = [(key, layout), *self._laid[: KEPT - 1]]
        return layout

    @property
    def layout_now(self) -> PageMapLayout:
        """The map as drawn at the widget's present size."""
        return self.map_for(self.size.width, self.size.height)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """As wide as the page's proportions allow at the height there is."""
        return self.columns_for(container.width, container.height)

    def columns_for(self, width: int, height: int) -> int:
        """How many of `width` columns the page takes at `height` rows."""
        return self.map_for(width, height).width

    # --- drawing ---------------------------------------------------------------------------------

    def render(self) -> Text:
        layout = self.layout_now
        grid: list[list[Cell]] = [[(" ", Style())] * layout.width for _ in range(layout.height)]
        selected = layout.area(self.selected) if self.selected else None
        reading = layout.area(self.reading) if self.reading else None
        tints = _tints(layout)
        for index, area in enumerate(layout.areas):
            self._draw(grid, area, index == 0, area is selected, area is reading, tints.get(area.article_id))
        text = Text(no_wrap=True, overflow="crop", end="")
        for row_index, row in enumerate(grid):
            if row_index:
                text.append("\n")
            for style, cells in groupby(row, key=itemgetter(1)):  # one span a run: a box's fill, a label
                text.append("".join(character for character, _ in cells), style)
        return text

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"page-map--{name}", partial=True)

    def _draw(
        self, grid: list[list[Cell]], area: Area, lead: bool, selected: bool, reading: bool, tint: int | None
    ) -> None:
        box = area.box
        fill = self._style("selected") if selected else Style()
        if tint is not None and not selected:
            fill = self._style(f"tint-{tint}")
        for row in range(box.top, box.bottom):
            for column in range(box.left, box.right):
                grid[row][column] = (" ", fill)
        if area.framed:
            edge = self._style("reading") if reading else self._style("border")
            if selected:
                edge = fill + self._style("selected-border")
            corners = HEAVY if reading else LIGHT
            top_left, across, top_right, down, bottom_left, bottom_right = tuple(corners)
            for column in range(box.left + 1, box.right - 1):
                grid[box.top][column] = (across, edge)
                grid[box.bottom - 1][column] = (across, edge)
            for row in range(box.top + 1, box.bottom - 1):
                grid[row][box.left] = (down, edge)
                grid[row][box.right - 1] = (down, edge)
            grid[box.top][box.left] = (top_left, edge)
            grid[box.top][box.right - 1] = (top_right, edge)
            grid[box.bottom - 1][box.left] = (bottom_left, edge)
            grid[box.bottom - 1][box.right - 1] = (bottom_right, edge)
        elif reading:
            fill += self._style("reading")
        words = fill + self._style("lead") if lead else fill
        article = self._article(area.article_id)
        count = self.matcher.count(article) if self.matcher and article is not None else 0
        tail = f"◆{count}" if count else ""
        for number, line in enumerate(area.label):
            styles = [words] * len(line.text)
            if number == 0 and line.text[:1] in MARK_STYLES:
                styles[0] = fill + self._style(MARK_STYLES[line.text[0]])
            if tail and number == len(area.label) - 1 and line.text.endswith(tail):
                styles[-len(tail) :] = [keyword_style(0)] * len(tail)
            _write(grid, line, styles)
        for line in area.more:
            _write(grid, line, [fill + self._style("dim")] * len(line.text))
        if area.plus is not None:  # the articles too small to draw, counted where they are printed
            _write(grid, area.plus, [fill + self._style("plus")] * len(area.plus.text))

    # --- moving ----------------------------------------------------------------------------------

    def watch_page(self, page: Page | None) -> None:
        if page is None:
            return
        ids = [a.id for a in page.articles if a.regions]
        if self.selected not in ids:
            self.selected = self.reading if self.reading in ids else (ids[0] if ids else None)

    def watch_selected(self, selected: str | None) -> None:
        article = self._article(selected)
        if article is not None:
            self.post_message(self.Highlighted(self, article))

    def _article(self, article_id: str | None) -> Article | None:
        if self.page is None or article_id is None:
            return None
        return next((a for a in self.page.articles if a.id == article_id), None)

    def action_move(self, direction: Direction) -> None:
        if self.selected is None:
            return
        found = neighbour(self.layout_now, self.selected, direction)
        if found is not None:
            self.selected = found

    def action_step(self, step: int) -> None:
        """Through every article on the map in print order, those merged into another's box too."""
        if self.page is None:
            return
        ids = [a.id for a in self.page.articles if a.regions]
        if not ids:
            return
        here = ids.index(self.selected) if self.selected in ids else -step
        self.selected = ids[(here + step) % len(ids)]

    def action_choose(self) -> None:
        article = self._article(self.selected)
        if article is not None:
            self.post_message(self.Chosen(self, article))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        area = self.layout_now.at(offset.x, offset.y)
        if area is not None:
            self.selected = area.article_id
            self.action_choose()


def _write(grid: list[list[Cell]], line: LabelLine, styles: list[Style]) -> None:
    """A line of text into the grid, a wide character taking its cell and the next."""
    column = line.column
    for character, style in zip(line.text, styles, strict=True):
        grid[line.row][column] = (character, style)
        if get_character_cell_size(character) == 2:
            grid[line.row][column + 1] = ("", style)
            column += 1
        column += 1


def _tints(layout: PageMapLayout) -> dict[str, int]:
    """A tint for each box without a border, none the same as a box it touches (greedy colouring:
    boxes on a grid touch few others)."""
    tints: dict[str, int] = {}
    bare = [a for a in layout.areas if not a.framed]
    for area in bare:
        near = {
            tints[other.article_id] for other in bare if other.article_id in tints and _touch(area, other)
        }
        tints[area.article_id] = next((t for t in range(TINTS) if t not in near), len(tints) % TINTS)
    return tints


def _touch(first: Area, second: Area) -> bool:
    a, b = first.box, second.box
    return a.left <= b.right and b.left <= a.right and a.top <= b.bottom and b.top <= a.bottom
