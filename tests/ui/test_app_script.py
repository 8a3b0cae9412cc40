"""简/繁, keywords, search and match stepping in the running reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from paperterm.app import make_app
from paperterm.model.fold import Fold
from paperterm.model.highlight import Keyword
from paperterm.model.layout import article_sources
from paperterm.model.loader import load_issue
from paperterm.screens.keywords import KeywordManager
from paperterm.screens.reader import ReaderScreen
from paperterm.screens.script_picker import ScriptPicker
from paperterm.screens.search import SearchScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.state.settings import Settings, load_settings
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.highlight_styles import keyword_style
from tests.app_helpers import headline, settled, until, visible_lines, widget_text
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)


def options(tmp_path: Path, **kwargs: object) -> ReaderOptions:
    return ReaderOptions(
        state=ReadingState.open(tmp_path / "state"), fold_cache=tmp_path / "fold.json", **kwargs
    )


def stored(tmp_path: Path) -> Settings:
    return load_settings(ReadingState.open(tmp_path / "state"))


def screen_of(app) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def test_t_toggles_everything_drawn_from_the_issue_and_remembers(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert "临汾：" in headline(app, 1)
        await pilot.press("t")
        await settled(pilot)
        await pilot.pause()
        screen = screen_of(app)
        assert "臨汾：在推進中國式現代化實踐中交出亮麗答卷" in headline(app, 1)
        header = str(screen.query_one("#header").render())
        assert header.startswith("山西日報 · 2024年11月19日 · 第1版 要聞") and "臺灣" in header
        assert "第1版 要聞" in str(screen.query_one("#sidebar", OptionList).get_option_at_index(0).prompt)
        assert any(
            "臨汾：在推進中國式現代化" in row
            for row in visible_lines(screen.query_one("#article", ArticleView))
        )
        assert stored(tmp_path).script_on is True
        await pilot.press("t")
        await settled(pilot)
        await pilot.pause()
        assert "临汾：" in headline(app, 1)
        assert stored(tmp_path).script_on is False


async def test_toggle_keeps_the_reading_position(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "enter", "space", "j", "j")
        await pilot.pause()
        view = screen_of(app).query_one("#article", ArticleView)
        before = view.position
        await pilot.press("t")
        await pilot.pause()
        assert view.position == before


async def test_T_picks_a_variant_and_warns_about_phrase_mode(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, ScriptPicker)
        text = widget_text(app.screen.query_one("#warning"))
        assert "新聞釋出會" in text
        modes = app.screen.query_one("#modes", OptionList)
        assert [str(modes.get_option_at_index(i).prompt).split()[0] for i in range(modes.option_count)] == [
            "原文",
            "臺灣",
            "繁體",
            "香港",
            "臺灣用詞",
        ]
        await pilot.press("down", "down", "down", "enter")  # 香港
        await settled(pilot)
        await pilot.pause()
        assert screen_of(app).mode.name == "hongkong"
        assert "香港" in str(screen_of(app).query_one("#header").render())
        remembered = stored(tmp_path)
        assert (remembered.script_on, remembered.script_other) == (True, "hongkong")
        await pilot.press("t", "t")  # t goes back to the original and returns to the chosen variant
        await pilot.pause()
        assert screen_of(app).mode.name == "hongkong"


async def test_h_adds_a_traditional_keyword_that_finds_simplified_text(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settled(pilot)  # the full OpenCC fold is loaded
        await pilot.press("j", "j", "h")
        await pilot.pause()
        assert isinstance(app.screen, KeywordManager)
        await pilot.press(*"煤礦", "enter", "escape")
        await settled(pilot)
        await pilot.pause()
        screen = screen_of(app)
        assert screen.keywords == (Keyword("煤礦"),)
        coal = screen.article
        expected = sum(text.count("煤矿") for text in [coal.title, *coal.paragraphs])
        assert f"◆{expected}" in headline(app, 2)
        assert "◆" not in headline(app, 3)
        prompt = screen.query_one("#headlines", OptionList).get_option_at_index(2).prompt
        at = prompt.plain.index("煤矿")
        painted = [s for s in prompt.spans if s.style == keyword_style(0)]
        assert any(s.start <= at and s.end >= at + 2 for s in painted), "painted in the headline"
        view = screen.query_one("#article", ArticleView)
        assert len(view.hits) == expected
        line_index, match = view.hits[0]
        line = view.lines[line_index]
        assert line.text[match.start - line.start : match.end - line.start] == "煤矿"
        assert stored(tmp_path).keywords == (Keyword("煤礦"),)


async def test_keyword_manager_toggles_and_removes(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path, keywords=(Keyword("煤矿"), Keyword("临汾"))))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("tab")  # from the input to the list
        await pilot.press("space", "down", "d", "escape")
        await settled(pilot)
        await pilot.pause()
        assert screen_of(app).keywords == (Keyword("煤矿", enabled=False),)
        assert "◆" not in headline(app, 2)


async def test_dot_and_comma_step_through_matches(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path, keywords=(Keyword("煤矿"),)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        view = screen_of(app).query_one("#article", ArticleView)
        await pilot.press("full_stop", "full_stop")
        await pilot.pause()
        assert view.current_hit == view.hits[1]
        for _ in range(len(view.hits)):
            await pilot.press("full_stop")
        await pilot.pause()
        last_line, _ = view.hits[-1]
        assert view.current_hit == view.hits[-1]
        assert view.scroll_y <= last_line < view.scroll_y + view.scrollable_content_region.height
        assert any("No more matches" in str(n.message) for n in app._notifications)
        await pilot.press("comma")
        await pilot.pause()
        assert view.current_hit == view.hits[-2]


async def test_slash_searches_in_any_script_and_jumps_to_the_hit(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"晉城")
        await pilot.pause()
        search = app.screen
        assert search.query_one("#query", Input).value == "晉城"
        counts = [
            sum(text.count("晋城") for text in article_sources(a).values()) for _, a in ISSUE.articles()
        ]
        assert [len(group) for group in search.groups] == [n for n in counts if n]  # one result an article
        first = str(search.query_one("#results", OptionList).get_option_at_index(0).prompt)
        assert first.startswith(f"第1版 无烟煤产业大会暨无烟煤产需衔接会在晋城举行  {len(search.groups[0])}")
        await pilot.press("enter")  # enter in the query reads the first result
        await pilot.pause()
        await pilot.pause()
        screen = screen_of(app)
        assert screen.article.id == "anthracite" and screen.search_term == "晉城"
        view = screen.query_one("#article", ArticleView)
        hit_line, match = view.current_hit
        assert view.lines[hit_line].text[match.start - view.lines[hit_line].start :].startswith("晋城")
        await pilot.press("full_stop")
        await pilot.pause()
        assert view.current_hit != (hit_line, match)


async def test_one_character_search(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", "礦")
        await settled(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        await until(lambda: len(search.groups) > 1)  # once the fold is here, whenever that is
        summary = widget_text(app.screen.query_one("#summary"))
        hits = sum(len(group) for group in app.screen.groups)
        assert f"{hits} hits in {len(app.screen.groups)} articles" in summary and hits > 10


async def test_a_query_typed_before_the_fold_came_is_searched_again_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a slow machine the reader types in / before the OpenCC fold is loaded; its arrival
    must not leave 礦 finding only 礦 (the sample prints 矿)."""
    import threading

    import paperterm.screens.reader as reader

    release = threading.Event()
    loaded = reader.opencc_fold

    def slow_fold(cache: Path | None = None) -> Fold:
        release.wait(10)
        return loaded(cache)

    monkeypatch.setattr(reader, "opencc_fold", slow_fold)
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", "礦")
        await pilot.pause()
        search = app.screen
        assert isinstance(search, SearchScreen)
        await until(lambda: search.shown == "礦")  # the case-and-width fold's: no 礦 in the sample
        assert search.groups == []
        release.set()
        await until(lambda: bool(search.groups))
        summary = widget_text(search.query_one("#summary"))
        assert f"in {len(search.groups)} articles" in summary and len(search.groups) > 1


async def test_down_in_the_query_goes_to_the_results(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"临汾", "down")
        await pilot.pause()
        search = app.screen
        assert isinstance(search, SearchScreen)
        results = search.query_one("#results", OptionList)
        assert app.focused is results and len(search.groups) > 1
        await pilot.press("down", "enter")
        await pilot.pause()
        screen = screen_of(app)
        assert screen.article is not None and screen.article.id == search.groups[1][0].article_id


async def test_a_keyword_in_the_other_script_is_the_same_keyword(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path, keywords=(Keyword("煤矿"),)))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)  # the full fold: 礦 and 矿 are one character to it
        await pilot.press("h", *"煤礦", "enter", "down", "space", "escape")
        await settled(pilot)
        assert screen_of(app).keywords == (Keyword("煤矿", enabled=False),)  # ↓ reached the list
