"""zhkg: offline Chinese knowledge-graph extraction (spaCy + NetworkX + rdflib)."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["load_pipeline", "__version__"]


def load_pipeline(*args, **kwargs):
    """The shipped spaCy pipeline: pkuseg tokenizer, sentences, NER, gazetteer, cue patterns, figures."""
    from .pipeline import load_pipeline as _load

    return _load(*args, **kwargs)
