"""What a page of the second corpus prints, as a Founder (方正) make-up man would set it.

The first corpus (tests/pdfcorpus) sets every column solid on an em grid and draws it in
reading order. Real e-paper pages do not: body lines are justified by letter spacing, line-end
punctuation is compressed or hung, every role has its own face, the page is drawn in whatever
order the make-up program keeps its objects, and furniture turns up in odd places. A spec here
holds the printed forms, as in the first corpus; the golden fields are derived from them by
`tests.pdfcorpus.canonical`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from paperterm.model.issue import Heading
from tests.pdfcorpus2.faces import Face

BROADSHEET = (842.0, 1191.0)
TABLOID = (595.0, 842.0)

Bold = Literal["none", "overprint", "stroke"]
"""How a bold face is faked: not at all, drawn twice a fraction of a point apart, or stroked
as well as filled (text render mode 2)."""
Stream = Literal["reading", "headlines-last", "scrambled"]
"""The order the content stream draws the page in: as read; every body before any headline;
modules, their parts and their lines each in a shuffled order."""
Drawing = Literal["runs", "spaced", "glyphs"]
"""How a line is drawn: natural runs (a new string wherever the pen jumps); one string per
stretch of equal letter spacing, with Tc; every glyph its own text object with its own Tm."""
Punctuation = Literal["compress", "hang"]
"""Line-end punctuation set half width (标点挤压), or hung past the column's edge (标点悬挂)
when it would not fit."""
LabelStyle = Literal["plain", "box", "band"]
"""A 栏目 label set as text, in a stroked box, or white on a dark band across the module."""


@dataclass(frozen=True)
class Headline:
    """The headline group: title lines (each its own size if `sizes` says so), kicker, subtitle
    (as printed, with or without a leading ——), 栏目 label."""

    title: tuple[str, ...]
    size: float = 24.0
    sizes: tuple[float, ...] = ()
    """One size per title line; empty: every line in `size`."""
    face: Face = "hei"
    tracking: float = 0.0
    """Ems added between the title's characters (字距)."""
    bold: Bold = "none"
    kicker: str | None = None
    kicker_face: Face = "kai"
    subtitle: str | None = None
    subtitle_face: Face = "kai"
    small: float | None = None
    """Kicker and subtitle size; None: half the title's, at least 1.4 times the body's."""
    series: str | None = None
    series_style: LabelStyle = "plain"
    side: Literal["above", "left", "right"] = "above"
    """Over the body, or in a strip of `Place.head` ems to its left or right."""
    vertical: bool = False
    """One character per line, stacked (only beside the body)."""
    center: bool = False

    def line_sizes(self) -> tuple[float, ...]:
        return self.sizes or (self.size,) * len(self.title)


@dataclass(frozen=True)
class Photo:
    """A picture (an image object) over some of its module's columns, with its caption under it
    (over `caption_columns`) or beside it (in the column to its right, bottom-aligned)."""

    height: float
    caption: str
    credit: str
    """As printed: `新华社记者　卢汉欣摄`, `（资料图片）`."""
    columns: tuple[int, int] | None = None
    """(first, count) of the module's columns it covers; None: all of them."""
    caption_columns: tuple[int, int] | None = None
    """(first, count) of the columns a caption under the picture spans; None: the picture's."""
    beside: bool = False
    credit_own_line: bool = False
    """The credit right-aligned on a line of its own even where it would fit after the caption."""


@dataclass(frozen=True)
class Verse:
    """A stanza of a poem: each line set flush left on a line of its own, its break meaningful;
    a blank line of leading before the next stanza."""

    lines: tuple[str, ...]
    centred: bool = False
    """Each line centred in the column, as a classical poem is set."""
    indent: int = 0
    """Ems every line starts in from the column's left (when not centred)."""


@dataclass(frozen=True)
class Said:
    """A paragraph of an interview opened by its speaker's label run in (`记者：`, `问：`), the
    label set off in the page's heading face; with `whole`, the whole turn in it (a question
    set in 黑体)."""

    label: str
    text: str
    whole: bool = False


@dataclass(frozen=True)
class PullQuote:
    """A sentence of the story set large inside its column between two rules (金句), in the
    heading face: display type that is not a headline."""

    text: str
    size: float = 15.0


@dataclass(frozen=True)
class Figures:
    """A fact box inside the column: each figure set huge over its small label, centred, in a
    stroked box (`1.2万亿元` over `全年社会消费品零售总额`)."""

    items: tuple[tuple[str, str], ...]
    size: float = 22.0
    label_size: float = 8.0


Display = PullQuote | Figures
Block = str | Heading | Verse | Said | Display
"""What a body holds: a paragraph, a centred 小标题, a stanza, an interview turn, display type
set inside the column (a pull quote, a fact box)."""


@dataclass(frozen=True)
class Table:
    """A data table set across the module under its body, ruled as a 三线表 (a thick rule over
    the header row, a thin one under it, a thick one under the last row), its title centred
    over it and its source under it, every cell centred in its column in smaller type."""

    title: str
    rows: tuple[tuple[str, ...], ...]
    """The header row first."""
    source: str | None = None


