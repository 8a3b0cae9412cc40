"""云州日报, 2025-11-12, page 1: a broadsheet front page as a Founder system draws it. Masthead in
楷体 with a barcode and the imprint beside it and a thick rule under it; no running head; the
editor line turned 90° in the left margin. Body in 宋体 justified to columns of 9.6 ems with
line-end punctuation compressed; titles in 黑体, kickers and captions in 楷体; rules down the
gutters. Every headline is drawn after every body. A lead with a kicker longer than its
letter-spaced title, a subtitle without ——, and a photo over two columns whose caption spans
one; a boxed 云州时评; a photo item captioned beside the picture; a title in two sizes; a white
band label over a boxed module.
"""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus2.spec import Headline, Masthead, PageSpec, PdfSpec, Photo, Place, Story

LEAD = Story(
    Place(0, 5),
    Headline(
        kicker="全力抓好秋粮收购和秋冬种植　确保农民增收粮食丰收",
        title=("秋粮颗粒归仓",),
        size=40,
        tracking=0.3,
        subtitle="全市已收购秋粮42.3万吨，同比增长8.1%",
        small=19,
    ),
    dateline="本报云州11月11日电　（记者 吴晓岚　通讯员 邓　凯）",
    photo=Photo(
        height=150,
        columns=(3, 2),
        caption_columns=(3, 1),
        caption="11月10日，临江县石门镇的农民在收购点排队售粮。",
        credit="本报记者　何　川　摄",
    ),
    body=(
        "连日来，云州市各地抢抓晴好天气，组织农机具下田收获晚稻和玉米，粮食收购企业敞开收购。"
        "记者从市粮食和物资储备局获悉，截至11月10日，全市已收购秋粮42.3万吨，同比增长8.1%，"
        "收购进度快于往年。",
        "在临江县石门镇的一处收购点，前来售粮的车辆排起了长队。“今年稻谷水分低、品质好，"
        "一斤能多卖几分钱。”种粮大户周长林一边看着过磅，一边算账，“两百多亩地，扣除成本，"
        "能比去年多挣两万来块。”",
        Heading("收购网点延伸到村口"),
        "为方便农民就近售粮，全市今年新增收购网点37个，其中一半以上设在乡镇和行政村。"
        "各收购企业延长营业时间，推行“预约售粮”，农民在手机上选好时段，到点即可过磅结算，"
        "平均排队时间由过去的两个多小时缩短到半小时以内。",
        "市粮食和物资储备局有关负责人介绍，今年还对全市92座粮库进行了检修维护，新增仓容6.5万吨，"
        "并配备了智能通风、低温储粮等设备，确保收得进、储得好。",
        Heading("秋冬种同步推进"),
        "收获之后，各地紧接着开展秋冬种。农技人员分片包干，深入田间指导农户选用良种、适期播种。"
        "目前全市已种植油菜、小麦等秋冬作物68万亩，完成计划的七成。",
        "市农业农村局提醒，近期天气转凉，各地要抓住有利墒情加快播种进度，同时做好病虫害监测，"
        "为明年夏粮丰收打好基础。",
    ),
)

COMMENT = Story(
    Place(5, 2),
    Headline(series="云州时评", series_style="box", title=("让“预约售粮”", "成为常态"), size=22),
    body=(
        "农民卖粮，最怕的是排长队、等半天。今年不少收购点推行“预约售粮”，农民在手机上点一点，"
        "就能错峰到点售粮，省时又省心。",
        "小小的改变，折射的是服务理念的转变。从“农民跟着收购点转”到“收购点围着农民转”，"
        "背后是对群众需求的细心体察。",
        "好的做法要坚持下去。有关部门不妨总结经验，把预约、结算、质检等环节进一步打通，"
        "让便民服务从“季节性”变成“常态化”。",
    ),
    signature="江　平",
)

GINKGO = Story(
    Place(5, 2, split=(1.0, 1.0)),
    kind="photo",
    photo=Photo(
        height=114,
        columns=(0, 1),
        beside=True,
        caption="初冬时节，东城区滨江公园的银杏叶由绿转黄，吸引市民前来游玩。",
        credit="本报记者　赵　琳　摄",
        credit_own_line=True,
    ),
)

TRADE = Story(
    Place(0, 3),
    Headline(title=("前十个月我国外贸", "进出口保持增长"), sizes=(20.0, 28.0)),
    dateline="新华社北京11月11日电　",
    body=(
        "海关总署11日发布数据，今年前10个月，我国货物贸易进出口总值同比增长3.6%。其中，"
        "出口增长6.2%，进口保持平稳。",
        "数据显示，我国对共建“一带一路”国家进出口占外贸总值的比重超过一半。机电产品出口增长较快，"
        "占出口总值的近六成，集成电路、汽车等产品出口保持两位数增长。",
        "业内人士认为，外贸企业积极开拓多元化市场，新业态新模式加快发展，为稳外贸提供了有力支撑。",
    ),
)

LIFTS = Story(
    Place(3, 2),
    Headline(series="民生关注", series_style="band", title=("老旧小区加装电梯提速",), size=17),
    boxed=True,
    dateline="本报讯　（记者 罗　敏）",
    body=(
        "今年以来，我市老旧小区加装电梯工作明显提速。记者从市住房和城乡建设局了解到，截至10月底，"
        "全市已完成加装电梯312部，另有186部正在施工。",
        "为破解“协调难”，各街道组建由社区干部、律师和居民代表组成的议事小组，逐楼栋上门沟通。"
        "东城区一个小区的6号楼，从征求意见到电梯投用只用了五个月。",
        "住在顶楼的退休教师刘阿姨说：“以前下楼买个菜都发愁，现在按个按钮就到楼下了。”",
    ),
)

