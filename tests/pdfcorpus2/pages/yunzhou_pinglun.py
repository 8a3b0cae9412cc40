"""云州日报, 2025-11-12, page 5: a commentary page with no page name. Its running head is the date
line at the left and the page number white in a black box at the right. Body in 10.5-point 明体
on a leading of 1.4, 1.2-em gutters, rules down the gutters; modules, their parts and their
lines drawn in a shuffled order, each stretch of equal letter spacing one string with Tc. An
editorial under a bare 本报评论员 line with its title set vertically, one character a line, at
the right of its body; a boxed 编辑手记 whose title is two lines of different sizes; a bracketed
label; a feature with a 楷体 kicker, a letter-spaced title and a subtitle without ——; a
学习札记 on a dark band; three bare names under commentaries.
"""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus2.spec import Headline, PageSpec, PdfSpec, Place, RunningHead, Story

EDITORIAL = Story(
    Place(0, 4, split=(1.0, 1.0, 1.0), head=4.5),
    Headline(title=("实干成就未来",), size=30, vertical=True, side="right"),
    byline="本报评论员",
    body=(
        "岁末将至，全年目标任务进入冲刺阶段。越是到了关键时刻，越要保持战略定力，把心思和精力集中到"
        "抓落实上来，一步一个脚印把各项工作做实做细。",
        "实干，首先要盯紧目标。对照年初确定的重点任务，逐项梳理进度，哪些已经完成、哪些正在推进、"
        "哪些还有差距，都要心中有数。对滞后的项目，要找准症结、对症下药，该协调的抓紧协调，"
        "该调度的及时调度。",
        "实干，还要找准方法。抓落实不能“眉毛胡子一把抓”，而要抓住主要矛盾，集中力量攻克难点堵点。"
        "要多到一线去、多到群众中去，在解决实际问题中检验工作成效。",
        "实干，更要敢于担当。面对困难和挑战，党员干部要冲在前面、干在实处，以“功成不必在我”的"
        "精神境界和“功成必定有我”的历史担当，推动各项工作落地见效。",
        "空谈误事，实干兴邦。只要拧成一股绳、铆足一股劲，以钉钉子精神一抓到底，"
        "就一定能够交出一份令人满意的答卷。",
    ),
)

NOTE = Story(
    Place(4, 2),
    Headline(series="编辑手记", series_style="box", title=("基层减负", "要减到点子上"), sizes=(15.0, 20.0)),
    boxed=True,
    body=(
        "近期，不少基层干部反映，各类考核检查少了，填表报数少了，可以把更多时间用在为群众办实事上。"
        "这是基层减负带来的可喜变化。",
        "基层减负，关键要减到点子上。哪些会议可以合并，哪些表格可以共享，哪些检查可以取消，"
        "都需要认真梳理、持续推进，防止“明减暗增”。",
        "减负不是减责任，更不是减担当。要把减负的成效，转化为干事创业的动力，让基层干部既能轻装上阵，"
        "又能奋发有为。",
    ),
    signature="唐　宁",
)

LETTER = Story(
    Place(4, 2),
    Headline(series="（百姓话题）", title=("小区“口袋公园”", "多些更好"), size=17),
    body=(
        "我家附近原来有一块闲置空地，杂草丛生，还有人乱倒垃圾。今年社区把它改造成了“口袋公园”，"
        "铺了步道，种了花草，还放了几张长椅。社区还请来园艺志愿者，教大家认识花草。",
        "现在，每天傍晚都有不少居民来这里散步、聊天，孩子们也有了玩耍的地方。希望有关部门多利用"
        "边角地建设这样的小公园，让大家出门就能见到绿。",
    ),
    signature="陈　晓",
)

TEACHER = Story(
    Place(0, 4),
    Headline(
        kicker="一位乡村教师的三十年",
        title=("大山里的“点灯人”",),
        size=26,
        tracking=0.12,
        subtitle="他让一所村小走出了二百多名大学生",
    ),
    byline="本报记者　邱　实",
    body=(
        "清晨六点，石门镇白岩村小学的铃声准时响起。58岁的校长杨德明已经在校门口站了十多分钟，"
        "等着山路上陆续走来的孩子们。",
        "1995年，师范学校毕业的杨德明回到家乡，成了这所村小唯一的公办教师。那时学校只有三间土坯房，"
        "一到雨天，教室里就得摆上好几个接水的脸盆。",
        Heading("不让一个孩子掉队"),
        "三十年来，杨德明教过语文、数学，也教过音乐、体育。有学生家里困难要辍学，他一次次上门劝说，"
        "还拿出自己的工资为学生交书本费。",
        "在他的带动下，学校的老师从1个增加到9个，教室换成了明亮的教学楼，还建起了图书室和运动场。"
        "三十年间，从这所村小走出的孩子中，已有210多人考上了大学。",
        "“只要孩子们愿意读书，我就一直在这里守着。”杨德明说。",
    ),
)

