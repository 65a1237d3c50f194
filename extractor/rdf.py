"""NetworkX graph → RDF (rdflib) → Turtle. Opaque IRIs minted from ids, no blank nodes, NIF mentions whose
offsets slice the document text, reified statements with provenance for every relation."""
from __future__ import annotations

import hashlib
import math
import re
from decimal import Decimal
from pathlib import PurePath

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from .vocab import ITSRDF, KG, KG_PROPERTIES, NIF, PREFIXES, RELATIONS, SCHEMA, TYPE_CLASSES, WD, base_namespace

_SAFE_ID = re.compile(r"[^A-Za-z0-9._~-]")


def _id(ns, local: str) -> URIRef:
    # ids are ours (gazetteer ids, hashes); anything else is percent-free by construction
    return ns[_SAFE_ID.sub("-", local)]


def _num(x: float) -> Literal:
    """xsd:decimal in its canonical lexical form ("100000000.0"), so Turtle round trips are exact."""
    d = Decimal(repr(float(x)))
    lexical = format(d, "f")
    if "." not in lexical:
        lexical += ".0"
    return Literal(lexical, datatype=XSD.decimal)


def _is_number(v) -> bool:
    try:
        return math.isfinite(float(v))
    except (TypeError, ValueError):
        return False


def _conf(x: float) -> Literal:
    return _num(round(float(x), 3))


def _clean_literal(s: str) -> str:
    """Literals must be valid XML 1.0 / N-Triples text for every consumer: drop surrogates and NUL-like
    characters that no RDF store accepts (offsets are carried separately, so nothing is lost)."""
    return "".join(ch for ch in s if not (0xD800 <= ord(ch) <= 0xDFFF) and ch not in "\x00\ufffe\uffff")


def _zh(s: str) -> Literal:
    return Literal(_clean_literal(s), lang="zh")


