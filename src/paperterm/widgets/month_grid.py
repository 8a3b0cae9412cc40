"""A month as a grid of days, Monday first, each day with an issue marked by how much is read."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from paperterm.i18n import N_
from paperterm.model.dates import WEEKDAYS
from paperterm.widgets.reading_marks import PARTLY, READ, UNREAD

WIDE, NARROW = 5, 3
"""Cell widths of one day: ' 19● ' where there is room, '19●' where there is not."""
Progress = tuple[int, int] | None
"""(articles read, articles) for an issue the reader has opened; None if never opened."""


def day_mark(progress: Progress) -> str:
    """● never opened or nothing read, ◐ partly read, ✓ every article read (as in the lists)."""
    if progress is None or progress[0] == 0:
        return UNREAD
    return READ if progress[0] >= progress[1] else PARTLY


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of another month, or that month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def month_text(days: dict[dt.date, Progress], cursor: dt.date, cell: int) -> Text:
    """The month of `cursor`: a title (2024年11月), the weekday names (一 … 日, the same in 简体 and
    繁體), and a line per week."""
    title = f"{cursor.year}年{cursor.month}月"
    text = Text(" " * ((cell * 7 - cell_len(title)) // 2) + title, style="bold")
    text.append("\n")
    # A weekday name is two cells wide: over the day number, which ends one cell before the mark.
    text.append("".join(" " * (cell - 3) + name + " " for name in WEEKDAYS).rstrip(), style="dim")
    for week in calendar.Calendar().monthdatescalendar(cursor.year, cursor.month):
        text.append("\n")
        for day in week:
            if day.month != cursor.month:
                text.append(" " * cell)
                continue
            has_issue = day in days
            label = str(day.day).rjust(cell - 2 if cell > 3 else 2)
            mark = day_mark(days[day]) if has_issue else " "
            style = "bold" if has_issue else "dim"
            if day == cursor:
                style += " reverse"
            text.append(label + mark, style=style)
            text.append(" " * (cell - len(label) - 1))
    return text


class MonthGrid(Widget, can_focus=True):
    """Arrow keys move a day or a week, page keys a month; enter chooses the day."""

    DEFAULT_CSS = """
    MonthGrid { height: 8; width: 100%; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "move(-1)", N_("Day back"), tooltip=N_("Previous day"), show=False),
        Binding("right,l", "move(1)", N_("Day on"), tooltip=N_("Next day"), show=False),
        Binding("up,k", "move(-7)", N_("Week back"), tooltip=N_("Previous week"), show=False),
        Binding("down,j", "move(7)", N_("Week on"), tooltip=N_("Next week"), show=False),
        Binding("pageup,left_square_bracket", "month(-1)", N_("Month back"), tooltip=N_("Previous month")),
        Binding("pagedown,right_square_bracket", "month(1)", N_("Month on"), tooltip=N_("Next month")),
        Binding("enter", "choose", N_("Open"), tooltip=N_("Open the issue of this day")),
    ]

    cursor: reactive[dt.date] = reactive(dt.date.today)

    @dataclass
    class Chosen(Message):
        """Enter on a day."""

        month_grid: MonthGrid
        date: dt.date

    def __init__(self, days: dict[dt.date, Progress], cursor: dt.date, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.days = days
        self.set_reactive(MonthGrid.cursor, cursor)

    def render(self) -> Text:
        """Seven wide cells where they fit, else seven narrow ones (23 columns still show a month)."""
        return month_text(self.days, self.cursor, WIDE if self.size.width >= 7 * WIDE else NARROW)

    def action_move(self, days: int) -> None:
        with contextlib.suppress(OverflowError):  # past year 9999 or before year 1: stay
            self.cursor += dt.timedelta(days=days)

    def action_month(self, months: int) -> None:
        with contextlib.suppress(ValueError):
            self.cursor = add_months(self.cursor, months)

    def action_choose(self) -> None:
        self.post_message(self.Chosen(self, self.cursor))
