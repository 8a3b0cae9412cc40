"""The archive in the running reader: choosing a paper, < >, the calendar, papers, continuations, ctrl+f."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Input, OptionList, ProgressBar

from paperterm.app import PapertermApp, make_app
from paperterm.model.library import Library
from paperterm.model.loader import load_issue
from paperterm.screens.archive_search import ArchiveSearchScreen
from paperterm.screens.calendar import CalendarScreen
from paperterm.screens.issue_chooser import IssueChooser
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ArticleRecord, IssueKey, ReadingState
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.month_grid import MonthGrid
from tests.app_helpers import settled, widget_text

SIZES = [(80, 24), (41, 24), (23, 24)]


def options(tmp_path: Path, archive: Path) -> ReaderOptions:
    return ReaderOptions(
        state=ReadingState.open(tmp_path / "state"),
        fold_cache=tmp_path / "fold.json",
        library=Library.scan(archive),
        cache=tmp_path / "cache",
    )


def app_at(tmp_path: Path, archive: Path, paper: str, date: str) -> PapertermApp:
    return make_app(load_issue(archive / paper / f"{date}.yaml", paper), options(tmp_path, archive))


def reading(app: PapertermApp) -> tuple[str, str]:
    """(paper id, date) of the issue on screen."""
    assert isinstance(app.screen, ReaderScreen)
    return app.screen.issue.paper_id, app.screen.issue.date.isoformat()


def notices(app: PapertermApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


@pytest.mark.parametrize("size", SIZES)
async def test_a_date_with_two_papers_asks_which(
    tmp_path: Path, archive: Path, size: tuple[int, int]
) -> None:
    library = Library.scan(archive)
    app = make_app(None, options(tmp_path, archive), library.on(dt.date(2015, 1, 3)))
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, IssueChooser)
        assert "太原日报" in widget_text(app.screen.query_one(OptionList))
        await pilot.press("down", "enter")
        await settled(pilot)
        assert reading(app) == ("tyrb", "2015-01-03")


async def test_escape_from_the_chooser_quits(tmp_path: Path, archive: Path) -> None:
    library = Library.scan(archive)
    app = make_app(None, options(tmp_path, archive), library.on(dt.date(2015, 1, 3)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0  # None while the app runs


async def test_less_and_greater_step_through_one_papers_days(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-06")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("greater_than_sign")
        await settled(pilot)
        assert reading(app) == ("sxrb", "2015-01-08")  # 01-07 has no issue
        await pilot.press("less_than_sign", "less_than_sign")
        await settled(pilot)
        assert reading(app) == ("sxrb", "2015-01-05")
        for _ in range(5):
            await pilot.press("less_than_sign")
            await settled(pilot)
        assert reading(app) == ("sxrb", "2015-01-01")
        assert "No earlier issue of this paper" in notices(app)


async def test_an_issue_added_while_reading_is_found_by_greater_than(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-02-09")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("greater_than_sign")
        await settled(pilot)
        assert "No later issue of this paper" in notices(app)
        text = (archive / "sxrb" / "2015-02-09.yaml").read_text(encoding="utf-8")
        (archive / "sxrb" / "2015-02-10.yaml").write_text(text.replace("2015-02-09", "2015-02-10"))
        await pilot.press("greater_than_sign")
        await settled(pilot)
        assert reading(app) == ("sxrb", "2015-02-10")


async def test_the_reading_position_survives_a_trip_to_another_day(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("n", "n", "n")
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article is not None
        left_at = app.screen.article.id
        await pilot.press("greater_than_sign")
        await settled(pilot)
        await pilot.press("less_than_sign")
        await settled(pilot)
        assert reading(app) == ("sxrb", "2015-01-02") and app.screen.article.id == left_at


@pytest.mark.parametrize("size", SIZES)
async def test_calendar_moves_by_day_week_month_and_opens(
    tmp_path: Path, archive: Path, size: tuple[int, int]
) -> None:
    state = ReadingState.open(tmp_path / "state")
    for date, read in (("2015-01-02", 9), ("2015-01-03", 2)):
        key = IssueKey("sxrb", date)
        state.opened_issue(
            key,
            paper="山西日报",
            path=None,
            total_articles=9,
            last_page=1,
            last_article=None,
            last_title=None,
        )
        state.save_articles(key, [ArticleRecord(f"a{n}", "read") for n in range(read)])
    state.close()
    app = app_at(tmp_path, archive, "sxrb", "2015-01-06")
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, CalendarScreen)
        grid = app.screen.query_one(MonthGrid)
        drawn = widget_text(grid)
        assert "2015年1月" in drawn
        for day, mark in (("2", "✓"), ("3", "◐"), ("4", "●"), ("7", " ")):  # 7th: no issue
            assert re.search(rf"(?<!\d){day}{mark}", drawn), (day, mark)
        assert max(cell_len(row) for row in drawn.splitlines()) <= size[0] - 2  # inside the border
        await pilot.press("right")
        assert grid.cursor == dt.date(2015, 1, 7)
        await pilot.press("enter")
        await pilot.pause()
        assert "nearest: 2015-01-06 (earlier), 2015-01-08 (later)" in notices(app)
        await pilot.press("down", "pagedown", "up", "left")
        assert grid.cursor == dt.date(2015, 2, 6)
        await pilot.press("pageup", "right", "right", "enter")
        await settled(pilot)
        assert reading(app) == ("sxrb", "2015-01-08")


async def test_papers_switches_to_the_same_day_of_another_paper(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-06")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("P")
        await settled(pilot)
        assert isinstance(app.screen, IssueChooser)
        await pilot.press("down", "enter")
        await settled(pilot)
        assert reading(app) == ("tyrb", "2015-01-06")


async def test_c_follows_a_continuation_and_back_and_o_reads_on(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("n")
        await pilot.pause()
        head = screen.article
        assert head is not None and head.id == "p1a1" and head.continued_on == 2
        view = screen.query_one("#article", ArticleView)
        assert view.lines[-1].text == "（下转第2版）"
        await pilot.press("c")
        await pilot.pause()
        part = screen.article
        assert part is not None and (screen.page.number, part.id) == (2, "p2a0") and part.title == head.title
        first = str(screen.query_one("#headlines", OptionList).get_option_at_index(0).prompt)
        assert first.startswith("↳"), "the continued part is not an unread item of its own"
        page_two = str(screen.query_one("#sidebar", OptionList).get_option_at_index(1).prompt)
        assert page_two.endswith("  0/2"), page_two  # three articles on page 2, one of them the part
        await pilot.press("c")
        await pilot.pause()
        assert screen.article == head
        await pilot.press("o")
        await pilot.pause()
        texts = [line.text for line in view.lines]
        assert "（接第2版）" in texts and view.lines[-1].text != "（下转第2版）"
        assert part.paragraphs[0][:10] in "".join(texts)


async def test_clicking_the_continuation_line_jumps(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("n", "z", "G")
        await pilot.pause()
        view = screen.query_one("#article", ArticleView)
        row = len(view.lines) - 1 - round(view.scroll_y)
        await pilot.click(ArticleView, offset=(view.scrollable_content_region.width // 2, row))
        await pilot.pause()
        assert screen.article is not None and screen.article.id == "p2a0"


@pytest.mark.parametrize("size", SIZES)
async def test_ctrl_f_searches_the_archive_and_opens_a_hit(
    tmp_path: Path, archive: Path, size: tuple[int, int]
) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveSearchScreen)
        app.screen.query_one(Input).value = "煤礦"
        await pilot.press("enter")
        await settled(pilot)
        search = app.screen
        assert isinstance(search, ArchiveSearchScreen)
        results = search.query_one("#results", OptionList)
        first = search.hits[results.highlighted]
        assert "articles" in widget_text(search.query_one("#summary"))
        bar = search.query_one("#building", ProgressBar)
        files = len(Library.scan(archive).refs)
        assert (bar.total, bar.progress) == (files, files), "the first search built the index, with a bar"
        drawn = widget_text(results)
        assert "煤矿" in drawn and max(cell_len(row) for row in drawn.splitlines()) <= size[0]
        assert first.date == dt.date(2015, 2, 9)  # newest first: the last day of the archive
        await pilot.press("enter")
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert reading(app) == (first.paper_id, first.date.isoformat())
        assert screen.article is not None and screen.article.id == first.article_id
        assert screen.search_term == "煤礦"
        view = screen.query_one("#article", ArticleView)
        assert view.current_hit is not None


async def test_the_reader_is_the_first_screen_and_switching_keeps_two_at_most(
    tmp_path: Path, archive: Path
) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        # No blank default screen under the reader: the terminal's first frame is the issue.
        assert app.screen_stack == [app.screen] and isinstance(app.screen, ReaderScreen)
        for _ in range(3):
            await pilot.press("greater_than_sign")
            await settled(pilot)
        assert reading(app) == ("sxrb", "2015-01-05")
        assert len(app.screen_stack) == 2 and all(isinstance(s, ReaderScreen) for s in app.screen_stack)


async def test_archive_hits_and_paper_names_follow_the_script_shown(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("t", "ctrl+f")
        await pilot.pause()
        app.screen.query_one(Input).value = "煤矿"
        await pilot.press("enter")
        await settled(pilot)
        drawn = widget_text(app.screen.query_one("#results", OptionList))
        assert "煤礦" in drawn and "煤矿" not in drawn
        assert "山西日報" in drawn
        await pilot.press("escape", "P")
        await settled(pilot)
        chooser = widget_text(app.screen.query_one("#choices", OptionList))
        assert "太原日報" in chooser and "太原日报" not in chooser


async def test_N_opens_the_next_issue_not_yet_read(tmp_path: Path, archive: Path) -> None:
    state = ReadingState.open(tmp_path / "state")
    key = IssueKey("sxrb", "2015-01-03")  # the next day is read to the end: N passes it over
    state.opened_issue(
        key, paper="山西日报", path=None, total_articles=2, last_page=1, last_article=None, last_title=None
    )
    state.save_articles(key, [ArticleRecord(f"a{n}", "read") for n in range(2)])
    state.close()
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("N")
        await settled(pilot)
        assert reading(app) == ("sxrb", "2015-01-04")


async def test_ctrl_f_takes_or_and_opens_at_the_word_typed_first(tmp_path: Path, archive: Path) -> None:
    from paperterm.cache.fold_table import opencc_fold
    from paperterm.model.query import article_text, parse_query

    fold = opencc_fold(None)
    query = parse_query("不存在的词 OR 莱比锡", fold)
    expected = {
        (issue.date, issue.paper_id, article.id)
        for path in sorted(archive.rglob("*.yaml"))
        for issue in [load_issue(path)]
        for _, article in issue.articles()
        if query.matches(fold(article_text(article)))
    }
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveSearchScreen)
        app.screen.query_one(Input).value = "不存在的词 OR 莱比锡"
        await pilot.press("enter")
        await settled(pilot)
        search = app.screen
        assert isinstance(search, ArchiveSearchScreen)
        shown = {(hit.date, hit.paper_id, hit.article_id) for hit in search.hits.values()}
        assert 0 < len(expected) < 200 and shown == expected  # fewer than the screen's limit: all shown
        assert search.word == "不存在的词"