@dataclass(frozen=True)
class Place:
    """Where a module sits on the page grid, and how it divides its width."""

    column: int
    span: int
    top: float | None = None
    """Points from the page's top; None: below whatever is already in these grid columns."""
    split: tuple[float, ...] = ()
    """Relative widths of the module's own body columns; empty: one per grid column it spans."""
    head: float = 0.0
    """Ems of the strip a headline set beside the body takes."""


@dataclass(frozen=True)
class Story:
    """One article (or photo item): headline group, body and where it is set."""

    place: Place
    headline: Headline | None = None
    body: tuple[Block, ...] = ()
    note: str | None = None
    """An editor's note (编者按) set across the module under the headline, in the caption face,
    its `编者按：` label run in in the heading face, before the body's columns."""
    note_tint: bool = False
    """The editor's note on a tinted ground."""
    dateline: str | None = None
    """Printed before the first paragraph, separator included: `新华社北京11月11日电　`."""
    byline: str | None = None
    """A byline line at the head of the body: `本报记者　程　龙`."""
    signature: str | None = None
    """A bare name right-aligned under the last paragraph."""
    closing: str | None = None
    """A byline in parentheses run on after the last paragraph's last sentence: `（记者 苏　晴）`."""
    aside: tuple[str, str] | None = None
    """A 相关链接 or 背景 box under the body's last column: its label (in the heading face) and
    its text (in the caption face), in a stroked box."""
    table: Table | None = None
    drop_cap: bool = False
    """The first paragraph opens with a drop cap (首字下沉): its first character two lines tall,
    the paragraph's first two lines set beside it, unindented."""
    closing_apart: bool = False
    """The closing byline flush right on a line of its own instead."""
    photo: Photo | None = None
    continued_on: str | None = None
    continued_from: str | None = None
    boxed: bool = False
    kind: Literal["article", "photo"] = "article"


@dataclass(frozen=True)
class Brief:
    """A 简讯: a bold lead-in title run in on the first line, then the dateline and the text."""

    title: str
    dateline: str
    """As printed, separator included: `本报讯　`, `本报讯（记者 林　涛）`."""
    text: str


@dataclass(frozen=True)
class Briefs:
    """A column of briefs, one under the other, on a shaded ground."""

    place: Place
    items: tuple[Brief, ...]
    lead_face: Face = "hei"
    lead_bold: Bold = "none"
    shaded: bool = True


@dataclass(frozen=True)
class RunningHead:
    """The running head: pieces at the left and at the right of the grid, above a rule at the
    top of the page or under one at its foot. A piece is (template, style): the template may
    name {n} (the page number), {name} and {date}; style plain, box (stroked) or reverse
    (white in a black box)."""

    left: tuple[tuple[str, str], ...]
    right: tuple[tuple[str, str], ...] = ()
    at: Literal["top", "bottom"] = "top"


@dataclass(frozen=True)
class Masthead:
    """The front page's name plate, the date line and 期号 under it and a thick rule; a barcode
    and the imprint lines beside the name."""

    size: float = 60.0
    face: Face = "kai"
    logo: bool = False
    """The name drawn as a picture (a logo), not as text: then it names nothing the importer can read."""
    lunar: str | None = None
    barcode: bool = True
    imprint: tuple[str, ...] = ()
    rule: float = 3.0


@dataclass(frozen=True)
class PageSpec:
    """One printed page: grid, type, furniture, and its modules in reading order."""

    number: int
    name: str | None
    items: tuple[Story | Briefs, ...]
    size: tuple[float, float] = BROADSHEET
    grid: tuple[float, ...] = (12.0,) * 6
    """Each grid column's width in ems of the body type (not necessarily whole ems)."""
    gutter: float = 1.0
    """Ems of body type between two grid columns."""
    body_face: Face = "song"
    body_size: float = 10.0
    leading: float = 1.5
    """Line pitch in body sizes."""
    caption_face: Face = "kai"
    heading_face: Face = "hei"
    """小标题 (set centred in it, never faked bold)."""
    masthead: Masthead | None = None
    running_head: RunningHead | None = None
    editor: tuple[str, ...] = ()
    editor_at: Literal["foot", "left", "right"] = "foot"
    """At the foot of the page, or rotated 90° in the left margin (reading upward) or the right
    margin (reading downward)."""
    column_rules: bool = False
    stream: Stream = "reading"
    drawing: Drawing = "spaced"
    punctuation: Punctuation = "compress"
    break_latin: bool = False
    """A Latin run (a URL, a long number) that will not fit is broken at the line's end to fill
    it, as Founder does, instead of going whole to the next line."""


@dataclass(frozen=True)
class PdfSpec:
    """One PDF file: one page of one paper's issue, as e-paper sites offer them."""

    name: str
    paper: str
    paper_id: str
    date: dt.date
    pages: tuple[PageSpec, ...]
    edition: str | None = None
    language: Literal["zh-Hans", "zh-Hant"] = "zh-Hans"
    notes: tuple[str, ...] = field(default=())
