"""Headline lines to headline groups: the lines set larger than the body type that stand
together above (or beside) one article: 栏目 label, 引题, the title's lines, 副题.

Lines of one group follow each other closely (the gap between two is well under the larger
one's size) and overlap horizontally (a group is set flush left or centred over its columns).
"""

from __future__ import annotations

from typing import NamedTuple

from paperterm.importer.pdf.ink import Box
from paperterm.importer.pdf.lines import Line

HEADLINE_SCALE = 1.1
"""Lines larger than the body type by this factor are headline type."""
LINE_GAP = 0.6
"""Ems of the larger line: lines of one group are no further apart than this (plus a box's padding)."""
BOX_ROOM = 10.0
"""Points a box around a label adds between it and the next line."""


class Headline(NamedTuple):
    """A headline group: its lines top to bottom, and its box."""

    lines: tuple[Line, ...]
    left: float
    top: float
    right: float
    bottom: float


def is_headline_type(line: Line, body: float, text: set[float]) -> bool:
    """Set vertically, or larger than the body type and in none of the sizes running text is set in."""
    if line.vertical:
        return True
    return line.size > HEADLINE_SCALE * body and not any(
        abs(line.size - size) <= 0.03 * size for size in text
    )


def group_headlines(lines: list[Line], rules: list[Box]) -> list[Headline]:
    """The headline groups among these headline-type lines, each from lines set close together."""
    groups: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.left)):
        for group in groups:
            last = group[-1]
            gap = line.top - max(ln.bottom for ln in group)
            near = -0.2 * line.size <= gap <= LINE_GAP * max(last.size, line.size) + BOX_ROOM
            if near and _overlap(group, line) and not _rule_between(rules, group, line):
                group.append(line)
                break
        else:
            groups.append([line])
    return [_headline(g) for g in groups]


def _headline(lines: list[Line]) -> Headline:
    return Headline(
        tuple(lines),
        min(ln.left for ln in lines),
        min(ln.top for ln in lines),
        max(ln.right for ln in lines),
        max(ln.bottom for ln in lines),
    )


def _overlap(group: list[Line], line: Line) -> bool:
    left, right = min(ln.left for ln in group), max(ln.right for ln in group)
    return line.left < right and left < line.right


def _rule_between(rules: list[Box], group: list[Line], line: Line) -> bool:
    bottom = max(ln.bottom for ln in group)
    return any(
        bottom <= (r[1] + r[3]) / 2 <= line.top and r[0] < line.right and line.left < r[2] for r in rules
    )
