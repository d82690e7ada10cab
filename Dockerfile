# The production image: web (uvicorn), Celery worker and beat all run from it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# Static files are collected at build time; the base profile needs no secrets for that.
RUN DJANGO_SETTINGS_MODULE=config.settings.base python manage.py collectstatic --noinput \
    && useradd --system --uid 10001 sommelier \
    && mkdir -p /app/var && chown sommelier /app/var
USER sommelier

ENV DJANGO_SETTINGS_MODULE=config.settings.production
EXPOSE 8000
# config.serve starts uvicorn with TRUSTED_PROXIES as its forwarded-allow-ips and a graceful
# shutdown (WEB_GRACEFUL_SHUTDOWN_SECONDS, 5 s) shorter than the runtime's grace period.
CMD ["python", "-m", "config.serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
