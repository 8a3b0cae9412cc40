"""滨海日报, 2025-12-08, page 4, running head `第4版` (no page name): a broadsheet with 1-em gutters.
A 4-column module flows in an L around a boxed module set in its corner; a 新华社记者 byline line
over a 新华社 dateline; （转第5版） to a page not in the file; a 本报…讯 in full-width digits; a
新华社 dateline with two reporters; a photo item credited `李　想　摄`; CPI and PMI."""

from __future__ import annotations

import datetime as dt

from paperterm.model.issue import Heading
from tests.pdfcorpus.spec import Advert, Headline, Module, PageSpec, PdfSpec, Photo, Place

DATA = Module(
    Place(2, 4, reserve=(2, 2, 136)),
    Headline(
        kicker="赋能实体经济　培育发展动能",
        title=("数据要素加速融入千行百业",),
        subtitle="——来自多地的调查",
        title_size=28,
        bold=True,
    ),
    key="data",
    byline="新华社记者　王　晖",
    dateline="新华社北京12月7日电　",
    body=(
        "一条生产线每天产生上万条数据，一家医院每年积累数十万份病历，一座城市的交通卡口每分钟记录"
        "成千上万辆车的轨迹……数据正成为继土地、劳动力、资本、技术之后的又一关键生产要素。",
        "记者近日在多地采访看到，随着公共数据开放、数据交易流通等工作加快推进，数据要素正在工业制造、"
        "交通物流、医疗健康、金融服务等领域释放价值。",
        Heading("工厂里的数据“富矿”"),
        "在东南沿海一家家电企业的“灯塔工厂”，上千台设备实时上传运行数据。企业通过分析这些数据，"
        "把新产品的研发周期缩短了三分之一，产品不良率下降了四成。",
        "“过去数据散落在各个车间，用不起来；现在打通了，就成了能产生效益的资产。”企业数字化负责人说。",
        Heading("让数据安全有序流动"),
        "数据要用起来，更要管得住。多地探索建立数据分类分级管理制度，对个人信息和重要数据实行重点保护。"
        "一些数据交易机构引入“可用不可见”的隐私计算技术，让数据在不出域的前提下完成计算。",
        "截至11月底，全国已挂牌运营的数据交易机构超过40家，今年以来场内数据交易额同比增长超过一倍。",
        "专家认为，数据要素市场建设仍处在起步阶段，在数据确权、定价、收益分配等方面还需要进一步探索完善。",
    ),
    continued_on="（转第5版）",
)

GLOSSARY = Module(
    Place(4, 2, into="data"),
    Headline(title=("什么是数据要素",), title_size=15),
    boxed=True,
    body=(
        "数据要素是指参与社会生产经营活动、为使用者或所有者带来经济效益的数据资源。",
        "与土地、资本等传统要素不同，数据可以低成本复制、多主体同时使用，使用得越多，往往价值越大。",
        "近年来，我国出台了一系列政策文件，推动构建数据基础制度，促进数据合规高效流通使用。",
    ),
)

PORT = Module(
    Place(0, 2),
    Headline(title=("滨海港集装箱", "吞吐量创新高"), title_size=18),
    dateline="本报滨海１２月７日讯（记者 黄　蓓）",
    body=(
        "记者从滨海港集团获悉，今年1至11月，滨海港累计完成集装箱吞吐量860万标准箱，同比增长8.7%，"
        "提前一个月超过去年全年水平。",
        "今年以来，滨海港新开通外贸航线11条，航线总数达到136条，通达全球100多个国家和地区的港口。"
        "港口自动化码头二期工程投入使用后，单箱作业时间缩短了两成。",
        "港口集团负责人表示，将继续拓展海铁联运业务，把服务范围延伸到中西部内陆地区。",
    ),
)

EXPORTS = Module(
    Place(0, 2),
    Headline(title=("跨境电商出口保持较快增长",), title_size=14),
    dateline="新华社广州12月7日电　（记者陈欣、刘晓光）",
    body=(
        "记者从广州海关获悉，前11个月，广东跨境电商进出口额同比增长16.4%，其中出口增长19.2%。"
        "服装鞋帽、小家电、家居用品等商品在海外市场持续热销。",
        "不少外贸企业通过跨境电商平台直接对接海外消费者，根据订单数据快速调整设计和产能。"
        "“以前一个新款从设计到上架要三个月，现在最快两周。”一家服装企业负责人说。",
    ),
)

