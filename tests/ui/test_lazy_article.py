"""An article of one multi-megabyte paragraph is laid out only as far as it is read: opening it,
jumping in it, resizing and toggling the script lay out what the screen (or the jump) needs, and
the reader reaches its end — and it counts as read — only at the real end. Amounts of text laid
out are asserted, never times (bench/big_issue_bench.py times it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.message import Message
from textual.pilot import Pilot

from bench.big_issue_bench import huge_paragraph_issue
from paperterm.app import make_app
from paperterm.model.highlight import Keyword
from paperterm.model.issue import Issue
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.widgets.article_view import FIRST, ArticleView
from tests.app_helpers import settled, visible_lines

RARE = "鸿雁传书"
"""A word the sample's text does not hold: put once near the end of the huge paragraph."""


def huge_issue() -> tuple[Issue, str]:
    """The sample with its second article one paragraph of ≈1 million characters, RARE near its end."""
    issue = huge_paragraph_issue(3_000_000)
    page = issue.pages[0]
    article = page.articles[1]
    paragraph = article.body[0]
    assert isinstance(paragraph, str) and RARE not in paragraph
    article = article._replace(body=(paragraph[:-20_000] + RARE + paragraph[-20_000:],))
    articles = (page.articles[0], article, *page.articles[2:])
    return issue._replace(pages=(page._replace(articles=articles), *issue.pages[1:])), article.id


ISSUE, HUGE = huge_issue()
PARAGRAPH = ISSUE.pages[0].articles[1].body[0]
assert isinstance(PARAGRAPH, str) and len(PARAGRAPH) > 900_000
BOUND = FIRST + 3 * 4096  # what opening may lay out: FIRST, and the piece that passes it


def options(tmp_path: Path, **kwargs: object) -> ReaderOptions:
    return ReaderOptions(state=ReadingState.open(tmp_path / "state"), **kwargs)


def reader(app: object) -> ReaderScreen:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, ReaderScreen)
    return screen


async def until(pilot: Pilot[None], done: Callable[[], bool], tries: int = 400) -> None:
    for _ in range(tries):
        if done():
            return
        await pilot.pause()
    raise AssertionError("the condition never came")


async def open_huge(pilot: Pilot[None]) -> ArticleView:
    await settled(pilot)
    await pilot.press("n", "enter")
    await pilot.pause()
    screen = reader(pilot.app)
    assert screen.article is not None and screen.article.id == HUGE
    return screen.query_one("#article", ArticleView)


async def test_opening_a_huge_paragraph_lays_out_a_screen_and_a_margin(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_huge(pilot)
        assert not view.laid.complete and view.laid.laid_chars <= BOUND
        assert PARAGRAPH[:10] in "".join(visible_lines(view)).replace(" ", "")
        # The scrollbar counts on an estimate of the whole paragraph, not on the lines laid.
        assert view.virtual_size.height > 10 * len(view.lines)
        await pilot.press("space", "space", "j")
        await pilot.pause()
        assert view.laid.laid_chars <= BOUND + 2 * 4096
        record = reader(app).session.record(HUGE)  # type: ignore[union-attr]
        assert record.state != "read" and 0 < record.progress < 0.1


async def test_G_lays_out_to_the_end_in_slices_and_only_then_reports_the_end(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_huge(pilot)
        reports: list[tuple[bool, bool, float]] = []
        post = view.post_message

        def spy(message: Message) -> bool:
            if isinstance(message, ArticleView.Moved):
                reports.append((view.laid.complete, message.at_end, message.progress))
            return post(message)

        view.post_message = spy  # type: ignore[method-assign]
        await pilot.press("G")
        await until(pilot, lambda: view.laid.complete and view.scroll_y == view.max_scroll_y)
        assert PARAGRAPH[-10:] in "".join(visible_lines(view)).replace(" ", "")
        assert len(reports) > 2  # the pane followed the layout down
        assert all(not at_end and progress < 1 for complete, at_end, progress in reports if not complete)
        assert reports[-1][1:] == (True, 1.0)
        await pilot.pause()
        assert reader(app).session.record(HUGE).state == "read"  # type: ignore[union-attr]
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0 and view.position[0] < 0


async def test_a_key_during_G_stops_it_where_the_reader_is(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_huge(pilot)
        view.action_scroll_end()  # G: one slice now, the next after a frame (Pilot waits them all out)
        assert not view.laid.complete and view.scroll_y > 0
        view.action_scroll_home()  # g, typed before that frame
        for _ in range(5):
            await pilot.pause()
        assert view.scroll_y == 0 and not view.laid.complete
        view.action_scroll_end()
        view.scroll_to(y=view.scroll_y - 3, animate=False, immediate=True)  # the mouse wheel, up
        top = view.scroll_y
        for _ in range(5):
            await pilot.pause()
        assert view.scroll_y == top and not view.laid.complete


async def test_a_deep_position_lays_out_as_far_as_it_and_comes_back(tmp_path: Path) -> None:
    offset = 600_000
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_huge(pilot)
        view.go_to(0, offset)
        await pilot.pause()
        assert view.position == (0, offset)
        assert not view.laid.complete and view.laid.laid_chars < offset + 3 * 4096
        top = view.lines[round(view.scroll_y)]
        assert top.start <= offset < top.start + len(top.text)
        view.report_position()
        await settled(pilot)
        await pilot.press("q")
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        screen = reader(app)
        assert screen.article is not None and screen.article.id == HUGE
        view = screen.query_one("#article", ArticleView)
        assert view.position == (0, offset) and not view.laid.complete


async def test_resize_and_t_keep_a_deep_place_without_laying_out_the_rest(tmp_path: Path) -> None:
    offset = 400_000
    app = make_app(ISSUE, options(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_huge(pilot)
        view.go_to(0, offset)
        await pilot.pause()
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert view.position == (0, offset)
        assert not view.laid.complete and view.laid.laid_chars < offset + 3 * 4096
        await pilot.press("t")
        await settled(pilot)
        assert view.position == (0, offset)
        assert not view.laid.complete and view.laid.laid_chars < offset + 3 * 4096


async def test_stepping_reaches_a_match_past_what_is_laid_out(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path, keywords=(Keyword(RARE),)))
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_huge(pilot)
        assert view.hits == []
        await pilot.press("full_stop")
        await pilot.pause()
        assert view.current_hit is not None
        line_index, match = view.current_hit
        assert PARAGRAPH[match.start : match.end] == RARE
        top = round(view.scroll_y)
        assert top <= line_index < top + view.scrollable_content_region.height
        assert not view.laid.complete  # laid as far as the match and a screen, not the last lines
        record = reader(app).session.record(HUGE)  # type: ignore[union-attr]
        assert record.state != "read" and record.progress < 1
        await pilot.press("full_stop")
        await pilot.pause()
        assert any("No more matches" in str(n.message) for n in app._notifications)


async def test_a_search_hit_deep_in_the_paragraph_is_shown(tmp_path: Path) -> None:
    app = make_app(ISSUE, options(tmp_path, keywords=(Keyword(RARE),)))
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_huge(pilot)
        view.first_match_at_or_after(0, 0)  # what opening a `/` or archive hit does
        await pilot.pause()
        assert view.current_hit is not None and PARAGRAPH.find(RARE) == view.current_hit[1].start
        top = round(view.scroll_y)
        assert top <= view.current_hit[0] < top + view.scrollable_content_region.height
        assert not view.laid.complete
