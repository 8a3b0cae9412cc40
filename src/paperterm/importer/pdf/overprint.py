"""Fake bold: the same glyph printed again a fraction of a point away counts once, and makes it bold."""

from __future__ import annotations

from paperterm.importer.pdf.ink import Glyph

OFFSET = 1.0
"""Points: a copy closer than this to a glyph of the same character is an overprint."""


def drop_overprints(glyphs: list[Glyph]) -> tuple[list[Glyph], int]:
    """The glyphs with each overprinted copy left out (the one kept is bold), and how many were left out."""
    seen: dict[tuple[str, int, int], int] = {}
    kept: list[Glyph] = []
    bolder: set[int] = set()
    for glyph in glyphs:
        text, left, _, base = glyph[0], glyph[1], glyph[2], glyph[3]
        if text.isspace():
            kept.append(glyph)
            continue
        gx, gy = round(left), round(base)
        twin = None
        for dx in (0, -1, 1):
            for dy in (0, -1, 1):
                at = seen.get((text, gx + dx, gy + dy))
                if at is not None:
                    other = kept[at]
                    if abs(other[1] - left) < OFFSET and abs(other[3] - base) < OFFSET:
                        twin = at
                        break
            if twin is not None:
                break
        if twin is None:
            seen[(text, gx, gy)] = len(kept)
            kept.append(glyph)
        else:
            bolder.add(twin)
    for at in bolder:
        kept[at] = (*kept[at][:5], True)
    return kept, len(glyphs) - len(kept)
