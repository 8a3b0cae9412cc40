"""The in-memory shape of one newspaper issue (format `paperterm/1`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal, NamedTuple

ArticleKind = Literal["article", "photo", "brief"]
RegionPart = Literal["headline", "body", "photo", "caption"]


class Heading(NamedTuple):
    """A 小标题 inside an article body: set apart, not indented."""

    text: str


Block = str | Heading
"""A body block: a plain paragraph, or a heading."""


class Region(NamedTuple):
    """Where part of an article is printed on its page: a box in PDF points, from the page's
    top-left corner (y grows downward), as an e-paper's 热区 gives it. For a page map."""

    part: RegionPart
    x: float
    y: float
    width: float
    height: float


class Article(NamedTuple):
    """One item on a page: a story, a photo with caption, or a brief."""

    id: str
    title: str
    kind: ArticleKind = "article"
    series: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    byline: str | None = None
    body: tuple[Block, ...] = ()
    caption: str | None = None
    credit: str | None = None
    continued_on: int | None = None
    continued_from: int | None = None
    continues: str | None = None
    """The id of the article this one goes on from, when the title alone cannot tell."""
    regions: tuple[Region, ...] = ()
    """Where the article is printed on its page (imported from a PDF); empty when unknown."""

    @property
    def paragraphs(self) -> list[str]:
        """The plain paragraphs of the body, headings left out."""
        return [b for b in self.body if isinstance(b, str)]


class Page(NamedTuple):
    """One printed page (版面) and its articles, in print order."""

    number: int
    name: str | None = None
    articles: tuple[Article, ...] = ()
    size: tuple[float, float] | None = None
    """The printed page's width and height in PDF points, when its articles have regions."""
    source_pdf: str | None = None
    """The PDF the page was printed from, kept beside the issue: a path relative to the issue
    file's folder, inside it (the loader refuses any other), for showing the page as printed."""
    source_pdf_page: int | None = None
    """Which page of `source_pdf` it is, from 1 (None: the first)."""

    @property
    def label(self) -> str:
        """The page as readers name it: 第1版 要闻."""
        return f"第{self.number}版 {self.name}" if self.name else f"第{self.number}版"


class Issue(NamedTuple):
    """A whole day's paper as loaded from one file."""

    paper: str
    paper_id: str
    date: dt.date
    pages: tuple[Page, ...]
    edition: str | None = None
    language: str = "zh-Hans"
    source: str | None = None
    path: str | None = None

    def articles(self) -> Iterator[tuple[Page, Article]]:
        """Every article with its page, in reading order across pages."""
        for page in self.pages:
            for article in page.articles:
                yield page, article

    def find(self, article_id: str) -> tuple[Page, Article] | None:
        """The article with this id and its page, if the issue has it."""
        return next(((p, a) for p, a in self.articles() if a.id == article_id), None)