ROAD = Story(
    Place(5, 2),
    Headline(kicker="总投资186亿元", title=("云临高速全线贯通",), size=18),
    byline="本报记者　孙　立",
    body=(
        "11月11日上午，云州至临江高速公路全线建成通车。这条高速公路全长96公里，设计时速100公里，"
        "通车后两地车程由两个半小时缩短至一小时左右。",
        "项目沿线山高谷深，共建设桥梁58座、隧道11座，桥隧比超过四成。建设者采用装配式桥梁等新工艺，"
        "比原计划提前半年完工。",
        "临江县县长表示，高速公路通车将带动沿线茶叶、柑橘等特色产业发展，让山区群众的“致富路”越走越宽。",
    ),
)

HEATING = Story(
    Place(0, 3),
    Headline(title=("城区供暖设施检修完毕",), size=20),
    dateline="本报讯（记者 陶　然）",
    body=(
        "随着气温逐渐走低，城区集中供暖准备工作已全部就绪。记者11日从市城市管理局获悉，"
        "今年全市共检修供热管网286公里，更换老旧阀门1900余个，新增供热面积120万平方米。",
        "今年供暖季将于11月15日开始，次年3月15日结束。供热企业设立了24小时服务热线，"
        "并组建抢修队伍，居民家中出现暖气不热等问题，可随时报修。",
        "市城市管理局提醒，居民在供暖前应检查家中暖气片和阀门，发现跑冒滴漏及时联系供热企业处理。",
    ),
)

MUSEUM = Story(
    Place(3, 4),
    Headline(title=("市博物馆新馆开放",), size=20, subtitle="首批展出文物一千二百余件"),
    byline="本报记者　沈　悦",
    body=(
        "11月11日，云州市博物馆新馆正式对外开放。新馆建筑面积3.2万平方米，设有“云州古代史”"
        "“民俗风情”等6个基本陈列，首批展出文物1200余件。",
        "开馆首日，不少市民一早就在馆外排队。在一件唐代三彩马前，小学生王子轩看得入了迷："
        "“它的颜色真好看，像活的一样！”",
        "据介绍，新馆实行免费预约参观，每周一闭馆。",
    ),
)

VOLUNTEERS = Story(
    Place(0, 4),
    Headline(title=("社区志愿服务队“上新”",), size=20),
    dateline="本报讯（通讯员 黄　蕾）",
    body=(
        "修理小家电、上门理发、陪老人聊天……近日，东城区滨江街道的12支社区志愿服务队推出了"
        "一批“新项目”，受到居民欢迎。",
        "街道负责人介绍，今年起，街道把志愿服务项目交给居民来“点单”。社区每季度发放问卷，"
        "收集居民最需要的服务，再由志愿服务队“接单”，目前已累计开展服务1600多次。",
        "72岁的独居老人陈大爷是志愿者的“老熟人”。每周三，志愿者小郑都会上门帮他量血压、打扫卫生。"
        "“有事打个电话，他们就来了，比亲戚还亲。”陈大爷说。",
        "下一步，街道将建立志愿服务积分制度，志愿者的服务时长可兑换生活用品和文化活动门票，"
        "吸引更多年轻人加入。",
    ),
)

WEATHER = Story(
    Place(4, 3),
    Headline(title=("本周后期将有一次降温过程",), size=17),
    dateline="本报讯（记者 钟　宁）",
    body=(
        "记者从市气象台获悉，受冷空气影响，14日至16日我市将有一次明显降温过程，"
        "过程降温幅度6至8℃，并伴有4至5级偏北风，山区最低气温将降至0℃以下。",
        "气象专家提醒，降温期间昼夜温差较大，市民要及时添衣保暖，老人和儿童尤其要注意预防感冒。"
        "设施农业种植户要加固大棚，做好防寒保温工作。",
        "交通部门表示，山区道路可能出现结冰，驾驶员要减速慢行，注意行车安全。",
    ),
)

SPEC = PdfSpec(
    name="yunzhou-2025-11-12-p01",
    paper="云州日报",
    paper_id="yzrb",
    date=dt.date(2025, 11, 12),
    edition="第21436期",
    pages=(
        PageSpec(
            number=1,
            name=None,
            items=(LEAD, COMMENT, GINKGO, TRADE, LIFTS, ROAD, HEATING, MUSEUM, VOLUNTEERS, WEATHER),
            grid=(9.6,) * 7,
            gutter=1.1,
            masthead=Masthead(
                lunar="乙巳年九月廿三",
                imprint=("国内统一连续出版物号　CN 51-0071", "邮发代号　61-25"),
            ),
            editor=("一版责编：汪　洋　　版式设计：罗　曼",),
            editor_at="left",
            column_rules=True,
            stream="headlines-last",
            drawing="spaced",
        ),
    ),
    notes=(
        "front page: masthead in 楷体 with barcode and imprint beside it, thick rule; no running head",
        "editor line turned 90° in the left margin; rules down the gutters; headlines drawn last",
        "justified 9.6-em columns, line-end punctuation compressed, drawn with Tc",
        "kicker longer than the letter-spaced title; subtitle without ——; photo over two columns, "
        "caption over one",
        "boxed 云州时评 with a bare name; photo item captioned beside the picture, credit on its own line",
        "title in two sizes under a 新华社 dateline; white-on-dark 民生关注 band over a boxed module",
    ),
)
