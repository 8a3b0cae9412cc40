"""The look every small window over the reader shares: a bordered panel, centred; and `q`."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, ScreenResultType

from paperterm.i18n import N_


class Dialog(ModalScreen[ScreenResultType]):
    """A modal screen whose one child with class `panel` is the dialog box.

    Subclasses set only what differs (width, height, colours) in their own CSS. A modal
    screen hides the app's keys, so `q` quits from here too, as it does anywhere (the README's
    promise); a text field that has the keyboard takes the q as a letter, and escape closes.
    """

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        & > .panel {
            width: 60;
            max-width: 100%;
            height: auto;
            max-height: 90%;
            border: round $accent;
            background: $surface;
            padding: 0 1;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "app.quit", N_("Quit"), tooltip=N_("Quit paperterm (the reading position is saved)")),
    ]
