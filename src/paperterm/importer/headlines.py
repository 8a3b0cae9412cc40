"""Headline groups: which short line is the kicker (引题), the title (主题) and the subtitle (副题)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperterm.importer.blocks import Block
from paperterm.importer.conventions import byline_line
from paperterm.importer.text import squeeze_spaces, undouble, unhang, width

RUN_ON_SLACK = 2
"""Half-em units by which a title's next line may outrun the line it goes on from (a Latin
word, a digit or two)."""
BROKEN_TITLE_LINE = 20
"""Half-em units a line of a title broken over a narrow column holds at most (ten characters
of headline type: a column or two of a tabloid page)."""
_KICKER_OPENING = re.compile(r"^(在|以|为|据|随着|围绕|聚焦|面对|立足|着眼|坚持|推动|——)")
_KICKER_CLOSING = re.compile(r"(上|中|下|时|后|之际|为主题|期间|之时)$")


@dataclass
class Headline:
    """What a headline group gives an article."""

    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    first_line: int = 0
    notes: list[str] = field(default_factory=list)
    spare: tuple[int, str] | None = None
    """(line, text) of a last block printed apart below the title's block: maybe another item's headline."""
    subtitle_without_spare: str | None = None


def kicker_likeness(line: str) -> int:
    """How much a line reads like a kicker rather than a title: 在…上, 以…为主题, two parallel phrases."""
    score = 0
    if _KICKER_OPENING.search(line):
        score += 1
    if _KICKER_CLOSING.search(line):
        score += 1
    if " " in line.strip():
        score += 1
    return score


def title_score(line: str) -> float:
    """Longer lines are likelier titles; kicker-like phrasing counts heavily against."""
    return width(line) - 12 * kicker_likeness(line)


def subtitle_text(lines: list[tuple[int, str]]) -> str:
    """A subtitle's lines, without the dash (——) that often leads it in."""
    return " ".join(t for _, t in lines).lstrip("—-－ ")


def runs_on(line: str, following: str) -> bool:
    """Whether the next line of one headline block goes on the same title, broken at its measure.

    pdftotext parts lines of different type with a blank line more often than not, but a title
    and its subtitle may come in one block; a title broken over lines fills its first line, so
    its next line is no wider (地铁三号线 / 北延段开通), while a subtitle in smaller type runs
    wider, and opens with a dash when it is led in by one. Titles are broken where a column is
    narrow for their type: a line of a broken title is short; two long lines are a title and
    its subtitle (or a kicker and its title) set one over the other."""
    return (
        width(line) <= BROKEN_TITLE_LINE
        and width(following) <= width(line) + RUN_ON_SLACK
        and line[-1] not in "，。；：！？、"
        and not following.startswith(("—", "-", "－"))
        and " " not in line + following
    )


def from_blocks(blocks: list[Block]) -> Headline:
    """Make a Headline from consecutive headline, byline and vertical blocks."""
    headline = Headline(first_line=blocks[0].first)
    lines: list[tuple[int, str]] = []
    block_of: list[int] = []
    for block_index, block in enumerate(blocks):
        if block.kind == "vertical":
            headline.title = " ".join(block.parts)
            continue
        for line in block.lines:
            text = unhang(squeeze_spaces(undouble(line.text)))
            byline = byline_line(text)
            if byline is not None:
                headline.byline = byline
            elif lines and block_of[-1] == block_index and runs_on(lines[-1][1], text):
                lines[-1] = (lines[-1][0], lines[-1][1] + text)
            else:
                lines.append((line.number, text))
                block_of.append(block_index)
    if headline.title is not None:  # a vertical title; other lines around it are kickers
        if lines:
            headline.kicker = " ".join(t for _, t in lines)
        return headline
    if not lines:
        return headline
    best = max(range(len(lines)), key=lambda i: (title_score(lines[i][1]), -i))
    headline.title = lines[best][1]
    if best > 0:
        headline.kicker = " ".join(t for _, t in lines[:best])
    if best + 1 < len(lines):
        headline.subtitle = subtitle_text(lines[best + 1 :])
        last_block = block_of[-1]
        if last_block != block_of[best] and block_of.count(last_block) == 1 and best + 2 < len(lines):
            headline.spare = lines[-1]
            headline.subtitle_without_spare = subtitle_text(lines[best + 1 : -1])
    if len(lines) > 1:
        headline.notes.append(
            f"line {lines[best][0]}: title chosen as the most title-like of {len(lines)} headline lines"
        )
    return headline
