"""Score NN probs, CRF marginals and their mixtures on the validation splits."""
import json, sys
from pathlib import Path
import numpy as np

sys.path.insert(0, "/work/main")
from extractor.ner import CharTagger, char_features, tags_to_spans
from extractor.evaluate import score_spans, score_fine

DATA = Path("/work/main/.cache/ner/data")
CORPORA = ["msra", "cluener", "weibo", "resume"]
LABELS = ["O"] + [p + "-" + l for l in ("PERSON", "ORG", "LOC") for p in "BIES"]
K = len(LABELS)
val = {n: [json.loads(l) for l in open(DATA / f"{n}.val.jsonl", encoding="utf-8")] for n in CORPORA}
val = {n: [r for r in rows if r["text"]] for n, rows in val.items()}

allowed = np.full((K, K), -1e9)
for i, a in enumerate(LABELS):
    for j, b in enumerate(LABELS):
        ok = False
        if a == "O" or a[0] in "ES":
            ok = b == "O" or b[0] in "BS"
        elif a[0] in "BI":
            ok = b[0] in "IE" and b[2:] == a[2:]
        if ok:
            allowed[i, j] = 0
start_ok = np.array([0 if l == "O" or l[0] in "BS" else -1e9 for l in LABELS])
end_ok = np.array([0 if l == "O" or l[0] in "ES" else -1e9 for l in LABELS])


def viterbi(lp):
    n = len(lp)
    score = lp[0] + start_ok
    back = np.zeros((n, K), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + allowed
        back[t] = cand.argmax(0)
        score = cand.max(0) + lp[t]
    score = score + end_ok
    best = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return [LABELS[i] for i in best[::-1]]


def decode(p, thr):
    tags = viterbi(np.log(p + 1e-9))
    out = []
    for s, e, lab in tags_to_spans(tags):
        if lab in thr:
            conf = min(p[i, LABELS.index(tags[i])] for i in range(s, e))
            if conf < thr[lab]:
                continue
        out.append((s, e, lab))
    return out


def crf_marginals(model_dir, cache):
    if Path(cache).exists():
        return np.load(cache, allow_pickle=True).item()
    cfgp = Path(model_dir) / "config.json"
    meta = None
    if cfgp.exists():
        c = json.loads(cfgp.read_text())
        meta = {"features": c["features"], "min_marginal": c.get("min_marginal", {}), "output_labels": c.get("output_labels", {})}
    tg = CharTagger(model_dir, meta=meta)
    res = {}
    for n in CORPORA:
        res[n] = []
        for r in val[n]:
            tg.tagger.set(char_features(r["text"], tg.lexicon, r["words"], tg.word_ids))
            labs = tg.tagger.labels()
            m = np.zeros((len(r["text"]), K))
            for lab in labs:
                coarse_lab = lab if lab == "O" else lab[:2] + tg.label_map.get(lab[2:], lab[2:])
                j = LABELS.index(coarse_lab)
                for i in range(len(r["text"])):
                    m[i, j] += tg.tagger.marginal(lab, i)
            res[n].append(m)
    np.save(cache, res, allow_pickle=True)
    return res


def report(name, probs, thr={"ORG": 0.5}):
    cols = []
    for n in CORPORA:
        pred = [decode(p, thr) for p in probs[n]]
        gold = [r["spans"] for r in val[n]]
        if n in ("cluener",):
            f = score_fine([r["raw"] for r in val[n]], pred, n)
            cols.append(f"name {f['name']['f1']:.3f} company {f['company']['f1']:.3f} (P {f['company']['p']:.3f} R {f['company']['r']:.3f})")
        else:
            s = score_spans(gold, pred)
            cols.append(f"{n} {s['ALL']['f1']:.3f}")
    print(f"{name:28s} " + " | ".join(cols), flush=True)


if __name__ == "__main__":
    crf = crf_marginals("/work/main/extractor/models/ner", "/tmp/nn/crf_marg.npy")
    report("crf (marginal viterbi)", crf)
    args = sys.argv[1:]
    if args and args[0] == "--crf":
        other = crf_marginals(args[1], args[2])
        report(f"crf {args[1]}", other)
        for a in (0.3, 0.5, 0.7):
            report(f"  mix shipped {a}", {n: [a * x + (1 - a) * y for x, y in zip(crf[n], other[n])] for n in CORPORA})
        args = args[3:]
    for f in args:
        arr = np.load(f, allow_pickle=True)
        nn_p = {n: list(arr[i]) for i, n in enumerate(CORPORA)}
        report(f"nn {Path(f).stem}", nn_p)
        for a in (0.3, 0.5, 0.7):
            mix = {n: [a * x + (1 - a) * y for x, y in zip(crf[n], nn_p[n])] for n in CORPORA}
            report(f"  mix crf {a}", mix)
