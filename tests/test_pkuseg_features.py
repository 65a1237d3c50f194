"""The fast pkuseg feature extraction gives spacy_pkuseg's own features, and so its words."""
import pytest
from spacy_pkuseg.feature_extractor import FeatureExtractor

from extractor import pkuseg_model
from extractor.pkuseg_features import NO_WORD, NodeFeatures, node_features, normalizer

SENTENCES = ["阿里巴巴集团在杭州宣布新计划", "我们", "好", "", "价格是１２３元，约50%。",
             "Apple的CEO库克说: a-b.c_d|e/f*g", "北京大学生物系"]


def _toy_extractor(with_empty_word: bool, with_digit_word: bool = True) -> FeatureExtractor:
    fe = FeatureExtractor()
    words = ["阿里巴巴", "阿里", "集团", "杭州", "宣布", "北京", "北京大学", "大学", "大学生", "生物", "我们", "１２"]
    if with_digit_word:  # a word spelt with the node names: words are found by joining nodes, not slicing text
        words.append("**Num**Num")
    fe.unigram = set(words) | ({""} if with_empty_word else set())
    names = ["c.阿", "c.里", "c-1.阿", "c1.巴", "c-2.里", "c2.集", "c-1c.阿.里", "cc1.里.巴", "c-2c-1.阿.里",
             "c.**Num", "c-1.**Num", "w-1.阿里巴巴", "w1.阿里巴巴", "w1.北京大学", "w-1.大学生", "w-1.",
             f"ww.l.{NO_WORD}*{NO_WORD}", f"ww.r.{NO_WORD}*{NO_WORD}", f"ww.l.{NO_WORD}*集团", "ww.r.阿里巴巴*集团",
             f"ww.l.阿里巴巴*{NO_WORD}", "ww.l.北京*大学生", "ww.r.*杭州", "ww.l.*我们", f"ww.r.我们*{NO_WORD}"]
    fe.feature_to_idx = {name: i + 1 for i, name in enumerate(names)}
    return fe


def _reference(fe: FeatureExtractor, nodes: list[str]) -> list[list[int]]:
    return [sorted(fe.get_node_features_idx(i, nodes)) for i in range(len(nodes))]


@pytest.mark.parametrize("with_empty_word", [False, True])
@pytest.mark.parametrize("with_digit_word", [False, True])
def test_same_features_as_spacy_pkuseg_on_a_toy_model(with_empty_word, with_digit_word):
    fe = _toy_extractor(with_empty_word, with_digit_word)
    assert (NodeFeatures(fe.feature_to_idx, fe.unigram).mask is None) == with_digit_word
    normalize = normalizer(fe)
    for text in SENTENCES:
        nodes = normalize(text)
        assert nodes == list(fe.normalize_text(text))
        ours = [sorted(f) for f in node_features(nodes, fe.feature_to_idx, fe.unigram)]
        assert ours == _reference(fe, nodes), text
    # the toy features do fire: pair features counted as often as spacy_pkuseg repeats them
    first = node_features(normalize("阿里巴巴集团"), fe.feature_to_idx, fe.unigram)[0]
    assert fe.feature_to_idx["w1.阿里巴巴"] in first
    # before the first character every slice is out of range: "" where the dictionary holds "", else no word
    start = node_features(normalize("我们"), fe.feature_to_idx, fe.unigram)[0]
    assert start.count(fe.feature_to_idx["ww.l.*我们"]) == (5 if with_empty_word else 0)
    if not with_empty_word:
        assert first.count(fe.feature_to_idx[f"ww.l.{NO_WORD}*{NO_WORD}"]) == 15  # 5 x 3: 阿里巴巴 and 阿里 start here


def test_memo_reset_keeps_features():
    fe = _toy_extractor(False)
    features = NodeFeatures(fe.feature_to_idx, fe.unigram)
    features.MEMO_MAX = 2
    nodes = list("阿里巴巴集团在杭州宣布新计划")
    for _ in range(3):
        assert [sorted(f) for f in features(nodes)] == _reference(fe, nodes)
    assert len(features.pairs) <= 3 + len(nodes)


needs_model = pytest.mark.skipif(pkuseg_model.model_path() is None, reason="pkuseg model not installed")


