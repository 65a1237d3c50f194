"""Sentence boundaries (`kg_sentences`) on Chinese and half-width punctuation and on line breaks."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

TERMINALS = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"


class SentenceSplitter:
    def __init__(self, terminals: str = TERMINALS, closers: str = CLOSERS):
        self.terminals = set(terminals)
        self.closers = set(closers)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        doc[0].is_sent_start = True
        pending = False  # a terminal was seen; the sentence ends after any closing quotes
        for tok in doc[:-1]:
            text = tok.text
            nxt = doc[tok.i + 1]
            if "\n" in text or "\n" in tok.whitespace_:
                nxt.is_sent_start = True
                pending = False
                continue
            if pending and text not in self.closers:
                pending = False
            if text and text[-1] in self.terminals:
                pending = True
            ends_here = pending and nxt.text not in self.closers and nxt.text[:1] not in self.terminals
            nxt.is_sent_start = ends_here
            if ends_here:
                pending = False
        return doc


@Language.factory("kg_sentences", default_config={"terminals": TERMINALS, "closers": CLOSERS})
def make_sentence_splitter(nlp: Language, name: str, terminals: str, closers: str) -> SentenceSplitter:
    return SentenceSplitter(terminals, closers)
