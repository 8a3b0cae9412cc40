"""One page of extracted text to a Page of articles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperterm.importer.blocks import MARKER
from paperterm.importer.paragraphs import reflow
from paperterm.importer.segment import Draft, classify, drafts
from paperterm.model.issue import Article, Heading, Page
from paperterm.model.issue import Block as BodyBlock

_DATELINE = re.compile(r"^(本报\S{1,8}?\d+月\d+日讯)[（(]\s*((?:特约)?记者|通讯员)\s*([^）)]+?)\s*[）)]")


@dataclass
class PageResult:
    """The page, and every decision the importer was unsure of."""

    page: Page
    notes: list[str] = field(default_factory=list)


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """本报太原11月18日讯（记者 王佳丽）为切实… → (本报太原11月18日讯, 记者 王佳丽, 为切实…)."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None, None, paragraph
    names = " ".join(match.group(3).split())
    return match.group(1), f"{match.group(2)} {names}", paragraph[match.end() :]


def take_markers(paragraph: str) -> tuple[str, int | None, int | None]:
    """（下转第2版） and （上接第1版） become fields and leave the text.

    Returns (text, continued_on, continued_from).
    """
    on = before = None
    for match in MARKER.finditer(paragraph):
        if match.group(1) == "下转":
            on = int(match.group(2))
        else:
            before = int(match.group(2))
    return MARKER.sub("", paragraph).strip(), on, before


def build(draft: Draft, page: int, n: int) -> tuple[Article, list[str]]:
    """An Article from a draft: body re-flowed, dateline and markers taken out."""
    flowed = reflow(draft.text)
    body: list[BodyBlock] = list(flowed.body)
    dateline = byline = None
    if body and isinstance(body[0], str):
        dateline, byline, rest = split_dateline(body[0])
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
    texts = [b for b in cleaned if isinstance(b, str)]
    headline = draft.headline
    title = headline.title if headline and headline.title else None
    notes = list(flowed.notes)
    if title is None:
        title = (draft.caption or (texts[0] if texts else "")).split("。")[0][:20] or f"第{page}版 第{n}篇"
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
            byline=byline or (headline.byline if headline else None),
            body=tuple(cleaned),
            caption=draft.caption,
            credit=draft.credit,
            continued_on=continued_on,
            continued_from=continued_from,
        ),
        notes,
    )


def import_page(text: str, number: int, name: str | None = None, first_line: int = 1) -> PageResult:
    """Turn one page of extracted text into a Page."""
    articles, notes = drafts(classify(text, first_line))
    built: list[Article] = []
    for n, draft in enumerate((d for d in articles if d.has_content or d.headline), start=1):
        article, article_notes = build(draft, number, n)
        built.append(article)
        notes.extend(article_notes)
    return PageResult(Page(number=number, name=name, articles=tuple(built)), notes)
