from __future__ import annotations

import pytest

from extractor.gazetteer import Gazetteer, GazetteerEntry, normalise_name
from extractor.io import document_from_text
from extractor.records import Analysis, Mention
from extractor import resolve
from extractor.errors import ConfigError
from extractor.resolve import merge_score, mint_id, resolve_entities


def analysis_of(text: str, names: list[tuple[str, str]], source: str = "t.txt") -> Analysis:
    """An analysis whose mentions are every occurrence of each (name, label) in `text`."""
    doc = document_from_text(text, source)
    mentions = []
    for name, label in names:
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, label, norm=normalise_name(name)))
            start = text.find(name, start + len(name))
    return Analysis(doc, mentions=sorted(mentions, key=lambda m: m.start))


def tiny_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    for entry in [GazetteerEntry("star-river", "ORG", "星河科技", "Xinghe Tech", ("星河",)),
                  GazetteerEntry("li-ming", "PERSON", "黎明", "Li Ming")]:
        gaz.entries[entry.id] = entry
        for n in entry.names:
            gaz.by_name[normalise_name(n)] = entry.id
    return gaz


@pytest.mark.parametrize("a, b, family, merged, reason", [
    ("青木堂", "清木堂", "ORG", True, "same pinyin"),
    ("青木堂", "青木的堂", "ORG", True, "filler dropped"),
    ("青木堂", "青木堂公司", "ORG", True, "generic suffix"),
    ("青木堂", "青木堂国际集团", "ORG", True, "generic suffix"),
    ("青木堂", "青木堂日用品", "ORG", True, "generic suffix"),
    ("青木堂", "青木堂控股有限公司", "ORG", True, "generic suffix"),
    ("青木堂", "青木堂酒", "ORG", True, "containment"),
    ("青木堂", "红木堂", "ORG", False, ""),
    ("王芳", "王方", "PERSON", True, "same pinyin"),
    ("张伟", "张伟强", "PERSON", False, ""),  # a person's name with a character more is another person
    ("甜趣食品", "杭州甜趣食品", "ORG", True, "place before the name"),
    ("甜趣食品", "杭州市甜趣食品", "ORG", True, "place before the name"),
    ("甜趣食品", "香甜趣食品", "ORG", False, ""),  # not a place
    ("海购通", "跨境电商平台海购通", "ORG", True, "description before the name"),
    ("北辰新材", "北辰新材料股份有限公司", "ORG", True, "containment"),  # shortened by a character more
    ("海购通", "新海购通", "ORG", False, ""),  # one character before it is no description
    ("甜趣电器", "杭州甜趣电器有限公司", "ORG", True, "place before the name"),  # with the registered tail
    ("岚鲸", "岚鲸俱乐部", "ORG", True, "generic suffix"),
    ("琨云", "琨云智能集团", "ORG", True, "generic suffix"),  # a cloud and its group: 智能 and 集团 both go
    ("芮汐", "芮汐美妆", "ORG", True, "generic suffix"),  # a beauty brand written with its trade
    ("濛澜", "濛澜日化", "ORG", True, "generic suffix"),  # a daily-chemicals maker without its trade
    ("Lumira", "Lumira AS", "ORG", True, "generic suffix"),  # a Norwegian company's legal form
    ("凌汐", "凌汐汽车", "ORG", True, "generic suffix"),  # a carmaker without its trade
    ("谷汐Q7", "谷汐汽车", "ORG", True, "model of the maker"),  # a model under its maker's short name
    ("谷汐Q7", "澈汐汽车", "ORG", False, ""),
    ("Nordvik", "Nordvik Group", "ORG", True, "generic suffix"),  # a Latin name and its group
    ("钰岚物业", "钰岚物业服务有限公司", "ORG", True, "registered name"),  # a line of service before the legal form
    ("Halvard", "Halvard Holdings", "ORG", True, "generic suffix"),
    # a registered name: place, name, line of trade, legal form
    ("星瞳", "杭州星瞳数字技术股份有限公司", "ORG", True, "registered name"),
    ("星瞳", "星瞳技术有限公司", "ORG", True, "registered name"),
    ("星瞳", "杭州星瞳影像股份有限公司", "ORG", False, ""),  # 影像 is no line of trade the list knows
    ("星瞳", "杭州星瞳数字技术研究院", "ORG", False, ""),  # no legal form
    ("瓴岚科技", "杭州瓴岚科技有限公司", "ORG", True, "registered name"),  # the trade is part of the short name
    ("清华大学", "清华大学物理系", "ORG", True, "department of the university"),
    ("澜岚汽车", "原澜岚汽车", "ORG", True, "former marker"),  # 原|澜岚汽车 glued by the segmenter
    ("王岚", "原王岚", "PERSON", False, ""),
    ("岚川大学", "岚川大学光华管理学院", "ORG", True, "department of the university"),
    ("岚川大学", "岚川大学科技园", "ORG", False, ""),  # a park named after it, no department
    ("眉岚果业合作社", "眉岚果业专业合作社", "ORG", True, "descriptive word left out"),
    ("中国银行", "中国建设银行", "ORG", False, ""),  # another word in the middle: another bank
    # the short name keeps the first word of the registered name's tail (集团 of 集团有限公司)
    ("汧翊集团", "杭州汧翊集团有限公司", "ORG", True, "place before the name"),
    ("汧翊科技", "杭州汧翊集团有限公司", "ORG", False, ""),
    ("星岚", "杭州市星岚玩具有限公司", "ORG", True, "registered name"),  # a maker's trade: toys
    ("岚泰建设", "杭州市岚泰建设工程有限公司", "ORG", True, "registered name"),  # a builder's: construction works
    ("沭岚", "沭岚县", "PLACE", True, "administrative unit"),  # a county without its unit
    ("星岚演艺", "星岚演艺文化有限公司", "ORG", True, "registered name"),  # 文化 is a line of trade too
    ("瑞岚", "瑞岚医院", "ORG", True, "generic suffix"),  # a hospital chain's brand and its hospitals
    ("Cardlan", "Cardlan Therapeutics", "ORG", True, "generic suffix"),  # a drug maker's kind after its name
    ("Cardlan公司", "Cardlan Therapeutics", "ORG", True, "generic suffixes"),  # each with its own tail
    ("曜濛体育", "曜濛体育集团", "ORG", True, "generic suffix"),  # one generic word of two (曜濛 may be its brand)
    ("晶濛集成", "晶濛集成电路股份有限公司", "ORG", True, "containment"),  # half its trade (合肥 before it: 0.7 too)
    ("濛源科技", "濛源科技园区管理有限公司", "ORG", False, ""),
    ("濛源科技", "濛源集团", "ORG", False, ""),  # a group and maybe its subsidiary
    ("沭岚", "沭岚湖", "PLACE", False, ""),  # a lake named after it
    # a place and a short form of its words: 城投 for 城市投资, past the place's 市
    ("岚州城投", "岚州市城市投资发展集团有限公司", "ORG", True, "abbreviation"),
    ("岚江交投集团", "岚江市交通投资集团", "ORG", True, "abbreviation"),
    ("岚州城投", "汀州市城市投资发展集团有限公司", "ORG", False, ""),  # another city's
    ("城投公司", "岚州市城市投资发展集团有限公司", "ORG", False, ""),  # no place: a kind of company
    # a rural bank's short form of its registered name (农商银行 for 农村商业银行), its place kept
    ("濛江农商银行", "濛江农村商业银行股份有限公司", "ORG", True, "abbreviation"),
    ("濛江农商行", "濛江农村商业银行", "ORG", True, "abbreviation"),
    ("濛江农商银行", "岚江农村商业银行股份有限公司", "ORG", False, ""),  # another county's
    ("鲸岚", "鲸岚便利店", "ORG", True, "generic suffix"),  # a chain and its shops
    ("栖岚", "栖岚民宿", "ORG", True, "generic suffix"),
    ("岚江市引导基金", "岚江市产业投资引导基金", "ORG", True, "descriptive word left out"),  # a fund's short name  # a homestay chain and its homestays
    ("溪屿", "溪屿XIYU", "ORG", True, "pinyin after the name"),  # a brand written with its own pinyin
    ("溪屿", "溪屿XIAO", "ORG", False, ""),  # other letters: another name (a model, a line)
    ("泠芙", "泠芙烘焙", "ORG", True, "generic suffix"),  # a bakery chain and the chain with its kind
    ("泠芙", "泠芙咖啡", "ORG", True, "generic suffix"),
    ("泠芙", "泠芙餐饮", "ORG", False, ""),  # a catering company named after its brand stays the company
    # a partnership's short name, without its city (宁波) and with 创投 for 创业投资
    ("缙泰创投", "杭州缙泰创业投资合伙企业(有限合伙)", "ORG", True, "abbreviation"),
    ("缙泰创投", "杭州缙川创业投资合伙企业(有限合伙)", "ORG", False, ""),
    ("濛州市政府", "濛州市人民政府", "ORG", True, "people's government"),  # a government's title and the one in use
    ("濛川市政府", "濛州市人民政府", "ORG", False, ""),
    ("濛悦酒店", "濛悦酒店杭州西溪店", "ORG", True, "branch of the brand"),  # a branch: the brand, its city, 店
    ("濛悦", "濛悦杭州饭店", "ORG", False, ""),  # a shop's kind before 店: a hotel's name of its own
    ("濛味", "濛味零食", "ORG", True, "generic suffix"),  # a snack brand with its kind
    ("濛跃", "濛跃体育", "ORG", True, "generic suffix"),  # a sportswear maker with its trade
    ("濛铺", "濛铺黄金", "ORG", True, "generic suffix"),  # a jeweller with its trade
    # a cooperative's short form past its province, without the words of its registered kind
    ("杭州濛果合作社", "濛果种植专业合作社", "ORG", True, "descriptive word left out"),
    # a hospital group's short name; a product written under its brand's name (麏小馋·虎皮凤爪) merges into the brand
    ("麕濛", "麕濛医疗集团", "ORG", True, "generic suffix"),
    ("麏濛", "麏濛·虎皮凤爪", "BRAND", True, "product of the brand"),
    ("麏濛", "麏川·虎皮凤爪", "BRAND", False, ""),
    # a cooperative's short name of its registered name past the county and what it grows; not another's
    ("鷐源合作社", "鷐县鷐源猕猴桃专业合作社", "ORG", True, "cooperative's short name"),
    ("鷐源合作社", "鷐县鷐川猕猴桃专业合作社", "ORG", False, ""),
    # a bureau's usual abbreviation (工信局 for 工业和信息化局)
    ("鵵县工信局", "鵵县工业和信息化局", "ORG", True, "abbreviation"),
    ("鱢鱤", "鱢鱤宠物", "ORG", True, "generic suffix"),  # a pet-food brand with its trade (对话鱢鱤宠物创始人)
])
def test_merge_score(a, b, family, merged, reason):
    score, why = merge_score(a, b, family, places={"杭州"})
    assert (score >= 0.7) == merged
    assert why == reason


