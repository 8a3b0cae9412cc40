"""Glyphs to printed lines: one baseline, one type size, no gap as wide as a gutter.

Body text is set solid on an em grid, so within a line glyphs touch. White inside a line is a
space: a third of an em or less between Latin words, an em for a 全角 space (本报记者　程　龙).
The gutter between two columns is an em or more as well, so white alone cannot tell the two
apart: a line is first cut at every white wider than GAP em, and two pieces are joined again
unless the white is a gutter (`gutters`). A title set vertically, one character under the
other, is one line.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Literal, NamedTuple

from paperterm.importer.conventions import byline_line
from paperterm.importer.pdf.gutters import GAP, INDENT, Gutters, ink_right
from paperterm.importer.pdf.ink import Box, Glyph

BASELINE = 1.0
"""Points: glyphs whose baselines are this close are on one baseline."""
SIZE_RATIO = 1.1
"""Sizes that differ by more than this factor are set in different lines."""
SPACE = 0.15
"""Em: white this wide between two glyphs (spaces are not drawn) is a space."""
WIDE_SPACE = 0.75
"""Em: white this wide is a 全角 space (U+3000), one per em."""
ASCENT = 0.88
"""The part of the em above the baseline: a line's box runs from ASCENT em above it to the rest below."""
TRACKING = 0.5
"""Ems a line's glyphs may be spread apart by justification or tracking, at most."""
STEP = 1.5
"""Ems a character on the em grid steps on by at most, spread included (more is a space)."""
STACK = 1.6
"""Em: characters stacked no further apart than this, at one x, make a vertical line."""
TEXT_SHARE = 0.2
"""A size set in at least this share of the body type's glyphs (in TEXT_ROWS lines) is text too."""
TEXT_ROWS = 8
RECENT = 4
"""Pieces on one baseline that a glyph (taken left to right) may still go on: the last few begun."""


