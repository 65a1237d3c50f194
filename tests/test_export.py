"""zhkg export: GraphML / GEXF / Cytoscape.js / JSON-LD / N-Triples read back with the same content."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from extractor.cli import main
from extractor.export import read_rdf, to_networkx

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "using_graph_fixture.ttl"
GRAPHS = ROOT / "graphs"


def export(tmp_path, fmt, *inputs) -> Path:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", *map(str, inputs or [FIXTURE]), "--to", fmt, "-o", str(out)]) == 0
    return out


def test_networkx_view_of_the_fixture():
    G = to_networkx(read_rdf([str(FIXTURE)]))
    kinds = [d["kind"] for _, d in G.nodes(data=True)]
    assert kinds.count("entity") == 6 and kinds.count("figure") == 2
    ekinds = [d["kind"] for *_, d in G.edges(data=True)]
    assert ekinds.count("relation") == 6 and ekinds.count("about") == 2
    assert G.nodes["e:xiaoxiandun"]["label"] == "小仙炖" and G.nodes["e:xiaoxiandun"]["aliases"] == "小鲜炖"
    assert G.nodes["e:xiaoxiandun"]["type"] == "Brand"
    assert G.number_of_edges("e:huang-jinfeng", "e:yatsen") == 2  # CEO of + works for, parallel
    fig = G.nodes["obs-fixture-xxd" if "obs-fixture-xxd" in G else "e:obs-fixture-xxd"]
    assert (fig["min_value"], fig["max_value"], fig["unit"], fig["evidence"]) == (1e8, 2e8, "CNY", "月销售额约1亿至2亿元")
    founder = G.get_edge_data("e:yatsen", "e:huang-jinfeng")
    (data,) = founder.values()
    assert (data["label"], data["confidence"], data["evidence"]) == ("founder", 0.9, "逸仙电商创始人、首席执行官黄锦峰")
    for _, d in list(G.nodes(data=True)) + [(None, d) for *_, d in G.edges(data=True)]:
        for k, v in d.items():  # Gephi and yEd need scalar attributes
            assert isinstance(v, (str, int, float)) and not isinstance(v, bool), (k, v)


@pytest.mark.parametrize("inputs", [[FIXTURE], [GRAPHS], [GRAPHS, FIXTURE]], ids=["fixture", "graphs", "both"])
@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_gexf_round_trip(tmp_path, fmt, reader, inputs):
    G = to_networkx(read_rdf([str(p) for p in inputs]))
    out = export(tmp_path, fmt, *inputs)
    H = reader(out)
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert set(H.nodes) == set(G.nodes)
    for n, d in G.nodes(data=True):
        assert H.nodes[n]["label"] == d["label"]
        assert H.nodes[n]["type"] == d["type"]
    text = out.read_text(encoding="utf-8")
    if FIXTURE in inputs:
        assert "小仙炖" in text  # readable UTF-8, not character references


def test_graphml_key_ids_are_unique(tmp_path):
    import xml.etree.ElementTree as ET
    root = ET.parse(export(tmp_path, "graphml")).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = [k.get("id") for k in root.iter(ns + "key")]
    edges = [e.get("id") for e in root.iter(ns + "edge")]
    assert len(keys) == len(set(keys)) and len(edges) == len(set(edges)) == 8


def test_cytoscape(tmp_path):
    data = json.loads(export(tmp_path, "cytoscape").read_text(encoding="utf-8"))
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    ids = {n["data"]["id"] for n in nodes}
    assert len(nodes) == 8 and len(edges) == 8
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == 8
    assert {"id": "e:xiaoxiandun", "label": "小仙炖", "aliases": "小鲜炖"}.items() <= next(
        n["data"] for n in nodes if n["data"]["id"] == "e:xiaoxiandun").items()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser uses ConjunctiveGraph
@pytest.mark.parametrize("inputs", [[FIXTURE], [GRAPHS]], ids=["fixture", "graphs"])
def test_jsonld_has_context_and_round_trips(tmp_path, inputs):
    out = export(tmp_path, "jsonld", *inputs)
    doc = json.loads(out.read_text(encoding="utf-8"))
    ctx = doc["@context"]
    assert ctx["schema"] == "https://schema.org/" and ctx["nif"].startswith("http://persistence.uni-leipzig.org/")
    original = read_rdf([str(p) for p in inputs])
    back = Graph().parse(out, format="json-ld")
    assert len(back) == len(original) and isomorphic(back, original)
    store = ox.Store()  # a second, independent JSON-LD parser
    store.load(path=str(out), format=ox.RdfFormat.JSON_LD)
    assert len(store) == len(original)


def test_ntriples_round_trip(tmp_path):
    out = export(tmp_path, "nt", GRAPHS, FIXTURE)
    original = read_rdf([str(GRAPHS), str(FIXTURE)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(original)
    assert isomorphic(Graph().parse(out, format="nt"), original)
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES))) == len(original)


def test_unknown_format_and_unwritable_output(tmp_path, capsys):
    assert main(["export", str(FIXTURE), "--to", "svg", "-o", str(tmp_path / "x")]) == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["export", str(FIXTURE), "--to", "nt", "-o", str(blocker / "out.nt")]) == 73
    assert "cannot write" in capsys.readouterr().err
