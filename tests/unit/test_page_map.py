"""The 版面图 layout: printed regions to cells, overlaps cut apart, labels inside, arrow moves."""

from __future__ import annotations

import time
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paperterm.model.issue import Article, Issue, Page, Region
from paperterm.model.linebreak import NO_LINE_START, cell_width
from paperterm.model.loader import load_issue
from paperterm.model.page_map import (
    CELL_ASPECT,
    ELLIPSIS,
    Box,
    PageMapLayout,
    has_regions,
    label_lines,
    lay_out,
    neighbour,
)

SITES = Path(__file__).resolve().parent.parent / "data" / "sites"
SIZES = [(80, 21), (41, 17), (23, 9), (160, 47), (400, 12)]
"""The map's share of 80×24, 41×20, 23×12 and 160×50 terminals, and a very wide one."""


def article(key: str, *boxes: tuple[float, float, float, float], title: str = "标题") -> Article:
    return Article(key, title, regions=tuple(Region("body", *box) for box in boxes))


def page(*articles: Article) -> Page:
    return Page(1, "要闻", articles, (600.0, 900.0))


def imported_pages() -> list[Page]:
    """Every page of the e-paper goldens: regions as sites give them."""
    issues: list[Issue] = [load_issue(path) for path in sorted(SITES.glob("*.yaml"))]
    return [p for issue in issues for p in issue.pages if has_regions(p)]


def assert_sound(layout: PageMapLayout, width: int, height: int) -> None:
    """No shared cells, everything on the grid, every label line inside its own box."""
    assert layout.width <= width and layout.height <= height
    for area in layout.areas:
        box = area.box
        assert box.width >= 1 and box.height >= 1
        assert box.left >= 0 and box.right <= layout.width and box.top >= 0 and box.bottom <= layout.height
        inner = area.inner
        for line in (*area.label, *area.more):
            assert inner.top <= line.row < inner.bottom
            assert line.column == inner.left
            assert cell_width(line.text) <= inner.width
        if area.plus is not None:
            assert inner.top <= area.plus.row < inner.bottom
            assert (
                inner.left <= area.plus.column
                and area.plus.column + cell_width(area.plus.text) <= inner.right
            )
        assert (area.plus is None) == (not area.merged)
    assert not _overlapping_labels(layout)
    for first, second in combinations(layout.areas, 2):
        assert not first.box.overlaps(second.box), (first, second)


def accounted(page: Page, layout: PageMapLayout) -> bool:
    """Every article with a region has a box of its own or is counted in another's "+N"."""
    drawn = {a.article_id for a in layout.areas}
    counted = [key for a in layout.areas for key in a.merged]
    placed = [a.id for a in page.articles if a.regions]
    return len(drawn) + len(counted) == len(placed) and drawn | set(counted) == set(placed)


def _overlapping_labels(layout: PageMapLayout) -> list[tuple[int, int]]:
    """Cells that two pieces of label text would both be drawn on."""
    seen: set[tuple[int, int]] = set()
    twice: list[tuple[int, int]] = []
    for area in layout.areas:
        for line in (*area.label, *area.more, *((area.plus,) if area.plus else ())):
            for column in range(line.column, line.column + cell_width(line.text)):
                if (column, line.row) in seen:
                    twice.append((column, line.row))
                seen.add((column, line.row))
    return twice


# --- scale ---------------------------------------------------------------------------------------


def test_the_page_keeps_its_printed_proportions_with_cells_twice_as_tall_as_wide() -> None:
    square = page(article("a", (0, 0, 600, 600)))
    layout = lay_out(square, 80, 24)
    assert (layout.width, layout.height) == (48, 24)
    assert layout.width == layout.height * CELL_ASPECT


def test_a_very_wide_grid_is_not_stretched_to_fill() -> None:
    tall = page(article("a", (0, 0, 400, 800)))
    layout = lay_out(tall, 400, 10)
    assert (layout.width, layout.height) == (10, 10)


