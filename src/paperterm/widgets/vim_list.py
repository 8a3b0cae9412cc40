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
        Binding("j", "cursor_down", "Down", tooltip="Next item (also down arrow)", show=False),
        Binding("k", "cursor_up", "Up", tooltip="Previous item (also up arrow)", show=False),
    ]

    def _get_visual(self, option: Option) -> Visual:
        return AtLeastOneCell(super()._get_visual(option))
