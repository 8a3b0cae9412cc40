"""What a corpus page prints, as a newspaper's make-up man would describe it.

A spec holds the *printed* forms (`本报延安10月19日电　（记者贾丰丰）`, `李　斌`, `（下转第二版）`);
the canonical issue fields are derived from them by `canonical.py`, so the golden files say
what a careful reader types from the page, not what the renderer was told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from paperterm.model.issue import Heading

FontName = Literal["STSong-Light", "MSung-Light", "zenhei"]
"""reportlab's CID fonts (no file needed) and WenQuanYi Zen Hei, embedded as TrueType."""

BROADSHEET = (842.0, 1191.0)
TABLOID = (595.0, 842.0)

RunningHeadStyle = Literal["num-name", "name-num", "ban", "ban-cn-name", "date-num-name"]
"""`2 要闻`, `要闻 2`, `第2版` (no name), `第二版：要闻`, `2025年10月20日　星期一　2 要闻`."""


@dataclass(frozen=True)
class Headline:
    """The headline group. `title` is one printed line each (a vertical title is one string)."""

    title: tuple[str, ...]
    kicker: str | None = None
    subtitle: str | None = None
    """As printed, with its leading —— if it has one."""
    series: str | None = None
    """The 栏目 label as printed: `（“十四五”的发展镜头）`, or `人民时评` (then usually boxed)."""
    series_boxed: bool = False
    title_size: float = 22.0
    bold: bool = False
    """Fake bold title: every glyph drawn twice, a fraction of a point apart."""
    vertical: bool = False
    """One character per line, stacked; only with a headline beside its body."""
    center: bool = False


@dataclass(frozen=True)
class Photo:
    """A picture (a real image object) with its caption under it."""

    height: float
    caption: str
    credit: str
    """As printed: `新华社记者　卢汉欣摄`, `（人民视觉）`, `本报记者　张文华　摄`."""
    columns: tuple[int, int] | None = None
    """(first, count) of the module's body columns it covers; None: all of them."""
    credit_own_line: bool = False
    """The credit right-aligned on a line of its own even where it would fit after the caption."""


@dataclass(frozen=True)
class Place:
    """Where a module sits: grid columns, and either a top or the first free space below."""

    column: int
    span: int
    top: float | None = None
    """Points from the page's top; None: below whatever is already in these columns."""
    beside: int = 0
    """Columns taken by a headline set to the left of its body (0: headline above)."""
    into: str | None = None
    """The key of an earlier module whose reserved corner this module fills (an L-shaped flow)."""
    reserve: tuple[int, int, float] | None = None
    """(first, count, height): a corner under the headline kept free for another module."""


@dataclass(frozen=True)
class Module:
    """One article (or photo item): headline group, body, and where it is set."""

    place: Place
    headline: Headline | None = None
    body: tuple[str | Heading, ...] = ()
    dateline: str | None = None
    """Printed in front of the first paragraph, separator included: `新华社北京10月19日电　`."""
    byline: str | None = None
    """A byline line at the head of the body: `本报记者　程　龙　潘俊强`."""
    signature: str | None = None
    """A bare name right-aligned under the last paragraph: `李　斌`."""
    photo: Photo | None = None
    continued_on: str | None = None
    """The printed marker at the body's end: `（下转第二版）`."""
    continued_from: str | None = None
    """The printed marker at the body's head: `（上接第一版）`."""
    continues: str | None = None
    """The key of the module this one goes on from (its title is shortened)."""
    key: str | None = None
    boxed: bool = False
    bold_byline: bool = False
    kind: Literal["article", "photo"] = "article"


@dataclass(frozen=True)
class Advert:
    """A boxed advertisement: large type, no article text, a small `广告` tag; at the page's foot
    unless its place gives a top."""

    place: Place
    lines: tuple[tuple[str, float], ...]
    height: float


@dataclass(frozen=True)
class Masthead:
    """The front page's name plate; the date line and 期号 come from the file's spec."""

    lunar: str | None = None
    """`乙巳年八月廿九`, printed after 农历 (農曆 on a traditional page)."""
    name_size: float = 60.0


@dataclass(frozen=True)
class PageSpec:
    """One printed page: paper size, type, column grid, furniture and modules in reading order."""

    number: int
    name: str | None
    modules: tuple[Module | Advert, ...]
    size: tuple[float, float] = BROADSHEET
    body_font: FontName = "STSong-Light"
    headline_font: FontName = "STSong-Light"
    body_size: float = 10.0
    leading: float = 14.5
    columns: int = 6
    column_chars: int = 12
    gutter: float = 1.2
    """Between columns, in ems of the body type."""
    masthead: Masthead | None = None
    running_head: RunningHeadStyle | None = "num-name"
    footer: tuple[str, ...] = ()
    """Editor and contact lines at the foot: `一版责编：…`, `本版邮箱：…`."""
    bold_datelines: bool = False
    rules: bool = True
    """Thin rules between modules stacked in a column."""


@dataclass(frozen=True)
class PdfSpec:
    """One PDF file: one or more pages of one paper's issue."""

    name: str
    paper: str
    paper_id: str
    date: dt.date
    pages: tuple[PageSpec, ...]
    edition: str | None = None
    """The 期号 printed in the masthead: `第12876期`."""
    language: Literal["zh-Hans", "zh-Hant"] = "zh-Hans"
    notes: tuple[str, ...] = field(default=())
    """What this file covers, for the corpus listing."""
