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

# Short coverage-guided fuzzing (atheris) of decoding, cleaning and figure parsing: bounded runs and time.
# The seed corpus is copied to a scratch folder so libFuzzer's finds never land in the repository.
.PHONY: fuzz
FUZZ_RUNS ?= 20000
FUZZ_SECONDS ?= 120
fuzz: install
	$(PY) -c "import atheris" 2>/dev/null || $(PY) -m pip install -q atheris
	work=$$(mktemp -d) && cp fuzz/corpus/* $$work/ && \
	$(PY) fuzz/fuzz_stages.py -runs=$(FUZZ_RUNS) -max_total_time=$(FUZZ_SECONDS) -max_len=1024 -timeout=20 \
		-artifact_prefix=$$work/ $$work; status=$$?; \
	if [ $$status -ne 0 ]; then echo "fuzz: crash input kept in $$work"; else rm -rf $$work; fi; exit $$status
