"""The top line: paper · date · page, built as Text from issue data; on the right, where there is
room, the date line as the masthead prints it (星期, 农历)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from paperterm.model.dates import chinese_date
from paperterm.model.issue import Issue, Page
from paperterm.widgets.cjk_text import cut


class IssueHeader(Widget):
    """Says what the reader is looking at, in one line; what does not fit is cut as the CJK line
    breaker would break it, with an ellipsis."""

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
    dateline: reactive[str] = reactive("")
    """星期二 农历甲辰年十月十九, in the script shown; empty until it is worked out."""

    def __init__(self, issue: Issue, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.issue = issue

    def render(self) -> Text:
        width = self.content_size.width
        day = self.issue.date
        mode = f"  [{self.mode}]" if self.mode else ""
        # Narrower, the page matters more than the year, and the date more than the paper's name.
        lines = [
            self._line(chinese_date(day)),
            self._line(f"{day.month}月{day.day}日"),
            self._line(f"{day.month}月{day.day}日", paper=False),
        ]
        line = next((ln for ln in lines if not width or cell_len(ln + mode) <= width), lines[-1])
        text = Text(line, no_wrap=True)
        text.append(mode, style="dim")
        if (
            width
        ):  # still too long: cut where a line could break, never inside 第12版 or 5.9%, never before ，
            text = cut(text, width)
        room = width - text.cell_len - 2
        if self.dateline and cell_len(self.dateline) <= room:
            text.append(" " * (room - cell_len(self.dateline) + 2))
            text.append(self.dateline, style="not bold")
        return text

    def _line(self, date: str, *, paper: bool = True) -> str:
        parts = [self.paper or self.issue.paper] if paper else []
        parts.append(date)
        if self.issue.edition:
            parts.append(self.issue.edition)
        if self.page is not None:
            parts.append(self.page.label)
        return " · ".join(parts)
