"""What a command is: a key, the words that describe it, and the action it runs."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType


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
    """Short: the footer label and the palette entry."""
    HELP: ClassVar[str]
    """One line: the tooltip, the `?` screen and the palette's help."""
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
