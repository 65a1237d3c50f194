"""Cleaning: drop boilerplate (advertising tails, disclaimers, related-article lists, comment sections, share and
navigation lines, copyright lines, repeated SEO captions, duplicated paragraphs), normalise width, punctuation and
traditional characters for analysis, keeping a map from every clean character back to the original text.

The analysed text differs from the original only by
* 1:1 substitutions: full-width ASCII → ASCII, ideographic space → space, 「」『』 → “”‘’, control characters →
  space, line separators (CR, VT, FF, NEL, U+2028/9), NUL, lone surrogates and non-characters → LF, and for
  traditional Chinese OpenCC's t2s conversion (kept only where it is 1:1, else character by character);
* tracked deletions: boilerplate blocks and invisible characters (zero-width spaces, BOM, soft hyphens);
* one inserted line break where a deleted block would otherwise glue two lines together.
`CleanText.offset_map` records all of it; `CleanText.to_original` maps spans back exactly.

Boilerplate rules live in `data/boilerplate.jsonl` and match the *normalised* text (ASCII punctuation, simplified
characters); the statistics (captions, duplicates) are linear or n·log n in the number of paragraphs."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .datafiles import read_jsonl
from .errors import ConfigError
from .records import CleanText, Dropped

# A block this short before a tail marker is a teaser headline of the tail, not article prose.
SHORT_TEASER = 60
PROMO_HEADING = 12  # a line this short right above a promo is its heading
# A tail marker in the first part of a document drops only its own paragraph (a header "未经授权禁止转载").
TAIL_MIN_FRACTION = 0.35
CAPTION_MIN = 6
CAPTION_MAX = 40
CAPTION_MIN_REPEATS = 3
REGISTERED_NAME = re.compile(r"(?:股份)?有限(?:责任)?公司$")
DUPLICATE_MIN = 8  # key characters for an exact duplicate paragraph
TRUNCATED_MIN = 16  # key characters for a truncated copy (a prefix) of another paragraph
KEY_MAX = 20000  # longer paragraphs are compared as they are (normalising their key costs time for nothing)
DEFAULT_MAX_LEN = {"tail": 400, "line": 200, "span": 10**9}
KINDS = ("tail", "line", "span")
RULE_KEYS = {"kind", "reason", "regex", "max_len", "comment"}

# A transcript turn on the normalised text: a short name, or a Latin full name perhaps after a title (group 1),
# perhaps another name in brackets ("刘凯文(Kevin Liu):"), a colon, perhaps a space (a Markdown transcript's
# **魏鳏:** 本季度…), then the utterance. Never a caption, a teaser
# walk-back stops there. Analysis reads the turn's speaker from a longer label (TURN_LABEL: a name after a title
# and an organisation, 华泰证券分析师蒲一鸣:), which the cleaner must not take, as it would a promotion's heading.
def _turn(longest: int) -> re.Pattern:
    return re.compile(r"^\s*((?:[\u4e00-\u9fff]{2,6})?[A-Z][a-z]+ [A-Z][a-z]+|[^\s:,。()]{1,%d})(?:\([^()\n]{1,24}\))?:[ \t]?(?=\S)"
                      % longest)


TURN = _turn(8)
TURN_LABEL = _turn(12)


@dataclass(frozen=True)
class BoilerplateRule:
    kind: str  # "tail": from here on is boilerplate; "line": only this paragraph; "span": only the match
    reason: str
    regex: re.Pattern
    max_len: int = 0  # paragraphs longer than this (stripped) are not tested; 0 → the kind's default

    def applies(self, body: str) -> bool:
        return len(body) <= (self.max_len or DEFAULT_MAX_LEN[self.kind]) and self.regex.search(body) is not None


def _rule_from_row(row) -> BoilerplateRule:
    if not isinstance(row, dict):
        raise ValueError("a rule is a JSON object")
    unknown = set(row) - RULE_KEYS
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("kind", "reason", "regex"):
        if key not in row:
            raise ValueError(f"missing {key!r}")
        if not isinstance(row[key], str) or not row[key]:
            raise ValueError(f"{key!r} must be a non-empty string")
    if row["kind"] not in KINDS:
        raise ValueError(f"unknown kind {row['kind']!r} (expected one of {', '.join(KINDS)})")
    max_len = row.get("max_len", 0)
    if not isinstance(max_len, int) or isinstance(max_len, bool) or max_len < 0:
        raise ValueError("'max_len' must be a non-negative integer")
    try:
        regex = re.compile(row["regex"])
    except re.error as exc:
        raise ValueError(f"bad regex: {exc}") from None
    if regex.search("") is not None:
        raise ValueError("regex matches the empty string (it would drop everything)")
    return BoilerplateRule(row["kind"], row["reason"], regex, max_len)


def load_rules(path=None) -> tuple[BoilerplateRule, ...]:
    src = path or resources.files("extractor") / "data" / "boilerplate.jsonl"
    rules = []
    for lineno, row in read_jsonl(src):
        try:
            rules.append(_rule_from_row(row))
        except ValueError as exc:
            raise ConfigError(f"{src}:{lineno}: invalid boilerplate rule ({exc})") from None
    return tuple(rules)


@lru_cache(maxsize=1)
def default_rules() -> tuple[BoilerplateRule, ...]:
    return load_rules()


# ---------------------------------------------------------------------------------------------- normalisation

def _build_table() -> dict[int, str]:
    table: dict[int, str] = {o: chr(o - 0xFEE0) for o in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    for o in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
        table[o] = " "
    for o in (0x0A, 0x0D, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029):
        table[o] = "\n"
    table[0x09] = "\t"
    # NUL, lone surrogates and non-characters cannot be written into RDF literals (rdf.py drops them from
    # nif:anchorOf): a line break keeps them out of every mention, so anchors still equal their slices
    table[0x00] = table[0xFFFE] = table[0xFFFF] = "\n"
    for o in range(0xD800, 0xE000):  # lone surrogates (only from surrogateescape'd or synthetic text)
        table[o] = "\n"
    table.update({ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"})
    return table


_TABLE = _build_table()
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_PARAGRAPH = re.compile(f"[^{_LINE_BREAKS}]+")
_LINE_BREAK = re.compile(f"[{_LINE_BREAKS}]")


def normalise_char(ch: str) -> str:
    """One character in, one character out, so offsets survive (see the module docstring)."""
    return _TABLE.get(ord(ch), ch) if len(ch) == 1 else ch


_TO_NORMALISE = re.compile("[" + "".join(re.escape(chr(o)) for o in sorted(_TABLE) if chr(o) != _TABLE[o]
                                     and not 0xD800 <= o < 0xE000) + "\ud800-\udfff]+")


def normalise(text: str) -> str:
    """`normalise_char` over a whole text (same length). Runs of characters to change are translated one by
    one (str.translate over a whole 10 MB text is slow for non-ASCII)."""
    return _TO_NORMALISE.sub(lambda m: m.group().translate(_TABLE), text)


# ---------------------------------------------------------------------------------------- traditional Chinese

@lru_cache(maxsize=1)
def _converters():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        return None
    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def is_traditional(text: str, sample: int = 20000) -> bool:
    """Mostly traditional characters: many change under t2s and few are simplified-only."""
    conv = _converters()
    if conv is None:
        return False
    t2s, s2t = conv
    chars = "".join(_CJK.findall(text[:sample]))
    if len(chars) < 2:
        return False
    as_simp, as_trad = t2s.convert(chars), s2t.convert(chars)
    trad = sum(a != b for a, b in zip(chars, as_simp)) if len(as_simp) == len(chars) else \
        sum(t2s.convert(c) != c for c in chars)
    simp = sum(a != b for a, b in zip(chars, as_trad)) if len(as_trad) == len(chars) else \
        sum(s2t.convert(c) != c for c in chars)
    return trad >= 2 and trad > 2 * simp and trad >= 0.03 * len(chars)


def to_simplified(text: str) -> str:
    """OpenCC t2s, kept 1:1: each line is converted with phrases; a line whose length changes is converted
    character by character instead (a character whose conversion is not one character stays as it is)."""
    conv = _converters()
    if conv is None:
        return text
    t2s = conv[0]
    out = []
    cache: dict[str, str] = {}
    for line in text.split("\n"):
        converted = t2s.convert(line) if line else line
        if len(converted) != len(line):
            chars = []
            for ch in line:
                c = cache.get(ch)
                if c is None:
                    c = t2s.convert(ch)
                    c = cache[ch] = c if len(c) == 1 else ch
                chars.append(c)
            converted = "".join(chars)
        out.append(converted)
    return "\n".join(out)


# a half-width full stop that ends a Chinese sentence (增长120%.目前…; machine-translated and hand-typed text):
# after a Han character, a closing quote, bracket or title mark (《生意的温度》.今天) or %, before Han text, an
# opening quote, a space or the end, or before a digit (创始人为陈X.2022年: no decimal point follows a character or a
# mark) or a capital (成立.IPO前: a domain after a character is lower case, 拼多多.com); not in 3.5, www.x.com or an
# ellipsis
_HALF_WIDTH_STOP = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff”\"’)\]%》」』])\."
                              r"(?=[\u3400-\u9fff\uf900-\ufaff“\"‘(\[]|\s|$|\d|[A-Z])")


# …and one after a Latin name that ends a line of Chinese (主要客户包括特斯拉和Fluence.), not an abbreviation's dot
_LATIN_LINE_END_STOP = re.compile(r"(?<=[A-Za-z0-9])(?<!Inc)(?<!Ltd)(?<!Co)(?<!Corp)\.(?=[ \t]*(?:\n|$))", re.M)


# …and one after a Latin word or unit right before Chinese (出货量为5.2GWh.公司董事长…; 客户包括Fluence.今年…), or a
# model's code (车型包括X S7和X X9.公司…), not an abbreviation's dot (Apple Inc.发布, 苹果vs.华为) nor a numbered
# heading's (1.公司概况: no letter before the digit)
_LATIN_BEFORE_HAN_STOP = re.compile(r"(?:(?<=[A-Za-z])|(?<=[A-Z]\d)|(?<=[A-Z]\d\d))(?<!Inc)(?<!Ltd)(?<!Co)(?<!Corp)(?<!St)(?<!Mr)(?<!Ms)(?<!Dr)(?<!Jr)"
                                    r"(?<!vs)(?<!No)\.(?=[\u4e00-\u9fff])")


def _latin_line_end_stop(m: re.Match) -> str:
    text = m.string
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    word = re.search(r"[!-~]*$", line).group()  # (the Latin run it ends: a web address keeps its dot, a quantity
    # and its unit does not, 5.2GWh)
    return "。" if any("\u4e00" <= c <= "\u9fff" for c in line) and (
        not any(c in word for c in "./@") or _QUANTITY_WITH_UNIT.fullmatch(word)) else "."


_QUANTITY_WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)*[A-Za-z]{1,4}")


def analysis_view(text: str) -> tuple[str, bool]:
    """The text as the rules and the NLP see it, same length as `text`; and whether it was traditional."""
    view = normalise(text)
    traditional = is_traditional(view)
    if traditional:
        view = to_simplified(view)
    view = _HALF_WIDTH_STOP.sub("。", view)
    if "." in view:
        view = _LATIN_LINE_END_STOP.sub(_latin_line_end_stop, view)
        view = _LATIN_BEFORE_HAN_STOP.sub(_latin_line_end_stop, view)
    return view, traditional


def check_offset_map(text: str, clean: CleanText) -> None:
    """The offset-map contract, for tests and fuzzing: every clean character comes from the original character
    it points at (up to the 1:1 normalisation / t2s) or is an inserted line break, the map never goes
    backwards, and it ends inside the text. Raises ValueError naming the first violation."""
    view, _ = analysis_view(text)
    om = clean.offset_map
    if len(om) != len(clean.text) + 1:
        raise ValueError(f"offset map has {len(om)} entries for {len(clean.text)} characters")
    prev = -1
    for i, ch in enumerate(clean.text):
        o = om[i]
        if not prev <= o < len(text):
            raise ValueError(f"clean[{i}] maps to {o}, after {prev}, text length {len(text)}")
        if ch != view[o] and ch != "\n":
            raise ValueError(f"clean[{i}] = {ch!r} but the original at {o} reads {view[o]!r}")
        prev = o
    if not prev <= om[len(clean.text)] <= len(text):
        raise ValueError(f"offset map ends at {om[len(clean.text)]}")


# ------------------------------------------------------------------------------------------------ boilerplate

def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-blank lines (a paragraph per line: web text and transcripts put one per line)."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if not m.group().isspace()]


def _table_rows(text: str, paras: list[tuple[int, int]]) -> set[int]:
    """The paragraphs that are rows of a table: three or more lines in a row, each cut by the same number (two or
    more) of bars (包号 | 采购内容 | 中标供应商 | 金额): no link bar, which stands alone, whatever its cells."""
    bars = [text.count("|", s, e) + text.count("｜", s, e) for s, e in paras]
    out: set[int] = set()
    k = 0
    while k < len(paras):
        j = k
        while (j + 1 < len(paras) and bars[j + 1] == bars[k]
               and "\n\n" not in text[paras[j][1]:paras[j + 1][0]]):
            j += 1
        if bars[k] >= 2 and j - k >= 2:
            out.update(range(k, j + 1))
        k = j + 1
    return out


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    body = text[s:e]
    lead = len(body) - len(body.lstrip())
    return s + lead, s + len(body.rstrip())


_KEY_DROP = re.compile(r"[\W_]+")
_CLOSERS = ")]】》」>”"


def _key(s: str) -> str:
    return _KEY_DROP.sub("", s)


def _captions(bodies: list[str]) -> set[str]:
    """Short strings that start at least CAPTION_MIN_REPEATS paragraphs: a standalone short paragraph repeated or
    glued in front of others, or a bracket-closed prefix shared by several paragraphs (an SEO caption glued on)."""
    # (a registered name alone on a line heads a filing, which names its filer again in the text and the signature:
    # 汀洲精密股份有限公司 … 汀洲精密股份有限公司(以下简称"公司")于… … 汀洲精密股份有限公司董事会)
    candidates = {b for b in bodies if CAPTION_MIN <= len(b) <= CAPTION_MAX and not TURN.match(b + "x")
                  and not b.endswith(":") and not REGISTERED_NAME.search(b)}
    # glued-only captions: adjacent paragraphs in sorted order share the prefix
    ordered = sorted(b[:CAPTION_MAX + 1] for b in bodies if len(b) > CAPTION_MIN)
    for a, b in zip(ordered, ordered[1:]):
        if a[:CAPTION_MIN] != b[:CAPTION_MIN]:
            continue
        n = 0
        for x, y in zip(a, b):
            if x != y:
                break
            n += 1
        prefix = a[:n]
        cut = max(prefix.rfind(c) for c in _CLOSERS)
        # (a speaker's name with another in brackets, 刘凯文(Kevin Liu):, opens turns, not captions)
        if cut + 1 >= CAPTION_MIN and cut + 1 <= CAPTION_MAX and not TURN.match(a[:cut + 2] + "x"):
            candidates.add(prefix[:cut + 1])
    if not candidates:
        return set()
    lengths = sorted({len(c) for c in candidates})
    counts: Counter = Counter()
    for b in bodies:
        for n in lengths:
            if n > len(b):
                break
            if b[:n] in candidates:
                counts[b[:n]] += 1
    return {c for c, n in counts.items() if n >= CAPTION_MIN_REPEATS}


def find_boilerplate(text: str, rules=None, *, view: str | None = None) -> list[Dropped]:
    """Boilerplate spans of `text` (sorted, merged). `view` is the normalised text the rules see (same length);
    computed from `text` when not given."""
    rules = default_rules() if rules is None else rules
    if view is None:
        view, _ = analysis_view(text)
    if len(view) != len(text):
        raise ValueError("view must have the same length as text")
    tails = [r for r in rules if r.kind == "tail"]
    lines = [r for r in rules if r.kind == "line"]
    spans = [r for r in rules if r.kind == "span"]
    paras = [_strip_span(view, s, e) for s, e in _paragraphs(view)]
    drops: list[Dropped] = []

    def line_reason(body: str) -> str | None:
        for r in lines:
            if r.applies(body):
                return r.reason
        return None

    # 1. Tail: from the first tail marker past TAIL_MIN_FRACTION on; walk back over its teaser block.
    min_start = int(len(view) * TAIL_MIN_FRACTION)
    early: list[tuple[int, str]] = []
    for i, (s, e) in enumerate(paras):
        body = view[s:e]
        rule = next((r for r in tails if r.applies(body)), None)
        if rule is None:
            continue
        if s < min_start:
            early.append((i, rule.reason))
            continue
        # Teasers: the block of short or advertising paragraphs right before the marker is dropped with it
        # only when an advertising paragraph opens it (a promo, then its teaser headlines); plain short prose
        # before a disclaimer stays.
        first = i
        anchor = None
        while first > 0:
            ps, pe = paras[first - 1]
            if ps < min_start:
                break
            prev = view[ps:pe]
            is_ad = line_reason(prev) is not None
            if TURN.match(prev) or (len(prev) > SHORT_TEASER and not is_ad):
                break
            first -= 1
            if is_ad:
                anchor = first
        first = i if anchor is None else anchor
        if anchor is not None and first > 0:
            ps, pe = paras[first - 1]
            prev = view[ps:pe]
            if ps >= min_start and len(prev) <= PROMO_HEADING and not TURN.match(prev):
                first -= 1  # its heading ("看真实推荐。")
        drops.append(Dropped(paras[first][0], len(text), rule.reason if first == i else "advertising tail"))
        paras = paras[:first]
        break
    early_reasons = dict(early)

    # 2. Single boilerplate paragraphs, and spans inside paragraphs.
    remaining = []
    rows = _table_rows(view, paras)
    for i, (s, e) in enumerate(paras):
        body = view[s:e]
        reason = early_reasons.get(i) or (None if i in rows else line_reason(body))
        if reason:
            drops.append(Dropped(s, e, reason))
            continue
        remaining.append((s, e))
        for r in spans:
            if len(body) <= (r.max_len or DEFAULT_MAX_LEN["span"]):
                for m in r.regex.finditer(body):
                    if m.end() > m.start():
                        drops.append(Dropped(s + m.start(), s + m.end(), r.reason))

    # 3. Captions glued to the start of paragraphs.
    bodies = [view[s:e] for s, e in remaining]
    captions = _captions(bodies)
    lengths = sorted({len(c) for c in captions}, reverse=True)
    keys: list[tuple[int, int, str]] = []
    for (s, e), body in zip(remaining, bodies):
        cap = next((n for n in lengths if body[:n] in captions), 0)
        if cap:
            drops.append(Dropped(s, s + cap, "caption"))
        keys.append((s, e, _key(body[cap:]) if e - s <= KEY_MAX else body[cap:]))

    # 4. Duplicated paragraphs: an exact copy (after the first), or a truncated copy (a prefix) of another.
    seen: set[str] = set()
    for s, e, k in keys:
        if len(k) >= DUPLICATE_MIN and k in seen:
            drops.append(Dropped(s, e, "duplicate"))
        seen.add(k)
    ordered = sorted(seen)
    truncated = {a for a, b in zip(ordered, ordered[1:]) if len(a) >= TRUNCATED_MIN and b.startswith(a)}
    if truncated:
        for s, e, k in keys:
            if k in truncated:
                drops.append(Dropped(s, e, "duplicate"))
    return _merge(drops)


def _merge(drops: list[Dropped]) -> list[Dropped]:
    out: list[Dropped] = []
    for d in sorted(drops, key=lambda d: (d.start, -d.end)):
        if d.end <= d.start:
            continue
        if out and d.start <= out[-1].end:
            if d.end > out[-1].end:
                out[-1] = Dropped(out[-1].start, d.end, out[-1].reason)
            continue
        out.append(d)
    return out


# ------------------------------------------------------------------------------------------------ offset map

class OffsetMap(Sequence):
    """`offset_map[i]` for a clean text built from runs of the original: O(runs) memory, O(log runs) lookup.
    Behaves as the tuple of all offsets (indexing, slicing, iteration, len, equality with tuples)."""

    __slots__ = ("_starts", "_origs", "_len")

    def __init__(self, starts: list[int], origs: list[int], length: int) -> None:
        self._starts, self._origs, self._len = starts, origs, length  # run k: clean starts[k].. ↦ origs[k]..

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(self._len)))
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset map index out of range")
        k = bisect.bisect_right(self._starts, i) - 1
        return self._origs[k] + (i - self._starts[k])

    def __iter__(self):
        bounds = self._starts[1:] + [self._len]
        for start, orig, end in zip(self._starts, self._origs, bounds):
            yield from range(orig, orig + end - start)

    def __eq__(self, other):
        if isinstance(other, (OffsetMap, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        return f"OffsetMap({len(self)} offsets, {len(self._starts)} runs)"


def clean_text(text: str, rules=None) -> CleanText:
    view, _ = analysis_view(text)
    drops = find_boilerplate(text, rules, view=view)
    deletions = [(d.start, d.end) for d in drops]
    deletions += [(m.start(), m.end()) for m in _INVISIBLE.finditer(text)]
    deletions.sort()
    # kept runs of the original
    runs: list[tuple[int, int]] = []
    pos = 0
    for s, e in deletions:
        if s > pos:
            runs.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        runs.append((pos, len(text)))
    pieces: list[str] = []
    starts: list[int] = []
    origs: list[int] = []
    n = 0
    for k, (s, e) in enumerate(runs):
        if k and pieces:
            gap_start = runs[k - 1][1]
            last, nxt = pieces[-1][-1], view[s]
            if last != "\n" and nxt != "\n" and _LINE_BREAK.search(text, gap_start, s):
                # keep paragraphs apart where a dropped block sat between them
                pieces.append("\n")
                starts.append(n)
                origs.append(s)
                n += 1
        pieces.append(view[s:e])
        starts.append(n)
        origs.append(s)
        n += e - s
    end = runs[-1][1] if runs else len(text)
    starts.append(n)
    origs.append(end)
    return CleanText("".join(pieces), OffsetMap(starts, origs, n + 1), tuple(drops), view)


__all__ = ["clean_text", "find_boilerplate", "load_rules", "default_rules", "normalise", "normalise_char",
           "is_traditional", "to_simplified", "analysis_view", "OffsetMap", "BoilerplateRule"]
