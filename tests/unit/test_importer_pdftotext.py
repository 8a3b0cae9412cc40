"""Each way of pdftotext's default mode the text importer reads, on a few made-up lines."""

from __future__ import annotations

from paperterm.importer.blocks import (
    Block,
    Line,
    join_broken_bylines,
    split_at_dateline,
    split_blocks,
    split_title_from_body,
)
from paperterm.importer.furniture import strip_furniture
from paperterm.importer.headlines import from_blocks
from paperterm.importer.page import import_page
from paperterm.importer.paragraphs import reflow
from paperterm.importer.text import unhang, unjustify
from paperterm.model.issue import Heading


def _block(*texts: str) -> Block:
    return Block([Line(n, t) for n, t in enumerate(texts, start=1)])


def _texts(blocks: list[Block]) -> list[list[str]]:
    return [[line.text for line in block.lines] for block in blocks]


def test_spaces_at_hung_punctuation_and_in_justified_lines_go() -> None:
    assert unhang("“ 海研 9 号” 科考") == "“海研 9 号”科考"
    assert unjustify("最大 下 潜 深 度 达 到 7800 米 。") == "最大下潜深度达到7800米。"
    assert unjustify("“ 健康江南· 万人健步走” 活动") == "“健康江南·万人健步走”活动"
    # a dateline's byline keeps the spaces between its names; Latin words keep theirs
    assert (
        unjustify("本报讯（记者 朱晓琳 通讯员 方可）锣鼓声声") == "本报讯（记者 朱晓琳 通讯员 方可）锣鼓声声"
    )
    assert unjustify("他说 hello world 。") == "他说hello world。"


def test_margin_lines_alone_are_furniture_anywhere_on_the_page() -> None:
    text = "\n".join(
        [
            "第一版：要闻",
            "",
            "江南晨报",
            "2025年11月3日",
            "",
            "星期一",
            "",
            "农历乙巳年九月十四",
            "",
            "第8421期",
            "",
            "一条新闻的第一行，",
            "它的第二行。",
            "",
            "第6版",
            "",
            "星期二",
            "",
            "更多的正文。",
        ]
    )
    found = strip_furniture(text)
    assert found.number == 1 and found.name == "要闻"
    assert [line for line in found.text.split("\n") if line] == [
        "一条新闻的第一行，",
        "它的第二行。",
        "更多的正文。",
    ]


def test_a_name_cut_at_its_full_width_space_and_an_advertisements_own_lines() -> None:
    ad = ["广告", "", "江南晨报", "", "全媒体广告热线", "", "0571-8765 4321", ""]
    editors = ["责任编辑：林", "", "杉", "", "版式设计：吴", "", "桐", ""]
    text = "\n".join(
        ["正文一行，", "到此为止。", "", *ad, *editors, "城北的李先生说，过去", "到市中心上班。"]
    )
    kept = [line for line in strip_furniture(text).text.split("\n") if line]
    assert kept == ["正文一行，", "到此为止。", "城北的李先生说，过去", "到市中心上班。"]


def test_a_running_head_set_on_the_pages_first_line_with_the_next() -> None:
    found = strip_furniture("4 国际\n共建开放型亚太经济\n\n正文。")
    assert (found.number, found.name) == (4, "国际")


def test_headline_lines_printed_on_their_storys_first_lines_are_cut_off() -> None:
    blocks = split_at_dateline(
        [_block("地铁三号线", "北延段开通", "本报杭州11月2日", "讯（记者 王 蕾）11", "月2日上午")]
    )
    assert _texts(blocks) == [
        ["地铁三号线", "北延段开通"],
        ["本报杭州11月2日", "讯（记者 王 蕾）11", "月2日上午"],
    ]
    blocks = split_at_dateline(
        [_block("家门口的社区医院越办越好", "本报记者 孙 雯", "早上八点，城东社", "区卫生服务中心")]
    )
    assert _texts(blocks) == [
        ["家门口的社区医院越办越好"],
        ["本报记者 孙 雯"],
        ["早上八点，城东社", "区卫生服务中心"],
    ]
    # a byline closing the headline block stays in it: nothing of the story follows
    assert len(split_at_dateline([_block("临汾交出亮丽答卷", "本报记者 张文华")])) == 1
    # the copy of a fake-bold run on a line of its own is printed once
    blocks = split_at_dateline([_block("本报讯", "本报讯（通讯员 罗", "佳）记者从人民银行")])
    assert _texts(blocks) == [["本报讯（通讯员 罗", "佳）记者从人民银行"]]


def test_a_title_over_its_story_with_no_blank_line() -> None:
    story = ["如今，一本书被压", "缩成几分钟的音频，一", "部名著被剪成几段短视", "频，“速读”成为许多"]
    assert _texts(split_title_from_body([_block("读书何妨慢一点", *story)])) == [["读书何妨慢一点"], story]
    # a paragraph's first line with no punctuation has a full line under it
    paragraph = ["市图书馆有关负责", "人介绍，下一步将根据", "读者借阅数据优化书目", "配置，并在书房开设读"]
    assert len(split_title_from_body([_block(*paragraph)])) == 1


