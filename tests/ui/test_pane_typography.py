"""The sidebar, the header and the archive search results set issue text as the article pane does:
no line starts with ，。、」, none ends with （「, numbers (5.9%, 400万) and a byline's names stay
whole, page names are balanced as titles, and a line cut short is cut where a line could break —
at every width from 23 to 200 columns, in the printed script and in 臺灣."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Input, OptionList

from paperterm.app import PapertermApp, make_app
from paperterm.model.dates import chinese_date
from paperterm.model.library import Library
from paperterm.model.linebreak import NO_LINE_END, NO_LINE_START, cell_width
from paperterm.model.loader import load_issue
from paperterm.screens.archive_search import ArchiveSearchScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.widgets.cjk_text import ELLIPSIS, cut
from paperterm.widgets.issue_header import IssueHeader
from tests.app_helpers import settled, widget_text

WIDTHS = [23, 41, 80, 120, 200]
SCRIPTS = ["original", "taiwan"]
FRAME = "▊▎▔▁▂▃▄▅▆▇█ "
"""A pane's border and scrollbar cells, at a drawn row's ends."""
WHOLE = ["5.9%", "400万", "400萬", "GDP", "王佳丽", "王佳麗", "李若男", "第12版"]
"""What a line may never split (in either script), when the line is wide enough for it."""

# Page names and titles as long as a feature page's, full of what the line breaker must respect.
ISSUE = """\
format: paperterm/1
paper: 山西日报
paper_id: sxrb
date: 2024-11-19
language: zh-Hans
pages:
  - number: 1
    name: 要闻
    articles:
      - id: lead
        title: 全省经济运行稳中有进
        body:
          - 第一段。
  - number: 12
    name: 经济·前三季度全省GDP增长5.9%，带动400万人就业
    articles:
      - id: gdp
        title: 前三季度全省GDP同比增长5.9%，400万户居民收入稳步提高
        byline: 记者 王佳丽 李若男
        body:
          - 前三季度，全省经济运行总体平稳、稳中有进，煤矿安全生产形势持续稳定向好，地区生产总值同比增长5.9%。
          - 全省城乡居民收入稳步提高，“稳就业”政策带动400万人实现就业，煤矿工人收入增长明显。
  - number: 3
    name: “十四五”规划专题（之三）：煤矿安全
    articles:
      - id: plan
        title: 《“十四五”矿山安全生产规划》：煤矿水害防治工作
        byline: 记者 王佳丽 李若男
        body:
          - 本报太原11月18日讯 记者 王佳丽 李若男 省安委办近日部署煤矿水害防治工作，要求“查隐患”。
"""


@pytest.fixture
def reader_app(tmp_path: Path) -> PapertermApp:
    library = tmp_path / "library" / "sxrb"
    library.mkdir(parents=True)
    path = library / "2024-11-19.yaml"
    path.write_text(ISSUE, encoding="utf-8")
    options = ReaderOptions(
        state=ReadingState.open(tmp_path / "state"),
        fold_cache=tmp_path / "fold.json",
        library=Library.scan(tmp_path / "library"),
        cache=tmp_path / "cache",
    )
    return make_app(load_issue(path, "sxrb"), options)


def drawn_rows(widget: OptionList) -> list[str]:
    """The list's text rows as drawn, border and scrollbar taken off."""
    return [row.strip(FRAME) for row in widget_text(widget).split("\n") if row.strip(FRAME)]


def item_lines(widget: OptionList) -> list[list[str]]:
    """Every item's lines, as the list was given them."""
    return [
        [line.rstrip() for line in str(widget.get_option_at_index(i).prompt).split("\n")]
        for i in range(widget.option_count)
    ]


def check_lines(lines: list[str], width: int) -> None:
    """One item's lines (or one pane's rows): they fit, and no line starts or ends where it may not."""
    for line in lines:
        text = line.strip()
        assert cell_width(line) <= width, (width, line)
        assert not text or text[0] not in NO_LINE_START, (width, line, lines)
        assert not text or text[-1] not in NO_LINE_END, (width, line, lines)
    joined = "".join(line.strip() for line in lines)
    for word in WHOLE:
        if word in joined and cell_width(word) <= width - 8:
            assert any(word in line for line in lines), (width, word, lines)


