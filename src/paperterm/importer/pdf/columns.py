"""Text lines to column pieces: the lines of one column of one article, top to bottom.

A line goes on the piece above it when it is set in the same type, starts within the column
(flush, or two characters in for a paragraph's first line), and follows at the column's
leading. A 小标题 (set off in bold or another face, maybe a little larger) may follow a
blank line of leading. A rule or a picture
between two lines ends a piece, and so does any wider white: that is where one article ends
and another, or the same article's next column, begins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from paperterm.importer.pdf.gutters import CLOSING, INDENT
from paperterm.importer.pdf.ink import Box
from paperterm.importer.pdf.lines import Line

LEADING_GAP = 0.8
"""Ems of white between two lines of one column at most (the leading less the type's height)."""
HEADING_GAP = 2.5
"""Ems of white before a bold line (a 小标题 after a blank line) at most."""
REACH = 2.5
"""Ems a line may stand out of its column's left or right edge (an indent is two)."""
SAME_SIZE = 0.03
"""Lines whose sizes differ by more than this share are set in different type."""
PARAGRAPH_ENDS = frozenset("。！？!?…”」』")
"""What a paragraph's last line may end with."""
HUNG_EDGE = 0.5
"""Points: a line ending this close to an em short of another hangs its punctuation past the edge."""
COMMON_RIGHT = 3
"""Lines ending at one edge that make it the column's right edge."""
HEADING_SCALE = 1.5
"""A bold line at most this much larger than the text around it may be its 小标题."""


class Column(NamedTuple):
    """The lines of one column of one article, and the column's edges: `left` is where its
    flush lines start, `right` where its full lines end; the size and face of its text."""

    lines: tuple[Line, ...]
    left: float
    top: float
    right: float
    bottom: float
    size: float
    face: int = 0


def build_columns(lines: list[Line], barriers: list[Box], face: int) -> list[Column]:
    """Column pieces from text lines (rules and pictures as `barriers`; `face`: the body text's),
    each top to bottom."""
    pieces: list[_Piece] = []
    open_pieces: list[_Piece] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.left)):
        reach = line.top - HEADING_GAP * HEADING_SCALE * line.size
        open_pieces = [p for p in open_pieces if p.lines[-1].bottom >= reach]
        best, best_overlap = None, 0.0
        for piece in open_pieces:
            overlap = _fits(piece, line, barriers, face)
            if overlap > best_overlap:
                best, best_overlap = piece, overlap
        if best is None:
            best = _Piece([line], line.left, line.right)
            pieces.append(best)
            open_pieces.append(best)
        else:
            best.lines.append(line)
            best.left, best.right = min(best.left, line.left), max(best.right, line.right)
    return [column_of(p.lines) for p in pieces]


class _Piece:
    """A column piece being built: its lines and its extent so far."""

    __slots__ = ("left", "lines", "right")

    def __init__(self, lines: list[Line], left: float, right: float) -> None:
        self.lines, self.left, self.right = lines, left, right


def _fits(piece: _Piece, line: Line, barriers: list[Box], face: int) -> float:
    """How much the line overlaps the piece, if it can go on it; 0 if it cannot."""
    last = piece.lines[-1]
    if bool(last.table) != bool(line.table):  # a table (and its title) is a piece of its own
        return 0.0
    heading = _heading(line, last, face)
    if not (_same_type(last, line) or heading or _heading(last, line, face)):
        return 0.0
    em = min(last.size, line.size)
    gap = line.top - last.bottom
    limit = (HEADING_GAP if heading else LEADING_GAP) * em
    if not -0.3 * em < gap <= limit:
        return 0.0
    left, right = piece.left, piece.right
    reach = REACH * line.size
    overlap = min(right, line.right) - max(left, line.left)
    if overlap <= 0 and abs(line.left - left) <= reach:
        overlap = 1.0  # a short last line, then the next paragraph's indented first line
    if overlap <= 0:
        return 0.0
    if len(piece.lines) > 1 and (line.left < left - reach or line.right > right + reach):
        return 0.0
    if any(
        last.bottom - 1 <= (b[1] + b[3]) / 2 <= line.top + 1 and b[0] < line.right and line.left < b[2]
        for b in barriers
    ):
        return 0.0
    return overlap


