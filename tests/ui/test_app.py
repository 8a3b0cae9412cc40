"""The reader, driven with Pilot the way a person drives it with keys and mouse."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import OptionList

from paperterm.app import make_app
from paperterm.model.issue import Heading
from paperterm.model.loader import load_issue, parse_issue
from paperterm.model.plaintext import INDENT
from paperterm.screens.help import HelpScreen
from paperterm.screens.reader import ReaderScreen
from paperterm.widgets.article_view import ArticleView
from tests.app_helpers import read_whole_article, visible_lines, widget_text
from tests.conftest import SAMPLE
from tests.issue_text import MINIMAL

ISSUE = load_issue(SAMPLE)
TWO_PAGES = (
    MINIMAL
    + """\
  - number: 2
    name: 国内
    articles:
      - id: second-page
        title: 第二版头条
        body:
          - 第二版的第一段。
"""
)


def reader(app) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def article_text(app) -> str:
    return "\n".join(visible_lines(app.screen.query_one("#article", ArticleView)))


async def test_opens_on_page_one_with_eight_headlines_and_the_first_article() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = reader(app)
        sidebar = screen.query_one("#sidebar", OptionList)
        assert sidebar.display and str(sidebar.get_option_at_index(0).prompt) == "第1版 要闻  8"
        headlines = screen.query_one("#headlines", OptionList)
        assert headlines.option_count == 8
        assert "特种车辆走俏国内外市场" in str(headlines.get_option_at_index(0).prompt)
        assert "【图】" in str(headlines.get_option_at_index(0).prompt)
        assert "特种车辆走俏国内外市场" in article_text(app)
        header = str(screen.query_one("#header").render())
        assert header.startswith("山西日报 · 2024年11月19日 · 第1版 要闻  ")
        assert header.endswith("星期二 农历甲辰年十月十九"), "the masthead's date line, where it fits"
        assert app.focused is headlines


async def test_n_and_p_walk_the_articles() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("n", "n")
        await pilot.pause()
        assert reader(app).article.id == "coal-water"
        assert "省安委办安排部署加强煤矿水害防治工作" in article_text(app)
        assert reader(app).query_one("#headlines", OptionList).highlighted == 2
        await pilot.press("p")
        await pilot.pause()
        assert reader(app).article.id == "lf-answer"
        assert "临汾：在推进中国式现代化实践中交出亮丽答卷" in article_text(app)
        await pilot.press(*["n"] * 10)
        await pilot.pause()
        assert reader(app).article.id == "trade-growth"
        assert any("No more articles" in str(n.message) for n in app._notifications)


async def test_j_k_and_arrows_move_through_headlines_and_preview_the_article() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "j", "down", "k")
        await pilot.pause()
        assert reader(app).article.id == "coal-water"
        assert "夯实基础保障 健全责任体系" in article_text(app)


async def test_pages_with_brackets_and_n_crosses_pages() -> None:
    issue, _ = parse_issue(TWO_PAGES)
    assert issue is not None
    app = make_app(issue)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("right_square_bracket")
        await pilot.pause()
        screen = reader(app)
        assert screen.page.number == 2 and screen.article.id == "second-page"
        assert "· 第2版 国内" in str(screen.query_one("#header").render())
        assert "第二版头条" in str(screen.query_one("#headlines", OptionList).get_option_at_index(0).prompt)
        assert screen.query_one("#sidebar", OptionList).highlighted == 1
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.page.number == 1
        await pilot.press("n")
        await pilot.pause()
        assert (screen.page.number, screen.article.id) == (2, "second-page")
        await pilot.press("p")
        await pilot.pause()
        assert (screen.page.number, screen.article.id) == (1, "p1-1")


async def test_choosing_a_page_in_the_sidebar() -> None:
    issue, _ = parse_issue(TWO_PAGES)
    assert issue is not None
    app = make_app(issue)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is reader(app).query_one("#sidebar")
        await pilot.press("j", "enter")
        await pilot.pause()
        assert reader(app).page.number == 2


async def test_tab_cycles_the_panes() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 30)) as pilot:
        seen = []
        for _ in range(3):
            await pilot.press("tab")
            await pilot.pause()
            seen.append(app.focused.id)
        assert seen == ["article", "sidebar", "headlines"]


async def test_enter_opens_and_space_b_g_G_scroll_the_article() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "enter")
        await pilot.pause()
        view = reader(app).query_one("#article", ArticleView)
        assert app.focused is view
        await pilot.press("space")
        await pilot.pause()
        first_page = view.scroll_y
        assert first_page > 10
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > first_page
        assert "（下转第2版）" in article_text(app)
        await pilot.press("b")
        await pilot.pause()
        assert view.scroll_y < view.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0


async def test_z_shows_the_article_alone_at_full_width() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("z")
        await pilot.pause()
        screen = reader(app)
        assert not screen.query_one("#sidebar").display and not screen.query_one("#headlines").display
        assert screen.query_one("#article").size.width >= 118
        await pilot.press("z")
        await pilot.pause()
        assert screen.query_one("#headlines").display


async def test_question_mark_lists_every_key() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = widget_text(app.screen.query_one("#keys"))
        for row in (
            ("n p", "Next / previous article"),
            ("z", "Article alone, full width"),
            ("space b", "A screen down / up"),
        ):
            assert any(line.startswith(row[0]) and row[1] in line for line in keys.splitlines()), row
        assert "Quit; your place is kept" in keys
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_q_quits() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_at_80_columns_the_sidebar_folds_until_s() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert not screen.query_one("#sidebar").display
        assert screen.query_one("#headlines").display and screen.query_one("#article").display
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one("#sidebar").display and app.focused is screen.query_one("#sidebar")


@pytest.mark.parametrize("width", [41, 23])
async def test_narrow_terminals_show_one_pane_at_a_time(width: int) -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(width, 20)) as pilot:
        await pilot.pause()
        screen = reader(app)
        shown = [w.id for w in screen.query("#panes > *") if w.display]
        assert shown == ["headlines"]
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert [w.id for w in screen.query("#panes > *") if w.display] == ["article-pane"]
        assert "省安委办" in article_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert [w.id for w in screen.query("#panes > *") if w.display] == ["headlines"]


async def test_mouse_click_chooses_a_headline_and_wheel_scrolls() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 30)) as pilot:
        headlines = reader(app).query_one("#headlines", OptionList)
        # The third item starts below the first two; click a row inside it.
        target_line = next(y for y in range(30) if "省安委办" in headlines.render_line(y).text)
        await pilot.click(headlines, offset=(5, target_line))
        await pilot.pause()
        assert reader(app).article.id == "coal-water"
        view = reader(app).query_one("#article", ArticleView)
        # Pilot has no wheel helper; this is the path its click() takes, with a wheel event.
        await pilot._post_mouse_events([events.MouseScrollDown], view, offset=(5, 5))
        await pilot.pause()
        assert view.scroll_y > 0


@pytest.mark.parametrize(("width", "height"), [(80, 24), (41, 20), (23, 12)])
async def test_screen_lines_give_back_every_paragraph_exactly(width: int, height: int) -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(width, height)) as pilot:
        await pilot.press("n", "enter")
        await pilot.pause()
        view = reader(app).query_one("#article", ArticleView)
        rows = await read_whole_article(pilot, view)
        assert len(rows) == len(view.lines)
        article = reader(app).article
        for index, block in enumerate(article.body):
            drawn = [
                row.strip()
                for row, line in zip(rows, view.lines, strict=True)
                if line.block == index and line.role != "blank"
            ]
            expected = block.text if isinstance(block, Heading) else block
            assert "".join(drawn) == expected
            if not isinstance(block, Heading):
                first_row = next(
                    r for r, line in zip(rows, view.lines, strict=True) if line.block == index and line.indent
                )
                assert first_row.startswith(" " * (view._margin + 2 * len(INDENT)))
        for row in rows:
            assert len(row) <= view.scrollable_content_region.width


async def test_text_that_looks_like_markup_is_shown_literally() -> None:
    nasty = "[bold]粗[/] [/] [@click=app.quit]x[/] [link=https://example.com]链[/link]"
    text = MINIMAL.replace("title: 第一篇", f"title: '{nasty}'").replace("- 第一段。", f"- '{nasty}'")
    text = text.replace("name: 要闻", "name: '[/]'")
    issue, problems = parse_issue(text)
    assert issue is not None, problems
    app = make_app(issue)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = reader(app)
        shown = str(screen.query_one("#headlines", OptionList).get_option_at_index(0).prompt)
        assert "".join(nasty.split()) == "".join(shown.split())  # as typed, only broken into lines
        assert "[/]" in str(screen.query_one("#sidebar", OptionList).get_option_at_index(0).prompt)
        assert "[/]" in str(screen.query_one("#header").render())
        drawn = "".join(row.strip() for row in visible_lines(screen.query_one("#article", ArticleView)))
        for token in ("[bold]粗[/]", "[@click=app.quit]x[/]", "[link=https://example.com]链[/link]"):
            assert drawn.count(token) == 2, token
        await pilot.click("#article", offset=(20, 0))
        await pilot.pause()
        assert app.is_running


async def test_resize_rewraps_and_keeps_the_same_paragraph_at_the_top() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n", "enter", *["j"] * 30)
        await pilot.pause()
        view = reader(app).query_one("#article", ArticleView)
        block, offset = view.position
        assert block >= 1
        paragraph = reader(app).article.body[block]
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        top = visible_lines(view)[0].strip()
        assert isinstance(paragraph, str) and top and top in paragraph
        new_block, new_offset = view.position
        assert new_block == block and new_offset <= offset


async def test_space_in_the_headline_list_pages_the_previewed_article() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "space")
        await pilot.pause()
        view = reader(app).query_one("#article", ArticleView)
        assert app.focused is reader(app).query_one("#headlines")
        assert view.scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert view.scroll_y == 0
