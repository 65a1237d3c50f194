"""A faster drop-in for spacy_pkuseg's per-character feature extraction, the segmenter's bottleneck (about 17 of
its 20 microseconds per character; Viterbi takes under one).

spacy_pkuseg builds, for every character, 20 dictionary slices and 50 "word before * word after" feature
strings, most of them the same `**noWord` pair again and again. Here each dictionary slice is looked up once per
sentence, and a repeated pair is looked up once and added as often as it occurs. The features of each character
are the same multiset of indices as spacy_pkuseg's (`tests/test_pkuseg_features.py` compares them). The
segmenter then sums their weights with numpy (`NodeScores`) for spacy_pkuseg's compiled Viterbi, and its
user-dictionary post-processing skips the passes that merge nothing (`MergeDictionaryWords`); the words are
spacy_pkuseg's (the tests compare them on random strings and real sentences).
"""
from __future__ import annotations

from functools import partial
from operator import add, itemgetter, le
from typing import Sequence

import numpy as np

from .prefixes import lengths_by_head

NO_WORD = "**noWord"
MASK_CANDIDATES = "\x00\x01\ufffe\uffff"
WORD_LENGTHS = (6, 5, 4, 3, 2)  # spacy_pkuseg's config.wordMax .. wordMin


def normalizer(feature_extractor):
    """text -> the segmenter's nodes: keyword characters renamed, digits and full-width letters folded."""
    table = feature_extractor.keywords_translate_table
    fold = {ch: "**Num" for ch in feature_extractor.num}
    fold.update({ch: "**Letter" for ch in feature_extractor.letter})

    def normalize(text: str) -> list[str]:
        return [fold.get(ch, ch) for ch in text.translate(table)]

    return normalize


def node_features(nodes: Sequence[str], feature_to_idx: dict[str, int], unigram: set[str]) -> list[list[int]]:
    """The feature indices of every node, as spacy_pkuseg's `get_node_features_idx` gives them (order aside)."""
    return NodeFeatures(feature_to_idx, unigram)(nodes)


