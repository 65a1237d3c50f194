"""The figure matcher: numbers → values, hedges, units, metrics and dates; plus the data files it loads."""
from __future__ import annotations

import json

import pytest
import spacy

from extractor.errors import ConfigError
from extractor.figures import (FigureMatcher, Lexicon, find_dates, find_figures, load_metrics, load_units,
                               make_figure_matcher)

# (text, expected fields of the single figure found); "v" value, "min"/"max" bounds, "cmp" comparator
CASES = [
    # a bare 占比 is a share of a whole (of revenue, of stores), a market share where its sentence says so
    ("外卖收入占比约三成", dict(v=30, unit="percent", metric="share")),
    ("国内扫地机器人线上市场份额排名前三的品牌分别为:濛石科技,占比23.5%", dict(v=23.5, unit="percent", metric="market-share")),
    # a price per cup, said before the number (每杯只要16元)
    ("每杯只要16元", dict(v=16, unit="CNY", metric="price")),
    # a first phase's investment is capital spent, not money raised
    ("濛能科技与匈牙利车企合资建厂 首期投资约4.5亿欧元", dict(v=4.5e8, unit="EUR", metric="investment")),
    # hypermarkets closed, counted as stores (as 关闭门店83家 is)
    ("今年以来公司已累计关闭大卖场83家", dict(v=83, unit="stores", metric="stores")),
    # a freight platform's shippers served, counted as its customers
    ("平台目前服务的货主企业超过1.2万家", dict(min=12000, unit="count", metric="customers")),
    # power stations and treatment works counted as a company's plants
    ("公司在西北拥有5座光伏电站", dict(v=5, unit="plants", metric="plants")),
    # a counter's price, a promotion's price, a month's units, developers signed up
    ("专柜价298元/60ml", dict(v=298, unit="CNY", metric="price")),
    ("联名套餐38元一份,送一张卡片", dict(v=38, unit="CNY", metric="price")),  # a price per serving
    ("给予买入评级,目标价68元", dict(v=68, unit="CNY", metric="share-price")),  # a broker's target price
    ("会员年费为299元", dict(v=299, unit="CNY", metric="price")),
    ("在抖音上推出了99元双人餐团购", dict(v=99, unit="CNY", metric="price")),  # a set meal's price
    ("濛光影业当日报收26.7元", dict(v=26.7, unit="CNY", metric="share-price")),
    ("民营房企中,滨江集团单月销售额达到96亿元", dict(v=9.6e9, unit="CNY", metric="sales")),  # not 月销, units sold
    ("天猫旗舰店现在活动价199元", dict(v=199, unit="CNY", metric="price")),
    ("听说月销超过10万支", dict(min=1e5, metric="sales-volume")),
    ("目前已有超过40万名开发者注册使用", dict(min=4e5, metric="users")),
    ("明年的目标:开到200家", dict(v=200, metric="stores")),
    # Arabic numbers with multipliers, currencies and metrics before the number
    ("公司今年营收3.5亿元", dict(v=3.5e8, cmp="=", unit="CNY", metric="revenue")),
    ("去年净利润达到1.2亿元", dict(v=1.2e8, unit="CNY", metric="profit")),
    ("这家公司的估值达20亿美元", dict(v=2e9, unit="USD", metric="valuation")),
    ("目前市值约3000亿港元", dict(v=3e11, cmp="~", unit="HKD", metric="market-cap")),
    ("在欧洲的销售额为4500万欧元", dict(v=4.5e7, unit="EUR", metric="sales")),
    # a gloss in brackets after the metric, or the metric a gloss in brackets
    ("营收(未经审计)为12亿元", dict(v=1.2e9, unit="CNY", metric="revenue")),
    ("ARR(年度经常性收入)突破2000万美元", dict(min=2e7, cmp=">=", unit="USD", metric="recurring-revenue")),
    ("每年研发收入2万英镑", dict(v=2e4, unit="GBP", metric="revenue")),
    ("平台GMV突破1000亿", dict(min=1e11, cmp=">=", unit="CNY", metric="gmv")),
    ("单日成交额超过8亿元", dict(min=8e8, cmp=">", unit="CNY", metric="daily-gmv")),
    ("门店日营业额约2万元", dict(v=2e4, cmp="~", unit="CNY", metric="daily-revenue")),
    ("首款车型定价在20万元至30万元之间", dict(min=2e5, max=3e5, unit="CNY", metric="price")),  # a unit on both ends
    ("拍品从20元至30万元不等", dict(min=20, max=3e5, unit="CNY")),  # 元 on the first: no multiplier to inherit
    ("经调整净利润同比大增107.3%", dict(v=107.3, unit="percent", metric="growth")),
    ("新品首日销量突破12万杯", dict(min=1.2e5, cmp=">=", unit="items", metric="sales-volume")),  # 销量: units, not money
    ("拥有2,500家门店", dict(v=2500, unit="stores", metric="stores")),
    ("公司有员工3000余人", dict(min=3000, cmp=">", unit="employees", metric="employees")),
    ("客单价在300元左右", dict(v=300, cmp="~", unit="CNY", metric="average-order-value")),
    ("客单价在80元上下", dict(v=80, cmp="~", unit="CNY", metric="average-order-value")),
    ("前后一共融了超过15亿元", dict(min=1.5e9, cmp=">", unit="CNY", metric="funding")),
    ("这款面霜售价不到200块钱", dict(max=200, cmp="<", unit="CNY", metric="price")),
    ("粉丝数已经有50w+了", dict(min=5e5, cmp=">=", unit="fans", metric="fans")),
    ("账号积累了8k粉丝", dict(v=8000, unit="fans", metric="fans")),
    ("售价$99起", dict(v=99, unit="USD", metric="price")),
    ("完成人民币5000万元A轮融资", dict(v=5e7, unit="CNY", metric="funding")),
    # metric after the number
    ("累计拿到了30多万的订单", dict(min=3e5, cmp=">", unit="orders", metric="orders")),
    ("这个账号拥有200万粉丝", dict(v=2e6, unit="fans", metric="fans")),
    ("平台已有5亿用户", dict(v=5e8, unit="users", metric="users")),
    ("新开了120家门店", dict(v=120, unit="stores", metric="stores")),
    ("全国共有2000家门店", dict(v=2000, unit="stores", metric="stores")),
    ("在深圳运营托育园所86家", dict(v=86, unit="stores", metric="stores")),
    ("签约1000万粉丝的博主", dict(v=1e7, cmp="=", unit="fans", metric="fans")),
    # a clause without its own subject continues the previous clause's metric
    ("去年营收创新高，达到10亿元", dict(v=1e9, unit="CNY", metric="revenue")),
    ("这个品牌的客单价更高，平均约为150元", dict(v=150, cmp="~", unit="CNY", metric="average-order-value")),
    ("他们卖得很好，达到10亿元", dict(v=1e9, unit="CNY", metric="")),
    # deals, share prices and markets
    ("集团拟以约12亿元人民币收购该公司", dict(v=1.2e9, cmp="~", unit="CNY", metric="deal-value")),
    ("本次交易对价为3.6亿元", dict(v=3.6e8, unit="CNY", metric="deal-value")),
    ("收盘时股价报42.5港元", dict(v=42.5, unit="HKD", metric="share-price")),
    ("国内咖啡市场规模已超过2000亿元", dict(min=2e11, cmp=">", unit="CNY", metric="market-size")),
    # physical quantities: a Latin unit glued to the number is a unit, not a model name like 5G
    ("今年出货量达到4.2GWh", dict(v=4.2, unit="GWh", metric="sales-volume")),
    ("新工厂年产能为20GWh", dict(v=20, unit="GWh", metric="capacity")),
    ("光伏电站装机容量约100MW", dict(v=100, cmp="~", unit="MW", metric="capacity")),
    ("钢材销量超过300万吨", dict(min=3e6, cmp=">", unit="tonnes", metric="sales-volume")),
    # Chinese numerals
    ("获得五千万美元投资", dict(v=5e7, unit="USD", metric="funding")),
    ("注册用户三点五亿", dict(v=3.5e8, unit="users", metric="users")),
    ("已有两百多万粉丝", dict(min=2e6, cmp=">", unit="fans", metric="fans")),
    ("员工一千二百人", dict(v=1200, unit="employees", metric="employees")),
    ("一亿二千万用户", dict(v=1.2e8, unit="users", metric="users")),
    ("年活跃买家数达8.8亿", dict(v=8.8e8, unit="users", metric="annual-active-users")),
    ("公司有约500名员工", dict(v=500, cmp="~", unit="employees", metric="employees")),
    ("拥有执业牙医约820名", dict(v=820, cmp="~", unit="employees", metric="employees")),  # a clinic chain's dentists
    ("通过隐匿个人收入等方式偷逃税款3200万元", dict(v=3.2e7, unit="CNY", metric="tax-evaded")),  # not the income hidden
    ("约30名核心研发人员将加入", dict(v=30, cmp="~", unit="employees", metric="employees")),
    ("目前机队规模为68架", dict(v=68, unit="count", metric="fleet-size")),  # an airline's aircraft
    # vague amounts become ranges
    ("日活几千万", dict(min=2e7, max=9e7, cmp="~", unit="users", metric="daily-active-users")),
    ("累计十几万用户", dict(min=1.1e5, max=1.9e5, cmp="~", unit="users", metric="users")),
    ("交易规模达数百亿", dict(min=2e10, max=9e10, cmp="~", unit="CNY", metric="gmv")),
    # bare magnitudes after a hedge
    ("月活跃用户过亿", dict(min=1e8, cmp=">", unit="users", metric="monthly-active-users")),
    ("收到了上千家门店的申请", dict(min=1000, cmp=">=", unit="stores", metric="stores")),
    ("单量破万", dict(min=1e4, cmp=">=", unit="orders", metric="orders")),
    ("MAU超5000万", dict(min=5e7, cmp=">", unit="users", metric="monthly-active-users")),
    # ranges: the first number inherits the second one's multiplier
    ("粉丝在10至20万之间", dict(min=1e5, max=2e5, cmp="=", unit="fans", metric="fans")),
    ("单价1000-2000元", dict(min=1000, max=2000, unit="CNY", metric="price")),
    ("毛利率在30%~40%", dict(min=30, max=40, unit="percent", metric="gross-margin")),
    # percentages, growth and decline
    ("用户数同比增长了35%", dict(v=35, unit="percent", metric="growth")),
    ("利润下滑近20%", dict(v=20, cmp="~", unit="percent", metric="decline")),
    ("销量上涨了120%以上", dict(min=120, cmp=">=", unit="percent", metric="growth")),
    ("创始人持股百分之三十", dict(v=30, unit="percent", metric="stake")),
    # (a decimal whose whole part has tens or hundreds: 二十八点五, 一百二十三点五亿)
    ("净利润同比下降百分之二十八点五", dict(v=28.5, unit="percent", metric="decline")),
    ("营业收入一百二十三点五亿元", dict(v=1.235e10, unit="CNY", metric="revenue")),
    ("市场份额不足5%", dict(max=5, cmp="<", unit="percent", metric="market-share")),
    ("完成了2亿元的天使+轮融资", dict(v=2e8, unit="CNY", metric="funding")),  # a round with a plus
    ("首期投入1.5亿元", dict(v=1.5e8, unit="CNY", metric="investment")),
    ("零售客户数达到2.1亿户", dict(v=2.1e8, unit="count", metric="customers")),
    ("开盘报290港元", dict(v=290, unit="HKD", metric="share-price")),
    ("最高续航835公里", dict(v=835, unit="km")),
    ("去年营收3个亿", dict(v=3e8, metric="revenue")),  # colloquial 个 before 亿
    ("人均只要35元", dict(v=35, unit="CNY", metric="average-order-value")),
    ("去年研发投入超过113亿元", dict(min=1.13e10, cmp=">", unit="CNY", metric="rd-spend")),
    ("盘中一度涨停,报收于34.56元", dict(v=34.56, unit="CNY", metric="share-price")),
    ("转化率提升了3个百分点", dict(v=3, unit="percentage-points", metric="growth")),
    # multiples
    ("销售额翻了3倍", dict(v=3, unit="times", metric="growth")),
    ("营收增长了4倍", dict(v=4, unit="times", metric="growth")),
    ("收入实现翻番", dict(v=2, unit="times", metric="growth")),
    ("交易额翻了两番", dict(v=4, unit="times", metric="growth")),
    ("订单量翻了一倍", dict(v=2, unit="times", metric="growth")),
    # founding years are figures; other years are dates
    ("该品牌成立于2016年", dict(v=2016, unit="year", metric="founded", date="2016")),
    ("公司于2009年在深圳创办", dict(v=2009, unit="year", metric="founded", date="2009")),
    ("这家店成立于2019年底", dict(v=2019, metric="founded", date="2019-12")),
    ("餐厅2017年开业于广州天河", dict(v=2017, unit="year", metric="founded", date="2017")),  # a restaurant's opening
    ("他2018年在成都开了第一家茶馆", dict(v=2018, unit="year", metric="founded", date="2018")),  # a chain's first shop
    # dates attach to the figure of their sentence
    ("2021年，营收为10亿元", dict(v=1e9, metric="revenue", date="2021")),
    ("2020年3月，公司完成2亿元B轮融资", dict(v=2e8, metric="funding", date="2020-03")),
    ("去年双11，GMV超过5亿元", dict(min=5e8, metric="gmv", date="去年双11")),
    ("今年一季度营收为8亿元", dict(v=8e8, metric="revenue", date="今年一季度")),
    # full-width input
    ("营收增长５０％", dict(v=50, unit="percent", metric="growth")),
    # tenths: 三成 is 30%
    ("公司在细分市场的份额约为三成", dict(v=30, cmp="~", unit="percent", metric="market-share")),
    ("线上渠道的销售额占比超过两成半", dict(min=25, cmp=">", unit="percent", metric="share")),
    # fines, daily revenue, stores opened, and 计 continuing the previous clause
    ("该平台因垄断被罚2.5亿元", dict(v=2.5e8, unit="CNY", metric="fine")),
    ("并处以罚款，计1.8亿元", dict(v=1.8e8, unit="CNY", metric="fine")),
    ("一家店的日均营业额在6000元上下", dict(v=6000, cmp="~", unit="CNY", metric="daily-revenue")),
    ("今年上半年只开了300多家", dict(min=300, cmp=">", unit="stores", metric="stores")),
    ("巅峰时期,公司付费学员超过150万", dict(min=1.5e6, cmp=">", unit="users", metric="users")),
    ("项目总投资120亿元", dict(v=1.2e10, unit="CNY", metric="investment")),
    ("年产能规划为2万套燃料电池系统", dict(v=2e4, unit="count", metric="capacity")),
    # complaints counted with 起, debts, and outlets (网点) as stores
    ("已收到相关投诉37起", dict(v=37, unit="complaints", metric="complaints")),
    ("公司总负债约612亿元", dict(v=6.12e10, cmp="~", unit="CNY", metric="liabilities")),
    ("线下网点超过3万个", dict(min=3e4, cmp=">", unit="stores", metric="stores")),
    ("新品首发价4999元", dict(v=4999, unit="CNY", metric="price")),
    # an output in square metres is a capacity (a shop's size is no count of shops); a donation
    ("隔膜产能达到12亿平方米", dict(v=1.2e9, unit="square-metres", metric="capacity")),
    ("校友个人捐赠1亿元", dict(v=1e8, unit="CNY", metric="donation")),
    ("自然人林启认购1亿元", dict(v=1e8, unit="CNY", metric="subscription")),  # shares of an issue subscribed
    ("完成集装箱吞吐量3180万标准箱", dict(v=3.18e7, unit="TEU", metric="throughput")),  # twenty-foot containers
    ("运营前置仓约450个", dict(v=450, cmp="~", metric="warehouses")),
    ("旗舰店首日成交破5000万", dict(min=5e7, cmp=">=", metric="gmv")),  # 成交, not the 店 before it
    ("曾获得B轮融资,金额为3亿元", dict(v=3e8, unit="CNY", metric="funding")),  # 金额 continues the round
    ("去年完成了A轮融资,由高榕资本领投,金额是1亿元", dict(v=1e8, unit="CNY", metric="funding")),  # over a clause
    ("平均房价为298元", dict(v=298, unit="CNY", metric="price")),
    ("所有饮品降至9块9", dict(v=9.9, unit="CNY")),  # a price said the way people say it
    ("一杯只要18块钱", dict(v=18, unit="CNY")),
    ("拟投资建设年产20GWh储能电池生产基地", dict(v=20, unit="GWh", metric="capacity")),
    # shares granted to employees do not count the employees
    ("公司拟向核心员工授予480万股。", dict(v=4.8e6, unit="shares", metric="")),
    # a SaaS company's recurring revenue by its acronym; a plant's yearly throughput
    ("公司ARR已突破3亿元", dict(min=3e8, unit="CNY", metric="recurring-revenue")),
    ("建成年处理能力10万吨的分选中心", dict(v=1e5, unit="tonnes", metric="capacity")),
    ("公司已具备年处理退役电池6万吨的能力", dict(v=6e4, unit="tonnes", metric="capacity")),  # what is processed between
    ("年产量约50万千升", dict(v=5e5, unit="kilolitres")),  # the 千 of 千升 is the unit's
    ("这家2012年从南京起家的连锁面包店", dict(v=2012, metric="founded")),
    ("在国内刻蚀设备市场的占有率约为12%", dict(v=12, unit="percent", metric="market-share")),
    ("在全国拥有1200家线下合作门店", dict(v=1200, unit="stores", metric="stores")),
    ("新能源装机容量已达1280万千瓦", dict(v=1.28e7, unit="kW", metric="capacity")),  # power, not energy (千瓦时)
    ("董事长全年从公司获得的税前报酬总额为586.3万元", dict(v=5.863e6, unit="CNY", metric="compensation")),
    ("客座率为84.3%", dict(v=84.3, unit="percent", metric="occupancy-rate")),
    ("整体翻台率为3.8次/天", dict(v=3.8, metric="table-turnover")),
    ("平台活跃商家超过120万家", dict(min=1.2e6, cmp=">", metric="merchants")),
    # investing an amount to build something is a planned investment, not funding raised
    ("公司将在合肥投资85亿元建设电池基地", dict(v=8.5e9, unit="CNY", metric="investment")),
    ("公司获得红杉中国投资5亿元", dict(v=5e8, unit="CNY", metric="funding")),
    # a Hong Kong report's profit attributable to shareholders
    ("股东应占溢利为12.6亿港元", dict(v=1.26e9, unit="HKD", metric="profit")),
    ("该行受理商户超过3.5万家", dict(min=3.5e4, cmp=">", metric="merchants")),
    # orders in money: new or in hand
    ("公司前三季度新签订单为36.5亿元", dict(v=3.65e9, unit="CNY", metric="order-value")),
    ("截至9月末在手订单超过90亿元", dict(min=9e9, cmp=">", unit="CNY", metric="order-value")),
    # the 千 of 千瓦时 is the unit's, not a thousand; a count continuing the clause of its metric (目前仅剩)
    ("每年供应绿色电力约4.8亿千瓦时", dict(v=4.8e8, unit="kWh")),
    ("门店数量持续减少,目前仅剩不到20家", dict(max=20, cmp="<", metric="stores")),
    ("拟收购该项目51%的权益", dict(v=51, metric="stake")),  # an interest in a project is a stake
    # homestays counted after their word, and guest rooms; people never count a chain's sites
    ("在莫干山运营民宿42家", dict(v=42, metric="stores")),
    ("客房总数超过900间", dict(min=900, cmp=">", metric="rooms")),
    ("入住门店的游客达到12万人", dict(v=1.2e5, unit="people", metric="")),
    ("首批订单金额约为3.2亿元", dict(v=3.2e8, unit="CNY", metric="order-value")),  # a total, not an average
    ("截至9月末总资产为1286亿元", dict(v=1.286e11, unit="CNY", metric="total-assets")),
    ("资产负债率为62.3%", dict(v=62.3, metric="debt-ratio")),
    ("目前管理的资产规模超过40亿美元", dict(min=4e9, cmp=">", unit="USD", metric="assets-under-management")),
    ("该行资产规模达到1420亿元", dict(v=1.42e11, unit="CNY", metric="total-assets")),  # a bank's size, not assets managed
    ("截至9月底,公司在研管线共有12个", dict(v=12, metric="pipelines")),  # a drug maker's candidates under development
    ("濛记烘焙2019年在长沙开出第一家店", dict(v=2019, metric="founded")),  # a chain's first shop opened: its founding
    ("产品已出口到30个国家和地区", dict(v=30, metric="countries")),  # the countries a brand is sold in
    ("房间:一共只有12间房", dict(v=12, metric="rooms")),  # a small hotel's rooms, written as 间房
    ("主动召回一批次牛肉干,共计1.2万袋", dict(v=12000, unit="count")),  # bags counted: a count, no metric of their own
    ("目前拥有执业兽医超过400人", dict(min=400, cmp=">", metric="employees")),  # a pet hospital chain's vets are its staff
    ("2019年辞职来大理开了这家店", dict(v=2019, metric="founded")),  # a shop its owner opened that year
    ("公司在深圳的车队规模约为180辆", dict(v=180, metric="fleet-size")),  # a robotaxi operator's cars, not aircraft
    ("我之前做了八年研发,2020年出来创业,在杭州成立了魀魁", dict(v=2020, metric="founded")),  # the founder's start
]


