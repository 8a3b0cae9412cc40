"""简讯: short items one under the other, each a paragraph that opens with a lead-in title set
off in weight or face, run in on its first line (or on its first lines, in a narrow column),
then its dateline and its text. Each is an
article of its own, titled by its lead-in."""

from __future__ import annotations

from paperterm.importer.conventions import collapse_spaces, split_dateline, starts_with_dateline
from paperterm.importer.pdf.columns import Column
from paperterm.importer.pdf.paragraphs import TextBlock, read_blocks
from paperterm.model.issue import Article, Region, RegionPart

LEAD_MAX = 24
"""Characters a lead-in holds at most: it is a title."""


def lead_in(block: TextBlock, column: Column) -> str | None:
    """The lead-in title opening a paragraph, if the paragraph is a brief: a run set off at the
    start of its first line (in a narrow column it may fill the line and go on at the start of
    the next), no dateline itself, with a dateline after it."""
    found = _lead(block, column)
    if found is None:
        return None
    title = block.text[: found[0]].strip()
    if not 0 < len(title) <= LEAD_MAX or starts_with_dateline(title):
        return None
    return title if starts_with_dateline(block.text[found[0] :].lstrip()) else None


def _lead(block: TextBlock, column: Column) -> tuple[int, int] | None:
    """Where the lead-in ends in the block's text, and on which of its lines."""
    if block.kind != "paragraph":
        return None
    at = 0
    for k, line in enumerate(block.lines):
        if line.lead:
            return at + line.lead, k
        if not (line.face != column.face or line.bold) or k == len(block.lines) - 1:
            return None  # in the text's type: no lead-in; or all of it set off
        at += len(line.text)
    return None


def is_briefs(column: Column) -> bool:
    """A column whose paragraphs are all briefs."""
    blocks = read_blocks([column])
    return bool(blocks) and all(lead_in(block, column) is not None for block in blocks)


def brief_articles(column: Column) -> list[Article]:
    """The briefs of a briefs column, ids to be given, in print order; each printed where its
    lead-in (its headline) and its lines (its body) are."""
    articles = []
    for block in read_blocks([column]):
        title = lead_in(block, column)
        found = _lead(block, column)
        assert title is not None and found is not None
        end, k = found
        first, last, ending = block.lines[0], block.lines[-1], block.lines[k]
        dateline, byline, text = split_dateline(block.text[end:].lstrip())
        lead_right = ending.left + (ending.right - ending.left) * ending.lead / len(ending.text)
        right = max([lead_right, *(line.right for line in block.lines[:k])])
        regions = (
            _region(
                "headline", min(line.left for line in block.lines[: k + 1]), first.top, right, ending.bottom
            ),
            _region("body", column.left, first.top, column.right, last.bottom),
        )
        article = Article("p0-0", collapse_spaces(title), dateline=dateline, byline=byline, body=(text,))
        articles.append(article._replace(regions=regions))
    return articles


def _region(part: RegionPart, left: float, top: float, right: float, bottom: float) -> Region:
    return Region(part, round(left, 1), round(top, 1), round(right - left, 1), round(bottom - top, 1))
