"""The main job on the bundled seeds: invariants of the output, and graphs/ must not be stale."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from extractor.extract import extract_documents, read_inputs
from extractor.rdf import graph_to_rdf, to_turtle
from extractor.vocab import KG, NIF

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeds(nlp):
    docs = read_inputs([str(ROOT / "seeds")], on_error=pytest.fail)
    assert docs, "seeds/ holds at least one document"
    result = extract_documents(docs, nlp)
    return docs, result, to_turtle(graph_to_rdf(result.graph))


def test_graphs_folder_is_up_to_date(seeds):
    _, _, ttl = seeds
    committed = (ROOT / "graphs" / "seeds.ttl").read_text(encoding="utf-8")
    assert committed == ttl, "graphs/seeds.ttl is stale: run `make run` and commit it"


def test_output_parses_in_rdflib_and_pyoxigraph(seeds):
    _, _, ttl = seeds
    g = Graph().parse(data=ttl, format="turtle")
    store = pyoxigraph.Store()
    store.load(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g) > 100


def test_every_mention_and_evidence_slices_the_original_text(seeds):
    docs, _, ttl = seeds
    texts = {d.doc_id: d.text for d in docs}
    g = Graph().parse(data=ttl, format="turtle")
    checked = 0
    for node in set(g.subjects(NIF.anchorOf, None)):
        doc_id = str(node).split("/")[-1].split("#")[0]
        b, e = int(g.value(node, NIF.beginIndex)), int(g.value(node, NIF.endIndex))
        assert texts[doc_id][b:e] == str(g.value(node, NIF.anchorOf))
        checked += 1
    assert checked > 20


def test_every_relation_statement_has_evidence_and_confidence(seeds):
    _, _, ttl = seeds
    g = Graph().parse(data=ttl, format="turtle")
    for stmt in g.subjects(RDF.type, RDF.Statement):
        assert g.value(stmt, KG.evidence) is not None
        assert 0.0 <= float(g.value(stmt, KG.confidence)) <= 1.0


def test_nothing_from_the_boilerplate_becomes_a_mention(seeds):
    docs, result, _ = seeds
    for a in result.analyses:
        for dropped in a.dropped:
            for m in a.mentions:
                assert not (dropped.start <= m.start < dropped.end), (m.text, dropped.reason)


def test_a_traditional_article_gets_its_relations_and_figures_with_evidence_in_the_original(nlp):
    from extractor.io import document_from_text

    text = ("琛川地產(0688.HK)週一公佈中期業績,期內收入為58.4億港元,按年下跌9%;股東應佔溢利為10.6億港元。\n"
            "集團主席黎知璟表示,香港住宅市場仍受高息環境影響。\n琛川地產總部位於香港。")
    result = extract_documents([document_from_text(text)], nlp)
    G = result.graph
    label = {n: d.get("label") for n, d in G.nodes(data=True)}
    triples = {(label[a], d["predicate"], label[b]) for a, b, d in G.edges(data=True) if d.get("predicate")}
    assert {("黎知璟", "chairman_of", "琛川地產"), ("琛川地產", "located_in", "香港")} <= triples
    evidence = [d for _, _, d in G.edges(data=True) if d.get("predicate") == "chairman_of"]
    assert evidence and all(text[d["start"]:d["end"]] == d["evidence"] and "集團" in d["evidence"] for d in evidence)
    metrics = {d.get("metric") for _, d in G.nodes(data=True) if d.get("kind") == "figure"}
    assert {"revenue", "profit"} <= metrics


def test_the_source_a_filing_is_read_from_is_not_the_company_its_sponsor_serves(nlp):
    from extractor.io import document_from_text

    text = ('12月3日,深交所官网显示,湖南濛环新能源科技股份有限公司(以下简称"濛环科技")创业板IPO申请已获受理,'
            "保荐机构为华泰联合证券。")
    G = extract_documents([document_from_text(text)], nlp).graph
    label = {n: d.get("label") for n, d in G.nodes(data=True)}
    supplied = {label[b] for a, b, d in G.edges(data=True) if d.get("predicate") == "supplies"}
    assert supplied == {"湖南濛环新能源科技股份有限公司"}


def test_a_markdown_transcripts_bold_speakers_speak_for_the_company_its_heading_names(nlp):
    from extractor.io import document_from_text

    text = ("# 濛云科技2026年第三季度业绩电话会议实录\n\n**主持人:** 出席本次会议的有公司首席执行官魏濛和首席财务官蒋濛。\n\n"
            "**蒋濛:** 本季度综合毛利率为41.2%。我们的GPU主要来自英伟达和华为。\n\n"
            "**分析师(摩根士丹利 Amy Wang):** 公司如何看待与阿里云、华为云的竞争?\n\n"
            "**魏濛:** 阿里云和华为云的份额远高于我们。")
    G = extract_documents([document_from_text(text, "t.md")], nlp).graph
    label = {n: d.get("label") for n, d in G.nodes(data=True)}
    triples = {(label[a], d["predicate"], label[b]) for a, b, d in G.edges(data=True) if d.get("predicate")}
    assert {("蒋濛", "works_for", "濛云科技"), ("英伟达", "supplies", "濛云科技"), ("华为", "supplies", "濛云科技"),
            ("濛云科技", "competitor_of", "阿里云"), ("Amy Wang", "works_for", "摩根士丹利")} <= triples
    margin = [d for n, d in G.nodes(data=True) if d.get("kind") == "figure" and d.get("metric") == "gross-margin"]
    assert [label[next(iter(G.successors(n)))] for n, d in G.nodes(data=True)
            if d.get("kind") == "figure" and d.get("metric") == "gross-margin"] == ["濛云科技"] and margin
