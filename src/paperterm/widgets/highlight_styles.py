"""Keyword and search-hit styles: readable in every theme, and told apart without colour.

Every colour is given as RGB, never as an ANSI name: Textual turns ANSI names into the
theme's own colours (its dark theme's "white" is a grey). And every hit style says
`dim=False`: a hit inside dim text (a kicker, an archive hit's line) would otherwise be
dimmed too, its text blended into its background — the pink on red, about 2:1, that search
hits once were. With explicit colours on both sides and no dimming, each hit has the same
contrast in every theme, at least WCAG AA's 4.5:1 (tests/unit/test_hit_contrast.py works it
out from these styles). With NO_COLOR set (no-color.org: any non-empty value)
there is no colour at all: keywords are bold and underlined, search hits reversed.
"""

from __future__ import annotations

import os

from rich.style import Style

from paperterm.model.highlight import SEARCH

INK = "#000000"
PALETTE = ("#ffd75f", "#87d7ff", "#afd787", "#ffafd7", "#d7afff", "#ffaf5f", "#5fd7d7", "#d7d7af")
"""Eight light backgrounds, each under black text (INK)."""

_SEARCH = Style(color="#ffffff", bgcolor="#c00000", bold=True, dim=False)
_PLAIN_KEYWORD = Style(bold=True, underline=True, dim=False)
_PLAIN_SEARCH = Style(bold=True, reverse=True, dim=False)
_CURRENT = Style(reverse=True)
_PLAIN_CURRENT = Style(reverse=True, underline=True, italic=True)
"""Without colour, reverse alone would not tell the current search hit from the others."""


def no_color() -> bool:
    """Whether the reader asked for no colour: NO_COLOR set to anything but the empty string."""
    return bool(os.environ.get("NO_COLOR"))


def keyword_style(colour: int) -> Style:
    """The style of one keyword's matches (SEARCH: the search term's). Keywords are bold and
    underlined in colour too, so they stay apart from search hits where colour is lost."""
    if no_color():
        return _PLAIN_SEARCH if colour == SEARCH else _PLAIN_KEYWORD
    if colour == SEARCH:
        return _SEARCH
    return Style(color=INK, bgcolor=PALETTE[colour % len(PALETTE)], bold=True, underline=True, dim=False)


def current_match(style: Style) -> Style:
    """A match's style once the reader stepped to it with . or , (reversed)."""
    return style + (_PLAIN_CURRENT if no_color() else _CURRENT)
