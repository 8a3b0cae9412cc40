"""Reading what the reader shows, the way a person would: line by line off the panes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from paperterm.widgets.article_view import ArticleView


def visible_lines(view: ArticleView) -> list[str]:
    """The article pane's text rows as drawn right now (margins included)."""
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


async def read_whole_article(pilot: Pilot[None], view: ArticleView) -> list[str]:
    """Page through the article with space and collect every row it drew, once each."""
    rows: dict[int, str] = {}
    while True:
        top = round(view.scroll_y)
        for y, text in enumerate(visible_lines(view)):
            if top + y < len(view.lines):
                rows[top + y] = text
        if view.scroll_y >= view.max_scroll_y:
            break
        await pilot.press("space")
        await pilot.pause()
    return [rows[i] for i in sorted(rows)]


async def until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Wait for what a thread worker hands back (its result is posted, not awaited), or fail."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


def widget_text(widget: Widget) -> str:
    """Everything a widget draws, as plain text rows joined by newlines."""
    width, height = widget.outer_size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


async def settled(pilot: Pilot[None]) -> None:
    """Let the screen paint, then every worker (fold loading, state writes) finish, then repaint."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def headline(app: App[None], index: int) -> str:
    """A headline-list item's text, its line breaks and the indent under the mark taken out."""
    from textual.widgets import OptionList

    prompt = app.screen.query_one("#headlines", OptionList).get_option_at_index(index).prompt
    return "".join(line.strip() for line in str(prompt).split("\n"))
