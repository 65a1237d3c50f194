"""The knowledge graph as a NetworkX MultiDiGraph: entities, figures and documents as nodes; relations,
mentions and observations as edges. Node and edge attributes hold everything the RDF stage needs."""
from __future__ import annotations

import hashlib

import networkx as nx

from .records import Analysis, Entity, Observation, Relation


def _hash(*parts: object) -> str:
    return hashlib.sha1("\t".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def figure_node_id(obs: Observation) -> str:
    f = obs.figure
    return "obs-" + _hash(obs.doc_id, f.start, f.end, obs.about, f.metric)


def build_graph(analyses: list[Analysis], entities: list[Entity], relations: list[Relation],
                observations: list[Observation]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    texts = {a.document.doc_id: a.document.text for a in analyses}
    for a in analyses:
        d = a.document
        g.add_node(d.doc_id, kind="document", source=d.source, sha256=d.sha256, media_type=d.media_type,
                   length=len(d.text), text=d.text, is_source_text=d.is_source_text,
                   sentences=[(s.start, s.end, s.speaker) for s in a.sentences],
                   dropped=[(x.start, x.end, x.reason) for x in a.dropped])
    for e in entities:
        g.add_node(e.id, kind="entity", type=e.type, label=e.label_zh, label_en=e.label_en,
                   aliases=sorted(e.aliases), wikidata=e.wikidata, mention_count=len(e.mentions),
                   merges=sorted(e.merges))
        for doc_id, m in e.mentions:
            # (the text the offsets slice, what an anchor must be: a name read through markup, H&amp;M, keeps its
            # reading as the entity's alias, not here)
            anchor = texts[doc_id][m.start:m.end] if doc_id in texts else m.text
            g.add_edge(doc_id, e.id, key=f"mention:{m.start}:{m.end}", kind="mention", start=m.start, end=m.end,
                       text=anchor, source=m.source, label=m.label)
    for r in relations:
        ev = r.evidence
        g.add_edge(r.subject, r.object, key=f"{r.predicate}:{ev.doc_id}:{ev.start}:{ev.end}", kind="relation",
                   predicate=r.predicate, confidence=r.confidence, doc_id=ev.doc_id, start=ev.start, end=ev.end,
                   evidence=ev.text, pattern=r.pattern, attributes=dict(r.attributes))
    for o in observations:
        f = o.figure
        node = figure_node_id(o)
        g.add_node(node, kind="figure", text=f.text, value=f.value, min_value=f.min_value, max_value=f.max_value,
                   comparator=f.comparator, unit=f.unit, metric=f.metric, date=f.date, doc_id=o.doc_id,
                   start=f.start, end=f.end, confidence=o.confidence)
        g.add_edge(node, o.about, key="about", kind="about", confidence=o.confidence)
    return g


def summary(g: nx.MultiDiGraph) -> dict[str, int]:
    kinds = [d.get("kind") for _, d in g.nodes(data=True)]
    types = [d.get("type") for _, d in g.nodes(data=True) if d.get("kind") == "entity"]
    return {
        "documents": kinds.count("document"),
        "entities": kinds.count("entity"),
        "people": types.count("PERSON"),
        "organisations": types.count("ORG") + types.count("BRAND"),
        "places": types.count("GPE") + types.count("LOC"),
        "figures": kinds.count("figure"),
        "relations": sum(1 for *_, d in g.edges(data=True) if d.get("kind") == "relation"),
    }