class Line(NamedTuple):
    """One printed line: its text, its box (ink from the first to the last glyph), its type."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    base: float
    size: float
    bold: bool
    """Most of its glyphs are bold (by weight, by name, or overprinted)."""
    glyphs: int
    """Visible glyphs (spaces not counted)."""
    vertical: bool = False
    face: int = 0
    """The face most of its glyphs are set in."""
    lead: int = 0
    """Characters at its start set in another weight or face than its end (a brief's lead-in)."""
    table: Literal["", "title", "row"] = ""
    """A data table's title, or one of its rows (its cells apart by a space) or its source."""


@cache
def _wide(text: str) -> bool:
    """Set on the em grid: ideographs, full-width forms, and the quotes and dashes of Chinese text."""
    return unicodedata.east_asian_width(text) in "WF" or text in "“”‘’—…·"


def build_lines(glyphs: list[Glyph], boxes: Sequence[Box] = ()) -> list[Line]:
    """The page's lines, in no particular order; vertical runs of one-character lines joined.
    `boxes`: pictures and drawn boxes, whose edges are edges of columns too.

    A glyph set on the em grid takes a whole em, whatever its font says its width is.
    """
    wide = {text: _wide(text) for text in {g[0] for g in glyphs}}
    visible: list[Glyph] = []
    spaces: list[Glyph] = []
    for g, after in zip(glyphs, _next_lefts(glyphs), strict=True):
        if g[0].isspace():
            spaces.append(g)
        elif wide[g[0]] and g[2] < g[1] + g[4] and not g[2] - 0.05 * g[4] <= after < g[1] + g[4]:
            visible.append((g[0], g[1], g[1] + g[4], g[3], g[4], g[5], g[6]))
        else:
            visible.append(g)
    pieces = _pieces(visible)
    gutters = Gutters(pieces, spaces, boxes)
    split = [part for piece in pieces for part in gutters.split_at_edges(piece)]
    if len(split) > len(pieces):  # punctuation hung into a gutter: the columns' lines as cut
        gutters = Gutters(split, spaces, boxes)
    pieces = _mend(split, gutters)
    lines = [line_of(piece) for piece in pieces]
    return _stack_vertical(lines)


def _next_lefts(glyphs: list[Glyph]) -> list[float]:
    """Where the next glyph on each glyph's baseline, in its size, starts (infinity for the last):
    a font that sets punctuation narrower than an em starts the next character right after it,
    and then the punctuation keeps its own advance."""
    order = sorted(range(len(glyphs)), key=lambda i: (round(glyphs[i][3], 1), glyphs[i][4], glyphs[i][1]))
    after = [math.inf] * len(glyphs)
    for i, j in pairwise(order):
        a, b = glyphs[i], glyphs[j]
        if round(a[3], 1) == round(b[3], 1) and a[4] == b[4]:
            after[i] = b[1]
    return after


def _pieces(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Runs of glyphs on one baseline, in one size, with no white wider than GAP em.

    Baselines within BASELINE of each other are one row; a row's glyphs are taken left to right,
    each going on the nearest piece it can follow (one of the last few begun in the row).
    """
    row_of: dict[float, int] = {}
    row, last = -1, -1e9
    for base in sorted({round(g[3], 1) for g in glyphs}):
        if base - last > BASELINE:
            row += 1
        row_of[base] = row
        last = base
    pieces: list[list[Glyph]] = []
    current, started = -1, 0
    for glyph in sorted(glyphs, key=lambda g: (row_of[round(g[3], 1)], g[1])):
        left, size = glyph[1], glyph[4]
        here = row_of[round(glyph[3], 1)]
        if here != current:
            current, started = here, len(pieces)
        best, best_gap = None, 0.0
        for piece in pieces[max(started, len(pieces) - RECENT) :]:
            end = piece[-1]
            other = end[4]
            if size > other * SIZE_RATIO or other > size * SIZE_RATIO:
                continue
            gap = left - ink_right(end)
            if -0.5 * size < gap <= GAP * max(size, other) and (best is None or gap < best_gap):
                best, best_gap = piece, gap
        if best is None:
            pieces.append([glyph])
        else:
            best.append(glyph)
    return pieces


def _mend(pieces: list[list[Glyph]], gutters: Gutters) -> list[list[Glyph]]:
    """Join pieces of one line that white (spaces) cut apart, but not across a gutter."""
    rows: dict[tuple[int, int], list[list[Glyph]]] = {}
    for piece in pieces:
        rows.setdefault((round(piece[0][3]), round(piece[0][4] * 4)), []).append(piece)
    mended: list[list[Glyph]] = []
    for row in rows.values():
        row.sort(key=lambda p: p[0][1])
        current = row[0]
        for piece in row[1:]:
            if gutters.between(current, piece):
                mended.append(current)
                current = piece
            else:
                current = current + piece
        mended.append(current)
    return mended


def line_of(glyphs: list[Glyph]) -> Line:
    """The line these glyphs (left to right) print; white inside it becomes spaces.

    A justified or tracked line spreads its glyphs: most characters on the em grid step on by
    more than an em (or the closest two glyphs are apart). Only white beyond that spread is a
    space.
    """
    pairs = list(pairwise(glyphs))
    steps = sorted(b[1] - a[1] - a[4] for a, b in pairs if _wide(a[0]) and b[1] - a[1] <= STEP * a[4])
    spread = min(max(steps[len(steps) // 3], 0.0), TRACKING * glyphs[0][4]) if steps else 0.0
    spread = max(spread, min((b[1] - a[2] for a, b in pairs), default=0.0), 0.0)
    parts: list[str] = [glyphs[0][0]]
    ends = [1]
    for previous, glyph in pairs:
        em = glyph[4]
        gap = glyph[1] - previous[2] - spread
        white = (
            "\u3000" * max(1, round(gap / em)) if gap >= WIDE_SPACE * em else " " if gap >= SPACE * em else ""
        )
        if white == " " and _digit_by_wide(previous[0], glyph[0]):
            white = ""  # a typesetting space between CJK and a number (2022 年 → 2022年)
        parts += [white, glyph[0]]
        ends.append(ends[-1] + len(white) + 1)
    sizes = sorted(g[4] for g in glyphs)
    size = sizes[len(sizes) // 2]
    base = sum(g[3] for g in glyphs) / len(glyphs)
    styles = [(g[5], g[6]) for g in glyphs]
    main = Counter(styles).most_common(1)[0][0]
    lead = 0
    if styles[0] != styles[-1]:  # a lead-in's end: the line goes on in other type
        run = next(k for k, style in enumerate(styles) if style != styles[0])
        lead = ends[run - 1]
    return Line(
        "".join(parts),
        glyphs[0][1],
        base - ASCENT * size,
        max(g[2] for g in glyphs),
        base + (1 - ASCENT) * size,
        base,
        size,
        main[0],
        len(glyphs),
        face=main[1],
        lead=lead,
    )


def _digit_by_wide(a: str, b: str) -> bool:
    return (a.isdigit() and _wide(b)) or (b.isdigit() and _wide(a))


def _stack_vertical(lines: list[Line]) -> list[Line]:
    """Runs of one-character lines stacked at one x, a character apart, become one vertical line."""
    singles = sorted((ln for ln in lines if ln.glyphs == 1), key=lambda ln: ln.base)
    runs: list[list[Line]] = []
    for line in singles:
        for run in runs:
            last = run[-1]
            if (
                abs(last.left - line.left) < 0.15 * line.size
                and abs(last.size - line.size) < 0.1 * line.size
                and 0 < line.base - last.base <= STACK * line.size
            ):
                run.append(line)
                break
        else:
            runs.append([line])
    stacked = [run for run in runs if len(run) > 1]
    if not stacked:
        return lines
    taken = {id(ln) for run in stacked for ln in run}
    kept = [ln for ln in lines if id(ln) not in taken]
    for run in stacked:
        kept.append(
            Line(
                "".join(ln.text for ln in run),
                min(ln.left for ln in run),
                run[0].top,
                max(ln.right for ln in run),
                run[-1].bottom,
                run[-1].base,
                Counter(ln.size for ln in run).most_common(1)[0][0],
                2 * sum(ln.bold for ln in run) > len(run),
                len(run),
                vertical=True,
                face=run[0].face,
            )
        )
    return kept


def body_size(lines: list[Line]) -> float:
    """The body type: the size most glyphs on the page are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += line.glyphs
    return sizes.most_common(1)[0][0] if sizes else 0.0


def text_sizes(lines: list[Line]) -> set[float]:
    """The sizes running text is set in: the body type, and any other size that fills a good
    share of the page in many lines (a commentary set larger than the news around it)."""
    glyphs: Counter[float] = Counter()
    rows: Counter[float] = Counter()
    for line in lines:
        glyphs[round(line.size, 1)] += line.glyphs
        rows[round(line.size, 1)] += 1
    if not glyphs:
        return set()
    most = glyphs.most_common(1)[0][1]
    return {size for size, count in glyphs.items() if count >= TEXT_SHARE * most and rows[size] >= TEXT_ROWS}


def text_face(lines: list[Line], size: float) -> int:
    """The face the body text is set in: the one most glyphs of body size are in."""
    faces: Counter[int] = Counter()
    for line in lines:
        if abs(line.size - size) <= 0.03 * size:
            faces[line.face] += line.glyphs
    return faces.most_common(1)[0][0] if faces else 0


CAP_SIZE = 1.8
"""A drop cap is at least this many times the body type's size (two lines of it, or more)."""
CAP_GAP = 1.0
"""Ems of body type at most between a drop cap and the lines set beside it."""


def drop_caps(lines: list[Line], body: float) -> list[Line]:
    """A paragraph's first character set large, sunk beside its first lines (首字下沉), read
    back into them: one large character with text-size lines starting right after it whose
    middles stand within its height. The first of them takes the character and starts like a
    paragraph's first line (two characters in: the cap opens a paragraph); the rest start
    flush, where the cap stands."""
    out = list(lines)
    for cap in lines:
        if cap.glyphs != 1 or cap.vertical or cap.size < CAP_SIZE * body or not _wide(cap.text.strip()):
            continue
        beside = sorted(
            (
                k
                for k, ln in enumerate(out)
                if abs(ln.size - body) <= 0.05 * body
                and 0 <= ln.left - cap.right <= CAP_GAP * body
                and cap.top <= (ln.top + ln.bottom) / 2 <= cap.bottom
            ),
            key=lambda k: out[k].top,
        )
        if not beside:
            continue
        first = out[beside[0]]
        out[beside[0]] = first._replace(
            text=cap.text.strip() + first.text,
            left=cap.left + INDENT * first.size,
            glyphs=first.glyphs + 1,
        )
        for k in beside[1:]:
            out[k] = out[k]._replace(left=cap.left)
        out = [ln for ln in out if ln is not cap]
    return out


NAME_GAP = 0.1
"""Ems a 全角 space between two names may be off a whole em."""


def rejoin_bylines(lines: list[Line]) -> list[Line]:
    """A byline's names stand apart by 全角 spaces (本报记者　叶　舟); where the white before a
    name was taken for a gutter (other lines happen to end at its edge), the pieces on one
    baseline, an em or two apart, that read as one byline are one line again."""
    out = list(lines)
    by_base = sorted(out, key=lambda ln: (round(ln.base), ln.left))
    for before, after in pairwise(by_base):
        if abs(before.base - after.base) > 0.5 or abs(before.size - after.size) > 0.05 * after.size:
            continue
        ems = (after.left - before.right) / after.size
        if not (0.5 < ems < 2.5 and abs(ems - round(ems)) <= NAME_GAP) or len(after.text.strip()) > 4:
            continue
        text = before.text + "\u3000" * round(ems) + after.text
        if byline_line(text) is None or byline_line(before.text) == byline_line(text):
            continue
        if not any(ln is before for ln in out) or not any(ln is after for ln in out):
            continue
        joined = before._replace(text=text, right=after.right, glyphs=before.glyphs + after.glyphs)
        out = [joined if ln is before else ln for ln in out if ln is not after]
    return out
