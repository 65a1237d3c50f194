# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
SEEDS  := seeds
GRAPHS := graphs
SHARED ?= ../shared/data

.PHONY: install run test train evaluate bench clean-venv

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Re-install when the project metadata changes; the pkuseg model comes from the registry (pkuseg 0.0.25 sdist).
$(STAMP): pyproject.toml extractor/pkuseg_model.py | $(PY)
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m extractor.pkuseg_model
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/zhkg extract $(SEEDS) -o $(GRAPHS)/seeds.ttl

test: install
	$(VENV)/bin/pytest -q

# Trains what we ship from ../shared/data (resumable; see MODELS.md).
train: install
	$(PY) -m extractor.training --data $(SHARED)

evaluate: install
	$(VENV)/bin/zhkg evaluate --data $(SHARED)

bench: install
	$(PY) -m extractor.bench

clean-venv:
	rm -rf $(VENV)
