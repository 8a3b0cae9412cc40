"""Line breaking for CJK text, which Rich and Textual cannot do.

Rich wraps only at spaces, so a Chinese paragraph after "2022 年" leaves a
half-empty line and lines may start with ，。、. Here a line may break between
any two CJK characters; ASCII runs such as "90.5%" or "CCTD" stay whole unless
longer than the line; and the usual kinsoku rules hold: no line starts with
closing punctuation, none ends with opening punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import get_character_cell_size

from paperterm.model.words import MAGNITUDES, ROLE_WORDS, inside_names

NO_LINE_START = frozenset(
    "，。、；：？！”’）》」』】〉〕］｝…‥%％·・．,.;:?!)]}ー～〜々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
NO_LINE_END = frozenset("“‘（《「『【〈〔［｛([{")

# A run of characters that reads as one word: Latin letters, digits and the
# punctuation that lives inside numbers, versions and addresses.
_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f０-９Ａ-Ｚａ-ｚ.,%％+\-/:_@#&'’=~^°$€£¥]+|\s+|.", re.DOTALL)

COMFORTABLE_MEASURE = 80
"""About 40 CJK characters: the widest column that still reads comfortably."""


@lru_cache(maxsize=4096)
def _width(text: str) -> int:
    return sum(get_character_cell_size(ch) for ch in text)


def cell_width(text: str) -> int:
    """How many terminal cells the text takes."""
    if len(text) > 64:
        return sum(get_character_cell_size(ch) for ch in text)
    return _width(text)


@dataclass(frozen=True)
class Line:
    """One laid-out line: its text and where it starts in the source string."""

    text: str
    start: int


def atoms(text: str) -> list[str]:
    """Split text into the smallest pieces a line may break between.

    Closing punctuation sticks to what precedes it, opening punctuation to
    what follows, and spaces trail the word before them.
    """
    pieces = [m.group(0) for m in _WORD.finditer(text)]
    result: list[str] = []
    pending = ""  # opening punctuation waiting for the next piece
    for piece in pieces:
        if piece.isspace():
            if pending:
                pending += piece
            elif result:
                result[-1] += piece
            else:
                result.append(piece)
            continue
        if piece[0] in NO_LINE_START and result and not pending:
            result[-1] += piece
            continue
        if piece[-1] in NO_LINE_END and len(piece) == 1:
            pending += piece
            continue
        result.append(pending + piece)
        pending = ""
    if pending:
        result.append(pending)
    return result


def units(text: str) -> list[str]:
    """The pieces a line on screen may break between: the atoms, with what a reader takes as one
    word kept whole even where a printed column would break it to fill its measure — a number
    and its magnitude (400万), and each name a byline gives after its role word (记者 王佳丽)."""
    inside_name = inside_names(text)
    result: list[str] = []
    at = 0
    for atom in atoms(text):
        if result and (at in inside_name or (atom[0] in MAGNITUDES and result[-1][-1].isdigit())):
            result[-1] += atom
        else:
            result.append(atom)
        at += len(atom)
    return result


def _split_long(atom: str, width: int) -> list[str]:
    """Cut an atom wider than a line into line-sized pieces, at character boundaries."""
    parts: list[str] = []
    current = ""
    used = 0
    for ch in atom:
        w = get_character_cell_size(ch)
        if current and used + w > width:
            parts.append(current)
            current, used = "", 0
        current += ch
        used += w
    if current:
        parts.append(current)
    return parts


def wrap(text: str, width: int, *, words: bool = False) -> list[Line]:
    """Lay out one paragraph in lines of at most `width` cells.

    Joining the lines' texts gives back `text` exactly: no character is lost
    or doubled at a line end. Hard line breaks (\\n) are kept as breaks.
    `words`: break only at spaces (a byline: 记者 王佳丽 李若男 keeps each name
    whole), except inside a word wider than the line.
    """
    width = max(width, 2)
    lines: list[Line] = []
    offset = 0
    for segment_index, segment in enumerate(text.split("\n")):
        if segment_index:
            offset += 1  # the newline itself belongs to no line
        lines.extend(_wrap_segment(segment, width, offset, words))
        offset += len(segment)
    return lines


def wrap_title(text: str, width: int, *, words: bool = False) -> list[Line]:
    """Like `wrap`, for a headline. A space in a headline sets two phrases apart (夯实基础保障
    健全责任体系), so it breaks there when every phrase fits. And a title never ends on a line of
    one or two characters (…防治工 / 作) when a slightly narrower measure in as many lines avoids
    it (…水害 / 防治工作); other breaks stay where `wrap` puts them, so fewer words are cut."""
    if not words and " " in text.strip() and all(cell_width(w) <= width for w in text.split()):
        words = True
    lines = wrap(text, width, words=words)
    if len(lines) < 2 or _long_enough(lines[-1]):
        return lines
    widest_word = max(map(cell_width, text.split()), default=0) if words else 0
    for narrower in range(width - 1, max(widest_word, 2) - 1, -1):  # words stay whole
        trial = wrap(text, narrower, words=words)
        if len(trial) > len(lines):
            break
        if _long_enough(trial[-1]):
            return trial
    return lines


def _long_enough(line: Line) -> bool:
    """A last line that does not look stranded: three characters or more, punctuation not counted."""
    return sum(1 for ch in line.text if not ch.isspace() and ch not in NO_LINE_START) >= 3


def _word_atoms(text: str) -> list[str]:
    """Space-separated words, each with the spaces after it."""
    return re.findall(r"\s*\S+\s*", text) if text.strip() else [text]


def _wrap_segment(text: str, width: int, offset: int, words: bool = False) -> list[Line]:
    if not text:
        return [Line("", offset)]
    lines: list[Line] = []
    current = ""
    used = 0  # cells of `current`, trailing spaces included
    start = offset
    for atom in _word_atoms(text) if words else units(text):
        needed = cell_width(atom.rstrip())
        if current and used + needed > width:
            lines.append(Line(current, start))
            start += len(current)
            current, used = "", 0
        if needed > width:
            *full, atom = _split_long(atom, width)
            for part in full:
                lines.append(Line(part, start))
                start += len(part)
        current += atom
        used += cell_width(atom)
    lines.append(Line(current, start))
    return lines


PIECE = 4096
"""Characters of a long paragraph laid out at a time by `wrap_pieces`: a few screens of lines."""
_SEAM = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])|(?<=[A-Za-z] )(?=[A-Za-z])")
"""Where a paragraph may be cut without changing how either side breaks: between two ideographs
(no punctuation there to stick to a neighbour, no digit for a magnitude to join), or after the
space between two Latin words."""
_NOT_IN_BYLINE = re.compile(r"[^\u3400-\u9fff· \u3000]")
"""A character no byline name or role word holds: a byline's names cannot run across it."""


