"""The lazy layout gives exactly `layout_article`'s lines, however far it is asked to go, and lays
out no more than it is asked for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.big_issue_bench import huge_paragraph_issue
from paperterm.model.issue import Article, Heading
from paperterm.model.layout import layout_article
from paperterm.model.lazy_layout import LazyLayout
from paperterm.model.linebreak import wrap, wrap_pieces
from paperterm.model.loader import load_issue
from paperterm.model.plaintext import LABELS
from paperterm.model.script import MODES, Script
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)
TAIWAN = Script(MODES["taiwan"], ISSUE.language)
# What a paragraph is made of, chosen for the rules a cut could break: kinsoku, numbers with their
# magnitudes, Latin words and long runs, bylines' names after their role words (both scripts),
# spaces of both widths, hard breaks, wide and combining characters.
FRAGMENTS = [
    *"煤矿安全生产国家局发展中心地區國經濟",
    *"，。、；：？！“”（）《》「」…—·々ー",
    "记者",
    "記者",
    "通讯员",
    "通訊員",
    "王佳丽",
    "李若男",
    "张文华",
    " ",
    "\u3000",
    "\n",
    "400",
    "万",
    "億",
    "5.9%",
    "APEC",
    "word ",
    "a",
    "abcdefghijklmnopqrstuvwxyz0123456789",
    "😀",
    "e\u0301",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=120).map("".join)
widths = st.integers(min_value=1, max_value=120)
pieces = st.integers(min_value=1, max_value=80)


@settings(max_examples=400, deadline=None)
@given(texts, widths, pieces)
def test_a_paragraph_in_pieces_is_the_paragraph_wrapped_whole(text: str, width: int, piece: int) -> None:
    assert [line for batch in wrap_pieces(text, width, piece) for line in batch] == wrap(text, width)


headings = texts.filter(str.strip).map(Heading)
bodies = st.lists(st.one_of(texts, headings), max_size=6).map(tuple)
optional = st.none() | texts.filter(str.strip)
articles = st.builds(
    Article,
    id=st.just("a"),
    title=texts,
    kind=st.just("article"),
    series=optional,
    kicker=optional,
    subtitle=optional,
    byline=optional,
    body=bodies,
    caption=optional,
    credit=optional,
    continued_on=st.none() | st.integers(min_value=1, max_value=99),
    continued_from=st.none() | st.integers(min_value=1, max_value=99),
)


@settings(max_examples=200, deadline=None)
@given(articles, widths, pieces, st.lists(st.integers(min_value=0, max_value=60), max_size=8))
def test_the_lazy_layout_grows_into_layout_article(
    article: Article, width: int, piece: int, asks: list[int]
) -> None:
    whole = layout_article(article, width, LABELS)
    lazy = LazyLayout(article, width, LABELS, piece)
    for count in asks:
        lazy.extend(count)
        assert lazy.lines == whole[: len(lazy.lines)]
        assert len(lazy.lines) >= min(count, len(whole))
        assert lazy.complete or lazy.total > len(lazy.lines)
    lazy.finish()
    assert lazy.lines == whole and lazy.total == len(whole)


@pytest.mark.parametrize("script", [None, TAIWAN], ids=["simplified", "traditional"])
def test_every_sample_article_at_every_width_in_both_scripts(script: Script | None) -> None:
    for _, original in ISSUE.articles():
        article = script.article(original) if script else original
        for width in range(1, 121):
            lazy = LazyLayout(article, width, LABELS, piece=60)
            lazy.finish()
            assert lazy.lines == layout_article(article, width, LABELS), (article.id, width)


def test_a_huge_paragraph_is_laid_out_only_as_far_as_asked() -> None:
    article = huge_paragraph_issue(600_000).pages[0].articles[1]
    lazy = LazyLayout(article, 80)
    lazy.extend(100)
    assert len(lazy.lines) >= 100 and not lazy.complete
    assert lazy.laid_chars < 20_000  # of 200,000 characters
    first = lazy.lines[:]
    estimate = lazy.total
    lazy.lay_out(50_000)
    assert 50_000 <= lazy.laid_chars - sum(len(line.text) for line in first) < 60_000
    lazy.finish()
    assert lazy.lines[: len(first)] == first
    assert lazy.lines == layout_article(article, 80)
    assert 0.8 < estimate / lazy.total < 1.25  # the scrollbar's guess is near the truth
