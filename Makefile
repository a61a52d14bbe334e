# titfortat: two commands on a fresh machine.
#   make demo   sets up .venv and codes the bundled sample corpus into titfortat-demo.db
#   make test   sets up .venv (with every extra), the services the tests use, and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STAMP := $(VENV)/.installed-core

.PHONY: demo test install services bench clean

# The coder with the plots: enough to code, store and run the demo with its dyad plot.
$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[web]"
	touch $(DEMO_STAMP)

# Everything, with the test tools.
$(STAMP): pyproject.toml $(DEMO_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[all]"
	touch $(STAMP)

install: $(STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/titfortat demo

# Test services (PostgreSQL on loopback, Chromium for the browser tests): each script in
# scripts/services/ installs what it needs from Debian's packages if missing and starts it.
services: $(STAMP)
	@for s in scripts/services/*.sh; do [ -e "$$s" ] || continue; echo "== $$s"; bash "$$s" || exit 1; done

test: $(STAMP) services
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/titfortat bench

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache titfortat-demo.db* titfortat-demo-* plotly.min.js .services
