"""The character CRF NER: features, tag decoding, and the shipped model inside the pipeline."""
from pathlib import Path

import pytest

from extractor.crf import LinearChainCRF
from extractor.ner import (CRFSUITE_FILE, MODEL_FILE, CharTagger, Lexicon, bioes_tags, char_features, output_label, tags_to_spans,
                           word_positions)
from extractor.pipeline import NER_MODEL_DIR, load_pipeline

shipped = pytest.mark.skipif(not (NER_MODEL_DIR / MODEL_FILE).exists(), reason="no trained NER model shipped")


def test_features_one_list_per_char_with_window_and_words():
    feats = char_features("张伟在杭州", words=["张伟", "在", "杭州"])
    assert len(feats) == 5
    assert "c张" in feats[0] and "d伟" in feats[0] and "h张伟" in feats[0]
    assert "sB" in feats[0] and "sE" in feats[1] and "sS" in feats[2]
    assert char_features("") == []


def test_segmentation_that_does_not_cover_text_is_ignored():
    assert word_positions("张伟在", ["张伟"]) is None
    # spaCy tokens with trailing whitespace (text_with_ws) cover the text exactly
    assert word_positions("ab c", ["ab ", "c"]) == ["B", "M", "E", "S"]
    assert not any(f.startswith("s") for f in char_features("张伟在", words=["张伟"])[0])


def test_lexicon_marks_longest_match():
    lex = Lexicon({"阿里巴巴": "O", "阿里": "P", "杭州": "L"})
    marks = lex.marks("在阿里巴巴杭州")
    assert marks[1] == ["xOB"] and marks[2] == ["xOM"] and marks[4] == ["xOE"]
    assert marks[5] == ["xLB"] and marks[6] == ["xLE"] and 0 not in marks


def test_lexicon_round_trip(tmp_path):
    lex = Lexicon({"阿里巴巴": "O", "杭州": "L"})
    lex.save(tmp_path / "lex.txt.gz")
    assert Lexicon.load(tmp_path / "lex.txt.gz").words == lex.words


def test_bioes_round_trip_and_broken_sequences():
    spans = [(0, 2, "PERSON"), (3, 4, "LOC"), (5, 9, "ORG")]
    tags = bioes_tags(10, spans)
    assert tags[:5] == ["B-PERSON", "E-PERSON", "O", "S-LOC", "O"]
    assert tags_to_spans(tags) == spans
    # an entity the CRF never closed, and one that starts with an I, still count
    assert tags_to_spans(["B-ORG", "I-ORG", "O", "I-LOC", "E-LOC"]) == [(0, 2, "ORG"), (3, 5, "LOC")]


def test_place_labels_split_into_gpe_and_natural_places():
    assert output_label("LOC", "北京市") == "GPE"
    assert output_label("LOC", "长江") == "LOC"
    assert output_label("LOC", "长安汽车") == "ORG"  # a company named after a place
    assert output_label("LOC", "华北制药") == "ORG"  # a drug maker named after its region
    assert output_label("LOC", "汽车") == "GPE"  # the organisation word alone names nothing
    assert output_label("LOC", "汐城国际机场") == "LOC"  # a facility, no political unit
    assert output_label("PERSON", "张伟") == "PERSON"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@shipped
def test_pipeline_finds_person_and_company(nlp):
    doc = nlp("记者获悉，张伟上个月离开了腾讯，加入阿里巴巴担任副总裁。")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("张伟", "PERSON") in ents
    assert any(label == "ORG" and "阿里巴巴" in text for text, label in ents)
    # entities are whole tokens, and tokens still cover the text exactly
    assert "".join(t.text_with_ws for t in doc) == doc.text


@shipped
def test_pipeline_places_and_plain_text(nlp):
    doc = nlp("他出生在浙江省杭州市。今天天气很好，我们去吃饭吧。")
    labels = {e.text: e.label_ for e in doc.ents}
    assert any(label == "GPE" and "杭州" in text for text, label in labels.items())
    assert not [e for e in doc.ents if e.start_char >= doc.text.index("今天")]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    import pycrfsuite

    path = tmp_path_factory.mktemp("tiny")
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in [("他在华远工作", [(2, 4, "ORG")]), ("张伟在北京", [(0, 2, "PERSON"), (3, 5, "LOC")])] * 5:
        trainer.append(char_features(text), bioes_tags(len(text), spans))
    trainer.set_params({"max_iterations": 50})
    trainer.train(str(path / CRFSUITE_FILE))
    LinearChainCRF.from_crfsuite(path / CRFSUITE_FILE).save(path / MODEL_FILE)
    return path


def test_tagger_drops_spans_below_their_label_threshold(tiny_model):
    assert CharTagger(tiny_model, meta={}).spans("他在华远工作") == [(2, 4, "ORG")]
    unsure = CharTagger(tiny_model, meta={"min_marginal": {"ORG": 1.01}})  # no span is that certain
    assert unsure.spans("他在华远工作") == []
    assert unsure.spans("张伟在北京") == [(0, 2, "PERSON"), (3, 5, "LOC")]
    scores = unsure.emissions("他在华远工作")
    path = unsure.crf.viterbi(scores)
    certainty = unsure.crf.marginals([scores])[0][range(2, 4), path[2:4]]
    assert 0.5 < certainty.min() <= 1.0


@shipped
def test_component_serialises(nlp, tmp_path):
    comp = nlp.get_pipe("kg_ner")
    comp.to_disk(tmp_path / "ner")
    again = type(comp)("").from_disk(tmp_path / "ner")
    assert again.tagger is not None and Path(again.model_dir) == Path(comp.model_dir)