def test_a_narrow_grid_is_not_stretched_down() -> None:
    wide = page(article("a", (0, 0, 800, 100)))
    layout = lay_out(wide, 40, 50)
    assert (layout.width, layout.height) == (40, 3)


def test_only_the_part_of_the_page_the_articles_take_is_mapped() -> None:
    # A masthead above and margins around: the map starts at the first article's edge.
    offset = page(article("a", (100, 200, 300, 300)), article("b", (100, 500, 300, 300)))
    layout = lay_out(offset, 30, 30)
    assert [a.box for a in layout.areas] == [Box(0, 0, 30, 15), Box(0, 15, 30, 15)]


def test_a_gutter_keeps_side_by_side_articles_apart() -> None:
    columns = page(article("a", (0, 0, 295, 900)), article("b", (305, 0, 295, 900)))
    for width, height in SIZES:
        layout = lay_out(columns, width, height)
        left, right = layout.areas
        assert 0 <= right.box.left - left.box.right <= 1
        assert left.box.top == right.box.top == 0


def test_the_lead_article_is_the_largest_as_printed() -> None:
    front = next(p for p in imported_pages() if p.number == 1)
    for width, height in SIZES[:2]:
        areas = lay_out(front, width, height).areas
        assert areas[0].article_id == front.articles[0].id
        assert areas[0].box.area == max(a.box.area for a in areas)


def test_a_page_without_regions_has_no_areas() -> None:
    bare = page(Article("a", "无区域"))
    assert not has_regions(bare)
    assert lay_out(bare, 80, 24).areas == ()
    assert lay_out(page(article("a", (0, 0, 10, 10))), 0, 24).areas == ()


def test_articles_without_regions_are_left_off_the_map() -> None:
    mixed = page(article("a", (0, 0, 600, 900)), Article("b", "无区域"))
    assert [a.article_id for a in lay_out(mixed, 80, 24).areas] == ["a"]


# --- overlaps ------------------------------------------------------------------------------------


def test_an_l_shaped_article_gives_up_the_column_another_is_printed_in() -> None:
    # The lead's headline runs over four columns, its body fills three and the top of the
    # fourth; a second article fills the rest of the fourth. Cutting the lead's fourth
    # column costs it less of its print than cutting its lower half.
    lead = Article(
        "lead",
        "头条",
        regions=(
            Region("headline", 0, 0, 400, 100),
            Region("body", 0, 100, 300, 800),
            Region("body", 300, 100, 100, 200),
        ),
    )
    boxed = article("boxed", (300, 320, 100, 580))
    layout = lay_out(page(lead, boxed), 40, 45)
    lead_box, boxed_box = (a.box for a in layout.areas)
    assert lead_box == Box(0, 0, 30, 45)
    assert boxed_box.left == 30 and boxed_box.bottom == 45
    assert_sound(layout, 40, 45)


def test_articles_printed_in_the_same_place_share_it_out() -> None:
    twins = page(article("a", (0, 0, 600, 900)), article("b", (0, 0, 600, 900)))
    layout = lay_out(twins, 80, 24)
    assert len(layout.areas) == 2
    assert_sound(layout, 80, 24)


def test_two_tiny_articles_in_one_cell_the_smaller_moves_beside_it() -> None:
    tiny = page(
        article("big", (0, 0, 600, 600)),
        article("a", (700, 0, 20, 20)),
        article("b", (705, 5, 10, 10)),
        article("edge", (1000, 1000, 10, 10)),
    )
    layout = lay_out(tiny, 20, 10)
    a, b = layout.area("a"), layout.area("b")
    assert a is not None and b is not None and a != b
    assert b.box.area == 1 and max(abs(a.box.left - b.box.left), abs(a.box.top - b.box.top)) <= 2
    assert_sound(layout, 20, 10)