def test_a_role_word_cut_from_its_names_goes_back_on_their_line() -> None:
    blocks = join_broken_bylines(split_blocks("一个村庄的垃圾分类账\n记者\n\n唐 敏 马晓峰\n清晨六点半，"))
    assert _texts(blocks) == [["一个村庄的垃圾分类账"], ["记者 唐 敏 马晓峰", "清晨六点半，"]]


def test_a_title_broken_over_a_narrow_column_is_one_title() -> None:
    assert from_blocks([_block("地铁三号线", "北延段开通")]).title == "地铁三号线北延段开通"
    headline = from_blocks([_block("“海研9号”科考归来", "首次在西太平洋开展深海生态长期观测")])
    assert {headline.title, headline.kicker, headline.subtitle} >= {
        "“海研9号”科考归来",
        "首次在西太平洋开展深海生态长期观测",
    }
    headline = from_blocks([_block("轻轨东线延伸段获批", "——全长4.2公里设3个车站")])
    assert headline.subtitle == "全长4.2公里设3个车站"


def test_a_subhead_run_in_between_paragraphs() -> None:
    lines = ["口就能办好。", "专家下沉到社区", "今年以来，市属三", "甲医院与38家社区卫", "生服务中心组建医联"]
    body = reflow([_block("早上八点，城东社区卫", "生服务中心的候诊区已", *lines, "体，每周安排专家。")]).body
    assert body[1] == Heading("专家下沉到社区")
    assert body[2].startswith("今年以来")  # type: ignore[union-attr]


def test_a_page_in_pdftotext_default_mode() -> None:
    text = "\n".join(
        ["第一版：要闻", "", "江南晨报", "2025年11月3日", "", "星期一", "", "第8421期", "",
         "地铁三号线", "北延段开通", "本报杭州11月2日", "讯（记者 王 蕾）11", "月2日上午9时，地铁",
         "三号线北延段正式开通", "运营。", "“ 开通首日，不少市民", "专程前来体验。", "",
         "责任编辑：林", "", "杉", ""]
    )  # fmt: skip
    (article,) = import_page(text, 1).page.articles
    assert (article.title, article.dateline, article.byline) == (
        "地铁三号线北延段开通",
        "本报杭州11月2日讯",
        "记者 王蕾",
    )
    assert article.body == (
        "11月2日上午9时，地铁三号线北延段正式开通运营。",
        "“开通首日，不少市民专程前来体验。",
    )


def test_an_advertisements_block_with_its_hotline_and_a_spaced_credit() -> None:
    ad = [
        "广告",
        "",
        "滨海日报",
        "2026年度征订",
        "全年订价360元 各地邮局均可订阅",
        "订阅热线 0596-12345678",
        "",
    ]
    text = "\n".join(["正文到此。", "", *ad, "项目建设单位介绍，施", "工期间采用了新技术。"])
    kept = [line for line in strip_furniture(text).text.split("\n") if line]
    assert kept == ["正文到此。", "项目建设单位介绍，施", "工期间采用了新技术。"]
    # a headline block with no telephone number in it is no advertisement's
    text = "\n".join(["广告", "", "地铁三号线", "北延段开通", "", "正文，", "到此。"])
    assert "地铁三号线" in strip_furniture(text).text
    page = import_page("冬日里的年货市场人气渐旺。12月6日，市民选购商品。\n李 想 摄\n", 1).page
    assert (page.articles[0].caption, page.articles[0].credit) == (
        "冬日里的年货市场人气渐旺。12月6日，市民选购商品。",
        "李想 摄",
    )


def test_a_caption_that_titles_itself_is_a_picture_story_not_the_storys_above() -> None:
    story = ["普惠金融助小微", "本报讯（通讯员 罗 佳）记者从银行获", "悉，贷款余额同比增长。", ""]
    own = ["11月15日，牧民在储备库装运草捆。", "本报记者 覃 岚 摄", ""]
    titled = ["冬日里的年货市场人气渐旺。12月6日，市", "民在会展中心选购商品。", "李 想 摄", ""]
    nxt = ["近海风电项目并网发电", "本报滨海12月7日讯（记者 周 航）项目", "实现全容量并网发电。"]
    page = import_page("\n".join([*story, *own]), 1).page
    assert [(a.title, a.caption) for a in page.articles] == [("普惠金融助小微", own[0])]
    page = import_page("\n".join([*story, *titled, *nxt]), 1).page
    assert [(a.title, a.kind, a.caption is None) for a in page.articles] == [
        ("普惠金融助小微", "article", True),
        ("冬日里的年货市场人气渐旺", "photo", False),
        ("近海风电项目并网发电", "article", True),
    ]


