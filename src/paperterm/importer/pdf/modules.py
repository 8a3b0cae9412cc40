"""Which article each column piece and picture belongs to, and the articles' reading order.

A newspaper page is made of modules: an article's headline group with its body columns under
it (or beside it, for a headline set to the left of its body), often a picture with its
caption. Looking up from a column piece, the first thing above it in its column decides:

- its own headline group: the piece is that article's;
- a picture or a caption: the piece goes on under the picture, in the picture's article;
- another article's column, or a rule: that article ends there. Looking on upward, past the
  closed article and its headline, the next open headline group claims the piece: that is how
  an article flows round a module set into its corner (an L-shaped module).

A headline group right to the left of a piece, starting level with it, claims it first (a
headline set beside its body, noted in the report). A column right to the left of the piece
starting at its height (the article's previous column) comes before a picture above it. A
piece nothing claims belongs to a headline group just above it, the nearest one sideways (a
short headline over several columns). A picture nothing claims is a photo item of its own; a caption is
its picture's. Text nothing claims goes on the story before it (after a paragraph gap in its
column, or at the top of the next column when that story runs to its column's foot) unless a
rule, box, picture, headline or other type parts them. Modules are read top to bottom, and
left to right at the same height, each from where its headline stands.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import partial
from typing import NamedTuple

from paperterm.importer.conventions import split_credit
from paperterm.importer.pdf.briefs import is_briefs
from paperterm.importer.pdf.columns import LEADING_GAP, Column, column_of, set_edge
from paperterm.importer.pdf.headblocks import Headline
from paperterm.importer.pdf.ink import Box
from paperterm.importer.pdf.lines import Line

CAPTION_GAP = 1.6
"""Ems of the caption's type: a caption starts no further than this under its picture."""
SAME_ROW = 2.0
"""Points: columns of one article starting this close to one height start together."""
LEVEL = 2.0
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
    carried: tuple[Column, ...] = ()
    """Body columns the story ran on into (no headline over them): not where the module starts."""

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


def captions_of(
    photos: list[Box], columns: list[Column], em: float, face: int
) -> tuple[list[Column], dict[int, Column]]:
    """Each picture's caption: the pieces set right under it, within its width, one after the
    other at the caption's leading (a credit set flush right on a line of its own is a piece
    of its own), as one column as wide as the picture; failing that, pieces set beside it, level
    with it. A caption is set in other type than the text (`em`, `face`) or ends in a photo
    credit. Returns the other pieces and the captions."""
    taken: set[int] = set()
    captions: dict[int, Column] = {}
    by_top = sorted(range(len(columns)), key=lambda c: columns[c].top)
    for p, photo in enumerate(photos):
        for where in (_under, _right_of, _left_of):
            chosen: set[int] = set()
            lines = _chain(columns, by_top, taken | chosen, partial(where, photo), chosen)
            if lines and _caption_like(lines, em, face):
                taken |= chosen
                caption = column_of(lines)
                if where is _under and not set_edge(caption, 2):
                    caption = caption._replace(left=photo[0], right=photo[2])  # set across the picture
                captions[p] = caption
                break
    used = {id(line) for caption in captions.values() for line in caption.lines}
    return [c for c in columns if not any(id(ln) in used for ln in c.lines)], captions


def _chain(
    columns: list[Column],
    by_top: list[int],
    taken: set[int],
    first: Callable[[Column], bool],
    chosen: set[int],
) -> list[Line]:
    """The lines of a piece `first` accepts and of the pieces following it at its leading, in
    its type; the pieces go into `chosen`."""
    lines: list[Line] = []
    bottom = 0.0
    for c in by_top:
        column = columns[c]
        if c in taken or not (_follows(column, lines[0], bottom) if lines else first(column)):
            continue
        chosen.add(c)
        lines += column.lines
        bottom = column.bottom
    return sorted(lines, key=lambda ln: (ln.top, ln.left))


def _caption_like(lines: list[Line], em: float, face: int) -> bool:
    """Set in other type than the text, or ending in a photo credit."""
    first = lines[0]
    other_type = abs(first.size - em) > 0.03 * em or first.face != face
    return other_type or split_credit(" ".join(ln.text for ln in lines)) is not None


