"""The training recipe on a made-up corpus of a few sentences: what a refit learns from, and what ships."""
import json

import pytest

pytest.importorskip("pycrfsuite")

from extractor.crf import LinearChainCRF  # noqa: E402
from extractor.ner import CRFSUITE_FILE, META_FILE, MODEL_FILE  # noqa: E402
from extractor.training import recipe  # noqa: E402


def _row(text: str, spans) -> dict:
    return {"text": text, "spans": spans, "words": list(text), "raw": spans}


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    monkeypatch.setattr(recipe, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(recipe, "SHIP_DIR", tmp_path / "ship")
    data = tmp_path / "cache" / "data"
    data.mkdir(parents=True)
    train = [_row("王芳在北京工作", [[0, 2, "PERSON"], [3, 5, "LOC"]]), _row("李明去了上海", [[0, 2, "PERSON"], [4, 6, "LOC"]])]
    val = [_row("赵钱孙到了杭州", [[0, 3, "PERSON"], [5, 7, "LOC"]])]  # 赵 钱 孙 杭 州 occur only here
    for name, rows in (("toy.train.jsonl", train), ("toy.val.jsonl", val)):
        (data / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    cfg = {"corpora": [{"name": "toy", "train": "toy", "split": "hash", "repeat": 1}],
           "features": {"lexicon": False, "words": True, "word_ids": False},
           "crf": {"algorithm": "lbfgs", "c1": 0.0, "c2": 0.01, "max_iterations": 20}, "min_marginal": {}}
    run_dir = tmp_path / "cache" / "runs" / "t"
    run_dir.mkdir(parents=True)
    return cfg, run_dir


def _attributes(model_dir):
    return set(LinearChainCRF.from_crfsuite(model_dir / CRFSUITE_FILE).attributes)


def test_refit_learns_from_the_validation_part_and_the_scored_model_does_not(tiny):
    cfg, run_dir = tiny
    held_out = recipe.step_train(cfg, run_dir, 0)
    refit = recipe.step_train(cfg, run_dir, 0, refit=True)
    assert refit.parent == run_dir / "refit" and held_out.parent == run_dir
    assert not any("杭" in a for a in _attributes(run_dir))
    assert any("杭" in a for a in _attributes(run_dir / "refit"))
    assert any("王" in a for a in _attributes(run_dir / "refit"))  # and from the training part too


def test_a_refit_model_ships_with_the_held_out_scores_and_says_so(tiny):
    cfg, run_dir = tiny
    recipe.step_train(cfg, run_dir, 0)
    recipe.step_export(run_dir)
    scores = recipe.step_evaluate(cfg, run_dir)
    refit_dir = recipe.step_train(cfg, run_dir, 0, refit=True).parent
    recipe.step_export(refit_dir)
    recipe.step_ship(cfg, run_dir, scores, refit_dir)
    meta = json.loads((recipe.SHIP_DIR / META_FILE).read_text("utf-8"))
    assert meta["trained_on_validation"] is True and meta["scores"] == scores
    assert (recipe.SHIP_DIR / MODEL_FILE).read_bytes() == (refit_dir / MODEL_FILE).read_bytes()
    recipe.step_ship(cfg, run_dir, scores, run_dir)
    assert json.loads((recipe.SHIP_DIR / META_FILE).read_text("utf-8"))["trained_on_validation"] is False
