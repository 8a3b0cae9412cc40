"""南湖都市报, 2025-11-24, page A01: the front page of a city paper printed in sections. Its
masthead, a lead over five of its six columns, and a 导读 (guide) column down the right:
under a `今日导读` band, each entry a small title, a line or two of summary and its pointer
flush right, `（详见A04版）`, saying on which page the story is.
"""

from __future__ import annotations

import datetime as dt

from tests.pdfcorpus2.spec import Headline, Masthead, PageSpec, PdfSpec, Place, Story

LEAD = Story(
    Place(0, 5, split=(1.0, 1.0, 1.0, 1.0)),
    Headline(
        kicker="全市重点项目集中开工",
        title=("总投资386亿元　62个项目同日开工",),
        size=30,
    ),
    dateline="本报讯（记者 宋　涛 实习生 韦小雨）",
    body=(
        "昨天上午，全市2025年第四季度重点项目集中开工活动举行。此次集中开工的62个项目总投资386亿元，"
        "涵盖先进制造、城市更新、交通基础设施和社会民生等领域。",
        "在主会场湖滨新区，一个总投资45亿元的新能源汽车零部件项目破土动工。项目负责人介绍，"
        "项目建成后可年产驱动电机60万台套，带动就业3000余人。",
        "市发展改革委有关负责人表示，今年以来全市重点项目推进有力，前10个月完成投资"
        "1268亿元，完成年度计划的91.3%。下一步将强化要素保障，推动项目早建成、早投产、早见效。",
    ),
)

METRO = Story(
    Place(5, 1),
    Headline(series="今日导读", series_style="band", title=("地铁5号线南段试运行",), size=12),
    body=("全线12座车站同步开放，早晚高峰行车间隔4分钟。",),
    continued_on="（详见A04版）",
)

MARKET = Story(
    Place(5, 1),
    Headline(title=("早市搬进了新大棚",), size=12),
    body=("城西早市的摊主们陆续搬进新建的便民大棚，刮风下雨也能出摊。",),
    continued_on="（详见A04版）",
)

SCHOOL = Story(
    Place(5, 1),
    Headline(title=("12所新校明年开学",), size=12),
    body=("新增学位1.8万个，主要分布在湖滨新区和高新区。",),
    continued_on="（详见A06版）",
)

SPEC = PdfSpec(
    name="nanhu-2025-11-24-a01",
    paper="南湖都市报",
    paper_id="nhdsb",
    date=dt.date(2025, 11, 24),
    pages=(
        PageSpec(
            number=1,
            name=None,
            items=(LEAD, METRO, MARKET, SCHOOL),
            body_size=10.0,
            leading=1.6,
            masthead=Masthead(size=56, face="kai", imprint=("国内统一连续出版物号 CN00-0000",)),
            editor=("本版责编：任　远",),
            stream="headlines-last",
            drawing="runs",
            punctuation="hang",
        ),
    ),
    notes=(
        "front page: masthead, a lead over five grid columns in four",
        "导读 entries in the right column, each pointing to its page: （详见A04版）",
    ),
)