def _follows(column: Column, first: Line, bottom: float) -> bool:
    return (
        0 <= column.top - bottom <= LEADING_GAP * column.size
        and abs(column.size - first.size) < 0.05 * column.size
    )


def _under(photo: Box, column: Column) -> bool:
    """Set right under the picture, within its width."""
    return (
        photo[3] - 2 <= column.top <= photo[3] + CAPTION_GAP * column.size
        and column.left >= photo[0] - 2
        and column.right <= photo[2] + 2
    )


def _level(photo: Box, column: Column) -> bool:
    return photo[1] - column.size <= column.top and column.bottom <= photo[3] + column.size


def _right_of(photo: Box, column: Column) -> bool:
    """Set right of the picture, level with it."""
    return photo[2] <= column.left <= photo[2] + CAPTION_GAP * 2 * column.size and _level(photo, column)


def _left_of(photo: Box, column: Column) -> bool:
    """Set left of the picture, level with it."""
    return photo[0] - CAPTION_GAP * 2 * column.size <= column.right <= photo[0] and _level(photo, column)


class _Part(NamedTuple):
    kind: str  # "headline", "photo", "caption", "body", "rule"
    number: int
    box: Box


class _Above(NamedTuple):
    """What looking up a piece's column found: the module that claims it and how (by its
    "headline" or by a "picture" the piece goes on under), and the modules closed on the way."""

    module: int | None
    how: str
    closed: frozenset[int]


def assemble(
    headlines: list[Headline],
    columns: list[Column],
    photos: list[Box],
    rules: list[Box],
    em: float,
    face: int,
    display: Sequence[Box] = (),
) -> tuple[list[Module], list[str]]:
    """The page's modules in reading order (`em`, `face`: the body type's size and face), and
    notes on the columns given to a headline beside them. `display`: where display type set
    inside a story stood (left out): its story's text goes on across it."""
    columns, captions = captions_of(photos, columns, em, face)
    parts = [_Part("headline", i, (h.left, h.top, h.right, h.bottom)) for i, h in enumerate(headlines)]
    parts += [_Part("photo", i, p) for i, p in enumerate(photos)]
    parts += [_Part("caption", i, (c.left, c.top, c.right, c.bottom)) for i, c in captions.items()]
    parts += [_Part("body", i, (c.left, c.top, c.right, c.bottom)) for i, c in enumerate(columns)]
    parts += [_Part("rule", i, r) for i, r in enumerate(rules)]
    claims = _Claims(parts, headlines, rules, em, _flush_left(headlines, columns, em))
    for part in sorted(
        (p for p in parts if p.kind in ("photo", "caption", "body")), key=lambda p: p.box[1::-1]
    ):
        claims.claim(part)
    carried = _continue_stories(parts, columns, claims.owner, len(headlines), em, display)
    claims.notes += list(carried.values())
    modules: list[Module] = []
    for m in range(claims.count):
        mine = [p for p in parts if claims.owner.get((p.kind, p.number)) == m]
        body = _read_order([columns[p.number] for p in mine if p.kind == "body"])
        modules.append(
            Module(
                headlines[m] if m < len(headlines) else None,
                tuple((photos[p.number], captions.get(p.number)) for p in mine if p.kind == "photo"),
                tuple(body),
                tuple(columns[p.number] for p in mine if p.kind == "body" and p.number in carried),
            )
        )
    return reading_order(modules), claims.notes


def _across(piece: Column, pieces: list[Column]) -> bool:
    """The piece is set across a gutter: two other pieces side by side each lie mostly within
    its width."""

    def under(other: Column) -> bool:
        shared = min(other.right, piece.right) - max(other.left, piece.left)
        return other is not piece and shared > 0.5 * (other.right - other.left)

    inside = [c for c in pieces if under(c)]
    return any(a.right <= b.left for a in inside for b in inside)


def _read_order(pieces: list[Column]) -> list[Column]:
    """An article's column pieces in reading order: columns left to right, each top to bottom;
    a piece set across other columns' left edges (an editor's note under the headline, a table
    under the text, and its title) after the pieces that end above it and before the rest."""
    spans = sorted(
        (c for c in pieces if _across(c, pieces) or all(ln.table for ln in c.lines)), key=lambda c: c.top
    )
    rest = sorted((c for c in pieces if not any(c is s for s in spans)), key=lambda c: (c.left, c.top))
    out: list[Column] = []
    for span in spans:
        out += [c for c in rest if c.bottom <= span.top and not any(c is o for o in out)]
        out.append(span)
    return out + [c for c in rest if not any(c is o for o in out)]


