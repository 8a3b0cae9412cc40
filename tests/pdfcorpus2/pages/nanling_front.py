"""南岭晚报, 2025-11-14, page 1: a tabloid evening paper's front. The paper's name is a logo (an
image, not text), with the date line and 期号 under it and a barcode beside it; no running head;
the editor line turned −90° in the right margin, reading downward. Body in 10-point 明体 on a
leading of 1.5 in columns of 11.6 ems with 1.2-em gutters; punctuation that will not fit hangs
past the column's edge; each line drawn in natural runs (a new string wherever letter spacing
moves the pen). A 48-point lead title under a 楷体 kicker, its photo over two columns with the
caption beside it and the credit on a line of its own; a title in two sizes; unshaded 简讯
with fake-bold lead-ins; a photo item captioned beside its picture.
"""

from __future__ import annotations

import datetime as dt

from tests.pdfcorpus2.spec import (
    TABLOID,
    Brief,
    Briefs,
    Headline,
    Masthead,
    PageSpec,
    PdfSpec,
    Photo,
    Place,
    Story,
)

LEAD = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0, 1.0)),
    Headline(kicker="赏雾凇　泡温泉　品年俗", title=("南岭冬游季启幕",), size=48, small=16),
    dateline="本报讯（记者 梁　爽）",
    photo=Photo(
        height=170,
        columns=(0, 2),
        beside=True,
        caption="11月13日，游客在南岭国家森林公园观赏初冬云海。",
        credit="本报记者　黄　河　摄",
        credit_own_line=True,
    ),
    body=(
        "11月13日，2025南岭冬季旅游季在南岭国家森林公园启动。今年冬游季将持续到明年2月底，"
        "推出雾凇观赏、温泉康养、民俗体验等四大类60余项活动。",
        "据介绍，今年冬游季首次推出“一票游南岭”，游客购买一张联票，即可游览景区内8个主要景点，"
        "并免费乘坐景区观光车。联票价格比单独购票便宜近四成。",
        "为保障游客出行，市交通部门将在周末和节假日加开城区至景区的旅游专线，班次间隔缩短至20分钟。"
        "各景区还将增设临时停车场和休息驿站。",
        "市文化广电和旅游局负责人表示，去年冬游季全市接待游客超过300万人次，今年有望再创新高。",
    ),
)

METRO = Story(
    Place(0, 2),
    Headline(title=("地铁2号线", "年底开通试运营"), sizes=(16.0, 21.0)),
    dateline="本报讯（记者 尹　航）",
    body=(
        "记者从市轨道交通集团获悉，地铁2号线全线已完成“三权”移交，正在进行开通前的各项准备工作，"
        "预计年底开通试运营。",
        "地铁2号线全长26.5公里，共设车站21座，串联起老城区、高铁站和大学城。开通后，"
        "从高铁站到市中心只需25分钟。",
    ),
)

BRIEFS = Briefs(
    Place(2, 2),
    (
        Brief("流感疫苗可预约", "本报讯　", "全市120家接种点已开放流感疫苗预约，60岁以上老人可免费接种。"),
        Brief(
            "周末有雨降温",
            "本报讯（记者 谭　悦）",
            "受冷空气影响，本周六至周日我市有小到中雨，气温下降5至7℃，市民出行请注意添衣。",
        ),
        Brief("老街市集开张", "本报讯　", "骑楼老街周末市集15日开张，设置非遗展示、手作体验等摊位50多个。"),
    ),
    lead_bold="overprint",
    shaded=False,
)

MARKET = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0, 1.0)),
    kind="photo",
    photo=Photo(
        height=120,
        columns=(0, 3),
        beside=True,
        caption="入冬以来，城南花卉市场的年宵花陆续上市，蝴蝶兰、红掌等品种受到市民青睐。",
        credit="南岭晚报记者　韦小川　摄",
    ),
)

FOOTBALL = Story(
    Place(0, 4),
    Headline(title=("校园足球联赛开赛",), size=18),
    dateline="本报讯（通讯员 蒙　婷）",
    body=(
        "11月13日，2025年全市中小学校园足球联赛在市体育中心开幕。本届联赛设小学、初中、高中三个组别，"
        "共有来自86所学校的212支球队参赛，比赛将持续到12月中旬。",
    ),
)

SPEC = PdfSpec(
    name="nanling-2025-11-14-p01",
    paper="南岭晚报",
    paper_id="nlwb",
    date=dt.date(2025, 11, 14),
    edition="第8812期",
    pages=(
        PageSpec(
            number=1,
            name=None,
            items=(LEAD, METRO, BRIEFS, MARKET, FOOTBALL),
            size=TABLOID,
            grid=(11.6,) * 4,
            gutter=1.2,
            body_face="ming",
            masthead=Masthead(size=50, face="hei", logo=True),
            editor=("责任编辑：邝　敏　　版式设计：程　立",),
            editor_at="right",
            stream="reading",
            drawing="runs",
            punctuation="hang",
        ),
    ),
    notes=(
        "tabloid front; the paper's name a logo image; barcode; date line and 期号; no running head",
        "editor line turned −90° in the right margin; 10-pt 明体, leading 1.5, 1.2-em gutters",
        "punctuation hung past the column's edge; lines drawn in natural runs",
        "48-pt lead title under a 楷体 kicker",
        "photo over two columns, caption beside it, credit on its own line",
        "title in two sizes; unshaded 简讯 with fake-bold lead-ins; photo item captioned beside its picture",
    ),
)
