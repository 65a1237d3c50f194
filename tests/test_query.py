"""zhkg query: SPARQL over an embedded pyoxigraph store, and the ready queries in queries/*.rq."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.query import load_store, normalise, parse_term, results_json, run_query

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "using_graph_fixture.ttl"
QUERIES = ROOT / "queries"
READY = ["people-organisations-roles", "figures-about-entity", "brands-on-platform", "provenance-of-fact",
         "aliases-of-entity"]


def zhkg(capsys, *argv) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def rows(capsys, *argv) -> list[dict]:
    rc, out, err = zhkg(capsys, "query", FIXTURE, *argv, "--format", "csv")
    assert rc == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def test_ready_queries_exist():
    assert sorted(p.stem for p in QUERIES.glob("*.rq")) == sorted(READY)


def test_people_organisations_roles(capsys):
    got = {(r["name"], r["role"], r["organisation_name"], r["confidence"])
           for r in rows(capsys, "-f", QUERIES / "people-organisations-roles.rq")}
    assert got == {("黄锦峰", "founder", "逸仙电商", "0.9"), ("黄锦峰", "CEO", "逸仙电商", "0.85"),
                   ("黄锦峰", "works for", "逸仙电商", "0.7")}


def test_figures_about_entity(capsys):
    got = rows(capsys, "-f", QUERIES / "figures-about-entity.rq")
    assert [(r["name"], r["metric"], r["comparator"], r["min"], r["max"], r["unit"], r["evidence"]) for r in got] == [
        ("完美日记", "annual-sales", ">", "3000000000", "", "CNY", "年销售额超过30亿元"),
        ("小仙炖", "monthly-sales", "~", "100000000", "200000000", "CNY", "月销售额约1亿至2亿元"),
    ]
    one = rows(capsys, "-f", QUERIES / "figures-about-entity.rq", "--bind", "entity=e:xiaoxiandun")
    assert [r["metric"] for r in one] == ["monthly-sales"]


def test_brands_on_platform(capsys):
    got = rows(capsys, "-f", QUERIES / "brands-on-platform.rq", "--bind", "platform=e:tmall")
    assert [(r["brand_name"], r["platform_name"], r["activity"]) for r in got] == [("完美日记", "天猫", "sells on")]
    assert len(rows(capsys, "-f", QUERIES / "brands-on-platform.rq")) == 2


def test_provenance_of_one_fact(capsys):
    got = rows(capsys, "-f", QUERIES / "provenance-of-fact.rq", "--bind", "subject=e:yatsen",
               "--bind", "predicate=schema:founder")
    assert len(got) == 1
    r = got[0]
    assert r["object"] == "https://example.org/kg/id/huang-jinfeng"
    assert (r["begin"], r["end"], r["evidence"], r["source"]) == ("0", "16", "逸仙电商创始人、首席执行官黄锦峰", "fixture.txt")
    assert r["confidence"] == "0.9" and len(r["sha256"]) == 64


def test_aliases_of_entity(capsys):
    got = rows(capsys, "-f", QUERIES / "aliases-of-entity.rq", "--bind", "entity=e:xiaoxiandun")
    assert {(r["name"], r["kind"]) for r in got} == {("小仙炖", "label@zh"), ("Xiaoxiandun", "label@en"),
                                                     ("小鲜炖", "alias")}


@pytest.mark.parametrize("name", READY)
def test_ready_queries_run_on_graphs(name, capsys):
    rc, out, err = zhkg(capsys, "query", ROOT / "graphs", "-f", QUERIES / f"{name}.rq", "--format", "json")
    assert rc == 0, err
    assert "results" in json.loads(out)


def test_table_json_and_inline_query_with_default_prefixes(capsys):
    q = 'SELECT ?l WHERE { e:xiaoxiandun skos:altLabel ?l }'  # prefixes need not be declared
    rc, out, _ = zhkg(capsys, "query", FIXTURE, q)
    assert rc == 0 and "小鲜炖" in out and "(1 row)" in out
    rc, out, _ = zhkg(capsys, "query", FIXTURE, q, "--format", "json")
    b = json.loads(out)["results"]["bindings"]
    assert b == [{"l": {"type": "literal", "value": "小鲜炖", "xml:lang": "zh"}}]
    rc, out, _ = zhkg(capsys, "query", FIXTURE, "ASK { e:xiaoxiandun a schema:Brand }")
    assert out.strip() == "true"


def test_construct_prints_ntriples(capsys):
    rc, out, _ = zhkg(capsys, "query", FIXTURE, "CONSTRUCT { ?s skos:altLabel ?l } WHERE { ?s skos:altLabel ?l }")
    assert rc == 0 and out.count(" .\n") == 2 and '"小鲜炖"@zh' in out


def test_table_aligns_chinese(capsys):
    rc, out, _ = zhkg(capsys, "query", FIXTURE, "SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(LANG(?l)='zh') }")
    lines = [l for l in out.splitlines() if "│" in l]
    from extractor.query import _width
    assert len({_width(l.split("│")[0]) for l in lines}) == 1  # the separator sits in one column


@pytest.mark.parametrize("argv, code, needle", [
    (["query", FIXTURE, "SELEKT ?x"], 2, "invalid SPARQL"),
    (["query", FIXTURE], 2, "give one or more graphs"),
    (["query", "/nonexistent.ttl", "ASK {}"], 66, "no such file"),
    (["query", FIXTURE, "-f", "/nonexistent.rq"], 66, "cannot read query"),
    (["query", FIXTURE, "ASK {}", "--bind", "novalue"], 2, "VAR=VALUE"),
])
def test_errors_are_one_line(argv, code, needle, capsys):
    rc, out, err = zhkg(capsys, *argv)
    assert rc == code and needle in err and err.count("\n") == 1


def test_bad_turtle_is_an_input_error(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    rc, _, err = zhkg(capsys, "query", bad, "ASK {}")
    assert rc == 66 and "bad.ttl: not valid RDF" in err


def test_parse_term():
    assert str(parse_term("e:x")) == "<https://example.org/kg/id/x>"
    assert str(parse_term('"小仙炖"@zh')) == '"小仙炖"@zh'
    assert str(parse_term("<http://a/b>")) == "<http://a/b>"
    assert str(parse_term("0.5")) == '"0.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'


def test_normalise_ignores_order():
    store = load_store([str(FIXTURE)])
    a = results_json(run_query(store, "SELECT ?e WHERE { ?e a schema:Brand } ORDER BY ?e"))
    b = results_json(run_query(store, "SELECT ?e WHERE { ?e a schema:Brand } ORDER BY DESC(?e)"))
    assert a != b and normalise(a) == normalise(b)
