"""`v`: the 版面图 of a page imported from a PDF of the test corpus, driven the way a reader would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot

from paperterm.app import make_app
from paperterm.importer.pdf import import_pdfs
from paperterm.model.highlight import Keyword
from paperterm.model.issue import Article, Issue, Page, Region
from paperterm.model.loader import load_issue
from paperterm.model.page_map import Area, PageMapLayout
from paperterm.screens.page_map import PageMapScreen
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.widgets.headline_list import HeadlineList
from paperterm.widgets.page_map import PageMap
from tests.app_helpers import widget_text
from tests.conftest import SAMPLE
from tests.pdfcorpus.expected import import_options
from tests.pdfcorpus.pages import ALL

CORPUS = "dongfang-2025-10-20"
"""Two broadsheet pages of seven articles each: a lead over four columns, a photo, boxes."""
SIZES = [(80, 24), (41, 20), (23, 12), (160, 50)]


@pytest.fixture
def issue(pdf_corpus: dict[str, Path]) -> Issue:
    spec = next(s for s in ALL if s.name == CORPUS)
    imported = import_pdfs([pdf_corpus[CORPUS]], **import_options(spec))
    assert imported.problems == []
    return imported.issue


def the_map(pilot: Pilot[None]) -> PageMap:
    assert isinstance(pilot.app.screen, PageMapScreen)
    return pilot.app.screen.query_one("#map", PageMap)


def reader(pilot: Pilot[None]) -> ReaderScreen:
    assert isinstance(pilot.app.screen, ReaderScreen)
    return pilot.app.screen


def selected(page_map: PageMap) -> Area:
    assert page_map.selected is not None
    area = page_map.layout_now.area(page_map.selected)
    assert area is not None
    return area


def label(layout: PageMapLayout, article_id: str) -> str:
    area = layout.area(article_id)
    assert area is not None
    return "".join(line.text for line in area.label)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_the_map_opens_on_the_article_being_read_and_every_article_is_on_it(
    issue: Issue, size: tuple[int, int]
) -> None:
    async with make_app(issue).run_test(size=size) as pilot:
        await pilot.press("v")
        await pilot.pause()
        page_map = the_map(pilot)
        assert page_map.has_focus
        assert page_map.selected == page_map.reading == issue.pages[0].articles[0].id
        layout = page_map.layout_now
        assert 0 < layout.width <= size[0] and 0 < layout.height <= size[1]
        assert all(layout.area(a.id) is not None for a in issue.pages[0].articles)
        drawn = widget_text(page_map)
        assert "┏" in drawn  # the article being read, outlined
        assert issue.pages[0].articles[0].title[:2] in drawn


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_arrows_move_to_the_article_that_way(issue: Issue, size: tuple[int, int]) -> None:
    async with make_app(issue).run_test(size=size) as pilot:
        await pilot.press("v")
        await pilot.pause()
        page_map = the_map(pilot)
        moves = {"right": (0, 1), "down": (1, 1), "left": (0, -1), "up": (1, -1)}
        for key in ("right", "down", "left", "up", "down"):
            before = selected(page_map)
            await pilot.press(key)
            after = selected(page_map)
            if after == before:  # nothing that way from here
                continue
            axis, sign = moves[key]
            assert (after.centre[axis] - before.centre[axis]) * sign > 0, key
        await pilot.press("escape")  # the moves were all in the map: the reader is where it was
        assert reader(pilot).article == issue.pages[0].articles[0]


async def test_the_first_page_moves_as_it_is_printed(issue: Issue) -> None:
    # The lead runs across the left; the apple story is at the top right, the photo under it.
    async with make_app(issue).run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        page_map = the_map(pilot)
        for key, found in (("right", "p1-2"), ("down", "p1-3"), ("j", "p1-5"), ("h", "p1-4"), ("k", "p1-1")):
            await pilot.press(key)
            assert page_map.selected == found, key
        await pilot.press("l")
        assert page_map.selected == "p1-2"
        await pilot.press("tab", "tab")
        assert page_map.selected == "p1-4"
        await pilot.press("shift+tab")
        assert page_map.selected == "p1-3"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_enter_reads_the_chosen_article(issue: Issue, size: tuple[int, int]) -> None:
    async with make_app(issue).run_test(size=size) as pilot:
        await pilot.press("v", "down")
        await pilot.pause()
        chosen = the_map(pilot).selected
        assert chosen != issue.pages[0].articles[0].id
        await pilot.press("enter")
        await pilot.pause()
        screen = reader(pilot)
        assert screen.article is not None and screen.article.id == chosen
        assert screen.pane == "article"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_escape_returns_to_the_reader_as_it_was(issue: Issue, size: tuple[int, int]) -> None:
    async with make_app(issue).run_test(size=size) as pilot:
        await pilot.press("n")
        await pilot.pause()
        before = reader(pilot).article
        await pilot.press("v", "right", "escape")
        await pilot.pause()
        assert reader(pilot).article == before


async def test_the_map_is_laid_out_again_when_the_terminal_is_resized(issue: Issue) -> None:
    async with make_app(issue).run_test(size=(160, 50)) as pilot:
        await pilot.press("v", "right")
        await pilot.pause()
        page_map = the_map(pilot)
        assert pilot.app.screen.query_one("#map-detail").display
        await pilot.resize_terminal(41, 20)
        await pilot.pause()
        assert page_map.size.width <= 41 and page_map.layout_now.height <= 17
        assert page_map.selected == "p1-2"  # the cursor stays on its article
        assert not pilot.app.screen.query_one("#map-detail").display  # no room beside the map
        assert all(page_map.layout_now.area(a.id) is not None for a in issue.pages[0].articles)


async def test_a_click_on_an_article_reads_it(issue: Issue) -> None:
    async with make_app(issue).run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        area = the_map(pilot).layout_now.area("p1-7")
        assert area is not None
        await pilot.click("#map", offset=(area.box.left + 1, area.box.top + 1))
        await pilot.pause()
        screen = reader(pilot)
        assert screen.article is not None and screen.article.id == "p1-7"


async def test_a_click_on_the_page_shown_in_the_sidebar_opens_its_map(issue: Issue) -> None:
    """The first click goes to a page, as ever; a click on the page already shown opens its 版面图."""
    async with make_app(issue).run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        sidebar = reader(pilot).query_one("#sidebar").region
        rows = [strip.text for strip in pilot.app.screen._compositor.render_strips()]
        y = next(y for y, row in enumerate(rows) if "第2版" in row[sidebar.x : sidebar.right])
        where = (2, y - sidebar.y)
        await pilot.click("#sidebar", offset=where)
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen) and reader(pilot).page == issue.pages[1]
        await pilot.click("#sidebar", offset=where)
        await pilot.pause()
        page_map = the_map(pilot)
        assert page_map.page is not None and page_map.page.number == 2


async def test_square_brackets_turn_the_page_on_the_map(issue: Issue) -> None:
    async with make_app(issue).run_test(size=(80, 24)) as pilot:
        await pilot.press("v", "right_square_bracket")
        await pilot.pause()
        page_map = the_map(pilot)
        assert page_map.page is not None and page_map.page.number == 2
        assert page_map.selected == issue.pages[1].articles[0].id
        assert "第2版" in widget_text(pilot.app.screen.query_one("#map-title"))
        await pilot.press("enter")
        await pilot.pause()
        assert reader(pilot).page == issue.pages[1]


async def test_i_lists_the_page_s_headlines_and_goes_back_to_the_map_where_the_list_was(issue: Issue) -> None:
    async with make_app(issue).run_test(size=(80, 24)) as pilot:
        await pilot.press("v", "right", "i")
        await pilot.pause()
        screen = pilot.app.screen
        contents = screen.query_one("#contents", HeadlineList)
        assert contents.display and contents.has_focus and not screen.query_one("#map-row").display
        assert contents.highlighted == 1  # the article the map's cursor was on
        await pilot.press("down", "i")
        await pilot.pause()
        page_map = the_map(pilot)
        assert page_map.display and page_map.has_focus and page_map.selected == "p1-3"


async def test_articles_without_regions_are_counted_in_the_title(issue: Issue) -> None:
    first = issue.pages[0]
    unplaced = first._replace(articles=(*first.articles, Article("extra", "补白", body=("短讯。",))))
    async with make_app(issue._replace(pages=(unplaced, *issue.pages[1:]))).run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        assert "1 not on the map" in widget_text(pilot.app.screen.query_one("#map-title"))


async def test_labels_carry_the_read_state_and_keyword_count(issue: Issue, tmp_path: Path) -> None:
    options = ReaderOptions(state=ReadingState.open(tmp_path / "state"), keywords=(Keyword("新能源"),))
    async with make_app(issue, options).run_test(size=(160, 50)) as pilot:
        await pilot.press("n", "m")  # the second article marked read
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        layout = the_map(pilot).layout_now
        assert label(layout, "p1-2").startswith("✓")
        assert label(layout, "p1-3").startswith("●")
        assert label(layout, "p1-5").startswith("●江淮大地新能源汽车") and "◆" in label(layout, "p1-5")
        status = widget_text(pilot.app.screen.query_one("#map-status"))
        assert "黄土坡上苹果红  ✓ read" in status  # the article being read, where the map opens


async def test_titles_are_in_the_script_shown(issue: Issue) -> None:
    async with make_app(issue).run_test(size=(80, 24)) as pilot:
        await pilot.press("t", "v")
        await pilot.pause()
        assert label(the_map(pilot).layout_now, "p1-2").startswith("黃土坡上")


async def test_a_title_is_drawn_as_text_never_markup() -> None:
    regions = (Region("body", 0, 0, 300, 400),)
    hostile = Issue(
        "测试报",
        "test",
        dt.date(2025, 1, 1),
        (
            Page(
                1,
                "要闻",
                (
                    Article("a", "[bold red]标题[/]", regions=regions),
                    Article("b", "[link=x]点我", regions=(Region("body", 310, 0, 300, 400),)),
                ),
            ),
        ),
    )
    async with make_app(hostile).run_test(size=(80, 24)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        drawn = widget_text(the_map(pilot))
        assert "[bold red]标题[/]" in drawn and "[link=x]点我" in drawn


async def test_briefs_too_small_to_draw_are_a_plus_n_and_tab_reaches_each(issue: Issue) -> None:
    # Twenty briefs printed in one corner of the first page's lead: at 23 columns they cannot
    # each have a cell, so the map counts them where they are printed.
    first = issue.pages[0]
    lead = first.articles[0].regions[-1]
    briefs = tuple(
        Article(f"brief-{n}", f"简讯{n}", kind="brief", regions=(Region("body", lead.x, lead.y, 3, 3),))
        for n in range(20)
    )
    crowded = issue._replace(pages=(first._replace(articles=(*first.articles, *briefs)), *issue.pages[1:]))
    async with make_app(crowded).run_test(size=(23, 12)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        page_map = the_map(pilot)
        layout = page_map.layout_now
        hosts = [a for a in layout.areas if a.merged]
        assert hosts and all(a.plus is not None for a in hosts)
        drawn = widget_text(page_map)
        for host in hosts:
            assert f"+{len(host.merged)}" in drawn
        counted = {key for a in layout.areas for key in a.merged}
        assert counted | {a.article_id for a in layout.areas} == {a.id for a in crowded.pages[0].articles}
        seen = set()
        for _ in crowded.pages[0].articles:
            await pilot.press("tab")
            seen.add(page_map.selected)
        assert seen == {a.id for a in crowded.pages[0].articles}
        merged = next(iter(counted))
        while page_map.selected != merged:
            await pilot.press("tab")
        assert "(too small" in widget_text(pilot.app.screen.query_one("#map-status"))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_an_issue_without_regions_says_so_in_one_line_and_lists_the_headlines(
    size: tuple[int, int],
) -> None:
    sample = load_issue(SAMPLE)
    async with make_app(sample).run_test(size=size) as pilot:
        await pilot.press("v")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PageMapScreen)
        notice = screen.query_one("#map-notice")
        assert notice.display and notice.size.height == 1
        assert widget_text(notice).strip().startswith("No page map")
        assert not screen.query_one("#map-row").display
        contents = screen.query_one("#contents", HeadlineList)
        assert contents.display and contents.has_focus
        assert contents.option_count == len(sample.pages[0].articles)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert reader(pilot).article == sample.pages[0].articles[1]


def test_snapshot_80x24(snap_compare, issue: Issue) -> None:
    assert snap_compare(make_app(issue), terminal_size=(80, 24), press=["v", "right"])


def test_snapshot_120x40(snap_compare, issue: Issue) -> None:
    assert snap_compare(make_app(issue), terminal_size=(120, 40), press=["v", "down"])