def check_list(widget: OptionList, measure: int) -> list[list[str]]:
    """What the list draws is its items' lines, not Rich's rewrapping of them; each item is set
    by the rules. Returns the items' lines."""
    items = item_lines(widget)
    for lines in items:
        check_lines(lines, measure)
    expected = [line.strip() for lines in items for line in lines]
    shown = drawn_rows(widget)
    assert shown and shown == expected[: len(shown)], (shown, expected)
    return items


async def start(app: PapertermApp, pilot, script: str) -> None:
    await settled(pilot)
    if script != "original":
        await pilot.press("t")
        await settled(pilot)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("script", SCRIPTS)
async def test_the_sidebar_sets_page_names_by_the_rules(
    reader_app: PapertermApp, width: int, script: str
) -> None:
    async with reader_app.run_test(size=(width, 30)) as pilot:
        await start(reader_app, pilot, script)
        if width < 100:  # folded away: s shows it
            await pilot.press("s")
            await pilot.pause()
        sidebar = reader_app.screen.query_one("#sidebar", OptionList)
        items = check_list(sidebar, sidebar.scrollable_content_region.width)
        assert [lines[0].split()[0] for lines in items] == ["第1版", "第12版", "第3版"]
        for lines in items:
            if len(lines) > 1:  # a page name on several lines does not leave one or two characters alone
                last = [ch for ch in lines[-1] if not ch.isspace() and ch not in NO_LINE_START]
                assert len(last) >= 3 or re.fullmatch(r"\s*\d+(/\d+)?", lines[-1]), lines


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("script", SCRIPTS)
async def test_the_header_is_cut_where_a_line_could_break(
    reader_app: PapertermApp, width: int, script: str
) -> None:
    async with reader_app.run_test(size=(width, 30)) as pilot:
        await start(reader_app, pilot, script)
        await pilot.press("right_square_bracket")  # the page with the long name
        await settled(pilot)
        assert reader_app.screen.page.number == 12
        header = reader_app.screen.query_one("#header", IssueHeader)
        row = widget_text(header).split("\n")[0]
        assert cell_width(row) <= width
        assert "12" in row or ELLIPSIS in row.split("12")[0]
        if ELLIPSIS in row:
            shown = row.split(ELLIPSIS)[0].strip()
            day = header.issue.date
            mode = f"  [{header.mode}]" if header.mode else ""
            full = next(
                line + mode
                for line in (
                    header._line(chinese_date(day)),
                    header._line(f"{day.month}月{day.day}日"),
                    header._line(f"{day.month}月{day.day}日", paper=False),
                )
                if (line + mode).startswith(shown)
            )
            check_cut(shown, full)


def check_cut(shown: str, full: str) -> None:
    """`shown` is `full` cut where a line could end: not inside a number or word, not before closing
    punctuation (nor its magnitude: 400|万), not after opening punctuation."""
    after = full[len(shown) :].lstrip()
    assert after, (shown, full)
    assert after[0] not in NO_LINE_START, (shown, full)
    assert shown[-1] not in NO_LINE_END, (shown, full)
    assert not (shown[-1].isascii() and shown[-1].isalnum() and after[0].isascii() and after[0].isalnum())
    assert not (shown[-1].isdigit() and after[0] in "百千万亿萬億"), (shown, full)


def test_a_cut_line_never_splits_what_a_line_break_would_not() -> None:
    """The cut a one-line pane makes, at every width, on a header as long as a feature page gives."""
    full = "山西日报 · 2024年11月19日 · 第12版 经济·前三季度全省GDP增长5.9%，带动400万人就业（上）"
    for width in range(6, cell_width(full) + 1):
        shown = str(cut(Text(full), width))
        assert cell_width(shown) <= width, (width, shown)
        if shown != full:
            check_cut(shown.removesuffix(ELLIPSIS).rstrip(), full)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("script", SCRIPTS)
async def test_archive_search_results_are_set_by_the_rules(
    reader_app: PapertermApp, width: int, script: str
) -> None:
    async with reader_app.run_test(size=(width, 40)) as pilot:
        await start(reader_app, pilot, script)
        await pilot.press("ctrl+f")
        await pilot.pause()
        search = reader_app.screen
        assert isinstance(search, ArchiveSearchScreen)
        search.query_one(Input).value = "煤矿"
        await pilot.press("enter")
        await settled(pilot)
        results = search.query_one("#results", OptionList)
        items = check_list(results, results.scrollable_content_region.width)
        assert len(items) == 3, "one issue heading, two articles"
        drawn = "".join(drawn_rows(results))
        assert ("煤矿" if script == "original" else "煤礦") in drawn
