"""Data tables ruled as a 三线表: a rule over the header row, maybe a thin one under it, a rule
under the last row, all as wide as one another. Between them type is set in rows of short
cells with white of an em or more between the cells; such a table is read a row to a line
(its cells apart by a space), each row a paragraph of its own. The line right above the top
rule and centred over it is the table's title; the line right under the bottom rule, starting
at its left, is its source (`数据来源：…`). The table's own rules part nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from paperterm.importer.pdf.ink import Box, Glyph
from paperterm.importer.pdf.lines import Line, line_of

SAME_EDGE = 2.0
"""Points two rules' ends may differ by and still frame one table."""
CELL_GAP = 1.0
"""Ems of white at least between two cells of a row."""
CELL_CHARS = 12
"""Characters a cell holds at most: a table's cells are short, a column's lines are not."""
LARGE = 1.2
"""Type this many times the body's size or more (a headline) is in no table."""
NEXT_TO = 1.6
"""Ems of its type a title or source stands at most from the table's rule."""


class Table(NamedTuple):
    box: Box
    """From the top rule's left to the bottom rule's right."""
    rows: list[list[Glyph]]


def read_tables(
    lines: list[Line], glyphs: Sequence[Glyph], rules: Sequence[Box], body: float
) -> tuple[list[Line], list[Box]]:
    """The page's lines with each table's type replaced by one line per row (title and source
    marked), and the rules that are no table's."""
    across = sorted((r for r in rules if r[3] - r[1] < 3 and r[2] - r[0] > 5 * body), key=lambda r: r[1])
    by_base = sorted(glyphs, key=lambda g: g[3])
    bases = [g[3] for g in by_base]
    tables: list[Table] = []
    for k, top in enumerate(across):
        if any(t.box[1] - 1 <= top[1] <= t.box[3] + 1 for t in tables):
            continue
        for bottom in across[k + 1 :]:
            if abs(bottom[0] - top[0]) > SAME_EDGE or abs(bottom[2] - top[2]) > SAME_EDGE:
                continue
            box = (min(top[0], bottom[0]), top[1], max(top[2], bottom[2]), bottom[3])
            band = by_base[bisect_right(bases, box[1]) : bisect_left(bases, box[3])]
            rows = _rows(band, box, body)
            if isinstance(rows, list):
                tables.append(Table(box, rows))
            if rows != "too few":
                break  # a table, or type no table holds: a lower rule frames it too
    if not tables:
        return lines, list(rules)
    out = [ln for ln in lines if not any(_within(ln, t.box) for t in tables)]
    for table in tables:
        out = _title_and_source(out, table.box)
        out += [_row(row, table.box) for row in table.rows]
    kept = [r for r in rules if not any(_rule_of(r, t.box) for t in tables)]
    return out, kept


def _rows(glyphs: Sequence[Glyph], box: Box, body: float) -> list[list[Glyph]] | str:
    """The rows set between two rules, when they make a table: two rows or more, each of two
    cells or more, every cell short, no headline type among them. Else why not: "too few"
    rows (a rule further down may close the table) or "no table"."""
    left, top, right, bottom = box
    inside = [g for g in glyphs if left - 1 <= g[1] and g[2] <= right + 1 and top < g[3] < bottom]
    if any(g[4] >= LARGE * body for g in inside):
        return "no table"
    rows: list[list[Glyph]] = []
    for glyph in sorted(inside, key=lambda g: (round(g[3]), g[1])):
        if rows and abs(rows[-1][0][3] - glyph[3]) <= 1.0:
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    for row in rows:
        row.sort(key=lambda g: g[1])
        cells = _cells(row)
        if len(cells) < 2 or any(sum(1 for g in c if not g[0].isspace()) > CELL_CHARS for c in cells):
            return "no table"
    return rows if len(rows) >= 2 else "too few"


def _cells(row: list[Glyph]) -> list[list[Glyph]]:
    cells: list[list[Glyph]] = [[row[0]]]
    for before, glyph in pairwise(row):
        if glyph[1] - before[2] >= CELL_GAP * glyph[4]:
            cells.append([])
        cells[-1].append(glyph)
    return cells


def _row(row: list[Glyph], box: Box) -> Line:
    """A row as one line across the table, its cells apart by a space."""
    text = " ".join("".join(line_of(cell).text.split()) for cell in _cells(row))
    line = line_of(row)
    return line._replace(text=text, left=box[0], right=box[2], table="row")


def _title_and_source(lines: list[Line], box: Box) -> list[Line]:
    """The line centred right above the table is its title; the line right under it at its
    left is its source."""
    left, top, right, bottom = box
    middle = (left + right) / 2
    out = []
    for line in lines:
        if (
            0 <= top - line.bottom <= NEXT_TO * line.size
            and abs((line.left + line.right) / 2 - middle) <= line.size
        ):
            line = line._replace(table="title")
        elif 0 <= line.top - bottom <= NEXT_TO * line.size and abs(line.left - left) <= line.size:
            line = line._replace(table="row")
        out.append(line)
    return out


def _within(line: Line, box: Box) -> bool:
    return box[0] - 1 <= line.left and line.right <= box[2] + 1 and box[1] < line.base < box[3]


def _rule_of(rule: Box, box: Box) -> bool:
    return (
        box[0] - SAME_EDGE <= rule[0]
        and rule[2] <= box[2] + SAME_EDGE
        and box[1] - 1 <= rule[1] <= box[3] + 1
    )
