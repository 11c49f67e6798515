# Two commands on a fresh machine with Python 3.11+ and make:
#   make build   create .venv, install kg, build the graph of seeds/ into exports/
#   make test    create .venv, install kg with its test tools, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test lint typecheck corpus benchmark eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/kg build seeds -o exports --validate

# The preview page is tested in a real headless browser: Debian's chromium, installed when missing.
CHROMIUM := /usr/bin/chromium

$(CHROMIUM):
	-(apt-get update -qq && apt-get install -y -qq chromium) > /dev/null 2>&1 || \
	  (sudo -n apt-get update -qq && sudo -n apt-get install -y -qq chromium) > /dev/null 2>&1 || \
	  echo "chromium could not be installed: the browser test will be skipped"

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/mypy

corpus: $(STAMP)
	$(BIN)/kg build ../shared/corpus/nci -o build/nci-kg

benchmark: $(STAMP)
	$(BIN)/python benchmarks/perf.py all ../shared/corpus/nci
	$(BIN)/python benchmarks/build_corpus.py ../shared/corpus/nci --scaling
	$(BIN)/kg build ../shared/corpus/nci -o build/nci-kg > /dev/null
	$(BIN)/python benchmarks/queries.py build/nci-kg/kg.nt

eval: $(STAMP)
	$(BIN)/kg eval --gold ../shared/gold --corpus ../shared/corpus/nci --summary

clean:
	rm -rf $(VENV) build
