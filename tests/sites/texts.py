"""One day's issue, as an editor would key it into an e-paper system: raw HTML fragments with the
indents, spaces, markers and credits printed pages carry. Every text is written for the tests."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    """One article as the system stores it; body paragraphs are HTML fragments (no <p>)."""

    title: str
    kicker: str = ""
    subtitle: str = ""
    author: str = ""
    body: list[str] = field(default_factory=list)
    picture: bool = False
    coords: list[str] = field(default_factory=list)


@dataclass
class Sheet:
    """One 版面: its number, name and articles; a page without articles is an advertisement."""

    number: int
    name: str
    items: list[Item]


ISSUE = [
    Sheet(
        1,
        "要闻",
        [
            Item(
                kicker="各地抢抓晴好天气",
                title="秋粮收获进度过半<br>农机跨区作业提速",
                subtitle="——农业农村部部署秋收秋种",
                body=[
                    "　　本报北京10月19日电　（记者王佳丽）记者从农业农村部获悉，"
                    "截至目前，全国秋粮已收获过半，进度快于上年同期。",
                    "　　各地组织农机手跨区作业，&nbsp;确保颗粒归仓。",
                    "<strong>抢抓农时</strong>",
                    "　　气象部门预计，未来一周大部地区以晴为主，有利于秋收。（下转第二版）",
                ],
                coords=["12,20,480,20,480,300,12,300"],
            ),
            Item(
                title="前三季度国民经济运行总体平稳",
                body=[
                    "　　新华社北京10月19日电　记者从国家统计局了解到，"
                    "前三季度国民经济运行总体平稳，稳中有进。",
                    "　　专家表示，下阶段要加大宏观政策实施力度。",
                ],
                coords=["12,310,240,310,240,560,12,560", "250,310,480,310,480,430,250,430"],
            ),
            Item(
                title="田间地头收获忙",
                body=["　　10月18日，河北省一个县的农民在田间收获玉米。　　本报记者　张文华摄"],
                picture=True,
                coords=["250,440,480,560"],
            ),
        ],
    ),
    Sheet(
        2,
        "评论",
        [
            Item(
                title="让创新活力竞相迸发",
                body=[
                    "　　□ 本报评论员",
                    "　　创新是引领发展的第一动力。抓创新就是抓发展，谋创新就是谋未来。",
                    "　　要营造鼓励探索、宽容失败的环境，让各类人才各展其能。",
                ],
                coords=["10,10,300,10,300,400,10,400"],
            ),
            Item(
                kicker="人民时评",
                title="把服务做到群众心坎上",
                body=[
                    "　　办好一件件小事，才能赢得群众的信任。",
                    "　　基层干部要多到群众中去，听真话、察实情。",
                    '<span style="float:right">李　斌</span>',
                ],
                coords=["310,10,600,10,600,400,310,400"],
            ),
            Item(
                title="秋粮收获进度过半",
                author="本报记者　程　龙　潘俊强",
                body=[
                    "　　（上接第一版）各地农业部门派出技术人员，\r\n指导农户科学晾晒、安全储粮。",
                    "　　据了解，今年新建的烘干设施已投入使用，APEC\r\nmembers 的同行也前来参观。",
                ],
                coords=["10,410,600,410,600,800,10,800"],
            ),
        ],
    ),
    Sheet(
        3,
        "国际",
        [
            Item(
                kicker="（“一带一路”上的合作故事）",
                title="<em>数字</em>经济合作\x07结出硕果",
                author="人民日报记者 赵 亮",
                body=[
                    "　　在东南亚一座港口城市，一家中资企业建设的数据中心已投入运营。",
                    "　　当地官员说，这一项目为城市带来了新的就业机会。",
                ],
                coords=["10,10,600,10,600,500,10,500"],
            ),
        ],
    ),
    Sheet(4, "广告", []),
]


CITY = [
    Sheet(
        1,
        "要闻",
        [
            Item(
                kicker="冬季供暖全面启动",
                title="全市集中供暖今起试运行<br>老旧小区管网改造完工",
                subtitle="——一百二十个小区居民提前用上暖气",
                body=[
                    "　　本报讯　（记者刘晓东　通讯员陈静）11月18日，记者从市住建局获悉，"
                    "全市集中供暖系统今日起进入试运行阶段。",
                    "　　今年以来，全市共改造老旧供热管网八十六公里，惠及居民四万余户。",
                    "<b>热线全天有人接听</b>",
                    "　　供热企业开通服务热线，接到报修后两小时内上门处理。（下转第二版）",
                ],
                coords=["10,20,400,20,400,280,10,280"],
            ),
            Item(
                title="初雪过后",
                body=["　　11月18日，市民在湖畔公园赏雪拍照。　　本报记者　周敏摄"],
                picture=True,
                coords=["410,20,590,200"],
            ),
            Item(
                title="我市新增三条公交线路",
                body=[
                    "　　本报讯　下周起，我市将新开通三条公交线路，连接新城区与高铁站。",
                    "　　市交通部门表示，新线路将根据客流情况调整发车间隔。",
                ],
                coords=["10,290,590,290,590,600,10,600"],
            ),
        ],
    ),
    Sheet(
        2,
        "评论",
        [
            Item(
                kicker="青山时评",
                title="让城市更有温度",
                body=[
                    "　　城市的温度，藏在一件件民生小事里。",
                    "　　从供暖到出行，每一项服务都关系到群众的冷暖。",
                    "　　只有把群众的事当作自己的事，城市才会更有温度。",
                    "孙　伟",
                ],
                coords=["10,10,590,10,590,400,10,400"],
            ),
            Item(
                title="全市集中供暖今起试运行",
                author="本报记者　刘晓东",
                body=[
                    "　　（上接第一版）各区还组织工作人员入户检查，排查室内管线隐患。",
                    "　　市住建局提醒，居民如发现暖气不热，可拨打服务热线反映。",
                ],
                coords=["10,410,590,410,590,800,10,800"],
            ),
        ],
    ),
    Sheet(
        3,
        "文化",
        [
            Item(
                kicker="（非遗传承进行时）",
                title="老手艺焕发新光彩",
                author="本报记者　林　芳",
                body=[
                    "　　在城南一家工作室里，年轻的传承人正在制作竹编灯笼。",
                    "　　近年来，越来越多的年轻人走进非遗工坊，学习传统技艺。",
                ],
                coords=["10,10,590,10,590,500,10,500"],
            ),
        ],
    ),
]
"""A city paper's day, for the sites of systems no profile knows (others.py)."""


def traditional(issue: list[Sheet]) -> list[Sheet]:
    """The same day in Traditional characters, as a Taiwan paper keys it (啟, not 啓: Big5 has
    the Taiwan forms)."""
    import opencc

    convert = opencc.OpenCC("s2tw").convert
    return [
        Sheet(
            sheet.number,
            convert(sheet.name),
            [
                Item(
                    title=convert(item.title),
                    kicker=convert(item.kicker),
                    subtitle=convert(item.subtitle),
                    author=convert(item.author),
                    body=[convert(p) for p in item.body],
                    picture=item.picture,
                    coords=item.coords,
                )
                for item in sheet.items
            ],
        )
        for sheet in issue
    ]
