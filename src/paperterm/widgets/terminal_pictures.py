"""Whether the terminal can show the printed page as a picture, and how: decided once, as the reader starts.

Nothing is asked of the terminal. A question is answered on the keyboard's input: an answer
that comes late reaches the reader as keys (`?` opens the help), and a key typed while the
answer is awaited is taken as part of it and lost; over SSH, answers are late. So the
terminal is known from its environment alone, and textual-image, which asks on import when
its output is a terminal, is imported (when a page is first shown as a picture, so starting
costs nothing) with its output looking like none, and told the cell size the kernel knows
(TIOCGWINSZ), which costs no question.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import IO, Any

from paperterm.state.options import Pictures

_TGP_TERMS = ("xterm-kitty", "xterm-ghostty")
_SIXEL_TERMS = ("foot", "foot-extra", "mlterm", "contour", "yaft-256color")
_SIXEL_PROGRAMS = ("WezTerm", "iTerm.app", "mintty")


def from_environment(environ: Mapping[str, str]) -> Pictures | None:
    """The picture protocol the environment says the terminal speaks, or None.

    Inside tmux or screen, None: a multiplexer draws its own screen and passes pictures on only
    when set up to. Over SSH only `TERM` comes along, so a terminal is known there by its TERM
    alone (kitty's xterm-kitty, foot).
    """
    term = environ.get("TERM", "")
    if environ.get("TMUX") or environ.get("STY") or term.startswith(("screen", "tmux")):
        return None
    if term in _TGP_TERMS or environ.get("KITTY_WINDOW_ID") or environ.get("TERM_PROGRAM") == "ghostty":
        return "tgp"
    # WezTerm and Konsole answer the Kitty protocol's question but do not draw its placeholders.
    if (
        term in _SIXEL_TERMS
        or environ.get("TERM_PROGRAM") in _SIXEL_PROGRAMS
        or environ.get("KONSOLE_VERSION")
    ):
        return "sixel"
    return None


def choose_pictures(setting: str, environ: Mapping[str, str], tty: bool) -> Pictures | None:
    """How the page map shows the printed page for this run (None: as characters only).

    `auto`: where the environment names a terminal that shows pictures. `always`: that, else
    coloured half cells, which any colour terminal shows. `never`, or no terminal: None.
    """
    if setting == "never" or not tty:
        return None
    found = from_environment(environ)
    if found is None and setting != "always":
        return None
    return found or "halfcell"


def prepare_pictures() -> None:
    """Import textual-image without its questions to the terminal, and give it the cell size."""
    real = sys.__stdout__
    sys.__stdout__ = _NotATerminal(real)  # type: ignore[misc, assignment]
    try:
        import textual_image.widget  # noqa: F401  (asks nothing now: its output is no terminal)
    finally:
        sys.__stdout__ = real  # type: ignore[misc]
    from textual_image._terminal import CellSize, get_cell_size

    size = cell_size(real)
    if size is not None:
        get_cell_size._result = CellSize(*size)  # type: ignore[attr-defined]  # its own cache


def cell_size(stream: IO[str] | None) -> tuple[int, int] | None:
    """A cell's width and height in pixels from the kernel's window size, where it knows them."""
    try:
        import fcntl
        import struct
        import termios

        if stream is None:
            return None
        packed = fcntl.ioctl(stream.fileno(), termios.TIOCGWINSZ, b"\0" * 8)
    except (ImportError, OSError, ValueError):
        return None
    rows, columns, width, height = struct.unpack("HHHH", packed)
    if not (rows and columns and width and height):
        return None
    return width // columns, height // rows


class _NotATerminal:
    """Standard output as textual-image's import sees it: the same stream, but not a terminal."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def isatty(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def stdout_is_terminal() -> bool:
    return sys.__stdout__ is not None and sys.__stdout__.isatty()
