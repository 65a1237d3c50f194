from __future__ import annotations

from pathlib import Path

import pytest

from extractor.segeval import read_ud, word_prf

FIX = Path(__file__).parent / "fixtures" / "seg"


def test_word_prf_counts_exact_spans():
    gold = [["我", "爱", "北京", "天安门", "。"]]
    pred = [["我", "爱", "北京天安门", "。"]]
    p, r, f = word_prf(gold, pred)
    assert (p, r) == pytest.approx((3 / 4, 3 / 5))
    assert f == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert word_prf(gold, gold) == (1.0, 1.0, 1.0)


def test_word_prf_same_word_at_another_place_is_wrong():
    # "北京" appears in both, but at different offsets: only spans count
    p, r, f = word_prf([["北京", "北", "京"]], [["北", "京", "北京"]])
    assert (p, r, f) == (0.0, 0.0, 0.0)


def test_word_prf_ignores_whitespace_tokens_and_micro_averages():
    gold = [["Windows", "XP", "系统"], ["好"]]
    pred = [["Windows", " ", "XP系统"], ["好"]]
    p, r, _ = word_prf(gold, pred)
    assert (p, r) == pytest.approx((2 / 3, 2 / 4))


def test_word_prf_refuses_different_text():
    with pytest.raises(ValueError, match="sentence 0"):
        word_prf([["我", "爱"]], [["我", "恨"]])
    with pytest.raises(ValueError, match="gold sentences"):
        word_prf([["我"]], [])


def test_read_conllu_text_comment_space_after_and_multiword_ranges():
    sents = list(read_ud(FIX / "tiny.conllu"))
    assert sents == [
        ("我爱北京天安门。", ["我", "爱", "北京", "天安门", "。"]),  # no `# text`: joined by SpaceAfter=No
        ("他的Windows XP。", ["他", "的", "Windows", "XP", "。"]),  # range line 1-2 and empty node 3.1 skipped
        ("你好 世界", ["你好", "世界"]),  # `# text` wins over the forms
    ]


def test_read_conll_joins_chinese_and_spaces_latin_words():
    assert list(read_ud(FIX / "tiny.conll")) == [
        ("同样,施力", ["同样", ",", "施力"]),
        ("Windows XP系统", ["Windows", "XP", "系统"]),
    ]
