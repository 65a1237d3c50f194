"""Distributional classes for the NER (extractor.training.clusters) and their use as features (ner.Clusters)."""
import numpy as np

from extractor.ner import Clusters, char_features
from extractor.training.clusters import cluster, ppmi_vectors, spherical_kmeans


def _toy_sentences():
    # company names follow 公司 contexts, city names follow 在...市 contexts; no item shares a character
    rows = []
    for name in ["甲乙", "丙丁", "戊己"]:
        for verb in ["宣布", "发布", "收购"]:
            rows.append(["据悉", name, verb, "新品"])
    for city in ["子丑", "寅卯", "辰巳"]:
        for verb in ["位于", "来自", "前往"]:
            rows.append([verb, city, "市区", "附近"])
    return rows * 2


def test_items_sharing_contexts_share_a_class():
    spec = {"min_count": 2, "contexts": 50, "offsets": [-1, 1], "dim": 4, "fine": 2, "coarse": 1}
    classes = cluster(_toy_sentences(), spec)
    assert classes["甲乙"] == classes["丙丁"] == classes["戊己"]
    assert classes["子丑"] == classes["寅卯"] == classes["辰巳"]
    assert classes["甲乙"][0] != classes["子丑"][0]
    assert {c[1] for c in classes.values()} == {"0"}  # one coarse class over both fine ones


def test_ppmi_vectors_skip_rare_items_and_are_deterministic():
    vocab, vectors = ppmi_vectors(_toy_sentences(), min_count=7, n_contexts=50, offsets=[-1, 1], dim=3)
    assert "甲乙" not in vocab and "据悉" in vocab  # a name occurs 6 times, 据悉 18
    again = ppmi_vectors(_toy_sentences(), min_count=7, n_contexts=50, offsets=[-1, 1], dim=3)[1]
    assert vectors.shape == (len(vocab), 3) and np.allclose(np.abs(vectors), np.abs(again))


def test_spherical_kmeans_separates_directions():
    x = np.array([[1, 0.1], [2, 0.0], [3, 0.2], [0.1, 1], [0, 5], [0.2, 2]], dtype=np.float32)
    assign, centroids = spherical_kmeans(x, 2, seed=0)
    assert len(set(assign[:3])) == 1 and len(set(assign[3:])) == 1 and assign[0] != assign[3]
    assert np.allclose(np.linalg.norm(centroids, axis=1), 1)


def test_cluster_features_and_round_trip(tmp_path):
    cl = Clusters({"麦": ("7", "1"), "肯": ("7", "1")}, {"麦肯锡": ("30", "4"), "宣布": ("2", "0")})
    cl.save(tmp_path / "cl.txt.gz")
    again = Clusters.load(tmp_path / "cl.txt.gz")
    assert again.chars == cl.chars and again.words == cl.words
    feats = char_features("麦肯锡宣布", words=["麦肯锡", "宣布"], clusters=again)
    assert "q7" in feats[0] and "q-" in feats[2]  # 锡 has no class
    assert "u30" in feats[2] and "v4" in feats[0] and "y-0" in feats[1]  # word class, and its neighbours' classes
    assert "u2" in feats[3] and "y4-" in feats[4]
    plain = char_features("麦肯锡宣布", words=["麦肯锡", "宣布"])
    assert all(len(f) < len(g) for f, g in zip(plain, feats))