FORUM = Story(
    Place(4, 2),
    Headline(series="学习札记", series_style="band", title=("读懂“慢功夫”",), size=17),
    body=(
        "做学问、干事业，都需要下一番“慢功夫”。古人说“板凳要坐十年冷”，讲的就是这个道理。",
        "当下，一些人习惯于追求“短平快”，看书只看摘要，做事只求速成。殊不知，没有日积月累的沉淀，"
        "就难有厚积薄发的收获。",
        "慢不是拖沓，而是沉下心来、久久为功。把每一件小事做扎实，时间自会给出答案。",
    ),
    signature="许　安",
)

VILLAGES = Story(
    Place(0, 4),
    Headline(title=("让乡村游“火”得更久",), size=20, subtitle="——在“特”字上下功夫"),
    byline="特约评论员　周　衡",
    body=(
        "每到周末，城郊的农家乐、采摘园总是一位难求。近年来，乡村游成为不少市民休闲度假的首选，"
        "乡村旅游也成为带动农民增收的重要途径。",
        "乡村游火起来，靠的是绿水青山，也靠特色和品质。一些地方一哄而上搞项目，千村一面、同质竞争，"
        "游客来一次就不想再来。乡村旅游要走得远，必须在“特”字上下功夫。",
        "各地要立足自身的山水风光、民俗文化和农耕特色，打造差异化的旅游产品。同时，要补齐交通、"
        "停车、卫生等基础设施短板，提升服务水平，让游客玩得舒心、住得安心。",
        "更重要的是，要让农民成为乡村旅游的参与者和受益者。通过合作社、入股分红等方式，"
        "把更多增值收益留在农村、留给农民。",
    ),
)

MANNERS = Story(
    Place(4, 2),
    Headline(series="三言两语", series_style="box", title=("文明乘车从我做起",), size=15),
    boxed=True,
    body=(
        "公交车上，年轻人主动为老人让座；地铁车厢里，乘客自觉调低手机音量……这些细节，温暖着每一位乘客。",
        "文明乘车，看似小事，却折射出一座城市的文明程度。从我做起、从点滴做起，"
        "城市会因每个人的文明举止而更加美好。",
    ),
    signature="林　默",
)

READING = Story(
    Place(0, 4),
    Headline(title=("让书香浸润城市",), size=20),
    body=(
        "走进东城区的一家城市书房，书架上摆满了新书，不少市民安静地坐在桌前阅读。这样的城市书房，"
        "我市已建成86家，大多实行24小时开放，刷身份证就能借书还书。",
        "城市书房受欢迎，说明群众对阅读的需求一直都在。关键是要把阅读空间建在群众身边，"
        "把好书送到群众手中，让读书成为一种生活方式。",
        "建好书房只是第一步，更要用好书房。可以常态化开展读书会、讲座和亲子阅读活动，"
        "吸引更多人走进来、坐下来、读起来，让书香成为城市最动人的气质。",
    ),
    signature="韦　达",
)

SPEC = PdfSpec(
    name="yunzhou-2025-11-12-p05",
    paper="云州日报",
    paper_id="yzrb",
    date=dt.date(2025, 11, 12),
    pages=(
        PageSpec(
            number=5,
            name=None,
            items=(EDITORIAL, NOTE, TEACHER, LETTER, VILLAGES, FORUM, READING, MANNERS),
            grid=(10.2,) * 6,
            gutter=1.2,
            body_face="ming",
            body_size=10.5,
            leading=1.4,
            running_head=RunningHead(left=(("{date}", "plain"),), right=(("{n}", "reverse"),)),
            editor=("本版责编：庞　博　　本版邮箱：yzpl@yzrb.example.cn",),
            column_rules=True,
            stream="scrambled",
            drawing="spaced",
        ),
    ),
    notes=(
        "no page name: running head is the date line and the page number white in a black box",
        "10.5-pt 明体 body (embedded), leading 1.4, 1.2-em gutters, rules down the gutters",
        "modules, parts and lines drawn shuffled; equal letter spacing drawn with Tc",
        "vertical title at the right of its body; bare 本报评论员 line",
        "boxed 编辑手记 with a title in two sizes; bracketed （百姓话题）; 学习札记 on a dark band",
        "kicker, letter-spaced title, subtitle without ——; three bare names",
    ),
)
