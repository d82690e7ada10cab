"""Settings come from the environment, typed, and fail loudly on bad values."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_choice, env_float, env_int, env_list, env_url

ROOT = Path(__file__).resolve().parent.parent
SERVICE_VARIABLES = ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL", "CHROMA_HOST", "LLM_BASE_URL")


def clean_environment() -> dict[str, str]:
    """This process's environment without the variables that pick services or a settings profile."""
    return {
        key: value
        for key, value in os.environ.items()
        if key not in SERVICE_VARIABLES and not key.startswith(("DJANGO_", "SOMMELIER_"))
    }


def manage(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = clean_environment()
    clean.update({"SOMMELIER_DATA_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRINT_SERVICES = (
    "from django.conf import settings as s; "
    "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.CELERY_TASK_ALWAYS_EAGER, s.CHROMA_HOST)"
)


def test_unset_means_the_embedded_default(tmp_path: Path) -> None:
    result = manage("shell", "-v", "0", "-c", PRINT_SERVICES, tmp_path=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "True",
        "None",
    ]


def test_service_urls_switch_to_real_services(tmp_path: Path) -> None:
    result = manage(
        "shell",
        "-v",
        "0",
        "-c",
        PRINT_SERVICES,
        tmp_path=tmp_path,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/sommelier",
        REDIS_URL="redis://127.0.0.1:6379/0",
        CHROMA_HOST="chroma",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "django_redis.cache.RedisCache",
        "False",
        "chroma",
    ]


def test_a_model_server_url_makes_the_bundled_model_a_self_hosted_local_tier(tmp_path: Path) -> None:
    show = (
        "from llm.registry import model_registry; s = model_registry()['local']; "
        "print(s.provider, s.model or '-', s.base_url, s.self_hosted, s.is_remote, s.cost(1000, 1000), s.endpoint)"
    )

    served = manage("shell", "-v", "0", "-c", show, tmp_path=tmp_path, LLM_LOCAL_BASE_URL="http://llm:8080/v1")
    in_process = manage("shell", "-v", "0", "-c", show, tmp_path=tmp_path)

    assert served.returncode == 0, served.stderr
    assert served.stdout.split() == [
        "openai", "smollm2-135m", "http://llm:8080/v1", "True", "False", "0", "openai@http://llm:8080/v1",
    ]  # fmt: skip
    assert in_process.returncode == 0, in_process.stderr
    provider, _path, base_url, self_hosted, is_remote, cost, endpoint = in_process.stdout.split()
    assert (provider, base_url, self_hosted, is_remote, cost, endpoint) == (
        "local",
        "None",
        "False",
        "False",
        "0",
        "local",
    )


def test_the_production_profile_passes_check_deploy_with_no_warnings(tmp_path: Path) -> None:
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        tmp_path=tmp_path,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="k" * 20 + "Qx7!pZr2#mW9vLs4&tYb8@nHc3$fJd6%gKe1^",
        DJANGO_ALLOWED_HOSTS="sommelier.example.com",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/sommelier",
        REDIS_URL="redis://127.0.0.1:6379/0",
        SITE_URL="https://sommelier.example.com",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert "WARNING" not in result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters in production."),
        ({"DJANGO_SECRET_KEY": "s" * 60}, "DATABASE_URL must point at PostgreSQL in production."),
        (
            {"DJANGO_SECRET_KEY": "s" * 60, "DATABASE_URL": "postgres://db/sommelier"},
            "REDIS_URL must be set in production (cache, rate limits, Celery broker).",
        ),
        (
            {"DJANGO_SECRET_KEY": "s" * 60, "DATABASE_URL": "postgres://db/sommelier", "REDIS_URL": "redis://r/0"},
            "SITE_URL must be set in production to the public address diners use (it is printed on QR codes).",
        ),
    ],
)
def test_the_production_profile_refuses_to_start_without_its_services(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    result = manage("check", tmp_path=tmp_path, DJANGO_SETTINGS_MODULE="config.settings.production", **env)

    assert result.returncode != 0
    assert f"django.core.exceptions.ImproperlyConfigured: {message}" in result.stderr


def test_a_bad_value_stops_the_process_naming_the_variable(tmp_path: Path) -> None:
    result = manage("check", tmp_path=tmp_path, DJANGO_DEBUG="maybe")

    assert result.returncode != 0
    assert (
        "ImproperlyConfigured: DJANGO_DEBUG='maybe' is not a boolean: use one of true/false, yes/no, on/off, 1/0."
        in result.stderr
    )


def test_a_database_url_with_an_unknown_scheme_is_refused(tmp_path: Path) -> None:
    result = manage("check", tmp_path=tmp_path, DATABASE_URL="mysql://root@localhost/sommelier")

    assert result.returncode != 0
    assert "DATABASE_URL must be a URL starting with postgres:// or postgresql:// or sqlite://" in result.stderr


def test_env_bool_reads_the_usual_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, expected in [("true", True), ("YES", True), ("1", True), ("off", False), ("0", False), ("", True)]:
        monkeypatch.setenv("FLAG", value)
        assert env_bool("FLAG", True) is expected


def test_env_int_enforces_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "70000")
    with pytest.raises(ImproperlyConfigured, match=r"^PORT=70000 is above the maximum of 65535.$"):
        env_int("PORT", 1, max_value=65535)
    monkeypatch.setenv("PORT", "eighty")
    with pytest.raises(ImproperlyConfigured, match=r"^PORT='eighty' is not a whole number.$"):
        env_int("PORT", 1)


def test_env_float_choice_list_and_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMEOUT", "-1")
    with pytest.raises(ImproperlyConfigured, match=r"^TIMEOUT=-1.0 is below the minimum of 0.1.$"):
        env_float("TIMEOUT", 1.0, min_value=0.1)
    monkeypatch.setenv("LEVEL", "LOUD")
    with pytest.raises(ImproperlyConfigured, match=r"^LEVEL='LOUD' must be one of: INFO, DEBUG.$"):
        env_choice("LEVEL", "INFO", ("INFO", "DEBUG"))
    monkeypatch.setenv("HOSTS", " a.example , ,b.example")
    assert env_list("HOSTS", []) == ["a.example", "b.example"]
    monkeypatch.setenv("URL", "redis://cache:notaport/0")
    with pytest.raises(ImproperlyConfigured, match="has an invalid port"):
        env_url("URL", schemes=("redis",))


@pytest.mark.parametrize(
    ("trusted", "proxy_headers", "allowed"),
    [("", False, None), ("10.0.0.0/8, 192.168.1.5", True, ["10.0.0.0/8", "192.168.1.5"])],
)
def test_uvicorn_is_started_with_the_trusted_proxies_and_a_short_graceful_shutdown(
    tmp_path: Path, trusted: str, proxy_headers: bool, allowed: list[str] | None
) -> None:
    """config.serve hands uvicorn the same TRUSTED_PROXIES the rate limiter believes (read in a fresh process)."""
    script = (
        "import json, uvicorn, config.serve as serve\n"
        "uvicorn.run = lambda app, **options: print(json.dumps(options))\n"
        "serve.main(['--port', '8123', '--workers', '2'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            **clean_environment(),
            "SOMMELIER_DATA_DIR": str(tmp_path),
            "TRUSTED_PROXIES": trusted,
            "WEB_GRACEFUL_SHUTDOWN_SECONDS": "7",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    options = json.loads(result.stdout.strip().splitlines()[-1])
    assert options["proxy_headers"] is proxy_headers
    assert options["forwarded_allow_ips"] == allowed
    assert (options["port"], options["workers"], options["timeout_graceful_shutdown"]) == (8123, 2, 7)
