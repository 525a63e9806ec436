# Two entry points: `make run` and `make test`. Both bootstrap .venv/ from pinned dependencies.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# Prefer a Python with Django 6 support (3.12+); fall back to python3 (3.11 runs Django 5.2 LTS).
PYTHON ?= $(shell for p in python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3) python3; do \
	  if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then echo $$p; break; fi; done)
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE := plenipo.settings

.PHONY: run test lint bench install data clean system-deps audit

$(STAMP): pyproject.toml requirements/constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required (python3 not found)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip==26.3"
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

data: $(STAMP)
	$(BIN)/plenipo migrate --noinput
	$(BIN)/plenipo load-data --if-empty

run: data
	PLENIPO_DEBUG=true $(BIN)/plenipo runserver 127.0.0.1:8000

test: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check --fix src tests bench scripts
	$(BIN)/ruff format src tests bench scripts

bench: $(STAMP)
	$(BIN)/python bench/status.py
	$(BIN)/python bench/meetings.py
	$(BIN)/python bench/letters.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/reading.py --part development

# Known vulnerabilities in the installed, pinned dependencies. Needs the network (the
# advisory database), so it is not part of `make test`; --strict fails when a package could
# not be checked rather than reporting it clean.
audit: $(STAMP)
	$(BIN)/pip-audit --strict --skip-editable --progress-spinner off

system-deps:
	bash scripts/system-deps.sh

clean:
	rm -rf $(VENV) var
