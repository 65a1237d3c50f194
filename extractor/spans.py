"""Character spans on a segmented `Doc`. Chinese entity boundaries often fall inside a segmenter's word
(8% of MSRA entities with pkuseg), so components that find entities by character split the tokens they need."""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

import numpy as np
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

# doc.ents carry PERSON / ORG / GPE / LOC. Whether an ORG-like name is a brand is the graph stage's call; the
# rulers that know (the gazetteer, 品牌X cues) leave a hint: the (start_char, end_char) of the name.
BRAND = "BRAND"
if not Doc.has_extension("brand_hints"):
    Doc.set_extension("brand_hints", default=None)


TEXT_KEY = "zhkg_text"  # doc.user_data: the Doc's text, kept by the tokenizer (pipeline.TextKeepingTokenizer)


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc. Doc.text joins every token anew on each access, and splitting
    tokens never changes the text, so components share one copy."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token. Read in bulk: iterating a Doc builds a Token object per
    token, which costs more than what the components then do with it."""
    if not len(doc):
        return [], []
    arr = doc.to_array([IDX, LENGTH]).astype(np.int64)
    return arr[:, 0].tolist(), (arr[:, 0] + arr[:, 1]).tolist()


def token_texts(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text and the whitespace after it (`Token.text`, `Token.whitespace_`), in bulk."""
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    nexts = starts[1:] + [len(text)]
    return [text[s:e] for s, e in zip(starts, ends)], [text[e:n] for e, n in zip(ends, nexts)]


def brand_hints(doc: Doc) -> set[tuple[int, int]]:
    if doc._.brand_hints is None:
        doc._.brand_hints = set()
    return doc._.brand_hints


def split_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split tokens so that every char offset in `offsets` falls on a token boundary."""
    cuts: dict[int, list[int]] = {}
    length = len(doc_text(doc))
    starts, ends = token_bounds(doc)
    for off in set(offsets):
        if off <= 0 or off >= length:
            continue
        i = bisect_right(starts, off) - 1  # the token that holds the char at `off`
        if starts[i] < off < ends[i]:
            cuts.setdefault(i, []).append(off - starts[i])
    if not cuts:
        return
    with doc.retokenize() as retok:
        for i, inner in cuts.items():
            tok = doc[i]
            bounds = [0, *sorted(inner), len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retok.split(tok, orths, heads=[(tok, 0)] * len(orths))
    # the pieces of a split word start no sentence; spaCy leaves them unset, which voids all boundaries
    flags = doc.to_array([SENT_START]).astype("int64").reshape(-1)
    if len(flags) > 1 and (flags[1:] == 0).any() and (flags != 0).any():
        flags[1:][flags[1:] == 0] = -1
        doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))


def char_spans(doc: Doc, spans: list[tuple[int, int, str, str]]) -> list[Span]:
    """(start, end, label, ent_id) char spans → token-aligned `Span`s, splitting tokens where needed."""
    split_at(doc, [s for s, _, _, _ in spans] + [e for _, e, _, _ in spans])
    out = []
    for start, end, label, ent_id in spans:
        if label == BRAND:
            brand_hints(doc).add((start, end))
            label = "ORG"
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:  # only whitespace trouble can get here
            continue
        span.id_ = ent_id  # explicitly: a new span must not inherit the id of an entity it replaces
        out.append(span)
    return out


def merge_ents(doc: Doc, new: list[Span], overwrite: bool) -> None:
    """Add `new` to `doc.ents`. With `overwrite`, new spans replace overlapping ones; otherwise they only fill
    gaps. Among the new spans, longer ones win."""
    if not new:  # nothing to add: skip reading and re-setting doc.ents (each walks every token)
        return
    taken = set()
    chosen = []
    for span in sorted(new, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        chosen.append(span)
        taken.update(range(span.start, span.end))
    kept = []
    for ent in doc.ents:
        overlaps = any(i in taken for i in range(ent.start, ent.end))
        if not overlaps:
            kept.append(ent)
        elif not overwrite:
            chosen = [s for s in chosen if not (s.start < ent.end and ent.start < s.end)]
            kept.append(ent)
    for span in chosen:
        if not span.id:
            # spaCy reads a span's ent_id from its root token when the span has none: clear what an
            # entity replaced here left behind
            for tok in span:
                tok.ent_id = 0
    doc.ents = sorted(kept + chosen, key=lambda s: s.start)
