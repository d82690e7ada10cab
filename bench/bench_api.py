"""POST /v1/chat/completions under load, with production server settings, against baselines from the same run.

    make bench
    python scripts/test_services.py -- python bench/bench_api.py [--duration 10] [--workers 2]

What runs, each in its own process:

- the OpenAI-compatible test server with 50 ms latency per call (``llm.testing.server``);
- our app under uvicorn with ``config.settings.production`` (2 workers for 2 cores, uvloop and
  httptools, no access log), on a throwaway PostgreSQL database and the given Redis, one
  restaurant and one API key; rate limits raised out of the way (they still run: one upsert
  per request), the egress quota raised, no budget;
- the load generator: ``wrk`` (Debian package) when installed, else a small asyncio client.

Cases, at 32 and 64 connections:

- bare: ``GET /liveness``, a Django view with no database, cache or API middleware work:
  the floor of this server stack on this machine;
- cached: the same completion body every time (answered from the gateway's cache);
- uncached: a different body every request (the cache misses, the test server answers in 50 ms).

It prints req/s, p50, p99 and errors per case, and the ratios cached / uncached and cached / bare.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BODY = {"model": "auto", "messages": [{"role": "user", "content": "Which red goes with roast lamb?"}], "max_tokens": 60}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, *, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own local server
                if response.status < 500:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not come up")
        time.sleep(0.2)


@contextmanager
def process(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    child = subprocess.Popen(args, env=env, cwd=ROOT, start_new_session=True)  # noqa: S603
    try:
        yield child
    finally:
        os.killpg(child.pid, signal.SIGTERM)
        try:
            child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)


@contextmanager
def throwaway_database(server_url: str) -> Iterator[str]:
    import psycopg

    name = f"bench_api_{uuid.uuid4().hex[:8]}"
    parts = urlsplit(server_url)
    admin_url = urlunsplit((parts.scheme, parts.netloc, "/postgres", "", ""))
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit((parts.scheme, parts.netloc, f"/{name}", "", ""))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(database_url: str, redis_url: str, llm_url: str) -> dict[str, str]:
    models = [{"name": "draft", "provider": "openai", "model": "draft", "tier": "draft"}]
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "bench-" + uuid.uuid4().hex + uuid.uuid4().hex,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": f"bench-api-{uuid.uuid4().hex[:8]}",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "http://127.0.0.1",  # required in production (QR codes); nothing here prints one
        "DJANGO_SECURE_SSL_REDIRECT": "false",  # no TLS proxy in front of the benchmark
        "LLM_BASE_URL": llm_url,
        "LLM_API_KEY": "bench",
        "LLM_MODELS": json.dumps(models),
        "LLM_EGRESS_PER_MINUTE": "100000000",
        # The limits still count every request (one upsert); they must not reject the load.
        "API_RATE_LIMIT_PER_MINUTE": "1000000000",
        "API_RATE_LIMIT_PER_IP_PER_MINUTE": "1000000000",
        "API_RATE_LIMIT_THREAD_SENSITIVE": "false",
        "LOG_LEVEL": "WARNING",
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }


SETUP = textwrap.dedent(
    """
    import django
    django.setup()
    from api.keys import api_key_create
    from recommendations.models import Restaurant
    restaurant = Restaurant.objects.create(slug="bench", name="Bench", daily_llm_budget_usd=None)
    key, raw = api_key_create(restaurant=restaurant, name="bench", scopes=["chat"])
    print(raw)
    """
)


@dataclass
class Result:
    name: str
    connections: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


WRK_SCRIPT = """
wrk.method = "{method}"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
local template = [[{body}]]
local unique = {unique}
local counter = 0
-- Each wrk thread is its own Lua state with the same unseeded math.random and counter: a unique
-- body is this run's nonce, the thread's number and the counter, or the threads (and the next
-- run) would repeat each other's bodies and hit the cache.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
request = function()
  if wrk.method == "GET" then return wrk.format("GET", "{path}") end
  counter = counter + 1
  local body = template
  if unique then body = string.gsub(template, "roast lamb", "roast lamb {nonce}-" .. tostring(tid) .. "-" .. counter) end
  return wrk.format(nil, "{path}", nil, body)
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %d %f %f %f %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
"""


def run_wrk(
    base: str, path: str, *, method: str, key: str, unique: bool, connections: int, duration: int
) -> tuple[float, float, float, int]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            WRK_SCRIPT.format(
                method=method,
                key=key,
                body=json.dumps(BODY),
                unique="true" if unique else "false",
                nonce=uuid.uuid4().hex,
                path=path,
            )
        )
    try:
        output = subprocess.run(  # noqa: S603
            ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", script.name, base],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    match = re.search(r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", output)
    if match is None:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    requests, seconds, p50, p99, errors = match.groups()
    return int(requests) / float(seconds), float(p50), float(p99), int(errors)


# --- fallback load generator: plain asyncio HTTP/1.1 with keep-alive, in its own process ---------


REQUEST_TIMEOUT = 10.0  # seconds, as wrk's --timeout: a request that takes longer counts as an error


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """(status, whether the connection may be reused) of one response, its body read and dropped.

    Django's responses reach uvicorn without a Content-Length, so most come chunked.
    """
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    status = int(status_line.split(" ", 2)[1])
    fields = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines if line)}
    keep = fields.get("connection", "").lower() != "close"
    if "chunked" in fields.get("transfer-encoding", "").lower():
        while size := int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16):
            await reader.readexactly(size + 2)
        while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
            pass
    elif "content-length" in fields:
        await reader.readexactly(int(fields["content-length"]))
    elif status not in (204, 304):
        await reader.read()  # the body runs to the connection's end
        keep = False
    return status, keep


async def _connection(
    host: str,
    port: int,
    request: bytes | None,
    make: Callable[[int], bytes],
    deadline: float,
    out: list[float],
    errors: list[int],
) -> None:
    """One keep-alive connection sending requests back to back until the deadline, as one of wrk's."""
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    counter = 0
    while time.perf_counter() < deadline:
        counter += 1
        payload = request if request is not None else make(counter)
        started = time.perf_counter()
        try:
            async with asyncio.timeout(REQUEST_TIMEOUT):
                if connection is None:
                    connection = await asyncio.open_connection(host, port)
                reader, writer = connection
                writer.write(payload)
                status, keep = await _read_response(reader)
        except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            # A refused, reset or timed-out request is an error, as wrk counts it, and the next
            # request goes on a new connection.
            errors.append(1)
            if connection is not None:
                connection[1].close()
                connection = None
            continue
        out.append((time.perf_counter() - started) * 1000)
        if not 200 <= status < 300:
            errors.append(1)
        if not keep:
            writer.close()
            connection = None
    if connection is not None:
        connection[1].close()


