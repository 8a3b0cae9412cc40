"""The archive matches queries on text as written (TextMatcher): it must answer exactly what
the query answers on folded text — same hits, same offsets, same counts — in every script."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paperterm.cache.fold_table import opencc_fold
from paperterm.model.fold import Fold
from paperterm.model.query import TITLE_WEIGHT, Query, TextMatcher, parse_query

# Characters whose fold classes have several members (simplified, traditional, variants,
# full width, upper case, corner quotes), characters that fold to themselves, and ones
# a regular expression treats specially.
ALPHABET = list("矿礦鑛煤卫衛衞着著里裏裡发發髮台臺颱了瞭的是aAａＡbB1１“”「」 .*[]^-\\\n")


@pytest.fixture(scope="module")
def fold(tmp_path_factory: pytest.TempPathFactory) -> Fold:
    return opencc_fold(tmp_path_factory.mktemp("fold") / "fold.json")


def _spans_of_folded(query: Query, folded: str) -> list[tuple[int, int]]:
    """The reference: each word's occurrences found one after another in folded text, merged."""
    found = []
    for word in query.include:
        at = folded.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = folded.find(word, at + len(word))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_words = st.text(st.sampled_from(ALPHABET[:-1]), min_size=1, max_size=3).filter(lambda w: w.strip() != "")


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.sampled_from(ALPHABET), max_size=60),
    title=st.text(st.sampled_from(ALPHABET), max_size=12),
    words=st.lists(_words, min_size=1, max_size=3),
    joiner=st.sampled_from([" ", " OR ", " -"]),
)
def test_text_as_written_answers_as_folded_text_does(
    fold: Fold, text: str, title: str, words: list[str], joiner: str
) -> None:
    typed = joiner.join('"' + w.replace('"', "") + '"' for w in words)
    try:
        query = parse_query(typed, fold)
    except ValueError:
        return
    matcher = TextMatcher(query, fold)
    folded, folded_title = fold(text), fold(title)

    assert matcher.matches(text) == query.matches(folded)
    assert matcher.spans(text) == _spans_of_folded(query, folded)
    expected = sum(folded.count(w) + (TITLE_WEIGHT - 1) * folded_title.count(w) for w in query.include)
    assert matcher.score(title, text) == expected


def test_a_word_in_one_script_is_found_in_the_other(tmp_path: Path) -> None:
    fold = opencc_fold(tmp_path / "fold.json")
    matcher = TextMatcher(parse_query("煤矿 卫生", fold), fold)
    assert matcher.matches("山西煤礦安全，衛生部門")
    assert matcher.spans("山西煤礦安全，衛生部門") == [(2, 4), (7, 9)]
    assert not matcher.matches("山西煤礦安全")