def test_a_change_then_the_level_it_reached_are_two_figures_not_a_range():
    def read(text):
        return [(f.value, f.min_value, f.max_value, f.metric) for f in find_figures(text)]
    assert read("起售价下调1.2万元至13.98万元") == [(12000, None, None, "price"), (139800, None, None, "price")]
    assert read("营收增长20%至50亿元") == [(20, None, None, "growth"), (5e9, None, None, "revenue")]
    assert read("毛利率提高2个百分点至35%")[1] == (35, None, None, "gross-margin")
    # (a first number with no unit or magnitude of its own still opens a range)
    assert read("预计营收增长10至20亿元") == [(None, 1e9, 2e9, "revenue")]


def _single(text):
    figs = find_figures(text)
    assert len(figs) == 1, [(f.text, f.value, f.metric) for f in figs]
    return figs[0]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_figure_table(text, expected):
    f = _single(text)
    assert text[f.start:f.end] == f.text
    assert f.value == pytest.approx(expected.get("v")) if "v" in expected else f.value is None
    assert f.min_value == pytest.approx(expected["min"]) if "min" in expected else f.min_value is None
    assert f.max_value == pytest.approx(expected["max"]) if "max" in expected else f.max_value is None
    if "cmp" in expected:
        assert f.comparator == expected["cmp"]
    for key in ("unit", "metric", "date"):
        if key in expected:
            assert getattr(f, key) == expected[key], key


