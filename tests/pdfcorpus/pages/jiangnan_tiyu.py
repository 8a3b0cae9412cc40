"""江南晨报, 2025-11-03, page 8 `8 体育`: a tabloid set entirely in an embedded TrueType font
with 1-em gutters; a photo item with kicker and bold title (credit 本报记者　金　晨　摄); CBA and
scores; an article under a bold byline line; a boxed brief
with a two-line bold title; a 本报讯 with full-width parentheses and no spaces."""

from __future__ import annotations

import datetime as dt

from tests.pdfcorpus.spec import TABLOID, Advert, Headline, Module, PageSpec, PdfSpec, Photo, Place

RELAY = Module(
    Place(0, 5),
    Headline(
        kicker="省第十八届运动会游泳比赛落幕", title=("江南小将包揽男子接力两金",), title_size=24, bold=True
    ),
    kind="photo",
    photo=Photo(
        height=170,
        caption="11月2日，江南市代表队队员在男子4×100米混合泳接力决赛中奋力冲刺。",
        credit="本报记者　金　晨　摄",
    ),
)

BASKETBALL = Module(
    Place(0, 3),
    Headline(title=("江南队主场加时险胜",), title_size=20, bold=True),
    byline="本报记者　邵　峰",
    bold_byline=True,
    body=(
        "11月2日晚，CBA联赛第五轮在江南体育馆展开角逐。江南队在常规时间打平的情况下，"
        "凭借加时赛的出色发挥，以108比102战胜来访的北方队，取得三连胜。",
        "比赛中，双方比分交替上升。第四节最后10秒，北方队一记三分球将比赛拖入加时。"
        "加时赛中，江南队后卫连得7分，帮助球队锁定胜局。",
        "赛后，江南队主教练表示，年轻球员在关键时刻顶住了压力，"
        "“这场胜利对球队建立信心很重要”。据悉，本场比赛现场观众超过8000人。",
    ),
)

WALK = Module(
    Place(3, 2),
    Headline(title=("万人健步走", "乐享秋光"), title_size=18),
    dateline="本报讯（记者孔维）",
    body=(
        "11月2日上午，“健康江南·万人健步走”活动在滨江绿道举行。近万名市民沿江而行，全程约8公里。",
        "今年以来，全市新建和改造健身步道120公里，社区健身点实现全覆盖，经常参加体育锻炼的人数比例达到42%。",
    ),
)

PREVIEW = Module(
    Place(3, 2, top=459),
    Headline(title=("本周赛事", "早知道"), title_size=14, bold=True),
    boxed=True,
    body=("11月5日19时35分，江南队主场迎战南岭队；11月8日15时，全市中学生足球联赛决赛在市体育中心举行。",),
)

FOOTBALL = Module(
    Place(0, 3),
    Headline(kicker="校园足球", title=("绿茵场上的“追风少年”",), title_size=18),
    dateline="本报讯（记者 孔　维　通讯员 邱晓燕）",
    body=(
        "下午四点半，下课铃声一响，江南市实验小学的足球场上就热闹起来。"
        "三个年级的校队队员分组训练，场边还站着不少前来观看的家长。",
        "这所学校开展校园足球已有十年，每个班都组建了班级球队，每周安排一节足球课。"
        "今年，学校女子足球队拿到了全市小学组冠军。",
        "市教育局介绍，全市已有校园足球特色学校86所，参加校园足球联赛的学生超过1.5万人。",
    ),
)

AD = Advert(
    Place(0, 5),
    lines=(("江南体育彩票", 22.0), ("公益体彩　乐善人生", 14.0)),
    height=96,
)

SPEC = PdfSpec(
    name="jiangnan-2025-11-03-p08",
    paper="江南晨报",
    paper_id="jncb",
    date=dt.date(2025, 11, 3),
    pages=(
        PageSpec(
            number=8,
            name="体育",
            size=TABLOID,
            body_font="zenhei",
            headline_font="zenhei",
            body_size=9.5,
            leading=14.0,
            columns=5,
            column_chars=10,
            gutter=1.0,
            modules=(RELAY, BASKETBALL, WALK, FOOTBALL, PREVIEW, AD),
            footer=("本版责编：钟　鸣　　版式设计：吴　桐",),
        ),
    ),
    notes=(
        "tabloid sports page all in embedded TrueType (wqy-zenhei), 1-em gutters; `8 体育`",
        "photo item with kicker and bold title, 4×100米 in the caption, credit 本报记者　金　晨　摄",
        "bold byline line 本报记者　邵　峰; CBA; scores 108比102",
        "本报讯（记者孔维）; boxed brief with a bold two-line title",
        "本报讯（记者 孔　维　通讯员 邱晓燕）; kicker with quotes in the title; an advertisement",
    ),
)
