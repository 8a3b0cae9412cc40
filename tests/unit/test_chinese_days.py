"""Days as Chinese readers see them in lists and the calendar: 2024年11月19日 星期二, 一 … 日."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from paperterm.cli import main
from paperterm.model.dates import DAY_CELLS, chinese_day, chinese_day_column, chinese_weekday
from paperterm.model.library import IssueRef
from paperterm.model.script import MODES, Script
from paperterm.screens.issue_chooser import choice_prompt
from paperterm.screens.kept import kept_prompt
from paperterm.state.kept import KeptArticle
from paperterm.state.reading import IssueKey, ReadingState
from paperterm.widgets.month_grid import NARROW, WIDE, month_text

TAIWAN = Script(MODES["taiwan"], "zh-Hans")


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        (dt.date(2024, 11, 19), "2024年11月19日 星期二"),
        (dt.date(2025, 2, 1), "2025年2月1日 星期六"),
        (dt.date(2024, 11, 24), "2024年11月24日 星期日"),
    ],
)
def test_a_day_as_the_paper_prints_it_in_either_script(day: dt.date, shown: str) -> None:
    assert chinese_day(day) == shown
    assert TAIWAN.text(shown) == shown  # 繁體 prints 星期二 too
    assert chinese_weekday(day) == shown.split()[1]


def test_a_column_of_days_lines_up_in_cells() -> None:
    days = [dt.date(2024, 1, 2), dt.date(2024, 11, 19), dt.date(2024, 12, 31), dt.date(2025, 2, 1)]
    assert {cell_len(chinese_day_column(d)) for d in days} == {DAY_CELLS}


def test_the_calendar_title_and_weekdays_are_chinese() -> None:
    for cell in (WIDE, NARROW):
        title, weekdays, *_ = month_text({}, dt.date(2024, 11, 19), cell).plain.splitlines()
        assert title.strip() == "2024年11月"
        assert weekdays.split() == ["一", "二", "三", "四", "五", "六", "日"]
        assert TAIWAN.text(weekdays) == weekdays


def test_the_issue_chooser_names_the_day_in_either_script() -> None:
    ref = IssueRef(dt.date(2024, 11, 19), "sxrb", Path("x.yaml"))
    assert str(choice_prompt(ref, "山西日报")) == "山西日报  sxrb  2024年11月19日 星期二"
    assert str(choice_prompt(ref, TAIWAN.text("山西日报"))) == "山西日報  sxrb  2024年11月19日 星期二"


def test_the_kept_list_names_the_day() -> None:
    kept = KeptArticle("sxrb", "2024-11-19", "a", "山西日报", 1, "标题", "zh-Hans", None, 0.0)
    assert str(kept_prompt(kept, TAIWAN.text)).splitlines() == [
        "★ 2024年11月19日 星期二  山西日報  第1版",
        "  標題",
    ]


def test_list_and_recent_say_the_day_and_json_keeps_iso(
    capsys: pytest.CaptureFixture[str], library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(tmp_path / "state"))
    ReadingState.open(tmp_path / "state").opened_issue(
        IssueKey("sxrb", "2024-11-19"),
        paper="山西日报",
        path=None,
        total_articles=8,
        last_page=1,
        last_article="a",
        last_title="甲",
    )
    assert main(["list", "--library", str(library)]) == 0
    assert capsys.readouterr().out == "2024年11月19日 星期二  sxrb     山西日报  0/8 read\n"
    assert main(["list", "--library", str(library), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row == {
        "date": "2024-11-19",
        "paper_id": "sxrb",
        "paper": "山西日报",
        "path": str(library / "2024-11-19.yaml"),
        "read": 0,
        "articles": 8,
    }
    assert main(["recent"]) == 0
    assert capsys.readouterr().out.startswith("2024年11月19日 星期二  sxrb     山西日报  0/8 read  (opened ")
    assert main(["recent", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["date"], row["read"], row["total_articles"], row["last_title"]) == ("2024-11-19", 0, 8, "甲")
    assert isinstance(row["opened_at"], float)
