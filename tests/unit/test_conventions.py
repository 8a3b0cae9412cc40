"""Newspaper conventions (docs/conventions.md): every form in both scripts, and what is not one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paperterm.importer.conventions import (
    bare_name,
    byline_line,
    chinese_number,
    collapse_spaces,
    editors_note,
    furniture_line,
    masthead_date,
    running_head,
    series_label,
    split_closing_byline,
    split_credit,
    split_dateline,
    starts_with_dateline,
    take_markers,
)

NUMERALS = "一二三四五六七八九"


def in_chinese(n: int) -> str:
    """1..99 as a page number is printed in Chinese: 一, 十, 十二, 二十, 二十三."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else NUMERALS[tens - 1] + "十"
    return head + (NUMERALS[units - 1] if units else "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报记者　程　龙　潘俊强", "本报记者 程龙 潘俊强"),
        ("本報記者　程　龍　潘俊強", "本報記者 程龍 潘俊強"),
        ("  a\u00a0\u00a0b\t c  ", "a b c"),
        ("李　斌", "李斌"),
        ("张 三 李 四", "张三 李四"),
        ("记者 王 蕾 摄", "记者 王蕾 摄"),
        ("", ""),
    ],
)
def test_collapse_spaces(text: str, expected: str) -> None:
    assert collapse_spaces(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2", 2),
        ("２", 2),
        ("12", 12),
        ("１２", 12),
        (" 2 ", 2),
        ("二", 2),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("九十九", 99),
        ("一百", None),
        ("十十", None),
        ("零", None),
        ("", None),
        ("二三", None),
        ("x", None),
        ("٣", None),  # Arabic-Indic digits are not how a Chinese paper numbers its pages
    ],
)
def test_chinese_number(text: str, expected: int | None) -> None:
    assert chinese_number(text) == expected


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert chinese_number(in_chinese(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("承载力显著提升。 （下转第2版）", ("承载力显著提升。", 2, None)),
        ("承载力显著提升。（下转第二版）", ("承载力显著提升。", 2, None)),
        ("承載力顯著提升。（下轉第二版）", ("承載力顯著提升。", 2, None)),
        ("提升。（转第2版）", ("提升。", 2, None)),
        ("提升。（轉第十二版）", ("提升。", 12, None)),
        ("提升。(下转第 ２ 版)", ("提升。", 2, None)),
        ("提升。（ 下转 第 2 版 ）", ("提升。", 2, None)),
        ("（上接第1版）继续", ("继续", None, 1)),
        ("（上接第一版）继续", ("继续", None, 1)),
        ("（接第1版）继续", ("继续", None, 1)),
        ("(上接第十一版)繼續", ("繼續", None, 11)),
        ("（上接第1版）中间一段。（下转第3版）", ("中间一段。", 3, 1)),
        ("建设正在加快（下转第二版）推进之中。", ("建设正在加快推进之中。", 2, None)),
        ("Latin words （下转第2版） stay apart", ("Latin words stay apart", 2, None)),
        ("没有标记的一段话。", ("没有标记的一段话。", None, None)),
        ("（下转第零版）不是页码", ("（下转第零版）不是页码", None, None)),
        ("下转第2版，没有括号", ("下转第2版，没有括号", None, None)),
        ("全线12座车站同步开放。（详见第5版）", ("全线12座车站同步开放。", 5, None)),
        ("（详见A04版）", ("", 4, None)),
        ("（見5版）", ("", 5, None)),
        ("詳見第十二版", ("", 12, None)),
        ("▶详见5版", ("", 5, None)),
        ("具体办法详见第5版相关报道", ("具体办法详见第5版相关报道", None, None)),
        ("（下转A2版）", ("", 2, None)),
    ],
)
def test_take_markers(text: str, expected: tuple[str, int | None, int | None]) -> None:
    assert take_markers(text) == expected


_PLAIN = st.text(alphabet=st.sampled_from(list("发展成果。，上下转接第版一二2 　ab")), max_size=40)


