"""`zhkg query GRAPH... (QUERY | -f file.rq) [--format table|csv|json]`: SPARQL over our graphs in an embedded
pyoxigraph store (in memory, nothing to start). The store helpers here are shared by `serve`, `export` and the
tests, so every entry point reads the graphs the same way."""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, UsageError
from .vocab import PREFIXES

# File extensions we read, and the pyoxigraph format of each.
RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".n3": ox.RdfFormat.N3,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
MEDIA_TYPES = {
    ".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
    ".trig": "application/trig", ".n3": "text/n3", ".rdf": "application/rdf+xml", ".owl": "application/rdf+xml",
    ".jsonld": "application/ld+json",
}
# Prefixes every query may use without declaring them (e: is the default base of minted ids).
QUERY_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()} | {"e": "https://example.org/kg/id/"}


def collect_graphs(inputs: list[str]) -> list[Path]:
    """Files and folders → the RDF files in them, sorted; a folder contributes its known RDF files."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in RDF_FORMATS
                           and not f.name.startswith("."))
            if not found:
                raise InputError(f"{p}: no RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf) in this folder")
            out.extend(found)
        elif p.is_file():
            if p.suffix.lower() not in RDF_FORMATS:
                raise InputError(f"{p}: unknown RDF format (expected one of {', '.join(sorted(RDF_FORMATS))})")
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    if not out:
        raise UsageError("no graph given")
    return out


def load_store(inputs: list[str], store: ox.Store | None = None) -> ox.Store:
    """All triples of all graphs, in the default graph of one in-memory store (the same layout `serve` uses)."""
    store = store if store is not None else ox.Store()
    for path in collect_graphs(inputs):
        try:
            store.load(path=str(path), format=RDF_FORMATS[path.suffix.lower()], to_graph=ox.DefaultGraph())
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid RDF ({_one_line(exc)})") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return store


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


_TERM = re.compile(r'^"(?P<lex>.*)"(?:@(?P<lang>[A-Za-z-]+)|\^\^(?P<dt>\S+))?$', re.S)


def parse_term(text: str) -> ox.NamedNode | ox.Literal:
    """A value for --bind: <iri>, prefix:name, "literal"@lang, "literal"^^xsd:type, a number, or plain text."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    m = _TERM.match(text)
    if m:
        if m["lang"]:
            return ox.Literal(m["lex"], language=m["lang"])
        if m["dt"]:
            return ox.Literal(m["lex"], datatype=parse_term(m["dt"]))
        return ox.Literal(m["lex"])
    prefix, sep, local = text.partition(":")
    if sep and prefix in QUERY_PREFIXES and not local.startswith("//"):
        return ox.NamedNode(QUERY_PREFIXES[prefix] + local)
    if re.fullmatch(r"[+-]?\d+", text):
        return ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if re.fullmatch(r"[+-]?\d*\.\d+", text):
        return ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))
    return ox.Literal(text)


def run_query(store: ox.Store, query: str, bindings: dict[str, str] | None = None):
    subs = {ox.Variable(k): parse_term(v) for k, v in (bindings or {}).items()} or None
    try:
        return store.query(query, prefixes=QUERY_PREFIXES, substitutions=subs)
    except SyntaxError as exc:
        raise UsageError(f"invalid SPARQL: {_one_line(exc)}") from None
    except (RuntimeError, ValueError) as exc:  # e.g. a --bind variable that the query does not project
        raise UsageError(f"query failed: {_one_line(exc)}") from None


def results_json(result) -> dict:
    """SPARQL 1.1 Query Results JSON of a SELECT/ASK result, as Python data (what an HTTP endpoint returns)."""
    if isinstance(result, ox.QueryBoolean):
        return {"head": {}, "boolean": bool(result)}
    return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))


