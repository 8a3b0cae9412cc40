"""Watch-words: finding them in any script, and counting them per article and page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from paperterm.model.fold import Fold
from paperterm.model.issue import Article, Page
from paperterm.model.layout import SourceKey, article_sources

SEARCH = -1
"""The colour index of the current search term, painted unlike any keyword."""


@dataclass(frozen=True)
class Keyword:
    """A watch-word and whether it is switched on."""

    word: str
    enabled: bool = True


@dataclass(frozen=True)
class Match:
    """A hit: characters [start, end) of a string, and which keyword (its colour index) it is."""

    start: int
    end: int
    colour: int


class Matcher:
    """Finds any of the enabled keywords (and a search term) in folded text.

    The fold maps one character to one, so a match's offsets in the folded
    text are its offsets in the text as displayed.
    """

    def __init__(self, keywords: Sequence[Keyword], fold: Fold, search: str | None = None) -> None:
        self.fold = fold
        self._colour: dict[str, int] = {}
        for index, keyword in enumerate(keywords):
            folded = fold(keyword.word.strip())
            if keyword.enabled and folded and folded not in self._colour:
                self._colour[folded] = index
        if search and fold(search.strip()):
            self._colour[fold(search.strip())] = SEARCH
        words = sorted(self._colour, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, words))) if words else None
        self._counts: dict[int, int] = {}

    def __bool__(self) -> bool:
        return self._pattern is not None

    def find(self, text: str) -> list[Match]:
        """Every non-overlapping match in the text, longest keyword first at each place."""
        if self._pattern is None:
            return []
        return [
            Match(m.start(), m.end(), self._colour[m.group()])
            for m in self._pattern.finditer(self.fold(text))
        ]

    def find_all(self, article: Article) -> dict[SourceKey, list[Match]]:
        """Matches in every string of an article, keyed like its laid-out lines."""
        return {key: found for key, text in article_sources(article).items() if (found := self.find(text))}

    def count(self, article: Article) -> int:
        """How many keyword matches an article holds (the search term not counted); cached per article."""
        key = id(article)
        if key not in self._counts:
            self._counts[key] = sum(
                1 for found in self.find_all(article).values() for m in found if m.colour != SEARCH
            )
        return self._counts[key]

    def page_count(self, page: Page) -> int:
        """Keyword matches on a whole page."""
        return sum(self.count(a) for a in page.articles)
