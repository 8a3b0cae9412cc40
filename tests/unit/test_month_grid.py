"""The calendar's month arithmetic and day marks, without the UI."""

from __future__ import annotations

import datetime as dt

from paperterm.widgets.month_grid import NARROW, WIDE, add_months, day_mark, month_text


def test_a_month_on_keeps_the_day_or_takes_the_last_one() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2024, 12, 15), 1) == dt.date(2025, 1, 15)
    assert add_months(dt.date(2024, 1, 15), -1) == dt.date(2023, 12, 15)


def test_day_marks_say_how_much_is_read() -> None:
    assert [day_mark(p) for p in (None, (0, 9), (3, 9), (9, 9))] == ["●", "●", "◐", "✓"]


def test_weeks_start_on_monday_and_fit_seven_cells() -> None:
    days = {dt.date(2024, 11, 19): (2, 8), dt.date(2024, 11, 18): None}
    for cell in (WIDE, NARROW):
        lines = month_text(days, dt.date(2024, 11, 19), cell).plain.splitlines()
        assert lines[0].strip() == "2024年11月"
        week = next(line for line in lines if "19" in line)
        assert week.index("18") < week.index("19") and "19◐" in week and "18●" in week
        assert all(len(line) <= 7 * cell for line in lines[2:])


def test_the_calendar_and_the_lists_share_one_legend() -> None:
    from paperterm.state.reading import ArticleRecord
    from paperterm.widgets.headline_list import reading_mark

    opened = ArticleRecord("a", state="opened", progress=0.5)
    read = ArticleRecord("a", state="read")
    lists = [reading_mark(None).plain[0], reading_mark(opened).plain[0], reading_mark(read).plain[0]]
    assert lists == [day_mark(None), day_mark((1, 2)), day_mark((2, 2))]
