"""The text front end reads the newspaper conventions (docs/conventions.md): small pages in the
style pdftotext gives (column-wide lines, blank lines between paragraphs and at column breaks,
headlines as short lines), one per convention, and the fields they import as."""

from __future__ import annotations

import datetime as dt

from paperterm.importer.issue import Source, import_issue
from paperterm.importer.page import PageResult, import_page
from paperterm.model.issue import Article
from tests.page_writer import wrap_chars

WIDTH = 10
"""Full-width characters per column line: headlines (12 or more) span columns, as on a page."""

ONE = "今年以来，当地坚持把发展经济的着力点放在实体经济上，一批重点项目相继开工建设，带动就业岗位持续增加。"
TWO = "有关负责人表示，下一步将继续优化营商环境，加大对中小企业的支持力度，推动各项政策措施落地见效。"
THREE = "据介绍，全市已建成各类创新平台一百余个，科技成果转化率稳步提高，新兴产业增加值占比明显上升。"


def column(*paragraphs: str) -> str:
    """Paragraphs as one column of extracted text: indent dropped, a blank line after each."""
    return "\n\n".join("\n".join(wrap_chars(p, WIDTH, first=WIDTH - 2)) for p in paragraphs)


def page(*parts: str) -> PageResult:
    return import_page("\n\n".join(parts) + "\n", 1)


def only(result: PageResult) -> Article:
    assert len(result.page.articles) == 1, [a.title for a in result.page.articles]
    return result.page.articles[0]


def test_a_subtitle_loses_its_leading_dash() -> None:
    result = page(
        "在新的起点上推动高质量发展", "沿海省份前三季度经济稳中有进\n——外贸进出口规模创同期新高", column(ONE)
    )
    assert (only(result).kicker, only(result).subtitle) == (
        "在新的起点上推动高质量发展",
        "外贸进出口规模创同期新高",
    )


def test_xinhua_dateline_without_a_byline() -> None:
    article = only(
        page("铁路旅客发送量同比增长", column("新华社北京10月19日电　记者从有关部门获悉，" + ONE, TWO))
    )
    assert article.title == "铁路旅客发送量同比增长"
    assert (article.dateline, article.byline) == ("新华社北京10月19日电", None)
    assert article.body == ("记者从有关部门获悉，" + ONE, TWO)


def test_dateline_with_a_byline_in_parentheses() -> None:
    article = only(page("革命老区绘就发展新图景", column("本报延安10月19日电　（记者贾丰丰）" + ONE, TWO)))
    assert (article.dateline, article.byline) == ("本报延安10月19日电", "记者 贾丰丰")
    assert article.body[0] == ONE


def test_traditional_dateline_and_byline() -> None:
    article = only(
        page("港口貨物吞吐量創新高", column("本報香港10月19日電（記者張三 通訊員李明）" + ONE, TWO))
    )
    assert (article.dateline, article.byline) == ("本報香港10月19日電", "記者 張三 通訊員 李明")


def test_continuation_markers_with_chinese_numerals() -> None:
    result = page(
        "第一篇文章的标题写得长一些",
        column("本报北京10月19日讯（记者王五）" + ONE, TWO + "（下转第二版）"),
        "第二篇文章的标题写得长一些",
        column("（上接第一版）" + THREE, ONE),
        "第三篇文章的標題寫得長一些",
        column("本報北京10月19日訊（記者趙六）" + TWO, THREE + " （下轉第十二版）"),
    )
    first, second, third = result.page.articles
    assert (first.continued_on, first.continued_from, first.body[-1]) == (2, None, TWO)
    assert (second.continued_on, second.continued_from, second.body[0]) == (None, 1, THREE)
    assert (third.continued_on, third.body[-1]) == (12, THREE)


def test_a_byline_line_at_the_head_of_the_body() -> None:
    article = only(page("全省秋粮收购进度已经过半", "本报记者　程　龙　潘俊强\n" + column(ONE, TWO)))
    assert (article.title, article.byline, article.body) == (
        "全省秋粮收购进度已经过半",
        "本报记者 程龙 潘俊强",
        (ONE, TWO),
    )


def test_a_byline_line_set_apart_signs_the_text_below_it() -> None:
    result = page(
        column(THREE),
        "前一篇文章的标题",
        "本报记者　程　龙",
        column(ONE, TWO),
        "全省秋粮收购进度已经过半",
    )
    first, second = result.page.articles
    assert (first.title, first.byline) == ("前一篇文章的标题", None)
    assert (second.title, second.byline, second.body) == (
        "全省秋粮收购进度已经过半",
        "本报记者 程龙",
        (ONE, TWO),
    )


def test_a_byline_line_wins_over_the_datelines_byline() -> None:
    article = only(
        page("全省秋粮收购进度已经过半", "新华社记者 李四", column("新华社北京10月19日电（记者张三）" + ONE))
    )
    assert (article.dateline, article.byline) == ("新华社北京10月19日电", "新华社记者 李四")


def test_a_sentence_that_starts_with_a_role_is_body_text() -> None:
    article = only(page("全省秋粮收购进度已经过半", column("本报记者从省粮食局获悉，" + ONE, TWO)))
    assert article.byline is None
    assert article.body[0] == "本报记者从省粮食局获悉，" + ONE


