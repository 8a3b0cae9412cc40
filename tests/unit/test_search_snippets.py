"""Search snippets begin and end where a reader can: never inside a number, a Latin word or a
byline's name, in the issue's `/` and in the archive alike."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from paperterm.model.fold import Fold
from paperterm.model.query import TextMatcher, parse_query, snippet
from paperterm.model.search import CONTEXT
from paperterm.model.words import snippet_bounds

TEXT = "习近平总书记先后四次亲临山西考察调研，400万平阳儿女备受鼓舞，出口增长5.9%，APEC会议召开。"


def test_a_number_at_the_edge_is_taken_whole() -> None:
    at = TEXT.index("平阳")
    lo, hi = snippet_bounds(TEXT, at, at + 2, 3)
    assert TEXT[lo:hi].startswith("400万")
    at = TEXT.index("增长")
    lo, hi = snippet_bounds(TEXT, at, at + 2, 3)
    assert TEXT[lo:hi].endswith("5.9%")


def test_a_latin_word_at_the_edge_is_taken_whole() -> None:
    at = TEXT.index("会议")
    lo, _ = snippet_bounds(TEXT, at, at + 2, 2)
    assert TEXT[lo:].startswith("APEC")


@given(st.text(alphabet="煤矿安全0123456789.%AB，。", min_size=1, max_size=60), st.data())
def test_the_hit_is_always_inside_and_no_run_is_cut(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    lo, hi = snippet_bounds(text, start, end, CONTEXT)
    assert lo <= start and end <= hi
    word = set("0123456789.%AB")
    assert lo == 0 or lo == start or not (text[lo - 1] in word and text[lo] in word)
    assert hi == len(text) or hi == end or not (text[hi - 1] in word and text[hi] in word)


BYLINE = "本报太原11月18日讯（记者 王佳丽 李若男）为切实加强煤矿水害防治工作，全省400万人参与。"


def test_a_name_after_its_role_word_is_taken_whole() -> None:
    at = BYLINE.index("为切实")
    lo, _ = snippet_bounds(BYLINE, at, at + 3, 2)  # the cut would fall in 李若|男
    assert BYLINE[lo:].startswith("李若男")
    at = BYLINE.index("记者")
    _, hi = snippet_bounds(BYLINE, at, at + 2, 6)  # the cut would fall in 王佳丽 李|若男
    assert BYLINE[:hi].endswith("李若男")


def test_a_magnitude_stays_with_its_number() -> None:
    at = BYLINE.index("全省")
    _, hi = snippet_bounds(BYLINE, at, at + 2, 4)  # the cut would fall in 400|万
    assert BYLINE[:hi].endswith("400万")


def test_the_archive_snippet_cuts_no_name_and_no_number() -> None:
    fold = Fold()
    for word, width, whole in (("为切实", 3, "李若男"), ("人参与", 2, "400万")):
        line, spans = snippet(BYLINE, TextMatcher(parse_query(word, fold), fold).spans(BYLINE), width)
        assert line.startswith(whole)  # the window began inside it: it moved out to its start
        start, end = spans[0]
        assert line[start:end] == word
