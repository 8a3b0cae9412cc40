"""Article layout: every part in order, and body lines that give back the paragraph exactly."""

from __future__ import annotations

import pytest

from paperterm.model.issue import Heading
from paperterm.model.layout import HEAD, TAIL, layout_article, measure
from paperterm.model.loader import load_issue
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)


def article(article_id: str):
    found = ISSUE.find(article_id)
    assert found is not None
    return found[1]


@pytest.mark.parametrize("width", [80, 41, 23])
def test_paragraph_lines_join_back_to_the_paragraph(width: int) -> None:
    for _, art in ISSUE.articles():
        lines = layout_article(art, width)
        for index, block in enumerate(art.body):
            text = "".join(line.text for line in lines if line.block == index and line.role != "blank")
            assert text == (block.text if isinstance(block, Heading) else block)


def test_title_block_comes_first_then_body_then_continuation() -> None:
    lines = layout_article(article("lf-answer"), 80)
    roles = [line.role for line in lines]
    assert roles[:3] == ["series", "title", "byline"]
    assert roles[-1] == "continued" and lines[-1].text == "（下转第2版）"
    assert {line.block for line in lines if line.role == "heading"} == {1, 6, 9}
    assert all(line.block == HEAD for line in lines[:3])


def test_photo_items_end_with_caption_and_credit() -> None:
    lines = layout_article(article("special-vehicles"), 80)
    assert [(line.role, line.text, line.block) for line in lines[-2:]] == [
        ("caption", "图为该公司生产的新能源环卫车辆。", TAIL),
        ("credit", "本报记者 张文华 摄", TAIL),
    ]


def test_paragraphs_open_with_a_two_character_indent() -> None:
    lines = layout_article(article("coal-water"), 40)
    first = next(line for line in lines if line.role == "paragraph")
    assert first.indent == 2 and first.start == 0
    following = [line for line in lines if line.role == "paragraph" and line.block == first.block][1]
    assert following.indent == 0 and following.start == len(first.text)


def test_measure_is_capped_for_comfort() -> None:
    assert measure(200) == 80
    assert measure(41) == 41
