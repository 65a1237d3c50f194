"""Corpus readers: offsets and label mapping on tiny fixtures in each format, and the real files when present."""
from pathlib import Path

import pytest

from extractor.corpora import CorpusError, detect_format, is_validation, read_corpus, tags_to_spans

DATA = Path(__file__).resolve().parents[1].joinpath("../shared/data").resolve()
needs_data = pytest.mark.skipif(not DATA.exists(), reason="../shared/data absent")


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def spans_text(example):
    text, spans = example
    return [(text[s:e], lab) for s, e, lab in spans]


def test_msra_bio(tmp_path):
    p = write(tmp_path, "msra_sample", "李\tB-PER\n雷\tI-PER\n去\tO\n了\tO\n杭\tB-LOC\n州\tI-LOC\n\n"
                                        "微\tB-ORG\n软\tI-ORG\n好\tO\n\n")
    ex = read_corpus(p)
    assert detect_format(p) == "msra"
    assert ex[0][0] == "李雷去了杭州"
    assert spans_text(ex[0]) == [("李雷", "PERSON"), ("杭州", "LOC")]
    assert spans_text(ex[1]) == [("微软", "ORG")]


def test_cluener_end_inclusive(tmp_path):
    line = '{"text": "王小明在华为上班，住在深圳", "label": {"name": {"王小明": [[0, 2]]}, ' \
           '"company": {"华为": [[4, 5]]}, "address": {"深圳": [[11, 12]]}, "game": {"上班": [[6, 7]]}}}\n'
    p = write(tmp_path, "sample.json", line)
    assert detect_format(p) == "cluener"
    (ex,) = read_corpus(p)
    assert sorted(spans_text(ex)) == [("华为", "ORG"), ("深圳", "LOC"), ("王小明", "PERSON")]
    (raw,) = read_corpus(p, raw=True)
    assert ("上班", "game") in spans_text(raw) and ("华为", "company") in spans_text(raw)


def test_weibo_strips_digit_and_nominals(tmp_path):
    p = write(tmp_path, "weibo.conll", "我0\tO\n爱0\tO\n北0\tB-GPE.NAM\n京1\tI-GPE.NAM\n妈0\tB-PER.NOM\n妈1\tI-PER.NOM\n"
                                       "小0\tB-PER.NAM\n红1\tI-PER.NAM\n\n")
    assert detect_format(p) == "weibo"
    (ex,) = read_corpus(p)
    assert ex[0] == "我爱北京妈妈小红"
    assert spans_text(ex) == [("北京", "LOC"), ("小红", "PERSON")]


def test_resume_bmes(tmp_path):
    p = write(tmp_path, "x.char.bmes", "高 B-NAME\n勇 E-NAME\n， O\n任 O\n华 B-ORG\n为 M-ORG\n公 M-ORG\n司 E-ORG\n"
                                       "总 B-TITLE\n裁 E-TITLE\n王 S-NAME\n\n")
    assert detect_format(p) == "resume"
    (ex,) = read_corpus(p)
    assert spans_text(ex) == [("高勇", "PERSON"), ("华为公司", "ORG"), ("王", "PERSON")]


def test_ecommerce_bioes(tmp_path):
    p = write(tmp_path, "shop.txt.bieos", "小\tB-HP\n米\tE-HP\n手\tB-HC\n机\tE-HC\n\n")
    (ex,) = read_corpus(p)
    assert spans_text(ex) == [("小米", "ORG")]


def test_tags_to_spans_tolerates_stray_inside_tags():
    assert tags_to_spans(["I-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_unknown_and_missing(tmp_path):
    with pytest.raises(CorpusError):
        detect_format(tmp_path / "nope.txt")
    p = write(tmp_path, "odd.txt", "hello world foo\n")
    with pytest.raises(CorpusError):
        read_corpus(p)


def test_hash_split_is_deterministic_and_about_ten_percent():
    texts = [f"句子{i}" for i in range(5000)]
    held = [t for t in texts if is_validation(t)]
    assert held == [t for t in texts if is_validation(t)]
    assert 350 < len(held) < 650


@needs_data
def test_real_files_read_with_expected_counts():
    msra = read_corpus(DATA / "msra_ner/msra_train_bio")
    assert len(msra) == 45000
    assert sum(len(t) for t, _ in msra) == 2171573
    first = read_corpus(DATA / "cluener2020/train.json")[0]
    assert ("叶老桂", "PERSON") in spans_text(first) and ("浙商银行", "ORG") in spans_text(first)
    for rel in ["weibo_ner/weiboNER_2nd_conll.dev", "resume_ner/dev.char.bmes"]:
        for text, spans in read_corpus(DATA / rel):
            assert all(0 <= s < e <= len(text) for s, e, _ in spans)
