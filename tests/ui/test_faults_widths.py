"""No zero-width layout: every screen and dialog survives every terminal size from 1×1 up.

One app per script × keywords case, resized through widths 60 → 1 with each screen open in
turn (the reader is laid out under every dialog too): a crash anywhere ends the app, and
run_test raises it. The heights 24, 5 and 1 take turns from one width to the next, shifted
per screen and per case, so a screen swept in every case meets every (width, height) pair.
Screens that draw no text of the issue (help, calendar, script picker) look the same in every
case and are swept in one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from paperterm.model.highlight import Keyword
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
from tests.app_helpers import settled
from tests.two_papers import two_papers_app

pytestmark = pytest.mark.faults

WIDTHS = range(60, 0, -1)
HEIGHTS = (24, 5, 1)
SCREENS: list[tuple[tuple[str, ...], type[Screen[object]], bool]] = [
    ((), ReaderScreen, True),
    (("question_mark",), HelpScreen, False),
    (("i",), Contents, True),
    (("v",), PageMapScreen, True),
    (("slash", "煤", "矿"), SearchScreen, True),
    (("d",), CalendarScreen, False),
    (("h",), KeywordManager, True),
    (("T",), ScriptPicker, False),
    (("U",), Confirm, True),
    (("P",), IssueChooser, True),
]
"""The keys that open each screen over the reader (a search with results in it), and whether
it shows the issue's text (so the script and the keywords change what it lays out)."""


async def open_screen(pilot: Pilot[None], keys: tuple[str, ...], kind: type[Screen[object]]) -> None:
    await pilot.resize_terminal(60, 24)
    await pilot.press(*keys)
    await settled(pilot)  # the calendar and the paper chooser read the library in a worker first
    assert isinstance(pilot.app.screen, kind)


CASES = [(False, ()), (True, ()), (False, (Keyword("煤矿"),)), (True, (Keyword("煤矿"),))]


@pytest.mark.parametrize(
    ("case", "script_on", "keywords"),
    [(i, *c) for i, c in enumerate(CASES)],
    ids=["printed", "traditional", "printed-keyword", "traditional-keyword"],
)
async def test_every_screen_survives_every_width(
    tmp_path: Path, case: int, script_on: bool, keywords: tuple[Keyword, ...]
) -> None:
    app = two_papers_app(tmp_path, script_on=script_on, keywords=keywords)
    async with app.run_test(size=(60, 24)) as pilot:
        await settled(pilot)
        for turn, (keys, kind, shows_issue) in enumerate(SCREENS):
            if not shows_issue and case != len(CASES) - 1:
                continue
            await open_screen(pilot, keys, kind)
            for width in WIDTHS:
                await pilot.resize_terminal(width, HEIGHTS[(width + turn + case) % len(HEIGHTS)])
            assert app.is_running and isinstance(app.screen, kind), f"{kind.__name__} at the end of the sweep"
            while not isinstance(app.screen, ReaderScreen):
                app.pop_screen()
            await pilot.pause()
