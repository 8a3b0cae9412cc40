"""Display type set inside a story's column that is no headline: a pull quote (金句) set large
between two rules, a fact box of big figures over their small labels in a box.

Feature and 深度 pages set such type in the middle of a column, with the story's text right
above and right below it. A headline never stands so: it opens its story, with its own text
under it and no rule or box closing it off from that text. So display type framed by two
rules as wide as itself (repeating the text's words) or by a box (figures over their labels),
holding no line of text type, with text of one column right above its top and right below its
foot, is the story's ornament: a pull quote repeats a sentence of the body, a fact box the
body's figures. A reader reads them once, in the text;
they are left out (and listed in `--report`), and their rules and box part nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from paperterm.importer.pdf.columns import HEADING_GAP
from paperterm.importer.pdf.headblocks import HEADLINE_SCALE
from paperterm.importer.pdf.ink import Box
from paperterm.importer.pdf.lines import Line

SAME_EDGE = 1.0
"""Ems of body type: two rules framing one quote start and end this close together."""
WITHIN = 0.5
"""Ems of body type display type may overhang its frame by (a quote's hung punctuation)."""
COVER = 0.8
"""A line above or below runs across this share of the frame's width: it is a column's width."""
REPEATS = 0.85
"""Share of a pull quote's character pairs found in the text (a column's foot breaks a few)."""


class Display(NamedTuple):
    """Display type found inside stories: its lines, and the rules and boxes that framed it."""

    lines: list[Line]
    rules: list[Box]
    frames: list[Box]
    areas: list[Box]
    """Where each stands, its frame included: white the story's text goes on across."""


def read_display(lines: list[Line], rules: list[Box], frames: list[Box], body: float) -> Display:
    """The display type among `lines` set inside a story's column, framed by `rules` or `frames`."""
    found = Display([], [], [], [])
    text: set[str] | None = None
    for frame, parts, kind in _frames(rules, frames, body):
        inside = [ln for ln in lines if _within(ln, frame, body)]
        if not _ornament(frame, inside, lines, body):
            continue
        display = [ln for ln in inside if ln.size > HEADLINE_SCALE * body]
        if kind == "box":
            # figures, each over its label: a boxed story set small has many lines of text
            framed = len(display) >= len(inside) - len(display)
        else:
            text = _pairs(lines, body) if text is None else text
            framed = _repeats(display, text)
        if framed:
            found.lines.extend(ln for ln in inside if ln not in found.lines)
            (found.frames if kind == "box" else found.rules).extend(parts)
            found.areas.append(frame)
    return found


def _pairs(lines: list[Line], body: float) -> set[str]:
    """Every two characters running on in the text type's lines, each column's lines in turn."""
    ordered = sorted(
        (ln for ln in lines if abs(ln.size - body) <= 0.03 * body), key=lambda ln: (round(ln.left), ln.top)
    )
    run = _bare("".join(ln.text for ln in ordered))
    return {run[k : k + 2] for k in range(len(run) - 1)}


def _bare(text: str) -> str:
    """Letters and digits only: a quote drops its marks and may end its sentence otherwise."""
    return "".join(ch for ch in text if ch.isalnum())


def _repeats(display: list[Line], text: set[str]) -> bool:
    """A pull quote repeats a sentence of the text: nearly every two characters of it running on
    stand so in the text too (a headline says its story in other words)."""
    quote = _bare("".join(ln.text for ln in sorted(display, key=lambda ln: ln.top)))
    pairs = [quote[k : k + 2] for k in range(len(quote) - 1)]
    return bool(pairs) and sum(p in text for p in pairs) >= REPEATS * len(pairs)


def _frames(rules: list[Box], frames: list[Box], body: float) -> Iterator[tuple[Box, list[Box], str]]:
    """Boxes, and pairs of level rules of one width, one above the other (the nearest). Only
    text of one column above and below makes one a frame inside a column (`_ornament`)."""
    for box in frames:
        yield box, [box], "box"
    flat = sorted((r for r in rules if r[3] - r[1] < 0.3 * body), key=lambda r: r[1])
    for k, upper in enumerate(flat):
        lower = next((r for r in flat[k + 1 :] if _level(upper, r, body)), None)
        if lower is not None:
            yield (upper[0], upper[1], upper[2], lower[3]), [upper, lower], "rules"


def _level(a: Box, b: Box, body: float) -> bool:
    return abs(a[0] - b[0]) <= SAME_EDGE * body and abs(a[2] - b[2]) <= SAME_EDGE * body


def _within(line: Line, frame: Box, body: float) -> bool:
    pad = WITHIN * body
    return (
        line.left >= frame[0] - pad
        and line.right <= frame[2] + pad
        and line.top >= frame[1]
        and line.bottom <= frame[3]
    )


def _ornament(frame: Box, inside: list[Line], lines: list[Line], body: float) -> bool:
    """Display type and no text type in the frame, and text of one column right above and below."""
    if not any(ln.size > HEADLINE_SCALE * body for ln in inside):
        return False
    if any(abs(ln.size - body) <= 0.03 * body for ln in inside):
        return False
    left, top, right, bottom = frame

    def text(gap: float, line: Line) -> bool:
        return (
            0 <= gap <= HEADING_GAP * body
            and abs(line.size - body) <= 0.03 * body
            and line.left >= left - body
            and line.right <= right + body
            and line.right > left
            and line.left < right
        )

    above = [ln for ln in lines if text(top - ln.bottom, ln)]
    below = [ln for ln in lines if text(ln.top - bottom, ln)]
    # a full line of the column next to it: the frame is as wide as one column
    full = any(ln.right - ln.left >= COVER * (right - left) for ln in (*above, *below))
    return bool(above and below) and full
