"""鏡海日報, 2025-11-20, page 4: a tabloid local-news page in traditional script. The running head
puts the date line at the left and `第4版：本地` at the right. Body in 10-point MSung-Light (繁體
宋體) on a leading of 1.45, 1.1-em gutters; punctuation that will not fit hangs past the
column's edge; stretches of equal letter spacing drawn with Tc, modules, parts and lines in a
shuffled order. A lead under a 楷體 kicker with a —— subtitle and 「」 quotes; a boxed module
under a white-on-dark 社區動態 band; a photo item captioned beside its picture; a 新華社 story
without a byline; shaded 簡訊 with 黑體 lead-ins.
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

RAIL = Story(
    Place(0, 4),
    Headline(
        kicker="立法會通過撥款　明年上半年動工",
        kicker_face="kai-tw",
        title=("輕軌東線延伸段獲批",),
        size=30,
        subtitle="——全長4.2公里設3個車站",
        subtitle_face="kai-tw",
    ),
    dateline="本報訊（記者 梁嘉欣）",
    body=(
        "立法會昨日通過撥款申請，同意撥款約58億元興建輕軌東線延伸段。工程預計明年上半年動工，"
        "2028年底前完成。",
        "延伸段全長4.2公里，設3個車站，沿線連接東區多個大型住宅區和新落成的醫院。運輸工務局表示，"
        "通車後由東區前往市中心的時間可縮短約20分鐘。",
        Heading("回應居民出行需要"),
        "東區居民何先生說：「以前上班要轉兩程巴士，塞車時要一個多小時。輕軌通到家門口，方便多了。」",
        "有議員表示，當局須做好施工期間的交通疏導和噪音管理，減少對附近居民的影響。運輸工務局回應指，"
        "將在施工前舉辦社區諮詢會，聽取居民意見。",
    ),
)

CANTEENS = Story(
    Place(0, 2),
    Headline(series="社區動態", series_style="band", title=("長者飯堂增至十二間",), size=16),
    boxed=True,
    dateline="本報訊（記者 何　朗）",
    body=(
        "社會工作局昨日公布，全市長者飯堂數目已增至12間，每日供應膳食逾3000份。",
        "長者飯堂每餐收費20元，提供兩餸一湯。「飯菜少油少鹽，又有人陪傾偈，比自己在家煮好多了。」"
        "82歲的陳婆婆說。",
    ),
)

PROMENADE = Story(
    Place(2, 2, split=(1.0, 1.0)),
    kind="photo",
    photo=Photo(
        height=150,
        columns=(0, 1),
        beside=True,
        caption="11月19日，市民在新開放的海濱長廊散步。長廊全長1.6公里，沿途設有休憩區和觀景台。",
        credit="本報記者　鄭　浩　攝",
    ),
)

WHEAT = Story(
    Place(0, 4),
    Headline(title=("全國冬小麥播種基本結束",), size=20),
    dateline="新華社北京11月19日電　",
    body=(
        "記者19日從農業農村部獲悉，目前全國冬小麥播種已基本結束，播種面積穩中有增，苗情長勢總體良好。",
        "農業農村部有關負責人表示，下一步將組織農技人員深入田間，指導農民做好冬前田間管理，"
        "為明年夏糧豐收打下基礎。",
    ),
)

SCIENCE = Story(
    Place(0, 2),
    Headline(title=("中學生科創展", "作品逾二百件"), size=16),
    dateline="本報訊（記者 區穎怡）",
    body=(
        "第十二屆中學生科技創新作品展昨日在科學館開幕，來自全市32所中學的學生帶來逾200件作品，"
        "涵蓋人工智能、環境保護、生物科技等範疇。",
        "一組中四學生設計的「智能垃圾分類箱」吸引不少市民駐足。學生介紹，分類箱可透過鏡頭辨識垃圾種類，"
        "自動打開對應的投放口。",
        "展覽為期三天，免費開放予公眾參觀。",
    ),
)

BRIEFS = Briefs(
    Place(2, 2),
    (
        Brief(
            "電子消費券加碼",
            "本報訊　",
            "經濟局宣布，第二輪電子消費券將於下月初發放，每名合資格居民可獲500元。",
        ),
        Brief(
            "海濱長廊夜間亮燈",
            "本報訊（記者 鄭　浩）",
            "海濱長廊即日起每晚6時至11時亮燈，市民可沿海濱散步觀賞夜景。",
        ),
        Brief(
            "流感高峰期將至", "本報訊　", "衞生局提醒，流感高峰期將於下月出現，呼籲長者及兒童盡早接種疫苗。"
        ),
    ),
)

SPEC = PdfSpec(
    name="jinghai-2025-11-20-p04",
    paper="鏡海日報",
    paper_id="jhrb",
    date=dt.date(2025, 11, 20),
    language="zh-Hant",
    pages=(
        PageSpec(
            number=4,
            name="本地",
            items=(RAIL, CANTEENS, PROMENADE, WHEAT, SCIENCE, BRIEFS),
            size=TABLOID,
            grid=(11.8,) * 4,
            gutter=1.1,
            body_face="msung",
            leading=1.45,
            caption_face="kai-tw",
            running_head=RunningHead(left=(("{date}", "plain"),), right=(("第{n}版：{name}", "plain"),)),
            editor=("責任編輯：葉　敏　　版面設計：甘　霖",),
            stream="scrambled",
            drawing="spaced",
            punctuation="hang",
        ),
    ),
    notes=(
        "traditional script (zh-Hant) in MSung-Light with 楷體 (AR PL UKai TW) kickers and captions",
        "running head: date line at the left, `第4版：本地` at the right; 責任編輯 / 版面設計 at the foot",
        "leading 1.45, 1.1-em gutters; punctuation hung; Tc runs; modules, parts and lines shuffled",
        "lead with 楷體 kicker, —— subtitle, 「」 quotes and a 小標題; boxed module under a 社區動態 band",
        "photo item captioned beside its picture; 新華社北京…電 without a byline",
        "shaded 簡訊 with 黑體 lead-ins beside a story with a two-line title",
    ),
)