def normalise(results: dict) -> object:
    """An order-free, comparable form of SPARQL JSON results (for comparing two endpoints)."""
    if "boolean" in results:
        return results["boolean"]
    rows = []
    for b in results["results"]["bindings"]:
        rows.append(tuple(sorted((k, v["type"].replace("typed-literal", "literal"), v["value"],
                                  v.get("xml:lang", ""), v.get("datatype", "")) for k, v in b.items())))
    return sorted(results["head"]["vars"]), sorted(rows)


# ---------------------------------------------------------------- output

def _short(term: dict) -> str:
    """A binding from SPARQL JSON → compact text: prefixed IRIs, literal lexical forms."""
    value = term["value"]
    if term["type"] == "uri":
        best = max(((p, ns) for p, ns in QUERY_PREFIXES.items() if value.startswith(ns)),
                   key=lambda x: len(x[1]), default=None)
        if best and re.fullmatch(r"[A-Za-z0-9_.-]*", value[len(best[1]):]) and not value.endswith("."):
            return f"{best[0]}:{value[len(best[1]):]}"
        return f"<{value}>"
    if term["type"] == "bnode":
        return f"_:{value}"
    return value


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def format_table(results: dict, max_cell: int = 60) -> str:
    if "boolean" in results:
        return ("true" if results["boolean"] else "false") + "\n"
    head = results["head"]["vars"]
    rows = []
    for b in results["results"]["bindings"]:
        row = []
        for v in head:
            cell = _short(b[v]) if v in b else ""
            cell = " ".join(cell.split())
            if _width(cell) > max_cell:
                while _width(cell) > max_cell - 1:
                    cell = cell[:-1]
                cell += "…"
            row.append(cell)
        rows.append(row)
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(head)]
    lines = [" │ ".join(_pad(h, w) for h, w in zip(head, widths)).rstrip(),
             "─┼─".join("─" * w for w in widths)]
    lines += [" │ ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_csv(results: dict) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if "boolean" in results:
        w.writerow(["boolean"])
        w.writerow(["true" if results["boolean"] else "false"])
        return buf.getvalue()
    head = results["head"]["vars"]
    w.writerow(head)
    for b in results["results"]["bindings"]:
        w.writerow([b[v]["value"] if v in b else "" for v in head])
    return buf.getvalue()


def format_result(result, fmt: str) -> str:
    if isinstance(result, ox.QueryTriples):  # CONSTRUCT / DESCRIBE → N-Triples (csv/json make no sense)
        return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    data = results_json(result)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return format_csv(data)
    return format_table(data)


# ---------------------------------------------------------------- CLI

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("args", nargs="+", metavar="GRAPH... QUERY",
                        help="graph files or folders, then the SPARQL query (unless -f is given)")
    parser.add_argument("-f", "--file", metavar="FILE.rq", help="read the query from a file (e.g. queries/*.rq)")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="table (default), csv, or SPARQL JSON results; CONSTRUCT prints N-Triples")
    parser.add_argument("--bind", action="append", default=[], metavar="VAR=VALUE",
                        help="fix a projected variable, e.g. --bind entity=e:xiaoxiandun or "
                             "--bind 'name=\"小仙炖\"@zh' (repeatable)")


def _read_query(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read query ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: query is not UTF-8") from None


def run(args) -> int:
    inputs = list(args.args)
    if args.file:
        query = _read_query(args.file)
    else:
        if len(inputs) < 2:
            raise UsageError("zhkg query: give one or more graphs, then a query (or -f FILE.rq)")
        last = inputs.pop()
        query = _read_query(last) if last.endswith(".rq") and Path(last).is_file() else last
    bindings = {}
    for item in args.bind:
        var, sep, value = item.partition("=")
        if not sep or not var.strip().lstrip("?$"):
            raise UsageError(f"--bind {item!r}: expected VAR=VALUE")
        bindings[var.strip().lstrip("?$")] = value
    store = load_store(inputs)
    sys.stdout.write(format_result(run_query(store, query, bindings), args.format))
    return 0