class NodeFeatures:
    """`node_features` with the character templates memoised per character and per character pair: the same few
    thousand characters recur, and one small-dict lookup replaces several string builds and lookups in the
    million-entry feature table."""

    MEMO_MAX = 500_000  # pairs; the memo is dropped and rebuilt beyond this (unbounded input, bounded memory)

    def __init__(self, feature_to_idx: dict[str, int], unigram: set[str]):
        self.feature_to_idx = feature_to_idx
        self.unigram = unigram
        self.singles: dict[str, tuple] = {}
        self.pairs: dict[str, tuple] = {}
        self.words_memo: dict[tuple, list[int]] = {}
        # Dictionary words are found by slicing a string with one character a node, digits and letters replaced
        # by a character no dictionary word holds (so no slice over them is a word, as with the nodes "**Num",
        # "**Letter"). That holds only while no dictionary word is spelt with those node names; the model's are
        # not, and a dictionary that is falls back to joining the nodes.
        lengths = set(WORD_LENGTHS)
        used = set("".join(w for w in unigram if len(w) in lengths))
        self.mask = next((ch for ch in MASK_CANDIDATES if ch not in used), None)
        if any(name in w for w in unigram for name in ("**Num", "**Letter")):
            self.mask = None
        self.heads = lengths_by_head(unigram, min(WORD_LENGTHS), max(WORD_LENGTHS))

    def _single(self, c: str) -> tuple:
        get = self.feature_to_idx.get
        t = self.singles[c] = (get("c." + c, -1), get("c-1." + c, -1), get("c1." + c, -1), get("c-2." + c, -1),
                               get("c2." + c, -1))
        return t

    def _pair(self, p: str) -> tuple:
        get = self.feature_to_idx.get
        if len(self.pairs) > self.MEMO_MAX:
            self.pairs.clear()
        t = self.pairs[p] = (get("c-1c." + p, -1), get("cc1." + p, -1), get("c-2c-1." + p, -1))
        return t

    def __call__(self, nodes: Sequence[str]) -> list[list[int]]:
        cols, keys, lists = self.parts(nodes)
        memo = self.words_memo
        if len(memo) > self.MEMO_MAX:
            memo.clear()
        get = self.feature_to_idx.get
        found = list(map(memo.get, keys))
        for i in [i for i, w in enumerate(found) if w is None]:
            found[i] = memo[keys[i]] = _word_features(get, *lists[i])
        return [[0, *filter(_present, row), *words] for row, words in zip(zip(*cols), found)]

    def parts(self, nodes: Sequence[str]) -> tuple[list[list[int]], list[tuple], list[tuple]]:
        """The character n-gram features as columns (a template each, -1 where absent), and per position the
        four word lists its word features depend on, with a hashable key of them."""
        return (self.gram_columns(nodes), *self.word_lists(nodes))

    def gram_columns(self, nodes: Sequence[str]) -> list[list[int]]:
        """The character n-gram features as columns (a template each, -1 where absent or beyond the sentence)."""
        singles, pairs_memo = self.singles, self.pairs
        one = [singles.get(c) or self._single(c) for c in nodes]
        two = [pairs_memo.get(p) or self._pair(p) for p in map(_dotted, nodes, nodes[1:])]
        t0, t1, t2, t3, t4 = _ITEMS
        return [
            list(map(t0, one)),
            [-1, *map(t1, one[:-1])],
            [-1, *map(t0, two)],
            [*map(t2, one[1:]), -1],
            [*map(t1, two), -1],
            [-1, -1, *map(t3, one[:-2])],
            [-1, -1, *map(t2, two[:-1])],
            [*map(t4, one[2:]), -1, -1],
        ]

    def word_lists(self, nodes: Sequence[str]) -> tuple[list[tuple], list[tuple]]:
        """Per position the four word lists its word features depend on, and a hashable key of them."""
        n = len(nodes)
        unigram = self.unigram
        # Dictionary words ending and starting at each position. A slice beyond the sentence is "" in spacy_pkuseg,
        # and "" counts as a word when the dictionary holds it; any other slice not in the dictionary is NO_WORD.
        edge = "" if "" in unigram else NO_WORD
        ends: list[list[str]] = [[] for _ in range(n + 2)]    # ends[i + 1]: words whose last node is i
        starts: list[list[str]] = [[] for _ in range(n + 2)]  # starts[i + 1]: words whose first node is i
        if self.mask is not None:
            mask = self.mask
            line = "".join([c if len(c) == 1 else mask for c in nodes])
            heads = self.heads
            for s, lengths in [(s, ks) for s, ks in enumerate(map(heads.get, [line[s:s + 2] for s in range(n - 1)]))
                               if ks]:
                for length in lengths:
                    w = line[s:s + length]
                    if len(w) == length and w in unigram:
                        ends[s + length].append(w)
                        starts[s + 1].append(w)
        else:
            for length in WORD_LENGTHS:
                for s in range(n - length + 1):
                    w = "".join(nodes[s:s + length])
                    if w in unigram:
                        ends[s + length].append(w)
                        starts[s + 1].append(w)
        edge_words = [edge] if edge is not NO_WORD else []
        # The word features of a position depend on four word lists alone (the words ending and starting at it,
        # ending just before and starting just after it), and the same few combinations recur all the time.
        lists = list(zip(ends[1:n + 1], starts[1:n + 1], ends[0:n], starts[2:n + 2]))
        if edge_words:
            # near either end some slices fall outside the sentence (lengths 2..6: closed-form counts)
            for i in {*range(min(n, len(WORD_LENGTHS) + 1)), *range(max(0, n - len(WORD_LENGTHS) - 2), n)}:
                pre_in, post_in, pre_ex, post_ex = lists[i]
                lists[i] = (pre_in + edge_words * _clamp(5 - i), post_in + edge_words * _clamp(6 - n + i),
                            pre_ex + edge_words * _clamp(6 - i), post_ex + edge_words * _clamp(7 - n + i))
        keys = [(*a, "|", *b, "|", *c, "|", *d) for a, b, c, d in lists]
        return keys, lists


