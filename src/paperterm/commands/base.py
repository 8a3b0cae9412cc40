"""What a command is: a key, the words that describe it, and the action it runs."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from textual.binding import ActiveBinding, Binding, BindingType

from paperterm.i18n import _


class Command:
    """One thing the reader can do. Subclasses only set the class variables.

    The action runs in the key handler itself (not a message later), so keys
    typed in one burst — over SSH they arrive together — go where the first
    key sent the focus. Actions owned by the app are named `app.…`.
    """

    KEY: ClassVar[str]
    """Textual key names, comma-separated."""
    ACTION: ClassVar[str]
    TITLE: ClassVar[str]
    """Short: the footer label and the palette entry. Marked with N_(), translated where drawn."""
    HELP: ClassVar[str]
    """One line: the tooltip, the `?` screen and the palette's help. Marked with N_() too."""
    KEY_DISPLAY: ClassVar[str | None] = None
    FOOTER: ClassVar[bool] = False
    PRIORITY: ClassVar[bool] = False
    PALETTE: ClassVar[bool] = True
    """Offered in the command palette (moves such as `j` are not)."""

    @classmethod
    def binding(cls) -> Binding:
        return Binding(
            cls.KEY,
            cls.ACTION,
            cls.TITLE,
            show=cls.FOOTER,
            key_display=cls.KEY_DISPLAY,
            priority=cls.PRIORITY,
            tooltip=cls.HELP,
        )

    @classmethod
    def keys(cls) -> str:
        """The keys as the `?` screen shows them."""
        return cls.KEY_DISPLAY or " ".join(k.strip() for k in cls.KEY.split(","))


def bindings(commands: tuple[type[Command], ...]) -> list[BindingType]:
    """A BINDINGS list for these commands, in their order (the footer's order)."""
    return [command.binding() for command in commands]


def translated(active: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
    """A screen's active bindings with their words in the current language, for its footer.

    Bindings are made once, with the English msgids; the footer asks for them each time it is
    drawn, so a screen returns these from `active_bindings` and a change of language only needs
    `refresh_bindings()`.
    """
    return {
        key: ActiveBinding(
            node,
            dataclasses.replace(binding, description=_(binding.description), tooltip=_(binding.tooltip)),
            enabled,
            _(tooltip),
        )
        for key, (node, binding, enabled, tooltip) in active.items()
    }
