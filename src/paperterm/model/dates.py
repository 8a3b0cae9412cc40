"""Dates as a Chinese paper prints them under its masthead: 2024年11月19日 星期二 农历甲辰年十月十九."""

from __future__ import annotations

import datetime as dt


def chinese_date(day: dt.date) -> str:
    """2024年11月19日: no leading zeros, as papers print it."""
    return f"{day.year}年{day.month}月{day.day}日"


def weekday_and_lunar(day: dt.date) -> str:
    """星期二 农历甲辰年十月十九: the rest of the masthead's date line.

    The lunar calendar is lunar-python's (a maintained library): 干支 year, month (闰 for a
    leap month, 正 for the first) and day (初一 … 三十).
    """
    from lunar_python import Solar  # only when a header asks: it costs a few milliseconds to import

    solar = Solar.fromYmd(day.year, day.month, day.day)
    lunar = solar.getLunar()
    return (
        f"星期{solar.getWeekInChinese()} "
        f"农历{lunar.getYearInGanZhi()}年{lunar.getMonthInChinese()}月{lunar.getDayInChinese()}"
    )


WEEKDAYS = "一二三四五六日"
"""Monday first, as Chinese calendars set the week."""


def chinese_weekday(day: dt.date) -> str:
    """星期二: the same in 简体 and 繁體, and needing no lunar calendar."""
    return f"星期{WEEKDAYS[day.weekday()]}"


def chinese_day(day: dt.date) -> str:
    """2024年11月19日 星期二: how a list names an issue's day."""
    return f"{chinese_date(day)} {chinese_weekday(day)}"


DAY_CELLS = 21
"""Terminal cells of the widest chinese_day (2024年11月19日 星期二): a column of days lines up."""


def chinese_day_column(day: dt.date) -> str:
    """chinese_day padded to DAY_CELLS cells (every character but the digits and the space is wide)."""
    text = chinese_day(day)
    cells = sum(1 if char.isascii() else 2 for char in text)
    return text + " " * (DAY_CELLS - cells)