class NodeScores:
    """The segmenter's node scores (what spacy_pkuseg's `getLogYY` sums from the feature lists) computed with
    numpy. Each character's five single-character templates and each character pair's three pair templates are
    summed into weight rows once, when first seen; a sentence then costs one id lookup a character and a pair and
    a few shifted array additions. The summed weights of each position's word features are memoised on its four
    word lists. So neither the lists of some sixty indices a character nor their conversion to C++ vectors are
    built."""

    MEMO_MAX = NodeFeatures.MEMO_MAX

    def __init__(self, features: NodeFeatures, w: np.ndarray, n_feature: int, n_tag: int):
        self.features = features
        self.n_tag = n_tag
        self.node_w = w[:n_feature * n_tag].reshape(n_feature, n_tag)
        # getLogYY starts the edge scores at one, not zero, and stores them [next tag, tag]
        self.edge = np.ascontiguousarray(1.0 + w[n_feature * n_tag:n_feature * n_tag + n_tag * n_tag]
                                         .reshape(n_tag, n_tag).T)
        self.words = _RowTable(n_tag)  # the summed word features of four word lists
        self.chars = _RowTable(5, n_tag)   # c, c-1, c1, c-2, c2 of a character
        self.pairs = _RowTable(3, n_tag)   # c-1c, cc1, c-2c-1 of a character pair

    def _rows(self, features: tuple) -> np.ndarray:
        return np.array([self.node_w[i] if i >= 0 else np.zeros(self.n_tag) for i in features])

    def __call__(self, nodes: Sequence[str]) -> np.ndarray:
        n = len(nodes)
        if not n:
            return np.zeros((0, self.n_tag))
        features = self.features
        chars, pairs = self.chars, self.pairs
        for table in (chars, pairs):  # unbounded input, bounded memory: rebuilt beyond MEMO_MAX keys
            if len(table.ids) > self.MEMO_MAX:
                table.clear()
        ids, pair_ids = chars.ids, pairs.ids
        # ids first: adding a row may replace the table
        char_rows = [ids.get(x) or chars.add(x, self._rows(features.singles.get(x) or features._single(x)))
                     for x in nodes]
        pair_rows = [pair_ids.get(x) or pairs.add(x, self._rows(features.pairs.get(x) or features._pair(x)))
                     for x in map(_dotted, nodes, nodes[1:])]
        c, p = chars.table[char_rows], pairs.table[pair_rows]
        # the templates in the order getLogYY sums them, so the scores are the same to the last bit
        scores = c[:, 0].copy()
        scores[1:] += c[:-1, 1]   # c-1: the character before
        scores[1:] += p[:, 0]     # c-1c: the pair ending here
        scores[:-1] += c[1:, 2]   # c1: the character after
        scores[:-1] += p[:, 1]    # cc1: the pair starting here
        scores[2:] += c[:-2, 3]   # c-2
        scores[2:] += p[:-1, 2]   # c-2c-1: the pair ending just before
        scores[:-2] += c[2:, 4]   # c2
        scores += self.node_w[0]
        keys, lists = features.word_lists(nodes)
        memo = self.words
        if len(memo.ids) > self.MEMO_MAX:
            memo.clear()
        memo_ids = memo.ids
        word_rows = list(map(memo_ids.get, keys))
        if None in word_rows:
            get = features.feature_to_idx.get
            for i in [i for i, r in enumerate(word_rows) if r is None]:
                r = memo_ids.get(keys[i])  # the same lists may recur within the sentence
                if r is None:
                    idx = _word_features(get, *lists[i])
                    r = memo.add(keys[i], self.node_w[idx].sum(axis=0) if idx else 0.0)
                word_rows[i] = r
        return scores + memo.table[word_rows]


class _RowTable:
    """Weight rows of one shape by key, in one growing array; id 0 is a row of zeros (so `ids.get(key) or
    add(...)` never mistakes a real id for a miss, and an empty index list gathers nothing)."""

    def __init__(self, *shape: int):
        self.shape = shape
        self.clear()

    def clear(self) -> None:
        self.ids: dict = {}
        self.table = np.zeros((1024, *self.shape))
        self.size = 1

    def add(self, key, rows: np.ndarray | float) -> int:
        if self.size == len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        i = self.ids[key] = self.size
        self.table[i] = rows
        self.size += 1
        return i


def _word_features(get, pre_in: list[str], post_in: list[str], pre_ex: list[str], post_ex: list[str]) -> list[int]:
    f: list[int] = []
    for w in pre_in:
        _add(f, get("w-1." + w))
    for w in post_in:
        _add(f, get("w1." + w))
    _pairs(f, get, "ww.l.", pre_ex, post_in)
    _pairs(f, get, "ww.r.", pre_in, post_ex)
    return f


_present = partial(le, 0)  # 0 <= index: the feature is in the model


def _dotted(a: str, b: str) -> str:
    return a + "." + b


_ITEMS = tuple(itemgetter(k) for k in range(5))


def _clamp(k: int) -> int:
    return 0 if k < 0 else min(k, len(WORD_LENGTHS))


def _add(f: list[int], idx: int | None) -> None:
    if idx is not None:
        f.append(idx)


