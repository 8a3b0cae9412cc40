"""A list whose items are set by the CJK line breaker for the list's own measure.

OptionList hands each prompt to Rich, which wraps at spaces and folds anywhere else: a line
could start with ，or cut 5.9% in two. Items set here already fit, line by line; a resize, or a
scrollbar that comes or goes, sets them again for the new measure.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from paperterm.widgets.vim_list import VimList


class MeasuredList(VimList):
    """Subclasses say how item `index` reads at a measure (`prompt_at`); this keeps them set for it."""

    def __init__(self, *content: Option, id: str | None = None) -> None:
        super().__init__(*content, id=id)
        self._built_for = 0
        """The measure the items were set for; 0 before the list has a size."""

    @property
    def measure(self) -> int:
        """The cells an item's text may use: the list's content width less the items' padding."""
        padding = self.get_component_styles("option-list--option").padding.width
        return max(self.scrollable_content_region.width - padding, 0)

    def prompt_at(self, index: int, width: int) -> Text:
        """Item `index` set for `width` cells (0: not known yet, set it on one line)."""
        raise NotImplementedError

    def reset_prompts(self) -> None:
        """Set every item again, for the measure the list has now."""
        self._built_for = width = self.measure
        for index in range(self.option_count):
            self.replace_option_prompt_at_index(index, self.prompt_at(index, width))

    def on_resize(self) -> None:
        if self._built_for != self.measure:
            self.reset_prompts()

    def watch_show_vertical_scrollbar(self) -> None:
        if self._built_for != self.measure:
            self.call_after_refresh(self.reset_prompts)
