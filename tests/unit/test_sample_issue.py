"""The sample issue says what page 1 of 2024-11-19 printed, and nothing else."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from paperterm.model.issue import Heading
from paperterm.model.loader import check_file, load_issue
from tests.conftest import RAW_PAGE, SAMPLE


def test_sample_is_valid_without_warnings() -> None:
    issue, problems = check_file(SAMPLE)
    assert problems == []
    assert issue is not None
    assert (issue.paper, issue.paper_id, issue.date) == ("山西日报", "sxrb", dt.date(2024, 11, 19))
    assert issue.source and "masthead" in issue.source


def test_page_one_has_the_eight_items_in_order() -> None:
    issue = load_issue(SAMPLE)
    assert [p.label for p in issue.pages] == ["第1版 要闻"]
    titles = [a.title for a in issue.pages[0].articles]
    assert titles == [
        "特种车辆走俏国内外市场",
        "临汾：在推进中国式现代化实践中交出亮丽答卷",
        "省安委办安排部署加强煤矿水害防治工作",
        "省科技厅下发通知 明确省科普基地申报事项",
        "山西博物院展示的壁画修复技术受关注",
        "外贸业务员 赛场比技能",
        "无烟煤产业大会暨无烟煤产需衔接会在晋城举行",
        "前10个月全省货物贸易进出口增长5.9%",
    ]


def test_named_fields_of_each_item() -> None:
    articles = {a.id: a for _, a in load_issue(SAMPLE).articles()}
    photo = articles["special-vehicles"]
    assert (photo.kind, photo.kicker) == ("photo", "临汾经开区甘亭工业园")
    assert (photo.caption, photo.credit) == ("图为该公司生产的新能源环卫车辆。", "本报记者 张文华 摄")
    answer = articles["lf-answer"]
    assert answer.series == "聚焦“推动高质量发展、深化全方位转型”系列主题新闻发布会"
    assert answer.byline == "本报记者 张文华"
    assert answer.continued_on == 2
    assert [b.text for b in answer.body if isinstance(b, Heading)] == [
        "坚持抓产业、促升级，持续夯实高质量发展产业基础",
        "坚持抓改革、促开放，持续激活高质量发展动力活力",
        "坚持抓统筹、促融合，持续拓展高质量发展的空间载体",
    ]
    coal = articles["coal-water"]
    assert (coal.kicker, coal.dateline, coal.byline) == (
        "夯实基础保障 健全责任体系",
        "本报太原11月18日讯",
        "记者 王佳丽",
    )
    assert coal.paragraphs[0].startswith("为切实加强煤矿水害防治工作")
    assert articles["mural-repair"].kicker == "在莱比锡国际文物保护、修复和改造博览会上"
    contest = articles["trade-contest"]
    assert contest.kind == "photo" and contest.credit == "本报记者 王蕾 摄"
    assert contest.caption and contest.caption.endswith("增添新动能。")
    assert articles["anthracite"].kicker == "以“绿色低碳、协同共赢”为主题"
    assert articles["anthracite"].byline == "记者 崔振海"
    assert articles["trade-growth"].subtitle == "高于全国平均增速0.7个百分点"


def _all_text() -> str:
    parts: list[str] = []
    for _, a in load_issue(SAMPLE).articles():
        parts += [p for p in (a.series, a.kicker, a.title, a.subtitle, a.dateline, a.byline) if p]
        parts += [b.text if isinstance(b, Heading) else b for b in a.body]
        parts += [p for p in (a.caption, a.credit) if p]
    return "".join(parts)


def test_every_character_of_the_page_is_kept_and_none_invented() -> None:
    raw = RAW_PAGE.read_text(encoding="utf-8")
    # What the extraction doubled (bold type) is printed once; the continuation
    # marker became a field; datelines lost their brackets to become fields.
    raw = raw.replace("本报记者本报记者 张文华张文华 摄摄", "本报记者张文华摄")
    raw = raw.replace("外贸业务员外贸业务员 赛场比技能赛场比技能", "外贸业务员赛场比技能")
    raw = raw.replace("（下转第2版）", "")
    raw_chars = Counter(re.sub(r"\s", "", raw))
    issue_chars = Counter(re.sub(r"\s", "", _all_text()))
    assert issue_chars - raw_chars == Counter()
    assert raw_chars - issue_chars == Counter({"（": 5, "）": 5})


def test_typesetting_spaces_and_line_breaks_are_gone_from_paragraphs() -> None:
    for _, article in load_issue(SAMPLE).articles():
        for paragraph in article.paragraphs:
            assert " " not in paragraph and "\n" not in paragraph
    text = _all_text()
    assert "2022年1月首站" in text
    assert "每公斤888元" in text
    assert "农产品出口14.9亿元" in text
