"""Make big issues from the sample's articles, deterministically, for benchmarks."""

from __future__ import annotations

import random

from bench.paths import SAMPLE
from paperterm.model.issue import Issue, Page
from paperterm.model.loader import load_issue


def big_issue(articles: int = 100, pages: int = 8, seed: int = 1) -> Issue:
    """An issue with `articles` articles over `pages` pages, cloned from the sample with new ids."""
    sample = load_issue(SAMPLE)
    source = [a for _, a in sample.articles()]
    rng = random.Random(seed)
    made: list[list] = [[] for _ in range(pages)]
    for n in range(articles):
        article = rng.choice(source)._replace(id=f"a{n}")
        made[n % pages].append(article)
    return sample._replace(
        pages=tuple(Page(number=i + 1, name=f"版{i + 1}", articles=tuple(a)) for i, a in enumerate(made)),
    )
