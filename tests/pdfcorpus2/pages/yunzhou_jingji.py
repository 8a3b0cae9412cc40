"""云州日报, 2025-11-12, page 3: an economy page whose running head `第3版：经济` stands at the foot,
under the editor line. Body in 9.5-point 宋体 on a leading of 1.6, 0.8-em gutters; punctuation
that will not fit hangs past the column's edge. Every glyph is its own text object with its own
Tm, and modules, their parts, their lines and the glyphs of each line are drawn in a shuffled
order. A lead in three columns of unequal width under a white-on-dark 经济观察 band; a kicker
longer than its letter-spaced title and a subtitle without ——; a narrow sidebar of 简讯 on a
shaded ground, each with a 黑体 lead-in title on the same line as its 本报讯; a photo over two
columns with its caption beside it; a boxed module.
"""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus2.spec import (
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

LOANS = Story(
    Place(0, 4, split=(1.4, 1.0, 1.0)),
    Headline(series="经济观察", series_style="band", title=("小微企业贷款", "更快更便宜了"), size=26),
    dateline="本报讯（记者 许　诺　钟可欣）",
    body=(
        "“以前申请贷款要跑好几趟银行，现在手机上填好信息，三天就放款了。”云州一家食品加工企业"
        "负责人唐先生说，企业今年通过线上渠道获得了200万元信用贷款，年利率不到4%。",
        "记者从人民银行云州市分行了解到，截至9月末，全市普惠小微贷款余额达到1386亿元，同比增长15.7%，"
        "高于各项贷款平均增速；新发放普惠小微贷款平均利率比去年同期下降0.4个百分点。",
        Heading("让数据多跑路"),
        "为破解小微企业“融资难”，我市搭建了综合金融服务平台，归集市场监管、税务、社保等部门的"
        "涉企数据，银行据此为企业“画像”，不再单纯依赖抵押担保。目前平台已入驻金融机构46家，"
        "累计帮助企业融资超过300亿元。",
        "平台运营方介绍，企业在平台上发布融资需求后，银行须在3个工作日内对接。对首次贷款的企业，"
        "平台还提供政策性担保，担保费率降至1%以下。",
        Heading("首贷户明显增多"),
        "随着服务下沉，越来越多的小微企业获得了第一笔银行贷款。今年前三季度，全市新增首贷户"
        "5200多户，其中个体工商户占六成以上。",
        "业内人士表示，下一步还需进一步完善信用信息共享机制，让更多“信用”变成“信贷”，"
        "为实体经济发展注入更多金融活水。",
    ),
)

INDUSTRY = Story(
    Place(4, 2),
    Headline(
        kicker="前三季度全市规上工业增加值增长7.2%",
        title=("工业“压舱石”更稳了",),
        size=18,
        tracking=0.15,
        small=11.5,
        subtitle="新能源和新材料产业增速超过两成",
    ),
    dateline="本报讯（记者 韩　冰）",
    body=(
        "市统计局最新数据显示，前三季度，全市规模以上工业增加值同比增长7.2%，增速比上半年加快"
        "0.5个百分点，41个工业大类行业中有32个实现增长。",
        "从产业看，新能源、新材料产业增加值分别增长23.6%和21.4%。位于云州经济技术开发区的一家"
        "锂电池企业，今年新上两条生产线，产值有望突破50亿元。",
        "市经济和信息化局有关负责人表示，将继续实施重点企业“一企一策”帮扶，推动传统产业改造升级，"
        "力争全年工业经济稳中有进。",
    ),
)

BRIEFS_TOP = Briefs(
    Place(6, 1),
    (
        Brief(
            "消费券本周发放",
            "本报讯　",
            "第三批惠民消费券将于11月14日起发放，总额2000万元，可在全市2600余家商户使用，单张最高抵扣50元。",
        ),
        Brief(
            "夜间集市开市",
            "本报讯（记者 唐晓伟）",
            "滨江夜间集市11日晚正式开市，80多个摊位售卖特色小吃、手工艺品和文创产品，营业时间为每晚6时至11时。",
        ),
    ),
)

BRIEFS_MIDDLE = Briefs(
    Place(6, 1),
    (
        Brief(
            "楼市成交回暖",
            "本报讯　",
            "10月全市新建商品住房成交面积环比增长一成以上，二手房成交量连续三个月增长。",
        ),
    ),
)

BRIEFS_LOWER = Briefs(
    Place(6, 1),
    (
        Brief(
            "电商直播培训",
            "本报讯（通讯员 乔一楠）",
            "市商务局近日举办农村电商直播培训班，120名学员学习选品、拍摄和直播技巧，结业后将帮助推销本地农产品。",
        ),
    ),
)

BRIEFS_FOOT = Briefs(
    Place(6, 1),
    (Brief("新增外贸企业", "本报讯　", "今年以来全市新增有进出口实绩的外贸企业186家，其中民营企业占九成。"),),
)

BRIEFS_LAST = Briefs(
    Place(6, 1),
    (
        Brief(
            "旅游收入增长",
            "本报讯（记者 蒋欣然）",
            "前三季度全市接待游客4860万人次，实现旅游收入512亿元，同比分别增长近一成和一成以上。",
        ),
    ),
)

TEA = Story(
    Place(0, 3, split=(1.0, 1.0, 1.0)),
    Headline(title=("茶园里的“数字管家”",), size=20),
    byline="本报记者　鲁　静",
    photo=Photo(
        height=120,
        columns=(0, 2),
        beside=True,
        caption="临江县一处茶园里，茶农通过手机查看土壤墒情数据。",
        credit="本报记者　鲁　静　摄",
    ),
    body=(
        "在临江县高山茶园，一根根传感器立在茶树之间，实时监测土壤温度、湿度和养分。茶农打开手机，"
        "就能看到每一块茶园的“体检报告”。",
        "“哪块地该施肥、哪块地该浇水，系统都会提醒。”茶叶合作社理事长吴国富说，用上数字化管理后，"
        "茶园化肥用量减少了两成，茶叶品质更稳定，今年春茶每斤多卖了30元。",
        "目前，全县已有3.6万亩茶园实现数字化管理。县里还建起了茶叶质量追溯平台，消费者扫一扫"
        "包装上的二维码，就能查到茶叶的产地、采摘时间和检测报告。",
    ),
)

PORT = Story(
    Place(3, 3),
    Headline(title=("临江港集装箱吞吐量创新高",), size=17),
    boxed=True,
    dateline="本报讯（记者 方　舟）",
    body=(
        "记者从临江港务集团获悉，今年1至10月，临江港完成集装箱吞吐量38.6万标准箱，同比增长11.2%，"
        "提前两个月超过去年全年水平。",
        "港务集团负责人介绍，今年港口新开通至东南亚的3条外贸航线，并与铁路部门合作开行铁水联运班列，"
        "货物从港口到内陆城市的时间缩短了一天以上。",
    ),
)

INSURANCE = Story(
    Place(3, 3),
    Headline(title=("“惠云保”参保人数突破百万",), size=17),
    dateline="本报讯（记者 石　磊）",
    body=(
        "记者从市医疗保障局获悉，今年我市推出的城市定制型商业医疗保险“惠云保”参保人数已突破100万人，"
        "累计理赔金额超过1.2亿元。",
        "“惠云保”每人每年保费69元，不限年龄、不限职业，既往病症人群也可参保。今年以来，"
        "已有4600多名患者获得理赔，其中单人最高获赔28万元。",
        "市医疗保障局提醒，2026年度“惠云保”将于12月底前开放参保，市民可通过微信公众号或线下网点办理。",
    ),
)

WORKSHOP = Story(
    Place(0, 3),
    Headline(kicker="带动周边120多名村民就业", title=("返乡青年开起“共享工坊”",), size=18),
    byline="本报通讯员　冯　佳",
    body=(
        "在石门镇杨柳村，一座闲置多年的村小被改造成了“共享工坊”。工坊里，二十多位村民正忙着缝制"
        "布艺玩具，订单来自省外的电商平台。",
        "工坊的发起人是从外地返乡的青年刘思源。她说，村里不少妇女要照顾老人孩子，没法外出打工，"
        "“共享工坊”让她们在家门口就能挣钱，按件计酬，时间自由。",
        "如今，工坊已带动周边120多名村民就业，人均月增收2000元左右。镇里还为工坊提供了免费场地和技能培训。",
    ),
)

PARCELS = Story(
    Place(3, 3),
    Headline(title=("快递业务量进入高峰",), size=17),
    dateline="本报讯（记者 易　帆）",
    body=(
        "进入11月，我市快递业务量明显攀升。市邮政管理局数据显示，11月1日至10日，全市快递企业"
        "揽收和投递快件合计5200万件，同比增长16.4%，日均处理量是平日的1.8倍。",
        "为应对业务高峰，各快递企业增加临时分拣人员2000余名，启用智能分拣设备，并在城区设立"
        "临时中转场地，确保快件“不积压、不延误”。",
    ),
)

NIGHT = Story(
    Place(0, 6, split=(1.0, 1.0, 1.0, 1.0, 1.0)),
    Headline(title=("一条街的“夜经济”账本",), size=24, tracking=0.2),
    byline="本报记者　黎　明　谢雨桐",
    body=(
        "晚上9点，滨江路美食街依然人头攒动。烧烤摊前飘着香气，奶茶店门口排起长队，街边的小乐队"
        "唱着流行歌曲，不少市民和游客边走边拍。",
        "这条长约800米的街道，两年前还是一条普通的背街小巷。去年，东城区对街道进行改造，统一规划"
        "店招、铺设彩色路面、增设停车泊位，并引进了40多家特色餐饮和文创店铺。",
        Heading("客流带来“真金白银”"),
        "“晚上的营业额能占到全天的七成。”经营烤鱼店的邹老板给记者算了一笔账，今年店里月均营业额"
        "比去年多了三成，还新招了6名员工。",
        "街道办事处的统计显示，今年1至10月，美食街接待客流约620万人次，商户营业额同比增长近四成，"
        "带动周边就业1100多人。",
        Heading("管理跟上才能走得远"),
        "热闹背后，也有烦恼。部分居民反映夜间噪声较大、垃圾清运不及时。对此，街道组建了由商户、"
        "居民和城管人员组成的自治委员会，约定晚上11点后停止外放音乐，并增加了夜间保洁频次。",
        "东城区商务局负责人表示，下一步将在全区推广美食街的管理经验，让“夜经济”既有烟火气，又有好秩序。",
    ),
)

SPEC = PdfSpec(
    name="yunzhou-2025-11-12-p03",
    paper="云州日报",
    paper_id="yzrb",
    date=dt.date(2025, 11, 12),
    pages=(
        PageSpec(
            number=3,
            name="经济",
            items=(
                LOANS,
                INDUSTRY,
                BRIEFS_TOP,
                TEA,
                PORT,
                BRIEFS_MIDDLE,
                INSURANCE,
                BRIEFS_LOWER,
                PARCELS,
                WORKSHOP,
                BRIEFS_FOOT,
                NIGHT,
                BRIEFS_LAST,
            ),
            grid=(10.6,) * 6 + (7.6,),
            gutter=0.8,
            body_size=9.5,
            leading=1.6,
            running_head=RunningHead(
                left=(("第{n}版：{name}", "plain"),), right=(("{date}", "plain"),), at="bottom"
            ),
            editor=("责任编辑：林　立　　版式设计：何　芸",),
            stream="scrambled",
            drawing="glyphs",
            punctuation="hang",
        ),
    ),
    notes=(
        "running head `第3版：经济` at the foot, under the editor line; no masthead",
        "9.5-pt body, leading 1.6, 0.8-em gutters; punctuation hung past the column's edge",
        "every glyph its own text object and Tm; modules, parts, lines and glyphs drawn shuffled",
        "lead in three columns of unequal width under a white-on-dark 经济观察 band",
        "kicker longer than the letter-spaced title, subtitle without ——",
        "narrow sidebar of 简讯 on shaded ground: 黑体 lead-in title, then 本报讯 on the same line",
        "photo over two columns with its caption beside it; a boxed module",
    ),
)
