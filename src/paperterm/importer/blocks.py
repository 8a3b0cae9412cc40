"""Lines grouped between blank lines, and what each group looks like on the page."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from typing import Literal

from paperterm.importer.conventions import byline_line, series_label, starts_with_dateline, take_markers
from paperterm.importer.text import undouble, width

Kind = Literal["text", "caption", "series", "byline", "signature", "headline", "vertical"]

_SENTENCE_END = re.compile(r"[。！？；]")
_SENTENCE_TAIL = re.compile(r".{1,2}[，、]")
_ONE_CHARACTER_CLAUSE = re.compile(r"[^\s，、；：。]\s*[，、；：。]")
"""A line opening with one character and a clause mark (上，就要…): the end of a word the line
above broke, for a paragraph's first clause is never one character long."""


@dataclass
class Line:
    """One line of the input: its 1-based line number and its text, trimmed."""

    number: int
    text: str


@dataclass
class Block:
    """Lines between blank lines, with what they look like."""

    lines: list[Line]
    kind: Kind = "text"
    parts: list[str] = field(default_factory=list)
    """For vertical titles: one string per run of one-character lines."""
    over_text: bool = False
    """Cut off the head of the story it was printed on (a headline group pdftotext set with its
    story's first lines): a headline, whatever comes before it."""

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def joined(self) -> str:
        return "".join(line.text for line in self.lines)

    @property
    def printed(self) -> str:
        """The block's lines joined, bold runs printed once: its text as a reader sees it."""
        return undouble(join_cjk([line.text for line in self.lines]))


def split_blocks(text: str, first_line: int = 1) -> list[Block]:
    """Group non-blank lines; blank lines (column breaks or paragraph gaps) separate blocks."""
    blocks: list[Block] = []
    current: list[Line] = []
    for offset, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            current.append(Line(first_line + offset, stripped))
        elif current:
            blocks.append(Block(current))
            current = []
    if current:
        blocks.append(Block(current))
    return blocks


