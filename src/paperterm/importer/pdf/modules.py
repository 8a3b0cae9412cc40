"""Which article each column piece and picture belongs to, and the articles' reading order.

A newspaper page is made of modules: an article's headline group with its body columns under
it (or beside it, for a headline set to the left of its body), often a picture with its
caption. Looking up from a column piece, the first thing above it in its column decides:

- its own headline group: the piece is that article's;
- a picture or a caption: the piece goes on under the picture, in the picture's article;
- another article's column, or a rule: that article ends there. Looking on upward, past the
  closed article and its headline, the next open headline group claims the piece: that is how
  an article flows round a module set into its corner (an L-shaped module).

A piece nothing claims from above belongs to a headline group just above it, the nearest one
sideways (a short headline over several columns); else to what stands right to its left: a
headline group at its height (a headline beside its body, noted in the report) or the same
article's previous column starting at the same height. A picture nothing claims is a photo
item of its own; a caption is its picture's. Modules are read top to bottom, and left to right
at the same height.
"""

from __future__ import annotations

from typing import NamedTuple

from paperterm.importer.pdf.columns import LEADING_GAP, Column
from paperterm.importer.pdf.headblocks import Headline
from paperterm.importer.pdf.ink import Box
from paperterm.importer.pdf.lines import Line

CAPTION_GAP = 1.6
"""Ems of the caption's type: a caption starts no further than this under its picture."""
SAME_ROW = 2.0
"""Points: columns of one article starting this close to one height start together."""
LEVEL = 6.0
"""Points: modules whose tops differ by less than this are level, and read left to right."""
OVERLAP = 0.25
"""Share of the narrower of two things that must overlap horizontally for one to be above the other."""
RULE_COVER = 0.5
"""Share of a piece's width a rule must cover to stand between it and what is above."""
HEADLINE_GAP = 2.5
"""Ems of body type: an article's columns (or its picture) start no further under its headline."""


class Module(NamedTuple):
    """One article or photo item: its headline group, pictures, captions and body columns."""

    headline: Headline | None
    photos: tuple[tuple[Box, Column | None], ...]
    """Each picture, with its caption if it has one."""
    body: tuple[Column, ...]

    @property
    def captions(self) -> tuple[Column, ...]:
        return tuple(caption for _, caption in self.photos if caption is not None)

    @property
    def top(self) -> float:
        return min(box[1] for box in self.boxes())

    def boxes(self) -> list[Box]:
        """Every part's box, headline first."""
        parts: list[Box] = []
        if self.headline is not None:
            h = self.headline
            parts.append((h.left, h.top, h.right, h.bottom))
        parts.extend(photo for photo, _ in self.photos)
        parts.extend((c.left, c.top, c.right, c.bottom) for c in (*self.captions, *self.body))
        return parts


def captions_of(photos: list[Box], columns: list[Column]) -> tuple[list[Column], dict[int, Column]]:
    """Each picture's caption: the pieces set right under it, within its width, one after the
    other at the caption's leading (a credit set flush right on a line of its own is a piece
    of its own), as one column as wide as the picture. Returns the other pieces and the captions."""
    taken: set[int] = set()
    captions: dict[int, Column] = {}
    for p, photo in enumerate(photos):
        lines: list[Line] = []
        bottom = photo[3]
        for c, column in sorted(enumerate(columns), key=lambda ic: ic[1].top):
            gap = CAPTION_GAP if not lines else LEADING_GAP
            if (
                c not in taken
                and bottom - 2 <= column.top <= bottom + gap * column.size
                and column.left >= photo[0] - 2
                and column.right <= photo[2] + 2
                and (not lines or abs(column.size - lines[0].size) < 0.05 * column.size)
            ):
                taken.add(c)
                lines += column.lines
                bottom = column.bottom
        if lines:
            lines.sort(key=lambda ln: (ln.top, ln.left))
            captions[p] = Column(tuple(lines), photo[0], lines[0].top, photo[2], bottom, lines[0].size)
    return [c for i, c in enumerate(columns) if i not in taken], captions


class _Part(NamedTuple):
    kind: str  # "headline", "photo", "caption", "body", "rule"
    number: int
    box: Box


def assemble(
    headlines: list[Headline], columns: list[Column], photos: list[Box], rules: list[Box], em: float
) -> tuple[list[Module], list[str]]:
    """The page's modules in reading order (`em`: the body type's size), and notes on the
    columns given to a headline beside them."""
    columns, captions = captions_of(photos, columns)
    flush = _flush_left(headlines, columns, em)
    parts = [_Part("headline", i, (h.left, h.top, h.right, h.bottom)) for i, h in enumerate(headlines)]
    parts += [_Part("photo", i, p) for i, p in enumerate(photos)]
    parts += [_Part("caption", i, (c.left, c.top, c.right, c.bottom)) for i, c in captions.items()]
    parts += [_Part("body", i, (c.left, c.top, c.right, c.bottom)) for i, c in enumerate(columns)]
    parts += [_Part("rule", i, r) for i, r in enumerate(rules)]
    owner: dict[tuple[str, int], int] = {("headline", i): i for i in range(len(headlines))}
    next_module = len(headlines)
    notes: list[str] = []
    beside: set[int] = set()
    placed = sorted(
        (p for p in parts if p.kind in ("photo", "caption", "body")), key=lambda p: (p.box[1], p.box[0])
    )
    for part in placed:
        key = (part.kind, part.number)
        if part.kind == "caption":
            owner[key] = owner[("photo", part.number)]
            continue
        module = _from_above(part, parts, owner)
        if module is None:
            module = _headline_over(part, headlines, rules, em, flush)
        if module is None:
            module = _left_of(part, parts, owner, em)
            if _first_beside(module, headlines, part.box, beside):
                notes.append(
                    f"at ({part.box[0]:.0f}, {part.box[1]:.0f}): read as the body of the headline beside it"
                )
        if module is None:
            module = next_module
            next_module += 1
        owner[key] = module
    modules: list[Module] = []
    for m in range(next_module):
        mine = [p for p in parts if owner.get((p.kind, p.number)) == m]
        headline = headlines[m] if m < len(headlines) else None
        body = sorted((columns[p.number] for p in mine if p.kind == "body"), key=lambda c: (c.left, c.top))
        modules.append(
            Module(
                headline,
                tuple((photos[p.number], captions.get(p.number)) for p in mine if p.kind == "photo"),
                tuple(body),
            )
        )
    return _reading_order(modules), notes


