"""The longest-match index: which lengths to try from a position."""
from extractor.prefixes import lengths_by_head


def test_lengths_by_head_longest_first_within_bounds():
    words = ["北京", "北京大学", "北京大学生", "北", "上海市", "ab", "abcdefgh"]
    assert lengths_by_head(words) == {"北京": (5, 4, 2), "上海": (3,), "ab": (8, 2)}
    assert lengths_by_head(words, 3, 4) == {"北京": (4,), "上海": (3,)}
    assert lengths_by_head([]) == {}
