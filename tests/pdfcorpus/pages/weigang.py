"""維港日報, 2025-10-21, front page in traditional script (zh-Hant), set in reportlab's traditional
CID font MSung-Light: masthead with 農曆 and 期號 under a `1 要聞` running head; a 4-column lead
with kicker, two-line title and —— subtitle under 本報…電（記者…）; 「」 quotes; 小標題; a
新華社…電 with a padded name; a photo item credited （資料圖片）; a 中新社 dateline; 本報訊; a
（轉第三版） marker in traditional characters; 責任編輯 / 版式設計 lines."""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus.spec import Advert, Headline, Masthead, Module, PageSpec, PdfSpec, Photo, Place

LEAD = Module(
    Place(0, 4),
    Headline(
        kicker="推動創新科技　培育發展新動能",
        title=("北部都會區首批", "創科項目動工"),
        subtitle="——預計五年內創造逾萬個職位",
        title_size=32,
        bold=True,
        center=True,
    ),
    dateline="本報香港10月20日電　（記者何詠琳）",
    body=(
        "北部都會區首批創新科技項目20日舉行動工儀式。項目佔地約12公頃，將興建研發大樓、"
        "中試基地及人才公寓，預計總投資約146億元，首期工程於2027年底前落成。",
        "主禮嘉賓在儀式上表示，北部都會區是香港未來發展的新引擎，首批項目動工標誌著創科"
        "發展進入「快車道」。「我們希望把這裏打造成匯聚人才、企業和資本的創科高地。」",
        Heading("產學研協同發力"),
        "據介紹，首批項目已吸引多所本地大學和30多家科技企業表達入駐意向，涵蓋生物醫藥、"
        "人工智能、新能源等領域。其中一所大學計劃設立聯合實驗室，把科研成果就近轉化。",
        "一家從事醫療器械研發的初創企業創辦人說，過去公司的研發在香港、生產在內地，"
        "兩地往返耗時費力；項目建成後，研發和中試可以在同一個園區完成。",
        Heading("配套設施同步推進"),
        "為方便人才工作和生活，園區周邊將同步建設學校、醫院和公共交通設施。"
        "規劃中的鐵路支線建成後，由園區前往市區只需約30分鐘。",
        "業界人士認為，項目動工有助香港吸引更多創科人才和企業落戶，為經濟發展注入新動力。",
    ),
)

MAINLAND = Module(
    Place(4, 2),
    Headline(title=("內地前三季", "經濟穩中有進"), title_size=20),
    dateline="新華社北京10月20日電　（記者 王　晗）",
    body=(
        "國家統計局20日發佈數據，初步核算，前三季度國內生產總值同比增長5.2%。"
        "其中，最終消費支出對經濟增長的貢獻率超過五成。",
        "數據顯示，前三季度全國規模以上工業增加值同比增長6.1%，"
        "社會消費品零售總額同比增長4.5%，就業形勢總體穩定。",
        "國家統計局有關負責人表示，經濟運行總體平穩、穩中有進，"
        "但外部環境仍然複雜多變，需要持續鞏固回升向好態勢。",
    ),
)

HARBOUR = Module(
    Place(4, 2),
    kind="photo",
    photo=Photo(
        height=140,
        caption="維多利亞港兩岸夜景璀璨，吸引不少市民和遊客駐足拍照。",
        credit="（資料圖片）",
    ),
)

YOUTH = Module(
    Place(0, 2),
    Headline(title=("兩岸青年", "交流營開營"), title_size=20),
    dateline="中新社廈門10月20日電　（記者 陳　悅）",
    body=(
        "為期一週的兩岸青年文化交流營20日在廈門開營，來自兩岸的120多名大學生將參訪古厝、"
        "體驗非遺技藝，並與當地青年創業者座談。",
        "一名來自台中的學生說，這是她第一次來廈門，「沒想到這裏的閩南話和家鄉一模一樣，感覺特別親切。」",
    ),
)

