"""The 版面图: a page's articles where they are printed, laid out on a terminal's character grid.

An e-paper shows a page as a picture with each article a clickable 热区; here each article is
a rectangle of cells, scaled from its regions as printed, so what leads the page is the
largest and what is boxed small stays small. Only the part of the page the articles take is
mapped: the masthead, the margins and the advertisements hold nothing to choose, and leaving
them out gives the articles the room.

A terminal cell is about twice as tall as wide, so a point across the page takes half the
cells a point down it does; the page keeps its printed proportions as well as the grid
allows. Each article is the smallest rectangle holding all its regions. Where two such
rectangles overlap (an article set in an L around a photo), they are cut apart along the
line that costs the two the least of what they really print on, in proportion to their
size, so that every article keeps a rectangle. Only two articles printed inside the same
cell cannot both have one: the one printing less goes to a free cell beside it, or else joins
the area it is printed in, or the nearest one with room to say so (`Area.merged`): that area
carries a "+N" label, N the articles it stands for besides its own, so no article is ever
missing from the map, and each is still reached in print order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Literal, NamedTuple

from paperterm.model.issue import Article, Page, Region
from paperterm.model.linebreak import cell_width, wrap_title
from paperterm.model.plaintext import byline_line

CELL_ASPECT = 2.0
"""How many times taller than wide a terminal cell is drawn."""
FRAME_WIDTH, FRAME_HEIGHT = 8, 3
"""The smallest box that takes a border: inside it, a line of a mark, two characters and "…"."""
RELOCATE_REACH = 2
"""How many cells away a free cell may be for an article that lost its own."""

ReadState = Literal["unread", "opened", "read"]
MARKS: dict[str, str] = {"unread": "●", "opened": "◐", "read": "✓"}
"""The read-state marks of the headline list: unread, in progress, read."""
PART_MARK = "↳"
"""A continued part (上接): read with its first part, so it carries no read state of its own."""
ELLIPSIS = "…"
Direction = Literal["left", "right", "up", "down"]


class Box(NamedTuple):
    """A rectangle of cells: left column, top row, width and height (columns and rows)."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column."""
        return self.left + self.width

    @property
    def bottom(self) -> int:
        """One past the last row."""
        return self.top + self.height

    @property
    def area(self) -> int:
        return max(self.width, 0) * max(self.height, 0)

    def holds(self, column: int, row: int) -> bool:
        return self.left <= column < self.right and self.top <= row < self.bottom

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def common(self, other: Box) -> int:
        """How many cells the two boxes share."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(width, 0) * max(height, 0)

    def inset(self) -> Box:
        """The box inside a one-cell border."""
        return Box(self.left + 1, self.top + 1, self.width - 2, self.height - 2)


class LabelLine(NamedTuple):
    """One line of an article's label, at a cell of the grid."""

    column: int
    row: int
    text: str


class Area(NamedTuple):
    """One article on the map."""

    article_id: str
    box: Box
    framed: bool
    """Large enough for a border: the label sits inside it."""
    label: tuple[LabelLine, ...]
    merged: tuple[str, ...] = ()
    """Articles printed inside this one's cell that got none of their own."""
    more: tuple[LabelLine, ...] = ()
    """Under a whole title, where the box has room: the subtitle and the byline."""
    plus: LabelLine | None = None
    """"+N" for the N `merged` articles, at the end of the box's last row (None: none merged)."""

    @property
    def inner(self) -> Box:
        """Where the label may go."""
        return self.box.inset() if self.framed else self.box

    @property
    def centre(self) -> tuple[float, float]:
        """The box's middle, both in column widths (a row is CELL_ASPECT columns tall)."""
        return (self.box.left + self.box.width / 2, (self.box.top + self.box.height / 2) * CELL_ASPECT)


class PageMapLayout(NamedTuple):
    """A page's map on a grid of `width` × `height` cells (at most the size asked for)."""

    width: int
    height: int
    areas: tuple[Area, ...]
    """In print order; the lead article (the page's first) comes first."""

    def area(self, article_id: str) -> Area | None:
        """The article's own area, or the one it is merged into."""
        return next(
            (a for a in self.areas if a.article_id == article_id or article_id in a.merged),
            None,
        )

    def at(self, column: int, row: int) -> Area | None:
        """The area drawn at this cell, if any."""
        return next((a for a in self.areas if a.box.holds(column, row)), None)


