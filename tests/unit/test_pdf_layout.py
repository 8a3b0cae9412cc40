"""Headline roles by type size and position, paragraphs by indent, modules claimed from above or
beside (L-shaped flows included), and reading order: each step on values made up by hand."""

from __future__ import annotations

import pytest

from paperterm.importer.pdf.article import headline_roles, read_body
from paperterm.importer.pdf.columns import Column
from paperterm.importer.pdf.headblocks import Headline, group_headlines
from paperterm.importer.pdf.lines import Line, drop_caps, rejoin_bylines
from paperterm.importer.pdf.modules import Module, assemble
from paperterm.importer.pdf.paragraphs import join_lines, read_blocks

EM = 10.0
LEADING = 14.0


def line(
    text: str, left: float, top: float, size: float = EM, bold: bool = False, vertical: bool = False
) -> Line:
    width = size if vertical else sum(size if ord(ch) > 0x2000 else size / 2 for ch in text)
    height = size * len(text) if vertical else size
    return Line(
        text, left, top, left + width, top + height, top + 0.88 * size, size, bold, len(text), vertical
    )


def column(rows: list[str], left: float, top: float, width: float = 10 * EM) -> Column:
    """A column of body lines; a row may start with 全角 spaces (an indent) or be set flush right
    (`>` in front) or centred and bold (`^` in front)."""
    lines = []
    for i, row in enumerate(rows):
        y = top + i * LEADING
        text = row.lstrip("　>^")
        indent = (len(row) - len(row.lstrip("　"))) * EM
        if row.startswith(">"):
            lines.append(line(text, left + width - len(text) * EM, y))
        elif row.startswith("^"):
            lines.append(line(text, left + (width - len(text) * EM) / 2, y, bold=True))
        else:
            lines.append(line(text, left + indent, y))
    return Column(tuple(lines), left, top, left + width, lines[-1].bottom, EM)


def headline(*lines: Line) -> Headline:
    return Headline(
        lines,
        min(ln.left for ln in lines),
        min(ln.top for ln in lines),
        max(ln.right for ln in lines),
        max(ln.bottom for ln in lines),
    )


def test_the_largest_type_is_the_title_smaller_above_the_kicker_below_the_subtitle() -> None:
    group = headline(
        line("坚持创新驱动　厚植发展优势", 60, 100, 15),
        line("前三季度全国高技术制造业", 40, 120, 30),
        line("增加值同比增长9.6%", 60, 158, 30),
        line("——各地加快培育发展新动能见闻", 70, 196, 15),
    )
    roles = headline_roles(group, set())
    assert roles.kicker == "坚持创新驱动 厚植发展优势"
    assert roles.title == "前三季度全国高技术制造业增加值同比增长9.6%"
    assert roles.subtitle == "各地加快培育发展新动能见闻"
    assert roles.series is None


def test_a_title_set_in_two_sizes_is_one_title_a_small_line_over_it_a_kicker() -> None:
    two_sizes = headline(line("地铁2号线", 48, 439, 16), line("年底开通试运营", 48, 459, 21))
    roles = headline_roles(two_sizes, set(), EM)
    assert (roles.kicker, roles.title) == (None, "地铁2号线年底开通试运营")
    display = headline(line("前十个月我国外贸", 52, 505, 20), line("进出口保持增长", 52, 530, 28))
    assert headline_roles(display, set(), EM).title == "前十个月我国外贸进出口保持增长"
    kicker = headline(line("校园足球", 41, 459, 12.8), line("绿茵场上的“追风少年”", 41, 475, 18))
    assert headline_roles(kicker, set(), 9.5)[:3] == ("绿茵场上的“追风少年”", None, "校园足球")
    label = line("三言两语", 553, 697, 12)
    boxed = headline(label, line("文明乘车从我做起", 553, 718, 15))
    assert headline_roles(boxed, {id(label)}, 10.5).series == "三言两语"


def test_a_bracketed_or_boxed_label_is_the_series_a_bare_column_name_a_kicker() -> None:
    bracketed = line("（“乡村振兴”一线见闻）", 40, 100, 11.5)
    assert (
        headline_roles(headline(bracketed, line("黄土坡上苹果红", 40, 115, 22)), set()).series
        == "“乡村振兴”一线见闻"
    )
    boxed = line("人民时评", 40, 100, 11.5)
    roles = headline_roles(headline(boxed, line("让小修小补修出大民生", 40, 120, 20)), {id(boxed)})
    assert (roles.series, roles.kicker) == ("人民时评", None)
    bare = line("一线调查", 40, 100, 13.5)
    roles = headline_roles(headline(bare, line("一个村庄的垃圾分类账", 40, 118, 20)), set())
    assert (roles.series, roles.kicker) == (None, "一线调查")


def test_headline_lines_set_close_together_are_one_group_side_by_side_ones_two() -> None:
    lines = [
        line("亚太经合组织相关会议举行", 30, 100, 13.5),
        line("推动区域贸易投资自由化便利化", 30, 117, 22),
        line("山区孩子用上云课堂", 560, 117, 16),
    ]
    groups = group_headlines(lines, [])
    assert sorted(len(g.lines) for g in groups) == [1, 2]


