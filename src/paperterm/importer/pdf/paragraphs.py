"""Column lines to paragraphs, by where each line starts and ends in its column.

A paragraph's first line is indented two characters; every other line starts flush at the
column's left edge, so a flush line goes on the paragraph before it, in the same column or at
the head of the next. Verse is the exception: where lines break with room left for the next
line's first word, or after a blank line, or as the couplets of classical verse do, each
printed line is a paragraph of its own. A line set off by weight or face, centred (or larger
than the text, or indented or flush and short with no closing punctuation), with no flush line
running on from it, is a 小标题; so is a line in the text's own type standing alone between paragraph
gaps, flush, with no closing punctuation, between a finished paragraph and an indented one. A
line set flush right, clear of the left edge, stands apart: a signature, a continuation
marker, a photo credit on a line of its own; so does a line that is only a continuation marker
or a byline. A data table's title is its 小标题 and each of its rows a paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Literal, NamedTuple

from paperterm.importer.conventions import byline_line, take_markers
from paperterm.importer.pdf.columns import (
    HEADING_GAP,
    LEADING_GAP,
    SAME_SIZE,
    Column,
    ragged_right,
    set_edge,
    set_off,
)
from paperterm.importer.pdf.gutters import INDENT
from paperterm.importer.pdf.lines import Line
from paperterm.model.linebreak import atoms

BlockKind = Literal["paragraph", "heading", "apart"]
INDENT_SLACK = 0.5
"""Ems an indent may be off two characters."""
FLUSH_RIGHT = 1.0
"""Ems short of the column's right edge a line set flush right may end."""
CENTRED = 1.0
"""Ems the white left and right of a centred line may differ by."""
ROOM_SLACK = 0.05
"""Ems the white at a line's end may fall short of the next line's first word and still hold it
(no setter leaves white as wide as a word it could have set)."""
NARROW = 0.6
"""Ems a Latin letter or digit takes at most: a word's width is not over-guessed below this."""
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


_LATIN_RUN = re.compile(r"[!-~]+$")
_ADDRESS = re.compile(r"://|@|^www\.|[A-Za-z0-9]/[A-Za-z0-9]|[A-Za-z]\.[A-Za-z0-9-]+\.[A-Za-z]")
"""Marks of a web or e-mail address: a scheme, an @, www., a path, a dotted host name."""


def _in_address(text: str) -> bool:
    """The text ends inside a web or e-mail address, which a line end breaks without a space."""
    run = _LATIN_RUN.search(text)
    return run is not None and _ADDRESS.search(run.group()) is not None


def join_lines(texts: Sequence[str]) -> str:
    """Lines of one paragraph as one string: no space between CJK lines, one between Latin words
    (none inside a web or e-mail address broken at the line's end)."""
    out = ""
    for text in texts:
        latin = out[-1:].isascii() and out[-1:].isalnum() and text[:1].isascii() and text[:1].isalnum()
        if latin and not _in_address(out):
            out += " "
        out += text
    return out


def read_blocks(columns: Sequence[Column]) -> list[TextBlock]:
    """The blocks of text in these columns, read in the order given."""
    blocks: list[tuple[BlockKind, list[Line]]] = []
    placed = [(line, column) for column in columns for line in column.lines]
    measures = _measures(columns)
    room = [n > 0 and _flush(*placed[n]) and _left_room(placed, measures, n) for n in range(len(placed))]
    couplets = _regulated_verse([line for line, _ in placed])
    for n, (line, column) in enumerate(placed):
        em = column.size
        indent = (line.left - column.left) / em
        short = (column.right - line.right) / em
        if line.table:  # a table's title is its 小标题, each row (and its source) a paragraph
            blocks.append(("heading" if line.table == "title" else "paragraph", [line]))
        elif _apart(line, indent, short):
            blocks.append(("apart", [line]))
        elif (
            _heading(line, indent, short, column) or _heading_in_text_type(placed, n, blocks)
        ) and not _runs_on(placed, n):
            if blocks and blocks[-1][0] == "heading":
                blocks[-1][1].append(line)
            else:
                blocks.append(("heading", [line]))
        elif (
            abs(indent - INDENT) <= INDENT_SLACK
            or not blocks
            or blocks[-1][0] != "paragraph"
            or _verse_break(placed, room, n)
            or n in couplets
        ):
            blocks.append(("paragraph", [line]))
        else:
            blocks[-1][1].append(line)
    return [_block(kind, lines) for kind, lines in blocks]