def has_regions(page: Page) -> bool:
    """Whether the page says where any of its articles is printed."""
    return any(article.regions for article in page.articles)


def lay_out(
    page: Page,
    width: int,
    height: int,
    *,
    states: Mapping[str, ReadState] | None = None,
    counts: Mapping[str, int] | None = None,
    parts: frozenset[str] = frozenset(),
) -> PageMapLayout:
    """The page's map on a grid of at most `width` × `height` cells.

    `states`: each article's read state (none given: no marks); `counts`: its keyword matches;
    `parts`: ids of continued parts, marked ↳ instead of a read state.
    """
    placed = [a for a in page.articles if a.regions]
    extent = _extent(r for a in placed for r in a.regions)
    if extent is None or width < 1 or height < 1:
        return PageMapLayout(max(width, 0), max(height, 0), ())
    left, top, right, bottom = extent
    scale = min(width / max(right - left, 1e-9), height * CELL_ASPECT / max(bottom - top, 1e-9))
    grid_width = max(1, min(width, _round((right - left) * scale)))
    grid_height = max(1, min(height, _round((bottom - top) * scale / CELL_ASPECT)))

    def cells(region: Region) -> Box:
        columns = _span(region.x - left, region.width, scale, grid_width)
        rows = _span(region.y - top, region.height, scale / CELL_ASPECT, grid_height)
        return Box(columns[0], rows[0], columns[1] - columns[0], rows[1] - rows[0])

    printed = {a.id: tuple(cells(r) for r in a.regions) for a in placed}
    boxes = {key: _bounds(regions) for key, regions in printed.items()}
    weight = {a.id: sum(r.width * r.height for r in a.regions) for a in placed}
    merged: dict[str, list[str]] = {}
    for key, cell in _separate(boxes, printed, weight):
        spot = _free_cell(cell, boxes, grid_width, grid_height)
        if spot is not None:
            boxes[key] = spot
            continue
        host = _host(cell, boxes, merged)
        merged.setdefault(host, []).append(key)
    areas = []
    for article in placed:
        box = boxes.get(article.id)
        if box is None:
            continue
        framed = box.width >= FRAME_WIDTH and box.height >= FRAME_HEIGHT
        inner = box.inset() if framed else box
        joined = tuple(merged.get(article.id, ()))
        plus, room = _plus(inner, len(joined))
        mark = _mark(article.id, states, parts)
        tail = f"◆{counts[article.id]}" if counts and counts.get(article.id) else ""
        lines = label_lines(article.title, room.width, room.height, mark=mark, tail=tail)
        label = tuple(LabelLine(room.left, room.top + i, text) for i, text in enumerate(lines))
        more = _more(article, room, len(lines)) if not lines or not lines[-1].endswith(ELLIPSIS) else ()
        areas.append(Area(article.id, box, framed, label, joined, more, plus))
    return PageMapLayout(grid_width, grid_height, tuple(areas))


def label_lines(title: str, width: int, height: int, *, mark: str = "", tail: str = "") -> list[str]:
    """An article's label in a box of `width` × `height` cells: the mark, then the title set by
    the CJK line breaker, then the tail (the keyword count). A title that does not fit ends in
    "…" on the last line, the tail kept after it while there is room, and the mark before both;
    no line is wider than the box."""
    if width < 1 or height < 1:
        return []
    whole = mark + " ".join(title.split()) + (" " + tail if tail else "")
    lines = [line.text.rstrip() for line in wrap_title(whole, width)]
    if len(lines) > height:
        lines, last = lines[:height], lines[height - 1]
        for suffix in (ELLIPSIS + tail, ELLIPSIS):
            kept = clip(last, width - cell_width(suffix)).rstrip()
            if kept:
                lines[-1] = kept + suffix
                break
        else:  # room for one piece only: the mark, else a sign that the title goes on
            lines[-1] = clip(last, width) or clip(ELLIPSIS, width)
    return [clip(line, width) for line in lines]


