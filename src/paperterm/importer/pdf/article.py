"""A module to an article: the headline group's roles by type size and position, the body's
paragraphs, and the newspaper conventions that turn printed markers into fields."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from paperterm.importer.conventions import (
    bare_name,
    byline_line,
    collapse_spaces,
    editors_note,
    series_label,
    split_closing_byline,
    split_credit,
    split_dateline,
    take_markers,
)
from paperterm.importer.pdf.columns import Column, ragged_right, set_edge
from paperterm.importer.pdf.headblocks import Headline
from paperterm.importer.pdf.lines import Line
from paperterm.importer.pdf.modules import Module
from paperterm.importer.pdf.paragraphs import TextBlock, join_lines, read_blocks
from paperterm.model.issue import Article, ArticleKind, Block, Heading, Region, RegionPart

TITLE_SIZE = 0.05
"""Share of the title's size within which a line is set in title type."""
TWO_SIZES = 0.74
"""A line in the title's face and weight at least this share of its size is part of the title."""
TWO_SIZES_TEXT = 1.8
KICKER = 0.7
"""So is one at least TWO_SIZES_TEXT times the text's size and this share of the title's: a kicker
is set from half the title's size to about 1.6 times the text's."""
_ROLE_AFTER_NAME = re.compile("(?<=.)(?:记者|記者|通讯员|通訊員|摄影|攝影|实习生|實習生)")
BYLINE_ENDS = 3
"""Line ends inside a byline or credit that are tried with and without a space."""
CREDIT_TAIL = 24
"""Characters at a caption's end where line ends inside its credit are looked for."""
FIRST_WORDS = 20
"""Characters of a caption's first sentence that title a photo item without a headline."""


class Roles(NamedTuple):
    """The headline group's parts."""

    title: str
    series: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None


def headline_roles(headline: Headline, boxed: set[int], text_size: float | None = None) -> Roles:
    """The largest type is the title (its lines are one title); smaller lines above it are the
    kicker, below it the subtitle; a label that is bracketed, boxed, or a series banner is the
    series; a byline among the lines is the byline. A line next to the title in its face and
    weight, and display type in its own right, is the title set in two sizes (`_title_type`;
    `text_size`: the body type's size)."""
    lines = headline.lines
    # a label set in a box or on a band is never the title, however large, if anything else is
    unboxed = [ln for ln in lines if id(ln) not in boxed] or list(lines)
    biggest = max(ln.size for ln in unboxed)
    title_at = [
        i
        for i, ln in enumerate(lines)
        if any(ln is u for u in unboxed) and (ln.vertical or ln.size >= (1 - TITLE_SIZE) * biggest)
    ]
    first, last = title_at[0], title_at[-1]
    title = lines[first]
    while first > 0 and _title_type(lines[first - 1], title, text_size, boxed):
        first -= 1
    while last + 1 < len(lines) and _title_type(lines[last + 1], title, text_size, boxed):
        last += 1
    series = kicker = subtitle = byline = None
    kickers: list[str] = []
    subtitles: list[str] = []
    for i, line in enumerate(lines):
        if first <= i <= last:
            continue
        label = series_label(line.text)
        if label is not None and (id(line) in boxed or (line.size < biggest and _set_off(line.text, label))):
            series = label
        elif id(line) in boxed:
            series = collapse_spaces(line.text)
        elif byline_line(line.text) is not None:
            byline = byline_line(line.text)
        elif i < first:
            kickers.append(line.text)
        else:
            subtitles.append(line.text)
    if kickers:
        kicker = _joined(kickers)
    if subtitles:
        subtitle = _joined(subtitles).lstrip("—").strip() or None
    return Roles(_joined([ln.text for ln in lines[first : last + 1]]), series, kicker, subtitle, byline)


def _title_type(line: Line, title: Line, text_size: float | None, boxed: set[int]) -> bool:
    """A line set in the title's face and weight, smaller, but display type still: at least
    TWO_SIZES of the title's size, or TWO_SIZES_TEXT times the text's. A kicker is small type,
    half the title or a little larger than the text. A boxed label is no title."""
    if (
        id(line) in boxed
        or line.vertical
        or line.face != title.face
        or line.bold != title.bold
        or byline_line(line.text)
    ):
        return False
    if series_label(line.text) is not None and _set_off(line.text, series_label(line.text) or ""):
        return False
    if line.size >= TWO_SIZES * title.size:
        return True
    return (
        text_size is not None and line.size >= TWO_SIZES_TEXT * text_size and line.size >= KICKER * title.size
    )


def _set_off(printed: str, label: str) -> bool:
    """A label that says it is one without a box: bracketed, or a series banner (…系列…, 聚焦“…”),
    which quotes or names its series. A bare column name (今日谈, 一线调查) set without a box
    over a title reads as a kicker."""
    text = printed.strip()
    return text[:1] in "（(【〔［[〖" or "系列" in label or any(q in label for q in "“「『")


