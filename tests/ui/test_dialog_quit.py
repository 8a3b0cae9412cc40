"""`q` quits from every dialog, as the README promises for "anywhere"; a text field with the
keyboard takes the q as a letter, and escape closes the dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

from paperterm.app import PapertermApp, make_app
from paperterm.model.highlight import Keyword
from paperterm.model.library import Library
from paperterm.screens.calendar import CalendarScreen
from paperterm.screens.confirm import Confirm
from paperterm.screens.contents import Contents
from paperterm.screens.help import HelpScreen
from paperterm.screens.issue_chooser import IssueChooser
from paperterm.screens.keywords import KeywordManager
from paperterm.screens.page_map import PageMapScreen
from paperterm.screens.reader import ReaderScreen
from paperterm.screens.script_picker import ScriptPicker
from paperterm.screens.search import SearchScreen
from paperterm.state.options import ReaderOptions
from tests.app_helpers import settled
from tests.two_papers import two_papers_app, write_two_papers


async def quits(pilot: Pilot[None]) -> bool:
    """Whether the app ends after q (saving the reading position first, in a worker)."""
    await pilot.press("q")
    for _ in range(100):
        if not pilot.app.is_running:
            return True
        await pilot.pause(0.02)
    return False


@pytest.mark.parametrize(
    ("keys", "kind"),
    [
        (("question_mark",), HelpScreen),
        (("i",), Contents),
        (("v",), PageMapScreen),
        (("d",), CalendarScreen),
        (("T",), ScriptPicker),
        (("U",), Confirm),
        (("P",), IssueChooser),
        (("h", "down"), KeywordManager),  # the keyword list, not the new-word field
        (("slash", "煤", "矿", "down"), SearchScreen),  # the results, not the query
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else "",
)
async def test_q_quits_from_the_dialog(
    tmp_path: Path, keys: tuple[str, ...], kind: type[Screen[object]]
) -> None:
    app: PapertermApp = two_papers_app(tmp_path, keywords=(Keyword("煤矿"),))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press(*keys)
        await settled(pilot)
        assert isinstance(app.screen, kind)
        assert not isinstance(app.focused, Input)
        assert await quits(pilot), f"q did not quit from {kind.__name__}"


@pytest.mark.parametrize(("key", "kind"), [("slash", SearchScreen), ("h", KeywordManager)])
async def test_q_in_a_text_field_is_a_letter_and_escape_closes(
    tmp_path: Path, key: str, kind: type[Screen[object]]
) -> None:
    app = two_papers_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press(key)
        await settled(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, kind)
        assert app.screen.query_one(Input).value == "q"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_q_quits_from_the_paper_chooser_at_start(tmp_path: Path) -> None:
    """Opening a day several papers have asks first; q there quits, as escape does."""
    library = Library.scan(write_two_papers(tmp_path / "lib"))
    app = make_app(None, ReaderOptions(library=library), library.on(dt.date(2024, 11, 19)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, IssueChooser)
        assert await quits(pilot)