def measure(lines: list[Line]) -> int:
    """The column's width in cells, estimated from the lines of one article (most lines are full)."""
    widths = sorted(width(line.text) for line in lines)
    if not widths:
        return 0
    upper = widths[len(widths) // 2 :]
    return int(statistics.median_high(upper))


_SPACED_CREDIT = re.compile(r"((?:[\u4e00-\u9fff] ){1,3}[\u4e00-\u9fff]) ([摄攝])")


def close_spaced_credits(blocks: list[Block]) -> list[Block]:
    """A photo credit's name set with 全角 spaces between its characters comes out as one-
    character words (李 想 摄): on a line of its own ending a block, its characters are one name."""
    for block in blocks:
        last = block.lines[-1]
        if match := _SPACED_CREDIT.fullmatch(last.text):
            last.text = f"{match[1].replace(' ', '')} {match[2]}"
    return blocks


def join_broken_bylines(blocks: list[Block]) -> list[Block]:
    """A byline set with 全角 spaces (记者　唐　敏) may come out of pdftotext cut after its role
    word, the names a block further on: a role word ending one block, which with the next
    block's first line makes a byline line, goes on that line. Cut at every 全角 space, a name
    comes out a character at a time, each alone between blank lines (本报记者 / 叶 / 舟): two to
    four such characters after a role word that they make a byline with are its name."""
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        last = result[-1].lines[-1] if result else None
        spelled = _spelled_name(blocks, index)
        if last is not None and spelled and byline_line(undouble(f"{last.text} {spelled}")):
            result[-1] = Block([*result[-1].lines[:-1], Line(last.number, f"{last.text} {spelled}")])
            index += len(spelled)
            continue
        joined = f"{last.text} {block.lines[0].text}" if last else ""
        if last is not None and byline_line(last.text) is None and byline_line(undouble(joined)):
            if len(result[-1].lines) == 1:
                result.pop()
            else:
                result[-1] = Block(result[-1].lines[:-1])
            block = Block([Line(last.number, joined), *block.lines[1:]])
        result.append(block)
        index += 1
    return result


_LONE_CHARACTER = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def _spelled_name(blocks: list[Block], index: int) -> str:
    """The characters of blocks[index:] that are one character each (at most four), if two or more."""
    characters = ""
    for block in blocks[index : index + 4]:
        if len(block.lines) != 1 or not _LONE_CHARACTER.fullmatch(block.lines[0].text.strip()):
            break
        characters += block.lines[0].text.strip()
    return characters if len(characters) >= 2 else ""


TITLE_SHORT = 4
"""Half-em units by which each line of a title set over its story, with no blank line between,
falls short of the story's measure at least (two characters: headline type is larger)."""
OPENING_SHORT = 3
"""Half-em units by which the story's first line falls short of the measure at least: it is
indented two characters, where a paragraph's second line is full."""


def split_title_from_body(blocks: list[Block]) -> list[Block]:
    """pdftotext prints a title and its story's first lines as one block when they stand close
    (读书何妨慢一点 / 如今，一本书被压…): lines at the head of a block with no punctuation, each
    short of the measure of the lines under them, over a line indented as a paragraph's first
    is, are a headline block of their own. (A paragraph's first line with no punctuation is
    short too, but the line under it is full; or, short with quotes in it, opens with the one
    character the line above broke off: 把“好钢”用在刀刃 / 上，就要算好“明白.) Under a 栏目
    label (今日谈), where a title is due, the title lines need only be no wider than the column."""
    result: list[Block] = []
    for block in blocks:
        lines = block.lines
        cut = 0
        while (
            cut < min(len(lines) - 3, HEADLINE_LINES)
            and not PUNCTUATION.search(lines[cut].text)
            and not starts_with_dateline("".join(line.text for line in lines[cut : cut + 3]))
        ):
            cut += 1
        column = measure(lines[cut:])
        # Under a 栏目 label a title is due: one as wide as the column is a title too.
        labelled = bool(result) and len(result[-1].lines) == 1 and series_label(result[-1].lines[0].text)
        short = 0 if labelled else TITLE_SHORT
        while cut and not (
            all(width(line.text) <= column - short for line in lines[:cut])
            and width(lines[cut].text) <= column - OPENING_SHORT
            and not _ONE_CHARACTER_CLAUSE.match(lines[cut].text)
        ):
            cut -= 1
        if block.kind == "text" and cut:
            result.extend([Block(lines[:cut], over_text=True), Block(lines[cut:])])
        else:
            result.append(block)
    return result


PUNCTUATION = re.compile(r"[。！？；，、：:…—（）()]")
"""What a title or a 小标题 rarely holds and a line of running text often does."""
HEADLINE_LINES = 4
"""Lines a headline group printed right above its story's first line holds at most."""


def split_at_dateline(blocks: list[Block]) -> list[Block]:
    """pdftotext prints a headline group and the first line of its story with no blank line
    between when little white parts them: a block whose later line opens a dateline (本报杭州
    11月2日讯…, which a narrow column may break) or is a byline line (本报记者 孙 雯) with text
    after it, after
    lines that hold no sentence is a headline group over its story, and is cut there (the byline
    line a block of its own). A line that only repeats how the next one opens (本报讯 over
    本报讯（通讯员…）) is the copy a fake-bold run prints, which pdftotext may put on a line of
    its own: it is printed once."""
    result: list[Block] = []
    for block in blocks:
        lines = [
            line
            for k, line in enumerate(block.lines)
            if not (k + 1 < len(block.lines) and _overprinted(line.text, block.lines[k + 1].text))
        ]
        texts = [line.text for line in lines]
        cut = next(
            (
                k
                for k in range(1, min(len(texts), HEADLINE_LINES + 1))
                if starts_with_dateline("".join(texts[k : k + 3]))
                or (k + 1 < len(texts) and byline_line(undouble(texts[k])))
            ),
            None,
        )
        if block.kind != "text" or cut is None or any(_SENTENCE_END.search(t) for t in texts[:cut]):
            result.append(Block(lines, block.kind, block.parts))
            continue
        byline = byline_line(undouble(texts[cut])) is not None
        parts = (
            [lines[:cut], lines[cut : cut + 1], lines[cut + 1 :]] if byline else [lines[:cut], lines[cut:]]
        )
        result.extend([Block(parts[0], over_text=True), *(Block(part) for part in parts[1:])])
    return result


OVERPRINT_MAX = 8
"""Characters of a fake-bold copy printed on a line of its own: a dateline's or a lead-in's."""


def _overprinted(line: str, following: str) -> bool:
    """Whether line is the copy of a fake-bold dateline that opens the next line (本报讯 over
    本报讯（通讯员…）): bold there is the dateline's, so a title that happens to open its
    subtitle is no copy."""
    return (
        len(line) <= OVERPRINT_MAX
        and len(following) > len(line)
        and following.startswith(line)
        and starts_with_dateline(following)
    )


def is_vertical(block: Block) -> bool:
    """A run of one-character lines: a headline printed vertically."""
    return len(block.lines) >= 2 and all(len(line.text) == 1 and line.text.isalnum() for line in block.lines)


def merge_vertical(blocks: list[Block]) -> list[Block]:
    """Consecutive vertical runs become one title; each run is one line of it."""
    merged: list[Block] = []
    for block in blocks:
        if is_vertical(block):
            run = "".join(line.text for line in block.lines)
            if merged and merged[-1].kind == "vertical":
                merged[-1].lines.extend(block.lines)
                merged[-1].parts.append(run)
                continue
            merged.append(Block(list(block.lines), "vertical", [run]))
        else:
            merged.append(block)
    return merged


def split_series(blocks: list[Block]) -> list[Block]:
    """A 栏目 label or series banner line (人民时评, （“十四五”的发展镜头）, …系列主题新闻发布会)
    stands alone, whatever block it was printed in."""
    result: list[Block] = []
    for block in blocks:
        if block.kind != "text" or len(block.lines) > 3:
            result.append(block)
            continue
        pending: list[Line] = []
        for line in block.lines:
            if series_label(line.text) is not None:
                if pending:
                    result.append(Block(pending, over_text=block.over_text))
                    pending = []
                result.append(Block([line], "series"))
            else:
                pending.append(line)
        if pending:
            result.append(Block(pending, over_text=block.over_text))
    return result


_PADDED_NAME_END = re.compile(
    "[（(][^（）()]*[ \u3000][\u3400-\u4dbf\u4e00-\u9fff][ \u3000][\u3400-\u4dbf\u4e00-\u9fff]$"
)
"""A bracketed byline's line ending in a two-character name padded with a space (（记者 金 哲)."""


def join_cjk(parts: list[str]) -> str:
    """Join column-broken lines: nothing between CJK (or digits), one space between two Latin words
    — and between two names of a bracketed byline when the line ends in a padded two-character
    name (a name padded is whole: （记者 金 哲 / 朴成浩） is 金哲 and 朴成浩; （记者 孔 / 维） is 孔维)."""
    text = ""
    for part in parts:
        latin = re.search(r"[A-Za-z]$", text) and re.match(r"[A-Za-z]", part)
        if text and (latin or (_PADDED_NAME_END.search(text) and re.match("[\u3400-\u9fff]", part))):
            text += " "
        text += part
    return text


def looks_like_headline(block: Block) -> bool:
    """Short lines with no sentence in them: a candidate kicker, title or subtitle (confirmed later)."""
    if len(block.lines) > 3:
        return False
    text = block.joined
    if _SENTENCE_END.search(text) or starts_with_dateline(text) or take_markers(text)[0] != text:
        return False
    if _SENTENCE_TAIL.match(text):
        return False  # the end of a sentence broken before it (设，让更多群众…): a headline never opens so
    return all(len(line.text) <= 40 for line in block.lines)


def opens_story(block: Block) -> bool:
    """Whether a text block opens a news story with its dateline (which a narrow column may break)."""
    return starts_with_dateline("".join(line.text for line in block.lines[:3]))


def heading_shaped(block: Block) -> bool:
    """Two lines, the first ending in ，or 、, no sentence end: how a 小标题 is set between paragraphs."""
    texts = [line.text for line in block.lines]
    return (
        len(texts) == 2
        and texts[0][-1] in "，、"
        and texts[1][-1] not in "。！？；：…”"
        and not _SENTENCE_END.search("".join(texts))
    )


VERSE_SHORT = 6
"""Cells by which a verse line falls short of the block's widest line: more than the two
characters (4 cells) a paragraph's first line loses with its indent."""
_CLASSICAL_LINE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]{5}|[\u3400-\u4dbf\u4e00-\u9fff]{7}")
_LINE_MARK = "，。！？；、"


def is_verse(block: Block) -> bool:
    """A poem's lines, each a line of verse however short (pdftotext prints each on its own line).

    Free verse: no line closes a sentence, and two or more lines inside the block stop well short
    of its widest line with no punctuation at their end — running text breaks only at the column's
    edge, short only where a paragraph ends (on a sentence's end) or begins (two characters in).
    A classical poem (绝句, 律诗): four or more lines of five or seven characters each followed by a
    clause or sentence mark — no column of running text is that narrow."""
    texts = [line.text.strip() for line in block.lines]
    if len(texts) >= 4 and all(t[-1:] in _LINE_MARK and _CLASSICAL_LINE.fullmatch(t[:-1]) for t in texts):
        return len({len(t) for t in texts}) == 1
    if len(texts) < 3 or any(_SENTENCE_END.search(t) for t in texts):
        return False
    widest = max(width(t) for t in texts)
    short = [t for t in texts[:-1] if width(t) <= widest - VERSE_SHORT and not PUNCTUATION.search(t[-1])]
    return len(short) >= 2
