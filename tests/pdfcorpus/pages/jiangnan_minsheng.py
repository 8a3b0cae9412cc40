"""江南晨报, 2025-11-03, page 5 `民生 5` (the name before the number): a tabloid with headlines in
an embedded TrueType font over CID-font body text; a headline with kicker set beside (left of)
its body; a 本报…讯 with reporter and padded correspondent; an L-shaped flow around a photo
with a （资料图片） credit on a line of its own, 小标题, a byline line with a single padded name,
90.5%; no masthead, so the command line gives the paper and date."""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus.spec import TABLOID, Headline, Module, PageSpec, PdfSpec, Photo, Place

BOOKS = Module(
    Place(0, 3, beside=1),
    Headline(kicker="全民阅读", title=("城市书房", "亮灯到深夜"), title_size=18, bold=True),
    dateline="本报讯（记者 俞　敏）",
    body=(
        "晚上十点，位于老城区的一间城市书房里依然坐满了读者。有人伏案备考，有人捧书细读，"
        "窗外的街市渐渐安静下来。",
        "今年以来，全市新建城市书房46家，总数达到210家，其中24小时开放的有138家。"
        "读者刷身份证或借书证即可进入，借还图书与市图书馆通借通还。",
        "“下班后来这里看一个小时书，是一天里最放松的时候。”在附近工作的程序员小周说，"
        "书房离家只有几百米，比去图书馆方便多了。",
        "市图书馆有关负责人介绍，下一步将根据读者借阅数据优化书目配置，并在书房开设读书会、"
        "亲子阅读等活动，让城市书房成为市民身边的“文化客厅”。",
    ),
)

LIFTS = Module(
    Place(3, 2),
    Headline(title=("老旧小区加装电梯", "今年已完工312台"), title_size=14),
    dateline="本报杭州11月2日讯（记者 许文博　通讯员 陈　晨）",
    body=(
        "记者从市住建部门获悉，今年全市老旧小区已完工加装电梯312台，另有190多台正在施工。"
        "加装电梯的小区，住户平均年龄超过60岁。",
        "为解决“意见难统一”的问题，不少社区请来专业调解员，组织楼道议事会，"
        "一户一户上门沟通。住在6楼的王大爷说，电梯装好后，他终于可以天天下楼遛弯了。",
    ),
)

CLINIC = Module(
    Place(0, 5),
    Headline(
        kicker="推进分级诊疗　方便群众就医",
        title=("家门口的社区医院越办越好",),
        title_size=22,
        bold=True,
    ),
    byline="本报记者　孙　雯",
    photo=Photo(
        height=150,
        columns=(3, 2),
        caption="社区医院的家庭医生上门为老人测量血压。",
        credit="（资料图片）",
        credit_own_line=True,
    ),
    body=(
        "早上八点，城东社区卫生服务中心的候诊区已经坐了不少居民。测血压、开药、做康复理疗，"
        "许多过去要跑大医院的事，如今在家门口就能办好。",
        Heading("专家下沉到社区"),
        "今年以来，市属三甲医院与38家社区卫生服务中心组建医联体，每周安排专家到社区坐诊。"
        "居民在社区就能挂上专家号，需要转诊的，由家庭医生直接预约上级医院。",
        "“以前看个颈椎病要排半天队，现在专家每周三来社区，提前在手机上预约就行。”居民赵阿姨说。",
        "数据显示，前三季度全市社区卫生服务中心诊疗人次同比增长17%，"
        "常见病、慢性病患者在基层就诊的比例达到六成以上。",
        Heading("签约服务更贴心"),
        "家庭医生签约服务是社区医院的“拿手活”。目前，全市重点人群家庭医生签约率达到90.5%，"
        "签约居民可享受健康评估、慢病随访、上门护理等服务。",
        "对行动不便的老人，家庭医生还会定期上门。“医生每个月来一次，量血压、查血糖，"
        "有什么不舒服随时打电话。”82岁的陈奶奶说。",
        "市卫生健康委有关负责人表示，将继续加强基层医疗人才队伍建设，"
        "让更多群众在家门口享受到优质便捷的医疗服务。",
    ),
)

MARKET = Module(
    Place(0, 3),
    Headline(title=("早市里的“菜篮子”",), title_size=16),
    kind="photo",
    photo=Photo(
        height=120,
        caption="11月2日清晨，市民在城北农贸市场选购新鲜蔬菜。入冬前，本地蔬菜供应充足，价格总体平稳。",
        credit="本报记者　钱　江　摄",
    ),
)

BUSES = Module(
    Place(3, 2),
    Headline(title=("部分公交线路", "下周起调整"), title_size=14),
    boxed=True,
    body=(
        "记者从市公交集团获悉，为配合地铁三号线北延段开通，自11月10日起，"
        "15路、62路等6条公交线路的走向和站点将作调整。",
        "调整后，公交与地铁站点的换乘距离平均缩短200米。市民可通过“江南出行”App查询具体信息。",
    ),
)

SPEC = PdfSpec(
    name="jiangnan-2025-11-03-p05",
    paper="江南晨报",
    paper_id="jncb",
    date=dt.date(2025, 11, 3),
    pages=(
        PageSpec(
            number=5,
            name="民生",
            size=TABLOID,
            body_font="STSong-Light",
            headline_font="zenhei",
            body_size=9.5,
            leading=14.0,
            columns=5,
            column_chars=10,
            gutter=1.2,
            running_head="name-num",
            modules=(BOOKS, LIFTS, CLINIC, MARKET, BUSES),
            footer=("本版责编：赵一鸣　　版式设计：钱　丹",),
        ),
    ),
    notes=(
        "tabloid inner page, TrueType headlines over CID body; `民生 5`; no masthead",
        "headline with kicker beside (left of) its body; 本报讯（记者 俞　敏）",
        "本报杭州11月2日讯（记者 许文博　通讯员 陈　晨）; two-line title",
        "L-shaped flow around a photo, （资料图片） on its own line; 小标题; byline line; 90.5%",
        "photo item with a headline, credit 本报记者　钱　江　摄; a boxed brief with an App name",
    ),
)
