"""The NER training recipe. Work files live under `.cache/ner/` (git-ignored); only the final model folder
`extractor/models/ner/` is committed. Every step writes its output atomically and is skipped when that output
exists, so an interrupted run resumes where it stopped (`--force` redoes everything of a run)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import shutil
import time
from pathlib import Path

from ..corpora import is_validation, read_corpus
from ..crf import LinearChainCRF
from ..evaluate import score_fine, score_spans
from ..ner import CRFSUITE_FILE, LEXICON_FILE, META_FILE, MODEL_FILE, CharTagger, Lexicon, bioes_tags, char_features

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("config.json")
CACHE = ROOT / ".cache" / "ner"
SHIP_DIR = ROOT / "extractor" / "models" / "ner"
log = logging.getLogger("extractor.training")


def _write_jsonl(path: Path, rows) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


_tokenizer = None


def _words(text: str) -> list[str]:
    """The pipeline's own segmentation of `text` (pkuseg mixed model via spaCy), as the component will see it."""
    global _tokenizer
    if _tokenizer is None:
        from ..pipeline import make_blank

        _tokenizer = make_blank().tokenizer
    return [t.text_with_ws for t in _tokenizer(text)]


# --- steps ---------------------------------------------------------------------------------------------------

def step_prepare(cfg: dict, data: Path) -> None:
    """Read each corpus, split train/validation, segment, cache as JSON lines."""
    out = CACHE / "data"
    out.mkdir(parents=True, exist_ok=True)
    for corpus in cfg["corpora"]:
        name = corpus["name"]
        train_path, val_path = out / f"{name}.train.jsonl", out / f"{name}.val.jsonl"
        if train_path.exists() and val_path.exists():
            log.info("prepare %s: cached", name)
            continue
        start = time.time()
        src = data / corpus["train"]
        ex = read_corpus(src, fmt=name)
        raw = read_corpus(src, fmt=name, raw=True)
        if corpus["split"] == "hash":
            held = [is_validation(t) for t, _ in ex]
            train = [e for e, h in zip(ex, held) if not h]
            val = [(e, r) for e, r, h in zip(ex, raw, held) if h]
        else:
            train = ex
            dev = data / corpus["dev"]
            val = list(zip(read_corpus(dev, fmt=name), read_corpus(dev, fmt=name, raw=True)))
        seen_val = {t for (t, _), _ in val}
        train = [e for e in train if e[0] not in seen_val]  # never train on a sentence we validate on
        _write_jsonl(val_path, ({"text": t, "spans": s, "raw": r, "words": _words(t)} for (t, s), (_, r) in val))
        rows = []
        for i, (t, s) in enumerate(train):
            rows.append({"text": t, "spans": s, "words": _words(t)})
            if i % 5000 == 0:
                log.info("prepare %s: %d/%d sentences", name, i, len(train))
        _write_jsonl(train_path, rows)
        log.info("prepare %s: %d train, %d validation sentences (%.0fs)", name, len(train), len(val), time.time() - start)


def jieba_dict() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def step_lexicon(cfg: dict, run_dir: Path) -> Path:
    """Name lexicon from jieba's tagged dictionary (MIT): words tagged as person/place/organisation/proper names.
    Built per run (seconds), so runs that change its spec do not share a stale copy."""
    path = run_dir / LEXICON_FILE
    if path.exists():
        log.info("lexicon: cached")
        return path
    tags = cfg["lexicon"]["jieba_tags"]
    words = {}
    with open(jieba_dict(), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] in tags and len(parts[0]) >= cfg["lexicon"]["min_len"]:
                words[parts[0]] = tags[parts[2]]
    Lexicon(words).save(path.with_suffix(".tmp"))
    os.replace(path.with_suffix(".tmp"), path)
    log.info("lexicon: %d words", len(words))
    return path


def _features(row: dict, lexicon: Lexicon | None, feats: dict) -> list[list[str]]:
    return char_features(row["text"], lexicon, row["words"] if feats.get("words") else None,
                         bool(feats.get("word_ids")))


