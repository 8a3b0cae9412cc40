"""The top line: paper · date · page, built as Text from issue data."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from paperterm.model.issue import Issue, Page


class IssueHeader(Static):
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

    def __init__(self, issue: Issue, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.issue = issue

    def watch_page(self, page: Page | None) -> None:
        parts = [self.issue.paper, self.issue.date.isoformat()]
        if self.issue.edition:
            parts.append(self.issue.edition)
        if page is not None:
            parts.append(page.label)
        self.update(Text(" · ".join(parts), no_wrap=True, overflow="ellipsis"))
