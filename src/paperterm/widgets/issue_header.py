"""The top line: paper · date · page, built as Text from issue data."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from paperterm.model.issue import Issue, Page


class IssueHeader(Widget):
    """Says what the reader is looking at, in one line."""

    DEFAULT_CSS = """
    IssueHeader {
        height: 1;
        background: $panel;
        color: $foreground;
        text-style: bold;
        padding: 0 1;
    }
    """

    page: reactive[Page | None] = reactive(None)
    paper: reactive[str] = reactive("")
    mode: reactive[str] = reactive("")

    def __init__(self, issue: Issue, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.issue = issue

    def render(self) -> Text:
        parts = [self.paper or self.issue.paper, self.issue.date.isoformat()]
        if self.issue.edition:
            parts.append(self.issue.edition)
        if self.page is not None:
            parts.append(self.page.label)
        text = Text(" · ".join(parts), no_wrap=True, overflow="ellipsis")
        if self.mode:
            text.append(f"  [{self.mode}]", style="dim")
        return text
