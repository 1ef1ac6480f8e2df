# The two commands of the README:
#   make run    set up .venv and run one monitoring cycle (default config, SQLite in data/)
#   make test   set up .venv and the Debian packages the tests drive (PostgreSQL,
#               Chromium), then run the linter and the test suite
#   make test-fast   the linter and the fast lane (pytest -m "not slow")
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: setup services run test test-fast demo lint bench docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

services:
	scripts/test-services.sh

# `check` first: its findings (a start URL gone, a pattern matching nothing) are
# printed, but only a bad config (exit 2) stops here.  A finding on one source
# must not stop the others from being watched, and the cycle records and notes
# the same trouble itself.
run: setup
	@$(BIN)/newswatch check; status=$$?; \
	if [ $$status -eq 2 ]; then exit 2; fi; \
	if [ $$status -ne 0 ]; then echo "make run: newswatch check found problems (above); running the cycle anyway"; fi
	@$(BIN)/newswatch run; status=$$?; \
	if [ $$status -ne 0 ]; then \
	  echo "make run: the cycle ended with exit $$status (see above; 'newswatch sources' tells each source's state)."; \
	  echo "make run: no network here? 'make demo' runs the same cycle offline on a local copy of xhby.net."; \
	fi; exit $$status

demo: setup
	$(BIN)/newswatch demo

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

# Two workers: most slow tests wait on child processes, not on the CPU; a
# module's tests stay on one worker so its module-scoped crawls run once, and
# the longest modules are handed out first (tests/conftest.py, LONGEST_FIRST).
test: setup services lint
	$(BIN)/pytest -q -n 2 --dist loadfile

# No child processes, no PostgreSQL: under a minute.
test-fast: setup lint
	$(BIN)/pytest -q -m "not slow"

# docs/reliability.md from what the reliability tests observe (SQLite and PostgreSQL):
# the tests record JSON in tmp/artifacts/reliability, the script writes the page.
RELIABILITY_TESTS = tests/test_faults.py tests/test_outcomes.py tests/test_outcomes_postgresql.py \
                    tests/test_crash.py tests/test_bad_config.py
docs: setup services
	rm -rf tmp/artifacts/reliability
	NEWSWATCH_ARTIFACTS=tmp/artifacts $(BIN)/pytest -q -n 2 --dist loadfile $(RELIABILITY_TESTS)
	$(BIN)/python scripts/reliability_doc.py --artifacts tmp/artifacts

bench: setup
	for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
