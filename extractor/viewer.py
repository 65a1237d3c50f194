"""A self-contained offline HTML viewer: the template, CSS and JavaScript in `data/viewer/` are inlined into one
file together with the graph as JSON. No CDN, no fonts or images fetched, a Content-Security-Policy that forbids
any network load. One node per entity; figures and evidence are shown in the side panel."""
from __future__ import annotations

import html
import json
import re
from importlib import resources

import networkx as nx

from .export import TYPE_COLOURS


def _asset(name: str) -> str:
    return resources.files("extractor").joinpath("data", "viewer", name).read_text(encoding="utf-8")


def _split(value, sep: str) -> list[str]:
    return [x for x in str(value).split(sep) if x] if value else []


def viewer_data(G: nx.MultiDiGraph, title: str = "zhkg") -> dict:
    """The viewer's JSON: entity nodes (with their figures) and relation edges, from `export.to_networkx`."""
    nodes, index = [], {}
    for n, d in G.nodes(data=True):
        if d.get("kind") != "entity":
            continue
        node = {"id": n, "label": d.get("label", n), "type": d.get("type", "Thing"),
                "aliases": _split(d.get("aliases"), "; "), "mentions": int(d.get("mention_count", 0)),
                "figures": []}
        for key in ("label_en", "wikidata", "iri"):
            if d.get(key):
                node[key] = d[key]
        index[n] = node
        nodes.append(node)
    edges = []
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "about" and v in index:
            f = G.nodes[u]
            fig = {"id": u, "label": f.get("label", u), "metric": f.get("metric", ""),
                   "evidence": _split(f.get("evidence"), " | ")}
            for key in ("comparator", "value", "min_value", "max_value", "unit", "date", "confidence"):
                if key in f:
                    fig[key] = f[key]
            index[v]["figures"].append(fig)
        elif d.get("kind") == "relation" and u in index and v in index:
            e = {"source": u, "target": v, "label": d.get("label", ""), "predicate": d.get("predicate", ""),
                 "evidence": _split(d.get("evidence"), " | ")}
            if "confidence" in d:
                e["confidence"] = d["confidence"]
            edges.append(e)
    for node in nodes:
        node["figures"].sort(key=lambda f: (f["metric"], f["label"]))
    return {"title": title, "colours": TYPE_COLOURS, "nodes": nodes, "edges": edges}


def _script_json(data: dict) -> str:
    # safe inside <script>: no "</script>", no "<!--", no U+2028/2029 surprises
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def build_html(G: nx.MultiDiGraph, title: str = "zhkg") -> str:
    page = _asset("viewer.html")
    parts = {"{{CSS}}": _asset("viewer.css"), "{{JS}}": _asset("viewer.js").replace("</script", "<\\/script"),
             "{{DATA}}": _script_json(viewer_data(G, title)), "{{TITLE}}": html.escape(title)}
    # one pass over the template: substituted text (which may contain anything) is never rescanned
    return re.sub(r"\{\{(TITLE|CSS|JS|DATA)\}\}", lambda m: parts["{{%s}}" % m.group(1)], page)
