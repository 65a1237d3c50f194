"""Figures (`kg_figures`): numbers turned into values with their unit, hedge and the metric they measure.
Stand-in: finds nothing yet."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .records import Figure

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)


class FigureMatcher:
    """Sets `doc._.figures`: a list of `Figure` whose offsets index `doc.text`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = find_figures(doc.text)
        return doc


def find_figures(text: str) -> list[Figure]:
    return []


@Language.factory("kg_figures")
def make_figure_matcher(nlp: Language, name: str) -> FigureMatcher:
    return FigureMatcher()
