"""Statistical NER (`kg_ner`): a character-level linear-chain CRF trained with python-crfsuite from public corpora
(MSRA, CLUENER2020, Weibo, Resume; see MODELS.md and `python -m extractor.training`) and decoded from its
exported weights with numpy (crf.py; `FeatureRows` turns the features below into weight rows).

Why characters: a third to a tenth of entity boundaries fall inside a segmenter's word, so a word-level tagger
could never find them. The CRF tags every character (BIOES over PERSON / ORG / LOC); features are characters and
character n-grams in a ±2 window, character classes, the position of the character in a name lexicon match
(jieba's dictionary words tagged as names), and the position of the character in its segmenter word, which the
pipeline's Doc already carries for free. Found spans are merged into the tokens with `spans.char_spans`.
"""
from __future__ import annotations

import gzip
import json
import unicodedata
from bisect import bisect_left, bisect_right
from itertools import accumulate, repeat
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .crf import WEIGHTS_FILE, LinearChainCRF
from .prefixes import lengths_by_head
from .spans import char_spans, doc_text, merge_ents, token_texts

MODEL_FILE = WEIGHTS_FILE  # the CRF exported for numpy decoding (crf.py)
CRFSUITE_FILE = "model.crfsuite"  # what training fits; not shipped
LEXICON_FILE = "lexicon.txt.gz"
META_FILE = "meta.json"
BOS, EOS = "<s>", "</s>"
LEX_MAX = 8  # longest lexicon entry matched, in characters

# Place names the model calls LOC; the output splits them into natural places (LOC) and the rest (GPE), by the
# last character: 泰山, 长江, 洞庭湖 are LOC; 中国, 北京市, 海淀区 (and names without a telling suffix) are GPE.
# a place that is a facility (首都机场, 宁波港码头): a location, not a political unit
FACILITY_PLACE_ENDS = ("机场", "火车站", "高铁站", "码头", "港区")
NATURAL_PLACE_SUFFIXES = set("山河江湖海洋岛峰岭湾峡谷原川溪泉洲滩漠林岸")
# A "place" the model found that ends in an organisation word is the organisation named after the place
# (长安汽车, 北京银行, 华东医院): the place name in front pulls the CRF towards LOC, the last word decides.
ORG_NAME_SUFFIXES = ("汽车", "集团", "公司", "银行", "科技", "控股", "股份", "资本", "基金", "证券", "保险", "电器", "电子",
                     "航空", "地产", "置业", "传媒", "影业", "医药", "药业", "食品", "乳业", "物流", "大学", "学院", "医院",
                     "研究院", "研究所", "委员会", "协会", "酒店", "饭店", "宾馆", "制药", "超市", "药房")


# --- features ------------------------------------------------------------------------------------------------