def _joined(texts: list[str]) -> str:
    return join_lines([collapse_spaces(t) for t in texts])


class Body(NamedTuple):
    """What the body's text says once its conventions are read."""

    blocks: tuple[Block, ...]
    dateline: str | None
    signature: str | None
    """A bare name under the last paragraph, or a byline in parentheses closing it."""
    byline: str | None
    """A byline line at the head of the body."""
    dateline_byline: str | None
    """The byline in parentheses after the dateline."""
    continued_on: int | None
    continued_from: int | None
    notes: tuple[str, ...] = ()


def read_body(blocks: list[TextBlock]) -> Body:
    """Markers, a byline line at the head, the dateline, a signature at the end; the rest is text."""
    continued_on = continued_from = None
    byline = signature = None
    notes: list[str] = []
    kept: list[TextBlock] = []
    for block in blocks:
        text, on, came_from = take_markers(block.text)
        continued_on = continued_on or on
        continued_from = continued_from or came_from
        if not text:
            continue
        if _at_head(kept) and len(block.lines) == 1 and byline_line(text):
            byline = byline or byline_line(text)
            continue
        kept.append(block._replace(text=text))
    if kept and kept[-1].kind == "apart" and bare_name(kept[-1].text):
        signature = bare_name(kept.pop().text)
    dateline = dateline_byline = None
    out: list[Block] = []
    for block in kept:
        text = block.text
        if _at_head(out) and block.kind == "paragraph":
            dateline, dateline_byline, text, spaced = _dateline(block)
            if spaced:
                notes.append(f"a line end inside the byline read as a space between names: {dateline_byline}")
            if not text:
                continue
        out.append(Heading(text) if block.kind == "heading" else text)
    if signature is None and byline is None and dateline_byline is None and out and isinstance(out[-1], str):
        last = kept[-1] if kept and kept[-1].text == out[-1] else TextBlock("paragraph", out[-1], ())
        text, signature = _closing_byline(last)
        out[-1:] = [text] if text else []
    return Body(
        tuple(out), dateline, signature, byline, dateline_byline, continued_on, continued_from, tuple(notes)
    )


def _at_head(before: Sequence[TextBlock | Block]) -> bool:
    """Nothing but an editor's note (编者按) comes before: a byline line or a dateline here
    opens the article's own text."""
    return all(isinstance(b, TextBlock | str) and editors_note(_text(b)) for b in before)


def _text(block: TextBlock | Block) -> str:
    return block if isinstance(block, str) else block.text


def _dateline(block: TextBlock) -> tuple[str | None, str | None, str, bool]:
    """The dateline and its byline opening a paragraph, the rest of it, and whether a line end
    inside the byline was read as a space (see `_readings`)."""
    dateline, byline, rest = split_dateline(block.text)
    if dateline is None or byline is None:
        return dateline, byline, rest, False
    prefix = len(block.text) - len(rest)
    best = (_single_names(byline), 0, byline)
    for text, spaces in _readings(block, [place for place in block.breaks if place < prefix]):
        _, other, other_rest = split_dateline(text)
        if other is not None and other_rest == rest:
            best = min(best, (_single_names(other), spaces, other))
    return dateline, best[2], rest, best[1] > 0


def _closing_byline(block: TextBlock) -> tuple[str, str | None]:
    """The paragraph without the byline in parentheses that closes it, and that byline, each
    line end inside it read as a space or as none, whichever leaves fewer one-character names
    (see `_readings`)."""
    text, byline = split_closing_byline(block.text)
    if byline is None:
        return text, None
    best = (_single_names(byline), 0, byline)
    for spaced, spaces in _readings(block, [place for place in block.breaks if place > len(text)]):
        other_text, other = split_closing_byline(spaced)
        if other is not None and other_text == text:
            best = min(best, (_single_names(other), spaces, other))
    return text, best[2]


def _readings(block: TextBlock, places: list[int]) -> Iterator[tuple[str, int]]:
    """The block's text with a space at some of these line ends, and how many.

    Names may be set across a line end, and the space between two of them, set at the end of
    the line, is not printed. Each way of reading the line ends there (a space or none) is
    tried; the one leaving the fewest names of one character wins (a name padded to three
    characters is two characters with a space between: 程　龙).
    """
    places = places[:BYLINE_ENDS]
    for count in range(1, 2 ** len(places)):
        chosen = [place for k, place in enumerate(places) if count >> k & 1]
        yield block.spaced(chosen), len(chosen)