def step_train(cfg: dict, run_dir: Path, limit: int, refit: bool = False) -> Path:
    """Fit the CRF on the training parts; with `refit`, on the training and validation parts together, into
    `run_dir/refit/` (what ships when the config asks for a refit, once the run has been scored)."""
    import pycrfsuite

    out_dir = run_dir / "refit" if refit else run_dir
    out_dir.mkdir(exist_ok=True)
    step = "refit" if refit else "train"
    model = out_dir / CRFSUITE_FILE
    if model.exists():
        log.info("%s: cached %s", step, model)
        return model
    feats = cfg["features"]
    lexicon = Lexicon.load(run_dir / LEXICON_FILE) if feats.get("lexicon") else None

    class LoggingTrainer(pycrfsuite.Trainer):
        def message(self, s: str) -> None:  # crfsuite's progress lines go to the run log
            for line in s.splitlines():
                if line.startswith(("***** Iteration", "Loss:", "Active features", "Seconds required", "Total seconds")):
                    log.info("crfsuite %s %s", step, line.strip())

    trainer = LoggingTrainer(algorithm=cfg["crf"]["algorithm"], verbose=True)
    trainer.set_params({k: v for k, v in cfg["crf"].items() if k != "algorithm"})
    start = time.time()
    n_chars = 0
    for corpus in cfg["corpora"]:
        rows = _read_jsonl(CACHE / "data" / f"{corpus['name']}.train.jsonl")
        if limit:
            rows = rows[:limit]
        if refit:
            rows += _read_jsonl(CACHE / "data" / f"{corpus['name']}.val.jsonl")
        if corpus.get("skip_sentences_with"):
            # a corpus whose convention for a label disagrees with the others (CLUENER's long postal addresses
            # against MSRA's place names) teaches that label nothing good: leave those sentences out
            skip = set(corpus["skip_sentences_with"])
            rows = [r for r in rows if not any(lab in skip for _, _, lab in r["spans"])]
        for _ in range(corpus.get("repeat", 1)):
            for row in rows:
                if row["text"]:
                    trainer.append(_features(row, lexicon, feats), bioes_tags(len(row["text"]), row["spans"]))
                    n_chars += len(row["text"])
        log.info("%s: appended %s (%d sentences x%d)", step, corpus["name"], len(rows), corpus.get("repeat", 1))
    log.info("%s: %d chars, features built in %.0fs; fitting", step, n_chars, time.time() - start)
    tmp = out_dir / (CRFSUITE_FILE + ".tmp")
    trainer.train(str(tmp))
    os.replace(tmp, model)
    log.info("%s: done in %.0fs, model %.1f MB", step, time.time() - start, model.stat().st_size / 1e6)
    return model


def step_export(model_dir: Path) -> Path:
    """crfsuite's model → the weights the shipped tagger decodes with (crf.py), a fraction of the size."""
    out = model_dir / MODEL_FILE
    if out.exists() and out.stat().st_mtime >= (model_dir / CRFSUITE_FILE).stat().st_mtime:
        log.info("export: cached %s", out)
        return out
    LinearChainCRF.from_crfsuite(model_dir / CRFSUITE_FILE).save(out)
    log.info("export: %s, %.1f MB", out, out.stat().st_size / 1e6)
    return out


def step_evaluate(cfg: dict, run_dir: Path) -> dict:
    scores_path = run_dir / "scores.json"
    if scores_path.exists():
        log.info("evaluate: cached")
        return json.loads(scores_path.read_text("utf-8"))
    tagger = CharTagger(run_dir, meta=_meta_decoding(cfg))  # decodes exactly as the shipped component will
    scores = {}
    for corpus in cfg["corpora"]:
        rows = _read_jsonl(CACHE / "data" / f"{corpus['name']}.val.jsonl")
        start = time.time()
        pred = [tagger.spans(r["text"], r["words"] if tagger.use_words else None) if r["text"] else [] for r in rows]
        seconds = time.time() - start
        result = {"labels": score_spans([r["spans"] for r in rows], pred),
                  "sentences": len(rows), "chars_per_s": round(sum(len(r["text"]) for r in rows) / seconds)}
        if corpus["name"] in ("cluener", "weibo"):
            result["fine"] = score_fine([r["raw"] for r in rows], pred, corpus["name"])
        scores[corpus["name"]] = result
        summary = " ".join(f"{k}={v['f1']:.3f}" for k, v in {**result["labels"], **result.get("fine", {})}.items())
        log.info("evaluate %s: %s", corpus["name"], summary)
    scores_path.write_text(json.dumps(scores, indent=1), "utf-8")
    return scores


def _meta_decoding(cfg: dict) -> dict:
    """What the tagger needs besides the model file: the feature switches and the decoding thresholds."""
    return {"features": cfg["features"], "min_marginal": cfg.get("min_marginal", {})}


