"""Whether the terminal can show the printed page as a picture, and how: asked once, before the app runs.

A terminal is asked what it can do by writing a question to it and reading its answer from
the keyboard's input; once Textual runs, its input thread takes every answer. So the
question is put (by textual-image, on import) before the app starts, and only when the
environment names a terminal known to show pictures, or the reader asked for pictures
(`page_picture = "always"`): no one else waits for an answer or has a keystroke taken.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

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
    what the terminal answers it supports, else coloured half cells. `never`, or no terminal:
    None. Call it before the app runs (see the module's docstring).
    """
    if setting == "never" or not tty:
        return None
    found = from_environment(environ)
    if found is None and setting != "always":
        return None
    answered = _ask_terminal()
    return found or answered or "halfcell"


def _ask_terminal() -> Pictures | None:
    """What textual-image learns from the terminal as it is imported (its cell size in pixels,
    sixel, the Kitty protocol): asked now, while the answers can still be read."""
    from textual_image import renderable
    from textual_image._terminal import get_cell_size  # asked now, kept for the run

    get_cell_size()
    if renderable.Image is renderable.SixelImage:
        return "sixel"
    if renderable.Image is renderable.TGPImage:
        return "tgp"
    return None


def stdout_is_terminal() -> bool:
    return sys.__stdout__ is not None and sys.__stdout__.isatty()