def char_class(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
        return "H"
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha() or unicodedata.category(c) == "Ll" or unicodedata.category(c) == "Lu":
        return "L"
    if c.isspace():
        return "W"
    if unicodedata.category(c).startswith("P") or unicodedata.category(c).startswith("S"):
        return "P"
    return "O"


class Lexicon:
    """Name words by category (P person, L place, O organisation, Z other proper names), matched from every start
    position, longest match only. Gives each covered char a `category+position` mark (B/M/E)."""

    def __init__(self, words: dict[str, str]):
        self.words = words
        self.max_len = min(LEX_MAX, max((len(w) for w in words), default=1))
        self.heads = lengths_by_head(words, 2, self.max_len)

    @classmethod
    def load(cls, path: str | Path) -> "Lexicon":
        words = {}
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                word, _, cat = line.rstrip("\n").partition("\t")
                if word and cat:
                    words[word] = cat
        return cls(words)

    def save(self, path: str | Path) -> None:
        # mtime=0: the same words give the same bytes, so a retrained model does not churn the committed file
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write("".join(f"{word}\t{self.words[word]}\n" for word in sorted(self.words)).encode("utf-8"))

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, length, category) of the longest entry starting at each position, left to right; matches may
        overlap (every start position is tried)."""
        n = len(text)
        words = self.words
        found = []
        starts = map(self.heads.get, [text[i:i + 2] for i in range(n - 1)])
        for i, lengths in [(i, ks) for i, ks in enumerate(starts) if ks]:
            for k in lengths:
                cat = words.get(text[i:i + k]) if k <= n - i else None
                if cat is not None:
                    found.append((i, k, cat))
                    break
        return found

    def marks(self, text: str) -> dict[int, list[str]]:
        """The marks of the chars that have any, by position (most chars have none, so no list per char)."""
        out: dict[int, list[str]] = {}
        for i, k, cat in self.matches(text):
            out.setdefault(i, []).append("x" + cat + "B")
            for j in range(i + 1, i + k - 1):
                out.setdefault(j, []).append("x" + cat + "M")
            out.setdefault(i + k - 1, []).append("x" + cat + "E")
        return out


def word_positions(text: str, words: Sequence[str] | None) -> list[str] | None:
    """The B/M/E/S position of each char in its segmenter word, or None without a segmentation."""
    if words is None:
        return None
    pos: list[str] = []
    for w in words:
        if len(w) == 1:
            pos.append("S")
        elif w:
            pos.append("B")
            pos.extend("M" * (len(w) - 2))
            pos.append("E")
    if len(pos) != len(text):  # a segmentation that does not cover the text exactly is ignored, not trusted
        return None
    return pos


def char_words(words: Sequence[str]) -> list[str]:
    """For each char, the word it belongs to (spaces stripped), or "" for words too short or long to be telling."""
    out: list[str] = []
    for w in words:
        core = w.strip()
        out.extend([core if 2 <= len(core) <= 6 else ""] * len(w))
    return out


def char_features(text: str, lexicon: Lexicon | None = None, words: Sequence[str] | None = None,
                  word_ids: bool = False) -> list[tuple[str, ...]]:
    """Feature strings for each character of `text`. Built column by column (one comprehension per template)
    because per-character Python loops would cost more than the CRF itself. With `words` (the segmentation),
    each char also gets its position in its word and, with `word_ids`, the word itself."""
    n = len(text)
    if n == 0:
        return []
    c = [BOS, BOS, *text, EOS, EOS]
    k = ["B", "B", *(char_class(ch) for ch in text), "E", "E"]
    r = range(2, n + 2)
    cols = [
        ["a" + c[i - 2] for i in r],
        ["b" + c[i - 1] for i in r],
        ["c" + c[i] for i in r],
        ["d" + c[i + 1] for i in r],
        ["e" + c[i + 2] for i in r],
        ["f" + c[i - 2] + c[i - 1] for i in r],
        ["g" + c[i - 1] + c[i] for i in r],
        ["h" + c[i] + c[i + 1] for i in r],
        ["i" + c[i + 1] + c[i + 2] for i in r],
        ["j" + c[i - 1] + c[i + 1] for i in r],
        ["k" + k[i - 1] + k[i] + k[i + 1] for i in r],
    ]
    pos = word_positions(text, words)
    if pos is not None:
        p = ["B", *pos, "E"]
        cols.append(["s" + p[i] for i in range(1, n + 1)])
        cols.append(["t" + p[i - 1] + p[i] + p[i + 1] for i in range(1, n + 1)])
        if word_ids:
            cols.append(["w" + w for w in char_words(words)])
    # tuples, not lists: the CRF takes any sequence of strings, and a list per char costs more than the tagging
    feats = list(zip(*cols))
    if lexicon is not None:
        for i, m in lexicon.marks(text).items():
            feats[i] += tuple(m)
    return feats


def bioes_tags(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, lab in spans:
        if e - s == 1:
            tags[s] = "S-" + lab
        else:
            tags[s] = "B-" + lab
            for j in range(s + 1, e - 1):
                tags[j] = "I-" + lab
            tags[e - 1] = "E-" + lab
    return tags


def tags_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIOES tags → spans; an entity the CRF left unclosed or broke off still counts from its B (or stray I)."""
    spans = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        prefix, lab = tag[0], tag[2:]
        if label and (prefix in "BSO" or lab != label):
            spans.append((start, i, label))
            label = ""
        if prefix in "BS" or (prefix in "IE" and not label):
            start, label = i, lab
        if prefix in "ES" and label:
            spans.append((start, i + 1, label))
            label = ""
    if label:
        spans.append((start, len(tags), label))
    return spans


