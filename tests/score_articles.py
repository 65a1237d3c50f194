"""Score the extractor on the hand-annotated articles in tests/fixtures/articles (written for this project,
not from the seed): entity recall/precision, figure recall, relation recall and pair precision.
Run directly for a report: `.venv/bin/python tests/score_articles.py`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fixtures" / "articles"
SYMMETRIC = {"competitor_of", "compared_with", "partners_with"}


def score(nlp) -> dict:
    from extractor.extract import extract_documents
    from extractor.io import read_document

    gold = json.loads((ARTICLES / "gold.json").read_text(encoding="utf-8"))
    totals = dict(ent_tp=0, ent_gold=0, ent_found=0, ent_ok=0, fig_tp=0, fig_gold=0, rel_tp=0, rel_gold=0,
                  pairs=0, pairs_ok=0)
    details = []
    for name, g in gold.items():
        result = extract_documents([read_document(ARTICLES / name)], nlp)
        G = result.graph
        ents = {n: d for n, d in G.nodes(data=True) if d.get("kind") == "entity"}

        def names_of(n):
            d = ents[n]
            return {d["label"], d.get("label_en", ""), *d.get("aliases", [])} - {""}

        def find(surface):
            for n in ents:
                if surface in names_of(n):
                    return n
            return None

        found_gold = set()
        for surface, types in g["entities"]:
            n = find(surface)
            totals["ent_gold"] += 1
            if n and ents[n]["type"] in types.split("|"):
                totals["ent_tp"] += 1
                found_gold.add(n)
            else:
                details.append(f"{name}: missed entity {surface}")
        allowed = {find(s) for s in g.get("allowed", [])} | found_gold
        for n in ents:
            totals["ent_found"] += 1
            if n in allowed:
                totals["ent_ok"] += 1
            else:
                details.append(f"{name}: spurious entity {ents[n]['label']} ({ents[n]['type']})")
        figs = [(d, next(iter(G.successors(n)), None)) for n, d in G.nodes(data=True) if d.get("kind") == "figure"]
        for surface, value, metric in g["figures"]:
            totals["fig_gold"] += 1
            target = find(surface)
            ok = any(about == target and any(v is not None and abs(v - value) <= 0.02 * abs(value)
                                             for v in (d.get("value"), d.get("min_value"), d.get("max_value")))
                     and (not metric or d.get("metric") == metric) for d, about in figs)
            totals["fig_tp"] += ok
            if not ok:
                details.append(f"{name}: missed figure {surface} {value:g} {metric}")
        rels = {(s, d["predicate"], o) for s, o, d in G.edges(data=True) if d.get("kind") == "relation"}
        for s, p, o in g["relations"]:
            totals["rel_gold"] += 1
            a, b = find(s), find(o)
            ok = (a, p, b) in rels or (p in SYMMETRIC and (b, p, a) in rels)
            totals["rel_tp"] += ok
            if not ok:
                details.append(f"{name}: missed relation {s} {p} {o}")
        gold_pairs = {frozenset((find(s), find(o))) for s, _, o in g["relations"]}
        for pair in {frozenset((s, o)) for s, _, o in rels}:
            totals["pairs"] += 1
            totals["pairs_ok"] += pair in gold_pairs
            if pair not in gold_pairs:
                details.append(f"{name}: relation between unrelated " + " & ".join(ents[x]["label"] for x in pair if x in ents))
    div = lambda a, b: a / b if b else 0.0
    return {
        "entity_recall": div(totals["ent_tp"], totals["ent_gold"]),
        "entity_precision": div(totals["ent_ok"], totals["ent_found"]),
        "figure_recall": div(totals["fig_tp"], totals["fig_gold"]),
        "relation_recall": div(totals["rel_tp"], totals["rel_gold"]),
        "relation_pair_precision": div(totals["pairs_ok"], totals["pairs"]),
        "details": details,
    }


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from extractor import load_pipeline

    s = score(load_pipeline())
    for line in s.pop("details"):
        print("  " + line)
    for k, v in s.items():
        print(f"{k:>26}: {v:.2f}")
