"""The Kubernetes manifests (deploy/k8s): they render, pass the API schemas and our rules, and the rules can fail.

No database: scripts/validate_manifests.py reads YAML and runs ``kubectl kustomize``.
"""

from __future__ import annotations

import copy
import importlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

# scripts/ is not a package: imported by name at run time (a static import would make mypy
# see the script under two module names).
manifests: Any = importlib.import_module("scripts.validate_manifests")

Document = dict[str, Any]

needs_kubectl = pytest.mark.skipif(
    shutil.which("kubectl") is None,
    reason="kubectl is not on PATH: the kustomizations cannot be rendered (the base is still checked from its files)",
)


def find(documents: list[Document], kind: str, name: str) -> Document:
    matches = [d for d in documents if d["kind"] == kind and d["metadata"]["name"].startswith(name)]
    assert len(matches) == 1, f"{kind}/{name}: {len(matches)} matches"
    return matches[0]


def container(document: Document) -> Document:
    first: Document = document["spec"]["template"]["spec"]["containers"][0]
    return first


@pytest.fixture(scope="module")
def base() -> list[Document]:
    documents: list[Document] = manifests.base_documents_from_files()
    return documents


def test_the_base_files_pass_without_kubectl(base: list[Document]) -> None:
    report = manifests.check_documents(base)

    assert report.problems == []
    assert len(report.resources) == len(base) + 1  # one line per resource, and the whole set


@needs_kubectl
@pytest.mark.parametrize("target", manifests.default_targets(), ids=lambda path: path.name)
def test_every_kustomization_renders_and_passes(target: Path) -> None:
    documents = manifests.render(target, shutil.which("kubectl"))
    report = manifests.check_documents(documents)

    assert report.problems == []
    assert {"Deployment", "StatefulSet", "Job", "Service", "ConfigMap"} <= {d["kind"] for d in documents}


@needs_kubectl
def test_the_files_read_without_kubectl_are_what_kubectl_renders(base: list[Document]) -> None:
    rendered = manifests.render(manifests.BASE_DIR, shutil.which("kubectl"))

    def names(documents: list[Document]) -> set[str]:
        # The rendered ConfigMap's name ends in a content hash (kustomize's "-" + 10 characters).
        return {re.sub(r"^(ConfigMap/.*)-[a-z0-9]{10}$", r"\1", manifests.resource_id(d)) for d in documents}

    assert names(base) == names(rendered)
    assert (
        find(base, "ConfigMap", "sommelier-config")["data"] == find(rendered, "ConfigMap", "sommelier-config")["data"]
    )
    assert {c["image"] for d in base for c in manifests.containers(d)} == {
        c["image"] for d in rendered for c in manifests.containers(d)
    }


@needs_kubectl
def test_the_production_overlay_sets_what_production_needs() -> None:
    documents = manifests.render(manifests.K8S_DIR / "overlays" / "production", shutil.which("kubectl"))

    assert {d["metadata"].get("namespace") for d in documents if d["kind"] != "Namespace"} == {"sommelier"}
    assert find(documents, "Deployment", "sommelier-web")["spec"]["replicas"] == 3
    hpa = find(documents, "HorizontalPodAutoscaler", "sommelier-web")["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (3, 12)
    ingress = find(documents, "Ingress", "sommelier-web")["spec"]
    assert ingress["tls"][0]["hosts"] == ["sommelier.example.com"]
    assert ingress["tls"][0]["secretName"]
    config = find(documents, "ConfigMap", "sommelier-config")["data"]
    assert config["SITE_URL"] == "https://sommelier.example.com"
    assert config["DJANGO_ALLOWED_HOSTS"] == "sommelier.example.com"
    images = {c["image"] for d in documents for c in manifests.containers(d)}
    assert all(manifests.image_problem(image) is None for image in images)
    # The Secret comes from outside the repository: referenced, never rendered.
    assert not [d for d in documents if d["kind"] == "Secret"]


def test_the_secret_example_is_valid_and_never_rendered(base: list[Document]) -> None:
    example = manifests.load_documents((manifests.BASE_DIR / "secret.example.yaml").read_text(encoding="utf-8"))

    assert [d["kind"] for d in example] == ["Secret"]
    assert example[0]["metadata"]["name"] == manifests.SECRET_NAME
    assert manifests.schema_problems(example[0]) == []
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL"} <= set(example[0]["stringData"])
    assert not [d for d in base if d["kind"] == "Secret"]


def test_the_checkpoints_follow_the_settings_and_task_limits() -> None:
    from analytics.tasks import flush_records
    from chat.tasks import close_abandoned_answers
    from ratelimits.tasks import prune_rate_limit_buckets
    from recommendations.tasks import sweep_stalled_work

    # imports: one notes warm-up gateway call, the longest run between two checkpoints.
    assert manifests.CHECKPOINT_SECONDS["imports"] >= settings.LLM_DEADLINES["background"]["total"]
    # default: beat's every-few-seconds tasks end (or are killed) within their hard limit.
    tasks = (flush_records, prune_rate_limit_buckets, close_abandoned_answers, sweep_stalled_work)
    limits = [float(task.time_limit or "inf") for task in tasks]
    assert manifests.CHECKPOINT_SECONDS["default"] >= max(limits)
    # Every queue a task is routed to has a checkpoint (and so a worker grace to check).
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()} | {settings.CELERY_TASK_DEFAULT_QUEUE}
    assert routed == set(manifests.CELERY_QUEUES) == set(manifests.CHECKPOINT_SECONDS)


