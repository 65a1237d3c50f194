"""Attaching figures to the entity they are about, on hand-written analyses."""
from __future__ import annotations

import re

from extractor.attach import attach_figures
from extractor.records import Analysis, Document, Figure, Mention, Sentence

TYPES = {"xvc": "ORG", "blue": "ORG", "wave": "ORG", "xhs": "ORG", "tmall": "ORG", "xxd": "BRAND",
         "pd": "BRAND", "zhang": "PERSON", "china": "GPE", "lin": "PERSON", "uni": "ORG", "nanyu": "ORG",
         "helan": "ORG", "ningchuan": "ORG", "nc-logistics": "ORG", "nc-cold": "ORG", "shengchi": "ORG",
         "jilan": "ORG", "dingsheng": "ORG", "yuanfan": "ORG", "club": "ORG", "bernst": "ORG", "germany": "GPE", "park": "ORG", "parkgroup": "ORG", "orion": "ORG",
         "japan": "GPE", "city": "GPE", "institute": "ORG", "coop": "ORG", "regulator": "ORG", "group": "ORG",
         "game": "BRAND", "hkex": "ORG", "byd": "ORG", "gwm": "ORG", "bureau": "ORG",
         "lanzhou": "GPE", "ctrip": "ORG", "club-store": "ORG", "school": "ORG", "donor": "PERSON",
         "hotpot": "BRAND", "platform": "ORG", "owner": "ORG",
         "blogger": "PERSON", "mcn": "ORG", "retailer": "ORG", "phone": "BRAND", "film": "BRAND", "studio": "ORG",
         "maoyan": "ORG", "bank": "ORG", "carrier": "ORG",
         "plaintiff": "ORG", "defendant": "BRAND", "dealer": "ORG", "court": "ORG",
         "licensor": "ORG", "licensee": "ORG", "maker": "ORG", "media": "ORG", "assoc": "ORG", "member": "ORG",
         "spouse": "PERSON", "listed": "ORG", "fund": "ORG", "broker": "ORG", "holder": "PERSON",
         "sham-supplier": "ORG", "sham-customer": "ORG", "exchange": "ORG", "chair": "PERSON",
         "catl": "ORG", "calb": "ORG", "soe": "ORG", "listed-sub": "ORG", "filer": "ORG", "sub": "ORG",
         "chain": "BRAND", "franchisee": "ORG", "sasac": "ORG", "merged": "ORG"}


def make(text: str, mentions: list[tuple[str, str, int]], figures: list[tuple[str, dict]]):
    """mentions: (surface, entity id, occurrence index); figures: (surface, Figure fields)."""
    doc = Document("doc-test", "test.txt", text, "0" * 64)
    sents = [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^。\n]+[。]?", text)]

    def sentence_of(pos):
        return max(i for i, s in enumerate(sents) if s.start <= pos)

    ms, ids = [], {}
    for surface, eid, nth in mentions:
        starts = [m.start() for m in re.finditer(re.escape(surface), text)]
        s = starts[nth]
        label = TYPES[eid]
        ms.append(Mention(s, s + len(surface), surface, label, sentence=sentence_of(s)))
        if eid != "-":
            ids[(s, s + len(surface))] = eid
    figs = []
    for surface, fields in figures:
        s = text.index(surface)
        figs.append(Figure(s, s + len(surface), surface, sentence=sentence_of(s), **fields))
    return Analysis(doc, sents, ms, figs), ids


def about(analysis, ids):
    return [(o.figure.text, o.about, o.confidence) for o in attach_figures(analysis, ids, TYPES)]


def test_subject_before_in_the_same_clause():
    a, ids = make("完美日记的销售额达到10亿元。", [("完美日记", "pd", 0)],
                  [("销售额达到10亿元", dict(value=1e9, unit="CNY", metric="sales"))])
    assert about(a, ids) == [("销售额达到10亿元", "pd", 0.85)]


def test_earlier_clause_is_less_sure():
    a, ids = make("完美日记表示，销售额达到10亿元。", [("完美日记", "pd", 0)],
                  [("销售额达到10亿元", dict(value=1e9, unit="CNY", metric="sales"))])
    ((_, eid, conf),) = about(a, ids)
    assert eid == "pd" and conf < 0.85


