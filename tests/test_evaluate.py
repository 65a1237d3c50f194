"""`zhkg evaluate`: scoring arithmetic, segmentation gold readers, and the command on tiny files."""
import argparse
from pathlib import Path

import pytest

from extractor import evaluate
from extractor.ner import MODEL_FILE
from extractor.pipeline import NER_MODEL_DIR

DATA = Path(__file__).resolve().parents[1].joinpath("../shared/data").resolve()
shipped = pytest.mark.skipif(not (NER_MODEL_DIR / MODEL_FILE).exists(), reason="no trained NER model shipped")


def run(*argv) -> int:
    parser = argparse.ArgumentParser()
    evaluate.add_arguments(parser)
    return evaluate.run(parser.parse_args([str(a) for a in argv]))


def test_span_scores_exact_match_per_label():
    gold = [[(0, 2, "PERSON"), (3, 5, "LOC")], [(0, 4, "ORG")]]
    pred = [[(0, 2, "PERSON"), (3, 6, "GPE")], [(0, 4, "ORG"), (5, 6, "PER")]]
    s = evaluate.score_spans(gold, pred)
    assert s["PERSON"]["p"] == 0.5 and s["PERSON"]["r"] == 1.0
    assert s["LOC"]["f1"] == 0.0  # GPE counts as LOC, but the boundary is wrong
    assert s["ORG"]["f1"] == 1.0
    assert s["ALL"]["gold"] == 3 and s["ALL"]["pred"] == 4 and s["ALL"]["p"] == 0.5


def test_fine_scores_ignore_sibling_types():
    gold_raw = [[(0, 2, "company"), (3, 6, "organization"), (7, 9, "name")]]
    pred = [[(0, 2, "ORG"), (3, 6, "ORG"), (10, 12, "ORG"), (7, 9, "PERSON")]]
    fine = evaluate.score_fine(gold_raw, pred, "cluener")
    # company: the organization hit is neither right nor wrong; the stray ORG is a false alarm
    assert fine["company"]["pred"] == 2 and fine["company"]["p"] == 0.5 and fine["company"]["r"] == 1.0
    assert fine["name"]["f1"] == 1.0


def test_a_label_the_corpus_does_not_annotate_is_counted_not_scored(capsys):
    examples = [("电影《山岚》由岚光传媒出品", [(7, 11, "ORG")])]
    result = evaluate.evaluate_ner_examples(examples, None, "msra",
                                            lambda texts: [[(3, 5, "PRODUCT"), (7, 11, "ORG")]])
    assert "PRODUCT" not in result["labels"] and result["labels"]["ALL"]["p"] == 1.0
    assert result["unscored"] == {"PRODUCT": 1}
    evaluate.print_ner("t", result)
    assert "not scored" in capsys.readouterr().out


def test_segmentation_readers_and_scores(tmp_path):
    conllu = tmp_path / "x.conllu"
    conllu.write_text("# text = 我爱北京\n1\t我\t_\n2\t爱\t_\n3-4\t北京\t_\n3\t北京\t_\n\n", encoding="utf-8")
    plain = tmp_path / "gold.txt"
    plain.write_text("我 爱 北京\n天安门 很 大\n", encoding="utf-8")
    assert evaluate.read_segmentation(conllu) == [["我", "爱", "北京"]]
    gold = evaluate.read_segmentation(plain)
    row = evaluate.score_segmentation(gold, [["我", "爱", "北", "京"], ["天安门", "很", "大"]])
    assert row["gold"] == 6 and row["pred"] == 7
    assert abs(row["r"] - 5 / 6) < 1e-9 and abs(row["p"] - 5 / 7) < 1e-9


def test_missing_and_unknown_files_fail_with_one_line(tmp_path, capsys):
    assert run(tmp_path / "nope.bio") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.bio" in err
    odd = tmp_path / "odd.txt"
    odd.write_text("{not json either\n", encoding="utf-8")
    assert run(odd, "--format", "cluener") == 2
    assert run() == 2


@shipped
def test_ner_file_prints_per_label_scores(tmp_path, capsys):
    f = tmp_path / "sample_msra"
    sent = "张\tB-PER\n伟\tI-PER\n加\tO\n入\tO\n了\tO\n腾\tB-ORG\n讯\tI-ORG\n公\tI-ORG\n司\tI-ORG\n。\tO\n\n"
    f.write_text(sent * 3, encoding="utf-8")
    assert run(f, "--ner-only", "--format", "msra") == 0
    out = capsys.readouterr().out
    assert "chars/s" in out
    person = [line for line in out.splitlines() if line.startswith("PERSON")]
    assert person and float(person[0].split()[3]) > 0.9


@shipped
@pytest.mark.skipif(not DATA.exists(), reason="../shared/data absent")
def test_real_weibo_dev_file_scores_named_mentions(capsys):
    assert run(DATA / "weibo_ner/weiboNER_2nd_conll.dev", "--ner-only", "--limit", "60") == 0
    out = capsys.readouterr().out
    assert "PER.NAM" in out and "PER.NOM" not in out  # nominal mentions are not scored
    overall = [line for line in out.splitlines() if line.startswith("ALL")]
    assert overall and float(overall[0].split()[3]) > 0.2


def test_segmentation_gold_file_is_detected_and_scored(tmp_path, capsys):
    gold = tmp_path / "gold.txt"
    gold.write_text("我们 明天 去 上海 开会\n他 是 一 名 老师\n", encoding="utf-8")
    assert run(gold) == 0
    out = capsys.readouterr().out
    assert "(segmentation)" in out and "10 gold words" in out


@pytest.mark.parametrize("refit", [True, False])
def test_validation_scores_of_a_refit_model_come_with_a_note(tmp_path, monkeypatch, capsys, refit):
    import extractor.pipeline

    (tmp_path / "meta.json").write_text(f'{{"trained_on_validation": {str(refit).lower()}}}', "utf-8")
    monkeypatch.setattr(extractor.pipeline, "NER_MODEL_DIR", tmp_path)
    (tmp_path / "data").mkdir()
    assert run("--data", tmp_path / "data") == 2  # the empty folder holds no corpus files
    assert ("refit on these validation splits" in capsys.readouterr().err) == refit
