"""Whether the white between two pieces of type on one baseline is a gutter between columns,
or spaces inside one line.

Spaces in CJK text are set on the em grid, a gutter is an em or so: white alone cannot tell.
The page can: a gutter is where columns start and end, and no white inside what other lines
show to be one column is a gutter. The white is a gutter when the piece
after it starts where other lines nearby start (a column's left edge; not the place two
characters in, where indented lines start), or two characters left of where indented lines
start; when the piece before it ends where other lines end (the right edge of a column of
justified lines), or where another line of a column's length starting where it starts ends
too (both fill their column); when other lines start inside it, or a picture's or a drawn box's
edge stands in it; or when it is no whole number of ems (each em spread as the line's
glyphs are). White that drawn space glyphs fill is always a space.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from paperterm.importer.pdf.ink import Box, Glyph

GAP = 0.78
"""Em: white wider than this between two glyphs on one baseline may be a gutter (one of 0.8 em is)."""
MEND = 2.5
"""Em: two pieces further apart than this are never one line (two 全角 spaces are two ems)."""
BASELINE = 1.0
"""Points: pieces whose baselines are this close are on one baseline."""
NEIGHBOURHOOD = 12
"""Ems above and below a line where column edges are looked for."""
EDGE = 0.6
"""Points: edges this close are one edge."""
EDGE_LINES = 2
"""Other lines that must start at a piece's left edge for it to be a column's edge."""
FULL_LINES = 2
"""Other lines that must end at a piece's right edge for it to be a column's edge."""
BESIDE = 2.0
"""Ems: a picture's or box's edge counts for lines beside it or this close above or below it."""
MEASURE = 8
"""Characters a column's line holds at least."""
HUNG = 0.25
"""Ems of white after closing punctuation's ink where a column may start (an em of gutter, half
of it taken by the hung punctuation)."""
TRACKING = 0.5
"""Ems: the most white a justified or tracked line sets between its glyphs."""
SAME_SPREAD = 0.05
"""Ems: two pieces spread further apart than this are not one line."""
EM_GRID = 0.15
"""Ems: white this far from a whole number of ems is no run of 全角 spaces."""
INDENT = 2.0
"""Ems: a paragraph's first line is indented two characters."""


CLOSING = frozenset("，。、；：！？）」』”’》〉】〕…")
"""Punctuation whose ink is the left half of its em: set at a line's end, the right half may
hang into the gutter (or be cut off)."""


