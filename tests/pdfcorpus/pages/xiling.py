"""西岭日报, 2025-11-17, front page on a 7-column broadsheet grid, headlines in an embedded TrueType
font over CID-font body text: running head `要闻 1` above a masthead without 农历; a 3-column
lead whose photo spans its columns between headline and body (credit 本报记者　覃　岚　摄), a
byline line over a 本报…电 dateline; a bracketed 栏目 label with inner quotes; a 聚焦“…” banner;
a two-line headline beside its body; a boxed brief; a photo item credited （视觉中国）."""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus.spec import Advert, Headline, Masthead, Module, PageSpec, PdfSpec, Photo, Place

LEAD = Module(
    Place(0, 3),
    Headline(
        kicker="稳产保供　惠农增收",
        title=("高原牧区冬储饲草", "超过去年同期"),
        subtitle="——全省扎实做好牧区防灾保畜工作",
        title_size=26,
        bold=True,
    ),
    photo=Photo(
        height=170,
        caption="11月15日，牧民在海北州一处饲草储备库装运草捆。",
        credit="本报记者　覃　岚　摄",
    ),
    byline="本报记者　杨　光",
    dateline="本报西宁11月16日电　",
    body=(
        "入冬以来，全省各地抢抓有利时机调运储备饲草，截至11月15日，牧区冬春饲草料储备量"
        "达到410万吨，比去年同期增加6.5%。",
        Heading("储草点覆盖到乡村"),
        "在海北州一处饲草储备库，一辆辆满载青干草的货车正在卸货。库区负责人介绍，今年新建的"
        "5座储备库已全部投入使用，储备能力提高了三成。",
        "为方便牧民就近取用，全省在重点牧区乡镇设立了260多个饲草储备点，形成了“州有储备库、"
        "县有储备点、村有草料棚”的保障网络。",
        Heading("防灾预案提前备好"),
        "气象部门预测，今冬部分牧区可能出现阶段性强降雪。各地已提前修订防灾预案，"
        "落实应急物资和救援力量，对老弱病畜实行集中暖棚饲养。",
        "“草料备足了，棚圈也加固了，今年冬天心里有底。”牧民才让多杰说，他家400多只羊的过冬草料已经全部入库。",
    ),
)

TOURISM = Module(
    Place(3, 4),
    Headline(series="（“高质量发展”调研行）", title=("一条老街的新生",), title_size=24),
    dateline="本报湟源11月16日电　（记者 韩雪梅）",
    body=(
        "青石板路两旁，修缮一新的老字号店铺挂起了红灯笼，排灯、陈醋、皮绣等非遗作坊里游客进进出出。"
        "这条有着数百年历史的丹噶尔古城老街，正在焕发新的生机。",
        "几年前，老街一度冷冷清清，不少老房子年久失修。当地请来专业团队编制保护规划，按照"
        "“修旧如旧”的原则修缮了120多处传统院落，并引导居民把闲置房屋改造成民宿和手工作坊。",
        "“以前年轻人都往外走，现在不少又回来了。”经营着一家陈醋作坊的青年说，"
        "他跟着父亲学了三年酿醋手艺，如今作坊的产品通过网店卖到了全国各地。",
        "今年前10个月，古城接待游客达到280万人次，旅游综合收入同比增长21%。",
    ),
)

SKI = Module(
    Place(3, 4, beside=1),
    Headline(series="聚焦“冰雪旅游”", title=("雪场陆续", "开板迎客"), title_size=20, bold=True),
    dateline="本报讯（记者 祁　峰）",
    body=(
        "随着气温下降，省内多家滑雪场近日陆续开板迎客。各雪场今年新增初级雪道和儿童戏雪区，"
        "并推出“滑雪+温泉”“滑雪+民俗”等组合产品。",
        "文旅部门介绍，今冬全省计划举办冰雪节庆活动40余场，"
        "并联合航空公司、旅行社推出冰雪旅游专线，吸引更多外地游客。",
    ),
)

BRIEF = Module(
    Place(0, 3),
    Headline(title=("全省中小学启动", "冬季安全教育月"), title_size=16),
    boxed=True,
    dateline="本报讯　",
    body=(
        "11月起，全省各中小学启动冬季安全教育月活动，围绕防溺冰、防火灾、防一氧化碳中毒、"
        "交通安全等主题，开展应急演练和主题班会。",
    ),
)

LAKE = Module(
    Place(3, 4),
    kind="photo",
    photo=Photo(
        height=150,
        caption="湖畔湿地迎来越冬候鸟。11月16日，大批候鸟在青海湖畔的湿地栖息觅食。",
        credit="（视觉中国）",
    ),
)

CLINICS = Module(
    Place(3, 4),
    Headline(title=("远程会诊覆盖全部县级医院",), title_size=20),
    dateline="本报西宁11月16日电　（记者张倩 通讯员李明轩）",
    body=(
        "在玉树州一家县医院的会诊室里，医生通过高清视频与省城三甲医院的专家一起为患者“会诊”。"
        "记者从省卫生健康委获悉，全省远程医疗服务网络已覆盖全部县级医院和八成以上的乡镇卫生院。",
        "过去，牧区群众看一次专家门诊，往往要坐上一整天的车。如今，县医院每周固定开设远程专家门诊，"
        "今年以来已完成远程会诊2.3万例。",
        "省卫生健康委有关负责人表示，下一步将推动5G急救车、远程影像诊断等应用向乡镇延伸，"
        "让农牧区群众看病更方便。",
    ),
)

ROADS = Module(
    Place(0, 3),
    Headline(title=("高原公路冬季保通", "全面启动"), title_size=18),
    dateline="新华社西宁11月16日电　（记者 李　文）",
    body=(
        "记者从省交通运输厅了解到，全省公路冬季保通工作已全面启动，在海拔4000米以上的重点路段"
        "设立了56处保通站点，配备除雪车、装载机等机械设备800余台。",
        "交通部门提醒，冬季高原道路易出现结冰、积雪，驾驶人出行前要及时了解路况信息，备好防滑链等应急物品。",
    ),
)

AD = Advert(
    Place(0, 7),
    lines=(("西岭日报客户端", 30.0), ("权威资讯　本地服务　一键直达", 16.0)),
    height=215,
)

SPEC = PdfSpec(
    name="xiling-2025-11-17",
    paper="西岭日报",
    paper_id="xlrb",
    date=dt.date(2025, 11, 17),
    edition="第20317期",
    pages=(
        PageSpec(
            number=1,
            name="要闻",
            body_font="STSong-Light",
            headline_font="zenhei",
            columns=7,
            column_chars=10,
            masthead=Masthead(name_size=56),
            running_head="name-num",
            modules=(LEAD, TOURISM, SKI, LAKE, CLINICS, BRIEF, ROADS, AD),
            footer=("一版责编：施　展　　版式设计：刘　畅",),
        ),
    ),
    notes=(
        "7-column broadsheet front page, TrueType headlines over CID body; `要闻 1` over the masthead",
        "3-column lead: photo between headline and body credited 本报记者　覃　岚　摄",
        "byline line 本报记者　杨　光 over 本报西宁11月16日电, 小标题",
        "（“高质量发展”调研行）; 聚焦“冰雪旅游” banner on a two-line headline beside its body",
        "boxed brief 本报讯 with no reporter; photo item credited （视觉中国）",
        "（记者张倩 通讯员李明轩）: two roles, no spaces; 新华社西宁…电; 5G; an advertisement",
    ),
)