def step_ship(cfg: dict, run_dir: Path, scores: dict, model_dir: Path) -> None:
    """Ship `model_dir`'s model with `run_dir`'s lexicon; `scores` are those of the model trained without the
    validation parts (a refit model has seen them, so its own scores there would flatter it)."""
    refit = model_dir != run_dir
    SHIP_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model_dir / MODEL_FILE, SHIP_DIR / MODEL_FILE)
    if cfg["features"].get("lexicon"):
        shutil.copyfile(run_dir / LEXICON_FILE, SHIP_DIR / LEXICON_FILE)
    elif (SHIP_DIR / LEXICON_FILE).exists():
        (SHIP_DIR / LEXICON_FILE).unlink()
    meta = {
        "name": "zhkg char CRF NER",
        "date": dt.date.today().isoformat(),
        "labels_model": ["PERSON", "ORG", "LOC"],
        "labels_output": {"PERSON": "PERSON", "ORG": "ORG", "LOC": "GPE, or LOC when the name ends in a natural-place suffix"},
        **_meta_decoding(cfg),
        "crf": cfg["crf"],
        "training_data": [{k: v for k, v in c.items()} for c in cfg["corpora"]],
        "validation": {c["name"]: (f"{c['train']}: sentences with crc32(text) % 100 < 10" if c["split"] == "hash"
                                   else c["dev"]) for c in cfg["corpora"]},
        "trained_on_validation": refit,
        "scores": scores,
        "scores_of": ("the same recipe trained without the validation parts (the shipped model was then refit on "
                      "training + validation parts, so scoring it on them would flatter it)" if refit
                      else "the shipped model"),
        "size_bytes": (SHIP_DIR / MODEL_FILE).stat().st_size,
    }
    (SHIP_DIR / META_FILE).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", "utf-8")
    log.info("ship: %s", SHIP_DIR)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.training", description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data", help="the shared corpora folder")
    ap.add_argument("--config", default=str(CONFIG))
    ap.add_argument("--run", default="main", help="run name: work folder .cache/ner/runs/NAME")
    ap.add_argument("--limit", type=int, default=0, help="at most N training sentences per corpus (experiments)")
    ap.add_argument("--corpora", help="comma-separated subset of the config's corpora to train on")
    ap.add_argument("--no-lexicon", action="store_true")
    ap.add_argument("--no-words", action="store_true")
    ap.add_argument("--max-iterations", type=int)
    ap.add_argument("--no-ship", action="store_true", help="train and evaluate only; do not replace the shipped model")
    ap.add_argument("--no-refit", action="store_true",
                    help="ship the model trained without the validation parts instead of refitting on all of them")
    ap.add_argument("--force", action="store_true", help="redo the train/evaluate steps of this run")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"error: no such data folder: {data}")
        return 2
    cfg = json.loads(Path(args.config).read_text("utf-8"))
    if args.no_lexicon:
        cfg["features"]["lexicon"] = False
    if args.no_words:
        cfg["features"]["words"] = False
    if args.max_iterations:
        cfg["crf"]["max_iterations"] = args.max_iterations
    run_dir = CACHE / "runs" / args.run
    run_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s",
                        handlers=[logging.StreamHandler(), logging.FileHandler(run_dir / "train.log")])
    if args.force:
        for f in (CRFSUITE_FILE, MODEL_FILE, "scores.json", f"refit/{CRFSUITE_FILE}", f"refit/{MODEL_FILE}"):
            (run_dir / f).unlink(missing_ok=True)
    (run_dir / "config.json").write_text(json.dumps(cfg, indent=1), "utf-8")
    step_prepare(cfg, data)
    step_lexicon(cfg, run_dir)
    train_cfg = dict(cfg)
    if args.corpora:
        wanted = args.corpora.split(",")
        train_cfg = {**cfg, "corpora": [c for c in cfg["corpora"] if c["name"] in wanted]}
    step_train(train_cfg, run_dir, args.limit)
    step_export(run_dir)
    scores = step_evaluate(cfg, run_dir)
    if args.no_ship:
        return 0
    model_dir = run_dir
    if cfg.get("refit", False) and not args.no_refit and not args.limit:
        # the choices are made and scored on the validation parts; the model that ships then learns from them too
        model_dir = step_train(train_cfg, run_dir, 0, refit=True).parent
        step_export(model_dir)
    step_ship(train_cfg, run_dir, scores, model_dir)
    return 0