def _is_seam(text: str, at: int) -> bool:
    """Whether text may be cut at `at` without changing its units on either side.

    Names after a byline's role word are kept whole, and `inside_names` sees a name end at the end
    of a piece: so no role word may lead up to the seam, unless something no byline holds stands
    between (looked for in the 64 characters before; none there means no seam, to be safe)."""
    if _SEAM.match(text, at) is None:
        return False
    if text[at - 1] == " ":
        return True  # a Latin letter follows: no name runs across it
    near = max(0, at - 64)
    around = text[near : at + 2]
    if any(role in around for role in ROLE_WORDS):
        return False
    return near == 0 or _NOT_IN_BYLINE.search(text, near, at) is not None


def wrap_pieces(text: str, width: int, piece: int = PIECE) -> Iterator[list[Line]]:
    """`wrap`, a few thousand characters at a time: the lines of all the pieces are exactly
    `wrap(text, width)`'s, so a five-megabyte paragraph shows its first screen without the rest.

    A greedy break starts afresh at every line it makes, so the paragraph is laid out up to a seam
    (`_is_seam`) past `piece` characters; every line but the piece's last is final; the next piece
    starts at the last of them that begins on a seam, so the breaker sees that text as it would
    in the whole paragraph."""
    width = max(width, 2)
    start = 0
    while True:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield from _segment_pieces(text[start:end], width, start, piece)
        if end == len(text):
            return
        start = end + 1  # the newline itself belongs to no line


def _segment_pieces(text: str, width: int, offset: int, piece: int) -> Iterator[list[Line]]:
    at = 0
    reach = piece
    while len(text) - at > reach:
        cut = next((m.start() for m in _SEAM.finditer(text, at + reach) if _is_seam(text, m.start())), None)
        if cut is None:
            break
        lines = _wrap_segment(text[at:cut], width, offset + at)
        again = next((k for k in range(len(lines) - 1, 0, -1) if _is_seam(text, lines[k].start - offset)), 0)
        if not again:
            reach *= 2  # no line of this piece starts on a seam: take a longer one
            continue
        yield lines[:again]
        at, reach = lines[again].start - offset, piece
    yield _wrap_segment(text[at:], width, offset + at)
