"""Cutting a page into articles, and giving each article its headline.

On a page, a headline group sits next to its article's text: before it, or
(as on many Chinese front pages) after it. A group that follows an article
still without a title is that article's; otherwise it waits for the next
article. Series banners and 栏目 labels always belong to what follows, and
so does a byline line standing at the head of a body; a dateline
(本报太原11月18日讯) always starts an article, and a bare name after a
story's last paragraph (a commentary's signature) ends it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperterm.importer.blocks import (
    Block,
    close_spaced_credits,
    heading_shaped,
    is_verse,
    join_broken_bylines,
    looks_like_headline,
    measure,
    merge_vertical,
    opens_story,
    split_at_dateline,
    split_blocks,
    split_series,
    split_title_from_body,
)
from paperterm.importer.conventions import (
    bare_name,
    byline_line,
    series_label,
    split_credit,
    take_markers,
)
from paperterm.importer.headlines import Headline, from_blocks
from paperterm.importer.text import closes_sentence, undouble, unjustify, width

_TITLED_CAPTION = re.compile(r"[^，、；：。！？,;:]{2,16}。[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
"""A picture story's caption (图片新闻): a short sentence that titles it, then a date."""
WIDER = 4
"""Cells by which a headline line outruns the body column it stands before (titles span columns)."""


@dataclass
class Draft:
    """An article being put together."""

    text: list[Block] = field(default_factory=list)
    caption: str | None = None
    credit: str | None = None
    headline: Headline | None = None
    series: str | None = None
    byline: str | None = None
    """From a byline line at the head of the body."""
    signature: str | None = None
    """A bare name after the last paragraph, as under a commentary."""
    closed: bool = False
    """A headline came after its text: nothing more belongs to it."""
    titled_by: str | None = None
    """A picture story's caption opens with its title: only a headline repeating it is its own."""

    @property
    def has_content(self) -> bool:
        return bool(self.text) or self.caption is not None


def classify(text: str, first_line: int = 1) -> list[Block]:
    """Blocks of one page, each marked text, caption, series, byline, signature, vertical or
    headline candidate."""
    blocks: list[Block] = []
    lines = close_spaced_credits(join_broken_bylines(split_blocks(text, first_line)))
    split = split_title_from_body(split_at_dateline(lines))
    for block in merge_vertical(split):
        before = blocks[-1] if blocks else None
        # A banner never sits inside a paragraph that a column break cut.
        cut = before is not None and before.kind == "text" and len(before.lines) >= 3 and not _closes(before)
        blocks.extend([block] if cut else split_series([block]))
    blocks = [part for block in blocks for part in _split_byline(block)]
    previous: Block | None = None
    for index, block in enumerate(blocks):
        if block.kind == "text":
            continues = (
                previous is not None
                and previous.kind == "text"
                and not _closes(previous)
                and not block.over_text
            )
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            between_paragraphs = (
                previous is not None
                and previous.kind == "text"
                and following is not None
                and following.kind == "text"
            )
            if split_credit(block.printed) is not None:
                block.kind = "caption"
            elif (
                not continues
                and not (between_paragraphs and heading_shaped(block))
                and looks_like_headline(block)
            ):
                block.kind = "headline"
        previous = block
    _confirm_headlines(blocks)
    for index, block in enumerate(blocks[:-1]):
        if block.kind == "headline" and blocks[index + 1].kind == "text" and _is_byline(block):
            block.kind = "byline"  # at the head of the body that follows
    return _mark_signatures(blocks)


def _caption(block: Block) -> tuple[str, str]:
    """(caption, credit) of a caption block.

    Extraction drops the space at a line break: a 摄 that starts the block's last line was set
    apart from the name before it (本报记者 张文华 摄).
    """
    caption, credit = split_credit(block.printed) or ("", "")
    broken = block.lines[-1].text[:1] in ("摄", "攝") and credit[-1:] in ("摄", "攝")
    if broken and credit[-2:-1] not in ("", " "):
        credit = f"{credit[:-1]} {credit[-1]}"
    return unjustify(caption), credit


def _is_byline(block: Block) -> bool:
    return all(byline_line(undouble(line.text)) is not None for line in block.lines)


def _split_byline(block: Block) -> list[Block]:
    """A byline line at the head of a text block is set apart from the body it signs."""
    if block.kind != "text" or len(block.lines) < 2 or _is_byline(block):
        return [block]
    if byline_line(undouble(block.lines[0].text)) is None:
        return [block]
    return [Block(block.lines[:1]), Block(block.lines[1:])]


def _mark_signatures(blocks: list[Block]) -> list[Block]:
    """A bare name (2–4 characters, no punctuation) on a line of its own after a paragraph's end
    signs the story when the story ends there: what follows is no more of its text (a headline,
    a caption, a dateline, the page's end), as under a commentary."""
    marked: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        ends = following is None or following.kind != "text" or opens_story(following)
        name = block.lines[-1]
        if not (ends and block.kind in ("text", "headline") and bare_name(name.text) is not None):
            marked.append(block)
            continue
        if len(block.lines) > 1:
            ahead = Block(block.lines[:-1])
            signed = block.kind == "text" and _closes(ahead)
        else:
            ahead = None
            signed = bool(marked) and marked[-1].kind == "text" and _closes(marked[-1])
        if not signed:
            marked.append(block)
            continue
        if ahead is not None:
            marked.append(ahead)
        marked.append(Block([name], "signature"))
    return marked


