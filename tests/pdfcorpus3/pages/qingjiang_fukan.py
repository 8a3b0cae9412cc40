"""清江晚报, 2025-11-21, page 7: a 副刊 (literature page). A poem set flush left, a line to each of
its lines, stanzas apart by a blank line, signed `□ 林　夕` under its title; an essay signed
`文／苏　青`, its first character a drop cap two lines tall; a second poem, every line two
characters in, signed `◎ 王小川`; a short essay whose byline is a bare ornament and name; a
classical poem, each line centred, signed `文／图　本报记者　叶　舟` (whose names stand where
lines of the poem above happen to end). Body in 10.5-point 宋体, titles in 楷体.
"""

from __future__ import annotations

from tests.pdfcorpus2.spec import Headline, Place, Story, Verse
from tests.pdfcorpus3.pages.qingjiang import page

FERRY = Story(
    Place(0, 2, split=(1.0,)),
    Headline(title=("秋天的渡口",), size=20, face="kai"),
    byline="□ 林　夕",
    body=(
        Verse(("渡口的老槐树", "又落了一层叶子", "船夫把桨靠在岸边", "等一个迟归的人")),
        Verse(("河水慢慢地流", "流过母亲青苔斑驳的石阶", "流过我少年时", "写满名字的沙滩")),
        Verse(("如今我站在对岸", "看炊烟一缕一缕", "升起，又散开", "像一封没有寄出的信")),
    ),
)

PICKLES = Story(
    Place(2, 4, split=(1.0, 1.0)),
    Headline(title=("外婆的腌菜坛",), size=20, face="kai"),
    byline="文／苏　青",
    drop_cap=True,
    body=(
        "外婆家的灶屋里，靠墙摆着一排大大小小的腌菜坛。坛子是青灰色的，肚子圆滚滚的，"
        "坛口扣着一只粗瓷碗，碗沿上总有一圈清水。外婆说，那圈水是坛子的“眼睛”，看着里头的菜慢慢变酸。",
        "每年霜降以后，外婆就开始忙活。她把地里收回来的芥菜洗净晾干，一棵一棵码在竹匾里，"
        "晒上两三个太阳，再撒上粗盐，用手使劲地揉。我蹲在一旁看，手心也跟着发烫。",
        "揉好的菜被一层层压进坛子里，外婆总要在最上面压一块光溜溜的鹅卵石。"
        "那块石头是外公当年从河滩上挑回来的，用了几十年，早已磨得发亮。",
        "后来我离家读书、工作，吃过许多地方的咸菜，却总觉得少了点什么。"
        "前些日子回老家，舅妈端出一碟腌菜，我只尝了一口，眼泪就下来了。那是外婆的味道。",
    ),
)

RIVER = Story(
    Place(0, 2, split=(1.0,)),
    Headline(title=("冬夜读信",), size=20, face="kai"),
    byline="◎ 王小川",
    body=(
        Verse(("炉火映红了窗纸", "父亲的字迹", "歪歪斜斜地走进灯下"), indent=2),
        Verse(("他说麦子已经种下", "他说雪还没来", "他说，天冷了", "记得添衣"), indent=2),
    ),
)

AUTUMN = Story(
    Place(0, 2, split=(1.0,)),
    Headline(title=("秋日登临",), size=18, face="kai", center=True),
    byline="文／图　本报记者　叶　舟",
    body=(
        Verse(("一江秋水向东流，", "两岸青山入画楼。", "莫道晚来风渐紧，", "满城灯火胜春游。"), centred=True),
    ),
)

MARKET = Story(
    Place(2, 4, split=(1.0, 1.0)),
    Headline(title=("赶　集",), size=20, face="kai"),
    byline="■ 陈　默",
    body=(
        "小时候最盼望的，是跟着父亲去镇上赶集。天还没亮，父亲就挑起两筐红薯出门了，"
        "我揉着眼睛跟在后面，一路听着扁担吱呀吱呀地响。",
        "集市上人挤人，吆喝声此起彼伏。卖完红薯，父亲总会给我买一根糖葫芦，"
        "自己却舍不得买一碗热豆花。如今集市变成了超市，那根糖葫芦的甜，我却一直记得。",
    ),
)

SPEC = page(
    7,
    "副刊",
    (FERRY, PICKLES, MARKET, RIVER, AUTUMN),
    "本版责编：江　月　　本版邮箱：qjfk@qjwb.example.cn",
    notes=(
        "副刊: two poems set flush left, one verse line a printed line, stanzas apart by a blank line",
        "literary bylines: □ 林　夕, 文／苏　青, ◎ 王小川, ■ 陈　默, 文／图　本报记者　叶　舟",
        "a classical poem, each line centred",
        "a drop cap (首字下沉) opening an essay; a poem with every line indented",
    ),
    grid=(11.0,) * 6,
    body_size=10.5,
    stream="scrambled",
    drawing="glyphs",
)