class _Claims:
    """Gives each piece (taken top to bottom) its module; a module is numbered as its headline
    group, or after them for a module without one."""

    def __init__(
        self, parts: list[_Part], headlines: list[Headline], rules: list[Box], em: float, flush: set[int]
    ) -> None:
        self.parts, self.headlines, self.rules, self.em, self.flush = parts, headlines, rules, em, flush
        self.owner: dict[tuple[str, int], int] = {("headline", i): i for i in range(len(headlines))}
        self.count = len(headlines)
        self.notes: list[str] = []
        self.beside: set[int] = set()

    def claim(self, part: _Part) -> None:
        """In order: a headline beside the piece; its own headline above; the article's previous
        column level with it; a picture right above it; a headline just above it; a headline
        to its right, level with it; else a module of its own."""
        key = (part.kind, part.number)
        if part.kind == "caption":
            self.owner[key] = self.owner[("photo", part.number)]
            return
        left = _left_neighbour(part, self.parts)
        module = self._beside(left, part)
        above = _from_above(part, self.parts, self.owner, self.em, len(self.headlines))
        if module is None and above.how == "headline":
            module = above.module
        if module is None and part.kind == "body":
            module = self._same_row(left, part)
        if module is None:
            module = above.module
        if module is None:
            text_above = part.kind == "body" and _story_above(part, self.parts, self.em) is not None
            module = _headline_over(
                part, self.headlines, self.rules, self.em, self.flush, above.closed, text_above
            )
        if module is None and part.kind == "body":
            module = self._beside_right(part)
        if module is None:
            module = self.count
            self.count += 1
        self.owner[key] = module

    def _beside(self, left: _Part | None, part: _Part) -> int | None:
        """A headline group right to the left of the piece, starting level with it."""
        if left is None or left.kind != "headline" or abs(left.box[1] - part.box[1]) > self.em:
            return None
        module = self.owner[(left.kind, left.number)]
        if module not in self.beside:
            self.beside.add(module)
            where = f"at ({part.box[0]:.0f}, {part.box[1]:.0f})"
            self.notes.append(f"{where}: read as the body of the headline beside it")
        return module

    def _beside_right(self, part: _Part) -> int | None:
        """A headline group to the right of the piece, starting level with it, past columns that
        start at the piece's height: a headline set to the right of its body. The columns
        between go to it too."""
        box = part.box
        right = sorted(
            (
                p
                for p in self.parts
                if p.kind in ("headline", "body")
                and p.box[0] >= box[2] - 2
                and p.box[1] < box[3]
                and p.box[3] > box[1]
            ),
            key=lambda p: p.box[0],
        )
        between: list[_Part] = []
        for other in right:
            if other.kind == "headline":
                if abs(other.box[1] - box[1]) > self.em:
                    return None
                module = self.owner[(other.kind, other.number)]
                for piece in between:
                    self.owner[(piece.kind, piece.number)] = module
                where = f"at ({box[0]:.0f}, {box[1]:.0f})"
                self.notes.append(f"{where}: read as the body of the headline to its right")
                return module
            if abs(other.box[1] - box[1]) > SAME_ROW:
                return None
            between.append(other)
        return None

    def _same_row(self, left: _Part | None, part: _Part) -> int | None:
        """The article of a column or picture right to the left of the piece, starting at its height."""
        if left is None or left.kind == "headline" or (left.kind, left.number) not in self.owner:
            return None
        return self.owner[(left.kind, left.number)] if abs(left.box[1] - part.box[1]) <= SAME_ROW else None


