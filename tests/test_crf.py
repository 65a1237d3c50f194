"""The numpy CRF decoder against python-crfsuite, which trained the weights: same scores, paths and marginals."""
import random

import numpy as np
import pytest

from extractor.crf import LinearChainCRF
from extractor.ner import (CRFSUITE_FILE, MODEL_FILE, CharTagger, FeatureRows, Lexicon, _lines, bioes_tags,
                           char_features, tags_to_spans)

LEXICON = Lexicon({"华远": "O", "北京": "L", "张伟": "P", "长江": "L", "远景科技": "O", "北京大学": "O", "大学": "Z"})
SENTENCES = [
    ("他在华远公司工作", ["他", "在", "华远", "公司", "工作"], [(2, 6, "ORG")]),
    ("张伟在北京开会", ["张伟", "在", "北京", "开会"], [(0, 2, "PERSON"), (3, 5, "LOC")]),
    ("李娜去了长江边", ["李娜", "去", "了", "长江", "边"], [(0, 2, "PERSON"), (4, 6, "LOC")]),
    ("Apple公司和华为公司合作", ["Apple", "公司", "和", "华为", "公司", "合作"], [(0, 7, "ORG"), (8, 12, "ORG")]),
    ("2024年王芳加入远景科技", ["2024", "年", "王芳", "加入", "远景", "科技"], [(5, 7, "PERSON"), (9, 13, "ORG")]),
]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    import pycrfsuite

    path = tmp_path_factory.mktemp("crf")
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, words, spans in SENTENCES * 3:
        trainer.append(char_features(text, LEXICON, words, True), bioes_tags(len(text), spans))
    trainer.set_params({"max_iterations": 60, "c1": 0.01, "feature.possible_transitions": True})
    trainer.train(str(path / CRFSUITE_FILE))
    LinearChainCRF.from_crfsuite(path / CRFSUITE_FILE).save(path / MODEL_FILE)
    LEXICON.save(path / "lexicon.txt.gz")
    return path


@pytest.fixture(scope="module")
def crfsuite_tagger(model_dir):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_dir / CRFSUITE_FILE))
    return tagger


def _random_texts(seed: int, count: int) -> list[tuple[str, list[str]]]:
    """Made-up lines from the training characters, some Latin, digits and spaces, cut into random words."""
    rng = random.Random(seed)
    alphabet = "".join(t for t, _, _ in SENTENCES) + "ab 7，。"
    out = []
    for _ in range(count):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 90)))
        cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, len(text) // 2))) if len(text) > 1 else []
        out.append((text, [text[s:e] for s, e in zip([0, *cuts], [*cuts, len(text)])]))
    return out


def test_export_round_trip_keeps_every_weight(model_dir):
    exported = LinearChainCRF.from_crfsuite(model_dir / CRFSUITE_FILE)
    loaded = LinearChainCRF.load(model_dir / MODEL_FILE)
    assert loaded.labels == exported.labels and loaded.attributes == exported.attributes
    np.testing.assert_allclose(loaded.state, exported.state, rtol=1e-6)
    np.testing.assert_allclose(loaded.transitions, exported.transitions, rtol=1e-6)
    assert loaded.state[0].tolist() == [0.0] * len(loaded.labels)  # the row of an unknown feature


def test_feature_rows_give_the_string_features_scores(model_dir):
    crf = LinearChainCRF.load(model_dir / MODEL_FILE)
    rows = FeatureRows(crf.index)
    for text, words in _random_texts(1, 200):
        for with_words in (None, words):
            strings = char_features(text, LEXICON, with_words, True)
            expected = np.array([crf.state[[crf.index.get(f, 0) for f in fs]].sum(axis=0) for fs in strings])
            dense, (at, mark_rows) = rows(text, LEXICON, with_words, True)
            got = crf.emissions(dense)
            for i, row in zip(at, mark_rows):
                got[i] += crf.state[row]
            np.testing.assert_allclose(got, expected, atol=1e-9)


def test_viterbi_and_marginals_match_crfsuite(model_dir, crfsuite_tagger):
    crf = LinearChainCRF.load(model_dir / MODEL_FILE)
    rows = FeatureRows(crf.index)
    for text, words in _random_texts(2, 100):
        tags = crfsuite_tagger.tag(char_features(text, LEXICON, words, True))
        dense, (at, mark_rows) = rows(text, LEXICON, words, True)
        scores = crf.emissions(dense)
        for i, row in zip(at, mark_rows):
            scores[i] += crf.state[row]
        assert [crf.labels[t] for t in crf.viterbi(scores)] == tags
        probs = crf.marginals([scores])[0]
        expected = [[crfsuite_tagger.marginal(lab, i) for lab in crf.labels] for i in range(len(text))]
        np.testing.assert_allclose(probs, expected, atol=1e-5)


def test_marginals_of_several_sequences_at_once_are_each_ones_own(model_dir):
    crf = LinearChainCRF.load(model_dir / MODEL_FILE)
    tagger = CharTagger(model_dir, meta={"features": {"words": True, "word_ids": True}})
    batch = [tagger.emissions(text, words) for text, words in _random_texts(3, 20)]
    together = crf.marginals(batch)
    for scores, probs in zip(batch, together):
        np.testing.assert_allclose(probs, crf.marginals([scores])[0], atol=1e-12)
        np.testing.assert_allclose(probs.sum(axis=1), 1.0)


def test_tagger_finds_crfsuites_spans_on_long_lines(model_dir, crfsuite_tagger):
    """Spans, thresholds included: a span's marginals come from a window around it, not the whole line."""
    meta = {"features": {"words": True, "word_ids": True, "lexicon": True}, "min_marginal": {"ORG": 0.6}}
    tagger = CharTagger(model_dir, meta=meta)
    rng = random.Random(4)
    for _ in range(30):
        picked = [rng.choice(SENTENCES) for _ in range(rng.randint(5, 12))]
        text = "，".join(t for t, _, _ in picked)
        words = []
        for i, (_, ws, _) in enumerate(picked):
            words.extend(ws if i == 0 else ["，", *ws])
        expected = []
        tags = crfsuite_tagger.tag(char_features(text, LEXICON, words, True))
        for s, e, lab in tags_to_spans(tags):
            if lab == "ORG" and min(crfsuite_tagger.marginal(tags[i], i) for i in range(s, e)) < 0.6:
                continue
            expected.append((s, e, lab))
        assert tagger.spans(text, words) == expected


def test_lines_carry_their_own_words():
    text = "张伟在\n北京\r\n\n开会 了"
    words = ["张伟", "在\n", "北", "京\r\n\n开", "会 ", "了"]
    assert list(_lines(text, words)) == [
        (0, "张伟在", ["张伟", "在"]), (4, "北京", ["北", "京"]), (8, "", []), (9, "开会 了", ["开", "会 ", "了"])]
    assert [w for _, _, w in _lines(text, ["张伟"])] == [None, None, None, None]  # words not covering the text
    assert [w for _, _, w in _lines("甲乙\n丙", ["甲", "", "乙\n丙", ""])] == [["甲", "乙"], ["丙"]]  # empty words dropped
