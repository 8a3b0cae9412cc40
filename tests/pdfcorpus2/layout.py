"""A second-corpus page set in type: every glyph's place, the rules, boxes and tints, the
pictures, and the boxes each article was drawn in. Coordinates are PDF points from the page's
top-left, y downward, as `paperterm.model.issue.Region` has them.

Set as a Founder page is set: justified columns (setting.py) balanced to a common bottom, a
小标题 never left at a column's foot; each role in its own face; the grid's columns need not be
whole ems or equal, nor a module's columns equal to the grid's.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from paperterm.model.issue import Heading, Region
from tests.pdfcorpus.canonical import chinese_numeral
from tests.pdfcorpus2.faces import Face, advance
from tests.pdfcorpus2.setting import Paragraph, Segment, SetLine, set_plain
from tests.pdfcorpus2.spec import (
    Bold,
    Briefs,
    Display,
    Figures,
    Headline,
    PageSpec,
    PdfSpec,
    Photo,
    PullQuote,
    RunningHead,
    Said,
    Story,
    Table,
    Verse,
)

ASCENT = 0.88
"""Baseline below a line's top, in ems."""
MARGIN = 28.0
MODULE_GAP = 14.0
HEADLINE_GAP = 9.0
BOX_PAD = 6.0
CAPTION_PITCH = 1.45
"""A caption's line pitch in its own size."""
AMBIGUOUS = 24.0
"""Module tops closer than this, but not equal, would leave reading order to taste."""
WEEKDAYS = "一二三四五六日"
Unit = tuple[int, int, int]
"""(module, part, line): what the content stream may draw in a shuffled order; module 0 is the
page's furniture."""


@dataclass(frozen=True)
class Run:
    """Glyphs in one face and size on one baseline; turned 90° (reading upward) or −90°
    (reading downward) for a line set in the margin, the glyphs then stand along y."""

    face: Face
    size: float
    glyphs: tuple[tuple[float, float, str], ...]
    """(x, baseline y, character) of each glyph's origin."""
    bold: Bold = "none"
    white: bool = False
    angle: int = 0
    role: str = "body"
    """body, caption, headline or furniture: the headlines-last stream draws headlines last."""
    unit: Unit = (0, 0, 0)


@dataclass(frozen=True)
class Shape:
    """A stroked rectangle, a tinted one (`fill` grey level), or a rule (no height or width)."""

    x: float
    y: float
    width: float
    height: float
    stroke: float = 0.0
    fill: float | None = None
    unit: Unit = (0, 0, 0)


@dataclass(frozen=True)
class Picture:
    x: float
    y: float
    width: float
    height: float
    seed: int
    unit: Unit = (0, 0, 0)


@dataclass
class LaidPage:
    """Everything drawn on one page, each article's regions in reading order, and every body
    line as set (for checking what the corpus covers)."""

    size: tuple[float, float]
    runs: list[Run] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    regions: list[tuple[Region, ...]] = field(default_factory=list)
    set_lines: list[SetLine] = field(default_factory=list)


@dataclass(frozen=True)
class _Column:
    x: float
    width: float


@dataclass(frozen=True)
class _Placed:
    """A body line with its place in a column: offsets from the column's left; a drop cap
    beside it (its character and size, at the column's left, its top level with the line's)."""

    glyphs: tuple[tuple[float, str, Face, Bold], ...]
    cap: tuple[str, float] | None = None
    display: Display | None = None
    """Display type set in the column instead of a line (its rows: `display_rows`)."""


CAP_LINES = 2
"""Lines a drop cap stands beside."""
CAP_GAP = 0.3
"""Ems of body type between a drop cap and the lines beside it."""
DISPLAY_PITCH = 1.3
"""A pull quote's line pitch, and a figure's, in its own size."""
DISPLAY_AIR = 0.6
"""Ems of body type between display type and its rules or box."""


def date_line(date: dt.date) -> str:
    """`2025年11月12日　星期三`."""
    return f"{date.year}年{date.month}月{date.day}日　星期{WEEKDAYS[date.weekday()]}"