@given(
    st.lists(_PLAIN, min_size=1, max_size=5), st.lists(st.sampled_from(["（下转第2版）", "（上接第一版）"]))
)
def test_take_markers_never_loses_text(pieces: list[str], markers: list[str]) -> None:
    text = "".join(p + m for p, m in zip(pieces, [*markers, *[""] * len(pieces)], strict=False))
    rest, on, before = take_markers(text)
    printed = "".join(ch for p in pieces for ch in p if not ch.isspace())
    assert "".join(rest.split()) == printed
    assert on == (2 if "（下转第2版）" in markers[: len(pieces)] else None)
    assert before == (1 if "（上接第一版）" in markers[: len(pieces)] else None)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "本报延安10月19日电　（记者贾丰丰）正文从这里开始。",
            ("本报延安10月19日电", "记者 贾丰丰", "正文从这里开始。"),
        ),
        ("本報延安10月19日電　（記者賈豐豐）正文。", ("本報延安10月19日電", "記者 賈豐豐", "正文。")),
        (
            "新华社北京10月19日电　记者从有关部门获悉，",
            ("新华社北京10月19日电", None, "记者从有关部门获悉，"),
        ),
        (
            "新華社北京10月19日電　記者從有關部門獲悉，",
            ("新華社北京10月19日電", None, "記者從有關部門獲悉，"),
        ),
        (
            "本报太原 11月 18日讯（记者 王佳丽）为切实加强",
            ("本报太原11月18日讯", "记者 王佳丽", "为切实加强"),
        ),
        ("本报太原 11 月 18 日讯（记者李若男）据", ("本报太原11月18日讯", "记者 李若男", "据")),
        (
            "本报北京１０月１９日讯 (记者张三、李四) 据悉",
            ("本报北京１０月１９日讯", "记者 张三、李四", "据悉"),
        ),
        (
            "本报北京10月19日电（记者贾丰丰 通讯员李明）据",
            ("本报北京10月19日电", "记者 贾丰丰 通讯员 李明", "据"),
        ),
        (
            "本報北京10月19日電（記者賈豐豐、通訊員李明）據",
            ("本報北京10月19日電", "記者 賈豐豐、通訊員 李明", "據"),
        ),
        ("本报讯（通讯员 程　龙）近日", ("本报讯", "通讯员 程龙", "近日")),
        ("中新社上海10月19日电 (记者 张三) 上海", ("中新社上海10月19日电", "记者 张三", "上海")),
        ("人民网北京10月19日电　据", ("人民网北京10月19日电", None, "据")),
        ("人民網北京10月19日電　據", ("人民網北京10月19日電", None, "據")),
        ("中新网北京11月20日电（记者 张三）据", ("中新网北京11月20日电", "记者 张三", "据")),
        ("央广网南湖11月23日消息（记者 韩　雪）近日", ("央广网南湖11月23日消息", "记者 韩雪", "近日")),
        ("新華網北京11月20日電　據", ("新華網北京11月20日電", None, "據")),
        ("央视网消息全文如下", (None, None, "央视网消息全文如下")),
        ("新华社华盛顿10月18日电（新闻分析）美国", ("新华社华盛顿10月18日电", None, "（新闻分析）美国")),
        ("本报记者从省发改委获悉，今年以来", (None, None, "本报记者从省发改委获悉，今年以来")),
        ("本报通讯员李明近日介绍", (None, None, "本报通讯员李明近日介绍")),
        ("本报记者10月19日电话采访了他。", (None, None, "本报记者10月19日电话采访了他。")),
        ("没有电头。", (None, None, "没有电头。")),
        ("本报电子版今起上线。", (None, None, "本报电子版今起上线。")),
        ("新华社电视新闻中心报道，", (None, None, "新华社电视新闻中心报道，")),
    ],
)
def test_split_dateline(paragraph: str, expected: tuple[str | None, str | None, str]) -> None:
    assert split_dateline(paragraph) == expected
    assert starts_with_dateline(paragraph) == (expected[0] is not None)


