"""Sentence boundaries (`kg_sentences`) on Chinese and half-width punctuation and on line breaks."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .spans import token_texts

TERMINALS = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
# words that open an enumeration after a colon, or a breakdown after a comma (分品牌看,A营收…;B营收…); the
# semicolons between its items end no sentence
LIST_INTRO = re.compile(r"(?:分别为|分别是|依次为|依次是|依次|如下)$")
LIST_COLONS = {":", "："}
BREAKDOWN_INTRO = re.compile(r"(?:分品牌|分业务|分渠道|分区域|分产品|按品牌|按业务|按渠道|按产品)(?:来看|看|划分)$")
BREAKDOWN_COMMAS = {",", "，"}
ITEM_TERMINALS = ";；"


class SentenceSplitter:
    def __init__(self, terminals: str = TERMINALS, closers: str = CLOSERS):
        self.terminals = set(terminals)
        self.closers = set(closers)

    def starts(self, words: list[str], spaces: list[str]) -> list[bool]:
        """Whether each token starts a sentence: after a line break, or after a terminal and its closers."""
        out = [False] * len(words)
        if not words:
            return out
        out[0] = True
        pending = False  # a terminal was seen; the sentence ends after any closing quotes
        listing = False  # an enumeration opened (分别为:A,占比…;B…): its semicolons part items, not sentences
        for i in range(len(words) - 1):
            text, nxt = words[i], words[i + 1]
            if "\n" in text or "\n" in spaces[i]:
                out[i + 1] = True
                pending = listing = False
                continue
            if pending and text not in self.closers:
                pending = False
            if text in LIST_COLONS and LIST_INTRO.search("".join(words[max(0, i - 3):i])):
                listing = True
            if text in BREAKDOWN_COMMAS and BREAKDOWN_INTRO.search("".join(words[max(0, i - 3):i])):
                listing = True
            if text and text[-1] in self.terminals and not (listing and text[-1] in ITEM_TERMINALS):
                pending = True
            if pending and nxt not in self.closers and nxt[:1] not in self.terminals:
                out[i + 1] = True
                pending = listing = False
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        flags = self.starts(*token_texts(doc))
        # one bulk write: setting Token.is_sent_start one by one rescans the doc each time
        doc.from_array([SENT_START], numpy.array([1 if f else -1 for f in flags], dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


@Language.factory("kg_sentences", default_config={"terminals": TERMINALS, "closers": CLOSERS})
def make_sentence_splitter(nlp: Language, name: str, terminals: str, closers: str) -> SentenceSplitter:
    return SentenceSplitter(terminals, closers)
