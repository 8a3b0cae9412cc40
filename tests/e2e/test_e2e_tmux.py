"""The real `paperterm` command in a real pseudo-terminal (tmux), as a person would run it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.tmux_harness import PAPERTERM, tmux_available, user_env

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")


def test_open_move_to_item_three_and_quit_at_80x24(terminal) -> None:
    term = terminal("open", "2024-11-19")
    header = "山西日报 · 2024年11月19日 · 第1版 要闻"
    first = term.wait_for(lambda s: header in s and "Quit" in s, "the reader to open")
    assert "特种车辆走俏国内外市场" in first
    term.send("j", "j")
    # The full title fits on one row only in the article pane; the headline list wraps it.
    screen = term.wait_for(
        lambda s: "省安委办安排部署加强煤矿水害防治工作" in s, "item 3 in the article pane"
    )
    row = next(line for line in screen.splitlines() if "省安委办安排部署加强煤矿水害防治工作" in line)
    assert cell_len(row[: row.index("省安委办")]) > 30, row
    assert all(cell_len(line) <= 80 for line in screen.splitlines())
    term.send("q")
    assert term.exit_status() == 0


def test_unknown_date_is_one_line_on_stderr(isolated_user: Path, library: Path) -> None:
    result = subprocess.run(
        [PAPERTERM, "open", "2024-11-20"],
        env=user_env(isolated_user, library),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "paperterm: no issue for 2024-11-20; nearest: 2024-11-19 (earlier)\n"


def test_traditional_with_a_highlight_from_the_command_line(terminal) -> None:
    term = terminal("open", "2024-11-19", "--script", "taiwan", "--highlight", "煤礦", width=100, height=30)
    screen = term.wait_for(lambda s: "山西日報 · 2024年11月19日 · 第1版 要聞" in s, "the Traditional header")
    assert "特種車輛走俏國內外市場" in screen
    # The keyword is counted in the headline of item 3, the coal-safety article.
    term.wait_for(lambda s: "◆15" in s, "the match count for 煤礦 in item 3")
    term.send("q")
    assert term.exit_status() == 0


def test_a_day_with_two_papers_asks_then_steps_and_searches(terminal, archive: Path) -> None:
    term = terminal("open", "2015-01-03", "--library", str(archive))
    term.wait_for(lambda s: "Which one?" in s and "太原日报" in s, "the paper chooser")
    term.send("down", "enter")
    term.wait_for(lambda s: "太原日报 · 2015年1月3日" in s, "the second paper's issue")
    term.send(">")
    term.wait_for(lambda s: "太原日报 · 2015年1月4日" in s, "the next day")
    term.send("C-f")
    term.wait_for(lambda s: "search every issue" in s, "the archive search")
    term.type_text("煤礦")
    term.send("enter")
    screen = term.wait_for(lambda s: "articles" in s and "2015-02-09" in s, "the hits, newest first")
    assert all(cell_len(line) <= 80 for line in screen.splitlines())
    term.send("enter")
    term.wait_for(lambda s: "· 2015年2月9日 ·" in s, "the issue of the first hit")
    term.send("q")
    assert term.exit_status() == 0
