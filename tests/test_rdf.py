from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from extractor.graph import build_graph
from extractor.io import document_from_text
from extractor.rdf import graph_to_rdf, to_turtle
from extractor.records import Analysis, Entity, Evidence, Figure, Mention, Observation, Relation
from extractor.vocab import ITSRDF, KG, NIF, SCHEMA

TEXT = "星河科技创始人李明说,星河的月活超过1亿。"


def fixture_graph(text: str = TEXT, person: str = "李明"):
    doc = document_from_text(text, "fixture.txt")
    org_m = Mention(0, 4, text[0:4], "ORG")
    p = text.find(person)
    per_m = Mention(p, p + len(person), person, "PERSON")
    org = Entity("org-0001", "ORG", "星河科技", "Xinghe Tech", {"星河"}, mentions=[(doc.doc_id, org_m)])
    per = Entity("per-0001", "PERSON", person, mentions=[(doc.doc_id, per_m)])
    rel = Relation("org-0001", "founder", "per-0001", Evidence(doc.doc_id, 0, p + len(person), text[: p + len(person)]), 0.9, "test")
    fig_start = text.find("超过1亿")
    fig = Figure(fig_start, fig_start + 5, text[fig_start:fig_start + 5], min_value=1e8, comparator=">", unit="users",
                 metric="monthly-active-users")
    obs = Observation(fig, doc.doc_id, "org-0001", 0.8)
    return build_graph([Analysis(doc, mentions=[org_m, per_m])], [org, per], [rel], [obs]), doc


def test_turtle_round_trip_gives_the_same_graph():
    g, _ = fixture_graph()
    rdf = graph_to_rdf(g)
    back = Graph().parse(data=to_turtle(rdf), format="turtle")
    assert isomorphic(rdf, back)
    assert len(back) == len(rdf) > 40


def test_output_is_byte_identical_across_runs():
    assert to_turtle(graph_to_rdf(fixture_graph()[0])) == to_turtle(graph_to_rdf(fixture_graph()[0]))


def test_shape_types_labels_relation_statement_and_figure():
    rdf = graph_to_rdf(fixture_graph()[0])
    E = "https://example.org/kg/id/"
    org, per = URIRef(E + "org-0001"), URIRef(E + "per-0001")
    assert (org, RDF.type, SCHEMA.Organization) in rdf
    assert (org, RDFS.label, Literal("星河科技", lang="zh")) in rdf
    assert (org, RDFS.label, Literal("Xinghe Tech", lang="en")) in rdf
    assert (org, SKOS.altLabel, Literal("星河", lang="zh")) in rdf
    assert (org, SCHEMA.founder, per) in rdf
    stmt = next(rdf.subjects(RDF.type, RDF.Statement))
    assert (stmt, RDF.subject, org) in rdf and (stmt, RDF.object, per) in rdf
    assert 0 <= float(rdf.value(stmt, KG.confidence)) <= 1
    obs = next(rdf.subjects(RDF.type, SCHEMA.Observation))
    assert rdf.value(obs, SCHEMA.observationAbout) == org
    assert int(rdf.value(obs, SCHEMA.minValue).toPython()) == 100_000_000
    assert str(rdf.value(obs, KG.comparator)) == ">"
    assert not any(isinstance(t, BNode) for triple in rdf for t in triple)


def test_mention_offsets_slice_the_original_text():
    g, doc = fixture_graph()
    rdf = graph_to_rdf(g)
    phrases = list(rdf.subjects(RDF.type, NIF.Phrase))
    assert len(phrases) == 2
    for ph in phrases:
        b, e = int(rdf.value(ph, NIF.beginIndex)), int(rdf.value(ph, NIF.endIndex))
        assert doc.text[b:e] == str(rdf.value(ph, NIF.anchorOf))
        assert rdf.value(ph, ITSRDF.taIdentRef) is not None


@pytest.mark.parametrize("nasty", ['李"明', "李\\明", '李"""明', "李>明 .", "李\n@prefix x: <y> .明", "李\x00明", "李😀明"])
def test_hostile_strings_cannot_break_the_syntax(nasty):
    text = TEXT.replace("李明", nasty)
    g, doc = fixture_graph(text, nasty)
    ttl = to_turtle(graph_to_rdf(g))
    back = Graph().parse(data=ttl, format="turtle")
    store = pyoxigraph.Store()
    store.load(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(back)
    for ph in back.subjects(RDF.type, NIF.Phrase):
        b, e = int(back.value(ph, NIF.beginIndex)), int(back.value(ph, NIF.endIndex))
        if "\x00" not in doc.text[b:e]:
            assert doc.text[b:e] == str(back.value(ph, NIF.anchorOf))