def span_iri(doc_iri: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{doc_iri}#char={start},{end}")


def graph_to_rdf(g: nx.MultiDiGraph, base: str | None = None) -> Graph:
    E = base_namespace(base)
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True)
    out.bind("e", E)
    for prop, comment in KG_PROPERTIES.items():
        out.add((prop, RDF.type, RDF.Property))
        out.add((prop, RDFS.comment, Literal(comment, lang="en")))
    for name, (prop, label) in RELATIONS.items():
        if prop.startswith(str(KG)):
            out.add((prop, RDF.type, RDF.Property))
            out.add((prop, RDFS.label, Literal(label, lang="en")))

    docs: dict[str, tuple[URIRef, URIRef]] = {}
    for node, d in g.nodes(data=True):
        if d.get("kind") != "document":
            continue
        doc = _id(E, node)
        ctx = span_iri(doc, 0, d["length"])
        docs[node] = (doc, ctx)
        out.add((doc, RDF.type, SCHEMA.CreativeWork))
        out.add((doc, RDF.type, PROV.Entity))
        out.add((doc, SCHEMA.name, Literal(_clean_literal(PurePath(d["source"]).name))))
        out.add((doc, SCHEMA.encodingFormat, Literal(d["media_type"])))
        out.add((doc, KG.sha256, Literal(d["sha256"])))
        out.add((ctx, RDF.type, NIF.Context))
        out.add((ctx, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
        out.add((ctx, NIF.endIndex, Literal(d["length"], datatype=XSD.nonNegativeInteger)))
        out.add((ctx, NIF.sourceUrl, doc))
        if not d.get("is_source_text", True):
            # offsets index the extracted text, not the file: carry that text so they can be checked
            out.add((ctx, NIF.isString, Literal(_clean_literal(d["text"]))))

    def evidence(doc_id: str, start: int, end: int, text: str) -> URIRef:
        doc, ctx = docs[doc_id]
        ev = span_iri(doc, start, end)
        out.add((ev, RDF.type, NIF.String))
        out.add((ev, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        out.add((ev, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        out.add((ev, NIF.anchorOf, Literal(_clean_literal(text))))
        out.add((ev, NIF.referenceContext, ctx))
        return ev

    for node, d in g.nodes(data=True):
        if d.get("kind") != "entity":
            continue
        ent = _id(E, node)
        out.add((ent, RDF.type, TYPE_CLASSES[d["type"]]))
        out.add((ent, RDFS.label, _zh(d["label"])))
        if d.get("label_en"):
            out.add((ent, RDFS.label, Literal(_clean_literal(d["label_en"]), lang="en")))
        for alias in d.get("aliases", ()):
            out.add((ent, SKOS.altLabel, _zh(alias)))
        if d.get("wikidata"):
            out.add((ent, SCHEMA.sameAs, WD[d["wikidata"]]))
        out.add((ent, KG.mentionCount, Literal(d.get("mention_count", 0), datatype=XSD.nonNegativeInteger)))
        for alias, _into, score, reason in d.get("merges", ()):
            merge = _id(E, "merge-" + hashlib.sha1(f"{node}\t{alias}".encode("utf-8")).hexdigest()[:12])
            out.add((ent, KG.aliasMerge, merge))
            out.add((merge, RDF.type, KG.AliasMerge))
            out.add((merge, KG.alias, _zh(alias)))
            out.add((merge, KG.mergeScore, _conf(score)))
            out.add((merge, KG.mergeReason, Literal(reason)))

    for src, dst, key, d in g.edges(keys=True, data=True):
        kind = d.get("kind")
        if kind == "mention":
            doc, ctx = docs[src]
            phrase = span_iri(doc, d["start"], d["end"])
            out.add((phrase, RDF.type, NIF.Phrase))
            out.add((phrase, NIF.beginIndex, Literal(d["start"], datatype=XSD.nonNegativeInteger)))
            out.add((phrase, NIF.endIndex, Literal(d["end"], datatype=XSD.nonNegativeInteger)))
            out.add((phrase, NIF.anchorOf, Literal(_clean_literal(d["text"]))))
            out.add((phrase, NIF.referenceContext, ctx))
            out.add((phrase, ITSRDF.taIdentRef, _id(E, dst)))
        elif kind == "relation":
            prop = RELATIONS[d["predicate"]][0]
            s, o = _id(E, src), _id(E, dst)
            out.add((s, prop, o))
            stmt = _id(E, "stmt-" + hashlib.sha1(f"{src}\t{d['predicate']}\t{dst}\t{key}".encode()).hexdigest()[:12])
            out.add((stmt, RDF.type, RDF.Statement))
            out.add((stmt, RDF.subject, s))
            out.add((stmt, RDF.predicate, prop))
            out.add((stmt, RDF.object, o))
            out.add((stmt, KG.confidence, _conf(d["confidence"])))
            out.add((stmt, PROV.wasDerivedFrom, docs[d["doc_id"]][0]))
            out.add((stmt, KG.evidence, evidence(d["doc_id"], d["start"], d["end"], d["evidence"])))
            if d.get("pattern"):
                out.add((stmt, KG.pattern, Literal(d["pattern"])))
            for k, v in sorted(d.get("attributes", {}).items()):
                out.add((stmt, KG[k], _num(float(v)) if _is_number(v) else Literal(_clean_literal(str(v)))))

    for node, d in g.nodes(data=True):
        if d.get("kind") != "figure":
            continue
        obs = _id(E, node)
        about = next((dst for _, dst, k in g.out_edges(node, keys=True) if k == "about"), None)
        out.add((obs, RDF.type, SCHEMA.Observation))
        if about:
            out.add((obs, SCHEMA.observationAbout, _id(E, about)))
        if d.get("metric"):
            out.add((obs, SCHEMA.variableMeasured, KG[d["metric"]]))
            out.add((obs, KG.metric, Literal(d["metric"])))
        if d.get("value") is not None:
            out.add((obs, SCHEMA.value, _num(d["value"])))
        if d.get("min_value") is not None:
            out.add((obs, SCHEMA.minValue, _num(d["min_value"])))
        if d.get("max_value") is not None:
            out.add((obs, SCHEMA.maxValue, _num(d["max_value"])))
        out.add((obs, KG.comparator, Literal(d.get("comparator") or "=")))
        if d.get("unit"):
            out.add((obs, SCHEMA.unitText, Literal(d["unit"])))
        if d.get("date"):
            out.add((obs, SCHEMA.observationDate, Literal(d["date"])))
        out.add((obs, KG.confidence, _conf(d["confidence"])))
        out.add((obs, PROV.wasDerivedFrom, docs[d["doc_id"]][0]))
        out.add((obs, KG.evidence, evidence(d["doc_id"], d["start"], d["end"], d["text"])))
    return out


def to_turtle(rdf: Graph) -> str:
    """Deterministic Turtle: triples sorted, subjects grouped, fixed prefixes. Written by pyoxigraph: rdflib's
    Turtle writer slows down quadratically on the many `#char=` span IRIs of a large document."""
    import pyoxigraph

    prefixes = {p: str(ns) for p, ns in rdf.namespaces() if p in PREFIXES or p == "e"}
    ordered = {p: prefixes[p] for p in sorted(prefixes)}
    triples = sorted(pyoxigraph.parse(rdf.serialize(format="nt", encoding="utf-8"),
                                      format=pyoxigraph.RdfFormat.N_TRIPLES), key=str)
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=ordered).decode("utf-8")
