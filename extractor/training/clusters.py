"""Distributional classes for the NER's features, learnt without labels: PPMI over neighbour contexts, reduced by
a randomised SVD, grouped by spherical k-means into fine classes and the fine centroids again into coarse ones.
Plain numpy, deterministic (fixed seeds), a minute or two on the corpora's few million characters."""
from __future__ import annotations

import logging
from collections import Counter
from typing import Iterable, Sequence

import numpy as np

log = logging.getLogger("extractor.training")


def ppmi_vectors(sequences: Iterable[Sequence[str]], min_count: int, n_contexts: int, offsets: Sequence[int],
                 dim: int, seed: int = 0) -> tuple[list[str], np.ndarray]:
    """Dense vectors for every item seen `min_count` times: rows of the positive PMI matrix between the item and
    the most frequent `n_contexts` items at each offset (position-specific), reduced to `dim` dimensions."""
    seqs = [list(s) for s in sequences]
    counts = Counter(x for s in seqs for x in s)
    vocab = [x for x, n in counts.most_common() if n >= min_count]
    row = {x: i for i, x in enumerate(vocab)}
    ctx = {x: i for i, x in enumerate(vocab[:n_contexts])}
    n_ctx = len(ctx)
    m = np.zeros((len(vocab), n_ctx * len(offsets)), dtype=np.float32)
    for s in seqs:
        ids = [row.get(x, -1) for x in s]
        cids = [ctx.get(x, -1) for x in s]
        n = len(s)
        for k, off in enumerate(offsets):
            base = k * n_ctx
            for i in range(max(0, -off), min(n, n - off)):
                r, c = ids[i], cids[i + off]
                if r >= 0 and c >= 0:
                    m[r, base + c] += 1
    total = m.sum()
    p_row = m.sum(axis=1) / total
    smoothed = m.sum(axis=0) ** 0.75  # context distribution smoothing (Levy et al. 2015): rare contexts inflate PMI
    p_ctx = smoothed / smoothed.sum()
    for start in range(0, len(m), 4096):  # in place, a block of rows at a time: the matrix can be gigabytes
        block = m[start:start + 4096]
        with np.errstate(divide="ignore", invalid="ignore"):
            pmi = np.log(block / total / p_row[start:start + 4096, None] / p_ctx[None, :])
        block[...] = np.where(pmi > 0, pmi, 0)
    u, sv = randomized_svd(m, dim, seed)
    return vocab, u * np.sqrt(sv)[None, :]


def randomized_svd(m: np.ndarray, k: int, seed: int, oversample: int = 20, power: int = 3):
    rng = np.random.default_rng(seed)
    q = m @ rng.standard_normal((m.shape[1], k + oversample), dtype=np.float32)
    for _ in range(power):
        q, _ = np.linalg.qr(q)
        q = m @ (m.T @ q)
    q, _ = np.linalg.qr(q)
    u_small, sv, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    return (q @ u_small)[:, :k], sv[:k]


def spherical_kmeans(x: np.ndarray, k: int, seed: int, iterations: int = 30) -> tuple[np.ndarray, np.ndarray]:
    """Cluster ids of the rows of `x` by cosine similarity, and the unit centroids."""
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(seed)
    k = min(k, len(x))
    centroids = x[rng.choice(len(x), k, replace=False)]
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(x @ centroids.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                centroids[j] = c / max(np.linalg.norm(c), 1e-9)
    return assign, centroids


def cluster(sequences: Iterable[Sequence[str]], spec: dict, seed: int = 0) -> dict[str, tuple[str, str]]:
    """item -> (fine class, coarse class), per `spec` (min_count, contexts, offsets, dim, fine, coarse)."""
    vocab, vectors = ppmi_vectors(sequences, spec["min_count"], spec["contexts"], spec["offsets"], spec["dim"], seed)
    fine, centroids = spherical_kmeans(vectors, spec["fine"], seed)
    coarse, _ = spherical_kmeans(centroids, spec["coarse"], seed + 1)
    log.info("clusters: %d items in %d fine / %d coarse classes", len(vocab), spec["fine"], spec["coarse"])
    return {x: (str(f), str(coarse[f])) for x, f in zip(vocab, fine)}
