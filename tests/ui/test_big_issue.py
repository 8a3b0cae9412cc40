"""Big issues stay responsive: the headline list holds a window of items around the cursor, and
`/` searches in a worker. Behaviour only; the timings are in bench/big_issue_bench.py."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, OptionList

from bench.generate import big_issue
from paperterm.app import make_app
from paperterm.model import search as search_model
from paperterm.model.search import Hit
from paperterm.screens import search as search_screen
from paperterm.screens.reader import ReaderScreen
from paperterm.screens.search import SearchScreen
from paperterm.widgets.headline_list import HeadlineList
from tests.app_helpers import settled

WINDOW = HeadlineList.WINDOW
ISSUE = big_issue(6000, pages=2)
"""3,000 articles a page: many windows' worth."""
PAGE = ISSUE.pages[0].articles


def reader(app: App[None]) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def test_a_long_page_holds_a_window_and_the_cursor_walks_the_whole_page() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        headlines = app.screen.query_one("#headlines", HeadlineList)
        assert headlines.option_count == WINDOW
        await pilot.press(*["j"] * (WINDOW - 10))  # past the window's first end: it moves on
        await settled(pilot)
        assert reader(app).article is not None and reader(app).article.id == PAGE[WINDOW - 10].id
        assert headlines.option_count == WINDOW
        highlighted = headlines.highlighted
        assert highlighted is not None
        assert headlines.get_option_at_index(highlighted).id == PAGE[WINDOW - 10].id
        await pilot.press("end")
        await settled(pilot)
        assert reader(app).article.id == PAGE[-1].id
        await pilot.press("k", "enter")
        await settled(pilot)
        assert reader(app).article.id == PAGE[-2].id
        await pilot.press("escape", "home")
        await settled(pilot)
        assert reader(app).article.id == PAGE[0].id


async def test_n_and_the_script_toggle_keep_the_cursor_on_the_article() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("end", *["n"] * 3)  # onto the next page
        await settled(pilot)
        assert reader(app).article.id == ISSUE.pages[1].articles[2].id
        await pilot.press("t")
        await settled(pilot)
        headlines = app.screen.query_one("#headlines", HeadlineList)
        highlighted = headlines.highlighted
        assert highlighted is not None
        assert headlines.get_option_at_index(highlighted).id == ISSUE.pages[1].articles[2].id


async def test_typing_goes_on_while_a_search_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search waits here until released: the query field still takes every key meanwhile."""
    release = threading.Event()

    def slow_search(*args: Any, **kwargs: Any) -> list[Hit]:
        release.wait(10)
        return search_model.search_issue(*args, **kwargs)

    monkeypatch.setattr(search_screen, "search_issue", slow_search)
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("slash", "煤", "矿")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert screen.query_one("#query", Input).value == "煤矿"  # typed while the search waits
        assert screen.query_one("#results", OptionList).option_count == 0
        await pilot.press("enter")  # before the results: read the first when they come
        release.set()
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert reader(app).search_term == "煤矿"  # the first result is read, its word marked


async def test_the_contents_of_every_page_hold_a_window_and_reach_the_last_article() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press(*["j"] * 5, "i")
        await settled(pilot)
        contents = app.screen.query_one("#contents", OptionList)
        assert contents.option_count == WINDOW
        highlighted = contents.highlighted
        assert highlighted is not None and contents.get_option_at_index(highlighted).id == PAGE[5].id
        await pilot.press("end", "enter")
        await settled(pilot)
        assert reader(app).article.id == ISSUE.pages[-1].articles[-1].id
        await pilot.press("i", "home", "j", "enter")  # home: the first article (a heading is no item)
        await settled(pilot)
        assert reader(app).article.id == PAGE[1].id
