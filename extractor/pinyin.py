"""Toneless pinyin keys: how names sound, for matching spelling variants (小鲜炖 / 小仙炖).

A character's most common reading comes from `data/syllables.txt` (a syllable, a tab, then every character read
that way); the words that read otherwise (银行 yin hang, not yin xing; 长沙 chang sha) from
`data/phrase_syllables.txt`, matched longest first. Both are written from pypinyin's tables by
`python -m extractor.pinyin` and agree with pypinyin's readings of names. They are read instead of pypinyin at
run time because importing pypinyin loads all 47,000 of its phrases as some 200,000 lists: 0.4 s, and a walk over
them in every full garbage collection of the process, for the 3,400 that change a reading.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = resources.files("extractor") / "data"

# Near-homophones: initials and finals that speakers, typists and MT confuse.
CONFUSABLE_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"), ("f", "h"), ("r", "l"))
CONFUSABLE_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))


@lru_cache(maxsize=1)
def syllables() -> dict[str, str]:
    """Character -> its toneless syllable, for the characters the table reads."""
    table: dict[str, str] = {}
    for line in (DATA / "syllables.txt").read_text(encoding="utf-8").splitlines():
        syl, _, chars = line.partition("\t")
        table.update(dict.fromkeys(chars, syl))
    return table


@lru_cache(maxsize=1)
def phrases() -> tuple[dict[str, tuple[str, ...]], tuple[int, ...]]:
    """Word -> its syllables, for the words whose reading is not their characters' own; the word lengths, longest
    first."""
    table = {}
    for line in (DATA / "phrase_syllables.txt").read_text(encoding="utf-8").splitlines():
        word, _, syls = line.partition("\t")
        table[word] = tuple(syls.split())
    return table, tuple(sorted({len(w) for w in table}, reverse=True))


def syllable(char: str) -> str:
    """Toneless pinyin of one character (its most common reading); a character without one stands for itself."""
    return syllables().get(char) or char.lower()


def _readings(name: str) -> list[str]:
    """The syllables of a name; a run of characters without a reading (Latin, digits) counts as one."""
    table = syllables()
    words, lengths = phrases()
    out: list[str] = []
    run = ""
    i = 0
    while i < len(name):
        syls = next((words[name[i:i + n]] for n in lengths if name[i:i + n] in words), None)
        if syls is None:
            syl = table.get(name[i])
            if syl is None:
                run += name[i]
                i += 1
                continue
            syls = (syl,)
        if run:
            out.append(run.lower())
            run = ""
        out.extend(syls)
        i += len(syls)
    if run:
        out.append(run.lower())
    return out


@lru_cache(maxsize=65536)
def pinyin_key(name: str) -> str:
    return " ".join(_readings(name))


@lru_cache(maxsize=65536)
def fuzzy_pinyin_key(name: str) -> str:
    out = []
    for syl in _readings(name):
        for a, b in CONFUSABLE_INITIALS:
            if syl.startswith(a):
                syl = b + syl[len(a):]
                break
        for a, b in CONFUSABLE_FINALS:
            if syl.endswith(a):
                syl = syl[: -len(a)] + b
                break
        out.append(syl)
    return " ".join(out)


def tables_from_pypinyin() -> dict[str, str]:
    """The text of `syllables.txt` and `phrase_syllables.txt` from pypinyin: the readings of the CJK Unified
    Ideographs block (U+4E00–U+9FFF) and the phrases of pypinyin's dictionary that read otherwise."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.phrases_dict import phrases_dict

    def read(text: str) -> list[str]:
        return [s.lower() for s in lazy_pinyin(text, style=Style.NORMAL, errors="default")]

    groups: dict[str, list[str]] = {}
    for cp in range(0x4E00, 0xA000):
        c = chr(cp)
        syl = read(c)[0]
        if syl != c:
            groups.setdefault(syl, []).append(c)
    default = {c: syl for syl, chars in groups.items() for c in chars}
    words = {}
    for word in phrases_dict:
        syls = read(word)
        if len(syls) == len(word) and syls != [default.get(c, c) for c in word]:
            words[word] = " ".join(syls)
    return {"syllables.txt": "".join(f"{syl}\t{''.join(chars)}\n" for syl, chars in sorted(groups.items())),
            "phrase_syllables.txt": "".join(f"{w}\t{words[w]}\n" for w in sorted(words))}


if __name__ == "__main__":
    for name, text in tables_from_pypinyin().items():
        dest = Path(__file__).with_name("data") / name
        dest.write_text(text, encoding="utf-8")
        print(f"wrote {dest}", file=sys.stderr)