def test_a_dateline_broken_across_lines_still_starts_a_story() -> None:
    assert starts_with_dateline("本报晋城 11 月 18 日讯（记者 崔振海）近日")
    assert not starts_with_dateline("据本报太原11月18日讯")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本报记者　程　龙　潘俊强", "本报记者 程龙 潘俊强"),
        ("本報記者　程　龍　潘俊強", "本報記者 程龍 潘俊強"),
        ("新华社记者 李四", "新华社记者 李四"),
        ("新華社記者 李四", "新華社記者 李四"),
        ("人民日报记者 张三 李四", "人民日报记者 张三 李四"),
        ("本报通讯员 王五", "本报通讯员 王五"),
        ("記者 張三、李四", "記者 張三、李四"),
        ("通讯员 王五", "通讯员 王五"),
        ("本报记者 张三 本报通讯员 李明", "本报记者 张三 本报通讯员 李明"),
        ("本报特约评论员　李　斌", "本报特约评论员 李斌"),
        ("本报评论员", "本报评论员"),
        ("本報評論員", "本報評論員"),
        ("特约评论员", "特约评论员"),
        ("新华社记者 阿卜杜拉·艾力", "新华社记者 阿卜杜拉·艾力"),
        ("记者", None),
        ("通讯员", None),
        ("本报记者从省发改委获悉", None),
        ("本报记者从省发改委获悉，今年以来", None),
        ("本报记者近日获悉", None),
        ("本报记者 张三 摄", None),  # a photo credit: 摄 is no name
        ("记者手记", None),
        ("特种车辆走俏国内外市场", None),
        ("□ 林　夕", "林夕"),
        ("◎王小川", "王小川"),
        ("■ 陈　默", "陈默"),
        ("文／苏　青", "文／苏青"),
        ("文/李明", "文/李明"),
        ("文／图　本报记者　叶　舟", "文／图 本报记者 叶舟"),
        ("圖／文　記者　王　芳", "圖／文 記者 王芳"),
        ("□ 本报讯", None),  # an ornament before no name
        ("■相关链接", None),
        ("◆ 背景", None),
        ("□延伸阅读", None),
        ("□ 秋天来了，树叶黄了", None),
        ("文／本报记者从省里获悉", None),
    ],
)
def test_byline_line(line: str, expected: str | None) -> None:
    assert byline_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("李　斌", "李斌"),
        ("李 斌", "李斌"),
        ("李斌", "李斌"),
        ("程龍", "程龍"),
        ("潘俊强", "潘俊强"),
        ("欧阳文华", "欧阳文华"),
        ("了解。", None),
        ("前进！", None),
        ("张三 李四", None),
        ("一二三四五", None),
        ("李", None),
        ("记者", None),
        ("本报评论员", None),
        ("Li Bin", None),
    ],
)
def test_bare_name(line: str, expected: str | None) -> None:
    assert bare_name(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "图为该公司生产的新能源环卫车辆。 本报记者 张文华 摄",
            ("图为该公司生产的新能源环卫车辆。", "本报记者 张文华 摄"),
        ),
        ("圖為該公司生產的車輛。 本報記者 張文華 攝", ("圖為該公司生產的車輛。", "本報記者 張文華 攝")),
        (
            "外贸企业可发现更多优秀人才。本报记者 王蕾 摄",
            ("外贸企业可发现更多优秀人才。", "本报记者 王蕾 摄"),
        ),
        ("航拍的大桥。新华社记者　卢汉欣摄", ("航拍的大桥。", "新华社记者 卢汉欣摄")),
        ("航拍的大橋。新華社記者　盧漢欣攝", ("航拍的大橋。", "新華社記者 盧漢欣攝")),
        ("游客在参观。（人民视觉）", ("游客在参观。", "人民视觉")),
        ("遊客在參觀。（人民視覺）", ("遊客在參觀。", "人民視覺")),
        ("老照片。（资料图片）", ("老照片。", "资料图片")),
        ("游客在古城参观（人民视觉）", ("游客在古城参观", "人民视觉")),
        ("图为大桥（张三 摄）", ("图为大桥", "张三 摄")),
        ("老照片。（資料圖片）", ("老照片。", "資料圖片")),
        ("图为大桥。 张三 摄", ("图为大桥。", "张三 摄")),
        ("图为大桥 王　蕾 摄", ("图为大桥", "王蕾 摄")),
        ("图为会场。 视觉中国", ("图为会场。", "视觉中国")),
        ("图为会场。新华社发", ("图为会场。", "新华社发")),
        ("圖為會場。新華社發", ("圖為會場。", "新華社發")),
        ("图为会场。新华社记者 李四 摄", ("图为会场。", "新华社记者 李四 摄")),
        ("图为会场。（新华社记者 李四 摄）", ("图为会场。", "新华社记者 李四 摄")),
        ("图为大桥。受访者供图", ("图为大桥。", "受访者供图")),
        ("图为车间。 本报记者 张三 通讯员 李四 摄", ("图为车间。", "本报记者 张三 通讯员 李四 摄")),
        ("资料图片", ("", "资料图片")),
        ("没有署名的一段话。", None),
        ("大家在一起拍摄", None),
        ("图为大桥（左二）。", None),
        ("图为工人在工作（右）", None),
    ],
)
def test_split_credit(text: str, expected: tuple[str, str] | None) -> None:
    assert split_credit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（“十四五”的发展镜头）", "“十四五”的发展镜头"),
        ("（「十四五」的發展鏡頭）", "「十四五」的發展鏡頭"),
        ("【新时代 新气象】", "新时代新气象"),
        ("〔国际观察〕", "国际观察"),
        ("人民时评", "人民时评"),
        ("人民時評", "人民時評"),
        ("人 民 时 评", "人民时评"),
        ("编辑手记", "编辑手记"),
        ("編輯手記", "編輯手記"),
        ("评论员观察", "评论员观察"),
        ("評論員觀察", "評論員觀察"),
        ("今日谈", "今日谈"),
        ("今日談", "今日談"),
        ("人民论坛", "人民论坛"),
        ("国际观察", "国际观察"),
        ("记者手记", "记者手记"),
        (
            "聚焦“推动高质量发展、深化全方位转型”系列主题新闻发布会",
            "聚焦“推动高质量发展、深化全方位转型”系列主题新闻发布会",
        ),
        ("學習貫徹全會精神系列評論", "學習貫徹全會精神系列評論"),
        ("（下转第2版）", None),
        ("（人民视觉）", None),
        ("（记者 王媛）", None),
        ("（上）", None),
        ("（完）", None),
        ("这是一个句子。", None),
        ("今日谈，我们谈谈读书", None),
        ("特种车辆走俏国内外市场", None),
        ("临汾经开区甘亭工业园", None),
        ("【这是一个很长很长很长的栏目名字超过了十六个字】", None),
        ("", None),
    ],
)
def test_series_label(text: str, expected: str | None) -> None:
    assert series_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 要闻", (2, "要闻")),
        ("要闻 2", (2, "要闻")),
        ("２ 要聞", (2, "要聞")),
        ("02 要闻", (2, "要闻")),
        ("第2版", (2, None)),
        ("第二版：要闻", (2, "要闻")),
        ("第二版：要聞", (2, "要聞")),
        ("第十二版 国际", (12, "国际")),
        ("要闻 第2版", (2, "要闻")),
        ("2025年10月20日　星期一　2 要闻", (2, "要闻")),
        ("要闻 2 2025年10月20日 星期一", (2, "要闻")),
        ("2025年10月20日　星期一", None),
        ("第27421期", None),
        ("今日20版", None),
        ("第0版", None),
        ("正文里的一句话，不是页眉。", None),
        ("A05 要闻", (5, "要闻")),
        ("要闻 B02", (2, "要闻")),
        ("AA01 封面", (1, "封面")),
        ("Ａ０５ 要聞", (5, "要聞")),
        ("第A5版：经济", (5, "经济")),
        ("A05版", (5, None)),
        ("A05", (5, None)),
        ("2025年11月24日　星期一　A04 要闻", (4, "要闻")),
    ],
)
def test_running_head(text: str, expected: tuple[int | None, str | None] | None) -> None:
    assert running_head(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一版责编：张三 李四", "editor line"),
        ("一版責編：張三 李四", "editor line"),
        ("责任编辑：王五", "editor line"),
        ("責任編輯：王五", "editor line"),
        ("责编：王五", "editor line"),
        ("本版责编：王五　版式设计：赵六", "editor line"),
        ("版式设计：赵六", "editor line"),
        ("版式設計：趙六", "editor line"),
        ("本版邮箱：news@example.cn", "e-mail line"),
        ("本版郵箱：news@example.cn", "e-mail line"),
        ("E-mail: news@example.cn", "e-mail line"),
        ("广告", "advertisement"),
        ("廣　告", "advertisement"),
        ("广告热线：010-12345678", "advertisement"),
        ("邮发代号：1-1", "imprint line"),
        ("定价：每月30元", "imprint line"),
        ("定价机制改革稳步推进", None),
        ("编辑：我们认为这件事很重要。", None),
        ("广告业发展迅速，", None),
        ("责编", None),
        ("本报记者 张三", None),
    ],
)
def test_furniture_line(text: str, expected: str | None) -> None:
    assert furniture_line(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年10月20日　星期一　农历乙巳年八月廿九　第27421期", dt.date(2025, 10, 20)),
        ("2025年10月20日　星期一　農曆乙巳年八月廿九", dt.date(2025, 10, 20)),
        ("2025年10月20日", dt.date(2025, 10, 20)),
        ("２０２５年１０月２０日　星期一", dt.date(2025, 10, 20)),
        ("人民日报 2025年10月20日 星期一", dt.date(2025, 10, 20)),
        ("要聞 2 2025年10月20日 週一", dt.date(2025, 10, 20)),
        ("2025年10月20日，全省召开大会。", None),
        ("会议于2025年10月20日召开", None),
        ("2025年2月30日　星期日", None),
        ("要闻", None),
    ],
)
def test_masthead_date(text: str, expected: dt.date | None) -> None:
    assert masthead_date(text) == expected