def _pairs(f: list[int], get, prefix: str, pres: list[str], posts: list[str]) -> None:
    """The feature of every (word before, word after) pair of the five lengths each side, a missing word being
    NO_WORD: each distinct pair is looked up once and added as often as it occurs."""
    no_pres = len(WORD_LENGTHS) - len(pres)
    no_posts = len(WORD_LENGTHS) - len(posts)
    if no_pres and no_posts:
        idx = get(prefix + NO_WORD + "*" + NO_WORD)
        if idx is not None:
            f.extend([idx] * (no_pres * no_posts))
    if no_pres:
        for post in posts:
            idx = get(prefix + NO_WORD + "*" + post)
            if idx is not None:
                f.extend([idx] * no_pres)
    for pre in pres:
        if no_posts:
            idx = get(prefix + pre + "*" + NO_WORD)
            if idx is not None:
                f.extend([idx] * no_posts)
        for post in posts:
            _add(f, get(prefix + pre + "*" + post))


def use_fast_features(seg) -> None:
    """Makes a `spacy_pkuseg.pkuseg` segment with `node_features` (its own code otherwise: pre- and post-processing,
    user dictionary, Viterbi). Leaves it as it is when spacy_pkuseg is configured otherwise than what
    `node_features` reproduces (word features on, digits and letters folded, words of 2 to 6 nodes)."""
    from spacy_pkuseg import _inf
    from spacy_pkuseg.config import config

    word_range = (config.wordMax, config.wordMin)
    if not (config.wordFeature and config.numLetterNorm and word_range == (WORD_LENGTHS[0], WORD_LENGTHS[-1])):
        return

    extractor = seg.feature_extractor
    normalize = normalizer(extractor)
    features = NodeFeatures(extractor.feature_to_idx, extractor.unigram)
    scores = NodeScores(features, seg.model.w, seg.model.n_feature, seg.model.n_tag)
    begins = {idx for idx, tag in seg.idx_to_tag.items() if "B" in tag}

    def _cut(text: str) -> list[str]:
        if not text:
            return []
        _, tags = _inf.run_viterbi(scores(normalize(text)), scores.edge)
        tags = tags.tolist()
        words: list[str] = []
        start = 0
        for i, tag in enumerate(tags):
            if i and tag in begins:
                words.append(text[start:i])
                start = i
        if text:
            words.append(text[start:])
        return words

    seg._cut = _cut
    if getattr(seg.postprocesser, "do_process", False):
        seg.postprocesser = MergeDictionaryWords(seg.postprocesser)


class MergeDictionaryWords:
    """spacy_pkuseg's post-processing: its default user dictionary merges runs of 7, then 6, ... 2 words that
    spell one of its entries, unless every word of the run is an entry itself. A pass that merges nothing is the
    common case, and is recognised here by joining all runs of the pass at once; only a pass with a merge runs
    spacy_pkuseg's own loop, which then makes exactly its merges."""

    def __init__(self, post):
        # dicts, not spacy_pkuseg's sets: a dict of strings is invisible to the garbage collector, which would
        # otherwise walk these 390,000 words in every full collection
        self.common = dict.fromkeys(post.common_words)
        self.other = dict.fromkeys(post.other_words)
        self.words = dict.fromkeys([*post.common_words, *post.other_words])

    def __call__(self, sent: list[str]) -> list[str]:
        common = self.common
        if len(sent) < 2:
            return sent
        # joined[m]: every run of m words, joined (built up by concatenation, without slicing the sentence)
        joined = {1: sent}
        for m in range(2, 8):
            joined[m] = list(map(add, joined[m - 1][:-1], sent[m - 1:]))
        words = self.words
        for m in range(7, 1, -1):
            if words.keys().isdisjoint(joined[m]):
                continue
            for i in [i for i, w in enumerate(joined[m]) if w in words]:
                run = sent[i:i + m]
                if joined[m][i] in common or not all(w in words for w in run):
                    self._pass(sent, m)  # a merge: spacy_pkuseg's loop from here on
                    if m > 2:
                        joined = {1: sent}
                        for k in range(2, m):
                            joined[k] = list(map(add, joined[k - 1][:-1], sent[k - 1:]))
                    break
        return sent

    def _pass(self, sent: list[str], m: int) -> None:
        """spacy_pkuseg's `Postprocesser.post_process` for one run length (check_seperated on)."""
        common, other = self.common, self.other
        end = len(sent) - m
        i = 0
        while i < end + 1:
            merged = "".join(sent[i:i + m])
            if merged in common or (merged in other and not all(w in common or w in other for w in sent[i:i + m])):
                sent[i:i + m] = [merged]
                end = len(sent) - m
            i += 1
