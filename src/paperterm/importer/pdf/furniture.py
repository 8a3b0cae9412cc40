"""Page furniture, read from where it stands: the masthead, the running head, the editors' and
contact lines, advertisements. None of it is an article; some of it names the paper, the date,
the page's number and its name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from paperterm.importer.conventions import (
    collapse_spaces,
    furniture_line,
    masthead_date,
    page_number,
    running_head,
)
from paperterm.importer.pdf.ink import Box, Turned
from paperterm.importer.pdf.lines import Line, body_size

WIDE_RULE = 0.5
"""A rule at least this share of the page's width parts the margin from the page's body."""
MARGIN_BAND = 0.15
"""Share of the page's height at its top and bottom where running heads and footers stand."""
ROW = 1.5
"""Ems: lines whose tops (or bottoms) are this close to the first (or last) one are its row."""
MASTHEAD_SCALE = 1.3
"""The paper's name is set at least this much larger than any other line on its page."""
MASTHEAD_BAND = 0.3
"""It stands in this top share of the page."""
BOX_PAD = 8.0
"""Points: how far a frame may stand off the lines it encloses."""
AD_TYPE = 1.1
"""An advertisement's box holds only type larger than the body text by this factor."""
AD_HEIGHT = 3.0
"""A box much higher than the one line of large type in it (a label's box is as high as its line)."""
_PAGE_NUMBER = re.compile(r"\s*(?:[A-ZＡ-Ｚ]{1,2})?[0-9０-９]{1,3}\s*")
_EDITION = re.compile(r"第\s*[0-9０-９]+\s*期")


class Furniture(NamedTuple):
    """What a page's furniture says, and which of its lines it took."""

    number: int | None
    name: str | None
    paper: str | None
    date: dt.date | None
    edition: str | None
    taken: dict[int, str]
    """Index of each furniture line in the page's lines → why it is furniture."""
    adverts: list[Box]


def read_furniture(
    lines: list[Line], rules: list[Box], frames: list[Box], width: float, height: float
) -> Furniture:
    """Masthead, running head, footer lines, editors' lines and advertisements of one page."""
    taken: dict[int, str] = {}
    wide = sorted((r for r in rules if r[2] - r[0] >= WIDE_RULE * width), key=lambda r: r[1])
    paper = date = edition = None
    masthead = _masthead(lines, height)
    if masthead is not None:
        name_line = lines[masthead]
        below = [r[1] for r in wide if r[1] > name_line.bottom]
        limit = min(below) if below else name_line.bottom + name_line.size
        band = [i for i, ln in enumerate(lines) if ln.top >= name_line.top - 1 and ln.bottom <= limit]
        date = next((d for d in (masthead_date(lines[i].text) for i in band) if d), None)
        if date is not None:
            paper = "".join(name_line.text.split())
            for i in band:
                taken[i] = "masthead"
                found = _EDITION.search(lines[i].text)
                edition = edition or (collapse_spaces(found[0]) if found else None)
    number = name = None
    for band in _margins(lines, wide, height, taken):
        ordered = sorted(band, key=lambda i: lines[i].left)
        text = " ".join(lines[i].text for i in ordered)
        # The whole margin reads as one running head, or one or two of its lines side by side
        # do (the paper's name or the date may stand apart from it).
        texts = [lines[i].text for i in ordered]
        runs = (
            " ".join(texts[a:b]) for a in range(len(texts)) for b in range(a + 1, min(a + 3, len(texts)) + 1)
        )
        head = running_head(text) or next(filter(None, map(running_head, runs)), None)
        if head is None:  # the page's number alone (often white in a black box), its name not printed
            numbers = [page_number(lines[i].text) for i in ordered if _PAGE_NUMBER.fullmatch(lines[i].text)]
            head = (numbers[0], None) if len(numbers) == 1 and numbers[0] else None
        if head is not None and number is None:
            number, name = head
            taken.update((i, "running head") for i in band)
            date = date or masthead_date(text)
    if date is None:  # a name plate drawn as a picture: its date line (and 期号 beside it) is type
        for i, line in enumerate(lines):
            found_date = masthead_date(line.text) if line.top < MASTHEAD_BAND * height else None
            if found_date is None or i in taken:
                continue
            date = found_date
            for k, other in enumerate(lines):
                if k not in taken and abs(other.base - line.base) <= ROW * line.size:
                    found = _EDITION.fullmatch(collapse_spaces(other.text))
                    if k == i or found:
                        taken[k] = "masthead"
                        edition = edition or (found[0] if found else None)
            break
    for i, line in enumerate(lines):
        if i not in taken:
            reason = furniture_line(line.text)
            if reason is not None:
                taken[i] = reason
    body = body_size(lines)
    adverts = [f for f in frames if _advert(f, lines, taken, body)]
    for i, line in enumerate(lines):
        if any(_inside(line, f) for f in adverts):
            taken[i] = "advertisement"
    return Furniture(number, name, paper, date, edition, taken, adverts)


