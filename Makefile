# The two commands of the README:
#   make run    set up .venv and run one monitoring cycle (default config, SQLite in data/)
#   make test   set up .venv and the Debian packages the tests drive (PostgreSQL,
#               Chromium), then run the linter and the test suite
#   make test-fast   the linter and the fast lane (pytest -m "not slow")
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: setup services run test test-fast demo lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

services:
	scripts/test-services.sh

run: setup
	$(BIN)/newswatch run

demo: setup
	$(BIN)/newswatch demo

lint: setup
	$(BIN)/ruff check .

test: setup services lint
	$(BIN)/pytest -q

# No child processes, no PostgreSQL: under a minute.
test-fast: setup lint
	$(BIN)/pytest -q -m "not slow"

bench: setup
	for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
