"""An option list that answers to j and k as well as the arrows: every list in paperterm is one."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList

from paperterm.i18n import N_


class VimList(OptionList):
    """OptionList plus j/k, as in less, vim and newsboat."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", N_("Down"), tooltip=N_("Next item (also down arrow)"), show=False),
        Binding("k", "cursor_up", N_("Up"), tooltip=N_("Previous item (also up arrow)"), show=False),
    ]
