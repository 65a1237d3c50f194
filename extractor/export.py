"""`zhkg export GRAPH... --to graphml|gexf|cytoscape|jsonld|nt|html -o FILE`.

Reads our Turtle back (rdflib) into a NetworkX MultiDiGraph made for graph viewers: one node per entity and per
figure, readable Chinese labels, a node type, and only str/int/float attributes (Gephi and yEd reject lists and
None). Relations become entity → entity edges carrying the confidence and evidence of their reified statements;
figures hang off the entity they are about."""
from __future__ import annotations

import argparse
import io
import json
from collections import defaultdict

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from .errors import InputError, UsageError
from .io import write_atomic
from .query import RDF_FORMATS, QUERY_PREFIXES, collect_graphs
from .vocab import KG, NIF, RELATIONS, SCHEMA

ENTITY_TYPES = {SCHEMA.Person: "Person", SCHEMA.Organization: "Organization", SCHEMA.Brand: "Brand",
                SCHEMA.Place: "Place"}
TYPE_COLOURS = {  # shared with the HTML viewer (data/viewer/viewer.js reads them from the embedded data)
    "Person": "#e15759", "Organization": "#4e79a7", "Brand": "#f28e2b", "Place": "#59a14f", "Observation": "#b07aa1",
}
RELATION_LABELS = {str(prop): label for prop, label in RELATIONS.values()}
FORMATS = ("graphml", "gexf", "cytoscape", "jsonld", "nt", "html")
_RDFLIB_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".n3": "n3", ".rdf": "xml",
                   ".owl": "xml", ".jsonld": "json-ld"}


def read_rdf(inputs: list[str]) -> Graph:
    g = Graph()
    for p in collect_graphs(inputs):
        try:
            g.parse(p, format=_RDFLIB_FORMATS[p.suffix.lower()])
        except Exception as exc:  # rdflib raises many types for bad syntax
            raise InputError(f"{p}: not valid RDF ({' '.join(str(exc).split())[:200]})") from None
    for prefix, ns in QUERY_PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def short(iri) -> str:
    """An IRI as a compact, stable node id: e:xiaoxiandun, kg:ceoOf … (the full IRI when no prefix fits)."""
    s = str(iri)
    best = max(((p, ns) for p, ns in QUERY_PREFIXES.items() if s.startswith(ns)), key=lambda x: len(x[1]),
               default=None)
    return f"{best[0]}:{s[len(best[1]):]}" if best and len(s) > len(best[1]) else s


def _label(rdf: Graph, node, lang: str) -> str | None:
    found = sorted(str(o) for o in rdf.objects(node, RDFS.label) if isinstance(o, Literal)
                   and (o.language or "").lower().startswith(lang))
    return found[0] if found else None


def _num(lit) -> float | None:
    try:
        return float(lit.toPython()) if lit is not None else None
    except (TypeError, ValueError):
        return None


def _fmt_num(x: float) -> str:
    if x == int(x) and abs(x) >= 1e4:
        for div, name in ((1e8, "亿"), (1e4, "万")):
            if abs(x) >= div:
                q = x / div
                return f"{q:g}{name}"
    return f"{x:g}"


def _evidence(rdf: Graph, subject) -> list[tuple[int, str]]:
    out = []
    for span in rdf.objects(subject, KG.evidence):
        text = rdf.value(span, NIF.anchorOf)
        begin = _num(rdf.value(span, NIF.beginIndex))
        if text is not None:
            out.append((int(begin) if begin is not None else -1, str(text)))
    return sorted(set(out))


