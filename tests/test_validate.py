"""zhkg validate: graphs/ and the fixture conform to data/shapes.ttl; broken graphs are reported with the node."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "using_graph_fixture.ttl"
GRAPH_FILES = sorted((ROOT / "graphs").glob("*.ttl"))


def validate(capsys, *paths) -> tuple[int, str]:
    rc = main(["validate", *map(str, paths)])
    out, err = capsys.readouterr()
    return rc, out + err


@pytest.mark.parametrize("path", GRAPH_FILES + [FIXTURE], ids=lambda p: p.name)
def test_our_graphs_conform(path, capsys):
    rc, report = validate(capsys, path)
    assert rc == 0, report
    assert f"{path}: conforms" in report


def test_folder_and_union(capsys):
    rc, report = validate(capsys, ROOT / "graphs", FIXTURE)
    assert rc == 0 and report.count("conforms") == len(GRAPH_FILES) + 1
    rc, report = main(["validate", "--union", str(ROOT / "graphs"), str(FIXTURE)]), capsys.readouterr().out
    assert rc == 0 and report.count("conforms") == 1


def _break(tmp_path, old: str, new: str) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    assert old in text, old
    p = tmp_path / "broken.ttl"
    p.write_text(text.replace(old, new, 1), encoding="utf-8")
    return p


@pytest.mark.parametrize("old, new, expect", [
    # offsets: begin must be < end
    ('nif:beginIndex "58"^^xsd:nonNegativeInteger', 'nif:beginIndex "80"^^xsd:nonNegativeInteger',
     ['e:doc-fixture0001#char=58,69 ("月销售额约1亿至2亿元") nif:beginIndex', "smaller than nif:endIndex"]),
    # a value that is not a number
    ("schema:maxValue 200000000.0", 'schema:maxValue "两亿"', ["e:obs-fixture-xxd schema:maxValue", "xsd:decimal"]),
    # range upside down
    ("schema:minValue 100000000.0", "schema:minValue 300000000.0", ["e:obs-fixture-xxd schema:minValue", "maxValue"]),
    # confidence out of [0, 1]
    ("kg:confidence 0.6 ;", "kg:confidence 1.6 ;", ["e:obs-fixture-xxd kg:confidence", "[0, 1]"]),
    # unknown comparator
    ('kg:comparator "~"', 'kg:comparator "about"', ["e:obs-fixture-xxd kg:comparator", "one of"]),
    # a figure with no value at all
    ("schema:minValue 3000000000.0 ;", "", ["e:obs-fixture-pd: a figure needs a number"]),
    # an entity without a Chinese label
    ('rdfs:label "Douyin"@en,\n        "抖音"@zh', 'rdfs:label "Douyin"@en', ["e:douyin rdfs:label", "Chinese label"]),
    # a brand typed as an organisation too
    ("e:xiaoxiandun a schema:Brand", "e:xiaoxiandun a schema:Brand, schema:Organization",
     ["e:xiaoxiandun", "not an Organization"]),
    # a reified statement whose triple is not asserted
    ("    kg:livestreamsOn e:douyin ;", "    kg:grewOn e:douyin ;", ["e:stmt-", "not asserted"]),
    # a mention that points at nothing
    ("    itsrdf:taIdentRef e:douyin .", "    .", ['("抖音") itsrdf:taIdentRef', "taIdentRef"]),
])
def test_broken_graph_is_reported_with_the_node(tmp_path, capsys, old, new, expect):
    rc, report = validate(capsys, _break(tmp_path, old, new))
    assert rc == 1, report
    assert "broken.ttl: does not conform" in report
    for needle in expect:
        assert needle in report, report


def test_not_rdf_is_an_input_error(tmp_path, capsys):
    p = tmp_path / "x.ttl"
    p.write_text("not turtle", encoding="utf-8")
    rc, report = validate(capsys, p)
    assert rc == 66 and "x.ttl: not valid RDF" in report
