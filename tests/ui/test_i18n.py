"""The chrome in 简体, 繁體 and English: footer, help, dialogs and notices, and `t` with `auto`."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from paperterm import i18n
from paperterm.app import make_app
from paperterm.model.loader import load_issue
from paperterm.screens.confirm import Confirm
from paperterm.screens.help import HelpScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from tests.app_helpers import settled, widget_text
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)
"""Printed in Simplified characters (language zh-Hans)."""


def footer(app) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey)]


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize(
    ("language", "quit_word", "keys_word"),
    [("en", "Quit", "Keys"), ("zh-Hans", "退出", "按键"), ("zh-Hant", "離開", "按鍵")],
)
async def test_the_footer_speaks_the_language_set(language: str, quit_word: str, keys_word: str) -> None:
    app = make_app(ISSUE, ReaderOptions(language=language))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        words = footer(app)
        assert quit_word in words and keys_word in words


@pytest.mark.parametrize(
    ("language", "title", "quit_help"),
    [
        ("zh-Hans", "阅读", "退出，阅读位置会保留"),
        ("zh-Hant", "閱讀", "離開，閱讀位置會保留"),
        ("en", "Reading", "Quit; your place is kept"),
    ],
)
async def test_the_help_screen_speaks_the_language_set(language: str, title: str, quit_help: str) -> None:
    app = make_app(ISSUE, ReaderOptions(language=language))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert title in text and quit_help in text


async def test_t_turns_the_chrome_from_simplified_to_traditional_with_auto() -> None:
    app = make_app(ISSUE, ReaderOptions(language="auto"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "退出" in footer(app) and i18n.current() == "zh-Hans"
        await pilot.press("t")
        await pilot.pause()
        assert "離開" in footer(app) and "退出" not in footer(app)
        await pilot.press("n")  # a notice drawn after the toggle is in 繁體 too
        await pilot.press("p", "p")
        await pilot.pause()
        assert "已是第一篇文章" in notices(app)
        await pilot.press("t")
        await pilot.pause()
        assert "退出" in footer(app) and i18n.current() == "zh-Hans"


async def test_a_traditional_paper_starts_in_traditional_chrome_with_auto() -> None:
    app = make_app(ISSUE._replace(language="zh-TW"), ReaderOptions(language="auto"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert "離開" in footer(app)
        await pilot.press("t")  # shown in 简体 now
        await pilot.pause()
        assert "退出" in footer(app)


async def test_an_explicit_language_stays_whatever_the_script() -> None:
    for language, word in (("en", "Quit"), ("zh-Hans", "退出")):
        app = make_app(ISSUE, ReaderOptions(language=language))
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.press("t")
            await pilot.pause()
            assert word in footer(app) and i18n.current() == language


@pytest.mark.parametrize(
    ("language", "question", "answers"),
    [
        ("zh-Hans", "全部 8 篇文章标为已读", "y：是"),
        ("zh-Hant", "全部 8 篇文章標為已讀", "y：是"),
        ("en", "Mark all 8 articles", "y: yes"),
    ],
)
async def test_the_confirm_dialog_speaks_the_language_set(
    tmp_path: Path, language: str, question: str, answers: str
) -> None:
    options = ReaderOptions(state=ReadingState.open(tmp_path / "state"), language=language)
    app = make_app(ISSUE, options)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("U")
        await settled(pilot)
        assert isinstance(app.screen, Confirm)
        text = "\n".join(widget_text(s) for s in app.screen.query(Static))
        assert question in text and answers in text


@pytest.mark.parametrize(
    ("language", "notice"),
    [("zh-Hans", "已是第一篇文章"), ("zh-Hant", "已是第一篇文章"), ("en", "This is the first article")],
)
async def test_notices_speak_the_language_set(language: str, notice: str) -> None:
    app = make_app(ISSUE, ReaderOptions(language=language))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert notice in notices(app)


async def test_the_palette_lists_commands_in_the_language_set() -> None:
    app = make_app(ISSUE, ReaderOptions(language="zh-Hant"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "搜尋本期" in titles and "Search this issue" not in titles
        assert "佈景主題" in titles, "Textual's own entries too"


@pytest.mark.parametrize(
    ("options", "keys"),
    [
        (ReaderOptions(language="zh-Hans"), []),
        (ReaderOptions(language="auto", script_on=True), []),  # 繁體 text, so 繁體 chrome
        (ReaderOptions(language="zh-Hans"), ["question_mark"]),
        (ReaderOptions(language="zh-Hant"), ["question_mark"]),
    ],
    ids=["80x24-zh-Hans", "80x24-zh-Hant-auto", "80x24-help-zh-Hans", "80x24-help-zh-Hant"],
)
def test_chinese_chrome_snapshots(snap_compare, options: ReaderOptions, keys: list[str]) -> None:
    assert snap_compare(make_app(ISSUE, options), terminal_size=(80, 24), press=keys)


async def test_the_palette_prompt_speaks_the_language_set() -> None:
    from textual.command import CommandInput

    app = make_app(ISSUE, ReaderOptions(language="zh-Hans"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one(CommandInput).placeholder == "搜索命令……"
        await pilot.press("ctrl+p")  # a second ctrl+p opens no second palette
        await pilot.pause()
        assert len(app.screen_stack) == 2


async def test_the_calendar_speaks_the_language_set(tmp_path: Path, archive: Path) -> None:
    from paperterm.model.library import Library
    from paperterm.screens.calendar import CalendarScreen

    options = ReaderOptions(
        state=ReadingState.open(tmp_path / "state"),
        library=Library.scan(archive),
        cache=tmp_path / "cache",
        language="zh-Hant",
    )
    app = make_app(load_issue(archive / "sxrb" / "2015-01-06.yaml", "sxrb"), options)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, CalendarScreen)
        assert "● 未讀  ◐ 閱讀中  ✓ 已讀" in widget_text(app.screen.query_one("#legend", Static))
        await pilot.press("right", "enter")  # the 7th: no issue
        await pilot.pause()
        assert "2015-01-07 沒有這份報紙；最近的是 2015-01-06（之前）和 2015-01-08（之後）" in notices(app)