# --- the rules can fail: each broken copy of the base is reported, with its reason ----------


def set_image(image: str) -> Callable[[list[Document]], None]:
    def change(documents: list[Document]) -> None:
        container(find(documents, "Deployment", "sommelier-web"))["image"] = image

    return change


def drop_worker_resources(documents: list[Document]) -> None:
    del container(find(documents, "Deployment", "sommelier-worker-default"))["resources"]


def drop_model_server_cpu_limit(documents: list[Document]) -> None:
    del container(find(documents, "Deployment", "sommelier-model-server"))["resources"]["limits"]["cpu"]


def two_beats(documents: list[Document]) -> None:
    find(documents, "Deployment", "sommelier-beat")["spec"]["replicas"] = 2


def rolling_beat(documents: list[Document]) -> None:
    find(documents, "Deployment", "sommelier-beat")["spec"]["strategy"] = {"type": "RollingUpdate"}


def short_imports_grace(documents: list[Document]) -> None:
    find(documents, "Deployment", "sommelier-worker-imports")["spec"]["template"]["spec"][
        "terminationGracePeriodSeconds"
    ] = 120


def raised_background_deadline(documents: list[Document]) -> None:
    find(documents, "ConfigMap", "sommelier-config")["data"]["LLM_DEADLINE_BACKGROUND_TOTAL_SECONDS"] = "300"


def no_web_readiness(documents: list[Document]) -> None:
    del container(find(documents, "Deployment", "sommelier-web"))["readinessProbe"]


def no_chroma_liveness(documents: list[Document]) -> None:
    del container(find(documents, "StatefulSet", "sommelier-chroma"))["livenessProbe"]


def unexplained_worker(documents: list[Document]) -> None:
    del find(documents, "Deployment", "sommelier-worker-default")["metadata"]["annotations"]


def no_migrate_job(documents: list[Document]) -> None:
    documents.remove(find(documents, "Job", "sommelier-migrate"))


def no_imports_worker(documents: list[Document]) -> None:
    documents.remove(find(documents, "Deployment", "sommelier-worker-imports"))


def hpa_on_a_worker(documents: list[Document]) -> None:
    find(documents, "HorizontalPodAutoscaler", "sommelier-web")["spec"]["scaleTargetRef"]["name"] = "sommelier-beat"


def pdb_on_workers(documents: list[Document]) -> None:
    selector = find(documents, "PodDisruptionBudget", "sommelier-web")["spec"]["selector"]
    selector["matchLabels"]["app.kubernetes.io/component"] = "worker-default"


def unknown_field(documents: list[Document]) -> None:
    container(find(documents, "Deployment", "sommelier-web"))["livenesProbe"] = {"tcpSocket": {"port": 8000}}


def secret_in_config(documents: list[Document]) -> None:
    find(documents, "ConfigMap", "sommelier-config")["data"]["DATABASE_URL"] = "postgres://u:p@db/sommelier"


def no_site_url(documents: list[Document]) -> None:
    del find(documents, "ConfigMap", "sommelier-config")["data"]["SITE_URL"]


def probe_host_refused(documents: list[Document]) -> None:
    web = container(find(documents, "Deployment", "sommelier-web"))
    web["env"] = [variable for variable in web["env"] if variable["name"] != "DJANGO_ALLOWED_HOSTS"]