def output_label(label: str, text: str) -> str:
    if label == "LOC":
        if any(text.endswith(w) and len(text) > len(w) for w in ORG_NAME_SUFFIXES):
            return "ORG"
        return "LOC" if text and (text[-1] in NATURAL_PLACE_SUFFIXES or text.endswith(FACILITY_PLACE_ENDS)) else "GPE"
    return label


# --- the tagger and the spaCy component ----------------------------------------------------------------------

# Template letters of `char_features`, as `FeatureRows` computes them without building the strings.
UNIGRAM_OFFSETS = {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4}   # into the padded chars [BOS, BOS, *text, EOS, EOS]
BIGRAM_OFFSETS = {"f": 0, "g": 1, "h": 2, "i": 3}
CLASS_CODES = {k: i for i, k in enumerate("BEHDLWPO")}
POSITION_CODES = {k: i for i, k in enumerate("BMES")}
MARGINAL_CONTEXT = 32  # characters either side of a span that its marginal probabilities are computed over


class FeatureRows:
    """The features of `char_features`, as weight-row indices of a `LinearChainCRF` (0 for a feature it does not
    know), computed without building the feature strings: each character is looked up once in a vocabulary of the
    tokens the templates mention, and every template is then a numpy gather, the pair templates through sorted
    integer keys (id * vocabulary size + id). Only the segmenter's words are looked up one by one."""

    def __init__(self, index: dict[str, int]):
        grams: dict[str, dict[str, int]] = {}
        for attr, row in index.items():
            grams.setdefault(attr[0], {})[attr[1:]] = row
        self.index = index
        pair_templates = (*BIGRAM_OFFSETS, "j")
        pairs = {t: {_two_tokens(rest): row for rest, row in grams.get(t, {}).items()} for t in pair_templates}
        tokens = {BOS, EOS}
        tokens.update(tok for t in UNIGRAM_OFFSETS for tok in grams.get(t, {}))
        tokens.update(tok for t in pair_templates for pair in pairs[t] if pair for tok in pair)
        ordered = sorted(tokens)
        self.token_ids = {tok: i + 1 for i, tok in enumerate(ordered)}
        self.size = size = len(ordered) + 1
        self.unigram_rows = {}
        for t in UNIGRAM_OFFSETS:
            table = np.zeros(size, dtype=np.int64)
            for tok, row in grams.get(t, {}).items():
                table[self.token_ids[tok]] = row
            self.unigram_rows[t] = table
        # pair keys shared by all pair templates; per template the row of each key (the last slot: no such key)
        keyed: dict[int, dict[str, int]] = {}
        for t in pair_templates:
            for pair, row in pairs[t].items():
                if pair:
                    keyed.setdefault(self.token_ids[pair[0]] * size + self.token_ids[pair[1]], {})[t] = row
        self.pair_keys = np.array(sorted(keyed), dtype=np.int64)
        self.pair_rows = {t: np.array([keyed[k].get(t, 0) for k in self.pair_keys.tolist()] + [0], dtype=np.int64)
                          for t in pair_templates}
        self.token_classes = np.array([CLASS_CODES["O"]] + [
            CLASS_CODES["B"] if tok == BOS else CLASS_CODES["E"] if tok == EOS else CLASS_CODES[char_class(tok)]
            for tok in ordered], dtype=np.int64)
        self.class_rows = _code_table(grams.get("k", {}), CLASS_CODES, 3)
        self.position_rows = _code_table(grams.get("s", {}), POSITION_CODES, 1)
        self.position_trigram_rows = _code_table(grams.get("t", {}), POSITION_CODES, 3)
        self.word_rows = grams.get("w", {})
        self.mark_rows = grams.get("x", {})

    def _pairs(self, keys: np.ndarray) -> np.ndarray:
        """Where each key sits in pair_keys, or len(pair_keys) for a key not there."""
        missing = len(self.pair_keys)
        if not missing:
            return np.zeros(len(keys), dtype=np.int64)
        at = np.searchsorted(self.pair_keys, keys)
        at[at == missing] = 0
        return np.where(self.pair_keys[at] == keys, at, missing)

    def __call__(self, text: str, lexicon: Lexicon | None = None, words: Sequence[str] | None = None,
                 word_ids: bool = False) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        """(n, k) row indices of the dense features, and the positions and rows of the lexicon marks."""
        n = len(text)
        ids = np.fromiter(map(self.token_ids.get, [BOS, BOS, *text, EOS, EOS], repeat(0)), dtype=np.int64,
                          count=n + 4)
        # an unknown token's id 0 never forms a stored key: those are >= size and not multiples of size
        adjacent = self._pairs(ids[:-1] * self.size + ids[1:])
        skip = self._pairs(ids[1:n + 1] * self.size + ids[3:n + 3])
        k = self.token_classes[ids]
        for i in np.flatnonzero(ids == 0).tolist():
            k[i] = CLASS_CODES[char_class(text[i - 2])]
        cols = [self.unigram_rows[t][ids[o:o + n]] for t, o in UNIGRAM_OFFSETS.items()]
        cols += [self.pair_rows[t][adjacent[o:o + n]] for t, o in BIGRAM_OFFSETS.items()]
        cols.append(self.pair_rows["j"][skip])
        cols.append(self.class_rows[k[1:n + 1] * 64 + k[2:n + 2] * 8 + k[3:n + 3]])
        if words is not None:
            lengths = np.array([len(w) for w in words], dtype=np.int64)
            if int(lengths.sum()) == n:  # a segmentation that does not cover the text exactly is ignored
                p = np.empty(n + 2, dtype=np.int64)
                p[0], p[-1] = POSITION_CODES["B"], POSITION_CODES["E"]
                p[1:-1] = _position_codes(lengths)
                cols.append(self.position_rows[p[1:n + 1]])
                cols.append(self.position_trigram_rows[p[0:n] * 16 + p[1:n + 1] * 4 + p[2:n + 2]])
                if word_ids:
                    get = self.word_rows.get
                    cores = [w.strip() for w in words]  # as `char_words`: a word too short or long is the word ""
                    rows = [get(w if 2 <= len(w) <= 6 else "", 0) for w in cores]
                    cols.append(np.repeat(np.array(rows, dtype=np.int64), lengths))
        marks = _NO_MARKS
        if lexicon is not None:
            found = lexicon.matches(text)
            if found:
                marks = self._marks(found)
        return np.stack(cols, axis=1), marks

    def _marks(self, found: list[tuple[int, int, str]]) -> tuple[np.ndarray, np.ndarray]:
        """Positions and rows of the lexicon marks of `Lexicon.marks`: category + B, M... , E over each match."""
        starts, lengths, cats = zip(*found)
        lengths = np.array(lengths, dtype=np.int64)
        first = np.repeat(np.array(starts, dtype=np.int64), lengths)
        offset = np.arange(len(first)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        role = np.where(offset == 0, 0, np.where(offset == np.repeat(lengths - 1, lengths), 2, 1))
        get = self.mark_rows.get
        table = {cat: [get(cat + r, 0) for r in "BME"] for cat in set(cats)}
        rows = np.array([table[c] for c in cats], dtype=np.int64)
        return first + offset, rows[np.repeat(np.arange(len(found)), lengths), role]


_NO_MARKS = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))


