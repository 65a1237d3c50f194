"""The main job: documents → analyses → entities → relations and figures → graph → Turtle."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import networkx as nx
from spacy.language import Language

from .analyse import analyse
from .attach import attach_figures
from .errors import InputError
from .graph import build_graph, summary
from .io import collect_inputs, read_document, write_atomic
from .rdf import graph_to_rdf, to_turtle
from .records import Analysis, Document
from .relations import extract_relations, people_and_speaker_organisations
from .resolve import resolve_entities


@dataclass
class Extraction:
    graph: nx.MultiDiGraph
    analyses: list[Analysis]
    skipped: list[str] = field(default_factory=list)  # one line per document that could not be read

    @property
    def stats(self) -> dict[str, int]:
        return summary(self.graph)


def extract_documents(documents: Iterable[Document], nlp: Language,
                      on_document: Callable[[Document], None] | None = None) -> Extraction:
    analyses = []
    for document in documents:
        analyses.append(analyse(document, nlp))
        if on_document:
            on_document(document)
    return link(analyses)


def link(analyses: list[Analysis]) -> Extraction:
    """Everything after the NLP stage: resolution, relations, figures, graph."""
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e.id: e for e in entities}
    types = {e.id: e.type for e in entities}
    relations, observations = [], []
    for a in analyses:
        local = {(s, e): eid for (d, s, e), eid in mention_entity.items() if d == a.document.doc_id}
        found = extract_relations(a, local, by_id)
        relations.extend(found)
        people, speakers = people_and_speaker_organisations(a, local, by_id, found)
        observations.extend(attach_figures(a, local, types, speakers, people))
    return Extraction(build_graph(analyses, entities, relations, observations), analyses)


def read_inputs(paths: list[str], on_error: Callable[[str], None]) -> list[Document]:
    """Read every input; a document that cannot be read is reported through `on_error` and skipped."""
    docs = []
    for path in collect_inputs(paths):
        try:
            docs.append(read_document(path))
        except InputError as exc:
            on_error(str(exc))
    return docs


def extract_paths(paths: list[str], out: str | Path, nlp: Language,
                  on_document: Callable[[Document], None] | None = None,
                  on_error: Callable[[str], None] = lambda msg: None, base: str | None = None) -> Extraction:
    skipped: list[str] = []
    documents = read_inputs(paths, skipped.append)
    if not documents:
        # nothing to do: one line that says why (the reason itself when there was a single input)
        if len(skipped) == 1:
            raise InputError(skipped[0])
        raise InputError(f"no readable input documents ({len(skipped)} skipped, first: {skipped[0]})" if skipped
                         else "no input documents (.txt, .md, .html) in " + ", ".join(paths))
    for msg in skipped:
        on_error(msg)
    result = extract_documents(documents, nlp, on_document)
    result.skipped = skipped
    write_atomic(out, to_turtle(graph_to_rdf(result.graph, base)))
    return result
