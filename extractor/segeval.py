"""Word-segmentation evaluation: read UD treebanks into (text, gold words) and score predicted words.

Scoring is the SIGHAN one: a predicted word is correct when its character span (start, end) equals a gold
word's span. Offsets are counted over the non-whitespace characters of the sentence, so gold words from a
treebank and tokens from a segmenter that drops or keeps spaces line up; a sentence whose gold and predicted
words do not cover the same characters is an error (the two sides were not segmenting the same text).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

_WS = re.compile(r"\s+")


def _spans(words: Iterable[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for w in words:
        w = _WS.sub("", w)
        if not w:
            continue
        spans.append((pos, pos + len(w)))
        pos += len(w)
    return spans


def word_prf(gold_words: list[list[str]], pred_words: list[list[str]]) -> tuple[float, float, float]:
    """Micro-averaged word precision, recall and F1 over sentences (lists of words, whitespace ignored)."""
    if len(gold_words) != len(pred_words):
        raise ValueError(f"{len(gold_words)} gold sentences but {len(pred_words)} predicted ones")
    n_gold = n_pred = n_ok = 0
    for i, (gold, pred) in enumerate(zip(gold_words, pred_words)):
        g, p = _spans(gold), _spans(pred)
        g_chars, p_chars = (g[-1][1] if g else 0), (p[-1][1] if p else 0)
        if g_chars != p_chars or _WS.sub("", "".join(gold)) != _WS.sub("", "".join(pred)):
            raise ValueError(f"sentence {i}: gold and predicted words cover different text "
                             f"({''.join(gold)[:40]!r} vs {''.join(pred)[:40]!r})")
        n_gold += len(g)
        n_pred += len(p)
        n_ok += len(set(g) & set(p))
    prec = n_ok / n_pred if n_pred else 0.0
    rec = n_ok / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _join(forms: list[str], space_after: list[bool] | None) -> str:
    out = []
    for i, f in enumerate(forms):
        out.append(f)
        if i + 1 < len(forms):
            if space_after is not None:
                if space_after[i]:
                    out.append(" ")
            elif _ascii_alnum(f[-1]) and _ascii_alnum(forms[i + 1][0]):
                out.append(" ")  # CoNLL-X has no SpaceAfter: keep "Windows XP" apart, join Chinese
    return "".join(out)


def read_ud(path: str | Path) -> Iterator[tuple[str, list[str]]]:
    """(text, words) per sentence of a CoNLL-U (`.conllu`) or CoNLL-X (`.conll`) file.

    The text is the `# text` comment when there is one, else the forms joined (with SpaceAfter=No in
    CoNLL-U; in CoNLL-X a space only between two ASCII letters/digits). Multiword-token ranges (`1-2`) and
    empty nodes (`1.1`) are skipped: words are the FORM column of the ordinary token lines."""
    text: str | None = None
    forms: list[str] = []
    space_after: list[bool] = []
    has_misc = False
    mwt: tuple[int, int, bool] | None = None  # (first id, last id, space after) of a multiword token

    def flush():
        joined = _join(forms, space_after if has_misc else None)
        return (text if text is not None else joined), list(forms)

    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if forms:
                    yield flush()
                text, forms, space_after, has_misc, mwt = None, [], [], False, None
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*text\s*=\s?(.*)$", line)
                if m:
                    text = m.group(1)
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise ValueError(f"{path}: not a CoNLL token line: {line[:60]!r}")
            tid = cols[0]
            misc = cols[9] if len(cols) > 9 else "_"
            if misc != "_":
                has_misc = True
            space = "SpaceAfter=No" not in misc.split("|")
            if "-" in tid:  # the range line carries SpaceAfter for the words it spans
                first, last = tid.split("-", 1)
                mwt = (int(first), int(last), space)
                continue
            if "." in tid:
                continue
            forms.append(cols[1])
            if mwt is not None and mwt[0] <= int(tid) <= mwt[1]:
                space = mwt[2] if int(tid) == mwt[1] else False
            space_after.append(space)
    if forms:
        yield flush()


def segment_all(segment, texts: Iterable[str]) -> list[list[str]]:
    """Run `segment(text) -> words` over texts, dropping whitespace-only tokens (spaCy keeps them)."""
    return [[w for w in segment(t) if w.strip()] for t in texts]
