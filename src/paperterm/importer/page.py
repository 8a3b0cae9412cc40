"""One page of extracted text to a Page of articles."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from paperterm.importer.conventions import split_closing_byline, split_dateline, take_markers
from paperterm.importer.furniture import strip_furniture
from paperterm.importer.paragraphs import reflow
from paperterm.importer.segment import Draft, classify, drafts
from paperterm.importer.text import SIDE_BY_SIDE_LINES, side_by_side
from paperterm.model.issue import Article, Heading, Page
from paperterm.model.issue import Block as BodyBlock

_FIRST_SENTENCE = re.compile("[。，]")
PHOTO_TITLE = 20
"""Characters of a caption's first sentence that title an item printed without a headline."""


@dataclass
class PageResult:
    """The page, and every decision the importer was unsure of."""

    page: Page
    notes: list[str] = field(default_factory=list)


def build(draft: Draft, page: int, n: int) -> tuple[Article, list[str]]:
    """An Article from a draft: body re-flowed, dateline and markers taken out."""
    flowed = reflow(draft.text)
    body: list[BodyBlock] = list(flowed.body)
    dateline = dateline_byline = None
    if body and isinstance(body[0], str):
        dateline, dateline_byline, rest = split_dateline(body[0])
        body = [rest, *body[1:]] if rest else body[1:]
    cleaned: list[BodyBlock] = []
    continued_on = continued_from = None
    for block in body:
        if isinstance(block, Heading):
            cleaned.append(block)
            continue
        text, on, before = take_markers(block)
        continued_on, continued_from = on or continued_on, before or continued_from
        if text:
            cleaned.append(text)
    headline = draft.headline
    # A byline line wins over the dateline's; a bare name signs only what nothing else signs.
    byline = draft.byline or (headline.byline if headline else None) or dateline_byline
    if draft.signature is not None and byline is not None:
        cleaned.append(draft.signature)
    elif byline is None and draft.signature is None and cleaned and isinstance(cleaned[-1], str):
        text, byline = split_closing_byline(cleaned[-1])
        cleaned[-1:] = [text] if text else []
    texts = [b for b in cleaned if isinstance(b, str)]
    title = headline.title if headline and headline.title else None
    notes = list(flowed.notes)
    if title is None:
        first = _FIRST_SENTENCE.split(draft.caption or (texts[0] if texts else ""))[0]
        title = first[:PHOTO_TITLE] or f"第{page}版 第{n}篇"
        notes.append(f"item {n} on page {page}: no headline found; title taken from its text")
    return (
        Article(
            id=f"p{page}-{n}",
            title=title,
            kind="photo" if draft.credit else "article",
            series=draft.series,
            kicker=headline.kicker if headline else None,
            subtitle=headline.subtitle if headline else None,
            dateline=dateline,
            byline=byline or draft.signature,
            body=tuple(cleaned),
            caption=draft.caption,
            credit=draft.credit,
            continued_on=continued_on,
            continued_from=continued_from,
        ),
        notes,
    )


def import_page(
    text: str, number: int, name: str | None = None, first_line: int = 1, taken: Container[int] = ()
) -> PageResult:
    """Turn one page of extracted text into a Page.

    The page's running head, when it prints one, gives its number (unless another page of the
    issue has it already: `taken`) and its name (unless one is given).
    """
    furniture = strip_furniture(text, first_line)
    notes = list(furniture.notes)
    if furniture.number is not None and furniture.number != number:
        if furniture.number in taken:
            notes.append(f"page {number}: prints number {furniture.number}, which another page has")
        else:
            number = furniture.number
    if len(paired := side_by_side(furniture.text)) >= SIDE_BY_SIDE_LINES:
        notes.append(
            f"page {number}: {len(paired)} lines (the first at line {first_line + paired[0]}) hold two "
            "columns side by side; extract each column on its own (pdftotext -x -W) or import the PDF"
        )
    articles, draft_notes = drafts(classify(furniture.text, first_line))
    notes.extend(draft_notes)
    built: list[Article] = []
    for n, draft in enumerate((d for d in articles if d.has_content or d.headline), start=1):
        article, article_notes = build(draft, number, n)
        built.append(article)
        notes.extend(article_notes)
    return PageResult(Page(number=number, name=name or furniture.name, articles=tuple(built)), notes)
