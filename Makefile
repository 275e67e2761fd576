# Two commands on a fresh clone: `make demo` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= sqlite:///demo.db

.PHONY: demo test install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The spaCy English pipeline is pinned by hash in constraints.txt (a hashed line puts pip in
# hash-checking mode for the whole file, so it is installed on its own).
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r constraints.txt
	$(BIN)/pip install --quiet -e .
	touch $@

# the tests include the Ray runner (tests/test_ray.py), so they install the `ray` extra; `make demo` does not
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	rm -f demo.db
	$(BIN)/armstrack ingest examples/articles --db $(DEMO_DB)
	$(BIN)/armstrack stats --db $(DEMO_DB)
	$(BIN)/armstrack transfers --db $(DEMO_DB)
	$(BIN)/armstrack export --db $(DEMO_DB) --format json -o demo-export.json
	@echo "Exported the demo records to demo-export.json"
	@echo "Browse them: $(BIN)/armstrack serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

test: install-dev
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo.db demo-export.json .pytest_cache
