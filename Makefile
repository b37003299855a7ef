# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Development mode for what runs from here (the demo, the tests, makemigrations --check); the
# settings default to DEBUG off. Production sets its own environment (docker-compose.yml).
export DJANGO_DEBUG ?= true

.PHONY: run code test lint pytest bench clean

run: $(VENV)/.installed
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py search_index
	@echo ""
	@echo "  Public site: http://127.0.0.1:$(PORT)/"
	@echo "  Staff admin: http://127.0.0.1:$(PORT)/admin/  (demo logins above)"
	@echo "  Second factor: after the password, enter the 6-digit code that \`make code\`"
	@echo "                 prints (run it in another terminal; the same code for every demo user)."
	@echo "  Web server, two Celery workers (main and publication) and beat start now. Ctrl-C stops all four."
	@echo ""
	WEB_PORT=$(PORT) $(BIN)/honcho -f Procfile.dev start

code: $(VENV)/.installed
	@$(BIN)/python manage.py demo_code

test: $(VENV)/.installed lint pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache --no-logo
	$(BIN)/python manage.py makemigrations --check --dry-run

pytest: $(VENV)/.installed
	$(BIN)/python -m pytest --cov=reviews --cov=publishing --cov=nelscp --cov-branch --cov-report=term:skip-covered

bench: $(VENV)/.bench-installed
	$(BIN)/python bench/run.py

$(VENV)/.bench-installed: $(VENV)/.installed requirements-bench.txt
	$(BIN)/python -m pip install --quiet -r requirements-bench.txt
	touch $@

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache .coverage