def test_paragraphs_start_at_the_two_character_indent_not_at_short_lines() -> None:
    blocks = read_blocks(
        [
            column(
                ["　　眼下正是秋收秋种的关", "键时期。", "　　记者从农业农村部门了", "解到，截至10月18"],
                30,
                100,
            ),
            column(
                ["日，秋粮已收获七成。", "^储草点覆盖到乡村", "　　在海北州一处饲草储", "备库。", ">李　斌"],
                150,
                100,
            ),
        ]
    )
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "heading", "paragraph", "apart"]
    assert blocks[1].text == "记者从农业农村部门了解到，截至10月18日，秋粮已收获七成。"
    assert blocks[2].text == "储草点覆盖到乡村"


def test_markers_bylines_datelines_and_a_signature_become_fields() -> None:
    blocks = read_blocks(
        [
            column(
                [
                    "（上接第一版）",
                    "本报记者　程　龙　潘俊强",
                    "　　新华社北京10月19日",
                    "电　记者从有关部门获悉，",
                    "今年前三季度增长。",
                ],
                30,
                100,
            ),
            column(["　　专家表示，新动能将进", "一步增强。", ">李　斌", ">（下转第二版）"], 150, 100),
        ]
    )
    body = read_body(blocks)
    assert (body.continued_from, body.continued_on) == (1, 2)
    assert body.byline == "本报记者 程龙 潘俊强" and body.signature == "李斌"
    assert body.dateline == "新华社北京10月19日电"
    assert body.blocks == ("记者从有关部门获悉，今年前三季度增长。", "专家表示，新动能将进一步增强。")


def test_a_bold_centred_line_that_runs_on_is_no_heading() -> None:
    """A bold dateline that happens to be a short first line (centred by chance) opens its paragraph."""
    blocks = read_blocks(
        [column(["^本报榆林10月19日电", "（记者韩立新）深秋时节，", "陕北的山峁上层林尽染。"], 30, 100)]
    )
    assert [b.kind for b in blocks] == ["paragraph"]
    assert read_body(blocks).dateline == "本报榆林10月19日电"


def _titles(modules: list[Module]) -> list[str]:
    return [m.headline.lines[-1].text if m.headline else "-" for m in modules]


def test_an_article_flows_round_a_module_set_into_its_corner() -> None:
    """A spans three columns; B sits in A's third column right under A's headline; A goes on
    in that column under B, with no rule between."""
    a = headline(line("甲文的标题横跨三栏一直排到第三栏", 30, 40, 24))
    b = headline(line("乙文标题", 270, 80, 16))
    a1 = column(["　　甲文第一栏"] + ["甲文正文"] * 12, 30, 80)
    a2 = column(["甲文第二栏"] + ["甲文正文"] * 12, 150, 80)
    b1 = column(["　　乙文正文"] * 4, 270, 106)
    a3 = column(["甲文第三栏"] + ["甲文正文"] * 4, 270, 186)
    modules, _ = assemble([a, b], [a1, a2, b1, a3], [], [], EM, 0)
    assert _titles(modules) == ["甲文的标题横跨三栏一直排到第三栏", "乙文标题"]
    assert [c.lines[0].text for c in modules[0].body] == ["甲文第一栏", "甲文第二栏", "甲文第三栏"]
    assert [c.lines[0].text for c in modules[1].body] == ["乙文正文"]


def test_a_headline_beside_its_body_claims_the_columns_to_its_right() -> None:
    above = headline(line("上面一篇的标题", 30, 20, 20))
    above_body = column(["　　上面一篇的正文"] * 3, 30, 50, 34 * EM)
    rule = (30.0, 100.0, 370.0, 100.5)
    vertical = headline(line("稻香里的丰收节", 50, 110, 24, vertical=True))
    first = column(["　　旁边正文第一栏"] + ["正文"] * 8, 150, 110)
    second = column(["正文第二栏"] + ["正文"] * 8, 270, 110)
    modules, _ = assemble([above, vertical], [above_body, first, second], [], [rule], EM, 0)
    assert _titles(modules) == ["上面一篇的标题", "稻香里的丰收节"]
    assert [c.lines[0].text for c in modules[1].body] == ["旁边正文第一栏", "正文第二栏"]


def test_a_picture_no_headline_claims_is_a_photo_item_with_its_caption() -> None:
    above = headline(line("上面一篇", 30, 20, 20))
    body = column(["　　上面一篇的正文"] * 3, 30, 50)
    rule = (30.0, 100.0, 130.0, 100.5)
    photo = (30.0, 110.0, 130.0, 200.0)
    caption = Column((line("江南水乡稻浪翻金。", 30, 206, 9.5),), 30, 206, 130, 215.5, 9.5)
    modules, _ = assemble([above], [body, caption], [photo], [rule], EM, 0)
    assert len(modules) == 2
    item = modules[1]
    assert item.headline is None and [box for box, _ in item.photos] == [photo]
    assert item.captions[0].lines[0].text == "江南水乡稻浪翻金。"


