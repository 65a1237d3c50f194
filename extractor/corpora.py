"""Readers for the annotated corpora of ../shared/data (see its README), one function per file format.

Every reader yields `(text, [(start, end, label)])` with end-exclusive character offsets. With `raw=False`
(the default) labels are mapped to the project's coarse scheme PERSON / ORG / LOC (place names, GPE and LOC
together, as the corpora disagree on that line) and mentions of other types are dropped; `raw=True` keeps the
corpus's own labels (e.g. CLUENER `company`, Weibo `PER.NAM`).

Label mapping (why: see MODELS.md):
- MSRA:      PER→PERSON, ORG→ORG, LOC→LOC
- CLUENER:   name→PERSON, company/organization/government→ORG, address→LOC; book, game, movie, position, scene dropped
- Weibo:     PER.NAM→PERSON, ORG.NAM→ORG, GPE.NAM/LOC.NAM→LOC; nominal mentions (*.NOM) dropped
- Resume:    NAME→PERSON, ORG→ORG, LOC→LOC; CONT, EDU, PRO, RACE, TITLE dropped
- E-commerce: HP (brand)→ORG; HC (product) dropped
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

MAPPINGS: dict[str, dict[str, str]] = {
    "msra": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"},
    "cluener": {"name": "PERSON", "company": "ORG", "organization": "ORG", "government": "ORG", "address": "LOC"},
    "weibo": {"PER.NAM": "PERSON", "ORG.NAM": "ORG", "GPE.NAM": "LOC", "LOC.NAM": "LOC"},
    "resume": {"NAME": "PERSON", "ORG": "ORG", "LOC": "LOC"},
    "ecommerce": {"HP": "ORG"},
}
FORMATS = ("msra", "cluener", "weibo", "resume", "ecommerce")


class CorpusError(ValueError):
    """A corpus file that is missing, empty or in no format we know."""


def _map(spans: list[Span], fmt: str, raw: bool) -> list[Span]:
    if raw:
        return spans
    mapping = MAPPINGS[fmt]
    return [(s, e, mapping[lab]) for s, e, lab in spans if lab in mapping]


def _char_blocks(path: Path, sep: str | None) -> Iterator[list[tuple[str, str]]]:
    """Blank-line separated blocks of `char<sep>tag` lines."""
    block: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if block:
                    yield block
                    block = []
                continue
            if sep is None:
                # the tag never contains whitespace; the char may itself be a space in some files
                char, _, tag = line.rpartition(" ") if "\t" not in line else line.rpartition("\t")
            else:
                char, _, tag = line.rpartition(sep)
            block.append((char, tag.strip()))
    if block:
        yield block


def tags_to_spans(tags: list[str]) -> list[Span]:
    """BIO / BIOES / BMES tags → spans. Tolerant of ill-formed sequences: an I/M/E that does not continue the
    open entity starts a new one (the usual conlleval convention)."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, lab = tag.partition("-")
        if tag == "O" or prefix in ("B", "S") or (prefix in ("I", "M", "E") and lab != label) or not lab:
            if label:
                spans.append((start, i, label))
            start, label = (i, lab) if tag != "O" and lab else (-1, "")
        if prefix in ("E", "S") and label:
            spans.append((start, i + 1, label))
            start, label = -1, ""
    return spans


def _read_char_tags(path: Path, fmt: str, raw: bool, sep: str | None, strip_digit: bool = False) -> Iterator[Example]:
    for block in _char_blocks(path, sep):
        chars = [c[:-1] if strip_digit and len(c) > 1 and c[-1].isdigit() else c for c, _ in block]
        if any(len(c) != 1 for c in chars):
            # keep offsets aligned with the text: a multi-char token would shift everything after it
            chars = [c[:1] or " " for c in chars]
        yield "".join(chars), _map(tags_to_spans([t for _, t in block]), fmt, raw)


def read_msra(path: str | Path, raw: bool = False) -> Iterator[Example]:
    """MSRA NER: `char<TAB>tag`, BIO."""
    return _read_char_tags(Path(path), "msra", raw, "\t")


def read_weibo(path: str | Path, raw: bool = False) -> Iterator[Example]:
    """Weibo NER (golden-horse): `char+digit<TAB>tag`, BIO; the digit is the char's position in a jieba word."""
    return _read_char_tags(Path(path), "weibo", raw, "\t", strip_digit=True)


def read_resume(path: str | Path, raw: bool = False) -> Iterator[Example]:
    """Resume NER: `char<SPACE>tag`, BMES."""
    return _read_char_tags(Path(path), "resume", raw, " ")


def read_ecommerce(path: str | Path, raw: bool = False) -> Iterator[Example]:
    """E-commerce NER: `char<TAB>tag`, BIOES."""
    return _read_char_tags(Path(path), "ecommerce", raw, "\t")


def read_cluener(path: str | Path, raw: bool = False) -> Iterator[Example]:
    """CLUENER2020: JSON lines, `label: {type: {mention: [[start, END_INCLUSIVE], ...]}}`."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            spans = [
                (s, e + 1, typ)
                for typ, mentions in (rec.get("label") or {}).items()
                for positions in mentions.values()
                for s, e in positions
            ]
            yield rec["text"], _map(sorted(spans), "cluener", raw)


READERS = {
    "msra": read_msra,
    "cluener": read_cluener,
    "weibo": read_weibo,
    "resume": read_resume,
    "ecommerce": read_ecommerce,
}


def detect_format(path: str | Path) -> str:
    """The corpus format of `path`, from its name, else from its first lines."""
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"no such corpus file: {path}")
    name = str(path).lower()
    for key, fmt in (("msra", "msra"), ("cluener", "cluener"), ("weibo", "weibo"), ("resume", "resume"),
                     (".bmes", "resume"), ("ecommerce", "ecommerce"), (".bieos", "ecommerce")):
        if key in name:
            return fmt
    with open(path, encoding="utf-8") as f:
        head = [line.rstrip("\r\n") for _, line in zip(range(50), f)]
    lines = [h for h in head if h.strip()]
    if not lines:
        raise CorpusError(f"empty corpus file: {path}")
    if lines[0].lstrip().startswith("{"):
        return "cluener"
    tags = [h.replace("\t", " ").rsplit(" ", 1)[-1] for h in lines]
    tokens = [h.replace("\t", " ").rsplit(" ", 1)[0] for h in lines]
    if all(len(t) == 2 and t[1].isdigit() for t in tokens):
        return "weibo"
    if any(t.startswith(("M-", "E-", "S-")) for t in tags):
        return "resume" if " " in lines[0] and "\t" not in lines[0] else "ecommerce"
    if all(t == "O" or t[:2] in ("B-", "I-") for t in tags):
        return "msra"
    raise CorpusError(f"unknown corpus format: {path}")


def read_corpus(path: str | Path, raw: bool = False, fmt: str | None = None) -> list[Example]:
    """All examples of a corpus file, format auto-detected unless `fmt` is given."""
    fmt = fmt or detect_format(path)
    if fmt not in READERS:
        raise CorpusError(f"unknown corpus format {fmt!r} (known: {', '.join(FORMATS)})")
    return list(READERS[fmt](path, raw=raw))


def is_validation(text: str, percent: int = 10) -> bool:
    """Deterministic hash split for corpora without a dev file: a sentence is held out when the CRC of its text
    falls in the first `percent` of 100 buckets. Identical sentences (retweets, repeats) land on the same side."""
    import zlib

    return zlib.crc32(text.encode("utf-8")) % 100 < percent