def _two_tokens(rest: str) -> tuple[str, str] | None:
    """The two tokens (characters, BOS, EOS) a pair feature's text is made of."""
    for cut in (1, len(BOS), len(EOS)):
        first, second = rest[:cut], rest[cut:]
        if (len(first) == 1 or first in (BOS, EOS)) and (len(second) == 1 or second in (BOS, EOS)):
            return first, second
    return None


def _position_codes(lengths: np.ndarray) -> np.ndarray:
    """POSITION_CODES of each character (B/M/E/S in its word) from the word lengths, as `word_positions`."""
    lengths = lengths[lengths > 0]
    ends = np.cumsum(lengths)
    starts = ends - lengths
    codes = np.full(int(ends[-1]) if len(ends) else 0, POSITION_CODES["M"], dtype=np.int64)
    codes[starts] = POSITION_CODES["B"]
    codes[ends - 1] = POSITION_CODES["E"]
    codes[starts[lengths == 1]] = POSITION_CODES["S"]
    return codes


def _code_table(rows: dict[str, int], codes: dict[str, int], width: int) -> np.ndarray:
    """A table over every `width`-letter combination of `codes`, each letter a base-8 (classes) or base-4
    (positions) digit."""
    base = 8 if len(codes) > 4 else 4
    table = np.zeros(base ** width, dtype=np.int64)
    for key, row in rows.items():
        if len(key) == width and all(ch in codes for ch in key):
            code = 0
            for ch in key:
                code = code * base + codes[ch]
            table[code] = row
    return table