MTR = Module(
    Place(2, 2),
    Headline(title=("港鐵新車站", "月底啟用"), title_size=20),
    dateline="本報訊（記者 區嘉欣）",
    body=(
        "港鐵公司20日宣佈，東涌綫延綫新車站將於本月30日正式啟用。新車站設有四個出入口，"
        "可直達附近的住宅區和商場。",
        "港鐵表示，新車站啟用初期，列車在繁忙時段的班次將加密至每3分鐘一班，"
        "並會密切留意客流情況，適時調整服務。",
    ),
    continued_on="（轉第三版）",
)

FOOD = Module(
    Place(4, 2),
    Headline(title=("老字號茶樓", "添新意"), title_size=20),
    dateline="本報香港10月20日電　（記者 馮子健）",
    body=(
        "開業逾六十年的老字號茶樓近日推出「懷舊點心套餐」，以傳統手藝重現蝦餃、燒賣等經典點心，"
        "吸引不少年輕食客前來「打卡」。",
        "茶樓第三代經營者說，老店要傳承，也要創新，希望讓更多年輕人認識粵式飲茶文化。",
    ),
)

MARATHON = Module(
    Place(0, 3),
    Headline(title=("城市馬拉松報名人數創新高",), title_size=20),
    dateline="本報香港10月20日電　（記者 麥浩然）",
    body=(
        "明年初舉行的城市馬拉松20日截止報名，主辦方公佈報名人數逾7.8萬人，創歷年新高，"
        "其中海外及內地跑手約佔三成。",
        "主辦方表示，今屆賽事將首次在全馬路線沿途增設12個補給站和8個醫療站，並引入電子晶片計時，"
        "跑手可即時查詢個人成績。",
        "有參加過多屆賽事的跑手說，近年本地跑步風氣越來越盛，「週末清晨在海濱跑步的人，比以前多了好幾倍。」",
    ),
)

TALK = Module(
    Place(3, 3),
    Headline(series="今日談", series_boxed=True, title=("讓老字號走得更遠",), title_size=18),
    boxed=True,
    body=(
        "老字號承載著一座城市的記憶。一碟蝦餃、一盅兩件，既是味道，也是生活方式。",
        "老字號要走得更遠，既要守住手藝和品質，也要懂得年輕人的口味和習慣。"
        "守正與創新並不矛盾，用心做好每一件產品，自然會有人記得。",
    ),
    signature="江　帆",
)

AD = Advert(
    Place(0, 6),
    lines=(("維港日報數碼版　全新上線", 34.0), ("掃描二維碼　免費試讀三十天", 18.0)),
    height=330,
)

SPEC = PdfSpec(
    name="weigang-2025-10-21",
    paper="維港日報",
    paper_id="wgrb",
    date=dt.date(2025, 10, 21),
    edition="第3318期",
    language="zh-Hant",
    pages=(
        PageSpec(
            number=1,
            name="要聞",
            body_font="MSung-Light",
            headline_font="MSung-Light",
            masthead=Masthead(lunar="乙巳年九月初一"),
            modules=(LEAD, MAINLAND, HARBOUR, YOUTH, MTR, FOOD, MARATHON, TALK, AD),
            footer=("責任編輯：鄭　浩　　版式設計：李　敏",),
            bold_datelines=True,
        ),
    ),
    notes=(
        "traditional script (zh-Hant) in MSung-Light; masthead with 農曆 and 期號 under `1 要聞`",
        "4-column lead: kicker, two-line title, —— subtitle, 「」, 小標題",
        "本報香港10月20日電　（記者何詠琳）",
        "新華社…電　（記者 王　晗）; photo item credited （資料圖片）; 中新社廈門…電",
        "本報訊（記者 區嘉欣） and （轉第三版）; 責任編輯 / 版式設計 lines",
        "boxed 今日談 with a padded bare name; an advertisement",
    ),
)
