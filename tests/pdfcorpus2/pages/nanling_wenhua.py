"""南岭晚报, 2025-11-14, page 7: a tabloid culture page. The running head `第7版：文化` sits at the
left, the paper's name and the date line at the right. Body in 9.5-point 宋体 on a leading of
1.5, 1-em gutters, justified with compressed punctuation; every glyph its own text object with
its own Tm, every headline drawn after every body. A lead whose 楷体 kicker is far longer than
its two-character-wide title, set 36-point with wide letter spacing and stroked bold, and a
subtitle without ——; its photo over two columns with the credit right-aligned on a line of its
own; a photo item with its own headline and a caption beside the picture; a bracketed label; a
two-line title set beside its body.
"""

from __future__ import annotations

import datetime as dt

from tests.pdfcorpus2.spec import (
    TABLOID,
    Brief,
    Briefs,
    Headline,
    PageSpec,
    PdfSpec,
    Photo,
    Place,
    RunningHead,
    Story,
)

OPERA = Story(
    Place(0, 4),
    Headline(
        kicker="桂剧《山歌情》完成复排　将赴北京参加全国优秀剧目展演",
        title=("老戏新唱",),
        size=36,
        tracking=0.5,
        bold="stroke",
        subtitle="年轻演员挑大梁",
        small=15,
    ),
    byline="本报记者　莫晓雯",
    photo=Photo(
        height=130,
        columns=(2, 2),
        caption="《山歌情》演出现场。",
        credit="本报记者　莫晓雯　摄",
        credit_own_line=True,
    ),
    body=(
        "11月13日晚，由市桂剧团复排的经典剧目《山歌情》在南岭大剧院上演。剧场内座无虚席，"
        "演员们字正腔圆的唱腔和细腻传神的表演，赢得观众阵阵掌声。",
        "《山歌情》首演于上世纪八十年代，讲述了山村青年为保护山林与乡亲们共同奋斗的故事。此次复排，"
        "剧团在保留原有唱腔精华的基础上，对舞美、灯光进行了全新设计。",
        "剧中主要角色全部由“90后”演员担纲。饰演女主角的演员蓝晓芸说：“老师们一句一句地教，"
        "一个动作一个动作地抠，我们既是在学戏，也是在传承。”",
        "据悉，该剧将于12月赴北京参加全国优秀剧目展演。",
    ),
)

GINKGO = Story(
    Place(0, 2, split=(1.0, 1.0)),
    Headline(title=("银杏金黄",), size=18),
    kind="photo",
    photo=Photo(
        height=110,
        columns=(0, 1),
        beside=True,
        caption="初冬时节，南岭大学校园里的银杏大道一片金黄，吸引不少市民前来拍照。",
        credit="（通讯员　韦　丹　摄）",
    ),
)

BOOKS = Story(
    Place(2, 2),
    Headline(series="【书香南岭】", title=("“流动书车”开进村",), size=18),
    dateline="本报讯（记者 覃　菲）",
    body=(
        "“以前想看书得跑到县城，现在书车每周都开到村口。”11月12日，在横塘镇六合村，"
        "村民黄大姐一口气借了三本书。",
        "今年以来，市图书馆组织4辆“流动书车”定期深入乡镇和村屯，每辆车可装载图书3000册，"
        "已累计服务群众5.6万人次。",
        "市图书馆负责人介绍，读者还可以通过手机预约想看的书，下次书车来时直接取书。",
    ),
)

CRAFTS = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0), head=10.0),
    Headline(title=("百件非遗", "亮相博物馆"), size=18, side="left"),
    dateline="本报讯（记者 甘　露）",
    body=(
        "“南岭非遗百件精品展”11月13日在市博物馆开展，展出刺绣、竹编、银饰、木雕等非遗精品100余件，"
        "其中不少是首次公开展出。",
        "展览现场还设置了互动体验区，非遗传承人现场展示绣球制作、竹编技艺，不少市民跟着学了起来。"
        "展览将持续至明年1月。",
    ),
)

BRIEFS = Briefs(
    Place(2, 2),
    (
        Brief(
            "合唱比赛落幕",
            "本报讯　",
            "第十届市民合唱节11月12日落幕，28支合唱团参赛，市老年大学合唱团获得金奖。",
        ),
        Brief(
            "摄影展开幕",
            "本报讯（记者 农思远）",
            "“光影南岭”摄影作品展在市美术馆开幕，展出作品160幅，展期一个月。",
        ),
    ),
)

FILM = Story(
    Place(0, 2),
    Headline(title=("本土电影《归途》开拍",), size=16),
    dateline="本报讯（记者 覃　菲）",
    body=(
        "由本土团队创作的电影《归途》11月13日在南岭古镇开机。影片讲述了一位返乡青年带领村民"
        "发展生态农业的故事，计划明年春节后上映。",
        "导演介绍，影片大部分场景将在南岭取景，还将邀请当地村民参与拍摄。",
    ),
)

SPEC = PdfSpec(
    name="nanling-2025-11-14-p07",
    paper="南岭晚报",
    paper_id="nlwb",
    date=dt.date(2025, 11, 14),
    pages=(
        PageSpec(
            number=7,
            name="文化",
            items=(OPERA, GINKGO, BOOKS, CRAFTS, FILM, BRIEFS),
            size=TABLOID,
            grid=(12.4,) * 4,
            gutter=1.0,
            body_size=9.5,
            running_head=RunningHead(
                left=(("第{n}版：{name}", "plain"),), right=(("南岭晚报", "plain"), ("{date}", "plain"))
            ),
            editor=("责任编辑：邝　敏",),
            stream="headlines-last",
            drawing="glyphs",
        ),
    ),
    notes=(
        "tabloid page; running head `第7版：文化` at the left, the paper's name and date at the right",
        "9.5-pt body, leading 1.5, 1-em gutters; each glyph its own text object; headlines drawn last",
        "kicker far longer than a 36-pt title with wide letter spacing, stroked bold; subtitle without ——",
        "photo over two columns, credit right-aligned on its own line",
        "photo item with its own headline, caption beside the picture; 【书香南岭】; a title beside its body",
        "shaded 简讯 with 黑体 lead-ins (not bold) beside a short story",
    ),
)
