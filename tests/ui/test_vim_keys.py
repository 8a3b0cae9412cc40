"""j and k move in every list and dialog, as the README says."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from paperterm.app import make_app
from paperterm.model.loader import load_issue
from paperterm.screens.script_picker import ScriptPicker
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)


@pytest.mark.parametrize(("key", "screen", "list_id"), [("T", ScriptPicker, "#modes")])
async def test_j_and_k_in_a_dialog(key: str, screen: type, list_id: str) -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, screen)
        options = app.screen.query_one(list_id, OptionList)
        start = options.highlighted or 0
        await pilot.press("j", "j")
        assert options.highlighted == start + 2
        await pilot.press("k")
        assert options.highlighted == start + 1


async def test_j_and_k_in_the_search_results_and_the_contents() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"临汾", "down")
        await pilot.pause()
        results = app.screen.query_one("#results", OptionList)
        await pilot.press("j")
        assert results.highlighted == 1
        await pilot.press("k")
        assert results.highlighted == 0
        await pilot.press("escape", "i")
        await pilot.pause()
        contents = app.screen.query_one("#contents", OptionList)
        first = contents.highlighted or 0
        await pilot.press("j")
        assert (contents.highlighted or 0) > first


@pytest.mark.parametrize("width", [23, 41, 80])
async def test_the_footer_keeps_help_and_quit_at_any_width(width: int) -> None:
    from textual.widgets._footer import FooterKey

    app = make_app(ISSUE)
    async with app.run_test(size=(width, 20)) as pilot:
        await pilot.pause()
        shown = [key.description for key in app.screen.query(FooterKey) if key.region.right <= width]
        assert shown[:2] == ["Keys", "Quit"], shown


async def test_z_hides_a_sidebar_shown_with_s() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        assert sidebar.display
        await pilot.press("z")
        await pilot.pause()
        assert not sidebar.display


async def test_the_article_pane_shows_when_it_has_the_keyboard() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(100, 30)) as pilot:
        progress = app.screen.query_one("#progress")
        await pilot.pause()
        before = progress.styles.color
        await pilot.press("enter")
        await pilot.pause()
        assert progress.styles.color != before
        assert progress.styles.text_style.bold
