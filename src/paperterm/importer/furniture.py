"""Page furniture in extracted page text: the running head, the masthead, the editors' lines.

pdftotext puts what a page prints in its margins among the text: the running head (2 要闻)
and the masthead with its date line first or last, the editors' and e-mail lines (责编：…,
本版邮箱：…) wherever their column ends. None of it is an article's text. Each such line is
blanked out (so every other line keeps its number) and noted for --report; the running head
also gives the page its printed number and name.

pdftotext's default mode reads the page in blocks, and a short line set apart in the margin (a
weekday, a 期号, a 农历 date, 第6版) often comes out on its own anywhere in the page's text, even
between two columns of a story: such a line, alone between blank lines, is furniture wherever it
stands; so is a page number alone in the top or bottom lines (the folio, its page's name
printed elsewhere). Where a name is set with a 全角 space (责任编辑：林　杉), pdftotext may break the line
there and print the name's last character apart (and an imprint's number its label's:
邮发代号 / 3-12); and an advertisement's box (a lone 广告 label)
prints its own short lines (a name, a hotline, a number) after its label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperterm.importer.conventions import furniture_line, masthead_date, running_head

_SENTENCE = re.compile(r"[。！？；，]")
_MARGIN_NOTE = re.compile(
    r"(?:星期|礼拜|周)[一二三四五六日天]|总?第\s*[0-9０-９]{1,6}\s*期|农历\S{2,12}|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版.{0,8}"
)
"""What a masthead or running head prints that no article's text is, alone on a line."""
_FOLIO = re.compile(r"[1-9][0-9]{0,2}|[1-9１-９][0-9０-９]{0,2}")
"""A page number printed alone (the folio), with no name beside it."""
_CODE = re.compile(r"[0-9A-Za-z]{1,6}(?:[-－][0-9A-Za-z]{1,6}){0,2}")
"""An imprint's number (3-12, CN14-0001) when pdftotext prints it apart from its label."""
_NAME_TAIL = re.compile("[\u4e00-\u9fff]{1,2}")
_HAN_END = re.compile("[：:]\\s*[\u4e00-\u9fff]$")
_TELEPHONE = re.compile(r"(?<![0-9])(?:0[0-9]{2,3}[-－ ]?)?[0-9]{3,4}[- ]?[0-9]{4}(?![0-9])")
AD_LINE = 24
"""Characters a line of an advertisement's own text holds at most (a name, a hotline)."""
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
    top = _first_block(filled, 0)
    if len(top) == 1 and running_head(lines[filled[0]]) is not None:
        top = _first_block(filled, 1)  # the running head stands alone above the masthead
    found = Furniture(text)

    def drop(index: int, what: str) -> None:
        found.notes.append(f"line {first_line + index}: {what} dropped: {lines[index].strip()}")
        lines[index] = ""

    for position, index in enumerate(filled):
        line = lines[index]
        if not lines[index].strip():
            continue  # dropped with the line before it
        alone = _alone(lines, index)
        edge = index in (filled[0], filled[-1])  # pdftotext may set the page's first line on the next
        head = (
            running_head(line)
            if edge or (alone and (index in margins or _MARGIN_NOTE.fullmatch(line.strip())))
            else None
        )
        if head is None and alone and index in margins and _FOLIO.fullmatch(line.strip()):
            head = (int(line.strip()), None)  # int() reads full-width digits too
        if head is not None:
            found.number, found.name = found.number or head[0], found.name or head[1]
            drop(index, "running head")
        elif (index in margins or index in top) and masthead_date(line) is not None:
            for i in _masthead(lines, index, top=index in top):
                drop(i, "masthead date line" if i == index else "masthead")
        elif alone and (masthead_date(line) is not None or _MARGIN_NOTE.fullmatch(line.strip())):
            drop(index, "masthead or running head line")
        elif (reason := furniture_line(line)) is not None:
            drop(index, reason)
            after = filled[position + 1 :]
            if reason == "advertisement" and alone:
                for i in _ad_lines(lines, after):
                    drop(i, "advertisement")
            elif (
                reason == "imprint line"
                and after
                and not re.search(r"[0-9]", line)
                and _CODE.fullmatch(lines[after[0]].strip())
                and _alone(lines, after[0])
            ):
                drop(after[0], reason)  # its number printed apart (邮发代号 / 3-12)
            elif (
                after
                and after[0] == index + 2
                and _name_tail(line, lines[after[0]])
                and _alone(lines, after[0])
            ):
                drop(after[0], reason)
    found.text = "\n".join(lines)
    return found


def _name_tail(line: str, following: str) -> bool:
    """Whether following is the rest of the name line ends with (责任编辑：林 / 杉)."""
    return _HAN_END.search(line.strip()) is not None and _NAME_TAIL.fullmatch(following.strip()) is not None


def _ad_lines(lines: list[str], after: list[int]) -> list[int]:
    """The advertisement's own lines after its label: short lines alone, no sentence in them, up
    to the last one before a block of several lines (which is text again, or its headline) —
    or a block of such lines that holds a telephone number (the ad's hotline), which ends it."""
    taken: list[int] = []
    for k, index in enumerate(after):
        line = lines[index].strip()
        if len(line) > AD_LINE or _SENTENCE.search(line) or furniture_line(line):
            break  # text again, or furniture of its own (an editors' line after the box)
        if not _alone(lines, index):
            block = _first_block(after, k)
            texts = [lines[i].strip() for i in sorted(block)]
            short = all(len(t) <= AD_LINE and not _SENTENCE.search(t) for t in texts)
            if short and any(_TELEPHONE.search(t) for t in texts):
                taken.extend(sorted(block))
            break
        following = after[k + 1] if k + 1 < len(after) else None
        if following is None or not _alone(lines, following):
            if following is not None and _TELEPHONE.search(line):
                taken.append(index)
            break
        taken.append(index)
    return taken


def _first_block(filled: list[int], start: int) -> set[int]:
    """The line numbers of the block of non-blank lines that starts at filled[start]."""
    block = filled[start:]
    return set(block[: next((n for n, i in enumerate(block) if i != block[0] + n), len(block))])


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
