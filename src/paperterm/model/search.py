"""Search inside one issue: script-insensitive, and right for one- and two-character words."""

from __future__ import annotations

from dataclasses import dataclass

from paperterm.model.fold import Fold
from paperterm.model.issue import Issue
from paperterm.model.layout import SourceKey, article_sources
from paperterm.model.words import snippet_bounds

CONTEXT = 12
"""Characters of context on each side of a hit in its snippet."""


@dataclass(frozen=True)
class Hit:
    """One occurrence of the query: where it is, and a snippet around it."""

    page: int
    article_id: str
    title: str
    key: SourceKey
    start: int
    end: int
    snippet: str
    snippet_start: int


def search_issue(issue: Issue, query: str, fold: Fold) -> list[Hit]:
    """Every occurrence of the query in reading order; the query and text are folded alike."""
    needle = fold(query.strip())
    if not needle:
        return []
    hits: list[Hit] = []
    for page, article in issue.articles():
        for key, text in article_sources(article).items():
            folded = fold(text)
            at = folded.find(needle)
            while at >= 0:
                lo, hi = snippet_bounds(text, at, at + len(needle), CONTEXT)
                snippet = text[lo:hi].replace("\n", " ")
                hits.append(
                    Hit(page.number, article.id, article.title, key, at, at + len(needle), snippet, at - lo)
                )
                at = folded.find(needle, at + len(needle))
    return hits


def by_article(hits: list[Hit]) -> list[list[Hit]]:
    """The hits grouped by article, articles in reading order, each article's hits in order."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.article_id, []).append(hit)
    return list(groups.values())
