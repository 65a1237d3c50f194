from extractor.records import Mention, most_mentioned


def test_most_mentioned_needs_enough_mentions_and_twice_the_runner_up():
    assert most_mentioned(["a", "a", "a", "b"], 3) == "a"
    assert most_mentioned(["a", "a", "b"], 3) is None  # too few mentions
    assert most_mentioned(["a", "a", "a", "b", "b"], 3) is None  # not twice the runner-up
    assert most_mentioned(["a", "a", "b"], 2) == "a"
    assert most_mentioned([], 1) is None


def test_the_filer_is_a_registered_company_opening_the_first_line():
    from extractor.records import Mention, filer_of, most_mentioned

    text = "  杭州南屿精工股份有限公司关于股东减持的公告\n易岚基金……"
    filer = Mention(2, 14, "杭州南屿精工股份有限公司", "ORG")
    fund = Mention(23, 27, "易岚基金", "ORG")
    assert filer_of(text, [(filer, "nanyu"), (fund, "fund")]) == "nanyu"
    # a trading name without its legal form, or a name later in the line, is no filer
    assert filer_of("南屿精工发布公告", [(Mention(0, 4, "南屿精工", "ORG"), "nanyu")]) is None
    assert filer_of(text, [(fund, "fund")]) is None
    assert most_mentioned(["fund"], 3, filer="nanyu") == "nanyu"
    assert most_mentioned(["fund", "fund"], 3, filer="nanyu") is None  # no one stands out
    assert most_mentioned(["fund"] * 8, 3, filer="nanyu") == "fund"


def test_a_company_with_its_stock_code_that_discloses_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "12月2日晚,卓汐股份(股票代码:002xxx)披露,公司收到问询函。岱汐贸易成立于2024年。"
    filer = Mention(text.index("卓汐股份"), text.index("卓汐股份") + 4, "卓汐股份", "ORG")
    other = Mention(text.index("岱汐贸易"), text.index("岱汐贸易") + 4, "岱汐贸易", "ORG")
    assert filer_of(text, [(filer, "zx"), (other, "dx")]) == "zx"
    # a code alone, with no disclosure after it, makes no filing
    plain = "卓汐股份(股票代码:002xxx)的股价今日大涨。"
    assert filer_of(plain, [(Mention(0, 4, "卓汐股份", "ORG"), "zx")]) is None
    # a bare code as news sites mask it
    masked = "卓汐股份(688xxx)公告,公司股份将于12月8日解禁。"
    assert filer_of(masked, [(Mention(0, 4, "卓汐股份", "ORG"), "zx")]) == "zx"


def test_a_company_with_its_stock_code_that_publishes_its_report_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "霁汐酒业(股票代码:000xxx)10月30日晚发布三季报。公司前三季度营收下降。"
    assert filer_of(text, [(Mention(0, 4, "霁汐酒业", "ORG"), "jx")]) == "jx"


def test_a_company_with_its_stock_code_that_published_its_annual_report_lately_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "魀魁乳业(600xxx)近日发布2023年年报。报告期内,公司实现营业收入86.3亿元。"
    assert filer_of(text, [(Mention(0, 4, "魀魁乳业", "ORG"), "mk")]) == "mk"


def test_a_bank_heading_its_dated_investor_relations_record_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "魀魁银行:2024年12月3日投资者关系活动记录表\n\n问:公司与魊魋集团的合作进展如何?"
    assert filer_of(text, [(Mention(0, 4, "魀魁银行", "ORG"), "mk"), (Mention(33, 37, "魊魋集团", "ORG"), "yq")]) == "mk"


def test_a_registered_company_given_a_short_name_that_announces_is_the_filer():
    from extractor.records import Mention, filer_of

    text = '12月1日晚,汀石建设工程股份有限公司(下称"汀石建工")公告称,法院已裁定批准公司重整计划。'
    name = "汀石建设工程股份有限公司"
    filer = Mention(text.index(name), text.index(name) + len(name), name, "ORG")
    assert filer_of(text, [(filer, "ts")]) == "ts"
    # a short name alone, with no announcement after it, makes no filing
    plain = '据报道,汀石建设工程股份有限公司(下称"汀石建工")的项目回款困难。'
    assert filer_of(plain, [(Mention(7, 7 + len(name), name, "ORG"), "ts")]) is None