def test_variants_merge_into_one_entity_with_aliases():
    a = analysis_of("青木堂很火。清木堂的销量翻倍,青木的堂也开了店。", [("青木堂", "BRAND"), ("清木堂", "ORG"), ("青木的堂", "ORG")])
    entities, mention_map = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 1
    ent = entities[0]
    assert ent.label_zh == "青木堂" and ent.type == "BRAND"
    assert ent.aliases == {"清木堂", "青木的堂"}
    assert len(set(mention_map.values())) == 1 and len(mention_map) == 3
    assert all(score >= 0.7 for _, _, score, _ in ent.merges)


def test_gazetteer_alias_english_name_and_homophone_resolve_to_the_entry():
    a = analysis_of("星河与Xinghe Tech是一家公司,黎明和李明是一个人。", [("星河", "ORG"), ("Xinghe Tech", "ORG"), ("李明", "PERSON")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert {e.id for e in entities} == {"star-river", "li-ming"}
    star = next(e for e in entities if e.id == "star-river")
    assert star.label_zh == "星河科技" and star.label_en == "Xinghe Tech"
    assert star.aliases == {"星河"}  # the English name is its @en label, not an alias


def test_different_types_do_not_merge():
    a = analysis_of("华山是山,华山集团是公司。", [("华山", "LOC"), ("华山集团", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 2


def test_same_entity_in_two_documents_gets_one_id():
    a = analysis_of("青木堂成立于去年。", [("青木堂", "ORG")], "a.txt")
    b = analysis_of("今年青木堂上市。", [("青木堂", "ORG")], "b.txt")
    entities, mention_map = resolve_entities([a, b], tiny_gazetteer())
    assert len(entities) == 1
    assert entities[0].id == mint_id("ORG", "青木堂")
    assert len(entities[0].mentions) == 2
    assert {doc for doc, _, _ in mention_map} == {a.document.doc_id, b.document.doc_id}


def test_minted_ids_are_opaque_and_stable():
    assert mint_id("ORG", "青木堂") == mint_id("ORG", "青木堂")
    assert mint_id("ORG", "青木堂") != mint_id("PERSON", "青木堂")
    assert "青" not in mint_id("ORG", "青木堂")


def test_an_organisation_named_next_to_brand_becomes_a_brand():
    a = analysis_of("青木堂品牌今年很火,蓝海资本投了它。", [("青木堂", "ORG"), ("蓝海资本", "ORG")])
    types = {e.label_zh: e.type for e in resolve_entities([a], tiny_gazetteer())[0]}
    assert types == {"青木堂": "BRAND", "蓝海资本": "ORG"}


def test_a_known_name_with_a_generic_tail_resolves_to_the_entry_even_alone():
    # 星河科技公司 is never followed by the bare 星河科技 in the text, yet it is the known organisation
    a = analysis_of("星河科技公司发布了财报。星河集团也来了。", [("星河科技公司", "ORG"), ("星河集团", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert {e.id for e in entities} == {"star-river"}
    ent = entities[0]
    assert ent.aliases == {"星河科技公司", "星河集团"}
    assert ("星河科技公司", "star-river", 0.9, "generic suffix") in ent.merges
    # a person is not linked to an organisation that shares the stripped name
    b = analysis_of("黎明公司的黎明说。", [("黎明公司", "PERSON")])
    assert [e.id for e in resolve_entities([b], tiny_gazetteer())[0]] != ["li-ming"]


def test_generic_trade_nouns_are_not_entities():
    # a statistical guess of 加盟商 (franchisees) or 警方 (the police) names no one
    # nor does a bare 市委 (the city's party committee) or a 联合研究中心
    a = analysis_of("加盟商一般18个月回本，警方已介入。星河科技回应，其全资子公司受影响。市委表示支持联合研究中心。",
                    [("加盟商", "GPE"), ("警方", "ORG"), ("星河科技", "ORG"), ("全资子公司", "ORG"), ("市委", "ORG"),
                     ("联合研究中心", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [e.label_zh for e in entities] == ["星河科技"]
    # …nor a bare 法院 or 检察院 after the court's full name
    b = analysis_of("岚州市中级人民法院作出判决。法院认为,检察院的意见成立。",
                    [("岚州市中级人民法院", "ORG"), ("法院", "ORG"), ("检察院", "ORG")])
    assert [e.label_zh for e in resolve_entities([b], tiny_gazetteer())[0]] == ["岚州市中级人民法院"]


def _mentions_as(text: str, name: str, labels: list[str]) -> Analysis:
    """Each occurrence of `name` in `text` a mention with the next of `labels`."""
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    assert len(starts) == len(labels)
    return Analysis(document_from_text(text, "t.txt"), mentions=[
        Mention(s, s + len(name), name, label, norm=normalise_name(name)) for s, label in zip(starts, labels)])


def test_a_latin_word_read_as_person_and_organisation_is_one_entity_of_the_majority():
    text = "Solvik是瑞典品牌。Solvik中国区总裁说,Solvik门店翻倍。Solvik的母公司在哥德堡。"
    entities, _ = resolve_entities([_mentions_as(text, "Solvik", ["BRAND", "ORG", "PERSON", "PERSON"])], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("Solvik", "BRAND")]
    text = "Solvik是瑞典人。Solvik中国区总裁说,Solvik笑了。Solvik的母亲在哥德堡。"
    entities, _ = resolve_entities([_mentions_as(text, "Solvik", ["PERSON", "ORG", "PERSON", "PERSON"])], tiny_gazetteer())
    assert [e.type for e in entities] == ["PERSON"]
    # (…but a person guess followed by what only a company has counts for the company: Solvik门店翻倍)
    text = "Solvik是瑞典人。Solvik中国区总裁说,Solvik门店翻倍。Solvik的母公司在哥德堡。"
    entities, _ = resolve_entities([_mentions_as(text, "Solvik", ["PERSON", "ORG", "PERSON", "PERSON"])], tiny_gazetteer())
    assert [e.type for e in entities] == ["ORG"]
    # a brand once is a brand, though a cue read it as an organisation twice (Solvik中国区总裁)
    text = "Solvik中国区总裁表示。Solvik是瑞典品牌。Solvik中国区总裁说。Solvik门店翻倍。Solvik说。"
    labels = ["ORG", "BRAND", "ORG", "PERSON", "PERSON"]
    entities, _ = resolve_entities([_mentions_as(text, "Solvik", labels)], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("Solvik", "BRAND")]


def test_a_chinese_name_of_a_person_and_a_company_stays_two_entities():
    # founders lend companies their names (李宁 and 李宁): only one-word Latin names are folded
    text = "柏川创立了柏川。柏川发布财报。"
    entities, _ = resolve_entities([_mentions_as(text, "柏川", ["PERSON", "ORG", "ORG"])], tiny_gazetteer())
    assert sorted(e.type for e in entities) == ["ORG", "PERSON"]


def test_a_company_read_as_a_person_without_a_family_name_or_as_an_unknown_place_is_the_company():
    text = "岚诺华与星河科技达成协议。岚诺华首席执行官表示满意。岚诺华在血液领域布局。岚诺华的收入增长。"
    a = _mentions_as(text, "岚诺华", ["PERSON", "ORG", "GPE", "ORG"])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("岚诺华", "ORG")]
    # a name that opens with a family name stays a person beside the company (李宁 and 李宁)
    text = "李岚宁创立了李岚宁。李岚宁表示满意。"
    a = _mentions_as(text, "李岚宁", ["PERSON", "ORG", "PERSON"])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert sorted(e.type for e in entities) == ["ORG", "PERSON"]


def test_a_nickname_introduced_as_a_streamer_and_mostly_read_as_a_person_is_one_person():
    # (no family name opens 濛鱼妹, but 主播 introduces her, and the one reading as an organisation is outvoted)
    text = "头部主播濛鱼妹签约濛动传媒。美妆主播“濛鱼妹”粉丝2300万。濛鱼妹今年带货25亿元。濛颜由濛鱼妹持股40%。"
    a = _mentions_as(text, "濛鱼妹", ["PERSON", "PERSON", "PERSON", "ORG"])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("濛鱼妹", "PERSON")]
    # …but with no title introducing it, a guess as a person is still the company's name read wrongly
    text = "濛鱼妹签约濛动传媒。濛鱼妹粉丝2300万。濛鱼妹今年带货25亿元。濛颜由濛鱼妹持股40%。"
    a = _mentions_as(text, "濛鱼妹", ["PERSON", "PERSON", "PERSON", "ORG"])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("濛鱼妹", "ORG")]


def test_a_registered_name_with_a_city_only_the_dictionary_knows_merges_with_the_name():
    text = "岚液与宜宾岚液股份有限公司续约。"
    a = analysis_of(text, [("岚液", "ORG"), ("宜宾岚液股份有限公司", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 1 and entities[0].merges[0][3] == "place before the name"


def test_a_name_alone_that_is_the_alias_of_a_linked_pair_is_that_entity():
    from extractor.gazetteer import normalise_name as norm

    text = "Starlan China宣布合作。星岚中国(Starlan China)今日宣布。"
    doc = document_from_text(text, "t.txt")
    first = text.index("星岚中国")
    alias = text.index("Starlan China", first)
    link = "~" + norm("星岚中国")
    mentions = [Mention(0, 13, "Starlan China", "ORG", norm=norm("Starlan China")),
                Mention(first, first + 4, "星岚中国", "ORG", ent_id=link, norm=norm("星岚中国")),
                Mention(alias, alias + 13, "Starlan China", "ORG", ent_id=link, norm=norm("Starlan China"))]
    entities, _ = resolve_entities([Analysis(doc, mentions=mentions)], tiny_gazetteer())
    assert [(e.label_zh, sorted(e.aliases)) for e in entities] == [("星岚中国", ["Starlan China"])] or \
        [(e.label_zh, sorted(e.aliases)) for e in entities] == [("Starlan China", ["星岚中国"])]


def test_an_electronics_company_is_its_short_name_too():
    from extractor.resolve import strip_generic

    assert strip_generic("芯岚微电子") == "芯岚微"
    assert strip_generic("江岚眼科医院集团") == "江岚眼科"  # a hospital group is its short name too


def test_a_company_renamed_is_one_entity_under_both_names():
    a = analysis_of("鲸岚科技宣布正式更名为“鲸岚集团”。鲸岚集团今年营收增长,鲸岚集团还将上市。",
                    [("鲸岚科技", "ORG"), ("鲸岚集团", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 1
    assert entities[0].label_zh == "鲸岚集团" and entities[0].aliases == {"鲸岚科技"}
    assert any(reason == "renamed" for *_, reason in entities[0].merges)
    # two companies merely named one after the other stay two
    b = analysis_of("鲸岚科技与海岚集团签约。", [("鲸岚科技", "ORG"), ("海岚集团", "ORG")])
    assert len(resolve_entities([b], tiny_gazetteer())[0]) == 2


def test_a_known_company_renamed_keeps_its_entry():
    a = analysis_of("星河科技宣布正式更名为“星河岚集团”。星河岚集团今年营收增长。",
                    [("星河科技", "ORG"), ("星河岚集团", "ORG")], )
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [(e.id, e.aliases) for e in entities] == [("star-river", {"星河岚集团"})]


def test_a_model_of_a_known_brand_is_the_brand():
    a = analysis_of("极岚G7的主要竞争对手是星河X7。", [("星河X7", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [e.id for e in entities] == ["star-river"]
    b = analysis_of("他们的对手是星辰X7。", [("星辰X7", "ORG")])
    assert [e.id for e in resolve_entities([b], tiny_gazetteer())[0]] != ["star-river"]


def test_a_model_introduced_as_a_product_leaves_its_maker_an_organisation():
    a = analysis_of("濛途汽车11月交付2万辆。中大型SUV濛途G9贡献了9000辆,濛途汽车计划明年出海。",
                    [("濛途汽车", "ORG"), ("濛途G9", "BRAND")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("濛途汽车", "ORG")]
    b = analysis_of("濛途品牌今年推出濛途G9。", [("濛途", "BRAND"), ("濛途G9", "BRAND")])  # a brand stays a brand
    assert [e.type for e in resolve_entities([b], tiny_gazetteer())[0]] == ["BRAND"]


def test_a_listed_holder_and_its_main_brand_named_alike_stay_two():
    a = analysis_of("濛动国际发布业绩。主品牌濛动营收62亿元,濛动品牌门店6120家。濛动国际CEO表示。",
                    [("濛动国际", "ORG"), ("濛动", "BRAND")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert sorted((e.label_zh, e.type) for e in entities) == [("濛动", "BRAND"), ("濛动国际", "ORG")]


def test_a_stage_name_and_the_real_name_after_it_are_one_person():
    a = analysis_of('快手主播"阿岚"本名廖晓岚,拥有粉丝约860万。', [("阿岚", "PERSON"), ("廖晓岚", "PERSON")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 1 and {"阿岚", "廖晓岚"} <= {entities[0].label_zh, *entities[0].aliases}
    b = analysis_of("阿岚和廖晓岚一起直播。", [("阿岚", "PERSON"), ("廖晓岚", "PERSON")])
    assert len(resolve_entities([b], tiny_gazetteer())[0]) == 2
    c = analysis_of('抖音主播"小汐"(本名叶书川)开启专场直播。', [("小汐", "PERSON"), ("叶书川", "PERSON")])
    assert len(resolve_entities([c], tiny_gazetteer())[0]) == 1  # the real name in brackets


def test_a_department_named_alone_is_its_university():
    a = analysis_of("岚川大学保险研究所所长季岚川认为,分红险是转型重点。", [("岚川大学保险研究所", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [(e.label_zh, e.aliases) for e in entities] == [("岚川大学", {"岚川大学保险研究所"})]
    b = analysis_of("岚川科学院药物研究所发布新药。", [("岚川科学院药物研究所", "ORG")])
    assert [e.label_zh for e in resolve_entities([b], tiny_gazetteer())[0]] == ["岚川科学院药物研究所"]


def test_new_stores_are_no_place():
    a = analysis_of("募集资金将主要用于开设新店及建设中央厨房。", [("新店", "GPE")])
    assert resolve_entities([a], tiny_gazetteer())[0] == []


def test_a_name_read_as_a_person_only_where_a_company_is_meant_is_the_company():
    text = "德国汽车品牌欧岚德(Ollander)降价。欧岚德在华合资公司宸岚汽车亏损,欧岚德品牌销量下降。"
    a = analysis_of(text, [("欧岚德", "PERSON")])
    a.mentions[0] = a.mentions[0].__class__(a.mentions[0].start, a.mentions[0].end, "欧岚德", "BRAND",
                                            norm=normalise_name("欧岚德"))
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("欧岚德", "BRAND")]
    # a founder named like his company stays a person beside it
    b = analysis_of("李岚品牌热销。创始人李岚表示很满意。", [("李岚", "PERSON")])
    b.mentions[0] = b.mentions[0].__class__(b.mentions[0].start, b.mentions[0].end, "李岚", "BRAND",
                                            norm=normalise_name("李岚"))
    assert sorted(e.type for e in resolve_entities([b], tiny_gazetteer())[0]) == ["BRAND", "PERSON"]


def test_a_kind_of_bank_is_no_bank():
    a = analysis_of("晟岚银行是一家总部位于杭州的城市商业银行。", [("晟岚银行", "ORG"), ("城市商业银行", "ORG")])
    assert [e.label_zh for e in resolve_entities([a], tiny_gazetteer())[0]] == ["晟岚银行"]


def test_a_name_linked_to_its_alias_meets_the_alias_written_alone():
    text = "岚峰机械收购Moritz。公司将收购Moritz Werke GmbH(以下简称\"Moritz\")。Moritz成立于1898年。"
    a = analysis_of(text, [("Moritz Werke GmbH", "ORG")])
    k = text.index("Moritz\"")
    linked = Mention(k, k + 6, "Moritz", "ORG", "~moritzwerkegmbh", norm="moritz")
    first = Mention(a.mentions[0].start, a.mentions[0].end, "Moritz Werke GmbH", "ORG", "~moritzwerkegmbh",
                    norm="moritzwerkegmbh")
    # (written alone as often as the linked pair: the alone key comes first and must take the pair's alias)
    alone = [Mention(k2, k2 + 6, "Moritz", "ORG", norm="moritz") for k2 in (text.index("Moritz"), text.rindex("Moritz"))]
    a = Analysis(a.document, mentions=sorted([first, linked, *alone], key=lambda m: m.start))
    entities, by_mention = resolve_entities([a])
    assert len(entities) == 1 and {"Moritz Werke GmbH", "Moritz"} <= {entities[0].label_zh, *entities[0].aliases}


def test_an_unknown_place_is_not_the_known_place_that_sounds_the_same():
    # 岚州 sounds like 兰州 (lán zhōu): a brand's misspelling is common, a city's is not
    entities, _ = resolve_entities([analysis_of("岚州今年接待游客860万人次。", [("岚州", "GPE")])])
    assert [e.id for e in entities] != ["lanzhou"] and entities[0].label_zh == "岚州"


def test_a_group_and_the_brand_named_like_it_are_two_entities():
    text = "运动品牌岚步体育集团(简称岚步集团)发布中报。分品牌看,主品牌岚步增长12%。岚步在天猫开店。"
    a = analysis_of(text, [("岚步体育集团", "BRAND"), ("岚步集团", "ORG"), ("岚步", "BRAND")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "岚步" and text[m.end:m.end + 2] in ("体育", "集团"))]
    entities, _ = resolve_entities([a], tiny_gazetteer())
    by_name = {e.label_zh: e for e in entities}
    assert by_name["岚步"].type == "BRAND" and by_name["岚步体育集团"].type == "ORG"
    # …but a group's name with a generic tail and the same name used as an organisation stay one
    b = analysis_of("岚步集团发布中报。岚步今年增长12%。", [("岚步集团", "ORG"), ("岚步", "ORG")])
    b.mentions[:] = [m for m in b.mentions if not (m.text == "岚步" and m.start == 0)]
    assert len(resolve_entities([b], tiny_gazetteer())[0]) == 1


def test_a_group_is_one_with_its_registered_name():
    text = "原始权益人为汀云数字科技集团股份有限公司。汀云数字科技集团是第三方数据中心服务商。"
    a = analysis_of(text, [("汀云数字科技集团股份有限公司", "ORG"), ("汀云数字科技集团", "ORG")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "汀云数字科技集团" and m.start == 6)]
    assert len(resolve_entities([a], tiny_gazetteer())[0]) == 1


def test_a_brand_and_its_phones_are_one():
    a = analysis_of("汀米手机新旗舰改用新芯片。汀米今年出货量增长17%。", [("汀米手机", "ORG"), ("汀米", "ORG")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "汀米" and m.start == 0)]
    assert len(resolve_entities([a], tiny_gazetteer())[0]) == 1


def test_a_latin_legal_form_names_the_same_company():
    a = analysis_of("公司收购Vellora S.p.A.全部股权。Vellora创立于1956年。", [("Vellora S.p.A.", "ORG"), ("Vellora", "ORG")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "Vellora" and m.start == 4)]
    assert len(resolve_entities([a], tiny_gazetteer())[0]) == 1


def test_a_registered_holding_and_the_brand_named_like_it_stay_two():
    text = "汀跃体育隶属于汀跃国际控股有限公司,汀跃国际控股有限公司旗下拥有汀跃和汀跃儿童两个品牌。"
    a = analysis_of(text, [("汀跃国际控股有限公司", "ORG"), ("汀跃儿童", "BRAND"), ("汀跃体育", "BRAND")])
    a.mentions.append(Mention(text.index("汀跃和") , text.index("汀跃和") + 2, "汀跃", "BRAND", norm="汀跃"))
    a.mentions.sort(key=lambda m: m.start)
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert {"汀跃", "汀跃国际控股有限公司"} <= {e.label_zh for e in entities}


def test_a_registered_name_is_its_fullest_short_form_and_a_copied_mark_stays_apart():
    text = ('广州齳泉饮品有限公司诉佛山市齳源食品有限公司商标侵权一案宣判,判令齳源食品停止使用"齳泉山"标识。'
            '齳泉饮品成立于2008年,旗下"齳泉"凉茶很有名。齳源食品生产销售"齳泉山"凉茶。')
    a = analysis_of(text, [("广州齳泉饮品有限公司", "ORG"), ("佛山市齳源食品有限公司", "ORG"), ("齳泉饮品", "ORG"),
                           ("齳源食品", "ORG")])
    for quoted in ('"齳泉"', '"齳泉山"'):
        start = text.find(quoted)
        while start >= 0:
            name = quoted.strip('"')
            a.mentions.append(Mention(start + 1, start + 1 + len(name), name, "BRAND", norm=name))
            start = text.find(quoted, start + 1)
    a.mentions.sort(key=lambda m: m.start)
    entities, _ = resolve_entities([a], tiny_gazetteer())
    names = {e.label_zh: e.aliases for e in entities}
    assert "广州齳泉饮品有限公司" in names["齳泉饮品"] and "齳泉" in names and "齳泉山" in names
    assert not names["齳泉"] and not names["齳泉山"]


def test_name_parts_are_read_from_data_longest_suffix_first(tmp_path):
    parts = resolve.name_parts()
    suffixes = parts["generic_suffix"]
    assert suffixes.index("股份有限公司") < suffixes.index("有限公司") < suffixes.index("公司")
    assert " GmbH" in suffixes and "平台" in parts["description_end"] and "专业" in parts["descriptive_infix"]
    bad = tmp_path / "name_parts.jsonl"
    bad.write_text('{"part": "generic_suffix", "words": ["公司"]}\n{"part": "suffix", "words": ["集团"]}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"name_parts.jsonl:2: expected"):
        resolve.name_parts(str(bad))


def test_a_registered_name_with_its_city_in_brackets_is_the_short_name():
    assert merge_score("芃川电器", "芃川电器(佛山)有限公司", "ORG")[0] > 0
    assert merge_score("芃川", "芃川电器(佛山)有限公司", "ORG")[0] == 0


def test_a_place_the_text_also_writes_as_a_city_is_a_city():
    a = analysis_of("沣翊市汽车协会在沣翊召开大会。", [("沣翊市汽车协会", "ORG"), ("沣翊", "LOC")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "沣翊" and m.start == 0)]
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert {(e.label_zh, e.type) for e in entities} == {("沣翊市汽车协会", "ORG"), ("沣翊", "GPE")}
    a = analysis_of("会议在汀翊山召开。", [("汀翊山", "LOC")])
    assert [e.type for e in resolve_entities([a], tiny_gazetteer())[0]] == ["LOC"]


def test_the_place_a_public_body_is_named_after_lets_a_registered_name_merge():
    text = "璘翊省国资委任命雷振邦为璘翊汧源集团有限公司董事长。汧源集团是省属重点国有企业。"
    a = analysis_of(text, [("璘翊省国资委", "ORG"), ("璘翊汧源集团有限公司", "ORG"), ("汧源集团", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert sorted(e.label_zh for e in entities) == ["汧源集团", "璘翊省国资委"]


def test_a_filing_calling_itself_this_company_names_no_entity():
    a = analysis_of("本公司董事会保证公告内容真实。岚驰股份今年营收增长。", [("本公司", "ORG"), ("岚驰股份", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [e.label_zh for e in entities] == ["岚驰股份"]


def test_generic_words_for_kinds_of_company_name_no_entity():
    a = analysis_of("国内钢厂普遍减产,车企也在降价,岚钢集团表示,后者将减产。",
                    [("钢厂", "ORG"), ("车企", "ORG"), ("岚钢集团", "ORG"), ("后者", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert [e.label_zh for e in entities] == ["岚钢集团"]


def test_a_two_character_name_sounding_like_a_known_one_and_sharing_no_character_is_another_name():
    from extractor.resolve import _gazetteer_variant
    from extractor.gazetteer import default_gazetteer
    gaz = default_gazetteer()
    assert _gazetteer_variant("溪历", "ORG", gaz, 0.9) is None  # 喜力 (Heineken) sounds the same
    assert _gazetteer_variant("喜利", "ORG", gaz, 0.9).id == "heineken"  # (one character shared: a misspelling)


def test_a_registered_name_the_text_calls_a_subsidiary_keeps_its_city():
    text = "汀泉啤酒拟将全资子公司汀泉啤酒(南昌)有限公司100%股权出售。汀泉啤酒(佛山)有限公司为公司主要工厂。"
    long_name, other = "汀泉啤酒(南昌)有限公司", "汀泉啤酒(佛山)有限公司"
    spans = [(0, "汀泉啤酒"), (text.index(long_name), long_name), (text.index(other), other)]
    a = Analysis(document_from_text(text, "t.txt"),
                 mentions=[Mention(s, s + len(n), n, "ORG", norm=normalise_name(n)) for s, n in spans])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    groups = sorted(sorted({*e.aliases, e.label_zh}) for e in entities)
    # the subsidiary stays apart; the plant named without 子公司 before it is the company, as before
    assert [long_name] in groups and any("汀泉啤酒" in g and other in g for g in groups)
    assert merge_score("芃川电器", "芃川电器(佛山)有限公司", "ORG", brackets=False)[0] == 0


def test_a_dutch_companys_legal_form_is_no_part_of_its_name():
    assert merge_score("Frostline", "Frostline B.V.", "ORG")[0] > 0


def test_a_subsidiary_named_with_its_parents_name_and_a_tail_stays_its_own():
    text = "火锅品牌汤汐王公告,公司全资子公司汤汐王国际与大和食品签署协议。汤汐王在全球有1280家门店。"
    spans = [(4, "汤汐王"), (text.index("汤汐王国际"), "汤汐王国际"), (text.rindex("汤汐王"), "汤汐王")]
    mentions = [Mention(s0, s0 + len(n), n, "ORG", norm=normalise_name(n)) for s0, n in spans]
    a = Analysis(document_from_text(text, "t.txt"), mentions=mentions)
    entities, _ = resolve_entities([a])
    assert {"汤汐王", "汤汐王国际"} <= {e.label_zh for e in entities}


def test_a_companys_brand_department_does_not_make_it_a_brand():
    text = "湄曜新能源今日签约。\n媒体联系人\n岑湄 湄曜新能源品牌部"
    entities, _ = resolve_entities([analysis_of(text, [("湄曜新能源", "ORG")])], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("湄曜新能源", "ORG")]
    entities, _ = resolve_entities([analysis_of("湄曜新能源品牌成立于2019年。", [("湄曜新能源", "ORG")])],
                                   tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("湄曜新能源", "BRAND")]


def test_a_person_called_by_their_family_name_is_the_one_person_with_it():
    text = "口述:老鄢(玹安面馆创始人鄢玹安)。老鄢:我们开了30家店。小孟负责供应链。"
    entities, _ = resolve_entities([analysis_of(text, [("老鄢", "PERSON"), ("鄢玹安", "PERSON"), ("小孟", "PERSON")])],
                                   tiny_gazetteer())
    people = {e.label_zh: e.aliases for e in entities}
    assert people == {"鄢玹安": {"老鄢"}, "小孟": set()}
    # (two people with the family name: the nickname stays its own)
    text = "老鄢说。鄢玹安和鄢玹川都来了。"
    entities, _ = resolve_entities([analysis_of(text, [("老鄢", "PERSON"), ("鄢玹安", "PERSON"), ("鄢玹川", "PERSON")])],
                                   tiny_gazetteer())
    assert len(entities) == 3


def test_an_app_named_after_its_kind_is_a_brand():
    text = "短剧应用缙光短剧登顶免费榜,缙光短剧日活突破千万。"
    entities, _ = resolve_entities([analysis_of(text, [("缙光短剧", "ORG")])], tiny_gazetteer())
    assert [e.type for e in entities] == ["BRAND"]


def test_a_known_company_written_with_its_country_before_it_is_the_known_company():
    from extractor.gazetteer import default_gazetteer
    text = "新款羽绒服的面料由日本东丽公司提供。"
    entities, _ = resolve_entities([analysis_of(text, [("日本东丽公司", "ORG")])], default_gazetteer())
    assert [(e.id, e.label_zh) for e in entities] == [("toray", "东丽")]


def test_a_part_of_a_foreign_name_is_the_one_person_with_that_part():
    text = "主教练汉斯·缙勒称,缙勒很满意。前锋卢卡斯·席尔瓦加盟,卢卡斯表示期待。"
    names = [("汉斯·缙勒", "PERSON"), ("缙勒", "PERSON"), ("卢卡斯·席尔瓦", "PERSON"), ("卢卡斯", "PERSON")]
    entities, _ = resolve_entities([analysis_of(text, names)], tiny_gazetteer())
    assert {e.label_zh: e.aliases for e in entities} == {"汉斯·缙勒": {"缙勒"}, "卢卡斯·席尔瓦": {"卢卡斯"}}
    # (two people with the part: it stays a person of its own)
    text = "卢卡斯·席尔瓦和卢卡斯·缙特都来了,卢卡斯表示期待。"
    names = [("卢卡斯·席尔瓦", "PERSON"), ("卢卡斯·缙特", "PERSON"), ("卢卡斯", "PERSON")]
    entities, _ = resolve_entities([analysis_of(text, names)], tiny_gazetteer())
    assert len(entities) == 3


def test_only_names_that_cannot_merge_are_left_uncompared():
    """Resolution compares a key only with the keys `_possible_partners` gives (pairs of characters shared, short
    names sharing one, one sound): no pair left out may have a merge score. Checked over every pair of a few hundred
    names: the parametrised pairs above, the gazetteer's organisations and their forms with tails and places."""
    from extractor.gazetteer import default_gazetteer

    names = ["青木堂", "清木堂", "青木的堂", "红的书", "红书", "青木堂酒", "甜趣食品", "杭州甜趣食品", "海购通", "跨境电商平台海购通",
             "北辰新材", "北辰新材料股份有限公司", "芃禾电器(佛山)有限公司", "芃禾电器", "湖州城投", "湖州市城市投资发展集团有限公司",
             "野屿YEYU", "野屿", "谷雨Q7", "谷雨汽车", "原澜图汽车", "澜图汽车", "小仙炖", "小鲜炖", "小仙敦"]
    gaz = [e.zh for e in default_gazetteer().entries.values() if e.type in ("ORG", "BRAND") and e.zh][:250]
    names += gaz + [n + "有限公司" for n in gaz[:40]] + ["杭州" + n for n in gaz[40:60]]
    keys = list(dict.fromkeys(names))
    spellings = {k: [(k, frozenset(k))] for k in keys}
    partners = resolve._possible_partners(keys, spellings)
    places = {"杭州", "佛山", "湖州"}
    missed = [(a, b) for i, a in enumerate(keys) for j, b in enumerate(keys) if i < j and j not in partners[i]
              and merge_score(*sorted((a, b), key=len), "ORG", places)[0] > 0]
    assert missed == []
    assert keys.index("小鲜炖") in partners[keys.index("小仙炖")]  # (one sound, no pair of characters shared)
    assert keys.index("红书") in partners[keys.index("红的书")]


def test_a_brand_the_text_says_belongs_to_its_registered_company_stays_a_brand_of_its_own():
    text = "缙净宣布进军日本。缙净品牌隶属于深圳缙净智能科技有限公司,创始人沈一帆。"
    a = analysis_of(text, [("缙净", "BRAND"), ("深圳缙净智能科技有限公司", "ORG"), ("深圳", "GPE")])
    ents, mention_entities = resolve_entities([a], tiny_gazetteer())
    keys = {mention_entities[(a.document.doc_id, m.start, m.end)] for m in a.mentions if m.text.startswith(("缙净", "深圳缙"))}
    assert len(keys) == 2
    a = analysis_of("缙净宣布进军日本。深圳缙净智能科技有限公司今年营收增长。", [("缙净", "BRAND"), ("深圳缙净智能科技有限公司", "ORG"), ("深圳", "GPE")])
    ents, mention_entities = resolve_entities([a], tiny_gazetteer())
    assert len({mention_entities[(a.document.doc_id, m.start, m.end)] for m in a.mentions if "缙净" in m.text}) == 1


def test_a_brand_the_text_says_belongs_to_its_registered_company_named_after_it_stays_apart():
    # (no place read before the name this time: the registered name's own short form, 魖魗食品 less its legal form)
    text = "零食品牌魖魗今年销售额翻了一番。魖魗隶属于杭州魖魗食品有限公司,创始人吴魖。"
    a = analysis_of(text, [("魖魗", "BRAND"), ("杭州魖魗食品有限公司", "ORG")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "魖魗" and m.start == text.index("魖魗食品"))]
    ents, mention_entities = resolve_entities([a], tiny_gazetteer())
    assert sorted(e.label_zh for e in ents) == ["杭州魖魗食品有限公司", "魖魗"]


def test_a_brand_named_with_its_registered_brewery_is_one_organisation():
    # (a line of trade such as 精酿啤酒 and a place in brackets: the registered name of the brand's company)
    text = "精酿品牌濛酿被收购。濛酿精酿啤酒(成都)有限公司发生工商变更。濛酿成立于2015年。"
    a = analysis_of(text, [("濛酿", "BRAND"), ("濛酿精酿啤酒(成都)有限公司", "ORG")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "濛酿" and m.start == text.index("濛酿精酿"))]
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 1 and entities[0].type == "ORG"


def test_a_brand_the_text_names_with_its_trade_as_a_brand_too_is_one_brand():
    text = "零食新品牌“濛嘴”入驻便利店。新消费品牌濛嘴食品近日宣布上新。"
    a = analysis_of(text, [("濛嘴", "BRAND"), ("濛嘴食品", "BRAND")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "濛嘴" and m.start == text.index("濛嘴食品"))]
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 1
    # (…not a catering company the text never calls a brand: 濛嘴餐饮 runs the brand 濛嘴)
    text = "零食新品牌“濛嘴”入驻便利店。濛嘴餐饮近日宣布上新。"
    a = analysis_of(text, [("濛嘴", "BRAND"), ("濛嘴餐饮", "ORG")])
    a.mentions[:] = [m for m in a.mentions if not (m.text == "濛嘴" and m.start == text.index("濛嘴餐饮"))]
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 2


@pytest.mark.parametrize("text, brand, company", [
    ("濛米是濛米通讯科技有限公司旗下的手机品牌。濛米出货量增长35%。", "濛米", "濛米通讯科技有限公司"),
    ("国货品牌濛莱雅首次登顶,其母公司濛莱雅化妆品股份有限公司总部位于杭州。", "濛莱雅", "濛莱雅化妆品股份有限公司"),
    ("原杭州濛泉饮品有限公司名下的“濛泉”系列商标被拍出。濛泉曾是知名汽水品牌。", "濛泉", "杭州濛泉饮品有限公司"),
    ("濛净是深圳濛净智能科技有限公司旗下品牌,成立于2016年。濛净出货量增长42%。", "濛净", "深圳濛净智能科技有限公司"),
])
def test_a_brand_the_text_says_a_company_owns_stays_apart_from_it(text, brand, company):
    a = analysis_of(text, [(company, "ORG"), (brand, "BRAND")])
    inside = text.find(company)
    a.mentions[:] = [m for m in a.mentions if not (m.text == brand and inside <= m.start < inside + len(company))]
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 2


def test_a_name_read_as_a_person_listed_beside_an_organisation_is_of_its_kind():
    text = "谈到竞争,他坦言,Cursor和GitHub Copilot仍是领先者。"
    a = analysis_of(text, [("Cursor", "PERSON"), ("GitHub Copilot", "BRAND")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert {(e.label_zh, e.type) for e in entities} == {("Cursor", "BRAND"), ("GitHub Copilot", "BRAND")}
    # (…not a person a title marks: CEO Brandt和濛科)
    a = analysis_of("濛科CEO Brandt和濛科的董事会会面。", [("Brandt", "PERSON"), ("濛科", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert ("Brandt", "PERSON") in {(e.label_zh, e.type) for e in entities}


def test_a_chinese_name_read_as_a_person_in_a_list_of_known_brands_is_a_brand():
    gaz = tiny_gazetteer()
    gaz.entries["arcteryx"] = GazetteerEntry("arcteryx", "BRAND", "始祖鸟", "Arc'teryx")
    gaz.by_name[normalise_name("始祖鸟")] = "arcteryx"
    text = "公司代理着包括始祖鸟、萨濛蒙在内的十余个国际运动品牌。"
    a = analysis_of(text, [("萨濛蒙", "PERSON")])
    a.mentions.append(Mention(7, 10, "始祖鸟", "BRAND", ent_id="arcteryx", norm=normalise_name("始祖鸟")))
    a.mentions.sort(key=lambda m: m.start)
    entities, _ = resolve_entities([a], gaz)
    assert ("萨濛蒙", "BRAND") in {(e.label_zh, e.type) for e in entities}
    # (…but not a person listed with a company in a list that says nothing of what its items are)
    a = analysis_of("会议由始祖鸟、萨濛蒙主持。", [("萨濛蒙", "PERSON")])
    a.mentions.append(Mention(3, 6, "始祖鸟", "BRAND", ent_id="arcteryx", norm=normalise_name("始祖鸟")))
    a.mentions.sort(key=lambda m: m.start)
    entities, _ = resolve_entities([a], gaz)
    assert ("萨濛蒙", "PERSON") in {(e.label_zh, e.type) for e in entities}


def test_a_latin_name_guessed_a_person_but_written_as_a_companys_is_the_company():
    text = "公司采用Arteris的IP。Arteris的互连IP已得到验证。Arteris中国区总经理表示。\n关于Arteris\nArteris(纳斯达克代码:AIP)是供应商。"
    labels = ["PERSON", "PERSON", "ORG", "PERSON", "PERSON"]
    entities, _ = resolve_entities([_mentions_as(text, "Arteris", labels)], tiny_gazetteer())
    assert [(e.label_zh, e.type) for e in entities] == [("Arteris", "ORG")]


def test_a_company_named_short_with_the_first_word_of_its_trade_is_its_registered_name():
    assert merge_score("焱光文化", "杭州焱光文化传媒有限公司", "ORG", places={"杭州"})[0] >= 0.8


def test_a_universitys_hospital_is_the_hospital():
    assert merge_score("骉和医院", "骉城大学附属骉和医院", "ORG")[0] >= 0.8


def test_a_sound_alike_of_a_known_name_is_that_name_but_not_a_two_character_name_before_its_kind():
    from extractor.gazetteer import default_gazetteer
    from extractor.resolve import _gazetteer_variant

    gaz = default_gazetteer()
    assert _gazetteer_variant("蜜雪冰程", "ORG", gaz, 0.7).id == gaz.lookup("蜜雪冰城").id
    assert _gazetteer_variant("惠丰银行", "ORG", gaz, 0.7) is None  # 汇丰银行 sounds the same


def test_sound_alike_names_a_text_sets_against_each_other_stay_apart():
    text = '"濛记"诉"濛纪"商标侵权案宣判。濛纪的门头与濛记高度近似。'
    a = analysis_of(text, [("濛记", "ORG"), ("濛纪", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert sorted(e.label_zh for e in entities) == ["濛纪", "濛记"]
    # (…but the same two spellings of one brand, never set against each other, are one entity)
    a = analysis_of("濛记很火。濛纪的销量翻倍。", [("濛记", "ORG"), ("濛纪", "ORG")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert len(entities) == 1


def test_a_membership_programme_named_after_its_group_is_an_entity_of_its_own():
    a = analysis_of('鶃鶣酒店集团成立于2010年。鶃鶣的会员体系"鶃鶣会"拥有会员6000万人。',
                    [("鶃鶣酒店集团", "ORG"), ("鶃鶣", "ORG"), ("鶃鶣会", "BRAND")])
    entities, _ = resolve_entities([a], tiny_gazetteer())
    assert any(e.label_zh == "鶃鶣会" and not e.aliases for e in entities)


def test_a_model_of_a_car_brand_named_by_an_everyday_word_is_the_brand():
    from extractor.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    a = analysis_of("魀魁S7的主要对手是深蓝S7。", [("魀魁S7", "ORG"), ("深蓝S7", "ORG")])
    entities, mention_entities = resolve_entities([a], gaz)
    rival = next(m for m in a.mentions if m.text == "深蓝S7")
    assert mention_entities[(a.document.doc_id, rival.start, rival.end)] == gaz.lookup("深蓝汽车").id


def test_a_groups_listed_dairy_is_a_company_of_its_own():
    from extractor.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    a = analysis_of("新希望乳业持有公司6.8%的股份。新希望集团是农牧企业。", [("新希望乳业", "ORG"), ("新希望集团", "ORG")])
    entities, _ = resolve_entities([a], gaz)
    assert sorted(e.label_zh for e in entities) == ["新希望乳业", "新希望集团"]


def test_a_cultural_investor_written_short_is_its_registered_name_with_its_group_in_brackets():
    assert merge_score("曲江文投", "西安曲江文化产业投资(集团)有限公司", "ORG", places={"西安"})[0] >= 0.8
