"""`continuation_ids` from one index makes the choice `continuation` makes article by article."""

from __future__ import annotations

import pytest

from bench.generate import big_issue
from paperterm.model.continuation import continuation, continuation_ids
from paperterm.model.issue import Issue
from paperterm.model.loader import load_issue
from tests.conftest import SAMPLE


def one_by_one(issue: Issue) -> frozenset[str]:
    return frozenset(
        part[1].id
        for page, article in issue.articles()
        if article.continued_on is not None and (part := continuation(issue, page, article)) is not None
    )


@pytest.mark.parametrize(
    "issue", [load_issue(SAMPLE), big_issue(40, pages=2), big_issue(300, pages=3, seed=7)]
)
def test_the_index_finds_the_parts_the_article_by_article_search_finds(issue: Issue) -> None:
    assert continuation_ids(issue) == one_by_one(issue)
