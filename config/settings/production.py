"""Production profile: real services and hardened HTTP settings.

``python manage.py check --deploy`` passes with no warnings under this profile
(``tests/test_settings.py`` proves it).
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_url
from config.settings.base import *  # noqa: F403
from config.settings.base import DATABASE_URL, INSECURE_DEVELOPMENT_SECRET_KEY, REDIS_URL, SECRET_KEY

if SECRET_KEY == INSECURE_DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters in production."
    )
if not DATABASE_URL or not DATABASE_URL.startswith(("postgres://", "postgresql://")):
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL in production.")
if not REDIS_URL:
    raise ImproperlyConfigured("REDIS_URL must be set in production (cache, rate limits, Celery broker).")
if not env_url("SITE_URL", schemes=("http", "https")):
    raise ImproperlyConfigured(
        "SITE_URL must be set in production to the public address diners use (it is printed on QR codes)."
    )

DEBUG = False

# TLS is terminated by the proxy in front of us; it tells us the original scheme.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# Probes and the Prometheus scrape come from inside the network, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health$", r"^readiness$", r"^liveness$", r"^metrics$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000, min_value=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