def _same_type(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) <= SAME_SIZE * b.size and a.face == b.face


def _heading(heading: Line, text: Line, face: int) -> bool:
    """A 小标题 in text of the body's face: set bold or in another face, in the text's size or
    a little larger."""
    if text.face != face or not set_off(heading, text):
        return False
    return (1 - SAME_SIZE) * text.size <= heading.size <= HEADING_SCALE * text.size


def set_off(line: Line, text: Line | Column) -> bool:
    """Set apart from the text by weight or face, as a 小标题 is."""
    text_bold = text.bold if isinstance(text, Line) else False
    return (line.bold and not text_bold) or line.face != text.face


def column_of(lines: list[Line]) -> Column:
    """The column these lines (top to bottom) make."""
    size = Counter(round(ln.size, 1) for ln in lines).most_common(1)[0][0]
    faces: Counter[int] = Counter()
    for line in lines:
        faces[line.face] += line.glyphs
    left = min(ln.left for ln in lines)
    bottom = max(ln.bottom for ln in lines)
    ends = sorted(set_end(ln, lines) for ln in lines)
    rights = Counter(round(end, 1) for end in ends).most_common(2)
    # The column's right edge is where most of its lines end, when lines end there (justified
    # lines do); else where the longer lines end. Punctuation hung past the edge does not move it.
    right = rights[0][0] if rights[0][1] >= COMMON_RIGHT else ends[len(ends) * 3 // 4]
    return Column(tuple(lines), left, lines[0].top, right, bottom, size, faces.most_common(1)[0][0])


def set_end(line: Line, lines: Sequence[Line]) -> float:
    """Where the line's type ends, punctuation hung past the column's edge aside: a line ending
    in closing punctuation that ends an em past where another line ends."""
    if line.text[-1:] in CLOSING and not line.vertical:
        inside = line.right - line.size
        if any(abs(other.right - inside) <= HUNG_EDGE for other in lines if other is not line):
            return inside
    return line.right


def true_edges(columns: list[Column]) -> list[Column]:
    """Each column's left edge where its flush lines start: a piece holding only indented lines
    (a one-line paragraph) takes the edge of a column above or below it that starts two
    characters further left."""
    fixed: list[Column] = []
    for column in columns:
        em = column.size
        if any(abs(line.left - column.left) > 0.3 * em for line in column.lines) or _runs_on(column):
            # Its lines start at more than one place (the left one is flush), or a line goes on
            # from the one before it: it starts flush.
            fixed.append(column)
            continue
        for other in columns:
            if (
                other is not column
                and abs(column.left - other.left - INDENT * em) < 0.3 * em
                and other.left < column.left < other.right
            ):
                column = column._replace(left=other.left)
                break
        fixed.append(column)
    return fixed


def _runs_on(column: Column) -> bool:
    """A line other than the last stops mid-sentence: the line after it goes on from it."""
    return any(line.text.rstrip()[-1:] not in PARAGRAPH_ENDS for line in column.lines[:-1])


def ragged_right(column: Column, columns: Sequence[Column]) -> float:
    """Where the longest line ends of the ragged pieces of an article set at this column's left
    edge, hung punctuation aside: pieces of one column apart only by white (a poem's stanzas)
    share its measure. A piece reaching across another column's left edge (an editor's note
    across the article) is of no column."""
    reach = {id(c): max(ln.right for ln in c.lines) for c in columns}
    same = [
        c
        for c in columns
        if not set_edge(c)
        and abs(c.left - column.left) < c.size / 2
        and c.size == column.size
        and not any(c.left + c.size < o.left < reach[id(c)] for o in columns)
    ]
    return max(set_end(ln, c.lines) for c in [column, *same] for ln in c.lines)


def set_edge(column: Column, lines: int = COMMON_RIGHT) -> bool:
    """Whether at least this many of the column's lines end at its right edge: the edge is set."""
    return sum(1 for line in column.lines if abs(line.right - column.right) <= 0.5) >= lines