NOT_FIGURES = [
    "1)能够提供快乐。2)善于互动。",
    "（3）品牌建设",
    "移动互联网进入4G时代，随着5G的普及",
    "90后和00后可能不算同一代消费者",
    "我们看到了92年出生的团队负责人",
    "2014年，我们决定做电商业务",
    "今年3月，他在上海做了直播",
    "咨询电话13912345678",
    "排名第2的小程序",
    "三星和小米都发布了新品",
    "有三个趋势越来越明显",
    "一个粉丝绝对数量没那么大",
    "我们每两个月举行一次内部谈话",
    "每3~5年就是新一代消费者",
    "iPhone12的用户",
    "详见https://www.example.com/n/27333.html",
    "万一不行就换个方向",
    "打破二元对立的思维",
    "上市前共完成了6轮融资",  # a count of rounds, not money raised
    "采用5G技术的新品",
    "还可获得产品净销售额的低两位数百分比特许权使用费",  # digits of a number and 百分比, no amount
    "公司采购了三块屏幕和3块电池",  # 块 counting pieces
    "霸王茶姬增速在前五名中最快",  # a rank
    "受此影响,公司股价4日盘中一度走高",  # a day of the month, no price
    "华为的增长主要来自Mate 80系列",  # a model's number after its Latin name
    "听店员说上午10点就卖空了",  # a time of day
    "直播19:30开始,晚上8点半结束",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert find_figures(text) == []


def test_durations_only_with_keep_all():
    assert find_figures("连续8-12小时直播") == []
    (f,) = find_figures("连续8-12小时直播", keep_all=True)
    assert (f.min_value, f.max_value, f.unit) == (8, 12, "hours")
    (g,) = find_figures("每3~5年", keep_all=True)
    assert (g.min_value, g.max_value, g.unit) == (3, 5, "years")


def test_values_are_exact_decimals():
    assert find_figures("年活跃买家数达8.8亿")[0].value == 880000000.0


def test_a_forecast_clause_continues_the_previous_clause_metric():
    figs = find_figures("市场规模约为900亿元，预计到2030年将突破1500亿元。")
    assert [(f.metric, f.value, f.min_value) for f in figs] == [("market-size", 9e10, None), ("market-size", None, 1.5e11)]
    other = find_figures("市场规模约为900亿元，他们的工厂将投产1500台设备。")
    assert [f.metric for f in other][1:] != ["market-size"]


def test_an_answer_counts_what_the_question_before_it_asked_about():
    figs = find_figures("记者:现在有多少家门店?\n\n章骦: 截至11月底是1126家,今年新开了400多家。")
    assert [(f.value, f.metric) for f in figs][0] == (1126, "stores")
    # (not when the line before is no question, nor when the answer's own clause names another count)
    assert all(f.metric != "stores" for f in find_figures("记者:门店很多。\n章骦:截至11月底是1126家。"))
    assert all(f.metric != "stores" for f in find_figures("记者:现在有多少家门店?\n章骦:合作的供应商有86家。"))


def test_a_founding_year_before_the_cofounders_and_the_verb():
    figs = find_figures("齁岩是我2020年和两位浙大同学一起创办的,做的是视觉检测系统。")
    assert [(f.metric, f.value) for f in figs] == [("founded", 2020)]


def test_a_hotels_revpar_and_a_shop_opened_in_a_year():
    figs = find_figures("前三季度,RevPAR(每间可售房收入)为186元,同比下降2.4%。")
    assert [(f.metric, f.value) for f in figs][0] == ("revpar", 186)
    assert [(f.metric, f.value) for f in find_figures("骣香楼是老板冯骣1998年开的,现在有9家店。")][0] == ("founded", 1998)


def test_two_figures_in_one_sentence_get_their_own_metrics():
    figs = find_figures("小红书的日活几千万，月活过亿。")
    assert [f.metric for f in figs] == ["daily-active-users", "monthly-active-users"]
    assert [f.text for f in figs] == ["日活几千万", "月活过亿"]


def test_paraphrased_metric_from_clause_pattern():
    (f,) = find_figures("每个月都有超过1亿的年轻人活跃在这个平台上")
    assert (f.min_value, f.comparator, f.metric) == (1e8, ">", "monthly-active-users")


def test_founding_year_after_the_entity():
    (f,) = find_figures("2013年该公司创立时，市场还很小")
    assert (f.value, f.metric) == (2013, "founded")


def test_founding_year_with_the_founder_and_their_title_between():
    (f,) = find_figures("2022年由前岚川饮料市场总监沐翊创立，总部在广州")
    assert (f.value, f.metric, f.text) == (2022, "founded", "2022年")
    assert find_figures("2022年该品牌的岚川饮料市场份额与去年持平后才成立") == []  # no 由: the word is too far
    # (a founder telling it, with the one they founded it with: 我和前同事X一起…创立了)
    (f,) = find_figures("2020年我和前同事赵鱫一起在上海创立了鱢鱤。")
    assert (f.value, f.metric) == (2020, "founded")


def test_growth_to_a_level_is_the_level():
    (f,) = find_figures("营收增长到3亿元")
    assert (f.value, f.metric) == (3e8, "revenue")


def test_offsets_index_the_input():
    text = "前言。\n他说：公司今年营收3.5亿元，同比增长20%。"
    figs = find_figures(text)
    assert len(figs) == 2
    for f in figs:
        assert text[f.start:f.end] == f.text
        assert f.text in ("营收3.5亿元", "同比增长20%")


def test_find_dates():
    got = [(d.norm) for d in find_dates("2014年底，2019年3月，2020年上半年，去年双11，6月6日") if d.norm]
    assert got == ["2014-12", "2019-03", "2020-H1", "去年双11", "6月6日"]


def test_spacy_component_sets_doc_figures():
    nlp = spacy.blank("zh")
    nlp.add_pipe("kg_figures")
    doc = nlp("平台已有5亿用户")
    assert [(f.value, f.metric) for f in doc._.figures] == [(5e8, "users")]
    assert isinstance(make_figure_matcher(nlp, "x"), FigureMatcher)


# --- data files ------------------------------------------------------------------------------------------------

GOOD = {"metric": "widgets", "zh": ["小部件"], "unit": "widgets", "en": "widgets"}


def _write(tmp_path, rows, name="metrics.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                 encoding="utf-8")
    return p


def test_shipped_data_files_load():
    metrics = load_metrics()
    ids = {m.metric for m in metrics}
    assert {"monthly-active-users", "daily-active-users", "gmv", "funding", "valuation", "founded"} <= ids
    assert any(u.unit == "GBP" for u in load_units())


@pytest.mark.parametrize("bad,reason", [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ({**GOOD, "metric": "Bad Id"}, "lower-case id"),
    ({**GOOD, "zh": []}, "non-empty list"),
    ({**GOOD, "in_context": {"market-share": ""}}, "'in_context' must map metric ids to regexes"),
    ({**GOOD, "zh": "小部件"}, "list of strings"),
    ({k: v for k, v in GOOD.items() if k != "en"}, "'en'"),
    ({**GOOD, "kind": "weird"}, "'kind'"),
    ({**GOOD, "about": ["COMPANY"]}, "unknown type"),
    ({**GOOD, "patterns": ["(unclosed"]}, "bad pattern"),
    ({**GOOD, "colour": "red"}, "unknown key"),
    ({**GOOD, "before": -1}, "'before'"),
    ({**GOOD, "same_sentence": "yes"}, "'same_sentence'"),
    ({**GOOD, "not_subject_after": "持有"}, "list of strings"),
])
def test_bad_metric_line_names_file_and_line(tmp_path, bad, reason):
    path = _write(tmp_path, [GOOD | {"metric": "first", "zh": ["甲"]}, bad])
    with pytest.raises(ConfigError) as err:
        load_metrics(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:2: ")
    assert reason in msg


def test_duplicate_metric_and_term_are_rejected(tmp_path):
    with pytest.raises(ConfigError, match=r":2: .*duplicate metric"):
        load_metrics(_write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(ConfigError, match=r":2: .*already belongs to 'widgets'"):
        load_metrics(_write(tmp_path, [GOOD, {**GOOD, "metric": "gadgets"}]))


def test_bad_unit_line(tmp_path):
    path = _write(tmp_path, ['{"unit": "CNY", "kind": "currency", "after": ["元"]}',
                             '{"unit": "XYZ", "kind": "money", "after": ["克"]}'], "units.jsonl")
    with pytest.raises(ConfigError, match=rf"^{path}:2: .*'kind'"):
        load_units(path)


def test_custom_lexicon_drives_the_matcher(tmp_path):
    metrics = load_metrics(_write(tmp_path, [{**GOOD, "zh": ["小部件"], "unit": "widgets"}]))
    lex = Lexicon(metrics, load_units())
    (f,) = find_figures("卖出了300万个小部件", lexicon=lex)
    assert (f.value, f.metric, f.unit) == (3e6, "widgets", "widgets")
    assert find_figures("营收3.5亿元", lexicon=lex)[0].metric == ""


def test_figures_through_the_pipeline_index_the_original_text(nlp):
    from extractor.analyse import analyse
    from extractor.records import Document

    text = "小红书的月活过亿。\n公司营收３．５亿元，同比增长５０％。"
    a = analyse(Document("doc-x", "x.txt", text, "0" * 64), nlp)
    assert [(f.metric, f.value or f.min_value) for f in a.figures] == [
        ("monthly-active-users", 1e8), ("revenue", 3.5e8), ("growth", 50)]
    for f in a.figures:
        assert text[f.start:f.end] == f.text
        assert 0 <= f.sentence < len(a.sentences)


def test_tenths_only_as_numbers():
    # 一成不变 (unchanging), 八成是 (probably), 成都, 成本 hold 成 but no tenth
    for text in ("他的态度一成不变。", "他八成是忘了。", "三成都市场", "产品的五成本地化"):
        assert [f for f in find_figures(text) if f.unit == "percent"] == [], text


def test_coordinated_figures_share_the_metric_word_after_them():
    figs = find_figures("两家公司分别被处以12.5亿元和3.4亿元罚款。")
    assert [(f.value, f.metric) for f in figs] == [(1.25e9, "fine"), (3.4e8, "fine")]
    # a figure with its own metric before it keeps it
    figs = find_figures("营收为10亿元和利润2亿元")
    assert [f.metric for f in figs] == ["revenue", "profit"]


def test_a_count_whose_noun_the_previous_clause_named():
    figs = find_figures("蓝湾茶饮已经有3万多家门店,青禾茶铺也有9000多家。")
    assert [(f.min_value, f.metric) for f in figs] == [(3e4, "stores"), (9e3, "stores")]
    # another sentence, or another classifier, is not the same thing counted
    assert find_figures("蓝湾茶饮有3万多家门店。青禾茶铺也有9000多家。")[-1].metric == ""
    assert [f.metric for f in find_figures("蓝湾茶饮有3万多家门店,青禾茶铺卖出900多杯。")] == ["stores", "sales-volume"]


def test_a_fall_to_a_level_is_the_level_of_the_metric_before():
    (f,) = find_figures("海外品牌的份额下滑至6.1%")
    assert (f.value, f.metric) == (6.1, "market-share")
    (f,) = find_figures("海外品牌的份额下滑了6.1%")
    assert (f.value, f.metric) == (6.1, "decline")


def test_bulleted_results_read_label_and_value():
    got = [(f.value, f.metric) for f in find_figures("- 营业收入:48.6亿元,同比+23.5%;\n- 净利润:3.2亿元,同比-12%;")]
    assert got == [(4.86e9, "revenue"), (23.5, "growth"), (3.2e8, "profit"), (12, "decline")]
    assert [f.metric for f in find_figures("型号A-12发布")] == []  # a dash before a number is no minus sign


def test_an_area_is_not_a_count_of_stores():
    (f,) = find_figures("最早的店只有20平方米")
    assert (f.value, f.unit, f.metric) == (20, "square-metres", "")


def test_a_quote_after_a_share_price_clause_is_the_share_price():
    got = [(f.value, f.metric) for f in find_figures("盘前股价上涨6.8%,报14.2美元")]
    assert got == [(6.8, "growth"), (14.2, "share-price")]


def test_numbers_in_a_table_take_the_metric_and_unit_of_their_header():
    text = "排名 企业 营收(亿元) 增速(%) 城市\n1 岚川科技 120.5 18 苏州\n2 青禾食品 98 -3 成都"
    figs = [(f.text, f.value, f.unit, f.metric) for f in find_figures(text)]
    assert ("120.5", 1.205e10, "CNY", "revenue") in figs
    assert ("98", 9.8e9, "CNY", "revenue") in figs
    assert ("18", 18.0, "percent", "growth") in figs
    assert ("-3", 3.0, "percent", "decline") in figs  # the metric carries the sign
    assert not any(f[0] in ("1", "2") or "亿元" in f[0] for f in figs)  # ranks and the header are no figures


def test_a_share_move_and_the_price_it_closed_at():
    figs = [(f.text, f.value, f.metric) for f in find_figures("岚德时代涨3.2%,报218.6元;岚讯精密跌1.7%,报36.2元。")]
    assert ("涨3.2%", 3.2, "growth") in figs and ("跌1.7%", 1.7, "decline") in figs
    assert ("218.6元", 218.6, "share-price") in figs and ("36.2元", 36.2, "share-price") in figs
    # 报 alone names no price: 年报 and 报告 are reports
    assert [f.metric for f in find_figures("年报显示,公司去年净利润5亿元。")] == ["profit"]



def test_a_parallel_clause_measures_what_the_clause_before_measures():
    from extractor.figures import find_figures

    text = "美岚在外卖市场的份额约为70%,阿岚旗下的饿岚么约为20%,京岚外卖约为10%。营收增长30%,净利润增长5%。"
    metrics = [(f.text, f.metric) for f in find_figures(text)]
    assert [m for t, m in metrics if t.endswith(("70%", "20%", "10%"))] == ["market-share"] * 3
    assert [m for t, m in metrics if t.endswith(("30%", "5%"))] == ["growth", "growth"]


def test_a_column_header_names_what_its_percentages_measure():
    from extractor.figures import find_figures

    text = "品牌 11月交付量(辆) 同比增速\n零岚汽车 71200 85%\n理岚汽车 33200 -32%\n"
    got = {(f.value, f.metric) for f in find_figures(text) if f.unit == "percent"}
    assert got == {(85.0, "growth"), (32.0, "decline")}


def test_a_count_of_names_starting_with_wan_is_no_magnitude():
    from extractor.figures import find_figures

    assert find_figures("门店开进了3个万达广场。") == []


def test_a_list_of_figures_shares_the_metric_written_after_the_last():
    figs = find_figures("追岚、云岚和小岚分别以17.2%、11.4%和8.9%的份额位列第三至第五。")
    assert [(f.value, f.metric) for f in figs] == [(17.2, "market-share"), (11.4, "market-share"), (8.9, "market-share")]
    assert find_figures("石岚科技以23.5%的零售额份额排名第一。")[0].metric == "market-share"


def test_a_list_of_figures_shares_the_metric_written_before_the_first():
    figs = find_figures("2021年至2023年,岚野咖啡的营收分别为5.2亿元、11.8亿元和21.3亿元。")
    assert [(f.value, f.metric) for f in figs] == [(5.2e8, "revenue"), (1.18e9, "revenue"), (2.13e9, "revenue")]
    # (…with half-width commas, when a 和 ends the run)
    figs = find_figures("2021年至2023年,公司营收分别为18.2亿元,23.6亿元和29.4亿元。")
    assert [(f.value, f.metric) for f in figs] == [(1.82e9, "revenue"), (2.36e9, "revenue"), (2.94e9, "revenue")]


def test_a_level_moved_to_measures_what_the_level_moved_from_did_and_ships_are_counted():
    figs = find_figures("员工人数从高峰时期的1.2万人缩减至约3000人。")
    assert [(f.value, f.metric) for f in figs] == [(12000.0, "employees"), (3000.0, "employees")]
    assert [(f.value, f.metric) for f in find_figures("门店数量从1200家增加到1800家。")] == [
        (1200.0, "stores"), (1800.0, "stores")]
    # (…with the year of each level written before it)
    assert [(f.value, f.metric) for f in find_figures("营收从2018年的12亿元增长到2025年的58亿元。")] == [
        (1.2e9, "revenue"), (5.8e9, "revenue")]
    # a count of ships is no money invested
    assert not any(f.metric == "investment" for f in find_figures("该航线共投入6艘集装箱船,全程约28天。"))


def test_a_metric_word_inside_a_name_is_the_names_and_shares_and_average_prices_are_read():
    text = "新加坡主权基金汐岚投资出资2000万美元。"
    start = text.index("汐岚投资")
    assert [f.metric for f in find_figures(text)] == ["funding"]  # without the names, 投资 reads as a metric
    assert [f.metric for f in find_figures(text, names=[(start, start + 4)])] == [""]
    assert [(f.value, f.unit) for f in find_figures("问岚投资持有公司股份2.29亿股。")] == [(229000000.0, "shares")]
    assert [(f.value, f.metric) for f in find_figures("11月商品猪销售均价为13.2元/公斤。")] == [(13.2, "price")]


def test_a_persons_wealth_is_a_metric():
    figs = find_figures("邬岚泽以2150亿元人民币财富蝉联首富。")
    assert [(f.value, f.metric) for f in figs] == [(2.15e11, "wealth")]
    assert [f.metric for f in find_figures("公司财富管理规模达1200亿元。")] == ["assets-under-management"]
    # a wealth manager's products outstanding are the money it manages
    assert [f.metric for f in find_figures("截至9月末,公司存续理财产品规模为3,200亿元。")] == ["assets-under-management"]
    # money put into research is what a company spends on it, not an investment in a project
    assert [(f.value, f.metric) for f in find_figures("董事长表示,未来三年将投入10亿元用于研发。")] == [(1e9, "rd-spend")]
    assert [(f.value, f.metric) for f in find_figures("公司将投入10亿元建设研发中心。")] == [(1e9, "investment")]
    # a team's size counts employees; the customers a clinic serves; a chain's outlets; the price a seller gets
    assert [(f.value, f.metric) for f in find_figures("目前公司团队约120人。")] == [(120, "employees")]
    assert [f.metric for f in find_figures("公司年服务顾客超过20万人次。")] == ["customers"]
    assert [(f.value, f.metric) for f in find_figures("直营机构数量将增至46家。")] == [(46, "stores")]
    assert [(f.value, f.metric) for f in find_figures("8月,公司以18.5亿元将所持一个商业项目出售给濛润置地。")] == [
        (1.85e9, "deal-value")]
    assert [(f.value, f.metric) for f in find_figures("其中国业务以约3亿元的价格出售给了濛联超市。")] == [(3e8, "deal-value")]
    assert [(f.value, f.metric) for f in find_figures("该车型的价格为15万元。")] == [(1.5e5, "price")]


def test_old_founding_years_and_floor_areas_in_their_own_units():
    assert [(f.value, f.metric) for f in find_figures("岚德成立于1898年,总部位于斯图加特。")] == [(1898.0, "founded")]
    figs = find_figures("我们的海外仓面积超过了120万平方米,合作社种植面积超过5000亩。")
    assert [(f.value or f.min_value, f.metric, f.unit) for f in figs] == [
        (1.2e6, "floor-area", "square-metres"), (5000.0, "floor-area", "mu")]


def test_hospitals_plants_and_warehouses_are_counted_after_the_number_only():
    figs = find_figures("旗下拥有23家专科医院,在全球拥有12个生产基地,明年将新建10个海外仓。")
    assert [(f.value, f.metric) for f in figs] == [(23.0, "hospitals"), (12.0, "plants"), (10.0, "warehouses")]
    assert [f.metric for f in find_figures("岚城第一人民医院年接诊300万人次。")] == [""]


def test_a_specification_is_no_quantity():
    figs = find_figures("翊汐半导体拟投资42亿元建设12英寸功率芯片封测项目")
    assert [(f.text, f.metric) for f in figs] == [("拟投资42亿元", "investment")]


def test_a_share_ranked_after_another_measures_what_the_first_did():
    text = "汀音控股以49%的市场份额位居第一,岚星以18%位列第二。"
    assert [(f.value, f.metric) for f in find_figures(text)] == [(49, "market-share"), (18, "market-share")]
    # a percentage that ranks nothing keeps no metric of its neighbour
    assert [(f.value, f.metric) for f in find_figures("汀音控股以49%的市场份额位居第一,另有18%的用户来自海外。")] == [
        (49, "market-share"), (18, "")]



def test_a_count_before_a_verb_of_change_is_the_level_the_metric_moved_from():
    figs = find_figures("计划三年内将门店数量从目前的900家扩大至3000家以上。")
    assert [(f.value, f.metric) for f in figs][:1] == [(900, "stores")]
    assert all(f.metric == "stores" for f in figs)


def test_a_price_per_share_named_after_the_number_and_a_share_of_the_capital():
    figs = find_figures("按照公告前一交易日12.85元/股的收盘价计算,上述股份占总股本的2.1%。")
    assert [(f.value, f.metric) for f in figs] == [(12.85, "share-price"), (2.1, "stake")]


def test_a_managers_or_a_funds_scale_under_management():
    assert [(f.value, f.metric) for f in find_figures("在管基金规模为312亿元,公募管理规模约2100亿元。")] == [
        (3.12e10, "funds-managed"), (2.1e11, "assets-under-management")]


def test_a_body_set_up_in_a_year():
    assert [(f.value, f.metric) for f in find_figures("该基金于2020年发起设立,规模为10亿元。")][:1] == [(2020, "founded")]


def test_a_number_inside_a_name_is_no_figure_and_a_transfer_price_is_a_deal_value():
    text = "玉米品种“丰岚668”推广面积突破800万亩,公司获3亿元投资。"
    start = text.index("丰岚668")
    got = [(f.text, f.value) for f in find_figures(text, names=[(start, start + 5)])]
    assert all("668" not in t for t, _ in got) and any(v == 300000000 for _, v in got)
    (fig,) = [f for f in find_figures("顺岚国投受让股份,转让总价款约9.10亿元。") if f.value]
    assert fig.metric == "deal-value" and fig.value == 910000000


def test_a_currency_sign_at_the_texts_end_is_not_before_its_first_number():
    # (found by the robustness test: an offset before the text's start read the sign at its end)
    assert find_figures("0小红书£") == []
    assert [(f.text, f.unit) for f in find_figures("售价£5")] == [("售价£5", "GBP")]


def test_money_a_seller_sold_is_its_sales():
    (f,) = find_figures("去年全渠道卖了大概2.4亿元。")
    assert (f.value, f.metric) == (2.4e8, "sales")
    (f,) = find_figures("这款产品卖了120万件。")
    assert f.metric != "sales"  # a count of pieces is no money
    (f,) = find_figures("今年预计能卖出6亿元。")  # (卖出, a count's word, before money)
    assert (f.value, f.metric) == (6e8, "sales")
    (f,) = find_figures("今年预计能卖出60万件。")
    assert (f.value, f.metric) == (6e5, "sales-volume")
    (f,) = find_figures("主播鱥鱦单场带货破3亿")  # (a streamer's takings in one session: its GMV, no count of streamers)
    assert (f.min_value, f.metric) == (3e8, "gmv")


def test_the_value_of_shares_a_holder_bought_is_a_share_purchase():
    (f,) = find_figures("增持金额合计约5600万元。")
    assert (f.value, f.metric) == (5.6e7, "share-purchase")
    (f,) = find_figures("增持总金额不低于1亿元。")
    assert (f.min_value, f.metric) == (1e8, "share-purchase")


def test_a_founding_year_in_a_forms_field():
    (f,) = find_figures("创立时间:2009年\n")
    assert (f.value, f.metric) == (2009, "founded")
    assert find_figures("成立,2009年后开始扩张。") == [] or all(f.metric != "founded" for f in find_figures("成立,2009年后开始扩张。"))


def test_years_written_in_chinese_digits():
    (f,) = find_figures("珩悦食品成立于二〇〇八年。")
    assert (f.value, f.metric) == (2008, "founded")
    assert [(d.year, d.norm) for d in find_dates("二零二五年底")] == [(2025, "2025-12")]


def test_numbers_in_a_table_take_the_unit_its_title_states():
    text = "白酒上市公司营收排名(单位:亿元)\n\n| 排名 | 公司 | 营收 | 同比增长 |\n| 1 | 贵州茅台 | 1309 | 6.3% |\n| 2 | 瑄岚酒业 | 86 | -4.2% |\n"
    figs = [(f.text, f.value, f.metric) for f in find_figures(text)]
    assert ("1309", 1.309e11, "revenue") in figs and ("86", 8.6e9, "revenue") in figs
    assert ("-4.2%", 4.2, "decline") in figs  # a percent cell keeps its own unit


def test_a_count_of_stores_ends_with_a_classifier_of_places():
    figs = {(f.value, f.metric) for f in find_figures("霈栖今年开出500家店,单店日均出杯量约400杯。")}
    assert (500, "stores") in figs and (400, "stores") not in figs


def test_a_year_fronted_before_the_clause_that_founds():
    assert [(f.value, f.metric) for f in find_figures("2020年,徐清霈在上海创办霈宠医疗。")] == [(2020, "founded")]
    assert find_figures("截至2020年,徐清霈创办了霈宠医疗。") == []  # (a date the clause runs to founds nothing)


def test_funds_under_management_written_as_managed_money():
    assert [(f.value, f.metric) for f in find_figures("霈石资本目前管理资金规模约180亿元。")] == [(1.8e10, "assets-under-management")]


def test_house_and_file_numbers_are_no_figures():
    assert find_figures("住所:霈城市高新区创业路18号。霈市监罚〔2026〕118号。") == []
    assert [f.value for f in find_figures("公司开设了18家门店。")] == [18]


def test_the_funds_a_manager_runs_are_their_own_metric():
    assert [(f.value, f.metric) for f in find_figures("基金经理陈霈辉目前在管基金规模合计约210亿元。")] == [
        (2.1e10, "funds-managed")]
    assert [f.metric for f in find_figures("霈石资本目前资产管理规模约180亿元。")] == ["assets-under-management"]


def test_a_store_counted_by_its_ordinal():
    assert [(f.value, f.metric) for f in find_figures("这也是该品牌在全国的第46家门店。")] == [(46, "stores")]
    assert find_figures("公司第二家工厂投产。第3名。") == []


def test_an_investment_to_build_after_a_comma_is_no_funding():
    assert [(f.value, f.metric) for f in find_figures("根据协议,霈能集团将投资50亿元,在霈州高新区建设储能电池生产基地。")][:1] == [
        (5e9, "investment")]


def test_a_closing_price_after_the_days_rise_given_as_a_rate_is_a_share_price():
    figs = {f.text: f for f in find_figures("截至收盘涨幅为24.5%,报38.6港元。")}
    price = next(f for f in figs.values() if f.value == pytest.approx(38.6))
    assert price.metric == "share-price" and price.unit == "HKD"


def test_money_said_with_a_colloquial_hundred_million_and_the_bare_amount_after_it():
    figs = find_figures("去年做到了9个亿,今年应该能到12亿左右。")
    assert [(f.value, f.unit) for f in figs] == [(pytest.approx(9e8), "CNY"), (pytest.approx(1.2e9), "CNY")]
    assert find_figures("今年应该能到12亿左右。") == []  # a bare magnitude alone says nothing of what it counts


def test_voting_rights_are_a_metric_of_their_own():
    (f,) = find_figures("合计控制公司38.5%的表决权。")
    assert (f.value, f.metric) == (pytest.approx(38.5), "voting-rights")


def test_a_stake_of_the_companys_shares():
    (f,) = find_figures("计划在未来三个月内减持不超过3%的公司股份。")
    assert (f.max_value, f.metric) == (pytest.approx(3), "stake")


def test_a_plants_capacity_given_before_what_it_makes():
    (f,) = find_figures("公司将放缓在云南曲靖的20GW电池片项目建设进度。")
    assert (f.value, f.metric) == (pytest.approx(20), "capacity")


def test_numbered_items_take_the_metric_their_lead_line_names():
    text = "据窄门餐眼数据,国内咖啡品牌门店数排名前三的分别是:\n1. 濛咖:2,310家\n2. 濛茶:1,020家\n3. 濛饮:860家\n"
    assert [(f.value, f.metric) for f in find_figures(text)] == [(2310, "stores"), (1020, "stores"), (860, "stores")]
    # (a lead line that does not introduce the list, no colon: the items' counts stay bare)
    text = "国内咖啡品牌门店数排名前三的品牌今年都在扩张\n1. 濛咖:2,310家\n2. 濛茶:1,020家\n"
    assert [(f.value, f.metric) for f in find_figures(text, keep_all=True)] == [(2310, ""), (1020, "")]
    # (…past a blank line between the lead and its items, and between items)
    text = "门店数排名前三的分别是:\n\n1. 濛咖:2,310家\n\n2. 濛茶:1,020家\n"
    assert [(f.value, f.metric) for f in find_figures(text)] == [(2310, "stores"), (1020, "stores")]


def test_a_count_sold_after_mai_le_is_units_sold():
    assert [(f.value, f.metric) for f in find_figures("我们今年在欧洲卖了大约3.5万辆车。")] == [(35000, "sales-volume")]
    assert [f.metric for f in find_figures("这款产品去年卖了3亿元。")] == ["sales"]
    # …and one a seller can sell in a period, counted in tents (顶): no money
    assert [(f.value, f.metric) for f in find_figures("最高峰时一个月能卖8万顶帐篷。")] == [(80000, "sales-volume")]


def test_a_percentage_before_kong_gu_is_a_stake():
    assert [(f.value, f.metric) for f in find_figures("该公司是市国资委100%控股的国有企业。", keep_all=True)] == [(100, "stake")]
    # (…but not before 控股股东, where the percentage is the holder's and a metric word may follow)
    assert all(f.metric != "stake" or "股东" not in f.text for f in find_figures("51%控股股东大会", keep_all=True))


def test_an_amount_a_year_will_reach_is_revenue():
    assert [(f.value, f.metric) for f in find_figures("今年欧洲市场应该能做到10亿元。")] == [(1e9, "revenue")]
    assert [(f.value, f.metric) for f in find_figures("今年能到8亿元,明年希望更多。")] == [(8e8, "revenue")]
    assert [(f.value, f.metric) for f in find_figures("今年门店数能到3500家。")] == [(3500, "stores")]
    # (…not in a later clause, where the clause before names what it counts)
    figs = find_figures("去年我们的销售额是4.6亿元,今年预计能到7亿元左右。")
    assert [(f.value, f.metric) for f in figs] == [(4.6e8, "sales"), (7e8, "sales")]


def test_farms_are_counted_as_sites(nlp):
    # (牧场28座, 28座牧场: a count of farms, which no bare small count would be)
    assert [(f.value, f.metric) for f in nlp("濛牧乳业旗下拥有牧场28座,奶牛存栏约16万头。")._.figures][:1] == [(28.0, "farms")]


def test_the_level_a_count_moved_to_now_measures_what_it_moved_from():
    found = [(f.value, f.metric) for f in find_figures("门店数量已经从高峰期的520家减少到了目前的380家左右。")]
    assert (520, "stores") in found and (380, "stores") in found



def test_a_negative_amount_in_a_list_of_results_and_an_id_with_a_dash():
    figs = find_figures("同期净利润分别为-3200万元、4500万元和1.05亿元。")
    assert [(f.metric, f.value) for f in figs] == [("profit", -3.2e7), ("profit", 4.5e7), ("profit", 1.05e8)]
    assert find_figures("型号为HM-207的药物。") == []


def test_a_stake_before_its_price_and_the_price_before_whom_it_goes_to():
    found = [(f.text, f.value, f.metric) for f in find_figures("拟将项目70%股权以42亿元转让给对方。")]
    assert found == [("70%股权", 70.0, "stake"), ("42亿元", 4.2e9, "deal-value")]


def test_the_first_shop_opened_founds_a_chain_but_not_a_first_shop_abroad():
    (f,) = find_figures("2019年,何鷳在赣州开出了第一家鷳咖。")
    assert (f.value, f.metric) == (2019, "founded")
    assert find_figures("2023年,公司在新加坡开出了第一家海外门店。") == []


def test_a_price_a_chain_is_known_for_and_share_prices_after_a_limit_up_or_per_share():
    assert [(f.value, f.metric) for f in find_figures("鷳咖主打9.9元现磨咖啡。")] == [(9.9, "price")]
    assert [(f.value, f.metric) for f in find_figures("6日开盘即涨停,报14.08元。")] == [(14.08, "share-price")]
    figs = find_figures("截至收盘,鷳晶报11.52元/股。")
    assert [(f.value, f.metric) for f in figs] == [(11.52, "share-price")]


def test_a_plants_capacity_before_what_efficient_cells_it_makes():
    (f,) = find_figures("双方将在吉达共同建设10GW高效光伏电池及组件工厂。")
    assert (f.value, f.metric) == (pytest.approx(10), "capacity")


def test_hospitals_counted_after_their_kinds():
    (f,) = find_figures("旗下拥有综合医院和专科医院共36家。")
    assert (f.value, f.metric) == (36, "hospitals")


def test_the_rate_a_change_in_points_brought_a_ratio_to():
    figs = find_figures("毛利率环比提升了1.3个百分点,达到24.6%。")
    assert [(f.value, f.metric) for f in figs] == [(1.3, "growth"), (24.6, "gross-margin")]
    figs = find_figures("毛利率同比提升1.2个百分点至36.5%。")
    assert [(f.value, f.metric) for f in figs] == [(1.2, "growth"), (36.5, "gross-margin")]


def test_counts_in_classifiers_joined_by_and_share_the_metric_and_member_stores_are_stores():
    figs = find_figures("鵖鵛和鵗鵛的单品销量分别达到12万件和8.6万件。")
    assert [(f.value, f.metric) for f in figs] == [(120000, "sales-volume"), (86000, "sales-volume")]
    (f,) = find_figures("明年计划在成都再开3家会员店。")
    assert (f.value, f.metric) == (3, "stores")



def test_farms_counted_with_their_kind_between(nlp):
    # (9座规模化牧场: the kind of farm stands between the count and the noun)
    assert [(f.value, f.metric) for f in nlp("踓蠁乳业目前在宁夏和内蒙古共有9座规模化牧场。")._.figures] == [(9.0, "farms")]


def test_an_insurance_premium_is_a_price(nlp):
    assert [(f.value, f.metric) for f in nlp("该产品保费最低每年168元。")._.figures] == [(168.0, "price")]


def test_counts_in_brackets_after_an_enumerations_items_take_the_metric_its_lead_names():
    # (门店数排名前五的分别是:A(21,343家)、B(7,860家): each bracket counts its item's stores)
    figs = find_figures("截至11月底,国内咖啡品牌门店数排名前五的分别是:幊幋咖啡(21,343家)、幌幍咖啡(7,860家)。")
    assert [(f.value, f.metric) for f in figs] == [(21343, "stores"), (7860, "stores")]


def test_stores_counted_with_a_chains_name_between():
    # (60家X鲜生门店: the chain's name stands between the count and the noun)
    figs = find_figures("下周起我们的欧包会在上海和杭州的60家彽彾鲜生门店上架。")
    assert [(f.value, f.metric) for f in figs] == [(60, "stores")]


def test_a_price_label_with_the_size_it_is_for_and_a_change_in_basis_points():
    # (价格:30ml 299元: the size between the label and the price; 下降4个基点: a change in basis points)
    assert [(f.value, f.metric) for f in find_figures("价格:30ml 299元,天猫旗舰店经常有满减")] == [(299, "price")]
    figs = find_figures("本行前三季度净息差为1.86%,较上半年下降4个基点。")
    assert [(f.value, f.unit, f.metric) for f in figs][-1] == (4, "basis-points", "decline")


def test_the_countries_a_count_of_stores_is_in():
    # (在全球28个国家拥有160家门店: 国家 names what 28 counts; it introduces no number)
    figs = find_figures("目前在全球28个国家拥有160家门店。")
    assert [(f.value, f.metric) for f in figs] == [(28, "countries"), (160, "stores")]


def test_a_cup_sizes_price_and_a_count_of_clinics_after_the_word():
    # (中杯32元: a drink's price by its cup; 诊所数量将超过120家: clinics, the word before the count)
    assert [(f.value, f.metric) for f in find_figures("招牌是桂花拿铁,中杯32元,真的好香!")] == [(32, "price")]
    figs = find_figures("此次收购后公司在全国的口腔诊所数量将超过120家。")
    assert [(f.min_value, f.metric) for f in figs] == [(120, "hospitals")]


def test_brands_of_a_kind_counted_are_no_stores():
    # (旗下拥有A、B和C三个酒店品牌: three brands, not three hotels; the hotels after are counted as such)
    figs = find_figures("目前旗下拥有戽戾、扄扅和扆扉三个酒店品牌,在营酒店总数超过1200家。")
    assert [(f.min_value or f.value, f.metric) for f in figs if f.metric == "stores"] == [(1200, "stores")]
