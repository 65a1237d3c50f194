from __future__ import annotations

import pytest
import spacy

from extractor import load_pipeline


def test_components_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("kg_sentences") < names.index("kg_gazetteer") < names.index("kg_cues") < names.index("kg_figures")


def test_gazetteer_entities_carry_canonical_ids(nlp):
    doc = nlp("我在淘宝和Taobao上买东西,阿里巴巴集团很大。")
    ids = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("淘宝", "taobao") in ids and ("Taobao", "taobao") in ids


def test_latin_gazetteer_names_need_word_boundaries(nlp):
    doc = nlp("Nikeland不是Nike。")
    assert [e.text for e in doc.ents if e.ent_id_ == "nike"] == ["Nike"]


def test_cue_patterns_find_unknown_names(nlp):
    doc = nlp("一个叫青木堂的品牌很受欢迎。蓝海资本创始人郑远航说,他们是“中国的Patagonia”。")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("青木堂", "ORG") in found
    assert ("郑远航", "PERSON") in found
    assert ("Patagonia", "ORG") in found


def test_entities_use_the_model_labels_and_brands_are_hinted(nlp):
    doc = nlp("香氛品牌“青木堂”在天猫卖得好,完美日记也是。")
    assert {e.label_ for e in doc.ents} <= {"PERSON", "ORG", "GPE", "LOC"}
    hinted = {doc.text[s:e] for s, e in doc._.brand_hints}
    assert {"青木堂", "完美日记"} <= hinted and "天猫" not in hinted


def test_sentences_split_on_chinese_and_half_width_punctuation_and_lines(nlp):
    doc = nlp("第一句。第二句!第三句?“第四句。”第五句\n第六句")
    assert [s.text.strip() for s in doc.sents] == ["第一句。", "第二句!", "第三句?", "“第四句。”", "第五句", "第六句"]


def test_pipeline_survives_disk_round_trip(nlp, tmp_path):
    text = "一个叫青木堂的品牌在天猫上卖得很好,月活过亿。"
    nlp.to_disk(tmp_path / "pipe", exclude=["tokenizer"])
    again = spacy.load(tmp_path / "pipe", exclude=["tokenizer"])
    again.tokenizer = nlp.tokenizer
    a, b = nlp(text), again(text)
    assert [(e.text, e.label_, e.ent_id_) for e in a.ents] == [(e.text, e.label_, e.ent_id_) for e in b.ents]
    assert again.pipe_names == nlp.pipe_names


def test_tokenizer_segments_words(nlp):
    words = [t.text for t in nlp.tokenizer("北京大学的学生在上海工作")]
    assert "北京大学" in words or ("北京" in words and "大学" in words)
    assert "学生" in words and "工作" in words


def test_public_api_loads():
    nlp2 = load_pipeline(segmenter="char", ner=False)
    assert [t.text for t in nlp2.tokenizer("小红书")] == ["小", "红", "书"]


def test_tokenizer_keeps_the_text_the_components_read(nlp):
    from extractor.spans import TEXT_KEY, doc_text

    text = "  雷军 在\n北京\t发布了 Xiaomi 14。\r\n"
    for pipeline in (nlp, load_pipeline(segmenter="char", ner=False)):
        doc = pipeline.tokenizer(text)
        assert doc.user_data[TEXT_KEY] == text == doc.text
        assert doc_text(pipeline(text)) == text


def test_words_and_spaces_align_as_spacy_does():
    import random

    from spacy.util import get_words_and_spaces

    from extractor.pipeline import words_and_spaces

    rng = random.Random(5)
    pool = list("雷军在北京发布了新品ab1") + [" ", "  ", "\n", "\t", "\u3000", " \n "]
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        chunks = []
        for piece in text.split():  # the segmenter's words: each stretch without whitespace, cut anywhere
            i = 0
            while i < len(piece):
                k = rng.randint(1, 4)
                chunks.append(piece[i:i + k])
                i += k
        if rng.random() < 0.3:
            chunks.insert(rng.randint(0, len(chunks)), " ")  # a whitespace word, which both ignore
        assert words_and_spaces(chunks, text) == get_words_and_spaces(chunks, text), (chunks, text)
    with pytest.raises(ValueError):
        words_and_spaces(["雷军"], "雷鸣")


def test_half_width_punctuation_glued_into_a_word_is_split_off():
    from extractor.pipeline import split_punctuation

    assert split_punctuation(["TOY,后者", "花知晓,TikTok", "上;付费"]) == ["TOY", ",", "后者", "花知晓", ",", "TikTok",
                                                                      "上", ";", "付费"]
    # digits keep their separators, a mark alone stays as it is
    assert split_punctuation(["1,000", "10:21", ",", "Levi's"]) == ["1,000", "10:21", ",", "Levi's"]
    # a pictograph opening a list item is never part of the name after it
    assert split_punctuation(["📍泠", "芙烘焙", "出片📸"]) == ["📍", "泠", "芙烘焙", "出片", "📸"]


def test_a_latin_name_before_a_half_width_comma_is_one_token(nlp):
    doc = nlp.make_doc("竞争对手包括52TOYS和TOP TOY,后者由名创优品孵化。")
    assert "TOY" in [t.text for t in doc] and "," in [t.text for t in doc]


def test_a_latin_run_cut_after_a_chinese_character_is_one_word():
    from extractor.pipeline import whole_latin_runs

    assert whole_latin_runs(["回合", "制R", "PG", "游戏"], [False] * 4) == (["回合", "制", "RPG", "游戏"], [False] * 4)
    # words that do not touch, and runs after no Chinese character, stay as the segmenter has them
    assert whole_latin_runs(["2023-09-18", "10:32"], [True, False]) == (["2023-09-18", "10:32"], [True, False])
    assert whole_latin_runs(["iPhone", "14"], [False, False]) == (["iPhone", "14"], [False, False])


def test_an_officers_title_glued_to_a_name_is_two_words():
    from extractor.pipeline import whole_latin_runs

    assert whole_latin_runs(["兼", "COO鹤岭", "告诉"], [False] * 3) == (["兼", "COO", "鹤岭", "告诉"], [False] * 4)
    assert whole_latin_runs(["2位", "WCG世界", "冠军"], [False] * 3) == (["2位", "WCG世界", "冠军"], [False] * 3)


def test_a_word_cut_at_an_accented_letter_is_one_word():
    from extractor.pipeline import whole_latin_runs

    assert whole_latin_runs(["集团", "Valor", "é", "发布"], [False] * 4) == (["集团", "Valoré", "发布"], [False] * 3)
    assert whole_latin_runs(["Lumi", "ère"], [False, False]) == (["Lumière"], [False])
    assert whole_latin_runs(["Paris", "é"], [True, False]) == (["Paris", "é"], [True, False])  # apart in the text
