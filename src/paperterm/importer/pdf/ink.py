"""What a page holds, as plain values: glyphs, pictures and drawn lines, in PDF points from the top-left.

Kept apart from the PDFium calls so that every later step is a pure function over these values
(and can be tested on values made up by hand).
"""

from __future__ import annotations

from typing import NamedTuple

Glyph = tuple[str, float, float, float, float, bool, int]
"""One printed character: text, left and right edge of its advance, baseline (from the page's top),
type size in points, bold, and its face (a number per font name on the page). A plain tuple: a
dense page has ten thousand of them."""

Turned = tuple[str, float, float, float]
"""A character set turned a quarter (in a margin): text, x and y of its origin from the page's
top-left, and the direction it reads in, in degrees (90: upward, -90: downward)."""

Box = tuple[float, float, float, float]
"""left, top, right, bottom in points from the page's top-left corner."""


class PageInk(NamedTuple):
    """Everything on one PDF page that the layout is read from."""

    file: str
    position: int
    """0-based position of the page in its file."""
    width: float
    height: float
    glyphs: list[Glyph]
    images: list[Box]
    rules: list[Box]
    """Thin drawn lines, horizontal or vertical."""
    frames: list[Box]
    """Drawn rectangles (outlined or tinted) larger than a rule."""
    doubled: int
    """Glyphs of runs printed twice (fake bold) that PDFium already left out of the text."""
    turned: list[Turned]
    """Characters set at an angle, in the order they are drawn."""
    outside: int = 0
    """Glyphs not read for lying outside the page as cut: the slug line, marks, the bleed."""
    clipped: int = 0
    """Glyphs not read for being hidden by a clipping path (text run on past its frame)."""
