"""The line under the article counts paragraphs as a reader does: ¶ 1 is the first one."""

from __future__ import annotations

from paperterm.app import make_app
from paperterm.model.loader import load_issue
from paperterm.widgets.article_view import ArticleView
from tests.app_helpers import widget_text
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)


async def test_the_paragraph_counter_starts_at_one() -> None:
    app = make_app(ISSUE)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("n", "enter")
        await pilot.pause()
        view = app.screen.query_one("#article", ArticleView)
        progress = app.screen.query_one("#progress")
        total = len(view.article.body) if view.article else 0
        assert total == 13
        seen = []
        for block in (None, 0, 1):  # the title block, then paragraphs 1 and 2
            if block is not None:
                view.go_to(block)
            await pilot.pause()
            seen.append(widget_text(progress).split("·")[0].strip())
        assert seen == ["¶ 1/13", "¶ 1/13", "¶ 2/13"]
