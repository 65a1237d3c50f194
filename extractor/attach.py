"""Attach figures to the entity they are about. Stand-in: nothing attached yet."""
from __future__ import annotations

from .records import Analysis, Observation


def attach_figures(analysis: Analysis, mention_entities: dict[tuple[int, int], str],
                   entity_types: dict[str, str]) -> list[Observation]:
    return []
