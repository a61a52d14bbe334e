# titfortat: two commands on a fresh machine.
#   make demo   sets up .venv and codes the bundled sample corpus into titfortat-demo.db
#   make test   sets up .venv and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/titfortat demo

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pytest tests -m slow -q

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache titfortat-demo.db*
