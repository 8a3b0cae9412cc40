"""Display type set inside a story's column (a pull quote between rules, a fact box of figures)
is told from a headline by what frames it and what stands above and below it
(importer/pdf/display.py, docs/import.md)."""

from __future__ import annotations

from paperterm.importer.pdf.display import read_display
from paperterm.importer.pdf.ink import Box
from paperterm.importer.pdf.lines import Line

EM = 10.0
LEFT, WIDTH = 100.0, 11 * EM


def line(text: str, top: float, size: float = EM, left: float = LEFT) -> Line:
    width = min(len(text) * size, WIDTH)
    return Line(text, left, top, left + width, top + size, top + 0.88 * size, size, False, len(text))


TEXT = "清晨五点，江面上的雾还没有散。“江是我们的命根子。”周德明说。他一家一户上门劝说，带着村民种树。"


def column(top: float, rows: int, text: str = TEXT) -> list[Line]:
    """Full lines of text type, one under the other at 1.6 ems, set from `text` over and over."""
    text = text * (rows // 4 + 1)
    return [line(text[11 * k : 11 * k + 11], top + k * 1.6 * EM) for k in range(rows)]


QUOTE = [line("“江是我们的命", 212, 15), line("根子。”", 232, 15)]
RULES: list[Box] = [(LEFT, 206, LEFT + WIDTH, 206), (LEFT, 254, LEFT + WIDTH, 254)]


def test_display_type_between_two_rules_with_its_column_s_text_above_and_below_is_left_out() -> None:
    lines = [*column(100, 6), *QUOTE, *column(270, 4)]
    found = read_display(lines, RULES, [], EM)
    assert found.lines == QUOTE
    assert found.rules == RULES
    assert found.areas == [(LEFT, 206, LEFT + WIDTH, 254)]


def test_a_headline_between_rules_at_a_column_s_foot_or_head_is_still_a_headline() -> None:
    assert read_display([*column(100, 6), *QUOTE], RULES, [], EM).lines == []
    assert read_display([*QUOTE, *column(270, 4)], RULES, [], EM).lines == []


def test_type_between_rules_that_does_not_repeat_the_text_is_a_headline_under_a_rule() -> None:
    title = [line("护林员的三十年", 212, 15), line("守望清江", 232, 15)]
    assert read_display([*column(100, 6), *title, *column(270, 4)], RULES, [], EM).lines == []


def test_rules_across_a_module_wider_than_the_text_beside_them_frame_no_display() -> None:
    wide: list[Box] = [(LEFT, 206, LEFT + 3 * WIDTH, 206), (LEFT, 254, LEFT + 3 * WIDTH, 254)]
    title = [line("标" * 20, 215, 24)]
    assert read_display([*column(100, 6), *title, *column(270, 4)], wide, [], EM).lines == []


def test_figures_over_small_labels_in_a_box_inside_a_column_are_left_out() -> None:
    box: Box = (LEFT, 206, LEFT + WIDTH, 290)
    figures = [line("1.2万亿元", 212, 22), line("全年社会消费品零售总额", 238, 8), line("12.8%", 252, 22)]
    found = read_display([*column(100, 6), *figures, *column(300, 3)], [], [box], EM)
    assert found.lines == figures
    assert found.frames == [box]


def test_a_boxed_story_holding_text_type_is_no_fact_box() -> None:
    box: Box = (LEFT, 206, LEFT + WIDTH, 290)
    story = [line("短讯标题", 212, 16), *column(236, 3)]
    assert read_display([*column(100, 6), *story, *column(300, 3)], [], [box], EM).lines == []
