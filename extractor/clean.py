"""Cleaning: drop boilerplate (advertising tails, disclaimers, repeated captions, duplicated paragraphs) and
normalise width for analysis, keeping a map from every clean character back to the original text."""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import ConfigError
from .records import CleanText, Dropped

# A block this short that follows the tail is a list of teaser headlines, not article prose.
SHORT_TEASER = 60
CAPTION_MAX = 40
CAPTION_MIN_REPEATS = 3


@dataclass(frozen=True)
class BoilerplateRule:
    kind: str  # "tail": everything from here on is boilerplate; "line": only this paragraph
    reason: str
    regex: re.Pattern


def load_rules(path=None) -> tuple[BoilerplateRule, ...]:
    src = path or resources.files("extractor") / "data" / "boilerplate.jsonl"
    rules = []
    with open(src, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                row = json.loads(line)
                rules.append(BoilerplateRule(row["kind"], row["reason"], re.compile(row["regex"])))
                if row["kind"] not in ("tail", "line"):
                    raise ValueError(f"unknown kind {row['kind']!r}")
            except (ValueError, KeyError, re.error) as exc:
                raise ConfigError(f"{src}:{lineno}: invalid boilerplate rule ({exc})") from None
    return tuple(rules)


@lru_cache(maxsize=1)
def default_rules() -> tuple[BoilerplateRule, ...]:
    return load_rules()


def normalise_char(ch: str) -> str:
    """One character in, one character out, so offsets survive: full-width ASCII → ASCII."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if o == 0x3000:
        return " "
    return ch


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines (a paragraph per line: web text and transcripts put one per line)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def find_boilerplate(text: str, rules=None) -> list[Dropped]:
    rules = default_rules() if rules is None else rules
    paras = _paragraphs(text)
    drops: list[Dropped] = []

    # 1. Tail: from the first tail marker on; then walk back over the teaser block that precedes it.
    tail_at = None
    for i, (s, e) in enumerate(paras):
        if any(r.kind == "tail" and r.regex.search(text[s:e]) for r in rules):
            tail_at = i
            break
    if tail_at is not None:
        first = tail_at
        while first > 0:
            s, e = paras[first - 1]
            body = text[s:e]
            if len(body.strip()) <= SHORT_TEASER or any(r.kind == "line" and r.regex.search(body) for r in rules):
                first -= 1
            else:
                break
        drops.append(Dropped(paras[first][0], len(text), "advertising tail"))
        paras = paras[:first]

    # 2. Single advertising paragraphs.
    for s, e in paras:
        if any(r.kind == "line" and r.regex.search(text[s:e]) for r in rules):
            drops.append(Dropped(s, e, "advertising"))

    # 3. Captions: a short line that also starts several other paragraphs (SEO captions glued on).
    bodies = [text[s:e].strip() for s, e in paras]
    starts = Counter()
    short = {b for b in bodies if 4 <= len(b) <= CAPTION_MAX}
    for b in bodies:
        for cand in short:
            if b.startswith(cand):
                starts[cand] += 1
    captions = {c for c, n in starts.items() if n >= CAPTION_MIN_REPEATS}
    for s, e in paras:
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        for cap in sorted(captions, key=len, reverse=True):
            if text[s + lead:e].startswith(cap):
                drops.append(Dropped(s, s + lead + len(cap), "caption"))
                break

    # 4. Duplicated paragraphs: identical, or a prefix of a later/earlier one (truncated lead repeated).
    seen: list[str] = []
    for s, e in paras:
        key = _squash(text[s:e])
        for c in captions:
            if key.startswith(_squash(c)):
                key = key[len(_squash(c)):]
        if len(key) < 8:
            continue
        if any(k == key or k.startswith(key) for k in seen) or any(
            _squash(text[s2:e2]).startswith(key) for s2, e2 in paras if (s2, e2) != (s, e) and s2 > s
        ):
            drops.append(Dropped(s, e, "duplicate"))
        seen.append(key)
    return _merge(drops)


def _merge(drops: list[Dropped]) -> list[Dropped]:
    out: list[Dropped] = []
    for d in sorted(drops, key=lambda d: (d.start, -d.end)):
        if out and d.start <= out[-1].end:
            if d.end > out[-1].end:
                out[-1] = Dropped(out[-1].start, d.end, out[-1].reason)
            continue
        out.append(d)
    return out


def clean_text(text: str, rules=None) -> CleanText:
    drops = find_boilerplate(text, rules)
    keep = bytearray(b"\x01") * len(text)
    for d in drops:
        keep[d.start:d.end] = b"\x00" * (d.end - d.start)
    chars: list[str] = []
    offsets: list[int] = []
    prev_kept = True
    for i, ch in enumerate(text):
        if keep[i]:
            if not prev_kept and chars and chars[-1] != "\n":
                # keep paragraphs apart where a dropped block sat between them
                chars.append("\n")
                offsets.append(i)
            chars.append(normalise_char(ch))
            offsets.append(i)
        prev_kept = bool(keep[i])
    offsets.append(len(text) if not offsets else offsets[-1] + 1)
    return CleanText("".join(chars), tuple(offsets), tuple(drops))
