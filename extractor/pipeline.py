"""The spaCy pipeline: pkuseg tokenizer → sentences → NER → gazetteer → cue patterns → figures.

`load_pipeline()` builds it from the package's data and models; nothing is fetched at run time."""
from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from . import pkuseg_model
from .spans import TEXT_KEY

# Importing the component modules registers their factories with spaCy.
from . import figures as _figures  # noqa: F401
from . import ner as _ner  # noqa: F401
from . import rulers as _rulers  # noqa: F401
from . import sentences as _sentences  # noqa: F401


PACKAGE_DIR = Path(__file__).parent
TOKENIZER = "zhkg.ChineseTokenizer.v1"
NER_MODEL_DIR = PACKAGE_DIR / "models" / "ner"


class TextKeepingTokenizer(ChineseTokenizer):
    """spaCy's Chinese tokenizer, keeping the text it was given on the Doc for `spans.doc_text` (Doc.text
    rebuilds the text from a Token object per token on every access), and aligning the segmenter's words to the
    text in linear time (`words_and_spaces`). The Doc's text is the given text by construction."""

    def __call__(self, text: str) -> Doc:
        if self.segmenter == Segmenter.pkuseg and self.pkuseg_seg is not None:
            words, spaces = whole_latin_runs(*words_and_spaces(split_punctuation(self.pkuseg_seg.cut(text)), text))
            doc = Doc(self.vocab, words=words, spaces=spaces)
        elif self.segmenter == Segmenter.char:
            words, spaces = words_and_spaces(list(text), text)
            doc = Doc(self.vocab, words=words, spaces=spaces)
        else:
            doc = super().__call__(text)
        doc.user_data[TEXT_KEY] = text
        return doc


# pkuseg learnt from full-width text and now and then glues a half-width mark into a word (TOY,后者; 花知晓,TikTok);
# a comma or colon between digits is part of a number (1,000; 10:21); a pictograph (📍泠|芙烘焙) is never part of a word
GLUED_PUNCTUATION = re.compile(r"((?<!\d)[,:]|[,:](?!\d)|[;!?()]|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F])")


def split_punctuation(words: list[str]) -> list[str]:
    """The words, with half-width punctuation glued into a longer word split off as words of their own."""
    out: list[str] = []
    for w in words:
        if len(w) > 1 and GLUED_PUNCTUATION.search(w):
            out.extend(piece for piece in GLUED_PUNCTUATION.split(w) if piece)
        else:
            out.append(w)
    return out


def whole_latin_runs(words: list[str], spaces: list[bool]) -> tuple[list[str], list[bool]]:
    """The words, with a run of Latin letters and digits the segmenter cut in two after a Chinese character (回合制R|PG,
    在研B|TK) given whole to the next word: a Latin name or code is one word (回合|制|RPG). Only where the two words
    touch in the text, and only a run that follows a Chinese character (2023-09-18 and 10:32 stay as they are). A word
    the segmenter cut at an accented letter (Valor|é) is joined again."""
    out_w: list[str] = []
    out_s: list[bool] = []
    for w, sp in zip(words, spaces):
        if (glued := _LATIN_THEN_HAN.fullmatch(w)) is not None:
            # an officer's title and a Chinese word the segmenter read as one (COO|鹤岭: a title and a name) are two
            out_w.extend((glued.group(1), glued.group(2)))
            out_s.extend((False, sp))
            continue
        if w[:1] >= "\u0100" or not out_w or out_s[-1]:  # (most words: neither rule below can apply)
            out_w.append(w)
            out_s.append(sp)
            continue
        if (_latin_letter(w[:1]) and _latin_letter(out_w[-1][-1:])
                and not (w[:1].isascii() and out_w[-1][-1:].isascii())):
            # a word with accented letters cut at an accent (Valor|é, Lumi|ère) is one word
            out_w[-1] += w
            out_s[-1] = sp
            continue
        if _ascii_alnum(w[:1]) and _ascii_alnum(out_w[-1][-1:]):
            prev = out_w[-1]
            k = len(prev)
            while k > 0 and _ascii_alnum(prev[k - 1]):
                k -= 1
            if k > 0 and "\u4e00" <= prev[k - 1] <= "\u9fff":
                out_w[-1] = prev[:k]
                w = prev[k:] + w
        out_w.append(w)
        out_s.append(sp)
    return out_w, out_s


