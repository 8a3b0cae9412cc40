"""The line under the article: which paragraph is at the top, and how much has been seen."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class ReadingProgress(Widget):
    """Shows ¶ x/y and a percentage, updated as the article scrolls."""

    DEFAULT_CSS = """
    ReadingProgress {
        height: 1;
        color: $text-muted;
        text-align: right;
        padding: 0 2;
    }
    """

    paragraph: reactive[tuple[int, int]] = reactive((0, 0))
    percent: reactive[int] = reactive(0)

    def render(self) -> Text:
        number, total = self.paragraph
        if not total:
            return Text(f"{self.percent}%", justify="right")
        return Text(f"¶ {number}/{total} · {self.percent}%", justify="right")
