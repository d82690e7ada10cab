"""/metrics: Prometheus text, not public, and the sum over every process with PROMETHEUS_MULTIPROC_DIR."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client, override_settings

from analytics.metrics import rate_limit_rejected

TOKEN = "a-long-random-metrics-token"


def test_it_is_refused_without_a_token_or_an_allowed_network() -> None:
    with override_settings(METRICS_TOKEN=TOKEN, METRICS_ALLOWED_NETWORKS=[]):
        response = Client().get("/metrics")
        wrong = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer wrong")

    assert response.status_code == wrong.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_a_forwarded_for_header_does_not_open_it() -> None:
    with override_settings(METRICS_TOKEN=None, METRICS_ALLOWED_NETWORKS=["10.0.0.0/8"]):
        response = Client().get("/metrics", HTTP_X_FORWARDED_FOR="10.1.2.3")

    assert response.status_code == 401


@pytest.mark.django_db
def test_it_shows_requests_model_calls_rejections_and_queue_depths_with_the_token() -> None:
    rate_limit_rejected("ip")
    Client().get("/liveness")
    with override_settings(METRICS_TOKEN=TOKEN):
        response = Client().get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    text = response.content.decode()
    assert 'sommelier_rate_limit_rejections_total{layer="ip"}' in text
    assert 'sommelier_http_requests_total{method="GET",route="liveness",status="200"}' in text
    assert 'sommelier_http_request_duration_seconds_bucket{le="0.005",method="GET",route="liveness"}' in text
    assert 'sommelier_celery_queue_depth{queue="default"}' in text
    assert "sommelier_analytics_spool_depth" in text
    assert "# TYPE sommelier_llm_calls_total counter" in text or "# TYPE sommelier_llm_calls counter" in text


@pytest.mark.django_db
def test_an_allowed_network_needs_no_token() -> None:
    with override_settings(METRICS_TOKEN=None, METRICS_ALLOWED_NETWORKS=["127.0.0.0/8"]):
        response = Client().get("/metrics", REMOTE_ADDR="127.0.0.1")

    assert response.status_code == 200


@pytest.mark.slow
def test_with_a_multiprocess_directory_it_adds_up_every_process(tmp_path: Path) -> None:
    env: dict[str, Any] = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    count = (
        "import django; django.setup(); from analytics.metrics import rate_limit_rejected; rate_limit_rejected('key')"
    )
    for _ in range(2):
        subprocess.run([sys.executable, "-c", count], env=env, check=True)
    scrape = "import django; django.setup(); from analytics.exposition import exposition; print(exposition().decode())"

    text = subprocess.run([sys.executable, "-c", scrape], env=env, check=True, capture_output=True, text=True).stdout

    assert 'sommelier_rate_limit_rejections_total{layer="key"} 2.0' in text
