"""收藏 in the running reader: `*` keeps, `K` lists across issues, enter opens, `*`/`d` unkeeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from paperterm.app import PapertermApp, make_app
from paperterm.model.library import Library
from paperterm.model.loader import load_issue
from paperterm.screens.contents import Contents
from paperterm.screens.kept import KeptList
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.widgets.reading_marks import KEPT
from tests.app_helpers import headline, settled, widget_text

SIZES = [(80, 24), (41, 24)]


def app_at(tmp_path: Path, archive: Path, paper: str, date: str, **options: object) -> PapertermApp:
    return make_app(
        load_issue(archive / paper / f"{date}.yaml", paper),
        ReaderOptions(
            state=ReadingState.open(tmp_path / "state"),
            fold_cache=tmp_path / "fold.json",
            library=Library.scan(archive),
            cache=tmp_path / "cache",
            **options,  # type: ignore[arg-type]
        ),
    )


def reader(app: PapertermApp) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


def notices(app: PapertermApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("size", SIZES)
async def test_star_keeps_and_unkeeps_with_a_mark_and_a_notice(
    tmp_path: Path, archive: Path, size: tuple[int, int]
) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        screen = reader(app)
        assert screen.article is not None
        title = screen.article.title
        assert KEPT not in headline(app, 0)
        await pilot.press("asterisk")
        await settled(pilot)
        assert headline(app, 0).startswith(f"●{KEPT}")
        assert notices(app)[-1] == f"Kept: {title}"
        state = screen.options.state
        assert state is not None
        [kept] = state.kept()
        assert (kept.paper_id, kept.date, kept.article_id, kept.title) == (
            "sxrb",
            "2015-01-02",
            screen.article.id,
            title,
        )
        await pilot.press("i")  # the 目录 shows the mark too
        await pilot.pause()
        assert isinstance(app.screen, Contents)
        assert KEPT in widget_text(app.screen.query_one(OptionList))
        await pilot.press("escape", "asterisk")
        await settled(pilot)
        assert KEPT not in headline(app, 0)
        assert notices(app)[-1] == f"No longer kept: {title}"
        assert state.kept() == []


async def test_a_kept_mark_is_there_when_the_issue_opens_again(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("n", "asterisk")
        await settled(pilot)
    again = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with again.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        screen = reader(again)
        assert screen.page is not None and len(screen.kept) == 1
        index = [a.id for a in screen.page.articles].index(next(iter(screen.kept)))
        assert KEPT in headline(again, index)


@pytest.mark.parametrize("size", SIZES)
async def test_the_kept_list_spans_issues_and_enter_opens_the_other_issue_there(
    tmp_path: Path, archive: Path, size: tuple[int, int]
) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await pilot.press("n", "asterisk", "greater_than_sign")  # keep the 2nd article, next day
        await settled(pilot)
        first_day = reader(app)
        assert first_day.issue.date.isoformat() == "2015-01-03"
        await pilot.press("asterisk", "K")  # keep the first article of 2015-01-03 too; list them
        await settled(pilot)
        kept = app.screen
        assert isinstance(kept, KeptList)
        drawn = widget_text(kept.query_one(OptionList))
        # Newest issue first, in Chinese date form with the weekday.
        assert drawn.index("2015年1月3日 星期六") < drawn.index("2015年1月2日 星期五")
        assert "2 kept" in widget_text(kept.query_one("#summary"))
        await pilot.press("down", "enter")
        await settled(pilot)
        screen = reader(app)
        assert screen.issue.date.isoformat() == "2015-01-02"
        assert screen.article is not None and screen.article.id == kept.kept[1].article_id
        assert screen.pane == "article" and screen.search_term is None
        assert screen.kept == {screen.article.id}


async def test_enter_on_an_article_of_the_open_issue_goes_there(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        screen = reader(app)
        await pilot.press("right_square_bracket", "asterisk", "left_square_bracket")
        await settled(pilot)
        assert screen.page is not None and screen.page.number == 1
        await pilot.press("K")
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)
        assert reader(app) is screen  # the same issue: no other reader screen
        assert screen.page is not None and screen.page.number == 2 and screen.pane == "article"


@pytest.mark.parametrize("key", ["asterisk", "d"])
async def test_star_or_d_in_the_list_unkeeps(tmp_path: Path, archive: Path, key: str) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("asterisk", "n", "asterisk", "K")
        await settled(pilot)
        kept = app.screen
        assert isinstance(kept, KeptList) and len(kept.kept) == 2
        await pilot.press(key)
        await settled(pilot)
        assert len(kept.kept) == 1 and "1 kept" in widget_text(kept.query_one("#summary"))
        await pilot.press(key)
        await settled(pilot)
        assert "Nothing kept yet" in widget_text(kept.query_one("#summary"))
        await pilot.press("escape")
        await settled(pilot)
        screen = reader(app)
        assert screen.kept == frozenset() and KEPT not in headline(app, 0)
        assert screen.options.state is not None and screen.options.state.kept() == []


async def test_kept_titles_show_in_the_script_on_screen(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("asterisk", "t", "K")
        await settled(pilot)
        kept = app.screen
        assert isinstance(kept, KeptList)
        drawn = widget_text(kept.query_one(OptionList))
        assert "山西日報" in drawn and "山西日报" not in drawn


async def test_the_keys_are_in_help_and_the_palette(tmp_path: Path, archive: Path) -> None:
    from paperterm.screens.help import groups

    reader_keys = dict(groups()[0][1])
    assert "*" in reader_keys and "K" in reader_keys
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert any("收藏" in t for t in titles)


async def test_a_kept_article_the_issue_no_longer_has_says_so(tmp_path: Path, archive: Path) -> None:
    from paperterm.state.kept import KeptArticle

    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        state = reader(app).options.state
        assert state is not None
        state.keep(KeptArticle("sxrb", "2015-01-03", "gone", "山西日报", 1, "题", "zh-Hans", None, 0.0))
        await pilot.press("K")
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)
        assert reader(app).issue.date.isoformat() == "2015-01-03"  # found by paper and day
        assert notices(app)[-1] == "This issue no longer has the article gone"


async def test_star_pressed_in_a_burst_ends_as_shown(tmp_path: Path, archive: Path) -> None:
    app = app_at(tmp_path, archive, "sxrb", "2015-01-02")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press(*["asterisk"] * 5)
        await settled(pilot)
        screen = reader(app)
        assert screen.article is not None and screen.kept == {screen.article.id}
        assert screen.options.state is not None
        assert [k.article_id for k in screen.options.state.kept()] == [screen.article.id]
