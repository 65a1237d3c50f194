"""`zhkg evaluate`: exact-span P/R/F1 per label for an NER corpus file (MSRA BIO, CLUENER JSON, Weibo CoNLL,
Resume BMES, e-commerce BIOES), word P/R/F1 for segmentation gold (space-separated words, one sentence a line;
UD .conll/.conllu), and throughput in chars/s.

With `--data DIR` it scores the validation splits the training recipe carved (see `VALIDATION` and MODELS.md).
Labels are compared in the coarse scheme PERSON / ORG / LOC (the component's GPE counts as LOC). For CLUENER,
each fine gold type (name, company, ...) is also scored on its own: a predicted span that exactly matches a gold
mention of another type of the same coarse label (an `organization` found as ORG when scoring `company`) is
neither a hit nor a false alarm."""
from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .corpora import MAPPINGS, CorpusError, detect_format, is_validation, read_corpus

Span = tuple[int, int, str]

# Validation splits carved by the training recipe: corpus file, selection. The recipe scores its choices on
# them with a model that never saw them; the shipped model may then be refit on them (meta.json says so).
VALIDATION: list[tuple[str, str, str]] = [
    ("msra", "msra_ner/msra_train_bio", "hash"),
    ("cluener", "cluener2020/train.json", "hash"),
    ("weibo", "weibo_ner/weiboNER_2nd_conll.dev", "all"),
    ("resume", "resume_ner/dev.char.bmes", "all"),
]
SEGMENTATION_GOLD = ["ud_gsdsimp/zh_gsdsimp-ud-dev.conllu", "ud_chinese_v1_simp/dev.conll"]


def coarse(label: str) -> str:
    return {"PER": "PERSON", "GPE": "LOC"}.get(label, label)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_spans(gold: Iterable[Sequence[Span]], pred: Iterable[Sequence[Span]]) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label and micro-averaged over all (key "ALL")."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs = {(s, e, coarse(lab)) for s, e, lab in g}
        ps = {(s, e, coarse(lab)) for s, e, lab in p}
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
            if s in gs:
                tp[s[2]] += 1
    out = {}
    for lab in sorted(set(n_gold) | set(n_pred)):
        out[lab] = _row(tp[lab], n_pred[lab], n_gold[lab])
    out["ALL"] = _row(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


def score_fine(gold_raw: Iterable[Sequence[Span]], pred: Iterable[Sequence[Span]], fmt: str) -> dict[str, dict[str, float]]:
    """Per fine gold type (e.g. CLUENER `company`): gold = mentions of that type; predictions = spans of its
    coarse label, minus those that exactly match a gold mention of a sibling type."""
    mapping = MAPPINGS[fmt]
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for g, p in zip(gold_raw, pred):
        ps = {(s, e, coarse(lab)) for s, e, lab in p}
        for fine, lab in mapping.items():
            mine = {(s, e) for s, e, t in g if t == fine}
            siblings = {(s, e) for s, e, t in g if t != fine and mapping.get(t) == lab}
            cand = {(s, e) for s, e, pl in ps if pl == lab and (s, e) not in siblings}
            n_gold[fine] += len(mine)
            n_pred[fine] += len(cand)
            tp[fine] += len(cand & mine)
    return {fine: _row(tp[fine], n_pred[fine], n_gold[fine]) for fine in mapping if n_gold[fine]}


def _row(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p, r, f = prf(tp, n_pred, n_gold)
    return {"p": p, "r": r, "f1": f, "gold": n_gold, "pred": n_pred}


# --- segmentation --------------------------------------------------------------------------------------------

def read_segmentation(path: str | Path) -> list[list[str]]:
    """Gold words per sentence: CoNLL(-U) FORM column, or space-separated words one sentence a line."""
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"no such segmentation file: {path}")
    sents: list[list[str]] = []
    if path.suffix in (".conll", ".conllu"):
        cur: list[str] = []
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) >= 2 and cols[0].isdigit():  # skips multiword ranges (1-2) and empty nodes (1.1)
                    cur.append(cols[1])
        if cur:
            sents.append(cur)
    else:
        sents = [line.split() for line in path.read_text("utf-8").splitlines() if line.strip()]
    return sents