class _Flow:
    """A module's body as a stream of lines, each set to the width of the column it lands in."""

    def __init__(self, story: Story, page: PageSpec) -> None:
        self.page = page
        em = page.body_size
        self.blocks: list[tuple[str, object]] = []
        self.cap: str | None = None
        """The drop cap's character, while lines are still to be set beside it."""
        self.cap_rows = 0
        if story.continued_from:
            self.blocks.append(("left", story.continued_from))
        if story.byline:
            self.blocks.append(("left", story.byline))
        for index, block in enumerate(story.body):
            if isinstance(block, Heading):
                self.blocks.append(("heading", block.text))
                continue
            if isinstance(block, PullQuote | Figures):
                self.blocks.append(("display", block))
                continue
            if isinstance(block, Verse):
                if self.blocks and self.blocks[-1][0] in ("left", "centre"):
                    self.blocks.append(("gap", ""))
                pad = "\u3000" * block.indent
                self.blocks.extend(
                    ("centre", line) if block.centred else ("left", pad + line) for line in block.lines
                )
                continue
            if isinstance(block, Said):
                face = page.heading_face if block.whole else page.body_face
                segments = [Segment(block.label, page.heading_face), Segment(block.text, face)]
            else:
                text = (story.dateline or "") + block if index == 0 else block
                if index == len(story.body) - 1 and story.closing and not story.closing_apart:
                    text += story.closing
                if index == 0 and story.drop_cap:
                    self.cap = text[0]
                    text = text[1:]
                segments = [Segment(text, page.body_face)]
            self.blocks.append(
                (
                    "para",
                    Paragraph(
                        segments,
                        em,
                        indent=0 if index == 0 and self.cap else 2,
                        justify=True,
                        punctuation=page.punctuation,
                        break_latin=page.break_latin,
                    ),
                )
            )
        if story.signature:
            self.blocks.append(("right", story.signature))
        if story.closing and story.closing_apart:
            self.blocks.append(("right", story.closing))
        if story.continued_on:
            self.blocks.append(("right", story.continued_on))
        self.at = 0
        self.set_lines: list[SetLine] = []
        self.stanzas: set[tuple[int, int]] = set()
        """(column, row) of each line that opens a stanza after a blank line: a piece of its own."""

    @property
    def done(self) -> bool:
        return self.at >= len(self.blocks)

    def at_heading(self) -> bool:
        return not self.done and self.blocks[self.at][0] == "heading"

    def cap_size(self) -> float:
        """A drop cap spans its lines: from the first's top to the last's foot."""
        page = self.page
        return (CAP_LINES - 1) * page.leading * page.body_size + page.body_size

    def at_gap(self) -> bool:
        """A blank line between two stanzas comes next: it takes a row, unless atop a column."""
        return not self.done and self.blocks[self.at][0] == "gap"

    def at_display(self) -> bool:
        return not self.done and self.blocks[self.at][0] == "display"

    def take(self, width: float) -> _Placed:
        kind, value = self.blocks[self.at]
        page, em = self.page, self.page.body_size
        if isinstance(value, PullQuote | Figures):
            self.at += 1
            return _Placed((), display=value)
        if isinstance(value, Paragraph):
            shift = 0.0
            if self.cap is not None:
                shift = self.cap_size() + CAP_GAP * em
            line = value.line(width - shift)
            self.set_lines.append(line)
            if value.done:
                self.at += 1
            faces = value.segments
            placed = tuple((x + shift, ch, faces[s].face, faces[s].bold) for x, ch, s in line.glyphs)
            cap = None
            if self.cap is not None:
                cap = (self.cap, self.cap_size()) if self.cap_rows == 0 else None
                self.cap_rows += 1
                if self.cap_rows == CAP_LINES or value.done:
                    self.cap = None
            return _Placed(placed, cap)
        self.at += 1
        assert isinstance(value, str)
        face = page.heading_face if kind == "heading" else page.body_face
        glyphs, text_width = set_plain(value, face, em)
        if text_width > width + 0.01:
            raise ValueError(f"{value!r} is wider than its {width:.0f} pt column")
        centred = (width - text_width) / 2
        shift = {"left": 0.0, "right": width - text_width, "heading": centred, "centre": centred}[kind]
        return _Placed(tuple((x + shift, ch, face, "none") for x, ch in glyphs))