@given(st.text(max_size=200))
def test_any_text_gives_a_part_of_itself_back(text: str) -> None:
    """No input makes a rule fail, and what the splitting rules return comes from the input."""
    _, on, before = take_markers(text)
    assert on is None or on >= 1
    assert before is None or before >= 1
    assert text.endswith(split_dateline(text)[2])
    credit = split_credit(text)
    assert credit is None or (text.startswith(credit[0]) and credit[1])
    for rule in (byline_line, bare_name, series_label, furniture_line):
        found = rule(text)
        assert found is None or found.strip()
    head = running_head(text)
    assert head is None or (head[0] or 0) >= 1
    masthead_date(text)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("书屋正式开放。（记者 苏　晴 通讯员 林　可）", ("书屋正式开放。", "记者 苏晴 通讯员 林可")),
        ("书屋正式开放。（记者苏晴）", ("书屋正式开放。", "记者 苏晴")),
        ("他说：“好。”(本报记者 王芳)", ("他说：“好。”", "本报记者 王芳")),
        ("書屋正式開放。（記者 蘇晴）", ("書屋正式開放。", "記者 蘇晴")),
        ("书屋开放（记者 苏晴）", ("书屋开放（记者 苏晴）", None)),  # no sentence closed before it
        ("（本报记者 邵　敏）", ("", "本报记者 邵敏")),  # on a line of its own
        ("比赛结束了。（据新华社电）", ("比赛结束了。（据新华社电）", None)),
        ("（作者单位：清江大学）", ("（作者单位：清江大学）", None)),
    ],
)
def test_split_closing_byline(paragraph: str, expected: tuple[str, str | None]) -> None:
    assert split_closing_byline(paragraph) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("编者按：今年以来，我市科技成果转化步伐明显加快。", True),
        ("編者按：今年以來", True),
        ("编者的话：这是一组来自基层的报道。", True),
        ("编者按 ：本版今起推出系列报道。", True),
        ("编者按照要求修改了稿件。", False),
        ("本报讯 编者按：", False),
    ],
)
def test_editors_note(text: str, expected: bool) -> None:
    assert editors_note(text) is expected
