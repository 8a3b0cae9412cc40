"""Data tables ruled as a 三线表 read a row to a paragraph; text between two rules of one width
is no table (tests/pdfcorpus3 prints one on an economy page)."""

from __future__ import annotations

from paperterm.importer.pdf.ink import Box, Glyph
from paperterm.importer.pdf.lines import Line, build_lines
from paperterm.importer.pdf.tables import read_tables

EM = 9.0


def glyphs(text: str, x: float, base: float, size: float = EM) -> list[Glyph]:
    """Text set solid from x: CJK an em, the rest half an em; spaces leave white only."""
    out: list[Glyph] = []
    for ch in text:
        width = size if ord(ch) > 0x2000 else size / 2
        if not ch.isspace():
            out.append((ch, x, x + width, base, size, False, 0))
        x += width
    return out


def rule(left: float, y: float, right: float) -> Box:
    return (left, y - 0.4, right, y + 0.4)


def table_page(rows: list[list[str]], cell: float = 90.0) -> tuple[list[Glyph], list[Box]]:
    placed: list[Glyph] = []
    for k, row in enumerate(rows):
        for c, text in enumerate(row):
            placed += glyphs(text, 50 + c * cell, 120 + k * 15)
    width = cell * len(rows[0])
    return placed, [
        rule(50, 108, 50 + width),
        rule(50, 124, 50 + width),
        rule(50, 110 + 15 * len(rows), 50 + width),
    ]


def test_a_ruled_table_reads_a_row_to_a_line_its_cells_apart_by_a_space() -> None:
    rows = [
        ["指标", "总量（亿元）", "增长（%）"],
        ["地区生产总值", "3268.5", "5.6"],
        ["固定资产投资", "1586.3", "4.1"],
    ]
    placed, rules = table_page(rows)
    title = glyphs("主要经济指标", 50 + 135 - 27, 100, 10.0)
    source = glyphs("数据来源：市统计局", 50, 110 + 15 * 3 + 12)
    lines = build_lines([*placed, *title, *source])
    read, kept = read_tables(lines, [*placed, *title, *source], rules, 10.0)
    assert kept == []
    by_role = {(ln.table, ln.text) for ln in read}
    assert ("title", "主要经济指标") in by_role
    assert ("row", "数据来源：市统计局") in by_role
    assert [ln.text for ln in sorted(read, key=lambda ln: ln.base) if ln.table == "row"][:3] == [
        "指标 总量（亿元） 增长（%）",
        "地区生产总值 3268.5 5.6",
        "固定资产投资 1586.3 4.1",
    ]


def test_columns_of_text_between_two_rules_of_one_width_are_no_table() -> None:
    text = [["全市规模以上工业增加值同比增长", "前三季度社会消费品零售总额增长"]] * 3
    placed, rules = table_page(text, cell=150.0)
    lines: list[Line] = build_lines(placed)
    read, kept = read_tables(lines, placed, rules, 9.0)
    assert read == lines and kept == rules
