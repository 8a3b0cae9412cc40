"""The CJK line breaker: kinsoku rules, whole ASCII runs, full lines, nothing lost."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paperterm.model.linebreak import NO_LINE_END, NO_LINE_START, cell_width, units, wrap
from paperterm.model.loader import load_issue
from tests.conftest import SAMPLE

PARAGRAPHS = [p for _, a in load_issue(SAMPLE).articles() for p in a.paragraphs]


def check_rules(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert "".join(line.text for line in lines) == text
    for line in lines:
        assert cell_width(line.text.rstrip()) <= width, line
    for line in lines[1:]:
        assert line.text[0] not in NO_LINE_START, line
    for line in lines[:-1]:
        assert line.text.rstrip()[-1] not in NO_LINE_END, line
    position = 0
    for line in lines:
        assert line.start == position
        position += len(line.text)


@pytest.mark.parametrize("width", [80, 41, 23])
def test_sample_paragraphs_follow_every_rule(width: int) -> None:
    for paragraph in PARAGRAPHS:
        check_rules(paragraph, width)


@pytest.mark.parametrize("width", [80, 41, 23])
def test_no_line_is_shorter_than_it_needs_to_be(width: int) -> None:
    for paragraph in PARAGRAPHS:
        lines = wrap(paragraph, width)
        for line, following in itertools.pairwise(lines):
            first_atom = units(following.text)[0]
            assert cell_width(line.text) + cell_width(first_atom) > width, (line, following)


def test_numbers_and_latin_words_never_split() -> None:
    text = "煤焦钢三大传统产业先进产能占比分别达到90.5%、100%、85%。“CCTD煤市智慧大脑2.0”上线"
    for width in range(10, 60):
        joined_lines = [line.text for line in wrap(text, width)]
        for token in ("90.5%、", "100%、", "85%。", "CCTD", "2.0”"):
            assert any(token in line for line in joined_lines), (width, joined_lines)


def test_breaks_between_cjk_characters_not_only_at_spaces() -> None:
    lines = wrap("特别是2022年1月首站来到临汾，看望慰问了基层干部群众", 20)
    assert [line.text for line in lines] == ["特别是2022年1月首站", "来到临汾，看望慰问了", "基层干部群众"]


def test_closing_punctuation_goes_with_the_character_before() -> None:
    # At width 6 the comma would start line two; it pulls 汾 down with it.
    assert [line.text for line in wrap("来到临汾，看望", 8)] == ["来到临", "汾，看望"]


def test_opening_punctuation_stays_with_what_follows() -> None:
    # At width 9 the quote mark would end line one; it moves down to 临.
    assert [line.text for line in wrap("国强光伏“临汾优选”", 9)] == ["国强光伏", "“临汾优", "选”"]


def test_a_word_longer_than_the_line_is_cut_to_fit() -> None:
    lines = wrap("x" * 25, 10)
    assert [line.text for line in lines] == ["x" * 10, "x" * 10, "x" * 5]


def test_hard_newlines_are_kept_and_offsets_count_them() -> None:
    lines = wrap("省科技厅\n明确事项", 40)
    assert [(line.text, line.start) for line in lines] == [("省科技厅", 0), ("明确事项", 5)]


def test_spaces_trail_words_so_nothing_is_lost() -> None:
    text = "hello world, 你好 世界 again"
    for width in range(2, 30):
        assert "".join(line.text for line in wrap(text, width)) == text


@given(
    st.text(
        alphabet=st.sampled_from(list("中文字符测试，。、；：？！“”（）《》 abc123.%\u3000—…😀\u0301")),
        max_size=200,
    ),
    st.integers(min_value=2, max_value=100),
)
def test_any_text_keeps_every_character_and_fits(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert "".join(line.text for line in lines) == text
    for line in lines:
        visible = line.text.rstrip()
        # Only a single atom wider than the line may overflow, and it was cut to fit.
        assert cell_width(visible) <= max(width, 2)
