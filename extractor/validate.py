"""`zhkg validate GRAPH... [--shapes FILE] [--union]`: check graphs against the SHACL shapes in
`data/shapes.ttl` with pyshacl. Prints one line per problem (file, node, property, value, message) and exits 1
when a graph does not conform."""
from __future__ import annotations

import argparse
import sys
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from .errors import InputError
from .export import read_rdf, short
from .query import collect_graphs
from .vocab import NIF


def load_shapes(path: str | None = None) -> Graph:
    shapes = Graph()
    try:
        if path:
            shapes.parse(path, format="turtle")
        else:
            shapes.parse(data=resources.files("extractor").joinpath("data", "shapes.ttl").read_text("utf-8"),
                         format="turtle")
    except Exception as exc:
        raise InputError(f"{path or 'shapes.ttl'}: not valid Turtle ({' '.join(str(exc).split())[:200]})") from None
    return shapes


def _term(g: Graph, t) -> str:
    if t is None:
        return ""
    if isinstance(t, Literal):
        text = str(t)
        text = text if len(text) <= 40 else text[:39] + "…"
        if t.language:
            return f'"{text}"@{t.language}'
        if t.datatype:
            return f'"{text}"^^{short(t.datatype)}'
        return f'"{text}"'
    return short(t) if isinstance(t, URIRef) else str(t)


def problems(data: Graph, shapes: Graph) -> list[dict]:
    """pyshacl's report as plain records, sorted: node, path, value, message, severity, shape."""
    from pyshacl import validate as shacl_validate

    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, inference="none", abort_on_first=False,
                                         allow_warnings=True, meta_shacl=False, advanced=False)
    out = []
    if conforms:
        return out
    for r in report.subjects(SH.resultSeverity, None):
        node = report.value(r, SH.focusNode)
        anchor = data.value(node, NIF.anchorOf) if node is not None else None
        msgs = sorted(str(m) for m in report.objects(r, SH.resultMessage))
        out.append({
            "node": _term(data, node) + (f' ("{anchor}")' if anchor is not None else ""),
            "path": _term(data, report.value(r, SH.resultPath)),
            "value": _term(data, report.value(r, SH.value)),
            "message": msgs[0] if msgs else "",
            "severity": short(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1].replace("sh:", ""),
        })
    return sorted(out, key=lambda p: (p["node"], p["path"], p["value"], p["message"]))


def format_problem(p: dict) -> str:
    value = p["value"] if p["value"] and not p["node"].startswith(p["value"]) else ""
    where = p["node"] + (f" {p['path']}" if p["path"] else "") + (f" = {value}" if value else "")
    return f"  {p['severity']}: {where}: {p['message']}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph files or folders")
    parser.add_argument("--shapes", help="SHACL shapes (Turtle); default: the shapes shipped with zhkg")
    parser.add_argument("--union", action="store_true",
                        help="validate all graphs together (as a triple store holds them) instead of one by one")


def run(args) -> int:
    shapes = load_shapes(args.shapes)
    files = collect_graphs(args.graphs)
    groups = [(", ".join(map(str, files)), [str(f) for f in files])] if args.union else \
             [(str(f), [str(f)]) for f in files]
    failed = 0
    for name, members in groups:
        data = read_rdf(members)
        found = problems(data, shapes)
        violations = [p for p in found if p["severity"] == "Violation"]
        if violations:
            failed += 1
            print(f"{name}: does not conform: {len(violations)} violation(s)"
                  + (f", {len(found) - len(violations)} warning(s)" if len(found) > len(violations) else ""))
        else:
            print(f"{name}: conforms ({len(data):,} triples)"
                  + (f", {len(found)} warning(s)" if found else ""))
        for p in found:
            print(format_problem(p))
    sys.stdout.flush()
    return 1 if failed else 0
