"""Render the Kubernetes manifests (deploy/k8s) and check them: the API schemas and our own rules.

Usage::

    python scripts/validate_manifests.py [--base-only] [--kubernetes-version 1.32] [DIR ...]

Each kustomization (by default ``deploy/k8s/base`` and every ``deploy/k8s/overlays/*``) is
rendered with ``kubectl kustomize``; every rendered document is validated against the
Kubernetes OpenAPI schemas that the PyPI package ``kubernetes-validate`` bundles (strict: an
unknown field fails; nothing is downloaded), then against the rules below, each failure with
its reason. One line is printed per resource checked.

- every container has CPU and memory requests and limits;
- every Deployment and StatefulSet container has readiness and liveness probes, except a
  Celery worker or beat without them whose workload names its alternative in the annotation
  ``sommelier/probe-alternative``;
- every image is pinned: a full version tag (``1.5.9``, ``0.1.0``) or a digest, never
  ``latest`` or a floating tag;
- a Celery worker's ``terminationGracePeriodSeconds`` is longer than the longest run between
  two checkpoints of the tasks on its queues (``CHECKPOINT_SECONDS``), and every queue has one;
- exactly one beat: one replica, ``strategy: Recreate``;
- a Job runs ``manage.py migrate``;
- an HPA and a PDB target the web Deployment;
- the web pods: grace period longer than the preStop sleep plus WEB_GRACEFUL_SHUTDOWN_SECONDS,
  probes whose Host Django accepts;
- the ConfigMap carries the settings production needs and no secret; app containers read the
  Secret ``sommelier-secrets``; a read-only root filesystem has /tmp and
  PROMETHEUS_MULTIPROC_DIR mounted;
- the labels ``app.kubernetes.io/name``, ``/component`` and ``/part-of: sommelier``.

Without kubectl on PATH nothing can be rendered: the script says so and exits 2, unless
``--base-only``, which then reads the base's files itself (resources, its ConfigMap generator,
its images and labels) and checks those. Exit codes: 0 all good, 1 a check failed, 2 the
manifests could not be rendered or read.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import kubernetes_validate  # type: ignore[import-untyped]
import yaml

ROOT = Path(__file__).resolve().parent.parent
K8S_DIR = ROOT / "deploy" / "k8s"
BASE_DIR = K8S_DIR / "base"
DEFAULT_KUBERNETES_VERSION = "1.32"

Document = dict[str, Any]

# How long a task may run between two checkpoints (progress that survives a SIGKILL), per
# queue (CELERY_TASK_ROUTES), in seconds; deploy/k8s/base/workers.yaml gives the reasoning.
# imports: a notes warm-up keeps each note as its gateway call returns, and one background
# call may take LLM_DEADLINE_BACKGROUND_TOTAL_SECONDS (index syncs save every 64 embeddings,
# ~2 s; an import commits at its end, ~15 s for the largest file).
# default: beat's periodic tasks, whose hard time limit is 60 s.
CHECKPOINT_SECONDS = {"imports": 180.0, "default": 60.0}
# A ConfigMap that raises the background deadline raises the imports checkpoint with it.
CHECKPOINT_SETTINGS = {"imports": "LLM_DEADLINE_BACKGROUND_TOTAL_SECONDS"}
CELERY_QUEUES = ("default", "imports")

SECRET_NAME = "sommelier-secrets"  # noqa: S105 (the Secret's name, not a secret)
PROBE_ALTERNATIVE_ANNOTATION = "sommelier/probe-alternative"
REQUIRED_LABELS = ("app.kubernetes.io/name", "app.kubernetes.io/component", "app.kubernetes.io/part-of")
PART_OF = "sommelier"
# Settings production needs from the ConfigMap (README, Production; config/settings/).
REQUIRED_SETTINGS = (
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOWED_HOSTS",
    "SITE_URL",
    "DJANGO_CSRF_TRUSTED_ORIGINS",
    "CHROMA_HOST",
    "CHROMA_PORT",
    "LLM_LOCAL_BASE_URL",
    "LOG_FORMAT",
    "PROMETHEUS_MULTIPROC_DIR",
    "API_RATE_LIMIT_THREAD_SENSITIVE",
    "TRUSTED_PROXIES",
)
EXPECTED_SETTINGS = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "LOG_FORMAT": "json",
    "API_RATE_LIMIT_THREAD_SENSITIVE": "false",
}
# These belong in the Secret, never in a ConfigMap.
SECRET_SETTINGS = ("DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL", "LLM_API_KEY", "METRICS_TOKEN")
DEFAULT_WEB_GRACEFUL_SHUTDOWN_SECONDS = 5.0
# Kubernetes' default when a pod does not say.
DEFAULT_GRACE_SECONDS = 30
# Inside the containers: what a read-only root filesystem needs writable.
CONTAINER_TMP = "/tmp"  # noqa: S108 (a path in the pods, not used here)

WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Job")
PROBED_KINDS = ("Deployment", "StatefulSet")
PINNED_TAG = re.compile(r"^v?\d+\.\d+\.\d+([-+.][0-9A-Za-z.-]+)?$")
DIGEST = re.compile(r"^sha256:[0-9a-f]{64}$")
VARIABLE_REFERENCE = re.compile(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")


class ManifestError(Exception):
    """The manifests could not be rendered or read (exit code 2)."""


@dataclass
class Report:
    """What one check of a set of documents found: problems per resource, in order."""

    resources: dict[str, list[str]] = field(default_factory=dict)

    def add(self, resource: str, problem: str | None = None) -> None:
        problems = self.resources.setdefault(resource, [])
        if problem:
            problems.append(problem)

    @property
    def problems(self) -> list[str]:
        return [f"{resource}: {problem}" for resource, found in self.resources.items() for problem in found]

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> Iterator[str]:
        for resource, problems in self.resources.items():
            yield f"ok    {resource}" if not problems else f"FAIL  {resource}: " + "; ".join(problems)


# --- reading ------------------------------------------------------------------------------


def load_documents(text: str) -> list[Document]:
    try:
        return [document for document in yaml.safe_load_all(text) if document]
    except yaml.YAMLError as error:
        raise ManifestError(f"not valid YAML: {error}") from None


def render(directory: Path, kubectl: str) -> list[Document]:
    """``kubectl kustomize DIRECTORY``, parsed."""
    result = subprocess.run(
        [kubectl, "kustomize", str(directory)], capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise ManifestError(f"kubectl kustomize {directory} failed: {result.stderr.strip()}")
    return load_documents(result.stdout)


def base_documents_from_files(base: Path = BASE_DIR) -> list[Document]:
    """The base without kubectl: its resource files, its ConfigMap generator, images and labels.

    Enough of kustomize for the base (no hashes in names, no patches); an overlay needs kubectl.
    """
    kustomization = _read_yaml(base / "kustomization.yaml")
    documents: list[Document] = []
    for resource in kustomization.get("resources", []):
        path = base / resource
        if not path.is_file():
            raise ManifestError(f"{path}: a base resource must be a file (an overlay needs kubectl)")
        documents += load_documents(path.read_text(encoding="utf-8"))
    for generator in kustomization.get("configMapGenerator", []):
        data: dict[str, str] = {}
        for env_file in generator.get("envs", []):
            data.update(_env_file(base / env_file))
        data.update(dict(literal.split("=", 1) for literal in generator.get("literals", [])))
        labels = dict(generator.get("options", {}).get("labels", {}))
        documents.append(
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": generator["name"], "labels": labels},
                "data": data,
            }
        )
    for spec in kustomization.get("labels", []):
        for document in documents:
            document.setdefault("metadata", {}).setdefault("labels", {}).update(spec.get("pairs", {}))
            template = pod_template(document)
            if spec.get("includeTemplates") and template is not None:
                template.setdefault("metadata", {}).setdefault("labels", {}).update(spec.get("pairs", {}))
    images = {image["name"]: image for image in kustomization.get("images", [])}
    for document in documents:
        for container in containers(document):
            container["image"] = _image_set(str(container.get("image", "")), images)
    return documents


def _read_yaml(path: Path) -> Document:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ManifestError(f"{path}: {error}") from None
    if not isinstance(loaded, dict):
        raise ManifestError(f"{path}: not a mapping")
    return loaded


def _env_file(path: Path) -> dict[str, str]:
    data: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            data[key.strip()] = value
    return data


def _image_set(image: str, images: dict[str, Document]) -> str:
    """kustomize's ``images:`` for one image reference."""
    name, digest = image.split("@", 1) if "@" in image else (image, "")
    tag = ""
    if ":" in name.rsplit("/", 1)[-1]:
        name, tag = name.rsplit(":", 1)
    override = images.get(name)
    if override is None:
        return image
    name = override.get("newName", name)
    if "digest" in override:
        return f"{name}@{override['digest']}"
    tag = str(override.get("newTag", tag))
    return f"{name}:{tag}" if tag else (f"{name}@{digest}" if digest else name)