class CharTagger:
    """The CRF and its lexicon, independent of spaCy (training and evaluation use it directly)."""

    def __init__(self, model_dir: str | Path, meta: dict | None = None):
        model_dir = Path(model_dir)
        self.model_dir = model_dir
        if meta is None:
            meta = json.loads((model_dir / META_FILE).read_text("utf-8")) if (model_dir / META_FILE).exists() else {}
        self.meta = meta
        self.use_words = bool(self.meta.get("features", {}).get("words", False))
        self.word_ids = bool(self.meta.get("features", {}).get("word_ids", False))
        # a label's spans whose least certain character falls below this are dropped: the CRF's ORG guesses
        # are its least precise, and a span it is unsure of is more often wrong than right
        self.min_marginal: dict[str, float] = self.meta.get("min_marginal", {})
        lex_path = model_dir / LEXICON_FILE
        use_lexicon = self.meta.get("features", {}).get("lexicon", True)
        self.lexicon = Lexicon.load(lex_path) if use_lexicon and lex_path.exists() else None
        self.crf = LinearChainCRF.load(model_dir / MODEL_FILE)
        self.rows = FeatureRows(self.crf.index)

    def emissions(self, text: str, words: Sequence[str] | None = None) -> np.ndarray:
        rows, (at, mark_rows) = self.rows(text, self.lexicon, words if self.use_words else None, self.word_ids)
        scores = self.crf.emissions(rows)
        if len(at):
            np.add.at(scores, at, self.crf.state[mark_rows])
        return scores

    def spans(self, text: str, words: Sequence[str] | None = None) -> list[tuple[int, int, str]]:
        """Entity spans (start, end, coarse label PERSON/ORG/LOC) in `text`, tagged line by line (a name never
        crosses a line, and shorter sequences keep Viterbi cheap)."""
        found: list[tuple[int, int, str] | None] = []
        # spans of a thresholded label: (index in found, scores and path of the window around it, span in it)
        windows: list[tuple[int, np.ndarray, np.ndarray, int, int]] = []
        for offset, body, line_words in _lines(text, words):
            if body.strip():
                scores = self.emissions(body, line_words)
                path = self.crf.viterbi(scores)
                if not (path != self.crf.outside).any():  # all O: most lines of plain prose
                    continue
                for s, e, lab in tags_to_spans([self.crf.labels[t] for t in path]):
                    if lab in self.min_marginal:
                        # marginals over the span and MARGINAL_CONTEXT characters each side: further away
                        # the line changes them by less than rounding, and short sequences are cheap
                        start, end = max(0, s - MARGINAL_CONTEXT), min(len(body), e + MARGINAL_CONTEXT)
                        windows.append((len(found), scores[start:end], path[start:end], s - start, e - start))
                    found.append((offset + s, offset + e, lab))
        if windows:
            probs = self.crf.marginals([w[1] for w in windows])
            for (at, _, path, s, e), p in zip(windows, probs):
                lab = found[at][2]
                if p[np.arange(s, e), path[s:e]].min() < self.min_marginal[lab]:
                    found[at] = None
        return [f for f in found if f is not None]


