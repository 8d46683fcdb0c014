# stanceline: the two commands a newcomer needs are `make report` and `make test`.
# Both create .venv if it is missing and are safe to re-run.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS ?= data/articles
ANNOTATOR ?= builtin
SITE ?= build/site
STAMP := $(VENV)/.installed

.PHONY: install report test test-unit test-notebooks notebooks benchmark clean

install: $(STAMP)

# torch is pinned first: unpinned, pip would pick a multi-GB CUDA build for stanza
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet "torch==2.13.0"
	$(PY) -m pip install --quiet -e ".[notebooks,test]"
	touch $(STAMP)

report: install
	$(PY) -m stanceline report --corpus $(CORPUS) --annotator $(ANNOTATOR) --out $(SITE)

test: install
	$(PY) -m pytest -q tests
	$(PY) -m pytest -q --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks

test-unit: install
	$(PY) -m pytest -q tests

test-notebooks: install
	$(PY) -m pytest -q --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks

# re-execute the notebooks in place (after changing code or data), so nbval compares new outputs
notebooks: install
	for nb in notebooks/[0-9]*.ipynb; do \
	  (cd notebooks && ../$(PY) -m jupyter nbconvert --to notebook --execute --inplace $$(basename $$nb)) || exit 1; \
	done

benchmark: install
	$(PY) benchmarks/bench_annotate.py
	$(PY) benchmarks/bench_stances.py

clean:
	rm -rf build .cache .pytest_cache
