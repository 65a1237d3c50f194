"""Sentence boundaries (`kg_sentences`) on Chinese and half-width punctuation and on line breaks."""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .spans import token_texts

TERMINALS = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"


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
        for i in range(len(words) - 1):
            text, nxt = words[i], words[i + 1]
            if "\n" in text or "\n" in spaces[i]:
                out[i + 1] = True
                pending = False
                continue
            if pending and text not in self.closers:
                pending = False
            if text and text[-1] in self.terminals:
                pending = True
            if pending and nxt not in self.closers and nxt[:1] not in self.terminals:
                out[i + 1] = True
                pending = False
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
