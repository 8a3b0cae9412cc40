"""清江晚报, 2025-11-21, page 5: an interview page. An editor's note (编者按) set across the
interview under its headline, in 楷体 with its label in 黑体; the interview in turns, each opened
by its speaker's label run in in 黑体 (`记者：`, `陈志远：`); a second interview with `问：` and
`答：`, each question set wholly in 黑体, under an editor's note on a tinted ground; a short story
beside it signed by a byline in parentheses after its last sentence.
"""

from __future__ import annotations

from tests.pdfcorpus2.spec import Headline, Place, Said, Story
from tests.pdfcorpus3.pages.qingjiang import page

TALK = Story(
    Place(0, 6, split=(1.0, 1.0, 1.0, 1.0)),
    Headline(
        kicker="专访市科技局局长陈志远",
        title=("让更多科技成果走出实验室",),
        size=26,
    ),
    note="今年以来，我市科技成果转化步伐明显加快，一批实验室里的新技术走进了车间和田野。"
    "科技成果转化还有哪些堵点？下一步如何发力？本报记者专访了市科技局局长陈志远。",
    byline="本报记者　何　川",
    body=(
        Said("记者：", "今年我市科技成果转化有哪些新进展？"),
        Said(
            "陈志远：",
            "前三季度，全市技术合同成交额达到186亿元，同比增长21.3%。我们在高校和科研院所设立了"
            "12个成果转化服务站，帮助科研人员对接企业需求，一批新材料、生物医药领域的成果已经实现量产。",
        ),
        Said("记者：", "不少科研人员反映，成果转化中最难的是“最后一公里”。您怎么看？"),
        Said(
            "陈志远：",
            "确实如此。实验室里的样品和市场上的产品之间，往往隔着中试这道坎。为此，我们今年新建了"
            "3个中试基地，企业和科研团队可以按需租用设备，中试周期平均缩短了四成。",
        ),
        Said("记者：", "在激励科研人员方面，有哪些新举措？"),
        Said(
            "陈志远：",
            "我们支持高校院所将职务科技成果的所有权或长期使用权赋予科研人员，转化收益中科研团队"
            "所得比例不低于70%。今年已有40多项成果通过这种方式完成转化。",
        ),
        Said("记者：", "下一步有什么打算？"),
        Said(
            "陈志远：",
            "我们将继续完善技术转移体系，壮大技术经理人队伍，力争到明年底全市技术合同成交额突破"
            "250亿元，让更多科技成果在清江落地生根、开花结果。",
        ),
    ),
)

CLINIC = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0)),
    Headline(title=("家门口看病更方便了",), size=20),
    note="社区卫生服务中心是群众健康的“守门人”。本期我们请清江区枫林社区卫生服务中心负责人谈谈"
    "基层医疗服务的新变化。",
    note_tint=True,
    byline="本报记者　杜　若",
    body=(
        Said(
            "问：", "社区卫生服务中心今年增加了哪些服务？居民最关心的专家门诊，现在预约方便吗？", whole=True
        ),
        Said(
            "答：",
            "今年我们开设了中医、康复和儿童保健门诊，还与市第一人民医院建立了专家坐诊制度，"
            "每周都有专家到社区出诊，居民在家门口就能看上专家号。",
        ),
        Said("问：", "老年人看病有什么便利措施？", whole=True),
        Said(
            "答：",
            "我们为65岁以上老人建立了健康档案，提供免费体检和上门随访服务。行动不便的老人，"
            "家庭医生可以上门服务，常用药品也可以送药到家。",
        ),
    ),
)

LIBRARY = Story(
    Place(4, 2),
    Headline(title=("社区书屋成了“网红”",), size=18),
    dateline="本报讯　",
    closing="（记者 苏　晴 通讯员 林　可）",
    body=(
        "近日，清江区枫林社区书屋完成改造后重新开放。书屋新增了自助借还设备和亲子阅读区，"
        "每天吸引不少居民前来看书。",
        "社区负责人介绍，书屋藏书已达8000余册，还定期举办读书分享会和手工课，成为居民家门口的文化客厅。",
    ),
)

SPEC = page(
    5,
    "访谈",
    (TALK, CLINIC, LIBRARY),
    "本版责编：孟　然",
    notes=(
        "an editor's note (编者按) across the interview, 楷体 with a 黑体 label",
        "interview turns run in by a 黑体 speaker's label: 记者：/陈志远：, 问：/答：",
        "a byline in parentheses closing a story's last paragraph",
    ),
    stream="scrambled",
    drawing="spaced",
)
