"""东江商报, 2025-11-18, page 2: a dense tabloid news page, filled to the foot. Running head
`要闻` with the page number in a stroked box at the left, the paper's name and the date at the
right. Body in 9-point 宋体 on a leading of only 1.3, five columns of 9.4 ems with 0.8-em
gutters, justified with compressed punctuation; every glyph its own text object with its own
Tm, and modules, parts, lines and each line's glyphs drawn in a shuffled order. Boxed modules;
a bracketed label over a title in two sizes; a letter-spaced title under a 新华社 dateline;
简讯 whose lead-ins are stroked bold; a three-line title set at the right of its body; a
subtitle without ——; a photo item captioned under its picture, the credit run on.
"""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
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

LEAD = Story(
    Place(0, 3),
    Headline(
        kicker="东江市出台二十条措施",
        title=("支持民营经济", "做大做强"),
        size=30,
        subtitle="——从融资、用地、人才等方面精准发力",
        small=14,
    ),
    dateline="本报讯（记者 司马静　通讯员 伍文斌）",
    body=(
        "为进一步激发民营经济发展活力，东江市近日出台《关于支持民营经济高质量发展的若干措施》，"
        "从融资支持、要素保障、人才引育、权益保护等方面提出20条具体举措。",
        Heading("融资支持更精准"),
        "措施提出，设立总规模50亿元的民营企业发展基金，重点投向先进制造、数字经济等领域；"
        "对首次获得银行贷款的民营小微企业，按贷款额的1%给予奖励，最高10万元。",
        "市金融工作局负责人介绍，今年以来全市民营企业贷款余额增长12.6%，高于各项贷款增速2.1个百分点。"
        "新措施实施后，预计每年可为企业节省融资成本超过3亿元。",
        Heading("要素保障更有力"),
        "在用地方面，措施明确工业用地可采取长期租赁、先租后让等方式供应，降低企业初始投入；"
        "在用工方面，对企业新招用高校毕业生的，给予每人每月500元的岗位补贴。",
        "“政策含金量很高，我们准备明年再上一条生产线。”东江一家电子元件企业负责人说。",
        "据统计，东江市现有民营经营主体42.8万户，贡献了全市六成以上的税收和八成以上的城镇就业。",
    ),
)

ONE_WINDOW = Story(
    Place(3, 2),
    Headline(series="（营商环境观察）", title=("一窗通办", "企业开办只需半天"), sizes=(16.0, 21.0)),
    byline="本报记者　关　岚",
    body=(
        "在东江市政务服务中心，创业者曾小姐递交材料后不到半天，就拿到了营业执照、公章和发票。"
        "“原来以为要跑好几个部门，没想到一个窗口全办完了。”",
        "今年以来，东江市将企业开办涉及的登记、刻章、申领发票、社保登记等事项整合为“一件事”，"
        "实行一窗受理、并联审批，平均办理时间由3个工作日压缩至4小时。",
        "截至10月底，全市新设经营主体5.3万户，同比增长9.4%。",
    ),
)

PORT_PHOTO = Story(
    Place(3, 2),
    kind="photo",
    photo=Photo(
        height=130, caption="11月17日，东江港集装箱码头一派繁忙景象。", credit="东江商报记者　邬　阳　摄"
    ),
)

FREIGHT = Story(
    Place(0, 3),
    Headline(title=("全国铁路货运量保持增长",), size=18, tracking=0.2),
    boxed=True,
    dateline="新华社北京11月17日电（记者 严　峻）",
    body=(
        "记者17日从国家铁路集团获悉，今年1至10月，全国铁路完成货物发送量43.2亿吨，同比增长2.6%。"
        "其中，电煤、粮食等重点物资运输保持稳定。",
        "国铁集团有关负责人表示，将持续优化运输组织，加大冬季能源保供运输力度，确保人民群众温暖过冬。",
    ),
)

NIGHT = Story(
    Place(3, 2),
    Headline(title=("夜间经济", "点亮消费"), size=17),
    dateline="本报讯（记者 骆　明）",
    body=(
        "入冬以来，东江市各大商圈陆续推出夜间促销活动。江滨步行街商户延长营业时间至晚上11时，"
        "周末客流比平日增长五成以上。",
        "市商务局数据显示，今年前10个月，全市社会消费品零售总额同比增长5.8%，其中夜间消费占比超过三成。",
    ),
)

BRIEFS = Briefs(
    Place(3, 2),
    (
        Brief(
            "高铁新站开建",
            "本报讯　",
            "东江高铁新站17日开工建设，设计站房面积2.6万平方米，预计2028年建成投用。",
        ),
        Brief(
            "跨境电商增长", "本报讯（记者 韩思齐）", "前10个月全市跨境电商进出口额达到86亿元，同比增长21%。"
        ),
        Brief("人才公寓交付", "本报讯　", "高新区首批1200套人才公寓近日交付，符合条件的青年人才可申请入住。"),
    ),
    lead_bold="stroke",
    shaded=False,
)

PROJECTS = Story(
    Place(0, 3),
    Headline(title=("东江一批重大项目集中签约",), size=20, subtitle="总投资超过六百亿元"),
    dateline="本报讯（记者 司马静）",
    body=(
        "11月17日，东江市举行重大项目集中签约仪式，共签约项目38个，总投资612亿元，"
        "涉及新能源汽车零部件、生物医药、现代物流等领域。",
        "其中，投资超过10亿元的项目有19个。一家新能源企业计划投资80亿元建设动力电池生产基地，"
        "建成后年产值可达120亿元。",
        "市投资促进局负责人表示，将为签约项目配备专人跟踪服务，推动项目早落地、早投产、早见效。",
    ),
)

HARBOUR = Story(
    Place(0, 5, split=(1.0, 1.0, 1.0, 1.0), head=7.0),
    Headline(title=("东江港", "吞吐量", "创新高"), size=20, side="right"),
    dateline="本报讯（通讯员 程　亮）",
    body=(
        "记者从东江港务局获悉，今年1至10月，东江港完成货物吞吐量1.86亿吨，集装箱吞吐量312万标准箱，"
        "均创历史同期新高。",
        "今年以来，东江港新开通外贸航线6条，航线总数达到58条，通达全球40多个国家和地区。",
    ),
)

SPEC = PdfSpec(
    name="dongjiang-2025-11-18-p02",
    paper="东江商报",
    paper_id="djsb",
    date=dt.date(2025, 11, 18),
    pages=(
        PageSpec(
            number=2,
            name="要闻",
            items=(LEAD, ONE_WINDOW, PORT_PHOTO, FREIGHT, NIGHT, PROJECTS, BRIEFS, HARBOUR),
            size=TABLOID,
            grid=(9.4,) * 5,
            gutter=0.8,
            body_size=9.0,
            leading=1.3,
            running_head=RunningHead(
                left=(("{name}", "plain"), ("{n}", "box")), right=(("东江商报", "plain"), ("{date}", "plain"))
            ),
            editor=("本版责编：戴　军　　版式设计：伍　洁　　本版邮箱：djyw@djsb.example.cn",),
            stream="scrambled",
            drawing="glyphs",
        ),
    ),
    notes=(
        "dense tabloid filled to the foot: 9-pt body, leading 1.3, five 9.4-em columns, 0.8-em gutters",
        "running head `要闻` with the page number boxed, the paper's name and date at the right",
        "every glyph its own text object; modules, parts, lines and glyphs drawn shuffled",
        "（营商环境观察） over a title in two sizes; boxed 新华社 story with a letter-spaced title",
        "简讯 with stroked-bold lead-ins; three-line title at the right of its body; subtitle without ——",
    ),
)
