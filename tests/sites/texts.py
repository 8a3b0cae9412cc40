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
