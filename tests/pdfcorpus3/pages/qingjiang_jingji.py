"""清江晚报, 2025-11-21, page 3: an economy page set as Founder sets a Latin run that will not
fit: broken at the line's end to fill it. URLs and e-mail addresses broken mid-run, English
names broken at a space, numbers such as 90.5% and 1.2万亿元; numbered points (一是…二是…,
1.…2.…) as paragraphs.
"""

from __future__ import annotations

from paperterm.model.issue import Heading
from tests.pdfcorpus2.spec import Headline, Place, Story, Table
from tests.pdfcorpus3.pages.qingjiang import page

SERVICE = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0)),
    Headline(title=("企业开办全程网上办",), size=24, subtitle="——平均用时压缩至1个工作日"),
    dateline="本报讯（记者 罗　新）",
    body=(
        "即日起，在清江开办企业可以全程网上办理。申请人登录清江政务服务网"
        "https://zwfw.qingjiang.example.gov.cn/qiye/kaiban，填写一张表单，"
        "营业执照、公章刻制、税务登记等事项可一次办结。",
        "市市场监管局有关负责人介绍，新系统上线以来，全市企业开办平均用时从3个工作日压缩至"
        "1个工作日，申报材料减少了六成。今年前10个月，全市新设经营主体4.3万户，同比增长12.6%。",
        Heading("三项举措优化服务"),
        "一是推行“一网通办”，企业开办所有环节在同一平台办理；二是推广电子营业执照，"
        "企业办理银行开户、社保登记时无需再提交纸质材料；三是设立帮办专窗，为不熟悉网上操作的"
        "群众提供一对一指导。",
        "对办理中遇到的问题，企业可拨打12345热线，或发送电子邮件至kaiban.service@qingjiang.example.gov.cn"
        "咨询，工作人员将在1个工作日内答复。",
    ),
)

GROWTH = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0)),
    Headline(title=("前三季度全市经济稳中向好",), size=20),
    dateline="本报讯（记者 罗　新）",
    body=(
        "市统计局昨天发布数据，前三季度全市地区生产总值同比增长5.6%，增速比上半年加快0.3个百分点。"
        "工业、投资和消费等主要指标均保持增长。",
        "市统计局有关负责人表示，四季度将继续巩固经济回升向好态势，确保完成全年目标任务。",
    ),
    table=Table(
        "前三季度主要经济指标",
        (
            ("指标", "总量（亿元）", "同比增长（%）"),
            ("地区生产总值", "3268.5", "5.6"),
            ("规上工业增加值", "1042.7", "7.2"),
            ("固定资产投资", "1586.3", "4.1"),
            ("社会消费品零售总额", "1391.8", "6.3"),
        ),
        "数据来源：市统计局",
    ),
)

TRADE = Story(
    Place(4, 2),
    Headline(title=("外贸进出口稳中有升",), size=18),
    dateline="本报讯（记者 文　静）",
    body=(
        "清江海关最新统计显示，前10个月全市外贸进出口总值1.2万亿元，同比增长5.8%，"
        "其中出口增长7.1%，一般贸易占比达90.5%。",
        "从主要市场看，对共建“一带一路”国家进出口增长9.6%。一家参加China International Import Expo"
        "的本地企业负责人表示，今年新签订单超过去年全年。",
        "1.新能源汽车出口增长41.2%；2.锂电池出口增长26.7%；3.光伏产品出口增长18.3%。",
    ),
)

PARK = Story(
    Place(4, 2),
    Headline(title=("智慧停车场投用",), size=16),
    body=(
        "近日，清江高铁站智慧停车场正式投入使用。车主通过“清江停车”App可提前预约车位，"
        "离场时无感支付，平均通行时间缩短至5秒。",
        "停车场共设车位1200个，其中充电车位300个，可满足新能源汽车的充电需求。",
    ),
    closing="（通讯员 陈　曦）",
)

SPEC = page(
    3,
    "经济",
    (SERVICE, TRADE, PARK, GROWTH),
    "本版责编：韩　梅",
    notes=(
        "Latin runs broken at the line's end to fill it: a URL, an e-mail address, an English name",
        "numbers such as 90.5% and 1.2万亿元; numbered points as paragraphs",
        "a story with no dateline signed by a byline in parentheses after its last sentence",
        "a 三线表 data table under a story's columns, its title centred over it, its source under it",
    ),
    grid=(11.0,) * 6,
    break_latin=True,
)