def _closes(block: Block) -> bool:
    """Whether a text block ends its paragraph (a trailing （下转第2版） counts as an end, and so
    do a bare name signing a finished paragraph and a poem's last line)."""
    if len(block.lines) > 1 and bare_name(block.lines[-1].text) is not None:
        signed = Block(block.lines[:-1])
        if _closes(signed):
            return True
    if is_verse(block):
        return True
    last = take_markers("".join(line.text for line in block.lines[-2:]))[0]
    return not last or closes_sentence(last) or last[-1] in "：:"


def _confirm_headlines(blocks: list[Block]) -> None:
    """Headline candidates stay headlines next to an article boundary (a dateline, a caption, a
    series banner or 栏目 label, the page's end), when they come as several blocks or with a
    byline, or when they are wider than the column they stand before.

    A one-block piece of a paragraph cut by a column break looks like a
    headline; it is none of these.
    """
    index = 0
    while index < len(blocks):
        if blocks[index].kind != "headline":
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind in ("headline", "vertical"):
            end += 1
        following = blocks[end] if end < len(blocks) else None
        boundary = (
            any(block.over_text for block in blocks[index:end])
            or following is None
            or following.kind in ("caption", "series", "vertical")
            or (index > 0 and blocks[index - 1].kind == "series")  # a label stands above a headline
            or (following.kind == "text" and opens_story(following))
        )
        group = blocks[index:end]
        if not boundary:
            # Several blocks in a row, or a byline among them: a headline group, not a cut paragraph.
            boundary = len(group) > 1 or any(
                byline_line(undouble(line.text)) is not None for b in group for line in b.lines
            )
        if not boundary:
            run = [line for b in blocks[end : end + 6] if b.kind == "text" for line in b.lines]
            column = measure(run)
            longest = max(width(line.text) for b in group for line in b.lines)
            boundary = column > 0 and longest >= column + WIDER
        if not boundary:
            for block in blocks[index:end]:
                if block.kind == "headline":
                    block.kind = "text"
        index = end


def drafts(blocks: list[Block]) -> tuple[list[Draft], list[str]]:
    """Group classified blocks into articles, attaching headlines before or after their text."""
    articles: list[Draft] = []
    notes: list[str] = []
    waiting: Headline | None = None
    series: str | None = None
    byline: str | None = None
    current: Draft | None = None
    index = 0

    def start() -> Draft:
        nonlocal waiting, series, byline, current
        draft = Draft(headline=waiting, series=series, byline=byline)
        waiting, series, byline = None, None, None
        articles.append(draft)
        current = draft
        return draft

    while index < len(blocks):
        block = blocks[index]
        if block.kind in ("headline", "vertical"):
            end = index
            while end < len(blocks) and blocks[end].kind in ("headline", "vertical"):
                end += 1
            group = from_blocks(blocks[index:end])
            notes.extend(group.notes)
            if (
                current is not None
                and current.headline is None
                and current.has_content
                and not current.closed
                and current.titled_by in (None, group.title)
                and series is None  # a 栏目 label stands over its own story's headline
            ):
                current.headline = group
                current.closed = True
            else:
                waiting = group
            index = end
            continue
        if block.kind == "series":
            series = series_label(block.lines[0].text)
        elif block.kind == "byline":
            byline = " ".join(filter(None, (byline_line(undouble(line.text)) for line in block.lines)))
        elif block.kind == "signature":
            if current is not None:
                current.signature = bare_name(block.lines[0].text)
        elif block.kind == "caption":
            caption, credit = _caption(block)
            target = current
            own = _TITLED_CAPTION.match(caption)  # a picture story, no story's picture
            if own or target is None or target.closed or target.caption is not None or waiting is not None:
                target = start()
            target.caption, target.credit = caption or None, credit
            if own and target.headline is None:
                target.titled_by = own.group()[: own.group().index("。")]
        else:
            fresh = (
                current is None
                or current.closed
                or current.signature is not None
                or waiting is not None
                or series is not None
                or byline is not None
            )
            if current is not None and current.caption is not None:
                fresh = True
            if opens_story(block) and current is not None and current.has_content:
                fresh = True
            (start() if fresh else current).text.append(block)  # type: ignore[union-attr]
        index += 1
    if waiting is not None:
        untitled = next((a for a in articles if a.headline is None), None)
        if untitled is not None:
            untitled.headline = waiting
            notes.append(
                f"line {waiting.first_line}: headline given to the untitled item before it on the page"
            )
        else:
            articles.append(Draft(headline=waiting))
    _lend_spare_lines(articles, notes)
    return articles, notes


def _lend_spare_lines(articles: list[Draft], notes: list[str]) -> None:
    """An item left without a headline takes a stray last line from a neighbouring headline group.

    Photo items often have their headline printed apart from their caption; greedy
    grouping can put it under another article's title as an extra subtitle.
    """
    for draft in articles:
        if draft.headline is not None or not draft.has_content:
            continue
        donor = next((a for a in articles if a.headline is not None and a.headline.spare), None)
        if donor is None or donor.headline is None or donor.headline.spare is None:
            continue
        spare_line, spare = donor.headline.spare
        donor.headline.subtitle = donor.headline.subtitle_without_spare
        donor.headline.spare = None
        draft.headline = Headline(title=spare, first_line=spare_line)
        notes.append(f"line {spare_line}: taken as the headline of an item that had none")
