"""Literal prefilters for regular expressions: strings of which every match must contain one.

Python's `re` scans a text position by position; for most of our cue and relation patterns, whose matches all hold
some literal word (公司, 收购, 持股), a substring test (`in`, a fast memchr-style search) tells beforehand that a
text holds no match at all. `required_literals(regex)` reads the parsed pattern and returns the most selective
such set it can prove (or None), and `Prefiltered` wraps a compiled pattern so that `search`, `match`,
`fullmatch` and `finditer` answer "no match" without running the regex when the text lacks every literal. The
answers are those of the regex itself: a prefilter only skips texts on which the regex cannot match.
`LiteralIndex` does the same for a whole table of patterns at once (the relation table against each sentence).

The parse tree is read with the standard library's regex parser (`re._parser`, private but stable since 3.11).
"""
from __future__ import annotations

import re
from typing import Iterator

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re import _constants as sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

LITERAL = sre_constants.LITERAL
IN = sre_constants.IN
SUBPATTERN = sre_constants.SUBPATTERN
BRANCH = sre_constants.BRANCH
ASSERT = sre_constants.ASSERT
REPEATS = tuple(op for op in (getattr(sre_constants, name, None) for name in (
    "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None)

# a character class of more characters than this is no useful filter (any Han character, a digit)
_MAX_CLASS = 8
# a set of more alternatives than this costs more `in` tests than it saves
_MAX_ALTERNATIVES = 12

Requirement = frozenset  # of strings: a text that can match holds at least one of them


def _cost(req: Requirement) -> float:
    """Lower is more selective: short literals are common, and every alternative adds to the chance of a hit."""
    return sum(1.0 / (len(s) ** 2) for s in req)


def _best(reqs: list[Requirement]) -> Requirement | None:
    return min(reqs, key=_cost) if reqs else None


def _class_chars(items, ignore: frozenset[str]) -> frozenset[str] | None:
    """The characters of a plain class of a few literals ([和与及]), None for anything wider or negated."""
    chars = set()
    for op, arg in items:
        if op is not LITERAL or chr(arg) in ignore:
            return None
        chars.add(chr(arg))
    return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None


def _requirements(seq, ignore: frozenset[str]) -> list[Requirement]:
    """Candidate requirements of a parsed sequence: each one alone holds for every match of the sequence."""
    reqs: list[Requirement] = []
    # consecutive literals make one candidate string; a run may also hold a small class: [收并]购 gives {收购, 并购}
    prefixes: frozenset[str] = frozenset({""})
    for op, arg in seq:
        if op is LITERAL and chr(arg) not in ignore:
            prefixes = frozenset(p + chr(arg) for p in prefixes)
            continue
        chars = _class_chars(arg, ignore) if op is IN else None
        if chars is not None and len(prefixes) * len(chars) <= _MAX_ALTERNATIVES:
            if prefixes != frozenset({""}):
                reqs.append(frozenset(prefixes))
            prefixes = frozenset(p + c for p in prefixes for c in chars)
            continue
        if prefixes != frozenset({""}):
            reqs.append(frozenset(prefixes))
        prefixes = frozenset({""})
        if op is SUBPATTERN:
            if not arg[1] & re.IGNORECASE:  # ((?i:…) matches other cases than its literals)
                reqs.extend(_requirements(arg[-1], ignore))
        elif op in REPEATS:
            low, _high, sub = arg
            if low >= 1:
                reqs.extend(_requirements(sub, ignore))
        elif op is BRANCH:
            alternatives = [_best(_requirements(alt, ignore)) for alt in arg[1]]
            if alternatives and all(a is not None for a in alternatives):
                union = frozenset().union(*alternatives)
                if len(union) <= _MAX_ALTERNATIVES:
                    reqs.append(union)
        elif op is ASSERT:
            reqs.extend(_requirements(arg[1], ignore))  # a positive lookaround's text is in the string too
        # anything else (a negative lookaround, a back-reference, an anchor, a wide class) requires nothing
    if prefixes != frozenset({""}):
        reqs.append(frozenset(prefixes))
    return reqs


def required_literals(regex: re.Pattern | str, ignore: str = "") -> Requirement | None:
    """The most selective set of strings of which every match holds one, or None when none can be proved (an
    empty-matching pattern, case-insensitive or bytes patterns). Characters in `ignore` are present in nearly every
    text searched (the markup of masked entities) and are never used as literals."""
    pattern = regex.pattern if isinstance(regex, re.Pattern) else regex
    flags = regex.flags if isinstance(regex, re.Pattern) else 0
    if not isinstance(pattern, str) or flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i) at the start
        return None
    reqs = [r for r in _requirements(list(parsed), frozenset(ignore)) if all(r_ for r_ in r)]
    return _best(reqs)


def literals_of(regex: re.Pattern | str, ignore: str = "") -> tuple[str, ...]:
    """`required_literals` as a sorted tuple: empty when none can be proved (any text may match)."""
    return tuple(sorted(required_literals(regex, ignore) or ()))


class Prefiltered:
    """A compiled pattern that skips texts lacking all of its required literals. Drop-in for the methods we use;
    other attributes are the pattern's own."""

    __slots__ = ("regex", "literals")

    def __init__(self, regex: re.Pattern, literals: tuple[str, ...] | None = None):
        self.regex = regex
        self.literals = literals_of(regex) if literals is None else tuple(sorted(literals))

    def _may_match(self, text: str) -> bool:
        return not self.literals or any(s in text for s in self.literals)

    def search(self, text: str, *args):
        return self.regex.search(text, *args) if self._may_match(text) else None

    def match(self, text: str, *args):
        return self.regex.match(text, *args) if self._may_match(text) else None

    def fullmatch(self, text: str, *args):
        return self.regex.fullmatch(text, *args) if self._may_match(text) else None

    def finditer(self, text: str, *args) -> Iterator[re.Match]:
        return self.regex.finditer(text, *args) if self._may_match(text) else iter(())

    def findall(self, text: str, *args) -> list:
        return self.regex.findall(text, *args) if self._may_match(text) else []

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex.pattern!r}, literals={self.literals!r})"


class LiteralIndex:
    """Which of many patterns a text may match, by their required literals: the literals are grouped by their first
    character, so a text is tested only against those starting with one of its characters, not once per pattern."""

    def __init__(self, literal_sets: list[tuple[str, ...]]):
        self.size = len(literal_sets)
        self.always = frozenset(i for i, literals in enumerate(literal_sets) if not literals)
        by_literal: dict[str, list[int]] = {}
        for i, literals in enumerate(literal_sets):
            for literal in literals:
                by_literal.setdefault(literal, []).append(i)
        self.by_first: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for literal, members in by_literal.items():
            self.by_first.setdefault(literal[0], []).append((literal, tuple(members)))

    def candidates(self, text: str) -> list[int]:
        """The indices, in order, of the patterns whose literals the text holds (or that have none)."""
        hits = set(self.always)
        by_first = self.by_first
        for c in set(text):
            for literal, members in by_first.get(c, ()):
                if len(literal) == 1 or literal in text:
                    hits.update(members)
        return sorted(hits)
