"""清河日报, 2025-10-21, page 3 `2025年10月21日　星期二　3 评论` (the date before number and name):
a commentary page. An editorial under a bare `本报评论员` byline line; a boxed 评论员观察 with
a `特约评论员` byline line; a feature with a two-name byline line and 小标题; a boxed
编辑手记; a boxed 清河论坛 (a label known only by its box) with a three-character bare name."""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus.spec import TABLOID, Headline, Module, PageSpec, PdfSpec, Place

EDITORIAL = Module(
    Place(0, 3),
    Headline(title=("以钉钉子精神抓好各项任务落实",), title_size=20, bold=True),
    byline="本报评论员",
    bold_byline=True,
    body=(
        "时间进入第四季度，全年目标任务到了冲刺的关键阶段。越是到了这个时候，越要保持定力、"
        "真抓实干，以钉钉子精神把既定的各项任务一件一件落到实处。",
        "钉钉子，贵在一锤接着一锤敲。年初确定的重点项目，哪些已经建成，哪些还在推进，"
        "哪些遇到了卡点堵点，需要逐项对账、逐一销号。对进度滞后的，要找准原因、拿出办法，"
        "该协调的及时协调，该加力的加大力度。",
        "钉钉子，也要钉在要害处。抓落实不是眉毛胡子一把抓，而是要聚焦群众最关心最直接最现实的"
        "利益问题，聚焦制约发展的突出短板。把力气用在关键处，才能事半功倍。",
        "抓落实，离不开一支敢担当、善作为的干部队伍。要坚持重实干、重实绩的用人导向，"
        "让干事者有舞台、实干者得实惠，同时坚决纠治形式主义、官僚主义，"
        "让基层干部从不必要的填表报数、迎检考核中解脱出来。",
        "一分部署，九分落实。只要拿出抓铁有痕、踏石留印的劲头，就一定能交出一份让群众满意的答卷。",
    ),
)

OBSERVER = Module(
    Place(3, 2),
    Headline(
        series="评论员观察",
        series_boxed=True,
        title=("让“银发经济”", "更有温度"),
        title_size=20,
    ),
    byline="特约评论员　王　坚",
    body=(
        "老年助餐、智能陪护、适老化改造……随着人口老龄化程度加深，“银发经济”正成为一片充满潜力的蓝海。",
        "发展“银发经济”，首先要摸清老年人的真实需求。有的老年人需要的是一顿热乎饭，"
        "有的需要的是有人说说话，有的需要的是看病不再排长队。产品和服务只有对上了需求，"
        "才能真正受欢迎。",
        "同时也要看到，一些打着“养生”“保健”旗号的虚假宣传，专门瞄准老年人的钱袋子。"
        "对此，监管部门要加大执法力度，让老年人消费更安心。",
        "让“银发经济”更有温度，需要政府、市场、社会协同发力，让每一位老年人都能享有幸福美好的晚年。",
    ),
)

FEATURE = Module(
    Place(0, 3),
    Headline(kicker="一线调查", title=("一个村庄的垃圾分类账",), title_size=20),
    byline="记者　唐　敏　马晓峰",
    body=(
        "清晨六点半，清河镇南湾村的保洁员老周已经推着分类收集车出了门。每到一户，"
        "他都要掀开门口的两个垃圾桶看一看，再在手机上点几下，给这户人家打分。",
        Heading("从一桶装到四分类"),
        "三年前，南湾村的垃圾还是“一桶装”，河边、路边随处可见垃圾堆。村里下决心搞垃圾分类，"
        "一开始不少村民想不通：“祖祖辈辈都这么过来的，分那么细干啥？”",
        "村干部挨家挨户上门讲，党员带头先分起来，村里还把分类情况和积分挂钩，"
        "积分可以到村里的超市换油换米。慢慢地，分类的人家越来越多。",
        Heading("一本账算出好环境"),
        "村党支部书记给记者算了一笔账：分类以后，全村每天需要外运的其他垃圾从1.2吨减少到"
        "0.4吨，一年能省下清运费用4万多元；厨余垃圾就地堆肥，供给村里的果园和菜地。",
        "环境变好了，来村里游玩的人也多了。村民办起了农家乐，去年全村旅游收入超过300万元。",
        "“垃圾分类这本账，算的是经济账，更是环境账、民心账。”村党支部书记说。",
    ),
)

NOTE = Module(
    Place(0, 3),
    Headline(series="编辑手记", series_boxed=True, title=("小事里见治理",), title_size=16),
    boxed=True,
    body=(
        "垃圾分类是件小事，却连着千家万户。南湾村的经验告诉我们，推动一件事，"
        "既要讲清道理，也要算好实惠账，更要靠党员干部带头。",
        "基层治理没有捷径，功夫都在细微处。把一件件小事办好，群众的获得感就会一点点积累起来。",
    ),
)

FORUM = Module(
    Place(3, 2),
    Headline(series="清河论坛", series_boxed=True, title=("读书何妨慢一点",), title_size=16),
    body=(
        "如今，一本书被压缩成几分钟的音频，一部名著被剪成几段短视频，“速读”成为许多人的习惯。"
        "快节奏的生活里，能挤出时间读书，本是好事。",
        "但读书终究是一件需要沉下心来的事。真正有分量的书，往往需要反复咀嚼、慢慢体会，才能读出其中的滋味。",
        "不妨在忙碌之余，给自己留出一段安静的时光，捧起一本书，慢慢读下去。",
    ),
    signature="陆之远",
)

LETTERS = Module(
    Place(3, 2),
    Headline(series="【读者来信】", title=("小区充电桩", "何时能装上"), title_size=16),
    body=(
        "编辑同志：我家住在清河区一个建成二十多年的老小区，去年买了一辆新能源汽车。"
        "可小区里没有充电桩，每次充电都要开到两公里外的公共充电站，排队是常事。",
        "我和几位邻居多次向物业反映，希望在小区停车场安装充电桩，物业说需要业主委员会同意，"
        "还要供电部门核定电力容量，事情一拖就是大半年。",
        "据了解，像我们这样的老小区在城区还有不少。希望有关部门能够统筹协调，"
        "出台具体办法，帮助老小区解决充电难题。",
        "记者就此采访了市住建局。有关负责人表示，今年已在23个老旧小区试点建设公共充电设施，"
        "明年将扩大试点范围，并简化报装流程。",
    ),
)

SPEC = PdfSpec(
    name="qinghe-2025-10-21-p03",
    paper="清河日报",
    paper_id="qhrb",
    date=dt.date(2025, 10, 21),
    pages=(
        PageSpec(
            number=3,
            name="评论",
            running_head="date-num-name",
            size=TABLOID,
            body_size=9.5,
            leading=14.0,
            columns=5,
            column_chars=10,
            modules=(EDITORIAL, OBSERVER, FEATURE, FORUM, LETTERS, NOTE),
            footer=("本版责编：蒋　涛　　　本版邮箱：qhpl@qhrb.example.cn",),
        ),
    ),
    notes=(
        "commentary page; running head `2025年10月21日　星期二　3 评论`; no masthead",
        "bare role line 本报评论员 (fake bold); boxed 评论员观察 with 特约评论员　王　坚",
        "feature with kicker, 记者　唐　敏　马晓峰 and 小标题; boxed 编辑手记",
        "boxed 清河论坛 (a label known by its box) with a three-character bare name 陆之远",
        "【读者来信】 bracketed label",
    ),
)
