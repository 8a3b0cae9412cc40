"""Glyphs to lines: fake bold counted once, gutters of an em told from 全角 spaces, vertical titles."""

from __future__ import annotations

from paperterm.importer.pdf.ink import Glyph
from paperterm.importer.pdf.lines import Line, build_lines
from paperterm.importer.pdf.overprint import drop_overprints


def run(text: str, x: float, base: float, size: float = 10.0, bold: bool = False) -> list[Glyph]:
    """Glyphs set on the em grid (Latin at half an em); spaces move the pen and draw nothing."""
    glyphs: list[Glyph] = []
    for ch in text:
        width = size if ord(ch) > 0x2000 else size / 2
        if ch not in " \u3000":
            glyphs.append((ch, x, x + width, base, size, bold, 0))
        x += width
    return glyphs


def texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in sorted(lines, key=lambda ln: (ln.base, ln.left))]


def column(x: float, rows: list[str], top: float = 100.0, leading: float = 14.0) -> list[Glyph]:
    return [g for i, row in enumerate(rows) for g in run(row, x, top + i * leading)]


def test_a_run_printed_again_a_fraction_of_a_point_away_counts_once_and_is_bold() -> None:
    glyphs = run("本报记者张文华摄", 50, 100) + run("本报记者张文华摄", 50.4, 100.2)
    kept, dropped = drop_overprints(glyphs)
    assert dropped == 8 and len(kept) == 8 and all(g[5] for g in kept)


def test_a_character_repeated_side_by_side_is_no_overprint() -> None:
    kept, dropped = drop_overprints(run("哈哈大笑，谢谢", 50, 100))
    assert dropped == 0 and len(kept) == 7 and not any(g[5] for g in kept)


def test_columns_an_em_apart_are_read_as_separate_lines() -> None:
    left = ["一二三四五六七八九十"] * 8
    right = ["甲乙丙丁戊己庚辛壬癸"] * 8
    lines = build_lines(column(50, left) + column(160, right))  # 10 ems, then a gutter of one em
    assert len(lines) == 16
    assert {ln.text for ln in lines} == {left[0], right[0]}


def test_full_width_spaces_inside_a_line_are_spaces_not_gutters() -> None:
    rows = [
        "　　眼下正是秋收秋种的关",
        "键时期。记者从农业农村部",
        "本报记者　程　龙　潘俊强",
        "门了解到，截至十月十八日",
    ]
    lines = build_lines(column(50, rows) + column(190, ["另一栏的文字排在这里啊"] * 4))
    assert "本报记者　程　龙　潘俊强" in texts(lines)
    assert len(lines) == 8


def test_white_that_is_no_whole_number_of_ems_is_a_gutter() -> None:
    """Two short columns (too few lines to show their edges) 1.65 ems apart."""
    rows = ["　　老字号要走得更远，", "既要守住手艺和品质，也"]
    glyphs = column(60, rows) + column(186.5, ["盾，用心做好每一件产", "品，自然会有人记得。"])
    assert texts(build_lines(glyphs)) == [
        "老字号要走得更远，",
        "盾，用心做好每一件产",
        rows[1],
        "品，自然会有人记得。",
    ]


def test_latin_words_keep_their_space() -> None:
    (line,) = build_lines(run("APEC trade 会议", 50, 100))
    assert line.text == "APEC trade 会议"


def test_characters_stacked_at_one_x_are_one_vertical_title() -> None:
    glyphs = [g for i, ch in enumerate("稻香里的丰收节") for g in run(ch, 40, 100 + i * 27, size=24)]
    glyphs += column(80, ["正文第一行的文字", "正文第二行的文字"])
    lines = build_lines(glyphs)
    (title,) = [ln for ln in lines if ln.vertical]
    assert title.text == "稻香里的丰收节" and title.size == 24
    assert title.top < 100 and title.bottom > 100 + 6 * 27


def test_a_line_is_bold_when_most_of_its_glyphs_are() -> None:
    glyphs = run("新华社北京电", 50, 100, bold=True) + run("记者", 110, 100)
    (line,) = build_lines(glyphs)
    assert line.bold and line.text == "新华社北京电记者"


def test_a_justified_line_is_spread_evenly_and_only_white_beyond_the_spread_is_a_space() -> None:
    glyphs: list[Glyph] = []
    x = 50.0
    for ch in "记者杨帆 通讯员王小勇":
        if ch == " ":
            x += 2.5  # a half-width space, on top of the spread
            continue
        glyphs.append((ch, x, x + 10, 100.0, 10.0, False, 0))
        x += 11.5  # every glyph set 0.15 em apart to fill the measure
    (line,) = build_lines(glyphs)
    assert line.text == "记者杨帆 通讯员王小勇"


def test_punctuation_hung_into_a_narrow_gutter_does_not_join_two_columns() -> None:
    """Column lines end at 150; one ends in a comma hung past the edge; the next column starts
    a gutter of 0.8 em on, at 158."""
    left = [g for i in range(6) for g in run("一二三四五六七八九十", 50, 100 + i * 14)]
    left += run("甲乙丙丁戊己庚辛壬癸，", 50, 184)  # the comma starts at 150, the column's edge
    right = [g for i in range(7) for g in run("子丑寅卯辰巳午未申酉", 158, 100 + i * 14)]
    lines = build_lines(left + right)
    assert "甲乙丙丁戊己庚辛壬癸，" in texts(lines) and "子丑寅卯辰巳午未申酉" in texts(lines)


def test_a_tracked_line_steps_evenly_and_only_a_wider_step_is_a_space() -> None:
    glyphs: list[Glyph] = []
    x = 50.0
    for ch in "以钉钉子精神 抓好落实":
        if ch == " ":
            x += 3.0
            continue
        glyphs.append((ch, x, x + 10, 100.0, 10.0, False, 0))
        x += 12.5  # tracked: a quarter em between characters
    (line,) = build_lines(glyphs)
    assert line.text == "以钉钉子精神 抓好落实"
