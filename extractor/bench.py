"""Throughput and memory of the pipeline against baselines, measured in one run on one core.

    python -m extractor.bench [--corpus PATH ...] [--min-chars N] [--runs N] [--variants a,b,...]

Each variant runs in its own fresh interpreter (so its peak RSS is its own) on the same documents:
- `pipeline`      load_pipeline(): the pkuseg tokenizer and every component (what `zhkg extract` runs);
- `pipeline-char` the same pipeline with spaCy's one-token-per-character segmenter (no model to load);
- `pkuseg`        the pkuseg segmenter alone, as the pipeline runs it (load_segmenter(model_path()).cut, with
                  extractor.pkuseg_features doing the feature extraction);
- `pkuseg-orig`   the same model with spacy_pkuseg's own feature extraction (the baseline for the one above);
- `jieba`         jieba.cut alone (a cheap dictionary segmenter, for scale);
- `extract`       the whole extraction of the corpus as one batch (`extract_documents`: the pipeline, then entity
                  resolution across all its documents, relations, figures and the graph), what `zhkg extract` does
                  with a folder.
Columns: load time (s), characters processed, chars/s (median over --runs passes; each pass times the whole
corpus, after one untimed warm-up document that triggers lazy loading), the fastest pass (chars/s: on a shared
machine, the pass least slowed by other load), the first pass (chars/s: text the process has not seen, so the
segmenter's memos and spaCy's vocabulary still grow; later passes repeat the same text), peak RSS of the process (MB, resource.getrusage maxrss: models +
processing), and the peak of Python allocations while processing one pass (MB, tracemalloc, measured on a
separate untimed pass).
The corpus defaults to the `seeds/` articles plus the UD dev raw text when ../shared/data is present, repeated
until it holds --min-chars characters. BLAS/OpenMP threads are set to 1.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_UD = ROOT.parent / "shared" / "data" / "ud_gsdsimp" / "zh_gsdsimp-ud-dev.conllu"
VARIANTS = ("pipeline", "pipeline-char", "pkuseg", "pkuseg-orig", "jieba", "extract")
COLUMNS = ("variant", "load_s", "chars", "chars_per_s", "best_per_s", "first_per_s", "rss_MB", "py_peak_MB")


def read_corpus(paths: list[Path], min_chars: int) -> list[str]:
    """Documents from .txt files (a folder means its *.txt) and UD .conll/.conllu files (50 sentences a
    document), repeated until there are at least min_chars characters."""
    from .segeval import read_ud

    docs: list[str] = []
    for path in paths:
        files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
        for f in files:
            if f.suffix in (".conll", ".conllu"):
                sents = [text for text, _ in read_ud(f)]
                docs.extend("".join(sents[i:i + 50]) for i in range(0, len(sents), 50))
            else:
                text = f.read_text(encoding="utf-8")
                if text.strip():
                    docs.append(text)
    if not docs:
        raise SystemExit(f"error: no text in {', '.join(map(str, paths))}")
    out, n = [], 0
    while n < min_chars:
        for d in docs:
            out.append(d)
            n += len(d)
    return out


def _loader(variant: str):
    """Returns a function text -> anything, after loading what the variant needs."""
    if variant in ("pipeline", "pipeline-char"):
        from .pipeline import load_pipeline

        nlp = load_pipeline(segmenter="pkuseg" if variant == "pipeline" else "char")
        return lambda texts: sum(len(doc) for doc in nlp.pipe(texts))
    if variant in ("pkuseg", "pkuseg-orig"):
        from . import pkuseg_model

        path = pkuseg_model.model_path()
        if path is None:
            raise SystemExit("error: pkuseg model missing: run `make install`")
        seg = pkuseg_model.load_segmenter(path, fast=variant == "pkuseg")
        return lambda texts: sum(len(seg.cut(t)) for t in texts)
    if variant == "extract":
        from .extract import extract_documents
        from .io import document_from_text
        from .pipeline import load_pipeline

        nlp = load_pipeline()
        return lambda texts: extract_documents(
            [document_from_text(t, f"doc{i}.txt") for i, t in enumerate(texts)], nlp).graph.number_of_nodes()
    if variant == "jieba":
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        return lambda texts: sum(1 for t in texts for _ in jieba.cut(t))
    raise SystemExit(f"error: unknown variant {variant!r} (known: {', '.join(VARIANTS)})")


def run_one(variant: str, docs: list[str], runs: int) -> dict:
    import resource
    import tracemalloc

    t0 = time.perf_counter()
    process = _loader(variant)
    load_s = time.perf_counter() - t0
    n_chars = sum(len(d) for d in docs)
    process(docs[:1])  # warm-up: dictionaries that load on first use are not the throughput
    speeds = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        process(docs)
        speeds.append(n_chars / max(time.perf_counter() - t0, 1e-9))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    tracemalloc.start()
    process(docs[: max(1, min(len(docs), 20))])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"variant": variant, "load_s": load_s, "chars": n_chars, "chars_per_s": statistics.median(speeds),
            "best_per_s": max(speeds), "first_per_s": speeds[0],
            "rss_MB": rss_mb, "py_peak_MB": peak / 2**20, "runs": speeds}


def format_table(rows: list[dict]) -> str:
    fmt = {"load_s": "{:.2f}", "chars": "{:d}", "chars_per_s": "{:,.0f}", "best_per_s": "{:,.0f}", "first_per_s": "{:,.0f}", "rss_MB": "{:.0f}",
           "py_peak_MB": "{:.1f}"}
    cells = [list(COLUMNS)] + [[fmt.get(c, "{}").format(r[c]) for c in COLUMNS] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.bench", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, nargs="+", help="text files / folders of .txt / UD .conll(u) files")
    ap.add_argument("--min-chars", type=int, default=60_000, help="repeat the corpus up to this many characters")
    ap.add_argument("--runs", type=int, default=5, help="timed passes per variant (the median is reported)")
    ap.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated, from {', '.join(VARIANTS)}")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON lines after the table")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one variant, print its JSON row
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)

    paths = [p.resolve() for p in (args.corpus or [DEFAULT_SEEDS] + ([DEFAULT_UD] if DEFAULT_UD.exists() else []))]
    if args.one:
        docs = read_corpus(paths, args.min_chars)
        print(json.dumps(run_one(args.one, docs, args.runs)))
        return 0

    docs = read_corpus(paths, args.min_chars)  # fail early on a bad corpus
    print(f"corpus: {', '.join(str(p) for p in paths)}: {len(docs)} documents, {sum(map(len, docs)):,} chars; "
          f"{args.runs} timed pass(es) per variant, 1 thread, python {sys.version.split()[0]}", flush=True)
    rows = []
    for variant in [v.strip() for v in args.variants.split(",") if v.strip()]:
        cmd = [sys.executable, "-m", "extractor.bench", "--one", variant, "--runs", str(args.runs),
               "--min-chars", str(args.min_chars), "--corpus", *map(str, paths)]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=os.environ.copy())
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            print(f"error: variant {variant} failed (exit {proc.returncode})", file=sys.stderr)
            return 1
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(format_table(rows))
    if args.json:
        for r in rows:
            print(json.dumps(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
