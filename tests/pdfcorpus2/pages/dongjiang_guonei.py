"""东江商报, 2025-11-18, page 6: a national and international news page with no page name. The
running head `第6版` and the date line stand at the foot; the editor and e-mail lines are turned
90° in the left margin, reading upward. Tabloid, body in 10-point 宋体 on a leading of 1.5,
four columns of 11.5 ems with 1-em gutters and rules down the gutters; lines drawn in natural
runs, every headline after every body. A 新华社 lead whose kicker is longer than its
letter-spaced title, with a subtitle without —— and a photo over two columns; a foreign
新华社 dateline; a photo item over two thirds of the page's width captioned beside its
picture; 中新社 and 人民网 datelines.
"""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus2.spec import TABLOID, Headline, PageSpec, PdfSpec, Photo, Place, RunningHead, Story

SURVEY = Story(
    Place(0, 3),
    Headline(
        kicker="历时96天　航程1.8万海里　获取样品3200余份",
        title=("“海研9号”科考归来",),
        size=28,
        tracking=0.1,
        subtitle="首次在西太平洋开展深海生态长期观测",
        small=14,
    ),
    dateline="新华社青岛11月17日电（记者 汪　澜）",
    photo=Photo(
        height=180,
        columns=(0, 2),
        caption="11月17日，“海研9号”科考船停靠青岛母港。",
        credit="新华社记者　汪　澜　摄",
    ),
    body=(
        "17日上午，我国自主设计建造的深远海综合科考船“海研9号”停靠青岛母港，圆满完成西太平洋综合"
        "科学考察任务。本航次历时96天，航程1.8万海里，获取各类样品3200余份。",
        "本航次首次在西太平洋海山区布放深海生态长期观测系统，可连续一年记录海底温度、溶解氧和生物"
        "活动等数据，为研究深海生态系统演变提供第一手资料。",
        Heading("多项装备首次应用"),
        "航次中，科考队员使用国产万米级无人潜水器开展了21次下潜作业，最大下潜深度达到7800米。"
        "船载的多项国产化科考设备在复杂海况下运行稳定。",
        "首席科学家介绍，本航次共有来自12家科研单位的60名科考队员参加，其中35岁以下的青年科研人员"
        "占一半以上。",
    ),
)

CARS = Story(
    Place(3, 1),
    Headline(title=("全球新能源汽车", "销量持续增长"), size=16),
    dateline="新华社伦敦11月16日电（记者 梁　辰）",
    body=(
        "一家国际能源研究机构16日发布报告说，今年前三季度，全球新能源汽车销量同比增长约25%，"
        "在新车销量中的占比超过两成。",
        "报告指出，电池成本下降和充电基础设施改善是推动销量增长的主要因素。报告预计，"
        "全年全球新能源汽车销量有望再创新高。",
    ),
)

MARATHON = Story(
    Place(0, 4, split=(2.0, 1.0)),
    kind="photo",
    photo=Photo(
        height=150,
        columns=(0, 1),
        beside=True,
        caption="11月16日，选手在2025东江马拉松比赛中奔跑。本届赛事吸引了3万名跑者参加。",
        credit="东江商报记者　邬　阳　摄",
    ),
)

BAY = Story(
    Place(0, 2),
    Headline(title=("跨境理财通", "业务平稳运行"), size=18),
    dateline="中新社广州11月17日电（记者 蔡　敏）",
    body=(
        "记者17日从有关部门获悉，粤港澳大湾区跨境理财通业务试点以来运行平稳，参与试点的个人投资者"
        "已超过15万人。",
        "业内人士表示，跨境理财通为大湾区居民提供了更多投资选择，也为金融机构拓展跨境业务带来新机遇。",
    ),
)

FACTORY = Story(
    Place(2, 2),
    Headline(kicker="一线调研", title=("人工智能赋能传统制造",), size=17),
    dateline="人民网北京11月17日电（记者 温　可）",
    body=(
        "在北京亦庄的一家汽车零部件工厂，质检环节已经由人工智能系统“接手”。摄像头对零件表面进行扫描，"
        "系统在0.5秒内即可判断是否存在缺陷，准确率超过99%。",
        "工厂负责人说，引入智能质检后，检测效率提高了3倍，产品不良率下降了四成。",
        "业内专家认为，人工智能与制造业深度融合，正在推动生产方式发生深刻变革。",
    ),
)

SPEC = PdfSpec(
    name="dongjiang-2025-11-18-p06",
    paper="东江商报",
    paper_id="djsb",
    date=dt.date(2025, 11, 18),
    pages=(
        PageSpec(
            number=6,
            name=None,
            items=(SURVEY, CARS, MARATHON, BAY, FACTORY),
            size=TABLOID,
            grid=(11.5,) * 4,
            gutter=1.0,
            running_head=RunningHead(left=(("第{n}版", "plain"),), right=(("{date}", "plain"),), at="bottom"),
            editor=("责任编辑：卢　森", "本版邮箱：djgn@djsb.example.cn"),
            editor_at="left",
            column_rules=True,
            stream="headlines-last",
            drawing="runs",
        ),
    ),
    notes=(
        "no page name: running head `第6版` and the date at the foot",
        "editor and e-mail lines turned 90° in the left margin; rules down the gutters",
        "10-pt body, leading 1.5, 1-em gutters; natural runs; headlines drawn last",
        "新华社 lead: kicker longer than the letter-spaced title, subtitle without ——",
        "photo over two columns, caption under it",
        "新华社伦敦 dateline; photo item captioned beside its picture; 中新社 and 人民网 datelines",
    ),
)
