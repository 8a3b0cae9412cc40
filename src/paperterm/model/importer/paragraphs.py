"""Re-flowing column-broken lines into paragraphs and 小标题.

Extracted text breaks lines at the column's edge and puts blank lines both
between paragraphs and at column breaks (mid-sentence). A paragraph ends at a
line that closes a sentence and is clearly shorter than the column, or that
closes a sentence and is followed by a blank line; anything else runs on.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from paperterm.model.importer.blocks import Block, Line
from paperterm.model.importer.text import TERMINAL, squeeze_spaces, width
from paperterm.model.issue import Block as BodyBlock
from paperterm.model.issue import Heading

SHORT = 3
"""Cells short of the measure that make a line clearly shorter than the column."""
_NO_HEADING_END = frozenset("。！？；：…”")


@dataclass
class Flowed:
    """The body of an article, and the decisions worth a second look."""

    body: list[BodyBlock] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def measure(lines: list[Line]) -> int:
    """The column's width in cells, estimated from the lines of one article (most lines are full)."""
    widths = sorted(width(line.text) for line in lines)
    if not widths:
        return 0
    upper = widths[len(widths) // 2 :]
    return int(statistics.median_high(upper))


def is_heading(block: Block, column: int, after_paragraph_end: bool) -> bool:
    """A 小标题: one or two short lines between paragraphs, not closing a sentence."""
    if not after_paragraph_end or len(block.lines) > 2 or column <= 0:
        return False
    texts = [line.text for line in block.lines]
    if any(t[-1] in _NO_HEADING_END for t in texts) or any(ch in "。！？" for t in texts for ch in t):
        return False
    limit = column - (4 if len(texts) == 2 else 8)
    if len(texts) == 2 and texts[0][-1] not in "，、":
        return False
    return all(width(t) <= limit for t in texts)


def join_lines(parts: list[str]) -> str:
    """Join column-broken lines: no space between CJK (or digits), one between two Latin words."""
    text = ""
    for part in parts:
        if text and re.search(r"[A-Za-z]$", text) and re.match(r"[A-Za-z]", part):
            text += " "
        text += part
    return squeeze_spaces(text)


def reflow(blocks: list[Block], column: int | None = None) -> Flowed:
    """Paragraphs and headings from an article's text blocks, in order."""
    lines = [line for block in blocks for line in block.lines]
    column = column or measure(lines)
    flowed = Flowed()
    current: list[str] = []

    def close() -> None:
        if current:
            flowed.body.append(join_lines(current))
            current.clear()

    for b_index, block in enumerate(blocks):
        if is_heading(block, column, after_paragraph_end=not current) and b_index + 1 < len(blocks):
            flowed.body.append(Heading(join_lines([line.text for line in block.lines])))
            continue
        for l_index, line in enumerate(block.lines):
            current.append(line.text)
            blank_after = l_index == len(block.lines) - 1
            last_char = line.text[-1]
            closes = last_char in TERMINAL or (last_char in "：:" and width(line.text) <= column - SHORT)
            if not closes:
                continue
            if width(line.text) <= column - SHORT:
                close()
            elif blank_after:
                flowed.notes.append(
                    f"line {line.number}: paragraph end guessed from a full line ending in {last_char} "
                    "before a blank line"
                )
                close()
            else:
                flowed.notes.append(
                    f"line {line.number}: paragraph kept going past a full line ending in {last_char}"
                )
    close()
    return flowed