def test_modules_are_read_top_to_bottom_and_left_to_right_at_the_same_height() -> None:
    left_low = headline(line("左下", 30, 300, 20))
    right_top = headline(line("右上", 300, 40, 20))
    left_top = headline(line("左上", 30, 40, 20))
    columns = [column(["　　正文"], 30, 330), column(["　　正文"], 300, 70), column(["　　正文"], 30, 70)]
    modules, _ = assemble([left_low, right_top, left_top], columns, [], [], EM, 0)
    assert _titles(modules) == ["左上", "右上", "左下"]
    assert all(len(m.body) == 1 for m in modules)
    assert modules[2].body[0].top == 330


def test_lines_broken_with_room_for_the_next_word_are_verse_a_line_to_a_paragraph() -> None:
    stanza = ["渡口的老槐树", "又落了一层叶子", "船夫把桨靠在岸边", "等一个迟归的人"]
    blocks = read_blocks([column(stanza, 30, 100)])
    assert [b.text for b in blocks] == stanza


def test_stanzas_apart_by_a_blank_line_share_their_column_s_measure() -> None:
    first = column(["河水慢慢地流", "流过母亲的石阶"], 30, 100)
    second = column(["如今我站在对岸", "看炊烟一缕一缕升起"], 30, 100 + 3 * LEADING)
    assert [b.text for b in read_blocks([first, second])] == [
        "河水慢慢地流",
        "流过母亲的石阶",
        "如今我站在对岸",
        "看炊烟一缕一缕升起",
    ]


def test_one_line_broken_early_at_a_name_is_no_verse() -> None:
    blocks = read_blocks(
        [column(["　　本报讯（记者 苏", "晴）书屋近日开放，每天吸引不", "不少居民前来看书。"], 30, 100)]
    )
    assert [b.text for b in blocks] == ["本报讯（记者 苏晴）书屋近日开放，每天吸引不不少居民前来看书。"]


def test_classical_couplets_set_a_line_each_are_verse() -> None:
    poem = ["一江秋水向东流，", "两岸青山入画楼。", "莫道晚来风渐紧，", "满城灯火胜春游。"]
    blocks = read_blocks([column(poem, 30, 100, width=8 * EM)])
    assert [b.text for b in blocks] == poem


def test_prose_lines_ending_in_punctuation_now_and_then_stay_one_paragraph() -> None:
    prose = ["　　一江秋水向东流，", "两岸青山入画楼。今年", "秋天来得早，", "满城灯火胜春游。"]
    assert len(read_blocks([column(prose, 30, 100, width=10 * EM)])) == 1


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["登录https://zwfw.example.gov", ".cn/kaiban办理"], "登录https://zwfw.example.gov.cn/kaiban办理"),
        (
            ["发送至kaiban.service@qingjiang.exa", "mple.cn咨询"],
            "发送至kaiban.service@qingjiang.example.cn咨询",
        ),
        (["访问www.qingjiang", "news.cn查看"], "访问www.qingjiangnews.cn查看"),
        (["参加China International", "Import Expo的企业"], "参加China International Import Expo的企业"),
        (["增长90.5%，达1.2", "万亿元"], "增长90.5%，达1.2万亿元"),
    ],
)
def test_a_web_or_mail_address_broken_at_a_line_end_takes_no_space(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_a_drop_cap_is_read_back_into_the_paragraph_it_opens() -> None:
    cap = line("外", 30, 100, size=2.4 * EM)
    beside = [
        line("婆家的灶屋里，靠墙摆", 30 + 2.7 * EM, 100),
        line("着一排大大小小的腌菜", 30 + 2.7 * EM, 100 + LEADING),
    ]
    under = [
        line("坛。坛子是青灰色的，肚", 30, 100 + 2 * LEADING),
        line("每年霜降以后，外婆", 30 + 2 * EM, 100 + 3 * LEADING),
    ]
    read = drop_caps([cap, *beside, *under], EM)
    assert [ln.text for ln in read] == [
        "外婆家的灶屋里，靠墙摆",
        "着一排大大小小的腌菜",
        under[0].text,
        under[1].text,
    ]
    assert [ln.left for ln in read[1:3]] == [30, 30]
    texts = [b.text for b in read_blocks([Column(tuple(read), 30, 100, 30 + 12 * EM, read[-1].bottom, EM)])]
    assert texts[0] == "外婆家的灶屋里，靠墙摆着一排大大小小的腌菜坛。坛子是青灰色的，肚"


def test_a_large_character_with_no_text_beside_it_is_no_drop_cap() -> None:
    lone = [line("外", 30, 100, size=2.4 * EM), line("婆家的灶屋里", 30, 100 + 3 * LEADING)]
    assert drop_caps(lone, EM) == lone


def test_a_byline_cut_at_a_space_taken_for_a_gutter_is_one_line_again() -> None:
    role = line("文／图　本报记者", 30, 100)
    name = line("叶　舟", 30 + 9 * EM, 100)
    (joined,) = rejoin_bylines([role, name])
    assert joined.text == "文／图　本报记者　叶　舟"
    two_columns = [line("今年以来全市经济", 30, 100), line("运行平稳", 30 + 9 * EM, 100)]
    assert rejoin_bylines(two_columns) == two_columns