COUPLET = re.compile(r"[\u3400-\u9fff]{4,9}[，、]")
"""The first line of a couplet of classical verse: five or seven characters (a 词 line may be
shorter or longer) and a comma."""
COUPLET_END = re.compile(r"[\u3400-\u9fff]{4,9}[。！？；]")


def _regulated_verse(lines: Sequence[Line]) -> set[int]:
    """Lines of classical verse set one to a line: two couplets or more in a row, each line the
    same number of characters, the first of each couplet ending in a comma and the second in a
    full stop. Prose lines end in punctuation now and then, never so regularly."""
    texts = [line.text.strip() for line in lines]
    found: set[int] = set()
    n = 0
    while n < len(texts):
        k = n
        while (
            k + 1 < len(texts)
            and COUPLET.fullmatch(texts[k])
            and COUPLET_END.fullmatch(texts[k + 1])
            and len(texts[k]) == len(texts[k + 1]) == len(texts[n])
        ):
            k += 2
        if k - n >= 4:
            found.update(range(n, k))
            n = k
        else:
            n += 1
    return found


def _flush(line: Line, column: Column) -> bool:
    return abs(line.left - column.left) < INDENT_SLACK * column.size


def _verse_break(placed: list[tuple[Line, Column]], room: list[bool], n: int) -> bool:
    """A line of verse starts here: after a blank line in the same column (a stanza break);
    where the line before left room for this flush line's first word and a flush line next to
    them follows such a break too; or after the longest line of a poem (which leaves no room:
    it sets the measure), with verse breaks on both sides of it, or two before it and nothing
    flush after it. One short line alone is a line broken early (at a space between names,
    which a line's end does not print), not verse."""
    line, column = placed[n]
    before, above = placed[n - 1]
    if above is not column and _blank_line_between(before, line, above, column):
        return True
    after = n + 1 < len(room) and room[n + 1]
    if room[n]:
        return room[n - 1] or after
    if not _flush(line, column):
        return False
    last = n + 1 >= len(placed) or not _flush(*placed[n + 1])
    return room[n - 1] and (after or (last and n >= 2 and room[n - 2]))


def _measures(columns: Sequence[Column]) -> dict[int, float]:
    """Each column's measure (by id): its right edge where its lines set one, else where its
    ragged family's longest line ends (`ragged_right`)."""
    return {id(c): c.right if set_edge(c) else ragged_right(c, columns) for c in columns}


def _left_room(placed: list[tuple[Line, Column]], measures: dict[int, float], n: int) -> bool:
    """The line before ended with room for this line's first word, within its column's measure:
    the break was not the measure's but the writer's, as each line of a poem is."""
    line, _ = placed[n]
    before, above = placed[n - 1]
    if line.vertical or before.vertical:
        return False
    em = above.size
    measure = measures[id(above)]
    word = next(iter(atoms(line.text.lstrip())), "").rstrip()
    width = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else NARROW for ch in word) * em
    if before.text[-1:].isascii() and before.text[-1:].isalnum() and word[:1].isascii():
        width += NARROW * em  # the space between two Latin words
    return bool(word) and measure - before.right >= width - ROOM_SLACK * em


def _blank_line_between(before: Line, line: Line, above: Column, column: Column) -> bool:
    """Two pieces of one column, the second right under the first after white of a blank line
    and no more: a stanza break. Prose leaves a blank line only before a new paragraph or a
    小标题; text goes on mid-sentence only past a picture or a rule, further down."""
    em = column.size
    white = (line.top - before.bottom) / em
    same_left = abs(column.left - above.left) < INDENT_SLACK * em
    return same_left and column.size == above.size and LEADING_GAP < white <= HEADING_GAP


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
    """Set off by weight or face, centred or larger than the text (or indented like a paragraph
    or flush, short of the measure and with no closing punctuation: an aside's label), and no
    byline (which may be bold and as wide as its column)."""
    placed = abs(indent - short) <= CENTRED or line.size > (1 + SAME_SIZE) * column.size
    if not placed and (abs(indent - INDENT) <= INDENT_SLACK or indent < INDENT_SLACK) and short > INDENT:
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
