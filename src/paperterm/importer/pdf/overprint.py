"""Fake bold: the same glyph printed again a fraction of a point away counts once, and makes it bold."""

from __future__ import annotations

from paperterm.importer.pdf.ink import Glyph

OFFSET = 1.0
"""Points: a copy closer than this to a glyph of the same character is an overprint."""


def drop_overprints(glyphs: list[Glyph]) -> tuple[list[Glyph], int]:
    """The glyphs with each overprinted copy left out (the one kept is bold), and how many were left out.

    Sorted by character and left edge, a glyph's copies follow it directly: the same character
    starting less than OFFSET to its right.
    """
    order = sorted(range(len(glyphs)), key=lambda i: (glyphs[i][0], glyphs[i][1]))
    dropped: set[int] = set()
    bolder: set[int] = set()
    for at, i in enumerate(order):
        if i in dropped:
            continue
        text, left, _, base = glyphs[i][:4]
        if text.isspace():
            continue
        for j in order[at + 1 : at + 8]:
            other = glyphs[j]
            if other[0] != text or other[1] - left >= OFFSET:
                break
            if j not in dropped and abs(other[3] - base) < OFFSET:
                dropped.add(j)
                bolder.add(i)
    if not dropped:
        return glyphs, 0
    kept = [(*g[:5], True, g[6]) if i in bolder else g for i, g in enumerate(glyphs) if i not in dropped]
    return kept, len(dropped)
