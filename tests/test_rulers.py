from __future__ import annotations

import pytest

from extractor.errors import ConfigError
from extractor.rulers import load_cues


def ents(nlp, text):
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def names_in(nlp, text):
    return [t for t, _, _ in ents(nlp, text)]


def test_parenthesised_alias_shares_the_entity_id(nlp):
    found = ents(nlp, "北辰星光文化有限公司（以下简称“北辰”）今年上市。北辰表示增长很快。")
    ids = {i for t, _, i in found if t in ("北辰星光文化有限公司", "北辰")}
    assert len(ids) == 1 and ids != {""}
    assert sum(1 for t, _, _ in found if t == "北辰") == 2  # the later repeat is found too


def test_english_name_in_parentheses_of_a_known_entity_gets_its_id(nlp):
    found = ents(nlp, "腾讯(Tencent Holdings)发布财报。")
    assert ("Tencent Holdings", "ORG", "tencent") in found


def test_homophone_and_filler_variants_of_a_found_name(nlp):
    found = ents(nlp, "一个叫青木堂的品牌火了。后来清木堂开了店,青木的堂也上了热搜。")
    texts = {t for t, _, _ in found}
    assert {"青木堂", "清木堂", "青木的堂"} <= texts


def test_organisation_named_after_its_city_replaces_the_place(nlp):
    found = ents(nlp, "杭州翎栩文化传媒有限公司成立了。")
    assert ("杭州翎栩文化传媒有限公司", "ORG", "") in found
    assert not any(t == "杭州" for t, _, _ in found)


def test_person_cue_rejects_everyday_words(nlp):
    found = ents(nlp, "主播连线观众,投资人和品牌方都来了。")
    assert not any(label == "PERSON" for _, label, _ in found)


def test_invalid_cue_file_names_file_and_line(tmp_path):
    bad = tmp_path / "cues.jsonl"
    bad.write_text('{"id": "ok", "kind": "left", "cue": "旗下", "label": "ORG"}\n{"id": "x", "kind": "regex", "regex": "(unclosed"}\n',
                   encoding="utf-8")
    with pytest.raises(ConfigError, match=r"cues.jsonl:2: invalid cue pattern"):
        load_cues(bad)
    twice = tmp_path / "twice.jsonl"
    twice.write_text('{"id": "a", "kind": "left", "cue": "旗下", "label": "ORG"}\n{"id": "a", "kind": "left", "cue": "麾下", "label": "ORG"}\n',
                     encoding="utf-8")
    with pytest.raises(ConfigError, match=r"twice.jsonl:2: invalid cue pattern \(duplicate id 'a'\)"):
        load_cues(twice)


def test_variant_scan_near_the_end_of_the_text(nlp):
    # a filler character close to the end used to index past the text
    assert ("青木堂", "ORG", "") in ents(nlp, "一个叫青木堂的品牌。青木的")
    assert ("马云", "PERSON", "ma-yun") in ents(nlp, "阿里巴巴集团董事局主席马云昨天在杭州宣布了新的计划。")


def test_category_suffix_needs_a_proper_name_before_it(nlp):
    found = ents(nlp, "岚迪咖啡开了新店。我每天喝速溶咖啡。")
    assert ("岚迪咖啡", "ORG", "") in found
    assert not any("速溶" in t for t, _, _ in found)


def test_trailing_verbs_are_trimmed_from_statistical_entities():
    import spacy
    from spacy.tokens import Span

    from extractor.rulers import EntityTrimmer

    nlp = spacy.blank("zh")
    doc = nlp("本轮由蓝海创投领投。")
    doc.ents = [doc.char_span(3, 9, label="ORG")]  # a statistical guess that swallowed 领投
    doc = EntityTrimmer(frozenset({"领投"}))(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("蓝海创投", "ORG")]
    assert isinstance(doc.ents[0], Span)


def test_statistical_guesses_across_a_break_or_a_plus_are_dropped():
    import spacy

    from extractor.rulers import EntityTrimmer

    nlp = spacy.blank("zh")
    doc = nlp("走内容+电商的路,看Disney+的剧,理发店,咖啡店")
    doc.ents = [doc.char_span(1, 6, label="ORG"), doc.char_span(10, 17, label="ORG"),
                doc.char_span(20, 27, label="ORG")]
    assert [e.text for e in doc.ents] == ["内容+电商", "Disney+", "理发店,咖啡店"]
    doc = EntityTrimmer(frozenset())(doc)
    assert [e.text for e in doc.ents] == ["Disney+"]


def test_category_suffix_cue_does_not_run_across_symbols(nlp):
    found = ents(nlp, "这家公司走的是内容+电商的路线。")
    assert not any("+" in t for t, _, _ in found)


def test_known_names_inside_a_longer_entity_are_left_alone(nlp):
    found = ents(nlp, "他在招商银行北京分行工作,后来去了中国人民大学。")
    assert not any(t in ("北京", "中国") for t, _, _ in found)


def test_parentheses_without_a_latin_name_or_keyword_are_no_alias(nlp):
    found = ents(nlp, "星河科技有限公司（记者张三）今天发布了新品。")
    assert not any("记者" in t for t, _, _ in found)


def test_names_that_are_everyday_words_only_confirm_the_model(nlp):
    # 微博 is the platform and also "a post": the gazetteer does not add it on its own
    found = ents(nlp, "我刚发了一条微博。")
    assert not any(t == "微博" for t, _, _ in found)


def test_names_listed_with_a_known_organisation_share_its_type(nlp):
    found = ents(nlp, "腾讯、翎栩互娱和青木堂等公司都参加了。")
    assert ("翎栩互娱", "ORG", "") in found
    assert ("青木堂", "ORG", "") in found


def test_list_items_that_are_everyday_words_or_run_past_a_name_are_not_names(nlp):
    found = ents(nlp, "腾讯、直播和用户都在增长。腾讯与发布会现场的观众合影。阿里巴巴和翎栩放在一起比较。")
    assert {t for t, _, _ in found} == {"腾讯", "阿里巴巴"}


def test_shipped_trailing_words_cut_a_count_noun_off_an_organisation():
    # 门店 (stores) follows a company's name; it never ends it
    assert _trimmed("翎栩互娱门店数突破1万家。", 0, 6, trailing="trailing_words.txt") == [("翎栩互娱", "ORG")]


def _trimmed(text: str, start: int, end: int, label: str = "ORG", **lists: str) -> list[tuple[str, str]]:
    """One statistical guess text[start:end] (an ORG unless `label` says otherwise) through an EntityTrimmer built
    from the named shipped word lists (trailing=, descriptors=, opening= → file names); what is left of it."""
    import spacy

    from extractor.gazetteer import load_word_list
    from extractor.rulers import EntityTrimmer

    doc = spacy.blank("zh")(text)
    doc.ents = [doc.char_span(start, end, label=label)]
    words = {k: load_word_list(v) for k, v in lists.items()}
    doc = EntityTrimmer(words.pop("trailing", frozenset()), **words)(doc)
    return [(e.text, e.label_) for e in doc.ents]


def _cue_matcher():
    from extractor.gazetteer import load_word_list
    from extractor.rulers import CueMatcher

    return CueMatcher(load_cues(), load_word_list("stopwords.txt"), load_word_list("trailing_words.txt"))


def test_a_known_organisation_vouches_for_a_place_guess_in_its_list():
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("zh")("翎栩互娱、洛萨里诺等企业降价了。北京、洛萨里诺都下雪了。")
    doc.ents = [Span(doc, 0, 4, label="ORG", span_id="lingxu"), Span(doc, 5, 9, label="GPE"),
                Span(doc, 16, 18, label="GPE"), Span(doc, 19, 23, label="GPE")]
    doc = _cue_matcher()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("翎栩互娱", "ORG"), ("洛萨里诺", "ORG"), ("北京", "GPE"),
                                                      ("洛萨里诺", "GPE")]


def test_a_list_item_loses_a_word_that_never_ends_a_name(nlp):
    found = ents(nlp, "本轮由腾讯和翎栩资本领投的融资已经完成。")
    assert ("翎栩资本", "ORG", "") in found
    assert not any(t.endswith("领投") for t, _, _ in found)


def test_a_description_before_a_latin_name_is_cut_off_a_guess():
    assert _trimmed("阿布扎比投资机构Lingxu Holdings入股了。", 0, 23, descriptors="descriptor_nouns.txt") == [
        ("Lingxu Holdings", "ORG")]


def test_a_compound_with_partner_is_not_an_organisation(nlp):
    found = ents(nlp, "事业合伙人门店占比接近七成。")
    assert not any(t == "事业" for t, _, _ in found)


def test_a_known_name_wins_over_a_guess_that_only_adds_former():
    import spacy

    from extractor.gazetteer import default_gazetteer, load_word_list
    from extractor.rulers import GazetteerMatcher

    nlp = spacy.blank("zh")
    matcher = GazetteerMatcher(default_gazetteer(), load_word_list("leading_words.txt"))
    doc = nlp("他是前美团高管,也在中国银行北京分行工作过。")
    doc.ents = [doc.char_span(2, 5, label="ORG"), doc.char_span(10, 18, label="ORG")]
    doc = matcher(doc)
    assert [(e.text, e.ent_id_ != "") for e in doc.ents] == [("美团", True), ("中国银行北京分行", False)]


def test_a_latin_name_under_an_organisation_is_a_brand(nlp):
    from extractor.spans import brand_hints

    doc = nlp("星河科技旗下的Lumi和Nova卖得最好。")
    assert [(e.text, (e.start_char, e.end_char) in brand_hints(doc)) for e in doc.ents][:2] == [
        ("星河科技", False), ("Lumi", True)]


def test_a_board_is_trimmed_to_its_company():
    assert _trimmed("蓝湾科技董事会主席张明远表示。", 0, 7, trailing="trailing_words.txt") == [("蓝湾科技", "ORG")]


def test_names_enumerated_before_a_brand_noun_are_organisations():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("zh")
    doc = nlp("集团旗下拥有青岚、彪马和木槿等高端户外品牌。")
    doc.ents = [Span(doc, 9, 11, label="PERSON")]  # a statistical guess the list context overrules (彪马)
    doc = _cue_matcher()(doc)
    # (the doc labels brands ORG; resolution tells brand from company)
    assert [(e.text, e.label_) for e in doc.ents] == [("青岚", "ORG"), ("彪马", "ORG"), ("木槿", "ORG")]
    # everyday words are not brands, and a person's role after 品牌 is no brand context
    for text in ("商场里有很多国外、国内等品牌。", "会上有张伟、李明等品牌创始人发言。"):
        assert not _cue_matcher()(nlp(text)).ents, text


def test_a_name_is_found_by_its_place_in_the_clause(nlp):
    # no one knows these names and they have no company suffix (the segmenter cuts 朔川|能|达); each clause
    # around them says they are organisations
    for name, text in (("宁远时代", "储能企业宁远时代宣布,任命周明为首席财务官。"),
                       ("朔川能达", "朔川能达创始人兼董事长韩立新表示,增长很快。"),
                       ("宁远时代", "资料显示,宁远时代成立于2017年。")):
        assert (name, "ORG", "") in ents(nlp, text), text
    # everyday words in the same places are not names, nor is a title joined to the next (创始人兼CEO)
    assert not [e for e in ents(nlp, "公司正式宣布了新计划。团队成立于2015年。企业今年宣布扩张。") if e[1] == "ORG"]
    assert not [e for e in ents(nlp, "云帆科技成立于2023年,创始人兼CEO杨明毕业于清华。") if e[0].startswith("创始人")]


def test_a_known_organisation_takes_its_organisational_suffix(nlp):
    found = ents(nlp, "本轮由红杉中国领投,源码创投跟投。蓝湾科技宣布新任CFO。")
    assert ("源码创投", "ORG", "") in found
    assert not any(t == "新任" for t, _, _ in found)


def test_a_headline_verb_is_not_part_of_the_name_after_it(nlp):
    found = ents(nlp, "对话翎栩互娱创始人周涛:一款游戏如何做到年收入10亿?")
    assert ("翎栩互娱", "ORG", "") in found
    assert not any(t.startswith("对话") for t, _, _ in found)
    assert _trimmed("专访远川星图的创始人。", 0, 6, opening="opening_words.txt") == [("远川星图", "ORG")]


def test_a_brand_named_with_a_verb_or_a_latin_alias_is_found(nlp):
    # 花 + 知晓 (a verb after the first piece) reads as a name; 推出 + 新品 (a verb first) does not
    assert ("星知晓", "ORG", "") in ents(nlp, "资料显示,星知晓成立于2016年。")
    assert not [e for e in ents(nlp, "资料显示,推出新品成立于2016年。") if e[1] == "ORG"]
    found = ents(nlp, "国货彩妆品牌月知晓(Moon Knows)近日开设了官方店铺。")
    ids = {i for t, _, i in found if t in ("月知晓", "Moon Knows")}
    assert len(ids) == 1 and ids != {""}  # the Latin name in brackets is the same brand
    assert ("橘月", "ORG", "") in ents(nlp, "另一家国货美妆品牌橘月也在今年入驻了天猫。")
    assert not [e for e in ents(nlp, "品牌方也在积极布局。") if e[1] == "ORG"]


def test_a_platform_country_site_is_the_platform():
    assert _trimmed("蓝鲸商城东南亚站上线了。", 0, 8) == [("蓝鲸商城", "ORG")]


def test_a_place_inside_an_organisation_name_does_not_end_it(nlp):
    found = ents(nlp, "投资方包括博远亚洲基金和君岚资本。")
    assert ("博远亚洲基金", "ORG", "") in found
    assert not any(t == "亚洲" for t, _, _ in found)


def test_known_places_are_found_with_their_ids(nlp):
    found = ents(nlp, "云帆科技于2014年在苏州创立,总部位于江苏南京。")
    assert ("苏州", "GPE", "suzhou") in found and ("南京", "GPE", "nanjing") in found


def test_names_listed_before_a_known_one_are_organisations_when_the_list_start_is_fixed():
    import spacy

    nlp = spacy.blank("zh")

    def found(text):
        doc = nlp(text)
        s = text.index("腾讯")
        doc.ents = [doc.char_span(s, s + 2, label="ORG", span_id="tencent")]
        return [(e.text, e.label_) for e in _cue_matcher()(doc).ents]

    assert found("主要对手包括青岚智能、远川星图和腾讯等。") == [("青岚智能", "ORG"), ("远川星图", "ORG"), ("腾讯", "ORG")]
    # no opener before the first member: where the list starts is unknown, so nothing is added
    assert found("今年青岚智能、远川星图和腾讯都发布了新模型。") == [("腾讯", "ORG")]
    # a verb or a count is no name
    assert found("投资方有：有鸟巢、积3分和腾讯。") == [("腾讯", "ORG")]
    # followers after 领投, and names of everyday words with an organisational suffix (启明 + 创投)
    assert found("本轮由蓝海资本领投,青岚资本、启明创投和腾讯跟投。") == [
        ("蓝海资本", "ORG"), ("青岚资本", "ORG"), ("启明创投", "ORG"), ("腾讯", "ORG")]


def test_a_data_source_or_a_media_byline_is_an_organisation(nlp):
    assert ("蝉知道", "ORG", "") in ents(nlp, "据蝉知道数据,该品牌去年的销售额约为3亿元。")
    assert ("42氪", "ORG", "") in ents(nlp, "42氪获悉,星衡智能已于近期完成融资。")
    for text in ("据不完全统计,销量翻倍。", "据媒体报道,公司上市。", "另据报道,公司上市。", "记者获悉,公司上市。"):
        assert not [e for e in ents(nlp, text) if e[1] == "ORG"], text


def test_two_character_known_name_across_two_words_is_a_coincidence(nlp):
    # 提高|通过 holds 高通 and 发展|中国|家 holds 中国: neither edge on a word boundary, so no name
    assert not any(t == "高通" for t, _, _ in ents(nlp, "这项政策有助于提高通过率。"))
    assert not any(t == "中国" for t, _, _ in ents(nlp, "发展中国家的汽车消费量还很小。"))
    assert ("高通", "ORG", "qualcomm") in ents(nlp, "高通昨天发布了新一代手机芯片。")
    # split across two words no dictionary knows (传谷|歌欲), it is the name the segmenter cut apart
    assert ("谷歌", "ORG", "google") in ents(nlp, "传谷歌欲收购一家游戏制造商。")
    # three characters cut out of a dictionary word (美好|未来 holds 好未来) are a coincidence too
    assert not any(t == "好未来" for t, _, _ in ents(nlp, "我们对美好未来充满期待。"))
    assert ("好未来", "ORG", "tal") in ents(nlp, "好未来发布了第三季度财报。")


def _repeats_on(nlp, words, ents_at):
    """Runs the variant matcher on a hand-segmented doc with the given (start token, end token, label) ents."""
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents_at]
    nlp.get_pipe("kg_variants")(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_repeat_of_a_found_name_replaces_a_place_guessed_inside_it(nlp):
    # 毛球 guessed a place inside the second 毛球星球: the name found before wins
    words = ["蓝鲸星球", "宣布", "。", "品牌", "蓝鲸", "星球", "近日", "宣布"]
    assert _repeats_on(nlp, words, [(0, 1, "ORG"), (4, 5, "GPE")]) == [("蓝鲸星球", "ORG"), ("蓝鲸星球", "ORG")]
    # a place that sticks out past the name is another name: left alone
    words = ["蓝鲸星球", "宣布", "。", "品牌", "蓝鲸", "星球", "城", "近日"]
    assert _repeats_on(nlp, words, [(0, 1, "ORG"), (4, 7, "GPE")]) == [("蓝鲸星球", "ORG"), ("蓝鲸星球城", "GPE")]


def test_an_everyday_word_known_as_a_company_is_named_by_its_market_share(nlp):
    assert "荣耀" in names_in(nlp, "小米的份额为14%,荣耀的份额为12%。")
    assert "荣耀" in names_in(nlp, "荣耀以12%的份额排名第六。")
    assert "荣耀" not in names_in(nlp, "这是我们的荣耀。")


def test_names_before_a_known_brand_they_co_branded_with_are_brands(nlp):
    assert "濛茶" in names_in(nlp, "今天排队了!!!濛茶和原神的第二次联名终于来了。")
    assert "濛茶" in names_in(nlp, "今天,濛茶、原神的联名来了。")
    assert "濛茶" not in names_in(nlp, "今天,濛茶和原神一起上线了。")  # (no co-brand, no fixed list)


def test_a_name_the_model_guessed_a_place_beside_a_country_is_the_organisation_found_later(nlp):
    text = "濛康药明与美国Lumora Bio签订合同\n\n公司与美国生物技术公司Lumora Bio签署了服务协议。"
    assert [label for t, label, _ in ents(nlp, text) if t == "Lumora Bio"] == ["ORG", "ORG"]


def test_a_known_game_is_a_product_and_its_co_brand_partner_a_name(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "今天,濛茶和原神的联名来了。")]
    assert ("原神", "PRODUCT") in found and ("濛茶", "ORG") in found  # (a brand is an organisation in the doc)


def test_a_guess_made_of_two_known_names_is_the_two(nlp):
    found = names_in(nlp, "此次合作意味着濛思将与阿里云通义、百度文心等国产大模型在企业市场正面竞争。")
    assert "阿里云" in found and "通义" in found and "阿里云通义" not in found


def test_latin_people_after_a_researchers_title_both_found(nlp):
    found = ents(nlp, "濛思科技由前OpenAI研究员Sarah Lin和Kevin Zhou于2022年共同创立。")
    assert ("Sarah Lin", "PERSON", "") in found and ("Kevin Zhou", "PERSON", "") in found


def test_what_a_guess_leaves_past_a_bracket_is_no_name_when_only_a_kind_of_company(nlp):
    assert not any(t.startswith("餐饮管理") for t in names_in(nlp, "对此,濛饮(上海)餐饮管理有限公司郑重声明如下:"))


def test_a_latin_name_a_customers_list_gives_is_an_organisation(nlp):
    assert "Sonnen" in names_in(nlp, "答:公司储能产品目前主要供应给国家电网,海外客户包括德国的Sonnen。")


def test_a_rating_agencys_verb_and_a_marketing_measure_are_no_part_of_a_name(nlp):
    found = names_in(nlp, "同日,中诚信国际发布跟踪评级报告,维持濛盛集团主体信用等级为AA+。")
    assert "濛盛集团" in found and not any(t.startswith("维持") for t in found)
    assert "曝光度" not in names_in(nlp, "业内人士认为,濛跑此次合作有助于提升品牌曝光度。")


def test_a_flash_items_announcer_a_table_owner_column_and_a_markets_scope(nlp):
    assert "濛能电池" in names_in(nlp, "【濛能电池拟在匈牙利建厂】濛能电池公告称,拟投资12亿欧元建设电池工厂。")
    assert "濛茶餐饮" in names_in(nlp, "| 排名 | 品牌 | 门店数 | 所属公司 |\n| --- | --- | --- | --- |\n| 1 | 濛茶 | 4200 | 濛茶餐饮 |\n"
                                      "| 2 | 青禾 | 3100 | 青禾控股 |\n")
    assert not any("新茶饮" in t for t in names_in(nlp, "据统计,截至11月底,全国新茶饮门店总数约为43万家。"))


def test_a_start_up_described_before_its_name_loses_no_character_to_it(nlp):
    found = names_in(nlp, "近日,濛湖大学与生物医药初创企业濛因生物签署专利许可协议。")
    assert "濛因生物" in found and "业濛因生物" not in found


def test_a_rivals_country_and_kind_are_no_part_of_its_latin_name(nlp):
    found = ents(nlp, "在智能戒指赛道,濛环科技的主要对手是芬兰品牌Quvo以及三星。")
    assert ("芬兰", "GPE", "finland") in found and any(t == "Quvo" for t, _, _ in found)
    assert not any(t.startswith("芬兰品牌") for t, _, _ in found)


def test_names_a_deal_counts_are_organisations_each_after_its_city(nlp):
    found = names_in(nlp, "已完成对成都的宠濛有家、重庆的安濛宠物和西安的乐濛动物医院三家区域连锁的收购。")
    assert {"宠濛有家", "安濛宠物", "乐濛动物医院"} <= set(found)
    assert found.count("研发") == 0 and "生产" not in names_in(nlp, "公司对研发、生产和销售三家子公司进行了调整。")


def test_a_plaintiff_described_before_its_name(nlp):
    assert "濛果农业" in names_in(nlp, "近日,生鲜电商供应商濛果农业向杭州市西湖区人民法院提起诉讼。")


def test_a_country_and_a_kind_before_a_brand_and_some_of_a_kind_are_no_names(nlp):
    found = names_in(nlp, "美国仓储会员店品牌NorthMart在中国大陆的首家门店在杭州萧山开业。")
    assert not any(t.startswith("美国") and len(t) > 2 for t in found)
    assert not any(t.startswith("多家") for t in names_in(nlp, "本期基金的出资人包括淡马锡、阿布扎比投资局以及多家大学捐赠基金。"))


def test_a_markets_scope_before_a_product_kind_is_no_name(nlp):
    found = names_in(nlp, "IDC数据显示,今年前三季度中国AI眼镜出货量约为60万台。")
    assert "IDC" in found and not any(t.startswith("中国AI") for t in found)


def test_two_latin_customers_each_after_its_country(nlp):
    found = names_in(nlp, "据悉,濛能集团的储能产品主要销往欧洲,客户包括德国的E.ON和澳大利亚的AGL。")
    assert "E.ON" in found and "AGL" in found


def test_a_post_signed_by_its_founder_and_a_private_fund_named_by_its_suffix(nlp):
    found = ents(nlp, "感谢我们的加盟商。\n\n—— 濛饮创始人 戚濛然")
    assert ("戚濛然", "PERSON", "") in found
    assert "濛信资管" in names_in(nlp, "据了解,他将加盟上海的私募机构濛信资管,担任首席投资官。")


def test_an_announcers_verb_and_a_ranking_list_are_no_part_of_a_name(nlp):
    assert "濛驰科技" in names_in(nlp, "12月2日,汽车电子供应商濛驰科技公告称,公司近期收到比亚迪的定点通知。")
    assert "榜中" not in names_in(nlp, "在天猫美妆品牌榜中排名第九,首次进入前十。")


def test_a_category_before_a_chains_brand_is_no_name(nlp):
    found = names_in(nlp, "12月1日,川味面馆连锁品牌濛面馆在吉隆坡的首家门店正式开业。")
    assert "濛面馆" in found and "川味面馆" not in found


def test_a_repeat_of_a_longer_name_found_elsewhere_wins_over_a_known_name_inside_it(nlp):
    # a headline the model missed: 高瓴 is known, but the body names 高瓴创投 (a name of its own)
    text = "濛色完成B轮融资 高瓴濛投领投\n\n本轮由北京高瓴濛投股权投资有限公司(以下简称\"高瓴濛投\")领投。"
    found = [t for t, _, _ in ents(nlp, text) if t.startswith("高瓴")]
    assert found and all(t == "高瓴濛投" for t in found), found
    # with no longer name in the text, the known name stays
    assert "高瓴" in names_in(nlp, "本轮由高瓴领投。")


def test_a_repeat_glued_to_a_function_word_counts(nlp):
    # the segmenter glued 因 onto the name's end (蓝|湾汇因): still the name
    words = ["蓝", "湾汇因", "故", "受罚", "。", "蓝湾汇", "称"]
    assert _repeats_on(nlp, words, [(5, 6, "ORG")]) == [("蓝湾汇", "ORG"), ("蓝湾汇", "ORG")]
    # glued to a character that continues a word (蓝湾汇|法 → …法): not the name
    words = ["蓝", "湾汇法", "规定", "。", "蓝湾汇", "称"]
    assert _repeats_on(nlp, words, [(4, 5, "ORG")]) == [("蓝湾汇", "ORG")]


def test_everyday_words_before_company_describe_rather_than_name():
    from extractor.rulers import _descriptive_org

    assert _descriptive_org("合资电池公司") and _descriptive_org("科技贸易公司")
    # one word may be the name (可口可乐公司, 石油公司), a place or Latin letters make a name (北京电力公司, 3M公司)
    assert not any(map(_descriptive_org, ["可口可乐公司", "石油公司", "北京电力公司", "3M公司", "资本集团公司"]))


def test_a_quoted_name_bounds_the_guesses_inside_it(nlp):
    # the model cuts the everyday word off the front (蓝鲸|上汽电池有限公司); the quotes say where the name starts
    found = ents(nlp, "双方将在江苏常州共同成立合资公司“蓝鲸上汽电池有限公司”，总投资50亿元。")
    assert ("蓝鲸上汽电池有限公司", "ORG", "") in found


def test_a_stock_code_after_a_name_makes_it_a_listed_company(nlp):
    found = ents(nlp, "社区生鲜连锁企业青禾优选(股票代码:02698.HK)公布第三季度业绩。")
    assert ("青禾优选", "ORG", "") in found


def test_the_lead_investor_after_you(nlp):
    assert ("深蓝创投", "ORG", "") in ents(nlp, "公司获得了由深蓝创投领投的5亿元C轮融资。")


def test_a_data_source_inside_a_word_is_no_source(nlp):
    # 数据 holds 据: 据平台飞瓜 is not a source; the platform is named before 统计
    found = ents(nlp, "据第三方数据平台青瓜数据统计,本场直播共上架商品120款。")
    assert ("青瓜数据", "ORG", "") in found and not any(t.startswith("平台") for t, _, _ in found)


def test_a_field_of_business_is_no_company(nlp):
    # 冷链物流方面 names a field; 充电器 merely ends like 电器
    assert not any(t == "冷链物流" for t, _, _ in ents(nlp, "双方将在冷链物流方面共享资源。"))
    assert not any("充电器" in t for t, _, _ in ents(nlp, "深圳企业极光科技昨日发布新一代氮化镓充电器。"))


def test_names_listed_after_a_competitor_opener(nlp):
    # 绿野科技 is found by its suffix in the same pass; the list it closes starts after 对手是
    found = ents(nlp, "在充电配件领域,极光科技的主要竞争对手是安澜创新和绿野科技。")
    assert ("安澜创新", "ORG", "") in found and ("绿野科技", "ORG", "") in found


def test_a_brand_named_at_a_clause_end(nlp):
    found = ents(nlp, "一年后,她在广州创立了护发品牌青丝坊。青丝坊的第一款产品是一瓶洗发水。")
    assert ("青丝坊", "BRAND", "") in found or ("青丝坊", "ORG", "") in found


def test_descriptions_before_a_name_are_cut_off(nlp):
    # 运动用品集团 describes 安跃集团; 巨头 opens no name; a Latin given name belongs to the person
    found = ents(nlp, "运动用品集团安跃集团宣布完成收购,北境成为运动品牌巨头安跃集团的全资子公司。北境现任首席执行官Erik Larsson将留任。")
    names = {t for t, _, _ in found}
    assert "安跃集团" in names and not any(n.endswith("集团安跃集团") or n.startswith("巨头") for n in names)
    assert "Erik Larsson" in names and "Larsson" not in names


def test_what_follows_a_bare_brand_word_is_not_always_a_name(nlp):
    # 这个品牌 + a predicate (客单价很高, 会走得更快) names nothing
    for text in ("这个品牌客单价很高,适合长期经营。", "我认为品牌会走得更快。", "与对手相比,我们在品牌认知度上仍有差距。"):
        assert not any(label == "BRAND" or t in ("客单价很高", "会走得更快") for t, label, _ in ents(nlp, text)), text


def test_a_cue_with_a_requirement_is_skipped_when_the_text_lacks_it(tmp_path):
    import spacy

    cues = tmp_path / "cues.jsonl"
    cues.write_text('{"id": "x", "kind": "regex", "regex": "由(?P<name>[\\\\u4e00-\\\\u9fff]{2,4}?)(?:领投|投资)", '
                    '"groups": {"name": "ORG"}, "requires": "领投"}\n', encoding="utf-8")
    (pattern,) = load_cues(cues)
    nlp = spacy.blank("zh")
    from extractor.rulers import CueMatcher

    matcher = CueMatcher([pattern], frozenset())
    assert [(s, e) for s, e, _, _ in matcher.find(nlp("由蓝鲸创投领投。"))] == [(1, 5)]
    assert matcher.find(nlp("由蓝鲸创投投资。")) == []  # the regex would match; the requirement is absent


def test_names_ranked_in_a_market_are_organisations(nlp):
    found = {(t, label) for t, label, _ in ents(nlp, "从品牌来看,禾岚电器以21.5%的份额位居第一,澜越智能和拓晓科技分列第二、第三。")}
    assert {("禾岚电器", "ORG"), ("澜越智能", "ORG"), ("拓晓科技", "ORG")} <= found
    assert not any(t.startswith("销量") for t, _ in ents_of(nlp, "今年销量位居第一。"))


def ents_of(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_names_given_as_examples_of_brands_are_brands(nlp):
    found = {t for t, _, _ in ents(nlp, "像岚峰石、沐川和柏希诺这样的品牌发展非常快。")}
    assert {"岚峰石", "沐川", "柏希诺"} <= found


def test_a_latin_brand_may_start_with_a_small_letter(nlp):
    assert ("iVolta", "ORG") in ents_of(nlp, "海外品牌iVolta的份额有所下滑。")
    assert not any(t == "ipad" for t, _ in ents_of(nlp, "海外品牌ipad的份额有所下滑。"))


def test_a_regional_division_is_not_part_of_the_company_before_a_title(nlp):
    found = ents_of(nlp, "Solvik中国区总裁林远接受了采访。")
    assert ("Solvik", "ORG") in found and not any("中国区" in t for t, _ in found)
    assert not any(t == "大中华区" for t, _ in ents_of(nlp, "他历任市场总监、大中华区副总裁。"))


def test_headquarters_is_trimmed_off_an_organisation():
    assert _trimmed("禾岚电器总部位于深圳。", 0, 6, trailing="trailing_words.txt") == [("禾岚电器", "ORG")]


def test_a_preposition_and_half_a_title_are_no_organisation(nlp):
    assert not any(label == "ORG" for _, label in ents_of(nlp, "另外,由副总裁许安代行财务总监职责。"))


def test_a_guess_running_out_of_quotes_is_dropped_for_the_quoted_name(nlp):
    found = ents_of(nlp, "火锅品牌“川渝坊”海外门店突破50家。川渝坊创立于2013年。")
    assert not any("”" in t for t, _ in found)
    assert [t for t, _ in found].count("川渝坊") == 2


def test_an_unpaired_quote_inside_a_guess():
    from extractor.rulers import _crosses_quote

    assert _crosses_quote("川渝坊”海外") and _crosses_quote("海外“川渝")
    assert not _crosses_quote("“中央军委”") and not _crosses_quote("Levi's")


def test_a_repeat_of_a_found_name_replaces_a_person_guessed_inside_it(nlp):
    words = ["品牌", "“", "川渝", "坊", "”", "开", "店", "。", "川渝", "坊", "创立", "于", "2013年", "。"]
    found = _repeats_on(nlp, words, [(2, 4, "ORG"), (8, 9, "PERSON")])
    assert found.count(("川渝坊", "ORG")) == 2 and ("川渝", "PERSON") not in found
    # a person guess that is the whole name stays a person (李宁 the founder beside 李宁 the company)
    words = words[:8] + ["川渝坊", "创立", "于", "2013年", "。"]
    assert ("川渝坊", "PERSON") in _repeats_on(nlp, words, [(2, 4, "ORG"), (8, 9, "PERSON")])


def test_a_former_employer_and_a_name_under_a_group_are_organisations(nlp):
    found = ents_of(nlp, "我之前在百岳云做了六年的算法负责人。")
    assert ("百岳云", "ORG") in found
    found = ents_of(nlp, "竞争对手主要是海底捞旗下的特澜国际以及小龙坎等品牌。")
    assert ("特澜国际", "ORG") in found
    assert not any(t == "主播" for t, _ in ents_of(nlp, "星芒传媒旗下主播已累计直播超过800场。"))


def test_a_quoted_product_is_a_name_and_the_brand_side_is_not(nlp):
    assert any(t == "蓝鲸助手" for t, _ in ents_of(nlp, "我们的产品“蓝鲸助手”上线半年。"))
    assert not any(t.startswith("方") for t, _ in ents_of(nlp, "据品牌方透露,店铺上线首月销量翻倍。"))
    # (…but a quoted claim of what a product does in so many days is no name: 产品"7天改善肠道问题")
    assert not any(t.startswith("7天") for t, _ in ents_of(nlp, "该公司宣称旗下产品\"7天改善肠道问题\",经查无依据。"))
    assert any(t == "7天酒店" for t, _ in ents_of(nlp, "公司推出新产品\"7天酒店\",上线半年。"))


def test_a_streamer_before_their_livestream_room_and_a_defined_short_name_after_a_function_word(nlp):
    found = ents_of(nlp, "11月11日晚,抖音美妆主播鱥鱦在直播间开展返场专场。")
    assert ("鱥鱦", "PERSON") in found and not any(t == "鱥鱦在" for t, _ in found)
    # (其中|国网鱨鱩: the known 中国网 runs into the short name the text defines; the short name wins)
    found = {t for t, _ in ents_of(nlp, "公司与国网鱨鱩电动汽车服务有限公司(以下简称\"国网鱨鱩\")签署合资协议。"
                                        "合资公司中,其中国网鱨鱩持股51%。")}
    assert "国网鱨鱩" in found and "中国网" not in found


def test_places_a_maker_is_in_are_no_makers_and_a_kind_of_seller_before_a_name_is_cut(nlp):
    found = ents_of(nlp, "公司的家具产品主要由福建漳州和广东佛山的20多家工厂代工生产。")
    assert not any(label == "ORG" for _, label in found)
    found = ents_of(nlp, "记者获悉,深圳家居卖家鱢鱤家居近日正式入驻鱥鱦商城。")
    assert ("鱢鱤家居", "ORG") in found and ("深圳", "GPE") in found


def test_a_person_taking_a_post_is_no_company_and_a_regional_chains_kind_is_cut(nlp):
    found = ents_of(nlp, "吴鱥担任董事会主席,刘鱦担任首席执行官,两人合计持有公司约62%的股份。")
    assert not any(label == "ORG" for _, label in found)
    found = ents_of(nlp, "12月4日,湖北区域连锁超市鱢鱤超市宣布,公司原CEO刘鱦因个人原因辞职。")
    assert ("鱢鱤超市", "ORG") in found and ("湖北", "GPE") in found


def test_a_cooperative_after_its_county_and_de_and_a_latin_maker_bought_from_a_country(nlp):
    found = ents_of(nlp, "记者近日走进鱢鱤县的鱥鱦脐橙专业合作社。")
    assert ("鱥鱦脐橙专业合作社", "ORG") in found and not any(t.startswith("的") for t, _ in found)
    found = ents_of(nlp, "公司设备所需的射频电源主要从美国的Zentrix和日本的供应商采购。")
    assert ("Zentrix", "ORG") in found


def test_a_head_an_officer_reports_to_is_a_person(nlp):
    found = ents_of(nlp, "公司任命何鱥为首席技术官,直接向公司创始人兼CEO郑鱦汇报。")
    assert ("郑鱦", "PERSON") in found


def test_competitors_listed_after_the_word_are_organisations(nlp):
    found = {t for t, _ in ents_of(nlp, "如今,青禾粥铺的竞争对手包括米禾坊和粥满堂。")}
    assert {"米禾坊", "粥满堂"} <= found
    found = {t for t, _ in ents_of(nlp, "其主要竞争对手包括52TOYS和TOP TOY,后者由名创优品孵化。")}
    assert {"52TOYS", "TOP TOY"} <= found  # a list item may hold a space between Latin words


def test_a_latin_founder_and_a_latin_service_firm_are_found(nlp):
    found = ents_of(nlp, "跨境电商服务商Shipnova创始人Kevin Zhao说,流量成本上升了。")
    assert ("Shipnova", "ORG") in found and ("Kevin Zhao", "PERSON") in found


def test_a_latin_brand_and_its_chinese_name_in_parentheses_are_one_entity(nlp):
    doc = nlp("主打户外电源的Voltari(沃拓力)已进入美国超过3000家门店。")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert "Voltari" in ids and "沃拓力" in ids and ids["Voltari"] == ids["沃拓力"] != ""


def test_an_organisation_cue_wins_over_a_person_guessed_inside_it(nlp):
    found = ents_of(nlp, "蓝帆出行目前的主要竞争对手为滴滴出行和曹操出行。")
    assert ("曹操出行", "ORG") in found and not any(label == "PERSON" for _, label in found)


def test_a_generic_word_alone_before_a_title_is_no_name(nlp):
    assert not any(t == "科技" for t, _ in ents_of(nlp, "远航科技CEO周立群在微博上表示,订单已超过5万台。"))


def test_a_company_reporting_its_month_opens_the_clause(nlp):
    found = ents_of(nlp, "其中,启岳汽车11月交付新车40,216辆,同比增长52%。")
    assert ("启岳汽车", "ORG") in found
    assert not any("汽车" in t for t, _ in ents_of(nlp, "其中,新能源汽车11月销量同比增长30%。"))


def test_a_bracket_is_trimmed_off_a_guess_that_took_it(nlp):
    found = ents_of(nlp, "分析师(摩根士丹利 孙立):请问管理层如何看待价格竞争?")
    assert ("孙立", "PERSON") in found and not any(t.endswith(")") for t, _ in found)


def test_a_quoted_name_written_twice_more_is_a_name(nlp):
    text = "有没有人用过“禾栖家”的扫地机?禾栖家是不是杭州的公司?用了半年禾栖家X20,吸力没问题。"
    assert ("禾栖家", "ORG") in ents_of(nlp, text)
    once = "据说行业里“傍名牌”现象频发,傍名牌的店越来越多。"  # quoted, repeated only once: a phrase
    assert not any(t == "傍名牌" for t, _ in ents_of(nlp, once))


def test_a_latin_cfo_and_a_quoted_model_are_found(nlp):
    assert ("Linda Chen", "PERSON") in ents_of(nlp, "首席财务官Linda Chen:本季度毛利率为12.8%。")
    assert any(t == "远岳S7" for t, _ in ents_of(nlp, "旗下首款SUV“远岳S7”上市两个月订单已超过5万台。"))


def test_a_registered_company_is_found_again_by_its_short_name(nlp):
    from extractor.rulers import short_name

    assert short_name("深圳云岳贸易有限公司") == "云岳贸易" and short_name("深圳市云岳贸易股份有限公司") == "云岳贸易"
    assert short_name("上海有限公司") is None and short_name("云岳贸易") is None
    assert short_name("星岳科技") == "星岳" and short_name("远航科技") is None  # not an everyday word (远航)
    doc = nlp("深圳云岳贸易有限公司被处以罚款。通报显示,云岳贸易在京东平台虚构划线价。")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert "云岳贸易" in ids and ids["云岳贸易"].startswith("~")


def test_names_said_to_be_companies_and_a_brand_before_its_product_are_organisations(nlp):
    found = ents_of(nlp, "欧岳家居和索菲娅都是非常优秀的企业,我们的定位不一样。")
    assert ("索菲娅", "ORG") in found and not any(label == "PERSON" for _, label in found)
    found = ents_of(nlp, "【广告】双11狂欢价!戴珊吸尘器直降800元,点击抢购。")
    assert ("戴珊", "ORG") in found
    assert ("张伟", "PERSON") in ents_of(nlp, "记者张伟和同事都是新闻工作者。")  # no company word after them


def test_an_old_shareholder_and_a_site_are_cut_off_names(nlp):
    assert ("梅岭创投", "ORG") in ents_of(nlp, "由高榕资本领投,老股东梅岭创投跟投。")
    assert _trimmed("北辰新材华中生产基地在孝感投产。", 0, 10, trailing="trailing_words.txt") == [("北辰新材", "ORG")]


def test_a_description_before_a_name_a_cue_found_is_dropped(nlp):
    found = ents_of(nlp, "星岳还宣布与德国光学公司蔡岳达成合作。")
    assert ("蔡岳", "ORG") in found and not any(t.endswith("公司") for t, _ in found)


def test_where_a_name_begins_after_its_description():
    from extractor.rulers import _after_description

    text = "机器人公司灵犀动力"
    assert _after_description(text, 0, len(text), {0, 3, 5}) == 5
    assert _after_description("腾讯公司", 0, 4, {0, 2}) == 0  # nothing would be left


def test_a_person_guess_ending_in_an_organisational_suffix_is_an_organisation():
    import re

    import spacy

    from extractor.rulers import EntityTrimmer

    doc = spacy.blank("zh")("产业投资人宁岚城投也将出资。")
    doc.ents = [doc.char_span(5, 9, label="PERSON")]
    doc = EntityTrimmer(frozenset(), org_suffix=re.compile("城投|资本"))(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("宁岚城投", "ORG")]


def test_a_former_marker_and_a_headline_verb_are_not_part_of_a_name(nlp):
    found = {t for t, _, _ in ents(nlp, "前星岚汽车副总裁周慕川加盟蓝岚出行,出任首席运营官。")}
    assert {"星岚汽车", "蓝岚出行"} <= found
    assert not any(t.startswith(("前", "加盟")) for t in found)
    # 前 inside a word stays: 前程 is no former marker
    assert "前程无忧" in {t for t, _, _ in ents(nlp, "前程无忧CEO甄荣辉表示,招聘回暖。")}


def test_a_title_modifier_is_no_organisation(nlp):
    found = ents(nlp, "星岚汽车回应称,其职责将由高级副总裁韩晓川接任。")
    assert not any(t == "高级" for t, _, _ in found)


def test_heads_of_a_numbered_list_share_the_type_of_the_known_ones(nlp):
    text = ("榜单如下:\n1. 珀莱雅:创立于2003年。\n2. 薇诺娜:主打敏感肌护理。\n3. 岚木源:2019年诞生于上海。\n"
            "4. 素岚:主打植物成分。\n5. 总结:新锐品牌增长快。")
    found = {t: label for t, label, _ in ents(nlp, text)}
    assert found.get("岚木源") == "ORG" and found.get("素岚") == "ORG"
    assert "总结" not in found  # an everyday word heading


def test_a_suffix_after_a_guessed_name_without_a_family_name_makes_one_company(nlp):
    found = {t for t, _, _ in ents(nlp, "凯岚电器是小家电品牌凯岚的生产企业。")}
    assert {"凯岚电器", "凯岚"} <= found
    # a person whose name opens with a family name keeps it: 邓小平|科技思想 is no company
    assert "邓小平科技" not in {t for t, _, _ in ents(nlp, "学习邓小平科技思想。")}


def test_brands_named_by_an_endorsement_or_an_announcement(nlp):
    found = {t for t, _, _ in ents(nlp, "演员周岚成为岚语护肤全球代言人。")}
    assert "岚语护肤" in found or "岚语" in found
    assert "青芮" in {t for t, _, _ in ents(nlp, "国货护肤品牌青芮官宣了新的代言人。")}


def test_the_investor_a_round_came_from_but_not_a_kind_of_capital(nlp):
    found = {t for t, _, _ in ents(nlp, "2024年,卤岚获得了番岚资本的5000万元A轮融资。公司还获得了社会资本的投资。")}
    assert "番岚资本" in found
    assert not any("社会资本" in t for t in found)


def test_a_company_named_x_zhineng_and_not_the_unicorn_before_it(nlp):
    assert "青析智能" in {t for t, _, _ in ents(nlp, "其中,成立仅两年的青析智能估值已达1800亿元。")}
    found = {t for t, _, _ in ents(nlp, "AI独角兽岚析智能完成10亿元B轮融资。")}
    assert "岚析智能" in found
    assert not any(t.startswith(("独角兽", "AI独角兽")) for t in found)
    assert not any(t == "人工智能" for t, _, _ in ents(nlp, "人工智能是今年最热的赛道。"))


def test_a_found_brand_glued_to_its_model_or_to_the_next_word_is_found_again(nlp):
    text = "扫地机品牌岚鲸智能去年推出新品。岚鲸J5首发价4999元。国货品牌芮语,近日上新。目前芮语线上渠道以天猫为主。"
    found = [(e.start_char, e.text) for e in nlp(text).ents]
    assert any(t == "岚鲸" for _, t in found)  # 岚鲸|J5: the short form of 岚鲸智能 before its model
    assert sum(1 for _, t in found if t == "芮语") == 2  # 芮语线|上 is 芮语 and 线上


def test_everyday_words_and_listings_are_no_companies(nlp):
    assert ents(nlp, "女人最美的时候,是看信息不知不觉笑了的时候。") == []
    assert not any(t.endswith("上市公司") for t, _, _ in ents(nlp, "岚石科技是科创板上市公司。"))


def test_brands_listed_with_their_latin_names_in_brackets(nlp):
    doc = nlp("岚峰体育旗下拥有岚祖鸟(Lanteryx)、萨岚蒙(Salanon)和威岚胜(Wilan)等品牌。")
    found = {e.text: e.label_ for e in doc.ents}
    assert {"岚祖鸟", "萨岚蒙", "威岚胜"} <= set(found)
    assert not any("(" in t for t in found)  # a bracketed Latin name is an alias, not part of the name
    assert found.get("Lanteryx") is not None


def test_a_company_named_by_its_relation_is_no_name(nlp):
    found = {t for t, _, _ in ents(nlp, "Lanteryx母公司岚峰体育三季度营收增长28%。")}
    assert not any(t.endswith("母公司") for t in found)
    assert not any(t == "联席" for t, _, _ in ents(nlp, "周国岚将出任新公司联席董事长。"))


def test_a_leader_named_with_its_share_move_and_a_new_materials_maker(nlp):
    assert "岚讯精密" in {t for t, _, _ in ents(nlp, "消费电子龙头岚讯精密跌1.7%,报36.2元。")}
    assert "恒岚新材" in {t for t, _, _ in ents(nlp, "常州的恒岚新材主营锂电池隔膜涂层材料。")}


def test_cities_that_end_like_a_mountain_or_river_are_cities(nlp):
    found = {e.text: e.label_ for e in nlp("位于昆山的一家企业和镇江的一家工厂签约。").ents}
    assert found.get("昆山") == "GPE" and found.get("镇江") == "GPE"


def test_a_latin_person_named_after_a_title_and_is(nlp):
    found = {e.text: e.label_ for e in nlp("岚芯半导体成立于2018年,CEO为Michael Lan(兰明远)。").ents}
    assert found.get("Michael Lan") == "PERSON"


def test_rivals_named_together_and_a_brand_before_its_store(nlp):
    found = {t for t, _, _ in ents(nlp, "岚刻运动和Keplan都是很强的对手,但我们的定位不一样。")}
    assert {"岚刻运动", "Keplan"} <= found
    found = {t for t, _, _ in ents(nlp, "首店品牌包括岚祖鸟西南旗舰店、lululemon和蕉内等。")}
    assert "岚祖鸟" in found and not any(t.endswith("旗舰店") for t in found)


def test_a_region_of_a_company_or_a_line_of_business_is_no_company(nlp):
    found = {t for t, _, _ in ents(nlp, "华岚置地副总裁、成都大区总经理邹岚表示,将新开3个购物中心。")}
    assert "成都大区" not in found
    assert "商业" not in {t for t, _, _ in ents(nlp, "岚团核心本地商业CEO王岚中表示,明年推广。")}


def test_a_registered_company_is_found_again_without_its_line_of_trade(nlp):
    text = "法院对广州茶茶岚餐饮管理有限公司作出判决。茶茶岚自2022年起开设了超过200家加盟店。"
    found = [(e.text, e.label_) for e in nlp(text).ents]
    assert ("茶茶岚", "ORG") in found
    assert "岚达股份" in {t for t, _, _ in ents(nlp, "同期,岚达股份完成业务量23.1亿件。")}



def test_a_guess_joining_two_organisations_is_split():
    import spacy

    from extractor.rulers import EntityTrimmer, load_cues, org_suffix_regex

    nlp = spacy.blank("zh")
    trim = EntityTrimmer(frozenset(), org_suffix=org_suffix_regex(load_cues()))
    doc = nlp("岚瑞医药旗下子公司星康生物签约。")
    doc.ents = [doc.char_span(0, 13, label="ORG")]
    assert [e.text for e in trim(doc).ents] == ["岚瑞医药", "星康生物"]
    doc = nlp("岚江大学与杭州星瞳数字技术股份有限公司共建实验室。")
    doc.ents = [doc.char_span(0, 19, label="ORG")]
    assert [e.text for e in trim(doc).ents] == ["岚江大学", "杭州星瞳数字技术股份有限公司"]
    doc = nlp("岚江科技与未来研究会成立。")  # the right part ends in no organisational suffix: one name
    doc.ents = [doc.char_span(0, 10, label="ORG")]
    assert [e.text for e in trim(doc).ents] == ["岚江科技与未来研究会"]


def test_a_region_of_a_company_is_no_organisation():
    import spacy

    from extractor.rulers import EntityTrimmer

    nlp = spacy.blank("zh")
    doc = nlp("公司将在金华设立华东区域总部。")
    doc.ents = [doc.char_span(8, 12, label="ORG")]
    assert list(EntityTrimmer(frozenset())(doc).ents) == []


def test_a_kind_of_company_in_a_place_is_no_name():
    import spacy

    from extractor.rulers import EntityTrimmer

    nlp = spacy.blank("zh")
    doc = nlp("中国药企对外授权交易总额已超过450亿美元。")
    doc.ents = [doc.char_span(0, 6, label="ORG")]
    assert list(EntityTrimmer(frozenset({"对外"}))(doc).ents) == []


def test_a_guess_of_only_a_place_and_a_form_takes_the_name_before_it(nlp):
    found = ents_of(nlp, "岚信中国控股有限公司(以下简称\"岚信中国\")晚间公告称,方案已获通过。")
    assert ("岚信中国控股有限公司", "ORG") in found and ("岚信中国", "ORG") in found


def test_a_club_found_with_its_tail_is_found_again_over_its_city(nlp):
    found = ents_of(nlp, "杭州岚鲸俱乐部董事长李明表示,球队上座率第一。除此之外,杭州岚鲸的赞助商还包括两家银行。")
    assert [t for t, label in found if label == "ORG"] == ["杭州岚鲸俱乐部", "杭州岚鲸"]


def test_who_published_the_data_and_who_tops_a_ranking_are_organisations(nlp):
    assert ("岚指研究院", "ORG") in ents_of(nlp, "岚指研究院数据显示,今年已有20家房企完成重组。")
    assert ("星瞳优选", "ORG") in ents_of(nlp, "榜单显示,星瞳优选以月销售额约12亿元重回榜首。")
    assert ("星瞳优选", "ORG") in ents_of(nlp, "榜单显示,星瞳优选直播间排名第三。")


def test_a_speaker_opening_two_lines_of_a_transcript_is_a_person(nlp):
    text = "问:你如何评价?\n堤岚(Tsutsumi Ran):我们有400家店。\n问:计划呢?\n堤岚:新开30家。"
    assert ("堤岚", "PERSON") in ents_of(nlp, text)
    once = "问:你如何评价?\n堤岚(Tsutsumi Ran):我们有400家店。"  # one turn is no evidence
    assert ("堤岚", "PERSON") not in ents_of(nlp, once)


def test_names_before_a_division_a_time_word_or_a_brand_noun(nlp):
    assert ("岚印良品", "ORG") in ents_of(nlp, "对话岚印良品中国区总裁:我们不会为了增长而打折")
    assert ("来岚", "PERSON") in ents_of(nlp, "星岚智能创始人兼CEO来岚今年34岁,毕业于浙江大学。")
    found = ents_of(nlp, "岚沃斯董事长钱岚表示,公司旗下岚可品牌的洗地机销售额增长超过80%。")
    assert any(t == "岚可" for t, _ in found) and not any(t == "岚可品牌" for t, _ in found)
    assert ("中国大陆", "GPE") in ents_of(nlp, "岚印良品于2005年进入中国大陆。")


def test_a_line_of_business_alone_or_as_a_description_is_no_name(nlp):
    found = ents_of(nlp, "2019年,他在东莞创立储能公司海岚能源,担任董事长。从卖音响到做储能。")
    assert ("海岚能源", "ORG") in found and not any(t in ("储能", "储能公司") for t, _ in found)


def test_a_site_of_a_known_company_is_the_company(nlp):
    found = ents_of(nlp, "电池将于2027年起在宁德时代匈牙利德布勒森工厂生产。")
    assert ("宁德时代", "ORG") in found and not any("工厂" in t for t, _ in found)


def test_names_a_founding_an_acquisition_or_a_quoted_model_give(nlp):
    found = ents_of(nlp, "三年后,他创办了自己的第一家公司创岚电子,主营便携音响,2008年被岚达集团以1.2亿元收购。")
    assert ("创岚电子", "ORG") in found and any(t == "岚达集团" for t, _ in found)
    from extractor.spans import brand_hints

    doc = nlp("宁德时代已获得宝马集团“新世岚”车型的圆柱电池定点。")  # a model: a brand (the hint the graph reads)
    assert [e.text for e in doc.ents if (e.start_char, e.end_char) in brand_hints(doc)] == ["新世岚"]
    doc = nlp("当事人旗下“岚岸咖啡”门店在促销活动中先提价后打折。")
    assert [e.text for e in doc.ents if (e.start_char, e.end_char) in brand_hints(doc)] == ["岚岸咖啡"]
    assert not any(t.startswith("随着") for t, _ in ents_of(nlp, "随着整车厂推行多供应商策略,份额可能下降。"))


def test_a_guess_across_brackets_keeps_the_name_before_its_alias():
    import spacy

    from extractor.rulers import EntityTrimmer

    nlp = spacy.blank("zh")
    text = "【11月20日,上海】星岚中国(Starlan China)今日宣布与博岚投资(Bolan Capital)完成交易。"
    doc = nlp(text)
    a, b = text.index("上海"), text.index(" China") + 6
    c, d = text.index("博岚投资"), text.index("Bolan Capital") + 13
    doc.ents = [doc.char_span(a, b, label="ORG", alignment_mode="expand"),
                doc.char_span(c, d, label="ORG", alignment_mode="expand")]
    trimmed = [e.text for e in EntityTrimmer(frozenset({"投资"}))(doc).ents]
    assert trimmed == ["星岚中国", "博岚投资"]  # 投资 stays: the alias in brackets shows where the name ends


def test_titles_categories_and_car_makers_short_names(nlp):
    found = ents_of(nlp, "小米集团创始人、董事长兼CEO雷岚在北京发布新车。")
    assert ("雷岚", "PERSON") in found and not any("CEO" in t for t, _ in found)
    found = ents_of(nlp, "岚途是吉利控股集团旗下的新能源品牌,2023年才成立。")
    assert not any(t == "新能源" for t, _ in found)
    found = ents_of(nlp, "#王一岚代言岚途汽车# 官宣了!岚途这波营销可以啊,岚途是哪个公司的?")
    assert ("岚途汽车", "ORG") in found and [t for t, _ in found].count("岚途") == 2
    found = ents_of(nlp, "上海汽车今年销量下滑。上海的经销商表示压力很大。")
    assert ("上海", "GPE") in found  # a place alone is no short name of 上海汽车
    assert ("陈静之", "PERSON") in ents_of(nlp, "官宣演员陈静之为品牌全球代言人。")
    assert ("王怡", "PERSON") in ents_of(nlp, "个人的选择应当受到尊重,王怡之走似乎无可厚非。")  # 之 a particle


def test_a_headline_topic_before_a_colon_and_a_parent_company_named(nlp):
    import spacy

    from extractor.rulers import EntityTrimmer

    blank = spacy.blank("zh")
    doc = blank("杭州土拍:岚江集团45.6亿元竞得宅地")
    doc.ents = [doc.char_span(0, 9, label="ORG", alignment_mode="expand")]
    assert [e.text for e in EntityTrimmer(frozenset())(doc).ents] == ["岚江集团"]
    assert ("贝岚妮", "ORG") in ents_of(nlp, "薇诺娜的母公司贝岚妮则在敏感肌赛道深耕多年。")


def test_an_organisation_before_its_partner_listed_companies_and_contract_makers(nlp):
    assert ("青岚资本", "ORG") in ents_of(nlp, "另一位是投资机构青岚资本的合伙人许澜。")
    assert not any(t == "事业" for t, _ in ents_of(nlp, "其中事业合伙人门店占比接近七成。"))
    assert ("寒岚纪", "ORG") in ents_of(nlp, "我们的投资组合包括寒岚纪、小红书等公司。")
    assert ("华岚技术", "ORG") in ents_of(nlp, "我们最早找的代工厂是深圳的华岚技术,后来自己建了工厂。")


def test_a_positioning_word_is_no_brand_and_a_hotel_is_an_organisation(nlp):
    found = ents_of(nlp, "其中,旗下中端品牌全季酒店和经济型品牌汉庭酒店合计新开业约350家。")
    assert not any(t == "中端" for t, _ in found)
    found = ents_of(nlp, "锦江酒店旗下的维也纳酒店门店数已超过1,000家。")
    assert ("维也纳酒店", "ORG") in found  # a place guess cut back to a name ending in 酒店


def test_flash_heads_spokespeople_and_game_genres(nlp):
    text = "12月2日财经快讯\n\n10:30 寒岚纪:股价盘中涨停,报收于865元。\n"
    assert ("寒岚纪", "ORG") in ents_of(nlp, text)
    assert ("财岚通", "ORG") in ents_of(nlp, "作为竞争对手,财岚通相关负责人透露,境外商户数已突破1000万家。")
    assert not any("RPG" in t for t, _ in ents_of(nlp, "米哈游旗下回合制RPG游戏《崩坏:星穹铁道》上线两年。"))


def test_a_quoted_name_with_a_line_of_business_and_a_latin_name_after_a_description(nlp):
    assert ("梧岚咖啡", "ORG") in ents_of(nlp, "最近在小红书上刷到很多人推荐“梧岚咖啡”,周末专门去打卡了一下。")
    assert ("ALGIHAZ", "ORG") in ents_of(nlp, "公司与沙特能源企业ALGIHAZ签署储能系统供货合同。")


def test_a_person_after_a_title_and_before_a_year(nlp):
    assert ("林岚心", "PERSON") in ents_of(nlp, "演员林岚心2022年创立的护肤品牌“岚肌”,三年累计销售额已突破10亿元。")


def test_an_athlete_signed_is_a_person_and_ai_is_no_name(nlp):
    assert ("全红岚", "PERSON") in ents_of(nlp, "李宁公司宣布签约奥运跳水冠军全红岚为品牌全球代言人。")
    assert not any(t == "AI" for t, _ in ents_of(nlp, "字节跳动旗下AI助手豆包月下载量约4200万次。"))


@pytest.fixture
def invented_matcher(tmp_path):
    from extractor.gazetteer import load_gazetteer
    from extractor.rulers import GazetteerMatcher

    path = tmp_path / "gazetteer.jsonl"
    path.write_text('{"id": "zorvex", "type": "ORG", "zh": "卓维科", "en": "Zorvex"}\n', encoding="utf-8")
    return GazetteerMatcher(load_gazetteer(path))


def _matched(matcher, text, ents=()):
    import spacy

    doc = spacy.blank("zh")(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in ents]
    return [(e.text, e.label_, e.ent_id_) for e in matcher(doc).ents]


def test_a_latin_known_name_inside_an_address_or_handle_is_no_mention(invented_matcher):
    found = _matched(invented_matcher, "详见www.zorvex.cn或@zorvex的主页。Zorvex今天发布新品。")
    assert found == [("Zorvex", "ORG", "zorvex")]


def test_a_known_name_inside_a_book_title_is_part_of_the_title(invented_matcher):
    found = _matched(invented_matcher, "《我在卓维科的十年》出版,卓维科表示欢迎。")
    assert found == [("卓维科", "ORG", "zorvex")]
    assert _matched(invented_matcher, "《卓维科》是一本杂志。") == [("卓维科", "ORG", "zorvex")]


def test_a_known_company_opening_a_place_named_after_it_leaves_the_place(invented_matcher):
    # 卓维科湾 is a development named after the company; a guess that merely ends in the name is not
    found = _matched(invented_matcher, "业主来到卓维科湾参加活动。", [("卓维科湾", "LOC")])
    assert found == [("卓维科湾", "LOC", "")]
    found = _matched(invented_matcher, "省道南卓维科地图显示。", [("省道南卓维科", "GPE")])
    assert found == [("卓维科", "ORG", "zorvex")]


def test_a_known_name_opening_a_longer_name_found_elsewhere_is_part_of_it(invented_matcher):
    text = "卓维科康养与某医院签约。卓维科康养总裁表示满意。"
    found = _matched(invented_matcher, text, [])
    assert ("卓维科", "ORG", "zorvex") in found
    import spacy

    doc = spacy.blank("zh")(text)
    doc.ents = [doc.char_span(12, 17, label="ORG")]
    assert [(e.text, e.ent_id_) for e in invented_matcher(doc).ents] == [("卓维科康养", "")]


def test_a_place_before_a_name_is_no_item_of_a_list():
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("zh")("翎栩互娱与洛萨里诺ZENTA签约。")
    doc.ents = [Span(doc, 0, 4, label="ORG", span_id="lingxu"), Span(doc, 5, 9, label="GPE")]
    doc = _cue_matcher()(doc)
    assert ("洛萨里诺", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_well_known_companies_of_every_trade_are_known(nlp):
    found = ents(nlp, "据麦肯锡与普华永道的报告,泸州老窖和中融信托去年都增长了。")
    assert {t for t, label, eid in found if label == "ORG" and eid} >= {"麦肯锡", "普华永道", "泸州老窖", "中融信托"}


def test_a_company_named_after_a_mountain_or_river_is_found_whole(nlp):
    # the model reads 青峰山 and 东江 as natural features; the company word after them makes the name
    assert ("青峰山智造", "ORG") in [(t, label) for t, label, _ in ents(nlp, "青峰山智造发布公告。")]
    assert ("东江智造", "ORG") in [(t, label) for t, label, _ in ents(nlp, "东江智造今日公告。")]


def test_the_count_after_a_list_is_not_part_of_its_last_name(nlp):
    found = ents(nlp, "宁川控股旗下拥有宁川物流和宁川冷链两家子公司。")
    assert ("宁川冷链", "ORG", "") in found


def test_a_game_genre_or_an_everyday_adjective_before_a_category_is_no_name(nlp):
    for text in ("格斗游戏《岚影冲突》本周预售。", "它与其他普通游戏不同。"):
        assert not any(t.endswith("游戏") for t, _, _ in ents(nlp, text)), text


def test_a_headline_guess_is_split_at_a_space_and_a_company_before_its_action_stands_alone():
    from extractor.rulers import _split_joined

    text = "海岚城足球俱乐部易主 远岚集团接手"
    assert [text[s:e] for s, e in _split_joined(text, 0, 15, None)] == ["海岚城足球俱乐部易主", "远岚集团"]
    from extractor.rulers import load_cues, org_suffix_regex

    text = "鼎岚地产保留俱乐部"
    assert [text[s:e] for s, e in _split_joined(text, 0, 9, org_suffix_regex(load_cues()))] == ["鼎岚地产"]


def test_a_shareholder_or_a_spokesperson_is_found_with_what_opens_or_follows_them(nlp):
    found = ents(nlp, "俱乐部原控股股东鼎岚地产已将股权转让给远岚集团。")
    assert not any(t.startswith("股东") or "股东" in t for t, _, _ in found)
    assert ("许岚", "PERSON", "") in ents(nlp, "曜岚科技发言人许岚12月2日回应称,公司正在调整。")


def test_a_description_before_a_short_name_is_cut_off(nlp):
    found = ents(nlp, "我们与德国医疗器械公司贝岚斯特签署了独家分销协议。")
    assert ("贝岚斯特", "ORG", "") in found
    assert not any("公司" in t for t, _, _ in found)


def test_a_company_whose_business_follows_is_found_and_a_phrase_or_a_pronoun_is_not(nlp):
    found = [t for t, label, _ in ents(nlp, "位于张家港的澄岚新材主营锂电池隔膜,产能达到12亿平方米。")]
    assert "澄岚新材" in found
    assert not any(t in ("发布公告", "该企业") for t, _, _ in ents(nlp, "恒岚集团发布公告称,该企业致力于环保。"))


def test_names_ending_in_microelectronics_or_park_and_an_operator_after_its_party_word(nlp):
    found = {t: label for t, label, _ in ents(nlp, "12月2日,芯岚微电子(VeriSilicon)宣布扩大合作。运营方星岚文旅集团披露,星岚乐园客流创新高。")}
    assert found.get("芯岚微电子") == "ORG" and found.get("星岚文旅集团") == "ORG" and found.get("星岚乐园") == "ORG"
    assert "方星岚文旅集团" not in found


def test_a_description_before_an_operator_is_no_name_and_a_citys_fund_is_one_list_item(nlp):
    found = names_in(nlp, "星岚乐园由星岚文旅与日本乐园运营商Orion Parks合资建设。")
    assert "日本乐园" not in found and "Orion Parks" in found
    found = names_in(nlp, "本期基金的出资人包括全国社保基金、国岚创合、苏州市创新产业发展引导基金以及多家上市公司。")
    assert "苏州市创新产业发展引导基金" in found and "国岚创合" in found


def test_a_company_name_ends_at_its_organisational_word_before_latin_words():
    from extractor.rulers import _split_joined

    text = "明岚制药MSCI ESG评级上调"
    assert [text[s:e] for s, e in _split_joined(text, 0, 12, None)] == ["明岚制药", "MSCI"]


def test_siblings_listed_with_a_found_name_and_a_holder_after_its_role_are_companies(nlp):
    found = names_in(nlp, "更名后,鲸岚集团下设鲸岚物流、鲸岚支付和鲸岚云三个业务板块。")
    assert {"鲸岚物流", "鲸岚支付", "鲸岚云"} <= set(found)
    found = ents(nlp, "公司控股股东宁岚投资同时计划在未来六个月内增持公司股份。")
    assert ("宁岚投资", "ORG", "") in found
    assert not any("增持" in t for t, _, _ in found)


def test_accented_latin_names_a_title_before_a_name_and_a_quoted_product_are_found(nlp):
    found = {t: label for t, label, _ in ents(nlp, "法国奢侈品集团Valoré(瓦洛蕾)发布财报。珠宝品牌Lumière下滑4%。")}
    assert "Valoré" in found and "Lumière" in found
    assert ("方亦岚", "PERSON", "") in ents(nlp, "云岫智能首席技术官方亦岚介绍,新模型表现很好。")
    assert "灵岚3.0" in names_in(nlp, "云岫智能正式推出新一代大模型“灵岚3.0”。")
    assert not any(t == "皮具" for t, _, _ in ents(nlp, "分品牌看,旗下皮具品牌Maison Orsay营收增长5%。"))


def test_a_list_closed_by_deng_opens_with_its_clause_and_a_plant_is_its_company(nlp):
    found = names_in(nlp, "业内人士指出,今年以来,问界、零跑汽车等多家车企已陆续推出限时优惠。")
    assert "问界" in found and "零跑汽车" in found
    found = names_in(nlp, "晶岚半导体12英寸晶圆厂在合肥投产。晶岚半导体位于合肥的12英寸晶圆厂正式投产。")
    assert "晶岚半导体" in found and not any("晶圆厂" in t for t in found)


def test_a_streamer_a_subsidiary_and_an_institution_led_by_a_place_are_found(nlp):
    found = ents(nlp, "12月1日晚,快手主播“小岚姐”举行专场直播。")
    assert ("小岚姐", "PERSON", "") in found
    found = names_in(nlp, "鸿岚控股公告,公司全资子公司鸿岚航空拟在鄂州投资建设转运中心。")
    assert "鸿岚航空" in found and not any(t.startswith("公司") for t in found)
    found = names_in(nlp, "海岚医疗公告,公司拟以现金23亿元收购江南眼科医院集团70%的股权。")
    assert "江南眼科医院集团" in found
    assert not any("公司" in t for t, _, _ in ents(nlp, "一家北京互联网科技公司的员工说。"))


def test_a_quoted_drug_is_a_brand_and_a_retail_description_opens_no_name(nlp):
    assert "岚替尼片" in names_in(nlp, "公司自主研发的1类创新药“岚替尼片”获得批准上市。")
    found = names_in(nlp, "生鲜电商朴岚超市12月1日宣布正式进入上海市场。")
    assert "朴岚超市" in found and not any(t.startswith("电商") for t in found)


def test_a_brand_before_its_sales_and_a_quoted_product_under_a_company_are_found(nlp):
    assert "鹭汀" in names_in(nlp, "其中,国货品牌鹭汀成交额达到5亿元,同比增长40%。")
    assert "汀兰" in names_in(nlp, "另一家国货品牌汀兰本次排名第五,成交额约3亿元。")
    assert "鹭泉" in names_in(nlp, "法院认定青汀食品旗下“鹭泉”矿泉水构成侵权。")


def test_a_guess_is_cut_to_the_name_before_its_parent_or_the_sentence_end():
    import spacy

    from extractor.rulers import EntityTrimmer

    nlp = spacy.blank("zh")
    doc = nlp("鹭汀母公司汀岸集团董事长表示。")
    doc.ents = [doc.char_span(0, 5, label="ORG"), doc.char_span(5, 9, label="ORG")]
    assert [(e.text, e.label_) for e in EntityTrimmer(frozenset())(doc).ents] == [("鹭汀", "ORG"), ("汀岸集团", "ORG")]
    doc = nlp("董事长兼总经理为唐鹭航。公司营收增长。")
    doc.ents = [doc.char_span(8, 14, label="ORG")]  # the guess ran past the sentence end
    assert [(e.text, e.label_) for e in EntityTrimmer(frozenset())(doc).ents] == [("唐鹭航", "PERSON")]
    doc = nlp("经董事会审议通过,聘任吕濛宁为公司总裁。")
    doc.ents = [doc.char_span(11, 17, label="ORG")]  # the person named to a post and the post's company, read as one
    assert [(e.text, e.label_) for e in EntityTrimmer(frozenset())(doc).ents] == [("吕濛宁", "PERSON")]


def test_a_holder_of_the_company_is_an_organisation_and_an_everyday_word_cut_by_the_segmenter_is_no_name(nlp):
    found = ents(nlp, "上市前,深岚投持有公司8.2%的股份。董事长许清源持有公司21%的股份。")
    assert ("深岚投", "ORG", "") in found and not any(t == "许清源" and label != "PERSON" for t, label, _ in found)
    assert not any(t == "两人" for t, _, _ in ents(nlp, "IPO前,两人合计持有公司约76%的股份。"))
    assert not any("芯片" in t for t, _, _ in ents(nlp, "岚川半导体总经理表示,工厂主要生产车规级功率芯片,已实现量产。"))
    # (…nor kinds of product a company's products are listed as: 主要产品包括电源管理芯片和信号链芯片)
    assert not any("芯片" in t for t, _, _ in ents(nlp, "鱢鱤微电子主要产品包括电源管理芯片和信号链芯片,客户覆盖多家车企。"))


def test_todays_everyday_words_the_dictionary_lacks_read_as_common_words():
    from extractor.gazetteer import EVERYDAY_WORD_FREQ, common_words, is_common_word, load_word_list

    added = load_word_list("everyday_words.txt")
    assert {"车规级", "营收", "预制菜"} <= added
    assert all(is_common_word(w) for w in added)
    assert common_words()["车规级"] == (EVERYDAY_WORD_FREQ, "n")
    assert common_words()["公司"][0] > EVERYDAY_WORD_FREQ  # jieba's own entries keep their counts


def test_a_reporting_verb_ends_no_name_and_a_title_before_a_person_may_take_wei(nlp):
    assert ("鹭岭", "ORG", "") in ents(nlp, "零食品牌鹭岭宣布与代言人解约,股价应声下跌")
    assert not any(t.endswith("宣布") for t, _, _ in ents(nlp, "零食品牌鹭岭宣布与代言人解约,股价应声下跌"))
    assert ("夏岚禾", "PERSON", "") in ents(nlp, "并终止与艺人夏岚禾的代言合作。")
    # a given name the model read as a place (聂|广川) does not hide the person a title names
    assert ("聂广川", "PERSON", "") in ents(nlp, "远岚股份主营船舶配件制造,控股股东为帆岚投资,实际控制人为聂广川。")


def test_brands_counted_after_a_list_and_a_company_before_its_board_secretary(nlp):
    found = names_in(nlp, "公开资料显示,江畔食品总部位于福建厦门,旗下拥有鹭岭、岭岚鲜两大品牌。")
    assert "岭岚鲜" in found
    assert ("江畔食品", "ORG", "") in ents(nlp, "江畔食品董事会秘书贺岚川表示,解约不会产生影响。")


def test_a_team_description_opens_no_club_name():
    import spacy

    from extractor.gazetteer import load_word_list
    from extractor.rulers import EntityTrimmer

    nlp = spacy.blank("zh")
    doc = nlp("电竞战队星岚俱乐部获冠名赞助")
    doc.ents = [doc.char_span(0, 9, label="ORG")]
    trimmed = EntityTrimmer(frozenset(), opening=load_word_list("opening_words.txt"))(doc)
    assert [e.text for e in trimmed.ents] == ["星岚俱乐部"]


def test_a_latin_studio_after_its_role_or_as_the_developer_is_an_organisation(nlp):
    assert ("Larkspur", "ORG", "") in ents(nlp, "这款策略游戏的开发商Larkspur日前表示,续作已在制作中。")
    assert ("Vantablue", "ORG", "") in ents(nlp, "新作同样由Vantablue工作室负责开发,预计明年发售。")
    assert ("GMX", "ORG", "") in ents(nlp, "英国游戏网站GMX率先曝光了这一消息。")


def test_a_name_inside_a_title_and_a_ranking_list_are_no_brands(nlp):
    assert not any(t == "岚悦" for t, _, _ in ents(nlp, "机构发布《国货品牌岚悦成交额报告》。"))
    assert not any("榜" in t for t, _, _ in ents(nlp, "2024年国产运动品牌口碑榜发布,前三名都有谁?"))


def test_investors_listed_before_their_investment_and_the_investor_that_led_a_round(nlp):
    found = names_in(nlp, "该公司曾获得启岚资本、源岚创投等机构的投资,团队规模约120人。")
    assert "启岚资本" in found and "源岚创投" in found
    assert ("国投岚业", "ORG", "") in ents(nlp, "去年完成15亿元C轮融资,由国投岚业领投。")
    assert not any(t == "公司" for t, _, _ in ents(nlp, "本轮融资由公司领投。"))


def test_a_company_described_after_its_name_and_the_words_around_names_that_are_no_names(nlp):
    found = names_in(nlp, "鲜岚到家是一家社区生鲜电商,总部位于北京。")
    assert "鲜岚到家" in found and not any("生鲜" in t for t in found)
    assert "鲜岚到家" in names_in(nlp, "法院要求新零售企业鲜岚到家及其创始人杜宇辰履行回购义务。")
    assert not any(t.endswith("家族") for t, _, _ in ents(nlp, "上市前,罗岚山家族合计持有公司约62%的股份。"))
    assert not any(t.endswith("看") for t, _, _ in ents(nlp, "从品牌格局看,石岚科技以23.5%的份额排名第一。"))
    assert not any(t == "名誉" for t, _, _ in ents(nlp, "罗岚山将继续担任公司名誉董事长。"))


def test_a_producer_party_word_and_a_company_founded_in_a_year(nlp):
    found = names_in(nlp, "古装剧播放量破20亿,出品方青岚影业股价三连涨")
    assert "青岚影业" in found and not any(t.startswith("方") for t in found)
    assert ("光合粒子", "ORG", "") in ents(nlp, "光合粒子成立于2023年,由清华大学教授贺岚宁创立。")
    assert not any(t.startswith("该") for t, _, _ in ents(nlp, "该公司成立于2010年,总部位于上海。"))
    assert not any(t.endswith("一家") for t, _, _ in ents(nlp, "鲸岚咖啡是一家成立于2021年的连锁咖啡品牌。"))


def test_a_partner_word_a_department_before_a_title_and_a_cue_that_would_cut_a_word(nlp):
    found = names_in(nlp, "博岚集团将以约12亿元的价格收购合作伙伴海岚电器所持有的合资公司50%股权。")
    assert "海岚电器" in found and not any(t.startswith("伙伴") for t in found)
    found = names_in(nlp, "影岚科技法务副总裁阮清扬表示,公司拥有3800项专利。影岚科技总部位于深圳。")
    assert "影岚科技" in found and not any(t.endswith("法务") for t in found)
    found = names_in(nlp, "星岚科技宣布,原澜岚汽车智能驾驶负责人邝志远正式加盟。")
    assert not any(t.endswith("智能") for t in found)


def test_a_given_name_ending_in_he_quoted_brands_counted_and_a_rare_family_name(nlp):
    assert ("贝岚和", "PERSON", "") in ents(nlp, "澄岚乳业董事长贝岚和表示,收购完成后奶源占比将提升。")
    assert ("王伟", "PERSON", "") in ents(nlp, "公司总裁王伟和李明出席了发布会。")
    found = names_in(nlp, "澄岚乳业旗下拥有“澄岚”和“牧岚”两个品牌。")
    assert "澄岚" in found and "牧岚" in found


def test_a_time_phrase_before_with_is_no_list_member_and_quoted_brands_may_touch(nlp):
    found = names_in(nlp, "朗岚人寿表示,今年以来已与招商银行、交通银行等银行签署代销协议。")
    assert "招商银行" in found and "今年以来" not in found
    found = names_in(nlp, "澈岚集团旗下拥有\"澈岚\"\"素岚\"两个面料品牌。")
    assert "素岚" in found


def test_insurers_and_a_descriptor_before_a_forecast_but_not_an_analyst(nlp):
    found = names_in(nlp, "泰岚人寿保费收入为985亿元;瑞岚人寿保费收入为742亿元。")
    assert "瑞岚人寿" in found
    assert "睿岚咨询" in names_in(nlp, "分析机构睿岚咨询预计,明年装机将首次负增长。")
    found = ents(nlp, "中金公司分析师樊岚豪指出,海外收入占比将提升。")
    assert not any(t.startswith("分析师") for t, _, _ in found)


def test_a_description_dropped_before_a_name_keeps_its_place(nlp):
    found = ents(nlp, "杭州动画公司墨岚动漫近日宣布,与潮玩企业乐岚文化达成合作。")
    assert ("杭州", "GPE") in [(t, label) for t, label, _ in found]
    assert "墨岚动漫" in [t for t, _, _ in found]


def test_a_platform_of_a_group_is_named_apart_from_it(nlp):
    found = [(t, i) for t, _, i in ents(nlp, "厂房在阿里拍卖平台完成第二次拍卖,澈岚集团竞得。")]
    assert ("阿里拍卖", "ali-auction") in found and not any(i == "alibaba" for _, i in found)


def test_an_insurer_registered_name_is_found_again_by_its_short_name(nlp):
    found = ents(nlp, "安岚人寿保险股份有限公司实现保费收入1286亿元。安岚人寿由安岚金控全资持有。")
    # (linked to the full name, which resolution folds it into)
    assert ("安岚人寿", "ORG", "~安岚人寿保险股份有限公司") in found


def test_a_guess_that_runs_into_a_departure_and_a_zone_are_no_organisations(nlp):
    found = ents(nlp, "11月29日,远岚航运旗下货轮从宁波舟山港梅山港区启航,标志着新航线正式运营。")
    assert not any(label == "ORG" and t.endswith(("启航", "港区")) for t, label, _ in found)
    assert "澜岚船务" in names_in(nlp, "该航线由远岚航运与新加坡的澜岚船务联合运营。")


def test_a_headline_space_a_day_inside_a_guess_and_a_chain_described_before_its_name(nlp):
    assert not any(" " in t for t, _, _ in ents(nlp, "酱酒降温 赤岚酒业经销商一年减少400家"))
    found = names_in(nlp, "川菜连锁蜀岚坊今日登陆港交所 引入三家基石投资者")
    assert "港交所" in found and not any("今日" in t or "连锁" in t or t.startswith("品牌") for t in found)
    found = names_in(nlp, "12月2日,川菜连锁品牌蜀岚坊正式在香港联交所主板挂牌上市。")
    assert "蜀岚坊" in found and not any(t.endswith("蜀岚坊") and t != "蜀岚坊" for t in found)


def test_a_fund_before_its_subscription_and_new_stores_are_no_place(nlp):
    assert "汐岚投资" in names_in(nlp, "新加坡主权基金汐岚投资认购2000万美元。")


def test_a_family_ranked_is_its_head_and_a_name_glued_to_a_role_word_is_found_again(nlp):
    found = ents(nlp, "晏岚禾家族以980亿元排名第三,晏岚禾是饮料企业鹿岚湾的创始人。")
    assert ("晏岚禾家族", "ORG") not in [(t, label) for t, label, _ in found]
    text = "易岚行成立于2020年,总部位于上海。12月2日,换电运营商易岚行与中国石化在北京签署战略合作协议。"
    assert [t for t, _, _ in ents(nlp, text)].count("易岚行") == 2


def test_a_place_before_a_public_body_is_part_of_its_name():
    from extractor.rulers import _with_place_of_body

    text = "武汉市江汉区市场监督管理局已介入调查。山东省济南市教育局出台措施。"
    a, b = text.index("市场"), text.index("已介入")
    merged = _with_place_of_body(text, [(0, a, "GPE", ""), (a, b, "ORG", "")])
    assert merged == [(0, b, "ORG", "")]
    c, d, e = text.index("山东省"), text.index("济南市"), text.index("出台")
    # a body that names its own place stays apart from the province (MSRA annotates them so)
    assert _with_place_of_body(text, [(c, d, "GPE", ""), (d, e, "ORG", "")]) == [(c, d, "GPE", ""), (d, e, "ORG", "")]


def test_a_known_name_after_a_glued_preposition_and_a_brands_homophones(nlp):
    assert "小红书" in names_in(nlp, "这个品牌从小红书起家,第一款产品是一瓶精华。")
    found = ents(nlp, "苏以宁在杭州创立了护肤品牌珂曼。那时候没有人知道柯曼是谁,今年可曼在天猫卖得很好。")
    assert {"柯曼", "可曼"} <= {t for t, _, _ in found}
    # …but not a two-character everyday word that sounds like a brand
    found = ents(nlp, "2022年他创立了护肤品牌立事。这件事很重要,我们立时开始推广。")
    assert "立时" not in [t for t, _, _ in found] and "这件事" not in [t for t, _, _ in found]


def test_a_transcript_speaker_cut_short_a_show_welcomed_to_and_a_dealer_described_by_its_brand(nlp):
    text = "主持人:欢迎来到米岚播客,我是主持人姜若岚。\n姜若岚:门店有多少家?\n温冬:380家。\n姜若岚:明年呢?\n温冬:600家。"
    found = ents(nlp, text)
    assert "米岚播客" in [t for t, _, _ in found]
    assert not any(t == "姜若" for t, _, _ in found)
    found = names_in(nlp, "全国最大的欧岚德经销商集团骐岚汇董事长崔柏年称,集团亏损。")
    assert "骐岚汇" in found and not any(t.startswith("欧岚德经销商") for t in found)
    found = ents(nlp, "今天我们请到了乐岚咖啡的创始人温冬。有人说乐岚是小号的Manner。")
    assert ("乐岚", "ORG", "~乐岚咖啡") in found


def test_a_quoted_name_after_a_kind_of_drug_is_a_brand(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "其中,恒岚药业的抗肿瘤新药\"恒岚尼\"和降糖药\"恒岚净\"均被纳入目录。")]
    assert ("恒岚净", "ORG") in found and ("恒岚尼", "ORG") in found


def test_a_guess_never_runs_past_an_event_an_editions_number_or_a_global_title(nlp):
    found = names_in(nlp, "枫岚生物撤回科创板IPO申请 原拟募资15亿元")
    assert not any("撤回" in t for t in found)
    found = names_in(nlp, "霍岚斯全球副总裁岑雨在签约仪式上表示,中国是其最重要的市场。")
    assert not any(t.endswith("全球") for t in found)
    found = names_in(nlp, "据进博会官方统计,本届进博会意向成交额达到800亿美元。")
    assert not any(t.endswith("官方") for t in found)
    found = names_in(nlp, "枫岚生物的实际控制人为创始人庞景行,其合计控制公司38.5%的股份。")
    assert "人为" not in found


def test_an_events_edition_is_cut_but_a_bodys_term_is_not():
    from extractor.rulers import _EVENT_END, _ORDINAL_EDITION

    assert _ORDINAL_EDITION.match("第八届中国国际进口博览会") and _EVENT_END.search("第八届中国国际进口博览会")
    assert not _EVENT_END.search("第六届全国人大常委会")


def test_bookings_in_a_city_and_an_old_holder_following_on(nlp):
    found = ents(nlp, "途远旅行数据显示,哈尔滨元旦期间酒店预订量同比增长120%。")
    assert ("哈尔滨", "GPE") in [(t, label) for t, label, _ in found]
    assert not any(label == "ORG" and t.startswith("哈尔滨") for t, label, _ in found)
    found = ents(nlp, "元旦假期预订数据出炉 途远旅行:哈尔滨酒店预订量同比增长120%")
    assert not any(t == "哈尔滨酒店" for t, _, _ in found)
    found = names_in(nlp, "本轮由钱岚资本领投,老股东景和创投继续跟投。")
    assert "景和创投" in found
    found = names_in(nlp, "2020年喜茶完成了由高瓴资本和蔻岚资本领投的新一轮融资。")
    assert "蔻岚资本" in found and not any("和蔻岚" in t for t in found)


def test_rivals_listed_with_their_latin_names(nlp):
    found = names_in(nlp, "曙岚机器人主要竞争对手包括优岚(Universal Robots)和遨岚智能。")
    assert "优岚" in found and "遨岚智能" in found


def test_a_person_after_an_analysts_title_or_before_a_courtesy_title(nlp):
    assert ("蒲岚鸣", "PERSON", "") in ents(nlp, "华泰证券分析师蒲岚鸣:毛利率呢?")
    assert ("应岚清", "PERSON", "") in ents(nlp, "出席的有财务总监应岚清女士。")


def test_a_name_cut_short_in_one_place_is_completed_from_where_it_is_whole(nlp):
    found = ents(nlp, "在岚州,眉岚合作社理事长雷满仓正对着手机镜头介绍猕猴桃。雷满仓告诉记者,合作社成立于2016年。")
    assert [t for t, label, _ in found if label == "PERSON"] == ["雷满仓", "雷满仓"]
    assert not any(t.endswith("手机") for t, _, _ in found)


def test_a_listed_name_ending_like_its_vouched_sibling_is_a_name_too(nlp):
    found = ents(nlp, "国内光量子领域的主要玩家还包括图灵量子和岚色量子。")
    assert ("图灵量子", "ORG", "") in found and ("岚色量子", "ORG", "") in found
    # an everyday word before the shared word is no name (首款 is rare, 研发 is not)
    assert ("研发量子", "ORG", "") not in ents(nlp, "国内光量子领域的主要玩家还包括研发量子和岚色量子。")


def test_a_legal_representative_with_a_compound_family_name_and_a_defendant_without_its_role(nlp):
    found = ents(nlp, "被告岚溪食品成立于2021年,法定代表人为申屠晓峰,其产品包装与溪岚食品高度相似。")
    assert ("申屠晓峰", "PERSON", "") in found
    assert not any(t.startswith("被告") for t, _, _ in found)


def test_works_in_book_title_marks_are_products_and_documents_are_not(nlp):
    found = ents(nlp, "苍梧互娱旗下新游《岚境》位居第一,腾讯的《王者荣耀》和网易的《蛋仔派对》分列第二、第三。")
    assert {t for t, label, _ in found if label == "PRODUCT"} == {"岚境", "王者荣耀", "蛋仔派对"}
    found = ents(nlp, "苍梧互娱旗下新游《岚境》依据《消费品召回管理暂行规定》下架。")
    assert {t for t, label, _ in found if label == "PRODUCT"} == {"岚境"}
    # …and a later mention of the work without its marks is the work too
    assert [t for t, label, _ in ents(nlp, "苍梧互娱推出手游《岚境》。岚境的下载量很高。") if label == "PRODUCT"] == ["岚境", "岚境"]


def test_a_kind_of_product_before_brand_and_a_name_is_no_name(nlp):
    found = ents(nlp, "冻干咖啡品牌岚野咖啡的运营主体向港交所递交招股书。")
    assert "冻干咖啡" not in [t for t, _, _ in found] and "岚野咖啡" in [t for t, _, _ in found]


def test_a_name_after_a_kind_of_brand(nlp):
    assert "岚茶" in names_in(nlp, "茶饮品牌岚茶在雅加达开出印尼首店。")
    assert ents(nlp, "不少国产品牌也在涨价。") == []
    assert ents(nlp, "还有哪些品牌案例可以分享给我们?") == []


def test_an_everyday_word_that_names_a_company_is_confirmed_by_a_list_beside_a_known_one(nlp):
    assert ("苹果", "ORG", "apple") in ents(nlp, "小米和苹果分别以18.5%和11.3%的份额排名第二、第三。")
    assert ents(nlp, "他每天吃一个苹果。") == []


def test_a_family_name_the_segmenter_glued_to_the_title_before_it(nlp):
    assert ("童嘉禾", "PERSON", "") in ents(nlp, "岚研咨询高级分析师童嘉禾认为,儿童手表增长最快。")


def test_a_brand_named_without_its_line_of_business_later(nlp):
    found = ents(nlp, "今天我们请到了岚叶护肤的创始人罗辛蒂。岚叶是2017年在上海成立的。")
    assert ("岚叶", "ORG", "~岚叶护肤") in found


def test_a_registered_name_the_model_opened_inside_a_word_and_its_defined_short_name(nlp):
    found = ents(nlp, "将岚城城市建设投资集团有限公司(简称\"岚城建投\")的评级下调至AA。截至9月末,岚城建投总负债约为1280亿元。")
    names = [t for t, label, _ in found if label == "ORG"]
    assert names == ["岚城城市建设投资集团有限公司", "岚城建投", "岚城建投"]


def test_a_national_body_after_a_city_is_the_citys_own_body(nlp):
    assert ("岚城市国资委", "ORG", "") in ents(nlp, "岚城建投的实际控制人为岚城市国资委。")
    assert ("国务院国资委", "ORG", "sasac") in ents(nlp, "国务院国资委今日发布通知。")


def test_a_person_before_a_verb_of_announcing_and_a_letter_is_no_person(nlp):
    found = ents(nlp, "岚帆物流创始人兼CEO甄以恒发布内部全员信。")
    assert ("甄以恒", "PERSON", "") in found and not any(t == "全员信" for t, _, _ in found)


def test_a_subsidiary_named_after_its_kind(nlp):
    assert ("岚峰欧洲", "ORG", "") in ents(nlp, "公司拟通过全资子公司岚峰欧洲以约2.4亿欧元收购德国机床制造商。")
    assert ents(nlp, "全国已有32家银行理财子公司获批筹建。") == []


def test_a_founder_named_by_the_founding_and_a_person_taking_a_title(nlp):
    found = ents(nlp, "岚康医疗由医生出身的冼志航于2008年在广州创立,冼志航目前担任公司董事长兼首席执行官。")
    assert [t for t, label, _ in found if label == "PERSON"] == ["冼志航", "冼志航"]
    # 由 before a name is a preposition, though 由 is a family name too
    assert not any(t.startswith("由") for t, _, _ in ents(nlp, "公司宣布成立岚岳集团,由岚一凡担任CEO。"))


def test_a_scenic_area_and_the_place_a_public_body_is_named_after(nlp):
    assert ("岚山景区", "LOC", "") in ents(nlp, "其中,岚山景区接待游客约95万人次。")
    found = ents(nlp, "岚州市文化和旅游局发布数据。明年岚州将新增5家酒店。")
    assert ("岚州", "GPE", "") in found


def test_a_role_noun_before_a_name_and_a_strategic_investment_arm(nlp):
    found = ents(nlp, "新能源汽车充电服务商岚电科技近日完成融资,由国投创合领投,小米战投跟投。")
    assert ("岚电科技", "ORG", "") in found and ("小米战投", "ORG", "") in found


def test_a_group_named_with_its_line_of_business_and_a_brand_before_its_revenue(nlp):
    found = ents(nlp, "国产户外品牌岚行户外集团发布年报。")
    assert ("岚行户外集团", "ORG", "") in found
    found = {t for t, _, _ in ents(nlp, "分品牌看,越野跑品牌岚隼收入同比增长64%。")}
    assert "岚隼" in found


def test_a_name_opening_with_a_rare_character_and_he(nlp):
    assert ("汐和宠物", "ORG", "") in ents(nlp, "对话汐和宠物创始人林一舟:我们不做低价")


def test_a_field_before_a_kind_of_vehicle_and_a_handover_are_no_names(nlp):
    assert [t for t, label, _ in ents(nlp, "11月全国新能源乘用车零售销量为112万辆。") if label == "ORG"] == []
    found = {t for t, _, _ in ents(nlp, "汐川置业将把物业交由栖汐科技改造运营。")}
    assert "栖汐科技" in found and "交由栖汐科技" not in found


def test_a_hotel_goes_by_its_name_without_the_word_hotel():
    from extractor.rulers import short_name
    assert short_name("栖汐酒店") == "栖汐"


def test_a_guess_joined_by_a_tender_won_and_a_verb_before_company():
    from extractor.rulers import _split_joined, _verb_and_head
    text = "汐昱信息中标岚州市第二人民医院"
    assert [text[s:e] for s, e in _split_joined(text, 0, len(text), None)] == ["汐昱信息", "岚州市第二人民医院"]
    assert _verb_and_head("确认公司") and not _verb_and_head("汐昱公司")


def test_an_appointed_person_and_a_line_of_business_before_a_title(nlp):
    assert ("岑以安", "PERSON", "") in ents(nlp, "董事会已任命岑以安为公司首席执行官。")
    found = ents(nlp, "她曾任宝洁大中华区护肤品类副总裁。")
    assert not any(t.endswith("品类") for t, _, _ in found)


def test_the_kind_of_agency_before_a_streamers_agency(nlp):
    from extractor.rulers import without_opening
    text = "MCN机构汐禾传媒"  # (a guess the model made of the description and the name together)
    assert text[without_opening(text, 0, len(text), nlp.get_pipe("kg_trim").opening):] == "汐禾传媒"


def test_a_holder_and_an_official_named_after_their_titles(nlp):
    assert ("钱叙川", "PERSON", "") in ents(nlp, "澄汐集团与北汐环境的控股股东钱叙川签署收购框架协议。")
    assert ("柏三汐", "PERSON", "") in ents(nlp, "汀汐市市长柏三汐在签约仪式上表示,将提供全流程服务。")


def test_a_known_company_before_a_country_and_a_plant_in_a_country(nlp):
    found = ents(nlp, "其中在亚马逊美国站的销售额占比超过六成。")
    assert ("亚马逊", "ORG", "amazon") in found and ("美国", "GPE", "usa") in found
    assert ("富力湾", "LOC", "") in ents(nlp, "下面富力湾的业主很多。")  # a development named after a company
    found = ents(nlp, "澜汐股份董事长邵青川表示,墨西哥工厂将帮助公司降低关税和物流成本。")
    assert not any(t == "墨西哥工厂" for t, _, _ in found)


def test_a_cue_run_stops_at_what_one_company_did_to_another(nlp):
    found = ents(nlp, "芯汐装备中标晟汐微电子刻蚀设备订单 合同金额超7亿元")
    assert ("晟汐微电子", "ORG", "") in found and not any("中标" in t for t, _, _ in found)


def test_an_executive_moving_a_data_source_and_a_quoted_brand_among_several(nlp):
    assert ("邱汐", "PERSON", "") in ents(nlp, "汐川科技前首席技术官邱汐已正式加盟云川智能。")
    assert ("窄门岚眼", "ORG", "") in ents(nlp, "窄门岚眼12月1日发布的数据显示,古茗门店超过1万家。")
    assert ("禾汐", "ORG", "") in ents(nlp, '集团旗下目前已拥有"禾汐"等四个个护品牌。')


def test_a_topics_mark_a_company_set_up_by_another_and_a_platform_being_built(nlp):
    assert ("屿汐咖啡", "ORG", "") in ents(nlp, "#屿汐咖啡创始人回应关店#")
    assert ("陶知川", "PERSON", "") in ents(nlp, "屿汐咖啡创始人陶知川今天在微博发文回应传闻。")
    assert not any(t.endswith("平台") for t, _, _ in ents(nlp, "澄汐银行与京东科技达成战略合作 共建数字普惠金融平台"))
    from extractor.rulers import _split_joined
    text = "曦汐汽车由澜汐集团"
    suffix = nlp.get_pipe("kg_trim").org_suffix
    assert [text[s:e] for s, e in _split_joined(text, 0, len(text), suffix)] == ["曦汐汽车", "澜汐集团"]


def test_a_league_a_brand_before_an_adverb_a_rival_after_a_preposition_and_a_scholarship(nlp):
    found = ents(nlp, "12月2日,雾汀篮球联赛(WTL)官方宣布新赛季赛程。")
    assert ("雾汀篮球联赛", "ORG", "~雾汀篮球联赛") in found  # the bracketed Latin name is its alias
    assert not any(t.endswith("联赛") for t, _, _ in ents(nlp, "他们将卫冕联赛冠军,在全国男篮甲B联赛中领先。"))
    found = ents(nlp, "此外,运动品牌跃汀已续约成为官方装备赞助商。")
    assert ("跃汀", "ORG", "") in found and not any("续约" in t for t, _, _ in found)
    assert ("汀曜", "ORG", "") in ents(nlp, "国内市场长期由汀曜、岚瞳等外资品牌主导。")
    assert not any(t.startswith("汀峰") for t, _, _ in ents(nlp, '用于设立"汀峰人工智能奖学金"和建设新的实验楼。'))


def test_a_defined_short_name_investors_by_their_suffix_and_an_executive_at_the_end_of_a_clause(nlp):
    found = ents(nlp, '汀石建设工程股份有限公司(下称"汀石建工")公告称,重整计划获批。')
    ids = {i for t, _, i in found if t in ("汀石建设工程股份有限公司", "汀石建工")}
    assert len(ids) == 1 and ids != {""}  # one entity under two names
    found = ents(nlp, "财务投资人方面,珩汀资产和汀澜基金合计出资7.2亿元。")
    assert ("珩汀资产", "ORG", "") in found
    found = ents(nlp, "本轮由启汀资本领投,老股东砺汀创投和云杉投资继续跟投。")
    assert ("云杉投资", "ORG", "") in found  # 云杉 (spruce) is an everyday word; the list of holders vouches
    assert ("柯汀衡", "PERSON", "") in ents(nlp, "创始人兼CEO为前华为云高管柯汀衡。")
    assert not any(t == "ARR" for t, _, _ in ents(nlp, "汀桥科技透露,公司ARR(年度经常性收入)已突破3亿元。"))
    assert not any("资本" in t for t, _, _ in ents(nlp, "报告期内,中国联通资本开支为480亿元。"))


def test_quoted_brands_a_regional_brand_and_a_business_with_its_own_revenue(nlp):
    found = ents(nlp, '今年"汀溪脐橙"区域公用品牌线上销售额已突破8亿元。')
    assert ("汀溪脐橙", "ORG", "") in found and not any(t == "线上" for t, _, _ in found)
    assert ("汀通云", "ORG", "") in ents(nlp, '据介绍,"汀通云"前三季度收入达到512亿元,同比增长19%。')


def test_an_abbreviation_in_brackets_a_fund_defining_its_short_name_and_a_founder_described(nlp):
    found = ents(nlp, "汀翔航空与中国汀用飞机有限责任公司(中国汀飞)签署协议。")
    ids = {i for t, _, i in found if t in ("中国汀用飞机有限责任公司", "中国汀飞")}
    assert len(ids) == 1 and ids != {""}
    found = ents(nlp, '12月2日,汀云数据中心封闭式基础设施证券投资基金(下称"汀云数据中心REIT")在深交所上市。')
    ids = {i for t, l, i in found if l == "ORG" and t.startswith("汀云数据中心")}
    assert len(ids) == 1 and ids != {""} and ("汀云数据中心REIT", "ORG") in {(t, l) for t, l, _ in found}
    found = ents(nlp, "汀豆由前良品铺子产品经理宁汀于2020年在长沙创立,主打低脂豆类零食。")
    assert ("宁汀", "PERSON", "") in found and not any("低脂" in t for t, _, _ in found)
    assert ("曼谷", "GPE", "bangkok") in ents(nlp, "公司计划明年开通昆明至曼谷的国际航线。")


def test_a_transit_line_is_cut_off_the_city_and_a_country_before_its_capital(nlp):
    found = ents(nlp, "汀州地铁6号线一期全长32.6公里,共设车站24座。")
    assert ("汀州", "GPE", "") in found and not any("号线" in t for t, _, _ in found)
    found = ents(nlp, "为其位于沙特利雅得的储能项目提供储能系统。")
    assert ("沙特", "GPE", "saudi-arabia") in found and ("利雅得", "GPE", "riyadh") in found


def test_a_maker_described_by_its_city_a_developer_before_its_role_and_a_site_that_is_no_place(nlp):
    found = ents(nlp, "其中,深圳手机厂商汀音控股以49%的市场份额位居第一。")
    assert ("汀音控股", "ORG", "") in found and ("深圳", "GPE", "shenzhen") in found
    found = ents(nlp, "由汀游网络自研、岚月互娱代理发行的开放世界手游《星渊纪元》上线首月流水超过8亿元。")
    assert ("汀游网络", "ORG", "") in found and ("星渊纪元", "PRODUCT", "") in found
    found = ents(nlp, "此外,药明汀康位于新加坡的研发中心已于10月投入运营。")
    assert not any(t == "研发中心" for t, _, _ in found)
    found = ents(nlp, "汀音控股在埃塞俄比亚亚的斯亚贝巴设有生产基地。")
    assert ("埃塞俄比亚", "GPE", "ethiopia") in found and ("亚的斯亚贝巴", "GPE", "addis-ababa") in found


def test_a_title_found_to_be_a_work_is_one_in_every_sentence(nlp):
    text = "岚游网络旗下新游《星汀纪元》上线首月流水破8亿元。业内人士认为,《星汀纪元》将与米哈游的《濛影》直接竞争。"
    found = ents(nlp, text)
    assert ("濛影", "PRODUCT", "") in found


def test_two_names_of_one_kind_joined_by_he_and_a_hospital_named_by_its_place(nlp):
    found = ents(nlp, "此前汀鹭航空已与阿联酋航空和土耳其航空建立类似合作。")  # (the model reads one guess)
    assert ("阿联酋航空", "ORG", "") in found and ("土耳其航空", "ORG", "") in found
    found = ents(nlp, "其中包括岭湾科技园和汀江人民医院等非住宅项目。")
    assert ("汀江人民医院", "ORG", "") in found
    assert not any(t.endswith("医院") for t, _, _ in ents(nlp, "该院长在一家私立医院工作。"))


def test_a_kind_of_subsidiary_is_no_name_and_co_leads_and_a_known_company_with_its_venture_arm(nlp):
    found = ents(nlp, "汀商银行行长庞汀远表示,理财子公司开业后,将承接母行存量理财业务。")
    assert not any(t in ("理财", "理财子公司", "开业后") for t, _, _ in found)
    found = ents(nlp, "本轮由汀川产业基金和岚投创新联合领投,上汽恒旭、联想创投跟投。")
    assert ("岚投创新", "ORG", "") in found and ("联想创投", "ORG", "lenovo-capital") in found  # not 联想 and 创投


def test_a_city_joined_to_its_partner_a_kind_of_carmaker_a_plant_to_be_built_and_a_membership_programme(nlp):
    found = ents(nlp, "汀阳市联合美团、支付宝发放1.5亿元消费券 首日核销超4000万元")
    assert ("汀阳市", "GPE", "") in found and ("美团", "ORG", "meituan") in found
    assert ("联合利华", "ORG", "unilever") in ents(nlp, "联合利华表示将提价。")  # 联合 opening a name stays
    found = ents(nlp, "动力电池回收企业汀循科技12月2日宣布,与新能源车企澈汀汽车签署协议。")
    assert ("澈汀汽车", "ORG", "") in found and not any(t.startswith("车企") for t, _, _ in found)
    found = ents(nlp, "募集资金将主要用于在匈牙利建设正极材料工厂,该工厂规划年产能5万吨。")
    assert ("匈牙利", "GPE", "hungary") in found and not any("工厂" in t for t, _, _ in found)
    assert ("汀居会", "ORG", "") in ents(nlp, '集团宣布,旗下会员计划"汀居会"的会员人数已突破2亿。')


def test_a_video_platform_everyday_product_words_and_a_university_named_with_lianhe(nlp):
    found = ents(nlp, "岚视频12月1日在年度招商会上宣布,汀乳乳业将独家冠名其自制综艺《向往的岚山》。")
    assert ("岚视频", "ORG", "") in found
    assert not any(t == "低温奶" for t, _, _ in ents(nlp, '节目的受众与公司旗下低温奶品牌"汀鲜"的目标人群高度重合。'))
    assert not any(t.endswith("电器") for t, _, _ in ents(nlp, "主要生产高端嵌入式厨房电器,2025年营收约为8.1亿欧元。"))
    found = ents(nlp, "北京联合大学保险研究所所长季汀川表示。")  # (联合 inside a university's name joins nothing)
    assert any(t.startswith("北京联合大学") for t, _, _ in found)
    assert not any(t.endswith("科技") for t, _, _ in ents(nlp, "获国家科技进步奖3项,杜邦科技奖1项。"))


def test_a_rocket_in_quotes_an_unnamed_unit_of_a_group_a_trade_role_before_a_name_and_listed_brands(nlp):
    assert ("汀天二号", "ORG", "") in ents(nlp, '将使用其"汀天二号"运载火箭,为后者发射36颗低轨通信卫星。')
    found = ents(nlp, "创始人兼董事长钟启汀曾任中国航天科技集团某研究院副院长。")
    assert ("中国航天科技集团", "ORG", "") in found or any(t == "中国航天科技集团" for t, _, _ in found)
    assert not any("某" in t for t, _, _ in found)
    assert not any(t.startswith("卫星") for t, _, _ in ents(nlp, "岚网星座是汀鸿集团旗下的卫星互联网公司。"))
    found = ents(nlp, "汀熙生物旗下护肤品牌包括澄汀和熙岚。")
    assert ("澄汀", "ORG", "") in found and ("熙岚", "ORG", "") in found and not any(t == "护肤" for t, _, _ in found)


def test_a_description_under_a_group_and_where_a_product_comes_from_are_no_names(nlp):
    assert not any(t.endswith("公司") for t, _, _ in ents(nlp, "汀安保险是汀海集团旗下的财产保险公司。"))
    assert not any("能源" in t for t, _, _ in ents(nlp, "为国产新能源重卡最大海外单,是国内新能源重卡的龙头企业之一。"))


def test_a_listed_company_with_a_masked_code_and_no_name_from_its_pronoun(nlp):
    assert ("汀峰水泥", "ORG", "") in ents(nlp, "12月1日,汀峰水泥(600xxx.SH)公告称,为响应行业错峰生产倡议。")
    found = ents(nlp, "交易完成后,Kauri Farms的创始家族将保留15%的股份,其现任总经理詹姆斯·怀特将继续负责牧场运营。")
    assert not any(t.startswith("其") for t, _, _ in found)
    assert ("岚叶护肤", "ORG", "") in ents(nlp, "岚叶护肤创始人罗辛蒂表示。")  # a brand may end in its line


def test_a_chain_brand_before_a_date_and_a_chain_kind_before_its_name(nlp):
    assert ("汀机汇", "ORG", "") in ents(nlp, "手机零售连锁品牌汀机汇12月1日宣布,其在印度尼西亚的第100家门店在雅加达开业。")
    found = ents(nlp, "与连锁超市岚华超市签订智能仓储系统供货合同。")
    assert ("岚华超市", "ORG", "") in found and not any(t.startswith("连锁") for t, _, _ in found)


def test_an_ip_in_quotes_and_standing_in_for_a_post(nlp):
    assert ("星汀熊", "ORG", "") in ents(nlp, '动画公司岚梦动画宣布将旗下原创动画IP"星汀熊"授权给休闲食品企业汀乐食品。')
    assert not any(t == "暂代" for t, _, _ in ents(nlp, "岚讯科技CEO韦书恒辞职 董事长贺辰安暂代CEO职务"))


def test_cultural_products_are_no_company(nlp):
    assert not any(t.endswith("饮品") for t, _, _ in ents(nlp, "新茶饮品牌岚茶与汀州博物馆联合推出文创饮品。"))


def test_an_appointment_is_no_part_of_a_name_and_a_shipyard_is_a_company(nlp):
    found = ents(nlp, "棠运物流任命新CFO 获两家银行50亿元授信。棠运物流总部位于成都。")
    assert [t for t, label, _ in found if label == "ORG"] == ["棠运物流", "棠运物流"]
    assert ("琮江造船", "ORG", "") in ents(nlp, "琮江造船是一家民营船厂,今年已获得新船订单30艘。")


def test_a_name_found_elsewhere_is_found_where_its_last_character_is_glued_to_the_next(nlp):
    # (the segmenter cuts 琮达物|流任)
    found = ents(nlp, "琮达物流发布公告。周婉宁2019年加入琮达物流任财务总监。")
    assert [t for t, label, _ in found if label != "PERSON" or t != "周婉宁"] == ["琮达物流", "琮达物流"]


def test_a_dairy_a_professor_and_the_market_of_a_region(nlp):
    assert ("璞川乳品", "ORG", "") in ents(nlp, "淞岭乳业与璞川乳品同时发布公告,宣布双方将进行合并。")
    assert ("岑知远", "PERSON", "") in ents(nlp, "实验室主任由浙江大学计算机学院教授岑知远担任。")
    assert not any(t.startswith("曾") for t, _, _ in ents(nlp, "岑知远院士曾参与该项目的论证。"))
    found = ents(nlp, "两家公司在华北和西北市场具有较强的互补性。")
    assert not any(t.endswith("市场") for t, _, _ in found)


def test_kinds_of_subsidiary_holdings_pen_names_and_novels(nlp):
    found = ents(nlp, "霈泰保险发布公告,旗下子公司霈泰人寿保费收入增长6%;财产险子公司霈泰财险保费收入增长4%。")
    assert {t for t, label, _ in found if label == "ORG"} >= {"霈泰人寿", "霈泰财险"}
    assert not any("子公司" in t for t, _, _ in found)
    found = ents(nlp, "国家集成电路产业投资基金二期持有公司8.7%的股份。")
    assert ("国家集成电路产业投资基金二期", "ORG") in [(t, label) for t, label, _ in found]
    found = ents(nlp, '网络文学平台霈阅文学宣布,旗下作家"青砚"(本名韩知筠)的长篇小说《长河雪》改编权已售出。')
    assert {("霈阅文学", "ORG"), ("青砚", "PERSON"), ("韩知筠", "PERSON"), ("长河雪", "PRODUCT")} <= {
        (t, label) for t, label, _ in found}


def test_couriers_sellers_city_governments_and_major_kinds(nlp):
    found = ents(nlp, "据多位义乌电商卖家反映,主要竞争对手翀运速运随即跟进降价。")
    assert ("翀运速运", "ORG", "") in found and not any(t.endswith("电商") for t, _, _ in found)
    assert ("合肥市人民政府", "ORG", "") in ents(nlp, "晞川储能与合肥市人民政府签订投资合作协议。")
    assert not any("医院" in t for t, _, _ in ents(nlp, "公司旗下运营眼科、口腔两大专科医院网络。"))


def test_a_city_after_its_country_a_body_holding_and_a_new_game(nlp):
    found = ents(nlp, "将于明年开通成都至匈牙利布达佩斯的直飞国际航线。")
    assert ("布达佩斯", "GPE", "budapest") in found
    # a city that is also a club's name stays the club where the model reads an organisation
    assert ("罗马", "ORG", "") in ents(nlp, "意甲第12轮,罗马客场战平米兰。")
    assert ("广州市国资委", "ORG") in {(t, label) for t, label, _ in ents(nlp, "第一大股东为广州市国资委控股的广州城投集团。")}
    assert not any(t.endswith("新游") for t, _, _ in ents(nlp, "祎川网络新游海外首月流水破2亿元"))


def test_the_heads_of_a_ranked_list_share_the_kind_of_the_heads_a_cue_found(nlp):
    text = ("以下为榜单前四名:\n1. 蕴川茶饮:品牌价值126亿元。\n2. 燊川户外:品牌价值98亿元。\n"
            "3. 珺川护肤:品牌价值87亿元。\n4. 翎川:品牌价值65亿元。")
    found = {t for t, label, _ in ents(nlp, text) if label in ("ORG", "BRAND")}
    assert {"蕴川茶饮", "燊川户外", "珺川护肤", "翎川"} <= found


def test_a_drug_in_quotes_and_a_latin_drug_maker(nlp):
    found = ents(nlp, '国家药监局批准璠川生物的PD-1单抗注射液"璠立康"上市,海外权益已授予美国药企Veltris Pharma。')
    # (the product is an organisation-like name with a brand hint: the graph reads it as a brand)
    assert {("璠立康", "ORG"), ("Veltris Pharma", "ORG")} <= {(t, label) for t, label, _ in found}


def test_an_investor_named_for_investing_starts_after_the_agent_word(nlp):
    found = ents(nlp, "我们刚完成了B轮融资,金额是2亿元,由弘澈投资领投,老股东梅花创投跟投。")
    assert ("弘澈投资", "ORG", "") in found and not any(t.startswith("由") for t, _, _ in found)


def test_a_body_holding_in_full_is_the_body(nlp):
    found = ents(nlp, "琰川文旅集团是黄山市人民政府全资控股的国有企业。")
    assert ("黄山市人民政府", "ORG") in {(t, label) for t, label, _ in found}
    assert not any(t.endswith("控股") for t, _, _ in found)


def test_a_winery_with_its_latin_name_and_its_owner_by_title(nlp):
    found = {(t, label) for t, label, _ in ents(
        nlp, "智利产区的岚川酒庄(Domaine Lanchuan)由庄主Marc Delorme经营,酒款由汀澜酒行代理。")}
    assert {("岚川酒庄", "ORG"), ("Marc Delorme", "PERSON"), ("汀澜酒行", "ORG")} <= found


def test_a_listed_company_named_after_its_market(nlp):
    found = {(t, label) for t, label, _ in ents(nlp, "澳大利亚上市公司琨拓资源持有该矿山40%的权益。")}
    assert ("琨拓资源", "ORG") in found


def test_a_relative_named_after_the_kinship_word(nlp):
    found = {(t, label) for t, label, _ in ents(nlp, "2018年,他将总经理一职交给次子曾泓远,本人只保留董事长职务。")}
    assert ("曾泓远", "PERSON") in found


def test_a_league_with_its_acronym_after_is(nlp):
    found = {(t, label) for t, label, _ in ents(nlp, "该品牌曾是全国女子排球联赛(WVL)的官方合作伙伴。")}
    assert ("全国女子排球联赛", "ORG") in found


@pytest.mark.parametrize("headline", ["日本家居品牌Tomari宣布退出中国大陆市场 门店年底前关闭",
                                      "美国咖啡品牌Brewly退出香港市场 门店下月关闭"])
def test_a_place_cut_back_to_the_space_between_headline_phrases_is_still_named(nlp, headline):
    # (the cut left the space in the name, where no token ends: spaCy refused the span and the document failed)
    found = {(t, label) for t, label, _ in ents(nlp, headline)}
    assert any(label == "GPE" and t in ("中国大陆", "香港") for t, label in found)
    assert not any(t != t.strip() for t, _ in found)


def test_a_counted_kind_after_a_name_is_no_member_of_its_list(nlp):
    found = names_in(nlp, "据了解,第二大股东琨岳基金与多家外资机构投下赞成票。")
    assert "琨岳基金" in found and not any("投下" in t for t in found)


def test_the_holding_of_a_controlling_shareholder_is_no_part_of_the_name(nlp):
    found = names_in(nlp, "汀岳股份控股股东为汀岳集团,持股比例为41.5%。")
    assert "汀岳股份" in found and "汀岳股份控股" not in found


def test_a_long_description_with_one_rarer_word_is_no_name(nlp):
    found = names_in(nlp, "琮岳资产是省属地方资产管理公司,主营不良资产收购。")
    assert not any(t.endswith("资产管理公司") for t in found)


def test_an_institution_and_its_short_name_in_brackets(nlp):
    found = {(t, label) for t, label, _ in ents(nlp, "该行在银行业信贷资产登记流转中心(银登中心)挂牌转让不良贷款。")}
    assert {("银行业信贷资产登记流转中心", "ORG"), ("银登中心", "ORG")} <= found


def test_a_known_company_with_supply_chain_after_it_is_its_unit(nlp):
    found = names_in(nlp, "岚衣在国内的仓储物流此前由顺丰供应链负责。")
    assert "顺丰供应链" in found


def test_a_name_guessed_without_its_line_of_trade_takes_it(nlp):
    found = names_in(nlp, "此次参与竞标的还有王府井集团、日上免税行和海南旅投免税等企业。")
    assert "海南旅投免税" in found and "海南旅投" not in found


def test_a_frequent_word_jieba_tags_a_place_vouches_for_no_brand(nlp):
    found = names_in(nlp, "警方破获一起假冒知名餐饮品牌招商加盟的诈骗案。")
    assert "招商加盟" not in found


def test_building_materials_and_curtain_walls_are_lines_of_trade(nlp):
    found = names_in(nlp, "其中,汀筑建材持有的商票金额约为6200万元。截至目前,汀城幕墙已向法院提起诉讼。")
    assert {"汀筑建材", "汀城幕墙"} <= set(found)


def test_a_street_named_after_a_city_is_the_street(nlp):
    found = {(t, label) for t, label, _ in ents(nlp, "品牌首店开在杭州延安路,另一家店位于上海北京西路。")}
    assert ("北京", "GPE") not in found and ("杭州", "GPE") in found


def test_a_holding_a_person_controls_is_named(nlp):
    found = names_in(nlp, "财团成员包括邓岚控制的琨汐投资以及私募基金高瓴资本。")
    assert "琨汐投资" in found


def test_equipment_is_a_line_of_trade_after_a_guessed_name(nlp):
    found = names_in(nlp, "其中,公司全资子公司琨岳智能装备收到市工业和信息化局拨付的专项资金5200万元。")
    assert "琨岳智能装备" in found and "琨岳智能" not in found


def test_an_office_in_a_city_is_the_city(nlp):
    found = {(t, label) for t, label, _ in ents(nlp, "迁址后深圳办公室将保留约200人的研发团队。")}
    assert ("深圳", "GPE") in found and not any(t.endswith("办公室") for t, _ in found)


def test_a_described_name_with_latin_letters_before_its_latin_alias(nlp):
    found = names_in(nlp, "AI编程工具初创公司琨汐AI(Kunxi AI)今日宣布完成B轮融资。")
    assert "琨汐AI" in found


def test_a_second_founder_after_and_with_a_description(nlp):
    found = names_in(nlp, "该公司由前微软工程师苏岳凡和前百度算法负责人韩东于2021年在硅谷创立。")
    assert {"苏岳凡", "韩东"} <= set(found)


def test_a_subsidiary_named_before_the_verb_it_runs(nlp):
    found = names_in(nlp, "第一座工厂由琨晶科技持股约60%的子公司琨晶越南营运。")
    assert "琨晶越南" in found and not any(t.endswith("营运") for t in found)


def test_a_region_alone_is_no_organisation(nlp):
    found = names_in(nlp, "公司将在新加坡设立亚太总部。")
    assert "亚太" not in found and "新加坡" in found


def test_the_organisers_party_word_opens_no_persons_name(nlp):
    found = names_in(nlp, "主办方琨澜文化透露,两场演出门票已全部售罄。")
    assert "琨澜文化" in found and not any(t.startswith("方") for t in found)


def test_a_legal_representative_named_before_because(nlp):
    found = names_in(nlp, "公司董事长、法定代表人骆立新因涉嫌违法被立案调查。")
    assert "骆立新" in found


def test_a_described_name_then_a_date_and_a_verb(nlp):
    found = names_in(nlp, "第三方评测机构琨言评测12月2日发布11月榜单。")
    assert "琨言评测" in found


def test_electronics_is_a_line_of_trade_and_materials_only_a_kind(nlp):
    found = names_in(nlp, "琨川电子宣布扩产,支持其锂电材料产能扩张。")
    assert "琨川电子" in found and "锂电材料" not in found


def test_a_person_holding_shares_directly_is_no_company(nlp):
    found = ents(nlp, "变动后,董事长阚立恒直接持有公司18.6%的股份。")
    assert ("阚立恒", "PERSON") in [(t, label) for t, label, _ in found]
    assert not any(t.startswith("阚立恒") and len(t) > 3 for t, _, _ in found)


def test_a_groups_holdings_word_opens_no_brand_name(nlp):
    found = names_in(nlp, "其旗下新能源品牌沣翊今年前十个月销量达到14.6万辆。")
    assert "沣翊" in found and not any("旗下" in t for t in found)


def test_an_investor_glued_to_its_round_by_the_segmenter(nlp):
    found = names_in(nlp, "听说是珩一创投领投,老股东也跟投了。")
    assert "珩一创投" in found
    assert not [t for t in names_in(nlp, "本轮是国有资本领投。") if t.endswith("资本")]


def test_rarer_family_names_and_a_time_word_after_a_name(nlp):
    found = names_in(nlp, "琨翊智能创始人苍文博当选副会长,创始人甄翊之前在大疆工作。")
    assert "苍文博" in found and "甄翊" in found


def test_a_medium_described_before_its_laboratorys_name(nlp):
    found = names_in(nlp, "科技媒体澂翊实验室日前发布了拆解报告。")
    assert "澂翊实验室" in found


def test_a_registered_names_core_after_a_two_word_line_of_trade(nlp):
    found = ents(nlp, "琨翊是深圳琨翊通讯技术有限公司旗下的手机品牌,琨翊在影像上进步明显。")
    assert [t for t, label, _ in found].count("琨翊") == 2


def test_a_star_fund_manager_names_no_fund(nlp):
    found = names_in(nlp, "珝翊基金旗下明星基金经理乔慕远在管规模为312亿元。")
    assert "珝翊基金" in found and "明星基金" not in found


def test_a_country_before_an_investors_name_is_a_place_of_its_own(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "股东为瑨源证券和新加坡琬泰投资,截至三季度末规模约2100亿元。")]
    assert ("新加坡", "GPE") in found and ("琬泰投资", "ORG") in found


def test_a_country_opening_a_guess_that_stopped_short_of_its_suffix():
    from extractor.rulers import _country_opening, org_suffix_regex, load_cues
    suffix = org_suffix_regex(load_cues())
    text = "新加坡琬翊集团宣布裁员。德国大众汽车公司发言人表示。"
    assert _country_opening(text, 0, 5, suffix) == "新加坡"       # 新加坡琬翊|集团
    assert _country_opening(text, 12, 20, suffix) is None          # the whole 德国大众汽车公司, as the corpora write it
    assert _country_opening("美国银行宣布", 0, 4, suffix) is None  # no unknown name after the country


def test_a_quoted_strategy_is_no_organisation(nlp):
    found = [t for t, _, _ in ents(nlp, '董事长瞿翊表示,此次收购是公司"走出去"战略的重要一步。')]
    assert "走出去" not in found


def test_textile_and_dyeing_are_lines_of_trade(nlp):
    found = names_in(nlp, "其面料主要由本地合作伙伴璘翊印染提供。")
    assert "璘翊印染" in found


def test_a_guess_across_what_a_company_is_to_the_filer_is_two_companies(nlp):
    found = names_in(nlp, "其中,公司拟向璩川农业采购生猪等原料,金额不超过3.2亿元;璩川农业为公司控股股东璩川集团的全资子公司。")
    assert found.count("璩川农业") == 2 and "璩川集团" in found and not any("为公司" in t for t in found)


def test_a_customer_word_opens_no_name(nlp):
    found = names_in(nlp, "经查,沄翊科技通过与供应商瓈翊电子、客户汭翊智能开展循环交易。")
    assert "汭翊智能" in found and "客户汭翊智能" not in found


def test_a_japanese_name_the_model_cut_before_its_last_character(nlp):
    found = names_in(nlp, "三井物产中国区总代表田中健一表示,双方将展开合作。")
    assert "田中健一" in found and "三井物产" in found


def test_a_known_companys_china_unit_named_as_one(nlp):
    assert ("达能中国", "ORG") in [(t, label) for t, label, _ in ents(nlp, "方若琳曾在达能中国任职12年。")]
    assert "星巴克中国" in names_in(nlp, "星巴克中国表示,门店将照常营业。")
    assert "欧莱雅中国" in names_in(nlp, "创始人濛然曾在欧莱雅中国担任品牌经理。")  # (a post held there)
    # its market, its division and (as the corpora write it) a title after it keep the company alone
    for text in ("特斯拉中国销量大增。", "苹果中国区总裁表示。", "花旗中国董事长欧兆伦表示。"):
        assert not any(t.endswith("中国") and len(t) > 2 for t, _, _ in ents(nlp, text)), text


def test_a_controller_acting_through_a_holding_company(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "截至公告日,瓒翊控股持有公司41.4%的股份,实际控制人聂立群通过瓒翊控股间接控制公司。")]
    assert ("聂立群", "PERSON") in found and not any("控制" in t for t, _ in found)


def test_daily_chemicals_and_transmissions_are_lines_of_trade(nlp):
    found = names_in(nlp, "泷翊美妆母公司洺翊日化回应称,随后加入竞争对手沩翊传动担任技术总监。")
    assert "洺翊日化" in found and "沩翊传动" in found


def test_a_branch_named_by_its_city_alone_and_an_office_set_up(nlp):
    found = names_in(nlp, "该行行政总裁林志勤表示,上海分行将重点服务企业。此前,澧翊银行已在北京设有代表处。")
    assert "林志勤" in found and "澧翊银行" in found
    assert not any(t in ("行政", "上海分行") or "设有" in t for t in found)


def test_a_sentenced_founder_and_a_garment_maker(nlp):
    found = names_in(nlp, "判处瑄翊金服创始人、实际控制人柏文涛有期徒刑十年。发现其中的瓅翊制衣存在问题。")
    assert "柏文涛" in found and "瓅翊制衣" in found
    assert not [t for t, _, _ in ents(nlp, "织布车间将坯布卖给制衣车间。") if "卖给" in t]


def test_an_accelerator_a_dealer_with_a_latin_name_and_places_listed(nlp):
    found = names_in(nlp, "12月1日,珣翊加速器第八期Demo Day在杭州举行。公司与泰国农机经销商Siam AgriTech签署独家经销协议。")
    assert "珣翊加速器" in found and "Siam AgriTech" in found
    found = names_in(nlp, "公司拟将所持有的上海闵行和嘉定两个住宅项目公司各50%的股权出售给上海城投控股。")
    assert "上海城投控股" in found and not any("和" in t for t in found)


def test_a_champion_a_security_firm_and_a_kind_of_state_group(nlp):
    found = names_in(nlp, "12月1日,乒乓球世界冠军郝思雨在个人社交账号上宣布退役。泄露事件由网络安全公司珈翊安全率先发现。")
    assert "郝思雨" in found and "珈翊安全" in found and "网络安全公司" not in found
    found = names_in(nlp, "两家央企物流集团实施重组 璐翊物流整体并入琲翊集团")
    assert "琲翊集团" in found and not any(t.endswith("物流集团") for t in found)


def test_quoted_names_listed_as_brands_share_the_kind_of_the_one_found(nlp):
    found = ents(nlp, "过去一年集团旗下三个品牌“珀翊烧腊”“岚川米粉”和“汀茗茶铺”门店总数达到1260家。")
    assert {t for t, label, _ in found if label in ("ORG", "BRAND")} >= {"珀翊烧腊", "岚川米粉", "汀茗茶铺"}
    # quoted drug names or column titles are not brands because one of them was taken for a name
    found = ents(nlp, "院长研制的新药“风岚停”和“痹翊平”等科研成果获奖。")
    assert not any(t == "痹翊平" for t, _, _ in found)


def test_a_spouse_named_after_the_kin_word_is_a_person_and_cities_ending_like_rivers_are_places(nlp):
    found = ents(nlp, "岚翊控股90%的股权由吕岚栋持有,其配偶孟翊丽持有剩余10%。项目将于明年在株洲投产。")
    assert ("孟翊丽", "PERSON") in [(t, label) for t, label, _ in found]
    assert ("株洲", "GPE") in [(t, label) for t, label, _ in found]


def test_names_a_description_or_the_investors_clause_vouch_for(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "椛岚是一个气泡茶饮料品牌,由前饮料公司市场总监沐翊创立。")]
    assert ("椛岚", "ORG") in found or ("椛岚", "BRAND") in found
    assert ("沐翊", "PERSON") in found
    found = names_in(nlp, "今年3月,该品牌完成了B轮融资,投资方为番茄资本和晨曦基金。")
    assert "番茄资本" in found and "晨曦基金" in found
    found = names_in(nlp, "根据第三方数据平台璟谦中台的统计,去年销量增长。其中最大客户珂川水务由他控制。")
    assert "璟谦中台" in found and "第三方数据平台璟谦中台" not in found and "珂川水务" in found


def test_names_the_segmenter_cut_after_a_rare_character_and_a_line_of_travel(nlp):
    found = names_in(nlp, "骢越物流聘请萧岚明担任公司总裁。瑆途旅行的技术官离职。")
    assert {"骢越物流", "瑆途旅行"} <= set(found)


def test_a_known_name_across_the_end_of_a_person_is_not_taken(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "淼川银行董事会同意聘任邵志华为行长。")]
    assert ("邵志华", "PERSON") in found and not any(t == "华为" for t, _ in found)


def test_registered_names_with_a_bracketed_place_and_brands_described_after_a_comma(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "玟岚坊，新中式茶饮领导品牌，隶属于珣岚餐饮管理(上海)有限公司。")]
    assert ("珣岚餐饮管理(上海)有限公司", "ORG") in found and not any(t == "有限公司" for t, _ in found)
    assert any(t == "玟岚坊" for t, _ in found)
    # a comma and a clause with a verb describe nothing (政企分开，把经营自主权给了企业)
    assert not any(t == "政企分开" for t, _, _ in ents(nlp, "政企分开，把经营自主权给了企业，是重要条件。"))


def test_people_listed_after_a_person_plans_regional_brands_and_rice_millers(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "影片由演员王子墨、林初夏主演。")]
    assert ("林初夏", "PERSON") in found
    found = names_in(nlp, "同日，岚江地产一笔境内公司债展期方案获得持有人会议表决通过。")
    assert not any(t.endswith("方案") for t in found)
    found = [(t, label) for t, label, _ in ents(nlp, "“琦岚大米”区域公用品牌发布会举行，企业包括琦岚米业、禾岚粮油等。")]
    assert ("琦岚大米", "BRAND") in found or ("琦岚大米", "ORG") in found
    assert {"琦岚米业", "禾岚粮油"} <= {t for t, _ in found}


def test_a_court_before_a_registered_name_is_not_part_of_it(nlp):
    found = names_in(nlp, "杭州市中级人民法院对青岚记(杭州)餐饮管理有限公司诉山岚饮品有限公司一案作出判决。")
    assert not any(t.startswith("杭州市中级人民法院对") for t in found)


def test_the_yu_of_a_word_before_opens_no_name_and_a_subsidiary_named_before_its_revenue(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "公告称，业绩增长主要得益于海外市场订单大幅增加。")]
    assert not any(label == "PERSON" for _, label in found)
    assert ("于岚先", "PERSON") in [(t, label) for t, label, _ in ents(nlp, "新闻出版署署长于岚先会见时在座。")]
    found = names_in(nlp, "其中越南子公司泓岚越南贡献收入约6亿元。")
    assert "泓岚越南" in found


def test_quoted_names_called_brands_clubs_after_their_description_latin_names_after_titles_and_cities(nlp):
    found = names_in(nlp, "琰岚乳业旗下拥有“琰岚”“鲜语牧岚”等品牌。")
    assert "鲜语牧岚" in found
    found = names_in(nlp, "体育中心是祺州职业足球俱乐部祺州雄岚的主场。")
    assert "祺州雄岚" in found
    found = [(t, label) for t, label, _ in ents(nlp, "港务局局长William Ruto Kamau表示欢迎。项目位于内蒙古包头。")]
    assert ("William Ruto Kamau", "PERSON") in found and ("包头", "GPE") in found


def test_a_known_place_ending_a_transliterated_place_is_not_cut_out_of_it(nlp):
    found = names_in(nlp, "黄金海岸位于昆士兰州东南角。")
    assert "兰州" not in found
    found = names_in(nlp, "其中在亚马逊美国站的销售额占比超过六成。")
    assert "美国" in found


def test_esports_teams_players_nicknames_and_names_listed_after_a_role(nlp):
    found = [(t, label) for t, label, _ in ents(nlp, "英雄联盟职业战队镕岚电竞(RGE)官宣阵容，中单选手“小昀”正式加盟。")]
    assert ("镕岚电竞", "ORG") in found and ("小昀", "PERSON") in found
    found = [(t, label) for t, label, _ in ents(nlp, "主要人员:沈旻(执行董事兼总经理)、林钰(监事)")]
    assert ("林钰", "PERSON") in found
    found = names_in(nlp, "旻岚科技车规芯片获两家车企定点")
    assert not any(t.startswith("科技") for t in found)


def test_japanese_registered_names(nlp):
    found = names_in(nlp, "该店由珞岚与伊藤岚商事株式会社合资成立的珞岚日本株式会社运营。")
    assert "珞岚日本株式会社" in found and "日本株式会社" not in found


def test_a_short_name_defined_after_the_generic_word_a_filing_offers_first(nlp):
    for text in ("浙江岚驰汽车零部件股份有限公司(以下简称\"公司\"或\"岚驰股份\")近日收到定点通知。",
                 "浙江岚驰汽车零部件股份有限公司(以下简称\"岚驰股份\"或\"公司\")近日收到定点通知。"):
        found = ents(nlp, text)
        ids = {i for t, _, i in found if t in ("浙江岚驰汽车零部件股份有限公司", "岚驰股份")}
        assert len(ids) == 1 and ids != {""}, text


@pytest.mark.parametrize("text, name", [
    # a registered name whose first word the dictionary splits (建|澜) keeps its line of trade (服务)
    ("栖汐今年与建设银行旗下的建澜住房服务有限责任公司达成合作。", "建澜住房服务有限责任公司"),
    # a listed rival with a line of business (生活服务) before its group word
    ("栖汐的主要竞争对手包括岚寓和魔岚生活服务集团。", "魔岚生活服务集团"),
])
def test_a_name_with_everyday_words_before_its_organisational_ending(nlp, text, name):
    assert name in names_in(nlp, text)


def test_a_kind_of_plant_and_contract_manufacturing_are_no_names(nlp):
    found = names_in(nlp, "公司与华为合作建设的数字化工厂今年产能利用率提升了15%。")
    assert "数字化工厂" not in found
    found = names_in(nlp, "公司今年为多个欧美品牌代工,代工业务营收增长了40%。")
    assert "代工" not in found


def test_an_announcements_stock_short_name_is_its_filers(nlp):
    found = ents(nlp, "证券代码:603xxx 证券简称:岭岚智造 公告编号:2026-071\n广东岭岚智能制造股份有限公司关于股份转让的公告")
    ids = {i for t, _, i in found if t in ("岭岚智造", "广东岭岚智能制造股份有限公司")}
    assert len(ids) == 1 and ids != {""}


def test_quoted_varieties_shops_and_a_groups_china_unit_before_a_list_join(nlp):
    found = names_in(nlp, "公司的主力玉米品种“丰岚668”推广面积突破800万亩。")
    assert "丰岚668" in found
    found = names_in(nlp, "返乡青年胡晓岚经营的“织岚记”是抖音上销量靠前的汉服店铺之一。")
    assert "织岚记" in found
    found = names_in(nlp, "投资方为中化集团旗下的先正达集团中国和岚南农业开发有限公司。")
    assert "先正达集团中国" in found and "中国" not in found


def test_a_place_guess_joining_two_listed_names_and_a_steelmakers_short_name(nlp):
    found = ents(nlp, "据悉,仓途的竞争对手包括谷岚海外仓和万岚通。")
    assert not any(label in ("GPE", "LOC") for _, label, _ in found)
    assert {"谷岚海外仓", "万岚通"} <= {t for t, _, _ in found}
    found = names_in(nlp, "中国宝岚钢铁集团有限公司日前签署协议。力拓将向宝岚供应铁矿石。")
    assert "宝岚" in found


def test_a_legal_representative_ends_a_name_a_latin_name_in_brackets_vouches_and_a_schools_unit_is_no_name(nlp):
    found = names_in(nlp, "瑞泰建设法定代表人柯永辉表示,公司将积极整改。")
    assert "瑞泰建设" in found and not any("法定代表人" in t for t in found)
    found = names_in(nlp, "青岚茶事宣布与岚国集团旗下的同心餐饮(Tongxin Foods)签署协议。")
    assert "同心餐饮" in found
    found = names_in(nlp, "该校材料科学与工程学院教授殷岚勇团队研发了新技术。")
    assert "材料科学与工程学院" not in found


def test_a_known_platforms_line_of_service_a_dictionary_organisation_and_quoted_venues(nlp):
    found = names_in(nlp, "阿里巴巴旗下的淘宝闪购则与饿了么完成了整合。")
    assert "淘宝闪购" in found and "淘宝" not in found
    found = names_in(nlp, "店铺的销售额七成来自抖音直播。")
    assert "抖音直播" not in found
    found = names_in(nlp, "顾岚此前是联想集团中国区副总裁。")
    assert "联想集团" in found
    found = names_in(nlp, "首次获评三星的餐厅包括广州的\"岭南荟\"和成都的\"蜀岚轩\"。岭南荟主厨梁国栋从业超过30年。")
    assert found.count("岭南荟") == 2 and "蜀岚轩" in found and "岭南" not in found


def test_latin_names_with_inner_capitals_after_a_title_and_a_count_is_no_place(nlp):
    found = ents(nlp, "Lululemon首席执行官Calvin McDonald在财报电话会上表示,增长最快。")
    assert ("Calvin McDonald", "PERSON") in [(t, label) for t, label, _ in found]
    found = names_in(nlp, "公司计划明年在华新开约30家门店。")
    assert not any(any(c.isdigit() for c in t) for t in found)


def test_a_guess_running_over_a_comma_into_an_organisation_the_interbank_market_and_a_system(nlp):
    found = [t for t, _, _ in ents(nlp, "新华社昆明12月2日电(记者 岩温香)云南咖啡豆采收已经开始。在普洱市思茅区,"
                                   "岚山咖啡专业合作社理事长李国祥告诉记者,合作社今年签订了采购合同。")]
    assert "岚山咖啡专业合作社" in found
    found = names_in(nlp, "公司12月2日在中国银行间市场完成发行15亿元人民币金融债券。")
    assert "中国银行" not in found
    found = names_in(nlp, "项目采用磷酸铁锂电池储能系统,储能变流器由阳光电源提供。")
    assert not any("储能" in t for t in found)


def test_a_colleague_cofounding_and_familymart_beside_a_known_chain(nlp):
    found = names_in(nlp, "吕文杰随后离开IBM,与前同事方岚鸣在北京共同创办了观岚智能。")
    assert "方岚鸣" in found
    found = names_in(nlp, "岚泡目前已进入7-Eleven、全家和罗森等便利店系统。")
    assert "全家" in found


def test_a_stock_short_name_in_brackets_is_the_companys_alias(nlp):
    found = ents(nlp, "岚康大药房连锁股份有限公司(证券简称:岚康药房)12月2日晚间公告,公司完成收购。")
    ids = {i for t, _, i in found if t in ("岚康大药房连锁股份有限公司", "岚康药房")}
    assert len(ids) == 1 and ids != {""}


def test_a_department_before_its_heads_title_is_no_name(nlp):
    # a department before its head's title
    assert "书画部" not in names_in(nlp, "澜栖拍卖副总裁兼书画部总经理瞿思岚表示,年轻买家增多。")
    assert "商务部" in names_in(nlp, "商务部新闻发言人表示,将继续扩大开放。")  # a ministry is named by its kind


def test_a_collector_and_an_auction_house_are_named(nlp):
    assert ("蔺秋岚", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "这件手卷最终由上海藏家蔺秋岚竞得。")]
    assert ("嘉岚拍卖", "ORG") in [(t, l) for t, l, _ in ents(nlp, "嘉岚拍卖宣布,秋拍总成交额为9.8亿元。")]


def test_banks_of_a_region_are_no_name_and_wineries_are_named_without_their_country(nlp):
    assert "东盟银行" not in names_in(nlp, "这是第12家在华设立分行的东盟银行。")
    found = [(t, l) for t, l, _ in ents(nlp, "觅岚汇目前是法国甘岚酒庄和智利晨岚酒庄在中国的独家代理商。")]
    assert ("甘岚酒庄", "ORG") in found and ("晨岚酒庄", "ORG") in found
    assert ("法国", "GPE") in found and ("智利", "GPE") in found


def test_clubs_coaches_and_doctors_are_named(nlp):
    found = [(t, l) for t, l, _ in ents(nlp, "岳岚此前执教中甲球队南岚之星,上赛季带队获得联赛第四名。")]
    assert ("南岚之星", "ORG") in found
    assert ("岳霆", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "青州烈风官宣新帅 前国脚岳霆执教一线队")]
    assert "冼博岚" in names_in(nlp, "栖岚医生集团创始人冼博岚原是北京积水潭医院骨科副主任医师。")
    # 由X控股: 控股 is what the group does; a country and a kind of club describe the name after them
    assert "泓岚集团" in names_in(nlp, "青州烈风足球俱乐部由泓岚集团控股,持股比例为85%。")
    found = [(t, l) for t, l, _ in ents(nlp, "俱乐部还宣布与西班牙俱乐部比利亚雷亚尔达成青训合作。")]
    assert ("西班牙", "GPE") in found and ("比利亚雷亚尔", "ORG") in found
    assert "中国企业联合会" in names_in(nlp, "中国企业联合会发布榜单。")


def test_categories_venues_and_functions_are_no_names(nlp):
    found = names_in(nlp, "巡演的冠名赞助商为蒙牛旗下的高端奶品牌特仑岚。")
    assert "高端奶" not in found and "特仑岚" in found
    assert not any(l == "ORG" for _, l, _ in ents(nlp, "首站落地成都东岚湖体育公园。"))  # a park, no sports company
    assert "澜裳供应链" not in names_in(nlp, "澜裳供应链副总裁裴铮表示,公司已要求所有一级供应商完成验厂。")


def test_descriptions_joints_and_headline_phrases_are_cut_from_names(nlp):
    found = names_in(nlp, "游戏公司玄鲸互娱宣布,已完成对独立游戏工作室成都星岚网络科技有限公司(以下简称\"星岚工作室\")的全资收购。")
    assert "成都星岚网络科技有限公司" in found and not any("游戏工作室" in n for n in found)
    assert "独立工作室" not in names_in(nlp, "玄鲸互娱全资收购独立工作室星砾 《雾港》制作人邰子墨将离职")
    assert "宏岳汽车" in names_in(nlp, "2. 【宏岳汽车11月交付新车2.1万辆】宏岳汽车公布,11月共交付新车21038辆。")
    # (two organisations a guess joins with 联手 or 和; a headline's phrase ending in two verbs)
    from extractor.rulers import _ends_in_verb, _split_joined
    suffix = nlp.get_pipe("kg_trim").org_suffix
    for text, parts in (("宠岚保险联手瑞岚医院", ["宠岚保险", "瑞岚医院"]), ("众安保险和平安产险", ["众安保险", "平安产险"]), ("上海交岚大学机械与动力工程学院", ["上海交岚大学机械与动力工程学院"]),
                        ("汀阳市联合利华", ["汀阳市联合利华"])):
        assert [text[a:b] for a, b in _split_joined(text, 0, len(text), suffix)] == parts
    assert _ends_in_verb("宠物医疗险加速渗透") and not _ends_in_verb("石油输出国组织")
    assert names_in(nlp, "宠物险市场的主要参与者还包括众安保险和平安产险。")[-2:] == ["众安保险", "平安产险"]
    assert "全国连锁宠物医院" not in names_in(nlp, "宠岚保险与全国连锁宠物医院品牌瑞岚宣布达成战略合作。")
    assert ("邰子岚", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "星砾工作室创始人、《雾港》制作人邰子岚则将在明年1月离职。")]


def test_names_on_a_pages_lines_teams_and_companies_after_a_kind(nlp):
    assert ("尉迟岚", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "管理团队\n尉迟岚 | 联合创始人兼首席技术官\n")]
    assert ("FPX", "ORG") in [(t, l) for t, l, _ in ents(nlp, "前FPX战队打野选手以转会形式加盟。")]
    assert "维岚特食品" in names_in(nlp, "荷兰企业维岚特食品为32.7%。") or "维斯特食品" in names_in(nlp, "荷兰企业维斯特食品为32.7%。")
    assert "半导体人力资源" not in names_in(nlp, "芯途半导体人力资源副总裁申屠静表示,公司需要大量芯片设计工程师。")


def test_public_funds_are_named(nlp):
    found = names_in(nlp, "该基金的出资人包括国家中小企业发展基金、苏州市创新产业发展引导基金、招商局资本以及多家上市公司。")
    assert "国家中小企业发展基金" in found and "苏州市创新产业发展引导基金" in found
    assert "深圳市天岚母基金" in names_in(nlp, "本轮由深圳市天岚母基金领投。")  # (由 opens no fund's name)


def test_a_company_after_a_source_and_a_maker_after_its_kind_are_named(nlp):
    found = [(t, l) for t, l, _ in ents(nlp, "据了解,岚香坊是一家以中式糕点为主的连锁品牌,创立于2012年。")]
    assert ("岚香坊", "ORG") in found
    assert "化妆品代工厂" not in names_in(nlp, "化妆品代工厂妆研科技冲刺IPO 前五大客户贡献六成收入")


def test_registered_groups_holders_and_city_investment_companies_are_named(nlp):
    # a group's registered name keeps its 控股|集团 (the run no longer stops at 集团), and 股东 opens no name
    found = names_in(nlp, "本次新增注册资本由原股东汀岚银行认购6亿元,新股东岑翊控股集团有限公司认购3亿元。")
    assert "岑翊控股集团有限公司" in found and "汀岚银行" in found and not any(n.startswith("股东") for n in found)
    # a place and 城投 name the city's investment company; the party's word 委托方 is no part of it
    found = names_in(nlp, "上述项目的委托方岚州城投为岚州市国资委全资控股的平台公司。")
    assert "岚州城投" in found and "平台公司" not in found
    # a strategy in quotes after 集团 is no name (集团"轻资产转型"); a quoted brand still is
    assert "数字化转型" not in names_in(nlp, '代建业务是集团"数字化转型"的核心方向。')
    assert "岚饮" in names_in(nlp, '集团"岚饮"上线三个月。')
    assert "翊联消费金融" in names_in(nlp, "已有翊联消费金融等多家消金公司完成增资。")


def test_branches_partners_after_their_places_and_shops_of_no_place(nlp):
    from extractor.rulers import _without_description
    name = "中国工商银行股份有限公司南昌分行"
    assert _without_description(name, 0, len(name)) == 0  # a bank's branch keeps its bank's registered name
    found = names_in(nlp, "目前公司已在全国11个省份采用这一模式,合作伙伴包括湖南的湘岚汇和广西的桂岚仓。")
    assert "湘岚汇" in found and "桂岚仓" in found
    assert "海航旅游" in names_in(nlp, "蓝岚邮轮由海航旅游与美国邮轮公司合资组建。")  # a known name and its trade
    assert ("大理", "GPE") in [(t, l) for t, l, _ in ents(nlp, "计划在昆明、大理、丽江等城市开设门店。")]
    import spacy
    from extractor.rulers import EntityTrimmer
    doc = spacy.blank("zh")("2025年全国便利店门店总数约为32万家。")
    doc.ents = [doc.char_span(6, 10, label="GPE")]  # 国便利店: a guess that opened inside 全国
    assert EntityTrimmer(frozenset())(doc).ents == ()


def test_partnerships_foundations_and_kinds_of_body(nlp):
    # a limited partnership's legal form is part of its name, whether the model or the cue found it
    text = "公司通过宁波璘岚一号企业管理合伙企业(有限合伙)、宁波璘岚二号企业管理合伙企业(有限合伙)和宁波璘岚三号企业管理合伙企业(有限合伙)实施员工持股计划。"
    found = names_in(nlp, text)
    assert [n for n in found if n.endswith("(有限合伙)")] == [
        "宁波璘岚一号企业管理合伙企业(有限合伙)", "宁波璘岚二号企业管理合伙企业(有限合伙)", "宁波璘岚三号企业管理合伙企业(有限合伙)"]
    # a foundation set up in quotes; 基金会 alone names none; a fund's name does not stop before its 会
    found = names_in(nlp, '卓岚舒宣布将个人捐资10亿元发起设立"望岚教育基金会"。基金会理事长由其女儿担任。'
                          "基金会首批合作机构包括北京师范大学和中国乡村发展基金会。")
    assert "望岚教育基金会" in found and "基金会" not in found and "中国乡村发展基金" not in found
    # a branch after its company's registered name is whole; a consortium and public funds are kinds, no names
    from extractor.rulers import _without_descriptive_group
    name = "中国电信股份有限公司沅岚分公司"
    assert _without_descriptive_group(name, 0, len(name)) == 0
    assert "公募基金" not in names_in(nlp, "股东通过大宗交易减持2.1%,接盘方为两家公募基金。")
    # (荀 is a family name: the holder of the company is a person, not an organisation the cue reads)
    found = [(t, l) for t, l, _ in ents(nlp, "董事长为荀岚哲。荀岚哲直接持有公司31.4%的股份。")]
    assert ("荀岚哲", "PERSON") in found and ("荀岚哲", "ORG") not in found


def test_partners_of_a_joint_venture_a_name_in_quotes_before_its_short_form_and_a_name_cut_short(nlp):
    found = [(t, l, i) for t, l, i in ents(nlp, "翊岚汽车与沣岚新能源合资电池公司正式成立。")]
    assert [(t, l) for t, l, _ in found] == [("翊岚汽车", "ORG"), ("沣岚新能源", "ORG")]
    found = ents(nlp, '公司与沣岚新能源共同出资设立的合资公司"翊沣岚动力电池有限公司"(以下简称"翊沣岚动力")已完成注册。')
    ids = {t: i for t, _, i in found}
    assert ids["翊沣岚动力"] and ids["翊沣岚动力"] == ids["翊沣岚动力电池有限公司"]
    # (the model's guess short of a name the text writes whole elsewhere is that name: 沣|岚新能源)
    found = names_in(nlp, "其中翊岚汽车出资15.3亿元,持股51%;沣岚新能源出资14.7亿元,持股49%。沣岚新能源成立于2015年。")
    assert "岚新能源" not in found and found.count("沣岚新能源") == 2


def test_a_count_of_some_kind_of_body_is_no_name():
    import spacy
    from extractor.rulers import EntityTrimmer
    doc = spacy.blank("zh")("汀岚农商行吸收合并三家村镇银行获批。")
    doc.ents = [doc.char_span(9, 15, label="ORG")]  # 三家村镇银行: three village banks, none named
    assert EntityTrimmer(frozenset())(doc).ents == ()


def test_a_guess_opening_inside_a_verb_kinds_of_car_and_a_groups_short_name(nlp):
    found = names_in(nlp, "湖南省教育厅近日发布公示,同意湘岚学院的举办者由湖南湘岚投资集团有限公司变更为沛岚教育集团。")
    assert "湘岚学院" in found and "意湘岚学院" not in found
    assert "纯电动汽车" not in names_in(nlp, "淞岚汽车决定召回部分淞岚L7纯电动汽车,共计23412辆。")
    import spacy
    from extractor.rulers import EntityTrimmer
    doc = spacy.blank("zh")("召回部分纯电动汽车。")
    doc.ents = [doc.char_span(4, 9, label="ORG")]
    assert EntityTrimmer(frozenset())(doc).ents == ()
    # (a group's registered name gives its short name with 集团 too: 湘岚投资集团 is that group)
    found = ents(nlp, "举办者为湖南湘岚投资集团有限公司。原举办者湘岚投资集团的实际控制人为龙岚卿。")
    ids = {t: i for t, _, i in found}
    assert ids.get("湘岚投资集团") == "~湖南湘岚投资集团有限公司"  # linked to the registered name for resolution


def test_list_items_before_their_kind_frequent_nz_words_trades_joined_and_latin_names_with_a_tail(nlp):
    found = names_in(nlp, "烟岚科技主要为英美烟草、日本烟草等国际烟草公司以及悦刻等国内品牌提供代工服务。")
    assert "日本烟草" in found and not any("等" in n or n.startswith("主要") for n in found)
    assert "家族信托" not in names_in(nlp, "其通过家族信托持有公司约38%的股份。")  # 家族: an nz word of 1,918 uses
    found = names_in(nlp, "翔岚航空与赛峰集团合资设立发动机维修公司。")
    assert "翔岚航空" in found and "赛峰集团" in found
    assert "CFM国际" in names_in(nlp, "该发动机由赛峰集团与通用电气的合资公司CFM国际生产。")
    assert ("张江", "GPE") in [(t, l) for t, l, _ in ents(nlp, "芯岚微电子总部位于上海张江。")]


def test_a_description_before_a_registered_name_is_cut():
    from extractor.rulers import _without_description_of_registered
    text = "户外运动品牌峰岚控股有限公司"
    assert text[_without_description_of_registered(text, 0, len(text)):] == "峰岚控股有限公司"
    text = "岚川品牌管理有限公司"  # a registered name whose trade is brand management: no description
    assert _without_description_of_registered(text, 0, len(text)) == 0


def test_partners_and_what_they_do_together_and_a_latin_name_after_its_description(nlp):
    found = names_in(nlp, "中国石化与鄂岚能源合资建设加氢站网络 首批10座年内投用")
    assert "鄂岚能源" in found and not any("加氢站" in n for n in found)
    found = names_in(nlp, "中农岚控股宣布,已与加拿大钾肥出口商Canpotex签订年度钾肥海运进口合同。")
    assert "Canpotex" in found and not any(n.endswith("Canpotex") and n != "Canpotex" for n in found)


def test_a_drug_maker_and_a_distributor_joined_and_a_beer_brand(nlp):
    found = names_in(nlp, "汀岚制药与国药控股签订全国配送协议 新药进入300家医院")
    assert "汀岚制药" in found and "国药控股" in found
    assert "澜岚啤酒" in names_in(nlp, "澜岚啤酒今年前三季度实现营业收入86.7亿元。")


def test_a_scientist_by_name_and_auditors_after_a_change_of_auditor(nlp):
    assert ("柴岚舒", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "创始人兼CEO为前百度深度学习研究院科学家柴岚舒。")]
    found = names_in(nlp, "汀岚股份拟变更会计师事务所 改聘容诚会计师事务所")
    assert "容诚会计师事务所" in found and not any(n.startswith("改聘") or "拟变更" in n for n in found)


def test_an_assessor_after_jing_a_period_after_a_year_and_makers_of_a_brand(nlp):
    found = names_in(nlp, "本期债券由汀川证券担任主承销商,经汀颂资信评估有限公司综合评定,公司主体信用等级为AA+。")
    assert "汀颂资信评估有限公司" in found and not any(n.startswith("经") for n in found)
    assert not any("年度" in n for n in names_in(nlp, "汀川公交以3亿元中标其2027年度新能源公交车采购项目。"))
    found = ents(nlp, "汀妍的粉底液和眼影分别由岚丝美诗和汀特丽代工。")
    assert ("岚丝美诗", "ORG") in [(t, l) for t, l, _ in found] and ("汀特丽", "ORG") in [(t, l) for t, l, _ in found]


def test_a_ticker_a_platforms_feature_a_board_and_a_state_before_its_city(nlp):
    assert "YDSM" not in names_in(nlp, "岚电半导体(NASDAQ:YDSM)12月2日在投资者电话会上表示,公司业绩超出预期。")
    assert ("微信", "ORG") in [(t, l) for t, l, _ in ents(nlp, "今年前三季度,其微信小程序订单占总订单量的比例已达63%。")]
    assert not any("科创板" in n for n in names_in(nlp, "董事长汀川的税前报酬为586.3万元,在科创板半导体公司中位居前列。"))
    found = names_in(nlp, "岚电半导体总部位于美国加州圣何塞,已获得美国商务部工业与安全局颁发的出口许可证。")
    assert {"加州", "圣何塞", "美国商务部工业与安全局"} <= set(found)


def test_a_shipowner_after_its_country_is_a_name_of_its_own(nlp):
    found = names_in(nlp, "公司全资子公司岚洋海运(香港)有限公司与希腊船东柯岚航运签署期租合同,租入6艘集装箱船。")
    assert "柯岚航运" in found and "希腊" in found and not any(n.endswith("柯岚航运") and n != "柯岚航运" for n in found)


def test_a_founder_before_where_they_studied_and_a_speaker_the_model_read_as_a_place(nlp):
    found = ents(nlp, "岳川机器人成立于2017年,创始人兼CEO楚岚毕业于哈尔滨工业大学。")
    assert ("楚岚", "PERSON") in [(t, l) for t, l, _ in found]
    text = "问:加盟商赚钱吗?\n栎阳:去年回本周期是14个月。\n问:供应链呢?\n栎阳:水果主要是和佳沃合作。"
    assert [l for t, l, _ in ents(nlp, text) if t == "栎阳"] == ["PERSON", "PERSON"]


def test_a_person_and_a_company_a_headlines_court_a_firm_of_a_kind_and_in_china(nlp):
    found = ents(nlp, "法院认定,骑手邵岚与汀诚劳务服务有限公司之间存在劳动关系。")
    assert ("邵岚", "PERSON") in [(t, l) for t, l, _ in found] and "汀诚劳务服务有限公司" in [t for t, _, _ in found]
    assert not any("外包" in n for n in names_in(nlp, "外卖骑手送餐途中受伤起诉平台 法院判决劳务外包公司担责"))
    assert not any(n.startswith("华") for n in names_in(nlp, "双方将在未来五年内把珀岚在华门店数量扩大至50家。"))
    assert not any("成立" in n for n in names_in(nlp, "法国奢侈品牌珀岚与汀禾百货成立合资公司 共同运营中国门店"))


def test_a_short_name_after_the_full_one_and_a_supply_chain_by_its_owner(nlp):
    found = ents(nlp, "苹果公司发布报告。报告称,苹果供应链中的可再生能源装机容量已达到17.8吉瓦。")
    assert [t for t, _, _ in found] == ["苹果公司", "苹果"] and len({i for _, _, i in found}) == 1
    assert "天猫奢品" in names_in(nlp, "双方将进驻天猫奢品。")
    assert "茅台" in names_in(nlp, "消费品牌中,茅台以3120亿元位居第六。")


def test_a_biographys_person_a_traders_name_after_its_role_and_a_project_company(nlp):
    assert ("穗岚", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "穗岚,女,1980年出生,中国国籍,本科学历。")]
    assert "丸川商事株式会社" in names_in(nlp, "据悉,该批大米的采购方为日本大型粮食贸易商丸川商事株式会社。")
    assert not any("项目公司" in n for n in names_in(nlp, "鹭岚地产出售岑岚项目公司51%股权 买方为国企汀泽置业"))
    assert "鹭岚投资" in names_in(nlp, "公司全资附属公司鹭岚投资拟以18.6亿元的对价出售股权。")


def test_a_precision_maker_a_kind_of_insurer_and_customers_listed(nlp):
    assert "昭岚精机" in names_in(nlp, "同日,霍岚维克还与日本机床厂商昭岚精机签署协议。")
    assert "昭和精机" in names_in(nlp, "同日,霍岚维克还与日本机床厂商昭和精机签署协议。")  # 和 inside the name
    assert not any(n.endswith("险公司") for n in names_in(nlp, "瑞岚保险是瑞岚集团旗下的财产险公司,今年保费增长9.4%。"))
    found = names_in(nlp, "邦岚化工的主要客户包括汀邦漆业、三棵树和阿克苏诺贝尔。")
    assert {"汀邦漆业", "三棵树", "阿克苏诺贝尔"} <= set(found)


def test_a_funds_second_edition_and_a_field_that_is_no_company(nlp):
    assert "岚川产业投资基金二期" in names_in(nlp, "本轮由岚川产业投资基金二期领投,老股东跟投。")
    assert not any("智慧" in n for n in names_in(nlp, "公司董事长乔岚此前表示,区域智慧教育是公司未来三年的核心增长引擎。"))


def test_a_titled_speaker_a_founding_year_after_a_name_quoted_brands_and_a_tea_shop(nlp):
    found = ents(nlp, "柘川酒店集团首席执行官澈川表示,公司将继续推进加盟扩张。")
    assert ("澈川", "PERSON") in [(t, l) for t, l, _ in found]
    found = ents(nlp, "昀川医疗由汀川大学机械工程学院教授蓟川于2022年创办。")
    assert ("蓟川", "PERSON") in [(t, l) for t, l, _ in found] and "蓟川于" not in [t for t, _, _ in found]
    assert not any(t.startswith("兼") for t, _, _ in ents(nlp, "公司董事长兼总裁表示,明年将继续扩张。"))
    found = names_in(nlp, "截至9月30日,集团在营酒店总数达到4120家,其中中高端品牌\"缇川\"和\"镜川\"合计占比提升至52%。")
    assert {"缇川", "镜川"} <= set(found)
    assert "漪川茶事" in names_in(nlp, "截至11月30日,漪川茶事全国门店总数达到812家。")


def test_a_founder_before_a_past_post_and_a_brands_online_unit(nlp):
    assert ("霖川", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "芷川生物创始人霖川曾任恒瑞医药研发副总裁。")]
    found = ents(nlp, "燕川家居电商负责人琛川介绍,今年品牌在抖音加大了店播投入。")
    assert "燕川家居电商" not in [t for t, _, _ in found] and ("琛川", "PERSON") in [(t, l) for t, l, _ in found]


def test_a_platform_named_before_its_operator(nlp):
    found = ents(nlp, "11月28日,短剧平台桃岚短剧的运营方北京汐澜科技有限公司宣布,平台日活跃用户数已突破3000万。")
    assert "桃岚短剧" in [t for t, l, _ in found if l in ("ORG", "BRAND")]


def test_a_known_name_after_a_glued_preposition_and_an_airport_without_its_terminal(nlp):
    assert "爱美客" in names_in(nlp, "公司玻尿酸产品主要采购自爱美客和华熙生物。")
    found = ents(nlp, "汐岚免税公司全资子公司中标鹭州国际机场T3航站楼进出境免税店经营权项目。")
    assert ("鹭州国际机场", "ORG") in [(t, l) for t, l, _ in found]
    assert not any("航站楼" in t for t, _, _ in found)
    # (with no name before it, a kind of airport names none)
    assert not any("机场" in t for t in names_in(nlp, "公司全资子公司中标鹭岚国际机场T3航站楼进出境免税店经营权项目。"))


def test_a_kind_of_company_cut_by_the_segmenter_and_titles_in_brackets_name_no_company(nlp):
    names = names_in(nlp, "12月2日,充电运营商岚充科技与新能源车企启界汽车在上海签署战略合作协议。")
    assert "启界汽车" in names and not any(n.endswith("车企启界汽车") for n in names)
    names = names_in(nlp, "芯岳半导体公告,董事会同意聘任钱慕白为公司首席技术官(CTO)。同时,公司原CTO孔令川辞去职务。")
    assert not {"首席技术官", "CTO", "公司原"} & set(names)


def test_a_courts_order_a_title_after_the_company_ministries_and_a_list_after_a_widened_name(nlp):
    names = names_in(nlp, "法院认定木岚咖啡构成侵权,判令木岚咖啡停止侵权并赔偿经济损失500万元。")
    assert not any(n.startswith("判令") for n in names)
    assert "CTO" not in names_in(nlp, "我决定于今年12月底卸任公司CTO职务。")
    assert "应急管理部" in names_in(nlp, "公司的遥感数据产品目前已服务于应急管理部、自然资源部等机构客户。")
    assert "国投创合" in names_in(nlp, "星岚宇航的股东包括中金资本、国投创合等。")


def test_a_streamer_without_a_family_name_her_agency_and_a_named_venture_fund(nlp):
    found = ents(nlp, "抖音头部主播岚柚的双12专场直播累计成交额突破8亿元。岚柚所属的MCN机构橙汁传媒公布了上述数据。")
    assert ("岚柚", "PERSON") in [(t, l) for t, l, _ in found]
    assert "橙汁传媒" in [t for t, _, _ in found]
    assert "澄江汐辰硬科技创业投资基金" in names_in(nlp, "双方将共同设立总规模20亿元的澄江汐辰硬科技创业投资基金。")
    assert not any("基金" in n for n in names_in(nlp, "公司拟设立产业投资基金。"))  # a kind of fund, no name


def test_a_trading_group_a_name_after_a_glued_verb_a_hospitals_kind_and_its_head(nlp):
    assert any(n.endswith("汐岚商业集团") for n in names_in(nlp, "鲸岚便利店已与安徽汐岚商业集团签订区域特许经营协议。"))
    text = "鸿岚投资已与温州岚和医院的股东签署协议,以3.15亿元收购岚和医院70%的股权。岚和医院是一家三级骨科专科医院。"
    names = names_in(nlp, text)
    assert names.count("岚和医院") == 3 and "骨科专科医院" not in names
    found = ents(nlp, "该院院长祁望舒将继续留任。澜湄银行上海分行行长由尹溪担任。")
    people = [t for t, l, _ in found if l == "PERSON"]
    assert "祁望舒" in people and "尹溪" in people and "由尹溪" not in people


def test_a_universitys_fund_a_foundation_set_up_and_branches_and_subsidiaries(nlp):
    assert "耶鲁大学捐赠基金" in names_in(nlp, "该期基金的出资人包括淡马锡、耶鲁大学捐赠基金和新加坡政府投资公司等机构。")
    assert "澜江大学教育发展基金会" in names_in(nlp, "澜江大学教育发展基金会出资2亿元。")
    assert "岚远慈善基金会" in names_in(nlp, "温故于2008年捐资1亿元设立岚远慈善基金会。")
    assert "分子公司" not in names_in(nlp, "分子公司看,全资子公司岚湖钢铁前三季度亏损4.6亿元。")


def test_a_shop_and_its_measure_the_period_of_a_report_and_brands_listed_as_these(nlp):
    names = names_in(nlp, "3、电商渠道:收入7.6亿元,天猫和京东旗舰店GMV合计超过10亿元。")
    assert "京东" in names and not any("GMV" in n for n in names)
    assert not any(n.endswith("公司") for n in names_in(nlp, "报告期内公司实现营业收入48.6亿元,同比增长12.4%。"))
    names = names_in(nlp, "问:怎么看和贝汐、强生这些老牌子的竞争?")
    assert "贝汐" in names and "强生" in names


def test_chains_whose_stores_a_brand_enters_a_unit_of_a_group_and_a_former_agency(nlp):
    names = names_in(nlp, "燕汐川:进入线下,先进1000家童汐王和爱汐室的门店。")
    assert "童汐王" in names and "爱汐室" in names
    assert names_in(nlp, "产品已进入3000家大型商超门店。") == []  # a kind of store, no chain's name
    assert "蒙汐新能源" in names_in(nlp, "蒙汐新能源是北汐电力集团旗下的新能源开发平台,在运装机规模超过12GW。")
    assert "蓝汐" in names_in(nlp, "此前芮汐的媒介代理商为蓝汐。")


def test_a_city_with_its_unit_where_a_plant_is_built_events_and_studios(nlp):
    found = ents(nlp, "值得注意的是,汀珑轮胎已于2019年在兹雷尼亚宁市建设工厂。")
    assert ("兹雷尼亚宁市", "GPE") in [(t, l) for t, l, _ in found] and not any("工厂" in t for t, _, _ in found)
    assert "汀州马拉松" in names_in(nlp, "国产运动品牌汀跃体育宣布,成为2027汀州马拉松的官方合作伙伴。")
    assert "鸣汐音乐节" in names_in(nlp, "10月6日,由沐岚文化主办的2026鸣汐音乐节在宁夏落下帷幕。")
    assert "鸣汐音乐节" in names_in(nlp, "这是汀岚啤酒连续第三年冠名鸣汐音乐节。")
    assert names_in(nlp, "他参加过三次马拉松和两次音乐节。") == []


def test_a_posts_author_a_friend_who_opened_the_first_shop_a_cooperative_and_a_fund_that_invested(nlp):
    assert ("阮濛", "PERSON") in ents_of(nlp, "濛家小馆创始人 阮濛 的微博")
    assert ("陈濛", "PERSON") in ents_of(nlp, "十年前,我和大学同学陈濛在杭州文三路开了第一家店。")
    assert ("千岛湖濛鱼合作社", "ORG") in ents_of(nlp, "感谢千岛湖濛鱼合作社十年如一日给我们送鱼。")
    assert names_in(nlp, "村里的合作社给我们送鱼。") == []
    assert ("番茄资本", "ORG") in ents_of(nlp, "也感谢去年投资我们的番茄资本。")


def test_a_joint_ventures_quoted_name_a_plant_built_and_an_officer_before_a_semicolon(nlp):
    assert ("濛能欧洲", "ORG") in ents_of(nlp, '合资公司名为"濛能欧洲",其中濛能科技持股70%。')
    assert "合资建厂" not in names_in(nlp, "濛能科技与匈牙利车企合资建厂 首期投资约4.5亿欧元")
    assert ("罗濛", "PERSON") in ents_of(nlp, "上市公司接待人员:董事会秘书 罗濛;财务总监 郑濛")


def test_an_analysts_latin_name_after_the_firm_in_brackets(nlp):
    assert ("Amy Wang", "PERSON") in ents_of(nlp, "分析师(摩根士丹利 Amy Wang): 公司如何看待竞争?")


def test_a_countrys_fund_a_banks_department_and_a_farm_partner(nlp):
    found = ents_of(nlp, "公司已与意大利私募基金Verdana Capital签署股权转让协议。")
    assert ("Verdana Capital", "ORG") in found and not any(t.endswith("私募基金") for t, _ in found)
    assert ("濛州银行", "ORG") in ents_of(nlp, "总经理由濛州银行零售金融部原总经理魏濛担任。")
    assert "濛州银行零售金融部" not in names_in(nlp, "总经理由濛州银行零售金融部原总经理魏濛担任。")
    assert ("濛山茶场", "ORG") in ents_of(nlp, "本次新品由研发团队与福建安溪的濛山茶场联合开发。")


def test_a_team_pages_titled_names_a_round_taker_and_kinds_that_name_no_one(nlp):
    assert {("任濛轩", "PERSON"), ("袁濛", "PERSON")} <= set(ents_of(nlp, "管理团队\n创始人兼CEO:任濛轩\n首席医疗官:袁濛"))
    assert ("濛鲜到家", "ORG") in ents_of(nlp, "1. 濛鲜到家完成3亿元C轮融资,由美团龙珠领投。")
    assert "国货彩妆品牌濛色" not in names_in(nlp, "国货彩妆品牌濛色完成3亿元B轮融资。")
    assert "宠物医院" not in names_in(nlp, "濛宠医疗是一家专注于宠物医院连锁经营的企业。")
    assert "战略委员会" not in names_in(nlp, "辞职后将继续担任公司董事及战略委员会委员。")


def test_a_quarter_before_company_is_no_name_and_a_known_brand_stays_in_a_customer_list(nlp):
    assert names_in(nlp, "公司在投资者互动平台回复称,三季度公司接到的订单同比增长约40%。") == []
    assert ("迪桑特", "ORG") in ents_of(nlp, "主要客户包括安踏、FILA、迪桑特和lululemon。")


def test_a_cup_or_a_championship_a_brand_sponsored_is_an_event(nlp):
    assert ("濛迪曼杯", "ORG") in ents_of(nlp, "濛步体育此前已是协会的合作伙伴,并赞助了濛迪曼杯。")
    assert ("濛山公开赛", "ORG") in ents_of(nlp, "濛步体育连续三年冠名濛山公开赛。")
    assert not {"水晶奖杯", "晶奖杯"} & set(names_in(nlp, "濛步体育赞助了水晶奖杯。"))
    assert "简汐工作室" in names_in(nlp, "简汐工作室是知屿上收入最高的创作者之一。")
    assert names_in(nlp, "他成立了个人工作室。") == []
    assert "汐马拉雅" in names_in(nlp, "平台今年将与汐知、汐马拉雅展开差异化竞争。")


def test_a_post_glued_to_a_name_a_traders_unit_a_supplier_and_an_answerer(nlp):
    found = ents(nlp, "苏汐现任柘汐机器人董事长兼CEO,钱澈任CTO。")  # (segmented 钱|澈任|CTO)
    assert ("钱澈", "PERSON") in [(t, l) for t, l, _ in found] and "钱澈任" not in [t for t, _, _ in found]
    assert "南通市葛汐纺织品经营部" in names_in(nlp, "被告系南通市葛汐纺织品经营部经营者。")
    assert "海南泓汐椰业" in names_in(nlp, "椰汐咖啡的椰子原料主要由海南泓汐椰业供应。")
    found = ents(nlp, "Q:今年海外业务表现如何?\nA(鹿汐巷CFO 琮汐):今年前三季度,海外门店增加到210家。")
    assert ("琮汐", "PERSON") in [(t, l) for t, l, _ in found]


def test_table_bars_portfolios_integrators_honorifics_and_a_described_brand(nlp):
    assert "汀汐资产管理有限公司" in names_in(nlp, "| 股东名称 | 持股比例 |\n| 汀汐资产管理有限公司 | 8.0% |")
    assert "全国社保基金一一八组合" in names_in(nlp, "| 全国社保基金一一八组合 | 920 | 2.3% |")
    names = names_in(nlp, "2026年12月2日,深圳——储能系统集成商澄汐科技(Chengxi Technology)今日宣布签约。")
    assert "澄汐科技" in names and "储能系统集成商澄汐科技" not in names
    names = names_in(nlp, "在公司董事会聘任新的董事会秘书之前,由公司董事长砚汐远先生代行董事会秘书职责。")
    assert not any("代行" in n for n in names)
    assert "北汐" in names_in(nlp, "北汐是去年才做手机的新品牌,母公司是做笔记本的岱汐集团。")
    assert names_in(nlp, "这是一个很有意思的品牌。") == []


def test_an_english_headline_is_no_name_and_a_latin_short_form_is_the_company(nlp):
    from extractor.rulers import _english_clause, _short_forms_read_as_people
    assert _english_clause("Chengxi Technology signs energy storage deal with Lumira")
    assert not _english_clause("Bank of America Merrill Lynch") and not _english_clause("Lumira AS")
    doc = nlp.make_doc("澄汐科技与Lumira AS签约。Lumira CEO表示。")
    text = doc.text
    a, b = text.index("Lumira AS"), text.index("Lumira CEO")
    doc.ents = [doc.char_span(a, a + 9, "ORG"), doc.char_span(b, b + 6, "PERSON")]
    assert _short_forms_read_as_people(doc) == [(b, b + 6, "ORG", "")]


def test_a_company_before_its_unit_and_post_pairs_of_trade_names_and_a_brand_the_text_calls_one(nlp):
    found = ents(nlp, "本期嘉宾:岭汐科技创始人宣墨、凌川汽车海外事业部总经理庞知行。凌川去年海外销量是12万辆。")
    assert [(t, l) for t, l, _ in found if t.startswith("凌川")] == [("凌川汽车", "ORG"), ("凌川", "ORG")]
    names = names_in(nlp, "澜瑞生物与先声药业在该适应症上存在直接竞争。")
    assert "澜瑞生物" in names and "先声药业" in names
    assert "仰望" in names_in(nlp, "比亚迪发布高端品牌仰望的新车U7。")


def test_names_in_a_tables_name_column_registered_names_brands_with_models_and_trade_names(nlp):
    text = "排名 品牌 成交额(亿元) 同比增长\n1 珀汐雅 18.6 32%\n2 可汐美 9.7 65%"
    assert {"珀汐雅", "可汐美"} <= set(names_in(nlp, text))
    found = ents(nlp, "| 股东名称 | 持股数量(万股) | 持股比例 |\n| 霍汐明 | 12480 | 31.2% |\n| 汀汐资产 | 3200 | 8.0% |")
    assert ("霍汐明", "PERSON") in [(t, l) for t, l, _ in found]
    assert "澜莱雅化妆品股份有限公司" in names_in(nlp, "其母公司澜莱雅化妆品股份有限公司总部位于杭州。")
    assert {"德汐", "柏汐"} <= set(names_in(nlp, "1. 德汐EC685:售价1999元;\n2. 柏汐PE3690:售价1299元;"))
    assert "岑汐环保" in names_in(nlp, "岑汐环保投资3.2亿元建设危废处置中心。")
    assert not any("环保" in n for n in names_in(nlp, "北京华嬉数字文化产业功能区暨国际青少年环保艺术培训基地落户。"))


def test_property_managers_kinds_before_names_and_a_former_company_of_a_kind(nlp):
    names = names_in(nlp, "柏汐物业接管汀野社区 原物业公司被业主大会解聘")
    assert "柏汐物业" in names and not any(n.startswith("原") or "接管" in n for n in names)
    assert "澜汐物业" in names_in(nlp, "业主大会解聘原物业服务企业澜汐物业。")
    names = names_in(nlp, "11月28日,茶企鹤汐茶业在云南普洱签约。露营装备商曜汐户外冲刺北交所。")
    assert "鹤汐茶业" in names and "曜汐户外" in names and not any(n.startswith(("茶企", "装备商")) for n in names)


def test_a_term_and_a_trade_a_brand_before_its_owner_in_brackets_new_energy_names_and_rivals(nlp):
    names = names_in(nlp, "AI眼镜品牌霁汐(所属公司:曜汐科技)今日发布两款新品。")
    assert "霁汐" in names and "AI眼镜" not in names
    assert "澄汐新能" in names_in(nlp, "另一家企业澄汐新能的报价降至0.67元/W。")
    assert "汐鸟科技" in names_in(nlp, "业内人士指出,霁汐将与汐鸟科技、Rokid在AI眼镜市场正面竞争。")


def test_car_rental_names_an_airport_that_is_a_party_and_a_quoted_brand_of_a_kind(nlp):
    found = ents(nlp, "12月3日,岚汐租车与海南三亚凤凰国际机场签署合作协议。")
    assert ("岚汐租车", "ORG") in [(t, l) for t, l, _ in found]
    assert ("三亚凤凰国际机场", "ORG") in [(t, l) for t, l, _ in found]
    found = ents(nlp, "800名大力士在杜勒斯国际机场参加拖飞机比赛。")
    assert [l for t, l, _ in found if t.endswith("机场")] in (["LOC"], ["GPE"])  # where one is, it is a place
    assert "栖汐" in names_in(nlp, "此前,沐汐文旅已运营“栖汐”精品民宿品牌,在全国拥有门店63家。")
    assert "小岚姐" not in [t for t, l, _ in ents(nlp, "快手主播“小岚姐”与国货护肤品牌蕴汐举行专场直播。") if l == "BRAND"]


def test_a_studio_in_a_city_and_a_chain_whose_name_is_an_everyday_word(nlp):
    assert "多伦多工作室" not in names_in(nlp, "育汐多伦多工作室宣布推出新作。")
    assert "孩子王" not in names_in(nlp, "【孩子王】最后46小时!全国寻找锦鲤。")  # a film's title here
    assert "孩子王" in names_in(nlp, "燕汐川:进入线下,先进1000家孩子王和爱汐室的门店。")


def test_a_brand_and_its_owning_company_a_role_and_its_verb_and_eldercare_operators(nlp):
    names = names_in(nlp, "对此,岚汐咖啡所属公司上海岚汐餐饮管理有限公司回应称,公司会与加盟商沟通调整。")
    assert "上海岚汐餐饮管理有限公司" in names and not any("所属" in n or "沟通" in n for n in names)
    assert "颐汐康养" in names_in(nlp, "该社区由泰汐保险与养老运营商颐汐康养合作运营。")


def test_a_contact_line_a_broadcaster_a_director_and_a_brand_side_company(nlp):
    found = ents(nlp, "关于湄曜新能源\n媒体联系人\n岑湄 湄曜新能源品牌部\n电话:0519-8888xxxx")
    assert ("岑湄", "PERSON") in [(t, l) for t, l, _ in found]
    found = ents(nlp, "该剧由导演闵湄执导,自11月10日在浙江卫视和爱奇艺播出。")
    assert ("闵湄", "PERSON") in [(t, l) for t, l, _ in found]
    assert ("浙江卫视", "ORG") in [(t, l) for t, l, _ in found] and "浙江" not in [t for t, _, _ in found]
    names = names_in(nlp, "湄贝品牌方宁波湄贝童车有限公司市场负责人葛湄朗告诉记者,推车销量增长了300%。")
    assert "宁波湄贝童车有限公司" in names and not any("品牌方" in n for n in names)


def test_a_kind_of_product_before_the_word_brand_and_a_list_ending_in_these(nlp):
    names = names_in(nlp, "今天请到的是冷萃咖啡品牌湄谷咖啡的创始人湄邻。")
    assert "湄谷咖啡" in names and "冷萃咖啡" not in names
    assert "山姆" in names_in(nlp, "剩下是山姆和盒马这些线下渠道。")


def test_a_notes_shop_headings_a_branch_in_brackets_and_an_owner_by_her_post(nlp):
    found = ents(nlp, "📍泠芙烘焙(武林路店)\n人均45元左右。店员说泠芙是上海的品牌。\n📍麦泠小铺\n人均30元。\n📍泠溪Bakery\n"
                      "人均60元。老板娘焦泠说她之前在85度C做了8年面包师。")
    names = [(t, l) for t, l, _ in found]
    assert {("泠芙烘焙", "ORG"), ("麦泠小铺", "ORG"), ("泠溪Bakery", "ORG"), ("焦泠", "PERSON")} <= set(names)
    assert not any("📍" in t or t.endswith("路店") or t.startswith("店员") for t, _ in names)
    assert "泠芙" in [t for t, _ in names]
    found = ents(nlp, "泠岳新能源董事长璟泠在仪式上表示,欧洲是最重要的市场。")
    assert ("璟泠", "PERSON") in [(t, l) for t, l, _ in found]


def test_a_bullet_a_trade_and_its_role_and_a_kind_cut_out_of_a_headline_name_nothing(nlp):
    names = names_in(nlp, "重要内容提示:\n● 澍禾股份有限公司控股股东、董事长钮澍先生累计增持公司股份320万股。")
    assert "澍禾股份有限公司" in names and not any("●" in n for n in names)
    names = names_in(nlp, "激光雷达研发商澍曜科技近日宣布完成3亿元B轮融资。")
    assert "澍曜科技" in names and not any("研发商" in n for n in names)
    names = names_in(nlp, "澍宁汽车旗下基金领投 激光雷达公司澍曜科技完成融资")
    assert "澍宁汽车" in names and "基金" not in names
    found = ents(nlp, "嘉宾包括:张宛宁(澍源宠物联合创始人)、Daniel Harper(亚马逊全球开店亚太区负责人)等。")
    assert ("Daniel Harper", "PERSON") in [(t, l) for t, l, _ in found]


def test_an_encyclopedia_entrys_name_its_fields_and_a_founder_after_a_role(nlp):
    from extractor.spans import brand_hints

    doc = nlp("琛曜文具(英文名:Chenyao Stationery)是中国的文具品牌,隶属于宁波琛曜文化用品股份有限公司。\n创始人:琛明\n经营范围:书写工具")
    assert {("琛曜文具", "ORG"), ("琛明", "PERSON")} <= {(e.text, e.label_) for e in doc.ents}
    assert (0, 4) in brand_hints(doc)  # the sentence calls it a brand
    # (what a sentence calls a company's production arm is no brand: 凯琛电器 stays an organisation)
    doc = nlp("凯琛电器是小家电品牌凯琛的生产企业,总部位于佛山顺德。")
    assert "凯琛电器" in [e.text for e in doc.ents] and (0, 4) not in brand_hints(doc)
    found = ents(nlp, "该品牌2021年由前星巴克区域经理琛澜创立,咖啡豆采购自云南的琛谷庄园。数据来源:琛源咨询《白皮书》")
    assert {("琛澜", "PERSON"), ("琛谷庄园", "ORG"), ("琛源咨询", "ORG")} <= {(t, l) for t, l, _ in found}
    names = names_in(nlp, "本轮由琛宁资本领投,国投创业跟投,老股东琛安投资追加投资。该项目总投资约128亿元。")
    assert {"琛宁资本", "国投创业", "琛安投资"} <= set(names) and not any("总投资" in n for n in names)
    assert "FAE" not in names_in(nlp, "招聘岗位:数字验证工程师(上海)、FAE现场应用工程师(深圳)")


def test_a_founder_after_a_trade_kinds_of_groups_and_clubs_named_after_their_league(nlp):
    found = ents(nlp, "珩禾宠物:从一家宠物医院到连锁集团\n珩禾宠物是一家总部位于南京的连锁宠物医疗集团,由兽医晁珩于2015年创立。")
    names = [(t, l) for t, l, _ in found]
    assert ("晁珩", "PERSON") in names and not any(t in ("连锁集团", "连锁宠物医疗集团") for t, _ in names)
    found = ents(nlp, "12月3日,中超俱乐部珩安雄狮官方宣布,从珩川海港引进国脚前锋邵珩星。邵珩星上赛季代表珩川海港出场26次。")
    names = {(t, l) for t, l, _ in found}
    assert {("珩安雄狮", "ORG"), ("珩川海港", "ORG"), ("邵珩星", "PERSON")} <= names
    assert "中超俱乐部" not in {t for t, _ in names}


def test_people_in_a_tables_name_column_a_founder_in_brackets_and_a_reports_source(nlp):
    text = "玹芯微电子股份有限公司招股说明书\n\n| 姓名 | 职务 | 持股数量(万股) |\n| 鄢玹川 | 董事长、总经理 | 2,150 |\n| 孟玹宁 | 董事 | 480 |\n"
    assert {("鄢玹川", "PERSON"), ("孟玹宁", "PERSON")} <= {(t, l) for t, l, _ in ents(nlp, text)}
    assert ("鄢玹安", "PERSON") in [(t, l) for t, l, _ in ents(nlp, "口述:老鄢(玹安面馆创始人鄢玹安)\n整理:本刊记者")]
    assert "琛源咨询" in names_in(nlp, "[1] 数据来源:琛源咨询《2025中国咖啡行业白皮书》")
    names = names_in(nlp, "机构热议玹禾乳业三季报:短期承压。中超球队最重要的金主。继续扩展『漳州一一○』职能")
    assert "玹禾乳业" in names and not any(n.startswith("热议") or n == "最重要" for n in names)
    assert "漳州一一○" in names  # (○ writes a zero: no mark to trim)


def test_a_known_company_before_a_line_of_its_business_and_a_hosts_role_before_the_name(nlp):
    names = names_in(nlp, "微软、Meta和亚马逊三家加起来,贡献了英伟达数据中心收入的四成以上。")
    assert "英伟达" in names and "英伟达数据中心" not in names
    found = ents(nlp, "主播璟星:本周最大的新闻是财报。\n主播璟翔:对,大客户很集中。\n主播璟星:国内这边也很热。\n主播璟翔:是的。")
    assert {("璟星", "PERSON"), ("璟翔", "PERSON")} <= {(t, l) for t, l, _ in found}
    assert not any(t.startswith("主播") for t, _, _ in found)


def test_people_heading_a_bulletins_items_before_their_posts(nlp):
    found = ents(nlp, "本周人事变动速览\n\n- 左珞川:珞禾科技副总裁 → 珞曜汽车首席技术官\n- 祁珞宁:珞谷资本合伙人 → 离职创业\n")
    assert {("左珞川", "PERSON"), ("祁珞宁", "PERSON")} <= {(t, l) for t, l, _ in found}


def test_latin_names_of_investors_a_battery_makers_name_and_a_fields_acronym_before_a_kind(nlp):
    names = names_in(nlp, "公司完成3000万美元A轮融资,由Solvane Ventures领投,红杉中国跟投。会上,琨谷电池获得年度战略合作伙伴奖。")
    assert {"Solvane Ventures", "琨谷电池"} <= set(names)
    assert "AI基础设施公司" not in names_in(nlp, "Nebrix Labs是一家总部位于新加坡的AI基础设施公司,由柳琨安于2023年创立。")


def test_a_unit_under_a_group_a_plant_in_a_city_and_names_after_farming_or_a_measure_word(nlp):
    assert ("霈网综能", "ORG") in [(t, l) for t, l, _ in ents(nlp, "我们已经与国家电网旗下的霈网综能签署了框架协议。")]
    assert "华霈品牌" not in names_in(nlp, "温德姆旗下华霈品牌签约成都文旅项目。")  # (a brand word is no unit's name)
    found = [(t, l) for t, l, _ in ents(nlp, "孔霈:墨西哥蒙特雷工厂预计2027年二季度投产。")]
    assert ("墨西哥", "GPE") in found and ("蒙特雷", "GPE") in found
    names = names_in(nlp, "由红杉中国领投、番霈资本跟投。啡遇的母公司为香港上市公司遇见控股。")
    assert {"番霈资本", "遇见控股"} <= set(names)


def test_the_items_of_a_ranking_a_datas_source_and_rivals_called_such_chains(nlp):
    found = [(t, l) for t, l, _ in ents(nlp, "据霈观咨询发布的数据,排名前三的品牌分别为:霈石科技,占比23.5%;追霈,占比18.2%;科霈沃斯,占比15.1%。")]
    assert {("霈观咨询", "ORG"), ("追霈", "ORG"), ("科霈沃斯", "ORG")} <= set(found)
    # (the model reads 瑞鹏 as a person; listed with a known chain as "such chains", it is an organisation)
    found = ents(nlp, "谈及行业竞争,徐清溆表示,与瑞鹏、新瑞鹏这样的头部连锁相比,溆宠的优势在于数字化。")
    assert [l for t, l, _ in found if t == "瑞鹏"] == ["ORG"]
    assert "美团外卖" in names_in(nlp, "2025年,品牌与美团外卖达成战略合作。")


def test_a_city_of_a_province_a_supplier_before_what_it_made_and_fields_after_a_verb(nlp):
    assert ("仁怀", "GPE") in [(t, l) for t, l, _ in ents(nlp, "霈鸣酒业是贵州仁怀的一家酱香型白酒企业。")]
    assert "霈能电池" in names_in(nlp, "本次召回由于供应商霈能电池提供的部分电池包密封不良。")
    names = names_in(nlp, "霈驰汽车是霈源集团旗下的新能源汽车品牌。今年,霈石资本其中超过一半投向具身智能和AI应用赛道。")
    assert "新能源汽车" not in names and not any(n.endswith("具身智能") for n in names)
    assert "霈联人工智能" in names_in(nlp, "霈联人工智能宣布完成融资。")  # (a name's own part before its field)


def test_dashed_heads_of_an_announced_list_an_official_account_and_a_source_that_published(nlp):
    text = ('由咖啡行业媒体霈豆研究发布的"年度新锐咖啡品牌"榜单今日揭晓,入选品牌如下:\n\n1. 霈山咖啡 —— 成立于2021年。\n'
            '2. 白霈 —— 2022年诞生于杭州。\n3. 霈町 —— 来自成都的社区咖啡连锁。\n')
    names = names_in(nlp, text)
    assert {"霈豆研究", "霈山咖啡", "白霈", "霈町"} <= set(names)
    assert "霈茶" in names_in(nlp, "#新品# 今天去@霈茶官方微博 的南京新街口店打卡了新品。")


def test_a_guess_across_table_cells_and_a_makers_short_name_without_its_trade(nlp):
    found = names_in(nlp, "| 收购方 | 霈锐科技股份有限公司 |\n| 标的公司 | 苏州霈华精密制造有限公司 |\n")
    assert "霈锐科技股份有限公司" in found and not any("|" in n for n in found)
    text = "霈锐科技拟收购霈华精密70%股权。\n| 标的公司 | 苏州霈华精密制造有限公司 |\n"
    # (the short form, named before the registered name, is linked to it for resolution)
    assert ("霈华精密", "ORG", "~苏州霈华精密制造有限公司") in ents(nlp, text)


def test_a_fund_a_hotel_brand_and_no_place_from_a_verb_or_a_house_number(nlp):
    names = names_in(nlp, "霈航基金旗下的霈航成长混合基金近日披露三季报。霈庭酒店集团旗下高端品牌霈栖度假酒店落地三亚。")
    assert {"霈航成长混合基金", "霈栖度假酒店"} <= set(names)
    found = names_in(nlp, "霈航成长混合基金三季报:加仓半导体,减持白酒\n住所:霈城市高新区创业路18号\n霈市监罚〔2026〕118号")
    assert "118号" not in found and not any("半导体" in n for n in found)  # (a street's number is an address: kept)


def test_a_city_joined_to_a_company_a_ranked_measure_and_a_platforms_service_desk(nlp):
    found = [(t, l) for t, l, _ in ents(nlp, "霈州市与霈能集团签约 50亿元储能基地项目落户高新区")]
    assert ("霈州市", "GPE") in found and ("霈能集团", "ORG") in found
    names = names_in(nlp, "霈能集团目前已在江苏、四川建有生产基地,储能电池出货量位居国内前五。霈购平台客服回应称,已对霈美服饰采取下架处理。")
    assert not any(n.endswith("出货量") or n.startswith("客服") for n in names)


def test_no_name_from_an_everyday_compound_or_a_citys_studio(nlp):
    names = names_in(nlp, "此前,公司的车规芯片已进入比亚迪、吉利汽车的供应链。霈游网络近日关闭上海工作室。")
    assert "车规芯片" not in names and "上海工作室" not in names


def test_a_name_glued_to_the_verb_after_it_and_a_franchisees_protest(nlp):
    found = names_in(nlp, "新茶饮品牌霈茶推出联名系列。霈茶隶属于成都霈山餐饮管理有限公司,2018年创立于成都。")
    assert found.count("霈茶") == 2  # (霈|茶隶|属于: the rest of the token and the next make 隶属于)
    assert not any("维权" in n for n in names_in(nlp, "霈记烤肉加盟商集体维权 总部回应称将整改"))


def test_a_name_taken_on_an_investor_under_a_school_and_a_team(nlp):
    names = names_in(nlp, "霈芯光电完成B轮融资,由国家集成电路产业投资基金领投,霈华大学旗下的霈华资本跟投。合并后的新公司更名为霈盛康健,总部设在苏州。")
    assert "霈华资本" in names and "霈华资本跟投" not in names and "霈盛康健" in names
    assert "霈火战队" in names_in(nlp, "12月1日,中国电竞战队霈火战队在全球总决赛中夺冠。")
    assert "硅光芯片" not in names_in(nlp, "孙霈博表示,公司的硅光芯片已向华为和中兴通讯批量供货。")


def test_a_firm_with_its_city_in_brackets_a_follower_after_the_leader_and_a_club_with_latin_letters(nlp):
    assert "缙信会计师(上海)事务所" in names_in(nlp, "同意续聘缙信会计师(上海)事务所为公司审计机构。")
    names = names_in(nlp, "本次股东大会见证的律师事务所为缙浩律师(杭州)事务所,律师:王缙、李婷。")
    assert "缙浩律师(杭州)事务所" in names
    assert "缙晨财智" in names_in(nlp, "2022年,公司完成B轮融资,由深创投领投,缙晨财智跟投。")
    assert "缙城FC" in names_in(nlp, "11月28日,中超球队缙城FC宣布签下一名前锋。")


def test_a_person_named_elsewhere_is_no_place_where_the_model_guessed_one(nlp):
    found = ents(nlp, "缙城FC签下前锋卢卡斯。引进卢卡斯是球队补强锋线的关键一步,卢卡斯的速度很快。")
    assert {label for text, label, _ in found if text == "卢卡斯"} == {"PERSON"}
    assert ("巴西", "GPE") in [(t, lab) for t, lab, _ in ents(nlp, "巴西前锋卢卡斯来自巴西。")]


def test_a_local_factory_a_banks_department_and_a_maker_after_its_description_and_a_sub_brand(nlp):
    names = names_in(nlp, "杨缙介绍,新品的面料由台湾厂商福缙兴业独家供应,产品由宁波本地工厂代工生产。")
    assert "福缙兴业" in names and "台湾厂商福缙兴业" not in names and "宁波本地工厂" not in names
    assert "公司银行部" not in names_in(nlp, "郑缙刚2009年加入缙州银行,先后担任公司银行部总经理、副行长等职务。")
    assert "缙道" in names_in(nlp, "缙来11月交付新车20575辆,其中缙道品牌交付5012辆。")
    assert "国货美妆" not in names_in(nlp, "本场直播共上架商品120款,其中国货美妆品牌占比近六成。")


def test_a_party_named_in_a_filing(nlp):
    assert "缙盛建设" in names_in(nlp, "法院已裁定受理债权人缙盛建设对公司的破产重整申请。")


def test_two_known_places_read_as_an_organisation_are_the_places_and_a_brand_field_names_a_brand(nlp):
    found = ents(nlp, "产地:浙江金华\n发货地:浙江金华")
    assert ("浙江金华", "ORG") not in [(t, lab) for t, lab, _ in found] and ("金华", "GPE") in [(t, lab) for t, lab, _ in found]
    assert "缙森" in names_in(nlp, "品牌:缙森(KS)\n容量:500ml")


def test_a_market_segment_word_is_no_name(nlp):
    assert "大众" not in names_in(nlp, "在国内,缙动体育与特步、361度等本土品牌在大众跑鞋市场正面竞争。")


def test_an_answers_opening_word_a_comparison_before_a_known_name_a_ranked_list_and_a_rival_joined(nlp):
    names = names_in(nlp, "谢邀。缙净X20售价3999元,比科沃斯同档次的T30便宜了1000块左右。")
    assert "谢邀" not in names and "比科沃斯" not in names and "科沃斯" in names
    assert "缙净" in names_in(nlp, "从品牌格局看,科沃斯、石头科技、缙净分列市场份额前三。")
    assert "缙行智驾" in names_in(nlp, "离职仅三个月,陈缙伟即加入了竞争对手缙行智驾,担任首席技术官。")


def test_a_dried_fruit_a_described_lab_and_a_market_board_are_no_names(nlp):
    found = ents(nlp, "缙疆果园主营红枣、核桃和葡萄干,并与新疆农业大学共建干果保鲜实验室。缙宁时代超越比亚迪位居A股新能源第一。")
    names = [t for t, _, _ in found]
    assert "葡萄干" not in names and "干果保鲜实验室" not in names and "A股新能源" not in names
    assert "新疆农业大学" in names


def test_a_profiles_subject_before_her_posts_and_a_known_company_the_model_ran_on_from(nlp):
    assert "方缙晴" in names_in(nlp, "人物|方缙晴:从分析师到掌门人\n\n方缙晴现任缙星食品董事长兼总裁,同时担任缙达乳业独立董事。")
    names = names_in(nlp, "缙达乳业12月2日公告,公司与伊利股份签署股份认购协议。")
    assert "伊利股份" in names and not any(n.startswith("伊利股份签") for n in names)



def test_who_controls_a_company_said_after_its_name_and_the_vehicles_held_through_and_a_function_before_a_title(nlp):
    names = names_in(nlp, "缙宁股份实控人拟变更 何缙平将通过缙川控股间接控股")
    assert "缙宁股份" in names and "缙川控股" in names and not any(n.endswith(("实控人", "间接控股")) for n in names)
    names = names_in(nlp, "公开资料显示,何缙平通过宁波缙瑞企业管理合伙企业和杭州缙禾投资有限公司合计持有缙川控股100%股权。")
    assert {"宁波缙瑞企业管理合伙企业", "杭州缙禾投资有限公司"} <= set(names)
    names = names_in(nlp, "创始人:曹缙涛,曾任长鑫存储工艺总监")
    assert "长鑫存储" in names and "长鑫存储工艺" not in names


def test_a_forms_keys_repeated_at_the_start_of_lines_are_no_speakers(nlp):
    names = names_in(nlp, "1. 缙光半导体\n成立时间:2022年\n总部:合肥\n最新进展:完成A轮融资\n\n"
                          "2. 缙澜生物\n成立时间:2020年\n总部:苏州\n最新进展:获批临床")
    assert "成立时间" not in names and "最新进展" not in names and "缙光半导体" in names


def test_a_company_opening_a_paragraph_with_its_announcement_a_plant_after_its_name_and_a_city_of_taiwan(nlp):
    assert "缙云软件" in names_in(nlp, "缙云软件12月2日晚间披露2025年限制性股票激励计划(草案),拟向186名激励对象授予限制性股票。")
    names = names_in(nlp, "鞋服代工厂缙华实业越南新工厂投产 主要为耐克和阿迪达斯供货")
    assert "缙华实业" in names and "越南" in names and not any("工厂" in n for n in names)
    assert "台中" in names_in(nlp, "公司总部位于台湾台中,是彪马的长期合作伙伴。")


def test_a_company_set_aside_a_post_held_now_and_a_backdoor_listing_headline(nlp):
    names = names_in(nlp, "向缙星电子除缙海集团以外的全体股东发出部分要约。")
    assert "缙星电子" in names and "缙海集团" in names
    assert "缙星电子" in names_in(nlp, "缙星电子现任董事长秦建国持有公司11.2%的股份。")
    names = names_in(nlp, "锂电材料商缙锂科技拟借壳缙北股份上市 交易作价68亿元")
    assert "缙锂科技" in names and "缙北股份" in names


def test_a_noodle_shop_a_mall_chain_a_drama_a_shops_category_and_a_title_between_a_company_and_its_holder(nlp):
    assert "缙记米粉" in names_in(nlp, "在长沙,提起缙记米粉,很多老顾客都会想起老板娘周丽华。")
    assert "卤鸭脖" not in names_in(nlp, "他在长沙五一广场附近卖起了卤鸭脖。")
    found = ents(nlp, "缙茶本月将在万达广场和龙湖天街开出新店。")
    assert ("万达广场", "ORG", "wanda-plaza") in found and ("龙湖天街", "ORG", "longfor-paradise-walk") in found
    assert "缙光之城" in names_in(nlp, "由缙影传媒出品的都市剧《缙光之城》在腾讯视频迎来大结局。")
    assert "美的" in names_in(nlp, "家电类目中,美的、海尔和格力分列成交额前三位。")
    assert "美的" not in names_in(nlp, "这是一个美的故事。")
    names = names_in(nlp, "其中,国货美妆品牌缙颜首次进入京东美妆类目前三。京东零售CEO辛缙军表示,商家数量同比增长了60%。")
    assert "京东" in names and "京东美妆类" not in names and "京东零售" in names and "辛缙军" in names
    assert not any(" " in n for n in names_in(nlp, "新茶饮品牌劭茶12月集中开出9家新店 重点布局购物中心"))


def test_a_name_glued_to_the_next_word_a_marketing_chief_a_joint_venture_headline_and_a_district(nlp):
    text = "11月30日,国货美妆品牌缙颜美妆发布声明。\n\n同日,缙颜美妆官宣奥运冠军张雨霏成为品牌全球代言人。"
    assert names_in(nlp, text).count("缙颜美妆") == 2
    assert "程缙雨" in names_in(nlp, "缙颜美妆首席营销官程缙雨表示,张雨霏的形象与品牌理念高度契合。")
    names = names_in(nlp, "缙驰汽车与德国博世成立合资公司 双方分别持股51%和49%")
    assert "博世" in names and not any("合资公司" in n for n in names)
    found = ents(nlp, "合资公司总部将设在上海嘉定,主要研发自动驾驶系统。据大连海关统计,出口增长35%。")
    assert not any(t.startswith("上海") and lab == "ORG" for t, lab, _ in found)
    assert ("大连海关", "ORG") in [(t, lab) for t, lab, _ in found]


def test_a_provincial_carrier_a_region_before_a_word_a_family_of_units_and_an_association_head(nlp):
    assert "四川移动" in names_in(nlp, "有利于公司就近服务四川移动、成都高新区等客户。")
    names = names_in(nlp, "设立成都子公司是公司落实西南区域战略的重要举措。")
    assert "西南区" not in names and "西南" in names
    names = names_in(nlp, "据介绍,缙丰集团旗下拥有缙丰地产、缙丰物业和缙丰酒店三大业务板块。")
    assert {"缙丰物业", "缙丰酒店"} <= set(names) and not any("和" in n for n in names)
    assert "动力工程学院" not in names_in(nlp, "他是上海交通大学机械与动力工程学院的教授。")
    assert "宫缙光" in names_in(nlp, "中华慈善总会会长宫缙光出席签约仪式并致辞。")
    assert ("戴姆勒", "ORG") in [(t, lab) for t, lab, _ in ents(nlp, "主要客户包括宝马、戴姆勒和博世。")]


def test_what_a_company_mainly_does_is_cut_off_its_name(nlp):
    names = names_in(nlp, "缙川新能源主营储能电站的投资与运营,总部位于西安。")
    assert "缙川新能源" in names and not any("主营" in n for n in names)


def test_a_share_price_and_what_it_did_is_no_name(nlp):
    assert not any(n.startswith("股价") for n in names_in(nlp, "做空机构发布报告指控缙星科技虚增收入 公司股价盘中暴跌35%"))


def test_a_headline_guess_run_on_into_signing_stops_at_the_company(nlp):
    names = names_in(nlp, "缙锂新能源锁定30万吨锂精矿 与皮尔缙拉矿业签署长协")
    assert "皮尔缙拉矿业" in names and not any("签署" in n for n in names)


def test_a_name_before_a_bare_a_share_code_is_a_company(nlp):
    assert ("缙丰牧业", "ORG") in [(t, lab) for t, lab, _ in ents(nlp, "缙丰牧业(002987)12月5日晚间发布公告,公司11月份销售生猪152.3万头。")]


def test_a_subsidiary_that_supplies_is_named(nlp):
    assert "缙丰饲料" in names_in(nlp, "公司的饲料主要由旗下子公司缙丰饲料供应。")


def test_a_players_id_in_brackets_is_another_name_of_the_player(nlp):
    found = ents(nlp, "中单选手林缙航(ID:Lynx)正式加盟,合同期至2027赛季结束。")
    ids = {i for t, _, i in found if t in ("林缙航", "Lynx")}
    assert len(ids) == 1 and ids != {""} and "Lynx" in [t for t, _, _ in found]


def test_the_producer_of_a_show_named_before_signing(nlp):
    assert "风缙动画" in names_in(nlp, "集换式卡牌企业缙卡文化宣布,已与国产动画《星渊缙说》的出品方风缙动画签署授权协议。")


def test_one_of_a_companys_founders_is_a_person(nlp):
    assert ("谢缙煌", "PERSON") in [(t, lab) for t, lab, _ in ents(nlp, "阿里巴巴创始人之一的谢缙煌旗下基金持股6.5%。")]


def test_a_supplier_of_a_material_named_before_supplying(nlp):
    assert "湖南缙邦新材料" in names_in(nlp, "公司正极材料主要由湖南缙邦新材料供应。")


def test_a_given_name_that_is_an_everyday_word_still_makes_a_person(nlp):
    assert ("邵建国", "PERSON") in [(t, lab) for t, lab, _ in ents(nlp, "实际控制人为邵建国、邵缙辉父子。")]


def test_a_partnership_owned_by_another_is_named(nlp):
    names = names_in(nlp, "小米旗下的天津缙米投资合伙企业持股14.2%,为第二大股东。")
    assert "天津缙米投资合伙企业" in names


def test_a_registered_name_in_a_zone_goes_by_its_name_after_the_zone():
    from extractor.rulers import short_name
    assert short_name("宁波梅山保税港区缙鼎投资有限公司") == "缙鼎投资"
    assert short_name("深圳云缙贸易有限公司") == "云缙贸易"


def test_a_quoted_name_before_trademarks_is_a_brand(nlp):
    from extractor.spans import brand_hints
    doc = nlp("原杭州缙泉饮品有限公司名下的\"缙泉\"系列商标共12件被拍出。")
    assert [e.text for e in doc.ents if (e.start_char, e.end_char) in brand_hints(doc)] == ["缙泉"]


def test_a_described_company_announcing_on_a_date_is_named(nlp):
    assert "缙雪度假" in names_in(nlp, "滑雪度假村运营商缙雪度假12月2日公告,公司拟以15亿元收购北大湖。")


# a name found, and words no name found may hold (what a guess or a cue must not take in)
NAME_BOUNDS = [
    ("缙川食品品牌总监杨缙在接受采访时表示,订单未受明显影响。", "杨缙", ("总监",)),  # 品牌总监: a post, no brand
    ("上海金融法院对缙丰科技证券虚假陈述责任纠纷案作出一审判决。", "缙丰科技", ("科技证券",)),  # the company's case, no broker
    ("殡葬服务商缙安生命递表港交所 去年营收9.6亿元", "缙安生命", ("递表",)),  # where it files to list
    ("创始人、董事长许缙山通过杭州缙山投资管理有限公司持有公司46.3%的股份。", "杭州缙山投资管理有限公司", ("通过",)),
    ("深圳大卖缙森科技旗下3个品牌亚马逊店铺被封", "缙森科技", ("大卖",)),  # a seller's size
    ("固态电池企业缙思科技(苏州)有限公司发生工商变更,新增股东宁波梅山保税港区缙鼎投资有限公司。缙鼎投资为宁德时代全资子公司。",
     "宁波梅山保税港区缙鼎投资有限公司", ("新增", "时代全资")),  # a registry's word, how a company is held
    ("缙莱隶属于法国奢侈品集团开云,2024年全球销售额约为19亿欧元。", "开云", ("法国奢侈品集团",)),  # a described group
    ("手机品牌缙米即将发布新款千元机。", "缙米", ("缙米即",)),
    ("明年品牌计划新开门店100家以上。", None, ("计划",)),  # a brand's plan
    ("主营吧唧(徽章)、亚克力立牌、手办等商品。", None, ("亚克力",)),  # a material the everyday list knows
    ("联盟首任理事长由缙飞科技董事长王缙峰担任,秘书处设在深圳市无人机行业协会。", None, ("秘书处",)),  # a body's office
    ("濛选优品则成立于2019年,门店约2900家。", "濛选优品", ("优品则",)),  # the adverb linking the clause
    ("创始人、董事长兼首席执行官陈濛为口腔医学博士。IPO前,陈濛合计持有公司46.5%的股份。", "陈濛", ("陈濛为",)),  # the copula
    ("赵濛鸣已向北京市海淀区人民法院提起诉讼。", "北京市海淀区人民法院", ()),  # a city's district court, one name
    ("公司第一大股东为濛驰投资,持股比例为36.8%,博世中国持股5.2%。", "博世中国", ()),  # a known company's China unit
    ("微软曾以类似方式吸纳Inflection AI团队。", "Inflection AI", ("AI团队",)),  # the company's team
    ("前Lululemon中国区产品副总裁Jessica Lin正式加入。", "Jessica Lin", ("产品",)),  # the function its head runs
    ("• 清洗设备:盛美上海中标,共12台;", "盛美上海", ("中标",)),  # what the bidder did (the model glues it on)
    ("分品牌看,主品牌澔森实现营收38.6亿元,同比增长12%;童装品牌小澔营收9.8亿元。", "小澔", ("实现",)),  # what the brand did
    ("国产跑鞋品牌濛跑签下马拉松名将何濛 同时冠名杭州马拉松", None, ("签下",)),  # a signing, no event's name
    ("国产跑鞋品牌濛跑宣布签约中国马拉松名将何濛为品牌代言人。", "何濛", ("中国马拉松",)),  # the sport, no event
    ("前红杉中国合伙人周濛创立新基金 首期募资10亿元", "周濛", ()),  # a partner who founds
    ("濛濛此前签约于MCN机构遥望科技,今年9月合约到期后成立了个人公司濛光文化。", "濛光文化", ()),  # a one-person company
    ("已与马来西亚双威集团旗下的Sunway F&B签署区域独家特许经营协议。", "Sunway F&B", ("签署",)),  # the words glued on
    ("新茶饮品牌濛茶12月3日宣布,已与濛威集团签署协议。", "濛茶", ("品牌濛茶",)),  # the description before it
    ("濛游网络关闭成都工作室 裁员约150人", "濛游网络", ("关闭",)),  # a company and the unit it shuts
    ("公司主要原材料为高纯石英和碳化硅,分别采购自菲利华和天岳先进。", "天岳先进", ("石英",)),  # a material
    ("分品牌看,主打家用市场的子品牌濛光交付24600辆,高端品牌濛曜交付11200辆。", "濛曜", ("交付",)),  # a brand's deliveries
    ("公司拟以5.6亿元收购湖北连锁药店濛心堂医药有限公司(以下简称\"濛心堂\")80%股权。", "濛心堂医药有限公司", ("药店濛",)),
    ("12月5日,国产户外品牌濛翠位于成都太古里的全国旗舰店正式开业。", "濛翠", ("濛翠位",)),  # 位于 after the name
    ("濛家集团旗下拥有经济型品牌濛家之家、中端品牌濛悦和高端品牌濛庭等十余个酒店品牌。", "濛悦", ("中端品牌",)),  # a segment
    ("该车型智能驾驶系统则由地平线提供芯片支持。", "地平线", ()),  # a known name that is an everyday word, its context a cue's
    ("公司表示,海外仓的头程物流主要由濛运海运承运。", None, ("头程物流",)),  # the first leg of shipping, no company
    ("12月2日,潮玩品牌濛糲公布,今年海外市场销售额突破10亿元。", "濛糲", ("公布",)),  # the verb of announcing after it
    ("此外,品牌的IP衍生产品由广东东莞的濛縍玩具代工生产。", "濛縍玩具", ()),  # a toy maker after its place
    ("濛望科技方面回应称,公司旗下仍签约有超过300名主播。", None, ("旗下",)),  # what the company still has, no name
]


@pytest.mark.parametrize("text, found, not_in", NAME_BOUNDS, ids=[c[0][:16] for c in NAME_BOUNDS])
def test_name_bounds(nlp, text, found, not_in):
    names = names_in(nlp, text)
    assert found is None or found in names
    assert not any(piece in n for n in names for piece in not_in)



def test_goods_bought_from_a_list_name_its_sellers(nlp):
    names = names_in(nlp, "公司的原材料主要采购自濛岚化工、濛川材料和璟濛科技,芯片采购自美国。")
    assert {"濛岚化工", "濛川材料", "璟濛科技"} <= set(names)


def test_known_everyday_words_a_list_calls_brands_are_brands_there_only(nlp):
    found = ents(nlp, "那时候市场上主要是皇家和渴望这样的进口品牌,国产品牌很少。我很渴望成功。")
    assert [t for t, _, _ in found if t in ("皇家", "渴望")] == ["皇家", "渴望"]
    assert not any(t == "渴望" for t, _, _ in ents(nlp, "我很渴望成功,也渴望被认可。"))


def test_people_appointed_to_head_a_university_are_named(nlp):
    names = names_in(nlp, "濛江大学召开干部大会,宣布周濛任濛江大学校长。周濛此前担任华东理工大学副校长,是材料科学领域专家。")
    assert names.count("周濛") == 2


def test_a_spelling_of_a_known_platform_with_a_particle_inside_is_the_platform(nlp):
    assert ("小红的书", "ORG", "xiaohongshu") in ents(nlp, "最早我们只在小红的书上面做内容,后来才去天猫开了店。")


def test_a_latin_name_after_a_chain_or_a_cooperative_is_an_organisation(nlp):
    found = ents_of(nlp, "公司在欧洲主要通过家电连锁Lumamarkt销售,还与新西兰乳业合作社Dairy Moss Co-operative签署奶源协议。")
    assert ("Lumamarkt", "ORG") in found and ("Dairy Moss Co-operative", "ORG") in found


def test_a_list_items_head_described_as_a_brand_is_no_person(nlp):
    found = ents_of(nlp, "2.濛思丁:西班牙的药妆牌子,质地很水。\n3.乐濛晞:今年最大的惊喜!上海品牌,据说是前欧莱雅研发总监沈濛出来创立的。")
    assert ("濛思丁", "ORG") in found and ("乐濛晞", "ORG") in found and ("沈濛", "PERSON") in found
    # (an item whose line gives a post is still a person's: 1. 张濛:濛科创始人)
    assert ("张濛", "PERSON") in ents_of(nlp, "1.张濛:濛科集团创始人兼CEO\n2.李濛:濛科集团CFO")


def test_brands_a_ranking_puts_ahead_are_brands(nlp):
    found = ents_of(nlp, "濛初全渠道销售额突破15亿元,在国产羊奶粉品牌中位列前三,仅次于濛贝艾特和蓓濛僖。")
    assert ("濛贝艾特", "ORG") in found and ("蓓濛僖", "ORG") in found


def test_a_category_before_brand_names_no_brand(nlp):
    names = names_in(nlp, "濛初是濛牧营养旗下的婴幼儿羊奶粉品牌,创立于2016年。")
    assert not any("羊奶粉" in n for n in names)


def test_a_short_known_name_counted_is_a_unit(nlp):
    found = ents(nlp, "每个汉字占2个字节,文件大小为1024字节。同类产品还包括字节的Trae。")
    assert [t for t, _, i in found if i == "bytedance"] == ["字节"]


def test_a_joint_ventures_registered_name_and_a_latin_executive_are_found(nlp):
    found = ents_of(nlp, "Nordmoss与浥濛集团在上海成立合资公司诺濛(上海)商贸有限公司。Nordmoss亚太区总裁Mikkel Sørensen将担任合资公司董事长。")
    assert ("诺濛(上海)商贸有限公司", "ORG") in found and ("Mikkel Sørensen", "PERSON") in found
    assert not any(t == "商贸有限公司" for t, _ in found)


def test_the_period_a_report_covers_is_no_part_of_a_name(nlp):
    names = names_in(nlp, "港股上市的濛锅餐饮集团发布业绩。期内集团实现收入38.6亿元,同比增长12.4%。")
    assert not any(n.startswith("期内") for n in names)


def test_brands_a_results_list_names_before_a_colon_are_brands_but_not_their_count(nlp):
    found = ents_of(nlp, "濛锅集团旗下三大品牌翻台率分化。\n- 烤肉品牌濛炙:收入5.8亿元,门店118家;\n- 茶饮品牌濛茶:收入2.3亿元。")
    assert ("濛炙", "ORG") in found and ("濛茶", "ORG") in found and not any(t == "三大" for t, _ in found)


def test_a_native_of_a_place_who_opened_a_shop_is_a_person_and_queueing_ends_no_name(nlp):
    found = ents_of(nlp, "【探店】齩记牛肉面:兰州人开的面馆,在深圳排队一小时\n这家齩记牛肉面是兰州人马齩开的。")
    assert ("马齩", "PERSON") in found and not any(t.endswith("排队") for t, _ in found)


def test_goods_a_company_makes_under_a_quoted_name_are_a_brand(nlp):
    assert "齴泉山" in names_in(nlp, '法院查明,齴源食品自2021年起生产销售"齴泉山"凉茶,累计销售额超过3000万元。')


def test_a_question_opening_with_an_adverb_names_no_company(nlp):
    assert ents_of(nlp, "Q:卖酒主要靠什么渠道?") == []


def test_a_latin_maker_goods_come_from_and_a_timber_maker_are_organisations(nlp):
    found = names_in(nlp, "主要从法国的Tonnellerie Dargaud进口,一部分用国产的,是山东齼森木业做的。")
    assert "Tonnellerie Dargaud" in found and any(n.endswith("齼森木业") for n in found)


def test_a_name_before_an_adverb_and_its_focus_ends_before_the_adverb(nlp):
    found = names_in(nlp, "与月之暗面,MiniMax等同行相比,鼘思更专注于金融行业。")
    assert "鼘思" in found and "鼘思更" not in found


def test_a_quoted_streamer_counted_among_others_is_a_person(nlp):
    assert ("小鼘", "PERSON") in ents_of(nlp, '鼘星传媒旗下还签约了"小鼘"等20余位主播。')


def test_a_plant_under_a_group_names_no_organisation(nlp):
    found = names_in(nlp, "鼜气水没有自建工厂,产品由统一企业旗下的代工厂生产,瓶子则采购自紫江企业。")
    assert "统一企业" in found and "代工厂" not in found


def test_a_graduate_who_founded_a_brand_is_a_person(nlp):
    assert ("林鼚", "PERSON") in ents_of(nlp, "2021年,刚从浙江大学毕业的林鼚和大学室友在杭州创办了气泡水品牌鼚气水。")


def test_a_provider_work_is_handed_to_is_an_organisation(nlp):
    text = "鼛能的产品主要在越南北宁的自有工厂生产,美国本土的仓储和配送则交给了物流服务商鼛仓海外仓。公司创始人刘鼛曾在安克创新任职。"
    assert "鼛仓海外仓" in names_in(nlp, text)


def test_an_ambassador_a_brand_welcomes_is_a_person(nlp):
    assert ("白齝", "PERSON") in ents_of(nlp, "官宣!欢迎@白齝 成为齝颜品牌全球代言人✨")


def test_a_district_the_dictionary_tags_as_a_name_is_a_place(nlp):
    assert ("徐汇", "GPE") in ents_of(nlp, "2021年在徐汇开了第一家店。")


def test_a_brand_that_contributes_its_revenue_ends_before_the_verb(nlp):
    found = names_in(nlp, "分品牌看,去年收购的户外品牌麫峰贡献收入4.8亿元。")
    assert "麫峰" in found and not any(n.startswith("麫峰贡") for n in found)


def test_a_repeat_the_segmenter_cut_through_at_both_edges_is_found(nlp):
    found = names_in(nlp, "- 烤肉品牌濛炙:收入5.8亿元。集团表示,把资源向濛炙倾斜,全年计划新开濛炙门店40家。")
    assert found.count("濛炙") == 3


def test_a_listed_investor_ending_in_an_organisation_word_is_cut_there(nlp):
    assert "番茄资本" in names_in(nlp, "感谢红杉中国和番茄资本两轮的信任。")
    # (…not past a place and a description before it: 与希腊船东达诺斯航运签署)
    assert "希腊船东达诺斯航运" not in names_in(nlp, "公司全资子公司濛洋航运(香港)有限公司与希腊船东达诺斯航运签署期租合同。")
    # (…nor a kind a determiner opens: 其他跨国公司)
    assert "其他跨国公司" not in names_in(nlp, "我们欢迎摩托罗拉公司及其他跨国公司到中国来投资办厂。")


def test_a_person_said_to_be_kin_of_the_founder_is_no_company(nlp):
    found = ents_of(nlp, "濛源投资的实际控制人为周濛明。周濛明系公司创始人、董事长林濛之的配偶。")
    assert ("周濛明", "PERSON") in found and not any(t.endswith("系公司") for t, _ in found)


def test_a_streamer_and_a_founder_on_a_call_are_people_and_a_brand_before_its_product_is_found(nlp):
    found = ents_of(nlp, "抖音头部主播焱濛子开启双12专场直播。21:30 焱濛子与珀莱雅创始人侯军呈连麦。22:15 家电专场,美的空调、追觅扫地机器人热卖。")
    assert ("焱濛子", "PERSON") in found and ("侯军呈", "PERSON") in found and ("美的", "ORG") in found


def test_a_chip_quoted_after_its_kind_is_a_product_and_its_acronym_no_company(nlp):
    found = ents_of(nlp, "焱濛科技将在其下一代智能座舱SoC\"焱驰X9\"中采用Arteris的互连IP。")
    assert any(t == "焱驰X9" and label in ("ORG", "BRAND") for t, label in found)
    assert not any(t == "SoC" for t, _ in found)


def test_a_retailer_before_its_online_store_a_company_a_question_names_and_a_new_model(nlp):
    assert ("沃尔玛", "ORG") in ents_of(nlp, "其余来自独立站和沃尔玛线上店。")
    assert ("骉濛数能", "ORG") in ents_of(nlp, "Q3:骉濛数能靠什么拿到融资?\n\nA:做的是储能电站的AI运维软件。")
    found = names_in(nlp, "荇濛汽车CEO表示,新车型荇濛S7订单充足。")
    assert not any(n.startswith("型") for n in found)


def test_names_a_deal_and_a_defined_short_form_vouch_for(nlp):
    # a name defined with its short form right after it, though the model missed it
    found = ents(nlp, '驫濛充电(以下简称"驫濛")是国内第三大公共充电运营商。驫濛的主要股东包括小鹏汽车。')
    ids = {i for t, _, i in found if t in ("驫濛充电", "驫濛")}
    assert "驫濛充电" in [t for t, _, _ in found] and len(ids) == 1
    # an investment vehicle a deal names, a joint venture set up, a stake bought, an investor a round came from
    assert "驫濛投资" in names_in(nlp, "公司控股股东驫源集团与驫濛投资签署《股份转让协议》。")
    found = names_in(nlp, "与成都交投集团合资成立驫蓉充电,驫电持股51%。收购本地运营商滇濛充电80%股权。去年我们拿了窄门濛眼的一轮投资。")
    assert {"驫蓉充电", "滇濛充电", "窄门濛眼"} <= set(found)
    # (…not the round's lead written into it: 获得凌云资本领投的B轮融资)
    assert "凌云资本领投" not in names_in(nlp, "棠溪曾于2021年获得凌云资本领投的B轮融资。")


def test_hotel_brands_before_their_revpar_and_distributors_named_with_their_province(nlp):
    found = names_in(nlp, "分品牌看,经济型品牌羴濛酒店RevPAR为178元,同比下降5.6%。来自河南的羴鼎商贸、山东的齐濛酒业和广东的羴粤供应链获得称号。")
    assert {"羴濛酒店", "羴鼎商贸", "齐濛酒业", "羴粤供应链"} <= set(found)


def test_a_space_ends_a_latin_name_before_chinese_words(nlp):
    found = names_in(nlp, "猋游网络将《猋灵传说》海外发行权授予Nexstar Games 预付金超2000万美元")
    assert "Nexstar Games" in found and not any("预付金" in n for n in found)


def test_a_glasses_product_quoted_a_makers_latin_name_and_no_first_product_as_a_name(nlp):
    found = ents_of(nlp, "鱻濛科技在杭州发布首款AI眼镜\"鱻濛One\",镜框由意大利眼镜制造商Luxmoss设计生产。")
    names = [t for t, _ in found]
    assert "鱻濛One" in names and ("Luxmoss", "ORG") in found and not any(n.startswith("首款") for n in names)


def test_a_latin_product_line_and_its_kind_is_no_company_and_a_model_list_stops_at_its_count(nlp):
    names = names_in(nlp, "智能驾驶芯片则采用英伟达的Orin芯片。")
    assert "Orin芯片" not in names
    names = names_in(nlp, "濛途汽车成立于2019年。公司目前在售车型包括濛途T5和濛途T7两款SUV,其中T7售价为22.98万元起。")
    assert not any(n.startswith("包括") or "两款" in n for n in names), names


def test_a_description_of_a_company_a_branch_and_an_exchange_are_cut_off_the_guesses(nlp):
    import spacy

    trim = nlp.get_pipe("kg_trim")
    blank = spacy.blank("zh")
    doc = blank("近日,深圳跨境电商企业濛邦科技向港交所递交招股书。")
    doc.ents = [doc.char_span(3, 19, label="ORG")]  # the model's guess: description, name, 向 and the exchange
    assert [e.text for e in trim(doc).ents] == ["濛邦科技"]
    doc = blank("濛悦酒店的杭州西溪店正式开业。")
    doc.ents = [doc.char_span(5, 10, label="ORG")]
    assert [e.text for e in trim(doc).ents] == []  # a branch of the brand before 的


def test_a_club_named_after_its_league_with_a_city_that_holds_a_function_character(nlp):
    names = names_in(nlp, "12月2日,国产运动品牌濛跃体育宣布与中超球队成都蓉城足球俱乐部达成合作。")
    assert "成都蓉城足球俱乐部" in names, names


def test_a_mall_named_by_its_kind(nlp):
    assert "濛湖天街" in names_in(nlp, "12月8日,位于重庆市渝北区的濛湖天街正式开业。")
    assert not any("购物中心" in n for n in names_in(nlp, "我周末去新开的购物中心逛街。"))  # the kind alone: no name


def test_people_before_an_interview_brands_after_their_kind_and_known_companies_in_their_units(nlp):
    found = ents(nlp, "零食品牌濛味成立于2018年。近日,濛味创始人兼CEO葛濛接受了本刊专访。")
    names = {t for t, _, _ in found}
    assert "葛濛" in names and "濛味" in names and not any(n.startswith("零食") or n.endswith("成立") for n in names)
    names = names_in(nlp, "阎濛宇曾任华为终端业务中国区总裁,2021年加入荣耀担任副总裁。")
    assert "华为" in names and "华为终端" not in names and "荣耀" in names
    assert "荣耀" not in names_in(nlp, "这是一份荣耀。")  # the everyday word


def test_guesses_split_at_a_known_name_a_store_and_a_plan_and_holding_vehicles_named(nlp):
    import spacy

    trim = nlp.get_pipe("kg_trim")
    blank = spacy.blank("zh")
    for text, guess, expected in [
            ("晶圆代工主要由中芯国际和濛虹半导体完成。", "中芯国际和濛虹半导体", ["中芯国际", "濛虹半导体"]),
            ("北京濛记餐饮管理有限公司望京店被罚款12万元。", "北京濛记餐饮管理有限公司望京店", ["北京濛记餐饮管理有限公司"]),
            ("同日,中国濛融拟向公司注资20亿元。", "中国濛融拟向公司", ["中国濛融"])]:
        doc = blank(text)
        doc.ents = [doc.char_span(text.index(guess), text.index(guess) + len(guess), label="ORG")]
        assert [e.text for e in trim(doc).ents] == expected, text
    assert "濛远投资" in names_in(nlp, "濛地控股董事会主席为褚濛远,其家族通过濛远投资持有公司约61%的股份。")
    assert "微博" in names_in(nlp, "相关话题在微博上的阅读量超过2亿次。")


def test_a_period_ends_a_brands_name_an_investment_confirms_a_known_name_and_an_adverb_ends_a_speaker(nlp):
    names = names_in(nlp, "分品牌看,旗下咖啡品牌濛啡前三季度营收为48.6亿元,同比增长35%。")
    assert "濛啡" in names and not any("季度" in n for n in names)
    assert "地平线" in names_in(nlp, "濛石资本成立于2014年,曾投资过地平线、云鲸智能等企业。")
    assert "壳牌中国" in names_in(nlp, "充电运营商濛电科技宣布与壳牌中国签署战略合作协议。")
    found = ents(nlp, "濛电科技创始人兼董事长晏濛则透露,公司正在筹备上市。")
    assert ("晏濛", "PERSON") in {(t, lab) for t, lab, _ in found}


def test_a_scholar_after_an_institution_and_a_holding_company_without_its_holding(nlp):
    assert "石濛" in names_in(nlp, "该研究由中国医学科学院肿瘤医院石濛教授担任主要研究者。")
    found = ents(nlp, "公司第二大股东濛家投资控股有限公司计划减持。濛家投资目前持有公司11.6%的股份。")
    assert "濛家投资" in {t for t, _, _ in found}


def test_a_delivery_line_a_units_letter_and_a_kind_of_subsidiary_are_no_part_of_a_name(nlp):
    import spacy

    assert "美团配送" in names_in(nlp, "公司的主要竞争对手为美团配送和达达快送。")
    names = names_in(nlp, "光伏组件价格跌破0.7元/W 濛晶能源前三季度亏损18亿元")
    assert "濛晶能源" in names and not any(n.startswith("W") for n in names)
    doc = spacy.blank("zh")("濛丰银行理财子公司迎来新董事长")
    doc.ents = [doc.char_span(0, 9, label="ORG")]
    assert [e.text for e in nlp.get_pipe("kg_trim")(doc).ents] == ["濛丰银行"]


def test_a_holder_after_titles_a_data_firm_and_no_brand_from_a_tier_or_a_hotel_metric(nlp):
    assert "凌濛川" in names_in(nlp, "公司创始人兼CEO凌濛川持股约35%。")
    assert "伽濛数据" in names_in(nlp, "据伽濛数据统计,今年前三季度国内游戏市场实际销售收入为2412亿元。")
    names = names_in(nlp, "集团目前在营酒店超过1800家,其中中高端及以上品牌占比约35%。今年前三季度,集团RevPAR同比增长3.5%。")
    assert not any("以上" in n or n == "RevPAR" for n in names), names


def test_names_a_cue_finds_after_an_investment_and_not_before_a_strategy_or_the_company_one_belongs_to(nlp):
    assert "濛果资本" in names_in(nlp, "2022年,濛味餐饮曾获得濛果资本1.5亿元投资。")
    assert "番茄资本" in names_in(nlp, "2022年,公司曾获得番茄资本1.5亿元投资。")
    assert "专业化" not in names_in(nlp, "濛动体育方面表示,此次签约是品牌\"专业化\"战略的重要一步。")
    assert not any("公司" in t for t in names_in(nlp, "头部主播濛濛所属公司被罚没1.2亿元"))


def test_what_an_inquiry_found_is_no_name(nlp):
    found = names_in(nlp, "经税收大数据分析,查实网络主播\"濛濛\"(本名黄濛玲)偷逃税款。")
    assert not any(t.startswith("查实") for t in found) and "黄濛玲" in found


def test_a_fields_acronym_and_products_under_a_brand_are_no_names(nlp):
    assert names_in(nlp, "AI大模型公司濛思智能完成5亿元融资。") == ["濛思智能"]
    assert names_in(nlp, "濛嘴食品宣布,旗下魔芋爽、鱼豆腐等12款产品正式进入便利店销售。") == ["濛嘴食品"]


def test_a_plant_in_a_place_a_ranch_company_and_a_collaborations_mark(nlp):
    assert not any("工厂" in t for t in names_in(nlp, "濛能科技匈牙利电池工厂开工 与宝马签订长期供货协议"))
    assert "濛源牧业" in names_in(nlp, "公司的生鲜乳由宁夏的濛源牧业供应。")
    assert "澜山集团" in names_in(nlp, "璎茶×澜山集团联名款上线首日售罄")


def test_a_kind_of_company_before_a_headlines_name_and_a_brands_strength_are_no_names(nlp):
    assert "濛盛集团" in names_in(nlp, "濛城足球俱乐部易主 地产商濛盛集团接手并承诺投入5亿元")
    assert not any(t.startswith("地产商") for t in names_in(nlp, "濛城足球俱乐部易主 地产商濛盛集团接手并承诺投入5亿元"))
    assert not any("很强" in t for t in names_in(nlp, "问:怎么看待这些进口品牌?\n答:它们品牌力很强,但是价格偏高。"))


def test_a_china_unit_another_controls_a_works_title_and_a_units_letter(nlp):
    assert "麦德龙中国" in names_in(nlp, "此前,家乐福中国已被苏宁易购收购,麦德龙中国则由物美集团控股。")
    assert ("星海濛途", "PRODUCT") in [(t, label) for t, label, _ in ents(nlp, "游戏公司濛游科技的新作《星海濛途》上线一周后登顶。")]
    assert not any(t.endswith("新作") for t in names_in(nlp, "濛游科技新作登顶美国iOS免费榜 海外收入占比升至六成"))
    assert not any("光伏" in t for t in names_in(nlp, "濛光新能中标中国华能3GW光伏组件集采 金额约24亿元"))


def test_a_post_and_its_holder_are_no_holding_company_and_known_makers_are_found(nlp):
    text = "目前,濛源乳业在全国拥有自营牧场18座。公司董事长冉濛平持有公司约28%的股份,为实际控制人。"
    assert ("冉濛平", "PERSON") in [(t, label) for t, label, _ in ents(nlp, text)]
    assert not any(t.startswith("公司") for t in names_in(nlp, text))
    assert "日本电产" in names_in(nlp, "公司的电机主要由日本电产供应。")
    assert {"东方树叶", "三得利"} <= set(names_in(nlp, "在无糖茶赛道,东方树叶和三得利仍占据领先地位。"))


def test_a_guess_run_on_past_the_year_and_a_founders_family_as_holder(nlp):
    found = names_in(nlp, "快时尚品牌濛衣坊年内关店超百家 母公司濛尚集团上半年亏损2.3亿元")
    assert "濛衣坊" in found and not any("年内" in t for t in found)
    found = ents(nlp, "濛尚集团的控股股东为创始人钱濛宏家族,合计持股约63%。")
    assert ("钱濛宏", "PERSON") in [(t, label) for t, label, _ in found] and not any("家族" in t for t, _, _ in found)


def test_relative_before_cofounder_and_state_capital_company(nlp):
    # a relative named before the founding verb (和表哥周一凡在2019年共同创办), though the segmenter cuts 周一|凡
    assert ("周一凡", "PERSON") in [e[:2] for e in ents(nlp, "濛茶是我和表哥周一凡在2019年共同创办的。")]
    # a city's state-capital company is one name, though 运营 is a verb
    assert ("呼和浩特市国有资本运营公司", "ORG") in [e[:2] for e in ents(
        nlp, "截至三季度末,呼和浩特市国有资本运营公司持有濛山乳业28.6%的股份。")]
    assert "北京市国有资本" not in names_in(nlp, "北京市国有资本运营公司持股31%。")


def test_list_item_ends_before_an_adverb_and_a_name_before_because(nlp):
    # 仍 after a listed name is no part of it (薇诺娜和玉泽仍是…)
    assert "玉泽" in names_in(nlp, "在敏感肌护理赛道,薇诺娜和玉泽仍是濛妍最主要的竞争对手。")
    # 和 before 因 ends no name as a conjunction would: 梁濛和 因个人原因辞任
    assert "梁濛和" in names_in(nlp, "公告同时披露,濛宇集团执行董事、副总裁梁濛和因个人原因辞任。")


def test_property_services_and_brokers_arms_are_their_own_companies(nlp):
    found = ents(nlp, "碧桂园服务与万物云均为物业管理公司,招商证券国际担任保荐人。")
    assert [e[0] for e in found if e[1] == "ORG"] == ["碧桂园服务", "万物云", "招商证券国际"]


def test_china_unit_as_an_items_label_and_a_latin_automaker(nlp):
    assert "星巴克中国" in names_in(nlp, "门店数排名前三的分别是:\n1. 瑞幸咖啡:22,340家\n2. 星巴克中国:7,600家\n")
    assert "Stellantis" in names_in(nlp, "所以我们在考虑和当地企业合资,比如跟Stellantis在谈。")


def test_a_person_found_again_where_the_segmenter_glued_a_function_character(nlp):
    # 岑濛|华于2012年: the name's last character glued to 于; the name found whole in an earlier sentence
    text = "据消息,濛安保险董事长岑濛华涉嫌严重违纪违法。公开资料显示,岑濛华于2012年至2021年间担任濛安保险董事长。"
    assert names_in(nlp, text).count("岑濛华") == 2


def test_a_verb_glued_onto_the_next_words_first_character_ends_a_guess(nlp):
    # 登陆科|创板: 登陆 + 科创板, no part of the company's name
    text = "濛源生物登陆科创板 首日市值突破200亿元\n\n12月5日,创新药企濛源生物正式在上交所科创板挂牌上市。"
    assert "濛源生物登陆科" not in names_in(nlp, text) and "濛源生物" in names_in(nlp, text)


def test_data_providers_and_outdoor_brands_are_known(nlp):
    text = "据卖家精灵数据,濛途户外的帐篷月销量位列第一,领先于Coleman和Naturehike。"
    assert {"卖家精灵", "Coleman", "Naturehike"} <= set(names_in(nlp, text))
    assert ("Naturehike", "PERSON") not in [e[:2] for e in ents(nlp, text)]


def test_xin_jin_opens_no_name_and_leica_is_known(nlp):
    text = "与此同时,全国社保基金一一八组合在三季度新进濛宇股份前十大流通股东。"
    assert "新进濛宇股份" not in names_in(nlp, text)
    assert "徕卡" in names_in(nlp, "新机的影像系统与徕卡联合调校。")


def test_an_idiom_is_no_list_item_and_nio_power_is_its_own_company(nlp):
    assert "对簿公堂" not in names_in(nlp, "濛台酒业与经销商对簿公堂 涉案金额3800万元")
    assert "蔚来能源" in names_in(nlp, "充电运营商濛电充电与蔚来能源签署战略合作协议。")


def test_a_local_group_is_no_name_and_an_app_is_named_after_app(nlp):
    assert "与当地集团" not in names_in(nlp, "濛记烤鱼进军马来西亚 与当地集团签署总代理协议")
    text = "据QuestMobile数据,11月在线阅读App濛读的月活跃用户数达到5,120万。濛读隶属于濛文传媒,是后者旗下最重要的业务。"
    assert "濛读" in names_in(nlp, text) and "最重要" not in names_in(nlp, text)
    assert {"合肥长鑫", "士兰微"} <= set(names_in(nlp, "前五大客户分别为中芯国际、长江存储、合肥长鑫和士兰微。"))


def test_a_quoted_transformation_is_no_name_and_capitaland_is_known(nlp):
    text = "濛华酒店集团表示,此次将酒店出售给新加坡凯德集团是公司\"轻资产\"转型的重要一步。"
    assert "轻资产" not in names_in(nlp, text)
    assert any(n.endswith("凯德集团") for n in names_in(nlp, text))


def test_a_former_posts_marker_and_a_seniority_word_end_no_company(nlp):
    assert "濛云科技" in names_in(nlp, "此前,濛云科技原CTO何濛平已于今年9月离职。")
    assert "濛途科技" in names_in(nlp, "公司任命前濛途科技资深总监郑濛文为首席技术官。")
    assert "判处公司" not in names_in(nlp, "判处濛源金服创始人柏濛涛有期徒刑十年;判处公司原总经理金濛璐有期徒刑五年。")


def test_a_clause_conjunction_opens_no_list_item(nlp):
    names = names_in(nlp, "近年来烘焙赛道竞争激烈,而濛甜坊、好利来等老牌企业也在加速布局。")
    assert "濛甜坊" in names and "而濛甜坊" not in names


def test_fruit_supplied_by_names_its_supplier(nlp):
    assert "濛果多" in names_in(nlp, "门店的水果主要由濛果多供应。")
    assert "濛禾田" in names_in(nlp, "食材均由濛禾田供应。")


def test_a_quoted_name_marked_pai_is_a_brand(nlp):
    found = ents(nlp, '公司旗下"濛宝宝"牌儿童奶酪销量增长。')
    assert "濛宝宝" in [t for t, _, _ in found]


def test_a_team_captain_is_a_person_and_a_league_club_no_brand(nlp):
    assert "武濛" in names_in(nlp, "濛动体育同时宣布,签约球队队长武濛为品牌代言人。")
    doc = nlp("12月2日,运动品牌濛动体育与中超球队濛城FC在广州签约。")
    club = [e for e in doc.ents if e.text == "濛城FC"]
    assert club and (club[0].start_char, club[0].end_char) not in (doc._.brand_hints or set())
    assert "高端化" not in names_in(nlp, "濛动体育董事长许濛表示,与濛城FC的合作是品牌高端化的重要一步。")


def test_a_place_and_daxue_is_a_university(nlp):
    assert "江南大学" in names_in(nlp, "我们和江南大学共建了实验室。")


def test_a_holder_listed_after_a_holding_is_a_name(nlp):
    names = names_in(nlp, "双方设立合资公司,其中濛驰汽车持股51%,远望线持股49%。")
    assert "远望线" in names
    assert not any(n.startswith("其余") for n in names_in(nlp, "濛驰汽车持股51%,其余股东持股49%。"))
    # (…but a holder the model reads as a person stays one)
    found = ents(nlp, "濛记粉面由陈濛华、梁美玲夫妇共同创办。陈濛华持股52%,梁美玲持股21%。")
    assert ("梁美玲", "ORG") not in [(n, label) for n, label, _ in found]


def test_a_known_group_and_the_verb_konggu_after_it(nlp):
    names = names_in(nlp, "濛驰汽车是广汽集团控股的新能源车企。")
    assert "广汽集团" in names and "广汽集团控股" not in names


def test_a_cue_bounds_a_persons_last_given_character(nlp):
    assert ("王濛一", "PERSON") in [(t, label) for t, label, _ in ents(nlp, "并官宣演员王濛一为品牌代言人。")]


def test_a_brand_ranked_by_its_sales_and_sephora_is_known(nlp):
    assert "濛束" in names_in(nlp, "抖音平台上,濛束以约15亿元的成交额位居美妆品类第一。")
    assert ("丝芙兰", "ORG") in [(t, label) for t, label, _ in ents(nlp, "计划进入屈臣氏和丝芙兰门店。")]


def test_a_glued_zhongjiang_a_share_price_move_and_a_comparison_end_no_name(nlp):
    names = names_in(nlp, "中信证券在最新研报中将濛光股份目标价上调至210元。")
    assert "濛光股份" in names and not any(n.endswith("中将濛光股份") for n in names)
    assert "濛光股份" in names_in(nlp, "12月3日,光模块龙头濛光股份股价大涨9.8%,收于168.5元。")
    assert "慕思" in names_in(nlp, "和顾家家居、慕思比,你们的优势是什么?")
    assert not any(n.startswith("谈") for n in names_in(nlp, "【播客实录】濛家居CFO谈出海:欧洲市场今年能做到10亿"))
    assert "中际旭创" in names_in(nlp, "公司有望成为第二大光模块供应商,仅次于中际旭创。")


def test_a_countrys_universities_name_no_one_and_a_battery_pack_supplier_is_named(nlp):
    names = names_in(nlp, "该基金的出资人包括淡马锡和多家美国大学捐赠基金。")
    assert not any("大学" in n for n in names)
    assert "濛能电池" in names_in(nlp, "本次召回范围内车辆的动力电池包由濛能电池提供。")


def test_the_cause_of_a_departure_ends_a_persons_name(nlp):
    names = names_in(nlp, "原行长吕濛因工作调动,已辞去行长职务。")
    assert "吕濛" in names and "吕濛因" not in names


def test_an_overseas_head_names_the_company_and_a_deal_confirms_a_known_everyday_word(nlp):
    assert "濛茶" in names_in(nlp, "A(濛茶海外业务负责人龚濛):我们2022年在新加坡开了第一家海外店。")
    names = names_in(nlp, "濛途物流与菜鸟达成战略合作。濛途物流将为菜鸟提供冷链运输服务。")
    assert names.count("菜鸟") == 2
    assert "Horizon Organic" in names_in(nlp, "牛奶来自当地的Horizon Organic。")


def test_where_goods_come_from_is_no_part_of_the_name_and_own_brands_and_711_are_named(nlp):
    names = names_in(nlp, "濛达精工的压铸设备主要采购自力濛科技。")
    assert "力濛科技" in names and "自力濛科技" not in names
    assert "濛肌" in names_in(nlp, "所以我们也在做自己的品牌濛肌,去年卖了大概1.2亿元。")
    assert "711" in names_in(nlp, "目前濛泉已进入全家、罗森和711等便利店渠道。")


def test_holders_that_each_hold_a_stake_are_organisations_and_known_brands_new_here(nlp):
    names = names_in(nlp, "股权结构方面,濛米产业基金和澜登国际分别持股6.2%和4.8%。")
    assert "澜登国际" in names
    names = names_in(nlp, "招股书显示,上市前濛雨资本和嘉濛创投分别持有桐濛科技9.6%和5.2%的股份。")
    assert "上市前濛雨资本" not in names
    names = names_in(nlp, "罍宠的主要竞争对手包括麦濛和网易严选。在即时配送领域,濛运面临美团配送和达达快送的竞争。")
    assert {"网易严选", "达达快送"} <= set(names) and "网易" not in names


def test_a_ranked_holder_a_stand_in_works_listed_as_flagships_and_rivals_set_beside(nlp):
    assert "聂濛" in names_in(nlp, "创始人兼CEO聂濛为第一大股东,持股32%。")
    names = names_in(nlp, "在新任行长正式任职前,由副行长柯濛代为履行行长职责。")
    assert "柯濛" in names and "柯濛代" not in names
    names = ents_of(nlp, "濛游网络成立于2013年,代表作包括《云端濛座》和《幻境濛者》。")
    assert {("云端濛座", "PRODUCT"), ("幻境濛者", "PRODUCT")} <= set(names)
    names = names_in(nlp, "记者:和海底捞、濛奴比,鬯记的优势在哪里?")
    assert "濛奴" in names and "濛奴比" not in names
    names = names_in(nlp, "记者:和海底捞、巴奴比,鬯记的优势在哪里?")  # (the segmenter glues 比 on: 巴|奴比)
    assert "巴奴" in names and "巴奴比" not in names
    assert "濛牧牛业" in names_in(nlp, "牛肉则来自内蒙古的濛牧牛业。")
    assert names_in(nlp, "濛记火锅成立于2015年。濛记为什么坚持不做加盟?").count("濛记") == 1
    assert {"TapTap", "App Store"} <= set(names_in(nlp, "游戏主要在TapTap和App Store发行。"))


def test_a_launched_model_with_a_latin_name_is_a_product_and_a_makers_role_describes_a_listed_name(nlp):
    found = ents_of(nlp, "12月5日,消费电子品牌濛声科技在深圳发布新一代主动降噪耳机濛声Pods 3,售价499元。")
    assert ("濛声Pods 3", "PRODUCT") in found
    names = names_in(nlp, "比较有代表性的是人形机器人公司濛行智能和卫星制造商濛星航天。")
    assert "濛星航天" in names and "卫星制造商濛星航天" not in names


def test_a_known_everyday_word_a_maker_takes_parts_from_is_the_company(nlp):
    assert "地平线" in names_in(nlp, "濛途汽车的智能驾驶芯片采用地平线的征程6。")
    assert "地平线" not in names_in(nlp, "远处的地平线上升起了太阳。")


def test_a_posts_tenure_brands_doing_something_and_a_films_cast_are_cut_right(nlp):
    text = "濛安人寿保险股份有限公司(简称\"濛安人寿\")成立于2010年。此前,濛安人寿原董事长吴濛因年龄原因退休。"
    names = names_in(nlp, text)
    assert "濛安人寿原" not in names and names.count("濛安人寿") == 2
    names = names_in(nlp, "公司旗下充电配件品牌濛能和户外电源品牌濛野主要在亚马逊和Temu销售。")
    assert "濛野" in names and "濛野主要" not in names
    assert "董濛雨" in names_in(nlp, "《濛海》由濛光影业出品,主演包括董濛雨。")


def test_a_model_named_after_its_kind_is_a_product(nlp):
    found = ents_of(nlp, "濛米第三季度出货量约1,230万台,主要得益于中端机型濛米Note 15的热销。")
    assert ("濛米Note 15", "PRODUCT") in found


def test_two_founders_named_after_by_one_tied_to_the_other_are_people(nlp):
    names = names_in(nlp, "濛茶由戚濛和其妻子柳濛于2014年在湖南长沙创立。")
    assert {"戚濛", "柳濛"} <= set(names)


def test_a_role_ending_in_a_trade_and_a_brand_before_its_share(nlp):
    names = names_in(nlp, "光伏组件商濛光能源12月2日披露,公司前三季度组件出货量为8.6GW。")
    assert "濛光能源" in names and "组件商濛光能源" not in names
    assert "濛悦" in names_in(nlp, "酒店集团濛居集团宣布,其中中端品牌濛悦占比约55%。")


def test_a_company_described_as_one_is_no_brand_and_a_pronoun_no_endorsed_name(nlp):
    from extractor.spans import brand_hints

    # (X是一家…的公司 says what X is: a company; X是…的新锐品牌 would make it a brand)
    doc = nlp("濛能科技是一家做工商业储能电池的公司,总部在合肥。")
    found = [(e.text, (e.start_char, e.end_char) in brand_hints(doc)) for e in doc.ents]
    assert ("濛能科技", False) in found
    doc = nlp("濛栖是杭州的新锐咖啡品牌,今年开了80家店。")
    assert [e.text for e in doc.ents if (e.start_char, e.end_char) in brand_hints(doc)] == ["濛栖"]
    # (成为其全球代言人: 其 is the brand named before, not a name)
    assert not any(t.startswith("其") for t in names_in(nlp, "国产运动品牌濛跃签约网球名将濛钦文 成为其全球代言人"))


def test_a_chain_described_before_its_name_and_an_outlet_on_a_source_line(nlp):
    # (湖北区域连锁超市|X: where and what kind of chain, then which)
    assert "濛家乐" in names_in(nlp, "物濛集团已与湖北区域连锁超市濛家乐的股东签署股权转让协议。")
    # (来源:X报: the outlet a web page credits)
    assert ("濛商报", "ORG") in ents_of(nlp, "主播濛小鹿签约MCN\n\n2026-12-05 来源:濛商报\n\n正文第一段。")


def test_an_appointee_before_the_companys_post_is_no_company(nlp):
    # (聘任何濛为公司首席财务官: 任何 is read as one word and 濛为 as another; the appointee, then 为公司 and the post)
    found = ents_of(nlp, "同日,董事会同意聘任何濛为公司首席财务官,自即日起生效。")
    assert ("何濛", "PERSON") in found and not any(t.endswith("为公司") for t, _ in found)


def test_a_cooperative_after_its_county_and_kinds_before_brands_and_parts_are_no_names(nlp):
    # (云南华坪县|X种植专业合作社: the cooperative's registered name after its county; 合作社 alone names none)
    found = names_in(nlp, "云南华坪县濛果种植专业合作社理事长杨濛介绍,合作社成立于2014年,目前有社员1200多户。")
    assert "濛果种植专业合作社" in found and "合作社" not in found
    # (古法黄金珠宝|品牌|X黄金: the kind of product before 品牌 and the brand, no second name)
    found = names_in(nlp, "8月25日,古法黄金珠宝品牌濛铺黄金发布2026年中期业绩。")
    assert "濛铺黄金" in found and not any(t.startswith("古法") for t in found)
    # (公司的|飞控芯片: a part of the company's, no maker called so)
    assert not any(t.endswith("芯片") for t in names_in(nlp, "公司的飞控芯片采用高通的方案,电池则由欣旺达供应。"))
    # (我们最大的对手其实是微博: a rival named, though 微博 is also a word for a post)
    assert "微博" in names_in(nlp, "我们最大的对手其实是微博。")


def test_a_carmaker_after_its_glued_kind_and_no_place_of_everyday_words(nlp):
    # (新能源车|企濛|能|汽车: the segmenter glued 车企's 企 onto the rare first character of the name)
    assert "濛能汽车" in names_in(nlp, "新能源车企濛能汽车12月1日宣布,与格林美签署合资协议。")
    # (事发门店为加盟店: everyday words and 为, no place the model may guess)
    assert not [t for t, label in ents_of(nlp, "对此,濛居酒店集团客服回应称,事发门店为加盟店,公司已要求门店道歉。")
                if label in ("GPE", "LOC")]


def test_kinds_of_chain_and_dairy_before_names_are_no_part_of_them(nlp):
    # (连锁药房|X大药房: the kind of chain, then the chain, an organisation however the model read it)
    assert ("濛康大药房", "ORG") in ents_of(nlp, "连锁药房濛康大药房拟收购云南药店资产 门店将突破8000家")
    # (内蒙古|奶企|X乳业: a place, a dairy maker's kind, then its name)
    assert "濛牧乳业" in names_in(nlp, "内蒙古奶企濛牧乳业12月1日发布盈利预警。")


def test_a_latin_name_after_its_country_is_the_company(nlp):
    # (荷兰|濛SML: a Latin name after its country is the company; the country is named apart)
    from extractor.analyse import analyse
    from extractor.io import Document

    text = "公司的光刻机主要采购自荷兰AZML,部分设备来自日本。AZML是光刻机龙头。"
    found = {(m.text, m.label) for m in analyse(Document("doc-x", "x.txt", text, "0" * 64), nlp).mentions}
    assert ("AZML", "ORG") in found and ("荷兰", "GPE") in found


def test_a_post_and_its_holder_run_on_a_successor_and_a_drug_after_its_kind(nlp):
    # (前雅诗兰黛|高管|濛悦|加盟: a company, a post, its holder and what the holder does, one guess of the model's)
    found = ents_of(nlp, "开濛集团任命新任中国区总裁 前雅诗兰黛高管邵濛加盟")
    assert ("邵濛", "PERSON") in found and not any("高管" in t for t, _ in found)
    # (接替即将退休的X: the one who leaves is a person)
    assert ("林濛", "PERSON") in ents_of(nlp, "她将接替即将退休的林濛,后者自2018年起执掌大中华区业务。")
    # (核心产品X单抗: a drug named by its kind's ending)
    assert "濛利单抗" in names_in(nlp, "公司的核心产品濛利单抗已于去年获批上市,由礼来负责海外商业化推广。")


def test_a_camp_named_after_a_company_or_school_is_no_name(nlp):
    found = names_in(nlp, "清华系AI芯片初创公司濛算智能获数千万元天使轮融资。")
    assert "濛算智能" in found and not any(t.startswith("清华系") for t in found)
    found = names_in(nlp, "阿里系创业公司濛云科技完成融资。")
    assert "濛云科技" in found and not any("系" in t for t in found)
    assert "北京大学中文系" in names_in(nlp, "他毕业于北京大学中文系。")  # a department keeps its 系


def test_a_region_an_area_word_a_platforms_shop_a_local_city_and_a_tablet_drug(nlp):
    found = ents_of(nlp, "公司中标永辉超市华东区域生鲜冷链配送项目。")
    assert ("华东", "LOC") in found and not any(t == "华东区域" for t, _ in found)
    found = ents_of(nlp, "对话濛木家居创始人孔濛:从淘宝小店到年销10亿")
    assert ("淘宝", "ORG") in found and not any(t == "淘宝小店" for t, _ in found)
    assert ("濛州", "GPE") in ents_of(nlp, "濛泉啤酒是濛州本地最大的啤酒生产企业。")
    assert "濛那替尼" in names_in(nlp, "公司自主研发的1类创新药濛那替尼片已获得国家药品监督管理局批准上市。")


def test_a_filings_alias_after_a_stock_code_and_glued_verbs_and_regions_trimmed(nlp):
    found = ents_of(nlp, '港股上市公司濛动国际控股有限公司(股票代码:2xxx.HK,以下简称"濛动国际")发布中期业绩。')
    assert ("濛动国际", "ORG") in found
    found = names_in(nlp, "经省政府批准,新设濛江交通港航集团有限公司。原濛江港航总经理蒋濛任新集团总经理。")
    assert "濛江交通港航集团有限公司" in found and "蒋濛" in found
    assert not any(t.startswith("新设") or t.endswith("任") for t in found)
    found = names_in(nlp, "据介绍,濛江港航旗下的濛港股份为深交所上市公司。")
    assert not any(t.endswith("旗") for t in found)
    found = ents_of(nlp, "创始人邝濛曾任喜茶华南区运营总监。")
    assert ("喜茶", "ORG") in found and not any(t.endswith("华南区") for t, _ in found)
    found = names_in(nlp, "濛茶纪是广州濛茶纪餐饮管理有限公司旗下的新中式茶饮品牌。")
    assert "新中式茶饮" not in found


def test_an_official_two_bodies_joined_and_a_customer_before_supplying(nlp):
    assert ("秦濛", "PERSON") in ents_of(nlp, "陕西省濛川县副县长秦濛走进拼多多直播间。")
    found = names_in(nlp, "本次直播由濛川县农业农村局联合濛川果业专业合作社共同举办。")
    assert "濛川县农业农村局" in found and "濛川果业专业合作社" in found
    assert "中国联合网络通信集团有限公司" in names_in(nlp, "中国联合网络通信集团有限公司发布公告。")
    found = names_in(nlp, "合作社长期为盒马和百果园供货。")
    assert "百果园" in found and "百果园供货" not in found


def test_an_everyday_known_name_listed_beside_one_the_text_confirms(nlp):
    found = names_in(nlp, "我们是上游牧场企业,原奶主要卖给伊利和光明,今年的收购价比去年低了15%。")
    assert "伊利" in found and "光明" in found
    assert "光明" not in names_in(nlp, "前途一片光明。")


def test_a_fleet_or_overseas_business_after_a_name_is_no_part_of_it(nlp):
    found = names_in(nlp, "目前濛航航空机队规模为38架。")
    assert "濛航航空" in found and not any(t.endswith("机队") for t in found)
    found = names_in(nlp, "扫地机器人品牌濛石科技海外收入占比首超六成")
    assert "濛石科技" in found and not any(t.endswith("海外") for t in found)



def test_a_registered_name_with_a_bracketed_place_after_a_join_is_whole(nlp):
    # (no name of the company found before the bracket: the words after 旗下的 or 与 open it)
    found = ents_of(nlp, "濛跑运动与中国篮球协会旗下的中濛篮(北京)文化传媒有限公司签约。")
    assert ("中濛篮(北京)文化传媒有限公司", "ORG") in found and ("北京", "GPE") not in found
    found = ents_of(nlp, "濛达科技与濛新(上海)信息技术有限公司签署协议。")
    assert ("濛新(上海)信息技术有限公司", "ORG") in found


def test_signing_after_a_listed_name_is_no_part_of_it(nlp):
    assert "CBA签下" not in names_in(nlp, "合同金额超过此前李宁与CBA签下的合同。")


def test_a_grower_named_after_its_region_as_supplier_is_an_organisation(nlp):
    assert ("鼷濛农业", "ORG") in ents_of(nlp, "声明还提到,涉事门店所用芒果原料由广西的鼷濛农业统一供应。")


def test_a_drink_opening_with_a_family_name_is_no_person(nlp):
    assert not any(label == "PERSON" for _, label in ents_of(nlp, "其在门店购买的杨枝甘露中喝出了塑料片。"))
    assert ("杨濛", "PERSON") in ents_of(nlp, "店长杨濛表示,门店已暂停营业。")


def test_a_latin_maker_abroad_named_as_a_company_is_no_brand(nlp):
    from extractor.spans import brand_hints
    doc = nlp("设备中的射频电源目前仍主要采购自美国的MKS Instruments,国产化替代正在验证中。")
    (mks,) = [e for e in doc.ents if e.text == "MKS Instruments"]
    assert mks.label_ == "ORG" and (mks.start_char, mks.end_char) not in brand_hints(doc)
    doc = nlp("巧克力采购自美国的Ghirardelli,口感更好。")  # a maker's name alone: the goods' brand
    assert any(e.text == "Ghirardelli" and (e.start_char, e.end_char) in brand_hints(doc) for e in doc.ents)


def test_a_founder_who_is_a_professor_somewhere_is_a_person(nlp):
    assert ("宗濛", "PERSON") in ents_of(nlp, "濛行机器人成立于2024年,创始人宗濛为浙江大学控制科学与工程学院教授。")


def test_a_maker_that_supplies_a_part_is_an_organisation(nlp):
    assert ("卧濛电驱", "ORG") in ents_of(nlp, "宗濛表示,公司与浙江大学共建了联合实验室,核心电机由卧濛电驱定制供应。")


def test_a_brand_named_with_pai_after_what_is_used(nlp):
    from extractor.spans import brand_hints
    doc = nlp("黄油用的是法国的铁濛牌,这两样我们一直没换过。")
    assert any(e.text == "铁濛牌" and (e.start_char, e.end_char) in brand_hints(doc) for e in doc.ents)
    assert not any("招牌" in e.text for e in nlp("这是我们的金字招牌,不会变。").ents)


def test_a_turns_label_leaves_its_colon_out_of_the_name(nlp):
    found = ents_of(nlp, "主持人:先介绍一下吧。\n邹濛:我们2019年在长沙开了第一家店,现在有186家门店。\n主持人:投资人有哪些?\n邹濛:拿了番濛资本的A轮,一共融了3亿元。")
    assert ("邹濛", "PERSON") in found and not any(t.endswith(":") for t, _ in found)
    assert ("番濛资本", "ORG") in found  # (the round taken from it, 拿了X的A轮, with nothing after)


def test_a_firm_a_job_is_handed_to_is_an_organisation(nlp):
    assert ("鹡洁濛涤", "ORG") in ents_of(nlp, "另外,我们的客房布草是交给鹡洁濛涤统一做的。")
    assert ents_of(nlp, "这些工作交给专业团队统一负责。") == []


def test_a_partner_vehicle_named_before_a_joint_venture_is_whole(nlp):
    assert ("鼍濛投资", "ORG") in ents_of(nlp, "鼍濛汽车是长安汽车与鼍濛投资合资成立的新能源品牌。")


def test_a_latin_brand_keeps_its_plus(nlp):
    assert "Dr.Jart+" in names_in(nlp, "鹕美贸易此前曾代理过韩国护肤品牌Dr.Jart+在华业务。")


def test_a_property_project_named_by_its_site_and_use_is_no_company(nlp):
    found = names_in(nlp, "公司拟以28.6亿元的价格,将其持有的上海徐汇滨江商办项目100%股权出售给上海濛城城市建设投资有限公司。")
    assert not any(t.endswith("商办") for t in found) and "上海濛城城市建设投资有限公司" in found


def test_a_partner_a_company_signs_with_is_an_organisation(nlp):
    assert ("酒濛网", "ORG") in ents_of(nlp, "公司已在京东开设官方旗舰店,并与酒濛网签署了年度战略合作协议。")
    assert ents_of(nlp, "双方与当地政府签署了合作协议。") == []


def test_a_founder_who_moves_to_another_post_is_a_person(nlp):
    assert ("简濛", "PERSON") in ents_of(nlp, "濛康大药房创始人简濛转任名誉董事长。")


def test_a_fund_described_as_a_private_fund_is_named_without_it(nlp):
    found = names_in(nlp, "私募基金濛山资本完成对濛康大药房的控股收购")
    assert "濛山资本" in found and not any(t.startswith("私募") for t in found)


def test_a_person_guessed_at_the_end_of_a_list_of_known_firms_is_a_firm(nlp):
    assert ("柯特濛", "ORG") in ents_of(nlp, "公司主要客户包括晶科能源、天合光能和柯特濛。")


def test_a_down_maker_named_as_a_supplier_is_a_company(nlp):
    assert ("濛源羽绒", "ORG") in ents_of(nlp, "我们的鹅绒主要来自安徽的濛源羽绒,面料用的是日本东丽的。")
    assert ents_of(nlp, "冬季到来,白鸭羽绒价格上涨,优质羽绒供不应求。") == []


def test_a_districts_investment_company_and_its_government_are_organisations(nlp):
    found = ents_of(nlp, "项目由公司与常州市金坛区政府旗下的金坛城投共同出资建设。")
    assert ("常州市金坛区政府", "ORG") in found and ("金坛城投", "ORG") in found


def test_a_holding_group_is_named_whole(nlp):
    found = ents_of(nlp, "公司控股股东为濛城国资旗下的濛城投资控股集团,持股比例为38.5%。")
    assert ("濛城投资控股集团", "ORG") in found
    assert not any(t == "投资控股集团" for t, _ in ents_of(nlp, "他在一家投资控股集团工作。"))


def test_a_credit_line_names_the_person_after_a_latin_title_and_a_space(nlp):
    assert ("邹濛", "PERSON") in ents_of(nlp, "受访者:濛游网络创始人兼CEO 邹濛\n以上内容经受访者确认。")


def test_a_title_launched_some_time_ago_is_a_product(nlp):
    assert ("濛潮", "PRODUCT") in ents_of(nlp, "问:《濛潮》上线半年了,成绩如何?")
    assert ents_of(nlp, "我读了《濛潮》之后很感动。") == []


def test_a_brand_renewing_a_deal_is_named_after_its_kind(nlp):
    assert "濛啤" in names_in(nlp, "球队宣布,与本地啤酒品牌濛啤续签三年冠名赞助合同。")


def test_a_precision_maker_named_as_a_contractor_is_a_company(nlp):
    assert ("濛盛精密", "ORG") in ents_of(nlp, "整机则委托东莞的濛盛精密代工。")
    assert ents_of(nlp, "高精密仪器价格昂贵。") == []


def test_what_a_company_will_run_counted_is_no_name(nlp):
    assert not any("三家" in t for t in names_in(nlp, "濛庭酒店集团与新加坡凯德签约 将在成都管理三家酒店"))


def test_a_licensee_known_to_the_gazetteer_is_an_organisation(nlp):
    assert ("艾伯维", "ORG") in ents_of(nlp, "去年我们把一款早期分子授权给了艾伯维,拿到了3500万美元首付款。")


def test_a_name_before_jian_ren_and_one_after_a_past_employer_are_people(nlp):
    found = ents_of(nlp, "濛银理财董事长由濛城银行副行长傅濛兼任,总经理为此前在招银理财任职的龚濛。")
    assert ("傅濛", "PERSON") in found and ("龚濛", "PERSON") in found


def test_a_brand_before_its_founders_title_and_not_before_a_productss_audience(nlp):
    assert "濛宝" in names_in(nlp, "濛宝品牌创始人 钟濛")
    assert not any("婴儿" in t for t in names_in(nlp, "我们在自检中发现,濛宝婴儿米粉的部分产品铁含量偏低。"))


def test_a_registered_name_keeps_a_rare_first_character_glued_to_the_verb_before(nlp):
    assert "濛味轩餐饮连锁有限公司" in names_in(nlp, "法院对岚记餐饮管理有限公司诉濛味轩餐饮连锁有限公司侵权一案作出判决。")


def test_a_district_after_its_city_a_chefs_signature_and_a_farm_supplier(nlp):
    assert ("前海", "GPE") in ents_of(nlp, "濛运成立于2019年,总部位于深圳前海。")
    assert ("葛濛", "PERSON") in ents_of(nlp, "开业前三天全部菜品8.8折。\n\n—— 主厨 葛濛")
    assert ("濛源农庄", "ORG") in ents_of(nlp, "招牌红烧肉用的是浙江金华的濛源农庄的两头乌猪肉。")


def test_a_list_a_ranked_brand_a_spun_off_unit_and_a_finance_chief(nlp):
    found = names_in(nlp, "据天猫官方发布的双11美妆品牌榜单,国货护肤品牌濛颜以5.3亿元的成交额位列第九。")
    assert "濛颜" in found and "榜单" not in found and not any(t.endswith("品牌濛颜") for t in found)
    assert "濛达冷链" in names_in(nlp, "公司拟分拆控股子公司濛达冷链至香港联交所主板上市。")
    assert ("卓濛", "PERSON") in ents_of(nlp, "濛达集团财务总监卓濛表示,分拆有利于冷链业务独立融资。")


def test_a_founder_named_before_a_chat_and_brands_listed_among_imports(nlp):
    assert ("屈鼙鼙", "PERSON") in ents_of(nlp, "鼙宠是一家国产宠物食品品牌。我们和创始人屈鼙鼙聊了聊。")
    found = names_in(nlp, "进口品牌里鼙原、鼗山还是很强,国产里面鼙川、鼙乐都做得不错。")
    assert {"鼙原", "鼗山", "鼙川", "鼙乐"} <= set(found) and not any(t.startswith("里") for t in found)


def test_a_launch_ranked_first_hours_after_is_no_name(nlp):
    assert not any("小时" in t for t in names_in(nlp, "《鼙川行》于11月20日正式上线,上线3小时即登顶免费榜第一名。"))


def test_a_title_after_a_company_in_a_text_about_a_game_is_a_work(nlp):
    found = ents_of(nlp, "鼙游科技自研的开放世界手游《鼙川行》正式上线。秦鼙此前是网易《鼗水寒》项目的主策划。")
    assert ("鼗水寒", "PRODUCT") in found
    # (…but not in a text that names no work: a report's title after a company stays a title)
    assert not any(t == "鼗水寒" for t, _ in ents_of(nlp, "秦鼙此前是网易《鼗水寒》项目的主策划。"))


def test_a_known_everyday_name_a_list_confirmed_names_its_company_again(nlp):
    found = names_in(nlp, "伊利、光明等乳企也在加码低温奶。鼙牧乳业的市占率排名第三,仅次于光明和新希望。")
    assert found.count("光明") == 2 and "新希望" in found


def test_a_penalised_controller_a_post_listed_after_its_company_and_a_regions_market(nlp):
    assert ("邹鼙", "PERSON") in ents_of(nlp, "对公司董事长、实际控制人邹鼙给予警告,并处以200万元罚款。")
    assert names_in(nlp, "鼙达股份及董事长收罚单:未及时披露关联交易") == ["鼙达股份"]
    found = ents_of(nlp, "司马鼙表示,西南市场的烘焙消费增长很快,但本地品牌分散。")
    assert not any(t.endswith("市场") for t, _ in found) and any(t == "西南" for t, _ in found)


def test_a_brands_franchisee_named_after_it_is_a_person(nlp):
    found = ents_of(nlp, "近日,成都市武侯区人民法院审结一起纠纷案。原告为韂记串串香加盟商王韂,被告为成都韂记餐饮管理有限公司。")
    assert ("王韂", "PERSON") in found and not any("加盟商" in t for t, _ in found)


def test_an_adviser_guessed_into_the_post_it_takes_for_the_company_is_cut_back(nlp):
    # (the model reads 华利安诺基担任公司 as one organisation; the post after the name is no part of it)
    found = names_in(nlp, "髀丰地产表示,华利安诺基担任公司的财务顾问。")
    assert "华利安诺基" in found and not any(t.endswith("担任公司") for t in found)


def test_a_restaurant_opening_a_shop_a_metrics_acronym_and_a_groups_shortest_name(nlp):
    assert ("骣香楼", "ORG") in ents_of(nlp, "姐妹们!杭州人必冲的骣香楼开新店啦。")
    assert names_in(nlp, "今年前三季度,RevPAR(每间可售房收入)为186元。") == []
    assert "骣悦" in names_in(nlp, "骣悦酒店集团成立于2008年。据悉,骣悦目前会员人数超过9000万。")


def test_a_packaging_maker_and_a_site_named_by_its_owners_short_name(nlp):
    assert "骣彩包装" in names_in(nlp, "包材主要用的是国内的骣彩包装。")
    found = names_in(nlp, "总投资120亿元!骣能新能源储能电池基地落户骣州\n\n骣州市人民政府与骣能新能源科技股份有限公司举行签约仪式。")
    assert "骣能新能源" in found and not any(t.endswith("基地") for t in found)


def test_an_everyday_word_a_list_confirmed_is_no_name_on_its_own(nlp):
    found = names_in(nlp, "隔壁新开的外婆家和绿茶餐厅也都在排队。我外婆家在杭州,喝绿茶。")
    assert found.count("外婆家") == 1 and "绿茶" not in found


def test_a_ceo_who_sent_a_letter_a_cofounder_before_together_and_a_quoted_product(nlp):
    found = ents_of(nlp, "以下为鞬学科技创始人兼CEO符鞬发给全体员工的内部信全文。鞬学是我2015年和联合创始人顾鞬一起在北京创办的。")
    assert {("符鞬", "PERSON"), ("顾鞬", "PERSON")} <= set(found)
    assert "鞬泉补给" in names_in(nlp, "鞬泉饮品介绍,品牌旗下电解质水“鞬泉补给”今年前10个月销售额突破18亿元。")


def test_packaging_and_a_shop_in_everyday_phrases_are_no_names(nlp):
    assert names_in(nlp, "造成了许多作品虽经华丽包装但难掩其不足。") == []
    assert names_in(nlp, "一位商铺的老板告诉记者,生意还可以。") == []


def test_peers_of_a_tier_a_tier_itself_and_a_panel_of_experts(nlp):
    found = names_in(nlp, "值得注意的是,龇微科技与兆易创新、中颖电子同属国内车规MCU第二梯队。")
    assert "中颖电子" in found and not any(t.endswith("梯队") for t in found)
    experts = ents_of(nlp, "九、评审专家:柏韘、施韘、翁韘、滕韘、项韘\n\n十、联系人:韘城市城市管理局 杭先生")
    assert {(n, "PERSON") for n in ("柏韘", "施韘", "翁韘", "滕韘", "项韘")} <= set(experts)


def test_a_trader_named_in_latin_and_a_hospital_chains_short_name(nlp):
    assert "Olax" in names_in(nlp, "进口豆大部分来自埃塞俄比亚,通过新加坡的贸易商Olax采购。")
    assert names_in(nlp, "骀康宠物医院创立于2012年,总部位于成都。2024年,骀康实现营收14.5亿元。").count("骀康") == 1


def test_a_companys_party_committee_is_the_company(nlp):
    assert names_in(nlp, "龆台酒业党委书记、董事长邓龆在会上表示。")[0] == "龆台酒业"
    assert "沣龆县委" in names_in(nlp, "沣龆县委书记王立新表示,项目进展顺利。")


def test_a_maker_bought_from_an_eating_verb_and_a_quoted_product_right_after_its_owner(nlp):
    assert ("龁莱特", "ORG") in ents_of(nlp, "光伏玻璃则采购自龁莱特。")
    found = names_in(nlp, "11月30日,有网帖称食用龁味零食旗下“龁香辣条”后出现呕吐症状。")
    assert "龁味零食" in found and "龁香辣条" in found and not any(t.startswith("食用") for t in found)


def test_a_formal_is_after_a_name_and_a_second_supplier_after_its_country(nlp):
    # (周鸝|系|公司总经理: 系 is the filing's "is"; 供应商包括德国A和法国B: B after its country)
    found = ents_of(nlp, "交易对方为自然人周鸝及宁波鸝盈投资合伙企业(有限合伙),周鸝系鸝达精密总经理。")
    assert ("周鸝", "PERSON") in found and not any(t.endswith("系") for t, _ in found)
    found = ents_of(nlp, "鸝颜的原料供应商包括德国巴斯夫和法国鸝比克,产品则由科丝美诗代工生产。")
    assert ("鸝比克", "ORG") in found and ("法国", "GPE") in found


def test_an_aquatic_supplier_and_an_everyday_word_brand_a_livestream_partnered_with(nlp):
    assert ("鸝湖水产", "ORG") in ents_of(nlp, "活鱼主要来自湖北的鸝湖水产,我们签了五年的独家协议。")
    # (交个朋友 the company, confirmed by a partnership with it; the everyday phrase names nothing)
    assert ("交个朋友", "ORG") in ents_of(nlp, "鸝颜今年在抖音与达人交个朋友合作过两场专场直播。")
    assert "交个朋友" not in names_in(nlp, "我们很想和大家交个朋友,以后常来。")


def test_a_guesthouse_by_its_short_name_a_shoe_maker_and_no_name_in_an_ambassadors_title(nlp):
    found = ents_of(nlp, "住了三晚黡隐民宿,真的不想走了。这次住的是洱海边的黡隐,旺季要提前订。最爱黡隐。")
    assert sum(1 for t, _ in found if t in ("黡隐", "黡隐民宿")) == 3
    assert ("黡港制鞋", "ORG") in ents_of(nlp, "鞋面采用东丽的纤维,由越南的黡港制鞋代工。")
    found = names_in(nlp, "黡跑签约中国马拉松纪录保持者何黡,何黡将成为黡跑品牌形象大使。")
    assert "形象大使" not in found and "中国马拉松" not in found


def test_a_date_after_a_name_and_a_hometown_before_it(nlp):
    found = ents_of(nlp, "黡生物由许黡与前恒瑞医药研发副总裁沈黡于2017年在苏州共同创立。")
    assert ("沈黡", "PERSON") in found and not any(t.endswith("于") for t, _ in found)
    assert ("周黡", "PERSON") in ents_of(nlp, "听管家说老板是上海人周黡,之前在万豪做了十几年。")


def test_two_companies_a_suit_joins_and_a_partys_role_are_no_one_name(nlp):
    found = ents_of(nlp, "广州知识产权法院对广州鸇味餐饮管理有限公司诉佛山鸇香食品有限公司商标侵权纠纷一案作出判决。被告成立于2019年。")
    assert ("广州鸇味餐饮管理有限公司", "ORG") in found and ("佛山鸇香食品有限公司", "ORG") in found
    assert not any(t.startswith("诉") or t == "被告" for t, _ in found)


def test_a_nationality_before_a_coachs_name_and_a_club_entered_by_a_brand(nlp):
    found = names_in(nlp, "俱乐部总经理柏鸔透露,新赛季球队的主教练仍由西班牙人洛佩斯担任。")
    assert "西班牙人" not in found and "洛佩斯" in found
    assert "山姆" in names_in(nlp, "鸔鸔气泡茶今年开始进山姆了,线上主要是天猫。")


def test_a_bond_a_company_and_its_holder_a_state_capital_company_and_a_place_near_another(nlp):
    found = ents_of(nlp, '公司"20鷭城01"等三笔境内债券的展期方案已获通过。')
    assert not any(t.startswith("20") for t, _ in found)
    found = names_in(nlp, "为筹集偿债资金,鷭城地产控股股东鷭城集团拟将商场股权转让给鷭城市国有资产投资运营有限公司。")
    assert {"鷭城地产", "鷭城集团", "鷭城市国有资产投资运营有限公司"} <= set(found)
    assert "双子塔附近的柏威年广场" not in names_in(nlp, "鷭茶首店位于双子塔附近的柏威年广场。")


def test_a_streamer_a_headline_quotes_before_her_own_brand_is_a_person(nlp):
    text = '千万粉丝主播"鷭姐"自创护肤品牌一年卖了5亿\n抖音美妆主播"鷭姐"(本名韩鷭)宣布,目前"鷭姐"在抖音拥有粉丝1280万。'
    assert {lab for t, lab in ents_of(nlp, text) if t == "鷭姐"} == {"PERSON"}


def test_latin_makers_after_their_country_and_a_company_after_its_country_and_kind(nlp):
    found = names_in(nlp, "乐园的游乐设备主要采购自意大利的Zamperla和瑞士的B&M。")
    assert {"Zamperla", "B&M"} <= set(found)
    found = names_in(nlp, "乐园获得英国动画公司鷺影娱乐的IP授权。")
    assert "鷺影娱乐" in found and "英国动画公司" not in found


def test_a_companys_region_and_a_sorting_centre_are_no_names(nlp):
    found = names_in(nlp, "唐鶚此前曾在喜茶担任华东区运营负责人。公司今年在郑州新建的自动化分拣中心已投入使用。")
    assert "华东区" not in found and not any(t.endswith("分拣中心") for t in found)


def test_a_maker_the_model_read_as_a_place_and_the_zi_of_where_goods_come_from(nlp):
    found = ents_of(nlp, "公司铝材主要采购自鶨达集团和南山铝业。")
    assert ("鶨达集团", "ORG") in found and ("南山铝业", "ORG") in found


def test_a_headlines_company_before_its_deal_verb_and_a_countrys_plant_before_an_order(nlp):
    found = names_in(nlp, "【鶨达股份拿下宝马匈牙利工厂订单】")
    assert "鶨达股份" in found and not any("拿下" in t or t.endswith(("工厂", "订单")) for t in found)
    assert "上海鶨颜投资管理合伙企业" in names_in(nlp, "公司第一大股东为上海鶨颜投资管理合伙企业,持股55%。")


def test_a_maker_a_job_is_left_to_and_a_latin_retailer_after_its_kind(nlp):
    assert "鶵明合联" in names_in(nlp, "鶵泽生物的生产由鶵明合联负责。")
    assert "Alfamart" in names_in(nlp, "鶵茶的产品还进入了当地连锁便利店Alfamart销售。")


def test_an_oil_maker_is_an_organisation(nlp):
    assert ("鷁原油脂", "ORG") in ents_of(nlp, "牛油主要采购自内蒙古的鷁原油脂。")


def test_a_suffix_the_segmenter_split_and_a_name_glued_to_the_next_word(nlp):
    assert ("鷋光新能", "ORG") in ents_of(nlp, "4. 鷋光新能与宁德时代签约。")
    found = ents_of(nlp, "鷋通银行公告,任命孔鷋为杭州分行行长。孔鷋此前任鷋通银行宁波分行副行长。")
    assert [t for t, label in found if label == "PERSON"] == ["孔鷋", "孔鷋"]


def test_a_brand_before_its_half_year_and_after_its_kind_and_a_level_of_body(nlp):
    found = names_in(nlp, "分品牌看,中端品牌鷓居上半年新开业218家。集团旗下的高端品牌鷓悦则与法国雅高集团合作运营。")
    assert "鷓居" in found and "鷓悦" in found and "鷓悦则" not in found
    assert not any(t.startswith("县级") for t in names_in(nlp, "今年,鷓县还与京东物流合作建设了县级仓储中心。"))


def test_a_unit_under_a_group_that_supplies_and_a_performing_arts_company(nlp):
    assert "鷚代电服" in names_in(nlp, "合作车型的电池由宁德时代旗下的鷚代电服提供。")
    assert "鷚城演艺" in names_in(nlp, "景区内的演艺项目则与鷚城演艺合作打造。")


def test_an_optics_maker_is_an_organisation(nlp):
    assert ("鷛光光学", "ORG") in ents_of(nlp, "镜框由深圳的鷛光光学代工。")


def test_a_person_before_cheng_wei_and_a_product_called_by_name(nlp):
    found = ents_of(nlp, "宣布马拉松运动员赵鷳成为品牌全球代言人。")
    assert ("赵鷳", "PERSON") in found and not any(t == "赵鷳成" for t, _ in found)
    assert "鷴肤" in names_in(nlp, "姐妹们!最近被种草了一个国货防晒叫鷴肤,用了一个月。")


def test_a_countys_produce_and_a_cooperative_by_its_kind_alone_are_no_names(nlp):
    assert "麁阳县猕猴桃" not in names_in(nlp, "麁阳县猕猴桃搭上直播快车。")
    found = names_in(nlp, "合作社理事长王麁告诉记者,合作社成立于2012年。")
    assert "合作社" not in found and "王麁" in found


def test_officers_labelled_on_one_line_and_a_controller_before_wei_gong_si(nlp):
    text = "董事长:冯麄 总经理:冯小麄 董事会秘书:沈麄\n截至报告期末,公司控股股东为麄运控股集团有限公司;冯麄为公司实际控制人。"
    found = ents_of(nlp, text)
    assert [t for t, label in found if label == "PERSON"] == ["冯麄", "冯小麄", "沈麄", "冯麄"]
    assert not any(t.endswith("为公司") for t, _ in found)


def test_known_brands_listed_with_commas_before_what_calls_them_brands_and_a_named_plant(nlp):
    found = names_in(nlp, "你们怎么跟皇家,渴望这些进口品牌竞争?")
    assert "皇家" in found and "渴望" in found
    assert "麅丰工厂" in names_in(nlp, "我们的主粮是在山东聊城的麅丰工厂代工的。")


def test_an_apps_monthly_users_after_its_name_are_no_name(nlp):
    found = names_in(nlp, "麍聘App月活跃用户约为850万,主要竞争对手为BOSS直聘。")
    assert "麍聘" in found and "月活跃" not in found


def test_an_agency_a_streamer_signed_to_in_a_place(nlp):
    assert "黋星文化" in names_in(nlp, '小黋同学签约于杭州的黋星文化,这家MCN机构旗下还有主播"黋姐说茶"等。')


def test_a_seller_named_after_its_role_and_a_platform_under_a_group(nlp):
    found = names_in(nlp, "卖方为黚麦坊创始人罗黚及其妻子。")
    assert "黚麦坊" in found and not any(t.startswith("卖方") for t in found)
    assert "新能源平台" not in names_in(nlp, "黚风新能源成立于2010年,是国家电投旗下的新能源平台。截至今年9月底,公司装机1280万千瓦。")


def test_a_known_everyday_word_brand_listed_with_a_comma_after_a_known_name(nlp):
    assert "飞猪" in names_in(nlp, "房价每晚1280元起,可在携程,飞猪预订。")


def test_a_known_name_after_a_word_its_first_character_ends_a_place_with(nlp):
    # (面临|海底捞 holds 临海, a city, starting inside a word: the name that starts the next word is found)
    assert ("海底捞", "ORG") in ents_of(nlp, "龝记仍面临海底捞的激烈竞争。")
    # (a name the segmenter split is still found inside its words: 传|谷|歌)
    assert "谷歌" in names_in(nlp, "传谷歌欲收购该公司。")


def test_a_titled_person_before_a_former_post(nlp):
    assert ("龞鼾", "PERSON") in ents_of(nlp, "公司CEO龞鼾此前是特来电的运营副总裁。")


def test_a_lawyer_and_a_legal_representative_named_before_what_they_say(nlp):
    found = ents_of(nlp, "原告代理律师,浙江鵉鵀律师事务所的何鵂律师表示,判赔金额较高。鵇鵈公司法定代表人黄鵃当庭表示将上诉。")
    assert ("何鵂", "PERSON") in found and ("黄鵃", "PERSON") in found


def test_quoted_names_after_a_bracket_and_under_which_a_business_trades(nlp):
    found = ents_of(nlp, '原告杭州鵅鵆餐饮管理有限公司(下称"鵅鵆公司")是茶饮品牌"鵅鵆茶"的运营方。'
                         '被告自2021年起以"鵅鵆好茶"名义开设加盟店86家。')
    # (an ASCII quote closing the alias is no opening one: ")是茶饮品牌" names nothing)
    assert not any(t.startswith(")") for t, _ in found)
    assert "鵅鵆好茶" in [t for t, _ in found]


def test_a_markdown_transcripts_bold_labels_name_the_speakers(nlp):
    text = "**周鵀:** 欢迎收听。\n\n**林鵁:** 你好。\n\n**周鵀:** 开了多少家店?\n\n**林鵁:** 2860家。"
    from extractor.clean import clean_text
    assert {"周鵀", "林鵁"} <= set(names_in(nlp, clean_text(text).text))
    # (…and a plain transcript's labels with a space after the colon)
    assert {"周鵀", "林鵁"} <= set(names_in(nlp, text.replace("**", "")))


def test_a_sauce_makers_name_without_its_trade_is_its_short_form(nlp):
    # (linked to the full name's key, as resolution reads it)
    found = ents(nlp, "我们和鵃鵄酱园推出了联名辣酱。最后选了鵃鵄,因为他们做辣酱已经30多年了。")
    assert ("鵃鵄", "ORG", "~鵃鵄酱园") in found


def test_companies_listed_with_half_width_commas_before_a_kind(nlp):
    found = ents_of(nlp, "今年以来,授权交易持续升温,鵊鵛博泰,鵋鵛天恒等企业均与海外药企达成了合作。")
    assert ("鵊鵛博泰", "ORG") in found and ("鵋鵛天恒", "ORG") in found
    # (a clause's first words after a comma are no item: 受关税和人力成本影响,A、B等企业)
    assert "受关税" not in names_in(nlp, "业内人士指出,受关税和人力成本影响,申洲国际、华利集团等企业也在转移产能。")


def test_a_place_and_a_kind_of_brand_before_a_chains_name_are_no_part_of_it(nlp):
    found = names_in(nlp, "记者获悉,湖南连锁超市品牌鵍鵛超市在西南地区的首家会员店将开业。")
    assert "鵍鵛超市" in found and not any(n.endswith("品牌鵍鵛超市") for n in found)


def test_a_farm_supplying_fresh_food_and_an_agency_after_its_kind(nlp):
    assert "鵐鵛农业" in names_in(nlp, "会员店的生鲜主要由鵐鵛农业直供。")
    assert ("鵞鵛文化", "ORG") in ents_of(nlp, "鵖鵛签约于杭州的MCN机构鵞鵛文化,今年已开播180场。")


def test_a_marketplaces_site_is_no_place(nlp):
    found = ents_of(nlp, "公司在德国和法国的亚马逊站点销量均进入品类前五。")
    assert not any(t.startswith("亚马逊站") for t, _ in found)


def test_a_fund_manager_a_report_and_a_brand_owner_replying(nlp):
    found = ents_of(nlp, "鵳鵻基金10月25日披露旗下基金三季报。其中,由明星基金经理陶鵻管理的鵳鵻成长精选混合基金规模为186亿元。")
    assert ("陶鵻", "PERSON") in found and not any("三季报" in t for t, _ in found)
    assert names_in(nlp, "数十名加盟商聚集鵩鵻茶饮总部维权 品牌方回应称将成立专项小组") == ["鵩鵻茶饮"]


def test_a_franchisee_after_investor_and_a_branch_named_by_district(nlp):
    found = ents_of(nlp, "据了解,鶅鶣西安曲江店由当地投资人鶎鶢投资管理有限公司加盟经营,客房数为168间。")
    assert ("鶎鶢投资管理有限公司", "ORG") in found and not any(t.endswith("店") for t, _ in found)


def test_a_fashion_firm_named_with_its_trade(nlp):
    assert ("鰯鰸时尚", "ORG") in ents_of(nlp, "门店将由其与本土公司鰯鰸时尚成立的合资公司运营。")


def test_a_model_after_a_vehicle_kind_and_brands_listed_with_a_comma_before_these(nlp):
    found = ents_of(nlp, "鰁鰿汽车宣布旗下主力SUV车型鰁鰿X7全系降价2万元。")
    assert not any(t.startswith("车型") for t, _ in found)
    assert {"鰍鰿永", "鰊鰿面"} <= set(names_in(nlp, "记者:怎么看待和鰍鰿永,鰊鰿面这些品牌的竞争?"))



def test_what_a_brand_features_is_no_name_and_latin_brands_a_company_has(nlp):
    # the segmenter cuts a new brand's name mid-word (蟶蟷茶|饮主|打鲜|奶茶): 主打 and what follows it name nothing
    found = ents_of(nlp, "在产品端,蠓蠔茶饮主打鲜奶茶,奶源由本地牧场供应。")
    assert not any("主打" in t for t, _ in found)
    found = ents_of(nlp, "蠐蠑科技成立于2014年,旗下拥有Campvolt和NorthPeak两个品牌。")
    assert {"Campvolt", "NorthPeak"} <= {t for t, _ in found}


def test_a_listing_verb_a_region_and_a_kind_of_robot_are_no_part_of_a_name(nlp):
    found = ents_of(nlp, "线下我们今年开始进宠物医院和宠物店,合作的有瑞派宠物医院等连锁机构。")
    assert ("瑞派宠物医院", "ORG") in found and not any(t.startswith("有") for t, _ in found)
    found = ents_of(nlp, "公开资料显示,龚踃此前在万物云任职超过12年,曾担任万物云华南区域总经理。")
    assert not any(t.endswith("区域") for t, _ in found)
    found = ents_of(nlp, "其自主研发的腔镜手术机器人获得注册证,这是又一款获批上市的国产腔镜手术机器人。")
    assert not any("机器人" in t for t, _ in found)


def test_places_glued_to_the_year_of_a_yearly_output_are_no_company(nlp):
    # (用于湖南常德|年|处理: the segmenter reads 常德年 as one word and the model the places and 年 as a name)
    found = ents_of(nlp, "公司拟募资12亿元,用于湖南常德年处理10万吨废旧锂电池项目。")
    assert not any(t.endswith("年") for t, _ in found)


def test_a_maker_named_after_what_it_is_a_trading_firm_and_a_known_brand_that_is_an_everyday_word(nlp):
    found = ents_of(nlp, "烘焙是交给昆山的一家代工厂做,叫蠎蠏工场。")
    assert ("蠎蠏工场", "ORG") in found
    assert ("踧蠏贸易", "ORG") in ents_of(nlp, "Valmora在中国市场由踧蠏贸易运营,后者为其独家代理商。")
    assert "好奇" in {t for t, _ in ents_of(nlp, "与帮宝适、好奇等国际品牌相比,踙蠏母婴的价格低约三成。")}
    assert not any(t == "好奇" for t, _ in ents_of(nlp, "不少消费者对这款新品很好奇。"))


def test_a_verb_of_checking_before_a_trading_firm_is_no_part_of_its_name(nlp):
    found = ents_of(nlp, "深交所要求公司核实踧蠊贸易与公司控股股东是否存在关联关系。")
    assert ("踧蠊贸易", "ORG") in found and not any(t.startswith("核实") for t, _ in found)


def test_rivals_listed_before_a_kind_of_giant_and_a_product_launched_in_quotes(nlp):
    found = ents_of(nlp, "在特种胺领域,公司与巴斯夫、蹅蹆斯等国际巨头展开竞争。")
    assert "蹅蹆斯" in {t for t, _ in found} and not any("巨头" in t for t, _ in found)
    found = ents_of(nlp, "公司与支付宝合作推出的百万医疗险\"蹔蹕安心保\"正式上线。")
    assert "蹔蹕安心保" in {t for t, _ in found}


def test_a_fruit_company_is_named_by_its_trade(nlp):
    found = ents_of(nlp, "县内龙头企业蹠蹢果业是当地最大的猕猴桃收购和加工企业。")
    assert ("蹠蹢果业", "ORG") in found


def test_a_holder_under_a_group_before_its_stake_and_a_market_called_a_sea(nlp):
    found = ents_of(nlp, "董事长李魀直接持有公司38%的股份。魊魋集团旗下魌魐星持股5.2%。")
    assert ("魌魐星", "ORG") in found
    found = ents_of(nlp, "问:很多人说咖啡行业已经是红海,你怎么看?")
    assert not any("海" in t for t, _ in found)


def test_an_official_listed_before_another_guest(nlp):
    found = ents_of(nlp, "魙魛区委书记黄魀、魊魋环保董事长孙魁出席签约仪式。")
    assert ("黄魀", "PERSON") in found


def test_a_sponsored_piece_after_brand_is_no_name_and_a_carrier_named_with_its_latin_mark(nlp):
    assert not any("供稿" in t for t, _ in ents_of(nlp, "魀魁护肤今天上新。*本文为品牌供稿,不构成消费建议。"))
    assert "J&T极兔速递" in {t for t, _ in ents_of(nlp, "公司的尾程配送则主要交给J&T极兔速递。")}


def test_a_makers_role_a_handmade_drink_and_a_car_maker_listed_before_known_ones(nlp):
    found = ents_of(nlp, "部分冻干产品交给了代工厂魀魁股份生产。")
    assert ("魀魁股份", "ORG") in found and not any(t.startswith("代工厂") for t, _ in found)
    assert not any("奶茶" in t for t, _ in ents_of(nlp, "魀魁茶饮是新中式茶饮品牌,主打鲜果茶和手作奶茶。"))
    assert ("长安", "ORG") in ents_of(nlp, "这是继长安、吉利、奇瑞之后,魀魁能源签下的又一家换电合作伙伴。")


def test_a_registered_name_the_model_missed_a_sovereign_fund_by_region_and_a_quoted_cobrand_drink(nlp):
    found = ents_of(nlp, "12月4日晚,魀魁新材(688xxx.SH)发布公告称,公司全资子公司湖南魀魁锂电材料有限公司与比亚迪签订了采购协议。")
    assert ("湖南魀魁锂电材料有限公司", "ORG") in found
    assert not any("主权基金" in t for t, _ in ents_of(nlp, "今年7月完成了由中东主权基金领投的3亿美元C轮融资。"))
    found = ents_of(nlp, "双方推出的联名款\"魊魋拿铁\"将于12月10日起在部分航线供应。")
    assert "魊魋拿铁" in {t for t, _ in found}


def test_personal_care_brands_a_data_agency_a_regional_chain_and_the_kind_of_brand(nlp):
    found = ents_of(nlp, "在沐浴露类目,舒肤佳、六神和多芬位列前三。")
    assert [(t, label) for t, label in found] == [("舒肤佳", "ORG"), ("六神", "ORG"), ("多芬", "ORG")]
    # (a data agency named in everyday words, after its kind: 天眼数据 is no word the dictionary calls a name)
    assert "天眼数据" in {t for t, _ in ents_of(nlp, "据研究机构天眼数据统计,今年销量大增。")}
    assert ("魀魁超市", "ORG") in ents_of(nlp, "12月4日,区域连锁超市魀魁超市宣布进军西安。")
    assert not any(t == "洗护" for t, _ in ents_of(nlp, "魀魁是广州魊魋日化有限公司旗下的洗护品牌,主打无硅油洗发水。"))


def test_a_place_and_the_sites_to_open_there_are_the_place(nlp):
    found = ents_of(nlp, "创始人兼CEO邓魀表示,明年计划在重庆、昆明新开医院30家。")
    assert ("昆明", "GPE") in found and not any("医院" in t for t, _ in found)


def test_a_truck_maker_of_a_group_a_heavy_truck_order_and_a_factory_opening_in_a_province_and_city(nlp):
    found = ents_of(nlp, "公司的重卡车辆由一汽解放定制生产。这是国内最大的一笔无人驾驶重卡商业订单。")
    assert "一汽解放" in {t for t, _ in found} and not any("重卡" in t for t, _ in found)
    found = ents_of(nlp, "魀魁饮品在江西上饶开建新工厂 年产能50万吨")
    assert not any("工厂" in t for t, _ in found)


def test_a_kind_of_outlet_ending_a_list_is_no_name_and_a_post_verb_is_cut_off_a_person(nlp):
    found = ents(nlp, "剩下的是京东和线下宠物店。")
    assert [t for t, _, _ in found] == ["京东"]
    assert _trimmed("公司创始人李巔转任董事长。", 5, 8, label="PERSON") == [("李巔", "PERSON")]


def test_a_holder_after_a_holding_in_shares_and_a_meat_supplier_by_its_trade(nlp):
    # (…持有公司62%的股份,X投资持股8.5%: the next holder; 从内蒙古的X肉业采购: a meat company)
    found = ents(nlp, "股权结构方面,创始人兼董事长赵巹通过家族信托持有公司62%的股份,巸巹投资持股8.5%。")
    assert ("巸巹投资", "ORG", "") in found
    found = ents(nlp, "牛羊肉则主要从内蒙古的巺巻肉业采购。")
    assert ("巺巻肉业", "ORG", "") in found


def test_a_carmaker_before_its_deliveries_a_holding_firm_after_you_and_a_founders_family(nlp):
    # (另外,X11月交付2.9万辆: a maker; 其余股份由X投资持有: 投资 ends the name; 创始人X家族: the person)
    assert ("巺巻", "ORG", "") in ents(nlp, "另外,巺巻11月交付2.9万辆,理想汽车交付4.8万辆。")
    assert not [t for t, _, _ in ents(nlp, "轿车巺巻S5交付6800辆;巺巻S7车型交付1万辆。") if "车" in t]  # (a kind, no name)
    assert ("巼巽投资", "ORG", "") in ents(nlp, "创始人持股78%;其余股份由巼巽投资持有。")
    assert ("黄巿", "PERSON", "") in ents(nlp, "原控股股东为超市创始人黄巿家族,持股78%。")
    assert _trimmed("是前星巴克区域经理宋巸开的店。", 9, 12, label="PERSON") == [("宋巸", "PERSON")]


def test_a_trades_kind_after_a_place_a_post_after_a_company_and_a_kind_of_coffee_are_no_part_of_names(nlp):
    # (新疆乳企|幎幏乳业, 幎幏中国|CEO|刘幐, 中国现磨咖啡|品牌: no name; 由深圳的幑幒精密代工: a contract maker)
    found = ents(nlp, "12月4日,新疆乳企幎幏乳业与永辉超市签署战略合作协议。")
    assert ("幎幏乳业", "ORG", "") in found and not [t for t, _, _ in found if "乳企" in t]
    assert not [t for t, _, _ in ents(nlp, "星巴克中国CEO刘文娟近日表示,将继续开店。") if t.endswith("CEO")]
    assert not [t for t, _, _ in ents(nlp, "2024年中国现磨咖啡品牌门店数TOP5出炉 瑞幸稳居第一") if "现磨" in t]
    assert ("幑幒精密", "ORG", "") in ents(nlp, "公司的产品由深圳的幑幒精密代工,激光雷达则采购自速腾聚创。")


def test_a_transliterated_name_with_its_latin_form_after_a_role_word(nlp):
    # (签约NBA球星杰伦·布朗(Jaylen Brown): the person, not the role word)
    found = ents(nlp, "品牌宣布签约NBA球星杰伦·布朗(Jaylen Brown)为全球代言人。")
    assert [t for t, label, _ in found if label == "PERSON" and not t.isascii()] == ["杰伦·布朗"]


def test_goods_made_for_brands_a_departures_cause_and_a_signed_role_are_cut_off_names(nlp):
    # (为多个宠物品牌代工猫粮和狗粮: what a maker makes for brands, no brand of theirs; 邹X|因到龄退休, 何X|作为代言人:
    # the word after a two-character name, not its last character)
    found = ents(nlp, "彵彶食品主要为多个宠物品牌代工猫粮和狗粮,年产能约15万吨。")
    assert not any("粮" in t for t, _, _ in found)
    assert _trimmed("原董事长邹彸因到龄退休,不再担任董事长。", 4, 7, label="PERSON") == [("邹彸", "PERSON")]
    assert ("何彺", "PERSON", "") in ents(nlp, "彵彶体育签约了马拉松运动员何彺作为品牌代言人。")


def test_a_fabless_kind_is_no_name_and_a_streamers_quoted_nickname_stays_a_person(nlp):
    # (无晶圆厂芯片设计公司: fabless, a kind of company; 主播"X"(本名Y) … X所在的MCN机构 … X目前在抖音: the streamer,
    # though a quoted name written plainly twice more is mostly a brand)
    assert not any("晶圆" in t for t, _, _ in ents(nlp, "彽徸微电子是一家无晶圆厂芯片设计公司,芯片主要由台积电代工。"))
    found = ents(nlp, '直播战报:"彾彿"单场卖出1.2亿\n\n12月12日晚,抖音主播"彾彿"(本名赵彺)开启专场直播。'
                      '据了解,零食品牌彽徸食品是彾彿所在的MCN机构徸徹传媒的长期合作品牌。彾彿目前在抖音拥有粉丝4600万。')
    assert {label for t, label, _ in found if t == "彾彿"} == {"PERSON"}


def test_a_generic_resort_a_name_glued_to_its_latin_form_and_an_insurers_short_name(nlp):
    # (打造雪山度假区: a kind of resort, though the text names the project 彽彾雪山度假区; 安克Anker: one mention of one
    # company; 彽彾财产保险股份有限公司 … 彽彾保险: the insurer's short name)
    found = ents(nlp, "彽彾文旅与丽江市政府签约 投资45亿元打造雪山度假区\n\n双方将合作建设彽彾雪山度假区项目,总投资约45亿元。")
    assert "雪山度假区" not in {t for t, _, _ in found}
    assert ("安克Anker", "ORG", "anker") in ents(nlp, "马彺:安克Anker和我们都在做储能电源。")
    found = ents(nlp, "徺徻财产保险股份有限公司董事会聘任邓彺为公司首席风险官。徺徻保险去年原保险保费收入为86亿元。")
    assert "徺徻保险" in {t for t, label, _ in found if label == "ORG"}


def test_a_supplier_owed_a_city_s_state_capital_officers_spaced_from_posts_and_a_brand_passed_in_a_ranking(nlp):
    # (座椅供应商X被欠款: the supplier; 获得芜湖市国资和Y资本…的融资: the city's state capital invests; 行长 X in a
    # list of receptionists; 创始人叫X; 国货精华"X": a brand; 超过荣耀进入前六: the phone maker, not glory)
    assert ("怇怈座椅", "ORG", "") in ents(nlp, "怃怄汽车拖欠的货款超过3亿元,其中座椅供应商怇怈座椅被欠款约4500万元。")
    assert "芜湖市国资" in {t for t, _, _ in ents(nlp, "公司曾在2022年获得芜湖市国资和怉怊资本共计15亿元的B轮融资。")}
    people = {t for t, label, _ in ents(nlp, "上市公司接待人员:董事长 钟怋、行长 郭怍、董事会秘书 叶怐\n") if label == "PERSON"}
    assert people == {"钟怋", "郭怍", "叶怐"}
    assert ("许怓", "PERSON", "") in ents(nlp, "✅品牌方是杭州怃怄生物科技有限公司,创始人叫许怓,之前做过产品经理")
    assert "怗怘" in {t for t, _, _ in ents(nlp, '扒一扒国货精华"怗怘"的代工厂 原来是它!!')}
    assert ("荣耀", "ORG", "honor") in ents(nlp, "新兴品牌怙怚当月销量达到142万台,首次超过荣耀进入前六。")


def test_a_nominee_taking_a_post_and_the_city_of_a_shops_quarter(nlp):
    # (总经理由Y推荐的X出任: the nominee; 在重庆解放碑|开了第一家店: the city of the quarter a shop opened in, no company)
    assert ("邵怶", "PERSON", "") in ents(nlp, "合资公司董事长由怤怦汽车副总裁鲁怰担任,总经理由怩怫新能源推荐的邵怶出任。")
    assert _trimmed("我们2015年在重庆解放碑开了第一家店。", 8, 13) == [("重庆", "GPE")]


def test_a_latin_maker_before_its_supply_a_companys_unit_before_its_head_and_a_suits_verb(nlp):
    # (巴西的Fazenda Alta供应: the maker; X电商负责人Y: the company, not its e-commerce arm; X诉Y科技: the defendant
    # alone, the verb glued onto its first character no part of it)
    assert ("Fazenda Alta", "ORG", "") in ents(nlp, "咖啡豆主要由云南的恱恲庄园和巴西的Fazenda Alta供应。")
    assert "恴恵家居" in {t for t, _, _ in ents(nlp, "恴恵家居电商负责人周恷介绍,品牌早期主要依靠达人带货。")}
    found = {t for t, _, _ in ents(nlp, "恹恺银行诉恻恽科技借款合同纠纷案一审判决 担保人承担连带责任")}
    assert "恻恽科技" in found and not any("诉" in t for t in found)


def test_a_kind_of_fund_a_holders_manner_and_a_region_running_hospitals_are_no_names(nlp):
    # (旗下并购基金: a kind of fund; 并以个人身份持有公司10%: how the person holds it; 在西南地区|运营宠物医院86家:
    # what a company runs; 《X》上线第7天: a game; X电源: a maker of batteries)
    found = {t for t, _, _ in ents(nlp, "悒悓资本12月3日宣布,旗下并购基金已完成对宠物医院连锁品牌悕悗宠物医疗的全资收购。")}
    assert "并购基金" not in found
    found = {t for t, _, _ in ents(nlp, "交易完成后,悕悗宠物医疗创始人兼CEO刘悘将继续留任,并以个人身份持有公司10%的股份。")}
    assert not any("身份" in t for t in found)
    assert _trimmed("目前在西南地区运营宠物医院86家。", 3, 13) == []
    assert "悐悑" in {t for t, _, _ in ents(nlp, "《悐悑》上线第7天,全球流水破3亿元,谢谢每一位玩家!!")}
    assert ("悹悺电源", "ORG", "") in ents(nlp, "悀悁科技的锂电池主要由悹悺电源和天能股份供应。")


def test_the_company_appointing_an_officer_is_no_name_before_the_post(nlp):
    # (公司已委任财务副总裁X为代理首席财务官: the company appoints, 公司已委任 names nothing)
    found = {t for t, _, _ in ents(nlp, "首席财务官宋惖因个人原因辞任。公司已委任财务副总裁马惗为代理首席财务官。")}
    assert not any("委任" in t for t in found) and "马惗" in found


def test_a_glass_maker_by_its_trade(nlp):
    # (包装瓶主要由四川的X玻璃供应: a glass maker)
    assert ("愨愩玻璃", "ORG", "") in ents(nlp, "愪愬酒业的包装瓶主要由四川的愨愩玻璃供应。")


def test_makers_by_cable_and_dental_trades_a_served_employer_and_a_data_agency(nlp):
    # (常州本地的X电缆供应, 收购了宁波的X齿科和南京的Y口腔: makers and clinics by their trade; 曾任职于许继电气: the
    # employer after the verb, a name of everyday characters; 第三方机构X数据估算: the agency, not a source's data)
    assert ("懀懁电缆", "ORG", "") in ents(nlp, "充电枪线则由常州本地的懀懁电缆供应。")
    found = {t for t, _, _ in ents(nlp, "公司此前已先后收购了宁波的懐懑齿科和南京的懓懔口腔。")}
    assert {"懐懑齿科", "懓懔口腔"} <= found
    assert "许继电气" in {t for t, _, _ in ents(nlp, "总经理吴懅曾任职于许继电气。")}
    assert ("懆懇数据", "ORG", "") in ents(nlp, "据第三方机构懆懇数据估算,该游戏首周流水约1.2亿元。")
    assert not any(t.endswith("数据") for t, _, _ in ents(nlp, "据国家邮政局数据,11月11日当天全国快递企业共揽收包裹7.77亿件。"))


def test_a_cofounder_named_before_together_and_a_founder_who_was_a_regional_manager(nlp):
    # (我和前同事X一起在上海创办了Y: 一起 before the place; 创始人为前星巴克区域经理X)
    assert ("孙懈", "PERSON", "") in ents(nlp, "2021年我和前同事孙懈一起在上海创办了懊懌。")
    assert ("林懍", "PERSON", "") in ents(nlp, "懎懏咖啡创立于2019年,创始人为前星巴克区域经理林懍。")


def test_a_countrys_kind_of_goods_before_a_brand_and_a_city_after_its_country_where_a_company_was_founded():
    # (瑞典燕麦奶品牌Oatfield: the country and a kind of goods describe the brand; 创立于瑞典马尔默: the city, though
    # the model reads 马 as a family name)
    assert _trimmed("瑞典燕麦奶品牌Oatfield宣布进入中国。", 0, 5) == [("瑞典", "GPE")]
    text = "Oatfield于1994年创立于瑞典马尔默。"
    start = text.index("马尔默")
    assert _trimmed(text, start, start + 3, label="PERSON") == [("马尔默", "GPE")]
    assert _trimmed("董事长马尔默表示,公司将继续扩张。", 3, 6, label="PERSON") == [("马尔默", "PERSON")]


def test_an_animal_hospitals_and_a_dental_chains_short_names():
    # (X动物医院 … X目前在北京拥有45家医院: the name it goes by drops the whole kind, not only 医院)
    from extractor.rulers import short_name

    assert short_name("懖懗动物医院") == "懖懗" and short_name("懘懙口腔") == "懘懙"


def test_a_plan_after_a_brand_word_a_persons_manner_of_investing_and_a_sports_event_are_no_names(nlp):
    # (品牌计划新签约150家: a plan, no brand; 投资人钱扪以加盟方式投资: the person ends before 以; 赞助了斯诺克大师赛: a sport)
    found = {t for t, _, _ in ents(nlp, "明年扡扢品牌计划新签约150家门店,重点布局西北和西南市场。")}
    assert not any(t.startswith("计划") for t in found)
    assert ("钱扪", "PERSON", "") in ents(nlp, "该门店由当地投资人钱扪以加盟方式投资,委托扟扠酒店集团管理。")
    assert _trimmed("此前公司已赞助了斯诺克大师赛。", 8, 11, label="PERSON") == []


def test_an_ir_records_officers_a_brand_after_a_notes_label_and_a_latin_maker_after_its_country(nlp):
    # (证券事务代表钱挐: a post; 💡品牌背景:X是…的国货护肤品牌: the brand after a note's label; 法国的Givaudan: a maker;
    # 宁波的X磁业: a maker by its trade)
    assert ("钱挐", "PERSON", "") in ents(nlp, "上市公司接待人员:董事会秘书兼财务总监唐挏、证券事务代表钱挐")
    assert "挀挃" in {t for t, _, _ in ents(nlp, "💡品牌背景:挀挃是2020年在杭州成立的国货护肤品牌,创始人叫林挄。")}
    assert ("Givaudan", "ORG", "") in ents(nlp, "玻色因则用的是法国的Givaudan。")
    assert ("挒挓磁业", "ORG", "") in ents(nlp, "公司电机所需的磁材主要向宁波的挒挓磁业采购。")


def test_an_appointee_before_the_post_and_a_city_of_a_country_with_a_plant():
    # (聘任…郭挣|为公司总经理: the appointee ends before 为; 在墨西哥蒙特雷的工厂: the country and its city)
    text = "聘任原伊利集团液态奶事业部副总经理郭挣为公司总经理。"
    start = text.index("郭挣")
    assert _trimmed(text, start, start + 3, label="PERSON") == [("郭挣", "PERSON")]
    text = "公司在墨西哥蒙特雷的工厂已于10月投产。"
    assert _trimmed(text, 3, 9) == [("墨西哥", "GPE"), ("蒙特雷", "GPE")]


def test_a_placeholder_number_a_verb_glued_onto_a_known_company_a_coded_drug_and_a_founders_degrees(nlp):
    # (加盟热线:400-XXX-XXXX(本广告长期有效): a placeholder, no name; 对|标特斯拉: the known company, no person;
    # 降脂药X-101: a drug; 创始人兼CEO王掜本科和博士均毕业于…: the person ends before 本科)
    assert not any("XXX" in t for t, _, _ in ents(nlp, "加盟热线:400-XXX-XXXX(本广告长期有效)"))
    found = ents(nlp, "捅捇L7的起售价仅为15.98万元,直接对标特斯拉Model Y和小米YU7。")
    assert "特斯拉" in {t for t, _, _ in found} and not any(t.endswith("特斯拉") and t != "特斯拉" for t, _, _ in found)
    assert "掑掓-101" in {t for t, _, _ in ents(nlp, "公司将其自主研发的口服小分子降脂药掑掓-101授予诺华。")}
    assert ("王掜", "PERSON", "") in ents(nlp, "公司创始人兼CEO王掜本科和博士均毕业于浙江大学,此前曾在阿里巴巴达摩院担任研究员。")


def test_a_sentence_particle_after_a_person_is_no_part_of_the_name():
    # (之前的代言人是孙搑吧: the particle closing a guess)
    text = "揋揌不是揓揔集团旗下的吗?之前的代言人是孙搑吧"
    start = text.index("孙搑")
    assert _trimmed(text, start, start + 3, label="PERSON") == [("孙搑", "PERSON")]
