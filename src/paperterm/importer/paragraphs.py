"""Re-flowing column-broken lines into paragraphs and 小标题.

Extracted text breaks lines at the column's edge and puts blank lines both
between paragraphs and at column breaks (mid-sentence), so blank lines say
little. A paragraph ends at a line that closes a sentence and is clearly
shorter than the column. A line that closes a sentence and fills the column
is the hard case: it ends the paragraph if the next line is shorter than a
full line (a new paragraph's first line loses its two-character indent in
extraction), and runs on if the next line fills its column. Anything else
runs on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperterm.importer.blocks import PUNCTUATION as _PUNCTUATION
from paperterm.importer.blocks import Block, Line, heading_shaped, is_verse, join_cjk, measure
from paperterm.importer.text import QUOTE_CLOSE, closes_sentence, unjustify, width
from paperterm.model.issue import Block as BodyBlock
from paperterm.model.issue import Heading

SHORT = 3
"""Half-em units short of the measure that make a line clearly shorter than the column."""
INDENT = 4
"""A paragraph's first-line indent (two full-width characters), dropped by extraction."""
HANGING = "，。、；：？！”’）》」』…"
_ATTRIBUTION = re.compile(
    r"[^，。！？；：“”「」]{1,14}(?:说|道|表示|介绍|指出|认为|告诉记者|感慨|笑着说|坦言)(?:道)?。"
)
"""Who said the quote before it (村党支部书记说。): never a paragraph of its own."""
"""Punctuation a typesetter lets hang past the end of a full line."""


@dataclass
class Flowed:
    """The body of an article, and the decisions worth a second look."""

    body: list[BodyBlock] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def is_heading(block: Block, after_paragraph_end: bool) -> bool:
    """A 小标题: a two-line block between paragraphs, broken after a comma, closing no sentence.

    (A paragraph cut by a column break after exactly two lines whose first ends
    in a comma looks the same; that is rare, and --report does not flag it.)
    """
    return after_paragraph_end and heading_shaped(block)


def join_lines(parts: list[str]) -> str:
    """Join column-broken lines into one paragraph, typesetting spaces removed."""
    return unjustify(join_cjk(parts))


def _next_line(blocks: list[Block], b_index: int, l_index: int) -> tuple[Line, Block] | None:
    """The line after this one (across a blank line if need be), with its block."""
    block = blocks[b_index]
    if l_index + 1 < len(block.lines):
        return block.lines[l_index + 1], block
    if b_index + 1 < len(blocks):
        return blocks[b_index + 1].lines[0], blocks[b_index + 1]
    return None


def _run_in_heading(line: Line, following: Line, column: int) -> bool:
    """A 小标题 set on a line of its own between paragraphs, with no blank line around it (as
    pdftotext prints one set in the text's size): a line with no punctuation after a paragraph's
    end, short of the measure, over a paragraph's first line — short too (indented), and going
    on. A paragraph's first line with no punctuation has a full line under it, or, when the
    paragraph has only two lines, one that ends it."""
    return (
        not _PUNCTUATION.search(line.text)
        and width(line.text) <= column - INDENT
        and width(following.text) <= column - SHORT
        and not closes_sentence(following.text)
    )


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
        if is_verse(block):
            close()
            flowed.body.extend(unjustify(line.text) for line in block.lines)
            continue
        if is_heading(block, after_paragraph_end=not current) and b_index + 1 < len(blocks):
            flowed.body.append(Heading(join_lines([line.text for line in block.lines])))
            continue
        for l_index, line in enumerate(block.lines):
            # A paragraph's first line lost its two-character indent: it is full a little earlier.
            full = column - (INDENT if not current else 0)
            following = _next_line(blocks, b_index, l_index)
            inside = 0 < l_index < len(block.lines) - 1  # run in: no blank line above or below it
            if (
                not current
                and flowed.body
                and inside
                and _run_in_heading(line, block.lines[l_index + 1], column)
            ):
                flowed.body.append(Heading(join_lines([line.text])))
                continue
            current.append(line.text)
            last_char = line.text[-1]
            closes = closes_sentence(line.text) or last_char in "：:"
            if not closes:
                continue
            if width(line.text) <= full - SHORT or following is None:
                close()
                continue
            next_line, next_block = following
            next_column = measure(next_block.lines) if len(next_block.lines) >= 3 else column
            across_blank = next_line is next_block.lines[0] and next_block is not block
            next_width = width(next_line.text.rstrip(HANGING))  # punctuation may hang past the measure
            if last_char in QUOTE_CLOSE and _ATTRIBUTION.fullmatch(next_line.text.strip()):
                flowed.notes.append(f"line {line.number}: paragraph kept going past a quote into who said it")
            elif across_blank and next_width < next_column - 1:
                flowed.notes.append(
                    f"line {line.number}: paragraph end guessed from a full line ending in {last_char} "
                    "before a blank line and a line that does not fill the column"
                )
                close()
            elif not across_blank and next_width <= next_column - SHORT:
                flowed.notes.append(
                    f"line {line.number}: paragraph end guessed from a full line ending in {last_char} "
                    "before a shorter (indented) line"
                )
                close()
            else:
                flowed.notes.append(
                    f"line {line.number}: paragraph kept going past a full line ending in {last_char}"
                )
    close()
    return flowed
