"""An option list that answers to j and k as well as the arrows: every list in paperterm is one."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from paperterm.i18n import N_


class AtLeastOneCell(Visual):
    """An item wrapped into no fewer than one cell.

    A list's border, padding, scrollbar and its items' own padding come off its width
    before the items are wrapped; in a terminal a few columns wide nothing is left, and
    Rich cannot wrap text into no cells at all (`range() arg 3 must not be zero`). One
    cell is as narrow as text gets; what does not fit is clipped, as anywhere else.
    """

    def __init__(self, visual: Visual) -> None:
        self.visual = visual

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.visual.render_strips(max(width, 1), height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.visual.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.visual.get_height(rules, max(width, 1))


class VimList(OptionList):
    """OptionList plus j/k, as in less, vim and newsboat; its items survive any width."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", N_("Down"), tooltip=N_("Next item (also down arrow)"), show=False),
        Binding("k", "cursor_up", N_("Up"), tooltip=N_("Previous item (also up arrow)"), show=False),
    ]

    def _get_visual(self, option: Option) -> Visual:
        return AtLeastOneCell(super()._get_visual(option))


class WindowedList(VimList):
    """A VimList over any number of entries that holds items only for a window around the cursor.

    Every item is set by the line breaker, and an option list measures every item it holds:
    a page of thousands of articles would cost seconds to show and to re-set on `t`. The
    window moves on as the cursor nears one of its ends; home and end go to the first and
    last entry, not the window's. The mouse wheel scrolls within the items held.
    Subclasses say how many entries there are and build the item of one.
    """

    WINDOW: ClassVar[int] = 120
    """Items held at once."""
    EDGE: ClassVar[int] = 30
    """Within this many items of either end of the window, the window moves on with the cursor."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.window_start = 0
        """The index of the entry the first item held is for."""

    def entry_count(self) -> int:
        raise NotImplementedError

    def entry_option(self, index: int) -> Option:
        raise NotImplementedError

    def holds(self, index: int) -> bool:
        return self.window_start <= index < self.window_start + self.option_count

    def fill(self, around: int | None = None) -> None:
        """Set the items again: for the window around entry `around`, else the window held."""
        total = self.entry_count()
        start = self.window_start if around is None else around - self.WINDOW // 2
        self.window_start = max(0, min(start, total - self.WINDOW))
        end = min(self.window_start + self.WINDOW, total)
        self.set_options([self.entry_option(i) for i in range(self.window_start, end)])

    def show_entry(self, index: int, *, quiet: bool = True) -> None:
        """Put the cursor on entry `index`, holding it first; `quiet`: without OptionHighlighted."""
        if not self.holds(index):
            self.fill(around=index)
        if self.highlighted == index - self.window_start:
            return
        if quiet:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index - self.window_start
        else:
            self.highlighted = index - self.window_start

    def slide(self, index: int) -> None:
        """The cursor moved to entry `index`: near an end of the window with more beyond, move on."""
        local, held = index - self.window_start, self.option_count
        if (local < self.EDGE and self.window_start > 0) or (
            local >= held - self.EDGE and self.window_start + held < self.entry_count()
        ):
            self.fill(around=index)
            self.show_entry(index)

    def action_first(self) -> None:
        if self.window_start > 0:
            self.fill(around=0)
        super().action_first()

    def action_last(self) -> None:
        if self.window_start + self.option_count < self.entry_count():
            self.fill(around=self.entry_count() - 1)
        super().action_last()
