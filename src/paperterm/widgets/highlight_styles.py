"""Keyword colours: distinct, readable on dark and light themes, and still told apart without colour."""

from __future__ import annotations

from rich.style import Style

from paperterm.model.highlight import SEARCH

PALETTE = ("#ffd75f", "#87d7ff", "#afd787", "#ffafd7", "#d7afff", "#ffaf5f", "#5fd7d7", "#d7d7af")
"""Eight light backgrounds; text on them is always black, so the theme never matters."""

_SEARCH = Style(color="white", bgcolor="#d70000", bold=True)


def keyword_style(colour: int) -> Style:
    """The style of one keyword's matches. Bold and underline keep them visible where colour is off."""
    if colour == SEARCH:
        return _SEARCH
    return Style(color="black", bgcolor=PALETTE[colour % len(PALETTE)], bold=True, underline=True)


CURRENT = Style(reverse=True)
"""Added to the match the reader stepped to with . or ,"""
