"""Search snippets begin and end where a reader can: never inside a number or a Latin word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from paperterm.model.search import snippet_bounds

TEXT = "习近平总书记先后四次亲临山西考察调研，400万平阳儿女备受鼓舞，出口增长5.9%，APEC会议召开。"


def test_a_number_at_the_edge_is_taken_whole() -> None:
    at = TEXT.index("平阳")
    lo, hi = snippet_bounds(TEXT, at, at + 2, context=3)
    assert TEXT[lo:hi].startswith("400万")
    at = TEXT.index("增长")
    lo, hi = snippet_bounds(TEXT, at, at + 2, context=3)
    assert TEXT[lo:hi].endswith("5.9%")


def test_a_latin_word_at_the_edge_is_taken_whole() -> None:
    at = TEXT.index("会议")
    lo, _ = snippet_bounds(TEXT, at, at + 2, context=2)
    assert TEXT[lo:].startswith("APEC")


@given(st.text(alphabet="煤矿安全0123456789.%AB，。", min_size=1, max_size=60), st.data())
def test_the_hit_is_always_inside_and_no_run_is_cut(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    lo, hi = snippet_bounds(text, start, end)
    assert lo <= start and end <= hi
    word = set("0123456789.%AB")
    assert lo == 0 or lo == start or not (text[lo - 1] in word and text[lo] in word)
    assert hi == len(text) or hi == end or not (text[hi - 1] in word and text[hi] in word)