def test_a_tiny_article_with_no_free_cell_near_joins_the_area_it_is_printed_in() -> None:
    # Eight articles fill a grid of eight cells; two more are printed inside one of them.
    crowd = [article(f"c{i}", (i % 4 * 100, i // 4 * 200, 100, 200)) for i in range(8)]
    inside = [article(f"t{i}", (220, 250, 2, 2), title="小") for i in range(2)]
    full = page(*crowd, *inside)
    layout = lay_out(full, 4, 2)
    assert [a.article_id for a in layout.areas] == [f"c{i}" for i in range(8)]
    host = layout.at(2, 1)
    assert host is not None and host.article_id == "c6" and host.merged == ("t0", "t1")
    assert layout.area("t0") == layout.area("t1") == host
    assert accounted(full, layout)
    assert_sound(layout, 4, 2)


def test_the_area_they_join_says_plus_n_for_the_articles_it_stands_for() -> None:
    # Eight articles, two cells each, fill the grid; three more are printed in one cell: the
    # first takes it, the others have no free cell near and are counted where there is room.
    crowd = [article(f"c{i}", (i % 4 * 200, i // 4 * 200, 200, 200)) for i in range(8)]
    inside = [article(f"t{i}", (620, 250, 2, 2), title="小") for i in range(3)]
    full = page(*crowd, *inside)
    layout = lay_out(full, 8, 2)
    assert (layout.width, layout.height) == (8, 2)
    hosts = [a for a in layout.areas if a.merged]
    assert len(hosts) == 1 and set(hosts[0].merged) <= {"t0", "t1", "t2"}
    host = hosts[0]
    assert host.plus is not None and host.plus.text == f"+{len(host.merged)}"
    assert host.plus.row == host.inner.bottom - 1 and host.plus.column + 2 == host.inner.right
    assert all(
        line.row < host.plus.row or line.column + cell_width(line.text) <= host.plus.column
        for line in (*host.label, *host.more)
    )
    assert accounted(full, layout)
    assert_sound(layout, 8, 2)


def test_on_a_one_row_box_the_plus_n_follows_the_title() -> None:
    row = [article(f"c{i}", (i * 150, 0, 150, 15), title="长长的标题") for i in range(4)]
    inside = [article(f"t{i}", (160, 5, 1, 1)) for i in range(4)]
    layout = lay_out(page(*row, *inside), 40, 1)
    hosts = [a for a in layout.areas if a.merged]
    assert hosts
    for host in hosts:
        assert host.plus is not None and host.plus.text == f"+{len(host.merged)}"
        if host.label:
            assert host.label[0].column + cell_width(host.label[0].text) < host.plus.column
    assert_sound(layout, 40, 1)


TINY = st.tuples(st.floats(0, 598), st.floats(0, 898), st.floats(0.1, 6), st.floats(0.1, 6))


@settings(max_examples=150, deadline=None)
@given(st.lists(TINY, min_size=20, max_size=60), st.integers(8, 20))
def test_many_tiny_regions_at_23_columns_are_each_drawn_or_counted_in_a_plus_n(
    tiny: list[tuple[float, float, float, float]], height: int
) -> None:
    # A page of briefs and 中缝 notes among a few large stories, on the map of a 23-column
    # terminal: most briefs cannot have a cell; every one is still on the map, drawn or counted
    # in a whole "+N", and no two labels share a cell.
    large = [article(f"big{i}", (i % 2 * 300, i // 2 * 300, 290, 290)) for i in range(6)]
    small = [article(f"s{i}", box, title="简讯") for i, box in enumerate(tiny)]
    p = page(*large, *small)
    layout = lay_out(p, 23, height, states={}, counts={"big0": 3})
    assert accounted(p, layout)
    assert_sound(layout, 23, height)
    for area in layout.areas:
        if area.merged:
            assert area.plus is not None and area.plus.text == f"+{len(area.merged)}"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_e_paper_pages_lose_no_article_and_share_no_cell(width: int, height: int) -> None:
    for p in imported_pages():
        layout = lay_out(p, width, height)
        assert_sound(layout, width, height)
        assert accounted(p, layout)


# --- labels --------------------------------------------------------------------------------------


def test_a_label_is_the_mark_the_title_and_the_keyword_count() -> None:
    one = page(article("a", (0, 0, 600, 900), title="秋粮收获过半"))
    for state, mark in (("unread", "●"), ("opened", "◐"), ("read", "✓")):
        layout = lay_out(one, 80, 24, states={"a": state}, counts={"a": 3})
        assert layout.areas[0].label[0].text == f"{mark}秋粮收获过半 ◆3"
    assert lay_out(one, 80, 24).areas[0].label[0].text == "秋粮收获过半"
    assert lay_out(one, 80, 24, states={}, parts=frozenset({"a"})).areas[0].label[0].text.startswith("↳")


def test_a_box_with_room_shows_the_subtitle_and_byline_under_a_whole_title() -> None:
    story = Article(
        "a",
        "秋粮收获过半",
        subtitle="农业农村部部署秋收秋种",
        byline="记者 王佳丽",
        regions=(Region("body", 0, 0, 600, 900),),
    )
    wide = lay_out(page(story), 80, 24).areas[0]
    assert [line.text for line in wide.more] == ["农业农村部部署秋收秋种", "记者 王佳丽"]
    assert wide.more[0].row == wide.label[-1].row + 1
    cramped = lay_out(page(story._replace(title="前三季度全国高技术制造业增加值同比增长")), 8, 4).areas[0]
    assert cramped.label[-1].text.endswith(ELLIPSIS) and cramped.more == ()
    for area in (wide, cramped):
        assert all(area.inner.top <= line.row < area.inner.bottom for line in area.more)


def test_a_framed_area_keeps_its_label_inside_the_border() -> None:
    area = lay_out(page(article("a", (0, 0, 600, 900))), 80, 24).areas[0]
    assert area.framed
    assert area.label[0].column == area.box.left + 1 and area.label[0].row == area.box.top + 1


def test_a_long_title_is_set_by_the_cjk_line_breaker_and_cut_with_an_ellipsis() -> None:
    title = "前三季度全国高技术制造业增加值同比增长，新动能持续壮大"
    lines = label_lines(title, 10, 3, mark="●", tail="◆2")
    assert len(lines) == 3
    assert all(cell_width(line) <= 10 for line in lines)
    assert not any(line[0] in NO_LINE_START for line in lines[1:])
    assert lines[-1].endswith(ELLIPSIS + "◆2")
    assert "".join(lines).startswith("●前三季度全国高技术")


def test_a_label_too_narrow_for_the_count_keeps_the_ellipsis_then_nothing() -> None:
    assert label_lines("很长的标题", 3, 1, mark="●", tail="◆12") == ["●" + ELLIPSIS]
    assert label_lines("很长的标题", 1, 1, mark="●", tail="◆12") == ["●"]
    assert label_lines("很长的标题", 1, 1) == [ELLIPSIS]  # not even one character fits
    assert label_lines("标题", 0, 3) == [] and label_lines("标题", 5, 0) == []


def test_a_title_that_fits_is_whole() -> None:
    assert label_lines("短标题", 20, 2, mark="●") == ["●短标题"]
    assert label_lines("两行\n标题", 20, 2) == ["两行 标题"]  # a printed break is not a map's


def test_labels_never_stray_into_another_article_at_any_width() -> None:
    for p in imported_pages():
        for width in range(8, 90, 7):
            layout = lay_out(p, width, width // 3 + 1, states={}, counts={a.id: 12 for a in p.articles})
            assert_sound(layout, width, width // 3 + 1)


# --- moving by position --------------------------------------------------------------------------


def quarters() -> PageMapLayout:
    return lay_out(
        page(
            article("nw", (0, 0, 290, 440)),
            article("ne", (310, 0, 290, 440)),
            article("sw", (0, 460, 290, 440)),
            article("se", (310, 460, 290, 440)),
        ),
        80,
        24,
    )


@pytest.mark.parametrize(
    ("start", "direction", "found"),
    [
        ("nw", "right", "ne"),
        ("nw", "down", "sw"),
        ("se", "left", "sw"),
        ("se", "up", "ne"),
        ("nw", "left", None),
        ("nw", "up", None),
        ("se", "right", None),
        ("se", "down", None),
    ],
)
def test_arrows_go_to_the_next_area_that_way(start: str, direction: str, found: str | None) -> None:
    assert neighbour(quarters(), start, direction) == found  # type: ignore[arg-type]


def test_an_area_level_with_this_one_comes_before_a_nearer_one_off_to_the_side() -> None:
    layout = lay_out(
        page(
            article("here", (0, 300, 100, 100)),
            article("level", (500, 300, 100, 100)),
            article("diagonal", (150, 150, 100, 100)),
            article("below", (0, 800, 100, 100)),
        ),
        60,
        30,
    )
    assert neighbour(layout, "here", "right") == "level"
    assert neighbour(layout, "here", "down") == "below"
    assert neighbour(layout, "nowhere", "down") is None


def test_below_a_wide_headline_the_nearest_of_the_articles_under_it() -> None:
    layout = lay_out(
        page(
            article("wide", (0, 0, 600, 200)),
            article("under-left", (0, 220, 190, 300)),
            article("under-middle", (210, 220, 190, 300)),
            article("under-right", (410, 220, 190, 300)),
        ),
        60,
        30,
    )
    assert neighbour(layout, "wide", "down") == "under-middle"
    assert neighbour(layout, "under-left", "up") == "wide"
    assert neighbour(layout, "under-left", "right") == "under-middle"


# --- random pages --------------------------------------------------------------------------------

BOXES = st.tuples(st.floats(0, 560), st.floats(0, 860), st.floats(0.5, 300), st.floats(0.5, 400)).map(
    lambda b: (b[0], b[1], min(b[2], 600 - b[0]), min(b[3], 900 - b[1]))
)
PAGES = st.lists(st.lists(BOXES, min_size=1, max_size=4), min_size=1, max_size=14).map(
    lambda articles: page(
        *(article(f"a{i}", *boxes, title="随机生成的标题" * (i % 3 + 1)) for i, boxes in enumerate(articles))
    )
)


@settings(max_examples=150, deadline=None)
@given(PAGES, st.integers(1, 200), st.integers(1, 60))
def test_random_pages_share_no_cell_and_keep_labels_inside(p: Page, width: int, height: int) -> None:
    layout = lay_out(p, width, height, states={}, counts={"a0": 5})
    assert_sound(layout, width, height)
    assert accounted(p, layout)


LARGE = st.tuples(st.integers(0, 500), st.integers(0, 800), st.integers(40, 100), st.integers(40, 100))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(LARGE, min_size=1, max_size=3), min_size=1, max_size=10))
def test_on_a_grid_big_enough_every_article_has_cells_of_its_own(
    articles: list[list[tuple[int, ...]]],
) -> None:
    # Every region at least 40 points, on a grid of a cell per 4 points: each is several cells
    # both ways, so any two can be cut apart and none needs to be merged.
    p = page(*(article(f"a{i}", *boxes) for i, boxes in enumerate(articles)))  # type: ignore[arg-type]
    layout = lay_out(p, 150, 120)
    assert {a.article_id for a in layout.areas} == {f"a{i}" for i in range(len(articles))}
    assert not any(a.merged for a in layout.areas)
    assert_sound(layout, 150, 120)


def test_a_twenty_article_page_is_laid_out_well_within_a_frame() -> None:
    crowded = page(
        *(
            article(
                f"a{i}", (i % 4 * 150, i // 4 * 180, 170, 200), (i % 4 * 150 + 20, i // 4 * 180 + 20, 60, 40)
            )
            for i in range(20)
        )
    )
    best = min(_timed(crowded) for _ in range(5))
    assert best < 0.05


def _timed(p: Page) -> float:
    start = time.perf_counter()
    lay_out(p, 160, 47, states={}, counts={})
    return time.perf_counter() - start
