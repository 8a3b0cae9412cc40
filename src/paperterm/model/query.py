"""Archive search queries: words to find and words to exclude, matched on folded text.

The index (cache/search_index.py) only narrows the candidates: every hit is
checked here against the article's folded text, so the answer is the same as
a plain scan of the files would give, for any query length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from paperterm.model.fold import Fold
from paperterm.model.issue import Article
from paperterm.model.layout import article_sources

_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
SNIPPET_CONTEXT = 16
"""Characters of context on each side of the first match in a snippet."""


class QueryError(ValueError):
    """A query that cannot be searched for (nothing to find)."""


@dataclass(frozen=True)
class Query:
    """Folded words: every one of `include` must appear, none of `exclude`."""

    include: tuple[str, ...]
    exclude: tuple[str, ...] = ()

    def matches(self, folded: str) -> bool:
        """Whether a folded text holds every included word and no excluded one."""
        return all(w in folded for w in self.include) and not any(w in folded for w in self.exclude)

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """Where the included words are, in order, without overlaps."""
        found: list[tuple[int, int]] = []
        for word in self.include:
            at = folded.find(word)
            while at >= 0:
                found.append((at, at + len(word)))
                at = folded.find(word, at + len(word))
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def split_terms(text: str) -> tuple[list[str], list[str]]:
    """The words to find and the words to exclude, as typed."""
    include: list[str] = []
    exclude: list[str] = []
    for match in _TERM.finditer(text):
        negative, word = (match[1], match[2]) if match[2] is not None else (match[3], match[4])
        if word.strip():
            (exclude if negative else include).append(word)
    return include, exclude


def parse_query(text: str, fold: Fold) -> Query:
    """`煤矿 安全 -事故 "a phrase"`: words are ANDed, `-word` excludes, quotes keep spaces."""
    words, unwanted = split_terms(text)
    include = [fold(w) for w in words]
    exclude = [fold(w) for w in unwanted]
    if not include:
        raise QueryError("the query has no word to find (only -words, or nothing)")
    return Query(tuple(dict.fromkeys(include)), tuple(dict.fromkeys(exclude)))


def article_text(article: Article) -> str:
    """Every string of an article a reader sees, one per line: what search looks in."""
    return "\n".join(article_sources(article).values())


def grams(folded: str) -> str:
    """Index tokens for folded text: every overlapping character pair, then the last character alone.

    FTS5's unicode61 tokenizer splits the pairs on spaces and punctuation; the query is
    cut the same way (fts_expression), so a substring's tokens always line up with the text's.
    """
    if not folded:
        return ""
    return " ".join(map(str.__add__, folded, folded[1:])) + " " + folded[-1]


def fts_phrases(query: Query) -> list[str]:
    """One FTS5 phrase per included word; every true hit matches all of them.

    A one-character word is a prefix of pairs; a longer word is the phrase of its pairs.
    A phrase the tokenizer finds no token in (punctuation only) must be left out by the caller.
    """
    phrases: list[str] = []
    for word in query.include:
        if len(word) == 1:
            phrases.append(f'"{_quote(word)}" *')
        else:
            phrases.append(f'"{_quote(grams(word).rsplit(" ", 1)[0])}"')
    return phrases


def _quote(text: str) -> str:
    return text.replace('"', '""')


def snippet(
    text: str, folded: str, query: Query, width: int = SNIPPET_CONTEXT
) -> tuple[str, list[tuple[int, int]]]:
    """A line of text around the first match, and where the matches are in it."""
    spans = query.spans(folded)
    if not spans:
        return text[: 2 * width].replace("\n", " "), []
    first = spans[0][0]
    lo = max(0, first - width)
    hi = min(len(text), spans[0][1] + width)
    inside = [(max(s, lo) - lo, min(e, hi) - lo) for s, e in spans if s < hi and e > lo]
    return text[lo:hi].replace("\n", " "), inside
