"""`i`: 目录 — every page's headlines at once; enter reads the chosen one."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from paperterm.app import make_app
from paperterm.model.loader import parse_issue
from paperterm.screens.contents import Contents
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from tests.app_helpers import widget_text

TWO_PAGES = """\
format: paperterm/1
paper: 测试日报
date: 2024-11-19
pages:
  - number: 1
    name: 要闻
    articles:
      - {id: a, title: 头版头条, body: [第一段。]}
      - {id: b, title: 煤矿安全生产会议召开, body: [煤矿。]}
  - number: 2
    name: 经济
    articles:
      - {id: c, title: 前10个月进出口增长5.9%, body: [第二版。]}
"""


def issue():
    loaded, problems = parse_issue(TWO_PAGES, "2024-11-19.yaml")
    assert loaded is not None, problems
    return loaded


@pytest.mark.parametrize("size", [(80, 24), (41, 20), (23, 12), (160, 50)])
async def test_contents_lists_every_page_and_opens_the_chosen_article(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(issue(), ReaderOptions(state=ReadingState.open(tmp_path / "state")))
    async with app.run_test(size=size) as pilot:
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, Contents)
        options = app.screen.query_one("#contents", OptionList)
        prompts = (str(options.get_option_at_index(n).prompt) for n in range(options.option_count))
        shown = "".join("".join(prompts).split())
        for words in ("第1版要闻", "头版头条", "煤矿安全生产会议召开", "第2版经济", "5.9%"):
            assert words in shown, (words, shown)
        assert options.highlighted is not None and options.get_option_at_index(options.highlighted).id == "a"
        await pilot.press("down", "down", "enter")  # over the page heading, which cannot be chosen
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.article is not None and screen.article.id == "c"
        assert screen.page is not None and screen.page.number == 2


async def test_contents_follow_the_script_and_count_what_is_read(tmp_path: Path) -> None:
    app = make_app(issue(), ReaderOptions(state=ReadingState.open(tmp_path / "state")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "t", "i")  # the article pane: the short first article is read
        await pilot.pause()
        shown = "".join(widget_text(app.screen.query_one("#contents")).split())  # as drawn
        assert "煤礦安全生產會議召開" in shown
        assert "1/2read" in shown and "0/1read" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
