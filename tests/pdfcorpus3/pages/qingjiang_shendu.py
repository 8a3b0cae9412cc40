"""清江晚报, 2025-11-21, page 8: a 深度 page setting display type inside its stories that is no
headline: a feature's pull quote (金句) set large between two rules inside its second column,
repeating a sentence of its body; a consumption story's fact box of two big figures, each over
its small label, in a stroked box inside its column, its figures given in the text too.
"""

from __future__ import annotations

from paperterm.model.issue import Heading
from tests.pdfcorpus2.spec import (
    Figures,
    Headline,
    Place,
    PullQuote,
    Story,
)
from tests.pdfcorpus3.pages.qingjiang import page

FEATURE = Story(
    Place(0, 4),
    Headline(
        title=("守护一条江的三十年",),
        size=30,
        kicker="清江护林员周德明的坚守",
        subtitle="——记“最美生态卫士”周德明",
    ),
    byline="本报记者　方　遥",
    body=(
        "清晨五点，江面上的雾还没有散。周德明背起水壶和柴刀，沿着江岸的小路走进林子。"
        "这条路他走了三十年，脚下的每一块石头，他都叫得出来历。",
        "1995年，二十五岁的周德明从父亲手里接过护林员的工作。那时的江岸，采砂船一艘挨着一艘，"
        "两岸的山林被砍得七零八落，一到雨季，江水就变得浑黄。",
        "“江是我们的命根子，护不好它，对不起子孙后代。”周德明说。他一家一户上门劝说，"
        "带着村民在荒坡上种树，三十年来种下的树苗超过十二万株。",
        Heading("一条江的变化"),
        "如今的清江两岸，森林覆盖率从不足四成提高到七成以上。消失多年的中华秋沙鸭又回来了，"
        "江里的鱼也多了起来。每到周末，城里的游客沿着新修的步道来看江景。",
        PullQuote("“江是我们的命根子，护不好它，对不起子孙后代。”"),
        "村里的年轻人也加入了护林队。今年二十六岁的周晓江是周德明的孙子，大学毕业后回到村里，"
        "用无人机巡查林区。“爷爷靠脚走，我们靠飞的，守的是同一条江。”他说。",
        "说起将来，周德明笑着说，只要还走得动，他就会一直走下去。",
    ),
)

SPENDING = Story(
    Place(4, 2),
    Headline(title=("全年消费市场稳中有进",), size=18),
    dateline="本报讯（记者 文　静）",
    body=(
        "市商务局昨天发布数据，今年全年全市社会消费品零售总额预计达1.2万亿元，同比增长6.3%。"
        "其中网上零售额增长较快，全年增速达12.8%。",
        "从消费结构看，服务消费成为新的增长点。餐饮、文旅、体育等消费持续升温，"
        "以旧换新政策带动家电、汽车等大宗商品销售明显回暖。",
        Figures((("1.2万亿元", "全年社会消费品零售总额"), ("12.8%", "网上零售额增速"))),
        "市商务局有关负责人表示，明年将继续培育消费新场景，举办系列促消费活动，推动消费市场持续回升。",
    ),
)

MARKET = Story(
    Place(4, 2),
    Headline(title=("夜市经济点亮老街",), size=16),
    body=(
        "入冬以来，清江老街夜市人气不减。夜市共有摊位三百余个，涵盖特色小吃、文创产品等，"
        "每晚接待游客上万人次。",
        "老街管委会介绍，夜市实行统一管理，摊位整齐有序，成为市民和游客休闲的好去处。",
    ),
    closing="（通讯员 陈　曦）",
)

SPEC = page(
    8,
    "深度",
    (FEATURE, SPENDING, MARKET),
    "本版责编：韩　梅",
    notes=(
        "a pull quote set large between two rules inside a feature's column, repeating its body",
        "a fact box of two big figures over their small labels inside a story's column",
    ),
    grid=(11.0,) * 6,
)
