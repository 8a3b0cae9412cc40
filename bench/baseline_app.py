"""The yardstick for paperterm's first frame: a bare Textual app of the same shape.

Header, footer, a list and a static with 3,000 CJK characters, nothing else —
what any Textual reader must pay before it does anything of its own.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, OptionList, Static

TEXT = ("山西省安全生产委员会办公室下发通知对加强煤矿水害防治工作作出安排部署" * 90)[:3000]
MARKER = "山西省安全生产委员会"


class Baseline(App[None]):
    """Same panes as the reader, no logic."""

    BINDINGS: ClassVar[list[BindingType]] = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield OptionList(*[f"第{i}条 标题" for i in range(8)])
            yield Static(TEXT)
        yield Footer()


if __name__ == "__main__":
    Baseline().run()
