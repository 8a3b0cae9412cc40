"""简讯: short items one under the other, each a paragraph that opens with a lead-in title set
off in weight or face, run in on its first line, then its dateline and its text. Each is an
article of its own, titled by its lead-in."""

from __future__ import annotations

from paperterm.importer.conventions import collapse_spaces, split_dateline, starts_with_dateline
from paperterm.importer.pdf.columns import Column
from paperterm.importer.pdf.paragraphs import TextBlock, read_blocks
from paperterm.model.issue import Article, Region, RegionPart

LEAD_MAX = 24
"""Characters a lead-in holds at most: it is a title."""


def lead_in(block: TextBlock) -> str | None:
    """The lead-in title opening a paragraph, if the paragraph is a brief: a run set off at the
    start of its first line, no dateline itself, with a dateline after it."""
    if block.kind != "paragraph":
        return None
    lead = block.lines[0].lead
    title = block.text[:lead].strip()
    if not 0 < len(title) <= LEAD_MAX or starts_with_dateline(title):
        return None
    return title if starts_with_dateline(block.text[lead:].lstrip()) else None


def is_briefs(column: Column) -> bool:
    """A column whose paragraphs are all briefs."""
    blocks = read_blocks([column])
    return bool(blocks) and all(lead_in(block) is not None for block in blocks)


def brief_articles(column: Column) -> list[Article]:
    """The briefs of a briefs column, ids to be given, in print order; each printed where its
    lead-in (its headline) and its lines (its body) are."""
    articles = []
    for block in read_blocks([column]):
        title = lead_in(block)
        assert title is not None
        first, last = block.lines[0], block.lines[-1]
        dateline, byline, text = split_dateline(block.text[first.lead :].lstrip())
        lead_right = first.left + (first.right - first.left) * first.lead / len(first.text)
        regions = (
            _region("headline", first.left, first.top, lead_right, first.bottom),
            _region("body", column.left, first.top, column.right, last.bottom),
        )
        article = Article("p0-0", collapse_spaces(title), dateline=dateline, byline=byline, body=(text,))
        articles.append(article._replace(regions=regions))
    return articles


def _region(part: RegionPart, left: float, top: float, right: float, bottom: float) -> Region:
    return Region(part, round(left, 1), round(top, 1), round(right - left, 1), round(bottom - top, 1))