def test_a_bare_name_under_a_commentary() -> None:
    result = page(
        "人民时评",
        "让实体经济根基更加牢固",
        column(ONE, TWO),
        "李　斌",
        "另一篇文章的标题",
        column("本报北京10月19日讯（记者王五）" + THREE),
    )
    commentary, news = result.page.articles
    assert (commentary.series, commentary.title, commentary.byline) == (
        "人民时评",
        "让实体经济根基更加牢固",
        "李斌",
    )
    assert commentary.body == (ONE, TWO)
    assert (news.title, news.byline) == ("另一篇文章的标题", "记者 王五")


def test_a_bare_name_on_the_last_line_of_the_text_block() -> None:
    article = only(page("编辑手记", "让实体经济根基更加牢固", column(ONE, TWO) + "\n李斌"))
    assert (article.series, article.byline, article.body) == ("编辑手记", "李斌", (ONE, TWO))


def test_a_short_line_inside_the_body_is_not_a_signature() -> None:
    article = only(page("让实体经济的根基更加牢固", column(ONE) + "\n\n李斌\n\n" + column(TWO)))
    assert article.byline is None
    assert "".join(article.body) == ONE + "李斌" + TWO  # a line that runs on, as any


def test_photo_credits() -> None:
    result = page(
        "金秋时节稻谷飘香",
        "图为农民在田间收割水稻。新华社记者　卢汉欣摄",
        "游客在古城参观",
        "十月十九日，游客在古城景区参观游览。（人民视觉）",
        "老街旧貌",
        "图为上世纪八十年代的老街。（資料圖片）",
    )
    rice, city, street = result.page.articles
    assert (rice.kind, rice.title, rice.caption, rice.credit) == (
        "photo",
        "金秋时节稻谷飘香",
        "图为农民在田间收割水稻。",
        "新华社记者 卢汉欣摄",
    )
    assert (city.kind, city.caption, city.credit) == (
        "photo",
        "十月十九日，游客在古城景区参观游览。",
        "人民视觉",
    )
    assert street.credit == "資料圖片"


def test_a_photo_without_a_headline_is_titled_by_its_first_phrase() -> None:
    article = only(page("十月十九日，游客在古城景区参观游览。张三 摄"))
    assert (article.kind, article.title, article.credit) == ("photo", "十月十九日", "张三 摄")


def test_series_labels() -> None:
    result = page(
        "（“十四五”的发展镜头）",
        "黄河岸边绘新景",
        column("本报兰州10月19日电（记者王五）" + ONE),
        "【評論員觀察】",
        "把握發展主動權",
        column(TWO),
    )
    first, second = result.page.articles
    assert (first.series, first.title) == ("“十四五”的发展镜头", "黄河岸边绘新景")
    assert (second.series, second.title) == ("評論員觀察", "把握發展主動權")


def test_page_furniture_is_dropped_and_noted() -> None:
    result = page(
        "2 要闻",
        "全省秋粮收购进度已经过半",
        column("本报北京10月19日讯（记者王五）" + ONE, TWO),
        "本版责编：张三　李四　版式设计：赵六",
        "本版邮箱：news@example.cn",
    )
    article = only(result)
    assert (result.page.number, result.page.name) == (2, "要闻")
    assert article.body == (ONE, TWO)
    assert any("running head dropped: 2 要闻" in note for note in result.notes)
    assert any("editor line dropped: 本版责编" in note for note in result.notes)
    assert any("e-mail line dropped" in note for note in result.notes)


def test_the_masthead_block_is_dropped() -> None:
    masthead = "人民日报\nRENMIN RIBAO\n2025年10月20日　星期一\n农历乙巳年八月廿九\n第27421期"
    result = page(masthead, "全省秋粮收购进度已经过半", column("本报北京10月19日讯（记者王五）" + ONE))
    assert only(result).title == "全省秋粮收购进度已经过半"
    assert any("masthead date line dropped: 2025年10月20日" in note for note in result.notes)


def test_a_short_line_in_the_middle_of_the_page_is_no_running_head() -> None:
    result = page("全省秋粮收购进度已经过半", column(ONE), "3 亿元", column(TWO), "另一篇文章的标题")
    assert result.page.number == 1
    assert not any("running head" in note for note in result.notes)


def test_pages_take_their_printed_numbers_and_come_in_order() -> None:
    def text(head: str, title: str) -> str:
        return f"{head}\n\n{title}\n\n" + column("本报北京10月19日讯（记者王五）" + ONE)

    sources = [
        Source("a.txt", text("第三版：国际", "甲")),
        Source("b.txt", text("1 要闻", "乙") + "\f" + "丙\n\n" + ONE),
    ]
    result = import_issue(sources, date=dt.date(2025, 10, 20), paper="测试报")
    # A page without a running head takes the number after the highest so far: never a printed one.
    assert [(p.number, p.name) for p in result.issue.pages] == [(1, "要闻"), (3, "国际"), (5, None)]
    assert [p.articles[0].id for p in result.issue.pages] == ["p1-1", "p3-1", "p5-1"]
    assert result.problems == []


def test_a_printed_number_another_page_has_is_noted_not_taken() -> None:
    text = "2 要闻\n\n全省秋粮收购进度已经过半\n\n" + column(ONE)
    result = import_issue([Source("a.txt", text + "\f" + text)], date=dt.date(2025, 10, 20), paper="测试报")
    assert [p.number for p in result.issue.pages] == [2, 3]
    assert any("prints number 2, which another page has" in note for note in result.notes)