def test_platform_position_is_not_the_subject_of_a_brand_figure():
    a, ids = make("完美日记在天猫的日销售额突破1亿元。", [("完美日记", "pd", 0), ("天猫", "tmall", 0)],
                  [("日销售额突破1亿元", dict(min_value=1e8, comparator=">=", unit="CNY", metric="daily-revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    # (…with its reach before it, and a store's chart after it)
    a, ids = make("濛梧互娱11月在全球濛Store和濛Play的收入达到约1.6亿美元。", [("濛梧互娱", "pd", 0), ("濛Store", "tmall", 0),
                                                             ("濛Play", "xhs", 0)],
                  [("约1.6亿美元", dict(value=1.6e8, comparator="~", unit="USD", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    a, ids = make("濛游科技的新作《星海濛途》登顶美国濛Store免费榜,首月流水超过1亿美元。",
                  [("濛游科技", "pd", 0), ("星海濛途", "xxd", 0), ("濛Store", "tmall", 0)],
                  [("超过1亿美元", dict(min_value=1e8, comparator=">", unit="USD"))])
    assert [x[1] for x in about(a, ids)] != ["tmall"]


def test_channels_a_list_names_are_not_the_subject_of_a_later_figure():
    text = "濛厨成立于1952年,产品主要在欧洲的濛马特和濛托等渠道销售,去年营收约3.1亿欧元。"
    a, ids = make(text, [("濛厨", "pd", 0), ("濛马特", "platform", 0), ("濛托", "tmall", 0)],
                  [("营收约3.1亿欧元", dict(value=3.1e8, unit="EUR", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_what_a_clause_with_no_name_got_is_not_the_subject_of_its_figure():
    text = "濛学成立于2014年。公司曾获得濛未来和濛资本的投资,去年营收约为14亿元。"
    a, ids = make(text, [("濛学", "pd", 0), ("濛未来", "platform", 0), ("濛资本", "tmall", 0)],
                  [("营收约为14亿元", dict(value=1.4e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_brands_a_company_served_are_not_the_subject_of_its_figure():
    text = "濛域成立于2018年。这家服务商服务过的品牌包括濛森林和濛清轩,去年营收突破6亿元。"
    a, ids = make(text, [("濛域", "pd", 0), ("濛森林", "platform", 0), ("濛清轩", "tmall", 0)],
                  [("营收突破6亿元", dict(min_value=6e8, comparator=">=", unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_company_after_an_analysts_forecast_is_the_one_covered():
    text = "濛光科技是光模块厂商。濛光科技是英伟达的供应商。濛证分析师柳飞预计,公司2026年营收将达到86亿元。濛光科技股价上涨。"
    a, ids = make(text, [("濛光科技", "pd", 0), ("濛光科技", "pd", 1), ("英伟达", "tmall", 0), ("濛证", "platform", 0),
                         ("濛光科技", "pd", 2)],
                  [("营收将达到86亿元", dict(value=8.6e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_an_investor_named_as_the_holder_in_a_later_clause_holds_the_stake():
    text = "2023年,濛途户外获得了濛克创新的战略投资,濛克持股约15%。"
    a, ids = make(text, [("濛途户外", "pd", 0), ("濛克创新", "tmall", 0), ("濛克", "tmall", 1)],
                  [("持股约15%", dict(value=15, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["tmall"]


def test_an_investor_putting_money_into_a_company_holds_the_stake_after_it():
    text = "2023年,濛城投资向濛能汽车投资50亿元,持股约15%。"
    a, ids = make(text, [("濛城投资", "tmall", 0), ("濛能汽车", "pd", 0)],
                  [("持股约15%", dict(value=15, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["tmall"]


def test_the_outlet_that_heard_the_news_and_the_platforms_a_brand_grew_on_are_no_subjects():
    text = "36氪获悉,濛思智能近日完成5亿元融资。本轮融资后,公司估值超过30亿元。"
    a, ids = make(text, [("36氪", "tmall", 0), ("濛思智能", "pd", 0)],
                  [("公司估值超过30亿元", dict(value=3e9, unit="CNY", metric="valuation"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    text = "濛嘴成立于2020年。品牌早期依靠抖音和天猫起家,2023年全渠道销售额达到3.2亿元。"
    a, ids = make(text, [("濛嘴", "pd", 0), ("抖音", "platform", 0), ("天猫", "tmall", 0)],
                  [("销售额达到3.2亿元", dict(value=3.2e8, unit="CNY", metric="sales"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_no_item_of_a_list_of_customers_a_sentence_before_is_the_subject():
    text = "濛运物流营收增长。分业务看,主要客户包括濛因和濛木。国内快运业务收入则同比下降6%。"
    a, ids = make(text, [("濛运物流", "pd", 0), ("濛因", "platform", 0), ("濛木", "tmall", 0)],
                  [("下降6%", dict(value=6, unit="percent", metric="decline"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_agent_of_a_passive_is_not_the_subject_of_a_later_clauses_figure():
    text = "濛达纺织成立于1998年。公司今年6月被濛兴法院裁定进入重整程序,负债总额约38亿元。"
    a, ids = make(text, [("濛达纺织", "pd", 0), ("濛兴法院", "platform", 0)],
                  [("负债总额约38亿元", dict(value=3.8e9, unit="CNY", metric="liabilities"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_pronoun_resolves_to_the_previous_sentence_subject():
    text = "从那时起，小仙炖开始重视在天猫的口碑。去年双11，他们在天猫的日交易额突破1亿。"
    a, ids = make(text, [("小仙炖", "xxd", 0), ("天猫", "tmall", 0), ("天猫", "tmall", 1)],
                  [("日交易额突破1亿", dict(min_value=1e8, comparator=">=", unit="CNY", metric="daily-gmv"))])
    ((_, eid, conf),) = about(a, ids)
    assert eid == "xxd"
    assert conf == 0.6


def test_platform_metric_goes_to_the_platform_even_after_the_figure():
    a, ids = make("现在每个月都有超过1亿的年轻人活跃在小红书上。", [("小红书", "xhs", 0)],
                  [("超过1亿", dict(min_value=1e8, comparator=">", unit="users", metric="monthly-active-users"))])
    assert about(a, ids) == [("超过1亿", "xhs", 0.65)]


def test_platform_metric_accepts_a_platform_position_before():
    a, ids = make("完美日记成长于小红书，月活过亿。", [("完美日记", "pd", 0), ("小红书", "xhs", 0)],
                  [("月活过亿", dict(min_value=1e8, comparator=">", unit="users", metric="monthly-active-users"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_founding_figure_containing_its_entity():
    a, ids = make("2013年小红书创立时，移动互联网进入新时代。", [("小红书", "xhs", 0)],
                  [("2013年小红书创立", dict(value=2013, unit="year", metric="founded", date="2013"))])
    assert about(a, ids) == [("2013年小红书创立", "xhs", 0.8)]


def test_platform_fallback_when_nothing_else():
    a, ids = make("一家古董店的老板在小红书上直播，后来收到了60多万的订单。", [("小红书", "xhs", 0)],
                  [("60多万的订单", dict(min_value=6e5, comparator=">", unit="orders", metric="orders"))])
    assert about(a, ids) == [("60多万的订单", "xhs", 0.4)]


def test_no_plausible_entity_is_dropped():
    a, ids = make("中国的茶饮市场规模将达到3400亿元。", [("中国", "china", 0)],
                  [("3400亿元", dict(value=3.4e11, unit="CNY"))])
    assert about(a, ids) == []


def test_person_only_for_person_metrics():
    text = "张明持股15%。张明说营收达到3亿元。"
    a, ids = make(text, [("张明", "zhang", 0), ("张明", "zhang", 1)],
                  [("持股15%", dict(value=15, unit="percent", metric="stake")),
                   ("营收达到3亿元", dict(value=3e8, unit="CNY", metric="revenue"))])
    assert [(t, e) for t, e, _ in about(a, ids)] == [("持股15%", "zhang")]


def test_metricless_duration_is_dropped_but_currency_kept():
    text = "完美日记用了3年时间，投入了5000万元。"
    a, ids = make(text, [("完美日记", "pd", 0)],
                  [("3年", dict(value=3, unit="years")), ("5000万元", dict(value=5e7, unit="CNY"))])
    assert [x[0] for x in about(a, ids)] == ["5000万元"]


def test_unresolved_mentions_are_ignored():
    a, ids = make("完美日记的销售额达到10亿元。", [("完美日记", "pd", 0)],
                  [("销售额达到10亿元", dict(value=1e9, unit="CNY", metric="sales"))])
    assert attach_figures(a, {}, TYPES) == []


def test_topic_without_pronoun_is_the_first_subject_of_the_previous_sentence():
    text = "小仙炖很关注小红书的口碑。春节期间，销售额上涨了150%以上。"
    a, ids = make(text, [("小仙炖", "xxd", 0), ("小红书", "xhs", 0)],
                  [("上涨了150%以上", dict(min_value=150, comparator=">=", unit="percent", metric="growth"))])
    ((_, eid, conf),) = about(a, ids)
    assert eid == "xxd" and conf == 0.5


def test_observation_carries_document_and_figure():
    a, ids = make("完美日记的销售额达到10亿元。", [("完美日记", "pd", 0)],
                  [("销售额达到10亿元", dict(value=1e9, unit="CNY", metric="sales"))])
    (o,) = attach_figures(a, ids, TYPES)
    assert o.doc_id == "doc-test" and o.figure is a.figures[0]
    assert 0.0 <= o.confidence <= 1.0


def test_investor_is_not_the_subject_of_a_funding_figure():
    text = "霸王茶姬宣布完成新一轮融资，本轮由某某创投领投，融资金额达3亿元。"
    a, ids = make(text, [("霸王茶姬", "pd", 0), ("某某创投", "xvc", 0)],
                  [("融资金额达3亿元", dict(value=3e8, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_listing_is_not_a_platform_position():
    a, ids = make("泡泡玛特上市首日市值突破1000亿港元。", [("泡泡玛特", "pd", 0)],
                  [("市值突破1000亿港元", dict(min_value=1e11, comparator=">=", unit="HKD", metric="market-cap"))])
    assert about(a, ids) == [("市值突破1000亿港元", "pd", 0.85)]


def test_every_investor_of_a_listed_lead_is_not_the_subject():
    text = "翎栩互娱完成了由蓝海创投和某某创投领投的新一轮融资，估值达到50亿元。"
    a, ids = make(text, [("翎栩互娱", "pd", 0), ("蓝海创投", "blue", 0), ("某某创投", "xvc", 0)],
                  [("估值达到50亿元", dict(value=5e9, unit="CNY", metric="valuation"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_what_the_previous_sentence_compares_with_is_not_its_topic():
    text = "和蓝海创投、某某创投相比，翎栩互娱的优势在哪里？\n我们每年推出新品超过100款。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("某某创投", "xvc", 0), ("翎栩互娱", "pd", 0)],
                  [("超过100款", dict(min_value=100, comparator=">", unit="count"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    # without the comparison the first subject of the sentence before is the topic, as before
    text = "蓝海创投、某某创投和翎栩互娱都来了？\n我们每年推出新品超过100款。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("某某创投", "xvc", 0), ("翎栩互娱", "pd", 0)],
                  [("超过100款", dict(min_value=100, comparator=">", unit="count"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_speakers_we_is_their_organisation():
    text = "记者:会员有多少?\n王宁:目前我们的会员数超过2600万。今年海外收入增长了1.3倍。一个创作者收获了10万粉丝。"
    a, ids = make(text, [], [("会员数超过2600万", dict(min_value=2.6e7, comparator=">", unit="users", metric="users")),
                             ("收入增长了1.3倍", dict(value=1.3, unit="times", metric="growth")),
                             ("10万粉丝", dict(value=1e5, unit="fans", metric="fans"))])
    turn = text.index("王宁")
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "王宁" if s.start >= turn else "记者") for s in a.sentences],
                 a.mentions, a.figures)
    assert about(a, ids) == []  # without the speaker's organisation nothing claims them
    found = [(o.figure.text, o.about, o.confidence) for o in attach_figures(a, ids, TYPES, {"王宁": "pd"})]
    # 我们的 in the clause: the speaker's company; a figure in the turn that names no one: less sure; a metric
    # mostly about people (粉丝) is some creator's, not the company's
    assert found == [("会员数超过2600万", "pd", 0.6), ("收入增长了1.3倍", "pd", 0.45)]


def test_an_agent_after_you_is_not_what_the_sentence_is_about():
    text = "翎栩互娱由蓝海创投前团队创立，截至5月底门店数已超过3000家。"
    a, ids = make(text, [("翎栩互娱", "pd", 0), ("蓝海创投", "blue", 0)],
                  [("门店数已超过3000家", dict(min_value=3000, comparator=">", unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_market_size_goes_to_the_place_of_its_sentence_or_nowhere():
    text = "蓝湾科技总部位于中国深圳。中国咖啡市场规模约为2000亿元。据统计，咖啡市场规模约为2000亿元。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("中国", "china", 0), ("中国", "china", 1)],
                  [("市场规模约为2000亿元", dict(value=2e11, unit="CNY", metric="market-size"))])
    a.figures.append(Figure(text.rindex("市场规模"), text.rindex("元") + 1, "市场规模约为2000亿元", value=2e11,
                            unit="CNY", metric="market-size", sentence=2))
    # the second figure names no market place: not the company nor the place of an earlier sentence
    assert about(a, ids) == [("市场规模约为2000亿元", "china", 0.85)]


def test_the_company_opening_a_clause_is_the_company_the_report_is_about():
    text = ("蓝湾科技发布新品。蓝湾科技的对手是远浪科技。蓝湾科技今年营收增长,蓝湾科技很忙。远浪科技出货量约为9GWh。"
            "张明透露,公司计划明年设立工厂,产能规划为5GWh。")
    names = [("蓝湾科技", "blue", 0), ("蓝湾科技", "blue", 1), ("远浪科技", "wave", 0), ("蓝湾科技", "blue", 2),
             ("蓝湾科技", "blue", 3), ("远浪科技", "wave", 1), ("张明", "zhang", 0)]
    a, ids = make(text, names,
                  [("产能规划为5GWh", dict(value=5, unit="GWh", metric="capacity"))])
    assert about(a, ids) == [("产能规划为5GWh", "blue", 0.55)]
    # without 公司 the figure goes to the previous sentence's topic, as before
    text2 = text.replace("公司计划", "计划")
    a, ids = make(text2, names,
                  [("产能规划为5GWh", dict(value=5, unit="GWh", metric="capacity"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_the_company_held_is_not_the_holder_of_a_stake():
    a, ids = make("远山资本目前持有蓝湾科技约8%的股份。", [("远山资本", "xvc", 0), ("蓝湾科技", "blue", 0)],
                  [("约8%的股份", dict(value=8, comparator="~", unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["xvc"]


def test_a_data_source_is_not_what_the_figure_is_about():
    text = "蓝湾科技发布新品。据远山资本数据,蓝湾科技去年销售额约为3亿元。海外收入占到总收入的35%。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远山资本", "xvc", 0), ("蓝湾科技", "blue", 1)],
                  [("35%", dict(value=35, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_respectively_pairs_listed_names_with_listed_figures():
    text = "蓝湾科技和远浪科技去年分别被处以12亿元和3亿元罚款。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)],
                  [("12亿元", dict(value=1.2e9, unit="CNY", metric="fine")),
                   ("3亿元罚款", dict(value=3e8, unit="CNY", metric="fine"))])
    assert about(a, ids) == [("12亿元", "blue", 0.8), ("3亿元罚款", "wave", 0.8)]
    # without 分别 both go to the nearest subject, as before
    a, ids = make(text.replace("分别", ""), [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)],
                  [("12亿元", dict(value=1.2e9, unit="CNY", metric="fine")),
                   ("3亿元罚款", dict(value=3e8, unit="CNY", metric="fine"))])
    assert [x[1] for x in about(a, ids)] == ["wave", "wave"]


def test_respectively_pairs_a_list_written_with_half_width_commas():
    text = "此外,蓝湾基金,远浪基金和鱪鱫资产分别认购2.6亿元,2亿元和1.5亿元。"
    a, ids = make(text, [("蓝湾基金", "blue", 0), ("远浪基金", "wave", 0), ("鱪鱫资产", "xvc", 0)],
                  [("认购2.6亿元", dict(value=2.6e8, unit="CNY", metric="subscription")),
                   ("2亿元", dict(value=2e8, unit="CNY", metric="subscription")),
                   ("1.5亿元", dict(value=1.5e8, unit="CNY", metric="subscription"))])
    assert [x[1] for x in about(a, ids)] == ["blue", "wave", "xvc"]


def test_respectively_needs_as_many_figures_as_names():
    text = "蓝湾科技和远浪科技分别完成了融资，金额为3亿元。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)],
                  [("金额为3亿元", dict(value=3e8, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_a_time_word_before_the_company_still_opens_the_clause():
    text = ("蓝湾科技发布新品。蓝湾科技的对手是远浪科技。蓝湾科技今年营收增长,蓝湾科技很忙。我们在和远浪科技沟通。"
            "去年公司的营收是32亿元。")
    names = [("蓝湾科技", "blue", 0), ("蓝湾科技", "blue", 1), ("远浪科技", "wave", 0), ("蓝湾科技", "blue", 2),
             ("蓝湾科技", "blue", 3), ("远浪科技", "wave", 1)]
    a, ids = make(text, names, [("营收是32亿元", dict(value=3.2e9, unit="CNY", metric="revenue"))])
    assert about(a, ids) == [("营收是32亿元", "blue", 0.55)]


def test_we_opening_the_sentence_speaks_for_its_later_clauses():
    text = "记者:单店怎么样?\n王宁:远浪科技开了很多店。我们更关心单店,日均营业额在8000元上下。"
    a, ids = make(text, [("远浪科技", "wave", 0)],
                  [("日均营业额在8000元上下", dict(value=8000, unit="CNY", metric="daily-revenue"))])
    turn = text.index("王宁")
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "王宁" if s.start >= turn else "记者") for s in a.sentences],
                 a.mentions, a.figures)
    found = [(o.figure.text, o.about, o.confidence) for o in attach_figures(a, ids, TYPES, {"王宁": "pd"})]
    assert found == [("日均营业额在8000元上下", "pd", 0.6)]


def test_a_price_paid_goes_to_what_is_bought():
    text = "今年4月,蓝湾科技以2.1亿美元收购了户外品牌远浪科技。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)],
                  [("2.1亿美元收购", dict(value=2.1e8, unit="USD", metric="deal-value"))])
    assert about(a, ids) == [("2.1亿美元收购", "wave", 0.8)]


def test_a_business_sold_for_a_price_is_the_buyers_deal():
    # what is sold is no name of the text: the price goes to the buyer
    text = "蓝湾科技公告,公司拟将旗下物业管理业务以18亿元的价格出售给远浪科技。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)],
                  [("18亿元的价格", dict(value=1.8e9, unit="CNY", metric="deal-value"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]
    # …a company's shares sold are that company's deal
    text = "蓝湾科技拟将所持宁川物流60%股权以18亿元的价格出售给远浪科技。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("宁川物流", "nc-logistics", 0), ("远浪科技", "wave", 0)],
                  [("18亿元的价格", dict(value=1.8e9, unit="CNY", metric="deal-value"))])
    assert [x[1] for x in about(a, ids)] != ["wave"]


def test_a_winning_bid_is_the_winners_and_a_count_after_a_list_is_not_its_items():
    text = "蓝湾医院发布中标公告,其项目由蓝湾科技以1,286万元中标。"
    a, ids = make(text, [("蓝湾医院", "xvc", 0), ("蓝湾科技", "blue", 0)],
                  [("1,286万元", dict(value=1.286e7, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "蓝湾科技已为远浪科技、宁川物流等30余家企业提供系统。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0), ("宁川物流", "nc-logistics", 0)],
                  [("30余家企业", dict(value=30, unit="items", metric="customers"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_platforms_before_line_shang_ping_tai_are_no_subjects():
    text = "蓝湾科技目前在远浪科技和宁川物流线上平台均有销售,今年销售额预计达到8000万美元。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0), ("宁川物流", "nc-logistics", 0)],
                  [("销售额预计达到8000万美元", dict(value=8e7, unit="USD", metric="sales"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_stake_bought_through_a_description_is_the_buyers():
    text = "蓝湾科技以2.1亿美元收购了户外品牌远浪科技75%的股权。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)],
                  [("75%的股权", dict(value=75, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_project_is_its_owners():
    text = "蓝湾市政府与蓝湾科技签署协议,蓝湾科技西部基地项目落户蓝湾。项目总投资120亿元。"
    a, ids = make(text, [("蓝湾市政府", "xvc", 0), ("蓝湾科技", "blue", 0), ("蓝湾科技", "blue", 1)],
                  [("项目总投资120亿元", dict(value=1.2e10, unit="CNY", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    # without 项目 the previous sentence's first subject is the topic, as before (a company's: a government that signs
    # with a company is no topic of the deal's figures, test_a_county_that_signed_with_a_company…)
    a, ids = make(text.replace("项目总投资", "总投资").replace("蓝湾市政府", "蓝湾集团"),
                  [("蓝湾集团", "xvc", 0), ("蓝湾科技", "blue", 0), ("蓝湾科技", "blue", 1)],
                  [("总投资120亿元", dict(value=1.2e10, unit="CNY", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["xvc"]


def test_every_item_of_a_platform_list_is_a_platform():
    text = "我们主要在天猫和京东。线下目前有1100家门店。"
    a, ids = make(text, [("天猫", "tmall", 0), ("京东", "xhs", 0)],
                  [("1100家门店", dict(value=1100, unit="stores", metric="stores"))])
    # neither 天猫 nor 京东 is the topic that owns the stores: only the last-resort platform rule takes them
    assert about(a, ids) == [("1100家门店", "xhs", 0.3)]


def test_respectively_reads_a_list_from_the_clause_before():
    text = "蓝湾科技和远浪科技分列第二、第三,份额分别为19.8%和15.2%。"
    figures = [("19.8%", dict(value=19.8, unit="percent", metric="market-share")),
               ("15.2%", dict(value=15.2, unit="percent", metric="market-share"))]
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)], figures)
    assert about(a, ids) == [("19.8%", "blue", 0.8), ("15.2%", "wave", 0.8)]
    # two clauses away, or past a semicolon, the list is no longer the subject
    for gap in (",份额稳定,", ";"):
        a, ids = make(text.replace(",", gap, 1), [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)], figures)
        assert [x[1] for x in about(a, ids)] != ["blue", "wave"]


def test_bulleted_items_continue_the_sentence_that_introduced_them():
    text = "远浪出行发布了第三季度财报。要点如下:\n- 营业收入:48亿元;\n- 毛利率:18%;\n- 季度活跃用户:3200万;\n- 司机:95万人。"
    figures = [("营业收入:48亿元", dict(value=4.8e9, unit="CNY", metric="revenue")),
               ("毛利率:18%", dict(value=18, unit="percent", metric="gross-margin")),
               ("季度活跃用户:3200万", dict(value=3.2e7, unit="users", metric="active-users"))]
    a, ids = make(text, [("远浪出行", "wave", 0)], figures)
    assert [x[1] for x in about(a, ids)] == ["wave", "wave", "wave"]


def test_an_agent_after_former_is_not_the_subject():
    text = "澄岳资本由前红杉中国合伙人许知远于2015年创立,目前管理资产规模约为25亿美元。"
    a, ids = make(text, [("澄岳资本", "blue", 0), ("红杉中国", "wave", 0)],
                  [("约为25亿美元", dict(value=2.5e9, unit="USD", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_name_in_the_predicate_of_is_does_not_take_the_next_clauses():
    # X是小家电品牌Y的生产企业,…创立于2009年: Y modifies what X is; the founding is X's
    a, ids = make("凯岚电器是小家电品牌凯岚的生产企业,总部位于佛山,创立于2009年。",
                  [("凯岚电器", "pd", 0), ("凯岚", "tmall", 1)],
                  [("创立于2009年", dict(value=2009, unit="year", metric="founded"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_recipient_after_xiang_is_not_the_subject_but_a_funded_one_is():
    a, ids = make("凯岚电器日前向市场监管总局备案了召回计划,共计126,380台。",
                  [("凯岚电器", "pd", 0), ("市场监管总局", "tmall", 0)],
                  [("126,380台", dict(value=126380, unit="count"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    a, ids = make("远山资本向凯岚电器投资约7亿元。", [("远山资本", "tmall", 0), ("凯岚电器", "pd", 0)],
                  [("投资约7亿元", dict(value=7e8, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_partner_after_yu_is_not_what_the_next_clause_is_about():
    a, ids = make("今年,凯岚电器与天猫达成战略合作,外卖订单占比已经提升到35%。",
                  [("凯岚电器", "pd", 0), ("天猫", "tmall", 0)],
                  [("35%", dict(value=35, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_investor_after_huode_is_not_the_subject_of_the_funding():
    a, ids = make("2024年,凯岚电器获得了远山资本的5000万元A轮融资。", [("凯岚电器", "pd", 0), ("远山资本", "tmall", 0)],
                  [("5000万元A轮", dict(value=5e7, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_name_between_a_count_and_what_it_counts_is_its_subject():
    a, ids = make("远山资本计划明年在中国新开50家凯岚门店。", [("远山资本", "tmall", 0), ("凯岚", "pd", 0)],
                  [("50家", dict(value=50, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_what_the_previous_sentence_sets_aside_is_not_its_topic():
    text = "除蓝海创投外，翎栩互娱的赞助商还有两家银行。俱乐部今年商业收入约3.5亿元。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("翎栩互娱", "pd", 0)],
                  [("收入约3.5亿元", dict(value=3.5e8, comparator="~", unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_money_paid_to_a_recipient_is_the_recipients():
    text = "蓝海创投将向翎栩互娱支付6.5亿美元首付款。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("翎栩互娱", "pd", 0)],
                  [("6.5亿美元", dict(value=6.5e8, unit="USD"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_whole_a_share_is_of_is_not_its_subject():
    text = "翎栩互娱进入中国已经十年。去年中国区营收约80亿元,占蓝海创投全球的25%左右。"
    a, ids = make(text, [("翎栩互娱", "pd", 0), ("蓝海创投", "blue", 0)],
                  [("25%左右", dict(value=25, comparator="~", unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_owner_named_after_its_brand_is_what_the_next_sentence_is_about():
    text = "3月3日,翎栩互娱母公司蓝海创投正式上市。发行价为每股202.5港元。"
    a, ids = make(text, [("翎栩互娱", "pd", 0), ("蓝海创投", "blue", 0)],
                  [("202.5港元", dict(value=202.5, unit="HKD", metric="share-price"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_whom_an_order_comes_from_or_goes_to_is_not_the_subject():
    text = "蓝海创投已获得某某创投的电池订单,合同金额预计超过200亿元。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("某某创投", "xvc", 0)],
                  [("超过200亿元", dict(min_value=2e10, comparator=">", unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "蓝海创投宣布,公司已成为某某创投的第二供应商,预计每年为某某创投供应约10GWh电池。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("某某创投", "xvc", 0), ("某某创投", "xvc", 1)],
                  [("约10GWh", dict(value=10, comparator="~", unit="GWh"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_regulator_imposing_a_fine_is_not_fined():
    text = "二、蓝海创投虚假宣传案。市场监管局依法责令其停止违法行为,并处罚款35万元。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("市场监管局", "xvc", 0)],
                  [("罚款35万元", dict(value=3.5e5, unit="CNY", metric="fine"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_bulleted_item_under_a_lead_naming_no_one_is_the_reports_company():
    text = ("蓝海创投前三季度业绩。蓝海创投营收增长。蓝海创投利润增长。\n● 毛利率提升。\n● 研发投入增加。\n● 员工增加。\n"
            "分地区看:\n▲ 北美市场收入78.3亿元\n")
    a, ids = make(text, [("蓝海创投", "blue", 0), ("蓝海创投", "blue", 1), ("蓝海创投", "blue", 2)],
                  [("收入78.3亿元", dict(value=7.83e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_partner_named_after_yu_with_a_description_is_not_the_subject():
    text = "蓝海创投12月1日晚间公告,公司与沙特能源企业翎栩互娱签署供货合同,合同金额约15亿美元。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("翎栩互娱", "pd", 0)],
                  [("约15亿美元", dict(value=1.5e9, comparator="~", unit="USD"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_regulator_before_dui_is_not_fined_the_company_after_it_is():
    text = "此前,市场监管局已于2021年对蓝海创投处以34.42亿元罚款。"
    a, ids = make(text, [("市场监管局", "xvc", 0), ("蓝海创投", "blue", 0)],
                  [("34.42亿元罚款", dict(value=3.442e9, unit="CNY", metric="fine"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_donation_is_the_donors_not_the_recipients():
    a, ids = make("校友林启向江岚大学捐赠1亿元。", [("林启", "lin", 0), ("江岚大学", "uni", 0)],
                  [("捐赠1亿元", dict(value=1e8, unit="CNY", metric="donation"))])
    assert [x[1] for x in about(a, ids)] == ["lin"]


def test_what_a_group_owns_is_not_what_the_clauses_after_it_are_about():
    text = "宁川控股旗下拥有宁川物流和宁川冷链两家子公司,去年营收超过300亿元。"
    a, ids = make(text, [("宁川控股", "ningchuan", 0), ("宁川物流", "nc-logistics", 0), ("宁川冷链", "nc-cold", 0)],
                  [("营收超过300亿元", dict(min_value=3e10, comparator=">", unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["ningchuan"]


def test_the_filers_partner_is_not_the_subject_of_the_companys_clauses():
    text = "杭州南屿精工股份有限公司投资者关系活动记录表\n答:公司与德国赫兰签订了供应协议,海外收入占比提升至约35%。"
    a, ids = make(text, [("杭州南屿精工股份有限公司", "nanyu", 0), ("德国赫兰", "helan", 0)],
                  [("占比提升至约35%", dict(value=35, unit="percent", metric="market-share"))])
    assert [x[1] for x in about(a, ids)] == ["nanyu"]


def test_the_names_in_what_a_company_is_are_not_what_its_figures_are_about():
    text = "晟岚汽车是吉岚控股与宁岚能源于2021年合资成立的品牌,今年销量约9.6万辆。"
    a, ids = make(text, [("晟岚汽车", "shengchi", 0), ("吉岚控股", "jilan", 0), ("宁岚能源", "helan", 0)],
                  [("2021年合资成立", dict(value=2021, unit="year", metric="founded")),
                   ("销量约9.6万辆", dict(value=96000, unit="vehicles", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["shengchi", "shengchi"]


def test_a_stake_sold_on_is_the_buyers():
    text = "鼎岚地产已将所持海岚俱乐部90%的股权转让给远岚集团。"
    a, ids = make(text, [("鼎岚地产", "dingsheng", 0), ("海岚俱乐部", "club", 0), ("远岚集团", "yuanfan", 0)],
                  [("90%", dict(value=90, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["yuanfan"]


def test_the_partner_of_our_deal_is_not_what_our_next_clause_is_about():
    text = "我们与德国贝岚斯特签署了分销协议,欧洲收入同比增长了65%。"
    a, ids = make(text, [("贝岚斯特", "bernst", 0)],
                  [("同比增长了65%", dict(value=65, unit="percent", metric="growth"))])
    assert about(a, ids) == []  # left to the speaker's company, which this analysis does not name


def test_both_partners_take_their_stakes_and_the_venture_its_investment():
    text = "星岚乐园由星岚文旅与日本乐园运营商Orion Parks合资建设,双方分别持股60%和40%,总投资约180亿元。"
    a, ids = make(text, [("星岚乐园", "park", 0), ("星岚文旅", "parkgroup", 0), ("日本", "japan", 0),
                         ("Orion Parks", "orion", 0)],
                  [("持股60%", dict(value=60, unit="percent", metric="stake")),
                   ("40%", dict(value=40, unit="percent", metric="stake")),
                   ("总投资约180亿元", dict(value=1.8e10, unit="CNY", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["parkgroup", "orion", "park"]


def test_a_data_source_is_not_the_subject_and_a_place_opening_a_public_statistic_is():
    text = "恒岚地产今年拿地5宗。岚指研究院数据显示,今年1-11月江岚土地出让金同比下降18%。"
    a, ids = make(text, [("恒岚地产", "blue", 0), ("岚指研究院", "institute", 0), ("江岚", "city", 0)],
                  [("下降18%", dict(value=18, unit="%", metric="decline"))])
    assert [x[1] for x in about(a, ids)] == ["city"]
    # a place that only says where a company's stores are is not their subject
    text = "恒岚咖啡今年继续扩张,江岚门店同比增长18%。"
    a, ids = make(text, [("恒岚咖啡", "blue", 0), ("江岚", "city", 0)],
                  [("增长18%", dict(value=18, unit="%", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_tickers_exchange_and_a_partners_alias_are_no_subjects():
    text = "云岚科技(NASDAQ: YLTC)第三季度营收增长22%。"
    a, ids = make(text, [("云岚科技", "blue", 0), ("NASDAQ", "xvc", 0)],
                  [("增长22%", dict(value=22, unit="%", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "韩岚表示,公司已与微岚(Weilan)达成合作,预计明年客户数将超过3000家。"
    a, ids = make(text, [("微岚", "wave", 0), ("Weilan", "wave", 0)],
                  [("客户数将超过3000家", dict(min_value=3000, unit="count", metric="customers"))])
    assert [x[1] for x in about(a, ids)] != ["wave"]


def test_agents_after_you_opening_a_clause_are_not_what_the_company_reports():
    text = "博晟家电成立于2014年,由博岚集团与海晟电器各持股50%,主要生产烤箱,2023年营收约36亿元。"
    a, ids = make(text, [("博晟家电", "blue", 0), ("博岚集团", "xvc", 0), ("海晟电器", "wave", 0)],
                  [("营收约36亿元", dict(value=3.6e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_holding_before_its_holder_and_a_company_held_by_a_person():
    text = "岚岑为公司第二大股东,第一大股东为持股51%的栖岚投资。"
    a, ids = make(text, [("岚岑", "zhang", 0), ("栖岚投资", "xvc", 0)],
                  [("持股51%", dict(value=51, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["xvc"]
    text = "艺人岚岑持有的岑岚服饰35%股权近日被冻结。"
    a, ids = make(text, [("岚岑", "zhang", 0), ("岑岚服饰", "blue", 0)],
                  [("35%股权", dict(value=35, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["zhang"]


def test_a_name_ranked_by_an_amount_is_its_subject_a_person_too():
    text = "泓岚科技董事长嵇岚涛以1420亿元位列第二。晏岚禾家族以980亿元排名第三。"
    a, ids = make(text, [("泓岚科技", "blue", 0), ("嵇岚涛", "zhang", 0), ("晏岚禾", "lin", 0)],
                  [("1420亿元", dict(value=1.42e11, unit="CNY", metric="")),
                   ("980亿元", dict(value=9.8e10, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["zhang", "lin"]


def test_a_platform_a_seller_depends_on_is_no_subject_and_a_city_counts_its_companies():
    text = "此前,星岚家居的销售主要依赖亚马逊,目前其在亚马逊上拥有12个店铺。"
    a, ids = make(text, [("星岚家居", "blue", 0), ("亚马逊", "tmall", 0), ("亚马逊", "tmall", 1)],
                  [("12个店铺", dict(value=12, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "闻岚电子主营配件。据岚州跨境电商协会统计,岚州目前约有跨境电商企业1.8万家。"
    a, ids = make(text, [("闻岚电子", "blue", 0), ("岚州跨境电商协会", "xvc", 0), ("岚州", "city", 1)],
                  [("1.8万家", dict(value=18000, unit="count", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["city"]


def test_bookings_in_a_city_are_the_citys_figure():
    text = "冰雪旅游继续升温。途岚旅行数据显示,岚州元旦期间酒店预订量同比增长120%。"
    a, ids = make(text, [("途岚旅行", "blue", 0), ("岚州", "city", 0)],
                  [("增长120%", dict(value=120, unit="percent", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["city"]


def test_a_partner_joined_by_he_and_the_partnership_is_not_the_subject():
    text = "蓝湾科技和远浪科技的合作也在深化,线上渠道同比增长超过40%。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)],
                  [("增长超过40%", dict(min_value=40, unit="percent", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_sentence_that_opens_with_the_company_past_its_period_is_about_the_company():
    text = ("蓝湾科技发布三季报。蓝湾科技总部位于杭州。蓝湾科技团队约150人。远浪科技是公司第一大客户。"
            "前三季度,公司实现营业收入42.3亿元,同比增长27.6%。归母净利润3.8亿元,同比增长31.2%。")
    names = [("蓝湾科技", "blue", k) for k in range(3)] + [("远浪科技", "wave", 0)]
    a, ids = make(text, names, [("归母净利润3.8亿元", dict(value=3.8e8, unit="CNY", metric="profit"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_stores_a_companys_products_entered_are_not_the_subject_of_its_revenue():
    text = "蓝湾科技2009年诞生于杭州,目前产品已进入远浪超市,星河超市等商超渠道,去年营收突破15亿元。"
    names = [("蓝湾科技", "blue", 0), ("远浪超市", "wave", 0), ("星河超市", "xhs", 0)]
    a, ids = make(text, names, [("营收突破15亿元", dict(min_value=1.5e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_delivery_platforms_a_shop_went_onto_are_not_the_subject_of_its_sales():
    text = "蓝湾科技成立于2017年。蓝湾科技杭州店上线了外卖平台远浪外卖和星河外卖,开业首日销量突破3000杯。"
    names = [("蓝湾科技", "blue", 0), ("蓝湾科技", "blue", 1), ("远浪外卖", "wave", 0), ("星河外卖", "xhs", 0)]
    a, ids = make(text, names, [("销量突破3000杯", dict(min_value=3000, unit="count", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_party_paid_damages_is_not_the_subject_of_the_sum():
    text = "法院判令远浪科技立即停止侵权,并赔偿蓝湾科技经济损失及合理开支共计500万元。"
    names = [("远浪科技", "wave", 0), ("蓝湾科技", "blue", 0)]
    a, ids = make(text, names, [("共计500万元", dict(value=5e6, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_a_quoted_name_a_company_sells_or_runs_is_not_the_subject_of_its_takings():
    text = '法院查明,远浪科技自2022年起在全国开设了超过200家"蓝湾"加盟店,通过收取加盟费获利超过3000万元。'
    names = [("远浪科技", "wave", 0), ("蓝湾", "blue", 0)]
    a, ids = make(text, names, [("超过3000万元", dict(min_value=3e7, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_a_co_branded_products_price_is_the_first_partners():
    text = "蓝湾科技和远浪科技出了联名月饼礼盒,198元一盒。"
    names = [("蓝湾科技", "blue", 0), ("远浪科技", "wave", 0)]
    a, ids = make(text, names, [("198元", dict(value=198, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_list_of_partners_after_the_company_is_not_the_subject():
    text = ("蓝湾科技成立于2020年。蓝湾科技总部位于杭州。蓝湾科技团队约150人。"
            "今年公司已与远浪科技、星河资本等客户签订合作协议,合同金额累计超过6000万元。")
    names = [("蓝湾科技", "blue", k) for k in range(3)] + [("远浪科技", "wave", 0), ("星河资本", "xvc", 0)]
    a, ids = make(text, names, [("超过6000万元", dict(min_value=6e7, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_partners_parted_by_commas_after_the_company_are_not_the_subject():
    text = "蓝湾科技宣布,已与远浪汽车,星河汽车分别签订供货协议,将在未来三年为其供应电池,总金额约35亿元。"
    names = [("蓝湾科技", "blue", 0), ("远浪汽车", "wave", 0), ("星河汽车", "xhs", 0)]
    a, ids = make(text, names, [("约35亿元", dict(value=3.5e9, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_kind_of_body_opening_the_clause_is_the_body_of_that_kind_named_before():
    text = ("眉岚果业合作社成立于2016年。合作社在天猫卖出猕猴桃。秦岚优选负责冷链物流。"
            "秦岚优选创始人张明说,目前合作社的复购率达到了42%。")
    names = [("眉岚果业合作社", "coop", 0), ("天猫", "tmall", 0), ("秦岚优选", "blue", 0), ("秦岚优选", "blue", 1),
             ("张明", "zhang", 0)]
    a, ids = make(text, names, [("复购率达到了42%", dict(value=42, unit="percent", metric="repurchase-rate"))])
    assert [x[1] for x in about(a, ids)] == ["coop"]


def test_who_gives_the_news_is_not_what_the_next_sentence_is_about():
    text = "近日,市场监管总局发布消息,蓝湾科技将召回部分电动自行车。自12月15日起,召回共计23417辆。"
    a, ids = make(text, [("市场监管总局", "regulator", 0), ("蓝湾科技", "blue", 0)],
                  [("23417辆", dict(value=23417, unit="count", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_group_opening_a_clause_is_the_group_named_last():
    text = "蓝湾啤酒今年销量增长。蓝湾啤酒隶属于蓝湾饮料集团,集团去年营收约为65亿元。"
    a, ids = make(text, [("蓝湾啤酒", "blue", 0), ("蓝湾啤酒", "blue", 1), ("蓝湾饮料集团", "group", 0)],
                  [("营收约为65亿元", dict(value=6.5e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["group"]


def test_this_game_is_the_brand_named_last():
    text = "蓝湾科技旗下新游《岚境》登顶。分析师认为,《岚境》得益于投放。据悉,该游戏首月投放费用超过2亿元。"
    a, ids = make(text, [("蓝湾科技", "blue", 0), ("岚境", "game", 0), ("岚境", "game", 1)],
                  [("超过2亿元", dict(min_value=2e8, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["game"]


def test_this_game_is_the_work_in_title_marks_not_its_overseas_publisher():
    text = "《鼙川行》由蓝湾科技研发,海外版本将由鼗娱代理。据悉,该游戏研发投入超过6亿元。"
    a, ids = make(text, [("鼙川行", "game", 0), ("蓝湾科技", "blue", 0), ("鼗娱", "phone", 0)],
                  [("超过6亿元", dict(min_value=6e8, unit="CNY", metric="rd-spend"))])
    assert [x[1] for x in about(a, ids)] == ["game"]


def test_a_round_two_sentences_after_a_table_is_the_company_named_before_the_table():
    text = ("蓝湾烘焙创立于2014年,总部位于南京。\n| 城市 | 门店 |\n| --- | --- |\n| 南京 | 92 |\n| 上海 | 74 |\n"
            "本次扩张的资金来自C轮融资。该轮融资金额为5亿元。")
    a, ids = make(text, [("蓝湾烘焙", "blue", 0)], [("5亿元", dict(value=5e8, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_exchange_a_company_files_with_is_no_subject():
    text = "岚野咖啡递表港交所 三年营收翻两番"
    a, ids = make(text, [("岚野咖啡", "blue", 0), ("港交所", "hkex", 0)],
                  [("翻两番", dict(value=4, unit="times", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_work_a_brand_teams_up_with_and_a_partners_work_are_no_subject():
    text = "茶饮品牌蓝湾联名游戏《岚境》,首日卖出120万杯"
    a, ids = make(text, [("蓝湾", "blue", 0), ("岚境", "game", 0)],
                  [("卖出120万杯", dict(value=1.2e6, unit="count", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "蓝湾与游戏公司远浪科技旗下热门手游《岚境》推出联名活动,上线首日门店卖出联名饮品约120万杯。"
    a, ids = make(text, [("蓝湾", "blue", 0), ("远浪科技", "wave", 0), ("岚境", "game", 0)],
                  [("约120万杯", dict(value=1.2e6, unit="count", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_customers_whose_supply_chain_the_company_entered_are_no_subject():
    text = "蓝湾科技发布公告。蓝湾科技芯片热销。蓝湾科技扩产。公司芯片已进入比亚迪、长城汽车的供应链,今年出货量约为1200万颗。"
    names = [("蓝湾科技", "blue", k) for k in range(3)] + [("比亚迪", "byd", 0), ("长城汽车", "gwm", 0)]
    a, ids = make(text, names, [("出货量约为1200万颗", dict(value=1.2e7, unit="count", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_stake_acquired_is_the_acquirers():
    text = "远浪集团将作为重整投资人,出资约45亿元取得蓝湾地产60%的股权。"
    a, ids = make(text, [("远浪集团", "wave", 0), ("蓝湾地产", "blue", 0)],
                  [("60%的股权", dict(value=60, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_the_whole_county_is_the_county_named_not_the_province_it_lies_in():
    text = "齆溪县位于浙江西部,全县茶园面积达18万亩。"
    a, ids = make(text, [("齆溪县", "lanzhou", 0), ("浙江", "china", 0)],
                  [("面积达18万亩", dict(value=1.8e5, unit="mu", metric="floor-area"))])
    assert [x[1] for x in about(a, ids)] == ["lanzhou"]


def test_the_whole_city_is_the_city_a_bureau_is_named_after_and_a_holiday_opens_a_statistic():
    text = "岚州市文化和旅游局发布数据,国庆假期全市共接待游客约860万人次,实现旅游收入约72亿元。明年岚州将新增酒店。"
    a, ids = make(text, [("岚州市文化和旅游局", "bureau", 0), ("岚州", "lanzhou", 1)],
                  [("约860万人次", dict(value=8.6e6, unit="count", metric="")),
                   ("收入约72亿元", dict(value=7.2e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["lanzhou", "lanzhou"]
    text = "携程的数据显示,假期岚州酒店预订量同比增长68%。"
    a, ids = make(text, [("携程", "ctrip", 0), ("岚州", "lanzhou", 0)],
                  [("增长68%", dict(value=68, unit="percent", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["lanzhou"]


def test_what_a_company_won_a_tender_of_is_no_subject():
    text = "汐昱信息中标岚州医院智慧医院项目,中标金额1.86亿元。"
    a, ids = make(text, [("汐昱信息", "blue", 0), ("岚州医院", "wave", 0)],
                  [("1.86亿元", dict(value=1.86e8, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("1.86亿元", "blue")]


def test_a_partner_in_a_headline_phrase_is_no_subject():
    text = "栖汐酒店与汐川置业签约 三年内新开100家加盟店"
    a, ids = make(text, [("栖汐酒店", "blue", 0), ("汐川置业", "wave", 0)],
                  [("100家加盟店", dict(value=100, unit="stores", metric="stores"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("100家加盟店", "blue")]


def test_a_streamers_gmv_is_hers_and_a_described_source_is_no_subject():
    text = '抖音主播"小汐"开启专场直播,据第三方数据平台蝉妈妈统计,本场直播GMV超过3亿元。'
    a, ids = make(text, [("抖音", "tmall", 0), ("小汐", "lin", 0), ("蝉妈妈", "wave", 0)],
                  [("GMV超过3亿元", dict(min_value=3e8, comparator=">", unit="CNY", metric="gmv"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("GMV超过3亿元", "lin")]


def test_brands_in_quotes_after_the_owner_and_a_figure_inside_what_the_subject_is():
    text = '沐汐美妆旗下拥有"沐汐"和"溪川"两个品牌,2025年营收为26.8亿元。'
    a, ids = make(text, [("沐汐美妆", "blue", 0), ("沐汐", "pd", 1), ("溪川", "xxd", 0)],
                  [("营收为26.8亿元", dict(value=2.68e9, unit="CNY", metric="revenue"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("营收为26.8亿元", "blue")]
    text = "夏汐咖啡是瑞幸咖啡和库迪咖啡之外又一家加入9.9元价格战的品牌。"
    a, ids = make(text, [("夏汐咖啡", "pd", 0), ("瑞幸咖啡", "blue", 0), ("库迪咖啡", "wave", 0)],
                  [("9.9元", dict(value=9.9, unit="CNY", metric="price"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("9.9元", "pd")]


def test_a_companys_users_met_on_a_platform_are_the_companys():
    text = "骑汐出行今年在支付宝小程序上的新增用户超过2000万。"
    a, ids = make(text, [("骑汐出行", "blue", 0), ("支付宝", "tmall", 0)],
                  [("新增用户超过2000万", dict(min_value=2e7, comparator=">", unit="users", metric="new-users"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("新增用户超过2000万", "blue")]


def test_the_group_a_clause_opens_with_is_the_one_the_text_called_a_group():
    text = "岚步体育集团(简称岚步集团)发布中报。主品牌岚步和跑鞋品牌岚羚增长很快。集团董事长表示,上半年研发费用为1.1亿元。"
    a, ids = make(text, [("岚步体育集团", "blue", 0), ("岚步集团", "blue", 0), ("岚步", "pd", 2),
                         ("岚羚", "xxd", 0)],
                  [("研发费用为1.1亿元", dict(value=1.1e8, unit="CNY", metric="rd-spend"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("研发费用为1.1亿元", "blue")]


def test_a_bureau_giving_a_citys_statistic_is_its_source():
    text = "据汀汐市发改委介绍,今年前三季度汀汐市固定资产投资同比增长9.8%。"
    a, ids = make(text, [("汀汐市发改委", "bureau", 0), ("汀汐市", "city", 1)],
                  [("同比增长9.8%", dict(value=9.8, unit="percent", metric="growth"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("同比增长9.8%", "city")]


def test_a_regulator_issuing_a_decision_is_not_fined():
    text = "上海市市场监督管理局发布行政处罚决定书,对暖岚火锅某门店作出处罚,并处罚款50万元。"
    a, ids = make(text, [("上海市市场监督管理局", "regulator", 0), ("暖岚火锅", "pd", 0)],
                  [("罚款50万元", dict(value=5e5, unit="CNY", metric="fine"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("罚款50万元", "pd")]


def test_a_store_chain_a_brand_entered_is_not_the_seller():
    text = "零食品牌汀豆已进入汀姆会员店全国门店销售,上架首月单品销售额即突破1000万元。"
    a, ids = make(text, [("汀豆", "pd", 0), ("汀姆会员店", "club-store", 0)],
                  [("销售额即突破1000万元", dict(min_value=1e7, unit="CNY", metric="sales", comparator=">="))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("销售额即突破1000万元", "pd")]


def test_the_school_a_donor_returns_to_is_not_the_donor():
    text = "汀澈科技创始人郑汀峰回到母校汀州大学,宣布个人捐赠2亿元。"
    a, ids = make(text, [("郑汀峰", "donor", 0), ("汀州大学", "school", 0)],
                  [("个人捐赠2亿元", dict(value=2e8, unit="CNY", metric="donation"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("个人捐赠2亿元", "donor")]


def test_the_group_a_clause_opens_with_even_where_its_brand_is_named_more():
    text = ("汀味火锅的母公司桐汀餐饮集团发布中期业绩。上半年集团收入为52.3亿元。"
            "汀味火锅在全国共有门店612家。汀味火锅的客单价为98.6元。")
    a, ids = make(text, [("汀味火锅", "hotpot", 0), ("桐汀餐饮集团", "group", 0), ("汀味火锅", "hotpot", 1),
                         ("汀味火锅", "hotpot", 2)],
                  [("收入为52.3亿元", dict(value=5.23e9, unit="CNY", metric="revenue"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("收入为52.3亿元", "group")]


def test_the_owner_a_platform_belongs_to_is_not_what_the_clause_counts():
    text = "汀选隶属于汀岸网络科技有限公司,目前平台活跃商家超过120万家。"
    a, ids = make(text, [("汀选", "platform", 0), ("汀岸网络科技有限公司", "owner", 0)],
                  [("活跃商家超过120万家", dict(min_value=1.2e6, unit="merchants", metric="merchants", comparator=">"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("活跃商家超过120万家", "platform")]


def test_followers_written_before_the_account_are_the_accounts():
    text = '汀屹传媒旗下签约达人超过300位,其中包括抖音粉丝超过2000万的美食博主"阿汀吃遍天"。'
    a, ids = make(text, [("汀屹传媒", "mcn", 0), ("抖音", "xhs", 0), ("阿汀吃遍天", "blogger", 0)],
                  [("粉丝超过2000万", dict(min_value=2e7, unit="fans", metric="fans", comparator=">"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("粉丝超过2000万", "blogger")]


def test_brands_a_store_sells_are_not_the_seller_of_its_sales():
    text = "汀机汇在印尼开出第100家门店。门店主要销售小米、OPPO、vivo等品牌手机,今年前三季度销售额约为9.3亿元。"
    a, ids = make(text, [("汀机汇", "retailer", 0), ("小米", "phone", 0), ("OPPO", "phone", 0), ("vivo", "phone", 0)],
                  [("销售额约为9.3亿元", dict(value=9.3e8, unit="CNY", metric="sales", comparator="~"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("销售额约为9.3亿元", "retailer")]


def test_the_film_a_sentence_refers_back_to_is_what_its_figure_is_about():
    text = "棠影文化出品的电影《长河之上》上映十天票房突破8亿元。据猫眼数据,该片首日票房为1.2亿元。"
    a, ids = make(text, [("棠影文化", "studio", 0), ("长河之上", "film", 0), ("猫眼", "maoyan", 0)],
                  [("1.2亿元", dict(value=1.2e8, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("1.2亿元", "film")]


def test_a_change_written_after_an_amount_is_the_amounts_subjects():
    text = '机构棠动传媒称,旗下主播"阿棠"直播间成交额超过5亿元,同比增长30%。'
    a, ids = make(text, [("棠动传媒", "mcn", 0), ("阿棠", "blogger", 0)],
                  [("成交额超过5亿元", dict(min_value=5e8, unit="CNY", metric="gmv", comparator=">")),
                   ("同比增长30%", dict(value=30, unit="percent", metric="growth"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("成交额超过5亿元", "blogger"), ("同比增长30%", "blogger")]


def test_money_given_to_the_company_is_the_companys_not_the_givers():
    text = "棠达冷链发布公告。棠达冷链总部位于深圳。同日,棠达冷链与棠江银行签署协议,该银行将向公司提供80亿元的授信额度。"
    a, ids = make(text, [("棠达冷链", "carrier", 0), ("棠达冷链", "carrier", 1), ("棠达冷链", "carrier", 2),
                         ("棠江银行", "bank", 0)],
                  [("80亿元", dict(value=8e9, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("80亿元", "carrier")]


def test_damages_claimed_are_the_plaintiffs():
    text = "璞芯科技近日将蘅川手机及其经销商淞海电器诉至南京市中级人民法院,请求判令被告赔偿经济损失共计1.8亿元。"
    a, ids = make(text, [("璞芯科技", "plaintiff", 0), ("蘅川手机", "defendant", 0), ("淞海电器", "dealer", 0),
                         ("南京市中级人民法院", "court", 0)],
                  [("1.8亿元", dict(value=1.8e8, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("1.8亿元", "plaintiff")]
    a, ids = make("璞芯科技起诉蘅川手机 索赔1.8亿元", [("璞芯科技", "plaintiff", 0), ("蘅川手机", "defendant", 0)],
                  [("1.8亿元", dict(value=1.8e8, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("1.8亿元", "plaintiff")]
    # (…and an unpaid bill the court is asked to order paid, or one a headline says is owed)
    text = "濛达电子公告,公司已就濛威汽车拖欠货款一事向濛海市中级人民法院提起诉讼,请求判令濛威汽车支付货款及违约金共计1.3亿元。"
    a, ids = make(text, [("濛达电子", "plaintiff", 0), ("濛威汽车", "defendant", 0), ("濛威汽车", "defendant", 1),
                         ("濛海市中级人民法院", "court", 0)],
                  [("1.3亿元", dict(value=1.3e8, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("1.3亿元", "plaintiff")]
    a, ids = make("零部件商濛达电子起诉濛威汽车拖欠货款1.3亿元", [("濛达电子", "plaintiff", 0), ("濛威汽车", "defendant", 0)],
                  [("1.3亿元", dict(value=1.3e8, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("1.3亿元", "plaintiff")]


def test_what_a_session_held_for_a_brand_sold_is_the_brands():
    text = '快手主播"阿棠"(本名宋棠)与护肤品牌霈肌举行专场直播,当晚销售额突破1.2亿元。'
    a, ids = make(text, [("快手", "xhs", 0), ("阿棠", "blogger", 0), ("宋棠", "blogger", 0), ("霈肌", "xxd", 0)],
                  [("销售额突破1.2亿元", dict(min_value=1.2e8, unit="CNY", metric="sales", comparator=">"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("销售额突破1.2亿元", "xxd")]


def test_a_deal_after_rights_granted_is_the_licensors():
    text = "璠川生物此前已将该药的海外权益授予美国药企Veltris Pharma,交易总额最高可达8.5亿美元。"
    a, ids = make(text, [("璠川生物", "licensor", 0), ("Veltris Pharma", "licensee", 0)],
                  [("8.5亿美元", dict(value=8.5e8, unit="USD"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("8.5亿美元", "licensor")]


def test_a_former_employer_in_a_founders_description_is_no_subject():
    text = "蓝汐AI由前天猫工程师张岚和前小红书算法负责人林岚于2022年在中国创立,目前付费用户超过12万。"
    a, ids = make(text, [("蓝汐AI", "blue", 0), ("天猫", "tmall", 0), ("张岚", "zhang", 0), ("小红书", "xhs", 0),
                         ("林岚", "lin", 0), ("中国", "china", 0)],
                  [("付费用户超过12万", dict(min_value=1.2e5, comparator=">=", unit="", metric="users"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_figure_inside_a_products_opening_phrase_is_its_makers():
    text = "科技媒体澂翊实验室发布了琨翊Z30 Pro的拆解报告。报告显示,这款售价4999元的旗舰手机物料成本约为3280元。"
    a, ids = make(text, [("澂翊实验室", "media", 0), ("琨翊", "maker", 0)],
                  [("售价4999元", dict(value=4999, unit="CNY", metric="price")),
                   ("约为3280元", dict(value=3280, unit="CNY"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("售价4999元", "maker"), ("约为3280元", "maker")]


def test_an_association_opening_a_clause_is_the_one_named_before():
    text = "沣翊市汽车协会完成换届。沣翊电池总经理当选副会长。据介绍,协会现有会员单位186家。"
    a, ids = make(text, [("沣翊市汽车协会", "assoc", 0), ("沣翊电池", "member", 0)],
                  [("会员单位186家", dict(value=186, unit="users", metric="users"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("会员单位186家", "assoc")]


def test_customers_in_a_clause_saying_what_the_company_is_are_no_subject():
    text = "琨翊股份主营汽车线束,是比亚迪和长城汽车的一级供应商,2023年实现营业收入42.7亿元。"
    a, ids = make(text, [("琨翊股份", "listed", 0), ("比亚迪", "byd", 0), ("长城汽车", "gwm", 0)],
                  [("营业收入42.7亿元", dict(value=4.27e9, unit="CNY", metric="revenue"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("营业收入42.7亿元", "listed")]


def test_a_stake_passed_on_in_brackets_is_the_receivers():
    text = "琨翊股份公告,阚立恒将其持有的公司2800万股股份(占总股本的2.1%)分割至祁婉宁名下。"
    a, ids = make(text, [("琨翊股份", "listed", 0), ("阚立恒", "zhang", 0), ("祁婉宁", "spouse", 0)],
                  [("总股本的2.1%", dict(value=2.1, unit="percent", metric="stake"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("总股本的2.1%", "spouse")]


def test_holders_named_in_a_clause_are_no_subject_but_a_holder_may_go_on_holding():
    text = "珝翊基金成立于2008年,股东为瑨翊证券和琬翊投资,截至三季度末公募管理规模约2100亿元。"
    a, ids = make(text, [("珝翊基金", "fund", 0), ("瑨翊证券", "broker", 0), ("琬翊投资", "xvc", 0)],
                  [("公募管理规模约2100亿元", dict(value=2.1e11, unit="CNY", metric="assets-under-management"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("公募管理规模约2100亿元", "fund")]
    text = "资料显示,琨翊信息成立于2006年,实际控制人为季翊,持有公司31.2%的股份。"
    a, ids = make(text, [("琨翊信息", "listed", 0), ("季翊", "holder", 0)],
                  [("31.2%的股份", dict(value=31.2, unit="percent", metric="stake"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("31.2%的股份", "holder")]


def test_the_partners_of_a_deal_listed_with_their_roles_are_no_subject():
    text = "经查,沄翊科技通过与供应商瓈翊电子、客户汭翊智能开展循环交易,累计虚增营业收入1.9亿元。"
    a, ids = make(text, [("沄翊科技", "listed", 0), ("瓈翊电子", "sham-supplier", 0), ("汭翊智能", "sham-customer", 0)],
                  [("营业收入1.9亿元", dict(value=1.9e8, unit="CNY", metric="revenue"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("营业收入1.9亿元", "listed")]


def test_a_person_may_be_fined():
    text = "证监局对沄翊科技罚款600万元,对祁翊罚款300万元。"
    a, ids = make(text, [("沄翊科技", "listed", 0), ("祁翊", "chair", 0)],
                  [("罚款600万元", dict(value=6e6, unit="CNY", metric="fine")),
                   ("罚款300万元", dict(value=3e6, unit="CNY", metric="fine"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("罚款600万元", "listed"), ("罚款300万元", "chair")]


def test_a_second_respectively_of_the_same_list():
    text = "宁德时代、比亚迪和中创新航分列前三,装车量分别为26.8GWh、14.1GWh和4.2GWh,市场份额分别为45.3%、23.8%和7.1%。"
    a, ids = make(text, [("宁德时代", "catl", 0), ("比亚迪", "byd", 0), ("中创新航", "calb", 0)],
                  [("26.8GWh", dict(value=26.8, unit="GWh")), ("14.1GWh", dict(value=14.1, unit="GWh")),
                   ("4.2GWh", dict(value=4.2, unit="GWh")),
                   ("45.3%", dict(value=45.3, unit="percent", metric="market-share")),
                   ("23.8%", dict(value=23.8, unit="percent", metric="market-share")),
                   ("7.1%", dict(value=7.1, unit="percent", metric="market-share"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)][3:] == [("45.3%", "catl"), ("23.8%", "byd"), ("7.1%", "calb")]


def test_a_listed_company_a_group_owns_is_no_subject_of_the_clauses_after_it():
    text = "璐翊物流集团成立于1998年,旗下拥有上市公司璐翊股份,2023年营业收入约为860亿元。"
    a, ids = make(text, [("璐翊物流集团", "soe", 0), ("璐翊股份", "listed-sub", 0)],
                  [("营业收入约为860亿元", dict(value=8.6e10, unit="CNY", metric="revenue"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("营业收入约为860亿元", "soe")]


def test_we_in_a_quotation_is_the_organisation_of_the_person_it_is_credited_to():
    text = "“明年我们计划再开200家店。”蔺岚华表示。董事长蔺岚华说:“我们的门店已超过900家。”远浪科技有300家店。"
    a, ids = make(text, [("蔺岚华", "chair", 0), ("蔺岚华", "chair", 1), ("远浪科技", "wave", 0)],
                  [("200家店", dict(value=200, unit="stores", metric="stores")),
                   ("门店已超过900家", dict(min_value=900, comparator=">", unit="stores", metric="stores")),
                   ("300家店", dict(value=300, unit="stores", metric="stores"))])
    assert about(a, ids) == [("300家店", "wave", 0.85)]  # no one says whose company 蔺岚华 speaks for
    found = [(o.figure.text, o.about, o.confidence) for o in attach_figures(a, ids, TYPES, {}, {"chair": "blue"})]
    assert found == [("200家店", "blue", 0.6), ("门店已超过900家", "blue", 0.6), ("300家店", "wave", 0.85)]


def test_we_in_a_straight_quoted_quotation_credited_after_a_company_and_title():
    text = '"去年我们卖出了约300万件玩具。"岚芽玩具创始人黄岚鹏说。远浪科技卖出了5万件。'
    a, ids = make(text, [("岚芽玩具", "blue", 0), ("黄岚鹏", "zhang", 0), ("远浪科技", "wave", 0)],
                  [("约300万件", dict(value=3e6, unit="items", metric="sales-volume")),
                   ("5万件", dict(value=5e4, unit="items", metric="sales-volume"))])
    found = [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, {}, {"zhang": "blue"})]
    assert found == [("约300万件", "blue"), ("5万件", "wave")]


def test_the_brands_a_dealer_carries_are_not_what_its_next_clause_counts():
    text = "远浪科技代理蓝海创投、翎栩互娱等品牌,截至6月底共有4S店186家。"
    a, ids = make(text, [("远浪科技", "wave", 0), ("蓝海创投", "blue", 0), ("翎栩互娱", "pd", 0)],
                  [("4S店186家", dict(value=186, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_the_exchange_a_company_lists_on_does_not_compete_with_it_as_the_topic():
    text = "岚辣坊在港交所主板挂牌上市。岚辣坊发行价为8.6港元。岚辣坊首日上涨。港交所主板挂牌上市的餐饮企业增多。公司今年营收增长20%。"
    a, ids = make(text, [("岚辣坊", "pd", 0), ("港交所", "hkex", 0), ("岚辣坊", "pd", 1), ("岚辣坊", "pd", 2),
                         ("港交所", "hkex", 1)],
                  [("营收增长20%", dict(value=20, unit="percent", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_customers_a_company_lists_are_not_what_the_next_clause_is_about():
    text = "宁川控股的主要客户包括宁川物流和宁川冷链,前三季度实现营业收入31.7亿元。"
    a, ids = make(text, [("宁川控股", "ningchuan", 0), ("宁川物流", "nc-logistics", 0), ("宁川冷链", "nc-cold", 0)],
                  [("营业收入31.7亿元", dict(value=3.17e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["ningchuan"]


def test_shares_subscribed_by_a_person_are_the_persons():
    text = "蓝海创投获配2.6亿元;自然人林启认购1亿元。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("林启", "lin", 0)],
                  [("获配2.6亿元", dict(value=2.6e8, unit="CNY", metric="subscription")),
                   ("认购1亿元", dict(value=1e8, unit="CNY", metric="subscription"))])
    assert [x[1] for x in about(a, ids)] == ["blue", "lin"]


def test_online_retail_sales_of_a_county_are_the_countys():
    a, ids = make("2025年兰州花木网络零售额达到126亿元。", [("兰州", "lanzhou", 0)],
                  [("零售额达到126亿元", dict(value=1.26e10, unit="CNY", metric="sales"))])
    assert [x[1] for x in about(a, ids)] == ["lanzhou"]


def test_a_stake_after_a_holding_agent_is_the_agents_and_a_holder_described_by_it_takes_it():
    text = "蓝海创投由宁川控股控股,持股比例为85%。"
    a, ids = make(text, [("蓝海创投", "blue", 0), ("宁川控股", "ningchuan", 0)],
                  [("持股比例为85%", dict(value=85, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["ningchuan"]
    a, ids = make("蓝海创投已获得持股3.1%的股东林启的支持。", [("蓝海创投", "blue", 0), ("林启", "lin", 0)],
                  [("持股3.1%", dict(value=3.1, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["lin"]


def test_a_stake_acquired_is_the_buyers():
    a, ids = make("蓝海创投日前完成对宁川物流100%股权的收购。", [("蓝海创投", "blue", 0), ("宁川物流", "nc-logistics", 0)],
                  [("100%股权", dict(value=100, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_filings_company_is_its_filer_and_a_count_before_a_brands_shops_is_the_brands():
    # the filing names its subsidiary more often than itself, yet its 公司 is the filer
    text = ("岚川电气股份有限公司关于为全资子公司提供担保的公告\n岚川电气股份有限公司(以下简称\"公司\")拟为岚川储能提供担保。"
            "岚川储能成立于2021年。岚川储能资产总额为18.6亿元。岚川储能负债总额为11.2亿元。"
            "截至本公告披露日,公司及子公司对外担保总额为12.5亿元。\n岚川电气股份有限公司董事会")
    a, ids = make(text, [("岚川电气股份有限公司", "filer", 0), ("岚川电气股份有限公司", "filer", 1),
                         ("岚川储能", "sub", 0), ("岚川储能", "sub", 1), ("岚川储能", "sub", 2), ("岚川储能", "sub", 3),
                         ("岚川电气股份有限公司", "filer", 2)],
                  [("12.5亿元", dict(value=1.25e9, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["filer"]
    a, ids = make("岚昇商业计划在云南开设300家鲸岚便利店。", [("岚昇商业", "franchisee", 0), ("鲸岚便利店", "chain", 0)],
                  [("300家", dict(value=300, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["chain"]


def test_orders_in_a_companys_own_channel_and_a_share_after_platforms_it_settled_on_are_the_companys():
    text = "岚源咖啡发布运营数据。今年前三季度,其微信小程序订单占总订单量的比例已达63%。"
    a, ids = make(text, [("岚源咖啡", "pd", 0), ("微信", "tmall", 0)], [("63%", dict(value=63, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    text = "岚源咖啡创始人表示,品牌还入驻了天猫,外卖收入约占营业额的28%。"
    a, ids = make(text, [("岚源咖啡", "pd", 0), ("天猫", "tmall", 0)], [("28%", dict(value=28, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_figure_after_the_speaker_says_we_is_the_speakers_companys():
    text = "岚澜茶饮的对手是霸王茶姬。霸王茶姬主打原叶鲜奶茶,我们更偏水果茶,客单价大概在13元左右。"
    a, ids = make(text, [("岚澜茶饮", "pd", 0), ("霸王茶姬", "tmall", 0), ("霸王茶姬", "tmall", 1)],
                  [("13元", dict(value=13, unit="CNY", metric="average-order-value"))])
    a.sentences[1] = a.sentences[1].__class__(a.sentences[1].start, a.sentences[1].end, a.sentences[1].text, "栎阳")
    found = [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, speaker_orgs={"栎阳": "pd"})]
    assert found == [("13元", "pd")]
    # …not without a speaker, nor when 我们 comes before the name
    assert [o.about for o in attach_figures(a, ids, TYPES)] == ["tmall"]


def test_a_farms_area_is_the_companys():
    a, ids = make("岚丰粮油在五常市拥有自营水稻种植基地12万亩。", [("岚丰粮油", "pd", 0)],
                  [("12万亩", dict(value=1.2e5, unit="mu"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_figures_after_the_stores_a_brand_entered_are_the_brands():
    text = "岚果表示,岚果目前已进入沃尔玛、永辉超市等超过3万家线下门店,今年营收预计突破12亿元。"
    a, ids = make(text, [("岚果", "pd", 1), ("沃尔玛", "tmall", 0), ("永辉超市", "tmall", 0)],
                  [("营收预计突破12亿元", dict(min_value=1.2e9, comparator=">", unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_sales_in_a_platforms_own_channel_are_the_brands():
    text = "燕川家居公布预售成交额。其中,天猫旗舰店成交额约1.2亿元,京东自营渠道约6800万元。"
    a, ids = make(text, [("燕川家居", "pd", 0), ("天猫", "tmall", 0), ("京东", "tmall", 0)],
                  [("约6800万元", dict(value=6.8e7, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_the_platform_opening_a_clause_is_the_one_named_after_the_word():
    text = "短剧平台桃岚短剧的运营方澜岚科技宣布,平台日活跃用户数已突破3000万,较年初翻了3倍。"
    a, ids = make(text, [("桃岚短剧", "xxd", 0), ("澜岚科技", "blue", 0)],
                  [("日活跃用户数已突破3000万", dict(min_value=3e7, comparator=">", unit="users",
                                                  metric="daily-active-users")),
                   ("翻了3倍", dict(value=3, unit="times", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["xxd", "xxd"]


def test_the_company_after_a_customer_the_sentence_calls_its_own():
    text = ("禾岚食品递交招股书。禾岚食品成立于2015年,禾岚食品主营预制菜。禾岚食品的主要客户包括渝岚坊。其中,渝岚坊是公司"
            "第一大客户,2023年公司向其销售金额为2.9亿元。")
    a, ids = make(text, [("禾岚食品", "blue", k) for k in range(4)] + [("渝岚坊", "xxd", 0), ("渝岚坊", "xxd", 1)],
                  [("2.9亿元", dict(value=2.9e8, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_sentence_opening_with_the_company_is_the_topic_of_the_next():
    text = "禾岚食品递交招股书。禾岚食品成立于2015年,禾岚食品主营预制菜。岚瓴资本持股5.2%。公司目前拥有两个生产基地。本次拟募集资金8亿元。"
    a, ids = make(text, [("禾岚食品", "blue", k) for k in range(3)] + [("岚瓴资本", "xvc", 0)],
                  [("募集资金8亿元", dict(value=8e8, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_founding_year_before_what_was_founded_is_the_founded_ones():
    text = "我2009年加入万岚,做了十年文旅地产,2019年出来创办了栖岚。"
    a, ids = make(text, [("万岚", "blue", 0), ("栖岚", "xxd", 0)],
                  [("2019年出来创办", dict(value=2019, unit="year", metric="founded"))])
    assert [x[1] for x in about(a, ids)] == ["xxd"]


def test_a_partner_in_a_bulleted_item_is_not_its_subject():
    text = "茶岚序发布三季度简报,要点如下:\n3、新品:与游戏《原岚之歌》联名推出新系列,首周销量突破150万杯;\n茶岚序计划进入新市场。"
    a, ids = make(text, [("茶岚序", "xxd", 0), ("原岚之歌", "game", 0), ("茶岚序", "xxd", 1)],
                  [("销量突破150万杯", dict(min_value=1.5e6, comparator=">", unit="count", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["xxd"]


def test_a_size_before_the_name_it_sizes_is_that_names():
    text = "岚江引导基金与汐岚资本签署协议,双方将共同设立总规模20亿元的岚江硬科技基金。"
    a, ids = make(text, [("岚江引导基金", "blue", 0), ("汐岚资本", "xvc", 0), ("岚江硬科技基金", "wave", 0)],
                  [("20亿元", dict(value=2e9, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_where_a_person_held_a_post_does_not_give_what_they_give():
    text = "温岚曾任中国纺织工业联合会副会长,并于2008年捐资1亿元设立岚远基金会。"
    a, ids = make(text, [("温岚", "zhang", 0), ("中国纺织工业联合会", "assoc", 0)],
                  [("捐资1亿元", dict(value=1e8, unit="CNY", metric="donation"))])
    assert [x[1] for x in about(a, ids)] == ["zhang"]


def test_gmv_of_a_sellers_shops_on_platforms_is_the_sellers():
    text = "汐木家居电商收入7.6亿元,天猫和京东旗舰店GMV合计超过10亿元。"
    a, ids = make(text, [("汐木家居", "blue", 0), ("天猫", "tmall", 0), ("京东", "platform", 0)],
                  [("GMV合计超过10亿元", dict(min_value=1e9, comparator=">", unit="CNY", metric="gmv"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_contract_won_from_a_described_customer_is_the_winners():
    text = "数字营销公司灵汐互动宣布,已赢得国货彩妆品牌芮汐2027年度的全案媒介代理业务,合同金额约1.2亿元。"
    a, ids = make(text, [("灵汐互动", "blue", 0), ("芮汐", "xxd", 0)],
                  [("约1.2亿元", dict(value=1.2e8, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_figures_after_what_the_company_is_are_the_companys():
    text = "驰汐轮胎总部位于烟台。公司是比亚迪、吉利汽车和大众汽车的配套供应商,2025年轮胎销量达到7800万条。驰汐轮胎计划扩产。驰汐轮胎表示。"
    a, ids = make(text, [("驰汐轮胎", "blue", 0), ("比亚迪", "byd", 0), ("吉利汽车", "gwm", 0), ("大众汽车", "maker", 0),
                         ("驰汐轮胎", "blue", 1), ("驰汐轮胎", "blue", 2)],
                  [("销量达到7800万条", dict(value=7.8e7, unit="items", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_this_editions_figures_are_the_events():
    text = "由沐汐文化主办的鸣汐音乐节落下帷幕。主办方数据显示,本届音乐节两天共吸引观众8.6万人次。"
    a, ids = make(text, [("沐汐文化", "blue", 0), ("鸣汐音乐节", "wave", 0)],
                  [("8.6万人次", dict(value=86000, unit="count"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_a_dated_item_with_no_subject_is_the_lists_companys():
    text = "柘汐机器人:十年大事记\n2018年:获得经纬创投领投的3000万元A轮融资。\n2020年:产品量产,当年营收首次突破1亿元。"
    a, ids = make(text, [("柘汐机器人", "blue", 0), ("经纬创投", "xvc", 0)],
                  [("营收首次突破1亿元", dict(min_value=1e8, comparator=">", unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_brands_a_speaker_compares_with_are_not_the_subject():
    text = "鹿汐巷发布新品。鹿汐巷表示。\nA:我们和古茗、茶百道的定位不一样,主打高端现制茶饮,客单价在28元左右。鹿汐巷开店。"
    a, ids = make(text, [("鹿汐巷", "xxd", 0), ("鹿汐巷", "xxd", 1), ("古茗", "hotpot", 0), ("茶百道", "chain", 0),
                         ("鹿汐巷", "xxd", 2)],
                  [("客单价在28元左右", dict(value=28, unit="CNY", metric="average-order-value"))])
    assert [x[1] for x in about(a, ids)] == ["xxd"]


def test_shares_held_are_the_holders_and_a_parent_named_in_a_copula_is_not_the_subject():
    text = "截至本公告披露日,柏汐女士直接持有公司股份35万股。灵汐生物发布公告。灵汐生物表示。灵汐生物称。"
    a, ids = make(text, [("柏汐", "zhang", 0), ("灵汐生物", "blue", 0), ("灵汐生物", "blue", 1), ("灵汐生物", "blue", 2)],
                  [("35万股", dict(value=350000, unit="shares"))])
    assert [x[1] for x in about(a, ids)] == ["zhang"]
    text = "北汐是去年才做手机的新品牌,母公司是做笔记本的岱汐集团,售后网点好像只有200多家。"
    a, ids = make(text, [("北汐", "xxd", 0), ("岱汐集团", "group", 0)],
                  [("200多家", dict(min_value=200, comparator=">", unit="count", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["xxd"]


def test_revenue_a_customer_contributes_and_an_amount_spent_with_a_seller_are_the_companys():
    text = "曜汐电子递交招股书。曜汐电子主营连接器。其中,立汐精密为公司第一大客户,贡献收入约2.8亿元。曜汐电子成立于2011年。"
    a, ids = make(text, [("曜汐电子", "blue", 0), ("曜汐电子", "blue", 1), ("立汐精密", "maker", 0), ("曜汐电子", "blue", 2)],
                  [("收入约2.8亿元", dict(value=2.8e8, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "曜汐电子递交招股书。曜汐电子主营连接器。采购方面,曜汐电子主要向日本的住汐电工采购铜合金材料,采购金额约1.1亿元。"
    a, ids = make(text, [("曜汐电子", "blue", 0), ("曜汐电子", "blue", 1), ("曜汐电子", "blue", 2), ("住汐电工", "maker", 0)],
                  [("约1.1亿元", dict(value=1.1e8, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]

    # (…one of the top three, its share given after 贡献了约)
    text = "曜汐电子递交招股书。曜汐电子主营连接器。立汐精密和濛达是公司前两大客户,其中立汐精密贡献了约31%的收入。曜汐电子成立于2011年,曜汐电子总部位于无锡。"
    a, ids = make(text, [("曜汐电子", "blue", 0), ("曜汐电子", "blue", 1), ("立汐精密", "maker", 0), ("濛达", "tmall", 0),
                         ("立汐精密", "maker", 1), ("曜汐电子", "blue", 2), ("曜汐电子", "blue", 3)],
                  [("约31%", dict(value=31, comparator="~", unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_money_spent_building_for_a_customer_is_the_builders_and_fans_after_signing_the_streamers():
    text = "根据协议,熙汐能源将在三年内为澜汐公交建设200座充电站,总投资约6亿元。"
    a, ids = make(text, [("熙汐能源", "blue", 0), ("澜汐公交", "carrier", 0)],
                  [("约6亿元", dict(value=6e8, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "岑汐签约于MCN机构辛汐集团,在快手拥有粉丝4200万。"
    a, ids = make(text, [("岑汐", "blogger", 0), ("辛汐集团", "mcn", 0), ("快手", "platform", 0)],
                  [("粉丝4200万", dict(value=4.2e7, unit="people", metric="fans"))])
    assert [x[1] for x in about(a, ids)] == ["blogger"]


def test_the_exchange_a_company_applies_to_list_on_raises_nothing():
    text = "曜汐户外的北交所上市申请近日获受理,拟募资4.5亿元。"
    a, ids = make(text, [("曜汐户外", "blue", 0), ("北交所", "exchange", 0)],
                  [("募资4.5亿元", dict(value=4.5e8, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_chip_maker_a_product_carries_is_not_the_subject_of_its_price():
    text = "霁汐AI眼镜搭载高通骁龙AR1芯片,售价1999元起。"
    a, ids = make(text, [("霁汐", "xxd", 0), ("高通", "maker", 0)],
                  [("售价1999元", dict(value=1999, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["xxd"]


def test_the_site_a_project_is_built_at_spends_nothing():
    text = "顺汐控股公告,全资子公司顺汐航空拟在湖北鄂州花湖国际机场投资建设转运中心,项目总投资约55亿元。"
    a, ids = make(text, [("顺汐控股", "group", 0), ("顺汐航空", "carrier", 0), ("鄂州花湖国际机场", "park", 0)],
                  [("总投资约55亿元", dict(value=5.5e9, unit="CNY", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["carrier"]


def test_credit_given_to_a_recipient_and_what_a_later_clause_says_of_it_are_the_recipients():
    text = "湄江银行将在未来三年内为湄曜新能源提供不超过50亿元的综合授信,支持其在宜宾建设年产10GW的组件基地。"
    a, ids = make(text, [("湄江银行", "bank", 0), ("湄曜新能源", "blue", 0)],
                  [("不超过50亿元", dict(max_value=5e9, comparator="<=", unit="CNY")),
                   ("年产10GW", dict(value=10, unit="GW", metric="capacity"))])
    assert [x[1] for x in about(a, ids)] == ["blue", "blue"]
    # (what the supplier makes for the recipient stays the supplier's)
    text = "湄曜电池每年为湄江汽车供应约10GWh电池。"
    a, ids = make(text, [("湄曜电池", "blue", 0), ("湄江汽车", "maker", 0)],
                  [("约10GWh", dict(value=10, unit="GWh", metric="capacity"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_turn_that_went_on_naming_no_subject_is_the_speakers_companys():
    text = "主持人:规模呢?\n湄邻:去年全渠道卖了大概2亿元,天猫和抖音各占三成左右。复购率在45%上下。"
    a, ids = make(text, [("天猫", "tmall", 0), ("抖音", "platform", 0)],
                  [("卖了大概2亿元", dict(value=2e8, unit="CNY", metric="sales")),
                   ("复购率在45%上下", dict(value=45, unit="percent", metric="repurchase-rate"))])
    turn = text.index("湄邻")
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "湄邻" if s.start >= turn else "主持人")
                              for s in a.sentences], a.mentions, a.figures)
    found = [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, {"湄邻": "pd"})]
    assert found == [("卖了大概2亿元", "pd"), ("复购率在45%上下", "pd")]


def test_revenue_a_company_draws_from_a_customer_and_the_plant_named_sentences_back():
    text = "泠川光电曾为苹果供应滤光片,今年公司来自苹果的收入占比已降至不足10%。"
    a, ids = make(text, [("泠川光电", "blue", 0), ("苹果", "maker", 0), ("苹果", "maker", 1)],
                  [("不足10%", dict(max_value=10, comparator="<", unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "泠岳新能源位于德布勒森的电池工厂正式投产。匈牙利外交部部长出席仪式。该工厂总投资约73亿欧元。"
    a, ids = make(text, [("泠岳新能源", "blue", 0), ("匈牙利外交部", "regulator", 0)],
                  [("总投资约73亿欧元", dict(value=7.3e9, unit="EUR", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_holding_of_the_person_a_clause_describes_by_kin_is_the_subjects():
    text = "邬澍女士系钮澍先生的配偶,持有公司5.2%的股份。"
    a, ids = make(text, [("邬澍", "spouse", 0), ("钮澍", "chair", 0)],
                  [("5.2%的股份", dict(value=5.2, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["spouse"]


def test_a_forms_field_line_and_the_company_named_twice_are_what_the_company_means():
    text = "中文名:琛曜文具\n创始人:琛明\n琛曜文具是文具品牌。琛曜文具很受欢迎。琛曜文具门店多。\n年营业额:约35亿元(2025年)"
    a, ids = make(text, [("琛曜文具", "pd", 0), ("琛曜文具", "pd", 1), ("琛曜文具", "pd", 2), ("琛曜文具", "pd", 3)],
                  [("营业额:约35亿元", dict(value=3.5e9, unit="CNY", metric="sales"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    # 公司 opening a clause: the company named twice when none else is named more than once
    text = "琛芯半导体校园招聘启动。琛芯半导体成立于2018年。投资方包括深创投、琛禾资本等机构。2025年,公司营收突破12亿元。"
    a, ids = make(text, [("琛芯半导体", "blue", 0), ("琛芯半导体", "blue", 1), ("深创投", "xvc", 0), ("琛禾资本", "wave", 0)],
                  [("营收突破12亿元", dict(min_value=1.2e9, comparator=">", unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_partners_of_a_cooperation_are_not_the_subject_of_the_clause_after():
    a, ids = make("霈鸣酒业也在和京东、天猫做深度合作,线上销售额占比已经提高到15%。",
                  [("霈鸣酒业", "xhs", 0), ("京东", "blue", 0), ("天猫", "tmall", 0)],
                  [("占比已经提高到15%", dict(value=15, unit="percent", metric="market-share"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_the_partner_of_something_built_together_is_not_the_subject_of_the_clause_after():
    a, ids = make("霈鸣护肤成立于2020年。我们和霈川大学共建了一个皮肤屏障实验室,每年研发投入占营收的比例超过5%。",
                  [("霈鸣护肤", "xhs", 0), ("霈川大学", "blue", 0)],
                  [("超过5%", dict(min_value=5, comparator=">", unit="percent", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_customers_a_sentence_lists_and_cornerstones_an_ipo_brings_in_are_no_subjects():
    text = ("霈鸣科技成立于2009年。公司客户涵盖霈川汽车和霈岭汽车,其中霈川汽车为公司第一大客户。\n\n"
            "本次IPO引入了霈禾资本和霈源资本2名基石投资者,合计认购约5.5亿港元。")
    a, ids = make(text, [("霈鸣科技", "xhs", 0), ("霈川汽车", "blue", 0), ("霈岭汽车", "tmall", 0), ("霈川汽车", "blue", 1),
                         ("霈禾资本", "xvc", 0), ("霈源资本", "wave", 0)],
                  [("认购约5.5亿港元", dict(value=5.5e8, unit="HKD", metric="subscription"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_a_cofounder_opening_a_later_clause_on_its_stake_holds_it():
    a, ids = make("霈鸣汽车由霈川集团和霈岭建投共同出资设立,其中霈川集团持股55%。",
                  [("霈鸣汽车", "xhs", 0), ("霈川集团", "blue", 0), ("霈岭建投", "tmall", 0), ("霈川集团", "blue", 1)],
                  [("持股55%", dict(value=55, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_channels_an_answer_names_and_a_chain_entered_are_no_subjects_of_the_next_sentence():
    text = "问:主要在哪些平台卖?\n陈霈:主要是霈川和霈岭,线下进了宠物连锁霈源。去年全渠道GMV做到了6亿元。"
    a, ids = make(text, [("霈川", "blue", 0), ("霈岭", "tmall", 0), ("霈源", "wave", 0)],
                  [("GMV做到了6亿元", dict(value=6e8, unit="CNY", metric="gmv"))])
    assert [x[1] for x in about(a, ids)] == []


def test_partners_of_a_cooperation_of_a_longer_kind_are_not_the_subject_of_the_clause_after():
    a, ids = make("霈鸣循环成立于2018年。公司目前已与霈川时代和霈岭汽车建立了电池回收合作,去年实现营收26亿元。",
                  [("霈鸣循环", "xhs", 0), ("霈川时代", "blue", 0), ("霈岭汽车", "tmall", 0)],
                  [("营收26亿元", dict(value=2.6e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_a_decisions_party_is_what_its_figures_are_about():
    text = "当事人:霈佳食品\n经查,当事人在其天猫旗舰店销售假货。当事人的违法所得为36.8万元。依据规定,本局决定:并处罚款50万元。"
    a, ids = make(text, [("霈佳食品", "xhs", 0), ("天猫", "tmall", 0)],
                  [("36.8万元", dict(value=368000, unit="CNY", metric="")),
                   ("罚款50万元", dict(value=500000, unit="CNY", metric="fine"))])
    # (the old reading reached the party only as the earlier sentences' topic, half as sure)
    assert about(a, ids) == [("36.8万元", "xhs", 0.7), ("罚款50万元", "xhs", 0.7)]


def test_the_funds_a_manager_runs_are_the_managers():
    a, ids = make("霈航基金旗下基金经理陈霈辉在管基金规模为312亿元。", [("霈航基金", "xhs", 0), ("陈霈辉", "zhang", 0)],
                  [("在管基金规模为312亿元", dict(value=3.12e10, unit="CNY", metric="funds-managed"))])
    assert [x[1] for x in about(a, ids)] == ["zhang"]


def test_this_brand_is_the_last_brand_and_an_investor_is_no_subject_of_the_plan_after():
    a, ids = make("精品咖啡品牌霈森咖啡在南京德霈广场开出首店,这也是该品牌的第46家门店。今年品牌完成了由霈川资本领投的融资,计划明年开出15家门店。",
                  [("霈森咖啡", "pd", 0), ("德霈广场", "park", 0), ("霈川资本", "xvc", 0)],
                  [("第46家门店", dict(value=46, unit="stores", metric="stores")),
                   ("15家门店", dict(value=15, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["pd", "pd"]


def test_we_in_a_letter_the_company_signs_is_the_company():
    text = "致股东信\n各位股东:\n这一年,我们的营业收入达到68.4亿元。\n霈驰新能源科技股份有限公司董事长 郑霈\n2026年3月28日"
    a, ids = make(text, [("霈驰新能源科技股份有限公司", "xhs", 0), ("郑霈", "zhang", 0)],
                  [("营业收入达到68.4亿元", dict(value=6.84e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_a_clause_opening_with_the_group_is_about_the_group_not_the_brand_before():
    a, ids = make("集团旗下运动品牌缙跃在全国拥有门店约3200家,2025年集团营业收入超过260亿元。缙海集团成立于1986年。",
                  [("缙跃", "pd", 0), ("缙海集团", "group", 0)],
                  [("门店约3200家", dict(value=3200, unit="stores", metric="stores")),
                   ("营业收入超过260亿元", dict(value=2.6e10, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd", "group"]


def test_the_company_in_a_story_about_an_app_is_the_company_that_makes_it():
    a, ids = make("缙光短剧登顶免费榜,缙光短剧日活突破千万。缙光短剧由北京缙光互娱科技有限公司开发运营。缙光短剧上线两年,缙光互娱称仍在增长。"
                  "今年10月,公司完成了1.5亿元A轮融资。",
                  [("缙光短剧", "pd", 0), ("缙光短剧", "pd", 1), ("缙光短剧", "pd", 2), ("缙光短剧", "pd", 3),
                   ("北京缙光互娱科技有限公司", "xhs", 0), ("缙光互娱", "xhs", 1)],
                  [("1.5亿元A轮", dict(value=1.5e8, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_fans_on_a_platform_are_the_creators_not_the_platforms():
    a, ids = make("缙缙2019年开始在抖音发布视频,目前抖音粉丝数超过2000万。",
                  [("缙缙", "zhang", 0), ("抖音", "platform", 0), ("抖音", "platform", 1)],
                  [("粉丝数超过2000万", dict(value=2e7, unit="fans", metric="fans"))])
    assert [x[1] for x in about(a, ids)] == ["zhang"]


def test_customers_listed_in_an_earlier_clause_are_not_the_figures_subject():
    a, ids = make("目前,缙创科技的客户已覆盖宝武钢铁、万华化学等30余家大型企业,2025年营收预计超过2亿元。",
                  [("缙创科技", "xhs", 0), ("宝武钢铁", "blue", 0), ("万华化学", "wave", 0)],
                  [("营收预计超过2亿元", dict(min_value=2e8, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_a_figure_in_a_listings_card_is_the_cards_organisations_unless_its_clause_names_another():
    text = ("1. 缙光半导体\n成立时间:2022年\n创始人:曹缙涛,曾任缙鑫存储工艺总监\n最新进展:11月完成3亿元A轮融资,由缙投创业领投。\n\n"
            "2. 缙澜生物\n总部:苏州\n最新进展:与缙合光能签署协议,缙合光能将投资2亿元。")
    a, ids = make(text, [("缙光半导体", "xhs", 0), ("曹缙涛", "zhang", 0), ("缙鑫存储", "blue", 0), ("缙投创业", "xvc", 0),
                         ("缙澜生物", "wave", 0), ("缙合光能", "uni", 0), ("缙合光能", "uni", 1)],
                  [("3亿元A轮", dict(value=3e8, unit="CNY", metric="funding")),
                   ("投资2亿元", dict(value=2e8, unit="CNY", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["xhs", "uni"]


def test_company_in_a_speakers_reported_speech_is_the_speakers_organisation():
    text = "缙源银行行长林缙辉、缙驰新材董事长张缙国出席仪式。张缙国表示,公司去年实现营业收入46.8亿元。林缙辉介绍,该行贷款余额已突破800亿元。"
    a, ids = make(text, [("缙源银行", "bank", 0), ("林缙辉", "lin", 0), ("缙驰新材", "xhs", 0), ("张缙国", "zhang", 0),
                         ("张缙国", "zhang", 1), ("林缙辉", "lin", 1)],
                  [("营业收入46.8亿元", dict(value=4.68e9, unit="CNY", metric="revenue")),
                   ("突破800亿元", dict(min_value=8e10, unit="CNY"))])
    found = attach_figures(a, ids, TYPES, people_orgs={"zhang": "xhs", "lin": "bank"})
    assert [o.about for o in found] == ["xhs", "bank"]


def test_an_owner_the_next_clause_takes_up_is_the_subject_of_its_figure():
    a, ids = make("缙星电竞隶属于上海缙星文化传播有限公司,该公司由游戏主播出身的吴缙天于2019年创立。",
                  [("缙星电竞", "club", 0), ("上海缙星文化传播有限公司", "owner", 0), ("吴缙天", "zhang", 0)],
                  [("2019年创立", dict(value=2019, unit="year", metric="founded"))])
    assert [x[1] for x in about(a, ids)] == ["owner"]


def test_a_year_before_the_company_in_reported_speech_still_speaks_for_the_speaker():
    text = "缙卡文化的创始人罗缙健此前在缙游任职。缙投创业也参与了投资。罗缙健透露,2025年公司营收预计突破8亿元。"
    a, ids = make(text, [("缙卡文化", "xhs", 0), ("罗缙健", "zhang", 0), ("缙游", "blue", 0), ("缙投创业", "xvc", 0),
                         ("罗缙健", "zhang", 1)],
                  [("营收预计突破8亿元", dict(min_value=8e8, unit="CNY", metric="revenue"))])
    assert [o.about for o in attach_figures(a, ids, TYPES, people_orgs={"zhang": "xhs"})] == ["xhs"]


def test_investors_listed_are_not_the_subject_of_the_valuation_after_them():
    a, ids = make("缙卡文化成立于2020年。公司今年已完成两轮融资,投资方包括缙明创投和小米旗下的缙为资本,最新估值约30亿元。",
                  [("缙卡文化", "xhs", 0), ("缙明创投", "xvc", 0), ("小米", "blue", 0), ("缙为资本", "wave", 0)],
                  [("估值约30亿元", dict(value=3e9, unit="CNY", metric="valuation"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_shares_held_by_someone_named_after_them_are_theirs():
    a, ids = make("缙驰驾校成立于2003年。缙驰驾校的其余40%股权仍由创始人赵缙江持有。",
                  [("缙驰驾校", "xhs", 0), ("缙驰驾校", "xhs", 1), ("赵缙江", "zhang", 0)],
                  [("40%股权", dict(value=40, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["zhang"]


def test_a_stake_bought_in_a_company_named_with_its_short_name_is_the_buyers():
    text = "公司全资子公司上海缙虎汽车服务有限公司拟以3.6亿元收购北京缙驰驾驶员培训学校有限公司(简称\"缙驰驾校\")60%的股权。"
    a, ids = make(text, [("上海缙虎汽车服务有限公司", "sub", 0), ("北京缙驰驾驶员培训学校有限公司", "xhs", 0), ("缙驰驾校", "xhs", 0)],
                  [("60%的股权", dict(value=60, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["sub"]


def test_a_stake_bought_in_a_chain_described_before_its_name_is_the_buyers():
    a, ids = make("缙虎养车拟收购驾培连锁缙驰驾校60%股权",
                  [("缙虎养车", "blue", 0), ("缙驰驾校", "xhs", 0)],
                  [("60%股权", dict(value=60, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_where_goods_come_from_is_no_subject_of_the_sales_after():
    a, ids = make("缙次元由周缙琳创立。门店销售的商品中,来自缙哈游、缙文集团的授权商品占比超过六成,今年前三季度全渠道销售额约5.5亿元。",
                  [("缙次元", "pd", 0), ("周缙琳", "zhang", 0), ("缙哈游", "blue", 0), ("缙文集团", "wave", 0)],
                  [("销售额约5.5亿元", dict(value=5.5e8, unit="CNY", metric="sales"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_revenue_from_a_customer_is_the_sellers_share():
    a, ids = make("缙米科技主营扫地机器人。2024年公司营收28.6亿元,其中来自缙米集团的收入占比约为41%。",
                  [("缙米科技", "xhs", 0), ("缙米集团", "blue", 0)],
                  [("占比约为41%", dict(value=41, unit="percent", metric="market-share"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_a_registrys_new_holder_is_no_subject_of_the_capital_after_it():
    a, ids = make("12月1日,缙思科技发生工商变更,新增股东缙鼎投资有限公司,注册资本由1.2亿元增至1.38亿元,增幅15%。",
                  [("缙思科技", "xhs", 0), ("缙鼎投资有限公司", "xvc", 0)],
                  [("增幅15%", dict(value=15, unit="percent", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_the_described_owner_a_brand_belongs_to_is_no_subject():
    a, ids = make("缙莱隶属于法国奢侈品集团开缙,2024年全球销售额约为19亿欧元。",
                  [("缙莱", "pd", 0), ("开缙", "group", 0)],
                  [("销售额约为19亿欧元", dict(value=1.9e9, unit="EUR", metric="sales"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_stake_in_a_company_named_after_its_place_is_the_buyers():
    text = "缙雪度假12月2日公告,公司拟以15亿元收购吉林北缙湖滑雪度假区有限公司(简称\"北缙湖\")70%的股权。"
    a, ids = make(text, [("缙雪度假", "xhs", 0), ("吉林", "city", 0), ("北缙湖滑雪度假区有限公司", "blue", 0), ("北缙湖", "blue", 1)],
                  [("70%的股权", dict(value=70, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]


def test_shares_held_by_a_body_another_owns_are_that_bodys():
    a, ids = make("北缙湖将成为缙雪度假的控股子公司,其余30%股权仍由缙林市国资委旗下的缙林城投持有。",
                  [("北缙湖", "blue", 0), ("缙雪度假", "xhs", 0), ("缙林市国资委", "regulator", 0), ("缙林城投", "soe", 0)],
                  [("30%股权", dict(value=30, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["soe"]


def test_a_price_the_buyer_named_by_its_transfer_pays_is_not_the_buyers():
    # (the buyer is named earlier in the sentence too, by its short name in brackets)
    text = "濛能股份公告,郑濛华与常州产业投资集团有限公司(以下简称\"常州产投\")签署协议,郑濛华拟将其持有的公司12%股份以每股18.5元的价格转让给常州产投,转让总价约6.7亿元。"
    a, ids = make(text, [("濛能股份", "xhs", 0), ("郑濛华", "zhang", 0), ("常州产业投资集团有限公司", "soe", 0),
                         ("常州产投", "soe", 0), ("郑濛华", "zhang", 1), ("常州产投", "soe", 1)],
                  [("每股18.5元", dict(value=18.5, unit="CNY", metric="share-price")),
                   ("转让总价约6.7亿元", dict(value=6.7e8, unit="CNY", metric="deal-value"))])
    assert [x[1] for x in about(a, ids)] == ["xhs", "xhs"]


def test_what_a_recipient_has_is_its_own():
    a, ids = make("濛源供应链目前每年向濛茶的3800家门店供货。", [("濛源供应链", "xhs", 0), ("濛茶", "pd", 0)],
                  [("3800家门店", dict(value=3800, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_turn_that_opens_naming_no_subject_is_the_speakers_companys_not_the_last_answers():
    text = "濛然:薇诺娜和玉泽都做得很好,我们更专注在油皮。\n记者:有没有拿融资?\n濛然:去年拿了1亿的A轮,是由高榕资本领投的。"
    a, ids = make(text, [("薇诺娜", "xxd", 0), ("玉泽", "game", 0), ("高榕资本", "xvc", 0)],
                  [("1亿的A轮", dict(value=1e8, unit="CNY", metric="funding"))])
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "记者" if s.text.startswith("记者") else "濛然")
                              for s in a.sentences], a.mentions, a.figures)
    found = [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, {"濛然": "pd"})]
    assert found == [("1亿的A轮", "pd")]


def test_a_platform_a_shop_opened_on_and_a_customer_sold_to_are_no_subjects():
    text = "濛肌最早只在小红书上做内容,后来才去天猫开了店,第1年卖了3000多万。"
    a, ids = make(text, [("濛肌", "pd", 0), ("天猫", "tmall", 0)],
                  [("卖了3000多万", dict(min_value=3e7, unit="CNY", metric="sales"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    text = "濛微科技成立于2018年。公司实现营业收入7.6亿元,其中向第一大客户阿里云的销售额占比达61.3%。"
    a, ids = make(text, [("濛微科技", "blue", 0), ("阿里云", "xhs", 0)],
                  [("占比达61.3%", dict(value=61.3, unit="percent", metric="market-share"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_share_the_top_customers_listed_make_up_is_the_sellers():
    text = "濛芯半导体更新招股书。2023年公司前五大客户分别为中芯国际、华虹半导体和晶合集成,合计销售额占营业收入的比例为78.6%。"
    a, ids = make(text, [("濛芯半导体", "blue", 0), ("中芯国际", "xhs", 0), ("华虹半导体", "wave", 0), ("晶合集成", "uni", 0)],
                  [("78.6%", dict(value=78.6, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_stake_in_a_chain_described_before_its_name_is_not_the_chains():
    text = "濛康大药房公告称,公司拟以5.6亿元收购湖北连锁药店濛心堂医药有限公司80%股权。"
    a, ids = make(text, [("濛康大药房", "xhs", 0), ("湖北", "city", 0), ("濛心堂医药有限公司", "blue", 0)],
                  [("80%股权", dict(value=80, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]  # the buyer the clause opens with


def test_a_figure_on_a_list_items_line_is_the_items_unless_its_clause_says():
    text = "1.濛热沙:防晒力最强。它是日本濛生堂旗下的品牌,专柜价298元。\n2.濛微:拟以12亿元收购濛朔科技51%股权。"
    a, ids = make(text, [("濛热沙", "pd", 0), ("濛生堂", "blue", 0), ("濛微", "wave", 0), ("濛朔科技", "nanyu", 0)],
                  [("专柜价298元", dict(value=298, unit="CNY", metric="price")),
                   ("以12亿元", dict(value=1.2e9, unit="CNY", metric="deal-value"))])
    assert [x[1] for x in about(a, ids)] == ["pd", "nanyu"]


def test_a_joint_venture_named_earlier_takes_the_figures_of_its_clauses():
    text = "濛星集团与Nordmoss成立合资公司濛诺商贸。Nordmoss成立于1987年。濛星集团董事长表示,合资公司计划在未来三年内开设80家门店。"
    a, ids = make(text, [("濛星集团", "blue", 0), ("濛诺商贸", "wave", 0), ("Nordmoss", "pd", 0), ("Nordmoss", "pd", 1),
                         ("濛星集团", "blue", 1)],
                  [("80家门店", dict(value=80, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]
    # (…also named in quotes after the word: 合资公司"X")
    text = "濛能科技与Voltaro设立合资公司\"濛诺超充有限公司\"。合资公司计划在德国建设800座超充站。"
    a, ids = make(text, [("濛能科技", "blue", 0), ("Voltaro", "pd", 0), ("濛诺超充有限公司", "wave", 0)],
                  [("800座", dict(value=800, unit="count", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_a_phones_price_is_not_its_chips_and_a_city_a_group_serves_is_not_its_revenue():
    text = "新机搭载星濛自研的\"星濛一号\"芯片,标准版起售价3999元。"
    a, ids = make(text, [("星濛", "blue", 0), ("星濛一号", "pd", 0)],
                  [("起售价3999元", dict(value=3999, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "岚州交通集团主要负责全市高速公路的投资建设和运营,2024年实现营业收入157亿元。岚州是省会。"
    a, ids = make(text, [("岚州交通集团", "wave", 0), ("岚州", "lanzhou", 1)],
                  [("营业收入157亿元", dict(value=1.57e10, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_the_price_of_the_companys_own_shares_a_holder_sells_is_the_companys():
    text = ("濛达股份(603xxx.SH)12月4日晚间公告,控股股东濛源集团拟将其持有的公司4800万股股份以每股18.6元的价格转让给宁德时代,转让总价约8.93亿元。"
            "濛源集团仍为控股股东。宁德时代是其客户,宁德时代表示。")
    a, ids = make(text, [("濛达股份", "blue", 0), ("濛源集团", "wave", 0), ("宁德时代", "catl", 0), ("濛源集团", "wave", 1),
                         ("宁德时代", "catl", 1), ("宁德时代", "catl", 2)],
                  [("每股18.6元", dict(value=18.6, unit="CNY", metric="share-price")),
                   ("转让总价约8.93亿元", dict(value=8.93e8, unit="CNY", metric="deal-value"))])
    assert [x[1] for x in about(a, ids)] == ["blue", "blue"]


def test_customers_listed_after_a_comma_and_a_rival_beaten_in_a_comparison_are_not_what_the_figure_is_about():
    text = "濛影科技的模型目前服务超过3000家企业客户,包括蓝色光标、安踏等品牌,今年的营收预计将突破2亿元。"
    a, ids = make(text, [("濛影科技", "blue", 0), ("蓝色光标", "wave", 0), ("安踏", "pd", 0)],
                  [("营收预计将突破2亿元", dict(value=2e8, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    text = "濛茶的客单价在15元左右,比霸王茶姬低一些,复购率能做到45%以上。"
    a, ids = make(text, [("濛茶", "blue", 0), ("霸王茶姬", "pd", 0)],
                  [("复购率能做到45%以上", dict(value=45, unit="percent", metric="repurchase-rate"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_store_the_text_opened_is_its_brands_and_a_league_describing_a_partner_club_is_no_subject():
    text = "濛元酒店集团旗下中高端品牌濛悦酒店的杭州西溪店正式开业。该店位于杭州市西湖区,共有客房186间,由濛元酒店集团管理。"
    a, ids = make(text, [("濛元酒店集团", "group", 0), ("濛悦酒店", "hotpot", 0), ("杭州", "city", 1),
                         ("濛元酒店集团", "group", 1)],
                  [("客房186间", dict(value=186, unit="rooms", metric="rooms"))])
    assert [x[1] for x in about(a, ids)] == ["hotpot"]
    text = "国产运动品牌濛跃体育宣布与中超球队成都蓉城足球俱乐部达成合作,合同为期4年,总价值约2亿元。"
    a, ids = make(text, [("濛跃体育", "blue", 0), ("中超", "club", 0), ("成都蓉城足球俱乐部", "club-store", 0)],
                  [("约2亿元", dict(value=2e8, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_project_built_by_a_developer_is_the_project_the_text_named():
    text = "位于重庆的濛湖天街正式开业。该项目由龙湖集团开发运营,总建筑面积约32万平方米。"
    a, ids = make(text, [("重庆", "city", 0), ("濛湖天街", "park", 0), ("龙湖集团", "group", 0)],
                  [("建筑面积约32万平方米", dict(value=3.2e5, unit="sqm", metric="floor-area"))])
    assert [x[1] for x in about(a, ids)] == ["park"]


def test_the_site_of_a_joint_build_is_not_who_builds_it():
    text = "濛电科技宣布与壳牌中国签署战略合作协议,双方将在长三角地区的壳牌加油站内共建1000座超级充电站,总投资约8亿元。"
    a, ids = make(text, [("濛电科技", "blue", 0), ("壳牌中国", "wave", 0), ("长三角", "city", 0), ("壳牌", "group", 1)],
                  [("总投资约8亿元", dict(value=8e8, unit="CNY", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_customer_supplied_and_its_quoted_product_line_are_not_the_suppliers_contract():
    text = "濛能电池宣布与宝马集团签署长期供货协议,自2026年起为宝马\"新世代\"车型供应大圆柱电池,合同总金额预计超过400亿元。"
    a, ids = make(text, [("濛能电池", "blue", 0), ("宝马集团", "wave", 0), ("宝马", "wave", 1), ("新世代", "pd", 0)],
                  [("超过400亿元", dict(min_value=4e10, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_brands_a_streamer_sells_and_the_agency_she_signs_are_not_her_streams_subject():
    text = '抖音主播"小汐"宣布签约濛星传媒。当晚,小汐开启直播,带货完美日记、濛颜等美妆品牌,该场直播GMV超过2亿元。'
    a, ids = make(text, [("小汐", "lin", 0), ("濛星传媒", "blue", 0), ("小汐", "lin", 1), ("完美日记", "pd", 0),
                         ("濛颜", "xxd", 0)],
                  [("GMV超过2亿元", dict(min_value=2e8, comparator=">", unit="CNY", metric="gmv"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("GMV超过2亿元", "lin")]
    text = '头部主播"小汐"签约濛星传媒 首场直播GMV破2亿'
    a, ids = make(text, [("小汐", "lin", 0), ("濛星传媒", "blue", 0)],
                  [("GMV破2亿", dict(min_value=2e8, comparator=">", unit="CNY", metric="gmv"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("GMV破2亿", "lin")]


def test_a_ranked_customers_contribution_is_the_companys_share():
    text = "濛芯科技成立于2016年。濛芯科技总部位于无锡,濛芯科技主要生产芯片。公司前五大客户贡献了71.3%的收入,其中第一大客户濛迪贡献了32.6%。"
    a, ids = make(text, [("濛芯科技", "blue", 0), ("濛芯科技", "blue", 1), ("濛芯科技", "blue", 2), ("濛迪", "wave", 0)],
                  [("32.6%", dict(value=32.6, unit="percent"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("32.6%", "blue")]


def test_a_brokers_target_price_is_the_covered_companys():
    text = "濛光股份股价大涨9.8%。濛信证券在最新研报中将濛光股份目标价上调至210元。濛安证券也将目标价上调至200元。"
    a, ids = make(text, [("濛光股份", "blue", 0), ("濛信证券", "wave", 0), ("濛光股份", "blue", 1), ("濛安证券", "xvc", 0)],
                  [("目标价上调至200元", dict(value=200, unit="CNY", metric="share-price"))])
    assert [(t, eid) for t, eid, _ in about(a, ids)] == [("目标价上调至200元", "blue")]


def test_a_turn_that_speaks_as_we_keeps_the_speakers_company_as_its_topic():
    text = "葛濛:线上主要是亚马逊,线下我们跟宜家合作。今年欧洲市场应该能做到10亿元。"
    a, ids = make(text, [("亚马逊", "tmall", 0), ("宜家", "wave", 0)],
                  [("10亿元", dict(value=1e9, unit="CNY", metric="revenue"))])
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "葛濛") for s in a.sentences], a.mentions, a.figures)
    obs = attach_figures(a, ids, TYPES, {"葛濛": "blue"})
    assert [(o.figure.text, o.about) for o in obs] == [("10亿元", "blue")]


def test_the_group_a_sentence_opens_with_after_the_period_it_reports_is_the_document_company():
    text = ("濛居集团宣布签约门店突破1000家。濛居集团2012年成立于上海,总裁梅濛此前在华濛集团担任副总裁。"
            "今年前三季度,集团实现营收18.7亿元。濛居集团的竞争对手包括锦江。")
    a, ids = make(text, [("濛居集团", "blue", 0), ("濛居集团", "blue", 1), ("梅濛", "zhang", 0), ("华濛集团", "wave", 0),
                         ("濛居集团", "blue", 2)],
                  [("营收18.7亿元", dict(value=1.87e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_stake_kept_is_the_keepers():
    # (收购X70%股权…创始人Y将保留剩余30%的股权: the 30 % stays with Y, not with the company bought)
    a, ids = make("交易完成后,濛家乐将成为濛美的控股子公司,创始人濛刘将保留剩余30%的股权并继续担任总经理。",
                  [("濛家乐", "listed", 0), ("濛美", "group", 0), ("濛刘", "holder", 0)],
                  [("30%的股权", dict(value=30, unit="percent", metric="stake"))])
    assert [(t, e) for t, e, _ in about(a, ids)] == [("30%的股权", "holder")]


def test_a_joint_ventures_figure_is_the_first_partys():
    # (A与B合资建设工厂 年处理能力5万吨: A tells of it; B, named last, is its partner)
    a, ids = make("濛能汽车与格林濛合资建设电池回收工厂 年处理能力5万吨",
                  [("濛能汽车", "maker", 0), ("格林濛", "group", 0)],
                  [("年处理能力5万吨", dict(value=5e4, unit="tonnes", metric="capacity"))])
    assert [(t, e) for t, e, _ in about(a, ids)] == [("年处理能力5万吨", "maker")]
    # (…but each party's stake is its own: A与B成立合资公司,B持股49%)
    a, ids = make("濛能汽车与格林濛成立合资公司,格林濛持股49%。",
                  [("濛能汽车", "maker", 0), ("格林濛", "group", 1)],
                  [("持股49%", dict(value=49, unit="percent", metric="stake"))])
    assert [(t, e) for t, e, _ in about(a, ids)] == [("持股49%", "group")]


def test_the_merged_group_opening_a_sentence_is_the_company_set_up_whose_figures_follow():
    text = ("濛江省国资委宣布,新设濛江交通港航集团有限公司。"
            "合并后的新集团资产总额超过3000亿元,年营业收入约460亿元,员工2.6万人。")
    names = [("濛江省国资委", "sasac", 0), ("濛江交通港航集团有限公司", "merged", 0)]
    figs = [("资产总额超过3000亿元", dict(min_value=3e11, unit="CNY", metric="total-assets")),
            ("营业收入约460亿元", dict(value=4.6e10, unit="CNY", metric="revenue")),
            ("员工2.6万人", dict(value=2.6e4, unit="people", metric="employees"))]
    a, ids = make(text, names, figs)
    assert [x[1] for x in about(a, ids)] == ["merged", "merged", "merged"]


def test_a_kind_opening_an_earlier_clause_of_the_sentence_and_customers_listed_after_also():
    text = "濛川果业合作社成立于2015年。合作社理事长甘濛介绍,合作社目前拥有社员860户,种植面积达到2.3万亩。"
    a, ids = make(text, [("濛川果业合作社", "coop", 0), ("甘濛", "zhang", 0)],
                  [("860户", dict(value=860, unit="count", metric="")),
                   ("面积达到2.3万亩", dict(value=2.3e4, unit="mu", metric="floor-area"))])
    assert [x[1] for x in about(a, ids)] == ["coop", "coop"]
    a, ids = make("濛微半导体的主要客户还包括宝武钢铁和万华化学,在国内刻蚀设备市场的占有率约为12%。",
                  [("濛微半导体", "xhs", 0), ("宝武钢铁", "blue", 0), ("万华化学", "wave", 0)],
                  [("占有率约为12%", dict(value=12, unit="percent", metric="market-share"))])
    assert [x[1] for x in about(a, ids)] == ["xhs"]



def test_names_an_answer_opens_with_are_what_it_was_asked_for_not_the_subject():
    text = "问:外卖主要在哪些平台?\n濛岚:主要是美团和饿了么,外卖订单占到总订单的四成左右。"
    a, ids = make(text, [("美团", "tmall", 0), ("饿了么", "platform", 0)],
                  [("四成左右", dict(value=40, unit="percent"))])
    turn = text.index("濛岚")
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "濛岚" if s.start >= turn else "问")
                              for s in a.sentences], a.mentions, a.figures)
    assert [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, {"濛岚": "pd"})] == [("四成左右", "pd")]


def test_stores_opened_together_with_partners_are_the_subjects():
    a, ids = make("濛厨电器的产品主要通过天猫销售,线下则与红星濛龙、居然濛家合作开设了超过800家专卖店。",
                  [("濛厨电器", "pd", 0), ("天猫", "tmall", 0), ("红星濛龙", "blue", 0), ("居然濛家", "wave", 0)],
                  [("超过800家专卖店", dict(min_value=800, comparator=">", unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_platform_called_the_sellers_channel_is_no_subject_of_its_share():
    a, ids = make("濛拓科技发布公告。亚马逊仍是公司最大的销售渠道,但占比已从去年同期的78%下降到65%。",
                  [("濛拓科技", "blue", 0), ("亚马逊", "tmall", 0)],
                  [("65%", dict(value=65, unit="percent", metric="market-share"))])
    assert [x[1] for x in about(a, ids)] != ["tmall"]


def test_the_platforms_of_a_list_called_the_main_ones_are_no_subjects_of_a_later_share():
    # (no seller named in the list's clause: 天猫,京东和抖音是主要销售平台;海外业务收入占比…)
    a, ids = make("鱢鱤电器发布三季报。鱥鱦商城,鱨鱩优选和鱪鱫是主要销售平台;海外业务收入占比由去年同期的29%提升至38%。",
                  [("鱢鱤电器", "blue", 0), ("鱥鱦商城", "tmall", 0), ("鱨鱩优选", "platform", 0), ("鱪鱫", "xhs", 0)],
                  [("38%", dict(value=38, unit="percent", metric="share"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_customers_ranked_as_the_companys_top_two_are_no_subjects_of_the_revenue_from_its_top_five():
    a, ids = make("鱢鱤供应链成立于2012年。鱥鱦商城和鱨鱩优选是公司前两大客户,2023年来自前五大客户的收入占比为57.8%。",
                  [("鱢鱤供应链", "blue", 0), ("鱥鱦商城", "tmall", 0), ("鱨鱩优选", "platform", 0)],
                  [("57.8%", dict(value=57.8, unit="percent", metric="share"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_court_a_suit_is_brought_to_is_no_plaintiff_of_the_damages():
    a, ids = make("32名加盟商向鱢鱤市中级人民法院提起诉讼,起诉鱥鱦餐饮虚假宣传,要求赔偿经济损失合计2160万元。",
                  [("鱢鱤市中级人民法院", "court", 0), ("鱥鱦餐饮", "defendant", 0)],
                  [("2160万元", dict(value=2.16e7, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["defendant"]


def test_customers_a_purchase_contract_is_signed_with_are_no_subjects_of_its_value():
    a, ids = make("鱢鱤科技公告称,公司近期与鱥鱦国际和鱨鱩半导体分别签订了刻蚀设备采购合同,合同总金额约9.6亿元。",
                  [("鱢鱤科技", "blue", 0), ("鱥鱦国际", "tmall", 0), ("鱨鱩半导体", "wave", 0)],
                  [("约9.6亿元", dict(value=9.6e8, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_the_group_a_brand_belongs_to_named_after_its_country_is_no_subject():
    a, ids = make("濛尔雅隶属于法国皮尔濛伯集团,目前在全球40多个国家销售。", [("濛尔雅", "pd", 0), ("皮尔濛伯集团", "blue", 0)],
                  [("40多个国家", dict(min_value=40, comparator=">", unit="countries", metric="countries"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_name_the_speaker_calls_their_companys_own_stays_the_subject():
    text = "濛游网络答投资人问。濛腾资本是我们的股东,持股15%,但不会控股。"
    a, ids = make(text, [("濛游网络", "pd", 0), ("濛腾资本", "tmall", 0)],
                  [("持股15%", dict(value=15, unit="%", metric="stake"))])
    a.sentences[1] = a.sentences[1].__class__(a.sentences[1].start, a.sentences[1].end, a.sentences[1].text, "栎阳")
    found = [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, speaker_orgs={"栎阳": "pd"})]
    assert found == [("持股15%", "tmall")]


def test_figures_after_a_co_branding_partner_are_not_the_partners():
    text = "岚茶成立于2017年。品牌今年还与濛玛特开展了联名合作,联名款首周售出超过300万杯。"
    a, ids = make(text, [("岚茶", "pd", 0), ("濛玛特", "tmall", 0)],
                  [("售出超过300万杯", dict(min_value=3e6, comparator=">", unit="count", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_licensee_named_alone_before_a_payment_is_not_its_subject():
    text = "去年我们把一款早期分子授权给了濛伯维,拿到了3500万美元首付款。"
    a, ids = make(text, [("濛伯维", "tmall", 0)], [("3500万美元", dict(value=3.5e7, unit="USD"))])
    assert about(a, ids) == []  # the licensor's, which this analysis does not name


def test_a_signed_notices_we_is_its_signers_company():
    from extractor.records import NARRATOR
    text = "该批次产品由濛丰食品生产。为保障健康,我们决定主动召回上述批次产品,共计约8.6万罐。"
    a, ids = make(text, [("濛丰食品", "tmall", 0)], [("约8.6万罐", dict(value=8.6e4, unit="count", metric="products"))])
    found = [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, speaker_orgs={NARRATOR: "pd"})]
    assert found == [("约8.6万罐", "pd")]


def test_a_tables_later_rows_are_about_whom_its_first_row_is():
    text = "濛能储能披露了三季度数据。\n| 指标 | 第三季度 |\n| --- | --- |\n| 出货量 | 6.8GWh |\n| 营收 | 41.2亿元 |\n| 毛利率 | 18.7% |\n| 净利润 | 3.1亿元 |"
    a, ids = make(text, [("濛能储能", "pd", 0)],
                  [("出货量 | 6.8GWh", dict(value=6.8, unit="GWh", metric="sales-volume")),
                   ("营收 | 41.2亿元", dict(value=4.12e9, unit="CNY", metric="revenue")),
                   ("毛利率 | 18.7%", dict(value=18.7, unit="%", metric="gross-margin")),
                   ("净利润 | 3.1亿元", dict(value=3.1e8, unit="CNY", metric="profit"))])
    assert [x[1] for x in about(a, ids)] == ["pd", "pd", "pd", "pd"]


def test_what_a_turn_says_there_are_is_no_topic_of_the_next_sentence():
    # (一二线城市有A、B,竞争太激烈了。…一家店投资不到20万元: the speaker's company's store, not A's)
    text = "主持人:为什么开在县城?\n濛邻:一二线城市有瑞幸、库迪,竞争太激烈了。县城租金低,一家店投资不到20万元。"
    a, ids = make(text, [("瑞幸", "blue", 0), ("库迪", "wave", 0)],
                  [("投资不到20万元", dict(max_value=2e5, comparator="<", unit="CNY", metric="investment"))])
    turn = text.index("濛邻")
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "濛邻" if s.start >= turn else "主持人")
                              for s in a.sentences], a.mentions, a.figures)
    found = [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, {"濛邻": "pd"})]
    assert found == [("投资不到20万元", "pd")]
    # …while a name that opens the sentence before is still its topic
    text = "主持人:为什么开在县城?\n濛邻:瑞幸在一二线城市竞争太激烈了。县城租金低,一家店投资不到20万元。"
    a, ids = make(text, [("瑞幸", "blue", 0)],
                  [("投资不到20万元", dict(max_value=2e5, comparator="<", unit="CNY", metric="investment"))])
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "濛邻" if s.start >= turn else "主持人")
                              for s in a.sentences], a.mentions, a.figures)
    assert [o.about for o in attach_figures(a, ids, TYPES, {"濛邻": "pd"})] == ["blue"]


def test_a_table_with_no_names_and_the_sentence_after_it_go_on_the_sentences_before_the_table():
    text = ("濛康药业发布三季报。\n| 项目 | 前三季度 |\n| --- | --- |\n| 营业收入 | 68.2亿元 |\n| 研发投入 | 11.4亿元 |\n"
            "其中,创新药收入为28.9亿元。")
    a, ids = make(text, [("濛康药业", "blue", 0)],
                  [("研发投入 | 11.4亿元", dict(value=1.14e9, unit="CNY", metric="rd-spend")),
                   ("收入为28.9亿元", dict(value=2.89e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["blue", "blue"]
    # …while rows that name someone are the topic of the rows after them
    text = ("濛锐科技公告收购濛华精密70%股权。\n| 项目 | 内容 |\n| --- | --- |\n| 标的公司 | 濛华精密 |\n"
            "| 标的公司净利润 | 8600万元 |")
    a, ids = make(text, [("濛锐科技", "blue", 0), ("濛华精密", "wave", 0), ("濛华精密", "wave", 1)],
                  [("净利润 | 8600万元", dict(value=8.6e7, unit="CNY", metric="profit"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]


def test_company_after_a_brands_clause_is_the_company_the_text_is_about():
    text = "濛康药业发布三季报。濛康药业营收增长。濛康药业利润增长。濛替尼的海外权益已授权给辉瑞,公司获得首付款2亿美元。"
    a, ids = make(text, [("濛康药业", "blue", 0), ("濛康药业", "blue", 1), ("濛康药业", "blue", 2), ("濛替尼", "xxd", 0),
                         ("辉瑞", "wave", 0)], [("2亿美元", dict(value=2e8, unit="USD"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_filer_stands_out_among_the_companies_though_its_drug_is_named_more_often():
    text = ("濛康药业三季报出炉\n10月28日晚,濛康药业(600xxx.SH)发布2026年三季度报告。濛替尼销售额增长。濛替尼进入医保。"
            "濛替尼出海。此外,公司与药明康德签订了协议。截至9月末,公司员工总数为8600人。")
    a, ids = make(text, [("濛康药业", "blue", 0), ("濛康药业", "blue", 1), ("濛替尼", "xxd", 0), ("濛替尼", "xxd", 1),
                         ("濛替尼", "xxd", 2), ("药明康德", "wave", 0)],
                  [("员工总数为8600人", dict(value=8600, unit="people", metric="employees"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_streamers_average_order_value_is_hers():
    text = "濛动传媒创始人钟濛介绍,主播濛鱼妹今年GMV超过25亿元,客单价约为150元。"
    a, ids = make(text, [("濛动传媒", "mcn", 0), ("钟濛", "zhang", 0), ("濛鱼妹", "blogger", 0)],
                  [("客单价约为150元", dict(value=150, unit="CNY", metric="average-order-value"))])
    assert [x[1] for x in about(a, ids)] == ["blogger"]


def test_a_county_that_signed_with_a_company_is_not_the_topic_of_the_companys_park():
    text = "濛山县人民政府与濛源农业举行签约仪式,双方将合作建设产业园。据介绍,产业园一期占地约1200亩,预计年产蔬菜约3万吨。"
    a, ids = make(text, [("濛山县人民政府", "bureau", 0), ("濛源农业", "blue", 0)],
                  [("年产蔬菜约3万吨", dict(value=30000, unit="tonnes", metric="capacity"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_company_that_describes_an_investor_is_no_subject_of_a_later_clause():
    # (X拿到了Y创始人Z个人投资的天使轮融资,今年门店数翻了一番: X's stores)
    text = "去年濛茶拿到了茶颜悦色创始人吕濛个人投资的天使轮融资,今年门店数较去年翻了一番。"
    a, ids = make(text, [("濛茶", "pd", 0), ("茶颜悦色", "xxd", 0), ("吕濛", "zhang", 0)],
                  [("翻了一番", dict(value=2, unit="times", metric="growth"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_partners_named_with_their_kind_are_no_subject_of_the_clause_after():
    # (公司已与A、B等电池企业建立回收合作,2023年营收…; 与达人X合作过两场直播,单场GMV…: the company's)
    text = "鸘环科技成立于2019年。公司目前已与鸘亚迪、鸘轩高科等电池企业建立回收合作,2023年营收达到12.6亿元。"
    a, ids = make(text, [("鸘环科技", "pd", 0), ("鸘亚迪", "xxd", 0), ("鸘轩高科", "blue", 0)],
                  [("营收达到12.6亿元", dict(value=1.26e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    text = "鸘颜今年在鸘音与达人鸘个朋友合作过两场专场直播,单场GMV均超过5000万元。"
    a, ids = make(text, [("鸘颜", "pd", 0), ("鸘音", "blue", 0), ("鸘个朋友", "xxd", 0)],
                  [("GMV均超过5000万元", dict(value=5e7, unit="CNY", metric="gmv"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_judgments_defendant_by_role_is_the_company_sued():
    # (A公司诉B公司…一案 / 被告成立于2019年: B's founding, not A's named last before)
    text = "鸇味餐饮管理有限公司诉鸇香食品有限公司一案宣判。原告旗下品牌鸇味创立于2005年。被告成立于2019年。"
    a, ids = make(text, [("鸇味餐饮管理有限公司", "uni", 0), ("鸇香食品有限公司", "nanyu", 0), ("鸇味", "pd", 1)],
                  [("成立于2019年", dict(value=2019, unit="year", metric="founded"))])
    assert [x[1] for x in about(a, ids)] == ["nanyu"]


def test_a_share_of_sales_to_a_customer_is_the_suppliers():
    # (X是Y的第一大客户,向其销售金额占营业收入的比例为31.5%: Y's sales to X)
    text = "比鸓迪是鸓芯微的第一大客户,2023年向其销售金额占营业收入的比例为31.5%。"
    a, ids = make(text, [("比鸓迪", "uni", 0), ("鸓芯微", "nanyu", 0)],
                  [("比例为31.5%", dict(value=31.5, unit="percent", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["nanyu"]


def test_a_source_of_an_amount_and_a_maker_are_no_subjects_of_it():
    # (还有约60亿元信托借款来自A和B: the borrower's; 产品由广州的Y代工生产,…单价为99元: the brand's)
    text = "鷭城地产公告称。公司的主要债权银行包括中国鷭设银行,此外还有约60亿元信托借款来自中鷭信托和中信鷭托。"
    a, ids = make(text, [("鷭城地产", "uni", 0), ("中国鷭设银行", "nanyu", 0), ("中鷭信托", "helan", 0),
                         ("中信鷭托", "ningchuan", 0)],
                  [("约60亿元", dict(value=6e9, unit="CNY", metric=""))])
    assert [x[1] for x in about(a, ids)] == ["uni"]
    text = "鷭研的产品由广州的诺鷭贝尔代工生产,主打的次抛单价为99元。"
    a, ids = make(text, [("鷭研", "pd", 0), ("诺鷭贝尔", "nanyu", 0)],
                  [("单价为99元", dict(value=99, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_clause_opening_with_a_parks_kind_is_about_the_park():
    # (目前乐园平日门票价格为399元: the park the text named, not its operator named last)
    text = "麌湾乐园开园。麌湾文旅董事长介绍了情况。目前乐园平日门票价格为399元。"
    a, ids = make(text, [("麌湾乐园", "park", 0), ("麌湾文旅", "parkgroup", 0)],
                  [("门票价格为399元", dict(value=399, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["park"]


def test_the_agent_of_a_passive_alone_in_its_clause_is_not_what_was_fined():
    text = "鶩颜生物成立于2017年。这并非鶩颜生物首次受罚。2022年,公司曾因产品标签不规范被鶩东市场监管局罚款5万元。"
    a, ids = make(text, [("鶩颜生物", "uni", 0), ("鶩颜生物", "uni", 1), ("鶩东市场监管局", "regulator", 0)],
                  [("罚款5万元", dict(value=5e4, unit="CNY", metric="fine"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("罚款5万元", "uni")]


def test_a_stake_sold_at_a_price_is_the_buyers_and_followers_are_not_the_agency_signed():
    text = "鶶城地产拟将鶶城广场项目70%股权以42亿元转让给南屿精工。"
    a, ids = make(text, [("鶶城地产", "uni", 0), ("南屿精工", "nanyu", 0)],
                  [("70%股权", dict(value=70, unit="percent", metric="stake"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("70%股权", "nanyu")]
    text = "林鶶此前是一名美妆博主,2020年签约南屿传媒后开始做直播带货,目前粉丝数为2860万。"
    a, ids = make(text, [("林鶶", "lin", 0), ("南屿传媒", "nanyu", 0)],
                  [("粉丝数为2860万", dict(value=2.86e7, unit="fans", metric="fans"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("粉丝数为2860万", "lin")]


def test_a_stake_a_buyer_takes_in_a_passive_headline_and_after_an_agreement_with_the_seller():
    a, ids = make("鷂记火锅被南屿资本收购60%股权", [("鷂记火锅", "uni", 0), ("南屿资本", "nanyu", 0)],
                  [("60%股权", dict(value=60, unit="percent", metric="stake"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("60%股权", "nanyu")]
    text = "南屿资本旗下基金已与鷂记火锅创始人林鷂签署协议,以约36亿元收购鷂记火锅60%的股权。"
    a, ids = make(text, [("南屿资本", "nanyu", 0), ("鷂记火锅", "uni", 0), ("林鷂", "lin", 0), ("鷂记火锅", "uni", 1)],
                  [("60%的股权", dict(value=60, unit="percent", metric="stake"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("60%的股权", "nanyu")]


def test_brands_the_company_owns_are_no_subject_of_its_later_clauses():
    text = "鷂跑体育创立于2015年。公司旗下拥有鷃跑和南屿两个品牌,今年营收约为27亿元。"
    a, ids = make(text, [("鷂跑体育", "uni", 0), ("鷃跑", "pd", 0), ("南屿", "xxd", 0)],
                  [("营收约为27亿元", dict(value=2.7e9, unit="CNY", metric="revenue"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("营收约为27亿元", "uni")]


def test_rivals_a_company_faces_are_no_subject_of_the_clause_after_them():
    text = "龝记火锅创立于2009年。龝记仍面临南屿和鷃跑的激烈竞争,翻台率由3.6次降至3.2次。"
    a, ids = make(text, [("龝记火锅", "uni", 0), ("龝记", "uni", 0), ("南屿", "nanyu", 0), ("鷃跑", "pd", 0)],
                  [("3.2次", dict(value=3.2, unit="turns", metric="table-turnover"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("3.2次", "uni")]


def test_a_mall_a_store_opens_in_is_no_subject_of_its_area():
    text = "鷂跑体育的首家会员店将于12月20日在成都金牛万达广场开业,门店面积约1.2万平方米。"
    a, ids = make(text, [("鷂跑体育", "uni", 0), ("万达广场", "park", 0)],
                  [("面积约1.2万平方米", dict(value=12000, unit="sqm", metric="floor-area"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("面积约1.2万平方米", "uni")]


def test_clients_listed_after_wei_and_provided_parts_are_no_subject_of_the_suppliers_revenue():
    text = "鷂跑体育主要为南屿和鷃跑提供液压件,2023年营收约3.6亿元。"
    a, ids = make(text, [("鷂跑体育", "uni", 0), ("南屿", "nanyu", 0), ("鷃跑", "pd", 0)],
                  [("营收约3.6亿元", dict(value=3.6e8, unit="CNY", metric="revenue"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("营收约3.6亿元", "uni")]


def test_a_franchisee_running_a_store_is_no_subject_of_its_rooms():
    text = "鷃跑西安曲江店由当地投资人南屿加盟经营,客房数为168间。"
    a, ids = make(text, [("鷃跑", "pd", 0), ("南屿", "nanyu", 0)],
                  [("客房数为168间", dict(value=168, unit="rooms", metric="rooms"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("客房数为168间", "pd")]


def test_clients_using_a_product_are_no_subject_of_the_makers_customer_count():
    text = "鷂跑体育的模型目前已被南屿和鷃跑用于智能客服,付费企业客户超过300家。"
    a, ids = make(text, [("鷂跑体育", "uni", 0), ("南屿", "nanyu", 0), ("鷃跑", "pd", 0)],
                  [("企业客户超过300家", dict(value=300, unit="count", metric="customers"))])
    assert [(t, who) for t, who, _ in about(a, ids)] == [("企业客户超过300家", "uni")]



def test_channels_an_answer_opens_on_with_their_shares_are_the_speakers_companys_sales():
    text = "记者:现在主要的销售渠道有哪些?\n濛岚:天猫和抖音加起来占到七成左右,京东大概15%。"
    a, ids = make(text, [("天猫", "tmall", 0), ("抖音", "platform", 0), ("京东", "retailer", 0)],
                  [("七成左右", dict(value=70, unit="percent")), ("大概15%", dict(value=15, unit="percent"))])
    turn = text.index("濛岚")
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "濛岚" if s.start >= turn else "记者")
                              for s in a.sentences], a.mentions, a.figures)
    assert [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, {"濛岚": "pd"})] == [
        ("七成左右", "pd"), ("大概15%", "pd")]


def test_a_customers_share_of_sales_the_latters_stake_and_buyers_listed_after_sold_to():
    a, ids = make("报告期内,濛循科技前五大客户包括宁德时代,其中对宁德时代的销售收入占比超过30%。",
                  [("濛循科技", "blue", 0), ("宁德时代", "catl", 0), ("宁德时代", "catl", 1)],
                  [("超过30%", dict(min_value=30, comparator=">", unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    a, ids = make("濛酒业2019年引入战略投资者濛啤酒,后者持股40%。", [("濛酒业", "blue", 0), ("濛啤酒", "wave", 0)],
                  [("持股40%", dict(value=40, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["wave"]
    a, ids = make("濛牧乳业的生鲜乳主要销售给濛牛和濛明乳业,其中濛牛的采购量占比约六成。",
                  [("濛牧乳业", "blue", 0), ("濛牛", "wave", 0), ("濛明乳业", "xhs", 0), ("濛牛", "wave", 1)],
                  [("约六成", dict(value=60, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_a_clause_opening_on_brand_is_the_brand_the_text_is_about():
    # (the sentences before name its platforms and the founder's former employer, none of them the brand's topic)
    text = ("濛婴完成C轮融资。濛婴创立于2016年,总部位于上海。据了解,品牌线上销售以天猫和京东为主。"
            "创始人兼CEO濛踛此前曾在濛洁担任品牌经理。她表示,2023年品牌GMV超过20亿元,复购率约为45%。")
    a, ids = make(text, [("濛婴", "pd", 0), ("濛婴", "pd", 1), ("天猫", "tmall", 0), ("京东", "retailer", 0),
                         ("濛踛", "zhang", 0), ("濛洁", "group", 0)],
                  [("GMV超过20亿元", dict(min_value=2e9, comparator=">", unit="CNY", metric="gmv")),
                   ("复购率约为45%", dict(value=45, unit="percent", metric="repurchase-rate"))])
    assert [x[1] for x in about(a, ids)] == ["pd", "pd"]


def test_the_company_a_partnership_works_for_the_product_a_sentence_opens_on_and_parts_of_a_total():
    a, ids = make("濛化工董事长表示,与濛华化学的合作将使公司产能利用率提升至90%以上。",
                  [("濛化工", "blue", 0), ("濛华化学", "wave", 0)],
                  [("90%以上", dict(min_value=90, comparator=">", unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    a, ids = make("濛保险推出百万医疗险濛安心保。该产品由濛保险承保,保费最低每年168元。",
                  [("濛保险", "blue", 0), ("濛安心保", "pd", 0), ("濛保险", "blue", 1)],
                  [("168元", dict(value=168, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]
    a, ids = make("濛酒店集团在营门店总数达到4120家,其中中端品牌濛悦和濛居的门店合计占比53%。前三季度集团实现营收98.6亿元。",
                  [("濛酒店集团", "group", 0), ("濛悦", "pd", 0), ("濛居", "xxd", 0)],
                  [("占比53%", dict(value=53, unit="percent")),
                   ("营收98.6亿元", dict(value=9.86e9, unit="CNY", metric="revenue"))])
    assert [x[1] for x in about(a, ids)] == ["group", "group"]


def test_a_subsidiary_acted_through_and_customers_supplied_are_no_subjects():
    a, ids = make("濛纺织公告,公司拟通过全资子公司濛纺国际在越南投资2.8亿美元建设面料生产基地。",
                  [("濛纺织", "blue", 0), ("濛纺国际", "sub", 0)],
                  [("投资2.8亿美元", dict(value=2.8e8, unit="USD", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]
    a, ids = make("濛纺织表示,公司产品主要供应濛衣库和濛卡侬,美国客户订单占比约为35%。",
                  [("濛纺织", "blue", 0), ("濛衣库", "wave", 0), ("濛卡侬", "xhs", 0)],
                  [("占比约为35%", dict(value=35, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["blue"]


def test_channels_a_clause_names_as_parts_of_the_sellers_sales_are_no_subjects():
    # (品牌的线上销售中,天猫占比约45%,抖音约40%: the brand's online sales split by platform)
    a, ids = make("濛护肤负责人介绍,目前品牌的线上销售中,濛猫占比约45%,濛音约40%。",
                  [("濛护肤", "pd", 0), ("濛猫", "tmall", 0), ("濛音", "xhs", 0)],
                  [("占比约45%", dict(value=45, unit="percent", metric="share")),
                   ("约40%", dict(value=40, unit="percent", metric="share"))])
    assert [x[1] for x in about(a, ids)] == ["pd", "pd"]


def test_one_of_the_brands_a_group_owns_singled_out_and_a_defendant_past_the_mark_it_copies():
    a, ids = make("濛酒店集团旗下拥有濛悦、濛居两个品牌,其中濛居定位中高端商务市场,平均房价约420元。",
                  [("濛酒店集团", "group", 0), ("濛悦", "pd", 0), ("濛居", "xxd", 1)],
                  [("平均房价约420元", dict(value=420, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["xxd"]
    # ("A"诉"B": the quoted parties of a suit; 被告 is B past the mark "A" it is said to copy)
    a, ids = make('法院对"濛记"诉"濛纪"商标侵权案作出判决。被告使用与"濛记"高度近似的标识,累计发展加盟门店126家。',
                  [("濛记", "pd", 0), ("濛纪", "xxd", 0), ("濛记", "pd", 1)],
                  [("门店126家", dict(value=126, unit="stores", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["xxd"]


def test_a_founding_year_before_what_was_set_up_is_that_companys():
    # (我们2020年在杭州成立了X公司: the span ends at 成立, 了 names what was founded after it)
    a, ids = make("濛护肤创始人介绍,我们2020年在杭州成立了濛濛宠物科技有限公司,当年推出了濛护肤。",
                  [("濛护肤", "pd", 0), ("濛濛宠物科技有限公司", "group", 0), ("濛护肤", "pd", 1)],
                  [("2020年在杭州成立", dict(value=2020, unit="year", metric="founded"))])
    assert [x[1] for x in about(a, ids)] == ["group"]
    # (…in the speaker's turn too: 我们 before the figure is no subject when the founded company is named after it)
    from dataclasses import replace
    a, ids = make("周濛:我们2020年在杭州成立了濛濛宠物科技有限公司。",
                  [("周濛", "zhang", 0), ("濛濛宠物科技有限公司", "group", 0)],
                  [("2020年在杭州成立", dict(value=2020, unit="year", metric="founded"))])
    a.sentences[0] = replace(a.sentences[0], speaker="周濛")
    assert [o.about for o in attach_figures(a, ids, TYPES, {"周濛": "pd"})] == ["group"]


def test_channels_an_answer_gives_shares_of_the_sales_the_question_asked_about_are_the_speakers():
    # (记者:现在的销售规模有多大? / 答:天猫大概占45%,抖音占30%左右: the split of the speaker's company's sales)
    text = "记者:现在的销售规模有多大?\n濛岚:天猫大概占45%,抖音占30%左右,剩下的是京东。"
    a, ids = make(text, [("天猫", "tmall", 0), ("抖音", "platform", 0), ("京东", "retailer", 0)],
                  [("45%", dict(value=45, unit="percent")), ("30%左右", dict(value=30, unit="percent"))])
    turn = text.index("濛岚")
    a = Analysis(a.document, [Sentence(s.start, s.end, s.text, "濛岚" if s.start >= turn else "记者")
                              for s in a.sentences], a.mentions, a.figures)
    assert [(o.figure.text, o.about) for o in attach_figures(a, ids, TYPES, {"濛岚": "pd"})] == [
        ("45%", "pd"), ("30%左右", "pd")]


def test_rivals_a_clause_says_its_subject_competes_with_are_no_subjects_of_the_clauses_after():
    # (X主要与A、B在中端市场竞争,单店平均投资约800万元: X's, not the rivals')
    a, ids = make("濛居主要与濛悦、濛岚在中端市场竞争,单店平均投资约800万元,出租率维持在85%左右。",
                  [("濛居", "pd", 0), ("濛悦", "xxd", 0), ("濛岚", "hotpot", 0)],
                  [("出租率维持在85%左右", dict(value=85, unit="percent", metric="occupancy-rate"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_listings_adviser_named_by_its_role_is_no_subject_of_the_clause_after():
    # (IPO申请已获受理,保荐机构为X,拟募资18亿元: the company listing raises it, not its sponsor)
    a, ids = make("彽彾医疗科创板IPO申请已于12月2日获受理,保荐机构为中信证券,拟募资18亿元。",
                  [("彽彾医疗", "listed", 0), ("中信证券", "broker", 0)],
                  [("募资18亿元", dict(value=1.8e9, unit="CNY", metric="funding"))])
    assert [x[1] for x in about(a, ids)] == ["listed"]


def test_a_notes_price_line_is_the_price_of_the_brand_it_is_about():
    # (✅核心成分用的是X的原料 / 价格:299元: the brand the note is about, not the supplier named in the line before)
    text = '扒一扒国货精华"怑怓"的代工厂\n最近超火的怑怓小棕瓶我用了两瓶\n✅核心成分玻色因用的是怃怄生物的原料\n\n价格:299元,天猫旗舰店经常有满减'
    a, ids = make(text, [("怑怓", "pd", 0), ("怑怓", "pd", 1), ("怃怄生物", "maker", 0), ("天猫", "tmall", 0)],
                  [("价格:299元", dict(value=299, unit="CNY", metric="price"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_an_agent_described_before_its_name_is_no_subject_of_the_clauses_after():
    # (X由瑞典家具公司Y于1987年创立,…拥有160家门店: X's stores, not its founder's)
    a, ids = make("怼怽由瑞典家具公司怼怽设计于1987年创立,总部位于斯德哥尔摩,目前在全球拥有160家门店。",
                  [("怼怽", "pd", 0), ("怼怽设计", "maker", 0)],
                  [("160家门店", dict(value=160, unit="count", metric="stores"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_a_platforms_share_right_after_the_sellers_sales_is_the_sellers():
    # (GMV约2.6亿元,同比增长80%,其中抖音占比超过40%: a share of the seller's sales; a market's shares stay the players')
    a, ids = make("猫粮品牌懗懘今年GMV约2.6亿元,同比增长80%,其中抖音占比超过40%。",
                  [("懗懘", "pd", 0), ("抖音", "platform", 0)],
                  [("GMV约2.6亿元", dict(value=2.6e8, unit="CNY", metric="gmv")),
                   ("占比超过40%", dict(min_value=40, unit="percent", metric="share"))])
    assert [x[1] for x in about(a, ids)] == ["pd", "pd"]
    a, ids = make("去年国内外卖市场交易额超过1万亿元,其中美团占比约65%。", [("美团", "platform", 0)],
                  [("占比约65%", dict(value=65, unit="percent", metric="share"))])
    assert [x[1] for x in about(a, ids)] == ["platform"]


def test_the_chart_a_game_tops_is_no_subject_of_its_downloads():
    # (登顶App Store免费榜,上线一周下载量突破500万次: the game's downloads, not the store's)
    a, ids = make("《懙懚》在日本上线首日即登顶App Store免费榜,上线一周全球下载量突破500万次。",
                  [("懙懚", "game", 0), ("App Store", "platform", 0)],
                  [("下载量突破500万次", dict(min_value=5e6, unit="downloads", metric="downloads"))])
    assert [x[1] for x in about(a, ids)] == ["game"]


def test_company_in_a_story_about_a_game_is_its_maker():
    # (由X开发的手游《G》… 公司目前员工约400人: the studio, though the game is named most often)
    text = ("国产手游《懝懞》登顶日本免费榜\n12月5日,由上海懛懜网络开发的手游《懝懞》在日本上线。\n"
            "懛懜网络成立于2017年,创始人赵懜此前曾在米哈游担任主策划。公司目前员工约400人,曾获得腾讯的战略投资。\n"
            "《懝懞》首周流水约1.2亿元。\n《懝懞》将直面《原神》的竞争。")
    a, ids = make(text, [("懝懞", "game", 0), ("懛懜网络", "studio", 0), ("懝懞", "game", 1), ("懛懜网络", "studio", 1),
                         ("赵懜", "zhang", 0), ("米哈游", "ctrip", 0), ("腾讯", "xvc", 0), ("懝懞", "game", 2),
                         ("懝懞", "game", 3), ("原神", "film", 0)],
                  [("员工约400人", dict(value=400, unit="people", metric="employees"))])
    assert [x[1] for x in about(a, ids)] == ["studio"]


def test_damages_a_judgment_orders_the_defendant_to_pay_are_the_plaintiffs_award():
    # (判令被告…赔偿原告…共计380万元: what the plaintiff won; 判令X…赔偿原告: the defendant named, as before)
    text = ('茶饮品牌"懣懤"的运营方懟懠餐饮管理有限公司诉懡懢商贸有限公司商标侵权纠纷一案二审宣判,法院驳回被告上诉,'
            "维持一审判决,判令被告立即停止侵权,并赔偿原告经济损失及合理开支共计380万元。")
    a, ids = make(text, [("懣懤", "pd", 0), ("懟懠餐饮管理有限公司", "plaintiff", 0), ("懡懢商贸有限公司", "dealer", 0)],
                  [("380万元", dict(value=3.8e6, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["plaintiff"]
    text = "懟懠餐饮管理有限公司诉懡懢商贸有限公司商标侵权纠纷一案一审宣判,判令懡懢商贸有限公司停止侵权,并赔偿原告经济损失共计300万元。"
    a, ids = make(text, [("懟懠餐饮管理有限公司", "plaintiff", 0), ("懡懢商贸有限公司", "dealer", 0),
                         ("懡懢商贸有限公司", "dealer", 1)],
                  [("300万元", dict(value=3e6, unit="CNY"))])
    assert [x[1] for x in about(a, ids)] == ["dealer"]


def test_a_share_of_the_companys_revenue_and_rooms_of_a_store_handed_to_a_manager():
    # (本合同金额约占公司…营业收入的27%: the filer's share, not the buyer's named before; 委托X管理,共有客房156间: the
    # store's brand, not its manager)
    text = ('扝扞半导体设备股份有限公司(以下简称"公司")全资子公司于近日与扗扙集成签订了设备采购合同。'
            "扗扙集成成立于2019年。本合同金额约占公司2023年度经审计营业收入的27%。")
    a, ids = make(text, [("扝扞半导体设备股份有限公司", "filer", 0), ("扗扙集成", "dealer", 0), ("扗扙集成", "dealer", 1)],
                  [("27%", dict(value=27, unit="percent"))])
    assert [x[1] for x in about(a, ids)] == ["filer"]
    a, ids = make("扡扢品牌第300家门店在西安开业。该门店由当地投资人钱扪以加盟方式投资,委托扟扠酒店集团管理,共有客房156间。",
                  [("扡扢", "hotpot", 0), ("西安", "city", 0), ("钱扪", "zhang", 0), ("扟扠酒店集团", "group", 0)],
                  [("客房156间", dict(value=156, unit="count", metric="rooms"))])
    assert [x[1] for x in about(a, ids)] == ["hotpot"]


def test_a_customers_share_the_rivals_and_the_customer_a_plant_serves_are_the_companys():
    # (其中A为第一大客户,前三季度收入占比约38%; A和B是主要竞争对手,公司…市场份额约为15%; 主要配套A的北美工厂,一期年产能为
    # 80万套: the company's figures, not the customer's or the rivals')
    a, ids = make("挍挎股份主要客户包括比亚迪,其中比亚迪为第一大客户,前三季度收入占比约38%。",
                  [("挍挎股份", "listed", 0), ("比亚迪", "byd", 0), ("比亚迪", "byd", 1)],
                  [("占比约38%", dict(value=38, unit="percent", metric="share"))])
    assert [x[1] for x in about(a, ids)] == ["listed"]
    a, ids = make("挍挎股份表示,三花智控和拓普集团是行业内的主要竞争对手,公司在电子水泵领域的市场份额约为15%。",
                  [("挍挎股份", "listed", 0), ("三花智控", "gwm", 0), ("拓普集团", "catl", 0)],
                  [("市场份额约为15%", dict(value=15, unit="percent", metric="market-share"))])
    assert [x[1] for x in about(a, ids)] == ["listed"]
    a, ids = make("挍挎股份在墨西哥的工厂已于10月投产,主要配套特斯拉的北美工厂,一期年产能为80万套。",
                  [("挍挎股份", "listed", 0), ("特斯拉", "byd", 0)],
                  [("年产能为80万套", dict(value=8e5, unit="count", metric="capacity"))])
    assert [x[1] for x in about(a, ids)] == ["listed"]


def test_a_later_sentence_of_a_notes_labelled_line_is_about_the_brand_of_the_note():
    # (💡价格:…到手价259元。今年双11期间全网卖了超过50万瓶: the note's brand, not the maker another line names)
    text = ("最近挀挃的精华刷屏了。挀挃是杭州的护肤品牌。挀挃便宜太多了。\n💡核心成分:玻色因用的是法国的Givaudan。\n"
            "💡价格:30ml售价329元,双11到手价259元。今年双11期间全网卖了超过50万瓶,天猫旗舰店的销售额破了1亿元。")
    a, ids = make(text, [("挀挃", "pd", 0), ("挀挃", "pd", 1), ("挀挃", "pd", 2), ("Givaudan", "maker", 0),
                         ("天猫", "tmall", 0)],
                  [("超过50万瓶", dict(min_value=5e5, unit="count", metric="sales-volume"))])
    assert [x[1] for x in about(a, ids)] == ["pd"]


def test_items_under_a_pages_heading_that_names_no_one_are_the_pages():
    # (供应链: / …采用X面业的高筋粉 … / 加盟优势: / 1. 加盟费5.8万元: the brand the page is about, not the maker named
    # in the section before)
    text = ("掁掂牛肉面创立于2012年。掁掂牛肉面门店超过1100家。掁掂牛肉面客单价约22元。\n\n供应链:\n面粉统一采用掆掇面业的特制高筋粉。"
            "\n\n加盟优势:\n1. 加盟费5.8万元;\n2. 单店投资约30万元。")
    a, ids = make(text, [("掁掂牛肉面", "hotpot", 0), ("掁掂牛肉面", "hotpot", 1), ("掁掂牛肉面", "hotpot", 2),
                         ("掆掇面业", "maker", 0)],
                  [("5.8万元", dict(value=5.8e4, unit="CNY")),
                   ("单店投资约30万元", dict(value=3e5, unit="CNY", metric="investment"))])
    assert [x[1] for x in about(a, ids)] == ["hotpot", "hotpot"]


def test_a_stake_after_subscribing_new_shares_is_the_subscribers():
    # (X将投资15亿元认购Y新增股份,交易完成后将持有Y 20%的股权: X's stake, Y the company subscribed)
    a, ids = make("撉撊人寿将投资15亿元认购撋撌医疗新增股份,交易完成后将持有撋撌医疗20%的股权。",
                  [("撉撊人寿", "listed", 0), ("撋撌医疗", "sub", 0), ("撋撌医疗", "sub", 1)],
                  [("20%的股权", dict(value=20, unit="percent", metric="stake"))])
    assert [x[1] for x in about(a, ids)] == ["listed"]
