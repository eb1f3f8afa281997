# `make demo` and `make test` work on a machine that has only Python 3.11 and pip: if uv is missing it is
# installed with pip, then `uv sync` installs everything from pyproject.toml and uv.lock into .venv.
SHELL := /bin/bash
PYTHON ?= python3
# Without uv on PATH, use the one pip installs (`python3 -m uv` works wherever pip put its script).
UV ?= $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")

.PHONY: help demo test lint pytest run serve docs clean uv sync

help:
	@echo "make demo   the whole pipeline once on the bundled offline replica (installs everything first)"
	@echo "make test   the test suite and the linters"
	@echo "make run    the whole pipeline once on the live sites"
	@echo "make serve  the daily Prefect deployment (diwan-daily, 07:00 Asia/Baghdad)"
	@echo "make docs   regenerate the dbt docs site and print where both docs sites are"
	@echo "make clean  remove the data folder (data/)"

demo: sync
	$(UV) run diwan demo

test: lint pytest

lint: sync
	$(UV) run ruff check .
	$(UV) run sqlfluff lint dbt_project/models dbt_project/analyses

pytest: sync
	$(UV) run pytest

run: sync
	$(UV) run diwan run

serve: sync
	$(UV) run diwan serve

docs: sync
	$(UV) run diwan docs

clean:
	rm -rf data

# pip refuses --user inside a virtualenv and any install into an "externally managed" system Python
# (PEP 668, e.g. Debian's); the last resort is a --user install, which leaves the system's packages alone.
uv:
	@$(UV) --version >/dev/null 2>&1 || { \
	  echo "uv not found: installing it with pip"; \
	  $(PYTHON) -m pip install --user --quiet uv 2>/dev/null \
	    || $(PYTHON) -m pip install --quiet uv 2>/dev/null \
	    || $(PYTHON) -m pip install --user --quiet --break-system-packages uv; \
	}
	@$(UV) --version

sync: uv
	$(UV) sync
