"""Analysis: sentences with their transcript speakers."""
from __future__ import annotations

from extractor.analyse import analyse
from extractor.records import Document


def speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    a = analyse(Document("doc-t", "t.txt", text, "0" * 64), nlp)
    return [(s.speaker, text[s.start:s.end][:6]) for s in a.sentences]


def test_a_turn_label_with_a_title_or_a_latin_full_name_names_the_speaker(nlp):
    text = ("远岳物流业绩电话会议实录\n首席执行官王振远:各位好。我们增长很快。\n首席财务官Linda Chen:毛利率为12.8%。\n"
            "分析师(中金公司 刘畅):资本开支是多少?\nLinda Chen:在25亿元左右。")
    got = [who for who, _ in speakers(nlp, text)]
    assert got == [None, "王振远", "王振远", "Linda Chen", "分析师", "Linda Chen"]