def _continue_stories(
    parts: list[_Part],
    columns: list[Column],
    owner: dict[tuple[str, int], int],
    titled: int,
    em: float,
    display: Sequence[Box],
) -> dict[int, str]:
    """Text nothing claimed (a module numbered from `titled` on, with no picture) is the story
    before it going on, column by column: under that story's text after a paragraph gap, or at
    the top of the next column when that story runs to its column's foot. A rule, a box, a
    picture or caption, a headline, other type, or briefs in between part them. Gives such pieces
    to the story (in `owner`); returns them (by number) with a note for each. A table goes on
    the text above it in type of its own."""
    untitled = {m for m in set(owner.values()) if m >= titled}
    untitled -= {
        owner[(p.kind, p.number)] for p in parts if p.kind == "photo" and (p.kind, p.number) in owner
    }
    notes: dict[int, str] = {}
    pieces = [p for p in parts if p.kind == "body" and owner.get(("body", p.number)) in untitled]
    stories: dict[int, tuple[_Part, str]] = {}
    for part in pieces:
        column = columns[part.number]
        if is_briefs(column):
            continue
        story, how = _story_above(part, parts, em, display), "after a paragraph gap"
        if story is None and not _anything_above(part, parts):
            story, how = _story_at_foot_left(part, parts), "at the top of the next column"
        table = all(line.table for line in column.lines)  # a table is set in its own type
        if story is None or (
            abs(columns[story.number].size - column.size) > 0.05 * column.size and not table
        ):
            continue
        stories[part.number] = (story, how)
    # A piece goes on the story its text above went on to: passed on until nothing moves.
    for _ in range(len(stories) + 1):
        moved = False
        for part in sorted(pieces, key=lambda p: (round(p.box[0]), p.box[1])):
            if part.number not in stories:
                continue
            story, how = stories[part.number]
            module = owner[("body", story.number)]
            if module == owner[("body", part.number)]:
                continue
            owner[("body", part.number)] = module
            moved = True
            notes[part.number] = (
                f"at ({part.box[0]:.0f}, {part.box[1]:.0f}): text under no headline read as "
                f"the story before it going on, {how} (uncertain)"
            )
        if not moved:
            break
    return notes


def _in_column_above(part: _Part, other: _Part) -> bool:
    """`other` stands above the piece, in its column (a rule: across most of the piece)."""
    box = part.box
    if other is part or other.box[3] > box[1] + 1:
        return False
    if other.kind == "rule":
        return min(other.box[2], box[2]) - max(other.box[0], box[0]) >= RULE_COVER * (box[2] - box[0])
    return _overlaps(other.box, box, OVERLAP)


def _story_above(part: _Part, parts: list[_Part], em: float, display: Sequence[Box] = ()) -> _Part | None:
    """The text right above the piece in its column, a paragraph gap away, with nothing between
    but display type set inside the story, a paragraph gap from each (its height is no gap)."""
    above = [p for p in parts if _in_column_above(part, p)]
    if not above:
        return None
    nearest = max(above, key=lambda p: (p.box[3], p.kind == "rule"))
    edges = [nearest.box[3]]
    for d in sorted(display, key=lambda d: d[1]):
        if edges[0] - 1 <= d[1] and d[3] <= part.box[1] + 1 and _overlaps(d, part.box, OVERLAP):
            edges += [d[1], d[3]]
    edges.append(part.box[1])
    gaps = [edges[k + 1] - edges[k] for k in range(0, len(edges), 2)]
    if nearest.kind != "body" or max(gaps) > HEADLINE_GAP * em:
        return None
    return nearest


def _anything_above(part: _Part, parts: list[_Part]) -> bool:
    return any(_in_column_above(part, p) for p in parts)


def _story_at_foot_left(part: _Part, parts: list[_Part]) -> _Part | None:
    """The text at the foot of the column to the piece's left, when that column runs on below
    the piece's top with nothing under its last text (the story breaks there)."""
    box = part.box
    left = [p for p in parts if p.kind != "rule" and p.box[2] <= box[0] + 2 and p.box[3] > box[1]]
    if not left:
        return None
    edge = max(p.box[2] for p in left)
    near = [p for p in left if p.box[2] >= edge - 0.5 * (box[2] - box[0])]
    foot = max(near, key=lambda p: p.box[3])
    below = any(
        p is not foot and p.box[1] >= foot.box[3] - 1 and _overlaps(p.box, foot.box, OVERLAP)
        for p in parts
        if p.kind != "rule" or _overlaps(p.box, foot.box, RULE_COVER)
    )
    return foot if foot.kind == "body" and not below else None