def word_spans(words: Sequence[str]) -> set[tuple[int, int]]:
    out, i = set(), 0
    for w in words:
        w = "".join(w.split())
        if w:
            out.add((i, i + len(w)))
            i += len(w)
    return out


def score_segmentation(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, float]:
    tp = n_pred = n_gold = 0
    for g, p in zip(gold, pred):
        gs, ps = word_spans(g), word_spans(p)
        tp += len(gs & ps)
        n_pred += len(ps)
        n_gold += len(gs)
    return _row(tp, n_pred, n_gold)


# --- running models ------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=2)  # loading pkuseg takes seconds; one process scoring many files loads it once
def ner_predictor(pipeline: bool) -> Callable[[list[str]], list[list[Span]]]:
    """A function texts → spans: the shipped spaCy pipeline (all entity components), or the CRF alone."""
    if pipeline:
        from .pipeline import load_pipeline

        nlp = load_pipeline()

        def run(texts: list[str]) -> list[list[Span]]:
            return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)]
        return run
    from .ner import CharTagger
    from .pipeline import NER_MODEL_DIR, make_blank

    tagger = CharTagger(NER_MODEL_DIR)
    tokenizer = make_blank().tokenizer if tagger.use_words else None

    def run_crf(texts: list[str]) -> list[list[Span]]:
        out = []
        for t in texts:
            words = [tok.text_with_ws for tok in tokenizer(t)] if tokenizer is not None else None
            out.append(tagger.spans(t, words))
        return out
    return run_crf


def evaluate_ner_examples(examples, raw_examples, fmt, predict) -> dict:
    texts = [t for t, _ in examples]
    start = time.perf_counter()
    pred = predict(texts)
    seconds = time.perf_counter() - start
    # a label the corpus does not annotate (PRODUCT: the works in book-title marks) can be neither right nor wrong
    # against it: left out of the scores, and counted
    scheme = {coarse(lab) for lab in MAPPINGS[fmt].values()} if fmt in MAPPINGS else None
    unscored = Counter()
    if scheme is not None:
        for spans in pred:
            unscored.update(coarse(lab) for _, _, lab in spans if coarse(lab) not in scheme)
        pred = [[x for x in spans if coarse(x[2]) in scheme] for spans in pred]
    result = {"labels": score_spans([s for _, s in examples], pred), "chars": sum(map(len, texts)),
              "chars_per_s": sum(map(len, texts)) / seconds if seconds else 0.0, "unscored": dict(unscored)}
    if fmt in ("cluener", "weibo") and raw_examples is not None:
        result["fine"] = score_fine([s for _, s in raw_examples], pred, fmt)
    return result


def print_ner(name: str, result: dict, out=None) -> None:
    out = out or sys.stdout
    print(f"== {name}: {result['chars']} chars, {result['chars_per_s']:,.0f} chars/s", file=out)
    print(f"{'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}", file=out)
    for lab, row in list(result["labels"].items()) + [(f"  {k}", v) for k, v in result.get("fine", {}).items()]:
        print(f"{lab:<14}{row['p']:7.3f}{row['r']:7.3f}{row['f1']:7.3f}{row['gold']:7d}{row['pred']:7d}", file=out)
    if result.get("unscored"):
        kinds = ", ".join(f"{n} {lab}" for lab, n in sorted(result["unscored"].items()))
        print(f"(not scored, a label this corpus does not annotate: {kinds})", file=out)