def clip(text: str, width: int) -> str:
    """The longest start of `text` that takes at most `width` cells."""
    used = 0
    for index, character in enumerate(text):
        used += cell_width(character)
        if used > width:
            return text[:index]
    return text


def neighbour(layout: PageMapLayout, article_id: str, direction: Direction) -> str | None:
    """The article whose area is next in `direction` from this one's: among the areas whose
    middle lies that way, those level with it (sharing a row, or a column) first, then the
    nearest, a step across counting twice a step along."""
    here = layout.area(article_id)
    if here is None:
        return None
    x, y = here.centre
    best: tuple[tuple[bool, float], str] | None = None
    for area in layout.areas:
        if area is here:
            continue
        dx, dy = area.centre[0] - x, area.centre[1] - y
        along, across = {"right": (dx, dy), "left": (-dx, dy), "down": (dy, dx), "up": (-dy, dx)}[direction]
        if along <= 0:
            continue
        if direction in ("left", "right"):
            level = area.box.top < here.box.bottom and here.box.top < area.box.bottom
        else:
            level = area.box.left < here.box.right and here.box.left < area.box.right
        score = (not level, along + 2 * abs(across))
        if best is None or score < best[0]:
            best = (score, area.article_id)
    return best[1] if best is not None else None


def _more(article: Article, inner: Box, used: int) -> tuple[LabelLine, ...]:
    """The subtitle and the byline, in the rows the title leaves, as far as they go."""
    lines: list[str] = []
    for text in (article.subtitle, byline_line(article)):
        if text:
            lines += label_lines(text, inner.width, inner.height - used - len(lines))
    return tuple(LabelLine(inner.left, inner.top + used + i, text) for i, text in enumerate(lines))


def _mark(article_id: str, states: Mapping[str, ReadState] | None, parts: frozenset[str]) -> str:
    if article_id in parts:
        return PART_MARK
    return MARKS[states.get(article_id, "unread")] if states is not None else ""


def _round(value: float) -> int:
    """Half up, the same on every platform (Python's round goes to even)."""
    return math.floor(value + 0.5)


def _extent(regions: Iterable[Region]) -> tuple[float, float, float, float] | None:
    """The smallest box in points holding every region: left, top, right, bottom."""
    boxes = [(r.x, r.y, r.x + r.width, r.y + r.height) for r in regions]
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _span(start: float, length: float, scale: float, limit: int) -> tuple[int, int]:
    """The cells [first, last) a stretch of points falls on: its edges rounded to the nearest cell
    boundary (so a gutter between two articles keeps them apart), and at least one cell."""
    first = min(max(_round(start * scale), 0), limit)
    last = min(max(_round((start + length) * scale), first), limit)
    if last == first:
        first, last = (first, first + 1) if first < limit else (limit - 1, limit)
    return first, last