# --- looking at documents -------------------------------------------------------------------


def resource_id(document: Document) -> str:
    return f"{document.get('kind', '?')}/{document.get('metadata', {}).get('name', '?')}"


def pod_template(document: Document) -> Document | None:
    if document.get("kind") not in WORKLOAD_KINDS:
        return None
    template = document.get("spec", {}).get("template")
    return template if isinstance(template, dict) else None


def pod_spec(document: Document) -> Document:
    template = pod_template(document)
    return template.get("spec", {}) if template else {}


def containers(document: Document) -> list[Document]:
    spec = pod_spec(document)
    return [*spec.get("initContainers", []), *spec.get("containers", [])]


def command(container: Document) -> list[str]:
    return [str(part) for part in [*container.get("command", []), *container.get("args", [])]]


def celery_role(container: Document) -> str | None:
    """``worker``, ``beat`` (or another celery subcommand), None when not a Celery process."""
    words = command(container)
    if not words or Path(words[0]).name != "celery":
        return None
    skip_next = False
    for word in words[1:]:
        if skip_next:
            skip_next = False
        elif word in ("-A", "--app", "-b", "--broker", "--workdir", "--config"):
            skip_next = True
        elif not word.startswith("-"):
            return word
    return None


def worker_queues(container: Document) -> list[str]:
    words = command(container)
    value: str | None = None
    for index, word in enumerate(words):
        if word in ("-Q", "--queues"):
            value = words[index + 1] if index + 1 < len(words) else ""
        elif word.startswith("--queues="):
            value = word.split("=", 1)[1]
        elif word.startswith("-Q"):
            value = word[2:]
    if value is None:
        return ["celery"]  # Celery's default queue when -Q is not given
    return [queue.strip() for queue in value.split(",") if queue.strip()]