def asyncio_load(
    base: str, path: str, method: str, key: str, unique: bool, connections: int, duration: int
) -> tuple[float, float, float, int]:
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80

    def build(body: bytes | None) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", f"Authorization: Bearer {key}"]
        if body is not None:
            lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")

    fixed = None if unique else build(json.dumps(BODY).encode() if method == "POST" else None)

    def make(n: int) -> bytes:
        body = json.dumps(BODY).replace("roast lamb", f"roast lamb {uuid.uuid4().hex}-{n}")
        return build(body.encode())

    latencies: list[float] = []
    errors: list[int] = []

    async def main() -> float:
        started = time.perf_counter()
        deadline = started + duration
        await asyncio.gather(
            *(_connection(host, port, fixed, make, deadline, latencies, errors) for _ in range(connections))
        )
        return time.perf_counter() - started

    elapsed = asyncio.run(main())
    if not latencies:
        return 0.0, 0.0, 0.0, len(errors)
    latencies.sort()
    p99 = latencies[math.ceil(len(latencies) * 0.99) - 1]
    return len(latencies) / elapsed, statistics.median(latencies), p99, len(errors)


def load(
    base: str, path: str, *, method: str, key: str, unique: bool, connections: int, duration: int
) -> tuple[float, float, float, int]:
    if shutil.which("wrk"):
        return run_wrk(base, path, method=method, key=key, unique=unique, connections=connections, duration=duration)
    # Its own process, so the load generator never shares an interpreter with anything measured.
    args = json.dumps([base, path, method, key, unique, connections, duration])
    output = subprocess.run(  # noqa: S603
        [PYTHON, __file__, "--asyncio-load", args], stdout=subprocess.PIPE, text=True, check=True
    ).stdout
    values = json.loads(output.strip().splitlines()[-1])
    return float(values[0]), float(values[1]), float(values[2]), int(values[3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per case")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers (production: one per core)")
    parser.add_argument("--connections", default="32,64")
    parser.add_argument("--asyncio-load", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.asyncio_load:
        print(json.dumps(asyncio_load(*json.loads(options.asyncio_load))))
        return

    database_server, redis_url = os.environ.get("DATABASE_URL"), os.environ.get("REDIS_URL")
    if not database_server or not redis_url:
        raise SystemExit("Set DATABASE_URL (PostgreSQL) and REDIS_URL, or run through scripts/test_services.py.")
    llm_port, app_port = free_port(), free_port()
    llm_url = f"http://127.0.0.1:{llm_port}/v1"
    base = f"http://127.0.0.1:{app_port}"
    generator = "wrk" if shutil.which("wrk") else "asyncio client (install wrk for a lighter load generator)"
    print(f"bench_api: {options.workers} uvicorn workers, load from {generator}, {options.duration} s per case")

    with throwaway_database(database_server) as database_url:
        env = production_env(database_url, redis_url, llm_url)
        subprocess.run([PYTHON, "manage.py", "migrate", "-v", "0"], env=env, cwd=ROOT, check=True)  # noqa: S603
        key = (
            subprocess.run(  # noqa: S603
                [PYTHON, "-c", SETUP], env=env, cwd=ROOT, check=True, capture_output=True, text=True
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        test_server = [PYTHON, "-m", "llm.testing.server", "--port", str(llm_port), "--latency-ms", "50"]
        uvicorn = [
            PYTHON, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1", "--port", str(app_port),
            "--workers", str(options.workers), "--no-access-log", "--log-level", "warning",
            "--loop", "uvloop", "--http", "httptools",
        ]  # fmt: skip
        with process(test_server, env), process(uvicorn, env):
            wait_for(f"{llm_url}/models")
            wait_for(f"{base}/liveness")
            # Warm both workers' caches and connections; the cached case then measures hits only.
            load(base, "/v1/chat/completions", method="POST", key=key, unique=False, connections=4, duration=2)
            results: list[Result] = []
            for connections in [int(c) for c in options.connections.split(",")]:
                cases = [
                    ("bare GET /liveness", "/liveness", "GET", False),
                    ("cached completion", "/v1/chat/completions", "POST", False),
                    ("uncached completion", "/v1/chat/completions", "POST", True),
                ]
                for name, path, method, unique in cases:
                    rps, p50, p99, errors = load(
                        base,
                        path,
                        method=method,
                        key=key,
                        unique=unique,
                        connections=connections,
                        duration=options.duration,
                    )
                    results.append(Result(name, connections, rps, p50, p99, errors))

    print()
    print(f"{'case':<22} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for result in results:
        print(
            f"{result.name:<22} {result.connections:>5} {result.requests_per_second:>9.0f} "
            f"{result.p50_ms:>8.1f} {result.p99_ms:>8.1f} {result.errors:>7}"
        )
    print()
    by_case = {(r.name, r.connections): r for r in results}
    for connections in sorted({r.connections for r in results}):
        cached = by_case[("cached completion", connections)]
        uncached = by_case[("uncached completion", connections)]
        bare = by_case[("bare GET /liveness", connections)]
        print(
            f"{connections} connections: cached / uncached = {cached.requests_per_second / uncached.requests_per_second:.1f}x, "
            f"cached / bare Django = {cached.requests_per_second / bare.requests_per_second:.2f}x, "
            f"target >= 400 req/s with p99 < 50 ms: {'met' if cached.requests_per_second >= 400 and cached.p99_ms < 50 else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