@needs_model
def test_same_words_as_spacy_pkuseg_with_the_shipped_model():
    fast = pkuseg_model.load_segmenter(pkuseg_model.model_path())
    slow = pkuseg_model.load_segmenter(pkuseg_model.model_path(), fast=False)
    text = "\n".join(SENTENCES + ["小米科技董事长雷军昨日在北京发布了新款手机，售价1999元。",
                                 "據報導，ＮＢＡ球星在上海與粉絲見面 (2023-05-01)"])
    for line in text.splitlines():
        assert fast.cut(line) == slow.cut(line)
    assert fast.cut("阿里巴巴集团董事局主席马云") == ["阿里巴巴", "集团", "董事局", "主席", "马云"]


@needs_model
def test_pipeline_tokenizer_uses_the_fast_features():
    from extractor.pipeline import make_blank

    seg = make_blank().tokenizer.pkuseg_seg
    assert "use_fast_features" in seg._cut.__qualname__
    slow = pkuseg_model.load_segmenter(pkuseg_model.model_path(), fast=False)
    assert "use_fast_features" not in slow._cut.__qualname__


@needs_model
def test_same_words_on_random_mixtures_of_scripts_digits_and_keyword_characters():
    import random

    rng = random.Random(7)
    # characters of real sentences, so that random strings still form dictionary words, plus pkuseg's specials
    pool = sorted(set("".join(SENTENCES) + "小米科技董事长雷军昨日在北京发布了新款手机，售价元。中国人民银行上海分行的经理说"))
    pool += list("ABCxyz0123456789０１２ＡＢ-._,|/*: \t%％")
    fast = pkuseg_model.load_segmenter(pkuseg_model.model_path())
    slow = pkuseg_model.load_segmenter(pkuseg_model.model_path(), fast=False)
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        assert fast.cut(text) == slow.cut(text), text


def test_dictionary_merges_are_spacy_pkusegs():
    import random

    from spacy_pkuseg import Postprocesser

    from extractor.pkuseg_features import MergeDictionaryWords

    post = Postprocesser(None, None)
    post.do_process = True
    post.common_words = {"人民银行"}
    post.other_words = {"中国人民", "上海分行", "分行", "中国", "经理说了", "a b"}
    fast = MergeDictionaryWords(post)
    pieces = ["中", "国", "中国", "人民", "人", "民", "银行", "上海", "分", "行", "分行", "经理", "说", "了", "", "a", " b"]
    rng = random.Random(3)
    merged = 0
    for _ in range(3000):
        sent = [rng.choice(pieces) for _ in range(rng.randint(0, 12))]
        expected = post.post_process(list(sent), check_seperated=True)
        assert fast(list(sent)) == expected, sent
        merged += len(expected) < len(sent)
    assert merged > 100  # the merges do happen


@pytest.mark.parametrize("memo_max", [10, 500_000])
def test_node_scores_are_the_summed_weights_of_the_node_features(memo_max):
    import random

    import numpy as np

    from extractor.pkuseg_features import NodeScores

    fe = _toy_extractor(False, with_digit_word=False)
    n_feature, n_tag = len(fe.feature_to_idx) + 1, 5
    rng = np.random.default_rng(0)
    w = rng.normal(size=n_feature * n_tag + n_tag * n_tag)
    features = NodeFeatures(fe.feature_to_idx, fe.unigram)
    scores = NodeScores(NodeFeatures(fe.feature_to_idx, fe.unigram), w, n_feature, n_tag)
    scores.MEMO_MAX = memo_max  # a small memo is cleared and rebuilt on the way
    node_w = w[:n_feature * n_tag].reshape(n_feature, n_tag)
    pool = sorted(set("".join(SENTENCES))) + [chr(0x4e00 + i) for i in range(60)]  # enough pairs to grow the tables
    pick = random.Random(5)
    texts = SENTENCES + ["".join(pick.choice(pool) for _ in range(pick.randint(1, 60))) for _ in range(300)]
    for text in texts:
        nodes = normalizer(fe)(text)
        expected = np.array([node_w[f].sum(axis=0) for f in features(nodes)]).reshape(len(nodes), n_tag)
        assert np.allclose(scores(nodes), expected), text
    assert scores.pairs.size > 1024 or memo_max == 10
    assert len(scores.words.ids) <= memo_max + 60 + 1
