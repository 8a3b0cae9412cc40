"""The `?` screen: every key on one 80×24 screen in two columns, its words set by the CJK line
breaker (no cut words, no line starting with ，), one scrolling column when narrower."""

from __future__ import annotations

import gettext
import re

import pytest
from textual.binding import Binding
from textual.containers import VerticalScroll

import paperterm.i18n
from paperterm.app import make_app
from paperterm.commands.table import APP, READER
from paperterm.model.linebreak import NO_LINE_START, cell_width
from paperterm.model.loader import load_issue
from paperterm.screens.help import KEY_COLUMN, SECTIONS, HelpScreen, entry_keys, key_lines
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.headline_list import HeadlineList
from paperterm.widgets.vim_list import VimList
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)
ENTRIES = [entry for _title, entries in SECTIONS for entry in entries]
CLOSING = "".join(sorted(ch for ch in NO_LINE_START if cell_width(ch) == 2))
"""The full-width punctuation no line starts with (the key column's ] and . are keys)."""
CHINESE = {
    "Reading": "阅读",
    "Follow 下转 / 上接": "跳到文章转去的版面（下转），或回到它从哪一版转来（上接）",
    "Read on: all parts as one": "接着读：一篇文章转到第2版、第3版的各部分，连成一篇读",
    "Mark the whole page read": "把这一版400万字的文章全部标为已读，先问一句",
    "Quit; your place is kept": "退出；读到哪里会记住，下次从那里接着读",
}
"""Help lines as a Chinese catalog could give them: longer than a column, full of punctuation."""


class Chinese(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return CHINESE.get(message, message)


def screen_rows(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def open_help(app, pilot) -> VerticalScroll:
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    return app.screen.query_one(".panel", VerticalScroll)


def test_every_command_and_pane_key_is_on_the_sheet() -> None:
    listed = {source for entry in ENTRIES for source in entry.sources}
    missing = [command.__name__ for command in (*READER, *APP) if command not in listed]
    assert not missing, f"commands the ? screen does not list: {missing}"
    for pane in (VimList, HeadlineList, ArticleView):
        for binding in pane.BINDINGS:
            assert isinstance(binding, Binding)
            covered = any(
                isinstance(source, tuple) and source[1] == binding.action and issubclass(pane, source[0])
                for source in listed
            )
            assert covered, (pane.__name__, binding.action)


async def test_at_80x24_every_key_shows_without_scrolling() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await open_help(app, pilot)
        assert panel.max_scroll_y == 0, "the sheet fits the screen"
        rows = screen_rows(app)
        text = "\n".join(rows)
        halves = rows[0].index("╮") // 2
        assert any(len(row) > halves and row[halves:].strip() for row in rows[2:-2]), "two columns"
        for entry in ENTRIES:
            first = key_lines(entry_keys(entry), KEY_COLUMN)[0]  # longer keys go on below
            assert re.search(rf"(^|\s){re.escape(first)}\s+{re.escape(entry.words)}", text, re.M), entry.words
        assert "…" not in text, "no word is cut short"
        assert "● unread" in text


async def test_narrower_it_is_one_column_that_scrolls() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(41, 20)) as pilot:
        panel = await open_help(app, pilot)
        assert panel.max_scroll_y > 0
        await pilot.press("j")
        await pilot.pause()
        assert panel.scroll_y == 1
        while panel.scroll_y < panel.max_scroll_y:
            await pilot.press("space")
            await pilot.pause()
        assert "Quit; your place is kept" in "\n".join(screen_rows(app))
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("size", [(80, 24), (41, 40)])
async def test_chinese_help_lines_wrap_by_the_cjk_rules(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    monkeypatch.setattr(paperterm.i18n, "_catalog", Chinese())
    app = make_app(ISSUE)
    async with app.run_test(size=size) as pilot:
        panel = await open_help(app, pilot)
        sheet = app.screen.query_one("#keys")
        rows = [strip.text for strip in sheet.render_lines(sheet.region.reset_offset)]
        text = "\n".join(rows)
        assert "阅读" in text and "跳到文章" in text
        for row in rows:
            assert cell_width(row.rstrip()) <= sheet.size.width, row
            # No words start with closing punctuation: not at the row's start, nor after the key column.
            assert not re.search(rf"(^|\s)[{CLOSING}]", row), row
        assert any("400万" in row for row in rows), "a number is never split"
        if size[0] < 70:  # one column: each Chinese line is all there, in order, over its lines
            words = "".join(row[10:].strip() for row in rows)
            for line in CHINESE.values():
                assert line in words or line == "阅读", line  # (a section's title has no key column)
        assert panel.size.height <= size[1]
