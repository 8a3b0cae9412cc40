"""A page spec set in type: every glyph's position, the rules and boxes, the pictures, and where
each module ended up. Coordinates are PDF points from the page's top-left, y downward, as
`paperterm.model.issue.Region` has them.

Set like a real broadsheet: CJK glyphs on an em grid, Latin at the font's widths, columns of a
whole number of characters, paragraphs indented two characters and broken by paperterm's own
kinsoku rules, balanced columns with a common bottom.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from paperterm.model.issue import Heading, Region
from paperterm.model.linebreak import atoms
from tests.pdfcorpus import fonts
from tests.pdfcorpus.canonical import chinese_numeral
from tests.pdfcorpus.spec import Advert, FontName, Headline, Module, PageSpec, PdfSpec, Photo

ASCENT = 0.88
"""Baseline below a line's top, in ems."""
MODULE_GAP = 16.0
HEADLINE_GAP = 10.0
BOX_PAD = 6.0
MARGIN = 24.0
AMBIGUOUS = 24.0
"""Modules whose tops are closer than this, but not equal, would leave reading order to taste."""
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class TextLine:
    """Glyphs on one baseline; `bold` glyphs are drawn twice, `offset` points apart."""

    font: FontName
    size: float
    baseline: float
    glyphs: tuple[tuple[float, str], ...]
    bold: tuple[bool, ...]
    offset: float = 0.4

    @property
    def top(self) -> float:
        return self.baseline - ASCENT * self.size

    @property
    def left(self) -> float:
        return self.glyphs[0][0] if self.glyphs else 0.0

    @property
    def right(self) -> float:
        x, ch = self.glyphs[-1]
        return x + fonts.advance(ch, self.font, self.size)


@dataclass(frozen=True)
class Box:
    """A stroked rectangle; a rule is a box of no height."""

    x: float
    y: float
    width: float
    height: float
    line_width: float = 0.5


@dataclass(frozen=True)
class Picture:
    """A photo: an image object scaled to its box."""

    x: float
    y: float
    width: float
    height: float
    seed: int


