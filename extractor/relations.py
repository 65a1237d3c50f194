"""Relations from patterns over sentences, each with its evidence span and a confidence.
Stand-in: finds nothing yet."""
from __future__ import annotations

from .records import Analysis, Entity, Relation


def extract_relations(analysis: Analysis, mention_entities: dict[tuple[int, int], str],
                      entities: dict[str, Entity]) -> list[Relation]:
    return []