def is_web(document: Document) -> bool:
    return document.get("kind") == "Deployment" and any(
        "config.serve" in command(container) for container in containers(document)
    )


def is_migrate_job(document: Document) -> bool:
    return document.get("kind") == "Job" and any(
        "manage.py" in words and "migrate" in words for words in map(command, containers(document))
    )


def config_maps(documents: Iterable[Document]) -> dict[str, dict[str, str]]:
    return {
        str(document["metadata"]["name"]): {str(k): str(v) for k, v in (document.get("data") or {}).items()}
        for document in documents
        if document.get("kind") == "ConfigMap"
    }


def container_settings(container: Document, configs: dict[str, dict[str, str]]) -> dict[str, str]:
    """The variables a container gets: from the ConfigMaps it reads (envFrom), then its own env in order.

    ``$(NAME)`` is expanded as the kubelet does, from what is defined before it; a variable from
    a field reference reads ``<fieldPath>`` (``<status.podIP>``), known only in the running pod.
    """
    settings: dict[str, str] = {}
    for source in container.get("envFrom", []):
        reference = source.get("configMapRef")
        if reference:
            settings.update(configs.get(str(reference.get("name")), {}))
    for variable in container.get("env", []):
        field_path = ((variable.get("valueFrom") or {}).get("fieldRef") or {}).get("fieldPath")
        if field_path:
            settings[str(variable["name"])] = f"<{field_path}>"
        elif "value" in variable:
            settings[str(variable["name"])] = VARIABLE_REFERENCE.sub(
                lambda match: settings.get(match.group(1), match.group(0)), str(variable["value"])
            )
    return settings


def _seconds(value: object, default: float) -> float:
    try:
        return float(str(value))
    except ValueError:
        return default


# --- the checks ---------------------------------------------------------------------------


def schema_problems(document: Document, kubernetes_version: str = DEFAULT_KUBERNETES_VERSION) -> list[str]:
    """The document against the bundled OpenAPI schema of its kind, strict (unknown fields fail)."""
    try:
        kubernetes_validate.validate(document, kubernetes_version, strict=True)
    except kubernetes_validate.ValidationError as error:
        where = ".".join(str(part) for part in error.path) or "(top)"
        return [f"schema {kubernetes_version}: {where}: {error.message}"]
    except (kubernetes_validate.SchemaNotFoundError, kubernetes_validate.InvalidSchemaError) as error:
        return [f"schema {kubernetes_version}: {error.message}"]
    return []


