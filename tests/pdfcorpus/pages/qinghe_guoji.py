"""清河日报, 2025-10-21, page 4 `4 国际`, 1.5-em gutters: foreign datelines (新华社首尔…电 with two
names in one parenthesis, 中新社巴黎…电, 新华社内罗毕…电); a two-line title opening with APEC;
an L-shaped flow around a one-column photo in the top-right corner (credit 新华社记者　姚大伟摄);
a boxed 国际观察 with a byline line; a three-line headline beside its body."""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus.spec import TABLOID, Headline, Module, PageSpec, PdfSpec, Photo, Place

SEOUL = Module(
    Place(0, 3),
    Headline(
        kicker="共建开放型亚太经济",
        title=("APEC工商领导人对话会", "聚焦数字经济"),
        title_size=20,
        bold=True,
    ),
    photo=Photo(
        height=150,
        columns=(2, 1),
        caption="10月20日，与会嘉宾在对话会现场交流。",
        credit="新华社记者　姚大伟摄",
    ),
    dateline="新华社首尔10月20日电　（记者 金　哲　朴成浩）",
    body=(
        "亚太经合组织（APEC）工商领导人对话会20日在韩国首尔举行。来自亚太地区的约600名"
        "企业家和政府官员围绕数字经济、绿色转型、供应链合作等议题展开讨论。",
        Heading("数字合作成为热点"),
        "多位与会企业家表示，人工智能、跨境数据流动等新技术新业态正在重塑亚太地区的产业分工，"
        "各方应加强数字基础设施互联互通，推动数字规则对接。",
        "一家东南亚电商企业负责人说，过去三年，公司借助跨境电商平台把业务拓展到12个经济体，"
        "其中来自中国的供应商占了近一半。",
        Heading("中小企业期待更多机遇"),
        "与会代表认为，中小企业是亚太经济的重要力量，应帮助中小企业更好利用数字工具参与国际贸易，"
        "降低融资成本和通关成本。",
        "对话会发表的成果文件呼吁，各成员继续坚持开放的区域主义，维护以世贸组织为核心的多边贸易体制。",
    ),
)

OBSERVER = Module(
    Place(3, 2),
    Headline(series="国际观察", series_boxed=True, title=("欧洲能源转型", "步入关键期"), title_size=18),
    byline="本报记者　李　晴",
    body=(
        "入秋以来，欧洲多国天然气储气率维持在九成以上，能源供应总体平稳。与此同时，"
        "风电、光伏等可再生能源发电占比持续提高，欧洲能源转型正步入关键期。",
        "不过，转型之路并不平坦。一些国家电网建设跟不上新能源发展步伐，弃风弃光现象时有发生；"
        "能源价格波动也给企业和居民带来不小压力。",
        "分析人士认为，欧洲需要在保障能源安全和推进绿色转型之间找到平衡，"
        "加强与各方在清洁能源技术和产业链方面的合作。",
    ),
)

SOLAR = Module(
    Place(0, 3, beside=1),
    Headline(title=("非洲多国", "加快建设", "光伏电站"), title_size=18, bold=True),
    dateline="新华社内罗毕10月20日电　（记者 王　宁）",
    body=(
        "记者从肯尼亚能源部门获悉，该国北部一座装机容量5万千瓦的光伏电站日前并网发电，"
        "可满足约3万户家庭的用电需求。",
        "近年来，非洲多国把发展太阳能作为解决电力短缺问题的重要途径。据国际机构统计，"
        "去年非洲新增光伏装机容量同比增长超过五成。",
        "当地居民说，通电以后，村里的诊所有了冰箱保存疫苗，孩子们晚上也能在灯下读书了。",
    ),
)

LOUVRE = Module(
    Place(3, 2),
    Headline(title=("巴黎一博物馆", "推出中国瓷器特展"), title_size=15),
    dateline="中新社巴黎10月20日电　（记者 孙　亮）",
    body=(
        "“东方瓷韵——中国瓷器精品展”20日在巴黎一家博物馆开幕，展出从唐代到清代的瓷器精品130余件，展期3个月。",
        "策展人介绍，展品中既有馆藏珍品，也有来自中国多家博物馆的借展文物。"
        "开幕当天，不少法国观众早早在门口排起了长队。",
    ),
)

GENEVA = Module(
    Place(3, 2),
    Headline(title=("全球可再生能源", "装机容量继续增长"), title_size=15),
    dateline="新华社日内瓦10月20日电　（记者 曾　焱）",
    body=(
        "国际可再生能源机构20日发布报告说，去年全球新增可再生能源装机容量约5.8亿千瓦，"
        "创历史新高，其中太阳能发电新增装机占比超过七成。",
        "报告同时指出，要实现到2030年可再生能源装机容量增至三倍的目标，"
        "各国仍需加大投资力度，特别是帮助发展中国家获得资金和技术。",
    ),
)

AUTUMN = Module(
    Place(0, 3),
    Headline(title=("秋染伏尔加河畔",), title_size=16),
    kind="photo",
    photo=Photo(
        height=130,
        caption="10月19日，游人在俄罗斯喀山市伏尔加河畔的公园里散步。",
        credit="新华社记者　彭纯摄",
    ),
)

SPEC = PdfSpec(
    name="qinghe-2025-10-21-p04",
    paper="清河日报",
    paper_id="qhrb",
    date=dt.date(2025, 10, 21),
    pages=(
        PageSpec(
            number=4,
            name="国际",
            size=TABLOID,
            gutter=1.5,
            body_size=9.0,
            leading=13.0,
            columns=5,
            column_chars=10,
            modules=(SEOUL, OBSERVER, LOUVRE, SOLAR, GENEVA, AUTUMN),
            footer=("本版责编：方　舟　　本版邮箱：qhgj@qhrb.example.cn",),
        ),
    ),
    notes=(
        "tabloid international page `4 国际`, 1.5-em gutters; no masthead",
        "APEC opening a two-line title; 新华社首尔…电　（记者 金　哲　朴成浩）; 小标题",
        "L-shaped flow around a one-column photo at the top right, credit 新华社记者　姚大伟摄",
        "boxed 国际观察 with 本报记者　李　晴; three-line headline beside its body; 中新社巴黎…电",
        "photo item with its own headline, credit 新华社记者　彭纯摄",
    ),
)