def print_seg(name: str, row: dict, cps: float, out=None) -> None:
    out = out or sys.stdout
    print(f"== {name} (segmentation): P {row['p']:.3f} R {row['r']:.3f} F1 {row['f1']:.3f} "
          f"({row['gold']} gold words), {cps:,.0f} chars/s", file=out)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", help="corpus files (NER: MSRA/CLUENER/Weibo/Resume/e-commerce; "
                        "segmentation: .conll/.conllu or one space-separated sentence a line)")
    parser.add_argument("--data", help="shared data folder: score the validation splits carved by training")
    parser.add_argument("--ner-only", action="store_true", help="score the CRF alone, not the whole pipeline")
    parser.add_argument("--format", choices=["msra", "cluener", "weibo", "resume", "ecommerce", "seg"],
                        help="file format (default: detected from name and content)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences of each file")


def shipped_model_saw_validation() -> bool:
    from .ner import META_FILE
    from .pipeline import NER_MODEL_DIR

    meta = NER_MODEL_DIR / META_FILE
    return meta.exists() and bool(json.loads(meta.read_text("utf-8")).get("trained_on_validation"))


def _looks_like_segmentation(path: Path) -> bool:
    """Space-separated words, one sentence a line: several tokens a line, no tabs, no JSON."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = [line.strip() for _, line in zip(range(20), f) if line.strip()]
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and all("\t" not in line and not line.startswith("{") for line in lines) \
        and sum(len(line.split()) > 2 for line in lines) >= len(lines) / 2


def run(args: argparse.Namespace) -> int:
    jobs: list[tuple[str, str, Path, str]] = []  # (name, kind, path, selection)
    if args.data:
        data = Path(args.data)
        if not data.is_dir():
            print(f"error: no such data folder: {data}", file=sys.stderr)
            return 2
        jobs += [(f"{fmt} validation ({how})", fmt, data / rel, how) for fmt, rel, how in VALIDATION]
        if shipped_model_saw_validation():
            print("note: the shipped NER model was refit on these validation splits, so its scores here flatter it; "
                  "the held-out scores are in extractor/models/ner/meta.json and MODELS.md", file=sys.stderr)
        jobs += [(rel, "seg", data / rel, "all") for rel in SEGMENTATION_GOLD]
    for f in args.files:
        path = Path(f)
        if args.format:
            kind = args.format
        elif path.suffix in (".conll", ".conllu") or path.suffix == ".utf8":
            kind = "seg"
        else:
            try:
                kind = detect_format(path)
            except CorpusError as err:
                if not _looks_like_segmentation(path):
                    print(f"error: {err}", file=sys.stderr)
                    return 2
                kind = "seg"
        jobs.append((str(path), kind, path, "all"))
    if not jobs:
        print("error: give corpus files or --data DIR", file=sys.stderr)
        return 2
    for _, _, path, _ in jobs:
        if not path.is_file():
            print(f"error: no such file: {path}", file=sys.stderr)
            return 2
    predict = None
    tokenizer = None
    for name, kind, path, how in jobs:
        try:
            if kind == "seg":
                if tokenizer is None:
                    from .pipeline import make_blank
                    tokenizer = make_blank().tokenizer
                gold = read_segmentation(path)[: args.limit or None]
                texts = ["".join(w) for w in gold]
                start = time.perf_counter()
                pred = [[t.text for t in tokenizer(x) if not t.is_space] for x in texts]
                seconds = time.perf_counter() - start
                print_seg(name, score_segmentation(gold, pred), sum(map(len, texts)) / max(seconds, 1e-9))
                continue
            ex, raw = read_corpus(path, fmt=kind), read_corpus(path, raw=True, fmt=kind)
            if predict is None:
                predict = ner_predictor(pipeline=not args.ner_only)
            if how == "hash":  # the held-out part of a file the recipe also trained on
                held = [is_validation(t) for t, _ in ex]
                ex = [e for e, h in zip(ex, held) if h]
                raw = [e for e, h in zip(raw, held) if h]
            if args.limit:
                ex, raw = ex[: args.limit], raw[: args.limit]
            print_ner(name, evaluate_ner_examples(ex, raw, kind, predict))
        except (CorpusError, UnicodeDecodeError, ValueError) as err:
            print(f"error: {path}: {err}", file=sys.stderr)
            return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zhkg evaluate", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
