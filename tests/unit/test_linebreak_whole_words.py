"""What the line breaker keeps whole besides Latin runs: a number with its magnitude (400万), and the
names a byline gives after its role word (记者 王佳丽 李若男) — in every script."""

from __future__ import annotations

import pytest

from paperterm.model.linebreak import cell_width, wrap, wrap_title


def lines_at_every_width(text: str, narrowest: int, title: bool = False) -> list[list[str]]:
    """The text laid out at every width from `narrowest` (the widest word) to one line."""
    layout = wrap_title if title else wrap
    return [[line.text for line in layout(text, width)] for width in range(narrowest, cell_width(text) + 1)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("看望慰问了基层干部群众，400万平阳儿女备受鼓舞", "400万"),
        ("全年投资1.2亿元，同比增长5.9%", "1.2亿"),
        ("看望慰問了基層幹部群眾，400萬平陽兒女備受鼓舞", "400萬"),
    ],
)
def test_a_number_keeps_its_magnitude(text: str, whole: str) -> None:
    for lines in lines_at_every_width(text, cell_width(whole)):
        assert any(whole in line for line in lines), lines


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报太原11月18日讯 记者 王佳丽 李若男", ["王佳丽", "李若男"]),
        ("本報太原11月18日訊 記者 王佳麗 李若男", ["王佳麗", "李若男"]),
        ("本报记者张文华 摄", ["张文华"]),
        ("通讯员 欧阳明远 记者 王媛", ["欧阳明远", "王媛"]),
    ],
)
def test_names_after_the_role_word_stay_whole(text: str, names: list[str]) -> None:
    for title in (False, True):
        for lines in lines_at_every_width(text, max(map(cell_width, names)), title):
            for name in names:
                assert any(name in line for line in lines), lines


def test_running_text_after_a_role_word_still_breaks_anywhere() -> None:
    """本报记者王佳丽报道 does not say where the name ends: nothing there is held together."""
    lines = [line.text for line in wrap("本报记者王佳丽报道", 12)]
    assert lines == ["本报记者王佳", "丽报道"]
