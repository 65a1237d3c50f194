"""Toneless pinyin keys: how names sound, for matching spelling variants (小鲜炖 / 小仙炖)."""
from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

# Near-homophones: initials and finals that speakers, typists and MT confuse.
CONFUSABLE_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"), ("f", "h"), ("r", "l"))
CONFUSABLE_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))


@lru_cache(maxsize=65536)
def syllable(char: str) -> str:
    """Toneless pinyin of one character (its most common reading)."""
    return lazy_pinyin(char, style=Style.NORMAL, errors="default")[0].lower()


@lru_cache(maxsize=65536)
def pinyin_key(name: str) -> str:
    return " ".join(lazy_pinyin(name, style=Style.NORMAL, errors="default")).lower()


@lru_cache(maxsize=65536)
def fuzzy_pinyin_key(name: str) -> str:
    out = []
    for syl in lazy_pinyin(name, style=Style.NORMAL, errors="default"):
        syl = syl.lower()
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