# (only an officer's title: WCG世界 or KTV包厢 may stay one word, as the corpora the model learnt from had them)
_LATIN_THEN_HAN = re.compile(r"(CEO|COO|CTO|CFO|CMO|CIO|CPO|CSO|CHO|VP|GM)([\u4e00-\u9fff]{2,})")


def _ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _latin_letter(c: str) -> bool:
    """An ASCII letter or a Latin-1 one (é, ü, ñ …)."""
    return bool(c) and (c.isascii() and c.isalpha() or "\u00c0" <= c <= "\u00ff" and c not in "\u00d7\u00f7")


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's `util.get_words_and_spaces` (the words, the whitespace between them as tokens of its own, and
    whether one space follows each), without its copy of the rest of the text for every word: that made
    tokenizing quadratic in the length of a document (seconds for 100,000 characters, minutes for a million)."""
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(f"the segmenter's words do not spell the text: {text[:80]!r}")
    out_words: list[str] = []
    out_spaces: list[bool] = []
    pos, n = 0, len(text)
    for word in words:
        if word.isspace():
            continue
        start = text.find(word, pos)
        if start < 0:
            raise ValueError(f"the segmenter's words do not spell the text: {text[:80]!r}")
        if start > pos:
            out_words.append(text[pos:start])
            out_spaces.append(False)
        out_words.append(word)
        pos = start + len(word)
        if pos < n and text[pos] == " ":
            out_spaces.append(True)
            pos += 1
        else:
            out_spaces.append(False)
    if pos < n:
        out_words.append(text[pos:])
        out_spaces.append(False)
    return out_words, out_spaces


@registry.tokenizers("zhkg.ChineseTokenizer.v1")
def create_tokenizer(segmenter: Segmenter = Segmenter.char):
    def make(nlp: Language) -> TextKeepingTokenizer:
        return TextKeepingTokenizer(nlp.vocab, segmenter=segmenter)
    return make


def make_blank(segmenter: str | None = None) -> Language:
    """A blank Chinese pipeline with the best segmenter available: pkuseg's mixed model when installed,
    else single characters (a stand-in that keeps everything working, with worse boundaries)."""
    model_dir = pkuseg_model.model_path()
    if segmenter is None:
        segmenter = "pkuseg" if model_dir is not None else "char"
    if segmenter == "pkuseg":
        if model_dir is None:
            raise RuntimeError("pkuseg model missing: run `make install` (python -m extractor.pkuseg_model)")
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, "segmenter": "pkuseg"}}})
        nlp.tokenizer.pkuseg_seg = pkuseg_model.load_segmenter(model_dir)
        nlp.tokenizer.segmenter = "pkuseg"
    else:
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, "segmenter": segmenter}}})
    return nlp


def load_pipeline(segmenter: str | None = None, ner: bool = True) -> Language:
    nlp = make_blank(segmenter)
    nlp.add_pipe("kg_sentences")
    if ner and (NER_MODEL_DIR / _ner.MODEL_FILE).exists():
        nlp.add_pipe("kg_ner", config={"model_dir": str(NER_MODEL_DIR)})
        nlp.add_pipe("kg_trim")
    nlp.add_pipe("kg_gazetteer")
    nlp.add_pipe("kg_cues")
    nlp.add_pipe("kg_paren_aliases")
    nlp.add_pipe("kg_variants")
    nlp.add_pipe("kg_figures")
    return nlp
