# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/parallax sources

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_analysis.py
	$(BIN)/python bench/bench_reader.py
	$(BIN)/python bench/bench_fetch.py
	$(BIN)/python bench/bench_lineage.py
	$(BIN)/python bench/bench_cache.py

screenshot: $(STAMP)
	$(BIN)/python -m tui.reader.screenshot docs/screenshot.svg

clean:
	rm -rf $(VENV) build src/*.egg-info
