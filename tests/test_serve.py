"""zhkg serve: the real Oxigraph server on loopback. The same SPARQL gives the same answer on the embedded store
and on the server after an HTTP (Graph Store protocol) load of graphs/."""
from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import json
from pathlib import Path

import pytest

from extractor.query import collect_graphs, load_store, normalise, results_json, run_query
from extractor.serve import OxigraphServer

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "using_graph_fixture.ttl"
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def _has_oxigraph() -> bool:
    try:
        from extractor.serve import oxigraph_binary
        oxigraph_binary()
        return True
    except Exception:
        return False


pytestmark = pytest.mark.skipif(not _has_oxigraph(), reason="the oxigraph server (pip install oxigraph) is absent")

INPUTS = [str(ROOT / "graphs"), str(FIXTURE)]
EXTRA = {
    "count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "types": "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t",
    "labels": "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?l WHERE { ?s rdfs:label ?l }",
    "numbers": "PREFIX schema: <https://schema.org/> SELECT ?o ?v WHERE { ?o schema:minValue ?v FILTER(?v > 1e8) }",
    "ask": "ASK { ?s <http://www.w3.org/2004/02/skos/core#altLabel> \"小鲜炖\"@zh }",
}


@pytest.fixture(scope="module")
def server():
    with OxigraphServer(timeout_s=20) as srv:
        srv.load(collect_graphs(INPUTS))
        yield srv
    assert srv.proc.poll() is not None  # stopped


@pytest.fixture(scope="module")
def store():
    return load_store(INPUTS)


@pytest.mark.parametrize("query", QUERIES + list(EXTRA), ids=lambda q: Path(q).stem if isinstance(q, Path) else q)
def test_same_answer_embedded_and_server(query, server, store):
    text = query.read_text(encoding="utf-8") if isinstance(query, Path) else EXTRA[query]
    local = results_json(run_query(store, text))
    remote = server.select(text)
    assert normalise(local) == normalise(remote)
    if "results" in local:
        assert local["results"]["bindings"], "a comparison over empty results proves nothing"


def test_server_holds_every_triple(server, store):
    assert server.count() == len(store) > 200


def _read_line(proc: subprocess.Popen, deadline: float) -> str:
    buf = b""
    while not buf.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or proc.poll() is not None:
            raise AssertionError(f"no line from zhkg serve (rc={proc.poll()}, got {buf!r})")
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            ch = os.read(proc.stdout.fileno(), 1)
            if not ch:
                continue
            buf += ch
    return buf.decode("utf-8")


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli_serve_answers_and_stops_cleanly(sig):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", str(FIXTURE), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    try:
        line = _read_line(proc, time.monotonic() + 30)
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:")
        endpoint = line.split()[2]
        port = urllib.parse.urlsplit(endpoint).port
        assert "triples" in _read_line(proc, time.monotonic() + 10)
        body = urllib.parse.urlencode({"query": "SELECT ?l WHERE { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?l }"})
        req = urllib.request.Request(endpoint, data=body.encode(), headers={
            "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(req, timeout=10) as resp:
            values = {b["l"]["value"] for b in json.load(resp)["results"]["bindings"]}
        assert values == {"小鲜炖", "逸仙"}
        proc.send_signal(sig)
        rc = proc.wait(timeout=15)
        assert rc == 0, f"zhkg serve exited {rc}: {proc.stderr.read().decode('utf-8', 'replace')[-500:]}"
        assert not _port_open(port), "the oxigraph child outlived zhkg serve"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
        proc.stdout.close()
        proc.stderr.close()


def test_serve_refuses_non_loopback(capsys):
    from extractor.cli import main
    assert main(["serve", str(FIXTURE), "--host", "0.0.0.0"]) == 2
    assert "loopback" in capsys.readouterr().err


def test_server_rejects_bad_data(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    from extractor.errors import InputError
    with OxigraphServer(timeout_s=20) as srv:
        with pytest.raises(InputError, match="bad.ttl: the server refused it"):
            srv.load([bad])