def _lines(text: str, words: Sequence[str] | None):
    """(offset, line without its line break, the words of that line or None) for each line of `text`; a word
    that runs across a line break is cut there. Words that do not cover the text exactly are ignored."""
    if words is not None and sum(map(len, words)) != len(text):
        words = None
    if words is not None and "" in words:
        words = [w for w in words if w]
    starts = list(accumulate(map(len, words), initial=0)) if words is not None else []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        line_words = None
        if words is not None:
            end = offset + len(body)
            # the words from the one holding `offset` to the last starting before `end`; only the first and the
            # last can run over the line's ends
            i, j = bisect_right(starts, offset) - 1, bisect_left(starts, end)
            line_words = words[i:j]
            if line_words:
                line_words[-1] = words[j - 1][max(0, offset - starts[j - 1]):end - starts[j - 1]]
                if j - 1 > i:
                    line_words[0] = words[i][offset - starts[i]:]
                if not line_words[0]:
                    del line_words[0]
                if line_words and not line_words[-1]:
                    del line_words[-1]
        yield offset, body, line_words
        offset += len(line)


class CharNER:
    """spaCy component: tags the characters of `doc.text`, splits tokens at the found boundaries and sets the
    entities (overwriting none: it runs first, before the gazetteer and cue rulers)."""

    def __init__(self, model_dir: str, read_tokens: bool = True):
        self.model_dir = model_dir
        # Token boundaries are a feature only when the Doc was segmented the way the training data was (pkuseg);
        # with another segmenter the CRF runs without them (fewer features, lower F1, but no wrong ones).
        self.read_tokens = read_tokens
        self.tagger = CharTagger(model_dir) if model_dir and (Path(model_dir) / MODEL_FILE).exists() else None

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None or not len(doc):
            return doc
        text = doc_text(doc)
        words = None
        if self.read_tokens and self.tagger.use_words and text.strip():
            # each token with its trailing whitespace, so that the words concatenate to doc.text
            words = [t + ws for t, ws in zip(*token_texts(doc))]
        found = self.tagger.spans(text, words)
        if not found:
            return doc
        spans = char_spans(doc, [(s, e, output_label(lab, text[s:e]), "") for s, e, lab in found])
        merge_ents(doc, spans, overwrite=False)
        return doc

    # The model folder is part of the package, so serialisation only records where it is.
    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps({"model_dir": str(self.model_dir)}), "utf-8")

    def from_disk(self, path, exclude=()):
        cfg = json.loads((Path(path) / "cfg.json").read_text("utf-8"))
        self.__init__(cfg["model_dir"], self.read_tokens)
        return self


@Language.factory("kg_ner", default_config={"model_dir": ""})
def make_char_ner(nlp: Language, name: str, model_dir: str) -> CharNER:
    return CharNER(model_dir, read_tokens=getattr(nlp.tokenizer, "segmenter", None) == "pkuseg")
