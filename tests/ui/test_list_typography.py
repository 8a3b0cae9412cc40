"""The headline list sets issue text as the article pane does: kinsoku, whole numbers and names,
no title stranding a character on its last line — at every width, in both scripts."""

from __future__ import annotations

import re

import pytest
from textual.widgets import OptionList

from paperterm.app import make_app
from paperterm.model.issue import Article
from paperterm.model.linebreak import NO_LINE_START, cell_width
from paperterm.model.loader import load_issue
from paperterm.model.plaintext import byline_line
from paperterm.model.script import MODES, Script
from paperterm.widgets.headline_list import headline_prompt
from tests.app_helpers import widget_text
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)
NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


def articles(script: str) -> list[Article]:
    convert = Script(MODES[script], ISSUE.language)
    return [convert.article(a) for _, a in ISSUE.articles()]


def check_lines(lines: list[str], width: int, texts: list[str]) -> None:
    for line in lines:
        stripped = line.lstrip()
        assert cell_width(line) <= width, (width, line)
        assert not stripped or stripped[0] not in NO_LINE_START, (width, line)
    joined = "\n".join(lines)
    for text in texts:
        for number in NUMBER.findall(text):
            if cell_width(number) < width - 2:
                assert number in joined, (width, number)


@pytest.mark.parametrize("script", ["original", "taiwan"])
def test_every_item_at_every_measure(script: str) -> None:
    for width in range(8, 121):
        for article in articles(script):
            prompt = headline_prompt(article, marks=True, width=width)
            lines = str(prompt).split("\n")
            check_lines(lines, width, [article.title, article.subtitle or ""])
            byline = byline_line(article)
            if byline:
                for name in byline.split()[1:]:  # the names after the role word stay whole
                    if cell_width(name) <= width - 2:
                        assert any(name in line for line in lines), (width, name, lines)


def test_a_title_does_not_strand_a_character() -> None:
    article = next(a for a in articles("original") if a.title.startswith("省安委办"))
    for width in range(12, 40):
        lines = str(headline_prompt(article, width=width)).split("\n")
        title_lines = [line for line in lines if line.strip() and "王" not in line and "本报" not in line]
        if len(title_lines) > 1:
            assert len(title_lines[-1].strip()) >= 3, (width, title_lines)


@pytest.mark.parametrize("width", [23, 41, 80, 120, 200])
@pytest.mark.parametrize("script", ["original", "taiwan"])
async def test_the_list_draws_the_lines_it_was_given(width: int, script: str) -> None:
    """Rich must not wrap the items again at its own places: what is drawn is the prompt's lines."""
    app = make_app(ISSUE)
    async with app.run_test(size=(width, 30)) as pilot:
        if script != "original":
            await pilot.press("t")
        await pilot.pause()
        headlines = app.screen.query_one("#headlines", OptionList)
        frame = "▊▎▔▁▂▃▄▅▆▇█ "  # the pane's border and scrollbar
        drawn = [row.strip(frame) for row in widget_text(headlines).split("\n")]
        expected = [
            row.strip()
            for index in range(headlines.option_count)
            for row in str(headlines.get_option_at_index(index).prompt).split("\n")
        ]
        shown = [row for row in drawn if row]
        assert shown and all(row in expected for row in shown[: len(expected)]), (shown, expected)
        check_lines([row for row in drawn if row], width, [])