def _single_names(names: str) -> int:
    """How badly a byline or credit reads (as the conventions give it, spaces collapsed): names
    of one character are names cut apart (摄, which ends a credit, aside), and a role word run
    on after a name (吴晓岚通讯员) is a space lost."""
    tokens = names.split(" ")
    cut = sum(1 for token in tokens if len(token) == 1 and token not in "摄攝")
    return cut + sum(1 for token in tokens if _ROLE_AFTER_NAME.search(token))


def caption_and_credit(module: Module) -> tuple[str | None, str | None]:
    """The pictures' captions (one line each) and their trailing credits (different ones joined
    by 、); a line end inside a credit is read as `_readings` says."""
    captions: list[str] = []
    credits: list[str] = []
    for column in module.captions:
        blocks = read_blocks([column])
        head = " ".join(b.text for b in blocks[:-1])
        last = blocks[-1]
        text = f"{head} {last.text}" if head else last.text
        found = split_credit(text)
        if found is not None:
            best = (_single_names(found[1]), 0, found)
            tail = [place for place in last.breaks if place >= len(last.text) - CREDIT_TAIL]
            for reading, spaces in _readings(last, tail):
                other = split_credit(f"{head} {reading}" if head else reading)
                if other is not None and other[0] == found[0]:
                    best = min(best, (_single_names(other[1]), spaces, other))
            text = best[2][0]
            if best[2][1] not in credits:
                credits.append(best[2][1])
        if text:
            captions.append(text)
    return "\n".join(captions) or None, "、".join(credits) or None


def first_words(text: str) -> str:
    """A title for a photo item (or text) without a headline: its first sentence, up to 。 or ，."""
    return re.split(r"[。，]", text, maxsplit=1)[0][:FIRST_WORDS]


def regions(module: Module) -> tuple[Region, ...]:
    """Where each part is printed: headline, picture and caption, each body column."""
    out: list[Region] = []
    if module.headline is not None:
        h = module.headline
        out.append(_region("headline", h.left, h.top, h.right, h.bottom))
    for photo, caption in module.photos:
        out.append(_region("photo", *photo))
        if caption is not None:
            out.append(_region("caption", caption.left, caption.top, caption.right, caption.bottom))
    for column in module.body:
        width = column.right - column.left if set_edge(column) else _measure(column, module.body)
        out.append(_region("body", column.left, column.top, column.left + width, column.bottom))
    return tuple(out)


def _measure(column: Column, body: Sequence[Column]) -> float:
    """How wide a column is whose lines do not set its right edge: as the article's columns
    set at its left edge; else as the narrowest of its set columns that holds its lines (an
    editor's note across the article is no measure of one of its columns); else as its ragged
    lines (a poem's) reach. A table's title is as wide as it is printed."""
    em = column.size
    own = max(line.right for line in column.lines) - column.left
    if all(line.table == "title" for line in column.lines):
        return own  # a table's title, centred over it
    set_widths = [(c.left, c.right - c.left) for c in body if set_edge(c)]
    under = [w for left, w in set_widths if abs(left - column.left) < em / 2 and w >= own - em]
    holding = [w for _, w in set_widths if w >= own - em / 2]
    if under:
        return max(under)
    if holding:
        return min(holding)
    return ragged_right(column, body) - column.left


def _region(part: RegionPart, left: float, top: float, right: float, bottom: float) -> Region:
    return Region(part, round(left, 1), round(top, 1), round(right - left, 1), round(bottom - top, 1))


def make_article(
    module: Module, article_id: str, boxed: set[int], text_size: float | None = None
) -> tuple[Article, list[str]] | None:
    """The article a module prints, and notes on what was unsure; None for a module with no text."""
    roles = headline_roles(module.headline, boxed, text_size) if module.headline is not None else None
    body = read_body(read_blocks(module.body))
    notes = list(body.notes)
    caption, credit = caption_and_credit(module)
    if len(module.captions) > 1:
        notes.append(f"{len(module.captions)} pictures with captions in one article: captions one per line")
    if roles is None:
        first = caption or next((b for b in body.blocks if isinstance(b, str)), None)
        if first is None:
            return None
        roles = Roles(first_words(first))
        what = "photo" if caption else "text"
        notes.append(f"{what} under no headline, titled from its first words ({roles.title})")
    kind: ArticleKind = "photo" if module.photos and not body.blocks else "article"
    article = Article(
        id=article_id,
        title=roles.title,
        kind=kind,
        series=roles.series,
        kicker=roles.kicker,
        subtitle=roles.subtitle,
        dateline=body.dateline,
        byline=body.signature or body.byline or roles.byline or body.dateline_byline,
        body=body.blocks,
        caption=caption,
        credit=credit,
        continued_on=body.continued_on,
        continued_from=body.continued_from,
        regions=regions(module),
    )
    return article, notes