def test_a_page_number_alone_in_the_margin_is_the_folio() -> None:
    lines = ["2025年11月12日", "", "5", "", "星期三", "", "本报评论员", "岁末将至，全年", "目标任务冲刺。"]
    furniture = strip_furniture("\n".join(lines))
    assert furniture.number == 5
    assert next(line for line in furniture.text.split("\n") if line) == "本报评论员"
    # inside the page a number alone is left to the text
    inside = ["正文的第一行，", "第二行。", "", "3", "", "到此。", "", "完。", "", "终。"]
    assert strip_furniture("\n".join(inside)).number is None


def test_a_poem_keeps_its_lines_and_a_name_spelled_a_character_at_a_time_is_one() -> None:
    free = ["炉火映红了窗纸", "父亲的字迹", "歪歪斜斜地走进灯下", "他说雪还没来", "他说，天冷了", "记得添衣"]
    assert reflow([_block(*free)]).body == free
    classical = ["一江秋水向东流，", "两岸青山入画楼。", "莫道晚来风渐紧，", "满城灯火胜春游。"]
    assert reflow([_block(*classical)]).body == classical
    # running text: paragraphs' first lines are two characters short, and nothing else is
    prose = ["今年以来，全市新开通", "公交线路十二条，新增站", "点八十个。", "市民出行更加方便，"]
    assert len(reflow([_block(*prose, "换乘时间平均缩短五分", "钟。")]).body) == 2
    spelled = ["秋日登临", "文／图", "", "本报记者", "", "叶", "", "舟", ""]
    text = "\n".join(["冬夜读信", "◎ 王小川", *free, "", *spelled, *classical])
    articles = import_page(text, 7).page.articles
    assert [(a.title, a.byline, len(a.body)) for a in articles] == [
        ("冬夜读信", "王小川", 6),
        ("秋日登临", "文／图 本报记者 叶舟", 4),
    ]


def test_a_padded_name_ending_a_bylines_line_is_whole() -> None:
    text = "\n".join(
        [
            "亚太会议聚焦数字经济",
            "新华社首尔10月20",
            "日电 （记者 金 哲",
            "朴成浩）亚太经合组织",
            "20日在首尔举行对话会。",
        ]
    )
    (article,) = import_page(text, 1).page.articles
    assert (article.dateline, article.byline) == ("新华社首尔10月20日电", "记者 金哲 朴成浩")
    text = "\n".join(
        ["健步走活动举行", "本报讯（记者孔", "维）11月2日上午，", "万人健步走活动在滨江绿道举行。"]
    )
    assert import_page(text, 1).page.articles[0].byline == "记者 孔维"


def test_a_commentary_title_under_its_label_and_a_word_broken_at_a_paragraphs_head() -> None:
    story = ["本报讯（记者 方 明）眼下", "正是秋收秋种的关键时期。", "秋粮已收获七成。", ""]
    commentary = [
        "今日谈",
        "",
        "把“好钢”用在刀刃上",
        "今年以来，各地用好",
        "新增专项债券等政策工",
        "具，一批项目加快落地。",
        "",
        "把“好钢”用在刀刃",
        "上，就要算好“明白",
        "账”。项目谋划要立足实",
        "际，不贪大求洋。",
    ]
    articles = import_page("\n".join(["秋粮收获过七成", *story, *commentary]), 1).page.articles
    assert [(a.title, a.series) for a in articles] == [
        ("秋粮收获过七成", None),
        ("把“好钢”用在刀刃上", "今日谈"),
    ]
    assert len(articles[1].body) == 2
    assert articles[1].body[1] == "把“好钢”用在刀刃上，就要算好“明白账”。项目谋划要立足实际，不贪大求洋。"


def test_an_imprints_number_printed_apart_from_its_label_goes_with_it() -> None:
    text = "\n".join(
        ["正文的第一行，", "第二行。", "", "邮发代号", "", "3-12", "", "改造后的老街吸引了", "不少年轻人。"]
    )
    kept = [line for line in strip_furniture(text).text.split("\n") if line]
    assert kept == ["正文的第一行，", "第二行。", "改造后的老街吸引了", "不少年轻人。"]


def test_who_said_a_quote_stays_with_it() -> None:
    lines = ["“垃圾分类这本", "账，算的是经济账，更", "是环境账、民心账。”", "村党支部书记说。"]
    assert reflow(
        [_block("三年来，村里的垃圾减", "少了一半以上，环境好", "了，游客多了起来。", *lines)]
    ).body == [
        "三年来，村里的垃圾减少了一半以上，环境好了，游客多了起来。",
        "“垃圾分类这本账，算的是经济账，更是环境账、民心账。”村党支部书记说。",
    ]
    # a new paragraph that opens with who speaks next is one
    body = reflow(
        [_block("是环境账、民心账。”", "负责人表示，下一", "步将推广这一做法到全", "市各个村。")]
    ).body
    assert len(body) == 2