def test_a_company_with_its_ticker_that_lists_or_announces_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "专科医院集团滢川医疗(02688.HK)12月3日在港交所主板挂牌上市。港交所数据显示……"
    filer = Mention(text.index("滢川医疗"), text.index("滢川医疗") + 4, "滢川医疗", "ORG")
    hkex = Mention(text.index("港交所"), text.index("港交所") + 3, "港交所", "ORG")
    assert filer_of(text, [(filer, "yc"), (hkex, "hkex")]) == "yc"
    text = "卓汐股份(002688.SZ)12月1日晚公告,公司与华虹签订采购合同。"
    assert filer_of(text, [(Mention(0, 4, "卓汐股份", "ORG"), "zx")]) == "zx"
    assert filer_of("卓汐股份(002688.SZ)今日股价大涨。", [(Mention(0, 4, "卓汐股份", "ORG"), "zx")]) is None


def test_a_bare_a_share_code_after_a_disclosing_company_makes_it_the_filer():
    from extractor.records import Mention, filer_of

    text = "瑱翊食品(002977)12月2日晚间披露,公司拟向关联方采购原料。"
    assert filer_of(text, [(Mention(0, 4, "瑱翊食品", "ORG"), "tf")]) == "tf"
    # a number in brackets that is no code of a listed company's shares makes no filing
    assert filer_of("瑱翊食品(2977家)12月2日披露门店数。", [(Mention(0, 4, "瑱翊食品", "ORG"), "tf")]) is None


def test_the_filer_opens_the_line_after_the_stock_codes_and_a_news_report_is_no_titled_filing():
    from extractor.records import Mention, filer_of, titled_filer_of

    text = "证券代码:603xxx 证券简称:岭岚智造 公告编号:2026-071\n广东岭岚智能制造股份有限公司关于股份转让的公告"
    filer = Mention(36, 50, "广东岭岚智能制造股份有限公司", "ORG")
    assert text[36:50] == filer.text
    assert filer_of(text, [(filer, "lingnan")]) == titled_filer_of(text, [(filer, "lingnan")]) == "lingnan"
    news = "12月2日晚,卓汐股份(股票代码:002xxx)披露,公司收到问询函。"
    zhuo = Mention(7, 11, "卓汐股份", "ORG")
    assert filer_of(news, [(zhuo, "zhuo")]) == "zhuo" and titled_filer_of(news, [(zhuo, "zhuo")]) is None


def test_a_quotation_in_curly_or_straight_marks_and_the_person_it_is_credited_to():
    from extractor.records import credited_person, quotation_around

    text = '"我们卖了300万件。"岚芽玩具创始人黄岚鹏说。王岚表示:“我们会开店。”张岚在场。'
    first = quotation_around(text, text.index("300"), text.index("300") + 3)
    second = quotation_around(text, text.index("开店"), text.index("开店") + 2)
    assert first == (0, text.index('。"') + 1) and text[second[0]] == "“"
    people = [(text.index(n), text.index(n) + 3, n) for n in ("黄岚鹏", "王岚表", "张岚在")]
    people[1] = (people[1][0], people[1][0] + 2, "王岚")
    assert credited_person(text, first, people) == "黄岚鹏"
    assert credited_person(text, second, people) == "王岚"
    assert quotation_around(text, text.index("张岚"), text.index("张岚") + 2) is None


def test_a_company_opening_the_first_paragraph_with_its_announcement_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "芯汐半导体聘任新CTO\n\n芯汐半导体12月3日晚间公告,董事会同意聘任钱岚白为公司首席技术官。"
    at = text.index("芯汐半导体", 1)
    assert filer_of(text, [(Mention(at, at + 5, "芯汐半导体", "ORG"), "xs")]) == "xs"
    # …not when the paragraph opens with something it does
    plain = "芯汐半导体聘任新CTO\n\n芯汐半导体今年营收增长。"
    at = plain.index("芯汐半导体", 1)
    assert filer_of(plain, [(Mention(at, at + 5, "芯汐半导体", "ORG"), "xs")]) is None


def test_a_company_whose_results_meeting_the_headline_records_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "霈川科技2026年第三季度业绩电话会议实录(节选)\n周霈:公司实现营业收入41.2亿元。"
    assert filer_of(text, [(Mention(0, 4, "霈川科技", "ORG"), "pc")]) == "pc"
    assert filer_of("霈川科技年度业绩说明会召开", [(Mention(0, 4, "霈川科技", "ORG"), "pc")]) == "pc"
    assert filer_of("霈川科技与宁霈电池签约", [(Mention(0, 4, "霈川科技", "ORG"), "pc")]) is None