def image_problem(image: str) -> str | None:
    if not image:
        return "no image"
    name, _, digest = image.partition("@")
    if digest:
        return None if DIGEST.match(digest) else f"image {image}: digest is not sha256:<64 hex>"
    last = name.rsplit("/", 1)[-1]
    if ":" not in last:
        return f"image {image} has no tag (it means latest)"
    tag = last.rsplit(":", 1)[1]
    if tag == "latest":
        return f"image {image} is tagged latest"
    if not PINNED_TAG.match(tag):
        return f"image {image}: tag {tag!r} floats (pin a full version such as 1.2.3, or a digest)"
    return None


def container_problems(document: Document, container: Document, configs: dict[str, dict[str, str]]) -> list[str]:
    kind = document.get("kind")
    name = container.get("name", "?")
    problems: list[str] = []
    issue = image_problem(str(container.get("image", "")))
    if issue:
        problems.append(f"container {name}: {issue}")
    resources = container.get("resources") or {}
    for section in ("requests", "limits"):
        missing = [unit for unit in ("cpu", "memory") if unit not in (resources.get(section) or {})]
        if missing:
            problems.append(f"container {name}: no {' and '.join(missing)} {section}")
    if kind in PROBED_KINDS and container in pod_spec(document).get("containers", []):
        role = celery_role(container)
        if role is None:
            for probe in ("readinessProbe", "livenessProbe"):
                if probe not in container:
                    problems.append(f"container {name}: no {probe}")
        elif "livenessProbe" not in container:
            annotations = {
                **(document.get("metadata", {}).get("annotations") or {}),
                **((pod_template(document) or {}).get("metadata", {}).get("annotations") or {}),
            }
            if not str(annotations.get(PROBE_ALTERNATIVE_ANNOTATION, "")).strip():
                problems.append(
                    f"container {name}: celery {role} without a livenessProbe and no "
                    f"{PROBE_ALTERNATIVE_ANNOTATION} annotation naming what watches it instead"
                )
    settings = container_settings(container, configs)
    reads_config = any("configMapRef" in source for source in container.get("envFrom", []))
    if reads_config:
        secrets = [source["secretRef"].get("name") for source in container.get("envFrom", []) if "secretRef" in source]
        if SECRET_NAME not in secrets:
            problems.append(f"container {name}: does not read the Secret {SECRET_NAME} (envFrom secretRef)")
    if (container.get("securityContext") or {}).get("readOnlyRootFilesystem"):
        mounts = {mount.get("mountPath") for mount in container.get("volumeMounts", [])}
        needed = [CONTAINER_TMP] + (
            [settings["PROMETHEUS_MULTIPROC_DIR"]] if settings.get("PROMETHEUS_MULTIPROC_DIR") else []
        )
        for path in needed:
            if path not in mounts:
                problems.append(f"container {name}: read-only root filesystem but nothing writable mounted at {path}")
    return problems


def checkpoint_seconds(queue: str, settings: dict[str, str]) -> float | None:
    known = CHECKPOINT_SECONDS.get(queue)
    if known is None:
        return None
    setting = CHECKPOINT_SETTINGS.get(queue)
    if setting and setting in settings:
        return max(known, _seconds(settings[setting], known))
    return known


def workload_problems(document: Document, configs: dict[str, dict[str, str]]) -> list[str]:
    problems: list[str] = []
    spec = pod_spec(document)
    grace = _seconds(spec.get("terminationGracePeriodSeconds", DEFAULT_GRACE_SECONDS), DEFAULT_GRACE_SECONDS)
    for container in spec.get("containers", []):
        role = celery_role(container)
        settings = container_settings(container, configs)
        if role == "worker":
            if document.get("kind") != "Deployment":
                problems.append("a Celery worker should be a Deployment")
            for queue in worker_queues(container):
                checkpoint = checkpoint_seconds(queue, settings)
                if checkpoint is None:
                    problems.append(f"worker on queue {queue!r}: no known checkpoint interval (CHECKPOINT_SECONDS)")
                elif grace <= checkpoint:
                    problems.append(
                        f"worker on queue {queue!r}: terminationGracePeriodSeconds {grace:g} is not longer than "
                        f"its tasks' checkpoint interval, {checkpoint:g} s (a rollout would kill them before they save)"
                    )
        elif role == "beat":
            replicas = document.get("spec", {}).get("replicas", 1)
            if document.get("kind") != "Deployment":
                problems.append("beat should be a Deployment")
            if replicas != 1:
                problems.append(f"beat has {replicas} replicas: exactly one may run")
            strategy = (document.get("spec", {}).get("strategy") or {}).get("type", "RollingUpdate")
            if strategy != "Recreate":
                problems.append(f"beat's strategy is {strategy}: Recreate, so two never overlap in a rollout")
    if is_web(document):
        problems += web_problems(document, configs)
    return problems


