"""The look every small window over the reader shares: a bordered panel, centred."""

from __future__ import annotations

from textual.screen import ModalScreen, ScreenResultType


class Dialog(ModalScreen[ScreenResultType]):
    """A modal screen whose one child with class `panel` is the dialog box.

    Subclasses set only what differs (width, height, colours) in their own CSS.
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
