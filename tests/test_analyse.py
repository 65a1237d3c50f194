"""Analysis: sentences with their transcript speakers."""
from __future__ import annotations

from extractor.analyse import analyse
from extractor.records import Document


def speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    return [(s.speaker, text[s.start:s.end][:6]) for s in a.sentences]


def test_a_turn_label_with_a_title_or_a_latin_full_name_names_the_speaker(nlp):
    text = ("远岳物流业绩电话会议实录\n首席执行官王振远:各位好。我们增长很快。\n首席财务官Linda Chen:毛利率为12.8%。\n"
            "分析师(中金公司 刘畅):资本开支是多少?\nLinda Chen:在25亿元左右。")
    got = [who for who, _ in speakers(nlp, text)]
    assert got == [None, "王振远", "王振远", "Linda Chen", "分析师", "Linda Chen"]


def test_an_analyst_labelled_with_the_firm_is_a_speaker_and_long_labels_are_read(nlp):
    text = ("岚木家居业绩说明会\n邝岚树:营收增长8%。\n岚石证券分析师:门店情况如何?\n邝岚树:净增160家。\n"
            "华泰证券分析师蒲岚鸣:毛利率呢?\n应岚清:毛利率为36.5%。")
    got = [who for who, _ in speakers(nlp, text)]
    assert got == [None, "邝岚树", "岚石证券分析师", "邝岚树", "蒲岚鸣", "应岚清"]


def test_a_country_before_a_company_the_text_also_names_alone_is_a_place_of_its_own(nlp):
    text = "监管局同意新加坡澧翊银行在上海设立分行。澧翊银行是东南亚第三大商业银行。据英国《卫报》报道。"
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    found = [(m.text, m.label) for m in a.mentions]
    assert ("新加坡", "GPE") in found and found.count(("澧翊银行", "ORG")) == 2
    assert ("英国", "GPE") in found and ("卫报", "ORG") in found
    assert all(text[m.start:m.end] == m.text for m in a.mentions)


def test_a_university_after_its_country_is_a_place_and_the_university(nlp):
    text = "她曾在美国璟川大学从事博士后研究,后来去了新加坡国立大学。"
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    found = [(m.text, m.label) for m in a.mentions]
    assert ("美国", "GPE") in found and ("璟川大学", "ORG") in found
    assert not any(t == "新加坡" for t, _ in found)  # named after its country, not in it


def test_a_sentence_opens_after_its_list_bullet(nlp):
    text = "重要提示:\n● 公司控股股东拟转让股份。\n- 研发投入:1.5亿元\n-5%的降幅不大。"
    starts = [s for _, s in speakers(nlp, text)]
    assert starts[1] == "公司控股股东" and starts[2].startswith("研发投入")
    assert starts[3].startswith("-5%")  # a minus sign is no bullet


def test_a_country_before_a_foreign_name_in_sounds_or_a_described_company_is_a_place_of_its_own(nlp):
    text = "新船由意大利瑟坎蒂尼集团建造,由海岚旅游与美国邮轮公司岚年华集团合资组建。英国石油公司也在其中。"
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    found = [(m.text, m.label) for m in a.mentions]
    assert ("意大利", "GPE") in found and ("瑟坎蒂尼集团", "ORG") in found
    assert ("美国", "GPE") in found and ("岚年华集团", "ORG") in found
    assert not any(t == "英国" for t, _ in found)  # 石油 is a word: the country is part of that name
    assert all(text[m.start:m.end] == m.text for m in a.mentions)


def test_a_country_before_a_known_company_is_a_place_of_its_own(nlp):
    text = "公司产品已进入美国百思买、德国MediaMarkt等线下渠道。荷兰菲仕兰也是客户。"  # (菲仕兰: its entry's name has no country)
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    found = [(m.text, m.label, m.ent_id) for m in a.mentions]
    assert ("美国", "GPE", "usa") in found and ("百思买", "ORG", "best-buy") in found
    assert ("荷兰", "GPE", "netherlands") in found and ("菲仕兰", "ORG", "frieslandcampina") in found
    assert not any(t in ("美国百思买", "荷兰菲仕兰") for t, _, _ in found)


def test_a_headline_naming_whom_it_talks_to_before_a_colon_is_no_turn(nlp):
    text = "对话栖岚民宿创始人岑岚舟:入住率做到75%,靠的是什么?\n栖岚是增长最快的民宿品牌之一。\n岑岚舟:我们的客源主要来自携程。"
    assert [who for who, _ in speakers(nlp, text)] == [None, None, "岑岚舟"]


def test_a_name_read_through_markup_is_written_without_it(nlp):
    a = analyse(Document("doc-t", "t.txt", "瑄禾服饰将为瑞典快时尚品牌H&amp;M生产针织服装。", "0" * 64), nlp)
    assert "H&M" in [m.text for m in a.mentions]


def test_semicolons_between_the_items_of_an_enumeration_end_no_sentence(nlp):
    text = "排名前三的品牌分别为:霈石科技,占比23.5%;追霈,占比18.2%;科霈,占比15.1%。其中,追霈增长最快;科霈下滑。"
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    assert [s.text for s in a.sentences] == ["排名前三的品牌分别为:霈石科技,占比23.5%;追霈,占比18.2%;科霈,占比15.1%。",
                                             "其中,追霈增长最快;", "科霈下滑。"]



def test_a_breakdown_by_brand_keeps_its_semicolons_in_one_sentence(nlp):
    text = "分品牌看,主品牌霈动营收62亿元;户外品牌霈峰营收14亿元。霈动增长最快;霈峰次之。"
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    assert [s.text for s in a.sentences] == ["分品牌看,主品牌霈动营收62亿元;户外品牌霈峰营收14亿元。", "霈动增长最快;", "霈峰次之。"]


def test_a_numbered_item_with_a_dash_opens_at_its_name_one_with_a_colon_keeps_its_number(nlp):
    text = "入选品牌如下:\n1. 霈山咖啡 —— 成立于2021年。\n2. 白霈:2022年诞生于杭州。"
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    assert [s.text for s in a.sentences][1:] == ["霈山咖啡 —— 成立于2021年。", "2. 白霈:2022年诞生于杭州。"]


def test_a_country_before_a_japanese_companys_registered_name_is_a_place_of_its_own(nlp):
    text = "越南工厂由濛华纺织与日本濛丽株式会社合资建设。"
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    found = [(m.text, m.label) for m in a.mentions]
    assert ("日本", "GPE") in found and ("濛丽株式会社", "ORG") in found


def test_a_host_labelled_with_a_role_and_a_nickname_is_that_roles_turn(nlp):
    text = "播客文字稿\n主持人小麆:欢迎收听本期节目。\n林麆:大家好,我是林麆。\n主持人小麆:你们怎么竞争?"
    got = [who for who, _ in speakers(nlp, text)]
    assert got == [None, "主持人", "林麆", "主持人"]
