"""Page furniture in extracted page text: the running head, the masthead, the editors' lines.

pdftotext puts what a page prints in its margins among the text: the running head (2 要闻)
and the masthead with its date line first or last, the editors' and e-mail lines (责编：…,
本版邮箱：…) wherever their column ends. None of it is an article's text. Each such line is
blanked out (so every other line keeps its number) and noted for --report; the running head
also gives the page its printed number and name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperterm.importer.conventions import furniture_line, masthead_date, running_head

_SENTENCE = re.compile(r"[。！？；，]")
MARGIN = 2
"""Non-blank lines at the top and at the bottom of a page's text that may be its margins; the
page's first block is its top too (where the masthead stands)."""
MASTHEAD_LINE = 20
"""Characters a line of the masthead block holds at most: the paper's name, its 期号, its date."""


@dataclass
class Furniture:
    """The page's text without its furniture, what was dropped, and the running head's reading."""

    text: str
    notes: list[str] = field(default_factory=list)
    number: int | None = None
    name: str | None = None


def strip_furniture(text: str, first_line: int = 1) -> Furniture:
    """Blank out the furniture lines of one page of extracted text."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    margins = set(filled[:MARGIN] + filled[-MARGIN:])
    top = set(filled[: next((n for n, i in enumerate(filled) if i != filled[0] + n), len(filled))])
    found = Furniture(text)

    def drop(index: int, what: str) -> None:
        found.notes.append(f"line {first_line + index}: {what} dropped: {lines[index].strip()}")
        lines[index] = ""

    for index in filled:
        line = lines[index]
        head = running_head(line) if index in margins and _alone(lines, index) else None
        if head is not None:
            found.number, found.name = found.number or head[0], found.name or head[1]
            drop(index, "running head")
        elif (index in margins or index in top) and masthead_date(line) is not None:
            for i in _masthead(lines, index, top=index in top):
                drop(i, "masthead date line" if i == index else "masthead")
        elif (reason := furniture_line(line)) is not None:
            drop(index, reason)
    found.text = "\n".join(lines)
    return found


def _alone(lines: list[str], index: int) -> bool:
    """Set apart from the text: a blank line (or the page's edge) above and below."""
    above = index == 0 or not lines[index - 1].strip()
    below = index + 1 == len(lines) or not lines[index + 1].strip()
    return above and below


def _masthead(lines: list[str], index: int, *, top: bool) -> list[int]:
    """The issue's date line; at the top of the page, the whole masthead block it stands in (the
    paper's name, 期号 and the like), when every other line of the block is short and no sentence."""
    if not top:
        return [index]
    start = end = index
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    others = [lines[i].strip() for i in range(start, end + 1) if i != index]
    if all(len(line) <= MASTHEAD_LINE and not _SENTENCE.search(line) for line in others):
        return list(range(start, end + 1))
    return [index]