def to_networkx(rdf: Graph) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    entities: dict[URIRef, str] = {}
    for cls, type_name in ENTITY_TYPES.items():
        for ent in sorted(set(rdf.subjects(RDF.type, cls))):
            if ent in entities:
                continue
            nid = short(ent)
            entities[ent] = nid
            zh, en = _label(rdf, ent, "zh"), _label(rdf, ent, "en")
            attrs = {"kind": "entity", "type": type_name, "label": zh or en or nid, "iri": str(ent),
                     "color": TYPE_COLOURS[type_name]}
            if en:
                attrs["label_en"] = en
            aliases = sorted({str(a) for a in rdf.objects(ent, SKOS.altLabel)})
            if aliases:
                attrs["aliases"] = "; ".join(aliases)
            same = sorted(str(o) for o in rdf.objects(ent, SCHEMA.sameAs))
            wd = [s.rsplit("/", 1)[-1] for s in same if "wikidata.org/entity/" in s]
            if wd:
                attrs["wikidata"] = wd[0]
            mc = _num(rdf.value(ent, KG.mentionCount))
            attrs["mention_count"] = int(mc) if mc is not None else 0
            G.add_node(nid, **attrs)

    # relations: every asserted triple between two entities, with its statements' confidence and evidence
    statements = defaultdict(list)
    for st in rdf.subjects(RDF.type, RDF.Statement):
        key = (rdf.value(st, RDF.subject), rdf.value(st, RDF.predicate), rdf.value(st, RDF.object))
        statements[key].append(st)
    for s, p, o in sorted(rdf.triples((None, None, None))):
        if s not in entities or o not in entities or p == RDF.type:
            continue
        attrs = {"kind": "relation", "predicate": short(p),
                 "label": RELATION_LABELS.get(str(p), short(p).split(":", 1)[-1])}
        sts = statements.get((s, p, o), [])
        confs = [c for c in (_num(rdf.value(st, KG.confidence)) for st in sts) if c is not None]
        if confs:
            attrs["confidence"] = max(confs)
        ev = sorted({t for st in sts for t in _evidence(rdf, st)})
        if ev:
            attrs["evidence"] = " | ".join(t for _, t in ev)
        docs = sorted({short(d) for st in sts for d in rdf.objects(st, PROV.wasDerivedFrom)})
        if docs:
            attrs["document"] = " ".join(docs)
        attrs["statements"] = len(sts)
        G.add_edge(entities[s], entities[o], key=f"{entities[s]} {short(p)} {entities[o]}", **attrs)

    # figures
    for obs in sorted(set(rdf.subjects(RDF.type, SCHEMA.Observation))):
        nid = short(obs)
        metric = rdf.value(obs, KG.metric)
        measured = rdf.value(obs, SCHEMA.variableMeasured)
        metric = str(metric) if metric is not None else (short(measured).split(":", 1)[-1] if measured else "figure")
        attrs = {"kind": "figure", "type": "Observation", "metric": metric, "iri": str(obs),
                 "color": TYPE_COLOURS["Observation"]}
        comparator = str(rdf.value(obs, KG.comparator) or "=")
        attrs["comparator"] = comparator
        for prop, name in ((SCHEMA.value, "value"), (SCHEMA.minValue, "min_value"), (SCHEMA.maxValue, "max_value")):
            x = _num(rdf.value(obs, prop))
            if x is not None:
                attrs[name] = x
        for prop, name in ((SCHEMA.unitText, "unit"), (SCHEMA.observationDate, "date")):
            v = rdf.value(obs, prop)
            if v is not None:
                attrs[name] = str(v)
        conf = _num(rdf.value(obs, KG.confidence))
        if conf is not None:
            attrs["confidence"] = conf
        ev = _evidence(rdf, obs)
        if ev:
            attrs["evidence"] = " | ".join(t for _, t in ev)
        if "value" in attrs:
            amount = _fmt_num(attrs["value"])
        elif "min_value" in attrs and "max_value" in attrs:
            amount = f"{_fmt_num(attrs['min_value'])}–{_fmt_num(attrs['max_value'])}"
        else:
            amount = _fmt_num(attrs.get("min_value", attrs.get("max_value", 0.0)))
        cmp = "" if comparator == "=" else comparator + " "
        attrs["label"] = f"{metric} {cmp}{amount}{(' ' + attrs['unit']) if 'unit' in attrs else ''}"
        G.add_node(nid, **attrs)
        for about in rdf.objects(obs, SCHEMA.observationAbout):
            if about in entities:
                G.add_edge(nid, entities[about], key=f"{nid} about {entities[about]}", kind="about", label="about",
                           predicate="schema:observationAbout", **({"confidence": conf} if conf is not None else {}))
    return G


def _without(G: nx.MultiDiGraph, *drop: str) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, {k: v for k, v in d.items() if k not in drop}) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def _hex_rgb(colour: str) -> dict:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def to_graphml(G: nx.MultiDiGraph) -> str:
    # key ids d0, d1 … (named ids would repeat across node and edge keys, which GraphML forbids); raw UTF-8 text
    buf = io.BytesIO()
    nx.write_graphml(G, buf, encoding="utf-8", prettyprint=True, named_key_ids=False)
    return buf.getvalue().decode("utf-8")


def to_gexf(G: nx.MultiDiGraph) -> str:
    H = _without(G)
    for n, d in H.nodes(data=True):  # Gephi draws GEXF viz colours/sizes directly
        d["viz"] = {"color": _hex_rgb(d["color"]), "size": 10.0 + min(float(d.get("mention_count", 0)), 40.0) / 2}
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def to_cytoscape(G: nx.MultiDiGraph) -> str:
    nodes = [{"data": {"id": n, **d}} for n, d in G.nodes(data=True)]
    edges = [{"data": {"id": f"{u}->{k}->{v}", "source": u, "target": v, **d}}
             for u, v, k, d in G.edges(keys=True, data=True)]
    data = {"data": {"name": "zhkg"}, "directed": True, "multigraph": True,
            "elements": {"nodes": nodes, "edges": edges}}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


JSONLD_CONTEXT = {prefix: ns for prefix, ns in QUERY_PREFIXES.items()} | {
    "label": {"@id": "rdfs:label"},
    "altLabel": {"@id": "skos:altLabel"},
}


def to_jsonld(rdf: Graph) -> str:
    return rdf.serialize(format="json-ld", context=JSONLD_CONTEXT, indent=1, ensure_ascii=False)


def to_ntriples(rdf: Graph) -> str:
    lines = rdf.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


# ---------------------------------------------------------------- CLI

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph files or folders")
    parser.add_argument("--to", required=True, choices=FORMATS, help="output format")
    parser.add_argument("-o", "--output", required=True, help="file to write")
    parser.add_argument("--title", default=None, help="title of the HTML viewer")


def export(inputs: list[str], fmt: str, title: str | None = None) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"--to {fmt}: expected one of {', '.join(FORMATS)}")
    rdf = read_rdf(inputs)
    if fmt == "jsonld":
        return to_jsonld(rdf)
    if fmt == "nt":
        return to_ntriples(rdf)
    G = to_networkx(rdf)
    if fmt == "graphml":
        return to_graphml(G)
    if fmt == "gexf":
        return to_gexf(G)
    if fmt == "cytoscape":
        return to_cytoscape(G)
    from .viewer import build_html
    return build_html(G, title=title or "zhkg · " + ", ".join(inputs))


def run(args) -> int:
    text = export(args.graphs, args.to, args.title)
    write_atomic(args.output, text)
    return 0


__all__ = ["read_rdf", "to_networkx", "export", "FORMATS", "RDF_FORMATS"]