def web_problems(document: Document, configs: dict[str, dict[str, str]]) -> list[str]:
    problems: list[str] = []
    spec = pod_spec(document)
    grace = _seconds(spec.get("terminationGracePeriodSeconds", DEFAULT_GRACE_SECONDS), DEFAULT_GRACE_SECONDS)
    for container in spec.get("containers", []):
        if "config.serve" not in command(container):
            continue
        settings = container_settings(container, configs)
        shutdown = _seconds(
            settings.get("WEB_GRACEFUL_SHUTDOWN_SECONDS", DEFAULT_WEB_GRACEFUL_SHUTDOWN_SECONDS),
            DEFAULT_WEB_GRACEFUL_SHUTDOWN_SECONDS,
        )
        pre_stop = (container.get("lifecycle") or {}).get("preStop") or {}
        sleep = pre_stop.get("sleep", {}).get("seconds")
        exec_words = (pre_stop.get("exec") or {}).get("command", [])
        if sleep is None and len(exec_words) == 2 and Path(str(exec_words[0])).name == "sleep":
            sleep = exec_words[1]
        if sleep is None:
            problems.append("web: no preStop sleep (the Service may still send requests after SIGTERM)")
        needed = _seconds(sleep or 0, 0.0) + shutdown
        if grace <= needed:
            problems.append(
                f"web: terminationGracePeriodSeconds {grace:g} is not longer than the preStop sleep plus "
                f"WEB_GRACEFUL_SHUTDOWN_SECONDS ({needed:g} s)"
            )
        allowed = [host.strip() for host in settings.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
        # The kubelet sends the pod IP as Host (no Host header of the probe's own).
        pod_ip_allowed = "<status.podIP>" in allowed
        for probe_name in ("startupProbe", "readinessProbe", "livenessProbe"):
            http = (container.get(probe_name) or {}).get("httpGet")
            if not http:
                continue
            headers = {str(h.get("name", "")).lower(): str(h.get("value", "")) for h in http.get("httpHeaders", [])}
            host = headers.get("host")
            if host is None and not pod_ip_allowed:
                problems.append(
                    f"web {probe_name}: sent with the pod IP as Host, which DJANGO_ALLOWED_HOSTS does not allow "
                    "(append $(POD_IP), defined before it from status.podIP, or send an allowed Host header)"
                )
            elif host is not None and host not in allowed:
                problems.append(f"web {probe_name}: Host {host!r} is not in DJANGO_ALLOWED_HOSTS")
    return problems


def config_map_problems(document: Document, used: bool) -> list[str]:
    if not used:
        return []
    data = {str(k): str(v) for k, v in (document.get("data") or {}).items()}
    problems = [f"setting {name} missing" for name in REQUIRED_SETTINGS if not data.get(name)]
    problems += [
        f"{name}={data[name]!r}, production wants {value!r}"
        for name, value in EXPECTED_SETTINGS.items()
        if name in data and data[name] != value
    ]
    problems += [
        f"{name} is a secret: it belongs in the Secret {SECRET_NAME}" for name in SECRET_SETTINGS if name in data
    ]
    return problems


def label_problems(document: Document) -> list[str]:
    labels = document.get("metadata", {}).get("labels") or {}
    required = ("app.kubernetes.io/part-of",) if document.get("kind") == "Namespace" else REQUIRED_LABELS
    problems = [f"label {label} missing" for label in required if not labels.get(label)]
    if labels.get("app.kubernetes.io/part-of") not in (None, PART_OF):
        problems.append(f"app.kubernetes.io/part-of is {labels['app.kubernetes.io/part-of']!r}, not {PART_OF!r}")
    return problems


def _selects(selector: Document, labels: dict[str, str]) -> bool:
    match = selector.get("matchLabels") or {}
    return bool(match) and all(labels.get(key) == value for key, value in match.items())


def check_documents(
    documents: Sequence[Document], kubernetes_version: str | None = DEFAULT_KUBERNETES_VERSION
) -> Report:
    """Every document against its schema (unless ``kubernetes_version`` is None) and our rules."""
    report = Report()
    configs = config_maps(documents)
    used_configs = {
        str(source["configMapRef"].get("name"))
        for document in documents
        for container in containers(document)
        for source in container.get("envFrom", [])
        if "configMapRef" in source
    }
    webs = [document for document in documents if is_web(document)]
    web_names = {str(document["metadata"]["name"]) for document in webs}
    web_labels = [(pod_template(document) or {}).get("metadata", {}).get("labels") or {} for document in webs]
    for document in documents:
        name = resource_id(document)
        report.add(name)
        if kubernetes_version:
            for problem in schema_problems(document, kubernetes_version):
                report.add(name, problem)
        problems = label_problems(document)
        for container in containers(document):
            problems += container_problems(document, container, configs)
        problems += workload_problems(document, configs)
        kind = document.get("kind")
        if kind == "ConfigMap":
            problems += config_map_problems(document, str(document["metadata"]["name"]) in used_configs)
        elif kind == "HorizontalPodAutoscaler":
            target = document.get("spec", {}).get("scaleTargetRef") or {}
            if target.get("kind") != "Deployment" or target.get("name") not in web_names:
                problems.append(f"scales {target.get('kind')}/{target.get('name')}, not the web Deployment")
        elif kind == "PodDisruptionBudget":
            selector = document.get("spec", {}).get("selector") or {}
            if not any(_selects(selector, labels) for labels in web_labels):
                problems.append("its selector matches no web pod")
        for problem in problems:
            report.add(name, problem)

    whole = "(the whole set)"
    report.add(whole)
    if len(webs) != 1:
        report.add(whole, f"{len(webs)} web Deployments (python -m config.serve), expected one")
    if not any(is_migrate_job(document) for document in documents):
        report.add(whole, "no Job runs `manage.py migrate`")
    beats = [
        document for document in documents for c in pod_spec(document).get("containers", []) if celery_role(c) == "beat"
    ]
    if len(beats) != 1:
        report.add(whole, f"{len(beats)} beat workloads, expected exactly one")
    consumed = {
        queue
        for document in documents
        for c in pod_spec(document).get("containers", [])
        if celery_role(c) == "worker"
        for queue in worker_queues(c)
    }
    for queue in CELERY_QUEUES:
        if queue not in consumed:
            report.add(whole, f"no worker consumes the {queue!r} queue")
    kinds = {document.get("kind") for document in documents}
    for kind in ("HorizontalPodAutoscaler", "PodDisruptionBudget"):
        if kind not in kinds:
            report.add(whole, f"no {kind} for the web Deployment")
    return report


# --- the command --------------------------------------------------------------------------


def default_targets() -> list[Path]:
    overlays = sorted(path.parent for path in (K8S_DIR / "overlays").glob("*/kustomization.yaml"))
    return [BASE_DIR, *overlays]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directories", nargs="*", type=Path, help="kustomizations (default: base and every overlay)")
    parser.add_argument("--base-only", action="store_true", help="only the base; without kubectl, read its files")
    parser.add_argument("--kubernetes-version", default=DEFAULT_KUBERNETES_VERSION)
    arguments = parser.parse_args(argv)

    kubectl = shutil.which("kubectl")
    targets: list[Path] = (
        [BASE_DIR] if arguments.base_only else [path.resolve() for path in arguments.directories] or default_targets()
    )
    if kubectl is None and not arguments.base_only:
        print(
            "kubectl not found on PATH: the kustomizations cannot be rendered (`kubectl kustomize`). "
            "Install kubectl, or run with --base-only to check the base's files without it.",
            file=sys.stderr,
        )
        return 2
    failed = 0
    for target in targets:
        label = _relative(target)
        try:
            if kubectl is None:
                print(f"== {label} (kubectl not found: the base's files read directly)")
                documents = base_documents_from_files(target)
            else:
                print(f"== {label} (kubectl kustomize)")
                documents = render(target, kubectl)
        except ManifestError as error:
            print(f"ERROR {label}: {error}", file=sys.stderr)
            return 2
        report = check_documents(documents, arguments.kubernetes_version)
        for line in report.lines():
            print(line)
        failed += len(report.problems)
        print(f"{label}: {len(documents)} resources, {len(report.problems)} problems")
    return 1 if failed else 0


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
