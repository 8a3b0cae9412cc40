"""Reading position and read marks in the running reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from paperterm.app import make_app
from paperterm.model.issue import Article, Heading
from paperterm.model.loader import load_issue
from paperterm.model.script import MODES, Script
from paperterm.screens.confirm import Confirm
from paperterm.screens.reader import ReaderScreen
from paperterm.state.db import FILENAME
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.state.session import issue_key
from paperterm.widgets.article_view import ArticleView
from tests.app_helpers import headline, visible_lines, widget_text
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)


def options(folder: Path) -> ReaderOptions:
    return ReaderOptions(state=ReadingState.open(folder))


def reader(app) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


@pytest.mark.parametrize(
    ("first", "second"), [((120, 40), (60, 20)), ((60, 20), (120, 40)), ((80, 24), (41, 20))]
)
async def test_paragraph_at_the_top_comes_back_at_another_width(
    tmp_path: Path, first: tuple[int, int], second: tuple[int, int]
) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=first) as pilot:
        await pilot.press("n", "enter", "space", "space", "j", "j", "j")
        await pilot.pause()
        view = reader(app).query_one("#article", ArticleView)
        block, offset = view.position
        assert block >= 1
        await pilot.press("q")
    paragraph = ISSUE.find("lf-answer")[1].body[block]  # type: ignore[index]
    assert isinstance(paragraph, str)

    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=second) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.article is not None and screen.article.id == "lf-answer"
        view = screen.query_one("#article", ArticleView)
        top = visible_lines(view)[0].strip()
        # The top line is the one of paragraph k that holds the saved offset.
        start = view.lines[round(view.scroll_y)].start
        assert view.position[0] == block and start <= offset < start + len(
            view.lines[round(view.scroll_y)].text
        )
        assert top and paragraph[start:].startswith(top)


async def test_marks_progress_and_m(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        # The photo item fits the preview, but a preview is not reading: nothing is marked.
        assert all(headline(app, n).startswith("●") for n in range(3))
        await pilot.press("n", "enter", "space")
        await pilot.pause()
        assert headline(app, 1).startswith("◐")
        progress = widget_text(reader(app).query_one("#progress"))
        assert "¶" in progress and "%" in progress
        await pilot.press("m")
        await pilot.pause()
        assert headline(app, 1).startswith("✓")
        assert "1/8" in str(reader(app).query_one("#sidebar", OptionList).get_option_at_index(0).prompt)
        await pilot.press("m")
        await pilot.pause()
        assert headline(app, 1).startswith("◐")


async def test_u_goes_to_the_next_unread_and_U_marks_the_page(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        assert reader(app).article.id == "lf-answer"
        await pilot.press("m", "u")
        await pilot.pause()
        assert reader(app).article.id == "coal-water"
        await pilot.press("U")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert "Mark all 8 articles of 第1版 要闻 read" in widget_text(app.screen.query_one("#question"))
        await pilot.press("n")
        await pilot.pause()
        assert headline(app, 3).startswith("●")
        await pilot.press("U", "y")
        await pilot.pause()
        assert all(headline(app, i).startswith("✓") for i in range(8))
        assert "8/8" in str(reader(app).query_one("#sidebar", OptionList).get_option_at_index(0).prompt)
        await pilot.press("u")
        await pilot.pause()
        assert any("Everything in this issue is read" in str(n.message) for n in app._notifications)
        await pilot.press("q")
    saved = ReadingState.open(tmp_path).articles(issue_key(ISSUE))
    assert len(saved) == 8 and all(r.state == "read" for r in saved.values())


async def test_a_damaged_state_file_is_moved_aside_and_the_reader_told(tmp_path: Path) -> None:
    (tmp_path / FILENAME).write_bytes(b"\x00garbage" * 500)
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        notices = [str(n.message) for n in app._notifications]
        assert any("damaged" in n and "corrupt-" in n for n in notices)
        assert "特种车辆走俏国内外市场" in "\n".join(
            visible_lines(reader(app).query_one("#article", ArticleView))
        )
    assert any(p.name.startswith(f"{FILENAME}.corrupt-") for p in tmp_path.iterdir())


async def test_an_unwritable_state_folder_still_opens_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("in the way")
    app = make_app(ISSUE, options(tmp_path / "file" / "state"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert any("cannot be saved" in str(n.message) for n in app._notifications)
        assert reader(app).article.id == "lf-answer"


async def test_passing_over_articles_in_the_list_marks_nothing(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press(*"jjjjjjj")
        await pilot.pause()
        assert all(headline(app, n).startswith("●") for n in range(8))
        await pilot.press("tab")  # the article pane: the short article on screen is now read
        await pilot.pause()
        assert headline(app, 7).startswith("✓")
        assert all(headline(app, n).startswith("●") for n in range(7))


async def test_paging_from_the_list_is_reading(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "space")
        await pilot.pause()
        assert headline(app, 1).startswith("◐")
        assert headline(app, 0).startswith("●")


async def test_an_article_left_and_come_back_to_opens_where_it_was(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "enter", "space", "j", "j")
        await pilot.pause()
        view = reader(app).query_one("#article", ArticleView)
        where, shown = view.position, widget_text(reader(app).query_one("#progress"))
        assert where != (0, 0)
        await pilot.press("n", "p")
        await pilot.pause()
        assert view.position == where
        assert widget_text(reader(app).query_one("#progress")) == shown
        await pilot.press("escape", "j", "k")  # and through the list, as a preview
        await pilot.pause()
        assert view.position == where


def taiwan_body(article: Article) -> list[str]:
    """The article's paragraphs in 臺灣 script, one a line, as plain text output gives them."""
    script = Script(MODES["taiwan"], ISSUE.language)
    return [b.text if isinstance(b, Heading) else b for b in script.article(article).body]


async def test_y_copies_the_article_as_shown_and_Y_its_citation(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n", "t", "y", "Y")
        await pilot.pause()
    article = ISSUE.find("lf-answer")[1]  # type: ignore[index]
    text, cite = copied
    head, body = text.split("\n\n", 1)
    assert head.split("\n")[1:] == ["臨汾：在推進中國式現代化實踐中交出亮麗答卷", "本報記者 張文華"]
    assert body.split("\n") == [*taiwan_body(article), "（下轉第2版）"]
    assert cite == "《山西日報》2024年11月19日第1版《臨汾：在推進中國式現代化實踐中交出亮麗答卷》"


async def test_paging_keeps_two_lines_and_ctrl_d_moves_half_a_screen(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "enter")
        await pilot.pause()
        view = reader(app).query_one("#article", ArticleView)
        height = view.scrollable_content_region.height
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y == height - 2
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert view.scroll_y == height - 2 + height // 2
        await pilot.press("ctrl+u", "b")
        await pilot.pause()
        assert view.scroll_y == 0