def test_a_company_that_signs_the_document_at_its_end_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "致股东信\n\n各位股东:\n我们的营业收入达到68.4亿元。\n\n霈驰新能源科技股份有限公司董事长 郑霈\n2026年3月28日\n"
    i = text.index("霈驰")
    signer = Mention(i, i + 13, "霈驰新能源科技股份有限公司", "ORG")
    assert filer_of(text, [(signer, "hc")]) == "hc"
    # (a company named in the last lines but signing nothing is no filer)
    other = "致股东信\n我们的营业收入达到68.4亿元。\n霈驰新能源科技股份有限公司与宁德时代续签协议。\n"
    j = other.index("霈驰")
    assert filer_of(other, [(Mention(j, j + 13, "霈驰新能源科技股份有限公司", "ORG"), "hc")]) is None


def test_a_listings_cards_are_a_name_alone_on_its_line_then_two_fields_at_least():
    from extractor.records import card_at, profile_cards

    text = ("本周三家公司\n\n1. 缙光半导体\n成立时间:2022年\n\n总部:合肥\n最新进展:完成融资。\n以上信息来自公开资料。\n\n"
            "## 缙澜生物\n总部:苏州\n\n缙川储能\n总部:常州\n")
    mentions = []
    for name, eid in (("缙光半导体", "a"), ("合肥", "hf"), ("缙澜生物", "b"), ("苏州", "sz"), ("缙川储能", "c")):
        s = text.index(name)
        mentions.append((Mention(s, s + len(name), name, "GPE" if eid in ("hf", "sz") else "ORG"), eid,
                         "GPE" if eid in ("hf", "sz") else "ORG"))
    cards = profile_cards(text, mentions)
    assert [c.entity for c in cards] == ["a"]  # (one field is no card: 缙澜生物, 缙川储能)
    assert text[cards[0].start:cards[0].end].endswith("最新进展:完成融资。")
    assert card_at(cards, text.index("合肥")).entity == "a"
    assert card_at(cards, text.index("以上")) is None and card_at(cards, text.index("缙光半导体")) is None


def test_a_forms_name_field_heads_a_card_as_a_name_alone_does():
    from extractor.records import card_at, profile_cards

    text = "二、标的公司基本情况\n公司名称:无锡濛微半导体有限公司\n法定代表人:章濛宁\n注册资本:5亿元\n\n特此公告。\n"
    name, person = "无锡濛微半导体有限公司", "章濛宁"
    mentions = [(Mention(text.index(name), text.index(name) + len(name), name, "ORG"), "w", "ORG"),
                (Mention(text.index(person), text.index(person) + len(person), person, "PERSON"), "z", "PERSON")]
    cards = profile_cards(text, mentions)
    assert [c.entity for c in cards] == ["w"]
    assert card_at(cards, text.index("5亿元")).entity == "w" and card_at(cards, text.index("特此")) is None
    # (a name field with more after the name is no card's heading)
    text2 = text.replace("有限公司\n", "有限公司,已注销\n")
    mentions2 = [(Mention(text2.index(name), text2.index(name) + len(name), name, "ORG"), "w", "ORG")]
    assert profile_cards(text2, mentions2) == []


def test_the_record_of_a_companys_meetings_with_investors_is_its_filing():
    from extractor.records import titled_filer_of

    text = "濛科智能:投资者关系活动记录表(2026-012)\n\n参与单位名称:中金公司\n"
    m = Mention(0, 4, "濛科智能", "ORG")
    assert titled_filer_of(text, [(m, "k")]) == "k"
    assert titled_filer_of("濛科智能:三季度营收增长12%\n", [(m, "k")]) is None  # (a headline's claim, no filing)


def test_a_company_with_its_stock_code_that_publishes_its_investor_meeting_record_is_the_filer():
    from extractor.records import Mention, filer_of

    text = "深圳跨境电商企业濛拓科技(301xxx.SZ)11月28日发布投资者关系活动记录。亚马逊仍是公司最大的销售渠道。"
    filer = Mention(text.index("濛拓科技"), text.index("濛拓科技") + 4, "濛拓科技", "ORG")
    amazon = Mention(text.index("亚马逊"), text.index("亚马逊") + 3, "亚马逊", "ORG")
    assert filer_of(text, [(filer, "mt"), (amazon, "amazon")]) == "mt"
