# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements*.txt scripts/install_packages.sh | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format worker bench eval train-pairing faults prod-smoke manifests clean

# scripts/install_packages.sh is the one place that says how packages go in (the image's too).
$(STAMP): $(wildcard requirements*.txt) scripts/install_packages.sh
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	sh scripts/install_packages.sh $(PY) dev
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Serves the product on the embedded default: SQLite, in-process cache, eager Celery, embedded Chroma.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py load_demo_data
	$(PY) -m config.serve --host $(HOST) --port $(PORT)

# The whole suite on real PostgreSQL and Redis (scripts/test_services.py finds or starts them).
test: install lint
	sh scripts/ensure_chromium.sh
	$(PY) scripts/test_services.py -- $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# A Celery worker for production-like runs (needs REDIS_URL or CELERY_BROKER_URL).
worker: install
	$(VENV)/bin/celery -A config worker -Q default,imports --loglevel INFO

clean:
	rm -rf $(VENV) var staticfiles .services .mypy_cache .ruff_cache .pytest_cache

# Benchmarks print ratios against a baseline measured in the same run.
bench: install
	$(PY) scripts/test_services.py -- $(PY) bench/bench_wine_import.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_cache.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_gateway.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_retrieval.py
	$(PY) bench/bench_embeddings.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_api.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_recording.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_rollups.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_qr.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_diner.py
	$(PY) scripts/test_services.py -- $(PY) bench/bench_text_ops.py

# The fault suite: production settings on private PostgreSQL, Redis, web tier, worker and beat,
# each broken on purpose (README "Fault suite"); `make faults FAULTS="celery redis"` runs some.
faults: install
	$(PY) -m faults $(FAULTS)

# The production topology as processes on one machine, from the image's and manifests' commands
# (two uvicorn workers, a worker per queue, beat, a Chroma server, the model server, PostgreSQL,
# Redis), driven as users do, then checked (README "Production smoke"). About three minutes.
prod-smoke: install
	$(PY) -m faults.smoke

# Render deploy/k8s (base and production overlay) with kubectl kustomize and check every
# resource against Kubernetes' schemas and our rules (also part of `make test`).
manifests: install
	$(PY) scripts/validate_manifests.py

# Offline evaluation of recommendations on the demo lists, in a throwaway database.
eval: install
	$(PY) scripts/test_services.py -- env DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py evaluate_recommendations
	$(PY) scripts/test_services.py -- env DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py evaluate_text_operations

# Refit the learned pairing model (recommendations/pairing/learned_weights.json) on the tuning
# half and the guidance corpus (recommendations/pairing/guidance_corpus.json) against the demo
# lists; commit the file it writes. About twenty minutes on two cores.
train-pairing: install
	$(PY) scripts/test_services.py -- env DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py train_pairing_model -v 2
