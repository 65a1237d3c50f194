"""Dictionary lookups from each position of a text: which lengths to try there."""
from __future__ import annotations

from typing import Iterable


def lengths_by_head(words: Iterable[str], min_len: int = 2, max_len: int | None = None) -> dict[str, tuple[int, ...]]:
    """The first two characters of each word of `min_len`..`max_len` characters (min_len >= 2), with the lengths
    of the words they begin, longest first. Most positions of a text begin no word, and most that do begin one or
    two lengths, so a longest-match lookup slices and looks up only those."""
    lengths: dict[str, set[int]] = {}
    for w in words:
        if min_len <= len(w) and (max_len is None or len(w) <= max_len):
            lengths.setdefault(w[:2], set()).add(len(w))
    return {head: tuple(sorted(ks, reverse=True)) for head, ks in lengths.items()}
