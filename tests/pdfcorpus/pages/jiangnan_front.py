"""江南晨报, 2025-11-03, front page: a tabloid set entirely in an embedded TrueType font (WenQuanYi
Zen Hei) with 1-em gutters. The running head `第一版：要闻` sits above the masthead; a photo
item with its own kicker and bold title and a （人民视觉） credit; a vertical headline beside its
body under a 本报讯 dateline with reporter and correspondent; a 本报…讯 with a padded name; an
advertisement at the foot; 责任编辑/版式设计 lines."""

from __future__ import annotations

import datetime as dt

from tests.pdfcorpus.spec import TABLOID, Advert, Headline, Masthead, Module, PageSpec, PdfSpec, Photo, Place

TOWN = Module(
    Place(0, 5),
    Headline(kicker="金秋时节游人如织", title=("运河古镇迎来观光热",), title_size=26, bold=True, center=True),
    kind="photo",
    photo=Photo(
        height=190,
        caption="11月2日，游客在运河古镇的石桥上拍照留念。入秋以来，古镇推出夜游、非遗展演等活动，"
        "吸引大批市民游客前来打卡。",
        credit="（人民视觉）",
    ),
)

FESTIVAL = Module(
    Place(0, 3, beside=1),
    Headline(title=("稻香里的丰收节",), title_size=24, vertical=True, bold=True),
    dateline="本报讯（记者 朱晓琳　通讯员 方可）",
    body=(
        "锣鼓声声，稻浪翻滚。11月2日，桐乡市一个村子里热闹非凡，第三届农民丰收节在这里开幕。"
        "割稻比赛、农具展示、乡村集市轮番登场，村民和游客挤满了田埂。",
        "“今年晚稻亩产比去年多了五十多斤。”种粮大户沈建国一边给游客介绍新品种，一边招呼大家尝尝"
        "新米做的糕团。",
        "近年来，当地推广稻渔共生、订单农业等模式，并把丰收节办成了乡村旅游的“金名片”。"
        "节会期间，村里的民宿全部订满，农产品销售额超过60万元。",
    ),
)

METRO = Module(
    Place(3, 2),
    Headline(title=("地铁三号线", "北延段开通"), title_size=20),
    dateline="本报杭州11月2日讯（记者 王　蕾）",
    body=(
        "11月2日上午9时，地铁三号线北延段正式开通运营。新开通的线路长约12.6公里，设站7座，"
        "串联起城北多个居住区和产业园区。",
        "开通首日，不少市民专程前来体验。家住城北的李先生说，过去到市中心上班要倒两趟公交，"
        "现在坐地铁只要半个小时。",
        "据介绍，北延段全线实现5G信号覆盖，车站配备了智能客服和无障碍设施。"
        "运营部门将根据客流情况适时调整行车间隔。",
    ),
)

AD = Advert(
    Place(0, 5),
    lines=(("江南晨报　全媒体广告热线", 20.0), ("0571-8765 4321", 16.0)),
    height=100,
)

SPEC = PdfSpec(
    name="jiangnan-2025-11-03-front",
    paper="江南晨报",
    paper_id="jncb",
    date=dt.date(2025, 11, 3),
    edition="第8421期",
    pages=(
        PageSpec(
            number=1,
            name="要闻",
            size=TABLOID,
            body_font="zenhei",
            headline_font="zenhei",
            body_size=9.5,
            leading=14.0,
            columns=5,
            column_chars=10,
            gutter=1.0,
            masthead=Masthead(lunar="乙巳年九月十四", name_size=48),
            running_head="ban-cn-name",
            modules=(TOWN, FESTIVAL, METRO, AD),
            footer=("责任编辑：林　杉　　版式设计：吴　桐",),
        ),
    ),
    notes=(
        "tabloid front page in embedded TrueType (wqy-zenhei); 1-em gutters",
        "`第一版：要闻` over the masthead",
        "photo item with kicker and fake-bold title, credit （人民视觉）",
        "vertical headline beside its body; 本报讯（记者 朱晓琳　通讯员 方可）",
        "本报杭州11月2日讯（记者 王　蕾）; two-line title; 5G; advertisement; 责任编辑/版式设计",
    ),
)
