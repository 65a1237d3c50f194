"""End-to-end quality on three short business articles written and annotated for this project
(tests/fixtures/articles): floors under which a change has made extraction worse."""
from __future__ import annotations

from score_articles import score


def test_extraction_quality_on_annotated_articles(nlp):
    s = score(nlp)
    assert s["entity_recall"] >= 0.85, s["details"]
    assert s["entity_precision"] >= 0.85, s["details"]
    assert s["figure_recall"] >= 0.8, s["details"]
    assert s["relation_recall"] >= 0.7, s["details"]
    assert s["relation_pair_precision"] >= 0.7, s["details"]
