"""Training recipe for the shipped statistical NER (`python -m extractor.training --data ../shared/data`).
Steps (each resumable: skipped when its output exists): prepare → lexicon → train → evaluate → ship."""
