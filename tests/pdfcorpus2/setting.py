"""Lines set the way a Founder page sets them: justified to the column by letter spacing, the
last line of a paragraph left short; closing punctuation before more punctuation or at a line's
end set half width (标点挤压), or, on a page that hangs it, a ，。、 that would not fit set past
the column's edge (标点悬挂). Breaks follow paperterm's own kinsoku units.
"""

from __future__ import annotations

from dataclasses import dataclass

from paperterm.model.linebreak import atoms
from tests.pdfcorpus2.faces import Face, advance
from tests.pdfcorpus2.spec import Bold, Punctuation

COMPRESSIBLE = frozenset("，。、；：？！”’）》」』】")
"""Closing punctuation, its ink in the left half of its em: it can lose the right half."""
PUNCTUATION = COMPRESSIBLE | frozenset("“‘（《「『【")
HANGABLE = frozenset("，。、")


@dataclass(frozen=True)
class Segment:
    """A stretch of a paragraph in one face: a bold lead-in, then the text."""

    text: str
    face: Face
    bold: Bold = "none"


@dataclass(frozen=True)
class SetLine:
    """One line: each drawn glyph's x from the column's left, its character and segment."""

    glyphs: tuple[tuple[float, str, int], ...]
    extra: float
    """Points of letter spacing added at each stretchable gap (0 on a paragraph's last line)."""
    hung: bool
    compressed: int
    """Glyphs set half width."""


def _tight(ch: str) -> bool:
    """Part of a Latin word or a number: never letter-spaced."""
    return ch.isascii() and not ch.isspace()


class Paragraph:
    """A paragraph set line by line, each line as wide as the column it lands in."""

    def __init__(
        self,
        segments: list[Segment],
        size: float,
        *,
        indent: float,
        justify: bool,
        punctuation: Punctuation,
        break_latin: bool = False,
    ) -> None:
        self.segments = segments
        self.text = "".join(s.text for s in segments)
        self.owner = [i for i, s in enumerate(segments) for _ in s.text]
        self.size, self.indent, self.justify, self.punctuation = size, indent, justify, punctuation
        self.break_latin = break_latin
        self.units: list[tuple[int, int]] = []
        at = 0
        for piece in atoms(self.text):
            if self.units and piece.startswith("—") and self.text[at - 1] == "—":
                start, _ = self.units.pop()
                self.units.append((start, at + len(piece)))
            else:
                self.units.append((at, at + len(piece)))
            at += len(piece)
        self.next = 0

    @property
    def done(self) -> bool:
        return self.next >= len(self.units)

    def _advances(self, start: int, end: int) -> list[tuple[float, bool]]:
        """Each character's advance on a line holding text[start:end] (trailing spaces dropped),
        and whether it was set half width."""
        text, em = self.text, self.size
        out = []
        for i in range(start, end):
            ch = text[i]
            following = text[i + 1] if i + 1 < end else ""
            at_end = i + 1 == end and self.punctuation == "compress"
            if ch in COMPRESSIBLE and (following in PUNCTUATION or at_end):
                out.append((em / 2, True))
            else:
                out.append((advance(ch, self.segments[self.owner[i]].face, em), False))
        return out

    def _end(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return end

    def _fits(self, start: int, end: int, limit: float) -> bool:
        return sum(a for a, _ in self._advances(start, self._end(start, end))) <= limit + 0.01

    def _latin_cut(self, start: int, limit: float) -> int | None:
        """Where the next unit, opening with a Latin run of six or more characters with no space
        (a URL, an e-mail address), is broken so that the run's first part (two characters at
        least) fills the line; the rest becomes a unit of its own. None: no such run, or not
        two of its characters fit."""
        first, last = self.units[self.next]
        tight = first
        while tight < last and _tight(self.text[tight]):
            tight += 1
        if tight - first < 6 or not self._fits(start, first + 2, limit):
            return None
        cut = first + 2
        while cut + 1 < tight - 1 and self._fits(start, cut + 1, limit):
            cut += 1
        self.units[self.next : self.next + 1] = [(first, cut), (cut, last)]
        self.next += 1
        return cut

    def line(self, width: float) -> SetLine:
        """The next line, set to `width` points (less the indent on the first line)."""
        first = self.next == 0
        left = self.indent * self.size if first else 0.0
        limit = width - left
        start = self.units[self.next][0]
        end = self.units[self.next][1]
        if not self._fits(start, end, limit):
            if not self.break_latin or self._latin_cut(start, limit) is None:
                raise ValueError(f"{self.text[start:end]!r} is wider than {limit:.0f} pt")
            return self._place(start, self.units[self.next - 1][1], left, limit, False)
        self.next += 1
        hung = False
        while not self.done:
            trial = self.units[self.next][1]
            if self._fits(start, trial, limit):
                end, self.next = trial, self.next + 1
                continue
            last = self._end(start, trial)
            hangs = self.punctuation == "hang" and self.text[last - 1] in HANGABLE
            if hangs and self._fits(start, last - 1, limit):
                end, self.next, hung = trial, self.next + 1, True
            elif self.break_latin and (cut := self._latin_cut(start, limit)) is not None:
                end = cut
            break
        end = self._end(start, end)
        return self._place(start, end, left, limit, hung)

    def _place(self, start: int, end: int, left: float, limit: float, hung: bool) -> SetLine:
        body_end = end - 1 if hung else end
        advances = self._advances(start, body_end)
        stretch = [
            k
            for k in range(body_end - start - 1)
            if not (_tight(self.text[start + k]) and _tight(self.text[start + k + 1]))
        ]
        extra = 0.0
        if self.justify and (hung or not self.done) and stretch:
            extra = (limit - sum(a for a, _ in advances)) / len(stretch)
        glyphs: list[tuple[float, str, int]] = []
        x = left
        stretchable = set(stretch)
        for k, i in enumerate(range(start, body_end)):
            if not self.text[i].isspace():
                glyphs.append((x, self.text[i], self.owner[i]))
            x += advances[k][0] + (extra if k in stretchable else 0.0)
        if hung:
            glyphs.append((left + limit, self.text[end - 1], self.owner[end - 1]))
        return SetLine(tuple(glyphs), extra, hung, sum(1 for _, half in advances if half))


def set_plain(
    text: str, face: Face, size: float, tracking: float = 0.0
) -> tuple[list[tuple[float, str]], float]:
    """A line set solid (plus `tracking` ems between characters): each glyph's x from the line's
    start, and the line's width."""
    glyphs: list[tuple[float, str]] = []
    x = 0.0
    for k, ch in enumerate(text):
        if not ch.isspace():
            glyphs.append((x, ch))
        x += advance(ch, face, size) + (tracking * size if k + 1 < len(text) else 0.0)
    return glyphs, x