def short_web_grace(documents: list[Document]) -> None:
    find(documents, "Deployment", "sommelier-web")["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] = 12


def no_prometheus_mount(documents: list[Document]) -> None:
    worker = container(find(documents, "Deployment", "sommelier-worker-imports"))
    directory = find(documents, "ConfigMap", "sommelier-config")["data"]["PROMETHEUS_MULTIPROC_DIR"]
    worker["volumeMounts"] = [m for m in worker["volumeMounts"] if m["mountPath"] != directory]


def no_secret(documents: list[Document]) -> None:
    beat = container(find(documents, "Deployment", "sommelier-beat"))
    beat["envFrom"] = [source for source in beat["envFrom"] if "secretRef" not in source]


def no_part_of(documents: list[Document]) -> None:
    del find(documents, "Service", "sommelier-model-server")["metadata"]["labels"]["app.kubernetes.io/part-of"]


BROKEN = [
    (set_image("sommelier:latest"), "Deployment/sommelier-web", "is tagged latest"),
    (set_image("sommelier"), "Deployment/sommelier-web", "has no tag"),
    (set_image("chromadb/chroma:1.5"), "Deployment/sommelier-web", "floats"),
    (set_image("registry.example.com:5000/sommelier/sommelier"), "Deployment/sommelier-web", "has no tag"),
    (drop_worker_resources, "Deployment/sommelier-worker-default", "no cpu and memory requests"),
    (drop_model_server_cpu_limit, "Deployment/sommelier-model-server", "no cpu limits"),
    (two_beats, "Deployment/sommelier-beat", "beat has 2 replicas"),
    (rolling_beat, "Deployment/sommelier-beat", "Recreate"),
    (short_imports_grace, "Deployment/sommelier-worker-imports", "checkpoint interval, 180 s"),
    (raised_background_deadline, "Deployment/sommelier-worker-imports", "checkpoint interval, 300 s"),
    (no_web_readiness, "Deployment/sommelier-web", "no readinessProbe"),
    (no_chroma_liveness, "StatefulSet/sommelier-chroma", "no livenessProbe"),
    (unexplained_worker, "Deployment/sommelier-worker-default", "sommelier/probe-alternative"),
    (no_migrate_job, "(the whole set)", "no Job runs `manage.py migrate`"),
    (no_imports_worker, "(the whole set)", "no worker consumes the 'imports' queue"),
    (hpa_on_a_worker, "HorizontalPodAutoscaler/sommelier-web", "not the web Deployment"),
    (pdb_on_workers, "PodDisruptionBudget/sommelier-web", "matches no web pod"),
    (unknown_field, "Deployment/sommelier-web", "'livenesProbe' was unexpected"),
    (secret_in_config, "ConfigMap/sommelier-config", "DATABASE_URL is a secret"),
    (no_site_url, "ConfigMap/sommelier-config", "setting SITE_URL missing"),
    (probe_host_refused, "Deployment/sommelier-web", "DJANGO_ALLOWED_HOSTS does not allow"),
    (short_web_grace, "Deployment/sommelier-web", "preStop sleep plus WEB_GRACEFUL_SHUTDOWN_SECONDS"),
    (no_prometheus_mount, "Deployment/sommelier-worker-imports", "nothing writable mounted at /tmp/prometheus"),
    (no_secret, "Deployment/sommelier-beat", "does not read the Secret sommelier-secrets"),
    (no_part_of, "Service/sommelier-model-server", "label app.kubernetes.io/part-of missing"),
]


@pytest.mark.parametrize(("breaks", "resource", "reason"), BROKEN, ids=[case[0].__name__ for case in BROKEN])
def test_a_broken_manifest_is_reported(
    base: list[Document], breaks: Callable[[list[Document]], None], resource: str, reason: str
) -> None:
    documents = copy.deepcopy(base)
    breaks(documents)

    report = manifests.check_documents(documents)

    assert not report.ok
    assert any(reason in problem for problem in report.resources.get(resource, [])), report.problems
    assert any(line.startswith(f"FAIL  {resource}: ") for line in report.lines())


def test_several_breaks_are_each_reported(base: list[Document]) -> None:
    documents = copy.deepcopy(base)
    for breaks in (set_image("sommelier:latest"), drop_worker_resources, two_beats):
        breaks(documents)

    problems = manifests.check_documents(documents).problems

    assert any("is tagged latest" in problem for problem in problems)
    assert any("no cpu and memory requests" in problem for problem in problems)
    assert any("beat has 2 replicas" in problem for problem in problems)


# --- the command ----------------------------------------------------------------------------


def test_without_kubectl_the_command_says_so_and_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(manifests.shutil, "which", lambda name: None)

    assert manifests.main([]) == 2
    assert "kubectl not found" in capsys.readouterr().err


def test_without_kubectl_base_only_checks_the_files(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(manifests.shutil, "which", lambda name: None)

    assert manifests.main(["--base-only"]) == 0
    out = capsys.readouterr().out
    assert "read directly" in out
    assert "ok    Deployment/sommelier-web" in out
    assert "0 problems" in out


@needs_kubectl
def test_the_command_checks_base_and_overlay(capsys: pytest.CaptureFixture[str]) -> None:
    assert manifests.main([]) == 0
    out = capsys.readouterr().out
    assert "== deploy/k8s/base (kubectl kustomize)" in out
    assert "== deploy/k8s/overlays/production (kubectl kustomize)" in out
    assert "ok    Ingress/sommelier-web" in out


def test_the_command_fails_on_a_broken_kustomization(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(manifests.BASE_DIR, broken)
    beat = broken / "beat.yaml"
    beat.write_text(beat.read_text(encoding="utf-8").replace("type: Recreate", "type: RollingUpdate"), encoding="utf-8")

    if shutil.which("kubectl") is None:
        report = manifests.check_documents(manifests.base_documents_from_files(broken))
        assert any("Recreate" in problem for problem in report.problems)
        return
    assert manifests.main([str(broken)]) == 1
    assert "FAIL  Deployment/sommelier-beat: beat's strategy is RollingUpdate" in capsys.readouterr().out
