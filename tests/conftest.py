from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"

needs_corpora = pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data (training corpora) not present")


@pytest.fixture(scope="session")
def nlp():
    """The shipped pipeline, loaded once per test session (loading the segmenter takes seconds)."""
    from extractor import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