@dataclass
class LaidPage:
    """Everything drawn on one page, and each article's regions in reading order."""

    size: tuple[float, float]
    lines: list[TextLine] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    regions: list[tuple[Region, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class BodyLine:
    """A line of a body column before it has a place: text, indent, alignment, bold span."""

    text: str
    indent: float = 0.0
    align: str = "left"
    bold: tuple[int, int] = (0, 0)


def set_text(
    text: str, x: float, baseline: float, font: FontName, size: float, bold: tuple[int, int] = (0, 0)
) -> TextLine:
    """Glyph positions for a line: spaces move the pen and draw nothing."""
    glyphs: list[tuple[float, str]] = []
    flags: list[bool] = []
    for index, ch in enumerate(text):
        if not ch.isspace():
            glyphs.append((x, ch))
            flags.append(bold[0] <= index < bold[1])
        x += fonts.advance(ch, font, size)
    return TextLine(font, size, baseline, tuple(glyphs), tuple(flags), offset=0.2 + 0.02 * size)


def _pieces(text: str) -> list[str]:
    """paperterm's break units, with a —— dash kept whole."""
    pieces: list[str] = []
    for atom in atoms(text):
        if pieces and atom.startswith("—") and pieces[-1].endswith("—"):
            pieces[-1] += atom
        else:
            pieces.append(atom)
    return pieces


def break_lines(text: str, first: float, rest: float, font: FontName, size: float) -> list[str]:
    """Greedy lines of at most `first` (then `rest`) points; no line starts with ，。、 or ends with （."""
    lines: list[str] = []
    current = ""
    for piece in _pieces(text):
        limit = rest if lines else first
        if current and fonts.width((current + piece).rstrip(), font, size) > limit + 0.01:
            lines.append(current)
            current = ""
        current += piece
    lines.append(current)
    for line, limit in zip(lines, [first] + [rest] * len(lines), strict=False):
        if fonts.width(line.rstrip(), font, size) > limit + 0.01:
            raise ValueError(f"cannot break {line!r} into {limit:.0f} pt")
    return lines


class _Page:
    """Lays out one page's furniture and modules, keeping each grid column's free top."""

    def __init__(self, page: PageSpec, pdf: PdfSpec) -> None:
        self.page, self.pdf = page, pdf
        self.out = LaidPage(page.size)
        width, height = page.size
        self.em = page.body_size
        self.column_width = page.column_chars * self.em
        self.gutter = page.gutter * self.em
        grid = page.columns * self.column_width + (page.columns - 1) * self.gutter
        if grid > width - 2 * MARGIN:
            raise ValueError(f"page {page.number}: the column grid is wider than the page")
        self.left = (width - grid) / 2
        self.top = self._running_head(MARGIN)
        if page.masthead:
            self.top = self._masthead(self.top)
        self.bottom = self._footer(height - MARGIN)
        self.cursors = [self.top] * page.columns
        self.reserves: dict[str, tuple[float, float, float, float]] = {}
        self.tops: list[tuple[float, float]] = []

    def column_x(self, column: int) -> float:
        return self.left + column * (self.column_width + self.gutter)

    def text(self, text: str, x: float, top: float, size: float, *, headline: bool = False) -> TextLine:
        font = self.page.headline_font if headline else self.page.body_font
        line = set_text(text, x, top + ASCENT * size, font, size)
        self.out.lines.append(line)
        return line

    # Furniture -------------------------------------------------------------------------------

    def _running_head(self, y: float) -> float:
        page, style = self.page, self.page.running_head
        if style is None:
            return y
        date = _date_line(self.pdf.date)
        pieces: list[tuple[str, float]] = {
            "num-name": [(str(page.number), 16.0), (page.name or "", 12.0)],
            "name-num": [(page.name or "", 12.0), (str(page.number), 16.0)],
            "ban": [(f"第{page.number}版", 12.0)],
            "ban-cn-name": [(f"第{chinese_numeral(page.number)}版：{page.name}", 12.0)],
            "date-num-name": [(date, 10.0), (str(page.number), 16.0), (page.name or "", 12.0)],
        }[style]
        if (style == "ban") != (page.name is None):
            raise ValueError(f"page {page.number}: a running head {style!r} and name {page.name!r} disagree")
        x = self.column_x(0)
        for text, size in pieces:
            line = set_text(text, x, y + 16, self.page.headline_font, size)
            self.out.lines.append(line)
            x = line.right + 6
        self.out.boxes.append(Box(self.column_x(0), y + 22, self._grid_width(), 0, 0.8))
        return y + 30

    def _grid_width(self) -> float:
        return self.column_x(self.page.columns - 1) + self.column_width - self.left

    def _masthead(self, y: float) -> float:
        assert self.page.masthead is not None
        size = self.page.masthead.name_size
        name = set_text(self.pdf.paper, 0, y + ASCENT * size, self.page.headline_font, size)
        shift = self.left + (self._grid_width() - (name.right - name.left)) / 2
        self.out.lines.append(
            TextLine(
                name.font,
                size,
                name.baseline,
                tuple((x + shift, ch) for x, ch in name.glyphs),
                (True,) * len(name.glyphs),
                0.6,
            )
        )
        traditional = self.pdf.language == "zh-Hant"
        date = _date_line(self.pdf.date)
        if self.page.masthead.lunar:
            date += ("　農曆" if traditional else "　农历") + self.page.masthead.lunar
        line_top = y + size + 10
        self.text(date, self.column_x(0), line_top, 10.5)
        if self.pdf.edition:
            width = fonts.width(self.pdf.edition, self.page.body_font, 10.5)
            self.text(self.pdf.edition, self.left + self._grid_width() - width, line_top, 10.5)
        self.out.boxes.append(Box(self.column_x(0), line_top + 17, self._grid_width(), 0, 2.0))
        return line_top + 26

    def _footer(self, y: float) -> float:
        size = 7.5
        for text in reversed(self.page.footer):
            y -= size
            self.text(text, self.column_x(0), y, size)
            y -= 4
        if self.page.footer:
            y -= 4
            self.out.boxes.append(Box(self.column_x(0), y, self._grid_width(), 0, 0.5))
        return y - 6

    # Modules ---------------------------------------------------------------------------------

    def advert(self, ad: Advert) -> None:
        place = ad.place
        x0, x1 = self.column_x(place.column), self.column_x(place.column + place.span - 1) + self.column_width
        top = place.top if place.top is not None else self.bottom - ad.height
        if top < max(self.cursors[place.column : place.column + place.span]) - MODULE_GAP:
            raise ValueError(f"page {self.page.number}: the advertisement overlaps a module")
        self.out.boxes.append(Box(x0, top, x1 - x0, ad.height, 1.5))
        self.text("广告", x0 + 4, top + 4, 7.0)
        total = sum(size * 1.3 for _, size in ad.lines)
        y = top + (ad.height - total) / 2
        for text, size in ad.lines:
            width = fonts.width(text, self.page.headline_font, size)
            self.text(text, x0 + (x1 - x0 - width) / 2, y, size, headline=True)
            y += size * 1.3
        self._close(place.column, place.span, top + ad.height, rule=False)

    def module(self, module: Module) -> None:
        place, page = module.place, self.page
        if place.into is not None:
            x0, top, width, limit = self.reserves[place.into]
            x1 = x0 + width
        else:
            x0 = self.column_x(place.column)
            x1 = self.column_x(place.column + place.span - 1) + self.column_width
            top = (
                place.top
                if place.top is not None
                else max(self.cursors[place.column : place.column + place.span])
            )
            limit = self.bottom
        pad = BOX_PAD if module.boxed else 0.0
        regions: list[Region] = []
        body_top = top + pad
        if place.beside:
            columns = [
                self.column_x(place.column + place.beside + i) for i in range(place.span - place.beside)
            ]
            column_width = self.column_width
            head_x1 = self.column_x(place.column + place.beside - 1) + self.column_width
            assert module.headline is not None
            regions.append(self._headline(module.headline, x0 + pad, head_x1, top + pad))
        else:
            count = place.span
            column_width = (x1 - x0 - 2 * pad - (count - 1) * self.gutter) / count
            columns = [x0 + pad + i * (column_width + self.gutter) for i in range(count)]
            if module.headline is not None:
                head = self._headline(module.headline, x0 + pad, x1 - pad, top + pad)
                regions.append(head)
                body_top = head.y + head.height + HEADLINE_GAP
        starts = [body_top] * len(columns)
        covered = module.photo.columns if module.photo else (place.reserve[:2] if place.reserve else None)
        if module.photo or place.reserve:
            first, count = covered or (0, len(columns))
            rx = columns[first]
            rw = columns[first + count - 1] + column_width - rx
            if module.photo:
                regions.extend(self._photo(module.photo, rx, body_top, rw, len(self.out.pictures)))
                bottom = regions[-1].y + regions[-1].height
            else:
                assert place.reserve is not None and module.key is not None
                bottom = body_top + place.reserve[2]
                self.reserves[module.key] = (rx, body_top, rw, bottom)
            for i in range(first, first + count):
                starts[i] = bottom + HEADLINE_GAP
        body = self._body_lines(module, column_width)
        regions.extend(self._fill(body, columns, starts, column_width))
        bottom = max(r.y + r.height for r in regions) + pad
        if module.boxed:
            self.out.boxes.append(Box(x0, top, x1 - x0, bottom - top, 0.8))
        if bottom > limit + 0.01:
            raise ValueError(f"page {page.number}: {regions[0]} runs {bottom - limit:.0f} pt past its space")
        self._check_order(regions, top, x0)
        self.out.regions.append(tuple(regions))
        if place.into is None:
            self._close(place.column, place.span, bottom, rule=page.rules and not module.boxed)

    def _close(self, column: int, span: int, bottom: float, *, rule: bool) -> None:
        """The module's columns are taken down to `bottom`; a thin rule parts it from the next."""
        if rule:
            x0 = self.column_x(column)
            x1 = self.column_x(column + span - 1) + self.column_width
            self.out.boxes.append(Box(x0, bottom + MODULE_GAP / 2, x1 - x0, 0, 0.5))
        for i in range(column, column + span):
            self.cursors[i] = bottom + MODULE_GAP

    def _check_order(self, regions: list[Region], top: float, left: float) -> None:
        """Modules are listed in reading order: top to bottom, left before right at the same height
        (a module's top is its first line's, or its box's); no two tops nearly meet; nothing overlaps."""
        for other_top, _ in self.tops:
            if 0.5 < abs(top - other_top) < AMBIGUOUS:
                raise ValueError(
                    f"page {self.page.number}: module tops {top:.0f} and {other_top:.0f} nearly meet"
                )
        if self.tops:
            last_top, last_left = self.tops[-1]
            if top < last_top - 0.5 or (abs(top - last_top) <= 0.5 and left < last_left):
                raise ValueError(
                    f"page {self.page.number}: module at ({left:.0f}, {top:.0f}) is out of reading order"
                )
        for earlier in self.out.regions:
            for a in earlier:
                for b in regions:
                    if (
                        a.x < b.x + b.width
                        and b.x < a.x + a.width
                        and a.y < b.y + b.height
                        and b.y < a.y + a.height
                    ):
                        raise ValueError(f"page {self.page.number}: {b} overlaps {a}")
        self.tops.append((top, left))

    def _headline(self, head: Headline, x0: float, x1: float, top: float) -> Region:
        """Series, kicker, title lines, subtitle; sizes fall away from the title's."""
        lines: list[TextLine] = []
        y = top
        small = max(self.em * 1.35, head.title_size * 0.5)

        def put(text: str, size: float, bold: bool = False) -> None:
            nonlocal y
            width = fonts.width(text, self.page.headline_font, size)
            if width > x1 - x0 + 0.01:
                raise ValueError(f"headline line {text!r} is wider than its {x1 - x0:.0f} pt")
            x = x0 + (x1 - x0 - width) / 2 if head.center else x0
            line = set_text(
                text, x, y + ASCENT * size, self.page.headline_font, size, (0, len(text) if bold else 0)
            )
            self.out.lines.append(line)
            lines.append(line)
            y += size * 1.25

        if head.series:
            size = max(self.em + 1.5, 10.0)
            put(head.series, size)
            if head.series_boxed:
                last = lines[-1]
                self.out.boxes.append(
                    Box(last.left - 3, last.top - 3, last.right - last.left + 6, size + 6, 0.8)
                )
                y += 6
        if head.kicker:
            put(head.kicker, small)
        if head.vertical:
            (title,) = head.title
            x = x0 + (x1 - x0 - head.title_size) / 2
            for ch in title:
                line = set_text(ch, x, y + ASCENT * head.title_size, self.page.headline_font, head.title_size)
                line = TextLine(line.font, line.size, line.baseline, line.glyphs, (head.bold,), line.offset)
                self.out.lines.append(line)
                lines.append(line)
                y += head.title_size * 1.12
        else:
            for text in head.title:
                put(text, head.title_size, head.bold)
        if head.subtitle:
            put(head.subtitle, small)
        left = min(line.left for line in lines)
        right = max(line.right for line in lines)
        return Region(
            "headline", left, lines[0].top, right - left, lines[-1].top + lines[-1].size - lines[0].top
        )

    def _photo(self, photo: Photo, x: float, top: float, width: float, seed: int) -> list[Region]:
        """The picture, and its caption under it; the credit is run on after two 全角 spaces when it
        fits whole on the caption's last line, else set right-aligned on a line of its own."""
        self.out.pictures.append(Picture(x, top, width, photo.height, seed))
        size = self.em - 0.5
        font = self.page.body_font
        lines = break_lines(photo.caption, width - 2 * size, width, font, size)
        run_on = f"{lines[-1]}　　{photo.credit}"
        own_line = photo.credit_own_line or fonts.width(run_on, font, size) > width - (
            2 * size if len(lines) == 1 else 0
        )
        if not own_line:
            lines[-1] = run_on
        y = top + photo.height + 6
        first_top = y
        for i, line in enumerate(lines):
            self.text(line, x + (2 * size if i == 0 else 0), y, size)
            y += size * 1.45
        if own_line:
            self.text(photo.credit, x + width - fonts.width(photo.credit, font, size), y, size)
            y += size * 1.45
        height = y - first_top - size * 0.45
        return [Region("photo", x, top, width, photo.height), Region("caption", x, first_top, width, height)]

    def _body_lines(self, module: Module, width: float) -> list[BodyLine]:
        """The body as column lines: markers, byline line, paragraphs, 小标题, signature."""
        font, size = self.page.body_font, self.em
        lines: list[BodyLine] = []
        if module.continued_from:
            lines.append(BodyLine(module.continued_from))
        if module.byline:
            lines.append(BodyLine(module.byline, bold=(0, len(module.byline) if module.bold_byline else 0)))
        for index, block in enumerate(module.body):
            if isinstance(block, Heading):
                if lines:
                    lines.append(BodyLine(""))
                for text in break_lines(block.text, width, width, font, size):
                    lines.append(BodyLine(text, align="center", bold=(0, len(text))))
                continue
            text = block
            bold_end = 0
            if index == 0 and module.dateline:
                text = module.dateline + block
                if self.page.bold_datelines:
                    bold_end = len(re.split(r"[（(]", module.dateline)[0].rstrip())
            offset = 0
            for i, piece in enumerate(break_lines(text, width - 2 * size, width, font, size)):
                bold = (0, max(0, bold_end - offset))
                lines.append(BodyLine(piece, indent=2 * size if i == 0 else 0.0, bold=bold))
                offset += len(piece)
        if module.signature:
            lines.append(BodyLine(module.signature, align="right"))
        if module.continued_on:
            lines.append(BodyLine(module.continued_on, align="right"))
        for line in lines:
            if fonts.width(line.text.rstrip(), font, size) + line.indent > width + 0.01:
                raise ValueError(f"page {self.page.number}: {line.text!r} is wider than its column")
        return lines

    def _fill(
        self, body: list[BodyLine], columns: list[float], starts: list[float], width: float
    ) -> list[Region]:
        """Balanced columns: the highest common bottom that holds every line, filled left to right,
        a 小标题 never parted from its own lines or from the first line after it."""
        if not body:
            return []
        leading, size = self.page.leading, self.em
        units = _units(body)

        def capacity(bottom: float, start: float) -> int:
            return max(0, math.floor((bottom - start - size) / leading + 1e-6) + 1)

        candidates = sorted({s + i * leading + size for s in starts for i in range(len(body) + len(columns))})
        for bottom in candidates:
            placed = _distribute(units, [capacity(bottom, s) for s in starts])
            if placed is not None:
                break
        else:
            raise ValueError(f"page {self.page.number}: body lines left over")
        regions: list[Region] = []
        for x, start, lines in zip(columns, starts, placed, strict=True):
            tops: list[float] = []
            for row, line in enumerate(lines):
                if not line.text:
                    continue
                top = start + row * leading
                text_width = fonts.width(line.text, self.page.body_font, size)
                lx = {
                    "left": x + line.indent,
                    "right": x + width - text_width,
                    "center": x + (width - text_width) / 2,
                }[line.align]
                self.out.lines.append(
                    set_text(line.text, lx, top + ASCENT * size, self.page.body_font, size, line.bold)
                )
                tops.append(top)
            if tops:
                regions.append(Region("body", x, tops[0], width, tops[-1] + size - tops[0]))
        return regions


def _units(body: list[BodyLine]) -> list[list[BodyLine]]:
    """Lines that must stay in one column: a 小标题's lines with the line after them; else one each."""
    units: list[list[BodyLine]] = []
    for line in body:
        heading = line.align == "center"
        if units and units[-1][-1].align == "center" and units[-1][-1].text and not heading:
            units[-1].append(line)  # the first line after a 小标题 keeps it company
        elif units and heading and units[-1][-1].align == "center":
            units[-1].append(line)
        else:
            units.append([line])
    return units


def _distribute(units: list[list[BodyLine]], capacities: list[int]) -> list[list[BodyLine]] | None:
    """Units into columns of these capacities, in order; None if they do not all fit. The blank
    line before a 小标题 is dropped where the 小标题 starts a column."""
    columns: list[list[BodyLine]] = [[] for _ in capacities]
    index = 0
    for number, unit in enumerate(units):
        if not unit[0].text:
            following = len(units[number + 1]) if number + 1 < len(units) else 0
            if columns[index] and len(columns[index]) + 1 + following <= capacities[index]:
                columns[index].extend(unit)
            continue
        while len(columns[index]) + len(unit) > capacities[index]:
            index += 1
            if index == len(capacities):
                return None
        columns[index].extend(unit)
    return columns


def _date_line(date: dt.date) -> str:
    """`2025年10月20日　星期一`."""
    return f"{date.year}年{date.month}月{date.day}日　星期{WEEKDAYS[date.weekday()]}"


def lay_out(page: PageSpec, pdf: PdfSpec) -> LaidPage:
    """Set one page of a file."""
    laid = _Page(page, pdf)
    for item in page.modules:
        if isinstance(item, Advert):
            laid.advert(item)
        else:
            laid.module(item)
    return laid.out
