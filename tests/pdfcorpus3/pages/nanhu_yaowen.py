"""南湖都市报, 2025-11-24, page A04: a city paper printed in sections (叠), its pages numbered by
section letter. The running head prints `A04` white in a black box, then the page's name, the
date at the right. A lead with a subtitle and a boxed 相关链接 under its last column; a short
story signed in parentheses on a line of its own, flush right under its last paragraph; a
commentary signed `□ 周　然`; a story reprinted from a news site under its dateline,
`央广网南湖11月23日消息`.
"""

from __future__ import annotations

import datetime as dt

from tests.pdfcorpus2.spec import Headline, PageSpec, PdfSpec, Place, RunningHead, Story

METRO = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0)),
    Headline(
        title=("地铁5号线南段今起试运行",), size=26, subtitle="——全线12座车站同步开放，早晚高峰行车间隔4分钟"
    ),
    dateline="本报讯（记者 宋　涛）",
    body=(
        "今天上午，南湖地铁5号线南段正式开始试运行。首班列车于6时整从湖滨站发出，"
        "不少市民早早来到车站，体验这条新线路。",
        "5号线南段全长15.6公里，设车站12座，串联起湖滨新区、高新区和老城区。"
        "试运行期间，早晚高峰行车间隔为4分钟，平峰时段为6分钟。",
        "市轨道交通集团有关负责人介绍，南段开通后，从湖滨新区到老城区的通勤时间将由"
        "1个多小时缩短至35分钟左右，每天可服务乘客约20万人次。",
    ),
    aside=(
        "相关链接",
        "南湖地铁5号线全长32.4公里，北段已于去年底开通运营。全线贯通后，"
        "将与1号线、3号线在湖滨站和人民广场站换乘。",
    ),
)

MARKET = Story(
    Place(4, 2),
    Headline(title=("早市搬进了新大棚",), size=18),
    body=(
        "连日来，城西早市的摊主们陆续搬进了新建的便民大棚。大棚里摊位整齐划一，"
        "地面铺上了防滑砖，还装了排水沟和照明灯。",
        "“以前刮风下雨就没法出摊，现在不怕了。”卖菜的王阿姨笑着说。",
    ),
    closing="（记者 邵　敏）",
    closing_apart=True,
)

VIEW = Story(
    Place(4, 2),
    Headline(series="南湖时评", series_style="box", title=("便民设施贵在管好用好",), size=16),
    byline="□ 周　然",
    body=(
        "早市搬进大棚，地铁通到家门口，一件件民生实事让群众生活更方便。"
        "但也要看到，设施建成只是第一步，管好用好才是长久之计。",
        "相关部门要建立日常管护机制，及时回应群众的意见建议，让便民设施真正成为群众身边的“暖心工程”。",
    ),
)

TRAIN = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0)),
    Headline(title=("南湖至江城城际列车加密",), size=20),
    dateline="央广网南湖11月23日消息（记者 韩　雪）",
    body=(
        "记者从铁路部门获悉，自12月1日起，南湖至江城城际列车每天将增开8对，"
        "全天开行达到46对，最短发车间隔缩短至20分钟。",
        "铁路部门同时推出计次票和定期票，常旅客乘车最多可享受七五折优惠。",
        "据介绍，南湖至江城城际铁路开通三年来，累计发送旅客超过2600万人次。今年以来，"
        "日均客流达到3.2万人次，节假日高峰时段一票难求。此次加密车次后，"
        "两地之间的通勤、商务和旅游出行将更加便捷。",
    ),
)

SPEC = PdfSpec(
    name="nanhu-2025-11-24-a04",
    paper="南湖都市报",
    paper_id="nhdsb",
    date=dt.date(2025, 11, 24),
    pages=(
        PageSpec(
            number=4,
            name="要闻",
            items=(METRO, MARKET, VIEW, TRAIN),
            body_size=10.0,
            leading=1.6,
            running_head=RunningHead(
                left=(("A0{n}", "reverse"), ("{name}", "plain")), right=(("{date}", "plain"),)
            ),
            editor=("本版责编：任　远　　美编：谷　雨",),
        ),
    ),
    notes=(
        "a page numbered by its section's letter: A04, white in a black box, then 要闻",
        "a byline in parentheses flush right under a story; a commentary signed □ 周　然",
        "a news site's dateline ending in 消息",
        "a boxed 相关链接 aside under a story's last column",
    ),
)
