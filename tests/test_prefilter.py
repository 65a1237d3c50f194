"""Literal prefilters: what every match of a pattern must contain, and that filtering never loses a match."""
import re
from pathlib import Path

import pytest

from extractor.prefilter import LiteralIndex, Prefiltered, required_literals
from extractor.relations import MARKUP_CHARS, default_patterns
from extractor.rulers import load_cues


@pytest.mark.parametrize("pattern, expected", [
    ("收购了?(?P<x>.+)", {"收购"}),  # an optional character is no part of the literal
    ("[收并]购", {"收购", "并购"}),  # a small class spells out its words
    (r"(?:持有|持股)\d+%", {"持有", "持股"}),  # each alternative holds one of them
    ("公司|集团", {"公司", "集团"}),
    (r"[\u4e00-\u9fff]{2,4}(?:集团|公司)$", {"集团", "公司"}),  # a wide class is no literal
    ("(?=.*收购)", {"收购"}),  # a lookahead's text is in the string too
    ("(?<=在)[^,]+中标", {"中标"}),  # the longer literal is the more selective
    ("(?:合作)+方", {"合作"}),  # a repeated group holds its words at least once; 合作方 is no one literal
    ("X(?i:abc)", {"X"}),  # a case-insensitive group has no literal of its own
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern, expected", [
    ("a*b?", None),  # may match the empty string
    ("(?:收购|[\u4e00-\u9fff]+)", None),  # one alternative holds no literal
    ("(?i)ceo", None),  # case-insensitive: "CEO" matches without "ceo"
    ("(?!收购)[\u4e00-\u9fff]+", None),  # a negative lookahead requires nothing
    ("(?:收购)?方", {"方"}),  # …and an optional group nothing
])
def test_no_false_requirement(pattern, expected):
    assert required_literals(pattern) == (frozenset(expected) if expected else None)


def test_markup_is_ignored():
    # the masked entities' markup is in nearly every sentence: the pattern's own words are its literals
    assert required_literals("\ue000ORG#(?P<a>\\d+)\ue001收购\ue000ORG#(?P<b>\\d+)\ue001", ignore=MARKUP_CHARS) == {"收购"}


def test_prefiltered_answers_as_the_regex():
    regex = re.compile(r"(?P<buyer>[\u4e00-\u9fff]{2,4})(?:收购|并购)了(?P<target>[\u4e00-\u9fff]{2,4})")
    wrapped = Prefiltered(regex)
    for text in ("岚川科技收购了澄源食品", "岚川科技宣布合作", "", "并购了", "并购了甲乙"):
        assert [m.span() for m in wrapped.finditer(text)] == [m.span() for m in regex.finditer(text)]
        assert getattr(wrapped.search(text), "span", None) == getattr(regex.search(text), "span", None) or (
            wrapped.search(text).span() == regex.search(text).span())
    assert wrapped.literals == ("并购", "收购")


def test_literal_index_keeps_order_and_patterns_without_literals():
    index = LiteralIndex([("收购",), (), ("合作", "伙伴"), ("收购", "控股")])
    assert index.candidates("甲收购乙") == [0, 1, 3]
    assert index.candidates("甲与乙成为伙伴") == [1, 2]
    assert index.candidates("") == [1]


def _fixture_sentences(limit: int = 120) -> list[str]:
    folder = Path(__file__).parent / "fixtures" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("a*.txt"))[:limit]]
    return [s for t in texts for s in re.split(r"(?<=[。!?！？\n])", t) if s.strip()]


def test_relation_tables_literals_lose_no_match():
    """Every relation pattern and ref that matches a sentence of the fixture articles is among the candidates the
    index gives for it (the refs read the sentences as they are; the patterns with names masked, so the patterns are
    checked on their words around the masks)."""
    pats = default_patterns()
    sentences = _fixture_sentences()
    checked = 0
    for s in sentences:
        refs = set(map(id, pats.ref_candidates(s)))
        for ref in pats.refs:
            if ref.regex.search(s):
                assert id(ref) in refs, (ref.id, s)
                checked += 1
    assert checked > 100  # (the test reads real matches, not none)


def test_cue_prefilters_lose_no_match():
    sentences = _fixture_sentences(60)
    cues = [c for c in load_cues() if isinstance(c.regex, Prefiltered)]
    assert len(cues) > 100
    hits = 0
    for c in cues:
        for s in sentences:
            want = [m.span() for m in c.regex.regex.finditer(s)]
            assert [m.span() for m in c.regex.finditer(s)] == want, c.id
            hits += bool(want)
    assert hits > 20


def test_relations_with_the_index_are_the_relations_without_it(nlp, monkeypatch):
    """The index only skips patterns that cannot match: extraction with it and with every pattern tried gives the
    same graph (two fixture articles with several relation kinds)."""
    from extractor.extract import extract_documents
    from extractor.io import read_document
    from extractor.relations import RelationPatterns

    folder = Path(__file__).parent / "fixtures" / "articles"
    docs = [read_document(p) for p in sorted(folder.glob("a10*.txt"))[:6]]

    def edges():
        g = extract_documents(docs, nlp).graph
        return sorted((u, v, d.get("relation", "")) for u, v, d in g.edges(data=True))

    with_index = edges()
    assert len(with_index) > 10
    monkeypatch.setattr(RelationPatterns, "candidates", lambda self, text: list(self.patterns))
    monkeypatch.setattr(RelationPatterns, "ref_candidates", lambda self, text: list(self.refs))
    assert edges() == with_index


def test_a_pattern_with_no_provable_literal_is_never_skipped():
    # (no literal every match holds: an empty requirement, and every text is searched)
    wrapped = Prefiltered(re.compile("a*b?"))
    assert wrapped.literals == () and wrapped.search("xyz").span() == (0, 0)
