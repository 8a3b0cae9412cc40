"""The masthead's date line: weekday and lunar date from a maintained lunar calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from paperterm.model.dates import chinese_date, weekday_and_lunar


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (dt.date(2024, 11, 19), "2024年11月19日 星期二 农历甲辰年十月十九"),
        (dt.date(2025, 2, 1), "2025年2月1日 星期六 农历乙巳年正月初四"),
        (dt.date(2020, 5, 23), "2020年5月23日 星期六 农历庚子年闰四月初一"),
        (dt.date(2025, 10, 20), "2025年10月20日 星期一 农历乙巳年八月廿九"),
    ],
)
def test_the_date_line_as_the_masthead_prints_it(day: dt.date, line: str) -> None:
    assert f"{chinese_date(day)} {weekday_and_lunar(day)}" == line