def _overlaps(a: Box, b: Box, share: float) -> bool:
    width = min(a[2] - a[0], b[2] - b[0])
    return min(a[2], b[2]) - max(a[0], b[0]) > share * max(width, 0.0)


def _from_above(
    part: _Part, parts: list[_Part], owner: dict[tuple[str, int], int], em: float, titled: int
) -> _Above:
    """Look up the piece's column: the first open headline with no rule between claims it (the
    box of an article passed on the way aside), or a picture (or caption) right above it: an
    article's text goes on under its picture at about the space a headline leaves. Another
    article's column, or a rule, closes that article; the look goes on past it. Text under no
    headline (a module numbered from `titled` on) goes on a story above it, so a rule under
    that story still stands between the piece and its headline."""
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
    boxed_to = math.inf  # a rule this close above a closed article's headline is its box
    for other in sorted(above, key=lambda p: -p.box[3]):
        if other.kind == "rule":
            crossed = crossed or other.box[3] < boxed_to
            continue
        module = owner[(other.kind, other.number)]
        if module in closed:
            if other.kind == "headline":
                boxed_to = other.box[1] - HEADLINE_GAP * em
            continue
        if other.kind == "headline" and not crossed:
            return _Above(module, "headline", frozenset(closed))
        under = box[1] - other.box[3] <= HEADLINE_GAP * em
        if other.kind in ("photo", "caption") and part.kind == "body" and under and not crossed:
            return _Above(module, "picture", frozenset(closed))
        closed.add(module)
        crossed = crossed and module >= titled
    return _Above(None, "", frozenset(closed))


def _headline_over(
    part: _Part,
    headlines: list[Headline],
    rules: list[Box],
    em: float,
    flush: set[int],
    closed: frozenset[int],
    text_above: bool = False,
) -> int | None:
    """A headline group just above the piece (an article's columns start right under it), the
    nearest one sideways: a short headline set flush left or centred over several columns. A
    headline set flush left over its first column (`flush`) claims nothing to its left, and
    one whose article ended above the piece (`closed`) nothing at all. Text a paragraph gap
    under text of its column (`text_above`) goes on that text: no headline beside it (or only
    overhanging its column) claims it."""
    box = part.box
    best, best_distance = None, 0.0
    for i, h in enumerate(headlines):
        gap = box[1] - h.bottom
        if not 0 <= gap <= HEADLINE_GAP * em or i in closed or (i in flush and box[2] <= h.left):
            continue
        if any(h.bottom <= (r[1] + r[3]) / 2 <= box[1] and r[0] < box[2] and box[0] < r[2] for r in rules):
            continue
        distance = max(h.left - box[2], box[0] - h.right, 0.0)
        if text_above and not _overlaps((h.left, h.top, h.right, h.bottom), box, OVERLAP):
            continue
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


def _left_neighbour(part: _Part, parts: list[_Part]) -> _Part | None:
    """What stands nearest to the left of the piece, level with some of it."""
    box = part.box
    best: _Part | None = None
    for other in parts:
        if other.kind == "rule" or other is part:
            continue
        level = other.box[2] <= box[0] + 2 and other.box[1] < box[3] and other.box[3] > box[1]
        if level and (best is None or other.box[2] > best.box[2]):
            best = other
    return best


def reading_order(modules: list[Module], frames: Sequence[Box] = ()) -> list[Module]:
    """Top to bottom; modules whose tops agree, left to right. A module set in a box starts
    where its box does; a story starts where its headline is, not where it runs on to."""
    keyed = []
    for module in modules:
        carried = {(c.left, c.top, c.right, c.bottom) for c in module.carried}
        boxes = [b for b in module.boxes() if b not in carried] or module.boxes()
        if not boxes:
            continue
        top = min(b[1] for b in boxes)
        left = min(b[0] for b in boxes if b[1] < top + 1)
        around = [f for f in frames if all(_within(b, f) for b in boxes)]
        if around:
            frame = min(around, key=lambda f: (f[2] - f[0]) * (f[3] - f[1]))
            top, left = min(top, frame[1]), min(left, frame[0])
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


def _within(box: Box, frame: Box) -> bool:
    return (
        frame[0] - 1 <= box[0]
        and box[2] <= frame[2] + 1
        and frame[1] - 1 <= box[1]
        and box[3] <= frame[3] + 1
    )