def _overlaps(a: Box, b: Box, share: float) -> bool:
    width = min(a[2] - a[0], b[2] - b[0])
    return min(a[2], b[2]) - max(a[0], b[0]) > share * max(width, 0.0)


def _from_above(part: _Part, parts: list[_Part], owner: dict[tuple[str, int], int]) -> int | None:
    """Look up the piece's column: the first open headline, or picture without a rule between, claims it."""
    box = part.box
    above = []
    for other in parts:
        if other is part or other.box[3] > box[1] + 1:
            continue
        if other.kind == "rule":
            covered = min(other.box[2], box[2]) - max(other.box[0], box[0])
            if covered >= RULE_COVER * (box[2] - box[0]):
                above.append(other)
        elif (other.kind, other.number) in owner and _overlaps(other.box, box, OVERLAP):
            above.append(other)
    closed: set[int] = set()
    crossed = False
    for other in sorted(above, key=lambda p: -p.box[3]):
        if other.kind == "rule":
            crossed = True
            continue
        module = owner[(other.kind, other.number)]
        if module in closed:
            continue
        if other.kind == "headline":
            return module
        if other.kind in ("photo", "caption") and part.kind == "body" and not crossed:
            return module
        closed.add(module)
        crossed = False
    return None


def _headline_over(
    part: _Part, headlines: list[Headline], rules: list[Box], em: float, flush: set[int]
) -> int | None:
    """A headline group just above the piece (an article's columns start right under it), the
    nearest one sideways: a short headline set flush left or centred over several columns. A
    headline set flush left over its first column (`flush`) claims nothing to its left."""
    box = part.box
    best, best_distance = None, 0.0
    for i, h in enumerate(headlines):
        gap = box[1] - h.bottom
        if not 0 <= gap <= HEADLINE_GAP * em or (i in flush and box[2] <= h.left):
            continue
        if any(h.bottom <= (r[1] + r[3]) / 2 <= box[1] and r[0] < box[2] and box[0] < r[2] for r in rules):
            continue
        distance = max(h.left - box[2], box[0] - h.right, 0.0)
        if best is None or distance < best_distance:
            best, best_distance = i, distance
    return best


def _flush_left(headlines: list[Headline], columns: list[Column], em: float) -> set[int]:
    """Headline groups whose left edge is the left edge of a column right under them."""
    return {
        i
        for i, h in enumerate(headlines)
        if any(abs(c.left - h.left) <= 1 and 0 <= c.top - h.bottom <= HEADLINE_GAP * em for c in columns)
    }


def _left_of(part: _Part, parts: list[_Part], owner: dict[tuple[str, int], int], em: float) -> int | None:
    """The module of what stands right to the left of the piece: a headline group starting at
    its height (a headline beside its body), or a column or picture starting at the same height
    (the article's previous column)."""
    box = part.box
    best: _Part | None = None
    for other in parts:
        if other.kind == "rule" or other is part:
            continue
        beside = other.box[2] <= box[0] + 2 and other.box[1] < box[3] and other.box[3] > box[1]
        if beside and (best is None or other.box[2] > best.box[2]):
            best = other
    if best is None or (best.kind, best.number) not in owner:
        return None
    if best.kind == "headline" and best.box[1] <= box[1] + HEADLINE_GAP * em:
        return owner[(best.kind, best.number)]
    if best.kind != "headline" and abs(best.box[1] - box[1]) <= SAME_ROW:
        return owner[(best.kind, best.number)]
    return None


def _first_beside(module: int | None, headlines: list[Headline], box: Box, seen: set[int]) -> bool:
    """The first piece a headline standing to its left, level with it, claims (for the report)."""
    if module is None or module >= len(headlines) or module in seen:
        return False
    headline = headlines[module]
    if headline.right <= box[0] + 2 and headline.top < box[3] and headline.bottom > box[1]:
        seen.add(module)
        return True
    return False


def _reading_order(modules: list[Module]) -> list[Module]:
    """Top to bottom; modules whose tops agree, left to right."""
    keyed = []
    for module in modules:
        boxes = module.boxes()
        if not boxes:
            continue
        top = min(b[1] for b in boxes)
        left = min(b[0] for b in boxes if b[1] < top + 1)
        keyed.append((top, left, module))
    keyed.sort(key=lambda k: k[0])
    ordered: list[tuple[float, float, Module]] = []
    row: list[tuple[float, float, Module]] = []
    for item in keyed:
        if row and item[0] - row[0][0] > LEVEL:
            ordered += sorted(row, key=lambda k: k[1])
            row = []
        row.append(item)
    ordered += sorted(row, key=lambda k: k[1])
    return [m for _, _, m in ordered]
