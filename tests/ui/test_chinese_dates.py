"""Chinese day names in the running reader, in both scripts: the paper chooser and the header."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from paperterm.app import make_app
from paperterm.model.library import Library
from paperterm.model.loader import load_issue
from paperterm.screens.issue_chooser import IssueChooser
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from tests.app_helpers import settled, widget_text


async def test_the_paper_chooser_and_header_in_simplified_then_traditional(
    tmp_path: Path, archive: Path
) -> None:
    options = ReaderOptions(
        state=ReadingState.open(tmp_path / "state"),
        fold_cache=tmp_path / "fold.json",
        library=Library.scan(archive),
        cache=tmp_path / "cache",
    )
    app = make_app(load_issue(archive / "sxrb" / "2015-01-06.yaml", "sxrb"), options)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        header = widget_text(app.screen.query_one("#header"))
        assert "星期二 农历甲午年冬月十六" in header
        await pilot.press("P")
        await settled(pilot)
        assert isinstance(app.screen, IssueChooser)
        drawn = widget_text(app.screen.query_one(OptionList))
        assert (
            "山西日报  sxrb  2015年1月6日 星期二" in drawn and "太原日报  tyrb  2015年1月6日 星期二" in drawn
        )
        await pilot.press("escape", "t")  # 臺灣
        await settled(pilot)
        assert isinstance(app.screen, ReaderScreen)
        header = widget_text(app.screen.query_one("#header"))
        assert "星期二 農曆甲午年冬月十六" in header, "農曆, 星期 unchanged"
        await pilot.press("P")
        await settled(pilot)
        drawn = widget_text(app.screen.query_one(OptionList))
        assert (
            "山西日報  sxrb  2015年1月6日 星期二" in drawn and "太原日報  tyrb  2015年1月6日 星期二" in drawn
        )