PRICES = Module(
    Place(0, 3),
    Headline(title=("11月份制造业PMI", "回升至扩张区间"), title_size=18),
    dateline="中新社北京12月7日电　（记者 赵　阳）",
    body=(
        "国家统计局服务业调查中心日前发布数据，11月份，中国制造业采购经理指数（PMI）为50.3%，"
        "比上月上升0.6个百分点，重返扩张区间。",
        "从分项指数看，生产指数和新订单指数均位于扩张区间，表明制造业生产和市场需求均有所改善。"
        "高技术制造业PMI为52.1%，连续多月保持在较高景气水平。",
        "另据统计，11月份全国居民消费价格指数（CPI）同比上涨0.4%，核心CPI保持温和上涨。",
    ),
)

FAIR = Module(
    Place(3, 3),
    kind="photo",
    photo=Photo(
        height=160,
        caption="冬日里的年货市场人气渐旺。12月6日，市民在滨海国际会展中心举办的年货博览会上选购商品。",
        credit="李　想　摄",
    ),
)

FINANCE = Module(
    Place(0, 3),
    Headline(title=("普惠金融“贷”动小微企业发展",), title_size=17),
    dateline="本报讯（通讯员 罗佳）",
    body=(
        "记者从人民银行滨海市分行获悉，截至11月末，全市普惠小微贷款余额达到1260亿元，同比增长12.4%，"
        "增速高于各项贷款平均水平；新发放普惠小微贷款平均利率比年初下降0.3个百分点。",
        "为破解小微企业“融资难、融资贵”，当地搭建了线上融资服务平台，"
        "把税务、社保、水电等数据接入平台，银行据此为企业“画像”，发放纯信用贷款。",
        "一家从事海产品加工的小企业负责人告诉记者，她在手机上提交申请，"
        "第二天就拿到了50万元贷款，及时买下了一批冷冻设备。",
    ),
)

WIND = Module(
    Place(3, 3),
    Headline(title=("近海风电项目全容量并网发电",), title_size=17),
    dateline="本报滨海12月7日讯（记者 周　航）",
    body=(
        "12月7日，滨海近海风电项目最后一台机组完成调试，项目实现全容量并网发电。项目共安装"
        "单机容量8.5兆瓦的风电机组48台，总装机容量40.8万千瓦。",
        "据测算，项目投产后每年可提供清洁电能约12亿千瓦时，相当于节约标准煤36万吨。",
        "项目建设单位介绍，施工期间采用了大直径单桩基础和一体化吊装技术，海上施工时间比原计划缩短了两个月。",
    ),
)

AD = Advert(
    Place(0, 6),
    lines=(
        ("滨海日报", 64.0),
        ("2026年度征订", 40.0),
        ("全年订价360元　各地邮局均可订阅", 18.0),
        ("订阅热线　0596-12345678", 18.0),
    ),
    height=390,
)

SPEC = PdfSpec(
    name="binhai-2025-12-08-p04",
    paper="滨海日报",
    paper_id="bhrb",
    date=dt.date(2025, 12, 8),
    pages=(
        PageSpec(
            number=4,
            name=None,
            running_head="ban",
            gutter=1.0,
            modules=(PORT, DATA, GLOSSARY, EXPORTS, PRICES, FAIR, FINANCE, WIND, AD),
            footer=("责任编辑：孔令辉　　版式设计：马　骁",),
            bold_datelines=True,
        ),
    ),
    notes=(
        "broadsheet with 1-em gutters; running head `第4版` (no name); no masthead",
        "4-column module with kicker, bold title, —— subtitle, 新华社记者　王　晖 line and 新华社 dateline",
        "L-shaped flow around a boxed module in its corner; （转第5版） to a page not in the file",
        "本报滨海１２月７日讯 in full-width digits; （记者陈欣、刘晓光）; 中新社 with a padded name",
        "PMI, CPI, 50.3%; photo item without headline, credit 李　想　摄",
        "本报讯（通讯员 罗佳）: a correspondent alone; an advertisement",
    ),
)