def _bounds(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    left, top = min(b.left for b in boxes), min(b.top for b in boxes)
    return Box(left, top, max(b.right for b in boxes) - left, max(b.bottom for b in boxes) - top)


def _kept(printed: tuple[Box, ...], box: Box) -> float:
    """The share of an article's printed cells still inside `box`."""
    total = sum(b.area for b in printed)
    return sum(b.common(box) for b in printed) / total if total else 0.0


def _separate(
    boxes: dict[str, Box], printed: Mapping[str, tuple[Box, ...]], weight: Mapping[str, float]
) -> list[tuple[str, Box]]:
    """Cut overlapping boxes apart in place. Returns the articles that could keep no cell (two
    printed inside the same cell, the one printing less gives way) with the cell they lost."""
    lost: list[tuple[str, Box]] = []
    keys = list(boxes)
    changed = True
    while changed:
        changed = False
        for i, first in enumerate(keys):
            for second in keys[i + 1 :]:
                if first not in boxes or second not in boxes or not boxes[first].overlaps(boxes[second]):
                    continue
                cut = _best_cut(boxes[first], boxes[second], printed[first], printed[second])
                if cut is None:
                    smaller = second if weight[second] <= weight[first] else first
                    lost.append((smaller, boxes.pop(smaller)))
                else:
                    boxes[first], boxes[second] = cut
                changed = True
    return lost


def _best_cut(
    a: Box, b: Box, printed_a: tuple[Box, ...], printed_b: tuple[Box, ...]
) -> tuple[Box, Box] | None:
    """The straight cut between two overlapping boxes that leaves both at least one cell and
    keeps the most of what each prints (as shares, so a small article counts as much as a large
    one), then the most cells; None when no cut leaves both a cell."""
    best: tuple[tuple[float, int], tuple[Box, Box]] | None = None
    for cut_a, cut_b in _cuts(a, b):
        score = (-(_kept(printed_a, cut_a) + _kept(printed_b, cut_b)), -(cut_a.area + cut_b.area))
        if best is None or score < best[0]:
            best = (score, (cut_a, cut_b))
    return best[1] if best is not None else None


def _cuts(a: Box, b: Box) -> Iterable[tuple[Box, Box]]:
    """Every way to split two boxes by one line across the page or down it, each keeping a side."""
    for first, second, flip in ((a, b, False), (b, a, True)):
        for line in range(first.left + 1, second.right):
            before = Box(first.left, first.top, min(first.right, line) - first.left, first.height)
            after = Box(
                max(second.left, line), second.top, second.right - max(second.left, line), second.height
            )
            yield (after, before) if flip else (before, after)
        for line in range(first.top + 1, second.bottom):
            before = Box(first.left, first.top, first.width, min(first.bottom, line) - first.top)
            after = Box(
                second.left, max(second.top, line), second.width, second.bottom - max(second.top, line)
            )
            yield (after, before) if flip else (before, after)


def plus_label(count: int) -> str:
    """What an area says for the `count` articles merged into it."""
    return f"+{count}"


def _host(cell: Box, boxes: Mapping[str, Box], merged: Mapping[str, list[str]]) -> str:
    """The area a lost article joins: of those with room for the "+N" it would then carry, the one
    it is printed in, else the nearest (edge to edge, a row counting CELL_ASPECT columns); with
    none that has room, the nearest of all."""

    def distance(box: Box) -> float:
        across = max(box.left - cell.right + 1, cell.left - box.right + 1, 0)
        down = max(box.top - cell.bottom + 1, cell.top - box.bottom + 1, 0)
        return math.hypot(across, down * CELL_ASPECT)

    def room(key: str) -> bool:
        box = boxes[key]
        inner = box.inset() if box.width >= FRAME_WIDTH and box.height >= FRAME_HEIGHT else box
        return inner.width >= cell_width(plus_label(len(merged.get(key, ())) + 1))

    order = sorted(boxes, key=lambda k: (not boxes[k].overlaps(cell), distance(boxes[k])))
    return next((k for k in order if room(k)), order[0])


def _plus(inner: Box, count: int) -> tuple[LabelLine | None, Box]:
    """The "+N" of an area that stands for `count` more articles, right-aligned on its last row,
    and the box left for the title: the rows above it, or on a one-row box the cells before it
    (and a space)."""
    if not count:
        return None, inner
    text = clip(plus_label(count), inner.width)
    column = inner.right - cell_width(text)
    label = LabelLine(column, inner.bottom - 1, text)
    if inner.height > 1:
        return label, Box(inner.left, inner.top, inner.width, inner.height - 1)
    gap = 1 if column - inner.left > 1 else 0
    return label, Box(inner.left, inner.top, column - inner.left - gap, 1)


def _free_cell(near: Box, boxes: Mapping[str, Box], width: int, height: int) -> Box | None:
    """The nearest cell within reach of `near` that no box holds."""
    for reach in range(1, RELOCATE_REACH + 1):
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                if max(abs(dx), abs(dy)) != reach:
                    continue
                column, row = near.left + dx, near.top + dy
                if (
                    0 <= column < width
                    and 0 <= row < height
                    and not any(b.holds(column, row) for b in boxes.values())
                ):
                    return Box(column, row, 1, 1)
    return None