def _advert(frame: Box, lines: list[Line], taken: dict[int, str], body: float) -> bool:
    """A box holding an advertisement's label (广告), or only large type: no article text in it."""
    inside = [i for i, line in enumerate(lines) if _inside(line, frame)]
    if any(taken.get(i) == "advertisement" for i in inside):
        return True
    large = inside and all(lines[i].size > AD_TYPE * body for i in inside)
    return bool(large) and (len(inside) > 1 or frame[3] - frame[1] > AD_HEIGHT * lines[inside[0]].size)


def _masthead(lines: list[Line], height: float) -> int | None:
    """The paper's name plate: by far the largest type on the page, near its top (it is the
    masthead only if the issue's date is printed with it)."""
    if len(lines) < 2:
        return None
    order = sorted(range(len(lines)), key=lambda i: -lines[i].size)
    first, second = lines[order[0]], lines[order[1]]
    if first.size < MASTHEAD_SCALE * second.size or first.top > MASTHEAD_BAND * height or first.vertical:
        return None
    return order[0]


def _margins(lines: list[Line], wide: list[Box], height: float, taken: dict[int, str]) -> list[list[int]]:
    """Lines in the top margin (above the first wide rule near the top) and the bottom margin
    (below the last one near the bottom); without such a rule, the page's first and last row of
    type, if they stand in the margin bands."""
    free = [i for i in range(len(lines)) if i not in taken]
    if not free:
        return []
    bands: list[list[int]] = []
    top_rules = [r for r in wide if r[1] < MARGIN_BAND * height]
    if top_rules:
        bands.append([i for i in free if lines[i].bottom <= top_rules[0][1]])
    else:
        first = min(lines[i].top for i in free)
        if first < MARGIN_BAND * height:
            bands.append([i for i in free if lines[i].top < first + ROW * lines[i].size])
    bottom_rules = [r for r in wide if r[3] > (1 - MARGIN_BAND) * height]
    if bottom_rules:
        bands.append([i for i in free if lines[i].top >= bottom_rules[-1][3]])
    else:
        last = max(lines[i].bottom for i in free)
        if last > (1 - MARGIN_BAND) * height:
            bands.append([i for i in free if lines[i].bottom > last - ROW * lines[i].size])
    return [band for band in bands if band]


def _inside(line: Line, box: Box) -> bool:
    return (
        line.left >= box[0] - BOX_PAD
        and line.right <= box[2] + BOX_PAD
        and line.top >= box[1] - BOX_PAD
        and line.bottom <= box[3] + BOX_PAD
    )


def turned_lines(turned: list[Turned]) -> list[tuple[float, float, str]]:
    """Text set turned in a margin (editors' lines, e-mail), as lines: (x, y, text) each, read
    in the direction the text runs. Characters turned alike on one line are one line."""
    groups: dict[tuple[int, int], list[Turned]] = {}
    for glyph in turned:
        _, x, y, angle = glyph
        across = x if abs(abs(angle) - 90) < 45 else y
        groups.setdefault((round(angle), round(across)), []).append(glyph)
    lines = []
    for (angle, _), glyphs in sorted(groups.items()):
        if abs(abs(angle) - 90) < 45:
            glyphs.sort(key=lambda g: -g[2] if angle > 0 else g[2])
        else:
            glyphs.sort(key=lambda g: -g[1] if abs(angle) > 90 else g[1])
        lines.append((glyphs[0][1], glyphs[0][2], "".join(g[0] for g in glyphs)))
    return lines