def _spread(piece: list[Glyph], size: float) -> float:
    """The white a justified or tracked piece sets between its glyphs (each space it holds
    spread by as much, and the white before and after it): the lower third of its whites."""
    whites = sorted(b[1] - a[2] for a, b in pairwise(piece))
    return min(max(whites[len(whites) // 3], 0.0), TRACKING * size)


def ink_right(glyph: Glyph) -> float:
    """Where a glyph's ink ends: half an em in for closing punctuation."""
    if glyph[0] in CLOSING:
        return min(glyph[2], glyph[1] + 0.5 * glyph[4])
    return glyph[2]


class Gutters:
    """The page's column edges, from where its pieces of type start and end, its space glyphs,
    and the edges of its pictures and boxes."""

    def __init__(self, pieces: list[list[Glyph]], spaces: list[Glyph], boxes: Sequence[Box]) -> None:
        self.starts: dict[int, list[Glyph]] = {}
        self.ends: dict[int, list[tuple[float, float]]] = {}
        self.last_glyphs: dict[int, list[Glyph]] = {}
        self.spans: dict[int, list[tuple[float, float, float]]] = {}
        for piece in pieces:
            self.starts.setdefault(round(piece[0][1]), []).append(piece[0])
            self.ends.setdefault(round(piece[-1][2]), []).append((piece[-1][2], piece[-1][3]))
            self.last_glyphs.setdefault(round(piece[-1][2]), []).append(piece[-1])
            if len(piece) >= MEASURE:
                span = (piece[0][1], piece[-1][2], piece[0][3])
                self.spans.setdefault(round(piece[0][1]), []).append(span)
        self.columns = sorted(
            (piece[0][3], piece[0][1], piece[-1][2], piece[0][4], piece[0][6])
            for piece in pieces
            if len(piece) >= MEASURE
        )
        """(baseline, left, right, size, face) of every piece long enough to fill a column."""
        self.blanks: dict[int, list[Glyph]] = {}
        for space in spaces:
            self.blanks.setdefault(round(space[3]), []).append(space)
        self.edges = [(x, box[1], box[3]) for box in boxes for x in (box[0], box[2])]
        self.boxes = list(boxes)

    def between(self, before: list[Glyph], after: list[Glyph]) -> bool:
        """Whether the white between two pieces on one baseline is a gutter."""
        last, first = before[-1], after[0]
        size = max(last[4], first[4])
        gap = first[1] - last[2]
        if gap < GAP * size:  # cut apart only where punctuation hangs into the white: a gutter
            return True
        if gap > MEND * size or abs(first[3] - last[3]) > BASELINE:
            return True
        if self._spaced(last, first):
            return False
        one_column = self._in_one_column(before[0], after[-1])
        if one_column is not None:
            cut = self._cut_alike(last, first)
            if cut is None or cut > one_column:
                return False
        # Pieces of one line are spread alike; pieces spread unlike are two lines. One white
        # (two glyphs) tells no spread: it may be a space (□ 林　夕).
        spreads = [_spread(piece, size) for piece in (before, after) if len(piece) > 2]
        spread = (
            min(spreads, default=0.0)
            if max(spreads, default=0.0) - min(spreads, default=0.0) <= SAME_SPREAD * size
            else 0.0
        )
        ems = (gap - spread) / (size + spread)
        return (
            abs(ems - round(ems)) > EM_GRID
            or self._starts_column(first)
            or self._ends_column(last)
            or (len(before) >= MEASURE and self._fills_measure(before[0], last))
            or self._drawn_edge(last, first)
            or self._edge_inside(last, first)
        )

    def _in_one_column(self, start: Glyph, end: Glyph) -> float | None:
        """Both pieces lie within one column, as lines nearby in their type fill it: from the
        first's start to the second's end is no wider than the column (a line justified by
        widening its spaces). How far off the second nearest such line is (it takes two), or None."""
        base, size, face = start[3], start[4], start[6]
        reach = NEIGHBOURHOOD * size
        low = bisect_left(self.columns, (base - reach,))
        found: dict[tuple[int, int], list[float]] = {}
        for other_base, left, right, other_size, other_face in self.columns[low:]:
            if other_base > base + reach:
                break
            if (
                other_base != base
                and other_face == face
                and abs(other_size - size) < 0.05 * size
                and left - EDGE <= start[1] < right
                and end[2] <= right + size
            ):
                found.setdefault((round(left), round(right)), []).append(abs(other_base - base))
        near = [sorted(away)[EDGE_LINES - 1] for away in found.values() if len(away) >= EDGE_LINES]
        return min(near) if near else None

    def _cut_alike(self, last: Glyph, first: Glyph) -> float | None:
        """How far off the nearest other line is that is cut by the same white: a piece ends
        where `last` does (or hangs its closing punctuation an em past it) and another starts on
        its baseline where `first` does (the gutter of columns right above or below)."""
        base, reach, edge = last[3], NEIGHBOURHOOD * last[4], last[2]
        if last[0] in CLOSING:
            edge -= last[4]  # hung past the column's edge
        ending = {
            round(other[3])
            for at in (edge, edge + last[4])
            for k in (round(at) - 1, round(at), round(at) + 1)
            for other in self.last_glyphs.get(k, ())
            if abs(other[2] - at) <= EDGE
            and (at == edge or other[0] in CLOSING)
            and 0 < abs(other[3] - base) <= reach
        }
        away = [
            abs(other[3] - base)
            for k in (round(first[1]) - 1, round(first[1]), round(first[1]) + 1)
            for other in self.starts.get(k, ())
            if abs(other[1] - first[1]) <= EDGE and round(other[3]) in ending and other[3] != base
        ]
        return min(away) if away else None

    def split_at_edges(self, piece: list[Glyph]) -> list[list[Glyph]]:
        """A piece cut where closing punctuation hangs into a narrow gutter (it starts where other
        lines end) and the next glyph starts where other lines of the neighbourhood start: the
        white was no space, just too narrow to cut at."""
        parts: list[list[Glyph]] = [[piece[0]]]
        for previous, glyph in pairwise(piece):
            hung = previous[0] in CLOSING and glyph[1] - ink_right(previous) >= HUNG * glyph[4]
            if hung and self._hangs_at_edge(previous, glyph):
                parts.append([glyph])
            else:
                parts[-1].append(glyph)
        return parts

    def _hangs_at_edge(self, mark: Glyph, glyph: Glyph) -> bool:
        """The punctuation starts where other lines in the same box (or none) end, and the next
        glyph where others in its size start."""
        inside = self._boxes_around(mark)
        ending = {round(g[3]) for g in self._ending(mark[1], mark) if self._boxes_around(g) == inside}
        starting = {
            round(g[3]) for g in self._starting(glyph[1], glyph, glyph[4]) if self._boxes_around(g) == inside
        }
        return len(ending) >= FULL_LINES and len(starting) >= EDGE_LINES

    def _boxes_around(self, glyph: Glyph) -> frozenset[int]:
        x, y = glyph[1], glyph[3]
        return frozenset(k for k, b in enumerate(self.boxes) if b[0] <= x <= b[2] and b[1] <= y <= b[3])

    def _starting(self, x: float, near: Glyph, size: float | None) -> list[Glyph]:
        """Glyphs starting other lines nearby at `x` (in this size, if given)."""
        base, reach = near[3], NEIGHBOURHOOD * near[4]
        return [
            other
            for k in (round(x) - 1, round(x), round(x) + 1)
            for other in self.starts.get(k, ())
            if abs(other[1] - x) <= EDGE
            and 0 < abs(other[3] - base) <= reach
            and (size is None or abs(other[4] - size) < 0.05 * size)
        ]

    def _ending(self, right: float, near: Glyph) -> list[Glyph]:
        """Glyphs ending other lines nearby at `right`."""
        base, reach = near[3], NEIGHBOURHOOD * near[4]
        return [
            other
            for k in (round(right) - 1, round(right), round(right) + 1)
            for other in self.last_glyphs.get(k, ())
            if abs(other[2] - right) <= EDGE and 0 < abs(other[3] - base) <= reach
        ]

    def _lines_starting(self, x: float, base: float, reach: float, size: float | None) -> int:
        seen = {
            round(other[3])
            for k in (round(x) - 1, round(x), round(x) + 1)
            for other in self.starts.get(k, ())
            if abs(other[1] - x) <= EDGE
            and 0 < abs(other[3] - base) <= reach
            and (size is None or abs(other[4] - size) < 0.05 * size)
        }
        return len(seen)

    def _starts_column(self, first: Glyph, strict: bool = False) -> bool:
        """Other lines nearby (in its size, if `strict`) start where this glyph does, and fewer two
        characters left of it, where a column's flush lines would start if this were an indent;
        unless `strict`, also when lines of its size start two characters right of it (indented
        lines)."""
        left, base, size = first[1], first[3], first[4]
        reach = NEIGHBOURHOOD * size
        here = self._lines_starting(left, base, reach, size if strict else None)
        if here >= EDGE_LINES and self._lines_starting(left - INDENT * size, base, reach, size) < here:
            return True
        return not strict and self._lines_starting(left + INDENT * size, base, reach, size) >= EDGE_LINES

    def _ends_column(self, last: Glyph) -> bool:
        return self._lines_ending(last[2], last) >= FULL_LINES

    def _lines_ending(self, right: float, near: Glyph) -> int:
        """Other lines near the glyph that end at `right`."""
        base, size = near[3], near[4]
        seen = {
            round(other_base)
            for k in (round(right) - 1, round(right), round(right) + 1)
            for other_right, other_base in self.ends.get(k, ())
            if abs(other_right - right) <= EDGE and 0 < abs(other_base - base) <= NEIGHBOURHOOD * size
        }
        return len(seen)

    def _fills_measure(self, start: Glyph, last: Glyph) -> bool:
        """Another line nearby, of a column's length too, runs from where this one starts to
        where this piece ends: both fill their column's measure."""
        left, right, base, size = start[1], last[2], last[3], last[4]
        return any(
            abs(other_left - left) <= EDGE
            and abs(other_right - right) <= EDGE
            and 0 < abs(other_base - base) <= NEIGHBOURHOOD * size
            for k in (round(left) - 1, round(left), round(left) + 1)
            for other_left, other_right, other_base in self.spans.get(k, ())
        )

    def _edge_inside(self, last: Glyph, first: Glyph) -> bool:
        """More lines of this size than it takes for a column start inside the white (not two
        characters in from where more of them start: that is where indented lines start): a
        column's edge stands in it."""
        start, end, base, size = ink_right(last) + EDGE, first[1] - EDGE, first[3], first[4]
        reach = NEIGHBOURHOOD * size
        edges = {
            other[1]
            for k in range(round(start), round(end) + 1)
            for other in self.starts.get(k, ())
            if start < other[1] < end
            and 0 < abs(other[3] - base) <= reach
            and abs(other[4] - size) < 0.05 * size
        }
        for x in edges:
            here = self._lines_starting(x, base, reach, size)
            if here > EDGE_LINES and self._lines_starting(x - INDENT * size, base, reach, size) < here:
                return True
        return False

    def _drawn_edge(self, last: Glyph, first: Glyph) -> bool:
        reach = BESIDE * last[4]
        return any(
            ink_right(last) - EDGE <= x <= first[1] + EDGE and top - reach <= last[3] <= bottom + reach
            for x, top, bottom in self.edges
        )

    def _spaced(self, last: Glyph, first: Glyph) -> bool:
        start, end = last[2], first[1]
        if end <= start:
            return False
        covered = sum(
            min(s[2], end) - max(s[1], start)
            for s in self.blanks.get(round(last[3]), ())
            if s[1] < end and s[2] > start and abs(s[3] - last[3]) <= BASELINE
        )
        return covered >= 0.8 * (end - start)
