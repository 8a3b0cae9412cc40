"""Cutting a page into articles, and giving each article its headline.

On a page, a headline group sits next to its article's text: before it, or
(as on many Chinese front pages) after it. A group that follows an article
still without a title is that article's; otherwise it waits for the next
article. Series banners always belong to what follows; a dateline
(本报太原11月18日讯) always starts an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from paperterm.importer.blocks import (
    BYLINE,
    MARKER,
    Block,
    credit_of,
    heading_shaped,
    looks_like_headline,
    merge_vertical,
    split_blocks,
    split_series,
    starts_with_dateline,
)
from paperterm.importer.headlines import Headline, from_blocks
from paperterm.importer.paragraphs import measure
from paperterm.importer.text import closes_sentence, width

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
    closed: bool = False
    """A headline came after its text: nothing more belongs to it."""

    @property
    def has_content(self) -> bool:
        return bool(self.text) or self.caption is not None


def classify(text: str, first_line: int = 1) -> list[Block]:
    """Blocks of one page, each marked text, caption, series, vertical or headline candidate."""
    blocks: list[Block] = []
    for block in merge_vertical(split_blocks(text, first_line)):
        before = blocks[-1] if blocks else None
        # A banner never sits inside a paragraph that a column break cut.
        cut = before is not None and before.kind == "text" and len(before.lines) >= 3 and not _closes(before)
        blocks.extend([block] if cut else split_series([block]))
    previous: Block | None = None
    for index, block in enumerate(blocks):
        if block.kind == "text":
            continues = previous is not None and previous.kind == "text" and not _closes(previous)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            between_paragraphs = (
                previous is not None
                and previous.kind == "text"
                and following is not None
                and following.kind == "text"
            )
            if credit_of(block) is not None:
                block.kind = "caption"
            elif (
                not continues
                and not (between_paragraphs and heading_shaped(block))
                and looks_like_headline(block)
            ):
                block.kind = "headline"
        previous = block
    _confirm_headlines(blocks)
    return blocks


def _closes(block: Block) -> bool:
    """Whether a text block ends its paragraph (a trailing （下转第2版） counts as an end)."""
    last = MARKER.sub("", "".join(line.text for line in block.lines[-2:])).rstrip()
    return not last or closes_sentence(last) or last[-1] in "：:"


def _confirm_headlines(blocks: list[Block]) -> None:
    """Headline candidates stay headlines next to an article boundary (a dateline, a caption, a
    series banner, the page's end), when they come as several blocks or with a byline, or when
    they are wider than the column they stand before.

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
            following is None
            or following.kind in ("caption", "series", "vertical")
            or (following.kind == "text" and starts_with_dateline(following))
        )
        group = blocks[index:end]
        if not boundary:
            # Several blocks in a row, or a byline among them: a headline group, not a cut paragraph.
            boundary = len(group) > 1 or any(BYLINE.match(line.text) for b in group for line in b.lines)
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
    current: Draft | None = None
    index = 0

    def start() -> Draft:
        nonlocal waiting, series, current
        draft = Draft(headline=waiting, series=series)
        waiting, series = None, None
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
            ):
                current.headline = group
                current.closed = True
            else:
                waiting = group
            index = end
            continue
        if block.kind == "series":
            series = block.lines[0].text
        elif block.kind == "caption":
            caption, credit = credit_of(block) or ("", "")
            target = current
            if target is None or target.closed or target.caption is not None or waiting is not None:
                target = start()
            target.caption, target.credit = caption or None, credit
        else:
            fresh = current is None or current.closed or waiting is not None or series is not None
            if current is not None and current.caption is not None:
                fresh = True
            if starts_with_dateline(block) and current is not None and current.has_content:
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
