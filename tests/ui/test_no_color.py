"""NO_COLOR in the running reader: keyword and search hits without colour, still told apart."""

from __future__ import annotations

import pytest
from rich.color import Color
from rich.segment import Segment

from paperterm.app import make_app
from paperterm.model.highlight import Keyword
from paperterm.model.loader import load_issue
from paperterm.state.options import ReaderOptions
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.highlight_styles import PALETTE
from tests.app_helpers import settled
from tests.conftest import SAMPLE

HIT_COLOURS = {Color.parse(c) for c in (*PALETTE, "#c00000")}


def segments_of(view: ArticleView, word: str) -> list[Segment]:
    found = []
    for y in range(view.scrollable_content_region.height):
        found += [s for s in view.render_line(y) if word in s.text]
    return found


@pytest.mark.parametrize("value", ["1", ""])
async def test_hits_without_colour_under_no_color(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("NO_COLOR", value)
    app = make_app(load_issue(SAMPLE), ReaderOptions(keywords=(Keyword("煤矿"),)))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("n", "n")  # 省安委办安排部署加强煤矿水害防治工作
        await settled(pilot)
        view = app.screen.query_one("#article", ArticleView)
        screen = app.screen
        screen.search_term = "水害"  # type: ignore[attr-defined]
        await settled(pilot)
        keyword, search = segments_of(view, "煤矿"), segments_of(view, "水害")
        assert keyword and search
        styles = [s.style for s in (*keyword, *search) if s.style is not None]
        coloured = any(style.bgcolor in HIT_COLOURS for style in styles)
        if value:  # no-color.org: any non-empty value
            assert not coloured
            assert all(s.style and s.style.bold and s.style.underline for s in keyword)
            assert all(s.style and s.style.bold and s.style.reverse for s in search)
        else:
            assert coloured