class _Page:
    """Lays out one page: furniture first, then each module where its place says."""

    def __init__(self, page: PageSpec, pdf: PdfSpec) -> None:
        self.page, self.pdf = page, pdf
        self.out = LaidPage(page.size)
        width, height = page.size
        self.em = page.body_size
        self.pitch = page.leading * self.em
        self.gutter = page.gutter * self.em
        widths = [w * self.em for w in page.grid]
        grid = sum(widths) + (len(widths) - 1) * self.gutter
        if grid > width - 2 * MARGIN:
            raise ValueError(f"page {page.number}: the column grid is wider than the page")
        self.left = (width - grid) / 2
        self.right = self.left + grid
        self.xs: list[tuple[float, float]] = []
        x = self.left
        for w in widths:
            self.xs.append((x, x + w))
            x += w + self.gutter
        self.top, self.bottom = MARGIN, height - MARGIN
        self.line_no = 0
        head = page.running_head
        if head is not None and head.at == "top":
            self.top = self._running_head(head, self.top)
        if page.masthead is not None:
            self.top = self._masthead(self.top)
        if head is not None and head.at == "bottom":
            self.bottom = self._running_head(head, self.bottom)
        if page.editor and page.editor_at == "foot":
            self.bottom = self._footer(self.bottom)
        self.cursors = [self.top] * len(widths)
        self.spans: list[tuple[int, int, float, float]] = []
        self.tops: list[tuple[float, float]] = []

    # Drawing helpers -----------------------------------------------------------------------

    def _furniture(self) -> Unit:
        self.line_no += 1
        return (0, 0, self.line_no)

    def plain(
        self,
        text: str,
        x: float,
        top: float,
        face: Face,
        size: float,
        *,
        role: str,
        unit: Unit,
        tracking: float = 0.0,
        bold: Bold = "none",
        white: bool = False,
    ) -> Run:
        glyphs, _ = set_plain(text, face, size, tracking)
        baseline = top + ASCENT * size
        run = Run(face, size, tuple((x + gx, baseline, ch) for gx, ch in glyphs), bold, white, 0, role, unit)
        self.out.runs.append(run)
        return run

    def shape(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        unit: Unit,
        stroke: float = 0.0,
        fill: float | None = None,
    ) -> None:
        self.out.shapes.append(Shape(x, y, w, h, stroke, fill, unit))

    # Furniture -------------------------------------------------------------------------------

    def _running_head(self, head: RunningHead, y: float) -> float:
        """Pieces left and right on one baseline; a rule under them at the top, over them at the foot."""
        page = self.page
        values = {
            "n": str(page.number),
            "cn": chinese_numeral(page.number),
            "name": page.name or "",
            "date": date_line(self.pdf.date),
        }
        top = y + 4 if head.at == "top" else y - 18
        pieces: list[tuple[str, str, Face, float]] = []
        for template, style in (*head.left, *head.right):
            text = template.format(**values)
            face: Face = "song" if "{date}" in template else "hei"
            size = 14.0 if template == "{n}" else 9.0 if "{date}" in template else 11.0
            pieces.append((text, style, face, size))
        x = self.left
        placed: list[tuple[float, tuple[str, str, Face, float]]] = []
        for piece in pieces[: len(head.left)]:
            placed.append((x, piece))
            x += set_plain(piece[0], piece[2], piece[3])[1] + 10
        x = self.right
        for piece in reversed(pieces[len(head.left) :]):
            x -= set_plain(piece[0], piece[2], piece[3])[1]
            placed.append((x, piece))
            x -= 10
        for x, (text, style, face, size) in placed:
            line_top = top + (14.0 - size) * ASCENT
            unit = self._furniture()
            if style != "plain":
                width = set_plain(text, face, size)[1]
                fill = 0.0 if style == "reverse" else None
                self.shape(x - 3, line_top - 3, width + 6, size + 5, unit, 0.0 if fill == 0.0 else 0.6, fill)
            self.plain(text, x, line_top, face, size, role="furniture", unit=unit, white=style == "reverse")
        if head.at == "top":
            self.shape(self.left, y + 24, self.right - self.left, 0, self._furniture(), 0.8)
            return y + 32
        self.shape(self.left, y - 24, self.right - self.left, 0, self._furniture(), 0.8)
        return y - 32

    def _masthead(self, y: float) -> float:
        masthead = self.page.masthead
        assert masthead is not None
        size = masthead.size
        if masthead.logo:
            width = set_plain(self.pdf.paper, masthead.face, size)[1]
            self.out.pictures.append(Picture(self.left, y, width, size, -1, self._furniture()))
        else:
            self.plain(
                self.pdf.paper, self.left, y, masthead.face, size, role="furniture", unit=self._furniture()
            )
        if masthead.barcode:
            self._barcode(self.right - 96, y + 4, 30)
        imprint_x = self.right - 96 - 8
        for k, text in enumerate(masthead.imprint):
            width = set_plain(text, "song", 7.5)[1]
            self.plain(
                text, imprint_x - width, y + 6 + 11 * k, "song", 7.5, role="furniture", unit=self._furniture()
            )
        traditional = self.pdf.language == "zh-Hant"
        date = date_line(self.pdf.date)
        if masthead.lunar:
            date += ("　農曆" if traditional else "　农历") + masthead.lunar
        line_top = y + size + 8
        self.plain(date, self.left, line_top, "song", 10.0, role="furniture", unit=self._furniture())
        if self.pdf.edition:
            width = set_plain(self.pdf.edition, "song", 10.0)[1]
            self.plain(
                self.pdf.edition,
                self.right - width,
                line_top,
                "song",
                10.0,
                role="furniture",
                unit=self._furniture(),
            )
        rule_y = line_top + 16
        self.shape(self.left, rule_y, self.right - self.left, 0, self._furniture(), masthead.rule)
        return rule_y + 12

    def _barcode(self, x: float, y: float, height: float) -> None:
        """An EAN-like pattern of thin bars: tiny filled rectangles, no text."""
        unit = self._furniture()
        widths = (1.0, 0.5, 1.5, 0.5, 0.5, 2.0, 1.0, 0.5, 1.5, 1.0)
        for k in range(38):
            w = widths[(k * 7) % len(widths)]
            if k % 3 != 2:
                self.shape(x, y, w, height, unit, fill=0.0)
            x += w + 0.8

    def _footer(self, y: float) -> float:
        size = 7.5
        for text in reversed(self.page.editor):
            y -= size + 3
            self.plain(text, self.left, y, "song", size, role="furniture", unit=self._furniture())
        y -= 5
        self.shape(self.left, y, self.right - self.left, 0, self._furniture(), 0.5)
        return y - 6

    def margin_lines(self) -> None:
        """Editor lines turned 90° in the left margin (reading upward) or −90° in the right one."""
        page = self.page
        if not page.editor or page.editor_at == "foot":
            return
        size = 7.0
        middle = page.size[1] / 2
        for k, text in enumerate(page.editor):
            glyphs, length = set_plain(text, "song", size)
            if page.editor_at == "left":
                base_x = self.left - 8 - k * (size + 3)
                start = middle + length / 2
                placed = tuple((base_x, start - s, ch) for s, ch in glyphs)
                angle = 90
            else:
                base_x = self.right + 8 + k * (size + 3)
                start = middle - length / 2
                placed = tuple((base_x, start + s, ch) for s, ch in glyphs)
                angle = -90
            self.out.runs.append(
                Run("song", size, placed, "none", False, angle, "furniture", self._furniture())
            )

    def column_rules(self) -> None:
        """Thin rules down the gutters, broken where a module spans the gutter, as far down as
        both columns beside it hold something."""
        if not self.page.column_rules:
            return
        for gutter in range(len(self.xs) - 1):
            x = (self.xs[gutter][1] + self.xs[gutter + 1][0]) / 2
            bottom = min(self.cursors[gutter], self.cursors[gutter + 1]) - MODULE_GAP
            blocked = sorted(
                (top - MODULE_GAP / 2, end + MODULE_GAP / 2)
                for first, span, top, end in self.spans
                if first <= gutter < first + span - 1
            )
            y = self.top
            for start, end in [*blocked, (bottom, bottom)]:
                if start - y > 10:
                    self.shape(x, y, 0, start - y, self._furniture(), 0.4)
                y = max(y, end)

    # Modules ---------------------------------------------------------------------------------

    def _span_x(self, column: int, span: int) -> tuple[float, float]:
        if column + span > len(self.xs):
            raise ValueError(f"page {self.page.number}: columns {column}+{span} are off the grid")
        return self.xs[column][0], self.xs[column + span - 1][1]

    def _columns(self, x0: float, x1: float, split: tuple[float, ...]) -> list[_Column]:
        room = x1 - x0 - (len(split) - 1) * self.gutter
        columns, x = [], x0
        for weight in split:
            width = room * weight / sum(split)
            columns.append(_Column(x, width))
            x += width + self.gutter
        return columns

    def story(self, story: Story, item: int) -> None:
        place = story.place
        x0, x1 = self._span_x(place.column, place.span)
        top = (
            place.top
            if place.top is not None
            else max(self.cursors[place.column : place.column + place.span])
        )
        pad = BOX_PAD if story.boxed else 0.0
        bx0, bx1, body_top = x0 + pad, x1 - pad, top + pad
        regions: list[Region] = []
        head = story.headline
        if head is not None:
            if head.side == "above":
                region = self._headline(head, bx0, bx1, body_top, item)
                body_top = region.y + region.height + HEADLINE_GAP
            else:
                strip = place.head * self.em
                if head.side == "left":
                    hx0, hx1, bx0 = bx0, bx0 + strip, bx0 + strip + self.gutter
                else:
                    hx0, hx1, bx1 = bx1 - strip, bx1, bx1 - strip - self.gutter
                region = self._headline(head, hx0, hx1, body_top, item)
            regions.append(region)
        if story.note is not None:
            pad = BOX_PAD if story.note_tint else 0.0
            region = self._note(story.note, bx0 + pad, bx1 - pad, body_top + pad, item)
            regions.append(region)
            if story.note_tint:
                height = region.height + 2 * pad
                self.shape(bx0, body_top, bx1 - bx0, height, (item, 7, 99), fill=0.9)
            body_top = region.y + region.height + pad + HEADLINE_GAP
        split = place.split or (1.0,) * place.span
        columns = self._columns(bx0, bx1, split)
        starts = [body_top] * len(columns)
        if story.photo is not None:
            regions.extend(self._photo(story.photo, columns, body_top, starts, item))
        if story.body or story.byline or story.signature:
            regions.extend(self._fill(story, columns, starts, item))
        if story.aside is not None:
            last = columns[-1]
            below = max(r.y + r.height for r in regions if r.part == "body" and r.x >= last.x - 1)
            regions.extend(self._aside(story.aside, last, below + HEADLINE_GAP, item))
        if story.table is not None:
            below = max(r.y + r.height for r in regions) + HEADLINE_GAP
            regions.extend(self._table(story.table, bx0, bx1, below, item))
        bottom = max(r.y + r.height for r in regions) + pad
        if story.boxed:
            self.shape(x0, top, x1 - x0, bottom - top, (item, 0, 0), 0.8)
        self._admit(regions, x0, top if story.boxed else min(r.y for r in regions), bottom)
        self.out.regions.append(tuple(regions))
        self._close(place.column, place.span, top, bottom, item, rule=not story.boxed)

    def _note(self, note: str, x0: float, x1: float, top: float, item: int) -> Region:
        """An editor's note across the module: `编者按：` run in, in the heading face, the note in
        the caption face, justified to the module's width."""
        page = self.page
        segments = [Segment("编者按：", page.heading_face), Segment(note, page.caption_face)]
        paragraph = Paragraph(segments, self.em, indent=2, justify=True, punctuation=page.punctuation)
        row = 0
        while not paragraph.done:
            line = paragraph.line(x1 - x0)
            self.out.set_lines.append(line)
            placed = tuple((x, ch, segments[s].face, segments[s].bold) for x, ch, s in line.glyphs)
            self._draw_line(placed, x0, top + row * self.pitch, (item, 7, row), "body")
            row += 1
        return Region("body", x0, top, x1 - x0, (row - 1) * self.pitch + self.em)

    def _aside(self, aside: tuple[str, str], column: _Column, top: float, item: int) -> list[Region]:
        """A boxed aside in the column: its label on a line of its own, then its text; their
        regions, as wide as the box drawn round them."""
        page, em = self.page, self.em
        label, text = aside
        x0 = column.x + BOX_PAD
        width = column.width - 2 * BOX_PAD
        unit = (item, 5, 0)
        self.plain(label, x0, top + BOX_PAD, page.heading_face, em, role="body", unit=unit)
        paragraph = Paragraph(
            [Segment(text, page.caption_face)], em, indent=2, justify=True, punctuation=page.punctuation
        )
        row = 1
        while not paragraph.done:
            line = paragraph.line(width)
            placed = tuple((x, ch, page.caption_face, "none") for x, ch, _ in line.glyphs)
            self._draw_line(placed, x0, top + BOX_PAD + row * self.pitch, unit, "body")
            row += 1
        bottom = top + BOX_PAD + (row - 1) * self.pitch + em
        self.shape(column.x, top, column.width, bottom + BOX_PAD - top, unit, 0.6)
        text_top = top + BOX_PAD + self.pitch
        # as wide as the box: its text's measure is the box's, less its padding
        return [
            Region("body", column.x, top + BOX_PAD, column.width, em),
            Region("body", column.x, text_top, column.width, bottom - text_top),
        ]

    def _table(self, table: Table, x0: float, x1: float, top: float, item: int) -> list[Region]:
        """A 三线表 across x0..x1 from `top`: title, rules, rows, source; their regions (the title
        as wide as it is set, the rows and the source as the table)."""
        page, size = self.page, self.em - 1.0
        pitch = size * 1.6
        unit = (item, 6, 0)
        width = set_plain(table.title, page.heading_face, self.em)[1]
        title_x = x0 + (x1 - x0 - width) / 2
        self.plain(table.title, title_x, top, page.heading_face, self.em, role="body", unit=unit)
        regions = [Region("body", title_x, top, width, self.em)]
        y = top + self.em * 1.6
        cells = len(table.rows[0])
        cell = (x1 - x0) / cells
        for row_no, row in enumerate(table.rows):
            if row_no == 0:
                self.shape(x0, y - 3, x1 - x0, 0, unit, 0.8)
            face = page.heading_face if row_no == 0 else page.body_face
            for k, text in enumerate(row):
                width = set_plain(text, face, size)[1]
                self.plain(text, x0 + k * cell + (cell - width) / 2, y, face, size, role="body", unit=unit)
            y += pitch
            if row_no == 0:
                self.shape(x0, y - 4, x1 - x0, 0, unit, 0.4)
        self.shape(x0, y - 4, x1 - x0, 0, unit, 0.8)
        rows_top = top + self.em * 1.6
        regions.append(Region("body", x0, rows_top, x1 - x0, y - pitch + size - rows_top))
        if table.source:
            y += 2
            self.plain(table.source, x0, y, page.body_face, size, role="body", unit=unit)
            regions.append(Region("body", x0, y, x1 - x0, size))
        return regions

    def briefs(self, briefs: Briefs, first_item: int) -> None:
        """Each brief one paragraph: its bold lead-in, a 全角 space, its dateline and text."""
        place, page = briefs.place, self.page
        x0, x1 = self._span_x(place.column, place.span)
        top = (
            place.top
            if place.top is not None
            else max(self.cursors[place.column : place.column + place.span])
        )
        pad = BOX_PAD if briefs.shaded else 0.0
        width = x1 - x0 - 2 * pad
        y = top + pad
        for k, brief in enumerate(briefs.items):
            item = first_item + k
            segments = [
                Segment(brief.title, briefs.lead_face, briefs.lead_bold),
                Segment("　" + brief.dateline + brief.text, page.body_face),
            ]
            paragraph = Paragraph(segments, self.em, indent=2, justify=True, punctuation=page.punctuation)
            lead: list[tuple[float, float]] = []
            first_top = y
            row = 0
            while not paragraph.done:
                line = paragraph.line(width)
                self.out.set_lines.append(line)
                line_top = y + row * self.pitch
                placed = tuple((x, ch, segments[s].face, segments[s].bold) for x, ch, s in line.glyphs)
                self._draw_line(placed, x0 + pad, line_top, (item, 1, row), "body")
                lead += [(x0 + pad + x, line_top) for x, _, s in line.glyphs if s == 0]
                row += 1
            last_top = y + (row - 1) * self.pitch
            lead_left = min(x for x, _ in lead)
            lead_right = max(x for x, _ in lead) + self.em
            lead_bottom = max(t for _, t in lead) + self.em
            regions = (
                Region("headline", lead_left, first_top, lead_right - lead_left, lead_bottom - first_top),
                Region("body", x0 + pad, first_top, width, last_top + self.em - first_top),
            )
            self._admit(list(regions), x0, top if k == 0 else first_top, last_top + self.em)
            self.out.regions.append(regions)
            y = last_top + self.pitch + self.em * 0.8
        bottom = y - self.pitch - self.em * 0.8 + self.em + pad
        if briefs.shaded:
            self.shape(x0, top, x1 - x0, bottom - top, (first_item, 0, 0), fill=0.88)
        self._close(place.column, place.span, top, bottom, first_item, rule=not briefs.shaded)

    def _admit(self, regions: list[Region], x0: float, top: float, bottom: float) -> None:
        """An article is listed in reading order (top to bottom, left before right at one height),
        no two tops nearly meet, nothing overlaps an earlier article, and it ends above the foot."""
        number = self.page.number
        if bottom > self.bottom + 0.01:
            raise ValueError(f"page {number}: {regions[0]} runs {bottom - self.bottom:.0f} pt past the foot")
        for other_top, _ in self.tops:
            if 0.5 < abs(top - other_top) < AMBIGUOUS:
                raise ValueError(f"page {number}: module tops {top:.0f} and {other_top:.0f} nearly meet")
        if self.tops:
            last_top, last_left = self.tops[-1]
            if top < last_top - 0.5 or (abs(top - last_top) <= 0.5 and x0 < last_left):
                raise ValueError(f"page {number}: module at ({x0:.0f}, {top:.0f}) is out of reading order")
        for earlier in self.out.regions:
            for a in earlier:
                for b in regions:
                    if (
                        a.x < b.x + b.width
                        and b.x < a.x + a.width
                        and a.y < b.y + b.height
                        and b.y < a.y + a.height
                    ):
                        raise ValueError(f"page {number}: {b} overlaps {a}")
        self.tops.append((top, x0))

    def _close(self, column: int, span: int, top: float, bottom: float, item: int, *, rule: bool) -> None:
        if rule:
            x0, x1 = self._span_x(column, span)
            self.shape(x0, bottom + MODULE_GAP / 2, x1 - x0, 0, (item, 0, 1), 0.5)
        self.spans.append((column, span, top, bottom))
        for i in range(column, column + span):
            self.cursors[i] = bottom + MODULE_GAP

    def _headline(self, head: Headline, x0: float, x1: float, top: float, item: int) -> Region:
        """栏目 label, kicker, title lines, subtitle, top to bottom; left or centred in x0..x1."""
        runs: list[Run] = []
        y = top
        small = head.small or max(self.em * 1.4, head.size * 0.5)

        def put(
            text: str,
            face: Face,
            size: float,
            tracking: float = 0.0,
            bold: Bold = "none",
            white: bool = False,
        ) -> Run:
            nonlocal y
            width = set_plain(text, face, size, tracking)[1]
            if width > x1 - x0 + 0.01:
                raise ValueError(f"headline line {text!r} is wider than its {x1 - x0:.0f} pt")
            x = x0 + (x1 - x0 - width) / 2 if head.center else x0
            if white:
                x = x0 + 4
            run = self.plain(
                text,
                x,
                y,
                face,
                size,
                role="headline",
                unit=(item, 0, len(runs)),
                tracking=tracking,
                bold=bold,
                white=white,
            )
            runs.append(run)
            y += size * 1.25
            return run

        if head.series:
            size = max(self.em + 1.5, 10.5)
            if head.series_style == "band":
                self.shape(x0, y - 3, x1 - x0, size + 6, (item, 0, 0), fill=0.15)
                put(head.series, "hei", size, white=True)
                y += 6
            else:
                label = put(head.series, "hei", size)
                if head.series_style == "box":
                    left, right = (
                        label.glyphs[0][0],
                        label.glyphs[-1][0] + advance(label.glyphs[-1][2], "hei", size),
                    )
                    self.shape(left - 3, y - size * 1.25 - 3, right - left + 6, size + 6, (item, 0, 0), 0.8)
                    y += 6
        if head.kicker:
            put(head.kicker, head.kicker_face, small)
        if head.vertical:
            (title,) = head.title
            x = x0 + (x1 - x0 - head.size) / 2
            for ch in title:
                runs.append(
                    self.plain(
                        ch,
                        x,
                        y,
                        head.face,
                        head.size,
                        role="headline",
                        unit=(item, 0, len(runs)),
                        bold=head.bold,
                    )
                )
                y += head.size * 1.12
        else:
            for text, size in zip(head.title, head.line_sizes(), strict=True):
                put(text, head.face, size, head.tracking, head.bold)
        if head.subtitle:
            put(head.subtitle, head.subtitle_face, small)
        left = min(r.glyphs[0][0] for r in runs)
        right = max(r.glyphs[-1][0] + advance(r.glyphs[-1][2], r.face, r.size) for r in runs)
        first_top = runs[0].glyphs[0][1] - ASCENT * runs[0].size
        last = runs[-1]
        bottom = last.glyphs[0][1] - ASCENT * last.size + last.size
        return Region("headline", left, first_top, right - left, bottom - first_top)

    def _caption(self, photo: Photo, column: _Column) -> tuple[list[_Placed], float]:
        """The caption's lines (the credit run on, or right-aligned on its own line) and their size."""
        size = self.em - 0.5
        face = self.page.caption_face
        paragraph = Paragraph(
            [Segment(photo.caption, face)], size, indent=0, justify=True, punctuation=self.page.punctuation
        )
        lines: list[_Placed] = []
        while not paragraph.done:
            line = paragraph.line(column.width)
            lines.append(_Placed(tuple((x, ch, face, "none") for x, ch, _ in line.glyphs)))
        credit, credit_width = set_plain(photo.credit, face, size)
        last = lines[-1].glyphs[-1]
        end = last[0] + advance(last[1], face, size) + size
        if not photo.credit_own_line and end + credit_width <= column.width + 0.01:
            lines[-1] = _Placed(lines[-1].glyphs + tuple((end + x, ch, face, "none") for x, ch in credit))
        else:
            shift = column.width - credit_width
            lines.append(_Placed(tuple((shift + x, ch, face, "none") for x, ch in credit)))
        return lines, size

    def _photo(
        self, photo: Photo, columns: list[_Column], top: float, starts: list[float], item: int
    ) -> list[Region]:
        first, count = photo.columns or (0, len(columns))
        px = columns[first].x
        pw = columns[first + count - 1].x + columns[first + count - 1].width - px
        self.out.pictures.append(
            Picture(px, top, pw, photo.height, len(self.out.pictures) + 7 * self.page.number, (item, 8, 0))
        )
        photo_bottom = top + photo.height
        if photo.beside:
            where = columns[first + count]
            lines, size = self._caption(photo, where)
            height = (len(lines) - 1) * size * CAPTION_PITCH + size
            caption_top = photo_bottom - height
            covered = range(first, first + count + 1)
            after = {i: photo_bottom + HEADLINE_GAP for i in covered}
        else:
            cf, cc = photo.caption_columns or (first, count)
            where = _Column(
                columns[cf].x, columns[cf + cc - 1].x + columns[cf + cc - 1].width - columns[cf].x
            )
            lines, size = self._caption(photo, where)
            height = (len(lines) - 1) * size * CAPTION_PITCH + size
            caption_top = photo_bottom + 6
            after = {i: photo_bottom + HEADLINE_GAP for i in range(first, first + count)}
            after.update({i: caption_top + height + HEADLINE_GAP for i in range(cf, cf + cc)})
        for row, line in enumerate(lines):
            self._draw_line(
                line.glyphs,
                where.x,
                caption_top + row * size * CAPTION_PITCH,
                (item, 9, row),
                "caption",
                size,
            )
        for i, start in after.items():
            starts[i] = start
        return [
            Region("photo", px, top, pw, photo.height),
            Region("caption", where.x, caption_top, where.width, height),
        ]

    def _draw_line(
        self,
        glyphs: tuple[tuple[float, str, Face, Bold], ...],
        x: float,
        top: float,
        unit: Unit,
        role: str,
        size: float | None = None,
    ) -> None:
        """A set line as runs, one per face and weight."""
        size = size or self.em
        baseline = top + ASCENT * size
        run: list[tuple[float, float, str]] = []
        for k, (gx, ch, face, bold) in enumerate(glyphs):
            run.append((x + gx, baseline, ch))
            following = glyphs[k + 1] if k + 1 < len(glyphs) else None
            if following is None or following[2:] != (face, bold):
                self.out.runs.append(Run(face, size, tuple(run), bold, False, 0, role, unit))
                run = []

    def _fill(self, story: Story, columns: list[_Column], starts: list[float], item: int) -> list[Region]:
        """Balanced columns: the highest common bottom that holds the whole flow, filled left to
        right, a 小标题 (after a blank line, unless it heads a column) kept with the line after it."""
        em = self.em
        candidates = sorted({s + k * self.pitch + em for s in starts for k in range(400)})
        for bottom in candidates:
            trial = _Flow(story, self.page)
            placed = self._try(trial, columns, starts, bottom)
            if placed is not None:
                break
        else:
            raise ValueError(f"page {self.page.number}: body lines left over")
        self.out.set_lines.extend(trial.set_lines)
        regions = []
        for index, (column, start, lines) in enumerate(zip(columns, starts, placed, strict=True)):
            if not lines:
                continue
            for row, line in lines:
                if line.display is not None:
                    self._display(line.display, column, start + row * self.pitch, (item, 1 + index, row))
                    continue
                self._draw_line(
                    line.glyphs, column.x, start + row * self.pitch, (item, 1 + index, row), "body"
                )
                if line.cap is not None:
                    ch, size = line.cap
                    top = start + row * self.pitch
                    self.out.runs.append(
                        Run(
                            self.page.body_face,
                            size,
                            ((column.x, top + ASCENT * size, ch),),
                            unit=(item, 1 + index, row),
                        )
                    )
            pieces: list[list[tuple[int, _Placed]]] = []
            after_display = False
            for row, line in lines:
                if line.display is not None:
                    after_display = True
                    continue
                if not pieces or (index, row) in trial.stanzas or after_display:
                    pieces.append([])
                    after_display = False
                pieces[-1].append((row, line))
            verse = any(isinstance(block, Verse) for block in story.body)
            for piece in pieces:
                first, last = piece[0][0], piece[-1][0]
                left, width = column.x, column.width
                if verse:
                    # ragged verse sets no edge: a piece is as wide as the longest line of the
                    # pieces starting where it starts (a poem's stanzas)
                    left = column.x + piece[0][1].glyphs[0][0]
                    width = max(
                        column.x + g[-1][0] + advance(g[-1][1], g[-1][2], em) - left
                        for _, line in lines
                        if (g := line.glyphs) and abs(column.x + g[0][0] - left) < em / 2
                    )
                regions.append(
                    Region("body", left, start + first * self.pitch, width, (last - first) * self.pitch + em)
                )
        return regions

    def _display_lines(self, block: Display, width: float) -> list[tuple[str, Face, float]]:
        """The display type's lines, top to bottom: (text, face, size)."""
        face = self.page.heading_face
        if isinstance(block, Figures):
            return [
                line
                for figure, label in block.items
                for line in ((figure, face, block.size), (label, self.page.caption_face, block.label_size))
            ]
        paragraph = Paragraph(
            [Segment(block.text, face)], block.size, indent=0, justify=False, punctuation="compress"
        )
        lines = []
        while not paragraph.done:
            line = paragraph.line(width)
            lines.append(("".join(ch for _, ch, _ in line.glyphs), face, block.size))
        return lines

    def _display_height(self, block: Display, width: float) -> float:
        """From the top rule (or the box's top) to the bottom one."""
        lines = self._display_lines(block, width)
        ink = sum(size * DISPLAY_PITCH for _, _, size in lines[:-1]) + lines[-1][2]
        return ink + 2 * DISPLAY_AIR * self.em

    def _display_rows(self, block: Display, width: float) -> int:
        """Rows of the column it takes: air, its height, air before the next line of text."""
        height = self._display_height(block, width) + 2 * DISPLAY_AIR * self.em
        return math.ceil((height + self.pitch - self.em) / self.pitch)

    def _display(self, block: Display, column: _Column, top: float, unit: Unit) -> None:
        """A pull quote between two rules as wide as the column, or figures in a stroked box."""
        y0 = top + DISPLAY_AIR * self.em
        height = self._display_height(block, column.width)
        if isinstance(block, PullQuote):
            self.shape(column.x, y0, column.width, 0, unit, 1.2)
            self.shape(column.x, y0 + height, column.width, 0, unit, 1.2)
        else:
            self.shape(column.x, y0, column.width, height, unit, 0.6)
        y = y0 + DISPLAY_AIR * self.em
        for text, face, size in self._display_lines(block, column.width):
            width = set_plain(text, face, size)[1]
            x = column.x + (column.width - width) / 2 if isinstance(block, Figures) else column.x
            self.plain(text, x, y, face, size, role="body", unit=unit)
            y += size * DISPLAY_PITCH

    def _try(
        self, flow: _Flow, columns: list[_Column], starts: list[float], bottom: float
    ) -> list[list[tuple[int, _Placed]]] | None:
        placed: list[list[tuple[int, _Placed]]] = []
        for index, (column, start) in enumerate(zip(columns, starts, strict=True)):
            capacity = max(0, math.floor((bottom - start - self.em) / self.pitch + 1e-6) + 1)
            rows: list[tuple[int, _Placed]] = []
            row = 0
            while not flow.done and row < capacity:
                if flow.at_gap():
                    flow.at += 1
                    if row:
                        row += 1
                        flow.stanzas.add((index, row))
                    continue
                if flow.at_heading():
                    blank = 1 if row else 0
                    if row + blank + 2 > capacity:
                        break
                    row += blank
                if flow.at_display():
                    # set inside the column: never at its head or foot, text above and below
                    need = self._display_rows(flow.blocks[flow.at][1], column.width)
                    if row == 0 or row + need + 1 > capacity:
                        break
                    rows.append((row, flow.take(column.width)))
                    row += need
                    continue
                rows.append((row, flow.take(column.width)))
                row += 1
            placed.append(rows)
        return placed if flow.done else None


def lay_out(page: PageSpec, pdf: PdfSpec) -> LaidPage:
    """Set one page of a file."""
    laid = _Page(page, pdf)
    item = 1
    for entry in page.items:
        if isinstance(entry, Briefs):
            laid.briefs(entry, item)
            item += len(entry.items)
        else:
            laid.story(entry, item)
            item += 1
    laid.column_rules()
    laid.margin_lines()
    return laid.out
