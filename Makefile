# The two set-up commands are `make test` and `make run`; everything else is a helper.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SAMPLES := ingest/samples
STORE   ?= sqlite:///./diplograph.db

.PHONY: test test-long lint run neo4j neo4j-stop bench bench-full clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Builds the local Neo4j once (jars cached in ~/.m2); the test session starts and stops it.
test: lint
	$(BIN)/python -m diplograph.neo4j_local build
	$(BIN)/pytest -q -m "not slow" -p no:cacheprovider

test-long: lint
	$(BIN)/python -m diplograph.neo4j_local build
	$(BIN)/pytest -q -m slow -p no:cacheprovider

run: $(STAMP)
	$(BIN)/diplograph ingest $(SAMPLES) --store $(STORE)
	$(BIN)/diplograph serve --store $(STORE) --host 127.0.0.1 --port 8000

neo4j: $(STAMP)
	$(BIN)/diplograph neo4j start

neo4j-stop: $(STAMP)
	$(BIN)/diplograph neo4j stop

bench: $(STAMP)
	$(BIN)/python -m bench.run --quick

bench-full: $(STAMP)
	$(BIN)/python -m bench.run --full

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache tools/neo4j-local/target
