"""Column lines to paragraphs, by where each line starts and ends in its column.

A paragraph's first line is indented two characters; every other line starts flush at the
column's left edge, so a flush line goes on the paragraph before it, in the same column or at
the head of the next. A line set off by weight or face, centred (or larger than the text, or
indented and short with no closing punctuation), with no flush line running on from it, is a
小标题; so is a line in the text's own type standing alone between paragraph gaps, flush, with
no closing punctuation, between a finished paragraph and an indented one. A line set flush
right, clear of the left edge, stands apart: a signature, a continuation marker, a photo
credit on a line of its own; so does a line that is only a continuation marker or a byline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from paperterm.importer.conventions import byline_line, take_markers
from paperterm.importer.pdf.columns import SAME_SIZE, Column, set_off
from paperterm.importer.pdf.gutters import INDENT
from paperterm.importer.pdf.lines import Line

BlockKind = Literal["paragraph", "heading", "apart"]
INDENT_SLACK = 0.5
"""Ems an indent may be off two characters."""
FLUSH_RIGHT = 1.0
"""Ems short of the column's right edge a line set flush right may end."""
CENTRED = 1.0
"""Ems the white left and right of a centred line may differ by."""
SENTENCE_ENDS = ("。", "！", "？", "…", "”", "：", "；", "，", "）", ".", "!", "?")
"""Closing punctuation: a short line in another face that ends with one is a paragraph."""


class TextBlock(NamedTuple):
    """A paragraph, a 小标题 or a line standing apart, with the lines it was read from."""

    kind: BlockKind
    text: str
    lines: tuple[Line, ...]
    breaks: tuple[int, ...] = ()
    """Places in `text` where one line ended and the next went on with no space between them. A
    space set at the end of a line is not printed, so one may have stood there."""

    def spaced(self, chosen: Sequence[int]) -> str:
        """The text with a space at each of the chosen line ends."""
        out, at = [], 0
        for place in sorted(chosen):
            out += [self.text[at:place], " "]
            at = place
        return "".join([*out, self.text[at:]])


def join_lines(texts: Sequence[str]) -> str:
    """Lines of one paragraph as one string: no space between CJK lines, one between Latin words."""
    out = ""
    for text in texts:
        if out and out[-1].isascii() and out[-1].isalnum() and text[:1].isascii() and text[:1].isalnum():
            out += " "
        out += text
    return out


def read_blocks(columns: Sequence[Column]) -> list[TextBlock]:
    """The blocks of text in these columns, read in the order given."""
    blocks: list[tuple[BlockKind, list[Line]]] = []
    placed = [(line, column) for column in columns for line in column.lines]
    for n, (line, column) in enumerate(placed):
        em = column.size
        indent = (line.left - column.left) / em
        short = (column.right - line.right) / em
        if _apart(line, indent, short):
            blocks.append(("apart", [line]))
        elif (
            _heading(line, indent, short, column) or _heading_in_text_type(placed, n, blocks)
        ) and not _runs_on(placed, n):
            if blocks and blocks[-1][0] == "heading":
                blocks[-1][1].append(line)
            else:
                blocks.append(("heading", [line]))
        elif abs(indent - INDENT) <= INDENT_SLACK or not blocks or blocks[-1][0] != "paragraph":
            blocks.append(("paragraph", [line]))
        else:
            blocks[-1][1].append(line)
    return [_block(kind, lines) for kind, lines in blocks]


def _block(kind: BlockKind, lines: list[Line]) -> TextBlock:
    text = lines[0].text
    breaks: list[int] = []
    for line in lines[1:]:
        joined = join_lines([text, line.text])
        if len(joined) == len(text) + len(line.text):
            breaks.append(len(text))
        text = joined
    return TextBlock(kind, text, tuple(lines), tuple(breaks))


def _apart(line: Line, indent: float, short: float) -> bool:
    """Set flush right clear of the left edge, or a line that is only a continuation marker or a
    byline: it stands apart from the paragraphs around it."""
    if indent > INDENT + INDENT_SLACK and short < FLUSH_RIGHT and abs(indent - short) > CENTRED:
        return True
    return not take_markers(line.text)[0] or (indent < INDENT_SLACK and byline_line(line.text) is not None)


def _heading(line: Line, indent: float, short: float, column: Column) -> bool:
    """Set off by weight or face, centred or larger than the text (or indented like a paragraph,
    short of the measure and with no closing punctuation), and no byline (which may be bold and
    as wide as its column)."""
    placed = abs(indent - short) <= CENTRED or line.size > (1 + SAME_SIZE) * column.size
    if not placed and abs(indent - INDENT) <= INDENT_SLACK and short > INDENT:
        placed = not line.text.rstrip().endswith(SENTENCE_ENDS)
    return set_off(line, column) and placed and byline_line(line.text) is None


FULL_STOPS = ("。", "！", "？", "…", "”")
"""A paragraph whose last line ends in one of these is finished."""


def _heading_in_text_type(
    placed: list[tuple[Line, Column]], n: int, blocks: list[tuple[BlockKind, list[Line]]]
) -> bool:
    """A 小标题 set in the text's own type: one line standing alone between paragraph gaps, flush,
    with no closing punctuation, after a finished paragraph and before an indented first line."""
    line, column = placed[n]
    if len(column.lines) != 1 or line.text.rstrip().endswith(SENTENCE_ENDS) or n + 1 >= len(placed):
        return False
    if not blocks or blocks[-1][0] != "paragraph" or not blocks[-1][1][-1].text.rstrip().endswith(FULL_STOPS):
        return False
    after, below = placed[n + 1]
    flush = abs(line.left - column.left) < INDENT_SLACK * column.size
    return flush and abs((after.left - below.left) / below.size - INDENT) <= INDENT_SLACK


def _runs_on(placed: list[tuple[Line, Column]], n: int) -> bool:
    """The next line goes on from this one: it starts flush (a paragraph's first line, which
    happens to be short and bold, like a bold dateline, is no 小标题)."""
    if n + 1 >= len(placed):
        return False
    line, column = placed[n + 1]
    return abs(line.left - column.left) < INDENT_SLACK * column.size and not set_off(line, column)
